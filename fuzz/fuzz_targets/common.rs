//! Shared by the fuzz targets: cutting the input into fields, and the invariants every result
//! must keep.
#![allow(dead_code)]

use dotbe_rules::json::to_json;
use serde::Serialize;

/// The input cut at `\u{1f}` into at least `n` strings (lossy UTF-8: every byte string counts).
pub fn fields(data: &[u8], n: usize) -> Vec<String> {
    let text = String::from_utf8_lossy(data);
    let mut out: Vec<String> = text.split('\u{1f}').map(String::from).collect();
    out.resize(n.max(out.len()), String::new());
    out
}

/// `valid` is true iff no error issue; every message is written out; the JSON hand-over works
/// and is JSON.
pub fn check<T: Serialize>(result: &T) {
    let json = to_json(result).expect("serializes");
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    check_value(&v);
}

pub fn check_value(v: &serde_json::Value) {
    let issues = v["issues"].as_array().expect("issues");
    for i in issues {
        let mut m = i["message"].as_str().expect("message").to_string();
        assert!(!m.is_empty());
        // Every placeholder was filled: what is left after taking out the values the message
        // quotes (which may hold braces typed by the user) has no brace.
        let mut values: Vec<String> = vec![i["at"]["char"].as_str().unwrap_or("").to_string(), i["suggestion"].as_str().unwrap_or("").to_string()];
        if let Some(params) = i["params"].as_object() {
            values.extend(params.values().filter_map(|v| v.as_str().map(String::from)));
        }
        values.sort_by_key(|v| std::cmp::Reverse(v.len()));
        for v in values.iter().filter(|v| !v.is_empty()) {
            m = m.replace(v.as_str(), "");
        }
        assert!(!m.contains('{'), "unrendered message {:?}", i["message"]);
    }
    if let Some(valid) = v.get("valid") {
        assert_eq!(valid.as_bool(), Some(!issues.iter().any(|i| i["severity"] == "error")));
    }
}
