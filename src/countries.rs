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
    /// Digit-count ranges of the phone-length regex; unused ones are `(0, 0)` (build.rs refuses
    /// a range from 0).
    lengths: [(u8, u8); 3],
    postal_pattern: u16,
    vat_pattern: u16,
    /// The national-prefix rule (`pattern::national_prefix`; `u8::MAX`: none).
    national_prefix: u8,
    /// Bit `d`: a national significant number can start with the digit `d` (0: not known).
    first_digits: u16,
    has_postal_codes: bool,
    /// The digit count when the postal regex is `^[0-9]{n}$` (n digits and nothing else), for
    /// messages ("4 digits"); 0 for any other regex.
    postal_digits: u8,
    /// Its own index in [`COUNTRIES`] (for the regex texts, which only native builds carry, and
    /// the platform's names in the wasm).
    row: u8,
    /// How many short or former names (data/country-aliases.tsv) its record holds after its
    /// four names.
    aliases: u8,
}

include!(concat!(env!("OUT_DIR"), "/countries.rs"));

/// The regex that countries without postal codes carry (spec §1.3).
pub const NO_POSTAL_CODES: &str = "^[0]{4,5}$";

// Fields of a row's record, in build.rs's order.
const PHONE_PREFIX: usize = 1;
const VAT_PREFIX: usize = 2;
const POSTAL_EXAMPLE: usize = 3;
const NAME: usize = 4;

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

    /// Its name in `lang`: natively the table's (Unicode CLDR, data/README.md); in the wasm the
    /// platform's own CLDR names from [`install_names`] (`Intl.DisplayNames`: the names the
    /// browser gives countries everywhere else), the code itself where there are none.
    pub fn name(&self, lang: Lang) -> &'static str {
        let own = self.field(NAME + lang.index());
        #[cfg(target_arch = "wasm32")]
        if own.is_empty() {
            return platform_names(lang).get(usize::from(self.row)).map_or(self.code(), |n| if n.is_empty() { self.code() } else { n });
        }
        own
    }

    /// Its short and former names (`UK`, `Holland`: data/country-aliases.tsv).
    fn aliases(&self) -> impl Iterator<Item = &'static str> + '_ {
        (0..usize::from(self.aliases)).map(|k| self.field(NAME + 4 + k))
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
        match &self.lengths {
            [(0, _), ..] => &[],
            [one, (0, _), _] => core::slice::from_ref(one),
            [two @ .., (0, _)] => two,
            all => all,
        }
    }

    /// The number dialled inside the country without what libphonenumber's national prefix for
    /// parsing matches at its start (Belgium's `0`; Belarus's `8` or `80`), or rewritten by its
    /// transform rule (Argentina's `0 11 15 …` is `9 11 …`); `None` if it does not match.
    /// Italy's leading 0 has no such rule: it is part of the number.
    pub fn without_national_prefix(&self, digits: &str) -> Option<String> {
        pattern::national_prefix(self.national_prefix, digits)
    }

    /// Whether a national significant number can start as `digits` does (its first digit, as
    /// libphonenumber's pattern of the country's numbers allows); true where that is not known.
    pub fn can_start(&self, digits: &str) -> bool {
        match digits.bytes().next() {
            Some(d @ b'0'..=b'9') => self.first_digits == 0 || self.first_digits & 1 << (d - b'0') != 0,
            _ => self.first_digits == 0,
        }
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

    /// libphonenumber's national prefix for parsing (native builds only, as [`Country::postal`]):
    /// a regex matched at the start of a number dialled inside the country; empty for none.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn national_prefix_for_parsing(&self) -> &'static str {
        REGEXES[self.row as usize][3]
    }

    /// libphonenumber's transform rule for it (`9\1`; native builds only); empty for none.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn national_prefix_transform_rule(&self) -> &'static str {
        REGEXES[self.row as usize][4]
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
        if self.lengths[0].0 == 0 {
            return None;
        }
        let n = digits.len();
        let all_digits = digits.bytes().all(|b| b.is_ascii_digit());
        Some(all_digits && self.phone_lengths().iter().any(|&(lo, hi)| (usize::from(lo)..=usize::from(hi)).contains(&n)))
    }

    /// Whether `vat` matches the registry's VAT regex, as a regex engine reads it: `^(FR)?…` lets
    /// the prefix be there or not. `None` if the table has none.
    pub fn vat_matches(&self, vat: &str) -> Option<bool> {
        let prefix = self.vat_prefix();
        let body = |s: &str| pattern::is_match(self.vat_pattern, s);
        // The automaton is the regex's body (build.rs): `^(P)?B` matches `s` exactly when `^B`
        // matches `s`, or `s` starts with P and `^B` matches the rest.
        (self.vat_pattern != u16::MAX).then(|| body(vat) || (!prefix.is_empty() && vat.strip_prefix(prefix).is_some_and(body)))
    }

    /// Whether the part of a VAT number after its prefix matches the regex's body (`^(FR)?B` →
    /// `^B`): the check of spec §1.6 once the prefix has been read off, so that an optional
    /// prefix is never taken as part of the number (`FR000076090` is `FR` and 9 digits, not an
    /// 11-character number without prefix). `None` if the table has no VAT regex.
    pub fn vat_body_matches(&self, body: &str) -> Option<bool> {
        (self.vat_pattern != u16::MAX).then(|| pattern::is_match(self.vat_pattern, body))
    }
}

