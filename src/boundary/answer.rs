//! The answers: any result type of the core, written through its serde derive as one string of
//! tagged values (units as in [`super::units`]) that `js/boundary.js` reads back into plain
//! objects. Struct fields are written in declaration order without their names: the JS readers
//! are generated per type from the same derives ([`super::codegen`]), so the names cannot drift.
//!
//! Each value starts with a [`tag`]: `ABSENT` a field serde skips (`skip_serializing_if`);
//! `NULL` (`None`, `()`); `FALSE`, `TRUE`; `NUMBER` and a number; `TEXT` and a text (strings and
//! unit enum variants, by their serde name); `LIST`: a count, then the values (sequences and
//! tuples); `STRUCT`: the fields' values in order. Nothing else is in the result types' data
//! model (a test of the generator says so); anything else is an error, not a guess.

use serde::ser::{self, Serialize};

use super::units::{push_number, push_text, push_unit};

/// The tag that starts each value of an answer.
pub mod tag {
    pub const ABSENT: u32 = 0;
    pub const NULL: u32 = 1;
    pub const FALSE: u32 = 2;
    pub const TRUE: u32 = 3;
    pub const NUMBER: u32 = 4;
    pub const TEXT: u32 = 5;
    pub const LIST: u32 = 6;
    pub const STRUCT: u32 = 7;
}

/// Writes `value` as an answer.
pub fn write<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    // Room for a typical registrant's answer without growing.
    let mut w = Writer { out: String::with_capacity(512) };
    value.serialize(&mut w)?;
    Ok(w.out)
}

/// A value outside the answers' data model (a float, a map, an enum variant with data).
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
    fn tag(&mut self, t: u32) {
        push_unit(&mut self.out, t);
    }

    fn number(&mut self, n: u64) {
        self.tag(tag::NUMBER);
        push_number(&mut self.out, u32::try_from(n).unwrap_or(u32::MAX));
    }

    fn text(&mut self, s: &str) {
        self.tag(tag::TEXT);
        push_text(&mut self.out, s);
    }

    fn list(&mut self, len: Option<usize>) -> Result<&mut Self, Error> {
        let len = len.ok_or(Error("a sequence of unknown length"))?;
        self.tag(tag::LIST);
        push_number(&mut self.out, len as u32);
        Ok(self)
    }
}

const UNSUPPORTED: Error = Error("a value outside the answers' data model");

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = Self;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.tag(if v { tag::TRUE } else { tag::FALSE });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        // Counts, lengths and positions: never negative in a result.
        self.number(u64::try_from(v).map_err(|_| UNSUPPORTED)?);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.number(v.into());
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.number(v.into());
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.number(v.into());
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.number(v);
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(UNSUPPORTED)
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(UNSUPPORTED)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.text(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.text(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(UNSUPPORTED)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.tag(tag::NULL);
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        self.text(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(self, _: &'static str, _: u32, _: &'static str, _: &T) -> Result<(), Error> {
        Err(UNSUPPORTED)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self, Error> {
        self.list(len)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self, Error> {
        self.list(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Self, Error> {
        self.list(Some(len))
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeTupleVariant, Error> {
        Err(UNSUPPORTED)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(UNSUPPORTED)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Error> {
        self.tag(tag::STRUCT);
        Ok(self)
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeStructVariant, Error> {
        Err(UNSUPPORTED)
    }
}

impl<'a> ser::SerializeSeq for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}

impl<'a> ser::SerializeTuple for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}

impl<'a> ser::SerializeTupleStruct for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}

impl<'a> ser::SerializeStruct for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(&mut **self)
    }
    fn skip_field(&mut self, _: &'static str) -> Result<(), Error> {
        self.tag(tag::ABSENT);
        Ok(())
    }
    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::boundary::units::Units;

    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Sample<'a> {
        flag: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        maybe: Option<u32>,
        nothing: Option<&'a str>,
        pairs: Vec<(u8, u8)>,
        word: crate::issue::Severity,
    }

    #[test]
    fn values_are_tagged_and_fields_positional() {
        let s = write(&Sample { flag: true, maybe: None, nothing: None, pairs: vec![(1, 70)], word: crate::issue::Severity::Warning }).unwrap();
        let mut r = Units::new(&s);
        let mut next = || r.unit().unwrap();
        let expected = [tag::STRUCT, tag::TRUE, tag::ABSENT, tag::NULL, tag::LIST, 1, tag::LIST, 2, tag::NUMBER, 1, tag::NUMBER, 70, tag::TEXT, 7];
        assert_eq!(expected.map(|_| next()), expected);
        assert!(s.ends_with("warning"));
    }

    #[test]
    fn values_outside_the_model_are_errors() {
        assert!(write(&1.5f64).is_err());
        assert!(write(&-1i32).is_err());
        assert!(write(&std::collections::BTreeMap::from([(1, 2)])).is_err());
    }
}
