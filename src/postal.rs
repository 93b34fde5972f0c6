//! Postal codes — spec §1.3: the registry's regex for the registrant's country, verbatim.
//! Normalisation is trimming only; upper-casing or dropping a `B-` prefix is a suggestion.

use crate::countries::Country;
use crate::issue::{Code, Issue, Params, PathSegment};

/// Longest postal code (spec §1.1, Decision from RFC 5733).
pub const MAX_LEN: usize = 16;
const PATH: &[PathSegment] = &[PathSegment::Key("postalCode")];

/// Checks a trimmed, non-empty postal code against `country`'s regex. The example the message
/// shows fits what was typed where it can (`B-9000` → `9000`, the mended form; else the
/// country's example); the issue is `incomplete` while the code (or its upper-case form) is the
/// beginning of a valid one (`9`, `900`), so a form waits until the user leaves the field.
pub(crate) fn check(code: &str, country: &'static Country) -> Option<Issue> {
    if country.postal_matches(code) != Some(false) {
        return None;
    }
    let upper = code.to_ascii_uppercase();
    let unprefixed = strip_prefix(&upper);
    let suggestion = suggestion(code, &upper, unprefixed, country);
    let incomplete = country.postal_begins(code) || (upper != code && country.postal_begins(&upper));
    let prefix = unprefixed.len();
    let country_prefix = code.get(..code.len() - prefix).filter(|p| !p.is_empty() && suggestion.is_some()).map(|p| p.trim_end().to_string());
    let example = suggestion.clone().filter(|_| country.has_postal_codes()).unwrap_or_else(|| country.postal_example().to_string());
    let params = Params {
        country: Some(country.code()),
        example: Some(example),
        digits: country.postal_digits(),
        country_prefix,
        ..Params::default()
    };
    Some(Issue::new(Code::PostalCodeFormat).path(PATH).params(params).suggest(suggestion).incomplete(incomplete))
}

/// The first of a few mended forms that the regex accepts: `0000` for countries without postal
/// codes; otherwise upper case, without a country prefix (`B-1000`, `NL-1234 AB`), without
/// spaces, or with a space between digits and letters (`1234AB` → `1234 AB`). `upper`: `code`
/// upper-cased; `unprefixed`: that without its country prefix.
fn suggestion(code: &str, upper: &str, unprefixed: &str, country: &Country) -> Option<String> {
    if !country.has_postal_codes() {
        return Some("0000".into());
    }
    // Each form is made only if the ones before it fail (this runs on every wrong keystroke).
    let fits = |s: &str| !s.is_empty() && s != code && country.postal_matches(s) == Some(true);
    if fits(upper) {
        return Some(upper.to_string());
    }
    if fits(unprefixed) {
        return Some(unprefixed.to_string());
    }
    let compact: String = unprefixed.chars().filter(|c| !c.is_whitespace()).collect();
    if fits(&compact) {
        return Some(compact);
    }
    split_digits_letters(&compact).filter(|s| fits(s))
}

/// `B-1000` → `1000`, `NL 1234 AB` → `1234 AB`: one to three letters and a separator before a digit.
fn strip_prefix(code: &str) -> &str {
    let letters = code.bytes().take_while(u8::is_ascii_alphabetic).count();
    if !(1..=3).contains(&letters) {
        return code;
    }
    let rest = code[letters..].trim_start_matches(['-', ' ', '.']);
    if rest.starts_with(|c: char| c.is_ascii_digit()) { rest } else { code }
}

fn split_digits_letters(code: &str) -> Option<String> {
    let digits = code.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && digits < code.len() && code.as_bytes()[digits].is_ascii_alphabetic())
        .then(|| [&code[..digits], " ", &code[digits..]].concat())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::countries::by_code;

    fn issue(code: &str, country: &str) -> Option<Issue> {
        check(code, by_code(country).unwrap())
    }

    #[test]
    fn belgian_codes() {
        assert!(issue("1000", "BE").is_none());
        assert!(issue("9000", "BE").is_none());
        let i = issue("100", "BE").unwrap();
        assert_eq!(i.params.example.as_deref(), Some("4000"));
        assert!(i.incomplete, "a fourth digit can still come");
        let i = issue("B-9000", "BE").unwrap();
        assert_eq!((i.suggestion.as_deref(), i.params.example.as_deref(), i.params.country_prefix.as_deref()), (Some("9000"), Some("9000"), Some("B-")));
        assert!(!i.incomplete);
        assert!(!issue("90000", "BE").unwrap().incomplete, "no fifth digit");
        assert!(issue("sw1a", "GB").unwrap().incomplete, "upper case is offered on leaving the field");
        assert_eq!(issue("B-1000", "BE").unwrap().suggestion.as_deref(), Some("1000"));
        assert_eq!(issue("b 1000", "BE").unwrap().suggestion.as_deref(), Some("1000"));
        assert_eq!(issue("10000", "BE").unwrap().suggestion, None);
    }

    #[test]
    fn registry_quirks_are_kept() {
        // AR: the ungrouped alternation `^[0-9]{4}|[A-Za-z][0-9]{4}[a-zA-Z]{3}$` accepts anything
        // that starts with four digits — the registry does too.
        assert!(issue("1234", "AR").is_none());
        assert!(issue("1234 anything", "AR").is_none());
        assert!(issue("C1425DKA", "AR").is_none());
        // AI: upper-case I only.
        assert!(issue("AI-2640", "AI").is_none());
        assert!(issue("ai-2640", "AI").is_some());
        assert!(issue("aI-2640", "AI").is_none());
        // AQ: no postal codes, or BIQQ 1ZZ.
        assert!(issue("0000", "AQ").is_none());
        assert!(issue("BIQQ 1ZZ", "AQ").is_none());
        // BF: 0000 or two digits.
        assert!(issue("0000", "BF").is_none());
        assert!(issue("01", "BF").is_none());
        assert!(issue("001", "BF").is_some());
    }

    #[test]
    fn countries_without_postal_codes_suggest_0000() {
        let i = issue("12345", "AE").unwrap();
        assert_eq!(i.suggestion.as_deref(), Some("0000"));
        assert!(issue("00000", "AE").is_none());
        assert!(issue("0000", "XK").is_none());
    }

    #[test]
    fn foreign_codes_get_mended_forms() {
        assert!(issue("1234 AB", "NL").is_none());
        assert_eq!(issue("1234ab", "NL").unwrap().suggestion.as_deref(), Some("1234AB"));
        assert_eq!(issue("NL-1234 AB", "NL").unwrap().suggestion.as_deref(), Some("1234 AB"));
        assert!(issue("75001", "FR").is_none());
        assert_eq!(issue("F-75001", "FR").unwrap().suggestion.as_deref(), Some("75001"));
        assert!(issue("SW1A 1AA", "GB").is_none());
        assert_eq!(issue("sw1a 1aa", "GB").unwrap().suggestion.as_deref(), Some("SW1A 1AA"));
        assert!(issue("10115", "DE").is_none());
        assert!(issue("00144", "IT").is_none());
    }
}
