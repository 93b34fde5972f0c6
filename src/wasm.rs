//! The JavaScript boundary: the only module that knows about `JsValue`. It reads JS arguments
//! defensively (any type, any size, throwing getters), calls the core and hands back plain
//! objects. Bad data becomes issues; only a call that makes no sense (options that are not an
//! object, an unknown `kind`) throws a `TypeError`.

use js_sys::{Date, JsString, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::authcode::{self, AuthCodeKind, AuthCodeOptions};
use crate::input::{Input, MAX_INSPECTED_UTF16};
use crate::lang::Lang;
use crate::change::{self, ChangeContext, TransferRequest};
use crate::domain::{self, NameserverInput, NameserversInput};
use crate::registrant::{self, Field, RegistrantInput, RegistrantOptions, Street};
use crate::time;
use crate::wire;

#[wasm_bindgen(start)]
fn start() {
    // Readable panics while developing; release builds leave the hook (and its size) out.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
}

/// `checkAuthCode(code, options?)` — spec §3. Types: `AuthCodeResult` in index.d.ts.
#[wasm_bindgen(js_name = checkAuthCode, skip_typescript)]
pub fn check_auth_code(code: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let opts = Options::read(&options)?;
    let issued_at = opts.date("issuedAt")?;
    let now = opts.now_if(issued_at.is_some())?;
    let options = AuthCodeOptions { kind: opts.kind()?, issued_at, now, lang: opts.lang()? };
    let text = Text::read(&code);
    to_js(&authcode::check_auth_code_input(text.input(), &options))
}

/// `validateRegistrant(input, options?)` — spec §1. Types: `RegistrantResult` in index.d.ts.
/// Called on every keystroke, so the input crosses as one string and the result comes back as
/// one (src/wire.rs, js/wire.js) instead of a crossing per key and a `JSON.parse`.
#[wasm_bindgen(js_name = validateRegistrant, skip_typescript)]
pub fn validate_registrant(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let packed = pack_registrant(&input, &options);
    let items = wire::read(&packed).ok_or_else(|| type_error("malformed request"))?;
    let report = match wire::registrant::request(&items).map_err(|e| type_error(&e))? {
        wire::registrant::Request::Form(form, options) => registrant::validate_registrant(&form, &options),
        wire::registrant::Request::NotAnObject(found, options) => registrant::invalid_registrant(found, &options),
    };
    Ok(unpack_registrant(&wire::registrant::write(&report)))
}

#[wasm_bindgen(module = "/js/wire.js")]
extern "C" {
    #[wasm_bindgen(js_name = packRegistrant)]
    fn pack_registrant(input: &JsValue, options: &JsValue) -> String;
    #[wasm_bindgen(js_name = unpackRegistrant)]
    fn unpack_registrant(wire: &str) -> JsValue;
}

/// `validateDomainName(name, options?)` — spec §2. Types: `DomainNameResult` in index.d.ts.
#[wasm_bindgen(js_name = validateDomainName, skip_typescript)]
pub fn validate_domain_name(name: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let lang = Options::read(&options)?.lang()?;
    let text = Text::read(&name);
    to_js(&domain::validate_domain_name(text.input(), lang))
}

/// `validateNameservers(input, options?)` — spec §2. Types: `NameserversResult` in index.d.ts.
#[wasm_bindgen(js_name = validateNameservers, skip_typescript)]
pub fn validate_nameservers(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let lang = Options::read(&options)?.lang()?;
    if !is_plain_object(&input) {
        return to_js(&domain::invalid_nameservers(type_name(&input), lang));
    }
    let field = |key: &'static str| match get_key(&input, key) {
        Ok(v) => Text::read(&v),
        Err(_) => Text::WrongType("exception"),
    };
    let (domain_text, group_text) = (field("domain"), field("group"));
    let list = get_key(&input, "nameservers").unwrap_or(JsValue::UNDEFINED);
    let mut servers: Vec<(Text, Option<Vec<Text>>)> = Vec::new();
    let mut list_issue = None;
    if js_sys::Array::is_array(&list) {
        let array: js_sys::Array = list.unchecked_into();
        for i in 0..array.length().min(domain::MAX_NAMESERVERS as u32 + 1) {
            let entry = array.get(i);
            // A name server is `{ host, ips? }`, or just its host name as a string.
            let (host, ips) = if entry.is_string() {
                (Text::read(&entry), None)
            } else if is_plain_object(&entry) {
                let host = get_key(&entry, "host").map_or(Text::WrongType("exception"), |v| Text::read(&v));
                let ips = get_key(&entry, "ips").ok().filter(|v| !v.is_undefined() && !v.is_null()).map(|v| {
                    if js_sys::Array::is_array(&v) {
                        let a: js_sys::Array = v.unchecked_into();
                        (0..a.length().min(16)).map(|k| Text::read(&a.get(k))).collect()
                    } else {
                        vec![Text::read(&v)]
                    }
                });
                (host, ips)
            } else {
                (Text::WrongType(type_name(&entry)), None)
            };
            servers.push((host, ips));
        }
    } else if !list.is_undefined() && !list.is_null() {
        list_issue = Some(type_name(&list));
    }
    let input = NameserversInput {
        domain: domain_text.input(),
        group: group_text.input(),
        nameservers: servers.iter().map(|(h, ips)| NameserverInput { host: h.input(), ips: ips.as_ref().map(|v| v.iter().map(Text::input).collect()) }).collect(),
    };
    let mut report = domain::validate_nameservers(&input, lang);
    if let Some(found) = list_issue {
        report = domain::nameservers_not_a_list(report, found, lang);
    }
    to_js(&report)
}