/// The row for an upper-case code.
pub fn by_code(code: &str) -> Option<&'static Country> {
    let &[a, b] = code.as_bytes() else { return None };
    by_letters(a, b)
}

/// The row for the code of two upper-case ASCII letters.
pub fn by_letters(a: u8, b: u8) -> Option<&'static Country> {
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

/// Every row, sorted by its name in `lang` (accents and case ignored). Native builds only (in
/// JavaScript, the dropdown's list is named and sorted by the platform: js/countries.js).
#[cfg(not(target_arch = "wasm32"))]
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

/// The country whose name in any of the four languages, or one of its usual short or former
/// names (`UK`, `USA`, `Holland`: data/country-aliases.tsv), is `name` — compared without case,
/// accents, spaces or punctuation (`belgie`, `BELGIË`, `Pays bas`, `U.S.A.`) — for a "did you
/// mean BE" when someone types `Belgique` into the country field. A look-up in a hash table of
/// the folded names, made when first used: no allocation, one or two comparisons, found or not.
/// (build.rs checks that no two countries' names fold alike in the table.)
pub fn by_name(name: &str) -> Option<&'static Country> {
    let name = name.trim();
    // The longest name is under 64 bytes once folded; a longer text is none.
    if name.len() > MAX_NAME_BYTES || folded(name).next().is_none() {
        return None;
    }
    let table = name_table();
    // A power of two (name_table): `& mask` keeps every probe in range.
    let mask = table.len() - 1;
    let mut i = fnv1a(folded(name)) & mask;
    // The table is at most half full, so an empty slot ends every probe. (The name is folded
    // as it is compared: a stack copy of its folding measured +103 B gzip in the package.)
    loop {
        match table[i] {
            EMPTY => return None,
            e if folded(indexed_name(e)).eq(folded(name)) => return COUNTRIES.get(usize::from(e >> 5)),
            _ => i = (i + 1) & mask,
        }
    }
}

/// Longest text [`by_name`] reads, in bytes.
const MAX_NAME_BYTES: usize = 128;

/// Whether `text`, as [`by_name`] compares names (folded), is how a longer one of those names
/// begins — `Belg`, `pays`, `Vereinigte`, and `Niger` (Nigeria), `Guinea` (Guinea-Bissau) — so
/// that typing on can still give a name: an unknown country's issue is then `incomplete` (spec
/// §1.1; issue 13: no error, nor a code to use, while what is typed can still become another
/// name). A pass over the names' first six folded bytes ([`name_starts`]): a text of up to five
/// is answered from them, a longer one reads only the names that begin as it does. (A pass
/// reading every name measured 75 µs a call in the wasm, against 8.5 µs for a whole registrant;
/// one over the first two bytes, reading the ~25 names that began alike, 2–6 µs.)
pub fn continues_to_name(text: &str) -> bool {
    let text = text.trim();
    let (want, n) = first_six(folded(text));
    if n == 0 || text.len() > MAX_NAME_BYTES {
        return false;
    }
    let mask = u64::MAX << (64 - 8 * n);
    name_starts().iter().any(|&s| {
        s & mask == want
            && if n < 6 {
                // The name's next byte, after the text's: it goes on.
                (s >> (56 - 8 * n)) & 0xff != 0
            } else {
                let mut name = folded(indexed_name(s as u16));
                folded(text).all(|c| name.next() == Some(c)) && name.next().is_some()
            }
    })
}

