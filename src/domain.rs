//! .be domain names and name servers — spec §2.
//!
//! What users type is accepted — `Café.be`, `café`, `xn--caf-dma.be`, upper case, surrounding
//! spaces, a trailing dot — and checked against DNS Belgium's rules: LDH labels of 2–63
//! characters, the 33 extra IDN letters and nothing else, hyphen rules on the U-label, an A-label
//! of at most 63 characters. Input is lower-cased and composed (NFC for these letters); `ß` stays
//! `ß` (IDNA2008). Both forms are returned. What people paste instead of a name — a web address
//! (`https://www.café.be/contact`), an e-mail address, `www.café.be` — is refused with the name
//! in it as the suggestion.

use serde::Serialize;

use crate::charset;
use crate::idna;
use crate::input::{self, Input, Read};
use crate::messages;
use crate::issue::{At, Code, Issue, Params, PathSegment};
use crate::ip::{self, Ip};
use crate::lang::Lang;
use crate::punycode;

/// The letters an IDN .be label may use besides a–z, 0–9 and `-` (spec §2).
pub const IDN_LETTERS: &str = "àáâäãåèéêëìíîïóôðõöòùúûüýÿæœøßþçñ";
/// Longest label, in characters (U-label) and in ASCII (A-label).
pub const MAX_LABEL: usize = 63;
/// Shortest label (spec §2).
pub const MIN_LABEL: usize = 2;
/// Longest host name (RFC 1035).
pub const MAX_HOST: usize = 253;
/// Name servers per domain (spec §2).
pub const MIN_NAMESERVERS: usize = 2;
pub const MAX_NAMESERVERS: usize = 9;
/// Character issues reported per name at most.
const MAX_CHARACTER_ISSUES: usize = 5;

/// A name in both forms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DomainName {
    /// U-label form: `café.be`.
    pub unicode: String,
    /// A-label form: `xn--caf-dma.be`.
    pub ascii: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DomainReport {
    pub valid: bool,
    /// Both forms of the full name, when it could be read as one.
    pub value: Option<DomainName>,
    pub issues: Vec<Issue>,
}

/// A character of the input, lower-cased and composed, with where it came from.
#[derive(Clone, Copy)]
struct Ch {
    c: char,
    /// Byte offset of the character (or its base letter) in the input as given.
    at: usize,
}

fn allowed(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || IDN_LETTERS.contains(c)
}

/// Lower-cases and composes `text` (from `offset` in `raw`); IDNA's other full stops become `.`.
fn normalise(text: &str, offset: usize) -> Vec<Ch> {
    let mut out: Vec<Ch> = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let c = match c {
            '\u{3002}' | '\u{ff0e}' | '\u{ff61}' => '.',
            // Upper-case forms of the allowed letters that `idna::lower` leaves alone: the capital
            // sharp s (ẞ → ß), and the Kelvin and Ångström signs, which NFC makes K and Å.
            '\u{1e9e}' => 'ß',
            '\u{212a}' => 'k',
            '\u{212b}' => 'å',
            other => idna::lower(other),
        };
        if let Some(composed) = charset::compose(out.last().map(|ch| ch.c), c) {
            if let Some(last) = out.last_mut() {
                last.c = composed;
            }
            continue;
        }
        out.push(Ch { c, at: offset + i });
    }
    out
}

/// Checks one label (U-label characters, with positions) and returns its A-label. `path` is
/// where issues go; `raw` is the input the positions refer to.
fn check_label(label: &[Ch], raw: &str, path: &[PathSegment], issues: &mut Vec<Issue>) -> Option<(String, String)> {
    let text: String = label.iter().map(|ch| ch.c).collect();
    // An A-label as given: decode it, and check what it stands for.
    let ldh = text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if let Some(encoded) = text.strip_prefix("xn--").filter(|_| ldh) {
        // An A-label stands for a U-label with at least one non-ASCII letter (IDNA2008): `xn--ei-`
        // decodes to plain `ei`, whose only form is `ei` (found by fuzzing).
        let decoded = punycode::decode(encoded).filter(|u| !u.is_ascii() && u.chars().all(allowed));
        let canonical = decoded.as_ref().and_then(|u| punycode::encode(u)).is_some_and(|p| p == encoded);
        let Some(unicode) = decoded.filter(|_| canonical) else {
            // An A-label of letters, digits and hyphens may still be being typed or pasted.
            issues.push(Issue::new(Code::DomainPunycode).path(path).incomplete(text.len() < MAX_LABEL));
            return None;
        };
        let before = issues.len();
        rules(&unicode.chars().map(|c| Ch { c, at: usize::MAX }).collect::<Vec<_>>(), raw, path, issues);
        if issues.len() > before {
            return None;
        }
        // The A-label limit holds for an A-label as typed too (spec §2: A-label ≤ 63).
        if text.len() > MAX_LABEL {
            issues.push(idn_too_long(path, text.len()));
            return None;
        }
        return Some((unicode, text));
    }
    let before = issues.len();
    rules(label, raw, path, issues);
    let ascii = if text.is_ascii() { text.clone() } else { ["xn--", &punycode::encode(&text)?].concat() };
    if issues.len() == before && ascii.len() > MAX_LABEL {
        issues.push(idn_too_long(path, ascii.len()));
    }
    (issues.len() == before).then_some((text, ascii))
}

