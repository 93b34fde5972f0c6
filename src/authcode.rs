//! Authorisation (transfer) codes — spec §3.
//!
//! The registry's external code is 15 digits in five blocks of three (`123-456-789-012-345`),
//! e-mailed to the registrant and valid for 7 days. A reseller's internal code is the reseller's
//! own format (**Decision**, spec §3: an opaque token of 6–64 printable ASCII characters without
//! spaces). An internal transfer also accepts the external code; a trade and an external transfer
//! accept only the external one.

use serde::Serialize;

use crate::input::{self, Input, Read};
use crate::messages;
use crate::issue::{At, Code, Issue, Params, PathSegment};
use crate::lang::Lang;
use crate::time::{self, Millis, DAY};

/// Digits in an external code (spec §3).
pub const EXTERNAL_DIGITS: usize = 15;
/// Validity of an external code after it was issued (spec §3, seed: "valid for 7 days").
pub const VALIDITY: Millis = 7 * DAY;
/// Warn when less than this remains (spec §3: "warn in its last 24 hours").
pub const EXPIRY_WARNING: Millis = DAY;
/// Shortest and longest internal code (spec §3, Decision). Also the longest input inspected.
pub const INTERNAL_MIN: usize = 6;
pub const INTERNAL_MAX: usize = 64;
/// Character issues reported for one code at most; beyond that more of them add nothing.
const MAX_CHARACTER_ISSUES: usize = 5;
/// Clock skew tolerated before an issue date counts as "in the future".
const FUTURE_TOLERANCE: Millis = 5 * 60_000;

/// Which code a step takes, or which one the input turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AuthCodeKind {
    /// The registry's 15-digit code. As an option: only this one is accepted (an external
    /// transfer, a trade).
    External,
    /// A reseller's internal code. As an option: an internal transfer, which accepts an internal
    /// code or the external one.
    Internal,
}

#[derive(Clone, Debug, Default)]
pub struct AuthCodeOptions {
    /// What the step accepts; `None` reads the kind off the input.
    pub kind: Option<AuthCodeKind>,
    /// When the registry issued the code (ISO 8601); enables the 7-day expiry check.
    pub issued_at: Option<String>,
    /// The current moment (ISO 8601); `None` reads the system clock where there is one.
    pub now: Option<String>,
    pub lang: Lang,
}

/// The result of [`check_auth_code`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthCodeReport {
    /// No issue of severity `error`.
    pub valid: bool,
    /// The value to send: the canonical `123-456-789-012-345` for a well-formed external code,
    /// the trimmed input otherwise; `None` when no text was given.
    pub value: Option<String>,
    /// What the input is, as far as it can be told; `None` when there is nothing to tell by.
    pub kind: Option<AuthCodeKind>,
    /// When an external code stops being valid, if its issue date is known (ISO 8601, UTC).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    pub issues: Vec<Issue>,
}

/// Checks an authorisation code as typed or pasted. See the module documentation.
pub fn check_auth_code(code: &str, options: &AuthCodeOptions) -> AuthCodeReport {
    check_auth_code_input(Input::Text(code), options)
}

/// [`check_auth_code`] for a value that may be missing or of the wrong type (JS callers).
pub fn check_auth_code_input(code: Input<'_>, options: &AuthCodeOptions) -> AuthCodeReport {
    let mut report = AuthCodeReport { valid: false, value: None, kind: None, expires_at: None, issues: Vec::new() };
    match input::read(code, &[], INTERNAL_MAX) {
        Read::Text(text) => check_text(text, options, &mut report),
        Read::Empty => {
            report.value = matches!(code, Input::Text(_)).then(String::new);
            report.issues.push(Issue::new(Code::Required));
        }
        Read::Invalid(issue) => report.issues.push(issue),
    }
    if report.kind == Some(AuthCodeKind::External) {
        check_expiry(options, &mut report);
    }
    report.valid = messages::finish(&mut report.issues, options.lang);
    report
}

