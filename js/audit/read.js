// Reading an export as text, before any parser sees it: what the file is (its encoding, or that
// it is no text file at all), and where each record starts and ends — so that every line of the
// file is accounted for, audited or listed as unreadable. The fields themselves are parsed by
// papaparse (rows.js); here a record is only cut out: it ends at the first line break where its
// quotes balance (RFC 4180 §2.6–2.7: a field with a line break is quoted, a quote inside it is
// doubled), and a quote that nothing closes within MAX_RECORD_LINES lines leaves its line alone.

/** Lines one record may span (a street of three lines in one quoted field, and room to spare). */
export const MAX_RECORD_LINES = 8;
/** Longest record (and line), in characters: past it, the line is unreadable (and skipped). */
export const MAX_RECORD_CHARS = 1 << 20;
/** Bytes looked at to tell the encoding. */
export const SNIFF_BYTES = 1 << 20;

/** An input the audit refuses as a whole (not a CSV or JSON Lines file, an encoding it cannot read). */
export class InputError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

const startsWith = (b, bytes) => bytes.every((x, i) => b[i] === x);
const lineAt = (b, offset) => {
  let line = 1;
  for (let i = 0; i < offset && i < b.length; i++) if (b[i] === 10) line++;
  return line;
};

/**
 * What the first bytes of a file say: `{ encoding, bom }` (`bom`: bytes to skip). UTF-8 with or
 * without BOM, UTF-16 with a BOM (Excel's "Unicode text"), or Windows-1252 (ISO-8859-1 read as
 * browsers read it) when the bytes are not UTF-8 and are all defined in Windows-1252. A file that
 * mixes UTF-8 with another encoding, or is a workbook, a PDF or a ZIP, is refused.
 */
export function sniff(b, forced) {
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) throw new InputError('not_text', 'This is a ZIP file (an Excel .xlsx workbook?), not CSV: save it as "CSV UTF-8" first.');
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0])) throw new InputError('not_text', 'This is an old Excel workbook (.xls), not CSV: save it as "CSV UTF-8" first.');
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) throw new InputError('not_text', 'This is a PDF file, not CSV.');
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bom: 3 };
  if (startsWith(b, [0xff, 0xfe])) return { encoding: 'utf-16le', bom: 2 };
  if (startsWith(b, [0xfe, 0xff])) return { encoding: 'utf-16be', bom: 2 };
  if (forced) return { encoding: forced, bom: 0 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true });
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    // Not UTF-8: Windows-1252, or a mix.
  }
  let valid = 0;
  let invalid = 0;
  let first = -1;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c < 0x80) continue;
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    let ok = n > 0 && i + n < b.length;
    for (let k = 1; ok && k <= n; k++) ok = (b[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += n;
    } else {
      invalid++;
      if (first < 0) first = i;
      // Bytes that Windows-1252 leaves undefined: no Windows-1252 text has them.
      if (c === 0x81 || c === 0x8d || c === 0x8f || c === 0x90 || c === 0x9d) {
        throw new InputError('encoding', `Line ${lineAt(b, i)} has a byte that is neither UTF-8 nor Windows-1252: save the file as "CSV UTF-8" and try again.`);
      }
    }
  }
  if (valid > invalid) {
    throw new InputError('encoding', `The file mixes UTF-8 with another encoding (line ${lineAt(b, first)} is not UTF-8): save it as "CSV UTF-8" and try again, or pass --encoding.`);
  }
  return { encoding: 'windows-1252', bom: 0 };
}

/**
 * Windows-1252's characters for 0x80–0x9F (the rest is ISO-8859-1). Mapped here, not left to
 * TextDecoder: Node's decodes 'windows-1252' as ISO-8859-1 (0x92 becomes U+0092, not ’).
 */
const CP1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\x80-\x9f]/g;
const cp1252 = (s) => s.replace(C1, (c) => CP1252[c.charCodeAt(0) - 0x80]);

