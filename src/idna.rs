//! Host names to their ASCII form, and the lower-casing the other checks share.
//!
//! **E-mail domains** (spec §1.5) are processed as UTS #46 prescribes (non-transitional, as the
//! WHATWG URL Standard's host parser runs it) and then held to IDNA2008's validity rules
//! (RFC 5891–5893), which UTS #46 relaxes: [`to_ascii`]. The Unicode tables are not ours: UTS #46
//! comes from the [`Platform`] — natively rust-url's `idna` crate with ICU4X's General_Category,
//! in the wasm build the JavaScript engine's own URL parser and `RegExp` (installed by
//! `src/wasm.rs`, which saves the ~130 KB the tables would cost). What this module adds is what
//! neither gives: A-labels decoded and checked for what they stand for, IDNA2008's code point
//! classes (RFC 5892: no symbols or punctuation, which UTS #46 allows), the Bidi rule where a
//! platform applies only part of it, two CONTEXTO rules, IDNA2008's hyphen rules for U-labels, and
//! the DNS lengths; and, for platforms on tables older than Unicode 15.1, the few mappings UTS #46
//! changed then ([`premap`]).
//!
//! [`lower`] is the small case folding the other fields use (names, cities, .be labels).

use crate::punycode;

/// Lower-case for the scripts domain names use; other characters are returned as they are.
pub fn lower(c: char) -> char {
    let u = u32::from(c);
    let folded = match u {
        0x41..=0x5a => u + 0x20,
        // Latin-1: À–Þ except ×.
        0xc0..=0xde if u != 0xd7 => u + 0x20,
        // Latin Extended-A: pairs, upper case at the even code point, except 0x130–0x131 (İ ı),
        // 0x138 (ĸ) and the shifted run 0x139–0x148, and Ÿ (0x178) → ÿ, 0x179–0x17e shifted.
        0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17e if u % 2 == 1 => u + 1,
        0x130 => 0x69,
        0x178 => 0xff,
        // Greek capitals Α–Ω (no 0x3a2), Cyrillic А–Я, Ѐ–Џ.
        0x391..=0x3a9 if u != 0x3a2 => u + 0x20,
        0x410..=0x42f => u + 0x20,
        0x400..=0x40f => u + 0x50,
        _ => u,
    };
    char::from_u32(folded).unwrap_or(c)
}

/// The General_Category of a character, as far as RFC 5892 needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// Ll, Lu or Lo.
    Letter,
    /// Lm, a modifier letter.
    ModifierLetter,
    /// Mn, a non-spacing mark.
    NonspacingMark,
    /// Mc, a spacing mark.
    SpacingMark,
    /// Nd, a decimal digit.
    Digit,
    /// Anything else: symbols, punctuation, spaces, other numbers, titlecase letters, unassigned.
    Other,
}

/// What the core takes from the platform it runs on: UTS #46 and General_Category.
#[derive(Clone, Copy)]
pub struct Platform {
    /// UTS #46 ToASCII as the WHATWG URL Standard's host parser runs it ("domain to ASCII" with
    /// _beStrict_ false: non-transitional, CheckBidi, CheckJoiners, no CheckHyphens, no STD3 rules,
    /// no DNS lengths; then the forbidden domain code points and the "ends in a number" rule).
    /// `None` when it fails. [`to_ascii`] hands it no ASCII but letters, digits, `-` and `.`.
    pub to_ascii: fn(&str) -> Option<String>,
    /// The [`Category`] of a character beyond ASCII.
    pub category: fn(char) -> Category,
}