fn check_text(text: &str, options: &AuthCodeOptions, report: &mut AuthCodeReport) {
    let (code, offset) = input::trim(text);
    // Bounded work: nothing longer than the longest code is looked at character by character.
    if code.chars().nth(INTERNAL_MAX).is_some() {
        report.value = Some(code.to_string());
        report.issues.push(input::too_long(&[], INTERNAL_MAX));
        return;
    }
    let shape = shape_of(code);
    report.kind = Some(shape);
    report.value = Some(code.to_string());
    match (options.kind, shape) {
        (Some(AuthCodeKind::External), AuthCodeKind::Internal) => {
            // Read as an internal code so far, but digits typed on could still make it read as
            // the registry's: at most 5 other characters (15 digits outnumber them 3 to 1).
            let others = code.chars().filter(|&c| !c.is_ascii_digit() && !is_separator(c)).count();
            report.issues.push(Issue::new(Code::AuthCodeNotExternal).incomplete(others <= 5));
        }
        (_, AuthCodeKind::External) => check_external(text, code, offset, report),
        (_, AuthCodeKind::Internal) => check_internal(text, code, offset, report),
    }
}

/// **Decision** (spec §3, kind inference): the input is read as an external code when it holds
/// nothing but digits and separators, or at least 12 digits that outnumber the other characters
/// three to one (a registry code with a few typos or odd separators). Anything else is read as an internal code. A reseller's
/// internal code made of digits only is therefore read as an external one.
fn shape_of(code: &str) -> AuthCodeKind {
    let (mut digits, mut others) = (0usize, 0usize);
    for c in code.chars() {
        if c.is_ascii_digit() {
            digits += 1;
        } else if !is_separator(c) {
            others += 1;
        }
    }
    if others == 0 || (digits >= 12 && digits >= 3 * others) {
        AuthCodeKind::External
    } else {
        AuthCodeKind::Internal
    }
}

/// Separators people paste between the blocks: white space, hyphens and dashes (spec §3).
fn is_separator(c: char) -> bool {
    input::is_space(c) || matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}')
}

/// How a character that does not belong in an external code can be mended for a "did you mean".
enum Repair {
    /// A digit it is commonly mistaken for: other scripts' digits, and letters that look like
    /// digits in a code read off a screen or typed from paper.
    Digit(char),
    /// Punctuation used as a separator: dropped.
    Drop,
    None,
}

fn repair(c: char) -> Repair {
    let zero = match c {
        '\u{ff10}'..='\u{ff19}' => '\u{ff10}',
        '\u{0660}'..='\u{0669}' => '\u{0660}',
        '\u{06f0}'..='\u{06f9}' => '\u{06f0}',
        'O' | 'o' => return Repair::Digit('0'),
        'I' | 'l' | '|' => return Repair::Digit('1'),
        'Z' | 'z' => return Repair::Digit('2'),
        'S' | 's' => return Repair::Digit('5'),
        'G' | 'b' => return Repair::Digit('6'),
        'B' => return Repair::Digit('8'),
        '/' | '.' | ',' | '_' | ':' | '+' | '*' => return Repair::Drop,
        _ => return Repair::None,
    };
    char::from_digit(u32::from(c) - u32::from(zero), 10).map_or(Repair::None, Repair::Digit)
}

fn canonical(digits: &str) -> String {
    let mut out = String::with_capacity(19);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && i % 3 == 0 {
            out.push('-');
        }
        out.push(d);
    }
    out
}

fn check_external(text: &str, code: &str, offset: usize, report: &mut AuthCodeReport) {
    let mut digits = String::with_capacity(EXTERNAL_DIGITS);
    let mut repaired = String::with_capacity(EXTERNAL_DIGITS);
    let mut repairable = true;
    let mut bad = Vec::new();
    for (i, c) in code.char_indices() {
        if c.is_ascii_digit() {
            digits.push(c);
            repaired.push(c);
        } else if !is_separator(c) {
            match repair(c) {
                Repair::Digit(d) => repaired.push(d),
                Repair::Drop => {}
                Repair::None => repairable = false,
            }
            if bad.len() < MAX_CHARACTER_ISSUES {
                bad.push(Issue::new(Code::AuthCodeCharacter).at(At::locate(text, offset + i)));
            }
        }
    }
    let can_repair = repairable && repaired.len() == EXTERNAL_DIGITS;
    if let Some(first) = bad.first_mut() {
        if can_repair {
            first.suggestion = Some(canonical(&repaired));
        }
    }
    let no_bad = bad.is_empty();
    report.issues.extend(bad);
    // With a repair on offer the character issue says it all; otherwise the count helps too.
    if digits.len() != EXTERNAL_DIGITS && !can_repair {
        let count = Params { count: Some(digits.len() as u32), ..Params::default() };
        // Fewer than 15 digits and nothing else wrong: the rest may still be typed.
        let incomplete = no_bad && digits.len() < EXTERNAL_DIGITS;
        report.issues.push(Issue::new(Code::AuthCodeDigitCount).params(count).incomplete(incomplete));
    }
    if no_bad && digits.len() == EXTERNAL_DIGITS {
        report.value = Some(canonical(&digits));
    }
}

