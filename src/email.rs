//! E-mail addresses — spec §1.5. The registry's only channel to the registrant: a wrong address
//! is a bounce, a failed transfer and a likely revoke.

use crate::idna;
use crate::input;
use crate::issue::{At, Code, Issue, Params, PathSegment};

/// Longest address (spec §1.1, RFC 5321).
pub const MAX_LEN: usize = 254;
/// Longest local part (spec §1.5).
pub const MAX_LOCAL: usize = 64;
const PATH: &[PathSegment] = &[PathSegment::Key("email")];

/// Mail providers registrants use, as typed correctly: each by its name and its ending (what
/// follows the first dot). Never "corrected"; the typo check compares against them (spec §1.5:
/// conservative — a real domain must never be corrected).
const PROVIDERS: &[(&str, &str)] = &[
    ("aol", "com"), ("belgacom", "net"), ("edpnet", "be"), ("email", "com"), ("free", "fr"), ("gmail", "com"),
    ("gmx", "com"), ("gmx", "de"), ("gmx", "net"), ("googlemail", "com"), ("hotmail", "be"),
    ("hotmail", "co.uk"), ("hotmail", "com"), ("hotmail", "fr"), ("hotmail", "nl"), ("icloud", "com"),
    ("kpnmail", "nl"), ("laposte", "net"), ("live", "be"), ("live", "com"), ("live", "fr"), ("live", "nl"),
    ("mac", "com"), ("mail", "com"), ("me", "com"), ("msn", "com"), ("orange", "fr"), ("outlook", "be"),
    ("outlook", "com"), ("outlook", "fr"), ("pandora", "be"), ("proton", "me"), ("protonmail", "com"),
    ("proximus", "be"), ("scarlet", "be"), ("sfr", "fr"), ("skynet", "be"), ("t-online", "de"),
    ("telenet", "be"), ("voo", "be"), ("wanadoo", "fr"), ("web", "de"), ("yahoo", "co.uk"), ("yahoo", "com"),
    ("yahoo", "fr"), ("ymail", "com"), ("ziggo", "nl"),
];

/// Endings that are no top-level domain but a slip of the finger on one.
fn suffix_typo(suffix: &str) -> Option<&'static str> {
    Some(match suffix {
        "con" | "cmo" | "ocm" | "comm" | "vom" | "xom" | "cpm" | "coom" | "comn" | "cim" | "c0m" | "om" => "com",
        "eb" | "bee" | "bed" | "ben" | "b" => "be",
        "nte" | "ner" | "nett" | "met" => "net",
        "frr" | "rf" => "fr",
        "nll" | "ln" => "nl",
        _ => return None,
    })
}

/// `local@domain` checked; the value to send has its domain in lower-case ASCII (A-labels).
pub(crate) struct Checked {
    pub value: String,
    pub issues: Vec<Issue>,
}