/// `decideContactChange(current, proposed, context?)` — spec §4. Types: `ContactChangeDecision`.
#[wasm_bindgen(js_name = decideContactChange, skip_typescript)]
pub fn decide_contact_change(current: JsValue, proposed: JsValue, context: JsValue) -> Result<JsValue, JsValue> {
    let opts = Options::read(&context)?;
    let context = ChangeContext {
        revoke_procedure: opts.flag("revokeProcedure")?,
        monitored_update_approved: opts.flag("monitoredUpdateApproved")?,
        lang: opts.lang()?,
    };
    let read = |v: &JsValue| if is_plain_object(v) { Form::read(v, false) } else { Form::default() };
    let (cur, new) = (read(&current), read(&proposed));
    let mut decision = change::decide_contact_change(&cur.input(), &new.input(), &context);
    if !is_plain_object(&proposed) {
        // Not a registrant at all: say so instead of listing every missing field.
        decision.issues = registrant::invalid_registrant(type_name(&proposed), &RegistrantOptions { lang: context.lang, ..Default::default() }).issues;
    }
    to_js(&decision)
}

/// `checkTransfer(request, options?)` — spec §5. Types: `TransferResult`.
#[wasm_bindgen(js_name = checkTransfer, skip_typescript)]
pub fn check_transfer(request: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let lang = Options::read(&options)?.lang()?;
    if !is_plain_object(&request) {
        return to_js(&change::invalid_transfer(type_name(&request), lang));
    }
    let req = Options::read(&request)?;
    let kind = match req.get("type")?.as_string().as_deref() {
        Some("external") | None => Some(crate::authcode::AuthCodeKind::External),
        Some("internal") => Some(crate::authcode::AuthCodeKind::Internal),
        Some(_) => return Err(type_error("request.type must be 'external' or 'internal'")),
    };
    let code = Text::read(&req.get("authCode")?);
    let list = |key: &'static str| -> Result<Option<Vec<String>>, JsValue> {
        let v = req.get(key)?;
        if !js_sys::Array::is_array(&v) {
            return Ok(None);
        }
        let a: js_sys::Array = v.unchecked_into();
        Ok(Some((0..a.length().min(32)).filter_map(|i| a.get(i).as_string()).filter(|s| s.len() <= 256).collect()))
    };
    let nameservers = list("nameservers")?;
    let auth_code_issued_at = req.date("authCodeIssuedAt")?;
    let request = TransferRequest {
        kind,
        auth_code: code.input(),
        now: req.now_if(auth_code_issued_at.is_some())?,
        auth_code_issued_at,
        statuses: list("statuses")?.unwrap_or_default(),
        revoke_procedure: req.flag("revokeProcedure")?,
        quarantine: req.flag("quarantine")?,
        nameservers: nameservers.map(|n| n.len()),
        nameserver_group: req.text("nameserverGroup")?.is_some_and(|g| !g.trim().is_empty()),
        registrant_change: req.flag("registrantChange")?,
        held_by_registry: req.flag("heldByRegistry")?,
        lang,
    };
    to_js(&change::check_transfer(&request))
}

