// The JS end of the wire (src/wire.rs has the format): JS values flattened into one string for
// the core, and the core's answer read back into plain objects. It decides nothing — which
// values are wrong, and every message, come from the core — it only copies what is there:
// one string each way instead of a boundary crossing per key and a JSON.parse per result.

/** Strings longer than this (UTF-16 units) are not copied into wasm (input::MAX_INSPECTED_UTF16). */
const MAX_INSPECTED = 4096;
/** Items of a list or keys listed at most (the core reads fewer). */
const MAX_ITEMS = 32;
/** `typeof` names, `null` and arrays told apart; `exception`: reading the value threw. Order of src/wire.rs TYPES. */
const TYPES = ['null', 'undefined', 'string', 'boolean', 'number', 'bigint', 'symbol', 'function', 'array', 'object', 'exception'];
const EXCEPTION = String.fromCharCode(5 + 10);

const FIELDS = ['name', 'organization', 'street', 'city', 'postalCode', 'country', 'email', 'phone', 'fax', 'vat', 'language'];
const KNOWN = new Set(FIELDS);
// Keys of the records each call reads, in the order src/wire.rs reads them.
const REGISTRANT_OPTIONS = ['lang', 'domain', 'only'];
const LANG_ONLY = ['lang'];
const AUTH_CODE_OPTIONS = ['lang', 'kind', 'issuedAt', 'now'];
const CHANGE_CONTEXT = ['lang', 'revokeProcedure', 'monitoredUpdateApproved'];
const TRANSFER = ['type', 'authCode', 'authCodeIssuedAt', 'now', 'statuses', 'revokeProcedure', 'quarantine', 'nameservers', 'nameserverGroup', 'registrantChange', 'heldByRegistry'];
const NAMESERVERS = ['domain', 'group', 'nameservers'];
const NAMESERVER = ['host', 'ips'];

const num = (n) => (n < 0x8000 ? String.fromCharCode(n) : String.fromCharCode(0x8000 + (n >>> 15), n & 0x7fff));
/** The text tag and length of short texts, made once: a keystroke's fields are short. */
const TEXT = Array.from({ length: 256 }, (_, n) => '\x01' + String.fromCharCode(n));

/**
 * The other tags: booleans, dates (their time), and the type of anything else. Looking at a
 * value can throw (a revoked proxy, a prototype trap): such a value is an object that is no date.
 */
function other(v) {
  if (v === null) return '\x05';
  if (v === true) return '\x11';
  if (v === false) return '\x10';
  const t = typeof v;
  if (t !== 'object') return String.fromCharCode(5 + TYPES.indexOf(t));
  try {
    if (Array.isArray(v)) return '\x0d';
    if (v instanceof Date) {
      const ms = v.getTime();
      const text = Number.isFinite(ms) ? String(ms) : '';
      return '\x12' + num(text.length) + text;
    }
  } catch {
    // An object all the same.
  }
  return '\x0e';
}

/** A value that is text, or of another type (nested lists and objects are not read). */
function leaf(v) {
  if (typeof v === 'string') {
    if (v.length < 256) return TEXT[v.length] + v;
    return v.length > MAX_INSPECTED ? '\x02' : '\x01' + num(v.length) + v;
  }
  return v === undefined ? '\x00' : other(v);
}

/** `true` for an array (`Array.isArray` throws for a revoked proxy: not an array we can read). */
function isArray(v) {
  try {
    return Array.isArray(v);
  } catch {
    return false;
  }
}

/**
 * A list whose items are read by `read` (`leaf` by default), or any other value as a leaf. An
 * item whose getter throws is `exception`; a list whose length cannot be read has no items.
 */
function value(v, read = leaf) {
  if (typeof v !== 'object' || v === null || !isArray(v)) return leaf(v);
  let n = 0;
  try {
    n = Math.min(v.length >>> 0, MAX_ITEMS);
  } catch {
    // No items.
  }
  let out = '\x03' + num(n);
  for (let i = 0; i < n; i++) {
    let item;
    try {
      item = v[i];
    } catch {
      out += EXCEPTION;
      continue;
    }
    out += read(item);
  }
  return out;
}

/** `value` with its default reader (for `record`, which also passes the key's index). */
const anyValue = (v) => value(v);

/**
 * An object's values for `keys` (each read by `read`), or the tag of whatever else it is. A
 * getter that throws is `exception` for its key (and only then).
 */
function record(obj, keys, read = anyValue) {
  if (typeof obj !== 'object' || obj === null) return leaf(obj);
  if (isArray(obj)) return '\x0d';
  let out = '\x04' + num(keys.length);
  for (let i = 0; i < keys.length; i++) {
    let v;
    try {
      v = obj[keys[i]];
    } catch {
      out += EXCEPTION;
      continue;
    }
    out += read(v, i);
  }
  return out;
}