/// Up to the first six of `bytes`, from the top byte of a u64 down (0 after the last), and
/// how many there were.
fn first_six(mut bytes: impl Iterator<Item = u8>) -> (u64, u32) {
    let mut packed = 0;
    let mut n = 0;
    while n < 6 {
        let Some(b) = bytes.next() else { break };
        packed |= u64::from(b) << (56 - 8 * n);
        n += 1;
    }
    (packed, n)
}

/// Every name's first six folded bytes (no folded byte is 0: a shorter name ends in zeros) and
/// its entry (as in [`name_table`]) in the low 16 bits. Made once, on the first use.
fn name_starts() -> &'static [u64] {
    static STARTS: std::sync::OnceLock<Box<[u64]>> = std::sync::OnceLock::new();
    STARTS.get_or_init(|| {
        let mut starts = Vec::new();
        each_name_entry(|entry| {
            let (packed, n) = first_six(folded(indexed_name(entry)));
            if n > 0 {
                starts.push(packed | u64::from(entry));
            }
        });
        starts.into_boxed_slice()
    })
}

/// An empty slot of [`name_table`].
const EMPTY: u16 = u16::MAX;

/// Every name of every row — its four languages, then its aliases — as `row << 5 | k` (the
/// row's name `k`) in an open-addressing hash table of the folded names, a power of two at
/// least twice their number (one entry per key). Made once, on the first name read: in the
/// wasm the names are the platform's, known only at run time (some 1,100 names; 4 KB). A
/// hash, not a sorted index: the wasm carries no sorting code (3.6 KB of it, measured).
fn name_table() -> &'static [u16] {
    static TABLE: std::sync::OnceLock<Box<[u16]>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut names = 0usize;
        each_name_entry(|_| names += 1);
        let mut table = vec![EMPTY; (2 * names).next_power_of_two()].into_boxed_slice();
        let mask = table.len() - 1;
        each_name_entry(|entry| {
            let name = indexed_name(entry);
            if folded(name).next().is_none() {
                return;
            }
            let mut i = fnv1a(folded(name)) & mask;
            while table[i] != EMPTY && !folded(indexed_name(table[i])).eq(folded(name)) {
                i = (i + 1) & mask;
            }
            // A key already there keeps its first country (the table's names share none).
            if table[i] == EMPTY {
                table[i] = entry;
            }
        });
        table
    })
}

/// Calls `f` with every name's entry, `row << 5 | k` (the row's name `k`: its four languages,
/// then its aliases), row by row.
/// (A callback with plain loops: a `flat_map` iterator measured +484 B gzip in the signup
/// entry's wasm.)
fn each_name_entry(mut f: impl FnMut(u16)) {
    for c in &COUNTRIES {
        for k in 0..4 + u16::from(c.aliases) {
            f(u16::from(c.row) << 5 | k);
        }
    }
}

/// FNV-1a of a name's folded bytes.
fn fnv1a(bytes: impl Iterator<Item = u8>) -> usize {
    bytes.fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193)) as usize
}

/// The name an index entry stands for: the row's name in one of the four languages (`k` < 4),
/// else its alias `k - 4`.
fn indexed_name(entry: u16) -> &'static str {
    let Some(c) = COUNTRIES.get(usize::from(entry >> 5)) else { return "" };
    match usize::from(entry & 31) {
        k @ 0..=3 => c.name(Lang::ALL[k]),
        k => c.aliases().nth(k - 4).unwrap_or(""),
    }
}

