//! Host names to their ASCII form: lower-case, each non-ASCII label as `xn--` + Punycode.
//! Deliberately small: case folding covers the Latin, Greek and Cyrillic letters people type in
//! domain names, not all of Unicode (spec §2 allows 33 extra letters for .be; e-mail domains of
//! other TLDs pass through the same folding).

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

/// A label in ASCII form, or `None` if Punycode cannot encode it.
pub fn label_to_ascii(label: &str) -> Option<String> {
    if label.is_ascii() {
        return Some(label.to_ascii_lowercase());
    }
    let lowered: String = label.chars().map(lower).collect();
    punycode::encode(&lowered).map(|p| ["xn--", &p].concat())
}

/// A host name in ASCII form (labels separated by `.`), without validating the labels.
pub fn to_ascii(host: &str) -> Option<String> {
    // Every label ASCII (the common case): each is only lower-cased, so the whole host is.
    if host.is_ascii() {
        return Some(host.to_ascii_lowercase());
    }
    let mut out = String::with_capacity(host.len() + 8);
    for (i, label) in host.split('.').enumerate() {
        if i > 0 {
            out.push('.');
        }
        out.push_str(&label_to_ascii(label)?);
    }
    Some(out)
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

    #[test]
    fn hosts_to_ascii() {
        assert_eq!(to_ascii("Café.BE").as_deref(), Some("xn--caf-dma.be"));
        assert_eq!(to_ascii("telenet.be").as_deref(), Some("telenet.be"));
        assert_eq!(to_ascii("straße.de").as_deref(), Some("xn--strae-oqa.de"));
    }

    #[test]
    fn the_ascii_shortcut_agrees_with_label_by_label() {
        for host in ["", ".", "a..b", "Telenet.BE", "xn--caf-dma.be", "-X-.y.", "A1-b_c.D", "café.Be", "x.😀", "\u{7f}.a", "é.É"] {
            let by_label: Option<Vec<String>> = host.split('.').map(label_to_ascii).collect();
            assert_eq!(to_ascii(host), by_label.map(|l| l.join(".")), "{host:?}");
        }
    }
}
