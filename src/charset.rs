//! Contact text as the registry takes it — spec §1.1 (white space) and §1.2 (character set).
//!
//! One pass over the text as typed: white space is trimmed and collapsed, a letter followed by a
//! combining accent is composed (macOS and some PDFs paste `e` + U+0301 for `é`), and every
//! character outside ISO-8859-1 ∪ ISO-8859-15 — or an `@` outside the e-mail field — is reported
//! with its position in the input as typed. Where every rejected character has a look-alike in
//! the character set (’ → ', č → c, Cyrillic а → a), the whole mended value is the suggestion.

use crate::input;
use crate::issue::{At, Code, Issue, Params, PathSegment};

/// Character issues reported per field at most.
const MAX_CHARACTER_ISSUES: usize = 5;

/// The registry's character set (spec §1.2): printable ISO-8859-1 plus what ISO-8859-15 adds.
/// Control characters (U+0000–U+001F, U+007F–U+009F) are never allowed.
pub fn is_registry_char(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{a0}'..='\u{ff}' | '€' | 'Š' | 'š' | 'Ž' | 'ž' | 'Œ' | 'œ' | 'Ÿ')
}

/// The result of [`clean`].
pub(crate) struct Cleaned {
    /// Trimmed, white space collapsed to single spaces, accents composed.
    pub value: String,
    pub issues: Vec<Issue>,
}

/// Normalises `raw` and reports what the registry would refuse in it. `allow_at` is for the
/// e-mail field only (spec §1.2: no `@` elsewhere).
pub(crate) fn clean(raw: &str, path: &[PathSegment], allow_at: bool) -> Cleaned {
    // The common case, checked first: nothing to trim, collapse, compose or report.
    let clean = if raw.is_ascii() { is_clean(raw.bytes().map(char::from), allow_at) } else { is_clean(raw.chars(), allow_at) };
    if clean {
        return Cleaned { value: raw.to_string(), issues: Vec::new() };
    }
    let (text, offset) = input::trim(raw);
    let mut value = String::with_capacity(text.len());
    let mut mended = String::new();
    let mut mendable = true;
    let mut issues = Vec::new();
    let mut pending_space = false;
    let mut at_reported = false;
    for (i, c) in text.char_indices() {
        if input::is_space(c) {
            pending_space = true;
            continue;
        }
        if pending_space {
            value.push(' ');
            mended.push(' ');
            pending_space = false;
        }
        let composed = if is_combining_mark(c) { compose(value.chars().last(), c) } else { None };
        if let Some(composed) = composed {
            value.pop();
            value.push(composed);
            mended.pop();
            mended.push(composed);
            continue;
        }
        if c == '@' && !allow_at {
            if !at_reported {
                at_reported = true;
                issues.push(Issue::new(Code::AtSignOutsideEmail).path(path).at(At::locate(raw, offset + i)));
            }
            mendable = false;
        } else if !is_registry_char(c) {
            if issues.len() < MAX_CHARACTER_ISSUES {
                let replacement = Params { replacement: lookalike(c), ..Params::default() };
                issues.push(Issue::new(Code::Charset).path(path).at(At::locate(raw, offset + i)).params(replacement));
            }
            match lookalike(c) {
                Some(s) => mended.push_str(s),
                None => mendable = false,
            }
            value.push(c);
            continue;
        }
        value.push(c);
        mended.push(c);
    }
    if mendable && mended != value {
        if let Some(first) = issues.iter_mut().find(|i| i.code == Code::Charset) {
            first.suggestion = Some(mended);
        }
    }
    Cleaned { value, issues }
}

/// Whether [`clean`] would return `chars` as they are, without an issue: characters of the
/// registry's set only, no white space but single spaces between them, no `@` unless allowed.
/// (Called on bytes for ASCII text, which the compiler turns into a byte loop.)
fn is_clean(chars: impl Iterator<Item = char>, allow_at: bool) -> bool {
    let mut after_space = true;
    for c in chars {
        match c {
            ' ' if after_space => return false,
            ' ' => after_space = true,
            '@' if !allow_at => return false,
            '!'..='~' => after_space = false,
            // No other white space, no control character, no combining mark (none is in the set).
            c if !c.is_ascii() && is_registry_char(c) && !input::is_space(c) => after_space = false,
            _ => return false,
        }
    }
    !after_space
}