/// Natively: rust-url's `idna` (the same UTS #46 as its URL parser) and ICU4X.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::Category;
    use icu_properties::props::GeneralCategory as Gc;
    use icu_properties::CodePointMapData;

    pub fn to_ascii(host: &str) -> Option<String> {
        let ascii = idna::domain_to_ascii_cow(host.as_bytes(), idna::AsciiDenyList::URL).ok()?;
        // The URL host parser reads a host that ends in a number as an IPv4 address.
        (!super::ends_in_a_number(&ascii)).then(|| ascii.into_owned())
    }

    pub fn category(c: char) -> Category {
        match CodePointMapData::<Gc>::new().get(c) {
            Gc::LowercaseLetter | Gc::UppercaseLetter | Gc::OtherLetter => Category::Letter,
            Gc::ModifierLetter => Category::ModifierLetter,
            Gc::NonspacingMark => Category::NonspacingMark,
            Gc::SpacingMark => Category::SpacingMark,
            Gc::DecimalNumber => Category::Digit,
            _ => Category::Other,
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
static NATIVE: Platform = Platform { to_ascii: native::to_ascii, category: native::category };

/// A platform that cannot be asked: every host beyond ASCII fails (reported as an issue).
#[cfg_attr(not(any(target_arch = "wasm32", test)), allow(dead_code))]
fn unavailable(_: &str) -> Option<String> {
    None
}

#[cfg_attr(not(any(target_arch = "wasm32", test)), allow(dead_code))]
fn other(_: char) -> Category {
    Category::Other
}

#[cfg(target_arch = "wasm32")]
static INSTALLED: std::sync::OnceLock<Platform> = std::sync::OnceLock::new();

/// Installs the platform's UTS #46 and General_Category (the wasm build: `src/wasm.rs` does it
/// before each call); the first one installed stays. Natively the `idna` crate is always used.
pub fn install(platform: Platform) {
    #[cfg(target_arch = "wasm32")]
    let _ = INSTALLED.set(platform);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = platform;
}

/// The platform in use.
pub fn platform() -> &'static Platform {
    #[cfg(not(target_arch = "wasm32"))]
    return &NATIVE;
    #[cfg(target_arch = "wasm32")]
    {
        static NONE: Platform = Platform { to_ascii: unavailable, category: other };
        INSTALLED.get().unwrap_or(&NONE)
    }
}

/// Why a host name is not a domain name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// A character domain names cannot have, at this byte index of the input.
    Character(usize),
    /// A label beginning with `xn--` that is not the encoding of a valid label.
    Encoding,
    /// Characters that are allowed one by one but not together: right-to-left and left-to-right
    /// in a way the Bidi rule forbids (RFC 5893), a joiner or a mark out of place, a middle dot
    /// outside `l·l`, two kinds of Arabic digits.
    Combination,
    /// An empty label, a hyphen at a label's start or end or in its 3rd and 4th place (a
    /// U-label), a label over 63 or a name over 253 characters, a name ending in a number.
    Format,
}

/// The longest label and the longest name (RFC 1035; the name without a final dot).
const MAX_LABEL: usize = 63;
const MAX_NAME: usize = 253;

/// An e-mail domain in its ASCII form (lower case, A-labels), by UTS #46 and IDNA2008 (spec
/// §1.5), with the [`platform`]'s Unicode tables.
pub fn to_ascii(host: &str) -> Result<String, Error> {
    to_ascii_with(host, platform())
}

/// [`to_ascii`] with a given platform.
pub fn to_ascii_with(host: &str, p: &Platform) -> Result<String, Error> {
    // STD3 rules for what is typed in ASCII (the URL parser has none): letters, digits, hyphens.
    // It also keeps the URL parser's own syntax (`/ ? # @ : %`, spaces) from ever reaching it.
    if let Some(i) = host.bytes().position(|b| b.is_ascii() && !ldh_or_dot(b)) {
        return Err(Error::Character(i));
    }
    let mut typed_a_labels = false;
    for label in host.split('.').filter(|l| is_a_label(l)) {
        // An A-label as typed must decode, to more than ASCII (UTS #46 §4.1 step 4; P4).
        decode(&label.to_ascii_lowercase()).ok_or(Error::Encoding)?;
        typed_a_labels = true;
    }
    let ascii = if host.is_ascii() && !typed_a_labels {
        // Only LDH labels: UTS #46 lower-cases them and nothing else.
        host.to_ascii_lowercase()
    } else {
        if ends_in_a_number(host) {
            return Err(Error::Format);
        }
        let ascii = (p.to_ascii)(&premap(host)).ok_or_else(|| locate(host, p))?;
        let unicode = check_labels(&ascii, p).map_err(|e| if e == Error::Character(0) { locate(host, p) } else { e })?;
        // A-labels as typed were checked one by one; the rules across labels (the Bidi rule
        // holds for every label of a domain with a right-to-left one) want the whole name as
        // Unicode, which a browser's URL parser never decodes an ASCII host to.
        if typed_a_labels && (p.to_ascii)(&unicode).as_deref() != Some(ascii.as_str()) {
            return Err(Error::Combination);
        }
        ascii
    };
    check_format(&ascii)?;
    Ok(ascii)
}

fn ldh_or_dot(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'.'
}

