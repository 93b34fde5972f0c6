//! An outside suite: validator.js's isFQDN cases (`tests/external/validator-js-isfqdn.json`, with
//! its `_source`) through two checks: the name-server host check of `validateNameservers` (spec
//! §2: a host of any TLD, with the .be character set) and `validateDomainName` (a name directly
//! under .be). Where the registry's rule differs from isFQDN's default options,
//! `tests/external/isfqdn-differences.txt` says so, case by case and check by check, with the
//! reason. The test fails on a difference not listed there, and on a listed one that is none.

use std::collections::BTreeMap;

use dotbe_rules::domain::{validate_domain_name, validate_nameservers, NameserverInput, NameserversInput};
use dotbe_rules::{Input, Lang, PathSegment};
use serde_json::Value;

const CASES: &str = include_str!("external/validator-js-isfqdn.json");
const DIFFERENCES: &str = include_str!("external/isfqdn-differences.txt");

/// The cases, with a lone surrogate (`domain.com\udc00`, which Rust text cannot hold) read as
/// U+FFFD: what the JS boundary passes to the core for one (`src/boundary/units.rs`).
fn cases() -> Vec<(String, bool)> {
    let json = CASES.replace("\\udc00", "\\ufffd");
    let v: Value = serde_json::from_str(&json).expect("the case file is JSON");
    assert_eq!(v["_source"]["repository"], "validatorjs/validator.js");
    v["isFQDN"]
        .as_array()
        .expect("isFQDN cases")
        .iter()
        .map(|c| (c["input"].as_str().expect("input").to_string(), c["expect"] == "valid"))
        .collect()
}

/// Whether the host check accepts `host` as a name server of example.be (beside a second one,
/// so only the host itself can be at fault).
fn host_accepted(host: &str) -> bool {
    let input = NameserversInput {
        domain: Input::Text("example.be"),
        nameservers: vec![NameserverInput { host: Input::Text(host), ips: None }, NameserverInput { host: Input::Text("ns2.provider.net"), ips: None }],
        group: Input::Missing,
    };
    let r = validate_nameservers(&input, Lang::En);
    !r.issues.iter().any(|i| i.path.first() == Some(&PathSegment::Key("nameservers")) && i.path.get(1) == Some(&PathSegment::Index(0)))
}

/// The checks the cases go through, by the name the differences file gives them.
const CHECKS: [(&str, fn(&str) -> bool); 2] = [("host", host_accepted), ("name", |name| validate_domain_name(Input::Text(name), Lang::En).valid)];

/// The listed differences: each line `<check>\t<input as a JSON string>\t<why the registry's
/// rule differs>` (`#` starts a comment line).
fn differences() -> BTreeMap<(String, String), String> {
    let mut out = BTreeMap::new();
    for line in DIFFERENCES.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let mut cells = line.splitn(3, '\t');
        let (Some(check), Some(input), Some(why)) = (cells.next(), cells.next(), cells.next()) else { panic!("not three cells: {line:?}") };
        assert!(CHECKS.iter().any(|(c, _)| *c == check), "{line:?}: no check {check:?}");
        let input: String = serde_json::from_str(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        assert!(!why.trim().is_empty(), "{input:?}: no reason given");
        assert!(out.insert((check.to_string(), input.clone()), why.to_string()).is_none(), "{input:?} listed twice");
    }
    out
}

#[test]
fn validator_js_is_fqdn_cases_through_the_host_and_name_checks() {
    let cases = cases();
    assert_eq!(cases.len(), 33);
    let mut listed = differences();
    let mut failures = Vec::new();
    for (check, accepts) in CHECKS {
        for (input, valid) in &cases {
            let accepted = accepts(input);
            match (accepted == *valid, listed.remove(&(check.to_string(), input.clone()))) {
                (true, None) | (false, Some(_)) => {}
                (false, None) => failures.push(format!("{check}\t{input:?}: isFQDN says {}, the check {} (not in isfqdn-differences.txt)", verdict(*valid), verdict(accepted))),
                (true, Some(why)) => failures.push(format!("{check}\t{input:?}: listed as a difference ({why}), but both say {}", verdict(accepted))),
            }
        }
    }
    for ((check, input), _) in listed {
        failures.push(format!("{check}\t{input:?}: listed in isfqdn-differences.txt, but no such case"));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn verdict(valid: bool) -> &'static str {
    if valid {
        "valid"
    } else {
        "invalid"
    }
}
