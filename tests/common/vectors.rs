//! Other projects' public test suites as data (tests/vectors/, each file with its source), and the
//! one runner that holds our verdicts against theirs with the expected differences
//! (tests/vectors/expected-differences.tsv). Run natively (tests/vectors.rs) and through the JS
//! boundary (tests/wasm/battery.rs).
#![allow(dead_code)]

use serde_json::Value;

pub const GO_NETIP: &str = include_str!("../vectors/go-netip.json");
pub const VALIDATOR_IS_IP: &str = include_str!("../vectors/validator-js-isIP.json");
pub const EXPECTED_DIFFERENCES: &str = include_str!("../vectors/expected-differences.tsv");

/// The `(suite, input)` pairs the expected-differences file lists for `suites`.
fn expected(suites: &[&str]) -> Vec<(String, String)> {
    EXPECTED_DIFFERENCES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let (suite, input, why) = (cols.next()?, cols.next()?, cols.next().unwrap_or(""));
            assert!(!why.trim().is_empty(), "expected-differences.tsv: {suite} {input:?} says no reason");
            Some((suite.to_string(), input.to_string()))
        })
        .filter(|(s, _)| suites.contains(&s.as_str()))
        .collect()
}

fn cases(json: &str) -> Vec<Value> {
    let v: Value = serde_json::from_str(json).expect("a vector file is JSON");
    assert!(v["_source"].is_object(), "a vector file names its source");
    v["cases"].as_array().cloned().unwrap_or_default()
}

/// Holds the glue check (`canonical`: the address as it would be sent, or `None` if refused)
/// against go-netip's TestParseAddr and validator.js's isIP. `Err` lists every unexpected
/// difference and every stale line of the expected differences; `Ok` the number of cases.
pub fn ip_suites(mut canonical: impl FnMut(&str) -> Option<String>) -> Result<usize, String> {
    let mut differ = Vec::new();
    let mut n = 0;
    for (suite, json) in [("go-netip", GO_NETIP), ("validator-js-isIP", VALIDATOR_IS_IP)] {
        for c in cases(json) {
            let input = c["input"].as_str().expect("an input");
            let ours = canonical(input);
            let agrees = match (c["expect"].as_str(), &ours, c["str"].as_str()) {
                (Some("valid"), Some(text), Some(theirs)) => text == theirs,
                (Some("valid"), Some(_), None) => true,
                (Some("invalid"), None, _) => true,
                _ => false,
            };
            if !agrees {
                differ.push((suite.to_string(), input.to_string(), format!("{} expected, we give {ours:?}", c["expect"])));
            }
            n += 1;
        }
    }
    let expected = expected(&["go-netip", "validator-js-isIP"]);
    let mut problems: Vec<String> = differ
        .iter()
        .filter(|(s, i, _)| !expected.contains(&(s.clone(), i.clone())))
        .map(|(s, i, what)| format!("unexpected difference: {s}\t{i}\t({what})"))
        .collect();
    for (s, i) in &expected {
        if !differ.iter().any(|(ds, di, _)| ds == s && di == i) {
            problems.push(format!("stale line in expected-differences.tsv (the case agrees now): {s}\t{i}"));
        }
    }
    if problems.is_empty() {
        Ok(n)
    } else {
        Err(problems.join("\n"))
    }
}