/** A streaming decoder for `encoding`; UTF-8 and UTF-16 are strict (a bad byte is an InputError). */
export function decoder(encoding) {
  const strict = encoding !== 'windows-1252';
  const d = new TextDecoder(encoding, { fatal: strict });
  return (bytes, line, last = false) => {
    try {
      const text = d.decode(bytes, { stream: !last });
      return strict ? text : cp1252(text);
    } catch {
      throw new InputError('encoding', `The file is not ${encoding.toUpperCase()} after line ${line}: save it again as "CSV UTF-8", or pass --encoding windows-1252 if it was exported that way.`);
    }
  };
}

const countQuotes = (s) => {
  let n = 0;
  for (let i = s.indexOf('"'); i !== -1; i = s.indexOf('"', i + 1)) n++;
  return n;
};

/**
 * Cuts decoded text into records: `emit({ text, line, lines })` for each (`line`: its first line,
 * 1-based; `lines`: how many it spans), `emit({ text: '', line, lines: 1, blank: true })` for a
 * blank line, and `emit({ text: '', line, lines: 1, tooLong: true })` for a line over
 * MAX_RECORD_CHARS (its text is not kept). `quoted: false` (JSON Lines): every line is a record.
 */
export class Records {
  constructor(emit, { quoted = true } = {}) {
    this.emit = emit;
    this.quoted = quoted;
    this.carry = '';
    this.line = 0;
    this.pending = null;
    this.skipping = false;
  }

  /** A chunk of decoded text. */
  push(chunk) {
    const s = this.carry + chunk;
    let start = 0;
    for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', start)) {
      const end = nl > start && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (this.skipping) this.skipping = false;
      else this.physical(s.slice(start, end));
      start = nl + 1;
    }
    this.carry = s.slice(start);
    if (this.carry.length > MAX_RECORD_CHARS) {
      // A line too long to hold: said so, and skipped to its end.
      if (!this.skipping) {
        this.flushPending();
        this.line++;
        this.emit({ text: '', line: this.line, lines: 1, tooLong: true });
      }
      this.skipping = true;
      this.carry = '';
    }
  }

  /** The end of the text. */
  end() {
    if (this.carry !== '' && !this.skipping) this.physical(this.carry.endsWith('\r') ? this.carry.slice(0, -1) : this.carry);
    this.carry = '';
    this.flushPending();
  }

  flushPending() {
    while (this.pending) this.unwind();
  }

  physical(text) {
    this.line++;
    if (!this.quoted) {
      this.emit(text === '' ? { text, line: this.line, lines: 1, blank: true } : { text, line: this.line, lines: 1 });
      return;
    }
    const odd = countQuotes(text) & 1;
    const p = this.pending;
    if (!p) {
      if (text === '') this.emit({ text, line: this.line, lines: 1, blank: true });
      else if (!odd) this.emit({ text, line: this.line, lines: 1 });
      else this.pending = { lines: [text], line: this.line, odd: 1, chars: text.length };
      return;
    }
    p.lines.push(text);
    p.odd ^= odd;
    p.chars += text.length + 1;
    if (!p.odd) {
      this.pending = null;
      this.emit({ text: p.lines.join('\n'), line: p.line, lines: p.lines.length });
    } else if (p.lines.length >= MAX_RECORD_LINES || p.chars > MAX_RECORD_CHARS) {
      this.unwind();
    }
  }

  /**
   * The pending record's first line opened a quote that none of the next lines closed: it is a
   * record by itself (the parser says what is wrong with it), and the lines after it are read
   * again from the next one on.
   */
  unwind() {
    const p = this.pending;
    this.pending = null;
    this.emit({ text: p.lines[0], line: p.line, lines: 1 });
    this.line = p.line;
    for (const l of p.lines.slice(1)) this.physical(l);
  }
}

/**
 * The separator of a CSV header line: the most frequent of `,`, `;` and tab (`,` when none is
 * there: a file of one column).
 */
export function detectDelimiter(headerText) {
  let best = ',';
  let most = 0;
  for (const d of [',', ';', '\t']) {
    const n = headerText.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** JSON Lines or CSV: by the file name, else by the first character of the text. */
export function detectFormat(name, firstText) {
  if (/\.(jsonl|ndjson)$/i.test(name ?? '')) return 'jsonl';
  if (/\.(csv|tsv|txt)$/i.test(name ?? '')) return 'csv';
  return /^\s*\{/.test(firstText) ? 'jsonl' : 'csv';
}
