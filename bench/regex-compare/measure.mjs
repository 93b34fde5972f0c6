// Usage: node measure.mjs a.wasm [b.wasm ...]
// Prints size, gzip size, cold time to first result, time of a first pass that compiles every
// pattern, and warm per-call time for each module, each timing taken in fresh child processes.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const COLD_RUNS = 15;
const WARM_PROCS = 5;
const WARM_ROUNDS = 15;
const WARMUP_MS = 300;
const REPS = 10; // passes over every pattern and input per timed round
const BE_POSTAL = 42; // index of BE's postal pattern in src/lib.rs
// Valid and invalid postal codes, phone numbers and VAT numbers, used against every pattern.
const INPUTS = [
  '1000', '9999', '0000', '00000', '12', 'AD100', 'ad700', 'AI-2640', 'AZ1234', 'BB12345',
  'BIQQ 1ZZ', 'C1425ABC', '75008', '123 45', '1012 AB', 'SW1A 1AA', 'M1 1AE', '100-0001',
  'K1A 0B6', '12345-6789', '00-950', '123456', '024567890', '0412345678', '+32 2 123 45 67',
  'ATU12345678', 'U12345678', 'FI12345678', 'BE0123456789', '0,23456789', '2123456789',
  '12345678901234567', 'hello', '', '10OO',
];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function writeInput(exports, str) {
  const bytes = new TextEncoder().encode(str);
  const ptr = exports.alloc(bytes.length);
  new Uint8Array(exports.memory.buffer, ptr, bytes.length).set(bytes);
  return [ptr, bytes.length];
}

async function instantiate(bytes) {
  const { exports } = await WebAssembly.instantiate(await WebAssembly.compile(bytes), {});
  return exports;
}

function checkAll(exports, inputs) {
  const results = [];
  for (let p = 0, n = exports.count(); p < n; p++)
    for (const [ptr, len] of inputs) results.push(exports.check(p, ptr, len));
  return results;
}

// Child mode: one cold start, from reading the bytes to the first check() result, then one
// pass over every pattern and input (which compiles all remaining patterns).
async function coldOnce(file) {
  const t0 = performance.now();
  const exports = await instantiate(readFileSync(file));
  const [ptr, len] = writeInput(exports, '1000');
  const r = exports.check(BE_POSTAL, ptr, len);
  const t1 = performance.now();
  if (r !== 1) throw new Error(`unexpected first result ${r}`);
  const inputs = INPUTS.map((s) => writeInput(exports, s));
  const t2 = performance.now();
  checkAll(exports, inputs);
  const t3 = performance.now();
  console.log(JSON.stringify([t1 - t0, t3 - t2]));
}

// Child mode: warm per-call time over every pattern and input, after a warm-up.
async function warmOnce(file) {
  const exports = await instantiate(readFileSync(file));
  const inputs = INPUTS.map((s) => writeInput(exports, s));
  const results = checkAll(exports, inputs);
  if (results.some((r) => r < 0)) throw new Error(`${file}: check() returned an error code`);
  const expected = results.reduce((a, b) => a + b, 0);
  const n = exports.count();
  const round = () => {
    const t = performance.now();
    let sink = 0;
    for (let k = 0; k < REPS; k++)
      for (let p = 0; p < n; p++) for (const [ptr, len] of inputs) sink += exports.check(p, ptr, len);
    if (sink !== REPS * expected) throw new Error('unstable results');
    return ((performance.now() - t) * 1e6) / (REPS * results.length);
  };
  for (const end = performance.now() + WARMUP_MS; performance.now() < end; ) round();
  const perCall = Array.from({ length: WARM_ROUNDS }, round);
  console.log(JSON.stringify({ results, perCallNs: median(perCall) }));
}

function child(mode, file) {
  const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), mode, file], {
    encoding: 'utf8',
  });
  if (out.status !== 0) throw new Error(`${mode} ${file} failed: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

async function main(files) {
  // Variants are interleaved so that machine noise over time hits them all alike.
  const runs = files.map(() => ({ cold: [], firstPass: [], perCall: [] }));
  let reference;
  for (let i = 0; i < COLD_RUNS; i++) {
    files.forEach((file, j) => {
      const [cold, firstPass] = child('--cold', file);
      runs[j].cold.push(cold);
      runs[j].firstPass.push(firstPass);
      if (i >= WARM_PROCS) return;
      const w = child('--warm', file);
      reference ??= w.results.join();
      if (w.results.join() !== reference) throw new Error(`${file}: results differ`);
      runs[j].perCall.push(w.perCallNs);
    });
  }
  const cells = reference.split(',').map(Number);
  console.log(`${cells.length / INPUTS.length} patterns x ${INPUTS.length} inputs, ` +
    `${cells.filter((r) => r === 1).length} matches; medians of ${COLD_RUNS} cold and ` +
    `${WARM_PROCS} warm fresh processes\n`);
  console.log('| variant | raw KB | gzip KB | cold ms | first pass (compile all) ms | per-call ns |');
  console.log('|---|---:|---:|---:|---:|---:|');
  files.forEach((file, j) => {
    const bytes = readFileSync(file);
    const row = [
      basename(file, '.wasm'),
      (bytes.length / 1024).toFixed(1),
      (gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1),
      median(runs[j].cold).toFixed(2),
      median(runs[j].firstPass).toFixed(2),
      median(runs[j].perCall).toFixed(0),
    ];
    console.log(`| ${row.join(' | ')} |`);
  });
}

if (process.argv[2] === '--cold') await coldOnce(process.argv[3]);
else if (process.argv[2] === '--warm') await warmOnce(process.argv[3]);
else await main(process.argv.slice(2));
