//! Implausible data — spec §1.7. DNS Belgium screens new registrations for meaningless or false
//! data and withdraws them (a revoke). These are warnings: a false alarm on a real name is worse
//! than a miss, so the lists are short and matched as whole values only.

/// Placeholders people type into forms, in the form's four languages (lower case, whole value).
const PLACEHOLDERS: &[&str] = &[
    // en
    "test", "testing", "tester", "asdf", "asdfgh", "qwerty", "azerty", "qwertz", "n/a", "na", "none", "null", "nil", "zero",
    "nobody", "unknown", "dummy", "fake", "sample", "example", "foo", "bar", "foobar", "blah", "bla", "xxx", "abc",
    "first name", "last name", "firstname", "lastname", "firstname lastname", "first name last name", "your name",
    "name", "street", "address", "city", "company", "organisation", "organization",
    // nl
    "geen", "niets", "onbekend", "nvt", "n.v.t.", "voornaam", "achternaam", "familienaam", "voornaam achternaam",
    "uw naam", "naam", "straat", "adres", "gemeente", "stad", "bedrijf",
    // fr
    "aucun", "aucune", "néant", "inconnu", "prénom", "nom", "prénom nom", "nom prénom", "votre nom", "rue", "ville",
    "société",
    // de
    "keine", "keiner", "unbekannt", "vorname", "nachname", "vorname nachname", "ihr name", "strasse", "straße",
    "stadt", "ort", "firma",
];

/// Names that are someone's on paper only.
const FICTIONAL: &[&str] = &[
    "mickey mouse", "minnie mouse", "donald duck", "john doe", "jane doe", "john smith test", "max mustermann",
    "erika mustermann", "jan modaal", "piet piraat", "kuifje", "tintin", "harry potter", "sherlock holmes",
    "homer simpson", "bart simpson", "james bond", "santa claus", "sinterklaas", "père noël", "pere noel",
];

fn folded(text: &str) -> String {
    text.trim().chars().map(crate::idna::lower).collect()
}

/// Whether a name, organisation, street line or city looks made up.
pub fn text(value: &str) -> bool {
    let value = value.trim();
    if value.is_empty() {
        return false;
    }
    // Symbols only: no letter or digit at all.
    if !value.chars().any(is_letter_or_digit) {
        return true;
    }
    // One character repeated: "aaaa", "xx" (compared case-insensitively).
    let mut letters = value.chars().filter(|c| !c.is_whitespace()).map(crate::idna::lower);
    let first = letters.next();
    let mut count = 1;
    if letters.all(|c| {
        count += 1;
        Some(c) == first
    }) && count >= 2
    {
        return true;
    }
    // The lists hold nothing longer than this; a longer value needs no folding.
    const LONGEST: usize = 24;
    if value.len() > LONGEST * 2 {
        return false;
    }
    let v = folded(value);
    PLACEHOLDERS.contains(&v.as_str()) || FICTIONAL.contains(&v.as_str())
}

/// Letters and digits, without Unicode tables: ASCII, the Latin-1 letters, and anything beyond
/// Latin-1 (which the character-set rule reports on its own anyway).
fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, 'À'..='ÿ') && c != '×' && c != '÷' || u32::from(c) > 0xff
}

/// Whether a person's or organisation's name is made of digits only ("12345").
pub fn digits_only(value: &str) -> bool {
    let mut any = false;
    for c in value.chars().filter(|c| !c.is_whitespace()) {
        if !c.is_ascii_digit() {
            return false;
        }
        any = true;
    }
    any
}

/// Whether a national phone number is one digit repeated or a running sequence (0123456789,
/// 987654321), ignoring a leading trunk-like 0.
pub fn phone(national: &str) -> bool {
    let d = national.as_bytes();
    if d.len() < 6 || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let rest = if d[0] == b'0' { &d[1..] } else { d };
    let same = rest.iter().all(|&b| b == rest[0]);
    let up = rest.windows(2).all(|w| w[1] == w[0] + 1 || (w[0] == b'9' && w[1] == b'0'));
    let down = rest.windows(2).all(|w| w[0] == w[1] + 1 || (w[0] == b'0' && w[1] == b'9'));
    same || up || down
}

/// Whether a name is the e-mail address's local part and nothing else (spec §1.7).
pub fn name_is_email_local(name: &str, email: &str) -> bool {
    let Some((local, _)) = email.split_once('@') else { return false };
    !local.is_empty() && folded(name) == folded(local)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_and_fiction() {
        for v in ["test", "Test", "  N/A ", "Voornaam Achternaam", "Prénom", "Mickey Mouse", "aaaa", "xx", "....", "-", "???"] {
            assert!(text(v), "{v}");
        }
    }

    #[test]
    fn the_lists_fit_the_length_shortcut() {
        for entry in PLACEHOLDERS.iter().chain(FICTIONAL) {
            assert!(entry.chars().count() <= 24, "{entry}");
        }
    }

    #[test]
    fn real_names_are_left_alone() {
        for v in [
            "Jan Janssens", "Anne Test-Peeters", "Marie Nom", "An", "Li", "Ng", "O'Neill", "Bo", "Xu", "Dries Van Noten",
            "Aaron Aa", "Rue de la Loi 16", "Nomad SRL", "1000 Brussel",
        ] {
            assert!(!text(v), "{v}");
        }
    }

    #[test]
    fn digits_and_phones() {
        assert!(digits_only("12345"));
        assert!(!digits_only("R2D2"));
        assert!(!digits_only(""));
        assert!(phone("444444444"));
        assert!(phone("0123456789"));
        assert!(phone("987654321"));
        assert!(phone("123456789"));
        assert!(!phone("475123456"));
        assert!(!phone("21234567"));
    }

    #[test]
    fn name_equal_to_the_mailbox() {
        assert!(name_is_email_local("jdoe83", "jdoe83@gmail.com"));
        assert!(name_is_email_local("JDoe83", "jdoe83@gmail.com"));
        assert!(!name_is_email_local("Jan Peeters", "jan.peeters@telenet.be"));
    }
}