fn check_internal(text: &str, code: &str, offset: usize, report: &mut AuthCodeReport) {
    let mut reported = 0;
    for (i, c) in code.char_indices() {
        if !matches!(c, '!'..='~') && reported < MAX_CHARACTER_ISSUES {
            reported += 1;
            report.issues.push(Issue::new(Code::InternalCodeCharacter).at(At::locate(text, offset + i)));
        }
    }
    let len = code.chars().count();
    if len < INTERNAL_MIN {
        let min = Params { min: Some(INTERNAL_MIN as u32), ..Params::default() };
        report.issues.push(Issue::new(Code::TooShort).params(min).incomplete(reported == 0));
    }
}

/// The 7-day validity of an external code (spec §3).
fn check_expiry(options: &AuthCodeOptions, report: &mut AuthCodeReport) {
    let Some(issued_text) = options.issued_at.as_deref() else { return };
    let Some(issued) = read_date(issued_text, "issuedAt", report) else { return };
    let now = match options.now.as_deref() {
        Some(t) => match read_date(t, "now", report) {
            Some(now) => now,
            None => return,
        },
        None => match time::now() {
            Some(now) => now,
            None => return,
        },
    };
    let expires = issued.saturating_add(VALIDITY);
    report.expires_at = Some(time::format_iso(expires));
    let dated = |code: Code, at: Millis| {
        Issue::new(code).params(Params { date: Some(time::format_iso(at)), ..Params::default() })
    };
    if issued > now.saturating_add(FUTURE_TOLERANCE) {
        report.issues.push(dated(Code::AuthCodeIssuedInFuture, issued).path(&[PathSegment::Key("issuedAt")]));
    } else if now >= expires {
        report.issues.push(dated(Code::AuthCodeExpired, expires));
    } else if expires - now <= EXPIRY_WARNING {
        report.issues.push(dated(Code::AuthCodeExpiring, expires));
    }
}

