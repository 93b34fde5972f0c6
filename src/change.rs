//! Changing the registrant: update, trade or monitored update — spec §4; transfers — spec §5;
//! what the public WHOIS shows — spec §6. Decisions as data: an action, the row of the spec's
//! table that decided it, what it requires, what it costs, and a message a customer understands.

use serde::Serialize;

use crate::authcode::{self, AuthCodeKind, AuthCodeOptions};
use crate::charset;
use crate::idna;
use crate::input::Input;
use crate::issue::{Code, Issue, PathSegment};
use crate::lang::Lang;
use crate::messages::{self, sentence, Sentence};
use crate::registrant::{validate_registrant, Registrant, RegistrantInput, RegistrantOptions, RegistrantReport};

/// What a change takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    None,
    Update,
    Trade,
}

/// The row of the spec's table (§4) that decided, one stable id each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    NoChange,
    SameHolderDetails,
    SameOrgNewContact,
    OrgToOtherOrg,
    OrgToPrivate,
    PrivateToOtherPrivate,
    PrivateToOrg,
    /// The organisation's name stays, but its valid VAT number is gone from the new details
    /// (missing, `PENDING` or invalid): nothing shows it is the same legal entity.
    LegalEntityUnconfirmed,
    RevokeProcedureUpdate,
    MonitoredUpdateApproved,
}

impl Rule {
    pub const ALL: [Rule; 10] = [
        Rule::NoChange,
        Rule::SameHolderDetails,
        Rule::SameOrgNewContact,
        Rule::OrgToOtherOrg,
        Rule::OrgToPrivate,
        Rule::PrivateToOtherPrivate,
        Rule::PrivateToOrg,
        Rule::LegalEntityUnconfirmed,
        Rule::RevokeProcedureUpdate,
        Rule::MonitoredUpdateApproved,
    ];
}

/// Why a monitored update is offered (spec §4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlternativeReason {
    /// A typo-sized edit of the name or organisation.
    TypoCorrection,
    /// The organisation keeps its VAT (enterprise) number: a renamed company.
    SameVatNumber,
    /// Only the legal form in the organisation's name changes (NV → BV, SPRL → SRL, VZW → ASBL…):
    /// a company that keeps its enterprise number, renamed — never a typo (spec §4).
    LegalFormChange,
}

/// **Decision** (spec §4, seed): the price the seed's reseller charges for a monitored update,
/// per domain, excluding VAT. A reseller with another price shows its own.
pub const MONITORED_UPDATE_EUR: u32 = 25;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cost {
    pub amount: u32,
    pub currency: &'static str,
    pub excluding_vat: bool,
    pub per: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Alternative {
    /// Always `monitoredUpdate`.
    pub action: &'static str,
    pub reason: AlternativeReason,
    pub cost: Cost,
    pub message: String,
}

#[derive(Clone, Debug, Default)]
pub struct ChangeContext {
    /// The domain is in the revoke procedure (NIS2): name changes go by standard update.
    pub revoke_procedure: bool,
    /// The registry approved a monitored update for this change.
    pub monitored_update_approved: bool,
    pub lang: Lang,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChangeDecision {
    pub action: Action,
    pub rule: Rule,
    /// What the change needs: `external_auth_code`, `new_registrant_contact`, `registry_approval`.
    pub requires: Vec<&'static str>,
    /// What it does: `registration_period_restarts`, `remaining_period_lost`, `registry_fee`,
    /// `monitored_update_fee`.
    pub effects: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternative: Option<Alternative>,
    pub message: String,
    /// Validation problems of the proposed registrant (as `validateRegistrant` reports them).
    pub issues: Vec<Issue>,
}

/// Names compared as the spec says (§4): case, surrounding and repeated white space and Unicode
/// composition are not changes; anything else is.
fn fold(text: &str) -> String {
    charset::clean(text, &[], true).value.chars().map(idna::lower).collect()
}

/// **Decision** (spec §4, "a typo in a name"): an edit is typo-sized when the folded names differ
/// by at most 2 single-character edits (insert, delete, substitute, swap of neighbours) and the
/// names are at least 4 characters long, and by at most one edit below 8 characters.
fn typo_sized(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (fold(a).chars().collect(), fold(b).chars().collect());
    let shortest = a.len().min(b.len());
    if shortest < 4 || a.len().abs_diff(b.len()) > 2 || a.len().max(b.len()) > 255 {
        return false;
    }
    let limit = if shortest < 8 { 1 } else { 2 };
    let d = damerau(&a, &b);
    d > 0 && d <= limit
}

/// Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps).
fn damerau(a: &[char], b: &[char]) -> usize {
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        d[i * w] = i;
    }
    for j in 0..=b.len() {
        d[j] = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1).min(d[i * w + j - 1] + 1).min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()]
}

