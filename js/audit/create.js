// createAudit: the core's streaming audit (src/audit.rs, spec §7) over a wasm instance, through
// the generated boundary (js/boundary.js: auditStart, auditAdd, auditState, auditMerge,
// auditFinish). Contacts go in batches (one boundary call per batch); the report comes at the end.
import * as boundary from '../boundary.js';

let audits = 0;

const FIELDS = ['name', 'organization', 'city', 'postalCode', 'country', 'email', 'phone', 'fax', 'vat', 'language'];
const text = (v) => (typeof v === 'number' || typeof v === 'bigint' ? String(v) : v === null ? undefined : v);

/**
 * `domains` as the core takes it: a count (digits) and some names. Names may come as a list, or
 * as one text separated by spaces, commas or semicolons; a number (or digits) is a count.
 */
function domainsOf(v) {
  if (v === undefined || v === null || v === '') return [undefined, undefined];
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? [String(v), undefined] : [undefined, undefined];
  const names = Array.isArray(v) ? v.filter((n) => typeof n === 'string' && n !== '') : String(v).split(/[\s,;]+/).filter(Boolean);
  if (!Array.isArray(v) && names.length === 1 && /^\d+$/.test(names[0])) return [names[0], undefined];
  return [String(names.length), names.slice(0, 10).join(' ')];
}

/** A contact as the boundary's audit record (numbers as text; see src/boundary/shape.rs). */
function auditRecord(c) {
  const [domains, names] = domainsOf(c.domains);
  const r = { domains, names, id: c.id === undefined || c.id === null ? undefined : String(c.id), line: c.line === undefined ? undefined : String(c.line), mail: c.mail };
  for (const f of FIELDS) r[f] = text(c[f]);
  r.street = Array.isArray(c.street) ? c.street.map(text) : text(c.street);
  return r;
}

/** The core's report as the package documents it: per-100,000 figures as numbers, counts by key. */
function publicReport(r) {
  const risk = ({ contacts, domains, per100kTenths }) => ({ contacts, domains, per100k: per100kTenths / 10 });
  return {
    contacts: r.contacts,
    domains: r.domains,
    domainsAssumed: r.domainsAssumed,
    valid: r.valid,
    atRisk: r.atRisk,
    fixable: r.fixable,
    byRisk: { rejection: risk(r.byRisk.rejection), revoke: risk(r.byRisk.revoke), bounce: risk(r.byRisk.bounce) },
    byCode: Object.fromEntries(r.byCode.map((c) => [c.code, c.contacts])),
    codes: r.byCode,
    byField: Object.fromEntries(r.byField.map((f) => [f.field, f.contacts])),
    fields: r.byField,
    sharedEmails: r.sharedEmails,
    sharedEmailsExact: r.sharedEmailsExact,
    fixFirst: r.fixFirst,
  };
}

/**
 * A new audit over the glue `w`. `options`: `lang` (the report's messages), `fixFirst` (how many
 * contacts the fix-first list holds, 0–1000, default 100).
 */
export function auditOver(w, options = {}) {
  const id = `audit-${++audits}`;
  const fixFirst = options.fixFirst === undefined ? undefined : String(options.fixFirst);
  boundary.auditStart(w, id, { lang: options.lang, fixFirst });
  let open = true;
  const need = () => {
    if (!open) throw new Error('dotbe-rules: this audit has ended (report() or state() was called)');
  };
  return {
    /** Audits a batch of contacts; answers `{ contacts, valid, fixes: [{ index, changes }] }`. */
    add(contacts) {
      need();
      return boundary.auditAdd(w, id, contacts.map(auditRecord));
    },
    /** Ends the audit and answers its state, for `merge` in another instance (a worker's part). */
    state() {
      need();
      open = false;
      return boundary.auditState(w, id);
    },
    /** Adds the part of another audit of the same export (its `state()`). */
    merge(state) {
      need();
      boundary.auditMerge(w, id, state);
    },
    /** Ends the audit and answers the report. */
    report() {
      need();
      open = false;
      return publicReport(boundary.auditFinish(w, id));
    },
  };
}
