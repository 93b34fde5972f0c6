//! Other projects' public test suites (tests/vectors/), natively: see tests/common/vectors.rs.
mod common;

#[test]
fn ip_addresses_agree_with_go_netip_and_validator_js_but_for_the_listed_differences() {
    let n = common::vectors::ip_suites(|input| dotbe_rules::ip::parse(input).map(|ip| ip.canonical())).unwrap_or_else(|e| panic!("{e}"));
    assert!(n > 100, "{n} cases");
}