/// Where the wasm build's country names come from: every row's name in one language, in the
/// order of the codes given (the wasm boundary's `Intl.DisplayNames`; an empty name where the
/// platform has none).
#[cfg(target_arch = "wasm32")]
pub type NameSource = fn(lang: Lang, codes: &[&'static str]) -> Vec<String>;

#[cfg(target_arch = "wasm32")]
static NAME_SOURCE: std::sync::OnceLock<NameSource> = std::sync::OnceLock::new();

/// Installs the platform's names (the wasm boundary does, before each call; the first stays).
/// Without one, a country is named by its code.
#[cfg(target_arch = "wasm32")]
pub fn install_names(source: NameSource) {
    let _ = NAME_SOURCE.set(source);
}

/// Every row's platform name in `lang`, asked for once per language (250 names: a few hundred
/// microseconds, the first time a message names a country or a name is read).
#[cfg(target_arch = "wasm32")]
fn platform_names(lang: Lang) -> &'static [String] {
    use std::sync::OnceLock;
    static NAMES: [OnceLock<Vec<String>>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    NAMES[lang.index()].get_or_init(|| {
        let codes: Vec<&'static str> = COUNTRIES.iter().map(Country::code).collect();
        let names = NAME_SOURCE.get().map_or_else(Vec::new, |source| source(lang, &codes));
        if names.len() == codes.len() { names } else { Vec::new() }
    })
}

/// `name` folded for comparing names, as build.rs's `name_key` folds the index: ASCII letters
/// lower-cased and digits kept; Latin-1 and Latin-9 letters without accents (æ → ae, ß → ss,
/// þ → th); spaces, punctuation and combining accents dropped; anything else as it is (no name
/// holds it).
fn folded(name: &str) -> Folded<'_> {
    Folded { text: name, i: 0, buf: [0; 4], at: 0, len: 0 }
}

/// The bytes of a folded name, one at a time (ASCII, the common case, without decoding).
struct Folded<'a> {
    text: &'a str,
    /// Where the next character starts in `text`.
    i: usize,
    /// The rest of the current character's folding: `buf[at..len]`.
    buf: [u8; 4],
    at: u8,
    len: u8,
}

impl Iterator for Folded<'_> {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        loop {
            if self.at < self.len {
                let b = self.buf.get(usize::from(self.at)).copied();
                self.at += 1;
                return b;
            }
            let &b = self.text.as_bytes().get(self.i)?;
            if b.is_ascii() {
                self.i += 1;
                match b {
                    b'a'..=b'z' | b'0'..=b'9' => return Some(b),
                    b'A'..=b'Z' => return Some(b + 32),
                    // `Trinidad & Tobago` (the platform's English names) is `Trinidad and Tobago`.
                    b'&' => {
                        self.buf[..3].copy_from_slice(b"and");
                        (self.at, self.len) = (0, 3);
                        continue;
                    }
                    _ => continue,
                }
            }
            let c = self.text.get(self.i..).and_then(|rest| rest.chars().next())?;
            self.i += c.len_utf8();
            let mut utf8 = [0u8; 4];
            let folding: &[u8] = match c {
                // Spaces, punctuation, symbols, and combining accents (`e` + U+0308 is `e`).
                '\u{80}'..='\u{bf}' | '×' | '÷' | '\u{300}'..='\u{36f}' | '\u{2000}'..='\u{206f}' | '\u{3000}' | '\u{feff}' => b"",
                'Æ' | 'æ' => b"ae",
                'Þ' | 'þ' => b"th",
                'ß' | 'ẞ' => b"ss",
                'À'..='ÿ' => LATIN_1.as_bytes().get(c as usize - 0xc0..c as usize - 0xbf).unwrap_or(b""),
                'Œ' | 'œ' => b"oe",
                'Š' | 'š' => b"s",
                'Ž' | 'ž' => b"z",
                'Ÿ' => b"y",
                // No name holds any other letter: they are compared as they are.
                _ => c.encode_utf8(&mut utf8).as_bytes(),
            };
            let n = folding.len().min(4);
            self.buf[..n].copy_from_slice(&folding[..n]);
            (self.at, self.len) = (0, n as u8);
        }
    }
}