/// `domain_idn_too_long`: an A-label of `len` characters, over the limit (spec §2).
fn idn_too_long(path: &[PathSegment], len: usize) -> Issue {
    let p = Params { max: Some(MAX_LABEL as u32), count: Some(len as u32), ..Params::default() };
    Issue::new(Code::DomainIdnTooLong).path(path).params(p)
}

/// The character, length and hyphen rules on a U-label (spec §2).
fn rules(label: &[Ch], raw: &str, path: &[PathSegment], issues: &mut Vec<Issue>) {
    let locate = |ch: &Ch| if ch.at == usize::MAX { None } else { At::locate(raw, ch.at) };
    let mut bad = 0;
    for ch in label.iter().filter(|ch| !allowed(ch.c)) {
        if bad < MAX_CHARACTER_ISSUES {
            let replacement = Params { replacement: mend_char(ch.c), ..Params::default() };
            issues.push(Issue::new(Code::DomainCharacter).path(path).at(locate(ch)).suggest(mend(label)).params(replacement));
        }
        bad += 1;
    }
    if bad > 0 {
        return;
    }
    let n = label.len();
    if n < MIN_LABEL {
        let min = Params { min: Some(MIN_LABEL as u32), ..Params::default() };
        issues.push(Issue::new(Code::TooShort).path(path).params(min).incomplete(true));
    } else if n > MAX_LABEL {
        issues.push(input::too_long(path, MAX_LABEL));
    }
    let hyphens_34 = n >= 4 && label[2].c == '-' && label[3].c == '-';
    if let Some(edge) = [label.first(), label.last()].into_iter().flatten().find(|ch| ch.c == '-') {
        // A hyphen at the end only, as typed so far (`mijn-`): the name may still go on.
        let at_end_only = label.first().is_some_and(|ch| ch.c != '-') && !hyphens_34 && n < MAX_LABEL;
        issues.push(Issue::new(Code::DomainHyphenEdge).path(path).at(locate(edge)).incomplete(at_end_only));
    } else if hyphens_34 {
        issues.push(Issue::new(Code::DomainHyphen34).path(path).at(locate(&label[2])));
    }
}

/// The label with every refused character mended, if each one can be: a look-alike in the
/// allowed letters (ő → ö, ł → l, Cyrillic а → a), or a hyphen for spaces and underscores
/// between other characters (at either end of the label they are dropped: `café .be`).
fn mend(label: &[Ch]) -> Option<String> {
    let gap = |ch: &Ch| ch.c == ' ' || ch.c == '_';
    let start = label.iter().position(|ch| !gap(ch)).unwrap_or(label.len());
    let end = label.iter().rposition(|ch| !gap(ch)).map_or(start, |i| i + 1);
    let mut out = String::new();
    for ch in label.get(start..end).unwrap_or(&[]) {
        if allowed(ch.c) {
            out.push(ch.c);
        } else if gap(ch) {
            if !out.ends_with('-') {
                out.push('-');
            }
        } else {
            let m = charset::lookalike(ch.c)?;
            let m: String = m.chars().map(idna::lower).collect();
            if !m.chars().all(allowed) {
                return None;
            }
            out.push_str(&m);
        }
    }
    Some(out + ".be")
}

/// What to type instead of a refused character, if a .be label has a look-alike for it (the
/// label is lower-cased already, and so are the look-alikes of lower-case letters).
fn mend_char(c: char) -> Option<&'static str> {
    if c == ' ' || c == '_' {
        return Some("-");
    }
    charset::lookalike(c).filter(|m| m.chars().all(allowed))
}

/// Validates a .be domain name as typed (spec §2). A bare label means `<label>.be`.
pub fn validate_domain_name(name: Input<'_>, lang: Lang) -> DomainReport {
    let mut issues = Vec::new();
    let value = input::read_required(name, &[], MAX_HOST, &mut issues).and_then(|raw| read_be_name(raw, &[], &mut issues));
    let valid = messages::finish(&mut issues, lang);
    DomainReport { valid, value, issues }
}

