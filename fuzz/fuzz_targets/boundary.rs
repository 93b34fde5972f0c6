#![no_main]
//! The boundary (src/boundary/): any string, as the packed arguments of every export, is
//! answered without a panic — a result that writes as an answer, or a TypeError message.
use dotbe_rules::boundary::{answer, args, calls};
use libfuzzer_sys::fuzz_target;

fn answered<T: serde::Serialize>(result: Result<T, String>) {
    if let Ok(value) = result {
        answer::write(&value).expect("every result writes as an answer");
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    answered(calls::validate_registrant(&text));
    answered(calls::countries(&text));
    answered(calls::check_auth_code(&text, || 1_700_000_000_000));
    answered(calls::validate_domain_name(&text));
    answered(calls::validate_nameservers(&text));
    answered(calls::decide_contact_change(&text));
    answered(calls::check_transfer(&text, || 0));
    answered(calls::whois_preview(&text));
    if let Some(items) = args::read(&text) {
        for item in &items {
            let _ = (args::form(item), args::nameservers(item), args::change_context(item, item), item.input(), item.type_name());
        }
    }
});
