//! Registrant (contact) data — spec §1: every field of the registrant form, one result for the
//! whole form, the normalised registrant to send.

use serde::Serialize;

use crate::charset;
use crate::countries::{self, Country};
use crate::email;
use crate::implausible;
use crate::input::{self, Input, Read};
use crate::messages;
use crate::issue::{Code, Issue, Params, PathSegment};
use crate::lang::Lang;
use crate::phone;
use crate::postal;
use crate::vat;

/// Longest name, organisation, street line and city (spec §1.1, Decision from RFC 5733).
pub const MAX_TEXT: usize = 255;
/// Old registry guidance (spec §1.1): longer values get a warning.
pub const ADVISED_NAME: usize = 50;
pub const ADVISED_ORGANIZATION: usize = 100;
/// Street lines at most (spec §1.1).
pub const MAX_STREET_LINES: usize = 3;
/// Longest phone or fax number as typed.
const MAX_PHONE: usize = 64;
/// Longest VAT number as typed.
const MAX_VAT: usize = 32;
/// Contact languages the registry knows (spec §1.1).
pub const LANGUAGES: [&str; 3] = ["nl", "fr", "en"];

/// The fields of the registrant form, by their API names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Organization,
    Street,
    City,
    PostalCode,
    Country,
    Email,
    Phone,
    Fax,
    Vat,
    Language,
}

impl Field {
    pub const ALL: [Field; 11] = [
        Field::Name,
        Field::Organization,
        Field::Street,
        Field::City,
        Field::PostalCode,
        Field::Country,
        Field::Email,
        Field::Phone,
        Field::Fax,
        Field::Vat,
        Field::Language,
    ];

    /// The key in the input and result objects.
    pub const fn key(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Organization => "organization",
            Field::Street => "street",
            Field::City => "city",
            Field::PostalCode => "postalCode",
            Field::Country => "country",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::Fax => "fax",
            Field::Vat => "vat",
            Field::Language => "language",
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    fn path(self) -> [PathSegment; 1] {
        [PathSegment::Key(self.key())]
    }
}

/// The fields a call checks, one bit per [`Field`]: every field, or those of `only`.
#[derive(Clone, Copy)]
struct Wanted(u16);

impl Wanted {
    fn of(only: Option<&[Field]>) -> Wanted {
        match only {
            None => Wanted(u16::MAX),
            Some(fields) => Wanted(fields.iter().fold(0, |bits, &f| bits | Wanted::bit(f))),
        }
    }

    fn bit(field: Field) -> u16 {
        1 << field as u16
    }

    fn has(self, field: Field) -> bool {
        self.0 & Wanted::bit(field) != 0
    }
}

/// The street: one string (lines separated by newlines) or up to three lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Street<'a> {
    Text(Input<'a>),
    Lines(Vec<Input<'a>>),
}

impl Default for Street<'_> {
    fn default() -> Self {
        Street::Text(Input::Missing)
    }
}

impl Default for Input<'_> {
    fn default() -> Self {
        Input::Missing
    }
}

/// The form as typed. Every field may be missing, so a half-filled form can be checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegistrantInput<'a> {
    pub name: Input<'a>,
    pub organization: Input<'a>,
    pub street: Street<'a>,
    pub city: Input<'a>,
    pub postal_code: Input<'a>,
    pub country: Input<'a>,
    pub email: Input<'a>,
    pub phone: Input<'a>,
    pub fax: Input<'a>,
    pub vat: Input<'a>,
    pub language: Input<'a>,
    /// Keys that are no field (reported as `unknown_field`).
    pub unknown: Vec<String>,
}

impl<'a> RegistrantInput<'a> {
    /// The field's input (`Street`, which holds lines, is read on its own: `Missing` here).
    pub(crate) fn get(&self, field: Field) -> Input<'a> {
        match field {
            Field::Name => self.name,
            Field::Organization => self.organization,
            Field::Street => Input::Missing,
            Field::City => self.city,
            Field::PostalCode => self.postal_code,
            Field::Country => self.country,
            Field::Email => self.email,
            Field::Phone => self.phone,
            Field::Fax => self.fax,
            Field::Vat => self.vat,
            Field::Language => self.language,
        }
    }
}

