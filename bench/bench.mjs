// `make bench`: what the package costs a form — download size, cold start, per-call time in
// Node and in headless Chromium — against the registrant issue's goals and beside the JS stack
// forms use today (bench/js-stack.mjs). Only the public API of pkg/ is used.
//
// Every comparison is taken within this one run, the contenders in interleaved rounds (see
// bench/stats.mjs), so that the machine's noise hits both sides alike: compare figures of one
// run with each other, not with another machine's or another run's. Times are medians over the
// rounds, with the interquartile range in brackets. The goals table comes first and is also
// written to bench/out/goals.json. BENCH_ROUNDS and BENCH_COLD_REPS override the round counts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { summary, interleaved, nodeBatch, ratios, median } from './stats.mjs';
import { coldStarts, importAndCall } from './cold-start.mjs';
import { evaluateGoals, goalsTable, fmtUs, fmtMs, fmtX } from './goals.mjs';
import { browserFiles, LANGS } from './browser-files.mjs';
import { startup } from './startup.mjs';

const started = performance.now();
const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const pkg = join(repo, 'pkg');
const out = join(repo, 'bench/out');
mkdirSync(out, { recursive: true });
const { gzipBytes: budget, registrantGzipBytes: registrantBudget } = JSON.parse(readFileSync(join(repo, 'bench/budget.json'), 'utf8'));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 151);
const COLD_REPS = Number(process.env.BENCH_COLD_REPS ?? 15);
const OTHER_ROUNDS = 61;

