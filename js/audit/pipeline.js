// One export, read: bytes in (any chunks), batches of records out, and what the file turned out
// to be (encoding, format, separator, columns). Shared by the CLI (which hands the batches to
// worker threads) and the demo's Web Worker (which audits them itself, stream.js).
import Papa from 'papaparse';
import { mapColumns, ALIASES } from './columns.js';
import { InputError, Records, SNIFF_BYTES, decoder, detectDelimiter, detectFormat, sniff } from './read.js';

/** Records per batch: one boundary call each, and one message to a worker. */
export const BATCH = 2000;

export class Reader {
  /** `name`: the file name (for the format); `encoding`, `format`: forced, else detected. */
  constructor({ name, encoding, format, batchSize = BATCH } = {}) {
    this.name = name;
    this.forcedEncoding = encoding;
    this.forcedFormat = format;
    this.batchSize = batchSize;
    this.head = [];
    this.headBytes = 0;
    this.decode = null;
    this.meta = { encoding: null, bom: false, format: null, delimiter: ',', newline: '\n', header: null, headerText: null, columns: null, ignoredColumns: [], lines: 0, blankLines: 0 };
    this.current = [];
    this.batches = [];
    this.seq = 0;
    this.records = null;
    this.leadingBlank = 0;
  }

  /** A chunk of the file's bytes (a Uint8Array). */
  push(bytes) {
    if (this.decode) return this.text(this.decode(bytes, this.records.line));
    this.head.push(bytes);
    this.headBytes += bytes.length;
    if (this.headBytes >= SNIFF_BYTES) this.start(false);
  }

  /** The end of the file. */
  end() {
    if (!this.decode) this.start(true);
    else this.text(this.decode(new Uint8Array(0), this.records.line, true));
    this.records.end();
    this.meta.lines = this.records.line;
    if (!this.meta.header && this.meta.format === 'csv') throw new InputError('empty', 'The file holds no header row and no contacts.');
    this.flush();
  }

  /** The batches ready so far: `{ seq, records }` each. */
  take() {
    const b = this.batches;
    this.batches = [];
    return b;
  }

  /** What rows.js's parseBatch needs to read this file's records. */
  parseOptions() {
    return { format: this.meta.format, delimiter: this.meta.delimiter, width: this.meta.header?.length ?? 0, columns: this.meta.columns ?? {} };
  }

  start(last) {
    const all = new Uint8Array(this.headBytes);
    let at = 0;
    for (const b of this.head) {
      all.set(b, at);
      at += b.length;
    }
    this.head = null;
    const { encoding, bom } = sniff(all, this.forcedEncoding);
    this.meta.encoding = encoding;
    this.meta.bom = bom > 0;
    this.meta.newline = newlineOf(all);
    this.decode = decoder(encoding);
    const first = this.decode(all.subarray(bom), 0, last);
    this.meta.format = this.forcedFormat ?? detectFormat(this.name, first);
    this.records = new Records((r) => this.record(r), { quoted: this.meta.format === 'csv' });
    this.text(first);
  }

  text(t) {
    if (t) this.records.push(t);
  }

  record(r) {
    if (r.blank) this.meta.blankLines++;
    if (this.meta.format === 'csv' && !this.meta.header) {
      if (r.blank) return;
      if (r.tooLong) throw new InputError('header', `Line ${r.line}, the header row, is too long to be one.`);
      this.header(r);
      return;
    }
    this.current.push(r);
    if (this.current.length >= this.batchSize) this.flush();
  }

  header(r) {
    const m = this.meta;
    m.delimiter = detectDelimiter(r.text);
    const parsed = Papa.parse(r.text, { delimiter: m.delimiter, newline: '\n' });
    const header = parsed.data[0] ?? [];
    const { columns, ignored, missing } = mapColumns(header);
    if (missing.length) {
      const wanted = missing.map((f) => `${f} (${ALIASES[f].slice(0, 4).join(', ')}…)`).join('; ');
      throw new InputError('missing_columns', `The header row (line ${r.line}) has no column for: ${wanted}. Its columns: ${header.join(', ')}.`);
    }
    m.header = header;
    m.headerText = r.text;
    m.headerLine = r.line;
    m.columns = columns;
    m.ignoredColumns = ignored;
  }

  flush() {
    if (this.current.length) this.batches.push({ seq: this.seq++, records: this.current });
    this.current = [];
  }
}

/** The line end of the input, for the fixed file: CRLF when its first line had one. */
export const newlineOf = (firstBytes) => {
  for (let i = 0; i < firstBytes.length; i++) if (firstBytes[i] === 10) return i > 0 && firstBytes[i - 1] === 13 ? '\r\n' : '\n';
  return '\n';
};

/** Unreadable lines kept in a report (every one is counted in `unreadableLines`). */
export const UNREADABLE_KEPT = 10000;

/** Collects unreadable lines: every one counted, the first UNREADABLE_KEPT found kept. */
export class Unreadable {
  constructor() {
    this.list = [];
    this.count = 0;
  }
  add(u) {
    this.count++;
    if (this.list.length < UNREADABLE_KEPT) this.list.push(u);
  }
}

/**
 * The report of an export: the core's report (create.js, publicReport) with what reading the
 * file found — its format, encoding, lines, and every unreadable line (`unreadable`: an
 * Unreadable).
 */
export function exportReport(report, meta, unreadable, extra = {}) {
  const sorted = unreadable.list.slice().sort((a, b) => a.line - b.line);
  return {
    ...extra,
    format: meta.format,
    encoding: meta.encoding,
    ...(meta.format === 'csv' ? { delimiter: meta.delimiter, ignoredColumns: meta.ignoredColumns } : {}),
    lines: meta.lines,
    blankLines: meta.blankLines,
    unreadableLines: unreadable.count,
    unreadable: sorted,
    ...report,
  };
}