/// Checks a non-empty address as typed. `registered` is the domain being registered, if known.
pub(crate) fn check(raw: &str, registered: Option<&str>) -> Checked {
    let (text, offset) = input::trim(raw);
    let mut issues = Vec::new();
    let fail = |issues: Vec<Issue>| Checked { value: text.to_string(), issues };
    if input::longer_than(text, MAX_LEN) {
        let max = Params { max: Some(MAX_LEN as u32), ..Params::default() };
        return fail(vec![Issue::new(Code::TooLong).path(PATH).params(max)]);
    }
    // "Jan Peeters <jan@example.be>" or "mailto:jan@example.be": offer the address alone.
    if let Some(inner) = unwrap_address(text) {
        let suggestion = check(inner, None).issues.iter().all(|i| !i.is_error()).then(|| inner.to_string());
        return fail(vec![Issue::new(Code::EmailFormat).path(PATH).suggest(suggestion)]);
    }
    // Without an `@` the whole text is the local part so far.
    let at = text.find('@').unwrap_or(text.len());
    let (local, domain) = (&text[..at], text.get(at + 1..).unwrap_or(""));
    // Characters first: they are what the user can fix at a glance.
    let mut check_char = |i: usize, c: char| {
        let ok = if i < at {
            is_atext(c) || c == '.'
        } else if i == at {
            true
        } else {
            // Beyond ASCII, UTS #46 and IDNA2008 decide (below), and say where.
            c.is_ascii_alphanumeric() || c == '-' || c == '.' || !c.is_ascii()
        };
        if !ok && issues.len() < 3 {
            // A typographic apostrophe or dash has its plain form, which an address may hold.
            let replacement = match c {
                '\u{2018}' | '\u{2019}' if i < at => Some("'"),
                '\u{2010}'..='\u{2014}' | '\u{2212}' => Some("-"),
                _ => None,
            };
            let p = Params { replacement, ..Params::default() };
            issues.push(Issue::new(Code::EmailCharacter).path(PATH).at(At::locate(raw, offset + i)).params(p));
        }
    };
    // Byte by byte when the text is ASCII (as almost every address is): the same characters.
    if text.is_ascii() {
        text.bytes().enumerate().for_each(|(i, b)| check_char(i, char::from(b)));
    } else {
        text.char_indices().for_each(|(i, c)| check_char(i, c));
    }
    if !issues.is_empty() {
        return fail(issues);
    }
    let dots_ok = |s: &str| {
        let b = s.as_bytes();
        b.first().is_some_and(|&c| c != b'.') && b.last() != Some(&b'.') && !b.windows(2).any(|w| w == b"..")
    };
    if at == text.len() {
        // What typing on may still fix: a local part without its `@` (or its domain) yet, a
        // domain without its ending (`jan@gmail`, `jan@telenet.b`, `jan@telenet.`).
        let b = local.as_bytes();
        let local_begins = b.first() != Some(&b'.') && !b.windows(2).any(|w| w == b"..") && local.len() <= MAX_LOCAL;
        // "jan.gmail.com" is not guessed at; "jan@gmail" is (below).
        return fail(vec![Issue::new(Code::EmailFormat).path(PATH).incomplete(local_begins)]);
    }
    if !dots_ok(local) || local.len() > MAX_LOCAL {
        return fail(vec![Issue::new(Code::EmailFormat).path(PATH)]);
    }
    // A trailing dot (a fully qualified name) is offered without the dot.
    let domain_trimmed = domain.strip_suffix('.').unwrap_or(domain);
    // Spec §1.5: the domain as UTS #46 maps it, held to IDNA2008; each way it can fail in words.
    let ascii = if dots_ok(domain_trimmed) { idna::to_ascii(domain_trimmed) } else { Err(idna::Error::Format) };
    let issue = match &ascii {
        Ok(ascii) if valid_domain(ascii) => None,
        Ok(_) | Err(idna::Error::Format) => {
            let guess = single_label_provider(domain_trimmed).map(|(name, ending)| [local, "@", name, ".", ending].concat());
            Some(Issue::new(Code::EmailFormat).suggest(guess).incomplete(domain_begins(domain)))
        }
        Err(idna::Error::Character(i)) => Some(Issue::new(Code::EmailDomainCharacter).at(At::locate(raw, offset + at + 1 + *i))),
        // `jan@xn--caf`: an A-label still being typed, as the last label.
        Err(idna::Error::Encoding) => Some(Issue::new(Code::EmailDomainEncoding).incomplete(domain_begins(domain) && last_label_is_a_label(domain))),
        Err(idna::Error::Combination) => Some(Issue::new(Code::EmailDomainCombination)),
    };
    let ascii = match (issue, ascii) {
        (None, Ok(ascii)) => ascii,
        (Some(issue), _) => return fail(vec![issue.path(PATH)]),
        (None, Err(_)) => return fail(Vec::new()),
    };
    let value = [local, "@", &ascii].concat();
    if domain_trimmed.len() != domain.len() {
        // `jan@telenet.be.`: offered without the dot (more labels could follow it, too).
        return Checked { issues: vec![Issue::new(Code::EmailFormat).path(PATH).suggest(Some(value.clone())).incomplete(true)], value };
    }
    if let Some((name, ending)) = provider_typo(&ascii) {
        issues.push(Issue::new(Code::EmailTypo).path(PATH).suggest(Some([local, "@", name, ".", ending].concat())));
    }
    if let Some(reg) = registered.and_then(|r| idna::to_ascii(r.trim().trim_end_matches('.')).ok()) {
        if !reg.is_empty() && ascii.strip_suffix(reg.as_str()).is_some_and(|rest| rest.is_empty() || rest.ends_with('.')) {
            // Named as the user typed it (`café.be`, not its A-label).
            let typed = registered.map(|r| r.trim().trim_end_matches('.').to_string());
            let p = Params { domain: typed, ..Params::default() };
            issues.push(Issue::new(Code::EmailInRegisteredDomain).path(PATH).params(p));
        }
    }
    Checked { value, issues }
}

