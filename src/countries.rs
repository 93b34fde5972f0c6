//! The country table — spec §1.3 (postal codes), §1.4 (phone), §1.6 (VAT) — built from
//! `data/countries.tsv` by build.rs. The registry's published rows are used verbatim; the other
//! rows come from public data (see `data/README.md`). The regexes are compiled at build time into
//! linear-time automata (`pattern`); a phone-length regex, always of the shape `^[0-9]{8,9}$`
//! (build.rs checks), is read as its digit-count ranges.

use crate::lang::Lang;
use crate::pattern;

/// One row of the table: where its texts start in a shared blob of tab-terminated records (see
/// build.rs), so the whole table costs a few kilobytes of wasm.
#[derive(Debug)]
pub struct Country {
    start: u16,
    lengths: [(u8, u8); 3],
    n_lengths: u8,
    postal_pattern: u16,
    vat_pattern: u16,
    has_postal_codes: bool,
    /// The digit count when the postal regex is `^[0-9]{n}$` (n digits and nothing else), for
    /// messages ("4 digits"); 0 for any other regex.
    postal_digits: u8,
    /// Its own index in [`COUNTRIES`] (for the regex texts of native builds).
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    row: u8,
}

include!(concat!(env!("OUT_DIR"), "/countries.rs"));

/// The regex that countries without postal codes carry (spec §1.3).
pub const NO_POSTAL_CODES: &str = "^[0]{4,5}$";

// Fields of a row's record, in build.rs's order.
const PHONE_PREFIX: usize = 1;
const TRUNK: usize = 2;
const VAT_PREFIX: usize = 3;
const POSTAL_EXAMPLE: usize = 4;
const NAME: usize = 5;

impl Country {
    /// Field `k` of the row's record (`""` if the table were ever malformed: no panic here).
    fn field(&self, k: usize) -> &'static str {
        // A byte loop: the fields the checks read are the first few of the record.
        let bytes = BLOB.as_bytes();
        let (mut start, mut seen) = (self.start as usize, 0);
        let mut i = start;
        while let Some(&b) = bytes.get(i) {
            if b == b'\t' {
                if seen == k {
                    return BLOB.get(start..i).unwrap_or("");
                }
                seen += 1;
                start = i + 1;
            }
            i += 1;
        }
        ""
    }

    /// ISO 3166-1 alpha-2 (plus `XK` and the registry's legacy `AN`).
    pub fn code(&self) -> &'static str {
        BLOB.get(self.start as usize..self.start as usize + 2).unwrap_or("")
    }

    pub fn name(&self, lang: Lang) -> &'static str {
        self.field(NAME + lang.index())
    }

    pub fn postal_example(&self) -> &'static str {
        self.field(POSTAL_EXAMPLE)
    }

    /// Calling code without `+`; empty when none is known.
    pub fn phone_prefix(&self) -> &'static str {
        self.field(PHONE_PREFIX)
    }

    /// Digit counts the phone-length regex allows, as ranges (for messages).
    pub fn phone_lengths(&self) -> &[(u8, u8)] {
        // build.rs refuses more than 3 ranges: `n_lengths` is at most the array's length.
        &self.lengths[..self.n_lengths as usize]
    }

    /// National trunk prefix (`0` in Belgium), empty where numbers are dialled as they are.
    pub fn trunk(&self) -> &'static str {
        self.field(TRUNK)
    }

    /// Whether the table has a VAT regex for this country.
    pub fn has_vat(&self) -> bool {
        self.vat_pattern != u16::MAX
    }

    /// The prefix VAT numbers carry (`BE`; `EL` for Greece, `FI` for Åland).
    pub fn vat_prefix(&self) -> &'static str {
        self.field(VAT_PREFIX)
    }

    /// The registry's postal-code regex (or the public-data one in its style). Native builds
    /// only: the wasm carries the compiled automaton, not the source text.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn postal(&self) -> &'static str {
        // `row` is written by build.rs as the row's own index in both tables: in range.
        REGEXES[self.row as usize][0]
    }

    /// The phone-length regex (native builds only, as [`Country::postal`]).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn phone_length(&self) -> &'static str {
        REGEXES[self.row as usize][1]
    }

    /// The VAT regex (native builds only, as [`Country::postal`]).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn vat(&self) -> &'static str {
        REGEXES[self.row as usize][2]
    }

    /// Whether the country has postal codes (its regex is not [`NO_POSTAL_CODES`]).
    pub fn has_postal_codes(&self) -> bool {
        self.has_postal_codes
    }

    /// Whether `code` matches the registry's postal regex. `None` if the table has none.
    pub fn postal_matches(&self, code: &str) -> Option<bool> {
        (self.postal_pattern != u16::MAX).then(|| pattern::is_match(self.postal_pattern, code))
    }

    /// Whether `code` is the beginning of a postal code the regex accepts (`9` and `900` in
    /// Belgium; not `B-9` nor `90000`): typing on may still make it valid.
    pub fn postal_begins(&self, code: &str) -> bool {
        pattern::is_prefix(self.postal_pattern, code)
    }

    /// How many digits a postal code has, where the regex is digits only (`^[0-9]{4}$` → 4).
    pub fn postal_digits(&self) -> Option<u8> {
        (self.postal_digits > 0).then_some(self.postal_digits)
    }

    /// Whether a national significant number of these digits matches the phone-length regex
    /// (`^[0-9]{8,9}$` and its like: ASCII digits, as many as one of the ranges allows).
    pub fn phone_length_matches(&self, digits: &str) -> Option<bool> {
        if self.n_lengths == 0 {
            return None;
        }
        let n = digits.len();
        let all_digits = digits.bytes().all(|b| b.is_ascii_digit());
        Some(all_digits && self.phone_lengths().iter().any(|&(lo, hi)| (usize::from(lo)..=usize::from(hi)).contains(&n)))
    }

    pub fn vat_matches(&self, vat: &str) -> Option<bool> {
        (self.vat_pattern != u16::MAX).then(|| pattern::is_match(self.vat_pattern, vat))
    }
}

