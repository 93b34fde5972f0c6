// Accessibility of the demo (axe-core, injected) on the initial page and on a page full of
// messages; and the screenshot of the form with live messages that README.md shows (written by
// this test, so it stays current).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { useDemo } from './browser.mjs';

const demo = useDemo({ before, after });
const axe = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const screenshot = fileURLToPath(new URL('../../docs/demo.png', import.meta.url));

async function violations(page) {
  await page.addScriptTag({ path: axe });
  return page.evaluate(async () =>
    (await window.axe.run()).violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  );
}

test('axe-core finds no violation on the initial page nor on a page full of messages', async () => {
  // axe is injected as an inline script: this page only, CSP off (the CSP has its own test).
  const context = await demo.browser.newContext({ bypassCSP: true, viewport: { width: 1024, height: 1400 } });
  const page = await context.newPage();
  await page.goto(`${demo.url}?lang=en`);
  await page.waitForSelector('body[data-ready="true"]');
  assert.deepEqual(await violations(page), []);
  await page.locator('#authCode').fill('123 456 789 012 34');
  await page.locator('#domain').fill('hőtel');
  await page.getByLabel('Use our name servers').uncheck();
  await page.locator('#ns0').fill('ns1.hotel.be');
  await page.locator('#ns1').fill('ns1.hotel.be');
  await page.locator('#name').fill('Jan D’Hondt');
  await page.locator('#postalCode').fill('B-9000');
  await page.locator('#email').fill('jan@gmial.com');
  await page.locator('#phone').fill('0475 12 34');
  await page.locator('#holder').selectOption('organization');
  await page.getByRole('button', { name: 'Check and continue' }).click();
  await page.locator('#changeOrganization').fill('Duvel Moortgat NV');
  assert.ok((await page.locator('.issue').count()) >= 8, 'the page is full of messages');
  assert.deepEqual(await violations(page), []);
  await context.close();
});

test('no layout shift: messages appear without moving the page under the user (CLS 0)', async () => {
  const page = await demo.open('en', { width: 360, height: 740 });
  await page.evaluate(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.locator('#authCode').pressSequentially('123 456 789 012 34');
  await page.locator('#name').pressSequentially('Jan D’Hondt');
  await page.locator('#postalCode').pressSequentially('900');
  await page.waitForTimeout(700); // past the input window, so a late shift would count
  assert.equal(await page.evaluate(() => window.__shift), 0);
  await page.close();
});

test('the README screenshot: the registrant form with live messages', async () => {
  const page = await demo.open('en', { width: 900, height: 900 });
  await page.locator('#domain').fill('Café');
  await page.locator('#name').fill('Jan D’Hondt');
  await page.locator('#postalCode').fill('B-9000');
  await page.locator('#city').fill('Gent');
  await page.locator('#email').fill('jan@gmial.com');
  await page.locator('#phone').fill('0475 12 34 56');
  const form = page.locator('#registrant');
  await form.screenshot({ path: screenshot });
  await page.close();
});
