//! The portfolio audit — spec §7: the registrant rules (spec §1) over a whole export of existing
//! contacts, in the registry's own units. DNS Belgium scores a registrar on revokes counted per
//! 100,000 domains and on registrant e-mails that bounce; a contact's problems therefore count
//! once for every domain it holds, and one dead address shared by many contacts bounces for all
//! of their domains.
//!
//! Streaming: [`Audit::add`] takes one record at a time and [`Audit::report`] gives the report at
//! the end. What the audit keeps is bounded by the report, not by the number of records: counts
//! by risk, code and field, a fixed-size list of the contacts to fix first, and a fixed-size
//! summary of the shared invalid addresses ([`SharedEmails`]). Audits of parts of one export (one
//! per thread) combine with [`Audit::merge`], or across wasm instances through
//! [`Audit::export_state`] and [`Audit::import_state`]; the merged report is the one a single
//! audit of the whole export gives.

use std::cmp::Ordering;

use serde::Serialize;

use crate::digits::push_number;
use crate::input::Input;
use crate::issue::{Code, Issue, Params, PathSegment, Risk, Severity};
use crate::lang::Lang;
use crate::messages;
use crate::registrant::{validate_registrant, Field, Registrant, RegistrantInput, RegistrantOptions, Street};

/// Contacts to fix first, by default and at most.
pub const DEFAULT_FIX_FIRST: usize = 100;
pub const MAX_FIX_FIRST: usize = 1000;
/// Domain names of a contact kept for the report (its count is always exact).
pub const NAMES_KEPT: usize = 10;
/// Addresses the shared-e-mail summary tracks at once, and how many shared ones are reported.
pub const SHARED_EMAIL_SLOTS: usize = 4096;
pub const SHARED_EMAILS_REPORTED: usize = 50;

/// What the DNS says about a contact's e-mail domain, when the caller asked it (the npm CLI's
/// `--mx`; the core does no I/O). `Unknown`: not asked, or no answer in time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MailDomain {
    #[default]
    Unknown,
    /// MX records, or an address record as mail's fallback (RFC 5321 §5.1).
    Accepts,
    /// NXDOMAIN: the domain does not exist.
    NotFound,
    /// A null MX (RFC 7505): the domain says it takes no mail.
    NullMx,
    /// Neither MX nor A/AAAA records.
    NoAddress,
}

impl MailDomain {
    /// The verdict's name as the JS side sends it (`ok`, `nxdomain`, `null-mx`, `no-address`).
    pub fn from_name(name: &str) -> MailDomain {
        match name {
            "ok" => MailDomain::Accepts,
            "nxdomain" => MailDomain::NotFound,
            "null-mx" => MailDomain::NullMx,
            "no-address" => MailDomain::NoAddress,
            _ => MailDomain::Unknown,
        }
    }

    const ALL: [MailDomain; 5] = [MailDomain::Unknown, MailDomain::Accepts, MailDomain::NotFound, MailDomain::NullMx, MailDomain::NoAddress];
}

/// One contact of the export: the registrant's fields, the .be domains it holds, and where it
/// came from.
#[derive(Clone, Debug, Default)]
pub struct AuditRecord<'a> {
    pub registrant: RegistrantInput<'a>,
    /// How many domains the contact holds. **Decision**: a record that does not say counts as
    /// holding one (it is in the export because it holds something); the report says how many
    /// did not ([`AuditReport::domains_assumed`]).
    pub domains: Option<u32>,
    /// Some of the domain names, for the report (at most [`NAMES_KEPT`] are kept).
    pub names: Vec<&'a str>,
    /// The caller's own key for the contact.
    pub id: Option<&'a str>,
    /// The record's (first) line in the input, 1-based; orders ties in the fix-first list.
    pub line: u64,
    pub mail: MailDomain,
}

#[derive(Clone, Debug)]
pub struct AuditOptions {
    pub lang: Lang,
    /// How many contacts the fix-first list holds (at most [`MAX_FIX_FIRST`]).
    pub fix_first: usize,
}

impl Default for AuditOptions {
    fn default() -> Self {
        AuditOptions { lang: Lang::En, fix_first: DEFAULT_FIX_FIRST }
    }
}

/// One value a fix changes: the field (and street line, when the street came as lines), as it
/// was and as the fix has it — the suggestion of an issue, as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    pub field: &'static str,
    pub line: Option<u32>,
    pub from: String,
    pub to: String,
}

/// A contact with its issues' suggestions applied, checked again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fixed {
    pub valid: bool,
    pub value: Registrant,
    /// What is still wrong after the fix.
    pub issues: Vec<Issue>,
    pub changes: Vec<Change>,
}

/// The registry's units for one risk.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RiskFigures {
    pub contacts: u64,
    pub domains: u64,
    /// Domains at risk per 100,000 domains of the portfolio, in tenths (rounded half up): an
    /// integer, as the JS boundary carries no fractions. `per100k()` gives the number.
    pub per100k_tenths: u64,
}

impl RiskFigures {
    pub fn per100k(&self) -> f64 {
        self.per100k_tenths as f64 / 10.0
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ByRisk {
    pub rejection: RiskFigures,
    pub revoke: RiskFigures,
    pub bounce: RiskFigures,
}

/// Contacts (and their domains) with an issue of one code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CodeCount {
    pub code: Code,
    pub severity: Severity,
    pub risk: Risk,
    pub contacts: u64,
    pub domains: u64,
}

/// Contacts (and their domains) with an issue in one field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldCount {
    pub field: &'static str,
    pub contacts: u64,
    pub domains: u64,
}

/// An invalid address several contacts share: one bounce for all of their domains.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SharedEmail {
    pub email: String,
    pub contacts: u64,
    pub domains: u64,
}

/// A contact to fix first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FixFirst {
    pub line: u64,
    pub id: Option<String>,
    pub domains: u64,
    pub names: Vec<String>,
    pub issues: Vec<Issue>,
    /// The contact with the suggestions applied, when any issue has one.
    pub fixed: Option<Fixed>,
}

