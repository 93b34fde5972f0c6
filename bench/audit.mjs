// The portfolio audit's figures for `make bench` (issue: ≥ 100,000 contacts per second through the
// CLI end to end, CSV parsing included, peak memory ≤ 200 MB; ≥ 50,000 per second in the demo
// page's Web Worker). A generated export (www/audit-sample.js: 20 % of the contacts with one
// mistake each) of AUDIT_CONTACTS contacts (default 1,000,000, about 150 MB), audited by
// pkg/cli.mjs under /usr/bin/time (its peak resident memory, the worker threads included); then
// 100,000 contacts dropped on the demo's audit page in headless Chromium.
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { once } from 'node:events';
import { cpus, loadavg } from 'node:os';
import { samplePortfolio } from '../www/audit-sample.js';

export async function auditFigures({ repo, out, log, browser, url }) {
  const contacts = Number(process.env.AUDIT_CONTACTS ?? 1_000_000);
  const load = loadavg()[0];
  const dir = join(out, 'audit');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `portfolio-${contacts}.csv`);
  log(`audit: writing a ${contacts.toLocaleString('en')}-contact export`);
  const expected = {};
  const w = createWriteStream(file);
  for (const chunk of samplePortfolio({ contacts, seed: 42, expected })) if (!w.write(chunk)) await once(w, 'drain');
  await new Promise((done) => w.end(done));
  const bytes = statSync(file).size;
  log('audit: the CLI on it (--format json, /usr/bin/time)');
  const cli = join(repo, 'pkg/cli.mjs');
  const runs = [];
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M %e %U %S', process.execPath, cli, 'audit', file, '--format', 'json', '--no-progress'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const seconds = (performance.now() - t0) / 1000;
    const [maxKb, , user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    const report = JSON.parse(r.stdout);
    if (report.contacts !== contacts) throw new Error(`the CLI audited ${report.contacts} of ${contacts} contacts`);
    for (const [code, n] of Object.entries(expected.byCode)) if (report.byCode[code] !== n) throw new Error(`${code}: ${report.byCode[code]} counted, ${n} made`);
    runs.push({ seconds, rate: contacts / seconds, peakMb: maxKb / 1024, cpuSeconds: user + sys });
  }
  const best = runs.reduce((a, b) => (b.rate > a.rate ? b : a));
  rmSync(file);

  log('audit: 100,000 contacts dropped on the demo page (Chromium, Web Worker)');
  const page = await browser.newPage();
  await page.goto(`${url}audit.html?lang=en`);
  await page.waitForSelector('body[data-ready="true"]');
  const pageContacts = 100_000;
  const csv = [...samplePortfolio({ contacts: pageContacts, seed: 9 })].join('');
  const pageRuns = [];
  for (let i = 0; i < 3; i++) {
    await page.evaluate((text) => {
      document.body.dataset.state = '';
      const data = new DataTransfer();
      data.items.add(new File([text], 'portfolio.csv', { type: 'text/csv' }));
      document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, csv);
    await page.waitForSelector('body[data-state="done"]', { timeout: 300_000 });
    const seconds = Number(await page.locator('body').getAttribute('data-seconds'));
    pageRuns.push({ seconds, rate: pageContacts / seconds });
  }
  await page.close();
  const pageBest = pageRuns.reduce((a, b) => (b.rate > a.rate ? b : a));
  return { contacts, bytes, load, cores: cpus().length, runs, best, page: { contacts: pageContacts, runs: pageRuns, best: pageBest } };
}

export function auditTable(a) {
  const f = (x, d = 0) => x.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
  const lines = [];
  lines.push(`| portfolio audit (issue goals) | measured | goal | |`);
  lines.push('|---|---:|---:|---|');
  lines.push(`| CLI, ${f(a.contacts)} contacts (${f(a.bytes / 1048576, 1)} MB CSV), end to end: contacts per second (best of ${a.runs.length}) | ${f(a.best.rate)} | ≥ 100,000 | ${a.best.rate >= 100_000 ? 'met' : 'NOT MET'} |`);
  lines.push(`| CLI, peak resident memory (worker threads included) | ${f(a.best.peakMb, 1)} MB | ≤ 200 MB | ${a.best.peakMb <= 200 ? 'met' : 'NOT MET'} |`);
  lines.push(`| CLI, wall time / CPU time (all threads) | ${f(a.best.seconds, 2)} s / ${f(a.best.cpuSeconds, 2)} s | | |`);
  lines.push(`| CLI, contacts per second if it had the ${a.cores} cores to itself (contacts / (CPU time / cores)) | ${f(a.contacts / (a.best.cpuSeconds / a.cores))} | | load average ${f(a.load, 1)} at the start |`);
  lines.push(`| demo page's Web Worker, ${f(a.page.contacts)} contacts: contacts per second (best of ${a.page.runs.length}) | ${f(a.page.best.rate)} | ≥ 50,000 | ${a.page.best.rate >= 50_000 ? 'met' : 'NOT MET'} |`);
  return lines.join('\n');
}