/// `xn--…` in any case: a label UTS #46 decodes.
fn is_a_label(label: &str) -> bool {
    label.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("xn--"))
}

/// The U-label of an A-label (lower case), if it decodes to more than ASCII.
fn decode(a_label: &str) -> Option<String> {
    a_label.get(4..).and_then(punycode::decode).filter(|u| !u.is_ascii())
}

/// The WHATWG URL Standard's "ends in a number": the last label (a final dot aside) is all
/// digits, or a number in hexadecimal (`0x1f`): the URL parser then reads the host as IPv4.
pub(crate) fn ends_in_a_number(host: &str) -> bool {
    let b = host.as_bytes();
    let b = b.strip_suffix(b".").unwrap_or(b);
    let last = &b[b.iter().rposition(|&c| c == b'.').map_or(0, |i| i + 1)..];
    let hex = last.len() >= 2 && last[..2].eq_ignore_ascii_case(b"0x") && last[2..].iter().all(u8::is_ascii_hexdigit);
    !last.is_empty() && (last.iter().all(u8::is_ascii_digit) || hex)
}

/// The mappings UTS #46 changed in Unicode 15.1 (revision 31), applied before the platform's own
/// so that platforms on older tables (Node 20's URL parser) give today's answer; on current
/// tables each is what the platform does anyway (a test checks it against the `idna` crate):
/// ẞ → ß (no longer `ss`: `FAẞ.de` is `faß.de`, not `fass.de`), the Georgian capitals, Ⅎ and Ӏ
/// to their small letters (no longer refused), five CJK compatibility ideographs to their
/// canonical forms, and the Hangul fillers ignored.
pub(crate) fn premap(host: &str) -> std::borrow::Cow<'_, str> {
    // `Some(None)`: ignored.
    fn map(c: char) -> Option<Option<char>> {
        let u = u32::from(c);
        let to = match u {
            0x1e9e => 0xdf,
            0x10a0..=0x10c5 => u + 0x1c60,
            0x10c7 => 0x2d27,
            0x10cd => 0x2d2d,
            0x2132 => 0x214e,
            0x4c0 => 0x4cf,
            0x2f868 => 0x36fc,
            0x2f874 => 0x5f53,
            0x2f91f => 0x243ab,
            0x2f95f => 0x7aee,
            0x2f9bf => 0x45d7,
            0x115f | 0x1160 | 0x3164 | 0xffa0 => return Some(None),
            _ => return None,
        };
        Some(char::from_u32(to))
    }
    if host.is_ascii() || !host.chars().any(|c| map(c).is_some()) {
        return std::borrow::Cow::Borrowed(host);
    }
    std::borrow::Cow::Owned(host.chars().filter_map(|c| map(c).unwrap_or(Some(c))).collect())
}

/// The platform's answer checked label by label; its Unicode form. An A-label must decode to a
/// U-label that the platform encodes back to it (so it stands for a valid, mapped, NFC label:
/// UTS #46 §4.1 V1, V6–V7), and that U-label must hold to IDNA2008. `Character(0)` means some
/// character is refused (the caller locates it).
fn check_labels(ascii: &str, p: &Platform) -> Result<String, Error> {
    // What the platform maps to ASCII symbols (`＿` → `_`) is a character as well.
    if !ascii.bytes().all(ldh_or_dot) {
        return Err(Error::Character(0));
    }
    let mut unicode = String::with_capacity(ascii.len());
    for (i, label) in ascii.split('.').enumerate() {
        if i > 0 {
            unicode.push('.');
        }
        if !is_a_label(label) {
            unicode.push_str(label);
            continue;
        }
        let u = decode(label).ok_or(Error::Encoding)?;
        if (p.to_ascii)(&u).as_deref() != Some(label) {
            return Err(Error::Encoding);
        }
        unicode.push_str(&u);
    }
    if !unicode.chars().all(|c| c == '.' || code_point_allowed(c, p)) {
        return Err(Error::Character(0));
    }
    let rtl_domain = unicode.chars().any(|c| matches!(bidi(c, p), Bidi::Rtl | Bidi::An));
    for u in unicode.split('.') {
        contexto(u)?;
        if rtl_domain {
            bidi_rule(u, p)?;
        }
        // RFC 5891 §4.2.3.1: no "--" in the 3rd and 4th place of a U-label (LDH labels keep
        // theirs: RFC 5890 counts them as LDH labels, which spec §1.5 allows).
        let mut chars = u.chars().skip(2);
        if !u.is_ascii() && chars.next() == Some('-') && chars.next() == Some('-') {
            return Err(Error::Format);
        }
        if u.starts_with('-') || u.ends_with('-') {
            return Err(Error::Format);
        }
    }
    Ok(unicode)
}

