//! Problems as data: one [`Code`] per rule, each with a fixed severity and risk, and the
//! [`Issue`] record handed to callers (`{ path, code, severity, risk, message, suggestion? }`).

use serde::ser::{Serialize, SerializeSeq, Serializer};


/// How bad it is: an `Error` makes the registry (or the registrar) refuse the data; a `Warning`
/// is worth showing but does not block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// What the check prevents (spec, introduction): the registry refusing the transaction,
/// a domain withdrawn later for bad data, or registry mail that never reaches the registrant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Risk {
    Rejection,
    Revoke,
    Bounce,
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, $severity:ident, $risk:ident; )*) => {
        /// Stable issue codes. One variant per rule, raised from one place; the string form
        /// (`snake_case`) is part of the public contract and never changes meaning.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Code {
            $( $(#[$doc])* $variant, )*
        }

        impl Code {
            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The stable `snake_case` name. (The `dotbe-rules/registrant` entry's wasm, feature
            /// `registrant-entry`, carries only the names of the codes it can give: see
            /// [`raised_by_registrant`].)
            pub fn as_str(self) -> &'static str {
                static NAMES: [&str; Code::ALL.len()] = {
                    let all = [$($name),*];
                    let mut names = [""; Code::ALL.len()];
                    let mut i = 0;
                    while i < names.len() {
                        if !cfg!(feature = "registrant-entry") || raised_by_registrant(Code::ALL[i]) {
                            names[i] = all[i];
                        }
                        i += 1;
                    }
                    names
                };
                NAMES[self as usize]
            }

            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            pub fn risk(self) -> Risk {
                match self { $(Code::$variant => Risk::$risk,)* }
            }
        }
    };
}

