//! Shared by the native tests (`tests/cases.rs`) and the wasm-bindgen tests (`tests/wasm_*.rs`):
//! the case files under `tests/cases/`, and the one function that compares a result with a case.
//! Both layers run the same cases, so the core and the JS boundary cannot drift apart.
#![allow(dead_code)]

use serde_json::Value;

pub mod native;
pub mod suites;

pub const AUTHCODE_CASES: &str = include_str!("../cases/authcode.json");
pub const REGISTRANT_CASES: &str = include_str!("../cases/registrant.json");
pub const DOMAIN_CASES: &str = include_str!("../cases/domain.json");
pub const NAMESERVER_CASES: &str = include_str!("../cases/nameservers.json");
pub const DECISION_CASES: &str = include_str!("../cases/decisions.json");
pub const TRANSFER_CASES: &str = include_str!("../cases/transfers.json");
/// libphonenumber's example numbers (generated, see data/README.md) and the cases among them
/// where the registry's rule gives another answer, each with the reason.
pub const PHONE_EXAMPLES: &str = include_str!("../../data/phone-examples.tsv");
pub const PHONE_EXAMPLE_DIFFERENCES: &str = include_str!("../phone-example-differences.tsv");
pub const WHOIS_CASES: &str = include_str!("../cases/whois.json");

/// `"street.1:charset"`: an issue's path and code, as the case files write them.
fn path_code(issue: &Value) -> Value {
    let path: Vec<String> = issue["path"].as_array().map_or(Vec::new(), |p| p.iter().map(|s| match s {
        Value::String(k) => k.clone(),
        other => other.to_string(),
    }).collect());
    Value::String(format!("{}:{}", path.join("."), issue["code"].as_str().unwrap_or("?")))
}

pub fn cases(json: &str) -> Vec<Value> {
    match serde_json::from_str(json) {
        Ok(Value::Array(cases)) => cases,
        other => panic!("a case file must hold a JSON array: {other:?}"),
    }
}

