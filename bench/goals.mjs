// The registrant issue's speed and size goals, checked against one `make bench` run: every
// goal is a ratio of two figures measured side by side in that run (or a size against its
// limit), so that a noisy machine moves both sides alike. Printed as the first table of
// `make bench` and written to bench/out/goals.json for the README.
import { summary } from './stats.mjs';

export const KIB = 1024;
const kb = (n) => (n / KIB).toFixed(1);
const us = (ns) => (ns / 1000).toFixed(2);
const x = (r) => `${r.toFixed(2)}×`;
/** "6.91 µs [6.85–7.02]": median and interquartile range. */
export const fmt = (s, unit, scale = (v) => v.toFixed(2)) => `${scale(s.median)}${unit} [${scale(s.p25)}–${scale(s.p75)}]`;
export const fmtUs = (s) => fmt(s, ' µs', us);
export const fmtMs = (s) => fmt(s, ' ms');
export const fmtX = (s) => fmt(s, '×');

const holds = (op, v, target) => (op === '>=' ? v >= target : v <= target);

/**
 * One goal over per-round ratio samples (or one exact value): met when the median meets the
 * target; `narrow` when the interquartile range reaches across the target (a rerun may flip it).
 */
function goal({ id, text, op, target, ratio, measured, shortBy, unit = '×', data }) {
  const s = Array.isArray(ratio) ? summary(ratio) : { median: ratio, p25: ratio, p75: ratio, min: ratio, max: ratio, n: 1 };
  const met = holds(op, s.median, target);
  const narrow = holds(op, s.p25, target) !== holds(op, s.p75, target);
  return { id, goal: text, target: { op, value: target, unit }, ratio: s, measured, met, narrow, shortBy: met ? null : shortBy(s.median), data };
}

/**
 * `m`: the run's figures — `perCall` (ns samples per round, by series id), `cold` (ms samples
 * per contender), `sizes` (gzip bytes by entry).
 */
