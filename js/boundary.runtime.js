// The handwritten part of js/boundary.js (not a module of its own: the generator puts the
// constants it uses above it, and the packers and readers made from the Rust types below it).
// It decides nothing: which values are wrong, and every message, come from the core; it only
// copies what is there, one string each way (src/boundary/units.rs has the units).

const num = (n) => (n < 0x8000 ? String.fromCharCode(n) : String.fromCharCode(0x8000 + (n >>> 15), n & 0x7fff));
/** The text tag and length of short texts, made once: a keystroke's fields are short. */
const SHORT_TEXT = Array.from({ length: 256 }, (_, n) => String.fromCharCode(T_TEXT, n));
const EXCEPTION = String.fromCharCode(T_OTHER + TYPES.indexOf('exception'));

/**
 * The other tags: booleans, dates (their time), and the type of anything else. Looking at a
 * value can throw (a revoked proxy, a prototype trap): such a value is an object that is no date.
 */
function other(v) {
  if (v === true) return String.fromCharCode(T_TRUE);
  if (v === false) return String.fromCharCode(T_FALSE);
  const t = v === null ? 'null' : typeof v;
  if (t !== 'object') return String.fromCharCode(T_OTHER + TYPES.indexOf(t));
  try {
    if (Array.isArray(v)) return String.fromCharCode(T_OTHER + TYPES.indexOf('array'));
    if (v instanceof Date) {
      const ms = v.getTime();
      const text = Number.isFinite(ms) ? String(ms) : '';
      return String.fromCharCode(T_DATE) + num(text.length) + text;
    }
  } catch {
    // An object all the same.
  }
  return String.fromCharCode(T_OTHER + TYPES.indexOf('object'));
}

/** A value that is text, or of another type (nested lists and objects are not read). */
function leaf(v) {
  if (typeof v === 'string') {
    if (v.length < 256) return SHORT_TEXT[v.length] + v;
    return v.length > MAX_INSPECTED ? String.fromCharCode(T_OVERSIZED) : String.fromCharCode(T_TEXT) + num(v.length) + v;
  }
  return v === undefined ? String.fromCharCode(T_MISSING) : other(v);
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
  let out = String.fromCharCode(T_LIST) + num(n);
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
  if (isArray(obj)) return String.fromCharCode(T_OTHER + TYPES.indexOf('array'));
  let out = String.fromCharCode(T_RECORD) + num(keys.length);
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
 * An audit batch: an array of records of `keys`, of any length (each item read by `record`), or
 * the tag of whatever else it is.
 */
function batch(list, keys) {
  if (!isArray(list)) return leaf(list);
  let n = 0;
  try {
    n = list.length >>> 0;
  } catch {
    // No records.
  }
  let out = String.fromCharCode(T_BATCH) + num(n);
  for (let i = 0; i < n; i++) {
    let item;
    try {
      item = list[i];
    } catch {
      out += EXCEPTION;
      continue;
    }
    out += record(item, keys);
  }
  return out;
}

/** A string copied whole, whatever its length (an audit's state), or the tag of anything else. */
const longText = (v) => (typeof v === 'string' ? String.fromCharCode(T_LONG_TEXT) + num(v.length) + v : leaf(v));

/** A name server: a host name, or `{ host, ips }` with `ips` one address or a list. */
const nameserver = (ns) => (typeof ns === 'object' && ns !== null && !isArray(ns) ? record(ns, NAMESERVER) : leaf(ns));

/**
 * The enumerable own keys of `obj` that are not in `known` (a record's keys): misspelt registrant
 * fields, unknown options. The core decides what they are worth (a warning, a `TypeError`).
 */
function unknownKeys(obj, known) {
  let keys;
  try {
    if (typeof obj !== 'object' || obj === null || isArray(obj)) return String.fromCharCode(T_MISSING);
    keys = Object.keys(obj);
  } catch {
    return String.fromCharCode(T_MISSING);
  }
  let out = '';
  let n = 0;
  for (let i = 0; i < keys.length && i < UNKNOWN_KEYS_SCANNED && n < UNKNOWN_KEYS_REPORTED; i++) {
    if (known.has(keys[i])) continue;
    out += leaf(keys[i].slice(0, UNKNOWN_KEY_UNITS));
    n++;
  }
  return String.fromCharCode(T_LIST) + num(n) + out;
}

/** Reads an answer of the core (src/boundary/answer.rs): tagged values, struct fields in order. */
class Reader {
  constructor(s) {
    this.s = s;
    this.i = 0;
  }
  /** A number after its tag. */
  number() {
    this.i++;
    return this.n();
  }
  n() {
    const c = this.s.charCodeAt(this.i++);
    return c < 0x8000 ? c : ((c - 0x8000) << 15) | this.s.charCodeAt(this.i++);
  }
  /** A text after its tag. */
  text() {
    this.i++;
    const n = this.n();
    const start = this.i;
    this.i += n;
    return this.s.slice(start, this.i);
  }
  bool() {
    return this.s.charCodeAt(this.i++) === A_TRUE;
  }
  /** The start of a struct. */
  struct() {
    this.i++;
  }
  /** `false` (and the mark passed) for a field serde skipped. */
  has() {
    if (this.s.charCodeAt(this.i) !== A_ABSENT) return true;
    this.i++;
    return false;
  }
  /** `true` (and the mark passed) for `null`. */
  isNull() {
    if (this.s.charCodeAt(this.i) !== A_NULL) return false;
    this.i++;
    return true;
  }
  /** A list whose items `read` reads. */
  list(read) {
    this.i++;
    const out = [];
    for (let k = this.n(); k > 0; k--) out.push(read(this));
    return out;
  }
  /** A list of texts. */
  texts() {
    this.i++;
    const out = [];
    for (let k = this.n(); k > 0; k--) out.push(this.text());
    return out;
  }
  /** A plain value of any kind (lists of them included): what no generated reader needs to name. */
  any() {
    switch (this.s.charCodeAt(this.i)) {
      case A_NULL:
        this.i++;
        return null;
      case A_FALSE:
      case A_TRUE:
        return this.bool();
      case A_NUMBER:
        return this.number();
      case A_TEXT:
        return this.text();
      case A_LIST: {
        this.i++;
        const out = [];
        for (let k = this.n(); k > 0; k--) out.push(this.any());
        return out;
      }
      default:
        throw new TypeError('dotbe-rules: malformed answer');
    }
  }
}
