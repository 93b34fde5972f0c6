//! The JS API's argument reader: what `js/boundary.js` wrote of a call's JS arguments, read back
//! into the core's inputs. Plain Rust (no JS types), so it is tested and fuzzed natively.
//!
//! The arguments are one string of [`Item`]s (units as in [`super::units`]), each starting with a
//! [`tag`]: `MISSING` undefined; `TEXT` and a text; `OVERSIZED` a string longer than
//! [`MAX_INSPECTED_UTF16`] (not copied); `LIST`: a count, then the items; `RECORD`: a count, then
//! the values of the record's keys ([`super::shape`]: the keys are implied by the call); `OTHER +
//! i` any other value, of the type [`TYPES`]`[i]`; `FALSE`, `TRUE`; `DATE`: its time in
//! milliseconds as text (empty if invalid). Options that make no sense are an `Err` with the
//! message of the `TypeError` the call throws; bad data is never an `Err` (the core reports it).

use super::shape::{self, tag, Keys, MAX_DEPTH, MAX_INSPECTED_UTF16, MAX_ITEMS, TYPES};
use super::units::{utf16_len, Units};
use crate::audit::{AuditOptions, AuditRecord, MailDomain, MAX_FIX_FIRST, NAMES_KEPT};
use crate::authcode::{AuthCodeKind, AuthCodeOptions};
use crate::change::{ChangeContext, TransferRequest};
use crate::domain::{NameserverInput, NameserversInput, MAX_NAMESERVERS};
use crate::input::Input;
use crate::lang::Lang;
use crate::registrant::{Field, Holder, RegistrantInput, RegistrantOptions, Street};
use crate::time;

/// One JS value as the boundary saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item<'a> {
    Missing,
    Text(&'a str),
    /// A string longer than [`MAX_INSPECTED_UTF16`] units.
    Oversized,
    List(Vec<Item<'a>>),
    /// An object's values, for the keys the call asked for, in order.
    Record(Vec<Item<'a>>),
    Bool(bool),
    /// A `Date` object: milliseconds since 1970 as decimal text, empty for an invalid date.
    Date(&'a str),
    /// Any other value: its type's name.
    Other(&'static str),
}

impl<'a> Item<'a> {
    /// As a text field of the core: wrong types keep their `typeof` name.
    pub fn input(&self) -> Input<'a> {
        match *self {
            Item::Missing => Input::Missing,
            Item::Text(s) => Input::Text(s),
            Item::Oversized => Input::Oversized,
            Item::List(_) => Input::WrongType("array"),
            Item::Record(_) | Item::Date(_) => Input::WrongType("object"),
            Item::Bool(_) => Input::WrongType("boolean"),
            Item::Other(t) => Input::WrongType(t),
        }
    }

    /// The `typeof`-style name of the value.
    pub fn type_name(&self) -> &'static str {
        match self {
            Item::Missing => "undefined",
            Item::Text(_) | Item::Oversized => "string",
            Item::List(_) => "array",
            Item::Record(_) | Item::Date(_) => "object",
            Item::Bool(_) => "boolean",
            Item::Other(t) => t,
        }
    }

    /// The value of `key` (missing if this is no record, or a shorter one).
    pub fn key<K: Keys>(&self, key: K) -> &Item<'a> {
        match self {
            Item::Record(values) => values.get(key.index()).unwrap_or(&Item::Missing),
            _ => &Item::Missing,
        }
    }

    /// `undefined` or `null`: an option not given.
    pub fn is_absent(&self) -> bool {
        matches!(self, Item::Missing | Item::Other("null"))
    }

    fn threw(&self) -> bool {
        matches!(self, Item::Other("exception"))
    }
}

/// Reads what `js/boundary.js` wrote. `None` if it is malformed (a bug on the JS side, never the
/// user's input: user text only ever appears inside length-delimited texts).
pub fn read(args: &str) -> Option<Vec<Item<'_>>> {
    let mut r = Units::new(args);
    let mut items = Vec::new();
    while !r.at_end() {
        items.push(item(&mut r, 0)?);
    }
    Some(items)
}