/// Whether `domain` (after the `@`, as typed) is the beginning of a domain an address can have:
/// every label before the last is complete (LDH, 1–63, no hyphen at either end), and the last
/// one — possibly still empty — does not start with a hyphen. Characters were checked before.
fn domain_begins(domain: &str) -> bool {
    let mut labels = domain.split('.').peekable();
    while let Some(label) = labels.next() {
        let b = label.as_bytes();
        let last = labels.peek().is_none();
        // Non-ASCII letters count as one character each, which is all a prefix test needs.
        if b.first() == Some(&b'-') || crate::issue::chars_in(label) > 63 || (!last && (b.is_empty() || b.last() == Some(&b'-'))) {
            return false;
        }
    }
    domain.len() <= 253
}

/// Whether the last label of `domain` (as typed) starts with the A-label prefix `xn--`.
fn last_label_is_a_label(domain: &str) -> bool {
    let last = domain.rsplit('.').next().unwrap_or("");
    last.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("xn--"))
}

/// The address inside `Name <address>` or after `mailto:`.
fn unwrap_address(text: &str) -> Option<&str> {
    if let (Some(open), true) = (text.find('<'), text.ends_with('>')) {
        return Some(text[open + 1..text.len() - 1].trim());
    }
    let lower = text.get(..7)?;
    lower.eq_ignore_ascii_case("mailto:").then(|| text[7..].trim())
}

/// RFC 5322 `atext`: what a dot-atom local part may hold (spec §1.5: no quoted local parts).
fn is_atext(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '!' | '#' | '$' | '%' | '&' | '\'' | '*' | '+' | '/' | '=' | '?' | '^' | '_' | '`' | '{' | '|' | '}' | '~' | '-')
}

/// LDH labels of 1–63 characters, no hyphen at either end, at least two labels, and a top-level
/// domain of letters (or an A-label).
fn valid_domain(ascii: &str) -> bool {
    let ldh = |l: &[u8]| {
        (1..=63).contains(&l.len())
            && l.first() != Some(&b'-')
            && l.last() != Some(&b'-')
            && l.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-')
    };
    let (mut labels, mut tld): (usize, &[u8]) = (0, b"");
    for label in ascii.as_bytes().split(|&b| b == b'.') {
        if !ldh(label) {
            return false;
        }
        labels += 1;
        tld = label;
    }
    labels >= 2
        && ascii.len() <= 253
        && (tld.starts_with(b"xn--") || (tld.len() >= 2 && tld.iter().all(|b| b.is_ascii_alphabetic())))
}

/// `gmail` → `gmail.com`, when exactly one provider has that name.
fn single_label_provider(domain: &str) -> Option<(&'static str, &'static str)> {
    // The names are lower-case ASCII: equal ignoring ASCII case is equal once lower-cased.
    let mut found = PROVIDERS.iter().filter(|(name, _)| name.eq_ignore_ascii_case(domain));
    let first = found.next()?;
    found.next().is_none().then_some(*first)
}

