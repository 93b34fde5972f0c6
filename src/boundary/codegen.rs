//! Writes `js/boundary.js`, the JS side of the boundary, from the Rust definitions: the records
//! and calls of [`super::shape`] for the arguments, and the serde derives of the result types
//! for the answers. Native only; `make` runs it (`cargo run --example boundary-js`) and a test
//! fails when the committed file differs from what it writes.
//!
//! The answer readers are made from *shapes recorded* while serializing a corpus of real results
//! (a serde `Serializer` that notes each struct's fields, in order, and what each held). A field
//! whose value the corpus never shows, an empty list whose items are never seen, or a value
//! outside the answers' data model stops the generator with its name: the corpus must then
//! show it. (serde-reflection, the maintained tracer, cannot be used here: it drops fields that
//! `skip_serializing_if` skips, and then refuses to merge two samples of the same struct.)

use std::collections::BTreeMap;

use serde::ser::{self, Serialize};

use super::answer;
use super::shape::{self, tag, Arg, CALLS, RECORDS};

/// What a value was seen to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Nothing seen yet (only `None`, or an empty list).
    Unknown,
    Bool,
    Number,
    Text,
    /// Texts and numbers at the same place (an issue's path).
    Scalar,
    List(Box<Shape>),
    /// A fixed number of values, as a JS array.
    Tuple(Vec<Shape>),
    Struct(&'static str),
    /// An `Option`: `null` or absent when `None`, as serde writes it.
    Option(Box<Shape>),
}

fn merge(a: Shape, b: Shape) -> Result<Shape, String> {
    use Shape::*;
    Ok(match (a, b) {
        (Unknown, x) | (x, Unknown) => x,
        (Option(a), Option(b)) => Option(Box::new(merge(*a, *b)?)),
        (Option(a), b) | (b, Option(a)) => Option(Box::new(merge(*a, b)?)),
        (a, b) if a == b => a,
        (Text | Number | Scalar, Text | Number | Scalar) => Scalar,
        (List(a), List(b)) => List(Box::new(merge(*a, *b)?)),
        (Tuple(a), Tuple(b)) if a.len() == b.len() => Tuple(a.into_iter().zip(b).map(|(a, b)| merge(a, b)).collect::<Result<_, _>>()?),
        (a, b) => return Err(format!("incompatible values at one place: {a:?} and {b:?}")),
    })
}

/// A struct's fields, in order: name, shape, whether serde skipped it.
#[derive(Default)]
struct StructShape {
    fields: Vec<(&'static str, Shape, bool)>,
}

/// The structs seen, by serde name.
#[derive(Default)]
pub struct Recorder {
    structs: BTreeMap<&'static str, StructShape>,
    roots: Vec<(&'static str, Shape)>,
}

#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Error {}
impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

impl Recorder {
    /// Notes the shape of `value`, the answer of the export `call`.
    pub fn record<T: Serialize + ?Sized>(&mut self, call: &'static str, value: &T) -> Result<(), String> {
        // The value must also be writable as an answer.
        answer::write(value).map_err(|e| format!("{call}: {}", e.message()))?;
        let shape = value.serialize(&mut *self).map_err(|e| format!("{call}: {}", e.0))?;
        match self.roots.iter_mut().find(|(c, _)| *c == call) {
            Some((_, s)) => *s = merge(std::mem::replace(s, Shape::Unknown), shape)?,
            None => self.roots.push((call, shape)),
        }
        Ok(())
    }