fn details_same(a: &Registrant, b: &Registrant) -> bool {
    a.street == b.street
        && a.city == b.city
        && a.postal_code == b.postal_code
        && a.country == b.country
        && a.email == b.email
        && a.phone == b.phone
        && a.fax == b.fax
        && a.language == b.language
        && a.vat == b.vat
}

/// A registrant's VAT number, as far as it identifies the legal entity (spec §4, §1.6).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Vat<'a> {
    /// None given.
    Missing,
    /// `PENDING`, a number that does not pass the checks of spec §1.6, or one too long to check.
    NotValid,
    /// A number that passes them, normalised (`BE0403170701`).
    Number(&'a str),
}

fn vat_of(report: &RegistrantReport) -> Vat<'_> {
    let vat = report.value.vat.as_str();
    let path = [PathSegment::Key("vat")];
    if vat.is_empty() {
        Vat::Missing
    } else if vat == crate::vat::PENDING || report.issues.iter().any(|i| i.path == path && i.is_error()) {
        Vat::NotValid
    } else {
        Vat::Number(vat)
    }
}

/// Whether two organisations are one legal entity, by their VAT numbers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Entity<'a> {
    /// The same valid number on both sides: the same legal entity, whatever the name says.
    Same,
    /// Two valid numbers that differ: two legal entities, whatever the name says.
    Different { from: &'a str, to: &'a str },
    /// The current holder has a valid number and the new details have none: the one thing that
    /// identifies it is gone.
    Unconfirmed { from: &'a str },
    /// The current details have no valid number: the names decide, as the spec's table does.
    ByName,
}

/// **Decision** (spec §4, "the enterprise number is the legal entity"): an organisation is the
/// legal entity its VAT number identifies — for a Belgian one, its enterprise (KBO/BCE) number;
/// the VAT numbers of other countries are read the same way. So:
/// - two valid numbers decide alone: the same number is the same organisation (a new name is a
///   renamed company: the monitored-update case), a different number is another organisation —
///   a trade even under the same name, with no monitored update offered;
/// - a valid number that the new details drop (missing, `PENDING`, invalid) leaves nothing to
///   confirm the legal entity by: never a regular update — a trade (`legal_entity_unconfirmed`
///   when the name stays, saying which number to fill in to make it an update);
/// - with no valid number in the current details (none yet, `PENDING`, invalid) the registry has
///   nothing to compare either: the names decide as in the spec's table, and an update says that
///   it rests on the name alone. Filling in the number the registry waits for after `PENDING` is
///   thus the regular update it should be.
///
/// The context (revoke procedure, an approved monitored update) still turns a trade into an update.
fn entity<'a>(current: Vat<'a>, proposed: Vat<'a>) -> Entity<'a> {
    match (current, proposed) {
        (Vat::Number(a), Vat::Number(b)) if same_number(a, b) => Entity::Same,
        (Vat::Number(from), Vat::Number(to)) => Entity::Different { from, to },
        (Vat::Number(from), _) => Entity::Unconfirmed { from },
        _ => Entity::ByName,
    }
}

/// Two normalised VAT numbers are one when equal, or when one was read without its country prefix
/// (no country to add it: `0403170701` and `BE0403170701`) and the rest is the same.
fn same_number(a: &str, b: &str) -> bool {
    fn prefixed(v: &str) -> bool {
        v.len() > 2 && v.bytes().take(2).all(|b| b.is_ascii_alphabetic())
    }
    fn rest(v: &str) -> &str {
        if prefixed(v) { v.get(2..).unwrap_or(v) } else { v }
    }
    a == b || ((!prefixed(a) || !prefixed(b)) && rest(a) == rest(b))
}

