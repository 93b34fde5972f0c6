//! Properties over generated input (proptest): no input makes any entry point panic, a result's
//! `value` validated again is valid with the same value (normalisation is idempotent), and the
//! work per call grows linearly with the input — counted in bytes allocated, not by the clock.
#![cfg(not(target_arch = "wasm32"))]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use dotbe_rules::change::{check_transfer, decide_contact_change, whois_preview, ChangeContext, TransferRequest};
use dotbe_rules::domain::{validate_domain_name, validate_nameservers, NameserverInput, NameserversInput};
use dotbe_rules::{check_auth_code, validate_registrant, AuthCodeKind, AuthCodeOptions, Input, Lang, RegistrantInput, RegistrantOptions, Street};
use proptest::prelude::*;

/// Counts the bytes every allocation asks for: the measure of work in `work_is_linear`. Per
/// thread, so that the other tests, running in parallel, are not counted with the one measured.
struct Counting;

thread_local! {
    static ALLOCATED: Cell<usize> = const { Cell::new(0) };
}

fn count(bytes: usize) {
    // `try_with`: allocations while a thread is torn down are not counted.
    let _ = ALLOCATED.try_with(|a| a.set(a.get() + bytes));
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Text of every kind: ASCII, Latin-1, look-alikes, emoji, controls, separators.
fn any_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            4 => proptest::char::range(' ', '~'),
            2 => proptest::char::range('\u{a0}', '\u{17f}'),
            1 => proptest::char::range('\u{0}', '\u{1f}'),
            1 => prop_oneof![Just('’'), Just('–'), Just('😀'), Just('а'), Just('\u{301}'), Just('\u{fffd}'), Just('@'), Just('.'), Just('\n')],
            1 => any::<char>(),
        ],
        0..40,
    )
    .prop_map(|v| v.into_iter().collect())
}

fn registrant<'a>(f: &'a [String; 11]) -> RegistrantInput<'a> {
    RegistrantInput {
        name: Input::Text(&f[0]),
        organization: Input::Text(&f[1]),
        street: Street::Text(Input::Text(&f[2])),
        city: Input::Text(&f[3]),
        postal_code: Input::Text(&f[4]),
        country: Input::Text(&f[5]),
        email: Input::Text(&f[6]),
        phone: Input::Text(&f[7]),
        fax: Input::Text(&f[8]),
        vat: Input::Text(&f[9]),
        language: Input::Text(&f[10]),
        unknown: Vec::new(),
    }
}