/// The report of an audit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditReport {
    pub contacts: u64,
    pub domains: u64,
    /// Contacts that said nothing of their domains, counted as holding one each.
    pub domains_assumed: u64,
    /// Contacts without an error.
    pub valid: u64,
    /// Contacts at risk of anything (see [`puts_at_risk`]) and, of them, those a fix makes valid.
    pub at_risk: u64,
    pub fixable: u64,
    pub by_risk: ByRisk,
    /// Every code found, most contacts first.
    pub by_code: Vec<CodeCount>,
    /// Every field with an issue, most contacts first.
    pub by_field: Vec<FieldCount>,
    /// Invalid addresses held by two or more contacts, most domains first (at most
    /// [`SHARED_EMAILS_REPORTED`]).
    pub shared_emails: Vec<SharedEmail>,
    /// `false` once the shared-e-mail summary had to forget addresses: its counts are then lower
    /// bounds (see [`SharedEmails`]).
    pub shared_emails_exact: bool,
    /// The contacts that put the most domains at risk, most first.
    pub fix_first: Vec<FixFirst>,
}

/// **Decision**: which issues put a contact's domains at risk in the report. Every error of the
/// risk; of the warnings, those that predict a revoke or a bounce (placeholder data, a pending VAT
/// number, a likely e-mail typo) — warnings of risk `rejection` are advice (a name longer than
/// old guidance), which the registry accepts, and count only in `byCode`.
pub fn puts_at_risk(issue: &Issue) -> bool {
    issue.severity == Severity::Error || issue.risk != Risk::Rejection
}


/// The audit's checks of one contact: spec §1's, then the bounce predictors of spec §7.
fn check(input: &RegistrantInput<'_>, mail: MailDomain, lang: Lang) -> (bool, Registrant, Vec<Issue>) {
    let report = validate_registrant(input, &RegistrantOptions { lang, ..RegistrantOptions::default() });
    let (mut valid, value, mut issues) = (report.valid, report.value, report.issues);
    let email_key = PathSegment::Key(Field::Email.key());
    if !issues.iter().any(|i| i.path.first() == Some(&email_key)) {
        if let Some((_, domain)) = value.email.rsplit_once('@') {
            // Reserved and special-use names are the registrant check's (`email_domain_reserved`).
            let code = match mail {
                MailDomain::NotFound => Some(Code::EmailDomainNotFound),
                MailDomain::NullMx | MailDomain::NoAddress => Some(Code::EmailDomainNoMail),
                MailDomain::Unknown | MailDomain::Accepts => None,
            };
            if let Some(code) = code {
                let params = Params { domain: Some(domain.to_string()), ..Params::default() };
                let mut extra = vec![Issue::new(code).path(&[email_key]).params(params)];
                valid &= messages::finish(&mut extra, lang);
                issues.extend(extra);
            }
        }
    }
    (valid, value, issues)
}

/// A field's text as given, for a change's `from`.
fn text_of(input: Input<'_>) -> &str {
    if let Input::Text(s) = input {
        s
    } else {
        ""
    }
}

/// The byte ranges of the lines of a street given as one text, split as the registrant check
/// splits it (at every `\n` and `\r`).
fn line_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' || b == b'\r' {
            spans.push((start, i));
            start = i + 1;
        }
    }
    spans.push((start, text.len()));
    spans
}

/// The changes the issues' suggestions make: the first suggestion for each field (or street line).
fn changes(input: &RegistrantInput<'_>, issues: &[Issue]) -> Vec<Change> {
    let mut out: Vec<Change> = Vec::new();
    for issue in issues {
        let (Some(to), Some(PathSegment::Key(key))) = (&issue.suggestion, issue.path.first()) else { continue };
        let Some(field) = Field::from_key(key) else { continue };
        let line = match issue.path.get(1) {
            Some(PathSegment::Index(i)) => Some(*i),
            _ => None,
        };
        let change = match (field, &input.street, line) {
            (Field::Street, Street::Lines(lines), Some(i)) => Change { field: field.key(), line: Some(i as u32), from: lines.get(i).map_or("", |l| text_of(*l)).to_string(), to: to.clone() },
            // One text: the whole street with that line replaced, its line breaks kept.
            (Field::Street, Street::Text(text), Some(i)) => {
                let text = text_of(*text);
                let Some(&(a, b)) = line_spans(text).get(i) else { continue };
                Change { field: field.key(), line: None, from: text.to_string(), to: [&text[..a], to, &text[b..]].concat() }
            }
            (Field::Street, _, _) => continue,
            (field, _, _) => Change { field: field.key(), line: None, from: text_of(input.get(field)).to_string(), to: to.clone() },
        };
        if change.from != change.to && !out.iter().any(|c| c.field == change.field && (c.line == change.line || c.line.is_none() || change.line.is_none())) {
            out.push(change);
        }
    }
    out
}

/// The contact with `changes` applied, checked again.
fn fixed(input: &RegistrantInput<'_>, mail: MailDomain, changes: Vec<Change>, lang: Lang) -> Fixed {
    let mut form = input.clone();
    let mut lines: Vec<Input<'_>> = match &input.street {
        Street::Lines(l) => l.clone(),
        Street::Text(_) => Vec::new(),
    };
    for c in &changes {
        let to = Input::Text(c.to.as_str());
        match (Field::from_key(c.field), c.line) {
            (Some(Field::Street), Some(i)) => {
                if let Some(slot) = lines.get_mut(i as usize) {
                    *slot = to;
                }
            }
            (Some(Field::Street), None) => form.street = Street::Text(to),
            (Some(Field::Name), _) => form.name = to,
            (Some(Field::Organization), _) => form.organization = to,
            (Some(Field::City), _) => form.city = to,
            (Some(Field::PostalCode), _) => form.postal_code = to,
            (Some(Field::Country), _) => form.country = to,
            (Some(Field::Email), _) => form.email = to,
            (Some(Field::Phone), _) => form.phone = to,
            (Some(Field::Fax), _) => form.fax = to,
            (Some(Field::Vat), _) => form.vat = to,
            (Some(Field::Language), _) => form.language = to,
            (None, _) => {}
        }
    }
    if let Street::Lines(_) = input.street {
        form.street = Street::Lines(lines);
    }
    // The DNS verdict was about the old address.
    let mail = if changes.iter().any(|c| c.field == Field::Email.key()) { MailDomain::Unknown } else { mail };
    let (valid, value, issues) = check(&form, mail, lang);
    Fixed { valid, value, issues, changes }
}