/**
 * A registrant object: its fields in the order of FIELDS (src/wire.rs reads them by
 * `Field as usize`), or the tag of whatever else it is.
 */
const form = (o) => record(o, FIELDS);

/** A name server: a host name, or `{ host, ips }` with `ips` one address or a list. */
const nameserver = (ns) => (typeof ns === 'object' && ns !== null && !isArray(ns) ? record(ns, NAMESERVER) : leaf(ns));
/** `validateNameservers`' input: `nameservers` is a list of name servers. */
const nameserversInput = (v, i) => (i === 2 ? value(v, nameserver) : value(v));

export const packAuthCode = (code, options) => leaf(code) + record(options, AUTH_CODE_OPTIONS);
export const packDomainName = (name, options) => leaf(name) + record(options, LANG_ONLY);
export const packNameservers = (input, options) => record(input, NAMESERVERS, nameserversInput) + record(options, LANG_ONLY);
export const packChange = (current, proposed, context) => form(current) + form(proposed) + record(context, CHANGE_CONTEXT);
export const packTransfer = (request, options) => record(request, TRANSFER) + record(options, LANG_ONLY);
export const packWhois = (registrant, options) => form(registrant) + record(options, LANG_ONLY);

/** The enumerable own keys of `obj` that are no registrant field (misspelt ones, most likely). */
function unknownKeys(obj) {
  let keys;
  try {
    if (typeof obj !== 'object' || obj === null || isArray(obj)) return '\x00';
    keys = Object.keys(obj);
  } catch {
    return '\x00';
  }
  let out = '';
  let n = 0;
  for (let i = 0; i < keys.length && i < 64 && n < 8; i++) {
    if (KNOWN.has(keys[i])) continue;
    // At most 64 characters of a key are reported; 130 units always hold them.
    out += leaf(keys[i].slice(0, 130));
    n++;
  }
  return '\x03' + num(n) + out;
}

/** `validateRegistrant(input, options)` for the core (src/wire.rs, `registrant::request`). */
export function packRegistrant(input, options) {
  return record(options, REGISTRANT_OPTIONS) + form(input) + unknownKeys(input);
}

const SEVERITY = ['error', 'warning'];
const RISK = ['rejection', 'revoke', 'bounce'];
const PARAMS = ['count', 'min', 'max', 'found', 'expected', 'date', 'example', 'country', 'vatCountry', 'prefix', 'lengths', 'domain', 'field'];

/** Reads the core's answer: numbers and texts in the order src/wire.rs writes them. */
class Reader {
  constructor(s) {
    this.s = s;
    this.i = 0;
  }
  number() {
    const c = this.s.charCodeAt(this.i++);
    return c < 0x8000 ? c : ((c - 0x8000) << 15) | this.s.charCodeAt(this.i++);
  }
  text() {
    const n = this.number();
    const start = this.i;
    this.i += n;
    return this.s.slice(start, this.i);
  }
  texts() {
    const n = this.number();
    const out = [];
    for (let k = 0; k < n; k++) out.push(this.text());
    return out;
  }
  issues() {
    const n = this.number();
    const out = [];
    for (let k = 0; k < n; k++) out.push(this.issue());
    return out;
  }
  issue() {
    const segments = this.number();
    const path = [];
    for (let k = 0; k < segments; k++) path.push(this.number() === 0 ? this.text() : this.number());
    const issue = { path, code: this.text(), severity: SEVERITY[this.number()], risk: RISK[this.number()], message: this.text() };
    if (this.number() === 1) issue.suggestion = this.text();
    if (this.number() === 1) {
      const position = this.number();
      const char = this.text();
      const start = this.number();
      issue.at = { position, char, start, end: this.number() };
    }
    const params = this.number();
    if (params > 0) {
      const p = {};
      for (let k = 0; k < params; k++) {
        const key = this.number();
        if (key < 3) p[PARAMS[key]] = this.number();
        else if (key === 10) {
          const ranges = [];
          for (let r = this.number(); r > 0; r--) ranges.push([this.number(), this.number()]);
          p.lengths = ranges;
        } else p[PARAMS[key]] = this.text();
      }
      issue.params = p;
    }
    return issue;
  }
}

/** The core's `RegistrantReport` (src/wire.rs, `registrant::write`). */
export function unpackRegistrant(s) {
  const r = new Reader(s);
  const valid = r.number() === 1;
  const value = {
    name: r.text(),
    organization: r.text(),
    street: r.texts(),
    city: r.text(),
    postalCode: r.text(),
    country: r.text(),
    email: r.text(),
    phone: r.text(),
    fax: r.text(),
    vat: r.text(),
    language: r.text(),
  };
  return { valid, value, issues: r.issues() };
}