export function evaluateGoals(m) {
  const { perCall: p, cold, sizes } = m;
  const goals = [];
  for (const [input, label] of [['full', 'full valid registrant'], ['invalid', 'typical invalid registrant']]) {
    const ours = summary(p[`node:ours:${input}`]);
    const stack = summary(p[`node:stack:${input}`]);
    goals.push(goal({
      id: `speed-${input}`,
      text: `${label}, per call in Node: ≥ 2× the JS stack's speed`,
      op: '>=',
      target: 2,
      ratio: p[`node:stack:${input}`].map((t, i) => t / p[`node:ours:${input}`][i]),
      measured: `${fmtUs(ours)} vs JS stack ${fmtUs(stack)}`,
      shortBy: () => `needs ≤ ${us(stack.median / 2)} µs, ${Math.round((1 - stack.median / 2 / ours.median) * 100)} % less`,
      data: { oursNs: ours, stackNs: stack },
    }));
  }
  const oc = summary(cold.ours.total);
  const sc = summary(cold.stack.total);
  goals.push(goal({
    id: 'cold-start',
    text: "cold start in Node (fresh process: import + first validateRegistrant) ≤ the JS stack's (import + first call)",
    op: '<=',
    target: 1,
    ratio: cold.ours.total.map((t, i) => t / cold.stack.total[i]),
    measured: `${fmtMs(oc)} vs JS stack ${fmtMs(sc)}`,
    shortBy: () => `${(oc.median - sc.median).toFixed(1)} ms over`,
    data: { oursMs: oc, stackMs: sc },
  }));
  for (const [id, text, bytes, limit] of [
    ['size-registrant', "signup entry 'dotbe-rules/registrant', what a browser downloads, gzip ≤ 64 KB", sizes.registrant, 64 * KIB],
    ['size-registrant-moonshot', "… moonshot: ≤ 48 KB", sizes.registrant, 48 * KIB],
    ['size-package', "whole package ('dotbe-rules', every check), what a browser downloads, gzip ≤ 90 KB", sizes.index, 90 * KIB],
  ]) {
    goals.push({
      ...goal({ id, text, op: '<=', target: 1, ratio: bytes / limit, measured: `${kb(bytes)} KB`, shortBy: () => `${kb(bytes - limit)} KB over` }),
      data: { bytes, limitBytes: limit },
    });
  }
  for (const [input, label] of [['full', 'full valid registrant'], ['invalid', 'typical invalid registrant']]) {
    const chromium = summary(p[`chromium:ours:${input}`]);
    const node = summary(p[`node:ours:${input}`]);
    goals.push(goal({
      id: `chromium-${input}`,
      text: `${label}, per call in headless Chromium: within 1.5× of Node's`,
      op: '<=',
      target: 1.5,
      ratio: p[`chromium:ours:${input}`].map((t, i) => t / p[`node:ours:${input}`][i]),
      measured: `${fmtUs(chromium)} vs Node ${fmtUs(node)}`,
      shortBy: () => `needs ≤ ${us(node.median * 1.5)} µs`,
      data: { chromiumNs: chromium, nodeNs: node },
    }));
  }
  const full = summary(p['node:ours:full']);
  for (const [id, label] of [['countryName', "the country typed as a name ('Belgique')"], ['unknownCountry', "an unknown country code ('ZZ')"]]) {
    const slow = summary(p[`node:ours:${id}`]);
    goals.push(goal({
      id: `speed-${id}`,
      text: `full registrant with ${label}, per call in Node: ≤ 2× a full valid call`,
      op: '<=',
      target: 2,
      ratio: p[`node:ours:${id}`].map((t, i) => t / p['node:ours:full'][i]),
      measured: `${fmtUs(slow)} vs valid ${fmtUs(full)}`,
      shortBy: () => `needs ≤ ${us(full.median * 2)} µs`,
      data: { oursNs: slow, validNs: full },
    }));
  }
  if (m.start) {
    // The demo page's start-up (bench/startup.mjs): checks ready, localhost and Slow 4G; bytes.
    for (const [id, text, xs, target, unit] of [
      ['ready-localhost', 'demo page: checks ready after navigation, localhost, ≤ 150 ms', m.start.localhost.map((x) => x.readyMs), 150, ' ms'],
      ['ready-slow4g', 'demo page: checks ready after navigation, Slow 4G (150 ms RTT, 1.6 Mbit/s), ≤ 1.0 s', m.start.slow4g.map((x) => x.readyMs), 1000, ' ms'],
      ['wire', 'demo page: bytes on the wire ≤ 100 KB', m.start.localhost.map((x) => x.wireBytes / KIB), 100, ' KB'],
    ]) {
      const s = summary(xs);
      goals.push(goal({
        id,
        text,
        op: '<=',
        target: 1,
        ratio: xs.map((x) => x / target),
        measured: `${s.median.toFixed(unit === ' KB' ? 1 : 0)}${unit} [${s.p25.toFixed(unit === ' KB' ? 1 : 0)}–${s.p75.toFixed(unit === ' KB' ? 1 : 0)}]`,
        shortBy: () => `${(s.median - target).toFixed(unit === ' KB' ? 1 : 0)}${unit} over`,
        data: { samples: s, target },
      }));
    }
  }
  return goals;
}

export function goalsTable(goals) {
  const lines = ['| goal | measured | ratio / target | met? |', '|---|---|---|---|'];
  for (const g of goals) {
    const op = g.target.op === '>=' ? '≥' : '≤';
    const ratio = g.id.startsWith('size-')
      ? `${kb(g.data.bytes)} KB / ${op} ${kb(g.data.limitBytes)} KB (${x(g.ratio.median)})`
      : `${g.ratio.n > 1 ? fmtX(g.ratio) : x(g.ratio.median)} / ${op} ${x(g.target.value)}`;
    const met = (g.met ? 'yes' : `**no**: ${g.shortBy}`) + (g.narrow ? ' (narrow: the spread crosses the target)' : '');
    lines.push(`| ${g.goal} | ${g.measured} | ${ratio} | ${met} |`);
  }
  return lines.join('\n');
}