/// One contact, checked: its issues and, when a suggestion applies, the fix.
#[derive(Clone, Debug)]
pub struct Checked {
    pub valid: bool,
    pub value: Registrant,
    pub issues: Vec<Issue>,
    pub fixed: Option<Fixed>,
}

/// Checks one contact as the audit does (spec §1 and §7), with its fix.
pub fn check_contact(input: &RegistrantInput<'_>, mail: MailDomain, lang: Lang) -> Checked {
    let (valid, value, issues) = check(input, mail, lang);
    let changes = changes(input, &issues);
    let fixed = (!changes.is_empty()).then(|| self::fixed(input, mail, changes, lang));
    Checked { valid, value, issues, fixed }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Tally {
    contacts: u64,
    domains: u64,
}

impl Tally {
    fn add(&mut self, domains: u64) {
        self.contacts += 1;
        self.domains += domains;
    }

    fn merge(&mut self, other: Tally) {
        self.contacts += other.contacts;
        self.domains += other.domains;
    }
}

/// A field's value as given, owned: a contact kept for the fix-first list.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Owned {
    Missing,
    Text(String),
    WrongType(&'static str),
    Oversized,
}

impl Owned {
    fn of(input: Input<'_>) -> Owned {
        match input {
            Input::Missing => Owned::Missing,
            Input::Text(s) => Owned::Text(s.to_string()),
            Input::WrongType(t) => Owned::WrongType(t),
            Input::Oversized => Owned::Oversized,
        }
    }

    fn input(&self) -> Input<'_> {
        match self {
            Owned::Missing => Input::Missing,
            Owned::Text(s) => Input::Text(s),
            Owned::WrongType(t) => Input::WrongType(t),
            Owned::Oversized => Input::Oversized,
        }
    }
}

/// The order of the fix-first list: the domains a contact puts at risk, then its errors, then
/// the earlier line. Total (lines differ), so that merged audits keep exactly the same contacts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Rank {
    domains: u64,
    errors: u32,
    line: u64,
}

impl Ord for Rank {
    fn cmp(&self, other: &Self) -> Ordering {
        self.domains.cmp(&other.domains).then(self.errors.cmp(&other.errors)).then(other.line.cmp(&self.line))
    }
}

impl PartialOrd for Rank {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A contact kept for the fix-first list, as given (it is checked again for the report, in the
/// report's language).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Kept {
    rank: Rank,
    /// The text fields in [`Field::ALL`]'s order (the street's slot unused).
    fields: Vec<Owned>,
    street: Vec<Owned>,
    street_lines: bool,
    names: Vec<String>,
    id: Option<String>,
    mail: MailDomain,
}

impl Kept {
    fn of(record: &AuditRecord<'_>, rank: Rank) -> Kept {
        let r = &record.registrant;
        let (street, street_lines) = match &r.street {
            Street::Text(t) => (vec![Owned::of(*t)], false),
            Street::Lines(lines) => (lines.iter().map(|l| Owned::of(*l)).collect(), true),
        };
        Kept {
            rank,
            fields: Field::ALL.iter().map(|&f| Owned::of(r.get(f))).collect(),
            street,
            street_lines,
            names: record.names.iter().take(NAMES_KEPT).map(|n| n.to_string()).collect(),
            id: record.id.map(String::from),
            mail: record.mail,
        }
    }

    fn input(&self) -> RegistrantInput<'_> {
        let f = |field: Field| self.fields.get(field as usize).map_or(Input::Missing, Owned::input);
        let street = if self.street_lines { Street::Lines(self.street.iter().map(Owned::input).collect()) } else { Street::Text(self.street.first().map_or(Input::Missing, Owned::input)) };
        RegistrantInput {
            name: f(Field::Name),
            organization: f(Field::Organization),
            street,
            city: f(Field::City),
            postal_code: f(Field::PostalCode),
            country: f(Field::Country),
            email: f(Field::Email),
            phone: f(Field::Phone),
            fax: f(Field::Fax),
            vat: f(Field::Vat),
            language: f(Field::Language),
            unknown: Vec::new(),
        }
    }
}

/// A stable insertion sort: the lists sorted here are short (codes, fields, the fix-first list),
/// and std's sorts cost kilobytes of wasm for each type they sort.
fn sort_by<T>(v: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && before(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// The invalid addresses many contacts share, in bounded memory.
///
/// **Decision**: the Misra–Gries summary of frequent items, with [`SHARED_EMAIL_SLOTS`] slots.
/// Each slot is an address with a weight; an address already there gains 1; a new one takes a
/// free slot; when none is free, every weight drops by 1 and the slots at 0 are freed (the new
/// address, at weight 1, drops too). Memory is the slots (some 4096 addresses of at most 254
/// characters); the work per contact is constant on average (a round of drops costs one pass
/// over the slots and happens at most once per 4097 contacts). What it may miss: while at most
/// 4096 different invalid addresses have been seen (a typical portfolio), nothing — the counts
/// are exact. Past that, an address held by more than 1/4097 of the contacts with an invalid
/// address is always kept, but one held by fewer may be forgotten, and the contacts and domains
/// shown for an address count only those since it last took a slot (lower bounds;
/// `sharedEmailsExact` says which case the report is in). Summaries of two parts merge by adding
/// the weights and dropping the 4097th largest from all (Agarwal et al., "Mergeable summaries").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SharedEmails {
    slots: Vec<(String, Slot)>,
    /// An open-addressing index of `slots` (each entry its position + 1; 0 is free), made when
    /// the first address comes: a std map would cost kilobytes of wasm.
    table: Vec<u32>,
    forgot: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Slot {
    weight: u64,
    tally: Tally,
}

/// FNV-1a: addresses are short and a collision only costs a probe.
fn hash(s: &str) -> usize {
    s.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193)) as usize
}

