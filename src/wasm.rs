//! The JavaScript boundary: the only module that knows about `JsValue`. Each export hands its
//! arguments to `js/wire.js`, which flattens them into one string (src/wire.rs has the format),
//! reads that with the plain-Rust `wire` module, calls the core and hands back plain objects.
//! Bad data becomes issues; only a call that makes no sense (options that are not an object, an
//! unknown `kind`) throws a `TypeError`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::lang::Lang;
use crate::registrant;
use crate::wire::{self, Item};

#[wasm_bindgen(start)]
fn start() {
    // Readable panics while developing; release builds leave the hook (and its size) out.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
}

#[wasm_bindgen(module = "/js/wire.js")]
extern "C" {
    #[wasm_bindgen(js_name = packRegistrant)]
    fn pack_registrant(input: &JsValue, options: &JsValue) -> String;
    #[wasm_bindgen(js_name = unpackRegistrant)]
    fn unpack_registrant(wire: &str) -> JsValue;
}

/// `validateRegistrant(input, options?)` — spec §1. Types: `RegistrantResult` in index.d.ts.
/// Called on every keystroke, so its result comes back as one string too (src/wire.rs), read by
/// js/wire.js into objects: `JSON.parse` of a full result alone costs more than the checks.
#[wasm_bindgen(js_name = validateRegistrant, skip_typescript)]
pub fn validate_registrant(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let packed = pack_registrant(&input, &options);
    let items = read(&packed)?;
    let report = match wire::registrant::request(&items).map_err(type_error)? {
        wire::registrant::Request::Form(form, options) => registrant::validate_registrant(&form, &options),
        wire::registrant::Request::NotAnObject(found, options) => registrant::invalid_registrant(found, &options),
    };
    Ok(unpack_registrant(&wire::registrant::write(&report)))
}

/// `countries(lang?)` — the country list for a dropdown, named and sorted in `lang`.
#[wasm_bindgen(skip_typescript)]
pub fn countries(lang: JsValue) -> Result<JsValue, JsValue> {
    let lang = match lang.as_string() {
        Some(tag) => Lang::from_tag(&tag).unwrap_or(Lang::En),
        None if lang.is_undefined() || lang.is_null() => Lang::En,
        None => return Err(type_error("countries(lang): lang must be a string such as 'nl'".into())),
    };
    to_js(&registrant::country_list(lang))
}

/// What js/wire.js wrote; malformed only through a bug on the JS side.
fn read(packed: &str) -> Result<Vec<Item<'_>>, JsValue> {
    wire::read(packed).ok_or_else(|| type_error("malformed request".into()))
}

fn type_error(message: String) -> JsValue {
    js_sys::TypeError::new(&["dotbe-rules: ", &message].concat()).into()
}

/// Plain JS objects, through one JSON string (README: "Why a wire format (and one JSON string)").
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let json = crate::json::to_json(value).map_err(|e| type_error(e.message().into()))?;
    js_sys::JSON::parse(&json)
}

/// Every other check; the `dotbe-rules/registrant` entry's wasm (feature `registrant-entry`)
/// leaves them out, so a signup form downloads only what it calls.
#[cfg(not(feature = "registrant-entry"))]
pub use other_checks::*;

#[cfg(not(feature = "registrant-entry"))]
mod other_checks {
    use super::*;
    use crate::authcode;
    use crate::change;
    use crate::domain;
    use crate::registrant::RegistrantOptions;

    #[wasm_bindgen(module = "/js/wire.js")]
    extern "C" {
        #[wasm_bindgen(js_name = packAuthCode)]
        fn pack_auth_code(code: &JsValue, options: &JsValue) -> String;
        #[wasm_bindgen(js_name = packDomainName)]
        fn pack_domain_name(name: &JsValue, options: &JsValue) -> String;
        #[wasm_bindgen(js_name = packNameservers)]
        fn pack_nameservers(input: &JsValue, options: &JsValue) -> String;
        #[wasm_bindgen(js_name = packChange)]
        fn pack_change(current: &JsValue, proposed: &JsValue, context: &JsValue) -> String;
        #[wasm_bindgen(js_name = packTransfer)]
        fn pack_transfer(request: &JsValue, options: &JsValue) -> String;
        #[wasm_bindgen(js_name = packWhois)]
        fn pack_whois(registrant: &JsValue, options: &JsValue) -> String;
    }

