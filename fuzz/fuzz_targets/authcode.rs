#![no_main]
//! checkAuthCode: any text, any kind, any dates; a valid code validated again is the same code.
#[path = "common.rs"]
mod common;

use dotbe_rules::{check_auth_code, AuthCodeKind, AuthCodeOptions, Lang};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let f = common::fields(data, 3);
    let kind = match data.first().map(|b| b % 3) {
        Some(0) => Some(AuthCodeKind::External),
        Some(1) => Some(AuthCodeKind::Internal),
        _ => None,
    };
    let options = AuthCodeOptions { kind, issued_at: Some(f[1].clone()), now: Some(f[2].clone()), lang: Lang::Fr };
    let r = check_auth_code(&f[0], &options);
    common::check(&r);
    let plain = check_auth_code(&f[0], &AuthCodeOptions { kind, ..AuthCodeOptions::default() });
    if plain.valid {
        let value = plain.value.clone().expect("a valid code has a value");
        let again = check_auth_code(&value, &AuthCodeOptions { kind: plain.kind, ..AuthCodeOptions::default() });
        assert!(again.valid && again.value.as_deref() == Some(value.as_str()), "{value:?}");
    }
});