/// Compares `got` (a result as JSON) with the case's `expect`; returns what differs.
pub fn check_case(case: &Value, got: &Value) -> Result<(), String> {
    let name = case["name"].as_str().unwrap_or("?");
    let expect = &case["expect"];
    let fail = |what: &str, want: &Value, have: &Value| Err(format!("{name}: {what}: expected {want}, got {have}\nresult: {got}"));
    let issues = got["issues"].as_array().cloned().unwrap_or_default();

    // Invariants of every result (a decision has no `valid`).
    let has_error = issues.iter().any(|i| i["severity"] == "error");
    if got.get("valid").is_some() && got["valid"] != Value::Bool(!has_error) {
        return fail("valid == no error issue", &Value::Bool(!has_error), &got["valid"]);
    }
    for i in &issues {
        let ok = ["error", "warning"].contains(&i["severity"].as_str().unwrap_or(""))
            && ["rejection", "revoke", "bounce"].contains(&i["risk"].as_str().unwrap_or(""))
            && i["message"].as_str().is_some_and(|m| !m.is_empty() && !m.contains('{'))
            && i["path"].is_array();
        if !ok {
            return fail("well-formed issue", &Value::Null, i);
        }
    }

    for key in ["valid", "value", "kind", "expiresAt", "action", "rule", "requires", "effects", "allowed", "holder", "shown", "hidden", "record"] {
        match expect.get(key) {
            // An object lists only the keys that matter to the case.
            Some(Value::Object(want)) => {
                for (k, v) in want {
                    if &got[key][k] != v {
                        return fail(&format!("{key}.{k}"), v, &got[key][k]);
                    }
                }
            }
            Some(want) if &got[key] != want => return fail(key, want, &got[key]),
            _ => {}
        }
    }
    if let Some(want) = expect.get("alternative") {
        let have = got["alternative"].get("reason").cloned().unwrap_or(Value::Null);
        if &have != want {
            return fail("alternative.reason", want, &have);
        }
    }
    if let Some(want) = expect.get("alternativeMessage") {
        if &got["alternative"]["message"] != want {
            return fail("alternative.message", want, &got["alternative"]["message"]);
        }
    }
    if let Some(want) = expect.get("decisionMessage") {
        if &got["message"] != want {
            return fail("message", want, &got["message"]);
        }
    }
    if let Some(want) = expect.get("issues") {
        let have: Vec<Value> = issues.iter().map(path_code).collect();
        if want.as_array() != Some(&have) {
            return fail("issues (path:code)", want, &Value::Array(have));
        }
    }
    if let Some(want) = expect.get("codes") {
        let have: Vec<Value> = issues.iter().map(|i| i["code"].clone()).collect();
        if want.as_array() != Some(&have) {
            return fail("codes", want, &Value::Array(have));
        }
    }
    // An issue of several characters lists them all in `params.positions`, the first being `at`.
    for i in issues.iter().filter(|i| i["params"]["positions"].is_array()) {
        let all = i["params"]["positions"].as_array().cloned().unwrap_or_default();
        if all.len() < 2 || all[0] != i["at"] {
            return fail("params.positions: two or more, the first being `at`", &i["at"], &i["params"]["positions"]);
        }
    }
    if let Some(want) = expect.get("at") {
        // Every located character, issue by issue (`at`, or all of `params.positions`).
        let located: Vec<&Value> = issues
            .iter()
            .filter(|i| i["at"].is_object())
            .flat_map(|i| match i["params"]["positions"].as_array() {
                Some(all) => all.iter().collect::<Vec<_>>(),
                None => vec![&i["at"]],
            })
            .collect();
        let have: Vec<Value> = located.iter().map(|a| serde_json::json!([a["position"], a["start"], a["char"]])).collect();
        if want.as_array() != Some(&have) {
            return fail("at [position, start, char]", want, &Value::Array(have));
        }
        for a in located {
            let len = a["char"].as_str().map_or(0, |c| c.encode_utf16().count()) as u64;
            let (start, end) = (a["start"].as_u64().unwrap_or(0), a["end"].as_u64().unwrap_or(0));
            if end != start + len {
                return fail("at.end == at.start + UTF-16 length of at.char", &Value::from(start + len), &Value::from(end));
            }
        }
    }
    // `incomplete` of each issue in order (absent counts as false).
    if let Some(want) = expect.get("incomplete") {
        let have: Vec<Value> = issues.iter().map(|i| Value::Bool(i["incomplete"] == Value::Bool(true))).collect();
        if want.as_array() != Some(&have) {
            return fail("incomplete of each issue", want, &Value::Array(have));
        }
    }
    if let Some(want) = expect.get("fix") {
        let have = issues.iter().find_map(|i| i.get("fix")).cloned().unwrap_or(Value::Null);
        if &have != want {
            return fail("fix", want, &have);
        }
    }
    if let Some(want) = expect.get("suggestion") {
        let have = issues.iter().find_map(|i| i.get("suggestion")).cloned().unwrap_or(Value::Null);
        if &have != want {
            return fail("suggestion", want, &have);
        }
    }
    if let Some(want) = expect.get("message") {
        let have = issues.first().map(|i| i["message"].clone()).unwrap_or(Value::Null);
        if &have != want {
            return fail("message of the first issue", want, &have);
        }
    }
    if let Some(want) = expect.get("path") {
        let have = issues.first().map(|i| i["path"].clone()).unwrap_or(Value::Null);
        if &have != want {
            return fail("path of the first issue", want, &have);
        }
    }
    for key in ["count", "min", "max"] {
        if let Some(want) = expect.get(key) {
            if !issues.iter().any(|i| &i["params"][key] == want) {
                return fail(&format!("an issue with params.{key}"), want, &Value::Array(issues.clone()));
            }
        }
    }
    Ok(())
}

