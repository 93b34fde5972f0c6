#![no_main]
//! decideContactChange and whoisPreview: any two registrants, any context.
#[path = "common.rs"]
mod common;

use dotbe_rules::change::{decide_contact_change, whois_preview, Action, ChangeContext};
use dotbe_rules::{Input, Lang, RegistrantInput};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let f = common::fields(data, 6);
    let a = RegistrantInput { name: Input::Text(&f[0]), organization: Input::Text(&f[1]), vat: Input::Text(&f[2]), ..RegistrantInput::default() };
    let b = RegistrantInput { name: Input::Text(&f[3]), organization: Input::Text(&f[4]), vat: Input::Text(&f[5]), ..RegistrantInput::default() };
    let flags = data.last().copied().unwrap_or(0);
    let context = ChangeContext { revoke_procedure: flags & 1 != 0, monitored_update_approved: flags & 2 != 0, lang: Lang::Nl };
    let d = decide_contact_change(&a, &b, &context);
    common::check(&d);
    // The same registrant against itself is never a change.
    assert_eq!(decide_contact_change(&a, &a, &context).action, Action::None);
    assert!(!d.message.is_empty());
    let w = whois_preview(&a, Lang::Fr);
    assert_eq!(w.shown.len() + w.hidden.len(), 11);
});