/// A name directly under .be, as typed — or the name in a web or e-mail address pasted instead,
/// offered as the suggestion (spec §2).
fn read_be_name(raw: &str, path: &[PathSegment], issues: &mut Vec<Issue>) -> Option<DomainName> {
    let (text, offset) = input::trim(raw);
    if text.chars().nth(MAX_HOST).is_some() {
        issues.push(input::too_long(path, MAX_HOST));
        return None;
    }
    let (host, pasted) = pasted_host(text);
    if pasted == Pasted::Name {
        let (name, www) = read_labels(raw, text, offset, path, issues)?;
        if !www {
            return Some(name);
        }
        issues.push(Issue::new(Code::DomainWww).path(path).suggest(Some(name.unicode)));
        return None;
    }
    // The host's own problems, if it has any, are what to fix first; else the name it is.
    let (inner, start) = input::trim(text.get(host.clone()).unwrap_or(""));
    let before = issues.len();
    let (name, _) = read_labels(raw, inner, offset + host.start + start, path, issues)?;
    if issues.len() == before {
        let code = if pasted == Pasted::Url { Code::DomainUrl } else { Code::DomainEmail };
        issues.push(Issue::new(code).path(path).suggest(Some(name.unicode)));
    }
    None
}

/// What was around a name pasted from elsewhere.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pasted {
    /// Nothing: a name as typed.
    Name,
    /// A scheme (`https://`), a path, query or fragment (`/contact`, `?`, `#`), or a port.
    Url,
    /// `mailto:`, or a mailbox (`jan@`).
    Email,
}

