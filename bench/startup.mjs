// The demo page's start-up for `make bench`: from the navigation to "checks ready" (the page's
// `dotbe-ready` mark: the wasm loaded and the forms set up, so the first keystroke is checked),
// and the bytes on the wire, in fresh browser contexts (nothing cached). On localhost, and with
// the network of Lighthouse's "Slow 4G" (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up)
// emulated through the DevTools protocol (`Network.emulateNetworkConditions`).
//
// Each load opens a fresh context, which headless Chromium makes a new browser window: a window
// builds its own browser UI (the address bar's popup, two WebUI pages in a renderer of their
// own) in the ~0.5 s after it opens. Navigating at once, as this bench did until 2026-12-01, timed
// the page against that work on a 2-core machine (~300 ms of the browser's CPU inside the
// page's first 200 ms: checks ready 205 ms, a blank page 73 ms). A visitor opens the page in a
// browser that is already running, so each load now waits until the new window is idle
// (browserIdle) before it navigates; nothing is cached either way. The blank page's figures
// (`floor`) show what any page costs in this harness.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';

export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/**
 * CPU time (clock ticks, 1/100 s) of each process this one started — the browser and its helpers,
 * whatever their names — from `/proc` (Linux): a Map by pid, or null where there is no /proc.
 */
function childrenCpu() {
  const procs = new Map(); // pid -> [ppid, utime + stime]
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        procs.set(Number(pid), [Number(fields[1]), Number(fields[11]) + Number(fields[12])]);
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    return null;
  }
  const ours = (pid) => {
    for (let p = procs.get(pid)?.[0], hops = 0; p && hops < 64; p = procs.get(p)?.[0], hops++) if (p === process.pid) return true;
    return false;
  };
  const out = new Map();
  for (const [pid, [, ticks]] of procs) if (ours(pid)) out.set(pid, ticks);
  return out;
}

/** CPU used (ms) between two childrenCpu() readings: by the processes alive at `now`. */
function cpuUsedMs(before, now) {
  let ticks = 0;
  for (const [pid, t] of now) ticks += t - (before.get(pid) ?? 0);
  return ticks * 10;
}

/**
 * Waits until the browser's processes have used at most 10 ms of CPU over 200 ms (a new
 * window's own start-up done), at most 3 s; on a system without /proc, a fixed 1 s.
 * Returns `{ waitedMs, capped }`.
 */
export async function browserIdle() {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const started = Date.now();
  let before = childrenCpu();
  if (before === null) {
    await sleep(1000);
    return { waitedMs: Date.now() - started, capped: true };
  }
  while (Date.now() - started < 3000) {
    await sleep(200);
    const now = childrenCpu();
    if (cpuUsedMs(before, now) <= 10) return { waitedMs: Date.now() - started, capped: false };
    before = now;
  }
  return { waitedMs: Date.now() - started, capped: true };
}

/**
 * One load: `{ readyMs, paintMs, wireBytes, requests, idle }` (requests: HTTP ones; idle: what
 * browserIdle waited). `blank`: a page with no checks (only paintMs); `atOnce`: navigate as the
 * window opens, without waiting for it to be idle (how this bench measured until 2026-12-01).
 */
async function load(browser, url, { network, blank = false, atOnce = false } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const idle = atOnce ? null : await browserIdle();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  let wireBytes = 0;
  let requests = 0;
  const http = new Set();
  cdp.on('Network.requestWillBeSent', (e) => /^https?:/.test(e.request.url) && http.add(e.requestId));
  cdp.on('Network.loadingFinished', (e) => {
    wireBytes += e.encodedDataLength;
    if (http.has(e.requestId)) requests += 1;
  });
  await page.goto(`${url}?lang=en`);
  if (blank) await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  else await page.waitForSelector('body[data-ready="true"]');
  const { readyMs, paintMs } = await page.evaluate(() => ({
    readyMs: performance.getEntriesByName('dotbe-ready')[0]?.startTime ?? NaN,
    paintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  // Late requests (the favicon) count towards the page's bytes too.
  await page.waitForLoadState('networkidle');
  await context.close();
  return { readyMs, paintMs, wireBytes, requests, idle };
}

/** A server of one blank page (a line of text, no script, no style): the harness's floor. */
function blankServer() {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en"><meta charset="utf-8"><title>Blank</title><p>A blank page.</p>');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * `rounds` loads on each network, interleaved, with as many of a blank page on localhost
 * (`floor`: its first paint) and of the page navigated as the window opens (`atOnce`, the method
 * before 2026-12-01, for comparison); samples by kind.
 */
export async function startup(browser, url, { rounds = 15, slowRounds = 5 } = {}) {
  const blank = await blankServer();
  const blankUrl = `http://127.0.0.1:${blank.address().port}/`;
  try {
    await load(browser, url); // the server compresses each file once: not part of what is measured
    const out = { localhost: [], slow4g: [], floor: [], atOnce: [] };
    for (let i = 0; i < Math.max(rounds, slowRounds); i++) {
      if (i < rounds) out.localhost.push(await load(browser, url));
      if (i < rounds) out.floor.push(await load(browser, blankUrl, { blank: true }));
      if (i < rounds) out.atOnce.push(await load(browser, url, { atOnce: true }));
      if (i < slowRounds) out.slow4g.push(await load(browser, url, { network: SLOW_4G }));
    }
    return out;
  } finally {
    blank.close();
  }
}