const log = (s) => process.stderr.write(`bench: ${s} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
const kb = (n) => (n / 1024).toFixed(1);
const lines = [];
const print = (s = '') => lines.push(s);

// The inputs of the goals: a full, valid organisation and a typical invalid registrant (a
// typographic apostrophe, a short postal code, a national mobile number cut short, an e-mail
// address without a top-level domain, a VAT number with a wrong check).
const full = {
  name: "Jan D'Hondt", organization: 'Brouwerij Het Anker NV', street: 'Guido Gezellelaan 49', city: 'Mechelen',
  postalCode: '2800', country: 'BE', email: 'info@hetanker.be', phone: '+32 15 28 71 41', vat: 'BE 0403.170.701', language: 'nl',
};
const invalid = { ...full, name: 'Jan D’Hondt', postalCode: '280', phone: '0475 12 34', email: 'info@hetanker', vat: 'BE0403170702' };
const inputs = { full, invalid };

// --- The JS stack: as Node imports it (node_modules), and bundled by esbuild as a form would ship it.
const esbuild = await import('esbuild');
const bundle = await esbuild.build({
  entryPoints: [join(repo, 'bench/js-stack.mjs')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  write: false,
  logLevel: 'error',
});
const stackCode = bundle.outputFiles[0].contents;
const stackGzip = gzipSync(stackCode, { level: 9 }).length;
const stackBundleFile = join(out, 'js-stack.bundle.mjs');
writeFileSync(stackBundleFile, stackCode);

const lib = await import(join(pkg, 'node.js'));
const { validateWithJsStack } = await import(join(repo, 'bench/js-stack.mjs'));
for (const [label, input] of Object.entries(inputs)) {
  const ours = lib.validateRegistrant(input);
  const theirs = validateWithJsStack(input);
  if (label === 'full' && (!ours.valid || !theirs.valid)) throw new Error(`the full registrant must pass both: ${JSON.stringify([ours.issues, theirs.issues])}`);
  if (label === 'invalid' && (ours.valid || theirs.valid)) throw new Error('the invalid registrant must fail both');
}

// --- Cold start in Node: fresh processes, the contenders in turns.
log(`cold start: ${COLD_REPS} fresh processes per contender`);
const cold = coldStarts(
  {
    ours: importAndCall(pathToFileURL(join(pkg, 'node.js')).href, 'm.validateRegistrant(input)', full),
    stack: importAndCall(pathToFileURL(join(repo, 'bench/js-stack.mjs')).href, 'm.validateWithJsStack(input)', full),
    stackBundle: importAndCall(pathToFileURL(stackBundleFile).href, 'm.validateWithJsStack(input)', full),
    // The part a browser pays too: compiling and instantiating the .wasm (no module loading).
    wasm: `
      import { readFileSync } from 'node:fs';
      import { initSync } from ${JSON.stringify(pathToFileURL(join(pkg, 'index.js')).href)};
      const bytes = readFileSync(${JSON.stringify(join(pkg, 'dotbe_rules_bg.wasm'))});
      const t0 = performance.now();
      initSync(new WebAssembly.Module(bytes));
      console.log(JSON.stringify([performance.now() - t0, 0]));
    `,
  },
  COLD_REPS,
);

// --- Chromium: what a browser downloads, and the per-call time beside Node's, interleaved.
const { startServer } = await import(join(repo, 'scripts/serve.mjs'));
const { launch } = await import(join(repo, 'tests/e2e/browser.mjs'));
const { downloadsOf, timingPage } = await import('./chromium.mjs');
const { server, url, warmed } = await startServer({ port: 0 });
const browser = await launch();
const chromiumVersion = browser.version();
let perCall;
let downloads;
let demoLatency;
let auditResults;
let start;
try {
  log('Chromium: the demo page\'s start-up, localhost and Slow 4G');
  await warmed; // the server compresses its files once, in the background: done before any load is timed
  start = await startup(browser, url, { rounds: Number(process.env.BENCH_START_ROUNDS ?? 15), slowRounds: Number(process.env.BENCH_SLOW_ROUNDS ?? 5) });
  log('Chromium: the files each entry downloads');
  downloads = { index: await downloadsOf(browser, url, 'index'), registrant: await downloadsOf(browser, url, 'registrant') };
  const page = await timingPage(browser, url, stackCode, inputs);
  if (!page.crossOriginIsolated) log('note: the Chromium bench page is not cross-origin isolated (performance.now() at 100 µs)');
  for (const input of Object.keys(inputs)) {
    for (const [fn, node] of [['ours', lib.validateRegistrant], ['registrant', lib.validateRegistrant], ['stack', validateWithJsStack]]) {
      const [a, b] = [JSON.stringify(await page.result(fn, input)), JSON.stringify(node(inputs[input]))];
      if (a !== b) throw new Error(`Chromium and Node disagree on ${fn}(${input}): ${a} vs ${b}`);
    }
  }
  log(`per call: Node and Chromium, ${ROUNDS} interleaved rounds`);
  const series = [];
  for (const input of Object.keys(inputs)) {
    series.push(
      { id: `node:ours:${input}`, batch: (n) => nodeBatch(lib.validateRegistrant, inputs[input], n) },
      { id: `node:stack:${input}`, batch: (n) => nodeBatch(validateWithJsStack, inputs[input], n) },
      { id: `chromium:ours:${input}`, batch: (n) => page.batch('ours', input, n) },
      { id: `chromium:registrant:${input}`, batch: (n) => page.batch('registrant', input, n) },
      { id: `chromium:stack:${input}`, batch: (n) => page.batch('stack', input, n) },
    );
  }
  // Issue 14's bound: a country typed as a name or an unknown code costs at most twice a valid
  // call (the names' hash table; the platform's names asked for once, in the warm-up).
  for (const [id, country] of [['countryName', 'Belgique'], ['unknownCountry', 'ZZ']]) {
    const input = { ...inputs.full, country };
    series.push({ id: `node:ours:${id}`, batch: (n) => nodeBatch(lib.validateRegistrant, input, n) });
  }
  perCall = await interleaved(series, { rounds: ROUNDS });
  await page.close();

  // The demo page: input event → DOM updated (every listener of the page has run, messages
  // rendered), over 200 keystrokes in the registrant form.
  log('Chromium: 200 keystrokes in the demo page');
  const demo = await browser.newPage();
  await demo.addInitScript(() => {
    window.__latencies = [];
    let start = 0;
    // Registered before the page's own listeners: first on capture, last on bubble.
    window.addEventListener('input', () => { start = performance.now(); }, true);
    window.addEventListener('input', () => window.__latencies.push(performance.now() - start));
  });
  await demo.goto(url + '?lang=en');
  await demo.waitForSelector('body[data-ready="true"]');
  const text = { name: "Jan D'Hondt-Vermeulen ", postalCode: '9000', email: 'jan.dhondt@telenet.be', phone: '0475 12 34 56', city: 'Sint-Martens-Latem' };
  let typed = 0;
  while (typed < 200) {
    for (const [field, value] of Object.entries(text)) {
      await demo.locator(`#${field}`).fill('');
      await demo.locator(`#${field}`).pressSequentially(value);
      typed += value.length;
    }
  }
  const lat = (await demo.evaluate(() => window.__latencies)).filter((v) => v >= 0).slice(-200);
  const sorted = [...lat].sort((a, b) => a - b);
  demoLatency = { median: median(lat), p99: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)], n: lat.length };
  await demo.close();

  // The portfolio audit (bench/audit.mjs): the CLI on a generated export, and the demo page.
  const { auditFigures } = await import('./audit.mjs');
  auditResults = await auditFigures({ repo, out, log, browser, url });
} finally {
  await browser.close();
  server.close();
}

