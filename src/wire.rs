//! The wire between the JS boundary and the core: JS values flattened into one string on the way
//! in, a result flattened into one string on the way out. Plain Rust (no JS types), so it is
//! tested and fuzzed natively; `js/wire.js` is the other end.
//!
//! Why: reading a JS object from wasm costs a boundary crossing per key and a copy per string,
//! and `JSON.parse` of a result costs microseconds (README, "Why a wire format"). One string
//! each way is one copy each way; JS builds the result objects with literal shapes.
//!
//! Both directions are sequences of *units* — characters read as numbers — and texts:
//! - a **number** `n` is one character `n` when `n < 0x8000`, else two: `0x8000 + (n >> 15)` and
//!   `n & 0x7fff` (numbers are clamped below `0x5800 << 15`, so no unit reaches the surrogates);
//! - a **text** is its length in UTF-16 units (a number) followed by the text. Lengths count
//!   UTF-16 units because JS slices by them; a lone surrogate reaches wasm as U+FFFD, which is
//!   one unit too, so the counts agree.
//!
//! JS → wasm, one [`Item`] after another: `0` undefined; `1` text; `2` a string longer than
//! [`MAX_INSPECTED_UTF16`] (not copied); `3` list: count, items; `4` record: count, items (the
//! keys are implied by the call); `5 + i` any other value, of the type [`TYPES`]`[i]`; `16`
//! false, `17` true; `18` a `Date`: its time in milliseconds as text (empty if invalid).

use crate::authcode::{AuthCodeKind, AuthCodeOptions};
use crate::change::{ChangeContext, TransferRequest};
use crate::domain::{NameserverInput, NameserversInput, MAX_NAMESERVERS};
use crate::input::{Input, MAX_INSPECTED_UTF16};
use crate::issue::{Issue, PathSegment, Risk, Severity};
use crate::lang::Lang;
use crate::time;

/// The JS types of values that are no text, list or record, as `typeof` names them (`null` and
/// arrays told apart; `exception`: reading the value threw). Order shared with `js/wire.js`.
pub const TYPES: [&str; 11] = ["null", "undefined", "string", "boolean", "number", "bigint", "symbol", "function", "array", "object", "exception"];

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

    /// The `i`th value of a record (missing if out of range or not a record).
    pub fn key(&self, i: usize) -> &Item<'a> {
        match self {
            Item::Record(values) => values.get(i).unwrap_or(&Item::Missing),
            _ => &Item::Missing,
        }
    }

    /// `undefined` or `null`: an option not given.
    pub fn is_absent(&self) -> bool {
        matches!(self, Item::Missing | Item::Other("null"))
    }
}

/// Nesting the JS side ever writes: a record of lists of records of lists
/// (`{ nameservers: [{ ips: [...] }] }`).
const MAX_DEPTH: u8 = 4;
/// Items a list or record may announce; js/wire.js writes at most 32 (lists) and 11 (records).
const MAX_ITEMS: u32 = 64;

/// Reads what `js/wire.js` wrote. `None` if it is malformed (a bug on the JS side, never the
/// user's input: user text only ever appears inside length-delimited texts).
pub fn read(wire: &str) -> Option<Vec<Item<'_>>> {
    let mut r = Reader { s: wire, pos: 0 };
    let mut items = Vec::new();
    while r.pos < wire.len() {
        items.push(r.item(0)?);
    }
    Some(items)
}