/// Who the holder is, as the form asked (a "private individual / organisation" choice).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holder {
    /// A private individual: the organisation and VAT fields are not read (spec §1.1: no
    /// organisation ⇒ a private individual), whatever they hold.
    Person,
    /// An organisation: its name is required, and with it the VAT rules (spec §1.6).
    Organization,
}

#[derive(Clone, Debug, Default)]
pub struct RegistrantOptions {
    pub lang: Lang,
    /// Who the holder is, where the form asks; `None` reads it off the data (an organisation
    /// name given ⇒ an organisation).
    pub holder: Option<Holder>,
    /// The domain being registered (for the e-mail-inside-the-domain warning).
    pub domain: Option<String>,
    /// Report only these fields (per-field feedback while typing); the others still serve as
    /// context, and are not checked: their `value` is as typed (trimmed). `None`: the whole form.
    pub only: Option<Vec<Field>>,
}

/// The registrant to send: every field normalised (missing ones empty).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Registrant {
    pub name: String,
    pub organization: String,
    pub street: Vec<String>,
    pub city: String,
    pub postal_code: String,
    pub country: String,
    pub email: String,
    /// `+CC.NUMBER`.
    pub phone: String,
    pub fax: String,
    /// Compact, with its country prefix (`BE0403170701`), or `PENDING`.
    pub vat: String,
    pub language: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RegistrantReport {
    pub valid: bool,
    pub value: Registrant,
    pub issues: Vec<Issue>,
}

