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
const REGISTRANT_OPTIONS = ['lang', 'domain', 'only'];

const num = (n) => (n < 0x8000 ? String.fromCharCode(n) : String.fromCharCode(0x8000 + (n >>> 15), n & 0x7fff));

/** The other type tags. */
function other(v) {
  if (v === null) return '\x05';
  const t = typeof v;
  if (t === 'object') return Array.isArray(v) ? '\x0d' : '\x0e';
  return String.fromCharCode(5 + TYPES.indexOf(t));
}

/** A value that is text, or of another type (nested lists and objects are not read). */
function leaf(v) {
  if (typeof v === 'string') return v.length > MAX_INSPECTED ? '\x02' : '\x01' + num(v.length) + v;
  if (v === undefined) return '\x00';
  try {
    return other(v);
  } catch {
    return EXCEPTION; // Array.isArray on a revoked proxy
  }
}

/** A value that may be a list of leaves. */
function value(v) {
  if (typeof v === 'string' || v === undefined) return leaf(v);
  try {
    if (!Array.isArray(v)) return other(v);
    const n = Math.min(v.length >>> 0, MAX_ITEMS);
    let out = '\x03' + num(n);
    for (let i = 0; i < n; i++) out += leaf(v[i]);
    return out;
  } catch {
    return EXCEPTION;
  }
}

/** An object's values for `keys`, or the tag of whatever else it is. */
function record(obj, keys) {
  if (typeof obj !== 'object' || obj === null) return leaf(obj);
  try {
    if (Array.isArray(obj)) return '\x0d';
  } catch {
    return EXCEPTION;
  }
  let out = '\x04' + num(keys.length);
  for (let i = 0; i < keys.length; i++) {
    let v;
    try {
      v = obj[keys[i]];
    } catch {
      out += EXCEPTION;
      continue;
    }
    out += value(v);
  }
  return out;
}

/** The enumerable own keys of `obj` that are no registrant field (misspelt ones, most likely). */
function unknownKeys(obj) {
  let keys;
  try {
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return '\x00';
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
  return record(options, REGISTRANT_OPTIONS) + record(input, FIELDS) + unknownKeys(input);
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