/// The base letters of U+00C0–U+00FF, one byte each (Æ æ Þ þ ß, × ÷ are folded before).
static LATIN_1: &str = "aaaaaaaceeeeiiiidnooooooouuuuyttaaaaaaaceeeeiiiidnooooooouuuuyty";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_beginning_of_a_longer_name_continues_to_it_and_nothing_else_does() {
        let mut names = Vec::new();
        each_name_entry(|e| names.push(indexed_name(e)));
        let keys: Vec<Vec<u8>> = names.iter().map(|n| folded(n).collect()).collect();
        let longer = |t: &str| {
            let t: Vec<u8> = folded(t).collect();
            keys.iter().any(|k| k.len() > t.len() && k.starts_with(&t))
        };
        for &name in &names {
            for (end, _) in name.char_indices().skip(1) {
                if folded(&name[..end]).next().is_some() && folded(&name[..end]).count() < folded(name).count() {
                    assert!(continues_to_name(&name[..end]), "{:?} of {name:?}", &name[..end]);
                }
            }
            // A whole name goes on only where a longer name begins with it (Niger, Nigeria).
            assert_eq!(continues_to_name(name), longer(name), "{name:?}");
            assert_eq!(continues_to_name(&name.to_uppercase()), longer(name), "{name:?}");
            assert!(!continues_to_name(&format!("{name}qq")), "{name:?}");
        }
        for text in ["", " ", "-", "zz", "Atlantis", "Belgx", "qq", "Belgique", &"b".repeat(200)] {
            assert!(!continues_to_name(text), "{text:?}");
        }
        for text in [" belg ", "Pays-", "C\u{f4}te d", "Niger", "Guinea", "Uk", "Trinidad &", "Trinidad and T"] {
            assert!(continues_to_name(text), "{text:?}");
        }
        assert_eq!(by_name("Trinidad and Tobago").map(Country::code), Some("TT"));
        assert_eq!(by_name("Trinidad & Tobago").map(Country::code), Some("TT"));
    }

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
        assert_eq!((be.phone_prefix(), be.vat_prefix(), be.phone_lengths()), ("32", "BE", &[(8, 9)][..]));
        assert_eq!(be.without_national_prefix("0475123456").as_deref(), Some("475123456"));
        assert_eq!(be.without_national_prefix("475123456"), None);
        assert!(be.can_start("475123456") && !be.can_start("0475123456"));
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
    fn names_in_four_languages_and_short_forms() {
        for (typed, code) in [
            ("Belgie", "BE"), ("België", "BE"), ("Belgique", "BE"), ("Belgien", "BE"), ("Belgium", "BE"), (" BELGIË ", "BE"),
            ("belgïe", "BE"), ("Belgie\u{308}", "BE"), ("USA", "US"), ("U.S.A.", "US"), ("usa", "US"), ("UK", "GB"), ("uk", "GB"),
            ("Deutschland", "DE"), ("Allemagne", "DE"), ("Duitsland", "DE"), ("pays bas", "NL"), ("Pays-Bas", "NL"),
            ("Holland", "NL"), ("Côte d'Ivoire", "CI"), ("Cote d’Ivoire", "CI"), ("Ivoorkust", "CI"), ("Türkei", "TR"),
            ("Turkey", "TR"), ("Großbritannien", "GB"), ("Grossbritannien", "GB"), ("Vereinigtes Königreich", "GB"),
            ("États-Unis", "US"), ("Etats Unis", "US"), ("Åland", "AX"), ("Curaçao", "CW"), ("EL", "GR"), ("Kosovo", "XK"),
        ] {
            assert_eq!(by_name(typed).map(|c| c.code()), Some(code), "{typed}");
        }
        for typed in ["", " ", "...", "Belgi", "Belgiums", "Atlantis", "ZZ", "B", "Bé", &"Belgium".repeat(20), "Бельгия"] {
            assert_eq!(by_name(typed).map(|c| c.code()), None, "{typed}");
        }
    }

    /// The hash table holds one entry per folded key, at most half full, and every name of every
    /// country in every language finds its country (build.rs checks that no two countries' names
    /// fold alike, with its own folding, which must therefore be this one).
    #[test]
    fn the_name_table_agrees_with_the_folding() {
        let key = |s: &str| folded(s).collect::<Vec<u8>>();
        let table = name_table();
        let full: Vec<u16> = table.iter().copied().filter(|&e| e != EMPTY).collect();
        assert!(2 * full.len() <= table.len(), "{} of {}", full.len(), table.len());
        let mut keys: Vec<Vec<u8>> = full.iter().map(|&e| key(indexed_name(e))).collect();
        keys.sort();
        assert!(keys.windows(2).all(|w| w[0] != w[1]), "a key twice");
        for line in include_str!("../data/country-aliases.tsv").lines().skip(1) {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(by_name(cells[0]).map(Country::code), Some(cells[1]), "{line}");
        }
        for c in &COUNTRIES {
            for lang in Lang::ALL {
                let name = c.name(lang);
                assert!(name.len() <= MAX_NAME_BYTES);
                assert_eq!(by_name(name).map(Country::code), Some(c.code()), "{name}");
                assert_eq!(by_name(&name.to_uppercase()).map(Country::code), Some(c.code()), "{name}");
            }
        }
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