/// Validates a registrant form against the registry's rules (spec §1).
pub fn validate_registrant(input: &RegistrantInput<'_>, options: &RegistrantOptions) -> RegistrantReport {
    let wanted = Wanted::of(options.only.as_deref());
    let wants = |f: Field| wanted.has(f);
    let mut out = Registrant::default();
    let mut issues: Vec<Issue> = Vec::new();

    if options.only.is_none() {
        for key in &input.unknown {
            let p = Params { field: Some(key.clone()), ..Params::default() };
            issues.push(Issue::new(Code::UnknownField).params(p));
        }
    }

    // The country first: postal code, phone and VAT depend on it.
    let country = read_country(input.country, wants(Field::Country), &mut out, &mut issues);
    // A private individual's form sends no organisation and no VAT number.
    let person = options.holder == Some(Holder::Person);
    let organisation_asked = options.holder == Some(Holder::Organization);
    let get = |field: Field| if person && matches!(field, Field::Organization | Field::Vat) { Input::Missing } else { input.get(field) };

    for field in [Field::Name, Field::Organization, Field::City] {
        if !wants(field) {
            let value = as_typed(get(field));
            match field {
                Field::Name => out.name = value,
                Field::Organization => out.organization = value,
                _ => out.city = value,
            }
            continue;
        }
        let (max, advised) = match field {
            Field::Name => (MAX_TEXT, Some(ADVISED_NAME)),
            Field::Organization => (MAX_TEXT, Some(ADVISED_ORGANIZATION)),
            _ => (MAX_TEXT, None),
        };
        let required = field != Field::Organization || organisation_asked;
        let value = text_field(get(field), &field.path(), required, max, advised, &mut issues);
        match field {
            Field::Name => out.name = value,
            Field::Organization => out.organization = value,
            _ => out.city = value,
        }
    }
    if wants(Field::Street) {
        out.street = street(&input.street, &mut issues);
    } else {
        out.street = match &input.street {
            Street::Text(Input::Text(s)) => lines(s).map(|l| as_typed(Input::Text(l))).filter(|l| !l.is_empty()).collect(),
            Street::Lines(lines) => lines.iter().map(|&l| as_typed(l)).filter(|l| !l.is_empty()).collect(),
            Street::Text(_) => Vec::new(),
        };
    }

    // Postal code (spec §1.3).
    let path = Field::PostalCode.path();
    match input::read(if wants(Field::PostalCode) { input.postal_code } else { Input::Missing }, &path, postal::MAX_LEN) {
        Read::Text(raw) => {
            let cleaned = charset::clean(raw, &path, false);
            out.postal_code = cleaned.value;
            if input::longer_than(&out.postal_code, postal::MAX_LEN) {
                issues.push(input::too_long(&path, postal::MAX_LEN));
            } else if cleaned.issues.is_empty() {
                issues.extend(country.and_then(|c| postal::check(&out.postal_code, c)));
            }
            issues.extend(cleaned.issues);
        }
        Read::Empty if !wants(Field::PostalCode) => out.postal_code = as_typed(input.postal_code),
        Read::Empty => issues.push(required(&path, country.filter(|c| !c.has_postal_codes()).map(|_| "0000".into()))),
        Read::Invalid(issue) => issues.push(issue),
    }

    // E-mail (spec §1.5).
    let path = Field::Email.path();
    match input::read(if wants(Field::Email) { input.email } else { Input::Missing }, &path, email::MAX_LEN) {
        Read::Empty if !wants(Field::Email) => out.email = as_typed(input.email),
        Read::Text(raw) => {
            let checked = email::check(raw, options.domain.as_deref());
            out.email = checked.value;
            let well_formed = !checked.issues.iter().any(Issue::is_error);
            issues.extend(checked.issues);
            // An address that reads well but can never receive mail (spec §1.5), or test data (§1.7).
            if well_formed {
                let domain = out.email.bytes().rposition(|b| b == b'@').and_then(|at| out.email.get(at + 1..)).unwrap_or("");
                if implausible::reserved_domain(domain) {
                    let p = Params { domain: Some(domain.to_string()), ..Params::default() };
                    issues.push(Issue::new(Code::EmailDomainReserved).path(&path).params(p));
                } else if implausible::email(&out.email) {
                    issues.push(Issue::new(Code::Implausible).path(&path));
                }
            }
        }
        Read::Empty => issues.push(required(&path, None)),
        Read::Invalid(issue) => issues.push(issue),
    }

    // Phone and fax (spec §1.4).
    for (field, is_required) in [(Field::Phone, true), (Field::Fax, false)] {
        if !wants(field) {
            let value = as_typed(input.get(field));
            if field == Field::Phone {
                out.phone = value;
            } else {
                out.fax = value;
            }
            continue;
        }
        let path = field.path();
        let value = match input::read(input.get(field), &path, MAX_PHONE) {
            Read::Text(raw) => {
                let (text, offset) = input::trim(raw);
                if input::longer_than(text, MAX_PHONE) {
                    issues.push(input::too_long(&path, MAX_PHONE));
                    text.to_string()
                } else {
                    let checked = phone::check(raw, offset, text, field.key(), country);
                    if checked.national.as_deref().is_some_and(implausible::phone) {
                        issues.push(Issue::new(Code::Implausible).path(&path));
                    }
                    issues.extend(checked.issues);
                    checked.value
                }
            }
            Read::Empty => {
                if is_required {
                    issues.push(required(&path, None));
                }
                String::new()
            }
            Read::Invalid(issue) => {
                issues.push(issue);
                String::new()
            }
        };
        if field == Field::Phone {
            out.phone = value;
        } else {
            out.fax = value;
        }
    }

    // VAT (spec §1.6): required for organisations in the EU/EEA.
    let path = Field::Vat.path();
    match input::read(if wants(Field::Vat) { get(Field::Vat) } else { Input::Missing }, &path, MAX_VAT) {
        Read::Empty if !wants(Field::Vat) => out.vat = as_typed(get(Field::Vat)),
        Read::Text(raw) => {
            let (text, _) = input::trim(raw);
            if input::longer_than(text, MAX_VAT) {
                issues.push(input::too_long(&path, MAX_VAT));
                out.vat = text.to_string();
            } else {
                let checked = vat::check(text, country);
                out.vat = checked.value;
                issues.extend(checked.issues);
            }
        }
        Read::Empty => {
            if let Some(c) = country.filter(|c| (!out.organization.is_empty() || organisation_asked) && vat::required_in(c)) {
                let p = Params { country: Some(c.code()), ..Params::default() };
                issues.push(Issue::new(Code::VatRequired).path(&path).params(p));
            }
        }
        Read::Invalid(issue) => issues.push(issue),
    }

    // Contact language (spec §1.1): nl, fr or en.
    let path = Field::Language.path();
    match input::read(if wants(Field::Language) { input.language } else { Input::Missing }, &path, 16) {
        Read::Empty if !wants(Field::Language) => out.language = as_typed(input.language),
        Read::Text(raw) => {
            out.language = input::trim(raw).0.to_ascii_lowercase();
            if !LANGUAGES.contains(&out.language.as_str()) {
                issues.push(Issue::new(Code::LanguageUnknown).path(&path));
            }
        }
        Read::Empty => {}
        Read::Invalid(issue) => issues.push(issue),
    }

    // A name that is the mailbox's name and nothing else (spec §1.7).
    if wants(Field::Name)
        && !out.name.is_empty()
        && implausible::name_is_email_local(&out.name, &out.email)
        && !issues.iter().any(|i| i.code == Code::Implausible && i.path == Field::Name.path())
    {
        issues.push(Issue::new(Code::Implausible).path(&Field::Name.path()));
    }

    if options.only.is_some() {
        issues.retain(|i| match i.path.first() {
            Some(PathSegment::Key(k)) => Field::from_key(k).is_some_and(wants),
            _ => false,
        });
    }
    let valid = messages::finish(&mut issues, options.lang);
    RegistrantReport { valid, value: out, issues }
}