/// **Decision** (spec §1.5, typo warning): a domain that is not a provider's is read as a typo of
/// one when (a) its name is the provider's and its ending is a known slip (`gmail.con`,
/// `telenet.eb`), or (b) its ending is the provider's (or such a slip) and its name is one edit
/// (insertion, deletion, substitution or swap of neighbours) from a provider name of five or more
/// letters (`gmial.com`, `hotmial.be`). Short names (gmx, msn, voo, web) are too close to real
/// domains to guess at. Ambiguous guesses are not made.
fn provider_typo(domain: &str) -> Option<(&'static str, &'static str)> {
    let (name, suffix) = domain.split_once('.')?;
    // A provider's own domain (the lengths first: they rule out most names without a comparison).
    if PROVIDERS.iter().any(|&(p_name, p_suffix)| p_name.len() == name.len() && p_name == name && p_suffix == suffix) {
        return None;
    }
    let fixed_suffix = suffix_typo(suffix);
    // (a) The provider's own name with a slipped ending.
    if let Some(fixed) = fixed_suffix {
        if let Some(&p) = PROVIDERS.iter().find(|&&(p_name, p_suffix)| p_name == name && p_suffix == fixed) {
            return Some(p);
        }
    }
    // (b) One edit away from a provider name, with its ending (or a slip of it); only if unique.
    // One edit changes the length by one at most: the lengths rule out most names unread.
    let mut guess = None;
    for &(p_name, p_suffix) in PROVIDERS {
        if p_name.len() < 5 || p_name.len().abs_diff(name.len()) > 1 {
            continue;
        }
        let suffix_fits = suffix == p_suffix || fixed_suffix == Some(p_suffix);
        if suffix_fits && one_edit(name, p_name) {
            if guess.is_some() {
                return None;
            }
            guess = Some((p_name, p_suffix));
        }
    }
    guess
}

