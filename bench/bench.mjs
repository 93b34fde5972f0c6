// `make bench`: what the package costs a form — download size, cold start, per-call time.
// Times are medians over repeated runs in this process or fresh processes; compare figures
// from one run with each other, not with another machine's.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const pkg = join(repo, 'pkg');
const { gzipBytes: budget, registrantGzipBytes: registrantBudget } = JSON.parse(readFileSync(join(repo, 'bench/budget.json'), 'utf8'));

const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// --- Sizes: what a browser downloads (the .wasm, the wasm-bindgen glue and its snippet, the entry module).
const { browserFiles } = await import('./browser-files.mjs');
const sizes = (entry) => {
  const rows = browserFiles(pkg, entry).map((f) => {
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
const { rows, total } = sizes('index');
const registrantEntry = sizes('registrant');

console.log(`dotbe-rules bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}\n`);
for (const [title, { rows: files, total: sum }, limit] of [
  ["file ('dotbe-rules': every check)", { rows, total }, budget],
  ["file ('dotbe-rules/registrant': a signup form)", registrantEntry, registrantBudget],
]) {
  console.log(`| ${title} | raw KB | gzip KB | brotli KB |`);
  console.log('|---|---:|---:|---:|');
  for (const r of files) console.log(`| ${r.file.replace(/^snippets\/[^/]+\//, 'snippets/…/')} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  console.log(`| **total** | **${kb(sum.raw)}** | **${kb(sum.gzip)}** | **${kb(sum.brotli)}** |`);
  console.log(`\nbudget: ${kb(sum.gzip)} KB of ${kb(limit)} KB gzip — ${sum.gzip <= limit ? 'within' : 'OVER'}\n`);
}

// --- Cold start: a fresh Node process imports the package (read + compile + instantiate the
// .wasm) and makes its first call. Measured inside the child, so Node's own start-up is excluded.
const child = `
  const t0 = performance.now();
  const { checkAuthCode } = await import(${JSON.stringify(join(pkg, 'node.js'))});
  const t1 = performance.now();
  const r = checkAuthCode('123 456 789 012 345');
  const t2 = performance.now();
  if (!r.valid) process.exit(1);
  console.log(JSON.stringify([t1 - t0, t2 - t1]));
`;
const colds = [];
for (let i = 0; i < 15; i++) {
  colds.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' })));
}
// The part a browser pays too: compiling and instantiating the .wasm (no module loading).
const wasmChild = `
  import { readFileSync } from 'node:fs';
  import { initSync } from ${JSON.stringify(join(pkg, 'index.js'))};
  const bytes = readFileSync(${JSON.stringify(join(pkg, 'dotbe_rules_bg.wasm'))});
  const t0 = performance.now();
  initSync(new WebAssembly.Module(bytes));
  console.log(performance.now() - t0);
`;
const wasmStarts = [];
for (let i = 0; i < 15; i++) {
  wasmStarts.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', wasmChild], { encoding: 'utf8' })));
}
const coldImport = median(colds.map((c) => c[0]));
const coldFirst = median(colds.map((c) => c[1]));

// --- Per call, warm.
const { checkAuthCode, validateRegistrant, validateDomainName, validateNameservers } = await import(join(pkg, 'node.js'));
/** Median ns per call of `fn(...args)` over 15 batches, after a warm-up batch. */
function timeCalls(fn, args, n = 20000) {
  for (let i = 0; i < n; i++) fn(...args);
  const samples = [];
  for (let s = 0; s < 15; s++) {
    const t = performance.now();
    for (let i = 0; i < n; i++) fn(...args);
    samples.push(((performance.now() - t) * 1e6) / n);
  }
  return median(samples);
}
function perCall(label, args) {
  return [label, timeCalls(checkAuthCode, args)];
}
const calls = [
  perCall('valid external code', ['123 456 789 012 345']),
  perCall('code with a letter (2 issues)', ['123-456-78O-012-34']),
  perCall('internal code', ['Xk4-9pQ_z']),
  perCall('valid code + expiry check', ['123456789012345', { issuedAt: '2026-11-20T10:00:00Z', now: '2026-11-23T10:00:00Z' }]),
  perCall('wrong type (number)', [42]),
  perCall('1 MB string', ['1'.repeat(1 << 20)]),
];

console.log('| cold start (fresh process, median of 15) | ms |');
console.log('|---|---:|');
console.log(`| import + instantiate | ${coldImport.toFixed(2)} |`);
console.log(`| … of which compiling + instantiating the .wasm | ${median(wasmStarts).toFixed(2)} |`);
console.log(`| first checkAuthCode call | ${coldFirst.toFixed(2)} |`);
console.log(`| **to the first result** | **${(coldImport + coldFirst).toFixed(2)}** |\n`);
console.log('| checkAuthCode, warm (median of 15 × 20,000 calls) | µs per call |');
console.log('|---|---:|');
for (const [label, ns] of calls) console.log(`| ${label} | ${(ns / 1000).toFixed(2)} |`);

// --- Registrant: dotbe-rules against the JS libraries forms use today, bundled by esbuild and
// run in this process. Ratios are from this one run.
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
const { validateWithJsStack } = await import('data:text/javascript;base64,' + Buffer.from(stackCode).toString('base64'));

const full = {
  name: "Jan D'Hondt", organization: 'Brouwerij Het Anker NV', street: 'Guido Gezellelaan 49', city: 'Mechelen',
  postalCode: '2800', country: 'BE', email: 'info@hetanker.be', phone: '+32 15 28 71 41', vat: 'BE 0403.170.701', language: 'nl',
};
const invalid = { ...full, name: 'Jan D’Hondt', postalCode: '280', phone: '0475 12 34', email: 'info@hetanker', vat: 'BE0403170702' };
for (const [label, input] of [['full', full], ['invalid', invalid]]) {
  const ours = validateRegistrant(input);
  const theirs = validateWithJsStack(input);
  if (label === 'full' && (!ours.valid || !theirs.valid)) throw new Error(`the full registrant must pass both: ${JSON.stringify([ours.issues, theirs.issues])}`);
  if (label === 'invalid' && (ours.valid || theirs.valid)) throw new Error('the invalid registrant must fail both');
}
const rows2 = [
  ['full, valid registrant', timeCalls(validateRegistrant, [full]), timeCalls(validateWithJsStack, [full])],
  ['typical invalid registrant', timeCalls(validateRegistrant, [invalid]), timeCalls(validateWithJsStack, [invalid])],
];
const perField = timeCalls(validateRegistrant, [{ postalCode: '2800', country: 'BE' }, { only: ['postalCode'] }]);
const perFieldFull = timeCalls(validateRegistrant, [full, { only: ['email'] }]);
console.log('\n| validateRegistrant vs the JS stack (median of 15 × 20,000 calls) | dotbe-rules µs | JS stack µs | ratio |');
console.log('|---|---:|---:|---:|');
for (const [label, a, b] of rows2) console.log(`| ${label} | ${(a / 1000).toFixed(2)} | ${(b / 1000).toFixed(2)} | ${(b / a).toFixed(2)}× |`);
console.log(`| one field while typing (\`only: ['postalCode']\`, postal code and country filled in) | ${(perField / 1000).toFixed(2)} | — | — |`);
console.log(`| one field while typing (\`only: ['email']\`, the full form filled in) | ${(perFieldFull / 1000).toFixed(2)} | — | — |`);
// The country typed as a name, or an unknown code: a binary search of the names (build.rs's index).
for (const [label, country] of [['the country typed as a name (`Belgique`: suggestion BE)', 'Belgique'], ['an unknown country code (`ZZ`)', 'ZZ']]) {
  console.log(`| full registrant, ${label} | ${(timeCalls(validateRegistrant, [{ ...full, country }]) / 1000).toFixed(2)} | — | — |`);
}

// The JS side of the same calls alone, no wasm: packing the arguments into the wire string and
// copying it into memory as the glue does, then decoding the core's real answer (written by the
// native core: corebench --answers) and building the result objects. What any core, however
// fast, adds to; a per-field target below it cannot be met with this call's shape.
const answers = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'corebench', '--', '--answers'], { cwd: repo, encoding: 'utf8' }));
const snippet = browserFiles(pkg).find((f) => f.endsWith('/js/wire.js'));
const { packRegistrant, unpackRegistrant } = await import(join(pkg, snippet));
const memory = new Uint8Array(1 << 16);
const utf8 = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const jsSide = (input, options, answer) => {
  const bytes = utf8.encode(answer);
  return [
    timeCalls(() => utf8.encodeInto(packRegistrant(input, options), memory), []),
    timeCalls(() => unpackRegistrant(decoder.decode(bytes)), []),
  ];
};
console.log('\n| the JS side alone, no wasm (median of 15 × 20,000 calls) | pack + copy in µs | decode + unpack µs | sum µs | whole call µs |');
console.log('|---|---:|---:|---:|---:|');
for (const [label, input, options, answer, whole] of [
  ['full, valid registrant', full, undefined, answers.full, rows2[0][1]],
  ['typical invalid registrant', invalid, undefined, answers.invalid, rows2[1][1]],
  ["`only: ['email']`, the full form filled in", full, { only: ['email'] }, answers.onlyEmail, perFieldFull],
]) {
  const [pack, unpack] = jsSide(input, options, answer);
  console.log(`| ${label} | ${(pack / 1000).toFixed(2)} | ${(unpack / 1000).toFixed(2)} | ${((pack + unpack) / 1000).toFixed(2)} | ${(whole / 1000).toFixed(2)} |`);
}

console.log('\n| download, gzip | KB |');
console.log('|---|---:|');
console.log(`| dotbe-rules (wasm + JS, every check, 4 languages) | ${kb(total.gzip)} |`);
console.log(`| dotbe-rules/registrant (wasm + JS, the registrant checks, 4 languages) | ${kb(registrantEntry.total.gzip)} |`);
console.log(`| JS stack (libphonenumber-js min, postcode-validator, validator isEmail, jsvat; esbuild --minify) | ${kb(stackGzip)} |`);

// The core alone, natively (no JS boundary, no wasm): where a call's time goes.
console.log('');
console.log(execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'corebench'], { cwd: repo, encoding: 'utf8' }).trim());