/// Belgian legal forms, in Dutch, French and German, as abbreviations without dots and in lower
/// case (spec §4: NV → BV, BVBA → BV, SPRL → SRL, VZW/ASBL…), with the European ones.
const LEGAL_FORMS: &[&str] = &[
    // Dutch: naamloze, besloten (old: besloten vennootschap met beperkte aansprakelijkheid, and
    // its one-person form), coöperatieve (old: met beperkte / onbeperkte aansprakelijkheid)
    // vennootschap, vereniging zonder winstoogmerk (and the international one), vennootschap
    // onder firma, commanditaire vennootschap (old: gewone; op aandelen), economisch
    // samenwerkingsverband, stichting van openbaar nut.
    "nv", "bv", "bvba", "ebvba", "cv", "cvba", "cvoa", "vzw", "ivzw", "vof", "commv", "gcv", "commva", "esv", "son",
    // French: société anonyme, à responsabilité limitée (old: privée à responsabilité limitée,
    // unipersonnelle), coopérative (old: à responsabilité limitée / illimitée), association sans
    // but lucratif (internationale), en nom collectif, en commandite (simple; par actions),
    // groupement d'intérêt économique, fondation d'utilité publique.
    "sa", "srl", "sprl", "sprlu", "sc", "scrl", "scri", "asbl", "aisbl", "snc", "scomm", "scs", "sca", "gie", "fup",
    // German: Aktiengesellschaft, Gesellschaft mit beschränkter Haftung (old: Privatgesellschaft,
    // Einpersonen-), Genossenschaft (mit beschränkter Haftung), Vereinigung ohne
    // Gewinnerzielungsabsicht (international), offene Handelsgesellschaft, Kommanditgesellschaft
    // (auf Aktien), wirtschaftliche Interessenvereinigung.
    "ag", "gmbh", "pgmbh", "epgmbh", "gen", "genmbh", "vog", "ivog", "ohg", "kg", "kgaa", "wiv",
    // European: Societas Europaea, cooperative society, economic interest grouping.
    "se", "sce", "eesv", "geie", "ewiv",
    // The neighbours' own that .be holders often carry: France's SARL, SAS, SASU, EURL; Germany's UG.
    "sarl", "sas", "sasu", "eurl", "ug",
];

/// A folded name without its legal form, and the form (`brouwerij het anker`, `nv`). The form is
/// a word (or two: `Comm. VA`) at the end or the start, written with or without dots or brackets.
fn legal_form(folded: &str) -> (String, Option<String>) {
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let key = |ws: &[&str]| -> String { ws.concat().chars().filter(|c| !matches!(c, '.' | '(' | ')' | ',')).collect() };
    let rest = |ws: &[&str]| ws.join(" ").trim_matches([',', '-', ' ']).to_string();
    let n = words.len();
    for k in [2, 1] {
        if n > k {
            let form = key(&words[n - k..]);
            if LEGAL_FORMS.contains(&form.as_str()) {
                return (rest(&words[..n - k]), Some(form));
            }
            let form = key(&words[..k]);
            if LEGAL_FORMS.contains(&form.as_str()) {
                return (rest(&words[k..]), Some(form));
            }
        }
    }
    (rest(&words), None)
}

/// **Decision** (spec §4): a change of the legal form alone — the rest of the name the same, the
/// form another one, added or dropped (`Brouwerij Het Anker NV` → `Brouwerij Het Anker BV`, or
/// `BV Het Anker`) — is a company renamed, reason `legal_form_change`, never a typo however
/// small the edit: the evidence is the publication in the Official Gazette, not a spelling.
fn legal_form_change(a: &str, b: &str) -> bool {
    let ((base_a, form_a), (base_b, form_b)) = (legal_form(&fold(a)), legal_form(&fold(b)));
    !base_a.is_empty() && base_a == base_b && form_a != form_b
}