struct Reader<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    /// The next character as a number. Decoded by hand: units are 1–3 bytes of UTF-8, and this
    /// runs for every unit of every call.
    fn unit(&mut self) -> Option<u32> {
        let b = self.s.as_bytes();
        let lead = *b.get(self.pos)?;
        let (len, init) = match lead {
            0..=0x7f => (1, u32::from(lead)),
            0xc0..=0xdf => (2, u32::from(lead & 0x1f)),
            0xe0..=0xef => (3, u32::from(lead & 0x0f)),
            _ => (4, u32::from(lead & 0x07)),
        };
        let rest = b.get(self.pos + 1..self.pos + len)?;
        self.pos += len;
        Some(rest.iter().fold(init, |acc, &c| (acc << 6) | u32::from(c & 0x3f)))
    }

    fn number(&mut self) -> Option<u32> {
        let hi = self.unit()?;
        if hi < 0x8000 {
            return Some(hi);
        }
        let lo = self.unit()?;
        (lo < 0x8000).then_some(((hi - 0x8000) << 15) | lo)
    }

    fn text(&mut self) -> Option<&'a str> {
        let units = self.number()? as usize;
        let bytes = self.s.as_bytes();
        let (start, mut end, mut counted) = (self.pos, self.pos, 0);
        while counted < units {
            let lead = *bytes.get(end)?;
            // UTF-8 lead byte → bytes of the character; 4-byte characters are 2 UTF-16 units.
            let (len, u) = match lead {
                0..=0x7f => (1, 1),
                0xc0..=0xdf => (2, 1),
                0xe0..=0xef => (3, 1),
                _ => (4, 2),
            };
            end += len;
            counted += u;
        }
        // A count that ends inside a surrogate pair is malformed.
        let text = self.s.get(start..end).filter(|_| counted == units)?;
        self.pos = end;
        Some(text)
    }

    fn item(&mut self, depth: u8) -> Option<Item<'a>> {
        Some(match self.unit()? {
            0 => Item::Missing,
            1 => {
                let text = self.text()?;
                // The JS side never copies more; a longer text is malformed.
                if text.len() > 4 * MAX_INSPECTED_UTF16 as usize {
                    return None;
                }
                Item::Text(text)
            }
            2 => Item::Oversized,
            tag @ (3 | 4) if depth < MAX_DEPTH => {
                let n = self.number()?;
                if n > MAX_ITEMS {
                    return None;
                }
                let mut items = Vec::with_capacity(n as usize);
                for _ in 0..n {
                    items.push(self.item(depth + 1)?);
                }
                if tag == 3 {
                    Item::List(items)
                } else {
                    Item::Record(items)
                }
            }
            16 => Item::Bool(false),
            17 => Item::Bool(true),
            18 => Item::Date(self.text()?),
            // 5..=15 maps onto the 11 entries of TYPES: the index is always in range.
            t @ 5..=15 => Item::Other(TYPES[t as usize - 5]),
            _ => return None,
        })
    }
}

/// A result on its way to JS: numbers and texts in a fixed order that `js/wire.js` reads back.
pub struct Writer {
    out: String,
}

impl Default for Writer {
    fn default() -> Self {
        // Room for a full registrant's result without growing.
        Writer { out: String::with_capacity(256) }
    }
}

impl Writer {
    pub fn finish(self) -> String {
        self.out
    }

    pub fn number(&mut self, n: u32) {
        // Numbers on this wire are lengths, counts and offsets of bounded inputs.
        let n = n.min((0x5800 << 15) - 1);
        if n < 0x8000 {
            self.unit(n);
        } else {
            self.unit(0x8000 + (n >> 15));
            self.unit(n & 0x7fff);
        }
    }

    fn unit(&mut self, n: u32) {
        // Every unit written is below 0xd800 (see `number`): always a char.
        debug_assert!(n < 0xd800, "unit {n:#x} would be a surrogate");
        if let Some(c) = char::from_u32(n) {
            self.out.push(c);
        }
    }

    pub fn bool(&mut self, b: bool) {
        self.unit(b as u32);
    }

    pub fn text(&mut self, s: &str) {
        self.number(utf16_len(s));
        self.out.push_str(s);
    }

    /// An optional text: `0`, or `1` and the text.
    pub fn opt_text(&mut self, s: Option<&str>) {
        match s {
            None => self.unit(0),
            Some(s) => {
                self.unit(1);
                self.text(s);
            }
        }
    }

    pub fn texts<S: AsRef<str>>(&mut self, list: &[S]) {
        self.number(list.len() as u32);
        for s in list {
            self.text(s.as_ref());
        }
    }

    /// The issue list every result carries (`js/wire.js`: `Reader.issues`).
    pub fn issues(&mut self, issues: &[Issue]) {
        self.number(issues.len() as u32);
        for issue in issues {
            self.issue(issue);
        }
    }

