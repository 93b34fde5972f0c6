//! The public test suites of tests/suites/ (README.md there), natively; the wasm battery runs the
//! same through wasm in Node and Chromium.
mod common;

use common::suites;
use dotbe_rules::registrant::{RegistrantInput, RegistrantOptions};
use dotbe_rules::{Field, Input};

/// UTS #46's conformance tests, through the e-mail domain processing (spec §1.5).
#[test]
fn idna_test_v2() {
    let r = suites::run_idna("native", |host| dotbe_rules::idna::to_ascii(host).map_err(|e| format!("{e:?}")));
    r.unwrap_or_else(|e| panic!("{e}"));
}

/// RFC 3492's sample strings (and punycode.js's), both ways, through src/punycode.rs.
#[test]
fn punycode_tests() {
    suites::run_punycode("native", dotbe_rules::punycode::encode, dotbe_rules::punycode::decode).unwrap_or_else(|e| panic!("{e}"));
}

/// validator.js's isEmail cases, through the registrant's e-mail field.
#[test]
fn validator_js_is_email() {
    let valid = |_: usize, email: &str| {
        let input = RegistrantInput { email: Input::Text(email), ..RegistrantInput::default() };
        let options = RegistrantOptions { only: Some(vec![Field::Email]), ..RegistrantOptions::default() };
        dotbe_rules::validate_registrant(&input, &options).valid
    };
    suites::run_validator("native", valid).unwrap_or_else(|e| panic!("{e}"));
}

/// go-netip's TestParseAddr and validator.js's isIP, through the glue address check (spec §2).
#[test]
fn ip_address_suites() {
    suites::run_ip("native", |input| dotbe_rules::ip::parse(input).map(|ip| ip.canonical())).unwrap_or_else(|e| panic!("{e}"));
}
