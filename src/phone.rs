//! Phone and fax numbers — spec §1.4. The value to send is the EPP form `+CC.NUMBER`; the digits
//! after the dot must match the length regex of a row with that calling code (any row, where
//! several countries share one). People type `0475 12 34 56`, `+32 475/12.34.56`,
//! `0032475123456`, `+32 (0)475 12 34 56`: all of these are read.

use crate::countries::{self, Country};
use crate::issue::{At, Code, Issue, Params, PathSegment};

/// Most digits a number is read for; beyond it the length rule reports it.
const MAX_DIGITS: usize = 24;

pub(crate) struct Checked {
    pub value: String,
    pub issues: Vec<Issue>,
    /// The national significant number, when the number could be read (for plausibility checks).
    pub national: Option<String>,
}

/// Checks a trimmed, non-empty number. `country` is the registrant's, for national numbers.
pub(crate) fn check(raw: &str, offset: usize, text: &str, key: &'static str, country: Option<&'static Country>) -> Checked {
    let path = [PathSegment::Key(key)];
    let fail = |issues: Vec<Issue>| Checked { value: text.to_string(), issues, national: None };
    let mut issues = Vec::new();
    let mut digits = String::with_capacity(16);
    let plus = text.starts_with('+');
    // Characters still to pass over (the `0)` of a `(0)`).
    let mut skip = 0;
    let mut read = |i: usize, c: char| {
        if skip > 0 {
            skip -= 1;
            return;
        }
        match c {
            // `+32 (0)475…`: the trunk prefix written inside an international number is not dialled.
            '(' if plus && text.get(i..).is_some_and(|rest| rest.starts_with("(0)")) => skip = 2,
            '0'..='9' => {
                if digits.len() <= MAX_DIGITS {
                    digits.push(c);
                }
            }
            '+' if i == 0 => {}
            ' ' | '.' | '-' | '/' | '(' | ')' | '\u{a0}' | '\u{2009}' | '\u{202f}' => {}
            _ => {
                if issues.len() < 3 {
                    issues.push(Issue::new(Code::PhoneCharacter).path(&path).at(At::locate(raw, offset + i)));
                }
            }
        }
    };
    // Byte by byte when the text is ASCII (as almost every number is): the same characters.
    if text.is_ascii() {
        text.bytes().enumerate().for_each(|(i, b)| read(i, char::from(b)));
    } else {
        text.char_indices().for_each(|(i, c)| read(i, c));
    }
    if !issues.is_empty() {
        return fail(issues);
    }
    // International: `+CC…` or `00CC…`; national: the registrant's country (spec §1.4), its
    // trunk prefix (`0`) typed before the number.
    let mut typed_trunk = "";
    let (cc, national): (&str, &str) = if plus || digits.starts_with("00") {
        let intl = if plus { &digits[..] } else { &digits[2..] };
        match countries::calling_code_of(intl) {
            Some(cc) => (cc, &intl[cc.len()..]),
            None => {
                let prefix = Params { prefix: Some(intl.chars().take(3).collect()), ..Params::default() };
                let code = if intl.is_empty() { Code::PhoneFormat } else { Code::PhoneCallingCodeUnknown };
                // `+`, `+3`, `003`: a calling code may still follow.
                let incomplete = intl.len() < 3 && countries::calling_code_begins(intl);
                return fail(vec![Issue::new(code).path(&path).params(prefix).incomplete(incomplete)]);
            }
        }
    } else {
        match country.filter(|c| !c.phone_prefix().is_empty()) {
            Some(c) => {
                let trunk = c.trunk();
                match digits.strip_prefix(trunk).filter(|_| !trunk.is_empty()) {
                    Some(rest) => {
                        typed_trunk = trunk;
                        (c.phone_prefix(), rest)
                    }
                    None => (c.phone_prefix(), &digits[..]),
                }
            }
            None => return fail(vec![Issue::new(Code::PhoneFormat).path(&path)]),
        }
    };
    let value = ["+", cc, ".", national].concat();
    if national.is_empty() {
        // `0`, `+32`, `0032`: the number itself is still to come. Typed nationally (`0`), the
        // message says how a whole number starts: with the 0, or with the country code.
        let start = Params { prefix: Some(cc.to_string()), trunk: (!typed_trunk.is_empty()).then_some(typed_trunk), ..Params::default() };
        let issue = Issue::new(Code::PhoneFormat).path(&path).params(start).incomplete(true);
        return Checked { value, issues: vec![issue], national: None };
    }
    if !length_fits(cc, national) {
        let mut merged = merge(countries::by_calling_code(cc).flat_map(|c| c.phone_lengths().iter().copied()));
        // Too few digits for every length the calling code allows: typing on can fix it.
        let incomplete = merged.iter().any(|&(_, hi)| national.len() < usize::from(hi));
        // A national number is counted as typed, with its trunk prefix (`0475` has 4 digits).
        let extra = typed_trunk.len() as u8;
        for range in &mut merged {
            *range = (range.0.saturating_add(extra), range.1.saturating_add(extra));
        }
        // `+32 0475…`: a trunk prefix after the calling code; offer the number without it.
        let suggestion = countries::by_calling_code(cc)
            .map(Country::trunk)
            .filter(|trunk| !trunk.is_empty())
            .find_map(|trunk| national.strip_prefix(trunk))
            .filter(|rest| !rest.is_empty() && length_fits(cc, rest))
            .map(|rest| ["+", cc, ".", rest].concat());
        let params = Params {
            prefix: Some(cc.to_string()),
            lengths: Some(merged),
            count: Some((national.len() + typed_trunk.len()) as u32),
            trunk: (!typed_trunk.is_empty()).then_some(typed_trunk),
            ..Params::default()
        };
        let issue = Issue::new(Code::PhoneLength).path(&path).params(params).suggest(suggestion).incomplete(incomplete);
        return Checked { value, issues: vec![issue], national: None };
    }
    Checked { national: Some(national.to_string()), value, issues }
}

