//! The JS boundary, exercised from inside wasm: the shared cases with JS values, then hostile
//! values of every kind — after each of which the module must still answer correctly.

use crate::calls::{check_auth_code, check_transfer, countries, decide_contact_change, validate_domain_name, validate_nameservers, validate_registrant, whois_preview};
use js_sys::{Function, JsString, Reflect, JSON};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::common;
use crate::common::native::Kind;

/// A JS value from a JS expression (test-only; the package itself never evaluates code).
fn js(expr: &str) -> JsValue {
    Function::new_no_args(&format!("return ({expr});")).call0(&JsValue::NULL).unwrap()
}

fn json(v: &JsValue) -> Value {
    serde_json::from_str(&String::from(JSON::stringify(v).unwrap())).unwrap()
}

fn codes(result: &JsValue) -> Vec<String> {
    json(result)["issues"].as_array().unwrap().iter().map(|i| i["code"].as_str().unwrap().to_string()).collect()
}

/// The module still gives the right answer (called after every hostile value).
fn still_correct() {
    let r = json(&check_auth_code("123 456 789 012 345".into(), JsValue::UNDEFINED).unwrap());
    assert_eq!(r["valid"], true);
    assert_eq!(r["value"], "123-456-789-012-345");
}

fn is_type_error(e: &JsValue) -> bool {
    e.is_instance_of::<js_sys::TypeError>()
}

#[wasm_bindgen_test]
fn shared_auth_code_cases_across_the_boundary() {
    // Parsed by JS, not serde: the inputs reach the export as real JS strings.
    run_js_cases(common::AUTHCODE_CASES, Kind::AuthCode, check_auth_code);
}

