//! The shared case files, run against the Rust core.
mod common;

use common::native::{self, Kind};

#[test]
fn auth_code_cases() {
    common::run_all(common::AUTHCODE_CASES, |case| native::result(Kind::AuthCode, case));
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

#[test]
fn registrant_cases() {
    common::run_all(common::REGISTRANT_CASES, |case| {
        let got = native::result(Kind::Registrant, case);
        // The registrant entry's wasm has the messages of these codes only.
        for issue in got["issues"].as_array().into_iter().flatten() {
            let code = dotbe_rules::Code::ALL.iter().find(|c| issue["code"] == c.as_str()).copied();
            assert!(code.is_some_and(dotbe_rules::issue::raised_by_registrant), "{}: {} is not in issue::raised_by_registrant", case["name"], issue["code"]);
        }
        got
    });
}

#[test]
fn domain_cases() {
    common::run_all(common::DOMAIN_CASES, |case| native::result(Kind::Domain, case));
}

#[test]
fn nameserver_cases() {
    common::run_all(common::NAMESERVER_CASES, |case| native::result(Kind::Nameservers, case));
}

#[test]
fn decision_cases() {
    common::run_all(common::DECISION_CASES, |case| native::result(Kind::Decision, case));
}

#[test]
fn transfer_cases() {
    common::run_all(common::TRANSFER_CASES, |case| native::result(Kind::Transfer, case));
}

#[test]
fn whois_cases() {
    common::run_all(common::WHOIS_CASES, |case| native::result(Kind::Whois, case));
}