codes! {
    /// A value of the wrong type where text was expected (JS boundary).
    InvalidType = "invalid_type", Error, Rejection;
    /// An empty required field.
    Required = "required", Error, Rejection;
    /// Longer than the rule allows; also reported instead of inspecting an over-long input.
    TooLong = "too_long", Error, Rejection;
    /// Shorter than the rule allows.
    TooShort = "too_short", Error, Rejection;
    /// A non-digit in an external authorisation code (spec §3).
    AuthCodeCharacter = "auth_code_character", Error, Rejection;
    /// An external code without exactly 15 digits (spec §3).
    AuthCodeDigitCount = "auth_code_digit_count", Error, Rejection;
    /// A reseller's internal code where only the registry's external code will do (spec §3, §4).
    AuthCodeNotExternal = "auth_code_not_external", Error, Rejection;
    /// A space, control or non-ASCII character in an internal code (spec §3, Decision).
    InternalCodeCharacter = "internal_code_character", Error, Rejection;
    /// The code was issued more than 7 days ago (spec §3).
    AuthCodeExpired = "auth_code_expired", Error, Rejection;
    /// The code expires within 24 hours (spec §3).
    AuthCodeExpiring = "auth_code_expiring", Warning, Rejection;
    /// The issue date lies in the future: the expiry cannot be trusted.
    AuthCodeIssuedInFuture = "auth_code_issued_in_future", Warning, Rejection;
    /// A date option that is not an ISO 8601 date.
    InvalidDate = "invalid_date", Warning, Rejection;
    /// A key the registrant object does not have (a misspelt field name, most likely).
    UnknownField = "unknown_field", Warning, Rejection;
    /// Longer than old registry guidance advises (spec §1.1: name 50, organisation 100).
    LongerThanAdvised = "longer_than_advised", Warning, Rejection;
    /// A character outside ISO-8859-1/15, or a control character (spec §1.2).
    Charset = "charset", Error, Rejection;
    /// An `@` outside the e-mail field (spec §1.2).
    AtSignOutsideEmail = "at_sign_outside_email", Error, Rejection;
    /// More than three street lines (spec §1.1).
    TooManyLines = "too_many_lines", Error, Rejection;
    /// A postal code that does not match the country's regex (spec §1.3).
    PostalCodeFormat = "postal_code_format", Error, Rejection;
    /// Not a country code the registry knows (spec §1.1).
    CountryUnknown = "country_unknown", Error, Rejection;
    /// A phone number that cannot be read as one, or a national number without a known country
    /// (spec §1.4).
    PhoneFormat = "phone_format", Error, Rejection;
    /// A letter or symbol in a phone number (spec §1.4).
    PhoneCharacter = "phone_character", Error, Rejection;
    /// A calling code no country uses (spec §1.4).
    PhoneCallingCodeUnknown = "phone_calling_code_unknown", Error, Rejection;
    /// Too many or too few digits for the calling code (spec §1.4).
    PhoneLength = "phone_length", Error, Rejection;
    /// Not of the form `local@domain` (spec §1.5).
    EmailFormat = "email_format", Error, Bounce;
    /// A character an address cannot hold at that place (spec §1.5).
    EmailCharacter = "email_character", Error, Bounce;
    /// A character domain names cannot have, in the domain of an address (spec §1.5: IDNA2008).
    EmailDomainCharacter = "email_domain_character", Error, Bounce;
    /// An `xn--` label in the domain of an address that encodes no valid label (spec §1.5).
    EmailDomainEncoding = "email_domain_encoding", Error, Bounce;
    /// Characters in the domain of an address that are allowed one by one but not together:
    /// the Bidi rule, joiners, marks at a start, CONTEXTO (spec §1.5: IDNA2008).
    EmailDomainCombination = "email_domain_combination", Error, Bounce;
    /// A likely typo of a common provider (spec §1.5).
    EmailTypo = "email_typo", Warning, Bounce;
    /// An address inside the domain being registered (spec §1.5).
    EmailInRegisteredDomain = "email_in_registered_domain", Warning, Bounce;
    /// An address at a domain reserved for examples, tests or local use, which can never
    /// receive mail (RFC 2606, RFC 6761; spec §1.5).
    EmailDomainReserved = "email_domain_reserved", Error, Bounce;
    /// An organisation in the EU/EEA without a VAT number (spec §1.6).
    VatRequired = "vat_required", Error, Rejection;
    /// A VAT number that does not match the country's pattern (spec §1.6).
    VatFormat = "vat_format", Error, Rejection;
    /// A Belgian enterprise number whose check digits are wrong (spec §1.6).
    VatChecksum = "vat_checksum", Error, Revoke;
    /// A VAT number of another country than the address (spec §1.6).
    VatCountryMismatch = "vat_country_mismatch", Error, Rejection;
    /// The country's ISO code where its VAT numbers carry another prefix: `GR` for Greece's `EL`
    /// (spec §1.6). The suggestion has the right prefix.
    VatPrefixWrong = "vat_prefix_wrong", Error, Rejection;
    /// `PENDING` instead of a VAT number (spec §1.6).
    VatPending = "vat_pending", Warning, Revoke;
    /// A contact language other than nl, fr or en (spec §1.1).
    LanguageUnknown = "language_unknown", Error, Rejection;
    /// Placeholder or made-up data (spec §1.7).
    Implausible = "implausible", Warning, Revoke;
    /// A character a .be label cannot hold (spec §2).
    DomainCharacter = "domain_character", Error, Rejection;
    /// A hyphen at the start or end of a label (spec §2).
    DomainHyphenEdge = "domain_hyphen_edge", Error, Rejection;
    /// Hyphens in both the 3rd and 4th position of a U-label (spec §2).
    DomainHyphen34 = "domain_hyphen_34", Error, Rejection;
    /// An A-label longer than 63 characters (spec §2).
    DomainIdnTooLong = "domain_idn_too_long", Error, Rejection;
    /// An `xn--` label that is not the encoding of an allowed U-label (spec §2).
    DomainPunycode = "domain_punycode", Error, Rejection;
    /// Another top-level domain than .be.
    DomainNotBe = "domain_not_be", Error, Rejection;
    /// A name below a .be name (`shop.example.be`): not registrable.
    DomainSubdomain = "domain_subdomain", Error, Rejection;
    /// Empty labels (`example..be`).
    DomainFormat = "domain_format", Error, Rejection;
    /// A web address (`https://café.be/contact`) where a domain name belongs; the name in it is
    /// the suggestion (spec §2).
    DomainUrl = "domain_url", Error, Rejection;
    /// An e-mail address (`jan@café.be`, `mailto:…`) where a domain name belongs; the domain
    /// in it is the suggestion (spec §2).
    DomainEmail = "domain_email", Error, Rejection;
    /// `www.café.be`: a website's address, a sub-domain of the name to register (spec §2).
    DomainWww = "domain_www", Error, Rejection;
    /// Fewer than 2 name servers and no group (spec §2, seed).
    NameserversTooFew = "nameservers_too_few", Error, Rejection;
    /// More than 9 name servers (spec §2).
    NameserversTooMany = "nameservers_too_many", Error, Rejection;
    /// The same name server twice (spec §2).
    NameserverDuplicate = "nameserver_duplicate", Error, Rejection;
    /// Not a host name.
    NameserverHost = "nameserver_host", Error, Rejection;
    /// A name server inside the domain without its IP address (spec §2).
    NameserverGlueRequired = "nameserver_glue_required", Error, Rejection;
    /// IP addresses for a name server outside the domain (spec §2).
    NameserverGlueNotAllowed = "nameserver_glue_not_allowed", Error, Rejection;
    /// A name-server group with in-domain name servers (spec §2: a group cannot carry glue).
    NameserverGroupGlue = "nameserver_group_glue", Error, Rejection;
    /// Not an IPv4 or IPv6 address.
    IpFormat = "ip_format", Error, Rejection;
    /// A private, loopback or reserved address.
    IpNotPublic = "ip_not_public", Warning, Rejection;
    /// The domain is in the revoke procedure: no transfer (spec §5, NIS2).
    RevokeProcedure = "revoke_procedure", Error, Rejection;
    /// `clientTransferProhibited`: the registrant unlocks it at the current reseller (spec §5).
    TransferLockClient = "transfer_lock_client", Error, Rejection;
    /// `serverTransferProhibited`: a registry lock (spec §5).
    TransferLockServer = "transfer_lock_server", Error, Rejection;
    /// Fewer than 2 name servers and no group for a transfer (spec §5).
    NameserversMissing = "nameservers_missing", Error, Rejection;
    /// A registrant change during an internal transfer (spec §5).
    RegistrantChangeInternal = "registrant_change_internal", Error, Rejection;
    /// An e-mail domain that does not exist in the DNS (NXDOMAIN; spec §7, audit with DNS lookups).
    EmailDomainNotFound = "email_domain_not_found", Error, Bounce;
    /// An e-mail domain that takes no mail: a null MX (RFC 7505), or neither MX nor address
    /// records (spec §7, audit with DNS lookups).
    EmailDomainNoMail = "email_domain_no_mail", Error, Bounce;
}

