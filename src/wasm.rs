//! The JavaScript boundary: the only module that knows about `JsValue`. Each export takes the
//! one string `js/boundary.js` packed from its JS arguments and returns the core's answer as
//! one string, which `js/boundary.js` reads into plain objects (src/boundary/ has the rest, in
//! plain Rust). Bad data becomes issues; only a call that makes no sense (options that are not
//! an object, an unknown `kind`) throws a `TypeError`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::boundary::{answer, calls};

#[wasm_bindgen(start)]
fn start() {
    // Readable panics while developing; release builds leave the hook (and its size) out.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
}

/// The platform's Unicode for the core's IDNA (src/idna.rs): UTS #46 from the WHATWG URL host
/// parser (a global in browsers and Node ≥ 20: `new URL('http://' + host + '/').hostname`, the
/// same UTS #46 as every URL the page uses) and General_Category from `RegExp` `\p{..}`, so the
/// wasm carries no Unicode tables. Installed before each call (wasm-bindgen's tests run no start
/// function; installing twice keeps the first).
#[doc(hidden)]
pub fn install() {
    crate::idna::install(crate::idna::Platform { to_ascii: url_hostname, category });
    crate::countries::install_names(country_names);
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl)]
    type DisplayNames;
    #[wasm_bindgen(constructor, catch, js_namespace = Intl)]
    fn new(locales: &str, options: &JsValue) -> Result<DisplayNames, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn of(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;
}

