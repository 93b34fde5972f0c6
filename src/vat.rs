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

/// **Decision** (spec §1.6, "normalise"): what people paste between the parts of a VAT number
/// is dropped — white space of any kind, `.`, `-` and the other dashes, `/`, the `:` of
/// `DK: 21599336` and the brackets of `BE (0)468.561.072` (the Belgian way to show the leading
/// 0). Letters and digits are kept, so nothing that could be part of the number is lost.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '.' | '-' | '/' | ':' | '(' | ')' | '\u{2010}'..='\u{2015}')
}

/// Checks a trimmed, non-empty VAT number for a registrant in `country` (if known).
pub(crate) fn check(text: &str, country: Option<&'static Country>) -> Checked {
    // `BE 0403.170.701`, `be0403-170-701`, `BE (0)403.170.701` → `BE0403170701` (normalisation,
    // spec §1.6).
    let mut compact = String::with_capacity(text.len());
    compact.extend(text.chars().filter(|&c| !is_separator(c)).map(|c| c.to_ascii_uppercase()));
    if compact == PENDING {
        return Checked { value: compact, issues: vec![Issue::new(Code::VatPending).path(PATH)] };
    }
    let Some(country) = country.filter(|c| c.has_vat()) else {
        // No rule known for this country (or no country): sent as typed, compacted.
        return Checked { value: compact, issues: Vec::new() };
    };
    let vat_prefix = country.vat_prefix();
    // The prefix is read off first, and the number after it is matched against the regex's body
    // alone: the registry's `^(FR)?[0-9A-Z]{2}[0-9]{9}$` would otherwise take the `FR` of
    // `FR000076090` as the two-character key of an 11-character number.
    let letters = compact.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (prefix, number) = if letters >= 2 { compact.split_at(2) } else { ("", compact.as_str()) };
    let body_ok = |n: &str| country.vat_body_matches(n) == Some(true);
    let fail = |issue: Issue| Checked { value: compact.clone(), issues: vec![issue] };
    let format_issue = || Issue::new(Code::VatFormat).path(PATH).params(Params { country: Some(country.code()), ..Params::default() });
    if !prefix.is_empty() && prefix != vat_prefix {
        // The country's own ISO code where its VAT numbers carry another prefix: `GR` for
        // Greece's `EL`, `AX` for Åland's `FI`. The fix is known.
        if prefix == country.code() {
            if !body_ok(number) {
                return fail(format_issue());
            }
            let params = Params { country: Some(country.code()), prefix: Some(vat_prefix.into()), ..Params::default() };
            return fail(Issue::new(Code::VatPrefixWrong).path(PATH).params(params).suggest(Some([vat_prefix, number].concat())));
        }
        // Whose number is it? By VAT prefix (`EL` is Greece), else by country code (`GR`).
        let owner = countries::COUNTRIES
            .iter()
            .find(|c| c.vat_prefix() == prefix && c.code() != "AX")
            .or_else(|| countries::by_code(prefix).filter(|c| c.has_vat()));
        let params = Params { country: Some(country.code()), vat_country: owner.map(|c| c.code()), ..Params::default() };
        let code = if owner.is_some() { Code::VatCountryMismatch } else { Code::VatFormat };
        return fail(Issue::new(code).path(PATH).params(params));
    }
    let value = [vat_prefix, number].concat();
    if !body_ok(number) {
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

    #[test]
    fn the_prefix_is_read_off_before_the_number_is_matched() {
        // `^(FR)?[0-9A-Z]{2}[0-9]{9}$` matches FR000076090 as a prefix-less key "FR" + 9 digits.
        assert_eq!(run("FR000076090", "FR").1, ["vat_format"]);
        assert_eq!(run("FR40303265045", "FR"), ("FR40303265045".into(), vec![], None));
        assert_eq!(run("40303265045", "FR").0, "FR40303265045");
        assert_eq!(run("FRAB303265045", "FR").1, [] as [&str; 0], "a key of letters");
        // Every country: its prefix is never read as (part of) the number.
        for c in countries::COUNTRIES.iter().filter(|c| c.has_vat()) {
            assert_eq!(c.vat_body_matches(c.vat_prefix()), Some(false), "{}: the prefix alone is no number", c.code());
        }
    }

    #[test]
    fn pasted_shapes() {
        assert_eq!(run("BE (0)468.561.072", "BE"), ("BE0468561072".into(), vec![], None));
        assert_eq!(run("DK: 21599336", "DK"), ("DK21599336".into(), vec![], None));
        assert_eq!(run("IT: 02331250163", "IT"), ("IT02331250163".into(), vec![], None));
        assert_eq!(run("EL 094051189", "GR"), ("EL094051189".into(), vec![], None));
        assert_eq!(run("BE\u{202f}0468\u{2013}561\u{2013}072", "BE").0, "BE0468561072");
    }

    #[test]
    fn a_country_code_for_a_vat_prefix_is_corrected() {
        assert_eq!(run("GR 094051189", "GR"), ("GR094051189".into(), vec!["vat_prefix_wrong"], Some("EL094051189".into())));
        assert_eq!(run("AX12345678", "AX").2.as_deref(), Some("FI12345678"));
        assert_eq!(run("GR09405118", "GR").1, ["vat_format"], "a wrong number too: no fix to offer");
        assert_eq!(run("GR094051189", "BE").1, ["vat_country_mismatch"], "Greece's, by its country code");
    }
}