    /// A call of one value and `{ lang }`: reads the wire and hands both to `check`.
    fn with_lang(packed: &str, check: impl FnOnce(&Item<'_>, Lang) -> Result<JsValue, JsValue>) -> Result<JsValue, JsValue> {
        let items = read(packed)?;
        let (value, lang) = wire::with_lang(&items).map_err(type_error)?;
        check(value, lang)
    }

    /// `checkAuthCode(code, options?)` — spec §3. Types: `AuthCodeResult` in index.d.ts.
    #[wasm_bindgen(js_name = checkAuthCode, skip_typescript)]
    pub fn check_auth_code(code: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        let packed = pack_auth_code(&code, &options);
        let (code, options) = wire::auth_code(&read(&packed)?, clock).map_err(type_error)?;
        to_js(&authcode::check_auth_code_input(code, &options))
    }

    /// `validateDomainName(name, options?)` — spec §2. Types: `DomainNameResult` in index.d.ts.
    #[wasm_bindgen(js_name = validateDomainName, skip_typescript)]
    pub fn validate_domain_name(name: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        with_lang(&pack_domain_name(&name, &options), |name, lang| to_js(&domain::validate_domain_name(name.input(), lang)))
    }

    /// `validateNameservers(input, options?)` — spec §2. Types: `NameserversResult` in index.d.ts.
    #[wasm_bindgen(js_name = validateNameservers, skip_typescript)]
    pub fn validate_nameservers(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        with_lang(&pack_nameservers(&input, &options), |input, lang| {
            if !matches!(input, Item::Record(_)) {
                return to_js(&domain::invalid_nameservers(input.type_name(), lang));
            }
            let (input, not_a_list) = wire::nameservers(input);
            let mut report = domain::validate_nameservers(&input, lang);
            if let Some(found) = not_a_list {
                report = domain::nameservers_not_a_list(report, found, lang);
            }
            to_js(&report)
        })
    }

    /// `decideContactChange(current, proposed, context?)` — spec §4. Types: `ContactChangeDecision`.
    #[wasm_bindgen(js_name = decideContactChange, skip_typescript)]
    pub fn decide_contact_change(current: JsValue, proposed: JsValue, context: JsValue) -> Result<JsValue, JsValue> {
        let packed = pack_change(&current, &proposed, &context);
        let items = read(&packed)?;
        let [current, proposed, context] = &items[..] else { return Err(type_error("malformed request".into())) };
        let context = wire::change_context(context).map_err(type_error)?;
        let mut decision = change::decide_contact_change(&wire::registrant::form(current), &wire::registrant::form(proposed), &context);
        if !matches!(proposed, Item::Record(_)) {
            // Not a registrant at all: say so instead of listing every missing field.
            decision.issues = registrant::invalid_registrant(proposed.type_name(), &RegistrantOptions { lang: context.lang, ..Default::default() }).issues;
        }
        to_js(&decision)
    }

    /// `checkTransfer(request, options?)` — spec §5. Types: `TransferResult`.
    #[wasm_bindgen(js_name = checkTransfer, skip_typescript)]
    pub fn check_transfer(request: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        with_lang(&pack_transfer(&request, &options), |request, lang| {
            if !matches!(request, Item::Record(_)) {
                return to_js(&change::invalid_transfer(request.type_name(), lang));
            }
            to_js(&change::check_transfer(&wire::transfer(request, lang, clock).map_err(type_error)?))
        })
    }

    /// `whoisPreview(registrant, options?)` — spec §6. Types: `WhoisPreview`.
    #[wasm_bindgen(js_name = whoisPreview, skip_typescript)]
    pub fn whois_preview(registrant: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        with_lang(&pack_whois(&registrant, &options), |registrant, lang| to_js(&change::whois_preview(&wire::registrant::form(registrant), lang)))
    }

    /// The JS clock, read only when an expiry is checked without `now`.
    fn clock() -> i64 {
        js_sys::Date::now() as i64
    }
}
