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

test('a code being typed shows nothing until the field is left; then the count; the full code turns the field valid', async () => {
  const page = await openPage();
  // A fresh form shows no errors and sets no custom validity.
  assert.deepEqual(await messages(page), []);
  assert.equal(await code(page).getAttribute('aria-invalid'), null);
  assert.notEqual(await code(page).evaluate((el) => el.validationMessage), 'Please fill in this field.', 'the browser\'s own "required" only');

  await code(page).pressSequentially('123 456 789 012 34');
  assert.deepEqual(await messages(page), [], '14 digits: the 15th may still come');
  await page.locator('input[name="issuedAt"]').focus();
  assert.deepEqual(await messages(page), [
    'An authorisation code has 15 digits, in five groups of three (123-456-789-012-345); you entered 14.',
  ]);
  assert.equal(await code(page).getAttribute('aria-invalid'), 'true');
  assert.equal(await code(page).evaluate((el) => el.validity.valid), false, 'setCustomValidity blocks submit');
  const describedBy = (await code(page).getAttribute('aria-describedby')).split(' ');
  assert.ok(describedBy.includes('authCode-msg'), 'messages are linked to the field');

  await code(page).focus();
  await code(page).press('End');
  await code(page).pressSequentially('5');
  assert.deepEqual(await messages(page), [], 'gone on the keystroke that fixed it');
  assert.equal(await code(page).getAttribute('aria-invalid'), null);
  assert.equal(await code(page).evaluate((el) => el.validity.valid), true);
  assert.equal(await page.locator('#authCode-sent output').textContent(), '123-456-789-012-345');
  await page.close();
});