/// Runs every case through `run` and reports all failures at once.
pub fn run_all(json: &str, mut run: impl FnMut(&Value) -> Value) {
    let cases = cases(json);
    assert!(!cases.is_empty());
    let failures: Vec<String> = cases.iter().filter_map(|c| check_case(c, &run(c)).err()).collect();
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n\n"));
}

/// libphonenumber's example numbers as registrant cases (phone only, with the region as the
/// country): each number as `+CC.NSN` and in its national format as dialled inside the region
/// (`8 0152 45-09-11` in Belarus), both expected to be valid and give libphonenumber's `+CC.NSN`.
/// Warnings are not compared: many examples are running sequences (`12345678`), which draw the
/// implausible-number warning of spec §1.7 (this library's, not the registry's rule). A JSON
/// array (the wasm battery parses it in JS, as it does the case files).
pub fn phone_example_cases() -> String {
    let mut cases = Vec::new();
    for line in PHONE_EXAMPLES.lines().skip(1) {
        let cells: Vec<&str> = line.split('\t').collect();
        let &[region, types, cc, nsn, national] = &cells[..] else { panic!("data/phone-examples.tsv: bad line {line:?}") };
        let value = format!("+{cc}.{nsn}");
        for (form, typed) in [("+CC.NSN", value.as_str()), ("national", national)] {
            cases.push(serde_json::json!({
                "name": format!("{region} {types} {form}"),
                "input": {"country": region, "phone": typed},
                "options": {"only": ["phone"]},
                "expect": {"valid": true, "value": {"phone": value}},
            }));
        }
    }
    Value::Array(cases).to_string()
}

/// The expected differences: case name → why the registry's rule differs. Lines are
/// `case<TAB>reason`; `#` starts a comment line.
pub fn differences(text: &str) -> Vec<(&str, &str)> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once('\t') {
            Some((case, why)) if !why.trim().is_empty() => (case, why),
            _ => panic!("an expected difference needs a case and a reason after a tab: {l:?}"),
        })
        .collect()
}

/// Runs every case through `run`, as [`run_all`], where the cases named in `differences` must
/// fail: an unexpected failure, an unexpected pass, or an entry that names no case fails the
/// test (the last two: a stale entry to remove). As rust-url runs WPT's urltestdata.json.
pub fn run_all_with_differences(json: &str, differences_text: &str, mut run: impl FnMut(&Value) -> Value) {
    let cases = cases(json);
    let differences = differences(differences_text);
    let mut expected: std::collections::HashMap<&str, bool> = differences.iter().map(|&(c, _)| (c, false)).collect();
    assert_eq!(expected.len(), differences.len(), "an expected difference is listed twice");
    let (mut failures, mut passes) = (Vec::new(), Vec::new());
    for case in &cases {
        let name = case["name"].as_str().unwrap_or("?");
        let outcome = check_case(case, &run(case));
        match (expected.get_mut(name), outcome) {
            (Some(seen), Err(_)) => *seen = true,
            (Some(seen), Ok(())) => {
                *seen = true;
                passes.push(name.to_string());
            }
            (None, Err(e)) => failures.push(e),
            (None, Ok(())) => {}
        }
    }
    let stale: Vec<&str> = expected.iter().filter(|(_, &seen)| !seen).map(|(&c, _)| c).collect();
    let mut report = Vec::new();
    if !failures.is_empty() {
        report.push(format!("{} unexpected failures (fix them, or list them with the reason):\n{}", failures.len(), failures.join("\n\n")));
    }
    if !passes.is_empty() {
        report.push(format!("{} expected differences now pass (remove them):\n{}", passes.len(), passes.join("\n")));
    }
    if !stale.is_empty() {
        report.push(format!("{} expected differences name no case (remove them):\n{}", stale.len(), stale.join("\n")));
    }
    assert!(report.is_empty(), "{} cases, {} expected to differ:\n{}", cases.len(), differences.len(), report.join("\n\n"));
}
