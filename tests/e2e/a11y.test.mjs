// Accessibility and layout of the demo: axe-core (injected) on the initial page and on a page
// full of messages; no layout shift; one h1 and headings in order; one focus style; an even
// vertical rhythm; and the screenshot of the order form with live messages that README.md shows
// (written by this test, so it stays current).
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
  await page.locator('#domain').fill('hőtel');
  await page.getByLabel('Use our name servers').uncheck();
  await page.locator('#ns0').fill('ns1.hotel.be');
  await page.locator('#ns1').fill('ns1.hotel.be');
  await page.locator('#holder').selectOption('organization');
  await page.locator('#name').fill('Jan D’Hondt');
  await page.locator('#postalCode').fill('B-9000');
  await page.locator('#email').fill('jan@gmial.com');
  await page.locator('#phone').fill('0475 12 34');
  await page.locator('#order button[type="submit"]').click();
  await page.locator('#authCode').fill('123 456 789 012 34');
  await page.locator('#issuedAt').focus();
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
  await page.locator('#name').pressSequentially('Jan D’Hondt');
  await page.locator('#postalCode').pressSequentially('900');
  await page.locator('#city').pressSequentially('Gent');
  await page.locator('#authCode').pressSequentially('123 456 789 012 34');
  await page.keyboard.press('Tab');
  await page.waitForTimeout(700); // past the input window, so a late shift would count
  assert.equal(await page.evaluate(() => window.__shift), 0);
  await page.close();
});

test('one h1 that says what the page is; headings in order; the sections in checkout order', async () => {
  const page = await demo.open('en');
  const headings = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3')].map((h) => `${h.tagName} ${h.textContent}`));
  assert.deepEqual(headings.filter((h) => h.startsWith('H1')), ['H1 Order or transfer a .be domain']);
  assert.deepEqual(headings.filter((h) => h.startsWith('H2')), [
    'H2 Your .be domain',
    'H2 Name servers',
    'H2 Domain holder',
    'H2 Transfer a .be domain to us',
    'H2 Change the holder of a domain',
  ]);
  const levels = headings.map((h) => Number(h[1]));
  assert.ok(levels.every((l, i) => i === 0 || l <= levels[i - 1] + 1), `no level skipped: ${headings.join(' / ')}`);
  await page.close();
});

test('one focus style for every kind of control; hints between label and control', async () => {
  const page = await demo.open('en');
  const styles = [];
  for (const selector of ['#domain', '#holder', '#street', 'input[name="useGroup"]', '#order-example', '#order button[type="submit"]', 'input[name="type"][value="external"]']) {
    await page.locator(selector).focus();
    await page.keyboard.press('Shift');
    styles.push(await page.locator(selector).evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.outlineOffset}`;
    }));
  }
  assert.equal(new Set(styles).size, 1, styles.join(' | '));
  const misplaced = await page.evaluate(() => [...document.querySelectorAll('.hint')].filter((hint) => {
    const control = hint.parentElement.querySelector('input, select, textarea');
    return !control || hint.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_PRECEDING;
  }).map((h) => h.id));
  assert.deepEqual(misplaced, [], 'every hint comes before its control');
  await page.close();
});

test('an even vertical rhythm between the fields of a quiet form', async () => {
  const page = await demo.open('en');
  await page.locator('#holder').selectOption('organization');
  const gaps = await page.evaluate(() => {
    const fields = [...document.querySelectorAll('#order section:last-of-type .field')]
      .filter((f) => f.offsetParent)
      .map((f) => {
        const label = f.querySelector('label').getBoundingClientRect();
        const control = f.querySelector('input, select, textarea').getBoundingClientRect();
        return { top: Math.round(label.top), bottom: Math.round(control.bottom) };
      });
    // One line per row of fields side by side (the same top); the gap from one line to the next.
    const lines = [];
    for (const f of fields) {
      const line = lines.find((l) => Math.abs(l.top - f.top) < 2);
      if (line) line.bottom = Math.max(line.bottom, f.bottom);
      else lines.push({ ...f });
    }
    lines.sort((a, b) => a.top - b.top);
    return lines.slice(1).map((l, i) => l.top - lines[i].bottom);
  });
  assert.ok(gaps.length >= 6, `${gaps}`);
  // The WHOIS box sits between the holder type and the next field: one rhythm step each side.
  const steps = gaps.filter((g) => g < 40);
  assert.ok(Math.max(...steps) - Math.min(...steps) <= 2, `gaps between fields: ${gaps.join(', ')} px`);
  await page.close();
});

test('the README screenshot: the order form with live messages', async () => {
  const page = await demo.open('en', { width: 900, height: 900 });
  await page.locator('#domain').fill('Café');
  await page.locator('#name').pressSequentially('Jan D’Hondt');
  await page.locator('#street').fill('Kerkstraat 12');
  await page.locator('#postalCode').pressSequentially('B-9000');
  await page.locator('#city').fill('Gent');
  await page.locator('#email').pressSequentially('jan@gmial.com');
  await page.locator('#phone').pressSequentially('0475 12 34 56');
  await page.locator('#fax').focus();
  const form = page.locator('#order');
  await form.screenshot({ path: screenshot });
  await page.close();
});