/// `whoisPreview(registrant, options?)` — spec §6. Types: `WhoisPreview`.
#[wasm_bindgen(js_name = whoisPreview, skip_typescript)]
pub fn whois_preview(registrant: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let lang = Options::read(&options)?.lang()?;
    let form = if is_plain_object(&registrant) { Form::read(&registrant, false) } else { Form::default() };
    to_js(&change::whois_preview(&form.input(), lang))
}

/// `countries(lang?)` — the country list for a dropdown, named and sorted in `lang`.
#[wasm_bindgen(skip_typescript)]
pub fn countries(lang: JsValue) -> Result<JsValue, JsValue> {
    let lang = match lang.as_string() {
        Some(tag) => Lang::from_tag(&tag).unwrap_or(Lang::En),
        None if lang.is_undefined() || lang.is_null() => Lang::En,
        None => return Err(type_error("countries(lang): lang must be a string such as 'nl'")),
    };
    to_js(&registrant::country_list(lang))
}

/// An object that is not an array or a function.
fn is_plain_object(value: &JsValue) -> bool {
    value.is_object() && !value.is_function() && !js_sys::Array::is_array(value)
}

/// Keys read from a registrant object at most; more keys than that are a hostile object.
const MAX_KEYS: u32 = 64;
/// Street lines read at most (three are allowed; one more shows there are too many).
const MAX_LINES: u32 = 8;

/// The registrant object's values, copied out of JS.
#[derive(Default)]
struct Form {
    fields: [Option<Text>; Field::ALL.len()],
    lines: Option<Vec<Text>>,
    unknown: Vec<String>,
}

impl Form {
    /// Reads the known fields by name, and — for the whole-form check — lists the keys that are
    /// no field. Every access goes through `Reflect` (which reports a throwing getter or proxy
    /// trap as an error value instead of unwinding through the wasm).
    fn read(obj: &JsValue, find_unknown: bool) -> Form {
        let mut form = Form::default();
        for field in Field::ALL {
            let value = match get_key(obj, field.key()) {
                Ok(v) if v.is_undefined() => continue,
                Ok(v) => v,
                Err(_) => {
                    form.fields[field as usize] = Some(Text::WrongType("exception"));
                    continue;
                }
            };
            if field == Field::Street && js_sys::Array::is_array(&value) {
                let array: js_sys::Array = value.unchecked_into();
                let n = array.length().min(MAX_LINES);
                form.lines = Some((0..n).map(|i| Text::read(&array.get(i))).collect());
            } else {
                form.fields[field as usize] = Some(Text::read(&value));
            }
        }
        if find_unknown {
            let keys = Reflect::own_keys(obj).unwrap_or_default();
            for key in keys.iter().take(MAX_KEYS as usize) {
                let Some(name) = key.as_string() else { continue };
                if Field::from_key(&name).is_some() || form.unknown.len() >= 8 {
                    continue;
                }
                // Only enumerable keys are data (not a class instance's hidden ones).
                let descriptor = Reflect::get_own_property_descriptor(obj.unchecked_ref::<js_sys::Object>(), &key);
                let enumerable = descriptor.ok().and_then(|d| get_key(&d, "enumerable").ok()).and_then(|v| v.as_bool());
                if enumerable == Some(true) {
                    form.unknown.push(name.chars().take(64).collect());
                }
            }
        }
        form
    }