test('a sixteenth digit shows at once; six digits say nothing while typing', async () => {
  const page = await openPage();
  await code(page).pressSequentially('123 456');
  assert.deepEqual(await messages(page), []);
  await code(page).fill('');
  await code(page).pressSequentially('123 456 789 012 345 6');
  assert.deepEqual(await messages(page), [
    'An authorisation code has 15 digits, in five groups of three (123-456-789-012-345); you entered 16.',
  ]);
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

test('a letter is named, at once, and "use this" applies the repair', async () => {
  const page = await openPage();
  await code(page).pressSequentially('123-456-78O');
  assert.deepEqual(await messages(page), [], 'half typed, the rest may still make it a registry code');
  await code(page).pressSequentially('-012-345');
  assert.deepEqual(await messages(page), ['An authorisation code has digits only, and this is not one: “O” (at position 11). Use 123-456-780-012-345']);
  await page.getByRole('button', { name: 'Use 123-456-780-012-345' }).click();
  assert.equal(await code(page).inputValue(), '123-456-780-012-345');
  assert.deepEqual(await messages(page), []);
  await page.close();
});

test('the browser blocks submitting an empty code and our message appears', async () => {
  const page = await openPage();
  await page.getByRole('button', { name: 'Start the transfer' }).click();
  assert.deepEqual(await messages(page), ['Please fill in this field.']);
  assert.equal(await code(page).getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#status').textContent(), '');
  await page.close();
});

test('the language switch re-renders labels, the tab title and messages', async () => {
  const page = await openPage();
  await code(page).fill('123 456 789 012 34');
  await page.locator('input[name="issuedAt"]').focus();
  for (const [lang, label, title, message] of [
    ['nl', 'Transfercode', 'Een .be-domeinnaam bestellen of verhuizen — Voorbeeldreseller', 'Een transfercode telt 15 cijfers, in vijf groepen van drie (123-456-789-012-345); u gaf er 14 in.'],
    ['fr', 'Code de transfert', 'Commander ou transférer un domaine .be — Revendeur exemple', 'Un code de transfert compte 15 chiffres, en cinq groupes de trois (123-456-789-012-345)\u00a0; vous en avez saisi 14.'],
    ['de', 'Transfercode', 'Eine .be-Domain bestellen oder transferieren — Beispiel-Reseller', 'Ein Transfercode hat 15 Ziffern in fünf Dreiergruppen (123-456-789-012-345); Sie haben 14 eingegeben.'],
    ['en', 'Authorisation code', 'Order or transfer a .be domain — Sample Reseller', 'An authorisation code has 15 digits, in five groups of three (123-456-789-012-345); you entered 14.'],
  ]) {
    await page.selectOption('select[name="lang"]', lang);
    // The page switches once the language's messages are in (a file of the package, loaded once).
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    assert.equal(await page.title(), title);
    assert.equal(await page.locator('label[for="authCode"]').textContent(), label);
    assert.deepEqual(await messages(page), [message]);
  }
  await page.close();
});

test('the page comes written in its language: nothing for the script to change, so the first frame is never in English for a Dutch, French or German visitor', async () => {
  const unescape = (t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  for (const [lang, locale, query] of [['nl', 'en-GB', '?lang=nl'], ['fr', 'fr-BE', ''], ['de', 'de-DE', '']]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const response = await page.goto(url + query);
    const html = await response.text();
    assert.match(html, new RegExp(`<html lang="${lang}">`), lang);
    assert.match(html, new RegExp(`<option value="${lang}" selected>`), lang);
    const served = Object.fromEntries([...html.matchAll(/\sdata-t="(\w+)"[^>]*>([^<]*)</g)].map((m) => [m[1], unescape(m[2])]));
    await page.waitForSelector('body[data-ready="true"]');
    const shown = await page.evaluate(() => [...document.querySelectorAll('[data-t]')].map((el) => [el.dataset.t, el.textContent]));
    assert.ok(shown.length > 50, `${shown.length} words`);
    // What the page shows once ready is what the server sent: the words need no second frame.
    const changed = shown.filter(([key, text]) => key in served && served[key] !== text);
    assert.deepEqual(changed, [], lang);
    assert.notEqual(served.pageTitle, 'Order or transfer a .be domain', lang);
    // The e-mail language's default too (German readers get English), as the order form sets it.
    const mail = /<select id="language"[\s\S]*?<option value="(\w+)" selected>/.exec(html)?.[1];
    assert.equal(mail, { nl: 'nl', fr: 'fr', de: 'en' }[lang], lang);
    assert.equal(await page.locator('select#language').inputValue(), mail, lang);
    await context.close();
  }
});

test('an internal transfer accepts a reseller code; an external one asks for the registry code', async () => {
  const page = await openPage();
  await code(page).fill('Xk4-9pQ_z');
  assert.deepEqual(await messages(page), [
    'This looks like an internal code from your provider. This step needs the 15-digit authorisation code that DNS Belgium e-mails to the holder.',
  ]);
  await page.getByLabel('With another reseller of our registrar').check();
  assert.deepEqual(await messages(page), []);
  assert.equal(await code(page).evaluate((el) => el.validity.valid), true);
  await page.close();
});

test('an old issue date: the expiry in the user\'s own time zone and the language\'s layout', async () => {
  for (const [timezoneId, lang, expected] of [
    ['Europe/Brussels', 'en', /^This code expired on 08\/01\/2020 at 00:00:/],
    ['America/New_York', 'en', /^This code expired on 08\/01\/2020 at 00:00:/],
    ['Asia/Tokyo', 'de', /^Dieser Code ist am 08\.01\.2020 um 00:00 Uhr abgelaufen:/],
  ]) {
    const context = await browser.newContext({ timezoneId });
    const page = await context.newPage();
    await page.goto(`${url}?lang=${lang}`);
    await page.waitForSelector('body[data-ready="true"]');
    await code(page).fill('123-456-789-012-345');
    // The day the code came, as the user means it: from midnight in their zone, 7 days on.
    await page.locator('input[name="issuedAt"]').fill('2020-01-01');
    const [m] = await messages(page);
    assert.match(m, expected, timezoneId);
    assert.doesNotMatch(m, /UTC|2020-01-08/);
    await context.close();
  }
});

test('keyboard only, narrow screen, strict CSP: the page works and stays local', async () => {
  const page = await openPage('?lang=nl', { width: 360, height: 740 });
  await page.keyboard.press('Tab'); // brand link
  await page.keyboard.press('Tab'); // language
  await page.keyboard.press('Tab'); // example data
  await page.keyboard.press('Tab'); // domain name
  assert.equal(await page.evaluate(() => document.activeElement?.name), 'domain');
  await page.keyboard.type('café');
  await page.keyboard.press('Tab'); // our name servers
  assert.equal(await page.locator('#domain-sent').innerText(), 'Geregistreerd in de DNS als xn--caf-dma.be');
  await code(page).focus();
  await page.keyboard.type('123 456 789 012 34');
  await page.keyboard.press('Tab');
  assert.equal((await messages(page)).length, 1);
  const header = await page.locator('header.top').boundingBox();
  assert.ok(header.height < 64, `the header stays on one line at 360 px (${header.height} px)`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no horizontal scrolling at 360 px');
  mkdirSync('tests/out', { recursive: true });
  await page.screenshot({ path: 'tests/out/demo-360.png', fullPage: true });
  await page.close();

  const origin = new URL(url).origin;
  assert.deepEqual(requests.filter((r) => !r.startsWith(origin)), [], 'no request leaves the demo server');
  assert.deepEqual(consoleErrors, [], 'no console errors (CSP violations included)');
});