/// RFC 5892's derivation of PVALID (with CONTEXTJ and CONTEXTO, whose rules are checked apart),
/// for a character UTS #46 has already mapped (so Unstable and the ignorable properties are
/// done): the exceptions (§2.6), the ignorable blocks (§2.4), old Hangul jamo (§2.9), then
/// LetterDigits (§2.1). This refuses what UTS #46 lets through: symbols (`☃`, `≠`, `©`),
/// punctuation, other numbers.
fn code_point_allowed(c: char, p: &Platform) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    }
    match u32::from(c) {
        // Exceptions: PVALID, CONTEXTO, CONTEXTJ.
        0xdf | 0x3c2 | 0x6fd | 0x6fe | 0xf0b | 0x3007 => true,
        0xb7 | 0x375 | 0x5f3 | 0x5f4 | 0x30fb | 0x660..=0x669 | 0x6f0..=0x6f9 => true,
        0x200c | 0x200d => true,
        // Exceptions: DISALLOWED.
        0x640 | 0x7fa | 0x302e | 0x302f | 0x3031..=0x3035 | 0x303b => false,
        // Combining marks for symbols, musical symbols, ancient Greek musical notation.
        0x20d0..=0x20ff | 0x1d100..=0x1d24f => false,
        // Old Hangul jamo (Hangul_Syllable_Type L, V, T).
        0x1100..=0x11ff | 0xa960..=0xa97f | 0xd7b0..=0xd7ff => false,
        _ => (p.category)(c) != Category::Other,
    }
}

/// The CONTEXTO rules that need no script data (RFC 5892 Appendix A.3, A.8, A.9): a middle dot
/// only in `l·l` (Catalan), and Arabic-Indic digits not mixed with extended ones. (A.4–A.7 —
/// the Greek, Hebrew and Japanese punctuation — would need the Script property, and UTS #46
/// leaves CONTEXTO to registries.)
fn contexto(label: &str) -> Result<(), Error> {
    // U+00B7 is two bytes; `l` one.
    let dot_ok = label.match_indices('\u{b7}').all(|(i, _)| label[..i].ends_with('l') && label[i + 2..].starts_with('l'));
    let arabic = label.contains(|c| ('\u{660}'..='\u{669}').contains(&c));
    let extended = label.contains(|c| ('\u{6f0}'..='\u{6f9}').contains(&c));
    if !dot_ok || (arabic && extended) {
        return Err(Error::Combination);
    }
    Ok(())
}

/// A character's Bidi class as far as it is certain from the General_Category and the ranges the
/// Unicode Character Database makes right-to-left by default (DerivedBidiClass.txt): for the
/// characters IDNA2008 allows, each letter and digit in those ranges is R, AL or AN, except the
/// extended Arabic-Indic digits (EN); each non-spacing mark is NSM; each letter, spacing mark and
/// digit elsewhere is L, except ASCII digits (EN) and the few modifier letters and CONTEXTO
/// punctuation that are ON (checked against the UCD's Bidi_Class, Unicode 14).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bidi {
    L,
    Rtl,
    /// Of the RTL ones, certainly AN: the Arabic-Indic and Hanifi Rohingya digits.
    An,
    En,
    Nsm,
    On,
    /// The hyphen (ES), and what no rule holds against a label.
    Unknown,
}

fn bidi(c: char, p: &Platform) -> Bidi {
    let u = u32::from(c);
    if c.is_ascii_digit() || (0x6f0..=0x6f9).contains(&u) {
        return Bidi::En;
    }
    if c.is_ascii_lowercase() {
        return Bidi::L;
    }
    if c.is_ascii() {
        return Bidi::Unknown;
    }
    if matches!(u, 0xb7 | 0x375 | 0x30fb | 0x2b9..=0x2ba | 0x2c6..=0x2cf | 0x2ec | 0x2e2f | 0xa67f | 0xa717..=0xa71f | 0xa788) {
        return Bidi::On;
    }
    let category = (p.category)(c);
    if category == Category::NonspacingMark {
        return Bidi::Nsm;
    }
    let rtl = matches!(u, 0x590..=0x8ff | 0xfb1d..=0xfdff | 0xfe70..=0xfeff | 0x10800..=0x10fff | 0x1e800..=0x1efff);
    match category {
        _ if rtl && matches!(u, 0x660..=0x669 | 0x10d30..=0x10d39) => Bidi::An,
        Category::Other => Bidi::Unknown,
        _ if rtl => Bidi::Rtl,
        _ => Bidi::L,
    }
}