    fn issue(&mut self, issue: &Issue) {
        self.number(issue.path.len() as u32);
        for seg in &issue.path {
            match seg {
                PathSegment::Key(k) => {
                    self.unit(0);
                    self.text(k);
                }
                PathSegment::Index(i) => {
                    self.unit(1);
                    self.number(*i as u32);
                }
            }
        }
        self.text(issue.code.as_str());
        self.unit(match issue.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
        });
        self.unit(match issue.risk {
            Risk::Rejection => 0,
            Risk::Revoke => 1,
            Risk::Bounce => 2,
        });
        self.text(&issue.message);
        self.opt_text(issue.suggestion.as_deref());
        match &issue.at {
            None => self.unit(0),
            Some(at) => {
                self.unit(1);
                self.number(at.position);
                self.text(&at.char);
                self.number(at.start);
                self.number(at.end);
            }
        }
        // Params: a count, then (key index, value) pairs in the order of `PARAMS` in js/wire.js.
        let p = &issue.params;
        let mut n = 0;
        let numbers = [p.count, p.min, p.max];
        let texts = [p.found.as_deref(), p.expected, p.date.as_deref(), p.example.as_deref(), p.country, p.vat_country, p.prefix.as_deref()];
        let tail = [p.domain.as_deref(), p.field.as_deref()];
        n += numbers.iter().flatten().count() + texts.iter().flatten().count() + tail.iter().flatten().count();
        n += p.lengths.is_some() as usize;
        self.number(n as u32);
        for (k, v) in numbers.iter().enumerate() {
            if let Some(v) = v {
                self.unit(k as u32);
                self.number(*v);
            }
        }
        for (k, v) in texts.iter().enumerate() {
            if let Some(v) = v {
                self.unit(3 + k as u32);
                self.text(v);
            }
        }
        if let Some(lengths) = &p.lengths {
            self.unit(10);
            self.number(lengths.len() as u32);
            for &(lo, hi) in lengths {
                self.number(lo.into());
                self.number(hi.into());
            }
        }
        for (k, v) in tail.iter().enumerate() {
            if let Some(v) = v {
                self.unit(11 + k as u32);
                self.text(v);
            }
        }
    }
}

