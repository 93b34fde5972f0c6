// The export written back with the fixes applied: every line of the input in its place (an
// unchanged record exactly as it was, quoting and all; unreadable and blank lines as they were),
// a fixed record with the suggested values in their columns, and one column added that says what
// changed. CSV is written by papaparse with the input's separator and line ends.
import Papa from 'papaparse';
import { columnOf } from './columns.js';

/** The added column's name. */
export const CHANGES_COLUMN = 'dotbe-rules changes';

/** What changed, in one cell: `email: jan@gmial.com → jan@gmail.com; postalCode: B-9000 → 9000`. */
export function describeChanges(changes) {
  const one = (c) => `${c.field}${typeof c.line === 'number' ? ` ${c.line + 1}` : ''}: ${c.from.replace(/\s*[\r\n]+\s*/g, ' / ')} → ${c.to.replace(/\s*[\r\n]+\s*/g, ' / ')}`;
  return changes.map(one).join('; ');
}

/** The header line of the fixed file (without its line end). */
export function fixedHeader(headerText, delimiter) {
  return headerText + delimiter + Papa.unparse([[CHANGES_COLUMN]], { delimiter });
}

/**
 * What the fixed file starts with, for a reader's `meta`: a BOM where the export had one or was
 * not UTF-8 (the fixed file is UTF-8), then for CSV the header line; '' for neither.
 */
export function fixedPreamble(m) {
  const bom = m.bom || m.encoding !== 'utf-8' ? '\uFEFF' : '';
  return bom + (m.format === 'csv' ? fixedHeader(m.headerText, m.delimiter) + m.newline : '');
}

/**
 * The lines of a batch, fixed (each with `newline` after it). `items`: rows.js's items; `fixes`:
 * the audit's `[{ index, changes }]`, `index` counting the batch's contacts; `columns`:
 * columns.js's mapping. JSON Lines get a `dotbeRulesChanges` key instead of a column.
 */
export function fixedLines(items, fixes, { columns, delimiter, newline, format }) {
  const byContact = new Map(fixes.map((f) => [f.index, f.changes]));
  let contact = 0;
  let out = '';
  for (const item of items) {
    if (!item.contact) {
      out += item.raw + newline;
      continue;
    }
    const changes = byContact.get(contact++);
    if (format === 'jsonl') {
      if (!changes) {
        out += item.text + newline;
        continue;
      }
      const o = { ...item.row };
      for (const c of changes) {
        const key = Object.keys(o).find((k) => k.toLowerCase().replace(/[\s_.-]+/g, '') === c.field.toLowerCase());
        if (c.field === 'street' && typeof c.line === 'number' && Array.isArray(o.street)) o.street = o.street.map((l, i) => (i === c.line ? c.to : l));
        else o[key ?? c.field] = c.to;
      }
      o.dotbeRulesChanges = describeChanges(changes);
      out += JSON.stringify(o) + newline;
      continue;
    }
    if (!changes) {
      out += item.text + delimiter + newline;
      continue;
    }
    const row = item.row.slice();
    for (const c of changes) {
      const at = columnOf(c, columns);
      if (at !== undefined) row[at] = c.to;
    }
    row.push(describeChanges(changes));
    out += Papa.unparse([row], { delimiter, newline }) + newline;
  }
  return out;
}