fn item<'a>(r: &mut Units<'a>, depth: u8) -> Option<Item<'a>> {
    Some(match r.unit()? {
        tag::MISSING => Item::Missing,
        tag::TEXT => {
            let text = r.text()?;
            // The JS side never copies more; a longer text is malformed.
            if text.len() > 4 * MAX_INSPECTED_UTF16 as usize {
                return None;
            }
            Item::Text(text)
        }
        tag::OVERSIZED => Item::Oversized,
        t @ (tag::LIST | tag::RECORD) if depth < MAX_DEPTH => {
            let n = r.number()?;
            if n > MAX_ITEMS {
                return None;
            }
            let mut items = Vec::with_capacity(n as usize);
            for _ in 0..n {
                items.push(item(r, depth + 1)?);
            }
            if t == tag::LIST {
                Item::List(items)
            } else {
                Item::Record(items)
            }
        }
        tag::FALSE => Item::Bool(false),
        tag::TRUE => Item::Bool(true),
        tag::DATE => Item::Date(r.text()?),
        // OTHER.. maps onto the entries of TYPES: the index is checked.
        t if t >= tag::OTHER => Item::Other(TYPES.get((t - tag::OTHER) as usize)?),
        _ => return None,
    })
}

/// The next item of `r` (for the calls that read their arguments one by one: an audit batch).
pub fn next<'a>(r: &mut Units<'a>) -> Option<Item<'a>> {
    item(r, 0)
}

/// An options object (or a request object read the same way): its values for the keys `K`.
pub struct Opts<'i, 'a, K> {
    item: &'i Item<'a>,
    keys: std::marker::PhantomData<K>,
}

impl<'i, 'a, K: Keys> Opts<'i, 'a, K> {
    /// `undefined` and `null` are no options; anything but an object throws.
    pub fn new(item: &'i Item<'a>) -> Result<Self, String> {
        match item {
            v if v.is_absent() || matches!(v, Item::Record(_)) => Ok(Opts { item, keys: std::marker::PhantomData }),
            other => Err(["options must be an object, not ", other.type_name()].concat()),
        }
    }

    /// The value of `key`; a getter that threw is a `TypeError` naming the key.
    pub fn get(&self, key: K) -> Result<&'i Item<'a>, String> {
        match self.item.key(key) {
            v if v.threw() => Err(["reading options.", key.name(), " threw"].concat()),
            v => Ok(v),
        }
    }

    /// A yes/no option: `true` only for `true` (a truthy string or number is not a decision).
    pub fn flag(&self, key: K) -> Result<bool, String> {
        match self.get(key)? {
            Item::Bool(b) => Ok(*b),
            v if v.is_absent() => Ok(false),
            _ => Err([key.name(), " must be true or false"].concat()),
        }
    }

    /// A short string option, at most `max` UTF-16 units, or nothing.
    pub fn text(&self, key: K, max: u32) -> Result<Option<String>, String> {
        match self.get(key)? {
            v if v.is_absent() => Ok(None),
            Item::Text(s) if utf16_len(s) <= max => Ok(Some(s.to_string())),
            _ => Err(["options.", key.name(), " must be a string"].concat()),
        }
    }

    /// A moment: an ISO 8601 string or a `Date`. Anything else is handed on as text that is not
    /// a date, so the core reports `invalid_date` for it.
    pub fn date(&self, key: K) -> Result<Option<String>, String> {
        Ok(match self.get(key)? {
            v if v.is_absent() => None,
            Item::Date(ms) => Some(ms.parse::<i64>().map(time::format_iso).unwrap_or_default()),
            Item::Text(s) if utf16_len(s) <= 64 => Some(s.to_string()),
            _ => Some(String::new()),
        })
    }

    /// A list of short strings (other items skipped), or `None` if the value is no list.
    pub fn strings(&self, key: K) -> Result<Option<Vec<String>>, String> {
        Ok(match self.get(key)? {
            Item::List(items) => Some(items.iter().filter_map(|i| if let Item::Text(s) = i { Some(*s) } else { None }).filter(|s| s.len() <= 256).map(String::from).collect()),
            _ => None,
        })
    }
}

/// The own keys of an options object (or of a request read like one) that are none of `K`'s, as
/// `js/boundary.js` listed them: the first is a `TypeError` that names it and the valid keys
/// (aliases included). `what` names the object in the message (`options`, `request`).
pub fn known_keys<K: Keys>(unknown: &Item<'_>, what: &str) -> Result<(), String> {
    match unknown {
        Item::List(keys) => match keys.first() {
            Some(Item::Text(key)) => Err([what, ".", key, " is not a known option; the options are: ", &K::NAMES.join(", ")].concat()),
            _ => Ok(()),
        },
        _ => Ok(()),
    }
}