    fn note_struct(&mut self, name: &'static str, fields: Vec<(&'static str, Option<Shape>)>) -> Result<(), Error> {
        let entry = self.structs.entry(name).or_default();
        if entry.fields.is_empty() {
            entry.fields = fields.iter().map(|(k, _)| (*k, Shape::Unknown, false)).collect();
        }
        if entry.fields.len() != fields.len() || entry.fields.iter().zip(&fields).any(|(a, b)| a.0 != b.0) {
            return Err(Error(format!("{name}: fields differ between two values")));
        }
        for (slot, (_, shape)) in entry.fields.iter_mut().zip(fields) {
            match shape {
                None => slot.2 = true,
                Some(s) => slot.1 = merge(std::mem::replace(&mut slot.1, Shape::Unknown), s).map_err(|e| Error(format!("{name}.{}: {e}", slot.0)))?,
            }
        }
        Ok(())
    }
}

/// A compound value under way.
pub struct Compound<'r> {
    rec: &'r mut Recorder,
    items: Shape,
    tuple: Option<Vec<Shape>>,
    name: &'static str,
    fields: Vec<(&'static str, Option<Shape>)>,
}

impl<'r> ser::Serializer for &'r mut Recorder {
    type Ok = Shape;
    type Error = Error;
    type SerializeSeq = Compound<'r>;
    type SerializeTuple = Compound<'r>;
    type SerializeTupleStruct = Compound<'r>;
    type SerializeTupleVariant = ser::Impossible<Shape, Error>;
    type SerializeMap = ser::Impossible<Shape, Error>;
    type SerializeStruct = Compound<'r>;
    type SerializeStructVariant = ser::Impossible<Shape, Error>;

