// The demo page as a user meets it: served by the real demo server (with its CSP), driven by
// keyboard in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';
import { launch } from './browser.mjs';

let server, url, browser;
const consoleErrors = [];
const requests = [];

before(async () => {
  ({ server, url } = await startServer({ port: 0 }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(query = '?lang=en', viewport = { width: 1024, height: 900 }) {
  const page = await browser.newPage({ viewport });
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url + query);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

const code = (page) => page.locator('input[name="authCode"]');
const messages = (page) => page.locator('#authCode-msg .issue').allTextContents();

test('a code one digit short shows the digit count at once; the full code turns the field valid', async () => {
  const page = await openPage();
  // A fresh form shows no errors.
  assert.deepEqual(await messages(page), []);
  assert.equal(await code(page).getAttribute('aria-invalid'), null);

  await code(page).pressSequentially('123 456 789 012 34');
  assert.deepEqual(await messages(page), [
    'An authorisation code has 15 digits in five groups of three (123-456-789-012-345); you entered 14.',
  ]);
  assert.equal(await code(page).getAttribute('aria-invalid'), 'true');
  assert.equal(await code(page).evaluate((el) => el.validity.valid), false, 'setCustomValidity blocks submit');
  const describedBy = (await code(page).getAttribute('aria-describedby')).split(' ');
  assert.ok(describedBy.includes('authCode-msg'), 'messages are linked to the field');

  await code(page).fill('');
  await code(page).pressSequentially('123-456-789-012-345');
  assert.deepEqual(await messages(page), []);
  assert.equal(await code(page).getAttribute('aria-invalid'), null);
  assert.equal(await code(page).evaluate((el) => el.validity.valid), true);
  assert.equal(await page.locator('#authCode-sent output').textContent(), '123-456-789-012-345');
  await page.close();
});

test('pasted variants show the canonical form that will be sent, and submit goes through', async () => {
  const page = await openPage();
  await code(page).fill('123 456 789 012 345');
  assert.equal(await page.locator('#authCode-sent').isVisible(), true);
  assert.equal(await page.locator('#authCode-sent output').textContent(), '123-456-789-012-345');
  await page.keyboard.press('Enter');
  assert.match(await page.locator('#status').textContent(), /123-456-789-012-345/);
  await page.close();
});

test('a letter is named with its position, and "use this" applies the repair', async () => {
  const page = await openPage();
  await code(page).fill('123-456-78O-012-345');
  assert.deepEqual(await messages(page), [
    '“O” at position 11 is not a digit: the authorisation code from DNS Belgium has digits only. Use 123-456-780-012-345',
  ]);
  await page.getByRole('button', { name: 'Use 123-456-780-012-345' }).click();
  assert.equal(await code(page).inputValue(), '123-456-780-012-345');
  assert.deepEqual(await messages(page), []);
  await page.close();
});

test('the browser blocks submitting an invalid code and the message appears', async () => {
  const page = await openPage();
  await page.getByRole('button', { name: 'Start the transfer' }).click();
  assert.deepEqual(await messages(page), ['This field is required.']);
  assert.equal(await code(page).getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#status').textContent(), '');
  await page.close();
});

test('the language switch re-renders labels and messages', async () => {
  const page = await openPage();
  await code(page).fill('123 456 789 012 34');
  for (const [lang, label, message] of [
    ['nl', 'Transfercode', 'Een transfercode telt 15 cijfers in vijf groepen van drie (123-456-789-012-345); u gaf er 14 in.'],
    ['fr', 'Code de transfert', 'Un code de transfert compte 15 chiffres en cinq groupes de trois (123-456-789-012-345)\u00a0; vous en avez saisi 14.'],
    ['de', 'Transfercode', 'Ein Transfercode hat 15 Ziffern in fünf Dreiergruppen (123-456-789-012-345); Sie haben 14 eingegeben.'],
    ['en', 'Authorisation code', 'An authorisation code has 15 digits in five groups of three (123-456-789-012-345); you entered 14.'],
  ]) {
    await page.selectOption('select[name="lang"]', lang);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.equal(await page.locator('label[for="authCode"]').textContent(), label);
    assert.deepEqual(await messages(page), [message]);
  }
  await page.close();
});

test('an internal transfer accepts a reseller code; an external one asks for the registry code', async () => {
  const page = await openPage();
  await code(page).fill('Xk4-9pQ_z');
  assert.deepEqual(await messages(page), [
    'This looks like an internal code from your provider. This step needs the 15-digit authorisation code that DNS Belgium e-mails to the registrant.',
  ]);
  await page.getByLabel('With another reseller of our registrar').check();
  assert.deepEqual(await messages(page), []);
  assert.equal(await code(page).evaluate((el) => el.validity.valid), true);
  await page.close();
});

test('an old issue date makes the code expired', async () => {
  const page = await openPage();
  await code(page).fill('123-456-789-012-345');
  await page.locator('input[name="issuedAt"]').fill('2020-01-01');
  const [m] = await messages(page);
  assert.match(m, /^This code expired on 2020-01-08 00:00 UTC/);
  await page.close();
});

test('keyboard only, narrow screen, strict CSP: the page works and stays local', async () => {
  const page = await openPage('?lang=nl', { width: 360, height: 740 });
  await page.keyboard.press('Tab'); // brand link
  await page.keyboard.press('Tab'); // language
  await page.keyboard.press('Tab'); // transfer type
  await page.keyboard.press('Tab'); // code
  assert.equal(await page.evaluate(() => document.activeElement?.name), 'authCode');
  await page.keyboard.type('123 456 789 012 34');
  assert.equal((await messages(page)).length, 1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no horizontal scrolling at 360 px');
  mkdirSync('tests/out', { recursive: true });
  await page.screenshot({ path: 'tests/out/demo-360.png', fullPage: true });
  await page.close();

  const origin = new URL(url).origin;
  assert.deepEqual(requests.filter((r) => !r.startsWith(origin)), [], 'no request leaves the demo server');
  assert.deepEqual(consoleErrors, [], 'no console errors (CSP violations included)');
});