/// Length of `s` in UTF-16 units: one per character, two for those outside the BMP.
pub fn utf16_len(s: &str) -> u32 {
    if s.is_ascii() {
        return s.len() as u32;
    }
    let mut n = 0;
    for &b in s.as_bytes() {
        // A lead byte starts a character; a 4-byte lead starts a surrogate pair.
        n += ((b & 0xc0) != 0x80) as u32 + (b >= 0xf0) as u32;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_item(s: &str) -> String {
        let mut w = Writer::default();
        w.unit(1);
        w.text(s);
        w.finish()
    }

    #[test]
    fn utf16_lengths_match_javascript() {
        // `"é😀x".length` is 4 in JS; U+FFFD (a lone surrogate as it reaches wasm) is 1.
        assert_eq!(utf16_len("é😀x"), 4);
        assert_eq!(utf16_len("\u{fffd}"), 1);
        assert_eq!(utf16_len(""), 0);
        for s in ["abc", "Jan D’Hondt", "ﬁ\u{a0}€", "𝔘𝔫𝔦"] {
            assert_eq!(utf16_len(s) as usize, s.encode_utf16().count());
        }
    }

    #[test]
    fn numbers_round_trip_in_one_or_two_units() {
        for n in [0, 1, 0x7fff, 0x8000, 70_000, (0x5800 << 15) - 1] {
            let mut w = Writer::default();
            w.number(n);
            let s = w.finish();
            assert_eq!(s.chars().count(), if n < 0x8000 { 1 } else { 2 });
            assert_eq!(Reader { s: &s, pos: 0 }.number(), Some(n));
        }
    }

    #[test]
    fn long_texts_take_a_two_unit_length() {
        let long = "é".repeat(0x8000 + 5);
        let mut w = Writer::default();
        w.text(&long);
        w.text("x");
        let s = w.finish();
        let mut r = Reader { s: &s, pos: 0 };
        assert_eq!((r.text(), r.text()), (Some(long.as_str()), Some("x")));
    }

    #[test]
    fn texts_are_delimited_by_utf16_length() {
        let wire = text_item("é😀x") + &text_item("") + "\u{5}\u{0}";
        assert_eq!(read(&wire), Some(vec![Item::Text("é😀x"), Item::Text(""), Item::Other("null"), Item::Missing]));
    }

    #[test]
    fn lists_and_records_nest() {
        let wire = format!("\u{4}\u{2}\u{3}\u{2}{}\u{f}\u{2}", text_item("a"));
        let street = Item::List(vec![Item::Text("a"), Item::Other("exception")]);
        assert_eq!(read(&wire), Some(vec![Item::Record(vec![street, Item::Oversized])]));
    }

    /// What js/wire.js writes for a value, for building requests here.
    fn enc(item: &Item<'_>) -> String {
        let mut w = Writer::default();
        match item {
            Item::Missing => w.unit(0),
            Item::Text(s) => {
                w.unit(1);
                w.text(s);
            }
            Item::Oversized => w.unit(2),
            Item::List(items) | Item::Record(items) => {
                w.unit(if matches!(item, Item::List(_)) { 3 } else { 4 });
                w.number(items.len() as u32);
                return w.finish() + &items.iter().map(enc).collect::<String>();
            }
            Item::Bool(b) => w.unit(16 + *b as u32),
            Item::Date(ms) => {
                w.unit(18);
                w.text(ms);
            }
            Item::Other(t) => w.unit(5 + TYPES.iter().position(|x| x == t).unwrap() as u32),
        }
        w.finish()
    }

    fn round_trip(items: &[Item<'_>]) -> String {
        let wire: String = items.iter().map(enc).collect();
        assert_eq!(read(&wire).as_deref(), Some(items), "{wire:?}");
        wire
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
        use crate::registrant::{Field, Street};
        use registrant::{request, Request};
        let form = Item::Record(vec![
            Item::Text("Jan"),
            Item::Missing,
            Item::List(vec![Item::Text("Kerkstraat 1"), Item::Other("number")]),
            Item::Other("exception"),
        ]);
        let unknown = Item::List(vec![Item::Text("nmae")]);
        let options = |lang, only| Item::Record(vec![lang, Item::Missing, only]);
        let wire = round_trip(&[options(Item::Text("nl-BE"), Item::Missing), form.clone(), unknown.clone()]);
        let items = read(&wire).unwrap();
        let Ok(Request::Form(input, opts)) = request(&items) else { panic!("a form") };
        assert_eq!(opts.lang, Lang::Nl);
        assert_eq!(input.name, Input::Text("Jan"));
        assert_eq!(input.street, Street::Lines(vec![Input::Text("Kerkstraat 1"), Input::WrongType("number")]));
        assert_eq!(input.city, Input::WrongType("exception"));
        assert_eq!(input.unknown, vec!["nmae".to_string()]);
        // Per-field mode: unknown keys are not reported.
        let only = Item::List(vec![Item::Text("postalCode")]);
        let items = vec![options(Item::Missing, only), form.clone(), unknown.clone()];
        let Ok(Request::Form(input, opts)) = request(&items) else { panic!("a form") };
        assert_eq!((opts.only, input.unknown.len()), (Some(vec![Field::PostalCode]), 0));
        // Not an object: its type.
        let items = vec![Item::Missing, Item::List(vec![]), Item::Missing];
        assert!(matches!(request(&items), Ok(Request::NotAnObject("array", _))));
        // Options that make no sense.
        let error = |options: Item<'static>| match request(&[options, form.clone(), Item::Missing]) {
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
        let Ok(Request::Form(_, opts)) = request(&[options(Item::Oversized, Item::Missing), form, Item::Missing]) else { panic!() };
        assert_eq!(opts.lang, Lang::En);
    }

    #[test]
    fn a_registrant_answer_reads_back_as_written() {
        use crate::registrant::{validate_registrant, RegistrantInput, RegistrantOptions, Street};
        let input = RegistrantInput {
            name: Input::Text("Jan D\u{2019}Hondt"),
            city: Input::Text("Gent 😀"),
            street: Street::Lines(vec![Input::Text("Kerkstraat 1"), Input::Text("bus 2")]),
            postal_code: Input::Text("280"),
            country: Input::Text("BE"),
            phone: Input::Text("+43 1"),
            email: Input::Text("jan@gmial.com"),
            unknown: vec!["nmae".into()],
            ..Default::default()
        };
        let report = validate_registrant(&input, &RegistrantOptions { lang: Lang::Fr, ..Default::default() });
        let answer = registrant::write(&report);
        let (valid, values, issues) = read_registrant_answer(&answer).expect("well formed");
        assert_eq!(valid, report.valid);
        let v = &report.value;
        assert_eq!(values[..4], [v.name.as_str(), v.organization.as_str(), "Kerkstraat 1", "bus 2"]);
        assert_eq!(values[4..], [&v.city, &v.postal_code, &v.country, &v.email, &v.phone, &v.fax, &v.vat, &v.language].map(String::as_str));
        let expected: Vec<(&str, &str)> = report.issues.iter().map(|i| (i.code.as_str(), i.message.as_str())).collect();
        assert_eq!(issues, expected);
        assert!(report.issues.iter().any(|i| i.params.lengths.is_some() && i.at.is_none()), "a phone length issue with ranges");
        assert!(report.issues.iter().any(|i| i.at.is_some() && i.suggestion.is_some()), "a located charset issue with a suggestion");
    }

    #[test]
    fn auth_code_options_and_the_clock() {
        let opts = |issued: Item<'static>, now: Item<'static>| vec![Item::Text("123"), Item::Record(vec![Item::Missing, Item::Text("internal"), issued, now])];
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
        let bad_kind = vec![Item::Missing, Item::Record(vec![Item::Missing, Item::Text("inside")])];
        assert_eq!(auth_code(&bad_kind, || 0).err().as_deref(), Some("options.kind must be 'external' or 'internal'"));
    }

    #[test]
    fn transfer_requests() {
        let mut values = vec![Item::Missing; 11];
        values[0] = Item::Other("number");
        values[4] = Item::List(vec![Item::Text("clientTransferProhibited"), Item::Other("number")]);
        values[5] = Item::Bool(true);
        values[7] = Item::List(vec![Item::Text("ns1.example.be"), Item::Text("ns2.example.be")]);
        let r = transfer(&Item::Record(values.clone()), Lang::Fr, || 0).unwrap();
        assert_eq!(r.kind, Some(AuthCodeKind::External), "a type that is no string reads as external");
        assert_eq!(r.statuses, vec!["clientTransferProhibited".to_string()]);
        assert_eq!((r.revoke_procedure, r.quarantine, r.nameservers), (true, false, Some(2)));
        values[0] = Item::Text("sideways");
        assert_eq!(transfer(&Item::Record(values.clone()), Lang::Fr, || 0).err().as_deref(), Some("request.type must be 'external' or 'internal'"));
        values[0] = Item::Missing;
        values[6] = Item::Text("yes");
        assert_eq!(transfer(&Item::Record(values), Lang::Fr, || 0).err().as_deref(), Some("quarantine must be true or false"));
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
    fn malformed_wires_are_refused_not_panicked_on() {
        for wire in ["\u{1}\u{5}ab", "\u{1}\u{1}😀", "\u{3}\u{41}", "\u{13}", "\u{4}\u{1}", "\u{4}\u{1}\u{4}\u{1}\u{4}\u{1}\u{4}\u{1}\u{4}\u{1}\u{0}", "\u{1}\u{8000}"] {
            assert_eq!(read(wire), None, "{wire:?}");
        }
    }
}

/// `validateRegistrant(input, options)` as `js/wire.js` (`packRegistrant`) writes it: the options
/// record (`lang`, `domain`, `only`), the input (a record of [`Field::ALL`] when it is an
/// object), and the list of its other enumerable keys.
pub mod registrant {
    use super::{Item, Opts, Writer};
    use crate::registrant::{Field, RegistrantInput, RegistrantOptions, RegistrantReport, Street};

    /// Street lines read at most (three are allowed; more show that there are too many).
    const MAX_LINES: usize = 8;
    /// Longest `domain` option, in UTF-16 units.
    const MAX_DOMAIN: u32 = 1024;

    /// What a call asks for; `Err` is the message of the `TypeError` for options that make no
    /// sense (the input itself never causes one).
    // Made once per call and taken apart at once: boxing the form would cost an allocation.
    #[allow(clippy::large_enum_variant)]
    pub enum Request<'a> {
        Form(RegistrantInput<'a>, RegistrantOptions),
        /// The input is not an object: its type.
        NotAnObject(&'static str, RegistrantOptions),
    }

    pub fn request<'a>(items: &[Item<'a>]) -> Result<Request<'a>, String> {
        let [options, input, unknown] = items else { return Err("malformed request".into()) };
        let options = read_options(options)?;
        if !matches!(input, Item::Record(_)) {
            return Ok(Request::NotAnObject(input.type_name(), options));
        }
        let mut form = form(input);
        if options.only.is_none() {
            if let Item::List(keys) = unknown {
                form.unknown = keys.iter().filter_map(|k| if let Item::Text(k) = k { Some(k.chars().take(64).collect()) } else { None }).take(8).collect();
            }
        }
        Ok(Request::Form(form, options))
    }

    /// A registrant object's fields (js/wire.js `form`); anything but an object reads as empty.
    pub fn form<'a>(input: &Item<'a>) -> RegistrantInput<'a> {
        let values: &[Item<'a>] = if let Item::Record(v) = input { v } else { &[] };
        let get = |f: Field| values.get(f as usize).map_or(crate::input::Input::Missing, Item::input);
        let street = match values.get(Field::Street as usize) {
            Some(Item::List(lines)) => Street::Lines(lines.iter().take(MAX_LINES).map(Item::input).collect()),
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

    /// The options record, keys in the order of js/wire.js.
    const OPTIONS: [&str; 3] = ["lang", "domain", "only"];

    fn read_options(options: &Item<'_>) -> Result<RegistrantOptions, String> {
        let opts = Opts::new(options, &OPTIONS)?;
        // Read in this order, so that of several wrong options the first one is reported.
        let lang = opts.lang()?;
        let domain = opts.text("domain", MAX_DOMAIN)?;
        let only = match opts.get("only")? {
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
        Ok(RegistrantOptions { lang, domain, only })
    }

    /// The report, in the order `js/wire.js` (`unpackRegistrant`) reads it.
    pub fn write(report: &RegistrantReport) -> String {
        // The value's texts, then a message and its details per issue: one allocation, growing
        // only for long suggestions or characters (sizes are UTF-8 bytes plus room for numbers).
        let v = &report.value;
        let after_street = [&v.city, &v.postal_code, &v.country, &v.email, &v.phone, &v.fax, &v.vat, &v.language];
        let mut texts = v.name.len() + v.organization.len() + 2 * (2 + v.street.len() + after_street.len());
        for s in v.street.iter().chain(after_street) {
            texts += s.len();
        }
        let issues: usize = report.issues.iter().map(|i| i.message.len() + 48).sum();
        let mut w = Writer { out: String::with_capacity(16 + texts + issues) };
        w.bool(report.valid);
        w.text(&v.name);
        w.text(&v.organization);
        w.texts(&v.street);
        for s in after_street {
            w.text(s);
        }
        w.issues(&report.issues);
        w.finish()
    }
}

/// An answer of [`registrant::write`] read back the way js/wire.js reads it: `valid`, the value's
/// texts in order (street lines in place), and each issue's code and message. `None` if it is
/// malformed or has bytes left over. For tests and the fuzzer: the two ends must agree.
pub fn read_registrant_answer(answer: &str) -> Option<(bool, Vec<&str>, Vec<(&str, &str)>)> {
    let mut r = Reader { s: answer, pos: 0 };
    let valid = r.number()? == 1;
    let mut values = vec![r.text()?, r.text()?];
    for _ in 0..r.number()? {
        values.push(r.text()?);
    }
    for _ in 0..8 {
        values.push(r.text()?);
    }
    let mut issues = Vec::new();
    for _ in 0..r.number()? {
        for _ in 0..r.number()? {
            if r.number()? == 0 {
                r.text()?;
            } else {
                r.number()?;
            }
        }
        let code = r.text()?;
        let (_severity, _risk) = (r.number()?, r.number()?);
        let message = r.text()?;
        if r.number()? == 1 {
            r.text()?; // suggestion
        }
        if r.number()? == 1 {
            let (_position, _char, _start, _end) = (r.number()?, r.text()?, r.number()?, r.number()?);
        }
        for _ in 0..r.number()? {
            match r.number()? {
                0..=2 => drop(r.number()?),
                10 => {
                    for _ in 0..r.number()? {
                        let (_lo, _hi) = (r.number()?, r.number()?);
                    }
                }
                3..=12 => drop(r.text()?),
                _ => return None,
            }
        }
        issues.push((code, message));
    }
    (r.pos == answer.len()).then_some((valid, values, issues))
}

/// An options object (or a request object read the same way): its values for `keys`, in the
/// order js/wire.js wrote them. Options that make no sense are an `Err` with the message of
/// the `TypeError` the call throws.
pub struct Opts<'i, 'a> {
    item: &'i Item<'a>,
    keys: &'static [&'static str],
}

impl<'i, 'a> Opts<'i, 'a> {
    /// `undefined` and `null` are no options; anything but an object throws.
    pub fn new(item: &'i Item<'a>, keys: &'static [&'static str]) -> Result<Self, String> {
        match item {
            v if v.is_absent() || matches!(v, Item::Record(_)) => Ok(Opts { item, keys }),
            other => Err(["options must be an object, not ", other.type_name()].concat()),
        }
    }

    /// The value of `key`; a getter that threw is a `TypeError` naming the key.
    pub fn get(&self, key: &str) -> Result<&'i Item<'a>, String> {
        debug_assert!(self.keys.contains(&key), "{key} is not among the keys js/wire.js writes");
        let i = self.keys.iter().position(|k| *k == key).unwrap_or(usize::MAX);
        match self.item.key(i) {
            Item::Other("exception") => Err(["reading options.", key, " threw"].concat()),
            v => Ok(v),
        }
    }

    /// `lang`: a language tag; `nl-BE` is read as `nl`, an unknown language falls back to English.
    pub fn lang(&self) -> Result<Lang, String> {
        Ok(match self.get("lang")? {
            v if v.is_absent() => Lang::En,
            // A tag longer than any real one is no language we have.
            Item::Text(tag) if tag.len() <= 64 => Lang::from_tag(tag).unwrap_or(Lang::En),
            Item::Text(_) | Item::Oversized => Lang::En,
            _ => return Err("options.lang must be a string such as 'nl'".into()),
        })
    }

    /// A yes/no option: `true` only for `true` (a truthy string or number is not a decision).
    pub fn flag(&self, key: &str) -> Result<bool, String> {
        match self.get(key)? {
            Item::Bool(b) => Ok(*b),
            v if v.is_absent() => Ok(false),
            _ => Err([key, " must be true or false"].concat()),
        }
    }

    /// A short string option, at most `max` UTF-16 units, or nothing.
    pub fn text(&self, key: &str, max: u32) -> Result<Option<String>, String> {
        match self.get(key)? {
            v if v.is_absent() => Ok(None),
            Item::Text(s) if utf16_len(s) <= max => Ok(Some(s.to_string())),
            _ => Err(["options.", key, " must be a string"].concat()),
        }
    }

    /// `kind`: `external` or `internal`.
    pub fn kind(&self) -> Result<Option<AuthCodeKind>, String> {
        match self.get("kind")? {
            v if v.is_absent() => Ok(None),
            Item::Text("external") => Ok(Some(AuthCodeKind::External)),
            Item::Text("internal") => Ok(Some(AuthCodeKind::Internal)),
            _ => Err("options.kind must be 'external' or 'internal'".into()),
        }
    }

    /// A moment: an ISO 8601 string or a `Date`. Anything else is handed on as text that is not
    /// a date, so the core reports `invalid_date` for it.
    pub fn date(&self, key: &str) -> Result<Option<String>, String> {
        Ok(match self.get(key)? {
            v if v.is_absent() => None,
            Item::Date(ms) => Some(ms.parse::<i64>().map(time::format_iso).unwrap_or_default()),
            Item::Text(s) if utf16_len(s) <= 64 => Some(s.to_string()),
            _ => Some(String::new()),
        })
    }

    /// `now`, or — when an expiry is to be checked (`needed`) and none is given — `clock()`:
    /// the core has no clock on wasm32, and reads none it does not need.
    pub fn now_if(&self, needed: bool, clock: impl FnOnce() -> i64) -> Result<Option<String>, String> {
        Ok(match self.date("now")? {
            None if needed => Some(time::format_iso(clock())),
            now => now,
        })
    }

    /// A list of short strings (other items skipped), or `None` if the value is no list.
    pub fn strings(&self, key: &str) -> Result<Option<Vec<String>>, String> {
        Ok(match self.get(key)? {
            Item::List(items) => Some(items.iter().filter_map(|i| if let Item::Text(s) = i { Some(*s) } else { None }).filter(|s| s.len() <= 256).map(String::from).collect()),
            _ => None,
        })
    }
}

/// The options of the calls that take only a language.
const LANG_ONLY: [&str; 1] = ["lang"];

/// `checkAuthCode(code, options)`: the code, then the options.
pub fn auth_code<'a>(items: &[Item<'a>], clock: impl FnOnce() -> i64) -> Result<(Input<'a>, AuthCodeOptions), String> {
    const OPTIONS: [&str; 4] = ["lang", "kind", "issuedAt", "now"];
    let [code, options] = items else { return Err("malformed request".into()) };
    let opts = Opts::new(options, &OPTIONS)?;
    let issued_at = opts.date("issuedAt")?;
    let now = opts.now_if(issued_at.is_some(), clock)?;
    Ok((code.input(), AuthCodeOptions { kind: opts.kind()?, issued_at, now, lang: opts.lang()? }))
}

