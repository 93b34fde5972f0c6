//! What crosses the boundary, defined once: the keys each call reads from its JS arguments, the
//! tags and limits of the argument encoding, and the calls themselves. `js/boundary.js` is
//! generated from these tables (and from the answer types' serde derives, see
//! [`super::codegen`]); nothing here is repeated by hand on the JS side.

use crate::registrant::Field;

/// A record the JS side reads from an object: the keys, in the order the values are written.
/// Rust reads a value by its key's enum variant (made by [`record!`]), never by a bare index.
pub trait Keys: Copy {
    /// The JS property names, in order.
    const NAMES: &'static [&'static str];
    /// The name of the record in `js/boundary.js` (`K_…`).
    const JS: &'static str;
    fn index(self) -> usize;
    fn name(self) -> &'static str {
        Self::NAMES[self.index()]
    }
}

/// `record!(pub Name = "JS_NAME" { key, otherKey, variant = "jsKey" })`: an enum of keys (variants
/// named as the JS properties, unless a name is given) with its [`Keys`] implementation.
macro_rules! record {
    (@name $key:ident $js_key:literal) => { $js_key };
    (@name $key:ident) => { stringify!($key) };
    ($(#[$doc:meta])* $vis:vis $name:ident = $js:literal { $($key:ident $(= $js_key:literal)?),* $(,)? }) => {
        $(#[$doc])*
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        $vis enum $name { $($key),* }
        impl Keys for $name {
            const NAMES: &'static [&'static str] = &[$(record!(@name $key $($js_key)?)),*];
            const JS: &'static str = $js;
            fn index(self) -> usize {
                self as usize
            }
        }
    };
}

record! {
    /// `validateRegistrant`'s options (spec §1).
    pub RegistrantOptions = "REGISTRANT_OPTIONS" { lang, domain, only, messages, holder }
}
record! {
    /// The options of the calls that take only a language.
    pub LangOnly = "LANG_ONLY" { lang, messages }
}
record! {
    /// `checkAuthCode`'s options (spec §3).
    pub AuthCodeOptions = "AUTH_CODE_OPTIONS" { lang, kind, issuedAt, now, messages, timeZone }
}
record! {
    /// `checkTransfer`'s options: a language, own messages, and the time zone js/dates.js shows
    /// the code's moments in (the core writes Belgian time).
    pub TransferOptions = "TRANSFER_OPTIONS" { lang, messages, timeZone }
}
record! {
    /// `decideContactChange`'s context (spec §4).
    pub ChangeContext = "CHANGE_CONTEXT" { lang, revokeProcedure, monitoredUpdateApproved, messages }
}
record! {
    /// `checkTransfer`'s request (spec §5). `kind` as in `checkAuthCode`; `type` is its old
    /// name, still read (an alias).
    pub Transfer = "TRANSFER" {
        kind, type_ = "type", authCode, authCodeIssuedAt, now, statuses, revokeProcedure, quarantine, nameservers,
        nameserverGroup, registrantChange, heldByRegistry,
    }
}
record! {
    /// `validateNameservers`' input (spec §2); `nameservers` is a list of [`Nameserver`]s.
    pub Nameservers = "NAMESERVERS" { domain, group, nameservers }
}
record! {
    /// One name server given as an object (or else a host name as a string).
    pub Nameserver = "NAMESERVER" { host, ips }
}
record! {
    /// `auditStart`'s options (spec §7); `fixFirst` is a count, as text.
    pub AuditOptions = "AUDIT_OPTIONS" { lang, fixFirst }
}
record! {
    /// One contact of an `auditAdd` batch: the registrant's keys in [`Field::ALL`]'s order (a test
    /// says so), then the contact's domain count and some of its names (text), its own key, its
    /// line in the input, and the DNS verdict on its e-mail domain (spec §7).
    pub AuditRecord = "AUDIT_RECORD" {
        name, organization, street, city, postalCode, country, email, phone, fax, vat, language, domains, names, id, line, mail,
    }
}

/// The registrant form's keys are [`Field::ALL`]'s, in that order: read by `Field`.
impl Keys for Field {
    const NAMES: &'static [&'static str] = &FIELD_NAMES;
    const JS: &'static str = "FIELDS";
    fn index(self) -> usize {
        // `ALL` lists the variants in declaration order (a test says so).
        self as usize
    }
}

