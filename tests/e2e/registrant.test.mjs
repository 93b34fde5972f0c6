// The registrant form as a user meets it: per-field feedback while typing, the whole form on
// submit, the values that will be sent, and the language switch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo } from './browser.mjs';

const demo = useDemo({ before, after });

async function openPage(lang = 'en') {
  const page = await demo.open(lang);
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return page;
}

const messages = (page, field) => page.locator(`#${field}-msg .issue`).allTextContents();

async function fillValid(page) {
  await page.locator('#name').fill('Jan Peeters');
  await page.locator('#street').fill('Kerkstraat 12');
  await page.locator('#postalCode').fill('9000');
  await page.locator('#city').fill('Gent');
  await page.locator('#email').fill('jan.peeters@telenet.be');
  await page.locator('#phone').fill('0475 12 34 56');
}

test('a wrong Belgian postal code shows an example while typing', async () => {
  const page = await openPage();
  assert.equal(await page.locator('#country').inputValue(), 'BE', 'Belgium is preselected');
  await page.locator('#postalCode').pressSequentially('900');
  assert.deepEqual(await messages(page, 'postalCode'), ['Not a valid postal code (country: Belgium). A valid one looks like this: 4000.']);
  assert.equal(await page.locator('#postalCode').getAttribute('aria-invalid'), 'true');
  // Other fields the user has not touched stay quiet.
  assert.deepEqual(await messages(page, 'name'), []);
  await page.locator('#postalCode').pressSequentially('0');
  assert.deepEqual(await messages(page, 'postalCode'), []);
  assert.equal(await page.locator('#postalCode').getAttribute('aria-invalid'), null);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a foreign phone typed nationally: read with the registrant\'s country, or told the expected length', async () => {
  const page = await openPage();
  await page.locator('#phone').fill('07700 900123');
  assert.deepEqual(await messages(page, 'phone'), ['After +32, a number has 8 or 9 digits; this one has 10.']);
  await page.locator('#country').selectOption('GB');
  assert.deepEqual(await messages(page, 'phone'), [], 'the country is context: the UK number now reads');
  await fillValid(page);
  await page.locator('#country').selectOption('FR');
  await page.locator('#postalCode').fill('75001');
  await page.locator('#phone').fill('06 12 34 56 78');
  await page.getByRole('button', { name: 'Check and continue' }).click();
  const sent = await page.locator('#registrant-sent').innerText();
  assert.match(sent, /phone\s+\+33\.612345678/);
  assert.match(sent, /country\s+FR/);
  await page.close();
});

test('a typographic apostrophe is located, explained and mended with one click', async () => {
  const page = await openPage();
  await page.locator('#name').fill('Jan D’Hondt');
  assert.deepEqual(await messages(page, 'name'), [
    '“’” at position 6 cannot be sent to the registry, which accepts Western European (Latin-1) characters only. Use Jan D\'Hondt',
  ]);
  await page.getByRole('button', { name: "Use Jan D'Hondt" }).click();
  assert.equal(await page.locator('#name').inputValue(), "Jan D'Hondt");
  assert.deepEqual(await messages(page, 'name'), []);
  await page.close();
});

test('a missing VAT number of an organisation is reported on submit, in two languages', async () => {
  const page = await openPage();
  await fillValid(page);
  await page.locator('#holder').selectOption('organization');
  await page.locator('#organization').fill('Peeters BV');
  await page.getByRole('button', { name: 'Check and continue' }).click();
  assert.deepEqual(await messages(page, 'vat'), [
    'Organisations in the EU and EEA must give their VAT number (or PENDING if it has been applied for).',
  ]);
  assert.equal(await page.locator('#registrant-sent').isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'vat', 'focus goes to the first field to fix');
  await page.selectOption('select[name="lang"]', 'nl');
  assert.deepEqual(await messages(page, 'vat'), [
    'Organisaties in de EU en de EER moeten hun btw-nummer opgeven (of PENDING als het is aangevraagd).',
  ]);
  assert.equal(await page.locator('#country option:checked').textContent(), 'België (+32)');
  await page.locator('#vat').fill('BE 0403.170.701');
  await page.getByRole('button', { name: 'Controleren en verder' }).click();
  assert.match(await page.locator('#registrant-sent').innerText(), /vat\s+BE0403170701/);
  await page.close();
});
