//! VAT numbers — spec §1.6. Required for organisations in the EU/EEA; `PENDING` accepted with a
//! warning; the registry's regex of the address's country; the prefix must be that country's;
//! Belgian enterprise numbers also pass the mod-97 check.

use crate::countries::{self, Country};
use crate::issue::{Code, Issue, Params, PathSegment};

const PATH: &[PathSegment] = &[PathSegment::Key("vat")];

/// Where organisations must give a VAT number (spec §1.6: EU 27 + IS, LI, NO). **Decision**: Åland
/// (AX) too — the registry's own row gives it a VAT pattern, with Finland's prefix.
pub const VAT_REQUIRED_IN: &[&str] = &[
    "AT", "AX", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI",
    "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// The literal the registry accepts while a VAT number is applied for (spec §1.6).
pub const PENDING: &str = "PENDING";

pub fn required_in(country: &Country) -> bool {
    VAT_REQUIRED_IN.contains(&country.code())
}

pub(crate) struct Checked {
    pub value: String,
    pub issues: Vec<Issue>,
}

/// Checks a trimmed, non-empty VAT number for a registrant in `country` (if known).
pub(crate) fn check(text: &str, country: Option<&'static Country>) -> Checked {
    // `BE 0403.170.701`, `be0403-170-701` → `BE0403170701` (normalisation, spec §1.6).
    let mut compact = String::with_capacity(text.len());
    compact.extend(text.chars().filter(|c| !matches!(c, ' ' | '.' | '-' | '/' | '\u{a0}')).map(|c| c.to_ascii_uppercase()));
    if compact == PENDING {
        return Checked { value: compact, issues: vec![Issue::new(Code::VatPending).path(PATH)] };
    }
    let Some(country) = country.filter(|c| c.has_vat()) else {
        // No rule known for this country (or no country): sent as typed, compacted.
        return Checked { value: compact, issues: Vec::new() };
    };
    let vat_prefix = country.vat_prefix();
    let letters = compact.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (prefix, number) = if letters >= 2 { compact.split_at(2) } else { ("", compact.as_str()) };
    let fail = |issue: Issue| Checked { value: compact.clone(), issues: vec![issue] };
    if !prefix.is_empty() && prefix != vat_prefix {
        let owner = countries::COUNTRIES.iter().find(|c| c.vat_prefix() == prefix && c.code() != "AX");
        let params = Params { country: Some(country.code()), vat_country: owner.map(|c| c.code()), ..Params::default() };
        let code = if owner.is_some() { Code::VatCountryMismatch } else { Code::VatFormat };
        return fail(Issue::new(code).path(PATH).params(params));
    }
    let value = [vat_prefix, number].concat();
    let format_issue = || Issue::new(Code::VatFormat).path(PATH).params(Params { country: Some(country.code()), ..Params::default() });
    if country.vat_matches(&compact) != Some(true) {
        // A Belgian number of the old 9-digit form gets its leading 0 (if the result is real).
        let suggestion = (country.code() == "BE" && number.len() == 9 && number.bytes().all(|b| b.is_ascii_digit()))
            .then(|| ["BE0", number].concat())
            .filter(|s| belgian_checksum_ok(&s[2..]));
        return fail(format_issue().suggest(suggestion));
    }
    if country.code() == "BE" && !belgian_checksum_ok(number) {
        return Checked { value, issues: vec![Issue::new(Code::VatChecksum).path(PATH)] };
    }
    Checked { value, issues: Vec::new() }
}

/// Belgian enterprise number (10 digits): the last two digits are 97 − (the first eight mod 97)
/// (spec §1.6).
pub fn belgian_checksum_ok(number: &str) -> bool {
    if number.len() != 10 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let (Ok(body), Ok(check)) = (number[..8].parse::<u32>(), number[8..].parse::<u32>()) else { return false };
    97 - body % 97 == check
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::countries::by_code;

    fn run(vat: &str, country: &str) -> (String, Vec<&'static str>, Option<String>) {
        let c = check(vat, by_code(country));
        let s = c.issues.iter().find_map(|i| i.suggestion.clone());
        (c.value, c.issues.iter().map(|i| i.code.as_str()).collect(), s)
    }

    #[test]
    fn belgian_numbers_are_compacted_with_their_prefix() {
        // 0403.170.701 is a real enterprise number (mod 97 holds).
        for typed in ["BE 0403.170.701", "be0403170701", "0403170701", "BE0403-170-701"] {
            let (v, codes, _) = run(typed, "BE");
            assert!(codes.is_empty(), "{typed}: {codes:?}");
            assert_eq!(v, "BE0403170701");
        }
    }

    #[test]
    fn checksum_format_and_old_numbers() {
        assert_eq!(run("BE0403170702", "BE").1, ["vat_checksum"]);
        assert_eq!(run("BE2403170701", "BE").1, ["vat_format"], "first digit 0 or 1");
        assert_eq!(run("403170701", "BE").2.as_deref(), Some("BE0403170701"), "the old 9-digit form");
        assert!(belgian_checksum_ok("0403170701"));
        assert!(!belgian_checksum_ok("040317070"));
    }

    #[test]
    fn other_countries() {
        assert_eq!(run("NL123456789B01", "NL").0, "NL123456789B01");
        assert_eq!(run("EL123456789", "GR").0, "EL123456789");
        assert_eq!(run("123456789", "GR").0, "EL123456789");
        assert_eq!(run("ATU12345678", "AT").1, [] as [&str; 0]);
        assert_eq!(run("FR12345678901", "BE").1, ["vat_country_mismatch"]);
        assert_eq!(run("XX12345678901", "BE").1, ["vat_format"]);
        assert_eq!(run("pending", "BE").1, ["vat_pending"]);
        assert_eq!(run("CHE-123.456.789", "CH").0, "CHE123456789", "no rule for CH: compacted only");
    }
}