/// `messages`: the caller's own message templates, which the JS side renders (js/loader.js);
/// the core only checks that it is an object of templates or a function.
fn messages<K: Keys>(opts: &Opts<'_, '_, K>, key: K) -> Result<(), String> {
    match opts.get(key)? {
        v if v.is_absent() => Ok(()),
        Item::Other("object" | "function") => Ok(()),
        _ => Err(["options.", key.name(), " must be an object of templates by code, or a function of the issue"].concat()),
    }
}

/// `lang`: a language tag; `nl-BE` is read as `nl`, an unknown language falls back to English.
pub(crate) fn lang(value: &Item<'_>) -> Result<Lang, String> {
    Ok(match value {
        v if v.is_absent() => Lang::En,
        // A tag longer than any real one is no language we have.
        Item::Text(tag) if tag.len() <= 64 => Lang::from_tag(tag).unwrap_or(Lang::En),
        Item::Text(_) | Item::Oversized => Lang::En,
        _ => return Err("options.lang must be a string such as 'nl'".into()),
    })
}

/// `kind`: `external` or `internal`.
fn kind(value: &Item<'_>) -> Result<Option<AuthCodeKind>, String> {
    match value {
        v if v.is_absent() => Ok(None),
        Item::Text("external") => Ok(Some(AuthCodeKind::External)),
        Item::Text("internal") => Ok(Some(AuthCodeKind::Internal)),
        _ => Err("options.kind must be 'external' or 'internal'".into()),
    }
}

/// `now`, or — when an expiry is to be checked (`needed`) and none is given — `clock()`: the
/// core has no clock on wasm32, and reads none it does not need.
fn now_if<K: Keys>(opts: &Opts<'_, '_, K>, now: K, needed: bool, clock: impl FnOnce() -> i64) -> Result<Option<String>, String> {
    Ok(match opts.date(now)? {
        None if needed => Some(time::format_iso(clock())),
        now => now,
    })
}

/// Street lines read at most (three are allowed; more show that there are too many).
const MAX_LINES: usize = 8;
/// Longest `domain` option, in UTF-16 units.
const MAX_DOMAIN: u32 = 1024;

/// What `validateRegistrant` asks for.
// Made once per call and taken apart at once: boxing the form would cost an allocation.
#[allow(clippy::large_enum_variant)]
pub enum RegistrantRequest<'a> {
    Form(RegistrantInput<'a>, RegistrantOptions),
    /// The input is not an object: its type.
    NotAnObject(&'static str, RegistrantOptions),
}

/// `validateRegistrant(input, options)`: the options and their unknown keys, the form and its
/// unknown keys ([`shape::CALLS`]).
pub fn registrant<'a>(items: &[Item<'a>]) -> Result<RegistrantRequest<'a>, String> {
    let [options, options_unknown, input, unknown] = items else { return Err("malformed request".into()) };
    let options = registrant_options(options, options_unknown)?;
    if !matches!(input, Item::Record(_)) {
        return Ok(RegistrantRequest::NotAnObject(input.type_name(), options));
    }
    let mut form = form(input);
    if options.only.is_none() {
        if let Item::List(keys) = unknown {
            let keys = keys.iter().filter_map(|k| if let Item::Text(k) = k { Some(k) } else { None });
            form.unknown = keys.map(|k| k.chars().take(shape::UNKNOWN_KEY_CHARS as usize).collect()).take(shape::UNKNOWN_KEYS_REPORTED as usize).collect();
        }
    }
    Ok(RegistrantRequest::Form(form, options))
}

/// A registrant object's fields; anything but an object reads as empty.
pub fn form<'a>(input: &Item<'a>) -> RegistrantInput<'a> {
    let get = |f: Field| input.key(f).input();
    let street = match input.key(Field::Street) {
        Item::List(lines) => Street::Lines(lines.iter().take(MAX_LINES).map(Item::input).collect()),
        _ => Street::Text(get(Field::Street)),
    };
    RegistrantInput {
        name: get(Field::Name),
        organization: get(Field::Organization),
        street,
        city: get(Field::City),
        postal_code: get(Field::PostalCode),
        country: get(Field::Country),
        email: get(Field::Email),
        phone: get(Field::Phone),
        fax: get(Field::Fax),
        vat: get(Field::Vat),
        language: get(Field::Language),
        unknown: Vec::new(),
    }
}