// --- Sizes: what a browser downloads for each entry (the files Chromium requested, checked
// against bench/browser-files.mjs, which the size-budget tests use), gzip 9 and brotli 11.
const sizes = (files) => {
  const rows = files.map((f) => {
    const bytes = readFileSync(join(pkg, f));
    return {
      file: f,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
};
const fileNotes = [];
for (const entry of ['index', 'registrant']) {
  const listed = browserFiles(pkg, entry).sort();
  if (JSON.stringify(listed) !== JSON.stringify(downloads[entry])) {
    fileNotes.push(`note: for ${entry}.js Chromium requested [${downloads[entry].join(', ')}], bench/browser-files.mjs lists [${listed.join(', ')}]; the sizes below are Chromium's`);
  }
}
const mainEntry = sizes(downloads.index);
const registrantEntry = sizes(downloads.registrant);
// A page in the language whose messages are the largest (Chromium loaded the page's, English).
const largest = (entry) => Math.max(...LANGS.map((lang) => sizes(browserFiles(pkg, entry, lang)).total.gzip));
const worst = { index: largest('index'), registrant: largest('registrant') };

// --- Node only, warm: the other checks, one field while typing, and the memory of a long-running page.
log('Node: the other checks, warm');
const time = async (fn, args) => {
  const { samples } = await interleaved([{ id: 'x', batch: (n) => nodeBatch(() => fn(...args), null, n) }], { rounds: OTHER_ROUNDS, warmupMs: 100 });
  return summary(samples.x);
};
const authCalls = [];
for (const [label, args] of [
  ['valid external code', ['123 456 789 012 345']],
  ['code with a letter (2 issues)', ['123-456-78O-012-34']],
  ['internal code', ['Xk4-9pQ_z']],
  ['valid code + expiry check', ['123456789012345', { issuedAt: '2026-11-20T10:00:00Z', now: '2026-11-23T10:00:00Z' }]],
  ['wrong type (number)', [42]],
  ['1 MB string', ['1'.repeat(1 << 20)]],
]) authCalls.push([label, await time(lib.checkAuthCode, args)]);
const perField = [
  ["one field while typing (`only: ['postalCode']`, postal code and country filled in)", await time(lib.validateRegistrant, [{ postalCode: '2800', country: 'BE' }, { only: ['postalCode'] }])],
  ["one field while typing (`only: ['email']`, the full form filled in)", await time(lib.validateRegistrant, [full, { only: ['email'] }])],
  // The country typed as a name, or an unknown code: a look-up in the names' hash table.
  ['full registrant, the country typed as a name (`Belgique`: suggestion BE)', await time(lib.validateRegistrant, [{ ...full, country: 'Belgique' }])],
  ['full registrant, an unknown country code (`ZZ`)', await time(lib.validateRegistrant, [{ ...full, country: 'ZZ' }])],
];
// Where a call's time goes: the JS side alone (js/boundary.js packing the arguments, reading the
// answer) and the wasm export between them (the glue's copies, the core, the answer's writing).
const glue = await import(join(pkg, 'dotbe_rules.js'));
const boundary = await import(join(repo, 'js/boundary.js'));
const parts = [];
for (const [label, args] of [['full, valid registrant', [full]], ['typical invalid registrant', [invalid]], ["`only: ['email']`, the full form filled in", [full, { only: ['email'] }]]]) {
  const packed = boundary.packValidateRegistrant(...args);
  const answer = glue.validateRegistrant(packed);
  parts.push([label, await time(boundary.packValidateRegistrant, args), await time(glue.validateRegistrant, [packed]), await time(boundary.unpackValidateRegistrant, [answer]), answer.length]);
}
const domainCalls = [];
for (const [label, fn, args] of [
  ["validateDomainName('Café.be')", lib.validateDomainName, ['Café.be']],
  ["validateDomainName('dnsbelgium.be')", lib.validateDomainName, ['dnsbelgium.be']],
  ['validateNameservers, 2 hosts, one with IPv4 + IPv6 glue', lib.validateNameservers, [{ domain: 'café.be', nameservers: [{ host: 'ns1.café.be', ips: ['193.190.198.10', '2a02:2c40:0:80::80:15'] }, 'ns2.provider.net'] }]],
]) domainCalls.push([label, await time(fn, args)]);

log('Node: memory over 1,000,000 calls');
const { makeRound } = await import(join(repo, 'tests/node/rounds.mjs'));
const round = makeRound(lib);
for (let i = 0; i < 5_000; i++) round(i);
const memWarm = lib.memoryUsage().wasmBytes;
const tm = performance.now();
for (let i = 0; i < 125_000; i++) round(i);
const memSeconds = (performance.now() - tm) / 1000;
const memAfter = lib.memoryUsage().wasmBytes;

// The core alone, natively (the crate's own API; no JS boundary, no wasm): where a call's time goes.
log('the core natively (cargo run --release --example corebench)');
let corebench;
try {
  corebench = execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'corebench'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
} catch (e) {
  corebench = `(the native core bench did not run: ${String(e.stderr || e.message).trim().split('\n').slice(-3).join(' ')})`;
}

// --- The goals, then the tables.
const p = perCall.samples;
const goals = evaluateGoals({ perCall: p, cold, sizes: worst, start });
const date = new Date().toISOString().slice(0, 10);
print(`dotbe-rules bench — ${date}, Node ${process.version}, Chromium ${chromiumVersion}, ${cpus().length} cores`);
print(`Times: median [interquartile range] over ${ROUNDS} interleaved rounds (per call) or ${COLD_REPS} fresh processes (cold start); ratios are taken round by round. KB = 1024 bytes.\n`);
print("**Goals of the registrant issue** (JS stack: libphonenumber-js/min, postcode-validator, validator's isEmail, jsvat; bench/js-stack.mjs)\n");
print(goalsTable(goals));
const unmet = goals.filter((g) => !g.met);
print(`\n${goals.length - unmet.length} of ${goals.length} goals met${unmet.length ? `; not met: ${unmet.map((g) => g.id).join(', ')}` : ''}.\n`);

for (const note of fileNotes) print(note + '\n');
for (const [title, { rows, total }, limit] of [
  ["file ('dotbe-rules': every check)", mainEntry, budget],
  ["file ('dotbe-rules/registrant': a signup form)", registrantEntry, registrantBudget],
]) {
  print(`| ${title} | raw KB | gzip KB | brotli KB |`);
  print('|---|---:|---:|---:|');
  for (const r of rows) print(`| ${r.file.replace(/^snippets\/[^/]+\//, 'snippets/…/')} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  print(`| **total** | **${kb(total.raw)}** | **${kb(total.gzip)}** | **${kb(total.brotli)}** |`);
  print(`\nbudget (bench/budget.json): ${kb(total.gzip)} KB of ${kb(limit)} KB gzip — ${total.gzip <= limit ? 'within' : 'OVER'}\n`);
}
print('| download, gzip | KB |');
print('|---|---:|');
print(`| dotbe-rules (wasm + JS, every check, the largest language's messages) | ${kb(worst.index)} |`);
print(`| dotbe-rules/registrant (wasm + JS, the registrant checks, the largest language's messages) | ${kb(worst.registrant)} |`);
print(`| JS stack (esbuild --minify; English codes only, no messages) | ${kb(stackGzip)} |`);

const c = (id, k) => summary(cold[id][k]);
print(`\n| cold start in Node, fresh process (median [IQR] of ${COLD_REPS}) | dotbe-rules ms | JS stack ms | dotbe-rules / JS stack |`);
print('|---|---:|---:|---:|');
print(`| import | ${fmtMs(c('ours', 'import'))} | ${fmtMs(c('stack', 'import'))} | ${fmtX(summary(ratios(cold.ours.import, cold.stack.import)))} |`);
print(`| first call (validateRegistrant / validateWithJsStack, the full registrant) | ${fmtMs(c('ours', 'first'))} | ${fmtMs(c('stack', 'first'))} | ${fmtX(summary(ratios(cold.ours.first, cold.stack.first)))} |`);
print(`| **import + first call** | **${fmtMs(c('ours', 'total'))}** | **${fmtMs(c('stack', 'total'))}** | **${fmtX(summary(ratios(cold.ours.total, cold.stack.total)))}** |`);
print(`| the whole process, spawn to exit (Node's own start-up included) | ${fmtMs(c('ours', 'process'))} | ${fmtMs(c('stack', 'process'))} | ${fmtX(summary(ratios(cold.ours.process, cold.stack.process)))} |`);
print(`| dotbe-rules: compiling + instantiating the .wasm alone (what a browser pays too) | ${fmtMs(c('wasm', 'import'))} | — | — |`);
print(`| JS stack as one esbuild bundle: import + first call | — | ${fmtMs(c('stackBundle', 'total'))} | ${fmtX(summary(ratios(cold.ours.total, cold.stackBundle.total)))} |`);

const s = (id) => summary(p[id]);
const r = (a, b) => fmtX(summary(ratios(p[a], p[b])));
print(`\n| validateRegistrant in Node, warm (median [IQR] of ${ROUNDS} rounds) | dotbe-rules µs | JS stack µs | JS stack / dotbe-rules |`);
print('|---|---:|---:|---:|');
for (const [input, label] of [['full', 'full, valid registrant'], ['invalid', 'typical invalid registrant']]) {
  print(`| ${label} | ${fmtUs(s(`node:ours:${input}`))} | ${fmtUs(s(`node:stack:${input}`))} | ${r(`node:stack:${input}`, `node:ours:${input}`)} |`);
}
for (const [label, t] of perField) print(`| ${label} | ${fmtUs(t)} | — | — |`);

print(`\n| where a validateRegistrant call's time goes, Node (median [IQR] of ${OTHER_ROUNDS} rounds) | pack (JS) µs | wasm export µs | read the answer (JS) µs | answer, UTF-16 units |`);
print('|---|---:|---:|---:|---:|');
for (const [label, pack, call, unpack, units] of parts) print(`| ${label} | ${fmtUs(pack)} | ${fmtUs(call)} | ${fmtUs(unpack)} | ${units} |`);

print(`\n| per call in headless Chromium, same run (median [IQR] of ${ROUNDS} rounds) | dotbe-rules µs | Node µs | Chromium / Node | dotbe-rules/registrant µs | JS stack µs | JS stack / dotbe-rules |`);
print('|---|---:|---:|---:|---:|---:|---:|');
for (const [input, label] of [['full', 'full, valid registrant'], ['invalid', 'typical invalid registrant']]) {
  print(`| ${label} | ${fmtUs(s(`chromium:ours:${input}`))} | ${fmtUs(s(`node:ours:${input}`))} | ${r(`chromium:ours:${input}`, `node:ours:${input}`)} | ${fmtUs(s(`chromium:registrant:${input}`))} | ${fmtUs(s(`chromium:stack:${input}`))} | ${r(`chromium:stack:${input}`, `chromium:ours:${input}`)} |`);
}

const startRow = (label, xs, f) => `| ${label} | ${f(summary(xs))} |`;
print(`\n| demo page start-up, headless Chromium, fresh context, the new window idle first (median [IQR] of ${start.localhost.length} / ${start.slow4g.length} loads) | |`);
print('|---|---:|');
print(startRow('checks ready after navigation, localhost (target ≤ 150 ms)', start.localhost.map((x) => x.readyMs), fmtMs));
print(startRow('first contentful paint, localhost', start.localhost.map((x) => x.paintMs), fmtMs));
print(startRow('a blank page\'s first contentful paint, localhost (the harness\'s floor)', start.floor.map((x) => x.paintMs), fmtMs));
print(startRow('checks ready, localhost, navigating as the new window opens (its own browser UI loading meanwhile: the method before 2026-12-01)', start.atOnce.map((x) => x.readyMs), fmtMs));
const idles = [...start.localhost, ...start.floor, ...start.slow4g].map((x) => x.idle);
print(`| the wait for the new window to be idle, before each load | ${fmtMs(summary(idles.map((x) => x.waitedMs)))}${idles.some((x) => x.capped) ? ` (${idles.filter((x) => x.capped).length} of ${idles.length} at the 3 s cap)` : ''} |`);
print(startRow('checks ready after navigation, Slow 4G: 150 ms RTT, 1.6 Mbit/s (target ≤ 1.0 s)', start.slow4g.map((x) => x.readyMs), fmtMs));
print(startRow('bytes on the wire for the page (target ≤ 100 KB)', start.localhost.map((x) => x.wireBytes), (st) => `${kb(st.median)} KB`));
print(`| HTTP requests | ${start.localhost[0].requests} |`);

print('\n| demo page, headless Chromium: input event → DOM updated (200 keystrokes) | ms |');
print('|---|---:|');
print(`| median | ${demoLatency.median.toFixed(2)} |`);
print(`| p99 (target < 4 ms) | ${demoLatency.p99.toFixed(2)} |`);

print(`\n| checkAuthCode in Node, warm (median [IQR] of ${OTHER_ROUNDS} rounds) | µs per call |`);
print('|---|---:|');
for (const [label, t] of authCalls) print(`| ${label} | ${fmtUs(t)} |`);
print(`\n| domain names and name servers in Node, warm (median [IQR] of ${OTHER_ROUNDS} rounds) | µs per call |`);
print('|---|---:|');
for (const [label, t] of domainCalls) print(`| ${label} | ${fmtUs(t)} |`);

print('\n| long-running page: 1,000,000 calls of every export | |');
print('|---|---:|');
print(`| wasm memory after warm-up (5,000 rounds) | ${kb(memWarm)} KB |`);
print(`| wasm memory after 1,000,000 more calls | ${kb(memAfter)} KB (${memAfter === memWarm ? 'flat' : 'GREW'}) |`);
print(`| time for the 1,000,000 calls | ${memSeconds.toFixed(1)} s |`);

print('');
print((await import('./audit.mjs')).auditTable(auditResults));
print('');
print(corebench);
console.log(lines.join('\n'));

const results = {
  date,
  node: process.version,
  chromium: chromiumVersion,
  cpus: cpus().length,
  rounds: ROUNDS,
  coldReps: COLD_REPS,
  note: 'Ratios from this one run, the contenders interleaved; times are medians with p25/p75/min/max over the rounds. Sizes: gzip level 9 of the files Chromium requested for the entry.',
  stack: "libphonenumber-js/min, postcode-validator, validator's isEmail, jsvat (bench/js-stack.mjs)",
  inputs,
  goals,
  met: goals.filter((g) => g.met).length,
  of: goals.length,
  figures: {
    perCallNs: Object.fromEntries(Object.entries(p).map(([id, xs]) => [id, summary(xs)])),
    batchSizes: perCall.sizes,
    coldStartMs: Object.fromEntries(Object.entries(cold).map(([id, m]) => [id, Object.fromEntries(Object.entries(m).map(([k, xs]) => [k, summary(xs)]))])),
    gzipBytes: { index: worst.index, registrant: worst.registrant, jsStack: stackGzip },
    files: { index: mainEntry.rows, registrant: registrantEntry.rows },
    demoInputToDomMs: demoLatency,
    audit: auditResults,
    startup: Object.fromEntries(Object.entries(start).map(([k, xs]) => [k, { readyMs: summary(xs.map((x) => x.readyMs)), paintMs: summary(xs.map((x) => x.paintMs)), wireBytes: summary(xs.map((x) => x.wireBytes)) }])),
  },
};
writeFileSync(join(out, 'goals.json'), JSON.stringify(results, null, 2) + '\n');
log(`done; wrote bench/out/goals.json`);
