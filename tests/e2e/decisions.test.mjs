// The decisions as a reseller's customer sees them: an edit of the holder shown live as an update
// or a trade (and why), a blocked transfer with what to do, the WHOIS preview — in two languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo } from './browser.mjs';

const demo = useDemo({ before, after });

const openPage = (lang) => demo.open(lang);

test('another organisation is a trade, with the monitored update offered for a typo (English)', async () => {
  const page = await openPage('en');
  await page.locator('#changeOrganization').fill('Duvel Moortgat NV');
  // Same VAT number: perhaps a renamed company, so a monitored update is offered.
  assert.match(await page.locator('#decision-message').textContent(), /^Another organisation becomes the holder/);
  assert.match(await page.locator('#decision-alternative').textContent(), /keeps its VAT number/);
  // Another VAT number: another legal entity, whatever the name — nothing else is offered.
  await page.locator('#changeVat').fill('BE 0400.764.705');
  assert.equal(await page.locator('#decision-action').textContent(), 'Trade');
  assert.equal(await page.locator('#decision-action').getAttribute('data-rule'), 'org_to_other_org');
  assert.match(await page.locator('#decision-message').textContent(), /^The new VAT number \(BE0400764705\) is not the current one \(BE0403170701\)/);
  assert.equal(await page.locator('#decision-alternative').isVisible(), false);
  await page.locator('#changeVat').fill('BE 0403.170.701');
  await page.locator('#changeOrganization').fill('Brouwerij Het Ankker NV');
  assert.match(await page.locator('#decision-alternative').textContent(), /monitored update \(€25 excl\. VAT per domain\)/);
  // NV → BV under the same enterprise number: a renamed company, not a typo.
  await page.locator('#changeOrganization').fill('Brouwerij Het Anker BV');
  assert.match(await page.locator('#decision-alternative').textContent(), /^Only the legal form in the organisation’s name changes/);
  // The VAT number dropped: no regular update, and the message says which number to fill in.
  await page.locator('#changeOrganization').fill('Brouwerij Het Anker NV');
  await page.locator('#changeVat').fill('');
  assert.equal(await page.locator('#decision-action').getAttribute('data-rule'), 'legal_entity_unconfirmed');
  assert.match(await page.locator('#decision-message').textContent(), /if it is still BE0403170701, this is a regular update/);
  await page.close();
});

test('another contact person is an update; in the revoke procedure even a new holder is (Dutch)', async () => {
  const page = await openPage('nl');
  await page.locator('#changeName').fill('Piet Janssens');
  assert.equal(await page.locator('#decision-action').textContent(), 'Update');
  assert.equal(await page.locator('#decision-message').textContent(), 'De organisatie blijft de houder; alleen de contactpersoon verandert. Dat is een gewone update, meteen verwerkt.');
  await page.locator('#changeOrganization').fill('');
  assert.equal(await page.locator('#decision-action').textContent(), 'Trade');
  assert.equal(await page.locator('#decision-action').getAttribute('data-rule'), 'org_to_private');
  await page.getByLabel('De domeinnaam zit in de intrekkingsprocedure').check();
  assert.equal(await page.locator('#decision-action').textContent(), 'Update');
  assert.equal(await page.locator('#decision-action').getAttribute('data-rule'), 'revoke_procedure_update');
  await page.close();
});

test('a locked domain cannot be transferred, and the page says what to do (English and French)', async () => {
  for (const [lang, message, button] of [
    ['en', 'The domain has a transfer lock (clientTransferProhibited). Unlock it in the control panel of the current provider, then try again.', 'Start the transfer'],
    ['fr', 'Le domaine a un verrou de transfert (clientTransferProhibited). Déverrouillez-le dans le panneau de gestion du fournisseur actuel, puis réessayez.', 'Lancer le transfert'],
  ]) {
    const page = await openPage(lang);
    await page.locator('#authCode').fill('123-456-789-012-345');
    await page.locator('#transferStatus').selectOption('clientTransferProhibited');
    assert.deepEqual(await page.locator('#transfer-blocks .issue').allTextContents(), [message]);
    await page.getByRole('button', { name: button }).click();
    assert.equal(await page.locator('#status').textContent(), '', 'no "ready" for a blocked transfer');
    await page.locator('#transferStatus').selectOption('ok');
    assert.deepEqual(await page.locator('#transfer-blocks .issue').allTextContents(), []);
    await page.close();
  }
});

test('the WHOIS preview follows the holder type', async () => {
  const page = await openPage('en');
  assert.equal(await page.locator('#whois-preview').textContent(), 'As a private person, none of your details are shown in the public WHOIS or RDAP.');
  await page.locator('#holder').selectOption('organization');
  assert.match(await page.locator('#whois-preview').textContent(), /^As an organisation, its name and address will be public/);
  await page.close();
});