fn registrant_options(options: &Item<'_>, unknown: &Item<'_>) -> Result<RegistrantOptions, String> {
    use shape::RegistrantOptions as K;
    let opts = Opts::<K>::new(options)?;
    known_keys::<K>(unknown, "options")?;
    // Read in this order, so that of several wrong options the first one is reported.
    let lang = lang(opts.get(K::lang)?)?;
    let domain = opts.text(K::domain, MAX_DOMAIN)?;
    let only = match opts.get(K::only)? {
        v if v.is_absent() => None,
        Item::List(names) => {
            let mut fields = Vec::new();
            for name in names.iter().take(Field::ALL.len() * 2) {
                let text = if let Item::Text(t) = name { t } else { "" };
                match Field::from_key(text) {
                    Some(f) => fields.push(f),
                    // Quoted by hand: `{:?}` would bring Debug escaping into the wasm (0.4 KB gzip) for one message.
                    None => return Err(["options.only: unknown field \"", text, "\""].concat()),
                }
            }
            Some(fields)
        }
        _ => return Err("options.only must be an array of field names".into()),
    };
    messages(&opts, K::messages)?;
    let holder = match opts.get(K::holder)? {
        v if v.is_absent() => None,
        Item::Text("person") => Some(Holder::Person),
        Item::Text("organization" | "organisation") => Some(Holder::Organization),
        _ => return Err("options.holder must be 'person' or 'organization'".into()),
    };
    Ok(RegistrantOptions { lang, holder, domain, only })
}

/// `checkAuthCode(code, options)`: the code, then the options and their unknown keys.
pub fn auth_code<'a>(items: &[Item<'a>], clock: impl FnOnce() -> i64) -> Result<(Input<'a>, AuthCodeOptions), String> {
    use shape::AuthCodeOptions as K;
    let [code, options, unknown] = items else { return Err("malformed request".into()) };
    let opts = Opts::<K>::new(options)?;
    known_keys::<K>(unknown, "options")?;
    messages(&opts, K::messages)?;
    time_zone(&opts, K::timeZone)?;
    let issued_at = opts.date(K::issuedAt)?;
    let now = now_if(&opts, K::now, issued_at.is_some(), clock)?;
    Ok((code.input(), AuthCodeOptions { kind: kind(opts.get(K::kind)?)?, issued_at, now, lang: lang(opts.get(K::lang)?)? }))
}

/// The calls that take one value and a language (`validateDomainName`, `whoisPreview`,
/// `validateNameservers`): the value, then the options and their unknown keys; also what
/// follows them.
pub fn with_lang<'i, 'a>(items: &'i [Item<'a>]) -> Result<(&'i Item<'a>, Lang, &'i [Item<'a>]), String> {
    use shape::LangOnly as K;
    let [value, options, unknown, rest @ ..] = items else { return Err("malformed request".into()) };
    let opts = Opts::<K>::new(options)?;
    known_keys::<K>(unknown, "options")?;
    messages(&opts, K::messages)?;
    Ok((value, lang(opts.get(K::lang)?)?, rest))
}

/// `checkTransfer`'s request, language and what follows, as [`with_lang`] reads them; its
/// options may also name a `timeZone` (for js/dates.js).
pub fn with_transfer_options<'i, 'a>(items: &'i [Item<'a>]) -> Result<(&'i Item<'a>, Lang, &'i [Item<'a>]), String> {
    use shape::TransferOptions as K;
    let [value, options, unknown, rest @ ..] = items else { return Err("malformed request".into()) };
    let opts = Opts::<K>::new(options)?;
    known_keys::<K>(unknown, "options")?;
    messages(&opts, K::messages)?;
    time_zone(&opts, K::timeZone)?;
    Ok((value, lang(opts.get(K::lang)?)?, rest))
}

/// `timeZone`: an IANA name, which only the JS side reads (js/dates.js); the core, which writes
/// Belgian time, only checks that it is text.
fn time_zone<K: Keys>(opts: &Opts<'_, '_, K>, key: K) -> Result<(), String> {
    match opts.get(key)? {
        v if v.is_absent() => Ok(()),
        Item::Text(_) => Ok(()),
        _ => Err(["options.", key.name(), " must be the name of a time zone, such as 'Europe/Brussels'"].concat()),
    }
}

