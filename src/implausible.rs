//! Implausible data — spec §1.7. DNS Belgium screens new registrations for meaningless or false
//! data and withdraws them (a revoke). These are warnings: a false alarm on a real name is worse
//! than a miss, so the lists are short and matched as whole values only.

/// Placeholders people type into forms, in the form's four languages (lower case, whole value).
const PLACEHOLDERS: &[&str] = &[
    // en
    "test", "testing", "tester", "asdf", "asdfgh", "qwerty", "azerty", "qwertz", "n/a", "na", "none", "null", "nil", "zero",
    "nobody", "unknown", "dummy", "fake", "sample", "example", "foo", "bar", "foobar", "foo bar", "blah", "bla", "xxx", "abc",
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

/// The words test data is made of: a value of two or more of them and nothing else (`test test`,
/// `Test Tester`, `asdf qwerty`) is a placeholder too (spec §1.7). Kept to words no one is named
/// (`bar` and `abc`, whole values in the list above, are words of real business names).
const TEST_WORDS: &[&str] = &["test", "testing", "tester", "asdf", "qwerty", "azerty", "qwertz", "dummy", "fake", "foo", "foobar", "blah", "bla", "xxx"];

/// Whether a folded value is two or more [`TEST_WORDS`] and nothing else (words split at spaces,
/// hyphens, dots and commas).
fn only_test_words(folded: &[u8]) -> bool {
    let mut words = folded.split(|b| matches!(b, b' ' | b'-' | b'.' | b',')).filter(|w| !w.is_empty());
    let mut n = 0;
    words.all(|w| {
        n += 1;
        TEST_WORDS.iter().any(|t| t.as_bytes() == w)
    }) && n >= 2
}

/// The lists hold nothing longer than this many characters (nor bytes, folded, than twice it).
const LONGEST: usize = 24;

/// For each first byte (its low five bits), the byte lengths of the list entries that start with
/// it (bit n: n bytes): most values are ruled out without comparing a string.
const INDEX: [u64; 32] = index(&[PLACEHOLDERS, FICTIONAL]);

const fn index(lists: &[&[&str]]) -> [u64; 32] {
    let mut out = [0u64; 32];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let entry = lists[l][i].as_bytes();
            out[(entry[0] & 31) as usize] |= 1 << entry.len();
            i += 1;
        }
        l += 1;
    }
    out
}

/// Whether a folded value is one of the lists' entries.
fn is_listed(folded: &[u8]) -> bool {
    let Some(&first) = folded.first() else { return false };
    let lengths = INDEX[usize::from(first & 31)];
    folded.len() < 64
        && lengths >> folded.len() & 1 == 1
        && PLACEHOLDERS.iter().chain(FICTIONAL).any(|entry| entry.as_bytes() == folded)
}

/// `text` (already trimmed) in lower case ([`crate::idna::lower`]) into `buf`; `None` if it
/// does not fit (then it is longer than any entry).
fn fold_into<'b>(text: &str, buf: &'b mut [u8; 2 * LONGEST]) -> Option<&'b [u8]> {
    if text.len() > buf.len() {
        return None;
    }
    if text.is_ascii() {
        for (to, b) in buf.iter_mut().zip(text.bytes()) {
            *to = b.to_ascii_lowercase();
        }
        return buf.get(..text.len());
    }
    let mut n = 0;
    for c in text.chars().map(crate::idna::lower) {
        let slot = buf.get_mut(n..n + c.len_utf8())?;
        c.encode_utf8(slot);
        n += c.len_utf8();
    }
    buf.get(..n)
}

