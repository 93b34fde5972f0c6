//! Each export as plain Rust: its packed arguments in, the core's typed result out (or the
//! message of the `TypeError` the call throws). `src/wasm.rs` writes the result with
//! [`super::answer::write`]; the tests and the fuzzer call these directly.

use super::args::{self, Item, RegistrantRequest};
use crate::authcode::{self, AuthCodeReport};
use crate::change::{self, ChangeDecision, TransferReport, WhoisPreview};
use crate::domain::{self, DomainReport, NameserversReport};
use crate::lang::Lang;
use crate::registrant::{self, CountryEntry, RegistrantOptions, RegistrantReport};

/// What `js/boundary.js` wrote; malformed only through a bug on the JS side.
fn read(packed: &str) -> Result<Vec<Item<'_>>, String> {
    args::read(packed).ok_or_else(|| "malformed request".into())
}

/// `validateRegistrant(input, options?)` — spec §1.
pub fn validate_registrant(packed: &str) -> Result<RegistrantReport, String> {
    Ok(match args::registrant(&read(packed)?)? {
        RegistrantRequest::Form(form, options) => registrant::validate_registrant(&form, &options),
        RegistrantRequest::NotAnObject(found, options) => registrant::invalid_registrant(found, &options),
    })
}

/// `countries(lang?)` — the country list for a dropdown, named and sorted in `lang`.
pub fn countries(packed: &str) -> Result<Vec<CountryEntry>, String> {
    let lang = match &read(packed)?[..] {
        [Item::Text(tag)] if tag.len() <= 64 => Lang::from_tag(tag).unwrap_or(Lang::En),
        [Item::Text(_) | Item::Oversized] => Lang::En,
        [v] if v.is_absent() => Lang::En,
        _ => return Err("countries(lang): lang must be a string such as 'nl'".into()),
    };
    Ok(registrant::country_list(lang))
}

/// `checkAuthCode(code, options?)` — spec §3. `clock`: the time, read only when an expiry is
/// checked without `now`.
pub fn check_auth_code(packed: &str, clock: impl FnOnce() -> i64) -> Result<AuthCodeReport, String> {
    let (code, options) = args::auth_code(&read(packed)?, clock)?;
    Ok(authcode::check_auth_code_input(code, &options))
}

/// `validateDomainName(name, options?)` — spec §2.
pub fn validate_domain_name(packed: &str) -> Result<DomainReport, String> {
    let items = read(packed)?;
    let (name, lang, _) = args::with_lang(&items)?;
    Ok(domain::validate_domain_name(name.input(), lang))
}

/// `validateNameservers(input, options?)` — spec §2.
pub fn validate_nameservers(packed: &str) -> Result<NameserversReport, String> {
    let items = read(packed)?;
    let (input, lang, _) = args::with_lang(&items)?;
    if !matches!(input, Item::Record(_)) {
        return Ok(domain::invalid_nameservers(input.type_name(), lang));
    }
    let (input, not_a_list) = args::nameservers(input);
    let report = domain::validate_nameservers(&input, lang);
    Ok(match not_a_list {
        Some(found) => domain::nameservers_not_a_list(report, found, lang),
        None => report,
    })
}

/// `decideContactChange(current, proposed, options?)` — spec §4 (the options are its context).
pub fn decide_contact_change(packed: &str) -> Result<ChangeDecision, String> {
    let items = read(packed)?;
    let [current, proposed, context, unknown] = &items[..] else { return Err("malformed request".into()) };
    let context = args::change_context(context, unknown)?;
    let mut decision = change::decide_contact_change(&args::form(current), &args::form(proposed), &context);
    if !matches!(proposed, Item::Record(_)) {
        // Not a registrant at all: say so instead of listing every missing field.
        decision.issues = registrant::invalid_registrant(proposed.type_name(), &RegistrantOptions { lang: context.lang, ..Default::default() }).issues;
    }
    Ok(decision)
}

/// `checkTransfer(request, options?)` — spec §5.
pub fn check_transfer(packed: &str, clock: impl FnOnce() -> i64) -> Result<TransferReport, String> {
    let items = read(packed)?;
    let (request, lang, rest) = args::with_lang(&items)?;
    if !matches!(request, Item::Record(_)) {
        return Ok(change::invalid_transfer(request.type_name(), lang));
    }
    let [unknown] = rest else { return Err("malformed request".into()) };
    Ok(change::check_transfer(&args::transfer(request, unknown, lang, clock)?))
}

/// `whoisPreview(registrant, options?)` — spec §6.
pub fn whois_preview(packed: &str) -> Result<WhoisPreview, String> {
    let items = read(packed)?;
    let (registrant, lang, _) = args::with_lang(&items)?;
    Ok(change::whois_preview(&args::form(registrant), lang))
}
