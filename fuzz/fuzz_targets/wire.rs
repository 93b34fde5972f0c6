#![no_main]
//! The wire from js/wire.js (src/wire.rs): any string is read without a panic, and whatever it
//! reads as is answered by every request decoder (an issue list or a TypeError message), and the
//! registrant's answer, written back, reads as js/wire.js reads it.
use dotbe_rules::registrant::{invalid_registrant, validate_registrant};
use dotbe_rules::wire::{self, registrant::Request, Item};
use dotbe_rules::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Some(items) = wire::read(&text) else { return };
    if let Ok(request) = wire::registrant::request(&items) {
        let report = match request {
            Request::Form(form, options) => validate_registrant(&form, &options),
            Request::NotAnObject(found, options) => invalid_registrant(found, &options),
        };
        let written = wire::registrant::write(&report);
        let (valid, _, issues) = wire::read_registrant_answer(&written).expect("the answer reads back");
        assert_eq!((valid, issues.len()), (report.valid, report.issues.len()));
    }
    let _ = wire::auth_code(&items, || 1_700_000_000_000);
    if let Ok((value, _)) = wire::with_lang(&items) {
        let _ = wire::nameservers(value);
        let _ = wire::registrant::form(value);
        let _ = wire::transfer(value, Lang::Nl, || 0);
    }
    for item in &items {
        let _ = wire::change_context(item);
        let _ = (item.input(), item.type_name(), item == &Item::Missing);
    }
});