/// Decides how a change of registrant data is carried out (spec §4).
pub fn decide_contact_change(current: &RegistrantInput<'_>, proposed: &RegistrantInput<'_>, context: &ChangeContext) -> ChangeDecision {
    let options = RegistrantOptions { lang: context.lang, ..RegistrantOptions::default() };
    let current_report = validate_registrant(current, &options);
    let checked = validate_registrant(proposed, &options);
    let (cur, new) = (&current_report.value, &checked.value);
    let (cur_org, new_org) = (!cur.organization.is_empty(), !new.organization.is_empty());
    let name_same = fold(&cur.name) == fold(&new.name);
    let org_same = fold(&cur.organization) == fold(&new.organization);
    let entity = entity(vat_of(&current_report), vat_of(&checked));

    let mut alternative = None;
    let (mut action, mut rule) = match (cur_org, new_org) {
        _ if name_same && org_same && details_same(cur, new) => (Action::None, Rule::NoChange),
        (true, true) => match entity {
            Entity::Different { .. } => (Action::Trade, Rule::OrgToOtherOrg),
            Entity::Unconfirmed { .. } if org_same => (Action::Trade, Rule::LegalEntityUnconfirmed),
            _ if org_same => (Action::Update, if name_same { Rule::SameHolderDetails } else { Rule::SameOrgNewContact }),
            _ => {
                alternative = if legal_form_change(&cur.organization, &new.organization) {
                    Some(AlternativeReason::LegalFormChange)
                } else if typo_sized(&cur.organization, &new.organization) {
                    Some(AlternativeReason::TypoCorrection)
                } else if entity == Entity::Same {
                    Some(AlternativeReason::SameVatNumber)
                } else {
                    None
                };
                (Action::Trade, Rule::OrgToOtherOrg)
            }
        },
        (true, false) => (Action::Trade, Rule::OrgToPrivate),
        (false, false) if name_same => (Action::Update, Rule::SameHolderDetails),
        (false, false) => {
            alternative = typo_sized(&cur.name, &new.name).then_some(AlternativeReason::TypoCorrection);
            (Action::Trade, Rule::PrivateToOtherPrivate)
        }
        (false, true) => (Action::Trade, Rule::PrivateToOrg),
    };
    // The context can turn a trade into an update (spec §4).
    if action == Action::Trade && context.revoke_procedure {
        (action, rule) = (Action::Update, Rule::RevokeProcedureUpdate);
        alternative = None;
    } else if action == Action::Trade && context.monitored_update_approved {
        (action, rule) = (Action::Update, Rule::MonitoredUpdateApproved);
        alternative = None;
    }
    let (requires, effects): (Vec<&'static str>, Vec<&'static str>) = match (action, rule) {
        (Action::Trade, _) => (vec!["external_auth_code", "new_registrant_contact"], vec!["registration_period_restarts", "remaining_period_lost", "registry_fee"]),
        (_, Rule::MonitoredUpdateApproved) => (vec!["registry_approval"], vec!["monitored_update_fee"]),
        _ => (Vec::new(), Vec::new()),
    };
    let alternative = alternative.map(|reason| Alternative {
        action: "monitoredUpdate",
        reason,
        cost: Cost { amount: MONITORED_UPDATE_EUR, currency: "EUR", excluding_vat: true, per: "domain" },
        message: alternative_sentence(reason, context.lang),
    });
    // The message says what the decision rests on: the VAT numbers where they decided or are
    // missing, the name alone where an organisation's update could not compare them.
    let lang = context.lang;
    let message = match (rule, entity) {
        (Rule::OrgToOtherOrg, Entity::Different { from, to }) => fill(sentence(Sentence::OtherVatNumber, lang), from, to),
        (Rule::LegalEntityUnconfirmed, Entity::Unconfirmed { from }) => fill(messages::decision(rule as usize, lang), from, ""),
        (Rule::SameHolderDetails | Rule::SameOrgNewContact, Entity::ByName) if cur_org && new_org => {
            [messages::decision(rule as usize, lang), " ", sentence(Sentence::NameOnly, lang)].concat()
        }
        _ => rule_sentence(rule, lang),
    };
    ChangeDecision { action, rule, requires, effects, alternative, message, issues: checked.issues }
}

/// A decision sentence with its VAT numbers filled in (`{vat}`: the current one, `{newVat}`).
fn fill(template: &str, vat: &str, new_vat: &str) -> String {
    template.replace("{vat}", vat).replace("{newVat}", new_vat)
}

/// A transfer request (spec §5).
#[derive(Clone, Debug, Default)]
pub struct TransferRequest<'a> {
    /// `External` (to this registrar) or `Internal` (between resellers of one registrar).
    pub kind: Option<AuthCodeKind>,
    pub auth_code: Input<'a>,
    pub auth_code_issued_at: Option<String>,
    pub now: Option<String>,
    /// EPP status values of the domain.
    pub statuses: Vec<String>,
    pub revoke_procedure: bool,
    pub quarantine: bool,
    /// The name servers the domain will have, or a group.
    pub nameservers: Option<usize>,
    pub nameserver_group: bool,
    /// The registrant changes with the transfer.
    pub registrant_change: bool,
    /// The domain is held by the registry after its registrar stopped.
    pub held_by_registry: bool,
    pub lang: Lang,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TransferReport {
    /// No blocking issue.
    pub valid: bool,
    /// The same as `valid`: the transfer may go ahead now.
    pub allowed: bool,
    /// The authorisation code to send, canonical.
    pub value: Option<String>,
    /// `registration_period_restarts`, `expiry_kept`, `quarantine_surcharge`.
    pub effects: Vec<&'static str>,
    pub issues: Vec<Issue>,
}

