#![no_main]
//! One field at a time with `only` (phone, postal code, VAT, e-mail…), the country as context —
//! the per-keystroke path.
#[path = "common.rs"]
mod common;

use dotbe_rules::{validate_registrant, Field, Input, RegistrantInput, RegistrantOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else { return };
    let f = common::fields(rest, 2);
    let field = Field::ALL[usize::from(which) % Field::ALL.len()];
    let mut input = RegistrantInput { country: Input::Text(&f[1]), ..RegistrantInput::default() };
    let text = Input::Text(&f[0]);
    match field {
        Field::Name => input.name = text,
        Field::Organization => input.organization = text,
        Field::Street => input.street = dotbe_rules::Street::Text(text),
        Field::City => input.city = text,
        Field::PostalCode => input.postal_code = text,
        Field::Country => input.country = text,
        Field::Email => input.email = text,
        Field::Phone => input.phone = text,
        Field::Fax => input.fax = text,
        Field::Vat => input.vat = text,
        Field::Language => input.language = text,
    }
    let r = validate_registrant(&input, &RegistrantOptions { only: Some(vec![field]), ..RegistrantOptions::default() });
    common::check(&r);
    assert!(r.issues.iter().all(|i| i.path.first() == Some(&dotbe_rules::PathSegment::Key(field.key()))));
});