fn read_date(text: &str, key: &'static str, report: &mut AuthCodeReport) -> Option<Millis> {
    let parsed = time::parse_iso(text);
    if parsed.is_none() {
        report.issues.push(Issue::new(Code::InvalidDate).path(&[PathSegment::Key(key)]));
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(code: &str) -> AuthCodeReport {
        check_auth_code(code, &AuthCodeOptions::default())
    }

    fn codes(r: &AuthCodeReport) -> Vec<&'static str> {
        r.issues.iter().map(|i| i.code.as_str()).collect()
    }

    #[test]
    fn pasted_shapes_give_the_canonical_code() {
        for pasted in [
            "123-456-789-012-345",
            "123456789012345",
            " 123 456 789 012 345 ",
            "123–456–789–012–345",
            "123—456—789—012—345",
            "123\u{a0}456\u{a0}789\u{a0}012\u{a0}345",
            "1234 5678 9012 345",
        ] {
            let r = check(pasted);
            assert!(r.valid, "{pasted:?}: {:?}", r.issues);
            assert_eq!(r.value.as_deref(), Some("123-456-789-012-345"));
            assert_eq!(r.kind, Some(AuthCodeKind::External));
        }
    }

    #[test]
    fn a_letter_is_reported_with_its_position_and_a_repair() {
        let r = check("123-456-78O-012-345");
        assert_eq!(codes(&r), ["auth_code_character"]);
        let at = r.issues[0].at.as_ref().unwrap();
        assert_eq!((at.position, at.char.as_str()), (11, "O"));
        assert_eq!(r.issues[0].suggestion.as_deref(), Some("123-456-780-012-345"));
        assert_eq!(r.issues[0].message, "An authorisation code has digits only, and this is not one: “O” (at position 11).");
    }

    #[test]
    fn positions_count_characters_and_utf16_after_accents_and_emoji() {
        // A stray `é` and emoji before the `x`: position counts characters, start/end UTF-16 units.
        let r = check("é😀x123456789012345");
        // One issue for the three (`messages::finish`), with every position.
        assert_eq!(codes(&r), ["auth_code_character"]);
        let xs: Vec<_> = r.issues[0].params.positions.iter().flatten().map(|a| (a.position, a.start, a.char.as_str())).collect();
        assert_eq!(xs, [(1, 0, "é"), (2, 1, "😀"), (3, 3, "x")]);
    }

    #[test]
    fn a_wrong_count_says_how_many_digits_were_found() {
        let r = check("123 456 789 012 34");
        assert_eq!(codes(&r), ["auth_code_digit_count"]);
        assert_eq!(r.issues[0].params.count, Some(14));
        assert_eq!(r.value.as_deref(), Some("123 456 789 012 34"));
        assert!(!r.valid);
        assert!(r.issues[0].incomplete, "the 15th digit may still come");
        let r = check("123 456 789 012 345 6");
        assert_eq!((codes(&r), r.issues[0].incomplete), (vec!["auth_code_digit_count"], false), "a 16th digit: at once");
        assert!(check("Xk4").issues[0].incomplete, "an internal code being typed");
    }

    #[test]
    fn internal_codes_follow_the_decision() {
        let ok = check("Xk4-9pQ_z");
        assert!(ok.valid);
        assert_eq!(ok.kind, Some(AuthCodeKind::Internal));
        assert_eq!(codes(&check("Xk4 9pQz")), ["internal_code_character"]);
        assert_eq!(codes(&check("Xk4p")), ["too_short"]);
        assert_eq!(codes(&check(&"a".repeat(65))), ["too_long"]);
        assert!(check(&"a".repeat(64)).valid);
        let only_external = AuthCodeOptions { kind: Some(AuthCodeKind::External), ..Default::default() };
        let r = check_auth_code("Xk4-9pQ_z", &only_external);
        assert_eq!((codes(&r), r.issues[0].incomplete), (vec!["auth_code_not_external"], false), "6 letters: no digits typed on make it the registry's");
        assert!(check_auth_code("123-456-78O", &only_external).issues[0].incomplete, "a registry code with a typo, half typed");
        let internal = AuthCodeOptions { kind: Some(AuthCodeKind::Internal), ..Default::default() };
        assert!(check_auth_code("123 456 789 012 345", &internal).valid, "an internal transfer takes the external code");
    }

    #[test]
    fn expiry_is_counted_from_the_issue_date() {
        let at = |issued: &str, now: &str| AuthCodeOptions {
            issued_at: Some(issued.into()),
            now: Some(now.into()),
            ..Default::default()
        };
        let code = "123-456-789-012-345";
        let fresh = check_auth_code(code, &at("2026-11-20T10:00:00Z", "2026-11-23T10:00:00Z"));
        assert!(fresh.valid && fresh.issues.is_empty());
        assert_eq!(fresh.expires_at.as_deref(), Some("2026-11-27T10:00:00.000Z"));
        let soon = check_auth_code(code, &at("2026-11-20T10:00:00Z", "2026-11-26T10:00:00Z"));
        assert_eq!(codes(&soon), ["auth_code_expiring"]);
        assert!(soon.valid, "a warning does not block");
        let gone = check_auth_code(code, &at("2026-11-20T10:00:00Z", "2026-11-27T10:00:00Z"));
        assert_eq!(codes(&gone), ["auth_code_expired"]);
        assert!(!gone.valid);
        let future = check_auth_code(code, &at("2026-11-25", "2026-11-23"));
        assert_eq!(codes(&future), ["auth_code_issued_in_future"]);
        let bad = check_auth_code(code, &at("20/11/2026", "2026-11-23"));
        assert_eq!(codes(&bad), ["invalid_date"]);
        assert_eq!(bad.issues[0].path, [PathSegment::Key("issuedAt")]);
    }

    #[test]
    fn missing_and_wrong_types_are_issues() {
        let o = AuthCodeOptions::default();
        let r = check_auth_code_input(Input::WrongType("number"), &o);
        assert_eq!(codes(&r), ["invalid_type"]);
        assert_eq!(r.issues[0].message, "Expected text here (received: number).");
        assert_eq!((r.value, r.kind), (None, None));
        assert_eq!(codes(&check_auth_code_input(Input::Missing, &o)), ["required"]);
        assert_eq!(codes(&check_auth_code_input(Input::Oversized, &o)), ["too_long"]);
        assert_eq!(codes(&check("  \u{a0} ")), ["required"]);
    }
}
