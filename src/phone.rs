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
    // International: `+CC…` or `00CC…`; national: the registrant's country (spec §1.4), with
    // the national prefix typed before the number (`0` in `0475…`) noted as `typed_trunk`.
    let mut typed_trunk = "";
    let (cc, national): (&str, String) = if plus || digits.starts_with("00") {
        let intl = if plus { &digits[..] } else { &digits[2..] };
        match countries::calling_code_of(intl) {
            Some(cc) => (cc, intl[cc.len()..].to_string()),
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
                let national = national_number(c, &digits);
                typed_trunk = typed_prefix(&digits, &national);
                (c.phone_prefix(), national)
            }
            None => return fail(vec![Issue::new(Code::PhoneFormat).path(&path)]),
        }
    };
    let value = ["+", cc, ".", &national].concat();
    if national.is_empty() {
        // `0`, `+32`, `0032`: the number itself is still to come. Typed nationally (`0`), the
        // message says how a whole number starts: with the 0, or with the country code.
        let start = Params { prefix: Some(cc.to_string()), trunk: (!typed_trunk.is_empty()).then_some(typed_trunk), ..Params::default() };
        let issue = Issue::new(Code::PhoneFormat).path(&path).params(start).incomplete(true);
        return Checked { value, issues: vec![issue], national: None };
    }
    if !length_fits(cc, &national) {
        let mut merged = merge(countries::by_calling_code(cc).flat_map(|c| c.phone_lengths().iter().copied()));
        // Too few digits for every length the calling code allows: typing on can fix it.
        let incomplete = merged.iter().any(|&(_, hi)| national.len() < usize::from(hi));
        // A national number is counted as typed, with its trunk prefix (`0475` has 4 digits).
        let extra = typed_trunk.len() as u8;
        for range in &mut merged {
            *range = (range.0.saturating_add(extra), range.1.saturating_add(extra));
        }
        // `+32 0475…`, `+375 8 029…`: a national prefix after the calling code; offer the number
        // without it. Only a prefix taken away: a rule that adds digits (the area code the
        // seven-digit local numbers of Antigua and the other +1 islands are dialled without)
        // would guess a country.
        let suggestion = countries::by_calling_code(cc)
            .filter_map(|c| c.without_national_prefix(&national))
            .find(|rest| rest.len() < national.len() && national.ends_with(rest.as_str()) && length_fits(cc, rest))
            .map(|rest| ["+", cc, ".", &rest].concat());
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
    Checked { national: Some(national), value, issues }
}

/// The national prefix typed before a national number, where it is one digit taken away (`0` of
/// `0475…`, `8` of a Russian `8 495…`), as a static text for `Params::trunk`; empty otherwise —
/// nothing taken away, or a longer prefix or a rewrite (Belarus's `80`), whose messages then
/// count the national number alone.
fn typed_prefix(digits: &str, national: &str) -> &'static str {
    const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    match digits.strip_suffix(national).map(str::as_bytes) {
        Some(&[d @ b'0'..=b'9']) => DIGITS[usize::from(d - b'0')],
        _ => "",
    }
}

/// A number dialled inside country `c` as its national significant number (spec §1.4: "trunk
/// prefixes differ per country: take them from libphonenumber"), as libphonenumber reads it:
/// without what the country's national prefix for parsing matches at its start, or rewritten
/// by its transform rule (Belarus's `8 0152…` and `8 029…` lose `80`, Argentina's `011 15 …`
/// becomes `9 11 …`, Antigua's seven-digit local numbers get their area code 268).
fn national_number(c: &Country, digits: &str) -> String {
    match c.without_national_prefix(digits) {
        // As libphonenumber: a number that is possible as typed stays as typed when the rewritten
        // one is not (Russia's 800 numbers typed without the 8 before them). *Decision*:
        // libphonenumber tells "possible" by the country's whole number pattern, which the
        // table does not carry; it has the lengths and the digits a number can start with.
        Some(rewritten) if !possible(c, digits) || possible(c, &rewritten) => rewritten,
        _ => digits.to_string(),
    }
}

/// Whether `national` could be a national significant number of `c`: a length its rule allows,
/// and a first digit its numbers can start with.
fn possible(c: &Country, national: &str) -> bool {
    c.phone_length_matches(national) != Some(false) && c.can_start(national)
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
    fn national_prefixes_of_more_than_one_digit_or_with_optional_parts() {
        // Belarus: 8, or 80 before a code that starts with 0 (libphonenumber's `0|80?`).
        assert_eq!(run("8 0152 45-09-11", "BY"), ("+375.152450911".into(), vec![], None));
        assert_eq!(run("8 029 491-19-11", "BY").0, "+375.294911911");
        assert_eq!(run("8 801 123 4567", "BY").0, "+375.8011234567", "toll-free: the 8 only");
        assert_eq!(run("029 491-19-11", "BY").0, "+375.294911911");
        // Argentina: the 15 of a mobile number dialled inside the country becomes a 9 before the
        // area code (`0?(?:(11|…)15)?` → `9\1`).
        assert_eq!(run("011 15-2345-6789", "AR").0, "+54.91123456789");
        assert_eq!(run("011 2345-6789", "AR").0, "+54.1123456789");
        // Brazil: 0 and a two-digit carrier code (`(?:0|90)(?:(1[245]|…)(\d{10,11}))?` → `\2`).
        assert_eq!(run("0 15 11 96123-4567", "BR").0, "+55.11961234567");
        assert_eq!(run("(11) 96123-4567", "BR").0, "+55.11961234567");
        // Korea: 0 and a carrier code 8x (`0(8(?:[1-46-8]|5\d\d))?`).
        assert_eq!(run("0082 2 123 4567", "KR").0, "+82.21234567", "an international 00 wins");
        assert_eq!(run("081 2 123 4567", "KR").0, "+82.21234567");
        // Antigua: a seven-digit local number gets its area code (`([457]\d{6})$|1` → `268\1`).
        assert_eq!(run("460 1234", "AG").0, "+1.2684601234");
        assert_eq!(run("1 268 460 1234", "AG").0, "+1.2684601234");
        // Russia: a number that is possible as typed is not cut (800 numbers start with the 8
        // that is also the national prefix).
        assert_eq!(run("8 800 123-45-67", "RU").0, "+7.8001234567");
        assert_eq!(run("800 123-45-67", "RU").0, "+7.8001234567");
        assert_eq!(run("8 495 123-45-67", "RU").0, "+7.4951234567");
        // Belgium: a 0 cannot start a Belgian number, so a mobile number two digits short is
        // reported as such, not read as an eight-digit number starting with 0.
        assert_eq!(run("0475 12 34", "BE"), ("+32.4751234".into(), vec!["phone_length"], None));
        // After a calling code, a kept national prefix is offered without it where the number
        // is too long with it. Not caught: Belarus's 8 0 after +375 (11 digits, a length
        // Belarus allows, and 8 starts its toll-free numbers).
        assert_eq!(run("+375 8 029 491-19-11", "BE"), ("+375.80294911911".into(), vec![], None));
        assert_eq!(run("+44 0 20 7946 0958 0", "BE").2, None);
        assert_eq!(run("+44 0 20 7946 0958", "BE").2.as_deref(), Some("+44.2079460958"));
        // No island's area code is guessed after +1.
        assert_eq!(run("+1 460 1234", "BE").2, None);
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
