//! The units both directions of the boundary are made of: characters read as numbers, and texts.
//! - a **number** `n` is one character `n` when `n < 0x8000`, else two: `0x8000 + (n >> 15)` and
//!   `n & 0x7fff` (numbers are clamped below `0x5800 << 15`, so no unit reaches the surrogates);
//! - a **text** is its length in UTF-16 units (a number) followed by the text. Lengths count
//!   UTF-16 units because JS slices by them; a lone surrogate reaches wasm as U+FFFD, which is
//!   one unit too, so the counts agree.
//!
//! Why one string each way: reading a JS object from wasm costs a boundary crossing per key and a
//! copy per string, and `JSON.parse` of a result costs microseconds (docs/design.md, "The
//! boundary"); one string is one copy, and JS builds the result objects with literal shapes.

/// The largest number a unit pair carries.
pub const MAX_NUMBER: u32 = (0x5800 << 15) - 1;

/// Appends `n` (clamped to [`MAX_NUMBER`]: numbers here are lengths, counts and offsets of
/// bounded inputs).
pub fn push_number(out: &mut String, n: u32) {
    let n = n.min(MAX_NUMBER);
    if n < 0x8000 {
        push_unit(out, n);
    } else {
        push_unit(out, 0x8000 + (n >> 15));
        push_unit(out, n & 0x7fff);
    }
}

/// Appends one unit below `0xd800` (every unit written is, see `push_number`: always a char).
pub fn push_unit(out: &mut String, n: u32) {
    debug_assert!(n < 0xd800, "unit {n:#x} would be a surrogate");
    if let Some(c) = char::from_u32(n) {
        out.push(c);
    }
}

/// Appends a text: its UTF-16 length, then the text.
pub fn push_text(out: &mut String, s: &str) {
    push_number(out, utf16_len(s));
    out.push_str(s);
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

/// Reads units and texts from a string; every read is `None` past the end or on a malformed unit.
pub struct Units<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Units<'a> {
    pub fn new(s: &'a str) -> Self {
        Units { s, pos: 0 }
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.s.len()
    }

    /// The next character as a number. Decoded by hand: units are 1–3 bytes of UTF-8, and this
    /// runs for every unit of every call.
    pub fn unit(&mut self) -> Option<u32> {
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

    pub fn number(&mut self) -> Option<u32> {
        let hi = self.unit()?;
        if hi < 0x8000 {
            return Some(hi);
        }
        let lo = self.unit()?;
        (lo < 0x8000).then_some(((hi - 0x8000) << 15) | lo)
    }

    pub fn text(&mut self) -> Option<&'a str> {
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
        for n in [0, 1, 0x7fff, 0x8000, 70_000, MAX_NUMBER] {
            let mut s = String::new();
            push_number(&mut s, n);
            assert_eq!(s.chars().count(), if n < 0x8000 { 1 } else { 2 });
            assert_eq!(Units::new(&s).number(), Some(n));
        }
    }

    #[test]
    fn long_texts_take_a_two_unit_length() {
        let long = "é".repeat(0x8000 + 5);
        let mut s = String::new();
        push_text(&mut s, &long);
        push_text(&mut s, "x");
        let mut r = Units::new(&s);
        assert_eq!((r.text(), r.text()), (Some(long.as_str()), Some("x")));
        assert!(r.at_end());
    }
}
