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

/// `text` without surrounding white space, and the byte offset where the rest starts in `text`.
pub(crate) fn trim(text: &str) -> (&str, usize) {
    let start = text.len() - text.trim_start_matches(is_space).len();
    let trimmed = text[start..].trim_end_matches(is_space);
    (trimmed, start)
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
}