/// The Bidi rule (RFC 5893 §2), for each label of a domain with a right-to-left character, as
/// far as the classes are certain (the platform's UTS #46 applies it in full natively and in
/// browsers; Node 20's URL parser only to labels that begin right-to-left).
fn bidi_rule(label: &str, p: &Platform) -> Result<(), Error> {
    let classes = || label.chars().map(|c| bidi(c, p));
    let last = classes().filter(|&b| b != Bidi::Nsm).last();
    let has = |class: Bidi| classes().any(|b| b == class);
    let ok = match classes().next() {
        // Rule 1: a label begins with L, R or AL.
        Some(Bidi::En | Bidi::An | Bidi::Nsm | Bidi::On) => false,
        // Rules 2–4: no L in a right-to-left label, which ends with R, AL, EN or AN (or NSM
        // after them), and holds not both EN and AN.
        Some(Bidi::Rtl) => !has(Bidi::L) && !matches!(last, Some(Bidi::On)) && !(has(Bidi::En) && has(Bidi::An)),
        // Rules 5–6: no R, AL or AN in a left-to-right label, which ends with L or EN.
        Some(Bidi::L) => !has(Bidi::Rtl) && !has(Bidi::An) && !matches!(last, Some(Bidi::On)),
        _ => true,
    };
    if ok {
        Ok(())
    } else {
        Err(Error::Combination)
    }
}

/// DNS lengths and hyphens at the edges of labels (UTS #46 VerifyDnsLength, CheckHyphens V3).
fn check_format(ascii: &str) -> Result<(), Error> {
    if ascii.len() > MAX_NAME {
        return Err(Error::Format);
    }
    for label in ascii.split('.') {
        if label.is_empty() || label.len() > MAX_LABEL || label.starts_with('-') || label.ends_with('-') {
            return Err(Error::Format);
        }
    }
    Ok(())
}