/// Whether two texts are equal once trimmed and lower-cased ([`crate::idna::lower`]).
fn same_folded(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars().map(crate::idna::lower).eq(b.chars().map(crate::idna::lower))
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
    // A longer value needs no folding.
    let mut buf = [0; 2 * LONGEST];
    fold_into(value, &mut buf).is_some_and(|f| is_listed(f) || only_test_words(f))
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

/// Whether an address is test data: its mailbox and its domain's name both test words
/// (`test@test.com`, `asdf@asdf.be`, `test@example.be`). The address as sent: its domain in
/// lower-case ASCII.
pub fn email(address: &str) -> bool {
    let Some(at) = address.bytes().rposition(|b| b == b'@') else { return false };
    let (local, domain) = (&address[..at], &address[at + 1..]);
    let name = domain.split('.').next().unwrap_or("");
    let is_test = |w: &str| w == "example" || TEST_WORDS.iter().any(|t| t.eq_ignore_ascii_case(w));
    is_test(local) && is_test(name)
}

/// Top-level domains that never deliver Internet mail (IANA's special-use domain names): RFC 2606
/// and RFC 6761 (`test`, `example`, `invalid`, `localhost`), RFC 6762 (`local`, multicast DNS),
/// RFC 7686 (`onion`), RFC 9476 (`alt`), and `internal` (reserved by ICANN in 2024 for private
/// networks).
const RESERVED_TLDS: &[&str] = &["test", "example", "invalid", "localhost", "local", "onion", "alt", "internal"];

/// Whether mail to an address at `domain` (lower-case ASCII, as sent) can never arrive: a
/// reserved top-level domain, RFC 2606's `example.com`, `example.net` and `example.org` (and
/// names below them), RFC 8375's `home.arpa` (spec §1.5: a bounce).
pub fn reserved_domain(domain: &str) -> bool {
    let domain = domain.strip_suffix('.').unwrap_or(domain);
    let under = |name: &str| domain == name || domain.strip_suffix(name).is_some_and(|rest| rest.ends_with('.'));
    let tld = domain.bytes().rposition(|b| b == b'.').map_or(domain, |dot| &domain[dot + 1..]);
    RESERVED_TLDS.contains(&tld) || ["example.com", "example.net", "example.org", "home.arpa"].into_iter().any(under)
}

/// Whether a name is the e-mail address's local part and nothing else (spec §1.7).
pub fn name_is_email_local(name: &str, email: &str) -> bool {
    let Some((local, _)) = email.split_once('@') else { return false };
    !local.is_empty() && same_folded(name, local)
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
    fn names_of_test_words_only() {
        for v in ["test test", "Test Tester", "TEST  TESTER", "asdf qwerty", "Foo Test", "test-test", "Dummy Fake", "Tester, Test"] {
            assert!(text(v), "{v}");
        }
        for v in ["Test", "Jan Test", "Anne Test-Peeters", "Foo Bar", "Bar Test Peeters", "Testa Rossa", "Abc Bar", "test1 test2"] {
            assert_eq!(text(v), ["Test", "Foo Bar"].contains(&v), "{v}");
        }
    }

    #[test]
    fn test_addresses() {
        for a in ["test@test.com", "TEST@test.be", "asdf@asdf.nl", "test@example.be", "foo@foobar.com", "dummy@test.co.uk"] {
            assert!(email(a), "{a}");
        }
        for a in ["jan@test.be", "test@gmail.com", "info@testaankoop.be", "tester@telenet.be", "test", "test@"] {
            assert!(!email(a), "{a}");
        }
    }

    #[test]
    fn reserved_and_special_use_domains() {
        for d in ["example.com", "example.net", "example.org", "mail.example.com", "example", "shop.example", "x.test", "test", "a.invalid", "localhost", "printer.local", "x.onion", "x.alt", "corp.internal", "nas.home.arpa", "example.com."] {
            assert!(reserved_domain(d), "{d}");
        }
        for d in ["example.be", "notexample.com", "example.co.uk", "test.com", "testing.be", "localhost.be", "telenet.be", "arpa", "home.be", "xn--caf-dma.be"] {
            assert!(!reserved_domain(d), "{d}");
        }
    }

    #[test]
    fn the_lists_fit_the_length_shortcut() {
        for entry in PLACEHOLDERS.iter().chain(FICTIONAL) {
            assert!(entry.chars().count() <= 24, "{entry}");
        }
    }

    /// The definitions the stack-buffer folding and the index must agree with.
    fn folded(text: &str) -> String {
        text.trim().chars().map(crate::idna::lower).collect()
    }

    fn listed_by_scan(value: &str) -> bool {
        let v = folded(value);
        PLACEHOLDERS.contains(&v.as_str()) || FICTIONAL.contains(&v.as_str())
    }

    #[test]
    fn the_folded_lookup_agrees_with_a_plain_scan() {
        let mut values: Vec<String> = PLACEHOLDERS.iter().chain(FICTIONAL).map(|e| e.to_string()).collect();
        values.extend(PLACEHOLDERS.iter().chain(FICTIONAL).map(|e| e.to_uppercase()));
        values.extend(PLACEHOLDERS.iter().chain(FICTIONAL).map(|e| format!("{e}x")));
        values.extend(PLACEHOLDERS.iter().chain(FICTIONAL).map(|e| e[1..].to_string()));
        for v in ["PRÉNOM", "Père Noël", "PÈRE NOËL", "STRASSE", "STRAẞE", "İest", "ÑAME", "Jan", "é", "😀", "\u{a0}", "\u{200b}test", "\u{feff}", "x\u{7}", "é".repeat(24).as_str(), "é".repeat(25).as_str(), "a".repeat(48).as_str()] {
            values.push(v.to_string());
        }
        for v in &values {
            let trimmed = v.trim();
            let mut buf = [0; 2 * LONGEST];
            let fast = trimmed.len() <= 2 * LONGEST && fold_into(trimmed, &mut buf).is_some_and(is_listed);
            let slow = trimmed.len() <= 2 * LONGEST && listed_by_scan(trimmed);
            assert_eq!(fast, slow, "{v:?}");
            for w in &values {
                assert_eq!(same_folded(v, w), folded(v) == folded(w), "{v:?} {w:?}");
            }
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