#[wasm_bindgen_test]
fn values_of_the_wrong_type_are_issues_not_exceptions() {
    for (expr, found) in [
        ("null", "null"),
        ("42", "number"),
        ("NaN", "number"),
        ("true", "boolean"),
        ("123456789012345n", "bigint"),
        ("Symbol('code')", "symbol"),
        ("() => '123-456-789-012-345'", "function"),
        ("['123-456-789-012-345']", "array"),
        ("{ code: '123-456-789-012-345' }", "object"),
        ("new String('123-456-789-012-345')", "object"),
        ("Object.freeze({ toString() { throw new Error('no') } })", "object"),
        ("JSON.parse('{\"__proto__\": {\"polluted\": 1}, \"constructor\": 1}')", "object"),
    ] {
        let r = check_auth_code(js(expr), JsValue::UNDEFINED).unwrap_or_else(|e| panic!("{expr} threw {e:?}"));
        let v = json(&r);
        assert_eq!(v["valid"], false, "{expr}");
        assert_eq!(v["value"], Value::Null, "{expr}");
        assert_eq!(v["kind"], Value::Null, "{expr}");
        assert_eq!(v["issues"][0]["code"], "invalid_type", "{expr}");
        assert_eq!(v["issues"][0]["params"]["found"], found, "{expr}");
        still_correct();
    }
    assert!(js("({}).polluted").is_undefined(), "no prototype pollution");
    assert_eq!(codes(&check_auth_code(JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap()), ["required"]);
    still_correct();
}

#[wasm_bindgen_test]
fn huge_strings_are_reported_without_being_copied_whole() {
    for expr in ["'1'.repeat(1 << 20)", "' '.repeat(1 << 20) + '123-456-789-012-345'", "'\\u{1F600}'.repeat(1 << 19)", "'x'.repeat(4097)"] {
        let r = json(&check_auth_code(js(expr), JsValue::UNDEFINED).unwrap());
        assert_eq!(r["valid"], false, "{expr}");
        assert_eq!(r["value"], Value::Null, "{expr}");
        assert_eq!(codes(&check_auth_code(js(expr), JsValue::UNDEFINED).unwrap()), ["too_long"], "{expr}");
        assert_eq!(r["issues"][0]["params"]["max"], 64, "{expr}");
        still_correct();
    }
    // At the limit the text is read, and trimmed like any other.
    let r = json(&check_auth_code(js("' '.repeat(4096 - 19) + '123-456-789-012-345'"), JsValue::UNDEFINED).unwrap());
    assert_eq!(r["value"], "123-456-789-012-345");
}

#[wasm_bindgen_test]
fn lone_surrogates_nul_and_controls_are_located_characters() {
    let lone = JsString::from_char_code1(0xD800);
    let input = JsString::from("12").concat(&lone).concat(&"3456789012345".into());
    let r = json(&check_auth_code(input.into(), JsValue::UNDEFINED).unwrap());
    assert_eq!(r["issues"][0]["code"], "auth_code_character");
    assert_eq!(r["issues"][0]["at"]["start"], 2, "the lone surrogate is one UTF-16 unit at offset 2");
    assert_eq!(r["issues"][0]["at"]["position"], 3);
    still_correct();

    let r = json(&check_auth_code(js("'123-456-789\\u0000-012-345'"), JsValue::UNDEFINED).unwrap());
    assert_eq!(r["issues"][0]["code"], "auth_code_character");
    assert_eq!(r["issues"][0]["at"]["char"], "\u{0}");
    // A control character is named, never shown as a code point.
    assert_eq!(r["issues"][0]["message"], "An authorisation code has digits only, and this is not one: an invisible character (at position 12).", "{r}");
    still_correct();
}

#[wasm_bindgen_test]
fn options_that_make_no_sense_throw_a_type_error() {
    for expr in [
        "'nl'",
        "42",
        "['nl']",
        "{ kind: 'registry' }",
        "{ lang: 42 }",
        "{ lng: 'nl' }",
        "{ messages: 'mine' }",
        "{ get lang() { throw new Error('getter') } }",
        "new Proxy({}, { get() { throw new Error('trap') } })",
    ] {
        match check_auth_code("123-456-789-012-345".into(), js(expr)) {
            Err(e) => assert!(is_type_error(&e), "{expr}: not a TypeError: {e:?}"),
            Ok(r) => panic!("{expr}: expected a TypeError, got {}", json(&r)),
        }
        still_correct();
    }
}

#[wasm_bindgen_test]
fn odd_but_meaningful_options_are_read() {
    // null options, prototype-less and frozen objects, Date objects, an invalid Date.
    assert_eq!(json(&check_auth_code("12".into(), JsValue::NULL).unwrap())["issues"][0]["code"], "auth_code_digit_count");
    let r = json(&check_auth_code("".into(), js("Object.assign(Object.create(null), { lang: 'de' })")).unwrap());
    assert_eq!(r["issues"][0]["message"], "Bitte füllen Sie dieses Feld aus.");
    let r = json(&check_auth_code("".into(), js("Object.freeze({ lang: 'fr-BE' })")).unwrap());
    assert_eq!(r["issues"][0]["message"], "Veuillez remplir ce champ.");
    let opts = js("{ issuedAt: new Date('2026-11-16T09:00:00Z'), now: new Date('2026-11-23T08:00:00Z') }");
    let r = json(&check_auth_code("123456789012345".into(), opts).unwrap());
    assert_eq!(r["expiresAt"], "2026-11-23T09:00:00.000Z");
    assert_eq!(r["issues"][0]["code"], "auth_code_expiring");
    let r = json(&check_auth_code("123456789012345".into(), js("{ issuedAt: new Date(NaN) }")).unwrap());
    assert_eq!(r["issues"][0]["code"], "invalid_date");
    assert_eq!(r["issues"][0]["path"], serde_json::json!(["issuedAt"]));
    let r = json(&check_auth_code("123456789012345".into(), js("{ issuedAt: 1763888400000 }")).unwrap());
    assert_eq!(r["issues"][0]["code"], "invalid_date");
    // Without `now`, the clock is read: a code issued a minute ago is fine.
    let r = json(&check_auth_code("123456789012345".into(), js("{ issuedAt: new Date(Date.now() - 60000) }")).unwrap());
    assert_eq!(r["issues"], serde_json::json!([]));
    still_correct();
}

#[wasm_bindgen_test]
fn a_thousand_calls_in_a_row_stay_correct() {
    for i in 0..1000u32 {
        let input = if i % 2 == 0 { JsValue::from(i) } else { JsValue::from(format!("{i:015}")) };
        let _ = check_auth_code(input, JsValue::UNDEFINED).unwrap();
    }
    still_correct();
}

fn registrant(expr: &str, options: &str) -> Value {
    json(&validate_registrant(js(expr), js(options)).unwrap_or_else(|e| panic!("{expr} threw {e:?}")))
}

fn registrant_codes(v: &Value) -> Vec<String> {
    v["issues"].as_array().unwrap().iter().map(|i| {
        let path: Vec<String> = i["path"].as_array().unwrap().iter().map(|p| p.as_str().map_or_else(|| p.to_string(), String::from)).collect();
        format!("{}:{}", path.join("."), i["code"].as_str().unwrap())
    }).collect()
}

/// A full, valid registrant still validates (called after every hostile value).
fn registrant_still_correct() {
    let v = registrant(
        "{ name: 'Jan D\\'Hondt', street: 'Kerkstraat 12', city: 'Gent', postalCode: '9000', country: 'BE', email: 'jan@telenet.be', phone: '0475 12 34 56' }",
        "undefined",
    );
    assert_eq!(v["valid"], true, "{v}");
    assert_eq!(v["value"]["phone"], "+32.475123456");
}

#[wasm_bindgen_test]
fn shared_registrant_cases_across_the_boundary() {
    run_js_cases(common::REGISTRANT_CASES, Kind::Registrant, validate_registrant);
}

#[wasm_bindgen_test]
fn a_registrant_that_is_not_an_object_is_an_issue() {
    for (expr, found) in [("null", "null"), ("undefined", "undefined"), ("42", "number"), ("'Jan'", "string"), ("['Jan']", "array"), ("() => 1", "function")] {
        let v = registrant(expr, "undefined");
        assert_eq!(registrant_codes(&v), [":invalid_type"], "{expr}");
        assert_eq!(v["issues"][0]["params"]["found"], found, "{expr}");
        registrant_still_correct();
    }
}

#[wasm_bindgen_test]
fn hostile_registrant_objects_are_answered() {
    // Throwing getters, proxies, frozen and prototype-less objects, __proto__ keys, huge values,
    // lone surrogates, NUL, non-string street lines.
    let base = "name: 'Jan Peeters', street: 'Kerkstraat 12', city: 'Gent', postalCode: '9000', country: 'BE', email: 'jan@telenet.be', phone: '0475123456'";
    let v = registrant(&format!("{{ {base}, get city() {{ throw new Error('boom') }} }}"), "undefined");
    assert_eq!(registrant_codes(&v), ["city:invalid_type"]);
    let v = registrant("new Proxy({}, { ownKeys() { throw new Error('trap') } })", "undefined");
    assert!(registrant_codes(&v).contains(&"name:required".to_string()), "{v}");
    let v = registrant(&format!("Object.freeze({{ {base} }})"), "undefined");
    assert_eq!(v["valid"], true);
    let v = registrant(&format!("Object.assign(Object.create(null), {{ {base} }})"), "undefined");
    assert_eq!(v["valid"], true);
    let v = registrant(&format!("JSON.parse('{{\"__proto__\": {{\"name\": \"x\"}}, \"constructor\": 1}}')"), "undefined");
    assert!(registrant_codes(&v).contains(&":unknown_field".to_string()), "{v}");
    assert!(js("({}).name").is_undefined(), "no prototype pollution");
    let v = registrant(&format!("{{ {base}, name: 'x'.repeat(1 << 20) }}"), "undefined");
    assert_eq!(registrant_codes(&v), ["name:too_long"]);
    let v = registrant(&format!("{{ {base}, name: 'Jan\\uD800 Peeters' }}"), "undefined");
    assert_eq!(registrant_codes(&v), ["name:charset"]);
    assert_eq!(v["issues"][0]["at"]["start"], 3);
    let v = registrant(&format!("{{ {base}, city: 'Ge\\u0000nt' }}"), "undefined");
    assert_eq!(registrant_codes(&v), ["city:charset"]);
    let v = registrant(&format!("{{ {base}, street: ['Kerkstraat 12', 42, null] }}"), "undefined");
    assert_eq!(registrant_codes(&v), ["street.1:invalid_type", "street.2:invalid_type"]);
    let v = registrant(&format!("{{ {base}, street: new Array(1e6).fill('x') }}"), "undefined");
    assert_eq!(registrant_codes(&v), ["street:too_many_lines"]);
    let keys: String = (0..10_000).map(|i| format!("k{i}: 1,")).collect();
    let v = registrant(&format!("{{ {keys} {base} }}"), "undefined");
    assert!(registrant_codes(&v).len() <= 16, "bounded: {}", registrant_codes(&v).len());
    registrant_still_correct();
}

#[wasm_bindgen_test]
fn registrant_options_that_make_no_sense_throw() {
    for options in ["'nl'", "{ only: 'postalCode' }", "{ only: ['postcode'] }", "{ domain: 42 }", "{ get lang() { throw 1 } }", "{ lng: 'nl' }", "{ messages: [] }"] {
        match validate_registrant(js("{}"), js(options)) {
            Err(e) => assert!(is_type_error(&e), "{options}"),
            Ok(r) => panic!("{options}: expected a TypeError, got {}", json(&r)),
        }
        registrant_still_correct();
    }
}

#[wasm_bindgen_test]
fn the_country_list() {
    let nl = json(&countries("nl-BE".into()).unwrap());
    let list = nl.as_array().unwrap();
    assert_eq!(list.len(), 250);
    let be = list.iter().find(|c| c["code"] == "BE").unwrap();
    assert_eq!(be, &serde_json::json!({"code": "BE", "name": "België", "phonePrefix": "32", "postalExample": "4000", "hasPostalCodes": true}));
    // Named by the platform (Intl.DisplayNames); the order is the entries' (Intl.Collator), and
    // the Node tests compare it with dotbe-rules/countries.
    let belgium = |list: serde_json::Value| list.as_array().unwrap().iter().find(|c| c["code"] == "BE").unwrap()["name"].clone();
    assert_eq!(belgium(json(&countries(JsValue::UNDEFINED).unwrap())), "Belgium");
    assert_eq!(belgium(json(&countries("xx".into()).unwrap())), "Belgium");
    assert_eq!(belgium(json(&countries("de-BE".into()).unwrap())), "Belgien");
    assert!(countries(42.into()).is_err());
}

/// Runs a shared case file through a boundary function, with the inputs as JS values.
/// Runs a case file through the JS boundary: each result must pass its case and be exactly
/// what the core itself returns for it (as serde writes it), so no field, param or tag can be
/// paired wrongly between the two sides.
fn run_js_cases(json_text: &str, kind: Kind, f: fn(JsValue, JsValue) -> Result<JsValue, JsValue>) {
    run_js_cases_with(json_text, kind, |c| {
        let get = |k: &str| Reflect::get(c, &k.into()).unwrap();
        f(get("input"), get("options"))
    });
}

fn run_js_cases_with(json_text: &str, kind: Kind, f: impl Fn(&JsValue) -> Result<JsValue, JsValue>) {
    run_js_cases_expecting(json_text, None, kind, f);
}

/// The cases through JS, each result equal to the core's own; with `differences`, the cases it
/// names must fail (`common::run_all_with_differences`).
fn run_js_cases_expecting(json_text: &str, differences: Option<&str>, kind: Kind, f: impl Fn(&JsValue) -> Result<JsValue, JsValue>) {
    // The core's own results, in this wasm, with the platform's UTS #46 as the package has it
    // (wasm-bindgen's tests run no start function).
    dotbe_rules::wasm::install();
    let array: js_sys::Array = JSON::parse(json_text).unwrap().dyn_into().unwrap();
    let mut mismatches = Vec::new();
    // The cases come in the order of the JSON array, parsed by JS as by serde.
    let mut next = 0;
    let run = |case: &Value| {
        let name = case["name"].as_str().unwrap();
        let js_case = array.get(next);
        next += 1;
        assert_eq!(Reflect::get(&js_case, &"name".into()).unwrap().as_string().as_deref(), Some(name));
        let got = json(&f(&js_case).unwrap());
        let native = common::native::result(kind, case);
        if got != native {
            mismatches.push(format!("{name}:\n  through JS: {got}\n  natively:   {native}"));
        }
        got
    };
    match differences {
        Some(d) => common::run_all_with_differences(json_text, d, run),
        None => common::run_all(json_text, run),
    }
    assert!(mismatches.is_empty(), "{} cases differ through the JS boundary:\n{}", mismatches.len(), mismatches.join("\n"));
}

/// libphonenumber's example numbers (tests/phone_examples.rs), through the JS boundary.
#[wasm_bindgen_test]
fn libphonenumber_example_numbers_across_the_boundary() {
    let cases = common::phone_example_cases();
    run_js_cases_expecting(&cases, Some(common::PHONE_EXAMPLE_DIFFERENCES), Kind::Registrant, |c| {
        validate_registrant(Reflect::get(c, &"input".into()).unwrap(), Reflect::get(c, &"options".into()).unwrap())
    });
}

#[wasm_bindgen_test]
fn shared_domain_and_nameserver_cases_across_the_boundary() {
    run_js_cases(common::DOMAIN_CASES, Kind::Domain, validate_domain_name);
    run_js_cases(common::NAMESERVER_CASES, Kind::Nameservers, validate_nameservers);
}

#[wasm_bindgen_test]
fn hostile_domain_and_nameserver_input() {
    for expr in ["null", "42", "['a.be']", "'x'.repeat(1 << 20)", "'a\\uD800b.be'"] {
        let v = json(&validate_domain_name(js(expr), JsValue::UNDEFINED).unwrap());
        assert_eq!(v["valid"], false, "{expr}");
        let v = json(&validate_nameservers(js(expr), JsValue::UNDEFINED).unwrap());
        assert_eq!(v["valid"], false, "{expr}");
    }
    let v = json(&validate_nameservers(js("{ domain: 'example.be', nameservers: 'ns1.p.net' }"), JsValue::UNDEFINED).unwrap());
    assert_eq!(v["issues"][0]["code"], "invalid_type");
    let v = json(&validate_nameservers(js("{ domain: 'example.be', nameservers: [null, 42, { host: 7, ips: 'x' }, { get host() { throw 1 } }] }"), JsValue::UNDEFINED).unwrap());
    assert_eq!(v["valid"], false);
    let v = json(&validate_nameservers(js("{ domain: 'example.be', nameservers: new Array(1e6).fill('ns.p.net') }"), JsValue::UNDEFINED).unwrap());
    assert!(v["issues"].as_array().unwrap().len() < 20);
    assert!(validate_domain_name("a.be".into(), js("'nl'")).is_err());
    still_correct();
    registrant_still_correct();
}

#[wasm_bindgen_test]
fn shared_decision_and_transfer_cases_across_the_boundary() {
    run_js_cases_with(common::DECISION_CASES, Kind::Decision, |c| {
        let get = |k: &str| Reflect::get(c, &k.into()).unwrap();
        decide_contact_change(get("current"), get("proposed"), get("context"))
    });
    run_js_cases(common::TRANSFER_CASES, Kind::Transfer, check_transfer);
    run_js_cases(common::WHOIS_CASES, Kind::Whois, whois_preview);
}

#[wasm_bindgen_test]
fn decisions_on_hostile_input() {
    let v = json(&decide_contact_change(js("null"), js("42"), JsValue::UNDEFINED).unwrap());
    assert_eq!(v["issues"][0]["code"], "invalid_type");
    let v = json(&check_transfer(js("'transfer'"), JsValue::UNDEFINED).unwrap());
    assert_eq!((v["allowed"].clone(), v["issues"][0]["code"].clone()), (Value::Bool(false), Value::from("invalid_type")));
    let v = json(&check_transfer(js("{ authCode: 42, statuses: 'clientTransferProhibited', nameservers: [1, 2] }"), JsValue::UNDEFINED).unwrap());
    assert_eq!(v["allowed"], false);
    assert!(check_transfer(js("{ type: 'trade', authCode: '1' }"), JsValue::UNDEFINED).is_err());
    assert!(decide_contact_change(js("{}"), js("{}"), js("{ revokeProcedure: 'yes' }")).is_err());
    let v = json(&whois_preview(js("{ organization: 'Peeters BV', name: 'An' }"), js("{ lang: 'fr' }")).unwrap());
    assert_eq!(v["holder"], "organization");
    assert_eq!(v["shown"], serde_json::json!(["organization", "street", "city", "postalCode", "country"]));
    assert_eq!(json(&whois_preview(js("null"), JsValue::UNDEFINED).unwrap())["holder"], "person");
    still_correct();
    registrant_still_correct();
}

/// Every export, every argument position, every kind of hostile value: an answer (a result, or a
/// TypeError for options that make no sense) — never a trap — and the module still correct.
#[wasm_bindgen_test]
fn every_export_answers_every_hostile_value() {
    let hostile = [
        "undefined", "null", "0", "-1", "NaN", "Infinity", "true", "false", "12345678901234567890n", "Symbol('x')",
        "() => 1", "[]", "['123-456-789-012-345']", "[[[[]]]]", "({})", "({ a: { b: { c: {} } } })",
        "({ get name() { throw new Error('name') }, get lang() { throw new Error('lang') }, get authCode() { throw 1 } })",
        "JSON.parse('{\"__proto__\": {\"x\": 1}, \"constructor\": {\"prototype\": 1}}')",
        "Object.freeze({ name: 'Jan', lang: 'nl', authCode: '1' })", "Object.create(null)",
        "new Proxy({}, { get() { throw new Error('trap') }, ownKeys() { throw new Error('keys') }, getOwnPropertyDescriptor() { throw 1 } })",
        "'x'.repeat(1 << 20)", "'\\uD800'", "'\\uDC00abc\\uD800'", "'a\\u0000b'", "new Date(NaN)", "new Map([[1, 2]])", "new Uint8Array(10)",
        "new String('abc')", "Object.assign([], { name: 'x' })",
    ];
    type Export = fn(JsValue, JsValue) -> Result<JsValue, JsValue>;
    let two: [(&str, Export); 6] = [
        ("checkAuthCode", check_auth_code),
        ("validateRegistrant", validate_registrant),
        ("validateDomainName", validate_domain_name),
        ("validateNameservers", validate_nameservers),
        ("checkTransfer", check_transfer),
        ("whoisPreview", whois_preview),
    ];
    for expr in hostile {
        for (name, f) in two {
            for (a, b) in [(js(expr), JsValue::UNDEFINED), (JsValue::from("x"), js(expr))] {
                match f(a, b) {
                    Ok(v) => assert!(v.is_object(), "{name}({expr}): not an object"),
                    Err(e) => assert!(is_type_error(&e), "{name}({expr}) threw something else than a TypeError: {e:?}"),
                }
            }
        }
        for args in [[js(expr), JsValue::UNDEFINED, JsValue::UNDEFINED], [js("({})"), js(expr), JsValue::UNDEFINED], [js("({})"), js("({})"), js(expr)]] {
            let [a, b, c] = args;
            if let Err(e) = decide_contact_change(a, b, c) {
                assert!(is_type_error(&e), "decideContactChange({expr}): {e:?}");
            }
        }
        if let Err(e) = countries(js(expr)) {
            assert!(is_type_error(&e), "countries({expr}): {e:?}");
        }
        still_correct();
        registrant_still_correct();
    }
}

/// How the boundary reads values that are odd to look at, not only to read (a review).
#[wasm_bindgen_test]
fn odd_values_are_read_once_and_each_for_itself() {
    // A getter is called once, even when it throws: the field says so, the others are read.
    let r = json(&validate_registrant(js("(() => { let calls = 0; globalThis.__calls = () => calls; return { get name() { calls++; throw 1 }, country: 'BE' } })()"), JsValue::UNDEFINED).unwrap());
    assert_eq!(js("globalThis.__calls()").as_f64(), Some(1.0));
    assert_eq!(r["issues"][0]["code"], "invalid_type");
    assert_eq!(r["issues"][0]["params"]["found"], "exception");
    assert_eq!(r["value"]["country"], "BE");
    // An object that claims to be a Date but is none is no date (not a getter that threw).
    let r = check_auth_code("123-456-789-012-345".into(), js("{ issuedAt: Object.create(Date.prototype), now: '2026-11-24T00:00:00Z' }")).unwrap();
    assert_eq!(codes(&r), ["invalid_date"]);
    // A revoked proxy among name servers is reported for itself; the others still count.
    let r = validate_nameservers(js("(() => { const p = Proxy.revocable({}, {}); p.revoke(); return { domain: 'example.be', nameservers: ['ns1.example.net', p.proxy, 'ns2.example.net'] } })()"), JsValue::UNDEFINED).unwrap();
    assert_eq!(codes(&r), ["invalid_type"]);
    assert_eq!(json(&r)["issues"][0]["path"], serde_json::json!(["nameservers", 1, "host"]));
    // A list with an element whose getter throws is still a list where a text belongs.
    let r = json(&check_transfer(js("{ authCode: new Proxy(['1', '2'], { get(t, k) { if (k === '1') throw 0; return t[k] } }), nameservers: ['a', 'b'] }"), JsValue::UNDEFINED).unwrap());
    assert_eq!(r["issues"][0]["params"]["found"], "array");
    // Of several wrong options, the first in reading order is reported.
    let e = validate_registrant(js("{}"), js("{ lang: 5, only: 'x' }")).unwrap_err();
    assert!(String::from(js_sys::Error::from(e).message()).contains("options.lang"));
    registrant_still_correct();
}

/// go-netip's and validator.js's IP address suites (tests/suites/) through the JS boundary: an
/// address as name-server glue is refused or sent in the canonical form the suite expects.
#[wasm_bindgen_test]
fn ip_suites_through_the_boundary() {
    common::suites::run_ip(crate::calls::PLATFORM, |input| {
        let request = js_sys::Object::new();
        let ns = js_sys::Object::new();
        Reflect::set(&ns, &"host".into(), &"ns1.example.be".into()).unwrap();
        Reflect::set(&ns, &"ips".into(), &js_sys::Array::of1(&input.into())).unwrap();
        Reflect::set(&request, &"domain".into(), &"example.be".into()).unwrap();
        Reflect::set(&request, &"nameservers".into(), &js_sys::Array::of2(&ns, &"ns2.example.net".into())).unwrap();
        let r = json(&validate_nameservers(request.into(), JsValue::UNDEFINED).unwrap());
        // Refused: an error on the address itself (`ip_format`, or `required` for an empty one).
        let at_the_address = serde_json::json!(["nameservers", 0, "ips", 0]);
        let refused = r["issues"].as_array().unwrap().iter().any(|i| i["path"] == at_the_address && i["severity"] == "error");
        (!refused).then(|| r["value"]["nameservers"][0]["ips"][0].as_str().unwrap_or("").to_string())
    })
    .unwrap_or_else(|e| panic!("{e}"));
}

/// Unicode's IdnaTestV2 through the core's e-mail domains in this wasm: UTS #46 from this
/// platform's URL parser (Node's or Chromium's), the IDNA2008 checks from the core. All 6,389
/// tests: a few hundred milliseconds.
#[wasm_bindgen_test]
fn idna_test_v2_with_the_platforms_uts46() {
    dotbe_rules::wasm::install();
    let r = common::suites::run_idna(crate::calls::PLATFORM, |host| dotbe_rules::idna::to_ascii(host).map_err(|e| format!("{e:?}")));
    r.unwrap_or_else(|e| panic!("{e}"));
}

/// RFC 3492's samples (and punycode.js's) through src/punycode.rs compiled to wasm.
#[wasm_bindgen_test]
fn punycode_tests_in_wasm() {
    common::suites::run_punycode(crate::calls::PLATFORM, dotbe_rules::punycode::encode, dotbe_rules::punycode::decode).unwrap_or_else(|e| panic!("{e}"));
}

/// validator.js's isEmail cases through the JS boundary (the package in Node), each input as the
/// file writes it (JSON.parse keeps its lone surrogates).
#[wasm_bindgen_test]
fn validator_js_is_email_across_the_boundary() {
    let cases: js_sys::Array = Reflect::get(&JSON::parse(common::suites::VALIDATOR_JS).unwrap(), &"isEmail".into()).unwrap().dyn_into().unwrap();
    let options = js("{ only: ['email'] }");
    let valid = |i: usize, _: &str| {
        let input = js_sys::Object::new();
        Reflect::set(&input, &"email".into(), &Reflect::get(&cases.get(i as u32), &"input".into()).unwrap()).unwrap();
        json(&validate_registrant(input.into(), options.clone()).unwrap())["valid"] == true
    };
    common::suites::run_validator(crate::calls::PLATFORM, valid).unwrap_or_else(|e| panic!("{e}"));
    registrant_still_correct();
}
