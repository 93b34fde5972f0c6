//! Each export as plain Rust: its packed arguments in, the core's typed result out (or the
//! message of the `TypeError` the call throws). `src/wasm.rs` writes the result with
//! [`super::answer::write`]; the tests and the fuzzer call these directly.

use std::cell::RefCell;

use serde::Serialize;

use super::args::{self, Item, RegistrantRequest};
use super::shape::{tag, MAX_BATCH};
use super::units::Units;
use crate::audit::{Audit, AuditReport, Change};
use crate::authcode::{self, AuthCodeReport};
use crate::change::{self, ChangeDecision, TransferReport, WhoisPreview};
use crate::domain::{self, DomainReport, NameserversReport};
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

/// `countries(lang?)` — the country list for a dropdown, named in `lang`: natively sorted as
/// [`registrant::country_list`]; in the wasm in the order of the codes, which the JavaScript
/// side sorts with `Intl.Collator` (js/countries.js), as the wasm carries no sorting code.
pub fn countries(packed: &str) -> Result<Vec<CountryEntry>, String> {
    const WRONG: &str = "countries(lang): lang must be a string such as 'nl'";
    let [value] = &read(packed)?[..] else { return Err(WRONG.into()) };
    let lang = args::lang(value).map_err(|_| WRONG.to_string())?;
    #[cfg(not(target_arch = "wasm32"))]
    return Ok(registrant::country_list(lang));
    #[cfg(target_arch = "wasm32")]
    return Ok(registrant::country_rows(lang).collect());
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
    let (request, lang, rest) = args::with_transfer_options(&items)?;
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

thread_local! {
    /// The audits under way in this instance, by the id the JS side gave them (spec §7). An
    /// audit lives from `auditStart` to `auditState` or `auditFinish`.
    static AUDITS: RefCell<Vec<(String, Audit)>> = const { RefCell::new(Vec::new()) };
}

/// Audits under way at once in one instance, at most (each holds its fix-first list and the
/// shared-e-mail summary: some hundreds of KB at worst).
const MAX_AUDITS: usize = 64;

/// What `auditAdd` answers for a batch: how many contacts it took, how many are valid, and the
/// changes the fix of each fixable one makes (by its index in the batch), for writing the
/// export back fixed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditBatch {
    pub contacts: u32,
    pub valid: u32,
    pub fixes: Vec<RecordFix>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RecordFix {
    pub index: u32,
    pub changes: Vec<Change>,
}

/// The audit id: the call's first argument, a short text.
fn audit_id<'a>(item: Option<&Item<'a>>) -> Result<&'a str, String> {
    match item {
        Some(Item::Text(id)) if !id.is_empty() && id.len() <= 64 => Ok(id),
        _ => Err("the audit id must be a short string".into()),
    }
}

fn with_audit<T>(id: &str, f: impl FnOnce(&mut Audit) -> T) -> Result<T, String> {
    AUDITS.with(|audits| {
        let mut audits = audits.borrow_mut();
        match audits.iter_mut().find(|(i, _)| i == id) {
            Some((_, audit)) => Ok(f(audit)),
            None => Err(["no audit \"", id, "\" under way: call auditStart first"].concat()),
        }
    })
}

fn take_audit(id: &str) -> Result<Audit, String> {
    AUDITS.with(|audits| {
        let mut audits = audits.borrow_mut();
        match audits.iter().position(|(i, _)| i == id) {
            Some(at) => Ok(audits.swap_remove(at).1),
            None => Err(["no audit \"", id, "\" under way: call auditStart first"].concat()),
        }
    })
}

/// `auditStart(id, options?)` — a new audit (one of the same id is replaced); `true`.
pub fn audit_start(packed: &str) -> Result<bool, String> {
    let items = read(packed)?;
    let [id, options] = &items[..] else { return Err("malformed request".into()) };
    let id = audit_id(Some(id))?;
    let audit = Audit::new(args::audit_options(options)?);
    AUDITS.with(|audits| {
        let mut audits = audits.borrow_mut();
        audits.retain(|(i, _)| i != id);
        if audits.len() >= MAX_AUDITS {
            return Err("too many audits under way: finish one first".to_string());
        }
        audits.push((id.to_string(), audit));
        Ok(true)
    })
}

/// `auditAdd(id, records)` — audits a batch of contacts. The records are read one at a time
/// from the packed string (never all at once).
pub fn audit_add(packed: &str) -> Result<AuditBatch, String> {
    let malformed = || "malformed request".to_string();
    let mut r = Units::new(packed);
    let id = audit_id(args::next(&mut r).as_ref())?;
    if r.unit() != Some(tag::BATCH) {
        return Err("records must be an array of contacts".into());
    }
    let n = r.number().ok_or_else(malformed)?;
    if n > MAX_BATCH {
        return Err("at most 65536 contacts per auditAdd call".into());
    }
    with_audit(id, |audit| {
        let mut out = AuditBatch { contacts: 0, valid: 0, fixes: Vec::new() };
        for index in 0..n {
            let item = args::next(&mut r).ok_or_else(malformed)?;
            let added = audit.add(&args::audit_record(&item));
            out.contacts += 1;
            out.valid += u32::from(added.valid);
            if !added.changes.is_empty() {
                out.fixes.push(RecordFix { index, changes: added.changes });
            }
        }
        if r.at_end() {
            Ok(out)
        } else {
            Err(malformed())
        }
    })?
}

/// `auditState(id)` — the audit's state as text, for `auditMerge` in another instance; the audit
/// ends here.
pub fn audit_state(packed: &str) -> Result<String, String> {
    let items = read(packed)?;
    Ok(take_audit(audit_id(items.first())?)?.export_state())
}