const FIELD_NAMES: [&str; 11] = {
    let mut names = [""; 11];
    let mut i = 0;
    while i < Field::ALL.len() {
        names[i] = Field::ALL[i].key();
        i += 1;
    }
    names
};

/// The tag that starts each value of the argument encoding (see [`super::args`]).
pub mod tag {
    pub const MISSING: u32 = 0;
    pub const TEXT: u32 = 1;
    /// A string longer than [`super::MAX_INSPECTED_UTF16`] units: not copied.
    pub const OVERSIZED: u32 = 2;
    pub const LIST: u32 = 3;
    pub const RECORD: u32 = 4;
    /// `OTHER + i`: a value of the type [`super::TYPES`]`[i]`.
    pub const OTHER: u32 = 5;
    pub const FALSE: u32 = 16;
    pub const TRUE: u32 = 17;
    /// A `Date`: its time in milliseconds as text (empty if invalid).
    pub const DATE: u32 = 18;
    /// A list of records of any length (an audit batch; read by its call, not as an item).
    pub const BATCH: u32 = 19;
    /// A text copied whole, of any length (an audit's state; read by its call, not as an item).
    pub const LONG_TEXT: u32 = 20;
}

/// The JS types of values that are no text, list or record, as `typeof` names them (`null` and
/// arrays told apart; `exception`: reading the value threw).
pub const TYPES: [&str; 11] = ["null", "undefined", "string", "boolean", "number", "bigint", "symbol", "function", "array", "object", "exception"];

/// Strings longer than this (UTF-16 units) are not copied into wasm; the core reports them as too
/// long without reading them.
pub const MAX_INSPECTED_UTF16: u32 = crate::input::MAX_INSPECTED_UTF16;
/// Items of a list (or values of a record) the JS side writes at most; the reader refuses more.
pub const MAX_ITEMS: u32 = 32;
/// Nesting the JS side writes at most: a record of lists of records of lists
/// (`{ nameservers: [{ ips: [...] }] }`).
pub const MAX_DEPTH: u8 = 4;
/// Unknown keys of a registrant object: how many own keys are looked at, how many are reported,
/// and how many characters of each (a UTF-16 copy of twice that, plus a pair, always holds them).
pub const UNKNOWN_KEYS_SCANNED: u32 = 64;
pub const UNKNOWN_KEYS_REPORTED: u32 = 8;
pub const UNKNOWN_KEY_CHARS: u32 = 64;

/// How the JS side writes one argument of a call.
#[derive(Clone, Copy, Debug)]
pub enum Arg {
    /// A value read as a leaf: text, or the type of anything else.
    Value(&'static str),
    /// An object's values for the keys of a record (its JS name and keys), each a leaf or a list
    /// of leaves; the key named last, if any, holds a list of name servers instead.
    Record(&'static str, &'static str, &'static [&'static str], Option<&'static str>),
    /// The enumerable own keys of an object that are none of a record's keys (the parameter, the
    /// record's JS name): misspelt registrant fields are warnings, unknown options a `TypeError`.
    UnknownKeys(&'static str, &'static str),
    /// An array of records (the JS name of the record and its keys), of any length.
    Batch(&'static str, &'static str, &'static [&'static str]),
    /// A string copied whole, whatever its length.
    LongText(&'static str),
}

/// One export: its JS name, its parameters, and the arguments as written, in order.
#[derive(Clone, Copy, Debug)]
pub struct Call {
    pub js: &'static str,
    pub params: &'static [&'static str],
    pub args: &'static [Arg],
}

const fn rec<K: Keys>(param: &'static str) -> Arg {
    Arg::Record(param, K::JS, K::NAMES, None)
}

const fn unknown<K: Keys>(param: &'static str) -> Arg {
    Arg::UnknownKeys(param, K::JS)
}