/// Index entries: room for twice the slots (a merge holds up to that many for a moment), at most
/// half full.
const TABLE: usize = 4 * SHARED_EMAIL_SLOTS;

impl SharedEmails {
    /// The slot of `email`, or the free index entry where it would go.
    fn find(&self, email: &str) -> Result<usize, usize> {
        let mut at = hash(email) & (TABLE - 1);
        loop {
            match self.table[at] {
                0 => return Err(at),
                i if self.slots[i as usize - 1].0 == email => return Ok(i as usize - 1),
                _ => at = (at + 1) & (TABLE - 1),
            }
        }
    }

    fn insert(&mut self, email: &str, slot: Slot) -> Option<usize> {
        if self.table.is_empty() {
            self.table = vec![0; TABLE];
        }
        match self.find(email) {
            Ok(i) => Some(i),
            Err(at) => {
                self.slots.push((email.to_string(), slot));
                self.table[at] = self.slots.len() as u32;
                None
            }
        }
    }

    /// Drops `by` from every weight and frees the slots at 0.
    fn drop_weights(&mut self, by: u64) {
        self.forgot = true;
        self.slots.retain_mut(|(_, s)| {
            s.weight = s.weight.saturating_sub(by);
            s.weight > 0
        });
        self.table.fill(0);
        for i in 0..self.slots.len() {
            if let Err(at) = self.find(&self.slots[i].0) {
                self.table[at] = i as u32 + 1;
            }
        }
    }

    fn add(&mut self, email: &str, domains: u64) {
        let one = Slot { weight: 1, tally: Tally { contacts: 1, domains } };
        if !self.table.is_empty() {
            if let Ok(i) = self.find(email) {
                let s = &mut self.slots[i].1;
                s.weight += 1;
                s.tally.add(domains);
                return;
            }
        }
        if self.slots.len() < SHARED_EMAIL_SLOTS {
            self.insert(email, one);
        } else {
            self.drop_weights(1);
        }
    }

    fn merge(&mut self, other: SharedEmails) {
        self.forgot |= other.forgot;
        for (email, slot) in other.slots {
            if let Some(i) = self.insert(&email, slot) {
                let mine = &mut self.slots[i].1;
                mine.weight += slot.weight;
                mine.tally.merge(slot.tally);
            }
        }
        if self.slots.len() > SHARED_EMAIL_SLOTS {
            let mut weights: Vec<u64> = self.slots.iter().map(|(_, s)| s.weight).collect();
            sort_by(&mut weights, |a, b| a > b);
            self.drop_weights(weights[SHARED_EMAIL_SLOTS]);
        }
    }

    fn shared(&self) -> Vec<SharedEmail> {
        let mut out: Vec<SharedEmail> =
            self.slots.iter().filter(|(_, s)| s.tally.contacts >= 2).map(|(e, s)| SharedEmail { email: e.clone(), contacts: s.tally.contacts, domains: s.tally.domains }).collect();
        sort_by(&mut out, |a, b| (a.domains, a.contacts) > (b.domains, b.contacts) || ((a.domains, a.contacts) == (b.domains, b.contacts) && a.email < b.email));
        out.truncate(SHARED_EMAILS_REPORTED);
        out
    }
}

/// What [`Audit::add`] tells about one record: whether it is valid, and the changes its fix makes.
#[derive(Clone, Debug)]
pub struct Added {
    pub valid: bool,
    pub changes: Vec<Change>,
}

/// An audit under way.
#[derive(Clone, Debug)]
pub struct Audit {
    options: AuditOptions,
    contacts: u64,
    domains: u64,
    domains_assumed: u64,
    valid: u64,
    at_risk: u64,
    fixable: u64,
    risks: [Tally; 3],
    codes: Vec<Tally>,
    fields: [Tally; 11],
    /// The fix-first list (unordered), and its weakest entry once it is full.
    kept: Vec<Kept>,
    weakest: usize,
    emails: SharedEmails,
}

fn risk_index(risk: Risk) -> usize {
    match risk {
        Risk::Rejection => 0,
        Risk::Revoke => 1,
        Risk::Bounce => 2,
    }
}

/// A code's place in [`Code::ALL`], which lists the variants in declaration order.
fn code_index(code: Code) -> usize {
    code as usize
}

fn field_of(issue: &Issue) -> Option<Field> {
    match issue.path.first() {
        Some(PathSegment::Key(k)) => Field::from_key(k),
        _ => None,
    }
}

impl Audit {
    pub fn new(options: AuditOptions) -> Audit {
        let options = AuditOptions { fix_first: options.fix_first.min(MAX_FIX_FIRST), ..options };
        Audit {
            options,
            contacts: 0,
            domains: 0,
            domains_assumed: 0,
            valid: 0,
            at_risk: 0,
            fixable: 0,
            risks: [Tally::default(); 3],
            codes: vec![Tally::default(); Code::ALL.len()],
            fields: [Tally::default(); 11],
            kept: Vec::new(),
            weakest: 0,
            emails: SharedEmails::default(),
        }
    }

    pub fn contacts(&self) -> u64 {
        self.contacts
    }