/// The country field (spec §1.1): an ISO code, upper-cased; anything else is kept as typed
/// (trimmed — never half upper-cased, as `BELGIë`), and a name in one of the four languages or a
/// usual short form (`Belgique`, `UK`, `USA`) gets its code as the suggestion. `checked`: the
/// field is among those checked (`only`); else it is read only as the context of the others, and
/// an unknown country costs no look-up of the names (its issue would be dropped).
fn read_country(input: Input<'_>, checked: bool, out: &mut Registrant, issues: &mut Vec<Issue>) -> Option<&'static Country> {
    let path = Field::Country.path();
    let text = input::trim(input::read_required(input, &path, 64, issues)?).0;
    let found = match *text.as_bytes() {
        [a, b] => countries::by_letters(a.to_ascii_uppercase(), b.to_ascii_uppercase()),
        _ => None,
    };
    match found {
        Some(c) => out.country = c.code().to_string(),
        None if !checked => out.country = text.to_string(),
        None => {
            out.country = text.to_string();
            let named = countries::by_name(text);
            let suggestion = named.map(|c| c.code().to_string());
            // One letter of a code typed so far (`B`): the second may still come; or the first
            // letters of a country's name (`Belg`, and `Niger` on the way to Nigeria), which typing
            // on can complete — no code to use yet.
            let begins_code = match *text.as_bytes() {
                [a] => (b'A'..=b'Z').any(|b| countries::by_letters(a.to_ascii_uppercase(), b).is_some()),
                _ => false,
            };
            let incomplete = begins_code || countries::continues_to_name(text);
            // A country's name: its code, and the country named in the message's language.
            let params = Params { country: named.map(Country::code), ..Params::default() };
            issues.push(Issue::new(Code::CountryUnknown).path(&path).params(params).suggest(suggestion).incomplete(incomplete));
        }
    }
    found
}

/// A field's text as typed, trimmed (for fields `only` leaves unchecked).
fn as_typed(input: Input<'_>) -> String {
    match input {
        Input::Text(s) => input::trim(s).0.to_string(),
        _ => String::new(),
    }
}

fn required(path: &[PathSegment], suggestion: Option<String>) -> Issue {
    Issue::new(Code::Required).path(path).suggest(suggestion)
}

/// Name, organisation, city, a street line: character set, length, plausibility.
fn text_field(
    input: Input<'_>,
    path: &[PathSegment],
    is_required: bool,
    max: usize,
    advised: Option<usize>,
    issues: &mut Vec<Issue>,
) -> String {
    match input::read(input, path, max) {
        Read::Text(raw) => {
            let cleaned = charset::clean(raw, path, false);
            let len = crate::issue::chars_in(&cleaned.value);
            if len > max {
                issues.push(input::too_long(path, max));
            } else if let Some(a) = advised.filter(|&a| len > a) {
                let p = Params { max: Some(a as u32), ..Params::default() };
                issues.push(Issue::new(Code::LongerThanAdvised).path(path).params(p));
            }
            let is_name = matches!(path.first(), Some(PathSegment::Key("name" | "organization")));
            if implausible::text(&cleaned.value) || (is_name && implausible::digits_only(&cleaned.value)) {
                issues.push(Issue::new(Code::Implausible).path(path));
            }
            issues.extend(cleaned.issues);
            cleaned.value
        }
        Read::Empty => {
            if is_required {
                issues.push(required(path, None));
            }
            String::new()
        }
        Read::Invalid(issue) => {
            issues.push(issue);
            String::new()
        }
    }
}

/// The street: 1–3 non-empty lines (spec §1.1). A single string is split at line breaks.
fn street(street: &Street<'_>, issues: &mut Vec<Issue>) -> Vec<String> {
    let key = Field::Street.key();
    let mut typed: Vec<(usize, Input<'_>)> = Vec::new();
    match street {
        Street::Text(Input::Text(s)) => {
            typed.extend(lines(s).enumerate().map(|(i, l)| (i, Input::Text(l))));
        }
        Street::Text(Input::Oversized) => {
            issues.push(input::too_long(&[PathSegment::Key(key)], MAX_TEXT));
            return Vec::new();
        }
        Street::Text(other) => {
            if let Read::Invalid(issue) = input::read(*other, &[PathSegment::Key(key)], MAX_TEXT) {
                issues.push(issue);
                return Vec::new();
            }
        }
        Street::Lines(v) => typed.extend(v.iter().copied().enumerate()),
    }
    let mut out = Vec::new();
    for (i, line) in typed {
        let path = [PathSegment::Key(key), PathSegment::Index(i)];
        if matches!(input::read(line, &path, MAX_TEXT), Read::Empty) {
            continue;
        }
        if out.len() == MAX_STREET_LINES {
            let p = Params { max: Some(MAX_STREET_LINES as u32), ..Params::default() };
            issues.push(Issue::new(Code::TooManyLines).path(&[PathSegment::Key(key)]).params(p));
            break;
        }
        out.push(text_field(line, &path, false, MAX_TEXT, None, issues));
    }
    if out.is_empty() && !issues.iter().any(|i| i.path.first() == Some(&PathSegment::Key(key))) {
        issues.push(required(&[PathSegment::Key(key)], None));
    }
    out
}

/// `text` split at every `\n` and `\r`, as `text.split(['\n', '\r'])`, but by bytes: both are ASCII,
/// so they never occur inside a longer character.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == b'\n' || b == b'\r') {
            Some(i) => {
                rest = r.get(i + 1..);
                r.get(..i)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The result for an input that is not an object at all (`null`, a string, an array…).
pub fn invalid_registrant(found: &'static str, options: &RegistrantOptions) -> RegistrantReport {
    let mut issues = vec![input::wrong_type(found, input::Expected::Object, &[])];
    let valid = messages::finish(&mut issues, options.lang);
    RegistrantReport { valid, value: Registrant::default(), issues }
}

/// One entry of [`country_list`], for a country dropdown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CountryEntry {
    pub code: &'static str,
    pub name: &'static str,
    /// Calling code without `+`; empty when none is known.
    pub phone_prefix: &'static str,
    pub postal_example: &'static str,
    pub has_postal_codes: bool,
}

/// Every country a registrant can choose, named and sorted in `lang` (accents ignored in the
/// order, which build.rs computes). **Decision**: the legacy `AN` (Netherlands Antilles, dissolved in 2010) is accepted in
/// data but not offered for new input. Native builds only: JavaScript's `countries(lang)`
/// (js/countries.js, generated from this list) names and sorts the same countries with the
/// platform's `Intl`.
#[cfg(not(target_arch = "wasm32"))]
pub fn country_list(lang: Lang) -> Vec<CountryEntry> {
    countries::in_order(lang).filter_map(|c| entry(c, lang)).collect()
}

/// The countries of [`country_list`], in the order of their codes (what the wasm gives
/// JavaScript, which sorts them with the platform's `Intl.Collator`).
pub fn country_rows(lang: Lang) -> impl Iterator<Item = CountryEntry> {
    countries::COUNTRIES.iter().filter_map(move |c| entry(c, lang))
}

fn entry(c: &'static Country, lang: Lang) -> Option<CountryEntry> {
    (c.code() != "AN").then(|| CountryEntry {
        code: c.code(),
        name: c.name(lang),
        phone_prefix: c.phone_prefix(),
        postal_example: c.postal_example(),
        has_postal_codes: c.has_postal_codes(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn belgian() -> RegistrantInput<'static> {
        RegistrantInput {
            name: Input::Text("Jan D'Hondt"),
            street: Street::Text(Input::Text("Kerkstraat 12")),
            city: Input::Text("Gent"),
            postal_code: Input::Text("9000"),
            country: Input::Text("BE"),
            email: Input::Text("jan.dhondt@telenet.be"),
            phone: Input::Text("0475 12 34 56"),
            ..Default::default()
        }
    }

    fn codes(r: &RegistrantReport) -> Vec<String> {
        r.issues.iter().map(|i| format!("{}:{}", i.path.iter().map(|p| match p { PathSegment::Key(k) => k.to_string(), PathSegment::Index(n) => n.to_string() }).collect::<Vec<_>>().join("."), i.code.as_str())).collect()
    }

    #[test]
    fn a_complete_belgian_private_registrant() {
        let r = validate_registrant(&belgian(), &RegistrantOptions::default());
        assert!(r.valid, "{:?}", codes(&r));
        assert!(r.issues.is_empty(), "{:?}", codes(&r));
        assert_eq!(r.value.phone, "+32.475123456");
        assert_eq!(r.value.street, ["Kerkstraat 12"]);
    }

    #[test]
    fn only_reports_the_fields_asked_for_but_uses_the_others_as_context() {
        let input = RegistrantInput { postal_code: Input::Text("100"), phone: Input::Text("0475"), name: Input::Missing, ..belgian() };
        let only = RegistrantOptions { only: Some(vec![Field::PostalCode]), ..Default::default() };
        let r = validate_registrant(&input, &only);
        assert_eq!(codes(&r), ["postalCode:postal_code_format"]);
        assert_eq!(r.issues[0].params.example.as_deref(), Some("4000"));
    }

    #[test]
    fn the_holder_type_asked_for_decides_what_is_required_and_sent() {
        let org = RegistrantOptions { holder: Some(Holder::Organization), ..Default::default() };
        let r = validate_registrant(&belgian(), &org);
        assert_eq!(codes(&r), ["organization:required", "vat:vat_required"]);
        let with_org = RegistrantInput { organization: Input::Text("Peeters BV"), vat: Input::Text("BE0403170701"), ..belgian() };
        let person = RegistrantOptions { holder: Some(Holder::Person), ..Default::default() };
        let r = validate_registrant(&with_org, &person);
        assert!(r.valid, "{:?}", codes(&r));
        assert_eq!((r.value.organization.as_str(), r.value.vat.as_str()), ("", ""), "a private individual sends no organisation");
        assert!(validate_registrant(&with_org, &org).valid);
    }

    #[test]
    fn lines_split_as_str_split_does() {
        for text in ["", "a", "\n", "a\nb", "a\r\nb\n", "\r\r", "é\n😀\rx", "Kerkstraat 12\n\nBus 3\n"] {
            assert_eq!(lines(text).collect::<Vec<_>>(), text.split(['\n', '\r']).collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn sorted_country_list() {
        let nl = country_list(Lang::Nl);
        let names: Vec<&str> = nl.iter().map(|c| c.name).collect();
        let pos = |n: &str| names.iter().position(|x| *x == n).unwrap();
        assert!(pos("Åland") < pos("Albanië"), "Å sorts as A");
        assert!(nl.iter().all(|c| c.code != "AN"));
        let be = nl.iter().find(|c| c.code == "BE").unwrap();
        assert_eq!((be.name, be.phone_prefix, be.has_postal_codes), ("België", "32", true));
        assert!(!country_list(Lang::En).iter().find(|c| c.code == "AE").unwrap().has_postal_codes);
    }
}
