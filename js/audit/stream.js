// An export audited in one thread: the demo's Web Worker runs this (the CLI spreads the same
// steps over worker threads, js/cli/). Bytes in, the report out, and the fixed file as text.
import { Reader, Unreadable, exportReport } from './pipeline.js';
import { parseBatch, splitItems } from './rows.js';
import { fixedLines, fixedPreamble } from './fixed.js';

/** The chunks of a ReadableStream (or anything iterable, async or not) as Uint8Arrays. */
async function* chunksOf(source) {
  if (source[Symbol.asyncIterator] || source[Symbol.iterator]) {
    yield* source;
    return;
  }
  const reader = source.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/**
 * Audits an export (`source`: a ReadableStream, or an iterable or async iterable of Uint8Array).
 * `options`:
 * `audit` (an audit from createAudit), `name` (the file name), `encoding`, `format` (forced),
 * `onProgress({ bytes, contacts })` after each chunk, `onFixed(text)` for the fixed file, piece
 * by piece (its header first; a BOM when the input had one or was not UTF-8). Answers the report.
 */
export async function auditStream(source, { audit, name, encoding, format, onProgress, onFixed } = {}) {
  const reader = new Reader({ name, encoding, format });
  const unreadable = new Unreadable();
  let bytes = 0;
  let contacts = 0;
  let headerDone = false;
  const run = (batch) => {
    const m = reader.meta;
    if (onFixed && !headerDone) {
      headerDone = true;
      const preamble = fixedPreamble(m);
      if (preamble) onFixed(preamble);
    }
    const items = parseBatch(batch.records, reader.parseOptions());
    const split = splitItems(items);
    for (const u of split.unreadable) unreadable.add(u);
    const added = audit.add(split.contacts);
    contacts += added.contacts;
    if (onFixed) onFixed(fixedLines(items, added.fixes, { columns: m.columns, delimiter: m.delimiter, newline: m.newline, format: m.format }));
  };
  for await (const chunk of chunksOf(source)) {
    bytes += chunk.length;
    reader.push(chunk);
    for (const b of reader.take()) run(b);
    onProgress?.({ bytes, contacts });
  }
  reader.end();
  for (const b of reader.take()) run(b);
  onProgress?.({ bytes, contacts });
  return exportReport(audit.report(), reader.meta, unreadable);
}