/// `validateNameservers`' input record — each name server a host name or a record of `host` and
/// `ips`. The second value: the type of `nameservers` when it is there but no list.
pub fn nameservers<'a>(input: &Item<'a>) -> (NameserversInput<'a>, Option<&'static str>) {
    use shape::Nameservers as K;
    let (nameservers, not_a_list) = match input.key(K::nameservers) {
        Item::List(list) => (list.iter().take(MAX_NAMESERVERS + 1).map(nameserver).collect(), None),
        v if v.is_absent() || v.threw() => (Vec::new(), None),
        other => (Vec::new(), Some(other.type_name())),
    };
    (NameserversInput { domain: input.key(K::domain).input(), group: input.key(K::group).input(), nameservers }, not_a_list)
}

/// One name server: its host name as a string, or `{ host, ips }` (`ips` one address or a list).
fn nameserver<'a>(entry: &Item<'a>) -> NameserverInput<'a> {
    use shape::Nameserver as K;
    match entry {
        Item::Record(_) => {
            let ips = match entry.key(K::ips) {
                v if v.is_absent() || v.threw() => None,
                Item::List(ips) => Some(ips.iter().take(16).map(Item::input).collect()),
                ip => Some(vec![ip.input()]),
            };
            NameserverInput { host: entry.key(K::host).input(), ips }
        }
        Item::Missing => NameserverInput { host: Input::WrongType("undefined"), ips: None },
        other => NameserverInput { host: other.input(), ips: None },
    }
}

/// `decideContactChange(current, proposed, options)`'s options record (the spec's context) and
/// its unknown keys.
pub fn change_context(context: &Item<'_>, unknown: &Item<'_>) -> Result<ChangeContext, String> {
    use shape::ChangeContext as K;
    let opts = Opts::<K>::new(context)?;
    known_keys::<K>(unknown, "options")?;
    messages(&opts, K::messages)?;
    Ok(ChangeContext { revoke_procedure: opts.flag(K::revokeProcedure)?, monitored_update_approved: opts.flag(K::monitoredUpdateApproved)?, lang: lang(opts.get(K::lang)?)? })
}

/// `checkTransfer(request, options)`: the request record, read like options (its getters
/// throwing, or a key it does not have, is a `TypeError`), with the language from the options.
pub fn transfer<'a>(request: &Item<'a>, unknown: &Item<'_>, lang: Lang, clock: impl FnOnce() -> i64) -> Result<TransferRequest<'a>, String> {
    use shape::Transfer as K;
    let req = Opts::<K>::new(request)?;
    known_keys::<K>(unknown, "request")?;
    // `kind`, as checkAuthCode names it; `type` is its old name (an alias). Both given, they agree.
    let read = |value: &Item<'_>| match value {
        Item::Text("internal") => Ok(Some(AuthCodeKind::Internal)),
        Item::Text("external") => Ok(Some(AuthCodeKind::External)),
        Item::Text(_) | Item::Oversized => Err(String::from("request.kind must be 'external' or 'internal'")),
        _ => Ok(None),
    };
    let kind = match (read(req.get(K::kind)?)?, read(req.get(K::type_)?)?) {
        (Some(a), Some(b)) if a != b => return Err("request.kind and request.type (its old name) disagree".into()),
        (Some(k), _) | (None, Some(k)) => k,
        (None, None) => AuthCodeKind::External,
    };
    let auth_code = req.get(K::authCode)?.input();
    let nameservers = req.strings(K::nameservers)?.map(|n| n.len());
    let auth_code_issued_at = req.date(K::authCodeIssuedAt)?;
    // The fields below are read in this order too (the first wrong one is reported).
    Ok(TransferRequest {
        kind: Some(kind),
        auth_code,
        now: now_if(&req, K::now, auth_code_issued_at.is_some(), clock)?,
        auth_code_issued_at,
        statuses: req.strings(K::statuses)?.unwrap_or_default(),
        revoke_procedure: req.flag(K::revokeProcedure)?,
        quarantine: req.flag(K::quarantine)?,
        nameservers,
        nameserver_group: req.text(K::nameserverGroup, 1024)?.is_some_and(|g| !g.trim().is_empty()),
        registrant_change: req.flag(K::registrantChange)?,
        held_by_registry: req.flag(K::heldByRegistry)?,
        lang,
    })
}

/// A count given as decimal digits (the JS side sends numbers as text); `None` for anything else.
fn count(value: &Item<'_>) -> Option<u64> {
    match value {
        // By hand: `str::parse` would bring its error type into the wasm for this one use.
        Item::Text(t) if !t.is_empty() && t.len() <= 15 => t.bytes().try_fold(0u64, |n, b| b.is_ascii_digit().then(|| n * 10 + u64::from(b - b'0'))),
        _ => None,
    }
}