/// The calls that take one value and a language (`validateDomainName`, `whoisPreview`,
/// `validateNameservers`, `checkTransfer`): the value, then the options.
pub fn with_lang<'i, 'a>(items: &'i [Item<'a>]) -> Result<(&'i Item<'a>, Lang), String> {
    let [value, options] = items else { return Err("malformed request".into()) };
    Ok((value, Opts::new(options, &LANG_ONLY)?.lang()?))
}

/// `validateNameservers`' input record: `domain`, `group`, `nameservers` — each name server a
/// host name or a record of `host` and `ips`. `Err(found)`: `nameservers` is there but no list.
pub fn nameservers<'a>(input: &Item<'a>) -> (NameserversInput<'a>, Option<&'static str>) {
    let (nameservers, not_a_list) = match input.key(2) {
        Item::List(list) => (list.iter().take(MAX_NAMESERVERS + 1).map(nameserver).collect(), None),
        v if v.is_absent() || matches!(v, Item::Other("exception")) => (Vec::new(), None),
        other => (Vec::new(), Some(other.type_name())),
    };
    (NameserversInput { domain: input.key(0).input(), group: input.key(1).input(), nameservers }, not_a_list)
}

/// One name server: its host name as a string, or `{ host, ips }` (`ips` one address or a list).
fn nameserver<'a>(entry: &Item<'a>) -> NameserverInput<'a> {
    match entry {
        Item::Record(_) => {
            let ips = match entry.key(1) {
                v if v.is_absent() || matches!(v, Item::Other("exception")) => None,
                Item::List(ips) => Some(ips.iter().take(16).map(Item::input).collect()),
                ip => Some(vec![ip.input()]),
            };
            NameserverInput { host: entry.key(0).input(), ips }
        }
        Item::Missing => NameserverInput { host: Input::WrongType("undefined"), ips: None },
        other => NameserverInput { host: other.input(), ips: None },
    }
}

