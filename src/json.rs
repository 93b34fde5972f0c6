//! A small JSON serializer for the crate's own result types (serde's data model, the subset
//! they use). The JS boundary hands results over as one JSON string that `JSON.parse` turns into
//! plain objects: one crossing per call instead of one per field, and no JS-object serializer in
//! the wasm (README, "Why a wire format (and one JSON string)"). Output is the same as `serde_json`'s.

use serde::ser::{self, Serialize};

/// Serializes `value` as compact JSON.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut w = Writer { out: String::with_capacity(256) };
    value.serialize(&mut w)?;
    Ok(w.out)
}

#[derive(Debug)]
pub struct Error(&'static str);

impl Error {
    /// What went wrong, as the `Display` text (without going through `core::fmt`).
    pub fn message(&self) -> &'static str {
        self.0
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Error("serialization failed")
    }
}

struct Writer {
    out: String,
}

impl Writer {
    fn string(&mut self, s: &str) {
        self.out.push('"');
        let mut start = 0;
        for (i, b) in s.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..=0x1f => "",
                _ => continue,
            };
            self.out.push_str(&s[start..i]);
            if escape.is_empty() {
                self.out.push_str("\\u");
                crate::digits::push_hex(&mut self.out, b.into(), 4, false);
            } else {
                self.out.push_str(escape);
            }
            start = i + 1;
        }
        self.out.push_str(&s[start..]);
        self.out.push('"');
    }

    fn unsigned(&mut self, n: u64) {
        crate::digits::push_number(&mut self.out, n);
    }
}

/// A compound value under way: whether a comma is due before the next element.
struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
}

impl Compound<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.w.out.push(',');
        }
        self.first = false;
    }
}

type Result<T = (), E = Error> = std::result::Result<T, E>;

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result {
        if v < 0 {
            self.out.push('-');
        }
        self.unsigned(v.unsigned_abs());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result {
        self.unsigned(u64::from(v));
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result {
        self.unsigned(u64::from(v));
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result {
        self.unsigned(u64::from(v));
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result {
        self.unsigned(v);
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result {
        Err(Error("floats are not used"))
    }
    fn serialize_f64(self, _: f64) -> Result {
        Err(Error("floats are not used"))
    }
    fn serialize_char(self, v: char) -> Result {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result {
        Err(Error("bytes are not used"))
    }
    fn serialize_none(self) -> Result {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(self, _: &'static str, _: u32, _: &'static str, _: &T) -> Result {
        Err(Error("newtype variants are not used"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>> {
        self.out.push('[');
        Ok(Compound { w: self, first: true })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Compound<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeTupleVariant> {
        Err(Error("tuple variants are not used"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap> {
        Err(Error("maps are not used"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>> {
        self.out.push('{');
        Ok(Compound { w: self, first: true })
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeStructVariant> {
        Err(Error("struct variants are not used"))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.comma();
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result {
        self.w.out.push(']');
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.comma();
        self.w.string(key);
        self.w.out.push(':');
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result {
        self.w.out.push('}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{check_auth_code, validate_registrant, AuthCodeOptions, RegistrantInput, RegistrantOptions};

    /// The same text as serde_json, for every result type.
    #[test]
    fn agrees_with_serde_json() {
        let opts = AuthCodeOptions { issued_at: Some("2026-11-16".into()), now: Some("2026-11-22T12:00Z".into()), ..Default::default() };
        for code in ["123-456-78O-012-345", "é😀x\"\\\u{1}\n", "aB3d E6gH9", "", "123 456 789 012 345"] {
            let r = check_auth_code(code, &opts);
            assert_eq!(to_json(&r).unwrap(), serde_json::to_string(&r).unwrap());
        }
        let r = validate_registrant(&RegistrantInput { street: crate::Street::Lines(vec!["a".into(), "Kerk’straat".into()]), phone: "+32 12".into(), ..Default::default() }, &RegistrantOptions::default());
        assert_eq!(to_json(&r).unwrap(), serde_json::to_string(&r).unwrap());
        let list = crate::registrant::country_list(crate::Lang::Fr);
        assert_eq!(to_json(&list).unwrap(), serde_json::to_string(&list).unwrap());
        assert_eq!(to_json(&(-12i64, u64::MAX)).unwrap(), serde_json::to_string(&(-12i64, u64::MAX)).unwrap());
    }
}