    fn input(&self) -> RegistrantInput<'_> {
        let get = |f: Field| self.fields[f as usize].as_ref().map_or(Input::Missing, Text::input);
        RegistrantInput {
            name: get(Field::Name),
            organization: get(Field::Organization),
            street: match &self.lines {
                Some(lines) => Street::Lines(lines.iter().map(Text::input).collect()),
                None => Street::Text(get(Field::Street)),
            },
            city: get(Field::City),
            postal_code: get(Field::PostalCode),
            country: get(Field::Country),
            email: get(Field::Email),
            phone: get(Field::Phone),
            fax: get(Field::Fax),
            vat: get(Field::Vat),
            language: get(Field::Language),
            unknown: self.unknown.clone(),
        }
    }
}

/// A JS value read as a text field: copied into wasm memory only if it is a string of at most
/// [`MAX_INSPECTED_UTF16`] units.
enum Text {
    Text(String),
    Missing,
    WrongType(&'static str),
    Oversized,
}

impl Text {
    fn read(value: &JsValue) -> Text {
        if value.is_undefined() {
            return Text::Missing;
        }
        match value.dyn_ref::<JsString>() {
            Some(s) if s.length() > MAX_INSPECTED_UTF16 => Text::Oversized,
            // Lone surrogates arrive as U+FFFD: one UTF-16 unit each, so offsets stay right.
            Some(s) => Text::Text(s.as_string().unwrap_or_default()),
            None => Text::WrongType(type_name(value)),
        }
    }

    fn input(&self) -> Input<'_> {
        match self {
            Text::Text(s) => Input::Text(s),
            Text::Missing => Input::Missing,
            Text::WrongType(t) => Input::WrongType(t),
            Text::Oversized => Input::Oversized,
        }
    }
}

/// `typeof`, with `null` and arrays told apart from objects.
fn type_name(value: &JsValue) -> &'static str {
    if value.is_null() {
        "null"
    } else if value.is_undefined() {
        "undefined"
    } else if value.is_string() {
        "string"
    } else if value.as_bool().is_some() {
        "boolean"
    } else if value.as_f64().is_some() {
        "number"
    } else if value.is_bigint() {
        "bigint"
    } else if value.is_symbol() {
        "symbol"
    } else if value.is_function() {
        "function"
    } else if js_sys::Array::is_array(value) {
        "array"
    } else {
        "object"
    }
}

/// The options object (last argument of every export), read key by key.
struct Options(Option<JsValue>);

impl Options {
    fn read(value: &JsValue) -> Result<Options, JsValue> {
        if value.is_undefined() || value.is_null() {
            Ok(Options(None))
        } else if value.is_object() && !value.is_function() && !js_sys::Array::is_array(value) {
            Ok(Options(Some(value.clone())))
        } else {
            Err(type_error(&format!("options must be an object, not {}", type_name(value))))
        }
    }

    /// `obj[key]`; a getter that throws becomes a `TypeError` naming the key.
    fn get(&self, key: &'static str) -> Result<JsValue, JsValue> {
        match &self.0 {
            None => Ok(JsValue::UNDEFINED),
            Some(obj) => get_key(obj, key)
                .map_err(|_| type_error(&format!("reading options.{key} threw"))),
        }
    }

