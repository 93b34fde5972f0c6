// Records (read.js) into contacts: the CSV fields by papaparse, JSON Lines by JSON.parse. A
// record that does not read as one row of the header's width is unreadable, with its line and
// the reason; a multi-line record that fails is tried again line by line, so a stray quote costs
// its own line only.
import Papa from 'papaparse';
import { objectToContact, rowToContact } from './columns.js';

/** Longest field, in characters (the core reads 4096 at most); the domains column may be longer. */
export const MAX_FIELD = 4096;

/** Why a line is unreadable, in English (the CLI's text output says it in the report's language). */
export const REASONS = {
  unbalanced_quote: 'a quote (") opens a field that no later quote closes',
  misplaced_quote: 'a quote in the middle of a quoted field is not doubled, or text follows a closing quote',
  column_count: 'expected {expected} columns, found {found}',
  field_too_long: 'a field is longer than {max} characters',
  line_too_long: 'the line is longer than 1,048,576 characters',
  binary: 'binary data (a NUL byte), not text',
  not_json: 'not valid JSON',
  not_an_object: 'a JSON value that is not an object',
};

const unreadable = (line, code, params = {}) => ({ line, code, reason: REASONS[code].replace(/\{(\w+)\}/g, (_, k) => String(params[k])) });

/**
 * A parsed row checked against the header: the row (extra empty fields at its end dropped), or
 * why it is unreadable.
 */
function checkRow(row, width, domainsColumn, line) {
  if (row.length > width && row.slice(width).every((f) => f === '')) row = row.slice(0, width);
  if (row.length !== width) return unreadable(line, 'column_count', { expected: width, found: row.length });
  for (let i = 0; i < row.length; i++) {
    if (row[i].length > MAX_FIELD && i !== domainsColumn) return unreadable(line, 'field_too_long', { max: MAX_FIELD });
  }
  return row;
}

/** One record parsed on its own: a row, or why not. */
function parseOne(text, line, opts) {
  if (text.includes('\0')) return unreadable(line, 'binary');
  const r = Papa.parse(text, { delimiter: opts.delimiter, newline: '\n', quoteChar: '"' });
  const codes = new Set(r.errors.map((e) => e.code));
  if (codes.has('InvalidQuotes')) return unreadable(line, 'misplaced_quote');
  if (codes.has('MissingQuotes')) return unreadable(line, 'unbalanced_quote');
  if (r.data.length !== 1) return unreadable(line, 'column_count', { expected: opts.width, found: r.data.reduce((n, row) => n + row.length, 0) });
  return checkRow(r.data[0], opts.width, opts.columns.domains, line);
}

/**
 * A batch of records: `items` in order, each `{ row, contact }` (a contact to audit, with its
 * parsed row), `{ raw }` (a blank line, kept for the fixed file) or `{ raw, unreadable }`.
 * `opts`: `format` ('csv' or 'jsonl'), and for CSV `delimiter`, `width` (the header's columns)
 * and `columns` (columns.js, mapColumns).
 */
/** parseBatch's items split into the contacts to audit and the unreadable records' reasons. */
export function splitItems(items) {
  const contacts = [];
  const unreadable = [];
  for (const item of items) {
    if (item.contact) contacts.push(item.contact);
    else if (item.unreadable) unreadable.push(item.unreadable);
  }
  return { contacts, unreadable };
}

export function parseBatch(records, opts) {
  return opts.format === 'jsonl' ? jsonl(records) : csv(records, opts);
}

function jsonl(records) {
  return records.map((r) => {
    if (r.blank) return { raw: '' };
    if (r.tooLong) return { raw: '', unreadable: unreadable(r.line, 'line_too_long') };
    if (r.text.includes('\0')) return { raw: r.text, unreadable: unreadable(r.line, 'binary') };
    let value;
    try {
      value = JSON.parse(r.text);
    } catch {
      return { raw: r.text, unreadable: unreadable(r.line, 'not_json') };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { raw: r.text, unreadable: unreadable(r.line, 'not_an_object') };
    const contact = objectToContact(value, r.line);
    const long = Object.entries(contact).find(([k, v]) => k !== 'domains' && typeof v === 'string' && v.length > MAX_FIELD);
    if (long) return { raw: r.text, unreadable: unreadable(r.line, 'field_too_long', { max: MAX_FIELD }) };
    return { row: value, text: r.text, contact };
  });
}

function csv(records, opts) {
  const items = new Array(records.length);
  const texts = [];
  for (const r of records) if (!r.blank && !r.tooLong) texts.push(r.text);
  // The whole batch in one parse when it is clean (the usual case); else record by record.
  let rows = null;
  if (texts.length) {
    const joined = texts.join('\n');
    if (!joined.includes('\0')) {
      const r = Papa.parse(joined, { delimiter: opts.delimiter, newline: '\n', quoteChar: '"' });
      if (r.errors.length === 0 && r.data.length === texts.length) rows = r.data;
    }
  }
  let k = 0;
  records.forEach((r, i) => {
    if (r.blank) {
      items[i] = { raw: '' };
      return;
    }
    if (r.tooLong) {
      items[i] = { raw: '', unreadable: unreadable(r.line, 'line_too_long') };
      return;
    }
    const row = rows ? checkRow(rows[k++], opts.width, opts.columns.domains, r.line) : parseOne(r.text, r.line, opts);
    if (Array.isArray(row)) {
      items[i] = { row, text: r.text, contact: rowToContact(row, opts.columns, r.line) };
    } else if (r.lines > 1) {
      // A record over several lines that does not read: each of its lines on its own.
      items[i] = { split: r.text.split('\n').map((text, j) => lineItem(text, r.line + j, opts)) };
    } else {
      items[i] = { raw: r.text, unreadable: row };
    }
  });
  return items.flatMap((item) => item.split ?? [item]);
}

function lineItem(text, line, opts) {
  if (text === '') return { raw: '' };
  const row = parseOne(text, line, opts);
  return Array.isArray(row) ? { row, text, contact: rowToContact(row, opts.columns, line) } : { raw: text, unreadable: row };
}