/// The block of combining diacritical marks, the only characters [`compose`] composes with.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

/// A letter and a combining accent that make one character of the registry's set.
pub(crate) fn compose(base: Option<char>, mark: char) -> Option<char> {
    let base = base?;
    let (from, to): (&str, &str) = match mark {
        '\u{300}' => ("AEIOUaeiou", "ÀÈÌÒÙàèìòù"),
        '\u{301}' => ("AEIOUYaeiouy", "ÁÉÍÓÚÝáéíóúý"),
        '\u{302}' => ("AEIOUaeiou", "ÂÊÎÔÛâêîôû"),
        '\u{303}' => ("ANOano", "ÃÑÕãñõ"),
        '\u{308}' => ("AEIOUYaeiouy", "ÄËÏÖÜŸäëïöüÿ"),
        '\u{30a}' => ("Aa", "Åå"),
        '\u{327}' => ("Cc", "Çç"),
        '\u{30c}' => ("SZsz", "ŠŽšž"),
        _ => return None,
    };
    let k = from.chars().position(|b| b == base)?;
    to.chars().nth(k)
}

/// The nearest text in the registry's character set, for a character outside it.
pub(crate) fn lookalike(c: char) -> Option<&'static str> {
    Some(match c {
        // Typographic punctuation that word processors and phones put in (spec §1.2).
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{02bc}' | '\u{ff07}' => "'",
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => "\"",
        '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
        '\u{2026}' => "...",
        '\u{2022}' | '\u{00b7}' => "-",
        '\u{fb01}' => "fi",
        '\u{fb02}' => "fl",
        // Latin Extended-A: the base letter (Hungarian ő ű: the nearest Latin-1 letter).
        '\u{100}'..='\u{17f}' => {
            const LATIN_EXT_A: [&str; 128] = [
                "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d", //
                "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g", //
                "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i", //
                "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L", //
                "l", "L", "l", "N", "n", "N", "n", "N", "n", "'n", "N", "n", "O", "o", "O", "o", //
                "Ö", "ö", "Œ", "œ", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s", //
                "Š", "š", "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u", //
                "Ü", "ü", "U", "u", "W", "w", "Y", "y", "Ÿ", "Z", "z", "Z", "z", "Ž", "ž", "s", //
            ];
            LATIN_EXT_A[c as usize - 0x100]
        }
        'Ș' => "S",
        'ș' => "s",
        'Ț' => "T",
        'ț' => "t",
        // Cyrillic letters that look Latin: a homoglyph pasted into a Latin name.
        'А' => "A", 'В' => "B", 'Е' => "E", 'К' => "K", 'М' => "M", 'Н' => "H", 'О' => "O",
        'Р' => "P", 'С' => "C", 'Т' => "T", 'Х' => "X", 'а' => "a", 'е' => "e", 'о' => "o",
        'р' => "p", 'с' => "c", 'у' => "y", 'х' => "x", 'і' => "i",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: &[PathSegment] = &[PathSegment::Key("name")];

    fn codes(c: &Cleaned) -> Vec<&'static str> {
        c.issues.iter().map(|i| i.code.as_str()).collect()
    }

    #[test]
    fn belgian_names_pass_untouched() {
        for name in ["Jan D'Hondt", "Françoise Lefèvre", "Ölçer Kaya", "Zoë Van den Bossche", "Œuvre Šaric Žižek €"] {
            let c = clean(name, P, false);
            assert!(c.issues.is_empty(), "{name}: {:?}", c.issues);
            assert_eq!(c.value, name);
        }
    }

    #[test]
    fn the_fast_path_and_the_full_pass_agree() {
        for text in ["Jan Peeters", "Jan  Peeters", " Jan", "Jan ", "a@b", "Kerkstraat 12", "x", "Zoë", "~!#"] {
            let c = clean(text, P, false);
            let (trimmed, _) = input::trim(text);
            let collapsed: Vec<&str> = trimmed.split(' ').filter(|w| !w.is_empty()).collect();
            assert_eq!(c.value, collapsed.join(" "), "{text:?}");
            assert_eq!(c.issues.is_empty(), !text.contains('@'), "{text:?}");
        }
    }

    #[test]
    fn the_clean_check_agrees_with_the_full_pass() {
        let pieces = ["", " ", "  ", "\t", "\n", "\u{a0}", "\u{200b}", "\u{feff}", "\u{7}", "\u{7f}", "\u{85}", "é", "€", "😀", "’", "e\u{301}", "\u{301}", "@", "a", "Jan", "~"];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}");
                    for allow_at in [false, true] {
                        let fast = if text.is_ascii() { is_clean(text.bytes().map(char::from), allow_at) } else { is_clean(text.chars(), allow_at) };
                        assert_eq!(fast, is_clean(text.chars(), allow_at), "{text:?}");
                        if fast {
                            let full = clean(&format!(" {text}"), P, allow_at);
                            assert_eq!(full.value, text, "{text:?}");
                            assert!(full.issues.is_empty(), "{text:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn white_space_is_normalised_not_reported() {
        let c = clean("  Jan \t\u{a0} D'Hondt\n", P, false);
        assert_eq!(c.value, "Jan D'Hondt");
        assert!(c.issues.is_empty());
    }

    #[test]
    fn combining_accents_are_composed() {
        let c = clean("Rene\u{301} Lefe\u{300}vre", P, false);
        assert_eq!(c.value, "René Lefèvre");
        assert!(c.issues.is_empty());
    }

    #[test]
    fn a_typographic_apostrophe_is_located_and_mended() {
        let c = clean("Jan D’Hondt", P, false);
        assert_eq!(codes(&c), ["charset"]);
        let at = c.issues[0].at.as_ref().unwrap();
        assert_eq!((at.position, at.char.as_str(), at.start), (6, "’", 5));
        assert_eq!(c.issues[0].suggestion.as_deref(), Some("Jan D'Hondt"));
    }

    #[test]
    fn positions_are_in_the_input_as_typed() {
        // Leading spaces and an emoji before the flagged character.
        let c = clean("  é😀x Dvořák", P, false);
        let at: Vec<_> = c.issues.iter().map(|i| i.at.as_ref().map(|a| (a.position, a.start, a.char.clone()))).collect();
        assert_eq!(at, [Some((4, 3, "😀".into())), Some((10, 10, "ř".into()))]);
        assert_eq!(c.issues[0].suggestion, None, "an emoji has no look-alike");
        let c = clean("Dvořák", P, false);
        assert_eq!(c.issues[0].suggestion.as_deref(), Some("Dvorák"));
    }

    #[test]
    fn at_signs_belong_in_the_email_field_only() {
        let c = clean("jan@example.be", P, false);
        assert_eq!(codes(&c), ["at_sign_outside_email"]);
        assert!(clean("jan@example.be", P, true).issues.is_empty());
    }

    #[test]
    fn cyrillic_homoglyphs_and_controls() {
        let c = clean("Аnna", P, false); // Cyrillic А
        assert_eq!(c.issues[0].suggestion.as_deref(), Some("Anna"));
        let c = clean("An\u{7}na", P, false);
        assert_eq!(codes(&c), ["charset"]);
        assert_eq!(c.issues[0].at.as_ref().unwrap().position, 3);
    }

    #[test]
    fn latin_extended_a_table_is_aligned() {
        assert_eq!(lookalike('Ā'), Some("A"));
        assert_eq!(lookalike('ł'), Some("l"));
        assert_eq!(lookalike('ő'), Some("ö"));
        assert_eq!(lookalike('Ű'), Some("Ü"));
        assert_eq!(lookalike('ſ'), Some("s"));
        assert_eq!(lookalike('Ķ'), Some("K"));
        assert_eq!(lookalike('ŉ'), Some("'n"));
        assert_eq!(lookalike('Ŧ'), Some("T"));
        for c in '\u{100}'..='\u{17f}' {
            assert!(lookalike(c).unwrap().chars().all(is_registry_char), "{c}");
        }
    }
}
