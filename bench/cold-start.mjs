// Cold start in Node for `make bench`: a fresh process imports a module and makes its first
// call. Timed inside the child (performance.now() from before the import to after the first
// result), so Node's own start-up, alike for every contender, is left out; the whole process
// (spawn to exit) is timed beside it. The contenders run in turns, one process each per
// repetition, so the machine's noise hits them alike and their ratio can be taken per turn.
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/**
 * A child script that imports `url`, calls `call` (an expression over the module `m` and the
 * input `input`) once and prints [import ms, first call ms]. The result must be valid.
 */
export function importAndCall(url, call, input) {
  return `
    const input = ${JSON.stringify(input)};
    const t0 = performance.now();
    const m = await import(${JSON.stringify(url)});
    const t1 = performance.now();
    const r = ${call};
    const t2 = performance.now();
    if (!r.valid) { console.error(JSON.stringify(r.issues)); process.exit(1); }
    console.log(JSON.stringify([t1 - t0, t2 - t1]));
  `;
}

function runChild(script) {
  const t = performance.now();
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  const [importMs, firstMs] = JSON.parse(out);
  return { import: importMs, first: firstMs, total: importMs + firstMs, process: performance.now() - t };
}

/**
 * `contenders`: { id: child script }. One discarded turn first (disk cache), then `reps` turns.
 * Returns, per id, the arrays of `import`, `first`, `total` (both) and `process` ms.
 */
export function coldStarts(contenders, reps = 15) {
  const ids = Object.keys(contenders);
  for (const id of ids) runChild(contenders[id]);
  const out = Object.fromEntries(ids.map((id) => [id, { import: [], first: [], total: [], process: [] }]));
  for (let r = 0; r < reps; r++) {
    for (const id of r % 2 ? [...ids].reverse() : ids) {
      const m = runChild(contenders[id]);
      for (const k of Object.keys(m)) out[id][k].push(m[k]);
    }
  }
  return out;
}
