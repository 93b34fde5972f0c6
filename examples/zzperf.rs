use std::hint::black_box;
use dotbe_rules::input::Input;
use dotbe_rules::registrant::{validate_registrant, RegistrantInput, RegistrantOptions, Street};
fn main() {
    let full = RegistrantInput {
        name: Input::Text("Jan D'Hondt"),
        organization: Input::Text("Brouwerij Het Anker NV"),
        street: Street::Text(Input::Text("Guido Gezellelaan 49")),
        city: Input::Text("Mechelen"),
        postal_code: Input::Text("2800"),
        country: Input::Text("BE"),
        email: Input::Text("info@hetanker.be"),
        phone: Input::Text("+32 15 28 71 41"),
        vat: Input::Text("BE 0403.170.701"),
        language: Input::Text("nl"),
        ..Default::default()
    };
    let invalid = RegistrantInput {
        name: Input::Text("Jan D\u{2019}Hondt"),
        postal_code: Input::Text("280"),
        phone: Input::Text("0475 12 34"),
        email: Input::Text("info@hetanker"),
        vat: Input::Text("BE0403170702"),
        ..full.clone()
    };
    let which = if std::env::args().nth(1).as_deref() == Some("invalid") { &invalid } else { &full };
    let whole = RegistrantOptions::default();
    for _ in 0..1_000_000 { drop(black_box(validate_registrant(black_box(which), &whole))); }
}