    /// `lang`: a language tag; `nl-BE` is read as `nl`, an unknown language falls back to English.
    fn lang(&self) -> Result<Lang, JsValue> {
        let v = self.get("lang")?;
        if v.is_undefined() || v.is_null() {
            return Ok(Lang::En);
        }
        match v.as_string() {
            Some(tag) if tag.len() <= 64 => Ok(Lang::from_tag(&tag).unwrap_or(Lang::En)),
            Some(_) => Ok(Lang::En),
            None => Err(type_error("options.lang must be a string such as 'nl'")),
        }
    }

    fn kind(&self) -> Result<Option<AuthCodeKind>, JsValue> {
        let v = self.get("kind")?;
        if v.is_undefined() || v.is_null() {
            return Ok(None);
        }
        match v.as_string().as_deref() {
            Some("external") => Ok(Some(AuthCodeKind::External)),
            Some("internal") => Ok(Some(AuthCodeKind::Internal)),
            _ => Err(type_error("options.kind must be 'external' or 'internal'")),
        }
    }

    /// A yes/no option: `true` only for `true` (a truthy string or number is not a decision).
    fn flag(&self, key: &'static str) -> Result<bool, JsValue> {
        let v = self.get(key)?;
        match v.as_bool() {
            Some(b) => Ok(b),
            None if v.is_undefined() || v.is_null() => Ok(false),
            None => Err(type_error(&format!("{key} must be true or false"))),
        }
    }

    /// A short string option (`domain`), or nothing.
    fn text(&self, key: &'static str) -> Result<Option<String>, JsValue> {
        let v = self.get(key)?;
        if v.is_undefined() || v.is_null() {
            return Ok(None);
        }
        match v.dyn_ref::<JsString>() {
            Some(s) if s.length() <= 1024 => Ok(s.as_string()),
            _ => Err(type_error(&format!("options.{key} must be a string"))),
        }
    }

    /// `now`, or — when an expiry is to be checked (`needed`) and none is given — the JS clock:
    /// the core has no clock on wasm32, and reads none it does not need.
    fn now_if(&self, needed: bool) -> Result<Option<String>, JsValue> {
        Ok(match self.date("now")? {
            None if needed => Some(time::format_iso(Date::now() as i64)),
            now => now,
        })
    }

    /// A moment: an ISO 8601 string or a `Date`. Anything else is handed on as text that is
    /// not a date, so the core reports `invalid_date` for it.
    fn date(&self, key: &'static str) -> Result<Option<String>, JsValue> {
        let v = self.get(key)?;
        if v.is_undefined() || v.is_null() {
            return Ok(None);
        }
        if let Some(d) = v.dyn_ref::<Date>() {
            let ms = d.get_time();
            return Ok(Some(if ms.is_finite() { time::format_iso(ms as i64) } else { String::new() }));
        }
        Ok(Some(match v.dyn_ref::<JsString>() {
            Some(s) if s.length() <= 64 => s.as_string().unwrap_or_default(),
            _ => String::new(),
        }))
    }
}

thread_local! {
    /// Property names as JS strings, made once: decoding a key on every call costs more than
    /// the rest of a small check.
    static KEYS: std::cell::RefCell<Vec<(&'static str, JsValue)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `Reflect.get(obj, key)` with `key` made into a JS string once per key (not per call) and
/// lent, not cloned: a clone costs a slot in wasm-bindgen's handle table.
fn get_key(obj: &JsValue, key: &'static str) -> Result<JsValue, JsValue> {
    KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        let i = match keys.iter().position(|(k, _)| *k == key) {
            Some(i) => i,
            None => {
                keys.push((key, JsValue::from_str(key)));
                keys.len() - 1
            }
        };
        Reflect::get(obj, &keys[i].1)
    })
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(&format!("dotbe-rules: {message}")).into()
}

/// Plain JS objects, through one JSON string (README: "Why one JSON string").
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let json = crate::json::to_json(value).map_err(|e| type_error(&e.to_string()))?;
    js_sys::JSON::parse(&json)
}