/// Every export, as `js/boundary.js` packs its arguments. The readers in [`super::args`] take the arguments apart in this order.
pub const CALLS: &[Call] = &[
    Call {
        js: "validateRegistrant",
        params: &["input", "options"],
        args: &[rec::<RegistrantOptions>("options"), unknown::<RegistrantOptions>("options"), rec::<Field>("input"), unknown::<Field>("input")],
    },
    Call { js: "checkAuthCode", params: &["code", "options"], args: &[Arg::Value("code"), rec::<AuthCodeOptions>("options"), unknown::<AuthCodeOptions>("options")] },
    Call { js: "validateDomainName", params: &["name", "options"], args: &[Arg::Value("name"), rec::<LangOnly>("options"), unknown::<LangOnly>("options")] },
    Call {
        js: "validateNameservers",
        params: &["input", "options"],
        args: &[Arg::Record("input", Nameservers::JS, Nameservers::NAMES, Some("nameservers")), rec::<LangOnly>("options"), unknown::<LangOnly>("options")],
    },
    Call {
        js: "decideContactChange",
        params: &["current", "proposed", "options"],
        args: &[rec::<Field>("current"), rec::<Field>("proposed"), rec::<ChangeContext>("options"), unknown::<ChangeContext>("options")],
    },
    Call {
        js: "checkTransfer",
        params: &["request", "options"],
        args: &[rec::<Transfer>("request"), rec::<TransferOptions>("options"), unknown::<TransferOptions>("options"), unknown::<Transfer>("request")],
    },
    Call { js: "whoisPreview", params: &["registrant", "options"], args: &[rec::<Field>("registrant"), rec::<LangOnly>("options"), unknown::<LangOnly>("options")] },
    Call { js: "countries", params: &["lang"], args: &[Arg::Value("lang")] },
    Call { js: "auditStart", params: &["id", "options"], args: &[Arg::Value("id"), rec::<AuditOptions>("options")] },
    Call { js: "auditAdd", params: &["id", "records"], args: &[Arg::Value("id"), Arg::Batch("records", AuditRecord::JS, AuditRecord::NAMES)] },
    Call { js: "auditState", params: &["id"], args: &[Arg::Value("id")] },
    Call { js: "auditMerge", params: &["id", "state"], args: &[Arg::Value("id"), Arg::LongText("state")] },
    Call { js: "auditFinish", params: &["id"], args: &[Arg::Value("id")] },
];

/// Contacts one `auditAdd` call takes at most.
pub const MAX_BATCH: u32 = 1 << 16;

/// Every record, for the generator: its JS name and keys.
pub const RECORDS: &[(&str, &[&str])] = &[
    (Field::JS, Field::NAMES),
    (RegistrantOptions::JS, RegistrantOptions::NAMES),
    (LangOnly::JS, LangOnly::NAMES),
    (AuthCodeOptions::JS, AuthCodeOptions::NAMES),
    (TransferOptions::JS, TransferOptions::NAMES),
    (ChangeContext::JS, ChangeContext::NAMES),
    (Transfer::JS, Transfer::NAMES),
    (Nameservers::JS, Nameservers::NAMES),
    (Nameserver::JS, Nameserver::NAMES),
    (AuditOptions::JS, AuditOptions::NAMES),
    (AuditRecord::JS, AuditRecord::NAMES),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_read_by_their_declaration_order() {
        for (i, f) in Field::ALL.iter().enumerate() {
            assert_eq!(f.index(), i);
            assert_eq!(Field::NAMES[i], f.key());
        }
    }

    #[test]
    fn an_audit_record_starts_with_the_registrant_fields() {
        for (i, f) in Field::ALL.iter().enumerate() {
            assert_eq!(AuditRecord::NAMES[i], f.key());
        }
    }

    #[test]
    fn record_keys_are_their_variant_names() {
        assert_eq!(Transfer::heldByRegistry.name(), "heldByRegistry");
        assert_eq!(AuthCodeOptions::issuedAt.index(), 2);
        assert_eq!((Transfer::kind.name(), Transfer::type_.name()), ("kind", "type"));
        for (_, keys) in RECORDS {
            assert!(keys.len() as u32 <= MAX_ITEMS);
        }
    }
}