/// May this transfer go ahead now, and what will it do (spec §5)?
pub fn check_transfer(request: &TransferRequest<'_>) -> TransferReport {
    let mut issues = Vec::new();
    let lang = request.lang;
    if request.revoke_procedure {
        issues.push(Issue::new(Code::RevokeProcedure));
    }
    let has = |s: &str| request.statuses.iter().any(|x| x.trim().eq_ignore_ascii_case(s));
    if has("serverTransferProhibited") {
        issues.push(Issue::new(Code::TransferLockServer).path(&[PathSegment::Key("statuses")]));
    }
    if has("clientTransferProhibited") {
        issues.push(Issue::new(Code::TransferLockClient).path(&[PathSegment::Key("statuses")]));
    }
    if request.nameservers.unwrap_or(0) < 2 && !request.nameserver_group {
        issues.push(Issue::new(Code::NameserversMissing).path(&[PathSegment::Key("nameservers")]));
    }
    let internal = request.kind == Some(AuthCodeKind::Internal);
    if internal && request.registrant_change {
        issues.push(Issue::new(Code::RegistrantChangeInternal).path(&[PathSegment::Key("registrantChange")]));
    }
    // The code: an internal transfer takes either code; an external one (and a trade) the
    // registry's only (spec §3, §5).
    let code = authcode::check_auth_code_input(
        request.auth_code,
        &AuthCodeOptions {
            kind: Some(if internal { AuthCodeKind::Internal } else { AuthCodeKind::External }),
            issued_at: request.auth_code_issued_at.clone(),
            now: request.now.clone(),
            lang,
        },
    );
    for mut i in code.issues {
        if i.path.is_empty() {
            i.path = vec![PathSegment::Key("authCode")];
        } else if i.path == [PathSegment::Key("issuedAt")] {
            i.path = vec![PathSegment::Key("authCodeIssuedAt")];
        }
        issues.push(i);
    }
    let mut effects = Vec::new();
    if request.held_by_registry {
        effects.push("expiry_kept");
    } else if !internal {
        effects.push("registration_period_restarts");
    }
    if request.quarantine {
        effects.push("quarantine_surcharge");
    }
    let valid = messages::finish(&mut issues, lang);
    TransferReport { valid, allowed: valid, value: code.value.filter(|_| code.valid), effects, issues }
}

/// The result for a request that is not an object at all.
pub fn invalid_transfer(found: &'static str, lang: Lang) -> TransferReport {
    let mut issues = vec![crate::input::wrong_type(found, crate::input::Expected::Object, &[])];
    messages::finish(&mut issues, lang);
    TransferReport { valid: false, allowed: false, value: None, effects: Vec::new(), issues }
}

/// What the public WHOIS/RDAP shows of a registrant (spec §6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WhoisPreview {
    /// `organization` (one spelling with the input field; `organisation` before 0.2) or `person`.
    pub holder: &'static str,
    /// The registrant fields shown to anyone who looks the domain up.
    pub shown: Vec<&'static str>,
    pub hidden: Vec<&'static str>,
    pub message: String,
    /// The record as the public will see it: the shown fields, normalised as they are sent
    /// (nothing for a private person).
    pub record: WhoisRecord,
}