/// True when `a` and `b` differ by exactly one insertion, deletion, substitution or swap of
/// neighbouring characters (Damerau–Levenshtein distance 1). ASCII only.
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    // What differs once the common beginning and then the common end are set aside.
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    let suffix = ra.iter().rev().zip(rb.iter().rev()).take_while(|(x, y)| x == y).count();
    match (&ra[..ra.len() - suffix], &rb[..rb.len() - suffix]) {
        // Substitution, insertion, deletion.
        ([_], [_]) | ([], [_]) | ([_], []) => true,
        // Swap of neighbours.
        ([x1, x2], [y1, y2]) => x1 == y2 && x2 == y1,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> (String, Vec<&'static str>, Option<String>) {
        let c = check(s, None);
        let sug = c.issues.iter().find_map(|i| i.suggestion.clone());
        (c.value, c.issues.iter().map(|i| i.code.as_str()).collect(), sug)
    }

    #[test]
    fn good_addresses_pass_with_the_domain_lower_cased() {
        for (input, value) in [
            ("jan.peeters@telenet.be", "jan.peeters@telenet.be"),
            (" Jan.Peeters@Telenet.BE ", "Jan.Peeters@telenet.be"),
            ("o'brien+be@example.co.uk", "o'brien+be@example.co.uk"),
            ("info@café.be", "info@xn--caf-dma.be"),
            ("x@xn--caf-dma.be", "x@xn--caf-dma.be"),
        ] {
            let (v, codes, _) = run(input);
            assert!(codes.is_empty(), "{input}: {codes:?}");
            assert_eq!(v, value);
        }
    }

    #[test]
    fn malformed_addresses() {
        for bad in ["jan", "jan@", "@telenet.be", "jan@telenet", "jan..p@telenet.be", ".jan@telenet.be", "jan@-telenet.be", "jan@telenet.b", "jan@telenet.123"] {
            let (_, codes, _) = run(bad);
            assert_eq!(codes, ["email_format"], "{bad}");
        }
        // While typing: what a continuation can still fix is `incomplete`.
        for typing in ["j", "jan", "jan.", "jan@", "jan@gmail", "jan@telenet.", "jan@telenet.b", "jan@telenet.be.", "jan@café"] {
            assert!(check(typing, None).issues.iter().all(|i| i.incomplete && i.code == Code::EmailFormat), "{typing}: {:?}", check(typing, None).issues);
        }
        for wrong in ["jan..p@telenet.be", ".jan@telenet.be", "jan@-telenet.be", "jan@telenet..be", "jan peeters", "jan@tele net.be"] {
            assert!(check(wrong, None).issues.iter().all(|i| !i.incomplete), "{wrong}");
        }
        let (_, codes, _) = run("jan peeters");
        assert_eq!(codes, ["email_character"], "a space is refused at once, @ or not");
        let (_, codes, _) = run("jan peeters@telenet.be");
        assert_eq!(codes, ["email_character"]);
        let (_, codes, _) = run("jan@tele@net.be");
        assert_eq!(codes, ["email_character"]);
        let (_, codes, _) = run("jöhn@telenet.be");
        assert_eq!(codes, ["email_character"], "no non-ASCII local parts");
        let c = check(&format!("{}@x.be", "a".repeat(250)), None);
        assert_eq!(c.issues[0].code, Code::TooLong);
    }

    #[test]
    fn display_names_mailto_and_trailing_dots_get_a_suggestion() {
        assert_eq!(run("Jan Peeters <jan@telenet.be>").2.as_deref(), Some("jan@telenet.be"));
        assert_eq!(run("mailto:jan@telenet.be").2.as_deref(), Some("jan@telenet.be"));
        assert_eq!(run("jan@telenet.be.").2.as_deref(), Some("jan@telenet.be"));
        assert_eq!(run("jan@gmail").2.as_deref(), Some("jan@gmail.com"));
        assert_eq!(run("jan@hotmail").2, None, "hotmail has several endings: no guess");
    }

    #[test]
    fn provider_typos_are_warnings_with_the_fix() {
        for (typo, fix) in [
            ("jan@gmial.com", "jan@gmail.com"),
            ("jan@gmail.con", "jan@gmail.com"),
            ("jan@hotmial.be", "jan@hotmail.be"),
            ("jan@telenet.eb", "jan@telenet.be"),
            ("jan@telnet.be", "jan@telenet.be"),
            ("jan@skynett.be", "jan@skynet.be"),
            ("jan@outlok.com", "jan@outlook.com"),
        ] {
            let c = check(typo, None);
            assert_eq!(c.issues.iter().map(|i| i.code.as_str()).collect::<Vec<_>>(), ["email_typo"], "{typo}");
            assert!(!c.issues[0].is_error());
            assert_eq!(c.issues[0].suggestion.as_deref(), Some(fix), "{typo}");
        }
    }

    #[test]
    fn real_domains_are_never_corrected() {
        for real in ["jan@ymail.com", "jan@mail.com", "jan@gmx.be", "jan@live.nl", "jan@hotmail.fr", "jan@telenet.com", "jan@example.be", "jan@kbc.be", "jan@ugent.be", "jan@gmail.co"] {
            assert!(check(real, None).issues.is_empty(), "{real}");
        }
    }

    #[test]
    fn an_address_inside_the_registered_domain_is_flagged() {
        let c = check("info@Café.be", Some("café.be"));
        assert_eq!(c.issues.iter().map(|i| i.code.as_str()).collect::<Vec<_>>(), ["email_in_registered_domain"]);
        assert_eq!(c.issues[0].params.domain.as_deref(), Some("café.be"));
        assert_eq!(check("jan@mail.example.be", Some("example.be")).issues.len(), 1);
        assert!(check("jan@notexample.be", Some("example.be")).issues.is_empty());
    }

    /// The definition `one_edit` must agree with: a slice comparison after the common beginning.
    fn one_edit_by_slices(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a == b || a.len().abs_diff(b.len()) > 1 {
            return false;
        }
        let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        let (ra, rb) = (&a[prefix..], &b[prefix..]);
        match ra.len().cmp(&rb.len()) {
            std::cmp::Ordering::Equal => ra[1..] == rb[1..] || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..]),
            std::cmp::Ordering::Less => ra == &rb[1..],
            std::cmp::Ordering::Greater => &ra[1..] == rb,
        }
    }

    #[test]
    fn one_edit_agrees_with_slice_comparison() {
        // Every pair of words up to four letters over a small alphabet, repeats included.
        let mut words = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = words.iter().flat_map(|w| ["a", "b", "c"].map(|c| format!("{w}{c}"))).collect();
            words.extend(longer);
        }
        words.sort();
        words.dedup();
        for a in &words {
            for b in &words {
                assert_eq!(one_edit(a, b), one_edit_by_slices(a, b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn one_edit_distance() {
        assert!(one_edit("gmial", "gmail"));
        assert!(one_edit("gmai", "gmail"));
        assert!(one_edit("gmaill", "gmail"));
        assert!(one_edit("gnail", "gmail"));
        assert!(!one_edit("gmail", "gmail"));
        assert!(one_edit("gamil", "gmail"));
        assert!(!one_edit("hotmail", "gmail"));
    }
}