/// Whether any row with calling code `cc` accepts `national` (rows without a rule accept all).
fn length_fits(cc: &str, national: &str) -> bool {
    national.len() <= MAX_DIGITS && countries::by_calling_code(cc).any(|c| c.phone_length_matches(national) != Some(false))
}

/// The union of digit-count ranges, merged where they touch, in ascending order:
/// [(8,9)], [(6,6),(8,9)], [(9,9)] → [(6,6),(8,9)]. Insertion keeps it small (a few ranges).
fn merge(ranges: impl Iterator<Item = (u8, u8)>) -> Vec<(u8, u8)> {
    let mut out: Vec<(u8, u8)> = Vec::new();
    for (lo, hi) in ranges {
        let (mut lo, mut hi) = (lo, hi);
        // Absorb every range that overlaps or touches, then insert in order.
        out.retain(|&(a, b)| {
            let apart = b.saturating_add(1) < lo || hi.saturating_add(1) < a;
            if !apart {
                lo = lo.min(a);
                hi = hi.max(b);
            }
            apart
        });
        let at = out.iter().position(|&(a, _)| a > lo).unwrap_or(out.len());
        out.insert(at, (lo, hi));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::countries::by_code;

    fn run(s: &str, country: &str) -> (String, Vec<&'static str>, Option<String>) {
        let c = check(s, 0, s, "phone", by_code(country));
        let sug = c.issues.iter().find_map(|i| i.suggestion.clone());
        (c.value, c.issues.iter().map(|i| i.code.as_str()).collect(), sug)
    }

    #[test]
    fn the_ways_belgians_type_a_mobile_number() {
        for typed in ["0475 12 34 56", "+32 475/12.34.56", "0032475123456", "+32 (0)475 12 34 56", "+32.475123456", "0475-12-34-56", "+32 475 12 34 56"] {
            let (value, codes, _) = run(typed, "BE");
            assert!(codes.is_empty(), "{typed}: {codes:?}");
            assert_eq!(value, "+32.475123456", "{typed}");
        }
        assert_eq!(run("02 123 45 67", "BE").0, "+32.21234567");
    }

    #[test]
    fn foreign_numbers_and_shared_calling_codes() {
        // A Belgian with a French mobile (spec §1.4: the phone's country need not be the registrant's).
        assert_eq!(run("+33 6 12 34 56 78", "BE").0, "+33.612345678");
        // NANP: calling code 1 is shared; national numbers of a US registrant drop the trunk 1.
        assert_eq!(run("+1 415 555 0100", "BE").0, "+1.4155550100");
        assert_eq!(run("(415) 555-0100", "US").0, "+1.4155550100");
        assert_eq!(run("1 415 555 0100", "US").0, "+1.4155550100");
        // Italy keeps its 0.
        assert_eq!(run("06 1234 5678", "IT").0, "+39.0612345678");
        assert_eq!(run("+39 06 1234 5678", "BE").0, "+39.0612345678");
        // A national number of a Dutch registrant.
        assert_eq!(run("020 123 4567", "NL").0, "+31.201234567");
    }

    #[test]
    fn wrong_lengths_say_what_is_expected() {
        // A national number is counted as typed, with its leading 0.
        let c = check("0475 12 34", 0, "0475 12 34", "phone", by_code("BE"));
        assert_eq!(c.issues[0].code, Code::PhoneLength);
        assert_eq!(c.issues[0].params.lengths, Some(vec![(9, 10)]));
        assert_eq!(c.issues[0].params.count, Some(8));
        assert_eq!(c.issues[0].params.trunk, Some("0"));
        assert_eq!(c.issues[0].params.prefix.as_deref(), Some("32"));
        assert!(c.issues[0].incomplete);
        let c = check("+32 475 12", 0, "+32 475 12", "phone", by_code("BE"));
        assert_eq!((c.issues[0].params.lengths.clone(), c.issues[0].params.count, c.issues[0].params.trunk), (Some(vec![(8, 9)]), Some(5), None));
        let c = check("0475 12 34 56 78", 0, "0475 12 34 56 78", "phone", by_code("BE"));
        assert!(!c.issues[0].incomplete, "too many digits: no continuation helps");
        // A trunk 0 kept after the calling code is offered without it.
        assert_eq!(run("+32 0475 12 34 56", "BE").2.as_deref(), Some("+32.475123456"));
    }

    #[test]
    fn ranges_merge_in_order() {
        assert_eq!(merge([(8, 9), (6, 6), (9, 9)].into_iter()), [(6, 6), (8, 9)]);
        assert_eq!(merge([(10, 10), (7, 7), (8, 9)].into_iter()), [(7, 10)]);
        assert_eq!(merge([(5, 5), (1, 2)].into_iter()), [(1, 2), (5, 5)]);
    }

    #[test]
    fn unreadable_numbers() {
        assert_eq!(run("+999 123456", "BE").1, ["phone_calling_code_unknown"]);
        assert_eq!(run("0475 12 34 5x", "BE").1, ["phone_character"]);
        assert_eq!(run("+32 475 12+34", "BE").1, ["phone_character"]);
        assert_eq!(run("+", "BE").1, ["phone_format"]);
        for typing in ["+", "+3", "00", "003", "0", "+32", "0032"] {
            let c = check(typing, 0, typing, "phone", by_code("BE"));
            assert!(c.issues.iter().all(|i| i.incomplete), "{typing}: a number may still follow");
        }
        for wrong in ["+999", "+0", "0475 12 34 5x"] {
            let c = check(wrong, 0, wrong, "phone", by_code("BE"));
            assert!(c.issues.iter().all(|i| !i.incomplete), "{wrong}");
        }
        let c = check("0475123456", 0, "0475123456", "fax", None);
        assert_eq!(c.issues[0].code, Code::PhoneFormat, "a national number needs a country");
        assert_eq!(c.issues[0].path, [PathSegment::Key("fax")]);
    }
}