/// The shown fields of [`WhoisPreview`], with their values; a hidden field is absent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WhoisRecord {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub street: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// Spec §6: a private person — nothing of the registrant; an organisation — its name and
/// address; no phone number since June 2023. The values are those `validateRegistrant` sends
/// (white space collapsed, the country's code upper-cased), whatever else is wrong with them.
pub fn whois_preview(registrant: &RegistrantInput<'_>, lang: Lang) -> WhoisPreview {
    use crate::registrant::Field;
    const SHOWN: [Field; 5] = [Field::Organization, Field::Street, Field::City, Field::PostalCode, Field::Country];
    let options = RegistrantOptions { lang, only: Some(SHOWN.to_vec()), ..RegistrantOptions::default() };
    let r = validate_registrant(registrant, &options).value;
    let all = ["name", "organization", "street", "city", "postalCode", "country", "email", "phone", "fax", "vat", "language"];
    let organisation = !r.organization.is_empty();
    let shown: Vec<&'static str> = if organisation { SHOWN.iter().map(|f| f.key()).collect() } else { Vec::new() };
    let record = if organisation {
        WhoisRecord { organization: Some(r.organization), street: Some(r.street), city: Some(r.city), postal_code: Some(r.postal_code), country: Some(r.country) }
    } else {
        WhoisRecord::default()
    };
    WhoisPreview {
        holder: if organisation { "organization" } else { "person" },
        hidden: all.iter().copied().filter(|f| !shown.contains(f)).collect(),
        shown,
        message: whois_sentence(organisation, lang),
        record,
    }
}

// The sentences of the decisions are in src/messages.rs with every other text: a rule's is
// the row of its index (`messages::decision`).

/// The sentence of a decision of the change table (spec §4).
pub(crate) fn rule_sentence(rule: Rule, lang: Lang) -> String {
    messages::decision(rule as usize, lang).to_string()
}

pub(crate) fn alternative_sentence(reason: AlternativeReason, lang: Lang) -> String {
    let id = match reason {
        AlternativeReason::TypoCorrection => Sentence::TypoCorrection,
        AlternativeReason::SameVatNumber => Sentence::SameVatNumber,
        AlternativeReason::LegalFormChange => Sentence::LegalFormChange,
    };
    sentence(id, lang).to_string()
}

/// What the public WHOIS shows (spec §6).
pub(crate) fn whois_sentence(organisation: bool, lang: Lang) -> String {
    sentence(if organisation { Sentence::WhoisOrganisation } else { Sentence::WhoisPerson }, lang).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_has_its_row_of_the_decisions_sentences() {
        assert_eq!(Rule::ALL.len(), messages::DECISIONS);
        for (i, &rule) in Rule::ALL.iter().enumerate() {
            assert_eq!(rule as usize, i, "{rule:?}");
        }
    }

    #[test]
    fn typo_sized_edits() {
        assert!(typo_sized("Brouwerij Het Anker", "Brouwerij Het Ankker"));
        assert!(typo_sized("Jan Peeters", "Jan Peters"));
        assert!(!typo_sized("Jan Peeters", "Piet Janssens"));
        assert!(!typo_sized("Jan", "Jen"), "too short to call it a typo");
        assert!(!typo_sized("Jan Peeters", "jan  peeters"), "no change at all");
        assert_eq!(damerau(&"ab".chars().collect::<Vec<_>>(), &"ba".chars().collect::<Vec<_>>()), 1);
    }

    #[test]
    fn vat_numbers_with_and_without_their_prefix_are_one() {
        assert!(same_number("BE0403170701", "0403170701"));
        assert!(same_number("ATU12345678", "U12345678"));
        assert!(!same_number("BE0403170701", "NL0403170701"));
        assert!(!same_number("BE0403170701", "BE0417497106"));
    }

    #[test]
    fn legal_forms_at_either_end_in_three_languages() {
        let form = |s: &str| legal_form(&fold(s));
        assert_eq!(form("Brouwerij Het Anker N.V."), ("brouwerij het anker".into(), Some("nv".into())));
        assert_eq!(form("BVBA Peeters"), ("peeters".into(), Some("bvba".into())));
        assert_eq!(form("Peeters & Zonen, Comm. VA"), ("peeters & zonen".into(), Some("commva".into())));
        assert_eq!(form("Eupener Brauerei (GmbH)"), ("eupener brauerei".into(), Some("gmbh".into())));
        assert_eq!(form("NV"), ("nv".into(), None), "a form alone is the name");
        assert!(legal_form_change("Brouwerij Het Anker NV", "Brouwerij Het Anker BV"));
        assert!(legal_form_change("Les Amis SPRL", "les amis s.r.l."));
        assert!(legal_form_change("Het Anker", "Het Anker BV"), "a form added");
        assert!(!legal_form_change("Het Anker NV", "NV Het Anker"), "the same form moved");
        assert!(!legal_form_change("Het Ankker NV", "Het Anker BV"), "the name changes too");
        assert!(!legal_form_change("NV", "BV"));
    }
}