    /// Audits one record.
    pub fn add(&mut self, record: &AuditRecord<'_>) -> Added {
        let checked = check_contact(&record.registrant, record.mail, self.options.lang);
        let domains = u64::from(record.domains.unwrap_or(1));
        self.contacts += 1;
        self.domains += domains;
        self.domains_assumed += u64::from(record.domains.is_none());
        self.valid += u64::from(checked.valid);

        let mut seen_codes: Vec<Code> = Vec::new();
        let mut seen_fields: u16 = 0;
        let mut risks = [false; 3];
        let mut errors = 0u32;
        let mut bad_email = false;
        for issue in &checked.issues {
            errors += u32::from(issue.is_error());
            if !seen_codes.contains(&issue.code) {
                seen_codes.push(issue.code);
                self.codes[code_index(issue.code)].add(domains);
            }
            let field = field_of(issue);
            if let Some(f) = field {
                if seen_fields & (1 << f as u16) == 0 {
                    seen_fields |= 1 << f as u16;
                    self.fields[f as usize].add(domains);
                }
            }
            if puts_at_risk(issue) {
                risks[risk_index(issue.risk)] = true;
                bad_email |= field == Some(Field::Email) && issue.risk == Risk::Bounce;
            }
        }
        for (tally, at) in self.risks.iter_mut().zip(risks) {
            if at {
                tally.add(domains);
            }
        }
        let at_risk = risks.iter().any(|&r| r);
        let fix_valid = checked.fixed.as_ref().is_some_and(|f| f.valid);
        if at_risk {
            self.at_risk += 1;
            self.fixable += u64::from(fix_valid);
            let rank = Rank { domains, errors, line: record.line };
            self.keep(rank, || Kept::of(record, rank));
        }
        if bad_email && !checked.value.email.is_empty() {
            self.emails.add(&checked.value.email.to_ascii_lowercase(), domains);
        }
        Added { valid: checked.valid, changes: checked.fixed.map(|f| f.changes).unwrap_or_default() }
    }

    /// Keeps a contact for the fix-first list if it ranks among the best `fix_first`.
    fn keep(&mut self, rank: Rank, kept: impl FnOnce() -> Kept) {
        let k = self.options.fix_first;
        if self.kept.len() < k {
            self.kept.push(kept());
        } else if k > 0 && self.kept[self.weakest].rank < rank {
            self.kept[self.weakest] = kept();
        } else {
            return;
        }
        if self.kept.len() == k {
            self.weakest = (0..k).fold(0, |w, i| if self.kept[i].rank < self.kept[w].rank { i } else { w });
        }
    }

    /// Adds the audit of another part of the same export (its records on other lines).
    pub fn merge(&mut self, other: Audit) {
        self.contacts += other.contacts;
        self.domains += other.domains;
        self.domains_assumed += other.domains_assumed;
        self.valid += other.valid;
        self.at_risk += other.at_risk;
        self.fixable += other.fixable;
        for (a, b) in self.risks.iter_mut().zip(other.risks) {
            a.merge(b);
        }
        for (a, b) in self.codes.iter_mut().zip(other.codes) {
            a.merge(b);
        }
        for (a, b) in self.fields.iter_mut().zip(other.fields) {
            a.merge(b);
        }
        for kept in other.kept {
            let rank = kept.rank;
            self.keep(rank, || kept);
        }
        self.emails.merge(other.emails);
    }

    /// The report, in the audit's language.
    pub fn report(&self) -> AuditReport {
        let lang = self.options.lang;
        let figures = |t: Tally| RiskFigures {
            contacts: t.contacts,
            domains: t.domains,
            per100k_tenths: if self.domains == 0 { 0 } else { (t.domains * 1_000_000 + self.domains / 2) / self.domains },
        };
        let mut by_code: Vec<CodeCount> = Code::ALL
            .iter()
            .zip(&self.codes)
            .filter(|(_, t)| t.contacts > 0)
            .map(|(&code, t)| CodeCount { code, severity: code.severity(), risk: code.risk(), contacts: t.contacts, domains: t.domains })
            .collect();
        sort_by(&mut by_code, |a, b| (a.contacts, a.domains) > (b.contacts, b.domains));
        let mut by_field: Vec<FieldCount> =
            Field::ALL.iter().zip(&self.fields).filter(|(_, t)| t.contacts > 0).map(|(f, t)| FieldCount { field: f.key(), contacts: t.contacts, domains: t.domains }).collect();
        sort_by(&mut by_field, |a, b| (a.contacts, a.domains) > (b.contacts, b.domains));
        let mut kept: Vec<&Kept> = self.kept.iter().collect();
        sort_by(&mut kept, |a, b| a.rank > b.rank);
        let fix_first = kept
            .into_iter()
            .map(|k| {
                let checked = check_contact(&k.input(), k.mail, lang);
                FixFirst { line: k.rank.line, id: k.id.clone(), domains: k.rank.domains, names: k.names.clone(), issues: checked.issues, fixed: checked.fixed }
            })
            .collect();
        AuditReport {
            contacts: self.contacts,
            domains: self.domains,
            domains_assumed: self.domains_assumed,
            valid: self.valid,
            at_risk: self.at_risk,
            fixable: self.fixable,
            by_risk: ByRisk { rejection: figures(self.risks[0]), revoke: figures(self.risks[1]), bounce: figures(self.risks[2]) },
            by_code,
            by_field,
            shared_emails: self.emails.shared(),
            shared_emails_exact: !self.emails.forgot,
            fix_first,
        }
    }

