// The order on the demo page as a customer meets it: one form for the domain name, its name
// servers and the holder, checked while typing with bindForm's timing; a verdict that covers all
// three and never says "All set" over an error; the holder type and the data agreeing; what will
// be sent, in the page's language.
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

const messages = (page, id) => page.locator(`#${id}-msg .issue`).allTextContents();
const status = (page) => page.locator('#order-status').textContent();
const submit = (page) => page.locator('#order button[type="submit"]').click();

async function fillHolder(page) {
  await page.locator('#name').fill('Jan Peeters');
  await page.locator('#street').fill('Kerkstraat 12');
  await page.locator('#postalCode').fill('9000');
  await page.locator('#city').fill('Gent');
  await page.locator('#email').fill('jan.peeters@telenet.be');
  await page.locator('#phone').fill('0475 12 34 56');
}

test('a fresh order is quiet; choosing "an organisation" floods nothing', async () => {
  const page = await openPage();
  assert.equal(await page.locator('.issue').count(), 0);
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const invalid = nodes.filter((n) => n.properties?.some((p) => p.name === 'invalid' && p.value.value !== 'false'));
  assert.deepEqual(invalid.map((n) => n.name?.value), [], 'the accessibility tree reports no field invalid on an untouched page');
  await page.locator('#holder').selectOption('organization');
  assert.equal(await page.locator('.issue').count(), 0, 'no "required" on fields the user has not touched');
  assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the verdict covers the domain name, the name servers and the holder: never "All set" over an error', async () => {
  const page = await openPage();
  await fillHolder(page);
  await page.locator('#domain').fill('hőtel.be');
  await submit(page);
  assert.match(await status(page), /^Not yet/);
  assert.equal(await page.locator('#order-sent').isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'domain', 'the first field in error');

  await page.locator('#domain').fill('hotel-peeters.be');
  await page.getByLabel('Use our name servers').uncheck();
  await page.locator('#ns0').fill('ns1.provider.net');
  await submit(page);
  assert.match(await status(page), /^Not yet/, 'one name server only');
  assert.deepEqual(await messages(page, 'nameservers'), ['Give at least 2 name servers, or a name-server group.']);

  await page.locator('#ns1').fill('ns2.provider.net');
  await page.locator('#holder').selectOption('organization');
  await submit(page);
  assert.match(await status(page), /^Not yet/, 'an organisation without its name');
  assert.deepEqual(await messages(page, 'organization'), ['Please fill in this field.']);
  assert.deepEqual(await messages(page, 'vat'), ['Organisations in the EU and EEA must give their VAT number (or PENDING if it has been applied for).']);

  await page.locator('#organization').fill('Bakkerij Peeters BV');
  await page.locator('#vat').fill('BE 0403.170.701');
  await submit(page);
  assert.match(await status(page), /^All set/);
  assert.equal(await page.locator('#order-sent').isVisible(), true);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('holder type and data agree: the contact person, VAT next to the organisation, the WHOIS box', async () => {
  const page = await openPage();
  assert.equal(await page.locator('label[for="name"]').textContent(), 'Full name');
  assert.match(await page.locator('#whois-preview').textContent(), /^For a private individual, none of the details are shown/);
  await page.locator('#holder').selectOption('organization');
  assert.equal(await page.locator('label[for="name"]').textContent(), 'Contact person');
  assert.match(await page.locator('#whois-preview').textContent(), /^For an organisation, its name and address are public/);
  const order = await page.evaluate(() => [...document.querySelectorAll('#order input, #order select, #order textarea')].map((e) => e.id).filter(Boolean));
  assert.equal(order.indexOf('vat'), order.indexOf('organization') + 1, 'VAT sits next to the organisation');
  // Back to a private individual: the organisation typed is not sent.
  await page.locator('#organization').fill('Bakkerij Peeters BV');
  await page.locator('#holder').selectOption('person');
  await fillHolder(page);
  await page.locator('#domain').fill('bakkerij-peeters');
  await submit(page);
  assert.match(await status(page), /^All set/);
  const sent = await page.locator('#order-sent table:not(.epp)').innerText();
  assert.doesNotMatch(sent, /Organisation|Bakkerij Peeters BV/);
  await page.close();
});

test('what will be sent: the page language\'s labels, no empty optional rows, EPP names under technical details', async () => {
  const page = await openPage('nl');
  await page.locator('#domain').fill('café');
  await fillHolder(page);
  await submit(page);
  assert.match(await status(page), /^In orde/);
  const rows = await page.locator('#order-sent table:not(.epp) th').allTextContents();
  assert.deepEqual(rows, ['Domeinnaam', 'Naamservers', 'Houder', 'Volledige naam', 'Straat en huisnummer', 'Postcode', 'Gemeente', 'Land', 'E-mailadres', 'Telefoonnummer', 'Taal van de e-mails van DNS Belgium']);
  const sent = await page.locator('#order-sent table:not(.epp)').innerText();
  assert.match(sent, /café\.be \(xn--caf-dma\.be\)/);
  assert.match(sent, /\+32\.475123456/);
  assert.match(sent, /België/);
  assert.equal(await page.locator('#order-sent details').getAttribute('open'), null, 'technical details closed');
  assert.deepEqual((await page.locator('#order-sent .epp th').allTextContents()).slice(0, 3), ['domain:name', 'domain:ns', 'contact:name']);
  await page.close();
});

test('the language of e-mails from DNS Belgium follows the page: nl, fr, en; German readers get English', async () => {
  for (const [lang, mail] of [['nl', 'nl'], ['fr', 'fr'], ['en', 'en'], ['de', 'en']]) {
    const page = await openPage(lang);
    assert.equal(await page.locator('#language').inputValue(), mail, lang);
    await page.close();
  }
  // A French-speaking Belgian browser, no ?lang: the page and the mail language are French.
  const context = await demo.browser.newContext({ locale: 'fr-BE' });
  const page = await context.newPage();
  await page.goto(demo.url);
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await page.locator('#language').inputValue(), 'fr');
  // A choice the user made stays when the page language changes.
  await page.locator('#language').selectOption('nl');
  await page.selectOption('select[name="lang"]', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('#language').inputValue(), 'nl');
  await context.close();
});

test('example data instead of a prefilled company; the form starts empty', async () => {
  const page = await openPage();
  const values = await page.evaluate(() => [...document.querySelectorAll('input[type="text"], input[type="email"], input[type="tel"], textarea')].map((e) => e.value).filter(Boolean));
  assert.deepEqual(values, [], 'nothing prefilled');
  await page.locator('#order-example').click();
  await submit(page);
  assert.match(await status(page), /^All set/);
  await page.close();
});

test('domain name: a pasted URL offers the bare name; an A-label shows its Unicode form; the DNS form while typing', async () => {
  const page = await openPage();
  const domain = page.locator('#domain');
  await domain.pressSequentially('Café');
  assert.equal(await page.locator('#domain-sent').innerText(), 'Registered in the DNS as xn--caf-dma.be');
  await domain.fill('');
  await domain.evaluate((el) => {
    el.value = 'https://café.be/';
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  });
  await page.getByRole('button', { name: 'Use café.be' }).click();
  assert.equal(await domain.inputValue(), 'café.be');
  assert.deepEqual(await messages(page, 'domain'), []);
  await domain.fill('xn--caf-dma.be');
  assert.equal(await page.locator('#domain-sent').innerText(), 'Shown as café.be');
  await page.close();
});

test('a look-alike letter in the domain name is named and mended in one click, in Dutch', async () => {
  const page = await openPage('nl');
  await page.locator('#domain').pressSequentially('hőtel');
  assert.deepEqual(await messages(page, 'domain'), [
    'Een .be-naam kan dit niet bevatten: ‘ő’ (op positie 2). Gebruik in plaats daarvan ‘ö’. Gebruik hötel.be',
  ], 'a character no continuation can fix: at once');
  await page.getByRole('button', { name: 'Gebruik hötel.be' }).click();
  assert.equal(await page.locator('#domain-sent output').textContent(), 'xn--htel-5qa.be');
  assert.deepEqual(await messages(page, 'domain'), []);
  await page.close();
});

test('name servers: named as typed, the IP error on the IP field, "at least 2" only on leaving them, no .be wording for other hosts', async () => {
  const page = await openPage();
  await page.locator('#domain').fill('café.be');
  await page.getByLabel('Use our name servers').uncheck();
  await page.locator('#ns0').pressSequentially('ns1.café.be');
  await page.locator('#ns0ip').focus();
  assert.deepEqual(await messages(page, 'ns0'), ['ns1.café.be lies inside the domain itself, so it needs its IP address (glue).']);
  assert.deepEqual(await messages(page, 'nameservers'), [], 'not while moving within the name servers');
  await page.locator('#ns0ip').pressSequentially('193.190.');
  assert.deepEqual(await messages(page, 'ns0'), [], 'an address is being given');
  assert.deepEqual(await messages(page, 'ns0ip'), [], 'an address being typed');
  await page.locator('#ns1').focus();
  assert.deepEqual(await messages(page, 'ns0ip'), ['Not an IPv4 or IPv6 address (no leading zeros, no zone such as %eth0).'], 'on the IP field');
  await page.locator('#ns0ip').fill('193.190.198.10');
  assert.deepEqual(await messages(page, 'ns0'), []);
  await page.locator('#ns1').pressSequentially('ns_2.provider.net');
  assert.deepEqual(await messages(page, 'ns1'), ['A host name cannot contain this: “_” (at position 3).']);
  await page.locator('#ns1').fill('');
  await page.locator('#postalCode').focus();
  assert.deepEqual(await messages(page, 'nameservers'), ['Give at least 2 name servers, or a name-server group.'], 'on leaving the name servers');
  await page.close();
});

test('a foreign phone typed nationally is read with the holder\'s country; B-9000 gets the Belgian rule and 9000', async () => {
  const page = await openPage();
  await page.locator('#phone').pressSequentially('07700 900123');
  await page.locator('#postalCode').focus();
  assert.deepEqual(await messages(page, 'phone'), ['With the leading 0, a phone number has 9 or 10 digits; this one has 11.']);
  await page.locator('#country').selectOption('GB');
  assert.deepEqual(await messages(page, 'phone'), [], 'the country is context: the UK number now reads');
  await page.locator('#country').selectOption('BE');
  await page.locator('#postalCode').pressSequentially('B-9000');
  assert.deepEqual(await messages(page, 'postalCode'), ['Belgium: a postal code has 4 digits, such as 9000 (without “B-” in front). Use 9000']);
  await page.close();
});

test('a typographic apostrophe is named, and the button says what it changes', async () => {
  const page = await openPage();
  await page.locator('#name').pressSequentially('Jan D’Hondt');
  assert.deepEqual(await messages(page, 'name'), [
    "DNS Belgium does not accept this character: the curly apostrophe ’ (at position 6). Type the straight apostrophe ' instead. Use the straight apostrophe '",
  ]);
  await page.getByRole('button', { name: "Use the straight apostrophe '" }).click();
  assert.equal(await page.locator('#name').inputValue(), "Jan D'Hondt");
  assert.deepEqual(await messages(page, 'name'), []);
  // No code points and no "Latin-1" anywhere on a page full of wrong characters.
  await page.locator('#street').pressSequentially('Kerkstraat 12 😀');
  await page.locator('#city').pressSequentially('Ge\u200ent');
  const all = (await page.locator('.issue').allTextContents()).join('\n');
  assert.match(all, /an emoji 😀/);
  assert.match(all, /an invisible character/);
  assert.doesNotMatch(all, /U\+[0-9A-F]{4}|Latin-1/);
  await page.close();
});