console.log('\n| domain names and name servers, warm (median of 15 × 20,000 calls) | µs per call |');
console.log('|---|---:|');
for (const [label, fn, args] of [
  ['validateDomainName(\'Café.be\')', validateDomainName, ['Café.be']],
  ['validateDomainName(\'dnsbelgium.be\')', validateDomainName, ['dnsbelgium.be']],
  ['validateNameservers, 2 hosts, one with IPv4 + IPv6 glue', validateNameservers, [{ domain: 'café.be', nameservers: [{ host: 'ns1.café.be', ips: ['193.190.198.10', '2a02:2c40:0:80::80:15'] }, 'ns2.provider.net'] }]],
]) {
  console.log(`| ${label} | ${(timeCalls(fn, args) / 1000).toFixed(2)} |`);
}

// --- Memory over a long-running page: 1,000,000 calls of every export (125,000 rounds of 8).
const lib = await import(join(pkg, 'node.js'));
const { makeRound } = await import(join(repo, 'tests/node/rounds.mjs'));
const round = makeRound(lib);
for (let i = 0; i < 5_000; i++) round(i);
const warm = lib.memoryUsage().wasmBytes;
const t0 = performance.now();
for (let i = 0; i < 125_000; i++) round(i);
const seconds = (performance.now() - t0) / 1000;
const after = lib.memoryUsage().wasmBytes;
console.log('\n| long-running page: 1,000,000 calls of every export | |');
console.log('|---|---:|');
console.log(`| wasm memory after warm-up (5,000 rounds) | ${kb(warm)} KB |`);
console.log(`| wasm memory after 1,000,000 more calls | ${kb(after)} KB (${after === warm ? 'flat' : 'GREW'}) |`);
console.log(`| time for the 1,000,000 calls | ${seconds.toFixed(1)} s |`);

