//! Shared by the native tests (`tests/cases.rs`) and the wasm-bindgen tests (`tests/wasm_*.rs`):
//! the case files under `tests/cases/`, and the one function that compares a result with a case.
//! Both layers run the same cases, so the core and the JS boundary cannot drift apart.
#![allow(dead_code)]

use serde_json::Value;

pub mod native;

pub const AUTHCODE_CASES: &str = include_str!("../cases/authcode.json");
pub const REGISTRANT_CASES: &str = include_str!("../cases/registrant.json");
pub const DOMAIN_CASES: &str = include_str!("../cases/domain.json");
pub const NAMESERVER_CASES: &str = include_str!("../cases/nameservers.json");
pub const DECISION_CASES: &str = include_str!("../cases/decisions.json");
pub const TRANSFER_CASES: &str = include_str!("../cases/transfers.json");

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

    for key in ["valid", "value", "kind", "expiresAt", "action", "rule", "requires", "effects", "allowed"] {
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
    if let Some(want) = expect.get("at") {
        let have: Vec<Value> = issues
            .iter()
            .filter(|i| i["at"].is_object())
            .map(|i| serde_json::json!([i["at"]["position"], i["at"]["start"], i["at"]["char"]]))
            .collect();
        if want.as_array() != Some(&have) {
            return fail("at [position, start, char]", want, &Value::Array(have));
        }
        for i in issues.iter().filter(|i| i["at"].is_object()) {
            let len = i["at"]["char"].as_str().map_or(0, |c| c.encode_utf16().count()) as u64;
            let (start, end) = (i["at"]["start"].as_u64().unwrap_or(0), i["at"]["end"].as_u64().unwrap_or(0));
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
