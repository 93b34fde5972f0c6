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
use crate::time;

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
    // The core has no clock on wasm32: the moment comes from JS, and only when it is needed.
    let now = match opts.date("now")? {
        None if issued_at.is_some() => Some(time::format_iso(Date::now() as i64)),
        now => now,
    };
    let options = AuthCodeOptions { kind: opts.kind()?, issued_at, now, lang: opts.lang()? };
    let text = Text::read(&code);
    to_js(&authcode::check_auth_code_input(text.input(), &options))
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
            Some(obj) => Reflect::get(obj, &js_key(key))
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

fn js_key(key: &'static str) -> JsValue {
    KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        if let Some((_, v)) = keys.iter().find(|(k, _)| *k == key) {
            return v.clone();
        }
        let v = JsValue::from_str(key);
        keys.push((key, v.clone()));
        v
    })
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(&format!("dotbe-rules: {message}")).into()
}

/// Plain JS objects; `None` fields that are not skipped become `null`.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let ser = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value.serialize(&ser).map_err(JsValue::from)
}