/// The row for an upper-case code.
pub fn by_code(code: &str) -> Option<&'static Country> {
    let &[a, b] = code.as_bytes() else { return None };
    if !a.is_ascii_uppercase() || !b.is_ascii_uppercase() {
        return None;
    }
    let i = *CODE_INDEX.get(usize::from(a - b'A') * 26 + usize::from(b - b'A'))?;
    COUNTRIES.get(usize::from(i))
}

/// The rows that use a calling code (several countries share 1, 7, 44, 262, 590, 599…).
pub fn by_calling_code(prefix: &str) -> impl Iterator<Item = &'static Country> {
    let members = prefix
        .parse::<u16>()
        .ok()
        .and_then(|p| CALLING_CODES.binary_search_by(|g| g.0.cmp(&p)).ok())
        .and_then(|i| {
            let (_, start, n) = CALLING_CODES[i];
            CALLING_CODE_MEMBERS.get(start as usize..start as usize + n as usize)
        })
        .unwrap_or(&[]);
    members.iter().filter_map(|&i| COUNTRIES.get(i as usize))
}

/// Every row, sorted by its name in `lang` (accents and case ignored).
pub fn in_order(lang: Lang) -> impl Iterator<Item = &'static Country> {
    ORDER[lang.index()].iter().filter_map(|&i| COUNTRIES.get(i as usize))
}

/// Whether some calling code starts with `digits` (`3`, `35`: typing on may give one).
pub fn calling_code_begins(digits: &str) -> bool {
    // Only on the way to an error message: a walk over the rows is cheap enough there.
    digits.len() <= 3 && COUNTRIES.iter().any(|c| !c.phone_prefix().is_empty() && c.phone_prefix().starts_with(digits))
}

/// The calling code at the start of `digits`, if any is known (calling codes are prefix-free).
pub fn calling_code_of(digits: &str) -> Option<&'static str> {
    (1..=3).filter_map(|n| digits.get(..n)).find_map(|p| by_calling_code(p).next().map(Country::phone_prefix))
}