fn fields() -> impl Strategy<Value = [String; 11]> {
    // Plausible values mixed with noise, so that both valid and invalid forms are generated.
    let pick = |good: &'static [&'static str]| prop_oneof![3 => proptest::sample::select(good).prop_map(String::from), 1 => any_text()];
    (
        pick(&["Jan D'Hondt", "Zoë Van den Bossche", "An Peeters", "Jan D’Hondt"]),
        pick(&["", "", "Brouwerij Het Anker NV", "Peeters BV"]),
        pick(&["Kerkstraat 12", "Rue de la Loi 16\nBus 3", "Meir 1"]),
        pick(&["Gent", "Bruxelles", "Antwerpen"]),
        pick(&["9000", "1000", "B-9000", "1234 AB", "0000"]),
        pick(&["BE", "NL", "FR", "IT", "US", "AE", "be"]),
        pick(&["jan@telenet.be", "info@café.be", "jan@gmial.com", "x@y"]),
        pick(&["0475 12 34 56", "+32 475/12.34.56", "+33 6 12 34 56 78", "06 1234 5678", "+1 416 555 0100"]),
        pick(&["", "", "+32 9 123 45 67"]),
        pick(&["", "BE 0403.170.701", "PENDING", "NL123456789B01"]),
        pick(&["", "nl", "fr", "en"]),
    )
        .prop_map(|(a, b, c, d, e, f, g, h, i, j, k)| [a, b, c, d, e, f, g, h, i, j, k])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, .. ProptestConfig::default() })]

    #[test]
    fn registrant_value_is_a_fixed_point(f in fields()) {
        let first = validate_registrant(&registrant(&f), &RegistrantOptions::default());
        prop_assert_eq!(first.valid, !first.issues.iter().any(|i| i.is_error()));
        // The registrant entry's wasm has the messages of these codes only.
        for issue in &first.issues {
            prop_assert!(dotbe_rules::issue::raised_by_registrant(issue.code), "{:?}", issue.code);
        }
        if first.valid {
            let v = &first.value;
            let again_fields = [v.name.clone(), v.organization.clone(), v.street.join("\n"), v.city.clone(), v.postal_code.clone(), v.country.clone(), v.email.clone(), v.phone.clone(), v.fax.clone(), v.vat.clone(), v.language.clone()];
            let again = validate_registrant(&registrant(&again_fields), &RegistrantOptions::default());
            prop_assert!(again.valid, "{:?}", again.issues);
            prop_assert_eq!(&again.value, v);
        }
    }

    #[test]
    fn auth_code_value_is_a_fixed_point(s in any_text(), digits in "[0-9 –-]{10,30}") {
        for input in [s, digits] {
            let first = check_auth_code(&input, &AuthCodeOptions::default());
            if first.valid {
                let value = first.value.clone().unwrap();
                let again = check_auth_code(&value, &AuthCodeOptions { kind: first.kind, ..AuthCodeOptions::default() });
                prop_assert!(again.valid);
                prop_assert_eq!(again.value, Some(value));
            }
        }
    }

    #[test]
    fn domain_forms_are_fixed_points(s in any_text(), label in "[a-zé-ëß0-9-]{1,20}") {
        for input in [s, label] {
            let r = validate_domain_name(Input::Text(&input), Lang::En);
            if let (true, Some(v)) = (r.valid, r.value) {
                for form in [&v.ascii, &v.unicode] {
                    let again = validate_domain_name(Input::Text(form), Lang::En);
                    prop_assert!(again.valid, "{form}: {:?}", again.issues);
                    prop_assert_eq!(again.value.as_ref(), Some(&v));
                }
            }
        }
    }

    #[test]
    fn nothing_panics(a in any_text(), b in any_text(), c in any_text(), f in fields()) {
        let _ = validate_nameservers(&NameserversInput {
            domain: Input::Text(&a),
            nameservers: vec![NameserverInput { host: Input::Text(&b), ips: Some(vec![Input::Text(&c)]) }, NameserverInput { host: Input::Text(&c), ips: None }],
            group: Input::Text(&b),
        }, Lang::Fr);
        let _ = decide_contact_change(&registrant(&f), &RegistrantInput { name: Input::Text(&a), organization: Input::Text(&b), ..RegistrantInput::default() }, &ChangeContext::default());
        let _ = check_transfer(&TransferRequest { kind: Some(AuthCodeKind::Internal), auth_code: Input::Text(&a), auth_code_issued_at: Some(b.clone()), now: Some(c.clone()), statuses: vec![a.clone()], ..TransferRequest::default() });
        let _ = whois_preview(&registrant(&f), Lang::De);
        let _ = check_auth_code(&a, &AuthCodeOptions { kind: Some(AuthCodeKind::External), issued_at: Some(b.clone()), now: Some(c.clone()), lang: Lang::Nl });
    }
}

/// Bytes allocated by `f` (on this thread).
fn allocated(f: impl FnOnce()) -> usize {
    let before = ALLOCATED.with(Cell::get);
    f();
    ALLOCATED.with(Cell::get) - before
}

#[test]
fn work_is_linear_in_the_input() {
    // Inputs of n, 4n and 16n characters of a hostile mix. Linear work grows 4× per step (up to
    // 8× in bytes, as growing buffers double); quadratic work would grow 16×.
    let unit = "aé’😀 @-.\u{301}0";
    for (label, f) in [
        ("registrant", Box::new(|s: &str| {
            let fields: [String; 11] = std::array::from_fn(|_| s.to_string());
            let _ = validate_registrant(&registrant(&fields), &RegistrantOptions::default());
        }) as Box<dyn Fn(&str)>),
        ("auth code", Box::new(|s: &str| {
            let _ = check_auth_code(s, &AuthCodeOptions::default());
        })),
        ("domain", Box::new(|s: &str| {
            let _ = validate_domain_name(Input::Text(s), Lang::En);
        })),
        ("decision", Box::new(|s: &str| {
            let r = RegistrantInput { name: Input::Text(s), organization: Input::Text(s), ..RegistrantInput::default() };
            let _ = decide_contact_change(&r, &r, &ChangeContext::default());
        })),
    ] {
        let sizes = [500, 2000, 8000].map(|n| allocated(|| f(&unit.repeat(n))));
        for pair in sizes.windows(2) {
            assert!(pair[1] <= 8 * pair[0] + 4096, "{label}: {sizes:?} bytes for n, 4n, 16n");
        }
    }
}