/// `auditStart`'s options: the language and how many contacts to list first.
pub fn audit_options(options: &Item<'_>) -> Result<AuditOptions, String> {
    use shape::AuditOptions as K;
    let opts = Opts::<K>::new(options)?;
    let lang = lang(opts.get(K::lang)?)?;
    let fix_first = match opts.get(K::fixFirst)? {
        v if v.is_absent() => crate::audit::DEFAULT_FIX_FIRST,
        v => count(v).filter(|&n| n <= MAX_FIX_FIRST as u64).ok_or("options.fixFirst must be a number from 0 to 1000")? as usize,
    };
    Ok(AuditOptions { lang, fix_first })
}

/// One contact of an audit batch (anything but an object reads as a contact with no data).
pub fn audit_record<'a>(item: &Item<'a>) -> AuditRecord<'a> {
    use shape::AuditRecord as K;
    let text = |k: K| if let Item::Text(t) = item.key(k) { Some(*t) } else { None };
    let names = text(K::names).map_or(Vec::new(), |t| t.split([' ', ',', ';', '\t', '\n', '\r']).filter(|n| !n.is_empty()).take(NAMES_KEPT).collect());
    AuditRecord {
        // The record's first keys are the registrant's (shape.rs tests it).
        registrant: form(item),
        domains: count(item.key(K::domains)).map(|n| u32::try_from(n).unwrap_or(u32::MAX)),
        names,
        id: text(K::id).filter(|t| !t.is_empty()),
        line: count(item.key(K::line)).unwrap_or(0),
        mail: text(K::mail).map_or(MailDomain::Unknown, MailDomain::from_name),
    }
}

