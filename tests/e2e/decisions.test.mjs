// The decisions as a reseller's customer sees them: a change of holder shown live as an update
// or a change of holder (trade), with what a trade costs, a blocked transfer with what to do, the
// WHOIS preview — in two languages. The form starts empty: example data on request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo } from './browser.mjs';

const demo = useDemo({ before, after });

const openPage = (lang) => demo.open(lang);

test('another organisation is a change of holder (trade), said with what it costs; a monitored update offered where it fits', async () => {
  const page = await openPage('en');
  assert.equal(await page.locator('#decision').isVisible(), false, 'nothing typed: no decision');
  assert.equal(await page.locator('#changeOrganization').inputValue(), '', 'no company prefilled');
  await page.locator('#change-example').click();
  // Same VAT number, the legal form dropped from the name: perhaps the same company, so a
  // monitored update is offered.
  assert.match(await page.locator('#decision-message').textContent(), /^Another organisation becomes the holder/);
  assert.match(await page.locator('#decision-alternative').textContent(), /^Only the legal form in the organisation’s name changes/);
  // Another VAT number: another legal entity, whatever the name — nothing else is offered.
  await page.locator('#changeVat').fill('BE 0400.764.705');
  assert.equal(await page.locator('#decision-action').textContent(), 'Change of holder (trade)');
  assert.equal(await page.locator('#decision-action').getAttribute('data-rule'), 'org_to_other_org');
  const message = await page.locator('#decision-message').textContent();
  assert.match(message, /^The new VAT number \(BE0400764705\) is not the current one \(BE0403170701\)/);
  assert.match(message, /billed like a new registration, the registration period starts again, and it needs the authorisation code that DNS Belgium e-mails to the current holder\.$/);
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
  assert.match(await page.locator('#decision-message').textContent(), /if it is still BE0403170701, this is an ordinary update of the details/);
  await page.close();
});

test('another contact person is an update; without the organisation a change of holder; in the revocation procedure an update (Dutch)', async () => {
  const page = await openPage('nl');
  await page.locator('#changeOrganization').fill('Brouwerij Het Anker NV');
  await page.locator('#changeName').fill('Piet Janssens');
  await page.locator('#changeVat').fill('BE0403170701');
  assert.equal(await page.locator('#decision-action').textContent(), 'Wijziging (update)');
  assert.equal(await page.locator('#decision-message').textContent(), 'De organisatie blijft houder; alleen de contactpersoon verandert. Dat is een gewone wijziging (update), meteen verwerkt.');
  await page.locator('#changeOrganization').fill('');
  assert.equal(await page.locator('#decision-action').textContent(), 'Houderswijziging (trade)');
  assert.equal(await page.locator('#decision-action').getAttribute('data-rule'), 'org_to_private');
  assert.match(await page.locator('#decision-message').textContent(), /wordt aangerekend als een nieuwe registratie/);
  await page.getByLabel('De domeinnaam zit in de intrekkingsprocedure (dat weet ons systeem)').check();
  assert.equal(await page.locator('#decision-action').textContent(), 'Wijziging (update)');
  assert.equal(await page.locator('#decision-action').getAttribute('data-rule'), 'revoke_procedure_update');
  await page.close();
});

test('a locked domain cannot be transferred, and the page says what to do (English and French)', async () => {
  for (const [lang, message, button] of [
    ['en', 'The domain has a transfer lock (clientTransferProhibited). Unlock it in the control panel of your current provider, then try again.', 'Start the transfer'],
    ['fr', 'Le domaine a un verrou de transfert (clientTransferProhibited). Déverrouillez-le dans l’espace client de votre fournisseur actuel, puis réessayez.', 'Lancer le transfert'],
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

test('questions only the reseller\'s system can answer are marked as such', async () => {
  const page = await openPage('en');
  assert.match(await page.locator('label[for="transferStatus"]').textContent(), /\(our system knows this; choose one here to try it out\)/);
  assert.match(await page.locator('#change').getByText('The domain is in the revocation procedure (our system knows this)').textContent(), /our system knows this/);
  await page.close();
});

test('the WHOIS preview follows the holder type', async () => {
  const page = await openPage('en');
  assert.equal(await page.locator('#whois-preview').textContent(), 'For a private individual, none of the details are shown in DNS Belgium’s public WHOIS.');
  await page.locator('#holder').selectOption('organization');
  assert.match(await page.locator('#whois-preview').textContent(), /^For an organisation, its name and address are public/);
  await page.close();
});