/// Whether `validate_registrant` can raise `code` (spec §1): the codes of the registrant entry,
/// whose wasm carries no other message (`messages::templates`). A new code the registrant can
/// raise belongs here: the registrant cases (`tests/cases.rs`) and `tests/properties.rs` fail on
/// one that is not.
#[doc(hidden)]
pub const fn raised_by_registrant(code: Code) -> bool {
    use Code::*;
    matches!(
        code,
        InvalidType | Required | TooLong | UnknownField | LongerThanAdvised | Charset | AtSignOutsideEmail | TooManyLines
            | PostalCodeFormat | CountryUnknown | PhoneFormat | PhoneCharacter | PhoneCallingCodeUnknown | PhoneLength | EmailFormat
            | EmailCharacter | EmailDomainCharacter | EmailDomainEncoding | EmailDomainCombination | EmailTypo | EmailInRegisteredDomain
            | EmailDomainReserved | VatRequired | VatFormat | VatChecksum | VatCountryMismatch | VatPrefixWrong | VatPending | LanguageUnknown
            | Implausible
    )
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // As a unit variant: the name is a `&'static str`, which the JS serializer caches.
        s.serialize_unit_variant("Code", *self as u32, self.as_str())
    }
}

/// One step of an issue's path: an object key or an array index (as in Zod).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathSegment {
    Key(&'static str),
    Index(usize),
}

impl Serialize for PathSegment {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            PathSegment::Key(k) => s.serialize_str(k),
            PathSegment::Index(i) => s.serialize_u64(*i as u64),
        }
    }
}

/// Where in the input a problem sits.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct At {
    /// 1-based position in characters (Unicode scalar values), as a person counts.
    pub position: u32,
    /// The character itself.
    pub char: String,
    /// UTF-16 offsets into the input as given, for `setSelectionRange(start, end)`.
    pub start: u32,
    pub end: u32,
}

/// The number of characters (Unicode scalar values) in `text`: its bytes that do not continue a
/// character. (A byte loop: core's `chars().count()` is an unrolled word-at-a-time count, 1 KB
/// of the wasm for texts that are short here.)
pub(crate) fn chars_in(text: &str) -> usize {
    text.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

impl At {
    /// Locates the character that starts at byte `byte_index` of `input`.
    /// Returns `None` if `byte_index` is not a character boundary inside `input`.
    pub fn locate(input: &str, byte_index: usize) -> Option<At> {
        let ch = input.get(byte_index..)?.chars().next()?;
        let before = &input[..byte_index];
        let position = chars_in(before) as u32 + 1;
        let start = before.encode_utf16().count() as u32;
        Some(At { position, char: ch.to_string(), start, end: start + ch.len_utf16() as u32 })
    }
}

/// Values a message refers to. Only the ones a code uses are set.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Params {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
    /// The JS type that was received (`number`, `null`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found: Option<String>,
    /// What was expected instead: `text`, `object` or `list`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<&'static str>,
    /// A moment the message refers to, as ISO 8601 (UTC).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// A valid example (a postal code of the country).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    /// The digit count of the country's postal codes, where they are digits only (`4` in
    /// Belgium).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digits: Option<u8>,
    /// A country prefix typed before a postal code (`B-` in `B-9000`), which does not belong.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_prefix: Option<String>,
    /// The country the rule applied is that of (ISO code; messages show its name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<&'static str>,
    /// The country a VAT number belongs to, by its prefix.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vat_country: Option<&'static str>,
    /// A phone calling code, without `+`; or the prefix a country's VAT numbers carry (`EL`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// The trunk prefix (`0`) a national phone number was typed with; `lengths` and `count`
    /// then count it too, as typed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trunk: Option<&'static str>,
    /// Digit counts allowed, as `[min, max]` ranges.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lengths: Option<Vec<(u8, u8)>>,
    /// A domain or host name, in the form people read (`café.be`, `ns1.café.be`: Unicode).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// What to type instead of the character the issue is about (`'` for `’`, `ö` for `ő`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replacement: Option<&'static str>,
    /// The field name an `unknown_field` issue is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Every character of one cause, when there are several (`0475 12 AB 56`: the `A` and the
    /// `B`), in the order of the input; the issue's `at` is the first of them. Set by
    /// `messages::finish`, which makes the issues of one cause into one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub positions: Option<Vec<At>>,
}