    fn serialize_bool(self, _: bool) -> Result<Shape, Error> {
        Ok(Shape::Bool)
    }
    fn serialize_i8(self, _: i8) -> Result<Shape, Error> {
        Ok(Shape::Number)
    }
    fn serialize_i16(self, _: i16) -> Result<Shape, Error> {
        Ok(Shape::Number)
    }
    fn serialize_i32(self, _: i32) -> Result<Shape, Error> {
        Ok(Shape::Number)
    }
    fn serialize_i64(self, _: i64) -> Result<Shape, Error> {
        Ok(Shape::Number)
    }
    fn serialize_u8(self, _: u8) -> Result<Shape, Error> {
        Ok(Shape::Number)
    }
    fn serialize_u16(self, _: u16) -> Result<Shape, Error> {
        Ok(Shape::Number)
    }
    fn serialize_u32(self, _: u32) -> Result<Shape, Error> {
        Ok(Shape::Number)
    }
    fn serialize_u64(self, _: u64) -> Result<Shape, Error> {
        Ok(Shape::Number)
    }
    fn serialize_f32(self, _: f32) -> Result<Shape, Error> {
        Err(Error("a float".into()))
    }
    fn serialize_f64(self, _: f64) -> Result<Shape, Error> {
        Err(Error("a float".into()))
    }
    fn serialize_char(self, _: char) -> Result<Shape, Error> {
        Ok(Shape::Text)
    }
    fn serialize_str(self, _: &str) -> Result<Shape, Error> {
        Ok(Shape::Text)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Shape, Error> {
        Err(Error("bytes".into()))
    }
    fn serialize_none(self) -> Result<Shape, Error> {
        Ok(Shape::Option(Box::new(Shape::Unknown)))
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<Shape, Error> {
        Ok(Shape::Option(Box::new(value.serialize(self)?)))
    }
    fn serialize_unit(self) -> Result<Shape, Error> {
        Err(Error("a unit".into()))
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<Shape, Error> {
        Err(Error(format!("the unit struct {name}")))
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<Shape, Error> {
        Ok(Shape::Text)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> Result<Shape, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(self, name: &'static str, _: u32, _: &'static str, _: &T) -> Result<Shape, Error> {
        Err(Error(format!("an enum variant with data in {name}")))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'r>, Error> {
        Ok(Compound { rec: self, items: Shape::Unknown, tuple: None, name: "", fields: Vec::new() })
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'r>, Error> {
        Ok(Compound { rec: self, items: Shape::Unknown, tuple: Some(Vec::new()), name: "", fields: Vec::new() })
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'r>, Error> {
        self.serialize_tuple(len)
    }
    fn serialize_tuple_variant(self, name: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error(format!("an enum variant with data in {name}")))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(Error("a map".into()))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Compound<'r>, Error> {
        Ok(Compound { rec: self, items: Shape::Unknown, tuple: None, name, fields: Vec::new() })
    }
    fn serialize_struct_variant(self, name: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error(format!("an enum variant with data in {name}")))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = Shape;
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        let s = value.serialize(&mut *self.rec)?;
        self.items = merge(std::mem::replace(&mut self.items, Shape::Unknown), s).map_err(Error)?;
        Ok(())
    }
    fn end(self) -> Result<Shape, Error> {
        Ok(Shape::List(Box::new(self.items)))
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = Shape;
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        let s = value.serialize(&mut *self.rec)?;
        self.tuple.get_or_insert_with(Vec::new).push(s);
        Ok(())
    }
    fn end(self) -> Result<Shape, Error> {
        Ok(Shape::Tuple(self.tuple.unwrap_or_default()))
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = Shape;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeTuple::serialize_element(self, value)
    }
    fn end(self) -> Result<Shape, Error> {
        ser::SerializeTuple::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = Shape;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        let s = value.serialize(&mut *self.rec)?;
        self.fields.push((key, Some(s)));
        Ok(())
    }
    fn skip_field(&mut self, key: &'static str) -> Result<(), Error> {
        self.fields.push((key, None));
        Ok(())
    }
    fn end(self) -> Result<Shape, Error> {
        self.rec.note_struct(self.name, self.fields)?;
        Ok(Shape::Struct(self.name))
    }
}

/// The handwritten part of `js/boundary.js`: the generic packing helpers and the answer
/// `Reader`, which use the constants written above them.
const RUNTIME: &str = include_str!("../../js/boundary.runtime.js");

/// `js/boundary.js`, from the shapes of `rec` (every export's answer recorded) and the tables of
/// [`super::shape`]. `Err` names what the corpus left unknown.
pub fn javascript(rec: &Recorder) -> Result<String, String> {
    let mut js = String::from(
        "// GENERATED by `cargo run --example boundary-js` from src/boundary/ (shape.rs: the arguments;\n\
         // the result types' serde derives: the answers) and js/boundary.runtime.js. Do not edit:\n\
         // change those and run `make js/boundary.js` (a test fails while this file differs).\n\n",
    );
    // Constants and tags.
    js += &format!("const MAX_INSPECTED = {};\nconst MAX_ITEMS = {};\n", shape::MAX_INSPECTED_UTF16, shape::MAX_ITEMS);
    js += &format!(
        "const UNKNOWN_KEYS_SCANNED = {};\nconst UNKNOWN_KEYS_REPORTED = {};\nconst UNKNOWN_KEY_UNITS = {};\n",
        shape::UNKNOWN_KEYS_SCANNED,
        shape::UNKNOWN_KEYS_REPORTED,
        2 * shape::UNKNOWN_KEY_CHARS + 2
    );
    js += &format!(
        "const T_MISSING = {}, T_TEXT = {}, T_OVERSIZED = {}, T_LIST = {}, T_RECORD = {}, T_OTHER = {}, T_FALSE = {}, T_TRUE = {}, T_DATE = {}, T_BATCH = {}, T_LONG_TEXT = {};\n",
        tag::MISSING,
        tag::TEXT,
        tag::OVERSIZED,
        tag::LIST,
        tag::RECORD,
        tag::OTHER,
        tag::FALSE,
        tag::TRUE,
        tag::DATE,
        tag::BATCH,
        tag::LONG_TEXT
    );
    js += &format!("const TYPES = {};\n", list(&shape::TYPES));
    {
        use answer::tag as a;
        js += &format!(
            "const A_ABSENT = {}, A_NULL = {}, A_FALSE = {}, A_TRUE = {}, A_NUMBER = {}, A_TEXT = {}, A_LIST = {}, A_STRUCT = {};\n",
            a::ABSENT,
            a::NULL,
            a::FALSE,
            a::TRUE,
            a::NUMBER,
            a::TEXT,
            a::LIST,
            a::STRUCT
        );
    }
    js += "\n// The keys each call reads, in the order Rust reads them (src/boundary/shape.rs).\n";
    for (name, keys) in RECORDS {
        js += &format!("const {name} = {};\n", list(keys));
    }
    js += "// The keys of the records whose other keys are reported (an unknown option, a misspelt field).\n";
    for (name, _) in RECORDS {
        if CALLS.iter().any(|c| c.args.iter().any(|a| matches!(a, Arg::UnknownKeys(_, k) if k == name))) {
            js += &format!("const KNOWN_{name} = /* @__PURE__ */ new Set({name});\n");
        }
    }
    js += "\n";
    js += RUNTIME;
    js += "\n// Packers: each call's JS arguments as one string (src/boundary/shape.rs, CALLS).\n";
    for call in CALLS {
        let mut parts = Vec::new();
        for arg in call.args {
            parts.push(match arg {
                Arg::Value(p) => format!("leaf({p})"),
                Arg::Record(p, keys, _, None) => format!("record({p}, {keys})"),
                Arg::Record(p, keys, names, Some(special)) => {
                    let i = names.iter().position(|k| k == special).ok_or_else(|| format!("{special} is no key of {keys}"))?;
                    format!("record({p}, {keys}, (v, i) => (i === {i} ? value(v, nameserver) : value(v)))")
                }
                Arg::UnknownKeys(p, keys) => format!("unknownKeys({p}, KNOWN_{keys})"),
                Arg::Batch(p, keys, _) => format!("batch({p}, {keys})"),
                Arg::LongText(p) => format!("longText({p})"),
            });
        }
        js += &format!("export const pack{} = ({}) => {};\n", capital(call.js), call.params.join(", "), parts.join(" + "));
    }

    // Answer readers, one per struct, named after the Rust type.
    js += "\n// Answer readers, one per result type (from their serde derives).\n";
    for (name, s) in &rec.structs {
        js += &struct_reader(name, s)?;
    }
    js += "\n// What each export answers.\n";
    for (call, shape) in &rec.roots {
        js += &format!("export const unpack{} = (s) => {};\n", capital(call), reader(&format!("{call}()"), shape, "new Reader(s)")?);
    }
    js += "\n// The exports over a wasm-bindgen glue `w` (the entries bind it and check it is loaded).\n";
    for call in CALLS {
        if !rec.roots.iter().any(|(c, _)| *c == call.js) {
            return Err(format!("no answer of {} in the corpus", call.js));
        }
        let (name, params) = (capital(call.js), call.params.join(", "));
        js += &format!("export const {} = (w, {params}) => unpack{name}(w.{}(pack{name}({params})));\n", call.js, call.js);
    }
    Ok(js)
}

/// `validateRegistrant` → `ValidateRegistrant`.
fn capital(name: &str) -> String {
    name[..1].to_uppercase() + &name[1..]
}

fn list(items: &[&str]) -> String {
    format!("[{}]", items.iter().map(|k| format!("'{k}'")).collect::<Vec<_>>().join(", "))
}

/// A JS expression reading one value of `shape` from the reader `r`.
fn reader(place: &str, shape: &Shape, r: &str) -> Result<String, String> {
    Ok(match shape {
        Shape::Unknown => return Err(format!("{place}: no value of it in the corpus")),
        Shape::Bool => format!("{r}.bool()"),
        Shape::Number => format!("{r}.number()"),
        Shape::Text => format!("{r}.text()"),
        Shape::Scalar | Shape::Tuple(_) => {
            if let Shape::Tuple(items) = shape {
                for (i, s) in items.iter().enumerate() {
                    if !matches!(s, Shape::Bool | Shape::Number | Shape::Text | Shape::Scalar) {
                        return Err(format!("{place}[{i}]: only plain values in a tuple"));
                    }
                }
            }
            format!("{r}.any()")
        }
        Shape::List(item) => match &**item {
            Shape::Struct(name) => format!("{r}.list(read{name})"),
            Shape::Unknown => return Err(format!("{place}: never seen with an item")),
            Shape::Text => format!("{r}.texts()"),
            other => {
                reader(&format!("{place}[]"), other, "r")?;
                format!("{r}.any()")
            }
        },
        Shape::Struct(name) => format!("read{name}({r})"),
        Shape::Option(inner) => format!("({r}.isNull() ? null : {})", reader(place, inner, r)?),
    })
}

fn struct_reader(name: &str, s: &StructShape) -> Result<String, String> {
    let mut literal = Vec::new();
    let mut rest = String::new();
    for (field, shape, skipped) in &s.fields {
        let place = format!("{name}.{field}");
        // An option may be `null` or absent; a field serde skipped may be absent.
        let optional = *skipped || matches!(shape, Shape::Option(_));
        if *skipped && matches!(shape, Shape::Unknown) {
            return Err(format!("{place}: never seen with a value"));
        }
        let read = reader(&place, shape, "r")?;
        if optional || !rest.is_empty() {
            let cond = if optional { "if (r.has()) " } else { "" };
            rest += &format!("  {cond}o.{field} = {read};\n");
        } else {
            literal.push(format!("{field}: {read}"));
        }
    }
    Ok(if rest.is_empty() {
        format!("function read{name}(r) {{\n  r.struct();\n  return {{ {} }};\n}}\n", literal.join(", "))
    } else {
        format!("function read{name}(r) {{\n  r.struct();\n  const o = {{ {} }};\n{rest}  return o;\n}}\n", literal.join(", "))
    })
}

/// The corpus: real results of every export, chosen so that every field of every result type
/// holds a value at least once. Each call's answer type
/// is recorded under its JS name.
pub fn corpus() -> Result<Recorder, String> {
    use crate::authcode::{check_auth_code_input, AuthCodeKind, AuthCodeOptions};
    use crate::change::{check_transfer, decide_contact_change, whois_preview, ChangeContext, TransferRequest};
    use crate::domain::{validate_domain_name, validate_nameservers, NameserverInput, NameserversInput};
    use crate::input::Input;
    use crate::lang::Lang;
    use crate::registrant::{country_list, validate_registrant, RegistrantInput, RegistrantOptions, Street};

    let mut rec = Recorder::default();
    let person = RegistrantInput {
        name: Input::Text("Jan D\u{2019}Hondt"),
        street: Street::Lines(vec![Input::Text("Kerkstraat 1"), Input::WrongType("number")]),
        city: Input::Text("Gent"),
        postal_code: Input::Text("B-9000"),
        country: Input::Text("BE"),
        email: Input::Text("jan@gmial.com"),
        phone: Input::Text("0475 1"),
        fax: Input::Text("+999 1"),
        vat: Input::Text("NL123456789B01"),
        language: Input::Text("nl"),
        unknown: vec!["nmae".into()],
        ..Default::default()
    };
    let org = RegistrantInput {
        name: Input::Text("Jan Peeters"),
        organization: Input::Text(&"Brouwerij ".repeat(12)),
        street: Street::Text(Input::Text("Kerkstraat 1")),
        city: Input::Text("Gent"),
        postal_code: Input::Text("9000"),
        country: Input::Text("BE"),
        email: Input::Text("info@brouwerij.be"),
        phone: Input::Text("+32 9 123 45 67"),
        vat: Input::Text("BE0403170701"),
        language: Input::Text("fr"),
        ..Default::default()
    };
    let domain = RegistrantOptions { domain: Some("brouwerij.be".into()), ..Default::default() };
    for (input, options) in [(&person, &RegistrantOptions::default()), (&org, &domain), (&RegistrantInput::default(), &RegistrantOptions::default())] {
        rec.record("validateRegistrant", &validate_registrant(input, options))?;
    }
    rec.record("countries", &country_list(Lang::Nl))?;

    let at = |issued: &str, now: &str| AuthCodeOptions { issued_at: Some(issued.into()), now: Some(now.into()), ..Default::default() };
    for (code, options) in [
        (Input::Text("123 456 789 012 345"), at("2026-11-01T00:00:00Z", "2026-11-30T00:00:00Z")),
        (Input::Text("123-456-789-012-34"), AuthCodeOptions { kind: Some(AuthCodeKind::External), ..Default::default() }),
        (Input::WrongType("number"), AuthCodeOptions::default()),
        (Input::Text(&"1".repeat(80)), AuthCodeOptions::default()),
    ] {
        rec.record("checkAuthCode", &check_auth_code_input(code, &options))?;
    }

    for name in ["café.be", "-x.be", "shop.example.be", "łódź"] {
        rec.record("validateDomainName", &validate_domain_name(Input::Text(name), Lang::De))?;
    }

    let ns = |host, ips: Option<Vec<Input<'static>>>| NameserverInput { host: Input::Text(host), ips };
    for input in [
        NameserversInput { domain: Input::Text("example.be"), nameservers: vec![ns("ns1.example.be", Some(vec![Input::Text("192.0.2.1")])), ns("ns2.example.net", None)], group: Input::Missing },
        NameserversInput { domain: Input::Text("example.be"), nameservers: vec![], group: Input::Text("my-group") },
        NameserversInput { domain: Input::Text("example.be"), nameservers: vec![ns("ns1.example.net", None)], group: Input::Missing },
    ] {
        rec.record("validateNameservers", &validate_nameservers(&input, Lang::Fr))?;
    }

    let renamed = RegistrantInput { organization: Input::Text("Brouwerij Het Anker"), ..org.clone() };
    let context = ChangeContext::default();
    for (current, proposed) in [(&org, &renamed), (&org, &person), (&org, &org)] {
        rec.record("decideContactChange", &decide_contact_change(current, proposed, &context))?;
    }

    let transfer = |auth_code, statuses: Vec<String>| TransferRequest {
        kind: Some(AuthCodeKind::External),
        auth_code,
        auth_code_issued_at: None,
        now: None,
        statuses,
        revoke_procedure: false,
        quarantine: false,
        nameservers: Some(2),
        nameserver_group: false,
        registrant_change: false,
        held_by_registry: false,
        lang: Lang::Nl,
    };
    for request in [transfer(Input::Text("123-456-789-012-345"), vec![]), transfer(Input::Missing, vec!["clientTransferProhibited".into()])] {
        rec.record("checkTransfer", &check_transfer(&request))?;
    }

    for r in [&org, &person] {
        rec.record("whoisPreview", &whois_preview(r, Lang::En))?;
    }

    // The portfolio audit (spec §7): a batch with fixes of a street line and of a field, a
    // shared invalid address, and a report with every part filled in.
    {
        use super::calls::{AuditBatch, RecordFix};
        use crate::audit::{Audit, AuditOptions, AuditRecord, MailDomain};
        let lines = RegistrantInput { street: Street::Lines(vec![Input::Text("Kerkstraat 1"), Input::Text("Bus 3\u{2019}")]), ..org.clone() };
        let reserved = RegistrantInput { email: Input::Text("info@example.com"), ..org.clone() };
        let records = [
            AuditRecord { registrant: person.clone(), domains: Some(3), names: vec!["jan.be"], id: Some("c1"), line: 2, mail: MailDomain::Unknown },
            AuditRecord { registrant: lines, domains: Some(2), names: vec![], id: None, line: 3, mail: MailDomain::Accepts },
            AuditRecord { registrant: reserved.clone(), domains: None, names: vec![], id: None, line: 4, mail: MailDomain::Unknown },
            AuditRecord { registrant: reserved, domains: Some(1), names: vec![], id: None, line: 5, mail: MailDomain::NotFound },
        ];
        let mut audit = Audit::new(AuditOptions { lang: Lang::Fr, fix_first: 10 });
        let mut batch = AuditBatch { contacts: 0, valid: 0, fixes: Vec::new() };
        for (index, r) in (0..).zip(&records) {
            let added = audit.add(r);
            batch.contacts += 1;
            batch.valid += u32::from(added.valid);
            if !added.changes.is_empty() {
                batch.fixes.push(RecordFix { index, changes: added.changes });
            }
        }
        rec.record("auditStart", &true)?;
        rec.record("auditAdd", &batch)?;
        rec.record("auditState", &audit.export_state())?;
        rec.record("auditMerge", &true)?;
        rec.record("auditFinish", &audit.report())?;
    }
    Ok(rec)
}

/// `js/countries.js`, the `dotbe-rules/countries` entry: the list of `countries(lang)` as plain
/// data, usable before (or without) any wasm — a dropdown rendered at once. Written
/// from [`crate::registrant::country_list`] (the codes, calling codes and postal examples);
/// the names and the order are the platform's (`Intl.DisplayNames`, `Intl.Collator`), as the
/// wasm's messages name countries (src/wasm.rs), so the JavaScript side carries no names
/// either.
pub fn countries_js() -> Result<String, String> {
    use crate::lang::Lang;
    // In the order of their codes, as the wasm gives them (the order is the platform's).
    let rows: Vec<_> = crate::registrant::country_rows(Lang::En).collect();
    let field = |f: &dyn Fn(&crate::registrant::CountryEntry) -> String| -> Result<String, String> {
        let items: Vec<String> = rows.iter().map(f).collect();
        if items.iter().any(|s| s.contains('|') || s.contains('\'') || s.contains('\\')) {
            return Err("a country text holds | ' or \\".into());
        }
        Ok(items.join("|"))
    };
    let mut js = String::from(
        "// GENERATED by `cargo run --example countries-js` from the country table (src/countries.rs,\n\
         // data/countries.tsv) through registrant::country_list. Do not edit: `make js/countries.js`.\n\
         // countries(lang) — every entry's, and `dotbe-rules/countries` alone: the country list as\n\
         // plain data, at once, before (or without) any wasm. The names and their order are the\n\
         // platform's (Intl.DisplayNames, Intl.Collator: the CLDR names the browser gives countries\n\
         // everywhere, and the names the wasm's messages use).\n\n\
         import { countriesOver } from './country-order.js';\n\n",
    );
    js += &format!("const CODES = '{}'.split('|');\n", field(&|c| c.code.to_string())?);
    js += &format!("const PREFIXES = '{}'.split('|');\n", field(&|c| c.phone_prefix.to_string())?);
    js += &format!("const EXAMPLES = '{}'.split('|');\n", field(&|c| c.postal_example.to_string())?);
    js += &format!("const POSTAL = '{}';\n", rows.iter().map(|c| if c.has_postal_codes { '1' } else { '0' }).collect::<String>());
    js += r#"
/**
 * Every country a registrant can choose, named in `lang` (a language tag; one we have no
 * messages in is English — the rule of the core's Lang::from_tag) by the platform's
 * Intl.DisplayNames, as the wasm names them, and sorted as that language sorts. A platform
 * without Intl.DisplayNames shows the codes.
 */
export const countries = countriesOver((tag) => {
  let names;
  try {
    names = new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' });
  } catch {}
  return CODES.map((code, i) => ({ code, name: names?.of(code) || code, phonePrefix: PREFIXES[i], postalExample: EXAMPLES[i], hasPostalCodes: POSTAL[i] === '1' }));
});
"#;
    Ok(js)
}

/// The package's `messages/` files: each language's messages as one module (`export default`
/// the text of `messages::pack`), for every check (`en.js`…) and for the registrant entry's
/// (`registrant-en.js`…), whose wasm gives only the registrant's codes. The entries load the
/// one of the page's language (js/loader.js); `(file name, module)` pairs.
pub fn message_packs() -> Vec<(String, String)> {
    use crate::lang::Lang;
    let mut files = Vec::new();
    use crate::messages::Entry;
    for (prefix, entry) in [("", Entry::All), ("registrant-", Entry::Registrant)] {
        for lang in Lang::ALL {
            let text = crate::messages::pack(lang, entry);
            let mut js = String::from(
                "// GENERATED by `cargo run --example message-packs` from the message table (src/messages.rs).\n\
                 // One language's messages, for js/loader.js's addMessages: do not edit.\n\
                 export default \"",
            );
            for c in text.chars() {
                match c {
                    '"' => js.push_str("\\\""),
                    '\\' => js.push_str("\\\\"),
                    '\n' => js.push_str("\\n"),
                    c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => js.push_str(&format!("\\u{:04x}", c as u32)),
                    c => js.push(c),
                }
            }
            js.push_str("\";\n");
            files.push((format!("{prefix}{}.js", lang.as_str()), js));
        }
    }
    files
}