/// **Decision** (spec §2 names only the label): a web or e-mail address typed where the name
/// belongs is read for the host in it — after a scheme (`https://`) or `mailto:`, after the last
/// `@` (a mailbox or a URL's user), before a path, query or fragment, without a port — and that
/// host is offered as the name when it is one. Returns the host's byte range in `text`.
fn pasted_host(text: &str) -> (std::ops::Range<usize>, Pasted) {
    let (mut start, mut end, mut pasted) = (0, text.len(), Pasted::Name);
    let is_scheme = |s: &str| s.starts_with(|c: char| c.is_ascii_alphabetic()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    // `https://`, also with one slash or three.
    if let Some(i) = text.find(":/").filter(|&i| is_scheme(&text[..i])) {
        (start, pasted) = (i + 1 + text[i + 1..].bytes().take_while(|&b| b == b'/').count(), Pasted::Url);
    } else if text.get(..7).is_some_and(|s| s.eq_ignore_ascii_case("mailto:")) {
        (start, pasted) = (7, Pasted::Email);
    }
    if let Some(i) = text[start..].find(['/', '?', '#']) {
        end = start + i;
        if pasted == Pasted::Name {
            pasted = Pasted::Url;
        }
    }
    if let Some(i) = text[start..end].rfind('@') {
        start += i + 1;
        if pasted == Pasted::Name {
            pasted = Pasted::Email;
        }
    }
    // A port: `café.be:8080`.
    if let Some(i) = text[start..end].rfind(':').filter(|&i| text[start + i + 1..end].bytes().all(|b| b.is_ascii_digit())) {
        end = start + i;
        if pasted == Pasted::Name {
            pasted = Pasted::Url;
        }
    }
    (start..end, pasted)
}

/// The labels of `text` (at byte `offset` of `raw`) read as a name under .be, and whether a
/// `www.` in front was set aside (`www.café.be` → `café.be`).
fn read_labels(raw: &str, text: &str, offset: usize, path: &[PathSegment], issues: &mut Vec<Issue>) -> Option<(DomainName, bool)> {
    let mut chars = normalise(text, offset);
    if chars.last().is_some_and(|ch| ch.c == '.') {
        chars.pop();
    }
    let labels: Vec<&[Ch]> = chars.split(|ch| ch.c == '.').collect();
    if labels.iter().any(|l| l.is_empty()) {
        issues.push(Issue::new(Code::DomainFormat).path(path));
        return None;
    }
    let is_be = |l: &[Ch]| l.len() == 2 && l[0].c == 'b' && l[1].c == 'e';
    // `www.café.be` is the web site of café.be, one of its sub-domains (`www.be` itself is a name).
    let is_www = |l: &[Ch]| l.len() == 3 && l.iter().all(|ch| ch.c == 'w');
    let www = labels.len() == 3 && is_www(labels[0]) && is_be(labels[2]);
    let label = match &labels[usize::from(www)..] {
        [label] => *label,
        [label, tld] if is_be(tld) => *label,
        [.., tld] if !is_be(tld) => {
            // `example.b`: the `e` may still come.
            let begins_be = tld.len() == 1 && tld[0].c == 'b' && labels.len() == 2;
            issues.push(Issue::new(Code::DomainNotBe).path(path).incomplete(begins_be));
            return None;
        }
        [.., registrable, _] => {
            let name: String = registrable.iter().map(|ch| ch.c).collect();
            issues.push(Issue::new(Code::DomainSubdomain).path(path).suggest(Some(name + ".be")));
            return None;
        }
        [] => return None,
    };
    let (unicode, ascii) = check_label(label, raw, path, issues)?;
    Some((DomainName { unicode: unicode + ".be", ascii: ascii + ".be" }, www))
}

/// One name server as given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NameserverInput<'a> {
    pub host: Input<'a>,
    /// Glue addresses; `None` when the key is absent.
    pub ips: Option<Vec<Input<'a>>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NameserversInput<'a> {
    pub domain: Input<'a>,
    pub nameservers: Vec<NameserverInput<'a>>,
    /// The reseller's name-server group, instead of (or besides) name servers.
    pub group: Input<'a>,
}

/// A name server to send: host as A-labels, addresses canonical.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Nameserver {
    pub host: String,
    pub ips: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct NameserversValue {
    /// The domain's A-label form (empty if it could not be read).
    pub domain: String,
    pub nameservers: Vec<Nameserver>,
    pub group: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NameserversReport {
    pub valid: bool,
    pub value: NameserversValue,
    pub issues: Vec<Issue>,
}

/// Validates the name servers of a .be domain (spec §2): 2–9 or a group, host names, no
/// duplicates, glue for in-domain hosts only, IP syntax, no glue with a group.
pub fn validate_nameservers(input: &NameserversInput<'_>, lang: Lang) -> NameserversReport {
    let mut issues = Vec::new();
    let mut value = NameserversValue::default();
    let domain_path = [PathSegment::Key("domain")];
    let domain = input::read_required(input.domain, &domain_path, MAX_HOST, &mut issues).and_then(|raw| read_be_name(raw, &domain_path, &mut issues));
    if let Some(d) = &domain {
        value.domain = d.ascii.clone();
    }
    let group_path = [PathSegment::Key("group")];
    value.group = match input::read(input.group, &group_path, 64) {
        Read::Text(raw) => Some(input::trim(raw).0.to_string()),
        Read::Empty => None,
        Read::Invalid(issue) => {
            issues.push(issue);
            None
        }
    };
    let count = input.nameservers.len();
    if count < MIN_NAMESERVERS && value.group.is_none() {
        let p = Params { min: Some(MIN_NAMESERVERS as u32), count: Some(count as u32), ..Params::default() };
        issues.push(Issue::new(Code::NameserversTooFew).path(&[PathSegment::Key("nameservers")]).params(p));
    } else if count > MAX_NAMESERVERS {
        let p = Params { max: Some(MAX_NAMESERVERS as u32), count: Some(count as u32), ..Params::default() };
        issues.push(Issue::new(Code::NameserversTooMany).path(&[PathSegment::Key("nameservers")]).params(p));
    }
    for (i, ns) in input.nameservers.iter().enumerate().take(MAX_NAMESERVERS + 1) {
        let path = [PathSegment::Key("nameservers"), PathSegment::Index(i), PathSegment::Key("host")];
        let host = input::read_required(ns.host, &path, MAX_HOST, &mut issues).and_then(|raw| read_host(raw, &path, &mut issues));
        let mut ips = Vec::new();
        for (k, ip_input) in ns.ips.iter().flatten().enumerate().take(16) {
            let ip_path = [PathSegment::Key("nameservers"), PathSegment::Index(i), PathSegment::Key("ips"), PathSegment::Index(k)];
            let Some(raw) = input::read_required(*ip_input, &ip_path, 64, &mut issues) else { continue };
            let text = input::trim(raw).0;
            match ip::parse(text) {
                Some(addr) => {
                    if !addr.is_public() {
                        issues.push(Issue::new(Code::IpNotPublic).path(&ip_path));
                    }
                    ips.push(addr);
                }
                None => issues.push(Issue::new(Code::IpFormat).path(&ip_path).incomplete(ip::begins(text))),
            }
        }
        let Some(host) = host else { continue };
        let ns_path = [PathSegment::Key("nameservers"), PathSegment::Index(i)];
        if value.nameservers.iter().any(|n| n.host == host) {
            issues.push(Issue::new(Code::NameserverDuplicate).path(&path));
        }
        let in_domain = domain.as_ref().is_some_and(|d| host == d.ascii || host.strip_suffix(d.ascii.as_str()).is_some_and(|h| h.ends_with('.')));
        let has_glue = ns.ips.as_ref().is_some_and(|v| !v.is_empty());
        if in_domain && value.group.is_some() {
            issues.push(Issue::new(Code::NameserverGroupGlue).path(&ns_path));
        } else if in_domain && !has_glue {
            // Named as the user wrote it (`ns1.café.be`, not its A-label).
            let p = Params { domain: Some(unicode_host(&host)), ..Params::default() };
            issues.push(Issue::new(Code::NameserverGlueRequired).path(&ns_path).params(p));
        } else if !in_domain && has_glue && domain.is_some() {
            issues.push(Issue::new(Code::NameserverGlueNotAllowed).path(&ns_path));
        }
        let mut seen: Vec<Ip> = Vec::new();
        for addr in ips {
            if !seen.contains(&addr) {
                seen.push(addr);
            }
        }
        value.nameservers.push(Nameserver { host, ips: seen.iter().map(Ip::canonical).collect() });
    }
    let valid = messages::finish(&mut issues, lang);
    NameserversReport { valid, value, issues }
}

/// The result for an input that is not an object at all.
pub fn invalid_nameservers(found: &'static str, lang: Lang) -> NameserversReport {
    let mut issues = vec![input::wrong_type(found, input::Expected::Object, &[])];
    let valid = messages::finish(&mut issues, lang);
    NameserversReport { valid, value: NameserversValue::default(), issues }
}

/// `nameservers` given as something else than a list: reported as `invalid_type` (instead of
/// the count issue the empty list gave).
pub fn nameservers_not_a_list(mut report: NameserversReport, found: &'static str, lang: Lang) -> NameserversReport {
    let path = [PathSegment::Key("nameservers")];
    report.issues.retain(|i| i.path != path);
    report.issues.insert(0, input::wrong_type(found, input::Expected::List, &path));
    report.valid = messages::finish(&mut report.issues, lang);
    report
}

/// A host's Unicode form, for messages: each `xn--` label decoded (as it was checked to be).
fn unicode_host(ascii: &str) -> String {
    let labels: Vec<String> = ascii
        .split('.')
        .map(|l| l.strip_prefix("xn--").and_then(punycode::decode).unwrap_or_else(|| l.to_string()))
        .collect();
    labels.join(".")
}

/// A name-server host name (any TLD), as A-labels; IDN labels follow the .be letters (spec §2:
/// "name servers may use the same character set").
fn read_host(raw: &str, path: &[PathSegment], issues: &mut Vec<Issue>) -> Option<String> {
    let (text, offset) = input::trim(raw);
    let mut chars = normalise(text, offset);
    if chars.last().is_some_and(|ch| ch.c == '.') {
        chars.pop();
    }
    let labels: Vec<&[Ch]> = chars.split(|ch| ch.c == '.').collect();
    let tld_ok = labels.last().is_some_and(|t| t.len() >= 2 && t.iter().all(|ch| ch.c.is_ascii_lowercase()));
    // A host under .be follows the .be letters (spec §2); any other host is told it is no host
    // name, without the .be wording.
    let under_be = labels.last().is_some_and(|t| t.len() == 2 && t[0].c == 'b' && t[1].c == 'e');
    let bad = labels.iter().flat_map(|l| l.iter()).find(|ch| !allowed(ch.c));
    if let Some(bad) = bad.filter(|_| !under_be) {
        issues.push(Issue::new(Code::NameserverHost).path(path).at(At::locate(raw, bad.at)));
        return None;
    }
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) || !tld_ok || text.chars().nth(MAX_HOST).is_some() {
        // `ns1`, `ns1.provider.n`: the rest of the name may still come.
        let last_begins = labels.last().is_some_and(|t| t.len() < 2 && t.iter().all(|ch| ch.c.is_ascii_lowercase()));
        let earlier_ok = labels.iter().rev().skip(1).all(|l| !l.is_empty());
        let incomplete = (labels.len() < 2 || last_begins) && earlier_ok && text.chars().nth(MAX_HOST).is_none();
        issues.push(Issue::new(Code::NameserverHost).path(path).incomplete(incomplete && !labels[0].is_empty()));
        return None;
    }
    let mut ascii = Vec::with_capacity(labels.len());
    for label in &labels {
        // Host labels may be a single character (ns.example.be's `ns` is two, but `a.ns.be` exists).
        let text: String = label.iter().map(|ch| ch.c).collect();
        if let Some(bad) = label.iter().find(|ch| !allowed(ch.c)) {
            issues.push(Issue::new(Code::DomainCharacter).path(path).at(At::locate(raw, bad.at)));
            return None;
        }
        if label.first().is_some_and(|ch| ch.c == '-') || label.last().is_some_and(|ch| ch.c == '-') {
            issues.push(Issue::new(Code::DomainHyphenEdge).path(path));
            return None;
        }
        // Too long as typed, or once encoded (an A-label, typed or made here: spec §2).
        let typed_a_label = text.starts_with("xn--");
        let a = if text.is_ascii() { text } else { ["xn--", &punycode::encode(&text)?].concat() };
        if label.len() > MAX_LABEL && !typed_a_label {
            issues.push(input::too_long(path, MAX_LABEL));
            return None;
        }
        if a.len() > MAX_LABEL {
            issues.push(idn_too_long(path, a.len()));
            return None;
        }
        ascii.push(a);
    }
    Some(ascii.join("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str) -> DomainReport {
        validate_domain_name(Input::Text(name), Lang::En)
    }

    fn codes(r: &DomainReport) -> Vec<&'static str> {
        r.issues.iter().map(|i| i.code.as_str()).collect()
    }

    fn forms(name: &str) -> (String, String) {
        let r = check(name);
        assert!(r.valid, "{name}: {:?}", codes(&r));
        let v = r.value.unwrap();
        (v.unicode, v.ascii)
    }

    #[test]
    fn what_users_type() {
        for typed in ["Café.be", "café", "  CAFÉ.BE. ", "xn--caf-dma.be", "XN--CAF-DMA.BE", "cafe\u{301}.be", "café。be"] {
            assert_eq!(forms(typed), ("café.be".into(), "xn--caf-dma.be".into()), "{typed}");
        }
        assert_eq!(forms("dnsbelgium.be"), ("dnsbelgium.be".into(), "dnsbelgium.be".into()));
        assert_eq!(forms("straße"), ("straße.be".into(), "xn--strae-oqa.be".into()), "IDNA2008 keeps ß");
        assert_eq!(forms("bücher-öl"), ("bücher-öl.be".into(), "xn--bcher-l-f1a2c.be".into()));
    }

    #[test]
    fn each_of_the_33_letters_is_allowed() {
        assert_eq!(IDN_LETTERS.chars().count(), 33);
        for c in IDN_LETTERS.chars() {
            let (unicode, ascii) = forms(&format!("a{c}b"));
            assert_eq!(unicode, format!("a{c}b.be"));
            assert!(ascii.starts_with("xn--"), "{c}");
            assert_eq!(forms(&ascii).0, unicode, "round trip of {c}");
        }
    }

    #[test]
    fn look_alikes_outside_the_set_are_located_and_mended() {
        for (typed, position, suggestion) in [("hőtel.be", 2, Some("hötel.be")), ("łódź", 1, Some("lódz.be")), ("bаnk.be", 2, Some("bank.be")), ("my shop", 3, Some("my-shop.be")), ("a😀b", 2, None)] {
            let r = check(typed);
            assert_eq!(r.issues[0].code, Code::DomainCharacter, "{typed}");
            assert_eq!(r.issues[0].at.as_ref().unwrap().position, position, "{typed}");
            assert_eq!(r.issues[0].suggestion.as_deref(), suggestion, "{typed}");
        }
    }

    #[test]
    fn length_and_hyphen_edges() {
        assert!(check("ab").valid);
        assert_eq!(codes(&check("a")), ["too_short"]);
        assert!(check(&"a".repeat(63)).valid);
        assert_eq!(codes(&check(&"a".repeat(64))), ["too_long"]);
        assert_eq!(codes(&check("-ab")), ["domain_hyphen_edge"]);
        assert_eq!(codes(&check("ab-")), ["domain_hyphen_edge"]);
        assert_eq!(codes(&check("ab--cd")), ["domain_hyphen_34"]);
        assert!(check("a--b").valid, "hyphens at 2 and 3 are fine");
        assert!(check("ab-cd").valid);
        // The A-label limit: 63 ASCII characters once encoded.
        // 63 characters as typed, 104 once encoded.
        let long = format!("abcdefghijklmnopqrstuvwxyz0123{IDN_LETTERS}");
        assert_eq!(long.chars().count(), 63);
        assert_eq!(codes(&check(&long)), ["domain_idn_too_long"]);
        assert_eq!(check(&long).issues[0].params.count, Some(4 + punycode::encode(&long).unwrap().len() as u32));
    }

    #[test]
    fn a_label_over_63_in_either_form() {
        // The A-label of the issue, and its U-label: 56 digits and one letter, 57 characters.
        let a = "xn--12345678901234567890123456789012345678901234567890123456-fxe";
        assert_eq!(a.len(), 64);
        let u = punycode::decode(&a[4..]).unwrap();
        assert_eq!(u.chars().count(), 57);
        for typed in [u.clone(), format!("{a}.be"), a.to_uppercase()] {
            let r = check(&typed);
            assert_eq!(codes(&r), ["domain_idn_too_long"], "{typed}");
            assert_eq!((r.issues[0].params.count, r.issues[0].params.max), (Some(64), Some(63)));
        }
        // One digit fewer: 63 once encoded, the longest A-label, accepted in both forms.
        let shorter: String = u.chars().skip(1).collect();
        let (unicode, ascii) = forms(&shorter);
        assert_eq!(ascii.len(), 63 + 3);
        assert_eq!(forms(&ascii), (unicode, ascii.clone()));
        // Name-server hosts: the same limit, in either form.
        let host = |h: &str| ns("example.be", &[(Box::leak(h.to_string().into_boxed_str()), &[]), ("ns2.provider.net", &[])], None);
        for typed in [format!("ns.{}é.net", "1234567890".repeat(6)), format!("ns.{a}.net")] {
            assert_eq!(ns_codes(&host(&typed)), ["domain_idn_too_long"], "{typed}");
        }
        assert_eq!(ns_codes(&host(&format!("ns.{}.net", "a".repeat(64)))), ["too_long"]);
        assert!(host(&format!("ns.{}.net", "a".repeat(63))).valid);
    }

    /// Every character that lower-cases to one of the 33 letters (or to a–z) is read as that
    /// letter: the whole class of upper-case forms, not a list of the ones someone thought of.
    #[test]
    fn every_upper_case_form_of_an_allowed_letter_is_lower_cased() {
        let mut seen = 0;
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let mut lower = c.to_lowercase();
            let (Some(l), None) = (lower.next(), lower.next()) else { continue };
            if l == c || !(l.is_ascii_lowercase() || IDN_LETTERS.contains(l)) {
                continue;
            }
            let (unicode, _) = forms(&format!("a{c}b"));
            assert_eq!(unicode, format!("a{l}b.be"), "{c} (U+{:04X})", u32::from(c));
            seen += 1;
        }
        // A–Z, the Kelvin sign, 30 Latin-1 capitals, Œ, Ÿ, ẞ and the Ångström sign.
        assert_eq!(seen, 26 + 1 + 30 + 4);
        assert_eq!(forms("FAẞ"), ("faß.be".into(), "xn--fa-hia.be".into()));
        // Decomposed capitals too.
        assert_eq!(forms("CAFE\u{301}").0, "café.be");
    }

    #[test]
    fn a_pasted_address_gives_the_name_in_it() {
        let suggest = |typed: &str| {
            let r = check(typed);
            assert!(!r.valid && r.value.is_none(), "{typed}");
            (codes(&r), r.issues[0].suggestion.clone())
        };
        let some = |code: &'static str| (vec![code], Some("café.be".to_string()));
        for typed in ["https://café.be/", " HTTPS://Café.BE ", "http://café.be./contact?x=1#top", "café.be/contact", "café.be:8080", "https://café.be:443/", "ftp://jan@café.be/", "https://www.café.be/", "https:// café.be /", "https:/café.be", "file:///café.be"] {
            assert_eq!(suggest(typed), some("domain_url"), "{typed}");
        }
        for typed in ["jan@café.be", "mailto:jan@café.be", "MAILTO:Jan@Café.be.", " jan@www.café.be "] {
            assert_eq!(suggest(typed), some("domain_email"), "{typed}");
        }
        for typed in ["www.café.be", "WWW.Café.be.", " www.xn--caf-dma.be "] {
            assert_eq!(suggest(typed), some("domain_www"), "{typed}");
        }
        let r = check("www.café.be");
        assert_eq!(r.issues[0].message, "With www. in front, this is the address of a website, a sub-domain of café.be: register café.be, without www.");
        // www is a name of its own; www under a sub-domain is a sub-domain.
        assert!(check("www.be").valid);
        assert_eq!(suggest("www.shop.café.be"), some("domain_subdomain"));
        // The host's own problems come first, located in the input as typed.
        let r = check("https://caf😀.be/");
        assert_eq!(codes(&r), ["domain_character"]);
        assert_eq!(r.issues[0].at.as_ref().map(|a| (a.position, a.start)), Some((12, 11)));
        assert_eq!(codes(&check("https://example.com/")), ["domain_not_be"]);
        assert_eq!(codes(&check("mailto:")), ["domain_format"]);
        assert_eq!(codes(&check("https://")), ["domain_format"]);
        // A space at the edge of a label is mended away, not into a hyphen.
        assert_eq!(suggest("café .be"), (vec!["domain_character"], Some("café.be".to_string())));
        assert_eq!(suggest("my  shop"), (vec!["domain_character"], Some("my-shop.be".to_string())));
    }

    #[test]
    fn a_labels_must_decode_to_allowed_letters() {
        assert_eq!(codes(&check("xn--caf-dm!")), ["domain_character"], "not even LDH");
        assert_eq!(codes(&check("xn--abc")), ["domain_punycode"]);
        // Decodes to Cyrillic: not a .be letter.
        let cyrillic = format!("xn--{}", punycode::encode("банк").unwrap());
        assert_eq!(codes(&check(&cyrillic)), ["domain_punycode"]);
        // xn-- with a U-label breaking the hyphen rule.
        let hyphens = format!("xn--{}", punycode::encode("ab--é").unwrap());
        assert_eq!(codes(&check(&hyphens)), ["domain_hyphen_34"]);
    }

    #[test]
    fn a_pasted_web_address_offers_the_name_in_it() {
        for pasted in ["https://café.be/", "http://café.be", "café.be/contact", "https://café.be:443/x?y=1"] {
            let r = check(pasted);
            assert!(!r.valid, "{pasted}");
            assert_eq!(r.issues[0].suggestion.as_deref(), Some("café.be"), "{pasted}");
        }
        assert_eq!(check("https://www.café.be/").issues[0].suggestion.as_deref(), Some("café.be"));
    }

    #[test]
    fn what_typing_on_can_still_fix_is_incomplete() {
        for typing in ["a", "mijn-", "example.b", "xn--", "xn--caf"] {
            let r = check(typing);
            assert!(!r.valid && r.issues.iter().all(|i| i.incomplete), "{typing}: {:?}", r.issues);
        }
        for wrong in ["-ab", "ab--cd", "ab--", "example.com", "hőtel", "shop.example.be", "example..be"] {
            assert!(check(wrong).issues.iter().all(|i| !i.incomplete), "{wrong}");
        }
    }

    #[test]
    fn only_names_directly_under_be() {
        assert_eq!(codes(&check("example.com")), ["domain_not_be"]);
        let r = check("shop.example.be");
        assert_eq!(codes(&r), ["domain_subdomain"]);
        assert_eq!(r.issues[0].suggestion.as_deref(), Some("example.be"));
        assert_eq!(codes(&check("example..be")), ["domain_format"]);
        assert_eq!(codes(&check(".be")), ["domain_format"]);
        assert_eq!(codes(&validate_domain_name(Input::Text("  "), Lang::En)), ["required"]);
    }

    fn ns(domain: &str, servers: &[(&'static str, &[&'static str])], group: Option<&'static str>) -> NameserversReport {
        let input = NameserversInput {
            domain: Input::Text(Box::leak(domain.to_string().into_boxed_str())),
            nameservers: servers.iter().map(|(h, ips)| NameserverInput { host: Input::Text(h), ips: (!ips.is_empty()).then(|| ips.iter().map(|i| Input::Text(i)).collect()) }).collect(),
            group: group.map_or(Input::Missing, Input::Text),
        };
        validate_nameservers(&input, Lang::En)
    }

    fn ns_codes(r: &NameserversReport) -> Vec<&'static str> {
        r.issues.iter().map(|i| i.code.as_str()).collect()
    }

    #[test]
    fn nameserver_counts_and_groups() {
        assert!(ns("example.be", &[("ns1.provider.net", &[]), ("ns2.provider.net", &[])], None).valid);
        assert_eq!(ns_codes(&ns("example.be", &[("ns1.provider.net", &[])], None)), ["nameservers_too_few"]);
        assert!(ns("example.be", &[], Some("default")).valid);
        let ten: Vec<(&'static str, &[&'static str])> = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"].iter().map(|_| ("x.provider.net", &[][..])).collect();
        assert!(ns_codes(&ns("example.be", &ten, None)).contains(&"nameservers_too_many"));
        assert_eq!(ns_codes(&ns("example.be", &[("ns.provider.net", &[]), ("NS.Provider.net.", &[])], None)), ["nameserver_duplicate"]);
    }

    #[test]
    fn glue_for_in_domain_hosts_only() {
        let r = ns("café.be", &[("ns1.café.be", &["193.190.198.10", "2A02:2C40:0:80:0:0:80:15"]), ("ns2.provider.net", &[])], None);
        assert!(r.valid, "{:?}", ns_codes(&r));
        assert_eq!(r.value.nameservers[0].host, "ns1.xn--caf-dma.be");
        assert_eq!(r.value.nameservers[0].ips, ["193.190.198.10", "2a02:2c40:0:80::80:15"]);
        assert_eq!(ns_codes(&ns("example.be", &[("ns1.example.be", &[]), ("ns2.provider.net", &[])], None)), ["nameserver_glue_required"]);
        assert_eq!(ns_codes(&ns("example.be", &[("ns1.provider.net", &["193.190.198.10"]), ("ns2.provider.net", &[])], None)), ["nameserver_glue_not_allowed"]);
        assert_eq!(ns_codes(&ns("example.be", &[("ns1.example.be", &["193.190.198.10"])], Some("default"))), ["nameserver_group_glue"]);
        assert_eq!(ns_codes(&ns("example.be", &[("ns1.example.be", &["010.1.1.1", "fe80::1%eth0"]), ("ns2.provider.net", &[])], None)), ["ip_format", "ip_format"]);
        assert_eq!(ns_codes(&ns("example.be", &[("ns1.example.be", &["192.168.1.1"]), ("ns2.provider.net", &[])], None)), ["ip_not_public"]);
        assert_eq!(ns_codes(&ns("example.be", &[("ns1", &[]), ("ns_2.provider.net", &[])], None)), ["nameserver_host", "nameserver_host"]);
        assert_eq!(ns_codes(&ns("example.be", &[("ns_1.example.be", &[]), ("ns2.provider.net", &[])], None)), ["domain_character"], "under .be: the .be letters");
        let r = ns("café.be", &[("ns1.café.be", &[]), ("ns2.provider.net", &[])], None);
        assert_eq!(r.issues[0].params.domain.as_deref(), Some("ns1.café.be"), "named as typed");
        let r = ns("example.be", &[("ns1", &[]), ("ns2.provider.n", &[]), ("ns1.example.be", &["193.190"])], None);
        assert!(r.issues.iter().all(|i| i.incomplete), "{:?}", r.issues);
    }
}