/// `decideContactChange(current, proposed, context)`'s context record.
pub fn change_context(context: &Item<'_>) -> Result<ChangeContext, String> {
    const CONTEXT: [&str; 3] = ["lang", "revokeProcedure", "monitoredUpdateApproved"];
    let opts = Opts::new(context, &CONTEXT)?;
    Ok(ChangeContext { revoke_procedure: opts.flag("revokeProcedure")?, monitored_update_approved: opts.flag("monitoredUpdateApproved")?, lang: opts.lang()? })
}

/// `checkTransfer(request, options)`: the request record, read like options (its getters
/// throwing is a `TypeError`), with the language from the options.
pub fn transfer<'a>(request: &Item<'a>, lang: Lang, clock: impl FnOnce() -> i64) -> Result<TransferRequest<'a>, String> {
    const REQUEST: [&str; 11] = ["type", "authCode", "authCodeIssuedAt", "now", "statuses", "revokeProcedure", "quarantine", "nameservers", "nameserverGroup", "registrantChange", "heldByRegistry"];
    let req = Opts::new(request, &REQUEST)?;
    let kind = match req.get("type")? {
        Item::Text("internal") => AuthCodeKind::Internal,
        Item::Text("external") => AuthCodeKind::External,
        Item::Text(_) | Item::Oversized => return Err("request.type must be 'external' or 'internal'".into()),
        _ => AuthCodeKind::External,
    };
    let auth_code = req.get("authCode")?.input();
    let nameservers = req.strings("nameservers")?.map(|n| n.len());
    let auth_code_issued_at = req.date("authCodeIssuedAt")?;
    // The fields below are read in this order too (the first wrong one is reported).
    Ok(TransferRequest {
        kind: Some(kind),
        auth_code,
        now: req.now_if(auth_code_issued_at.is_some(), clock)?,
        auth_code_issued_at,
        statuses: req.strings("statuses")?.unwrap_or_default(),
        revoke_procedure: req.flag("revokeProcedure")?,
        quarantine: req.flag("quarantine")?,
        nameservers,
        nameserver_group: req.text("nameserverGroup", 1024)?.is_some_and(|g| !g.trim().is_empty()),
        registrant_change: req.flag("registrantChange")?,
        held_by_registry: req.flag("heldByRegistry")?,
        lang,
    })
}