/// `auditMerge(id, state)` — adds another instance's part (its `auditState`) to the audit.
pub fn audit_merge(packed: &str) -> Result<bool, String> {
    let mut r = Units::new(packed);
    let id = audit_id(args::next(&mut r).as_ref())?;
    let state = match r.unit() {
        Some(tag::LONG_TEXT) => r.text().filter(|_| r.at_end()),
        _ => None,
    };
    let other = state.and_then(Audit::import_state).ok_or("state must be what auditState answered")?;
    with_audit(id, |audit| audit.merge(other))?;
    Ok(true)
}

/// `auditFinish(id)` — the report; the audit ends here.
pub fn audit_finish(packed: &str) -> Result<AuditReport, String> {
    let items = read(packed)?;
    Ok(take_audit(audit_id(items.first())?)?.report())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::boundary::units::{push_number, push_text, push_unit};

    fn packed(items: &[Item<'_>]) -> String {
        items.iter().map(args::encode).collect()
    }

    fn batch(id: &str, records: &[Item<'_>]) -> String {
        let mut s = args::encode(&Item::Text(id));
        push_unit(&mut s, tag::BATCH);
        push_number(&mut s, records.len() as u32);
        for r in records {
            s.push_str(&args::encode(r));
        }
        s
    }

    /// A contact as the JS side packs it: the registrant's keys, then domains, names, id, line, mail.
    fn contact<'a>(email: &'a str, postal: &'a str, domains: &'a str, line: &'a str) -> Item<'a> {
        let mut v = vec![Item::Missing; 16];
        for (i, t) in [(0, "Jan Peeters"), (2, "Kerkstraat 1"), (3, "Gent"), (5, "BE"), (7, "+32 9 123 45 67")] {
            v[i] = Item::Text(t);
        }
        v[4] = Item::Text(postal);
        v[6] = Item::Text(email);
        v[11] = Item::Text(domains);
        v[12] = Item::Text("a.be b.be");
        v[14] = Item::Text(line);
        Item::Record(v)
    }

    #[test]
    fn an_audit_across_the_boundary_and_two_instances() {
        let options = Item::Record(vec![Item::Text("nl"), Item::Text("5")]);
        assert_eq!(audit_start(&packed(&[Item::Text("w1"), options.clone()])), Ok(true));
        assert_eq!(audit_start(&packed(&[Item::Text("main"), options])), Ok(true));
        let b = audit_add(&batch("w1", &[contact("jan@telenet.be", "9000", "2", "2"), contact("jan@gmial.com", "B-9000", "3", "3")])).unwrap();
        assert_eq!((b.contacts, b.valid, b.fixes.len()), (2, 1, 1));
        assert_eq!(b.fixes[0].index, 1);
        let fields: Vec<&str> = b.fixes[0].changes.iter().map(|c| c.field).collect();
        assert_eq!(fields, ["postalCode", "email"]);
        audit_add(&batch("main", &[contact("x@example.com", "9000", "", "4")])).unwrap();
        // The worker's part, handed over as text.
        let state = audit_state(&packed(&[Item::Text("w1")])).unwrap();
        let mut merge = args::encode(&Item::Text("main"));
        push_unit(&mut merge, tag::LONG_TEXT);
        push_text(&mut merge, &state);
        assert_eq!(audit_merge(&merge), Ok(true));
        let report = audit_finish(&packed(&[Item::Text("main")])).unwrap();
        assert_eq!((report.contacts, report.domains, report.domains_assumed), (3, 6, 1));
        assert_eq!(report.by_risk.bounce.contacts, 2);
        assert_eq!(report.fix_first[0].line, 3);
        assert!(report.fix_first[0].issues[0].message.starts_with("België: een postcode heeft 4 cijfers"), "{}", report.fix_first[0].issues[0].message);
        // Both audits have ended.
        assert!(audit_finish(&packed(&[Item::Text("main")])).unwrap_err().contains("auditStart"));
        assert!(audit_state(&packed(&[Item::Text("w1")])).is_err());
    }

    #[test]
    fn audit_calls_that_make_no_sense_are_errors() {
        let start = |options: Item<'static>| audit_start(&packed(&[Item::Text("x"), options]));
        assert_eq!(start(Item::Record(vec![Item::Missing, Item::Text("many")])).unwrap_err(), "options.fixFirst must be a number from 0 to 1000");
        assert_eq!(start(Item::Record(vec![Item::Missing, Item::Text("1001")])).unwrap_err(), "options.fixFirst must be a number from 0 to 1000");
        assert!(audit_start(&packed(&[Item::Other("number"), Item::Missing])).is_err());
        assert_eq!(start(Item::Missing), Ok(true));
        assert_eq!(audit_add(&packed(&[Item::Text("x"), Item::List(vec![])])).unwrap_err(), "records must be an array of contacts");
        // Records that are no objects are contacts without data; a cut batch is refused.
        let b = audit_add(&batch("x", &[Item::Other("null"), Item::Text("Jan")])).unwrap();
        assert_eq!((b.contacts, b.valid), (2, 0));
        let whole = batch("x", &[contact("jan@telenet.be", "9000", "1", "2")]);
        assert!(audit_add(&whole[..whole.len() - 3]).is_err());
        let mut bad_state = args::encode(&Item::Text("x"));
        push_unit(&mut bad_state, tag::LONG_TEXT);
        push_text(&mut bad_state, "not a state");
        assert_eq!(audit_merge(&bad_state).unwrap_err(), "state must be what auditState answered");
        assert!(audit_finish(&packed(&[Item::Text("x")])).is_ok());
    }
}
