//! The shared case files, run against the Rust core.
mod common;

use dotbe_rules::{check_auth_code, AuthCodeKind, AuthCodeOptions, Lang};
use serde_json::Value;

fn auth_code_options(o: &Value) -> AuthCodeOptions {
    AuthCodeOptions {
        kind: match o["kind"].as_str() {
            Some("external") => Some(AuthCodeKind::External),
            Some("internal") => Some(AuthCodeKind::Internal),
            _ => None,
        },
        issued_at: o["issuedAt"].as_str().map(String::from),
        now: o["now"].as_str().map(String::from),
        lang: o["lang"].as_str().and_then(Lang::from_tag).unwrap_or_default(),
    }
}

#[test]
fn auth_code_cases() {
    common::run_all(common::AUTHCODE_CASES, |case| {
        let input = case["input"].as_str().expect("native cases have text input");
        let report = check_auth_code(input, &auth_code_options(&case["options"]));
        serde_json::to_value(report).unwrap()
    });
}

/// The TypeScript union of issue codes lists exactly the codes of the Rust enum.
#[test]
fn typescript_issue_codes_match_the_enum() {
    let dts = include_str!("../js/index.d.ts");
    let start = dts.find("export type IssueCode =").expect("IssueCode in index.d.ts");
    let body = &dts[start..start + dts[start..].find(';').unwrap()];
    let ts: Vec<&str> = body.split('\'').skip(1).step_by(2).collect();
    let rust: Vec<&str> = dotbe_rules::Code::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(ts, rust);
}