/// The country whose name in any of the four languages is `name` (case-insensitive), for a
/// "did you mean BE" when someone types `Belgique` into the country field.
pub fn by_name(name: &str) -> Option<&'static Country> {
    let fold = |s: &str| -> String { s.trim().chars().map(crate::idna::lower).collect() };
    let wanted = fold(name);
    COUNTRIES.iter().find(|c| Lang::ALL.iter().any(|&l| fold(c.name(l)) == wanted))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_parses_and_its_example_passes_its_own_regex() {
        assert!(COUNTRIES.len() >= 251, "{}", COUNTRIES.len());
        for c in &COUNTRIES {
            let code = c.code();
            assert_eq!(c.postal_matches(c.postal_example()), Some(true), "{code}: {} vs {}", c.postal_example(), c.postal());
            if !c.phone_length().is_empty() {
                assert!(c.phone_length_matches("1").is_some(), "{code}: phone regex compiles");
                assert!(!c.phone_lengths().is_empty(), "{code}");
                for &(lo, hi) in c.phone_lengths() {
                    for n in lo..=hi {
                        assert_eq!(c.phone_length_matches(&"5".repeat(n as usize)), Some(true), "{code} {n}");
                    }
                    assert_eq!(c.phone_length_matches(&"5".repeat(hi as usize + 1)), Some(c.phone_lengths().iter().any(|r| r.0 == hi + 1)), "{code}");
                }
            }
            assert_eq!(c.has_vat(), !c.vat().is_empty(), "{code}");
            assert_eq!(c.has_postal_codes(), c.postal() != NO_POSTAL_CODES, "{code}");
            assert_eq!(c.phone_lengths().is_empty(), c.phone_length().is_empty(), "{code}");
            if !c.vat().is_empty() {
                assert!(c.vat_matches("X").is_some(), "{code}: VAT regex compiles");
                assert!(!c.vat_prefix().is_empty(), "{code}");
            }
            assert!(Lang::ALL.iter().all(|&l| !c.name(l).is_empty()), "{code}");
        }
    }

    #[test]
    fn lookups() {
        let be = by_code("BE").unwrap();
        assert_eq!(Lang::ALL.map(|l| be.name(l)), ["Belgium", "België", "Belgique", "Belgien"]);
        assert_eq!((be.phone_prefix(), be.trunk(), be.vat_prefix(), be.phone_lengths()), ("32", "0", "BE", &[(8, 9)][..]));
        assert!(by_code("be").is_none());
        assert!(by_code("ZZ").is_none());
        assert_eq!(calling_code_of("32475123456"), Some("32"));
        assert_eq!(calling_code_of("14155550100"), Some("1"));
        assert_eq!(calling_code_of("999"), None);
        assert!(calling_code_begins("3") && calling_code_begins("35") && calling_code_begins("352") && calling_code_begins(""));
        assert!(!calling_code_begins("0") && !calling_code_begins("999") && !calling_code_begins("3522"));
        assert_eq!(be.postal_digits(), Some(4));
        assert_eq!(by_code("NL").unwrap().postal_digits(), None);
        assert!(be.postal_begins("9") && be.postal_begins("900") && be.postal_begins(""));
        assert!(!be.postal_begins("B-9") && !be.postal_begins("90000") && !be.postal_begins("9 "));
        let nanp: Vec<_> = by_calling_code("1").map(|c| c.code()).collect();
        assert!(nanp.contains(&"US") && nanp.contains(&"CA") && nanp.contains(&"AG"), "{nanp:?}");
        assert_eq!(by_name("belgique").map(|c| c.code()), Some("BE"));
        assert_eq!(by_name("Nederland").map(|c| c.code()), Some("NL"));
    }

    #[test]
    fn the_registry_rows_are_verbatim() {
        let rows = include_str!("../data/sources/registry-regexp-rows.tsv");
        for line in rows.lines().skip(1) {
            let cells: Vec<&str> = line.split('\t').collect();
            let c = by_code(cells[0]).unwrap();
            assert_eq!(c.postal(), cells[2], "{}", cells[0]);
            assert_eq!(c.phone_prefix(), cells[3], "{}", cells[0]);
            assert_eq!(c.phone_length(), cells[4], "{}", cells[0]);
            if cells[5] != "?" {
                assert_eq!(c.vat(), cells[5], "{}", cells[0]);
            }
        }
    }
}