impl Params {
    pub(crate) fn is_empty(&self) -> bool {
        *self == Params::default()
    }
}

/// One problem found in the input.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Issue {
    #[serde(serialize_with = "serialize_path")]
    pub path: Vec<PathSegment>,
    pub code: Code,
    pub severity: Severity,
    pub risk: Risk,
    /// The message for `code` in the requested language, with `params` and `at` filled in.
    pub message: String,
    /// A corrected value to offer as "did you mean".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    /// A label for the button that applies `suggestion`, in the requested language, where the
    /// suggestion alone would not show what changes (`Jan D’Hondt` → `Jan D'Hondt`: “Use the
    /// straight apostrophe '”).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<At>,
    /// Always there (`{}` when the message shows no value), so a custom rendering can rely on it.
    pub params: Params,
    /// The value as typed is the beginning of a valid one: typing on can still fix it (`0475`
    /// in a phone field, `9` for a Belgian postal code, 14 digits of an authorisation code,
    /// `jan@gmail`). A form shows such an error when the user leaves the field or submits, not
    /// while they type. Never set for a required field left empty, nor where no continuation
    /// helps (a letter in a phone number, a fifth digit in a Belgian postal code). Absent when
    /// false, so results without it keep their shape.
    #[serde(skip_serializing_if = "is_false")]
    pub incomplete: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn serialize_path<S: Serializer>(path: &[PathSegment], s: S) -> Result<S::Ok, S::Error> {
    let mut seq = s.serialize_seq(Some(path.len()))?;
    for seg in path {
        seq.serialize_element(seg)?;
    }
    seq.end()
}

impl Issue {
    /// A new issue for `code`. Its message is written once every detail is known: every check
    /// ends with `messages::finish`.
    pub(crate) fn new(code: Code) -> Issue {
        Issue {
            path: Vec::new(),
            code,
            severity: code.severity(),
            risk: code.risk(),
            message: String::new(),
            suggestion: None,
            fix: None,
            at: None,
            params: Params::default(),
            incomplete: false,
        }
    }

    /// Marks the issue as one that typing on can still fix (see [`Issue::incomplete`]).
    pub(crate) fn incomplete(mut self, incomplete: bool) -> Issue {
        self.incomplete = incomplete;
        self
    }

    pub(crate) fn path(mut self, path: &[PathSegment]) -> Issue {
        self.path = path.to_vec();
        self
    }

    pub(crate) fn at(mut self, at: Option<At>) -> Issue {
        self.at = at;
        self
    }

    pub(crate) fn suggest(mut self, suggestion: Option<String>) -> Issue {
        self.suggestion = suggestion;
        self
    }

    pub(crate) fn params(mut self, params: Params) -> Issue {
        self.params = params;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_are_counted_as_chars_counts_them() {
        for s in ["", "abc", "Jan D’Hondt", "müller", "ẞ😀\u{a0}x", "日本語", "\u{10ffff}\u{80}\u{7ff}\u{800}"] {
            assert_eq!(chars_in(s), s.chars().count(), "{s}");
        }
    }

    #[test]
    fn code_names_are_unique_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            let name = code.as_str();
            assert!(seen.insert(name), "duplicate code {name}");
            assert!(
                name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') && name.starts_with(|c: char| c.is_ascii_lowercase()),
                "{name} is not snake_case"
            );
        }
    }

    #[test]
    fn locate_counts_characters_and_utf16_units() {
        // `é` is one UTF-16 unit, the emoji two: `x` is the 3rd character at UTF-16 offset 3.
        let s = "é😀x";
        let at = At::locate(s, s.find('x').unwrap()).unwrap();
        assert_eq!(at, At { position: 3, char: "x".into(), start: 3, end: 4 });
        let emoji = At::locate(s, 2).unwrap();
        assert_eq!((emoji.position, emoji.start, emoji.end), (2, 1, 3));
        assert_eq!(At::locate(s, 1), None, "not a char boundary");
        assert_eq!(At::locate(s, s.len()), None, "past the end");
    }
}
