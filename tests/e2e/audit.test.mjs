// The "Audit an export" page as a reseller uses it: served by the demo server (its CSP), a file
// dropped on the page, the progress, the charts (SVG with their numbers as tables), the contacts
// to fix first, and the fixed CSV downloaded — all in a Web Worker, the page never busy for more
// than 50 ms at a time, and no request but the demo's own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useDemo } from './browser.mjs';
import { samplePortfolio } from '../../www/audit-sample.js';

const demo = useDemo({ before, after });

async function openAudit(lang = 'en') {
  const page = await demo.browser.newPage({ viewport: { width: 1100, height: 1200 } });
  const errors = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${demo.url}audit.html?lang=${lang}`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors, requests };
}

test('the main page links to the audit page', async () => {
  const page = await demo.open('fr');
  const link = page.getByRole('link', { name: 'Contrôler un export de vos contacts existants' });
  await link.click();
  await page.waitForSelector('body[data-ready="true"]');
  assert.match(page.url(), /audit\.html/);
  await page.close();
});

test('a dropped export: progress, charts with their numbers, contacts to fix first, the fixed CSV', async () => {
  const { page, errors, requests } = await openAudit('en');
  const expected = {};
  const csv = [...samplePortfolio({ contacts: 40_000, seed: 5, expected })].join('');
  // Dropped as a person drops a file: a drop event carrying it.
  // (Making the 6 MB file inside the page is the test's own work: the page is timed from the drop.)
  const dropped = await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'portfolio.csv', { type: 'text/csv' }));
    const at = performance.now();
    document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    return at;
  }, csv);
  await page.waitForSelector('body[data-progressed="true"]', { timeout: 60_000 });
  await page.waitForSelector('body[data-state="done"][data-rendered="true"]', { timeout: 120_000 });
  // The page stayed responsive: no task of the main thread over 50 ms from the drop to the report.
  const long = (await page.evaluate(() => window.__long)).filter((t) => t.start >= dropped);
  assert.deepEqual(long.filter((t) => t.duration > 50), []);
  assert.equal(await page.locator('#results-summary').textContent(), `40,000 contacts holding ${expected.domains.toLocaleString('en')} domains; ${(40_000 - expected.faulty + (expected.byCode.implausible ?? 0) + (expected.byCode.vat_pending ?? 0) + (expected.byCode.email_typo ?? 0)).toLocaleString('en')} pass DNS Belgium’s checks.`);

  // Three charts, each an SVG image with a title and a description, and its numbers as a table.
  const charts = page.locator('figure svg[role="img"]');
  assert.equal(await charts.count(), 3);
  for (const id of ['chart-risks', 'chart-codes', 'chart-fields']) {
    const labelled = await page.locator(`#${id} svg`).getAttribute('aria-labelledby');
    for (const part of labelled.split(' ')) assert.ok((await page.locator(`#${part}`).textContent()).length > 10, part);
  }
  const codes = await page.locator('#chart-codes tbody tr').evaluateAll((rows) => rows.map((r) => [r.cells[0].textContent, r.cells[1].textContent]));
  const want = Object.entries(expected.byCode).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([c, k]) => [c, k.toLocaleString('en')]);
  assert.deepEqual(codes.sort(), want.sort());
  const risks = await page.locator('#chart-risks tbody tr th').allTextContents();
  assert.deepEqual(risks, ['Refused by DNS Belgium', 'Revoke', 'Bounce']);
  // The contacts to fix first, most domains first, with the fix.
  const domains = (await page.locator('#fix-first tbody tr td:nth-child(3)').allTextContents()).map((d) => Number(d.replace(/,/g, '')));
  assert.equal(domains.length, 100);
  assert.deepEqual(domains, [...domains].sort((a, b) => b - a));
  assert.ok((await page.locator('#fix-first .fix-valid').count()) > 0);

  // The fixed CSV, downloaded: every line, the changes column.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
  assert.equal(download.suggestedFilename(), 'portfolio-fixed.csv');
  const fixed = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = fixed.split('\n');
  assert.equal(lines.length, csv.split('\n').length);
  assert.match(lines[0], /,dotbe-rules changes$/);
  assert.ok(fixed.includes('postalCode: B-'), 'a postal code fixed, and said so');

  const origin = new URL(demo.url).origin;
  assert.deepEqual(requests.filter((r) => !r.startsWith(origin) && !r.startsWith('blob:')), [], 'nothing leaves the browser');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the example portfolio, in the four languages', async () => {
  const { page, errors } = await openAudit('nl');
  assert.equal(await page.locator('h1').textContent(), 'Een export controleren');
  await page.getByRole('button', { name: 'Maak een voorbeeldportefeuille (10.000 contacten)' }).click();
  await page.waitForSelector('body[data-state="done"][data-rendered="true"]', { timeout: 60_000 });
  assert.match(await page.locator('#results-summary').textContent(), /^10\.000 contacten met [\d.]+ domeinnamen; [\d.]+ doorstaan de controles van DNS Belgium\.$/);
  // The messages come from the library in the page's language.
  assert.ok((await page.locator('#fix-first li').allTextContents()).some((m) => /register|postcode|veld/.test(m)));
  for (const [lang, title, risk] of [['fr', 'Contrôler un export', 'Refusé par DNS Belgium'], ['de', 'Einen Export prüfen', 'Von DNS Belgium abgelehnt'], ['en', 'Audit an export', 'Refused by DNS Belgium']]) {
    await page.selectOption('select[name="lang"]', lang);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.equal(await page.locator('h1').textContent(), title);
    assert.equal(await page.locator('#chart-risks tbody tr th').first().textContent(), risk);
  }
  // A file it cannot read says why.
  await page.setInputFiles('#file', { name: 'book.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]) });
  await page.waitForSelector('body[data-state="failed"]');
  assert.match(await page.locator('#status').textContent(), /This file cannot be audited: This is a ZIP file/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('axe-core finds no violation on the audit page, before and after a report; nor at 360 px', async () => {
  const axe = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
  const context = await demo.browser.newContext({ bypassCSP: true, viewport: { width: 1100, height: 1200 } });
  const page = await context.newPage();
  const violations = async () => {
    await page.addScriptTag({ path: axe });
    return page.evaluate(async () => (await window.axe.run()).violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  };
  await page.goto(`${demo.url}audit.html?lang=en`);
  await page.waitForSelector('body[data-ready="true"]');
  assert.deepEqual(await violations(), []);
  await page.locator('#sample').click();
  await page.waitForSelector('body[data-state="done"][data-rendered="true"]', { timeout: 60_000 });
  assert.deepEqual(await violations(), []);
  await page.setViewportSize({ width: 360, height: 740 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false, 'no horizontal scrolling at 360 px');
  await page.screenshot({ path: 'tests/out/audit-360.png', fullPage: false });
  await context.close();
});