/// Where a refused host goes wrong: the first character beyond ASCII that is refused on its own,
/// and after a letter (so a combining mark is not refused for being first); else an A-label
/// that is refused on its own (or stands for a refused character); else the combination.
fn locate(host: &str, p: &Platform) -> Error {
    let alone = |c: char| {
        let mut buf = [0u8; 4];
        let c = c.encode_utf8(&mut buf);
        [String::from(&*c), ["a", c].concat()].iter().any(|s| {
            (p.to_ascii)(&premap(s)).is_some_and(|a| {
                !matches!(check_labels(&a, p), Err(Error::Character(_)))
            })
        })
    };
    if let Some((i, _)) = host.char_indices().find(|&(_, c)| !c.is_ascii() && !alone(c)) {
        return Error::Character(i);
    }
    // An A-label as typed that the platform refuses, or encodes to another label, or that
    // stands for a character refused.
    let refused = |l: &str| {
        let l = l.to_ascii_lowercase();
        let back = decode(&l).and_then(|u| (p.to_ascii)(&u));
        back.as_deref() != Some(l.as_str()) || check_labels(&l, p) == Err(Error::Character(0))
    };
    if host.split('.').any(|l| is_a_label(l) && refused(l)) {
        return Error::Encoding;
    }
    Error::Combination
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_the_letters_people_type() {
        let pairs = [('A', 'a'), ('É', 'é'), ('Þ', 'þ'), ('×', '×'), ('Ā', 'ā'), ('Ł', 'ł'), ('Ŋ', 'ŋ'), ('Ÿ', 'ÿ'), ('Ž', 'ž'), ('Ω', 'ω'), ('Я', 'я'), ('Ё', 'ё'), ('ß', 'ß'), ('1', '1')];
        for (upper, lower_case) in pairs {
            assert_eq!(lower(upper), lower_case, "{upper}");
        }
        // Agrees with the standard library wherever it folds.
        for c in ('\u{0}'..='\u{4ff}').filter(|&c| lower(c) != c && c != 'İ') {
            assert_eq!(c.to_lowercase().collect::<String>(), lower(c).to_string(), "{c}");
        }
    }

    fn ascii(host: &str) -> Result<String, Error> {
        to_ascii(host)
    }

    #[test]
    fn hosts_to_ascii() {
        assert_eq!(ascii("Café.BE").as_deref(), Ok("xn--caf-dma.be"));
        assert_eq!(ascii("telenet.be").as_deref(), Ok("telenet.be"));
        assert_eq!(ascii("straße.de").as_deref(), Ok("xn--strae-oqa.de"));
        // NFC, full-width letters, case beyond ASCII.
        assert_eq!(ascii("mu\u{308}ller.de").as_deref(), Ok("xn--mller-kva.de"));
        assert_eq!(ascii("ｇｍａｉｌ.com").as_deref(), Ok("gmail.com"));
        assert_eq!(ascii("ΒΌΛΟΣ.gr"), ascii("βόλοσ.gr"));
        assert_eq!(ascii("FAẞ.de").as_deref(), Ok("xn--fa-hia.de"));
        assert_eq!(ascii("XN--CAF-DMA.be").as_deref(), Ok("xn--caf-dma.be"));
    }

    #[test]
    fn what_domain_names_cannot_hold() {
        assert_eq!(ascii("exa\u{fffd}mple.com"), Err(Error::Character(3)));
        assert_eq!(ascii("a_b.com"), Err(Error::Character(1)));
        assert_eq!(ascii("☃.com"), Err(Error::Character(0)), "a symbol: UTS #46 allows it, IDNA2008 does not");
        assert_eq!(ascii("a©b.com"), Err(Error::Character(1)));
        assert_eq!(ascii("xn--zz.de"), Err(Error::Encoding));
        assert_eq!(ascii("xn--u-ccb.de"), Err(Error::Encoding), "decodes to u + U+0308, not NFC");
        assert_eq!(ascii("xn--fa-64s.de"), Err(Error::Encoding), "decodes to faẞ, which maps to faß");
        assert_eq!(ascii("xn--abc.de"), Err(Error::Encoding), "decodes to ASCII only");
        assert_eq!(ascii("a\u{5d0}.com"), Err(Error::Combination), "Bidi rule 5");
        assert_eq!(ascii("1\u{5d0}.com"), Err(Error::Combination), "Bidi rule 1");
        assert_eq!(ascii("0\u{e0}.\u{5d0}"), Err(Error::Combination), "Bidi rule 1 in a bidi domain");
        assert_eq!(ascii("a\u{200d}b.com"), Err(Error::Character(1)), "CONTEXTJ: a joiner out of place");
        assert_eq!(ascii("a\u{b7}b.cat"), Err(Error::Combination), "CONTEXTO: a middle dot outside l·l");
        assert_eq!(ascii("col\u{b7}lecci\u{f3}.cat").as_deref(), Ok("xn--collecci-ioa91d.cat"));
        assert_eq!(ascii("\u{301}a.com"), Err(Error::Combination), "a mark first");
        assert_eq!(ascii("ab--\u{e9}.com"), Err(Error::Format));
        assert_eq!(ascii("ab--cd.com").as_deref(), Ok("ab--cd.com"), "an LDH label keeps its hyphens");
        assert_eq!(ascii("caf\u{e9}.123"), Err(Error::Format));
        assert_eq!(ascii(&format!("{}\u{e9}.com", "a".repeat(60))), Err(Error::Format));
    }

    #[test]
    fn the_premap_is_what_current_uts46_does() {
        let chars = ['\u{1e9e}', '\u{10a0}', '\u{10c5}', '\u{10c7}', '\u{10cd}', '\u{2132}', '\u{4c0}', '\u{2f868}', '\u{2f874}', '\u{2f91f}', '\u{2f95f}', '\u{2f9bf}', '\u{115f}', '\u{1160}', '\u{3164}', '\u{ffa0}'];
        for c in chars {
            let host = format!("x{c}y.com");
            assert_ne!(premap(&host), host, "{c:?}");
            assert_eq!(native::to_ascii(&premap(&host)), native::to_ascii(&host), "{c:?}");
        }
        assert!(matches!(premap("café.be"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn a_platform_that_fails_gives_an_error_not_a_panic() {
        let none = Platform { to_ascii: unavailable, category: other };
        assert_eq!(to_ascii_with("café.be", &none), Err(Error::Character(3)));
        assert_eq!(to_ascii_with("telenet.be", &none).as_deref(), Ok("telenet.be"), "ASCII needs no platform");
    }
}