/// What `js/boundary.js` writes for a value: for building requests in tests and the fuzzer.
#[doc(hidden)]
pub fn encode(item: &Item<'_>) -> String {
    use super::units::{push_number, push_text, push_unit};
    let mut out = String::new();
    match item {
        Item::Missing => push_unit(&mut out, tag::MISSING),
        Item::Text(s) => {
            push_unit(&mut out, tag::TEXT);
            push_text(&mut out, s);
        }
        Item::Oversized => push_unit(&mut out, tag::OVERSIZED),
        Item::List(items) | Item::Record(items) => {
            push_unit(&mut out, if matches!(item, Item::List(_)) { tag::LIST } else { tag::RECORD });
            push_number(&mut out, items.len() as u32);
            for i in items {
                out.push_str(&encode(i));
            }
        }
        Item::Bool(b) => push_unit(&mut out, if *b { tag::TRUE } else { tag::FALSE }),
        Item::Date(ms) => {
            push_unit(&mut out, tag::DATE);
            push_text(&mut out, ms);
        }
        Item::Other(t) => push_unit(&mut out, tag::OTHER + TYPES.iter().position(|x| x == t).unwrap_or(0) as u32),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(items: &[Item<'_>]) -> String {
        let args: String = items.iter().map(encode).collect();
        assert_eq!(read(&args).as_deref(), Some(items), "{args:?}");
        args
    }

    #[test]
    fn texts_are_delimited_by_utf16_length() {
        round_trip(&[Item::Text("é😀x"), Item::Text(""), Item::Other("null"), Item::Missing]);
    }

    #[test]
    fn every_kind_of_item_round_trips() {
        let long = "x".repeat(40_000);
        round_trip(&[
            Item::Record(vec![Item::List(vec![Item::Text("é😀"), Item::Oversized]), Item::Bool(true), Item::Bool(false)]),
            Item::Date("1700000000000"),
            Item::Date(""),
            Item::Other("exception"),
            Item::Other("null"),
            Item::Text(&long[..4096]),
        ]);
    }

    #[test]
    fn registrant_requests() {
        let form = Item::Record(vec![
            Item::Text("Jan"),
            Item::Missing,
            Item::List(vec![Item::Text("Kerkstraat 1"), Item::Other("number")]),
            Item::Other("exception"),
        ]);
        let unknown = Item::List(vec![Item::Text("nmae")]);
        let options = |lang, only| Item::Record(vec![lang, Item::Missing, only]);
        let none = Item::List(vec![]);
        let args = round_trip(&[options(Item::Text("nl-BE"), Item::Missing), none.clone(), form.clone(), unknown.clone()]);
        let items = read(&args).unwrap();
        let Ok(RegistrantRequest::Form(input, opts)) = registrant(&items) else { panic!("a form") };
        assert_eq!(opts.lang, Lang::Nl);
        assert_eq!(input.name, Input::Text("Jan"));
        assert_eq!(input.street, Street::Lines(vec![Input::Text("Kerkstraat 1"), Input::WrongType("number")]));
        assert_eq!(input.city, Input::WrongType("exception"));
        assert_eq!(input.unknown, vec!["nmae".to_string()]);
        // Per-field mode: unknown keys are not reported.
        let only = Item::List(vec![Item::Text("postalCode")]);
        let items = vec![options(Item::Missing, only), none.clone(), form.clone(), unknown.clone()];
        let Ok(RegistrantRequest::Form(input, opts)) = registrant(&items) else { panic!("a form") };
        assert_eq!((opts.only, input.unknown.len()), (Some(vec![Field::PostalCode]), 0));
        // Not an object: its type.
        let items = vec![Item::Missing, Item::Missing, Item::List(vec![]), Item::Missing];
        assert!(matches!(registrant(&items), Ok(RegistrantRequest::NotAnObject("array", _))));
        // Options that make no sense.
        let error = |options: Item<'static>| match registrant(&[options, Item::Missing, form.clone(), Item::Missing]) {
            Err(e) => e,
            Ok(_) => panic!("an error"),
        };
        assert_eq!(error(Item::Other("number")), "options must be an object, not number");
        assert_eq!(error(options(Item::Other("number"), Item::Missing)), "options.lang must be a string such as 'nl'");
        assert_eq!(error(options(Item::Other("exception"), Item::Missing)), "reading options.lang threw");
        // Of several wrong options, the first in reading order (lang, domain, only) is reported.
        assert_eq!(error(options(Item::Other("number"), Item::Text("name"))), "options.lang must be a string such as 'nl'");
        assert_eq!(error(options(Item::Missing, Item::Text("name"))), "options.only must be an array of field names");
        assert_eq!(error(options(Item::Missing, Item::List(vec![Item::Text("nmae")]))), "options.only: unknown field \"nmae\"");
        // An over-long language tag is no language we have.
        let Ok(RegistrantRequest::Form(_, opts)) = registrant(&[options(Item::Oversized, Item::Missing), Item::Missing, form.clone(), Item::Missing]) else { panic!() };
        assert_eq!(opts.lang, Lang::En);
        // An option it does not have (a typo): named, with the valid ones.
        let typo = Item::List(vec![Item::Text("lng")]);
        let Err(e) = registrant(&[options(Item::Missing, Item::Missing), typo, form.clone(), Item::Missing]) else { panic!() };
        assert_eq!(e, "options.lng is not a known option; the options are: lang, domain, only, messages, holder");
        // `messages` is the JS side's: an object or a function, nothing else.
        let with_messages = |m| Item::Record(vec![Item::Missing, Item::Missing, Item::Missing, m]);
        assert!(registrant(&[with_messages(Item::Other("function")), Item::Missing, form.clone(), Item::Missing]).is_ok());
        assert!(registrant(&[with_messages(Item::Other("object")), Item::Missing, form.clone(), Item::Missing]).is_ok());
        let Err(e) = registrant(&[with_messages(Item::Text("x")), Item::Missing, form, Item::Missing]) else { panic!() };
        assert_eq!(e, "options.messages must be an object of templates by code, or a function of the issue");
    }

    #[test]
    fn auth_code_options_and_the_clock() {
        let opts = |issued: Item<'static>, now: Item<'static>| vec![Item::Text("123"), Item::Record(vec![Item::Missing, Item::Text("internal"), issued, now]), Item::Missing];
        let (code, o) = auth_code(&opts(Item::Date("0"), Item::Missing), || 86_400_000).unwrap();
        assert_eq!(code, Input::Text("123"));
        assert_eq!(o.kind, Some(AuthCodeKind::Internal));
        assert_eq!((o.issued_at.as_deref(), o.now.as_deref()), (Some("1970-01-01T00:00:00.000Z"), Some("1970-01-02T00:00:00.000Z")));
        // No expiry to check: the clock is not read.
        let (_, o) = auth_code(&opts(Item::Missing, Item::Missing), || panic!("clock read")).unwrap();
        assert_eq!(o.now, None);
        // Not a date: handed on as text that is none, for `invalid_date`.
        let (_, o) = auth_code(&opts(Item::Other("number"), Item::Date("")), || 0).unwrap();
        assert_eq!((o.issued_at.as_deref(), o.now.as_deref()), (Some(""), Some("")));
        let bad_kind = vec![Item::Missing, Item::Record(vec![Item::Missing, Item::Text("inside")]), Item::Missing];
        assert_eq!(auth_code(&bad_kind, || 0).err().as_deref(), Some("options.kind must be 'external' or 'internal'"));
    }

    #[test]
    fn transfer_requests() {
        use shape::Transfer as K;
        let mut values = vec![Item::Missing; K::NAMES.len()];
        values[K::kind.index()] = Item::Other("number");
        values[K::statuses.index()] = Item::List(vec![Item::Text("clientTransferProhibited"), Item::Other("number")]);
        values[K::revokeProcedure.index()] = Item::Bool(true);
        values[K::nameservers.index()] = Item::List(vec![Item::Text("ns1.example.be"), Item::Text("ns2.example.be")]);
        let none = Item::List(vec![]);
        values[K::type_.index()] = Item::Other("number");
        let r = transfer(&Item::Record(values.clone()), &none, Lang::Fr, || 0).unwrap();
        assert_eq!(r.kind, Some(AuthCodeKind::External), "a type that is no string reads as external");
        assert_eq!(r.statuses, vec!["clientTransferProhibited".to_string()]);
        assert_eq!((r.revoke_procedure, r.quarantine, r.nameservers), (true, false, Some(2)));
        values[K::kind.index()] = Item::Text("sideways");
        assert_eq!(transfer(&Item::Record(values.clone()), &none, Lang::Fr, || 0).err().as_deref(), Some("request.kind must be 'external' or 'internal'"));
        // `type`, the old name, is read as `kind`; both given, they must agree.
        values[K::kind.index()] = Item::Missing;
        values[K::type_.index()] = Item::Text("internal");
        assert_eq!(transfer(&Item::Record(values.clone()), &none, Lang::Fr, || 0).unwrap().kind, Some(AuthCodeKind::Internal));
        values[K::kind.index()] = Item::Text("internal");
        assert_eq!(transfer(&Item::Record(values.clone()), &none, Lang::Fr, || 0).unwrap().kind, Some(AuthCodeKind::Internal));
        values[K::kind.index()] = Item::Text("external");
        assert_eq!(transfer(&Item::Record(values.clone()), &none, Lang::Fr, || 0).err().as_deref(), Some("request.kind and request.type (its old name) disagree"));
        values[K::kind.index()] = Item::Missing;
        let typo = Item::List(vec![Item::Text("authcode")]);
        assert!(transfer(&Item::Record(values.clone()), &typo, Lang::Fr, || 0).err().unwrap().starts_with("request.authcode is not a known option; the options are: kind, type, authCode,"));
        values[K::quarantine.index()] = Item::Text("yes");
        assert_eq!(transfer(&Item::Record(values), &none, Lang::Fr, || 0).err().as_deref(), Some("quarantine must be true or false"));
    }

    #[test]
    fn nameserver_inputs() {
        let servers = Item::List(vec![
            Item::Text("ns1.example.be"),
            Item::Record(vec![Item::Text("ns2.example.be"), Item::Text("192.0.2.1")]),
            Item::Record(vec![Item::Text("ns3.example.be"), Item::List(vec![Item::Text("2001:db8::1")])]),
            Item::Missing,
        ]);
        let (input, not_a_list) = nameservers(&Item::Record(vec![Item::Text("example.be"), Item::Missing, servers]));
        assert_eq!(not_a_list, None);
        assert_eq!(input.nameservers[1].ips, Some(vec![Input::Text("192.0.2.1")]));
        assert_eq!(input.nameservers[2].ips, Some(vec![Input::Text("2001:db8::1")]));
        assert_eq!(input.nameservers[3].host, Input::WrongType("undefined"));
        let (_, not_a_list) = nameservers(&Item::Record(vec![Item::Missing, Item::Missing, Item::Text("ns1.example.be")]));
        assert_eq!(not_a_list, Some("string"));
    }

    #[test]
    fn malformed_arguments_are_refused_not_panicked_on() {
        for args in ["\u{1}\u{5}ab", "\u{1}\u{1}😀", "\u{3}\u{41}", "\u{13}", "\u{4}\u{1}", "\u{4}\u{1}\u{4}\u{1}\u{4}\u{1}\u{4}\u{1}\u{4}\u{1}\u{0}", "\u{1}\u{8000}", "\u{3}\u{21}"] {
            assert_eq!(read(args), None, "{args:?}");
        }
    }
}
