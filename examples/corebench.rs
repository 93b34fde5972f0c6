//! The core's own speed, natively (no JS boundary): `cargo run --release --example corebench`.
//! Medians of several batches; the inputs are bench/bench.mjs's registrants. With `--answers` it
//! prints instead, as JSON, the answers the wasm hands to JS for them (src/boundary/answer.rs), which
//! bench/bench.mjs reads back to time the JS side of a call alone.
use std::hint::black_box;
use std::time::Instant;

use dotbe_rules::input::Input;
use dotbe_rules::registrant::{validate_registrant, Field, RegistrantInput, RegistrantOptions, Street};

fn median_ns(mut f: impl FnMut()) -> f64 {
    let n = 20_000;
    let mut samples: Vec<f64> = (0..9)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..n {
                f();
            }
            t.elapsed().as_nanos() as f64 / n as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

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
    let whole = RegistrantOptions::default();
    let only_email = RegistrantOptions { only: Some(vec![Field::Email]), ..Default::default() };
    if std::env::args().any(|a| a == "--answers") {
        // A JSON string each (the answers hold control characters).
        let answer = |input, options| serde_json::to_string(&dotbe_rules::boundary::answer::write(&validate_registrant(input, options)).unwrap_or_default()).unwrap_or_default();
        println!(
            "{{\"full\":{},\"invalid\":{},\"onlyEmail\":{}}}",
            answer(&full, &whole),
            answer(&invalid, &whole),
            answer(&full, &only_email)
        );
        return;
    }
    println!("| core, natively | ns per call |\n|---|---:|");
    println!("| full, valid registrant | {:.0} |", median_ns(|| drop(black_box(validate_registrant(black_box(&full), &whole)))));
    println!("| typical invalid registrant | {:.0} |", median_ns(|| drop(black_box(validate_registrant(black_box(&invalid), &whole)))));
    // The country typed as a name or an unknown code: a lookup of the four languages' names.
    for (label, country) in [("country typed as a name (Belgium)", "Belgium"), ("country typed as a name (België)", "België"), ("unknown country code (ZZ)", "ZZ"), ("unknown country name (Atlantis)", "Atlantis")] {
        let input = RegistrantInput { country: Input::Text(country), ..full.clone() };
        println!("| full registrant, {label} | {:.0} |", median_ns(|| drop(black_box(validate_registrant(black_box(&input), &whole)))));
    }
    for name in ["België", "Atlantis", "ZZ"] {
        println!("| countries::by_name({name:?}) alone | {:.0} |", median_ns(|| { black_box(dotbe_rules::countries::by_name(black_box(name))); }));
    }
    for field in Field::ALL {
        let only = RegistrantOptions { only: Some(vec![field]), ..Default::default() };
        println!("| only {} | {:.0} |", field.key(), median_ns(|| drop(black_box(validate_registrant(black_box(&full), &only)))));
    }
}
