// `npx dotbe-rules audit <file>` — the portfolio audit (spec §7) of a CSV or JSON Lines export.
// The main thread reads the file (never all of it at once) and cuts it into batches of records;
// worker threads (one per core) parse and audit them, each with its own wasm instance; their
// parts are merged into one report at the end. Bundled by esbuild into pkg/cli.mjs (papaparse
// included), which is both the main thread's and the workers' code.
import { createReadStream, createWriteStream, statSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import * as wasm from '../dotbe_rules_audit.js';
import { auditOver } from '../audit/create.js';
import { Reader, Unreadable, exportReport } from '../audit/pipeline.js';
import { parseBatch, splitItems } from '../audit/rows.js';
import { fixedLines, fixedPreamble } from '../audit/fixed.js';
import { InputError } from '../audit/read.js';
import { mailDomain, mailResolver } from './mx.js';
import { textReport } from './text.js';

const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

const USAGE = `Usage: dotbe-rules audit <file> [options]

Audits a CSV or JSON Lines export of registrant contacts against DNS Belgium's rules and
reports the revokes and bounces it predicts, in the registry's own units.

  <file>                 CSV with a header row (separator , ; or tab), or JSON Lines; - for stdin
  --format text|json     the report: a summary table (default) or one JSON object on stdout
  --lang en|nl|fr|de     the report's language (default en)
  --fix <out>            write the export back with the fixes applied and a column of changes
  --mx                   look up each e-mail domain in the DNS (MX, then A/AAAA)
  --dns <ip[:port]>      the DNS server for --mx (default: the system's); may be repeated
  --fix-first <n>        contacts in the fix-first list (0-1000, default 100)
  --encoding <name>      utf-8 or windows-1252, when detection gets it wrong
  --input csv|jsonl      the input format, when the file name does not say
  --workers <n>          worker threads (default: one per core)
  --no-progress          no progress bar on stderr

Exit code: 0 no errors found; 1 a contact has an error, or a line is unreadable; 2 the audit
could not run (a usage error, a missing file or column, an encoding it cannot read).`;

class UsageError extends Error {}

function parseArgs(argv) {
  const o = { format: 'text', lang: 'en', fix: null, mx: false, dns: [], fixFirst: 100, encoding: undefined, input: undefined, workers: 0, progress: true, file: null };
  const args = argv.slice();
  if (args[0] === '--help' || args[0] === '-h' || args.length === 0) return { help: true };
  if (args[0] === '--version') return { version: true };
  if (args[0] !== 'audit') throw new UsageError(`unknown command "${args[0]}" (the command is: dotbe-rules audit <file>)`);
  args.shift();
  const value = (flag) => {
    const v = args.shift();
    if (v === undefined) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const one = (flag, v, allowed) => {
    if (!allowed.includes(v)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (not "${v}")`);
    return v;
  };
  while (args.length) {
    const a = args.shift();
    if (a === '--format') o.format = one(a, value(a), ['text', 'json']);
    else if (a === '--lang') o.lang = one(a, value(a), ['en', 'nl', 'fr', 'de']);
    else if (a === '--fix') o.fix = value(a);
    else if (a === '--mx') o.mx = true;
    else if (a === '--dns') o.dns.push(value(a));
    else if (a === '--fix-first') o.fixFirst = Number(value(a));
    else if (a === '--encoding') o.encoding = one(a, value(a).toLowerCase().replace('latin1', 'windows-1252').replace('iso-8859-1', 'windows-1252'), ['utf-8', 'windows-1252']);
    else if (a === '--input') o.input = one(a, value(a), ['csv', 'jsonl']);
    else if (a === '--workers') o.workers = Number(value(a));
    else if (a === '--no-progress') o.progress = false;
    else if (a === '--help' || a === '-h') return { help: true };
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (o.file === null) o.file = a;
    else throw new UsageError(`one file at a time (got "${o.file}" and "${a}")`);
  }
  if (o.file === null) throw new UsageError('which file? dotbe-rules audit <file>');
  if (!Number.isInteger(o.fixFirst) || o.fixFirst < 0 || o.fixFirst > 1000) throw new UsageError('--fix-first must be a number from 0 to 1000');
  if (!Number.isInteger(o.workers) || o.workers < 0 || o.workers > 64) throw new UsageError('--workers must be a number from 1 to 64');
  return o;
}

/** The wasm module, compiled once and handed to every worker. */
const compileWasm = () => new WebAssembly.Module(readFileSync(new URL('./dotbe_rules_audit_bg.wasm', import.meta.url)));

/** A progress bar on stderr, when it is a terminal. */
function progressBar(enabled, total) {
  if (!enabled) return { update() {}, done() {} };
  const started = Date.now();
  let last = 0;
  return {
    update(bytes, contacts, force = false) {
      const now = Date.now();
      if (!force && now - last < 100) return;
      last = now;
      const share = total ? Math.min(1, bytes / total) : 0;
      const width = 30;
      const filled = Math.round(share * width);
      const rate = Math.round(contacts / Math.max(0.001, (now - started) / 1000));
      const bar = total ? `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ` : '';
      process.stderr.write(`\r${bar}${contacts.toLocaleString('en')} contacts, ${rate.toLocaleString('en')}/s `);
    },
    done() {
      process.stderr.write('\r\x1b[K');
    },
  };
}

/** The worker threads: each takes batches and answers their results, in its own order. */
function pool({ size, module, config, onDone, onMx }) {
  const workers = [];
  const inFlight = [];
  const waiters = [];
  let failed = null;
  for (let i = 0; i < size; i++) {
    // Small heaps: the garbage of parsing is collected young, and the peak memory stays low.
    const w = new Worker(new URL(import.meta.url), { workerData: { module, config }, resourceLimits: { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 64 } });
    w.on('message', async (m) => {
      if (m.type === 'done') {
        inFlight[i]--;
        onDone(m);
        waiters.shift()?.();
      } else if (m.type === 'mx') {
        w.postMessage({ type: 'mx', seq: m.seq, verdicts: await onMx(m.domains) });
      } else if (m.type === 'error') {
        failed = new Error(m.message);
        for (const go of waiters.splice(0)) go();
      }
    });
    w.on('error', (e) => {
      failed = e;
      for (const go of waiters.splice(0)) go();
    });
    workers.push(w);
    inFlight.push(0);
  }
  const max = 2 * size;
  const total = () => inFlight.reduce((a, b) => a + b, 0);
  return {
    async submit(batch) {
      while (!failed && total() >= max) await new Promise((go) => waiters.push(go));
      if (failed) throw failed;
      let best = 0;
      for (let i = 1; i < size; i++) if (inFlight[i] < inFlight[best]) best = i;
      inFlight[best]++;
      workers[best].postMessage({ type: 'batch', batch });
    },
    /** Waits for every batch, then collects each worker's part of the audit. */
    async finish() {
      while (!failed && total() > 0) await new Promise((go) => waiters.push(go));
      if (failed) throw failed;
      const states = await Promise.all(
        workers.map(
          (w) =>
            new Promise((done, fail) => {
              w.on('message', (m) => m.type === 'state' && done(m.state));
              w.once('error', fail);
              w.postMessage({ type: 'end' });
            }),
        ),
      );
      await Promise.all(workers.map((w) => w.terminate()));
      return states;
    },
    terminate: () => Promise.all(workers.map((w) => w.terminate())),
  };
}

async function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`dotbe-rules: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (o.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (o.version) {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  let size = 0;
  if (o.file !== '-') {
    try {
      size = statSync(o.file).size;
    } catch (e) {
      process.stderr.write(`dotbe-rules: cannot read ${o.file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}\n`);
      return 2;
    }
  }
  const module = compileWasm();
  wasm.initSync({ module });
  const audit = auditOver(wasm, { lang: o.lang, fixFirst: o.fixFirst });
  const reader = new Reader({ name: o.file === '-' ? undefined : o.file, encoding: o.encoding, format: o.input });
  const unreadable = new Unreadable();
  const resolver = o.mx ? mailResolver({ servers: o.dns }) : null;
  const progress = progressBar(o.progress && process.stderr.isTTY, size);
  const out = o.fix ? createWriteStream(o.fix) : null;
  const pending = new Map();
  let nextToWrite = 0;
  let contacts = 0;
  let changed = 0;
  let errors = false;
  let bytes = 0;
  let workers = null;

  const write = async (text) => {
    if (out && text && !out.write(text)) await new Promise((go) => out.once('drain', go));
  };
  const onDone = (m) => {
    contacts += m.contacts;
    changed += m.changed;
    errors ||= m.invalid > 0;
    for (const u of m.unreadable) unreadable.add(u);
    if (out) {
      pending.set(m.seq, m.fixed);
      while (pending.has(nextToWrite)) {
        out.write(pending.get(nextToWrite));
        pending.delete(nextToWrite++);
      }
    }
  };
  const start = async () => {
    const m = reader.meta;
    const config = { lang: o.lang, fixFirst: o.fixFirst, parse: reader.parseOptions(), fix: Boolean(out), mx: o.mx, newline: m.newline };
    const n = o.workers || Math.max(1, availableParallelism());
    workers = pool({ size: n, module, config, onDone, onMx: async (domains) => Object.fromEntries(await Promise.all(domains.map(async (d) => [d, await resolver.lookup(d)]))) });
    if (out) {
      await write(fixedPreamble(m));
    }
  };
  try {
    const input = o.file === '-' ? process.stdin : createReadStream(o.file, { highWaterMark: 1 << 18 });
    for await (const chunk of input) {
      bytes += chunk.length;
      reader.push(chunk);
      for (const b of reader.take()) {
        if (!workers) await start();
        await workers.submit(b);
      }
      progress.update(bytes, contacts);
    }
    reader.end();
    for (const b of reader.take()) {
      if (!workers) await start();
      await workers.submit(b);
    }
    if (!workers) await start();
    const states = await workers.finish();
    for (const s of states) audit.merge(s);
  } catch (e) {
    progress.done();
    await workers?.terminate();
    out?.destroy();
    if (e instanceof InputError) {
      process.stderr.write(`dotbe-rules: ${o.file}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  progress.done();
  if (out) await new Promise((done, fail) => out.end((e) => (e ? fail(e) : done())));
  resolver?.cancel();
  const extra = { file: o.file === '-' ? '-' : basename(o.file), ...(resolver ? { mx: { ...resolver.stats } } : {}), ...(o.fix ? { fixed: { file: o.fix, contacts: changed } } : {}) };
  const report = exportReport(audit.report(), reader.meta, unreadable, extra);
  const code = report.valid < report.contacts || report.unreadableLines > 0 || errors ? 1 : 0;
  report.exitCode = code;
  process.stdout.write(o.format === 'json' ? JSON.stringify(report) + '\n' : textReport(report, o.lang));
  return code;
}

/** A worker thread: its own audit over its own wasm instance. */
function worker() {
  const { module, config } = workerData;
  wasm.initSync({ module });
  const audit = auditOver(wasm, { lang: config.lang, fixFirst: config.fixFirst });
  const mxWaiting = new Map();
  let queue = Promise.resolve();

  async function run(batch) {
    const items = parseBatch(batch.records, config.parse);
    const { contacts, unreadable } = splitItems(items);
    if (config.mx) {
      const domains = [...new Set(contacts.map((c) => mailDomain(c.email)).filter(Boolean))];
      if (domains.length) {
        const verdicts = await new Promise((done) => {
          mxWaiting.set(batch.seq, done);
          parentPort.postMessage({ type: 'mx', seq: batch.seq, domains });
        });
        for (const c of contacts) c.mail = verdicts[mailDomain(c.email)];
      }
    }
    const added = audit.add(contacts);
    const fixed = config.fix ? fixedLines(items, added.fixes, { ...config.parse, newline: config.newline }) : undefined;
    parentPort.postMessage({ type: 'done', seq: batch.seq, contacts: added.contacts, invalid: added.contacts - added.valid, changed: added.fixes.length, unreadable, fixed });
  }

  parentPort.on('message', (m) => {
    if (m.type === 'mx') {
      mxWaiting.get(m.seq)?.(m.verdicts);
      mxWaiting.delete(m.seq);
    } else if (m.type === 'batch') {
      queue = queue.then(() => run(m.batch)).catch((e) => parentPort.postMessage({ type: 'error', message: String(e?.stack ?? e) }));
    } else if (m.type === 'end') {
      queue.then(() => parentPort.postMessage({ type: 'state', state: audit.state() }));
    }
  });
}

if (isMainThread) {
  // The main thread only reads and cuts the file: a small young generation keeps its garbage
  // (the decoded text) from piling up before it is collected.
  setFlagsFromString('--max-semi-space-size=4');
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`dotbe-rules: ${e?.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
} else {
  worker();
}
