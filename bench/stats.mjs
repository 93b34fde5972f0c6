// Small statistics and timing helpers for `make bench`: medians and spreads over rounds, and
// per-call timings taken in interleaved rounds so that the machine's noise (other builds on a
// 2-core box) hits every series alike and ratios can be taken round by round.
import { performance } from 'node:perf_hooks';

/** The q-quantile of `xs` (0 ≤ q ≤ 1), linear between the two nearest samples. */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}

export const median = (xs) => quantile(xs, 0.5);

/** Median, interquartile range and extremes of `xs`. */
export function summary(xs) {
  return {
    median: median(xs),
    p25: quantile(xs, 0.25),
    p75: quantile(xs, 0.75),
    min: Math.min(...xs),
    max: Math.max(...xs),
    n: xs.length,
  };
}

/** Element-wise a[i] / b[i]. */
export const ratios = (a, b) => a.map((x, i) => x / b[i]);

/**
 * A batch of `n` calls of `fn(input)` in this process, in ms. The results' issue counts (or a
 * string result's length) are summed into a sink so that no call can be optimised away.
 */
let sink = 0;
export function nodeBatch(fn, input, n) {
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    const r = fn(input);
    // A result's issues, or (the JS side alone: a packed argument or an answer) its length.
    sink += typeof r === 'string' ? r.length : (r.issues?.length ?? 0);
  }
  return performance.now() - t;
}

/**
 * Runs `series` (each `{ id, batch(n) → ms | Promise<ms> }`) in `rounds` interleaved rounds, the
 * order reversed every other round. Each series is first warmed up for `warmupMs` (the JIT and
 * V8's wasm tier-up done), then gets its own batch size, so that one batch takes about `batchMs`.
 * Short batches and many rounds: on a busy machine a batch that another process preempts is an
 * outlier the median drops, where long batches would all be hit a little, and differently.
 * Every timed batch starts after a pause of `pauseMs`, whatever its series: the scheduler then
 * treats all of them alike (a process that has just slept — Chromium's renderer between two
 * evaluations — otherwise runs its batch unpreempted, while one that runs all the time — this
 * process — shares its core with the other builds), and the page's idle-time work is done.
 * Returns, per series id, the ns per call of every round (round i of every series was taken
 * within about 100 ms) and the batch sizes.
 */
export async function interleaved(series, { rounds = 151, batchMs = 4, warmupMs = 300, pauseMs = 4 } = {}) {
  const pause = () => new Promise((done) => setTimeout(done, pauseMs));
  const sizes = {};
  for (const s of series) {
    let n = 16;
    let ms = await s.batch(n);
    for (let spent = ms; spent < warmupMs || ms < 1; spent += ms) {
      if (ms < 1) n *= 2;
      ms = await s.batch(n);
    }
    const recent = [];
    for (let i = 0; i < 5; i++) recent.push((await s.batch(n)) / n);
    sizes[s.id] = Math.max(10, Math.round(batchMs / median(recent)));
  }
  const out = Object.fromEntries(series.map((s) => [s.id, []]));
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...series].reverse() : series;
    for (const s of order) {
      await pause();
      out[s.id].push(((await s.batch(sizes[s.id])) * 1e6) / sizes[s.id]);
    }
  }
  return { samples: out, sizes };
}