// --- The demo in headless Chromium: input event → DOM updated (every listener of the page has
// run, messages rendered), over 200 keystrokes in the registrant form.
const { startServer } = await import(join(repo, 'scripts/serve.mjs'));
const { launch } = await import(join(repo, 'tests/e2e/browser.mjs'));
const { server, url } = await startServer({ port: 0 });
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__latencies = [];
    let start = 0;
    // Registered before the page's own listeners: first on capture, last on bubble.
    window.addEventListener('input', () => { start = performance.now(); performance.mark('dotbe-input'); }, true);
    window.addEventListener('input', () => {
      performance.measure('dotbe-input-to-dom', 'dotbe-input');
      window.__latencies.push(performance.now() - start);
    });
  });
  await page.goto(url + '?lang=en');
  await page.waitForSelector('body[data-ready="true"]');
  const text = { name: "Jan D'Hondt-Vermeulen ", postalCode: '9000', email: 'jan.dhondt@telenet.be', phone: '0475 12 34 56', city: 'Sint-Martens-Latem' };
  let typed = 0;
  while (typed < 200) {
    for (const [field, value] of Object.entries(text)) {
      await page.locator(`#${field}`).fill('');
      await page.locator(`#${field}`).pressSequentially(value);
      typed += value.length;
    }
  }
  const lat = (await page.evaluate(() => window.__latencies)).filter((x) => x >= 0).slice(-200);
  const sorted = [...lat].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
  console.log('\n| demo page, headless Chromium: input event → DOM updated (200 keystrokes) | ms |');
  console.log('|---|---:|');
  console.log(`| median | ${median(lat).toFixed(2)} |`);
  console.log(`| p99 (target < 4 ms) | ${p99.toFixed(2)} |`);
} finally {
  await browser.close();
  server.close();
}