    /// The audit's state as text, for [`Audit::import_state`] in another instance of the same
    /// build (the npm CLI's worker threads hand their parts to the main thread this way). Not a
    /// stable format: numbers end with `;`, texts are their byte length, `:` and the bytes.
    pub fn export_state(&self) -> String {
        let mut w = StateWriter(String::with_capacity(1024 + 64 * self.emails.slots.len()));
        w.text(STATE_VERSION);
        w.number(self.options.fix_first as u64);
        w.text(self.options.lang.as_str());
        for n in [self.contacts, self.domains, self.domains_assumed, self.valid, self.at_risk, self.fixable] {
            w.number(n);
        }
        for group in [&self.risks[..], &self.codes[..], &self.fields[..]] {
            w.number(group.len() as u64);
            for t in group {
                w.number(t.contacts);
                w.number(t.domains);
            }
        }
        w.number(self.kept.len() as u64);
        for k in &self.kept {
            for n in [k.rank.domains, u64::from(k.rank.errors), k.rank.line, MailDomain::ALL.iter().position(|&m| m == k.mail).unwrap_or(0) as u64, u64::from(k.street_lines)] {
                w.number(n);
            }
            w.owned_list(&k.fields);
            w.owned_list(&k.street);
            w.number(k.names.len() as u64);
            for n in &k.names {
                w.text(n);
            }
            match &k.id {
                Some(id) => {
                    w.number(1);
                    w.text(id);
                }
                None => w.number(0),
            }
        }
        w.number(u64::from(self.emails.forgot));
        w.number(self.emails.slots.len() as u64);
        for (email, slot) in &self.emails.slots {
            w.text(email);
            w.number(slot.weight);
            w.number(slot.tally.contacts);
            w.number(slot.tally.domains);
        }
        w.0
    }

    /// An audit from [`Audit::export_state`]'s text; `None` if it is not one of this build.
    pub fn import_state(state: &str) -> Option<Audit> {
        let mut r = StateReader(state);
        if r.text()? != STATE_VERSION {
            return None;
        }
        let fix_first = r.number()? as usize;
        let lang = Lang::from_tag(r.text()?)?;
        let mut audit = Audit::new(AuditOptions { lang, fix_first });
        audit.contacts = r.number()?;
        audit.domains = r.number()?;
        audit.domains_assumed = r.number()?;
        audit.valid = r.number()?;
        audit.at_risk = r.number()?;
        audit.fixable = r.number()?;
        for group in [&mut audit.risks[..], &mut audit.codes[..], &mut audit.fields[..]] {
            if r.number()? != group.len() as u64 {
                return None;
            }
            for t in group.iter_mut() {
                *t = Tally { contacts: r.number()?, domains: r.number()? };
            }
        }
        let kept = r.number()?;
        if kept > MAX_FIX_FIRST as u64 {
            return None;
        }
        for _ in 0..kept {
            let rank = Rank { domains: r.number()?, errors: u32::try_from(r.number()?).ok()?, line: r.number()? };
            let mail = *MailDomain::ALL.get(r.number()? as usize)?;
            let street_lines = r.number()? == 1;
            let fields = r.owned_list()?;
            let street = r.owned_list()?;
            let names = (0..r.number()?.min(NAMES_KEPT as u64)).map(|_| r.text().map(String::from)).collect::<Option<Vec<_>>>()?;
            let id = if r.number()? == 1 { Some(r.text()?.to_string()) } else { None };
            audit.keep(rank, || Kept { rank, fields, street, street_lines, names, id, mail });
        }
        audit.emails.forgot = r.number()? == 1;
        let slots = r.number()?;
        if slots > SHARED_EMAIL_SLOTS as u64 {
            return None;
        }
        for _ in 0..slots {
            let email = r.text()?.to_string();
            let slot = Slot { weight: r.number()?, tally: Tally { contacts: r.number()?, domains: r.number()? } };
            audit.emails.insert(&email, slot);
        }
        r.0.is_empty().then_some(audit)
    }
}

const STATE_VERSION: &str = "dotbe-rules audit 1";
/// Type names a field of another type than text keeps in a state (others read as `object`).
const TYPE_NAMES: [&str; 8] = ["null", "undefined", "boolean", "number", "bigint", "symbol", "function", "array"];

struct StateWriter(String);

impl StateWriter {
    fn number(&mut self, n: u64) {
        push_number(&mut self.0, n);
        self.0.push(';');
    }

    fn text(&mut self, s: &str) {
        push_number(&mut self.0, s.len() as u64);
        self.0.push(':');
        self.0.push_str(s);
    }

    fn owned_list(&mut self, list: &[Owned]) {
        self.number(list.len() as u64);
        for o in list {
            match o {
                Owned::Missing => self.number(0),
                Owned::Text(s) => {
                    self.number(1);
                    self.text(s);
                }
                Owned::WrongType(t) => {
                    self.number(2);
                    self.text(t);
                }
                Owned::Oversized => self.number(3),
            }
        }
    }
}

struct StateReader<'a>(&'a str);

impl<'a> StateReader<'a> {
    fn digits(&mut self, end: u8) -> Option<u64> {
        let i = self.0.bytes().position(|b| b == end).filter(|&i| i > 0 && i < 20)?;
        let n = self.0.as_bytes()[..i].iter().try_fold(0u64, |n, &b| if b.is_ascii_digit() { Some(n * 10 + u64::from(b - b'0')) } else { None })?;
        self.0 = &self.0[i + 1..];
        Some(n)
    }

    fn number(&mut self) -> Option<u64> {
        self.digits(b';')
    }

