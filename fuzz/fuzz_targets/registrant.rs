#![no_main]
//! validateRegistrant over every field at once; a valid registrant's value is a fixed point.
#[path = "common.rs"]
mod common;

use dotbe_rules::{validate_registrant, Input, Lang, RegistrantInput, RegistrantOptions, Street};
use libfuzzer_sys::fuzz_target;

fn input(f: &[String]) -> RegistrantInput<'_> {
    RegistrantInput {
        name: Input::Text(&f[0]),
        organization: Input::Text(&f[1]),
        street: Street::Lines(vec![Input::Text(&f[2]), Input::Text(&f[11])]),
        city: Input::Text(&f[3]),
        postal_code: Input::Text(&f[4]),
        country: Input::Text(&f[5]),
        email: Input::Text(&f[6]),
        phone: Input::Text(&f[7]),
        fax: Input::Text(&f[8]),
        vat: Input::Text(&f[9]),
        language: Input::Text(&f[10]),
        unknown: vec![f[12].clone()],
    }
}

fuzz_target!(|data: &[u8]| {
    let f = common::fields(data, 13);
    let options = RegistrantOptions { lang: Lang::De, domain: Some(f[12].clone()), only: None };
    let r = validate_registrant(&input(&f), &options);
    common::check(&r);
    if r.valid {
        let v = &r.value;
        let g = [v.name.clone(), v.organization.clone(), v.street.first().cloned().unwrap_or_default(), v.city.clone(), v.postal_code.clone(), v.country.clone(), v.email.clone(), v.phone.clone(), v.fax.clone(), v.vat.clone(), v.language.clone(), v.street.get(1).cloned().unwrap_or_default(), String::new()];
        let mut again_input = input(&g);
        again_input.unknown.clear();
        if v.street.len() <= 2 {
            let again = validate_registrant(&again_input, &RegistrantOptions { domain: options.domain.clone(), ..RegistrantOptions::default() });
            assert!(again.valid, "{:?}", again.issues);
            assert_eq!(&again.value, v);
        }
    }
});