/// The countries' names in `lang` from the platform's CLDR (`Intl.DisplayNames`, in every
/// browser and in Node with its default full ICU — what the page's own country names are), so
/// that the wasm carries none (7.5 KB gzip; js/countries.js names the dropdown the same way).
/// Empty names where the platform has none (the core then shows the code).
fn country_names(lang: crate::lang::Lang, codes: &[&'static str]) -> Vec<String> {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"region".into());
    let _ = js_sys::Reflect::set(&options, &"fallback".into(), &"none".into());
    let Ok(names) = DisplayNames::new(lang.as_str(), &options) else { return Vec::new() };
    codes.iter().map(|code| names.of(code).ok().and_then(|n| n.as_string()).unwrap_or_default()).collect()
}

#[wasm_bindgen]
extern "C" {
    type Url;
    // `catch`: the TypeError of a host the parser refuses (or a missing `URL`) is an `Err`,
    // which the core turns into an issue.
    #[wasm_bindgen(constructor, catch, js_class = "URL")]
    fn new(url: &str) -> Result<Url, JsValue>;
    #[wasm_bindgen(method, getter, structural)]
    fn hostname(this: &Url) -> String;
}

fn url_hostname(host: &str) -> Option<String> {
    Url::new(&["http://", host, "/"].concat()).ok().map(|url| url.hostname())
}

fn category(c: char) -> crate::idna::Category {
    use crate::idna::Category::*;
    let mut buf = [0u8; 4];
    let text = &*c.encode_utf8(&mut buf);
    // Made anew each time (a character beyond ASCII in an e-mail domain is rare; the engine
    // caches compiled expressions).
    let is = |pattern: &str| js_sys::RegExp::new(pattern, "u").test(text);
    if is("^[\\p{Ll}\\p{Lu}\\p{Lo}]$") {
        Letter
    } else if is("^\\p{Lm}$") {
        ModifierLetter
    } else if is("^\\p{Mn}$") {
        NonspacingMark
    } else if is("^\\p{Mc}$") {
        SpacingMark
    } else if is("^\\p{Nd}$") {
        Digit
    } else {
        Other
    }
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(&["dotbe-rules: ", message].concat()).into()
}

/// The answer of a call, or its `TypeError`.
fn answer<T: Serialize>(call: impl FnOnce() -> Result<T, String>) -> Result<String, JsValue> {
    install();
    let value = call().map_err(|e| type_error(&e))?;
    answer::write(&value).map_err(|e| type_error(e.message()))
}

/// `validateRegistrant(input, options?)` — spec §1. Types: `RegistrantResult` in index.d.ts.
#[wasm_bindgen(js_name = validateRegistrant, skip_typescript)]
pub fn validate_registrant(packed: &str) -> Result<String, JsValue> {
    answer(|| calls::validate_registrant(packed))
}

/// `countries(lang?)` — every country a registrant can choose, named in `lang` (the platform's
/// names), in the order of their codes: the entries sort them as `lang` does (`Intl.Collator`).
#[wasm_bindgen(skip_typescript)]
pub fn countries(packed: &str) -> Result<String, JsValue> {
    answer(|| calls::countries(packed))
}

/// `installMessages(pack)` — one language's messages (a file of the package's `messages/`, as
/// js/loader.js loads them); a `TypeError` for another entry's file.
#[cfg(all(feature = "message-packs", target_arch = "wasm32"))]
#[wasm_bindgen(js_name = installMessages, skip_typescript)]
pub fn install_messages(pack: String) -> Result<(), JsValue> {
    crate::messages::install_pack(pack).map_err(type_error)
}

/// Every other check; the `dotbe-rules/registrant` entry's wasm (feature `registrant-entry`)
/// leaves them out, so a signup form downloads only what it calls, and so does the audit's
/// (feature `audit-entry`).
#[cfg(not(any(feature = "registrant-entry", feature = "audit-entry")))]
pub use other_checks::*;

#[cfg(not(any(feature = "registrant-entry", feature = "audit-entry")))]
mod other_checks {
    use super::*;

    /// `checkAuthCode(code, options?)` — spec §3. Types: `AuthCodeResult` in index.d.ts.
    #[wasm_bindgen(js_name = checkAuthCode, skip_typescript)]
    pub fn check_auth_code(packed: &str) -> Result<String, JsValue> {
        answer(|| calls::check_auth_code(packed, clock))
    }

    /// `validateDomainName(name, options?)` — spec §2. Types: `DomainNameResult` in index.d.ts.
    #[wasm_bindgen(js_name = validateDomainName, skip_typescript)]
    pub fn validate_domain_name(packed: &str) -> Result<String, JsValue> {
        answer(|| calls::validate_domain_name(packed))
    }

    /// `validateNameservers(input, options?)` — spec §2. Types: `NameserversResult` in index.d.ts.
    #[wasm_bindgen(js_name = validateNameservers, skip_typescript)]
    pub fn validate_nameservers(packed: &str) -> Result<String, JsValue> {
        answer(|| calls::validate_nameservers(packed))
    }

    /// `decideContactChange(current, proposed, context?)` — spec §4. Types: `ContactChangeDecision`.
    #[wasm_bindgen(js_name = decideContactChange, skip_typescript)]
    pub fn decide_contact_change(packed: &str) -> Result<String, JsValue> {
        answer(|| calls::decide_contact_change(packed))
    }

    /// `checkTransfer(request, options?)` — spec §5. Types: `TransferResult`.
    #[wasm_bindgen(js_name = checkTransfer, skip_typescript)]
    pub fn check_transfer(packed: &str) -> Result<String, JsValue> {
        answer(|| calls::check_transfer(packed, clock))
    }

    /// `whoisPreview(registrant, options?)` — spec §6. Types: `WhoisPreview`.
    #[wasm_bindgen(js_name = whoisPreview, skip_typescript)]
    pub fn whois_preview(packed: &str) -> Result<String, JsValue> {
        answer(|| calls::whois_preview(packed))
    }

    /// The JS clock, read only when an expiry is checked without `now`.
    fn clock() -> i64 {
        js_sys::Date::now() as i64
    }
}

/// The portfolio audit (spec §7): only in the `dotbe-rules/audit` entry's wasm (feature
/// `audit-entry`), which the `dotbe-rules` command runs too; no form downloads it.
#[cfg(feature = "audit-entry")]
pub use audit_exports::*;

#[cfg(feature = "audit-entry")]
mod audit_exports {
    use super::*;

    /// `auditStart(id, options?)` — spec §7: a portfolio audit, fed by `auditAdd`.
    #[wasm_bindgen(js_name = auditStart, skip_typescript)]
    pub fn audit_start(packed: &str) -> Result<String, JsValue> {
        answer(|| calls::audit_start(packed))
    }

    /// `auditAdd(id, records)` — a batch of contacts into the audit; the fixes of the batch.
    #[wasm_bindgen(js_name = auditAdd, skip_typescript)]
    pub fn audit_add(packed: &str) -> Result<String, JsValue> {
        answer(|| calls::audit_add(packed))
    }

    /// `auditState(id)` — the audit's state, for `auditMerge` in another instance (a worker's part).
    #[wasm_bindgen(js_name = auditState, skip_typescript)]
    pub fn audit_state(packed: &str) -> Result<String, JsValue> {
        answer(|| calls::audit_state(packed))
    }

    /// `auditMerge(id, state)` — adds another instance's part to the audit.
    #[wasm_bindgen(js_name = auditMerge, skip_typescript)]
    pub fn audit_merge(packed: &str) -> Result<String, JsValue> {
        answer(|| calls::audit_merge(packed))
    }

    /// `auditFinish(id)` — the report (`AuditReport`); the audit ends.
    #[wasm_bindgen(js_name = auditFinish, skip_typescript)]
    pub fn audit_finish(packed: &str) -> Result<String, JsValue> {
        answer(|| calls::audit_finish(packed))
    }
}