    fn text(&mut self) -> Option<&'a str> {
        let len = usize::try_from(self.digits(b':')?).ok()?;
        let text = self.0.get(..len)?;
        self.0 = &self.0[len..];
        Some(text)
    }

    fn owned_list(&mut self) -> Option<Vec<Owned>> {
        let n = self.number()?;
        if n > 16 {
            return None;
        }
        (0..n)
            .map(|_| {
                Some(match self.number()? {
                    0 => Owned::Missing,
                    1 => Owned::Text(self.text()?.to_string()),
                    2 => {
                        let t = self.text()?;
                        Owned::WrongType(TYPE_NAMES.into_iter().find(|&n| n == t).unwrap_or("object"))
                    }
                    3 => Owned::Oversized,
                    _ => return None,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn belgian(email: &'static str) -> RegistrantInput<'static> {
        RegistrantInput {
            name: Input::Text("Jan Peeters"),
            street: Street::Text(Input::Text("Kerkstraat 12")),
            city: Input::Text("Gent"),
            postal_code: Input::Text("9000"),
            country: Input::Text("BE"),
            email: Input::Text(email),
            phone: Input::Text("+32 9 123 45 67"),
            ..Default::default()
        }
    }

    fn record(line: u64, domains: Option<u32>, registrant: RegistrantInput<'static>) -> AuditRecord<'static> {
        AuditRecord { registrant, domains, names: vec!["a.be", "b.be"], id: Some("c1"), line, mail: MailDomain::Unknown }
    }

    /// A small portfolio: one defect per contact, each of a known risk (the comments), 32 domains.
    fn portfolio() -> Vec<AuditRecord<'static>> {
        vec![
            record(2, Some(3), belgian("jan@telenet.be")),                                                   // valid
            record(3, Some(2), RegistrantInput { postal_code: Input::Text("B-9000"), ..belgian("an@telenet.be") }), // rejection
            record(4, Some(5), belgian("piet@gmial.com")),                                                    // bounce (typo, a warning)
            record(5, Some(1), RegistrantInput { organization: Input::Text("Brouwerij Peeters"), vat: Input::Text("PENDING"), ..belgian("info@peeters.be") }), // revoke
            record(6, Some(4), belgian("info@example.com")),                                                  // bounce, shared
            record(7, Some(6), belgian("INFO@example.com")),                                                  // bounce, shared
            record(8, Some(10), RegistrantInput { name: Input::Text(&"Jan Peeters-Vandenbroucke-Van Damme-De Smet-Janssens"), ..belgian("jan@skynet.be") }), // advice only
            record(9, None, belgian("mie@proximus.be")),                                                      // valid, 1 domain assumed
        ]
    }

    fn codes_of(issues: &[Issue]) -> Vec<&'static str> {
        issues.iter().map(|i| i.code.as_str()).collect()
    }

    #[test]
    fn each_contact_of_the_portfolio_has_the_defect_it_was_made_with() {
        let expected: [&[&str]; 8] = [&[], &["postal_code_format"], &["email_typo"], &["vat_pending"], &["email_domain_reserved"], &["email_domain_reserved"], &["longer_than_advised"], &[]];
        for (r, want) in portfolio().iter().zip(expected) {
            let c = check_contact(&r.registrant, r.mail, Lang::En);
            assert_eq!(codes_of(&c.issues), want, "line {}", r.line);
        }
    }

    #[test]
    fn the_report_counts_contacts_and_domains_in_the_registry_s_units() {
        let mut audit = Audit::new(AuditOptions::default());
        for r in portfolio() {
            audit.add(&r);
        }
        let report = audit.report();
        assert_eq!((report.contacts, report.domains, report.domains_assumed), (8, 32, 1));
        assert_eq!((report.valid, report.at_risk, report.fixable), (5, 5, 2));
        // 2, 15 and 1 of 32 domains: 6,250.0, 46,875.0 and 3,125.0 per 100,000.
        assert_eq!(report.by_risk.rejection, RiskFigures { contacts: 1, domains: 2, per100k_tenths: 62_500 });
        assert_eq!(report.by_risk.bounce, RiskFigures { contacts: 3, domains: 15, per100k_tenths: 468_750 });
        assert_eq!(report.by_risk.revoke, RiskFigures { contacts: 1, domains: 1, per100k_tenths: 31_250 });
        assert_eq!(report.by_risk.bounce.per100k(), 46_875.0);
        let by_code: Vec<(&str, u64, u64)> = report.by_code.iter().map(|c| (c.code.as_str(), c.contacts, c.domains)).collect();
        assert_eq!(by_code, [("email_domain_reserved", 2, 10), ("longer_than_advised", 1, 10), ("email_typo", 1, 5), ("postal_code_format", 1, 2), ("vat_pending", 1, 1)]);
        let by_field: Vec<(&str, u64, u64)> = report.by_field.iter().map(|f| (f.field, f.contacts, f.domains)).collect();
        assert_eq!(by_field, [("email", 3, 15), ("name", 1, 10), ("postalCode", 1, 2), ("vat", 1, 1)]);
        assert_eq!(report.shared_emails, [SharedEmail { email: "info@example.com".into(), contacts: 2, domains: 10 }]);
        assert!(report.shared_emails_exact);
        // Most domains at risk first; the advice-only contact is not on the list.
        let order: Vec<(u64, u64)> = report.fix_first.iter().map(|f| (f.line, f.domains)).collect();
        assert_eq!(order, [(7, 6), (4, 5), (6, 4), (3, 2), (5, 1)]);
        let typo = &report.fix_first[1];
        let fixed = typo.fixed.as_ref().expect("a fix for the typo");
        assert!(fixed.valid && fixed.issues.is_empty());
        assert_eq!(fixed.changes, [Change { field: "email", line: None, from: "piet@gmial.com".into(), to: "piet@gmail.com".into() }]);
        assert_eq!(fixed.value.email, "piet@gmail.com");
        assert_eq!(report.fix_first[3].fixed.as_ref().map(|f| (f.valid, f.value.postal_code.as_str())), Some((true, "9000")));
        assert!(report.fix_first[0].fixed.is_none(), "no address to suggest for a reserved domain");
        assert_eq!((typo.id.as_deref(), typo.names.len()), (Some("c1"), 2));
        assert!(report.fix_first[0].issues[0].message.contains("example.com"), "{}", report.fix_first[0].issues[0].message);
    }

    #[test]
    fn per_100k_rounds_half_up_to_a_tenth() {
        let mut audit = Audit::new(AuditOptions::default());
        audit.add(&record(2, Some(1), RegistrantInput { postal_code: Input::Text("900"), ..belgian("a@telenet.be") }));
        audit.add(&record(3, Some(2), belgian("b@telenet.be")));
        // 1 of 3 domains: 33,333.33… → 33,333.3.
        assert_eq!(audit.report().by_risk.rejection.per100k_tenths, 333_333);
        audit.add(&record(4, Some(0), RegistrantInput { postal_code: Input::Text("900"), ..belgian("c@telenet.be") }));
        audit.add(&record(5, Some(0), RegistrantInput { postal_code: Input::Text("900"), ..belgian("d@telenet.be") }));
        let r = audit.report();
        assert_eq!((r.by_risk.rejection.contacts, r.by_risk.rejection.domains), (3, 1), "a contact without domains is counted, its domains are 0");
        let empty = Audit::new(AuditOptions::default()).report();
        assert_eq!((empty.contacts, empty.by_risk.bounce.per100k_tenths), (0, 0));
        let mut two_thirds = Audit::new(AuditOptions::default());
        two_thirds.add(&record(2, Some(2), RegistrantInput { postal_code: Input::Text("900"), ..belgian("a@telenet.be") }));
        two_thirds.add(&record(3, Some(1), belgian("b@telenet.be")));
        // 66,666.67 → 66,666.7.
        assert_eq!(two_thirds.report().by_risk.rejection.per100k_tenths, 666_667);
    }

    #[test]
    fn dns_verdicts_and_reserved_names_predict_bounces() {
        let verdict = |email: &'static str, mail| codes_of(&check_contact(&belgian(email), mail, Lang::Nl).issues);
        assert_eq!(verdict("jan@nergens.be", MailDomain::NotFound), ["email_domain_not_found"]);
        assert_eq!(verdict("jan@nergens.be", MailDomain::NullMx), ["email_domain_no_mail"]);
        assert_eq!(verdict("jan@nergens.be", MailDomain::NoAddress), ["email_domain_no_mail"]);
        assert!(verdict("jan@telenet.be", MailDomain::Accepts).is_empty());
        // A broken address is reported as such, not again by the DNS.
        assert_eq!(verdict("jan@", MailDomain::NotFound), ["email_format"]);
        // A reserved name is the registrant check's issue, not the DNS's.
        assert_eq!(verdict("jan@mail.example.org", MailDomain::NotFound), ["email_domain_reserved"]);
        let m = &check_contact(&belgian("jan@nergens.be"), MailDomain::NotFound, Lang::Nl).issues[0].message;
        assert_eq!(m, "De domeinnaam nergens.be bestaat niet: e-mails naar dit adres komen onbestelbaar terug.");
    }

    #[test]
    fn street_fixes_keep_the_other_lines() {
        let lines = RegistrantInput { street: Street::Lines(vec![Input::Text("Kerkstraat 12"), Input::Text("Bus 3\u{2019}")]), ..belgian("a@telenet.be") };
        let c = check_contact(&lines, MailDomain::Unknown, Lang::En);
        let fixed = c.fixed.expect("a fix");
        assert_eq!(fixed.changes, [Change { field: "street", line: Some(1), from: "Bus 3\u{2019}".into(), to: "Bus 3'".into() }]);
        assert_eq!(fixed.value.street, ["Kerkstraat 12", "Bus 3'"]);
        let text = RegistrantInput { street: Street::Text(Input::Text("Kerkstraat 12\r\nBus 3\u{2019}")), ..belgian("a@telenet.be") };
        let fixed = check_contact(&text, MailDomain::Unknown, Lang::En).fixed.expect("a fix");
        assert_eq!(fixed.changes[0].to, "Kerkstraat 12\r\nBus 3'");
        assert!(fixed.valid);
    }

    #[test]
    fn parts_merged_give_the_report_of_the_whole() {
        let mut whole = Audit::new(AuditOptions { fix_first: 3, ..Default::default() });
        let (mut a, mut b) = (Audit::new(AuditOptions { fix_first: 3, ..Default::default() }), Audit::new(AuditOptions { fix_first: 3, ..Default::default() }));
        for (i, r) in portfolio().iter().enumerate() {
            whole.add(r);
            if i % 2 == 0 { a.add(r) } else { b.add(r) };
        }
        let through_state = Audit::import_state(&b.export_state()).expect("a state of this build");
        a.merge(through_state);
        assert_eq!(a.report(), whole.report());
        assert_eq!(whole.report().fix_first.len(), 3);
        assert!(Audit::import_state("nonsense").is_none());
        let state = whole.export_state();
        assert!(Audit::import_state(&state[..state.len() - 1]).is_none(), "a cut state is refused");
    }

    #[test]
    fn the_shared_email_summary_is_exact_until_full_then_keeps_the_frequent_ones() {
        let mut s = SharedEmails::default();
        for i in 0..SHARED_EMAIL_SLOTS as u64 - 1 {
            s.add(&format!("x{i}@example.com"), 1);
        }
        for _ in 0..3 {
            s.add("shared@example.com", 2);
        }
        assert!(!s.forgot);
        assert_eq!(s.shared(), [SharedEmail { email: "shared@example.com".into(), contacts: 3, domains: 6 }]);
        // Ten thousand more different addresses, and the shared one among them 200 times.
        for i in 0..10_000u64 {
            s.add(&format!("y{i}@example.com"), 1);
            if i % 50 == 0 {
                s.add("shared@example.com", 2);
            }
        }
        assert!(s.forgot && s.slots.len() <= SHARED_EMAIL_SLOTS);
        let shared = s.shared();
        assert_eq!(shared[0].email, "shared@example.com");
        assert!(shared[0].contacts <= 203 && shared[0].contacts >= 150, "{:?}", shared[0]);
        // Merging: the weights add up.
        let mut t = SharedEmails::default();
        t.add("shared@example.com", 1);
        t.add("shared@example.com", 1);
        let before = shared[0].contacts;
        s.merge(t);
        assert_eq!(s.shared()[0].contacts, before + 2);
    }
}
