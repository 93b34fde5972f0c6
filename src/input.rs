//! What a caller handed in, before any rule looks at it.

use crate::issue::{Code, Issue, Params, PathSegment};

/// A field's value as it arrived. Rust callers have text; the JS boundary may also see nothing
/// at all or a value of another type, which the rules report instead of failing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input<'a> {
    Text(&'a str),
    /// `undefined`, or a key that is absent.
    Missing,
    /// Anything else; the name of its type as `typeof` would say it (`null` for null).
    WrongType(&'static str),
    /// Text longer than [`MAX_INSPECTED_UTF16`]: reported as too long without being read.
    Oversized,
}

impl<'a> From<&'a str> for Input<'a> {
    fn from(s: &'a str) -> Self {
        Input::Text(s)
    }
}

/// The longest text value that is read at all, in UTF-16 units. Every field's own limit is far
/// below it; the JS boundary does not copy a longer string into wasm memory but passes
/// [`Input::Oversized`], which bounds the work and memory of a call.
pub const MAX_INSPECTED_UTF16: u32 = 4096;

/// A text field read for the rules: its trimmed text, nothing, or an issue that says why it
/// cannot be read (`invalid_type` through [`wrong_type`], `too_long` for oversized input).
pub(crate) enum Read<'a> {
    /// Non-blank text, as given (untrimmed: positions refer to it).
    Text(&'a str),
    /// Missing, or only white space.
    Empty,
    Invalid(Issue),
}

/// `max` is the field's longest length (for an oversized input).
pub(crate) fn read<'a>(input: Input<'a>, path: &[PathSegment], max: usize) -> Read<'a> {
    match input {
        Input::Text(s) if trim(s).0.is_empty() => Read::Empty,
        Input::Text(s) => Read::Text(s),
        Input::Missing => Read::Empty,
        Input::WrongType(found) => Read::Invalid(wrong_type(found, Expected::Text, path)),
        Input::Oversized => Read::Invalid(too_long(path, max)),
    }
}

/// [`read`] for a required field: its text, or `None` with the issue (`required`, `invalid_type`,
/// `too_long`) pushed.
pub(crate) fn read_required<'a>(input: Input<'a>, path: &[PathSegment], max: usize, issues: &mut Vec<Issue>) -> Option<&'a str> {
    match read(input, path, max) {
        Read::Text(s) => Some(s),
        Read::Empty => {
            issues.push(Issue::new(Code::Required).path(path));
            None
        }
        Read::Invalid(issue) => {
            issues.push(issue);
            None
        }
    }
}

/// What a value should have been, for `invalid_type`.
#[derive(Clone, Copy)]
pub(crate) enum Expected {
    Text,
    Object,
    List,
}

/// The one place `invalid_type` is raised: `found` (a `typeof` name) where `expected` belongs.
pub(crate) fn wrong_type(found: &'static str, expected: Expected, path: &[PathSegment]) -> Issue {
    let expected = match expected {
        Expected::Text => "text",
        Expected::Object => "object",
        Expected::List => "list",
    };
    let params = Params { found: Some(found.into()), expected: Some(expected), ..Params::default() };
    Issue::new(Code::InvalidType).path(path).params(params)
}

/// `too_long` with the field's limit.
pub(crate) fn too_long(path: &[PathSegment], max: usize) -> Issue {
    Issue::new(Code::TooLong).path(path).params(Params { max: Some(max as u32), ..Params::default() })
}

/// Whitespace as users paste it: Unicode white space, including no-break spaces.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}')
}

/// Whether `text` has more than `max` characters; counted only when it has more bytes than that.
pub(crate) fn longer_than(text: &str, max: usize) -> bool {
    text.len() > max && text.chars().nth(max).is_some()
}


/// [`is_space`] for an ASCII byte: tab, line feed, vertical tab, form feed, carriage return, space.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// `text` without surrounding white space, and the byte offset where the rest starts in `text`.
/// Bytes are looked at directly while they are ASCII (most input); a non-ASCII character at
/// either end is decoded and tested with [`is_space`].
pub(crate) fn trim(text: &str) -> (&str, usize) {
    let bytes = text.as_bytes();
    let mut start = 0;
    loop {
        match bytes.get(start) {
            Some(&b) if is_ascii_space(b) => start += 1,
            Some(&b) if !b.is_ascii() => match text.get(start..).and_then(|rest| rest.chars().next()).filter(|&c| is_space(c)) {
                Some(c) => start += c.len_utf8(),
                None => break,
            },
            _ => break,
        }
    }
    let mut end = bytes.len();
    while end > start {
        match bytes.get(end - 1) {
            Some(&b) if is_ascii_space(b) => end -= 1,
            Some(&b) if !b.is_ascii() => match text.get(start..end).and_then(|rest| rest.chars().next_back()).filter(|&c| is_space(c)) {
                Some(c) => end -= c.len_utf8(),
                None => break,
            },
            _ => break,
        }
    }
    (text.get(start..end).unwrap_or(""), start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_unicode_spaces_and_reports_the_offset() {
        assert_eq!(trim("\u{a0} ab c\t\u{202f}"), ("ab c", 3));
        assert_eq!(trim("\u{feff}x"), ("x", 3));
        assert_eq!(trim("   "), ("", 3));
        assert_eq!(trim(""), ("", 0));
    }

    /// The definition the byte-wise [`trim`] must agree with.
    fn trim_by_chars(text: &str) -> (&str, usize) {
        let start = text.len() - text.trim_start_matches(is_space).len();
        (text[start..].trim_end_matches(is_space), start)
    }

    #[test]
    fn the_ascii_path_and_the_unicode_path_agree() {
        let pieces = ["", " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{1c}", "\u{1f}", "\u{0}", "\u{7f}", "\u{85}", "\u{a0}", "\u{200b}", "\u{feff}", "\u{2028}", "\u{3000}", "\u{202f}", "é", "😀", "a", "b c"];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}x{c}{a}");
                    assert_eq!(trim(&text), trim_by_chars(&text), "{text:?}");
                    let text = format!("{a}{b}{c}");
                    assert_eq!(trim(&text), trim_by_chars(&text), "{text:?}");
                }
            }
        }
        for c in (0..0x3100).filter_map(char::from_u32).chain(['\u{feff}', '😀']) {
            let text = format!("{c}a{c}");
            assert_eq!(trim(&text), trim_by_chars(&text), "{c:?}");
            if c.is_ascii() {
                assert_eq!(is_ascii_space(c as u8), is_space(c), "{c:?}");
            }
        }
    }
}
