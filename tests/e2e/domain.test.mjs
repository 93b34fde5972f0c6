// The domain name and name-server fields: the DNS form (A-label) while typing, look-alike
// letters mended with one click, glue asked for name servers inside the domain.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo } from './browser.mjs';

const demo = useDemo({ before, after });

const openPage = (lang) => demo.open(lang);

const messages = (page, id) => page.locator(`#${id}-msg .issue`).allTextContents();

test('the A-label shows as the user types an IDN name', async () => {
  const page = await openPage();
  await page.locator('#domain').pressSequentially('Café');
  assert.equal(await page.locator('#domain-ascii').textContent(), 'xn--caf-dma.be');
  assert.equal(await page.locator('#domain-sent').isVisible(), true);
  assert.deepEqual(await messages(page, 'domain'), []);
  await page.close();
});

test('a look-alike letter is located and mended in one click, in Dutch', async () => {
  const page = await openPage('nl');
  await page.locator('#domain').fill('hőtel');
  assert.deepEqual(await messages(page, 'domain'), [
    '‘ő’ op positie 2 kan niet in een .be-naam: gebruik a–z, cijfers, koppeltekens en de letters met accent die DNS Belgium toelaat (zoals é, ç, ß). Gebruik hötel.be',
  ]);
  assert.equal(await page.locator('#domain').getAttribute('aria-invalid'), 'true');
  await page.getByRole('button', { name: 'Gebruik hötel.be' }).click();
  assert.equal(await page.locator('#domain-ascii').textContent(), 'xn--htel-5qa.be');
  assert.deepEqual(await messages(page, 'domain'), []);
  await page.close();
});

test('a name server inside the domain asks for its IP address', async () => {
  const page = await openPage();
  await page.locator('#domain').fill('mijnzaak.be');
  await page.getByLabel('Use our name servers').uncheck();
  await page.locator('#ns0').fill('ns1.mijnzaak.be');
  await page.locator('#ns1').fill('ns2.provider.net');
  assert.deepEqual(await messages(page, 'ns0'), ['ns1.mijnzaak.be lies inside the domain itself, so it needs its IP address (glue).']);
  await page.locator('#ns0ip').fill('193.190.198.10');
  assert.deepEqual(await messages(page, 'ns0'), []);
  assert.deepEqual(await messages(page, 'ns1'), []);
  await page.close();
});
