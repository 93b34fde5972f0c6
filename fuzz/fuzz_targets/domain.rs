#![no_main]
//! validateDomainName: any text; a valid name's two forms are both valid and give the same pair;
//! Punycode round-trips.
#[path = "common.rs"]
mod common;

use dotbe_rules::domain::validate_domain_name;
use dotbe_rules::{punycode, Input, Lang};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let r = validate_domain_name(Input::Text(&text), Lang::En);
    common::check(&r);
    if let (true, Some(v)) = (r.valid, &r.value) {
        for form in [&v.ascii, &v.unicode] {
            let again = validate_domain_name(Input::Text(form), Lang::En);
            assert!(again.valid && again.value.as_ref() == Some(v), "{form}");
        }
    }
    if let Some(encoded) = punycode::encode(&text) {
        assert_eq!(punycode::decode(&encoded).as_deref(), Some(&*text), "Punycode round trip");
    }
    let _ = punycode::decode(&text);
});
