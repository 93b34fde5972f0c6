// bindForm on an ordinary server-rendered form, as a reseller would drop it in. Its timing
// (js/bind-form-core.js: reward early, punish late) is tested by events, not by the clock: what
// changes in the DOM on each keystroke, on leaving a field, on submit. Also: messages linked
// with aria-describedby (made when absent), custom validity and aria-invalid only once touched,
// one announcement per meaning, "Will be sent as …", fix labels, a field map, the holder option,
// setLang, refresh, destroy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo } from './browser.mjs';

const demo = useDemo({ before, after });

async function formPage(lang = 'en', extra = {}) {
  const page = await demo.open(lang);
  await page.evaluate(async ({ lang, extra }) => {
    document.body.innerHTML = `
      <form id="f" action="/nowhere" method="post">
        <label>Name <input name="name" required></label>
        <label>Organisation <input name="organization"></label>
        <label>Street <input name="street"></label>
        <label>City <input name="city"></label>
        <label>Postcode <input name="zip"></label>
        <label>Country ${extra.countryText ? '<input name="country">' : '<select name="country"><option value="BE">Belgium</option><option value="NL">Netherlands</option></select>'}</label>
        <label>E-mail <input name="email"></label>
        <label>Phone <input name="phone"></label>
        <label>VAT <input name="vat"></label>
        <button>Send</button>
        <p id="elsewhere" tabindex="-1">elsewhere</p>
      </form>`;
    const { bindForm } = await import('/pkg/bind-form.js');
    window.results = [];
    // Every change of any message box or of the status element, by field.
    window.changes = [];
    new MutationObserver((records) => {
      for (const r of records) {
        const box = r.target.nodeType === 1 ? r.target.closest('[data-dotbe-for], [role="status"]') : r.target.parentElement?.closest('[data-dotbe-for], [role="status"]');
        if (box) window.changes.push(box.dataset.dotbeFor ?? 'status');
      }
    }).observe(document.getElementById('f'), { childList: true, subtree: true, characterData: true });
    window.binding = bindForm(document.getElementById('f'), {
      lang,
      fields: { postalCode: 'zip' },
      ...(extra.holder ? { holder: extra.holder } : {}),
      onResult: (r, e) => {
        window.results.push({ type: e?.type ?? null, valid: r.valid, value: r.value });
        if (e?.type === 'submit') e.preventDefault();
      },
    });
  }, { lang, extra });
  return page;
}

const messages = (page, name) =>
  page.evaluate((n) => {
    const input = document.querySelector(`[name="${n}"]`);
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    return ids.flatMap((id) => [...document.getElementById(id).querySelectorAll('.issue')].map((p) => p.textContent));
  }, name);
const changes = (page) => page.evaluate(() => window.changes.splice(0));
const announcements = (page) => page.evaluate(() => document.querySelector('#f [role="status"]').textContent);
/** Leaves the field that has the focus (as a click elsewhere does). */
const leave = (page) => page.locator('#elsewhere').focus();

test('an untouched form: no custom validity, no aria-invalid, nothing invalid in the accessibility tree', async () => {
  const page = await formPage();
  const states = await page.evaluate(() => [...document.querySelectorAll('#f input, #f select')].map((el) => [el.name, el.validationMessage, el.getAttribute('aria-invalid')]));
  // `name` carries the HTML `required` attribute: the browser's own message, not ours.
  assert.deepEqual(states.filter(([n, m, a]) => n !== 'name' && (m || a)), []);
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const invalid = nodes.filter((n) => n.properties?.some((p) => p.name === 'invalid' && p.value.value !== 'false'));
  assert.deepEqual(invalid.map((n) => n.name?.value), [], 'no field reported invalid');
  await page.close();
});

test('typing jan@gmail.co changes no message until the field is left, and nothing is wrong then', async () => {
  const page = await formPage();
  await page.locator('[name="email"]').pressSequentially('jan@gmail.co');
  assert.deepEqual(await changes(page), [], 'no message element changed while typing');
  await leave(page);
  assert.deepEqual(await messages(page, 'email'), []);
  assert.deepEqual(await changes(page), []);
  await page.close();
});

test('an error typing on can still fix waits for the field to be left: j, 9, 0475', async () => {
  const page = await formPage();
  await page.locator('[name="email"]').pressSequentially('j');
  assert.deepEqual(await messages(page, 'email'), [], 'j can still become an address');
  await page.locator('[name="zip"]').pressSequentially('9');
  assert.deepEqual(await messages(page, 'zip'), [], '9 can still become a postal code');
  assert.deepEqual(await messages(page, 'email'), ['This is not a valid e-mail address: it should look like name@example.be.'], 'shown once the field was left');
  await page.locator('[name="phone"]').pressSequentially('0');
  assert.deepEqual(await messages(page, 'zip'), ['Belgium: a postal code has 4 digits, such as 4000.']);
  assert.deepEqual(await messages(page, 'phone'), [], '0 is how a Belgian number starts');
  await page.locator('[name="phone"]').pressSequentially('475');
  assert.deepEqual(await messages(page, 'phone'), []);
  await leave(page);
  assert.deepEqual(await messages(page, 'phone'), ['With the leading 0, a phone number has 9 or 10 digits; this one has 4.'], 'counted as typed');
  await page.close();
});

test('an error no continuation can fix shows at once: a letter in a phone number, a fifth digit', async () => {
  const page = await formPage();
  await page.locator('[name="phone"]').pressSequentially('0475x');
  assert.deepEqual(await messages(page, 'phone'), [
    'A phone number has only digits, spaces and a + at the start; this does not belong in it: “x” (at position 5).',
  ]);
  await page.locator('[name="zip"]').pressSequentially('9000');
  assert.deepEqual(await messages(page, 'zip'), []);
  await page.locator('[name="zip"]').pressSequentially('0');
  assert.deepEqual(await messages(page, 'zip'), ['Belgium: a postal code has 4 digits, such as 4000.']);
  assert.equal(await page.locator('[name="zip"]').getAttribute('aria-invalid'), 'true');
  await page.close();
});

test('a country typed as text: a name being typed waits for the field to be left; what begins no name shows at once', async () => {
  const page = await formPage('en', { countryText: true });
  const country = page.locator('[name="country"]');
  await country.pressSequentially('Belg');
  assert.deepEqual(await messages(page, 'country'), [], 'Belg can still become België, Belgien, Belgique or Belgium');
  await leave(page);
  assert.deepEqual(await messages(page, 'country'), ['Unknown country: use its two-letter ISO code, such as BE or NL.'], 'shown once the field was left');
  await country.fill('');
  await country.pressSequentially('Belgique');
  assert.deepEqual(await messages(page, 'country'), ['Use the country’s two-letter ISO code: BE (Belgium). Use BE']);
  await country.fill('');
  await leave(page);
  await country.pressSequentially('Qz');
  assert.deepEqual(await messages(page, 'country'), ['Unknown country: use its two-letter ISO code, such as BE or NL.'], 'no country is called Qz…: at once');
  await page.close();
});

test('an error goes on the keystroke that fixes it; while still wrong for the same reason it stays', async () => {
  const page = await formPage();
  const phone = page.locator('[name="phone"]');
  await phone.pressSequentially('0475 12');
  await leave(page);
  assert.deepEqual(await messages(page, 'phone'), ['With the leading 0, a phone number has 9 or 10 digits; this one has 6.']);
  await phone.focus();
  await phone.press('End');
  await phone.pressSequentially(' 34');
  assert.deepEqual(await messages(page, 'phone'), ['With the leading 0, a phone number has 9 or 10 digits; this one has 8.'], 'still wrong: still shown');
  await phone.pressSequentially('5');
  assert.deepEqual(await messages(page, 'phone'), [], 'gone on the keystroke that fixed it');
  assert.equal(await phone.getAttribute('aria-invalid'), null);
  assert.equal(await phone.evaluate((el) => el.validity.valid), true);
  await page.close();
});

test('a warning (a likely e-mail typo) appears on leaving the field, not in the middle of a word', async () => {
  const page = await formPage();
  await page.locator('[name="email"]').pressSequentially('jan@gmial.com');
  assert.deepEqual(await messages(page, 'email'), []);
  await leave(page);
  assert.deepEqual(await messages(page, 'email'), ['Did you mean jan@gmail.com? E-mail from DNS Belgium to a misspelt address never arrives. Use jan@gmail.com']);
  assert.equal(await page.locator('[name="email"]').evaluate((el) => el.validity.valid), true, 'a warning does not block');
  await page.close();
});

test('"required" only after the user typed in the field, or a submit was tried; tabbing through says nothing', async () => {
  const page = await formPage();
  await page.locator('[name="organization"]').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.deepEqual(await changes(page), [], 'tabbing through empty fields shows nothing');
  await page.locator('[name="zip"]').pressSequentially('9');
  await page.locator('[name="zip"]').press('Backspace');
  assert.deepEqual(await messages(page, 'zip'), [], 'not while typing');
  await leave(page);
  assert.deepEqual(await messages(page, 'zip'), ['Please fill in this field.']);
  await page.close();
});

test('the submit is blocked until the whole form passes, every message shows, the first field in error has the focus', async () => {
  const page = await formPage();
  await page.locator('[name="name"]').fill('Jan Peeters');
  await page.locator('[name="zip"]').fill('9000');
  await page.getByRole('button', { name: 'Send' }).click();
  const last = await page.evaluate(() => window.results.findLast((r) => r.type === 'submit'));
  assert.deepEqual([last.type, last.valid], ['submit', false]);
  assert.deepEqual(await messages(page, 'street'), ['Please fill in this field.']);
  assert.deepEqual(await messages(page, 'email'), ['Please fill in this field.']);
  assert.equal(await page.evaluate(() => document.activeElement?.name), 'street', 'the first field in error');
  await page.close();
});

test('a screen reader hears a message once: typing on in a field that stays wrong for the same reason is silent', async () => {
  const page = await formPage();
  const statusChanges = async () => (await changes(page)).filter((c) => c === 'status').length;
  await page.locator('[name="email"]').pressSequentially('jan peeters');
  assert.equal(await statusChanges(), 1, '11 characters, one announcement (the space)');
  assert.match(await announcements(page), /^E-mail: An e-mail address cannot contain this: a space \(at position 4\)\./);
  await page.locator('[name="email"]').fill('');
  await page.locator('[name="email"]').pressSequentially('jan.peeters@telenet.be');
  assert.equal(await statusChanges(), 0, 'a valid address: nothing to announce');
  await page.locator('[name="phone"]').pressSequentially('0475 12 34 5x6');
  assert.equal(await statusChanges(), 1);
  await page.close();
});

test('where the value sent differs from what was typed, the field says what will be sent, in the form language', async () => {
  const page = await formPage('nl');
  await page.locator('[name="phone"]').pressSequentially('0475 12 34 56');
  await page.locator('[name="email"]').pressSequentially('info@café.be');
  await page.locator('[name="zip"]').pressSequentially('9000 ');
  const sent = await page.locator('.dotbe-sent:not([hidden])').allInnerTexts();
  assert.deepEqual(sent.sort(), ['Wordt verstuurd als +32.475123456', 'Wordt verstuurd als 9000', 'Wordt verstuurd als info@xn--caf-dma.be'].sort());
  await page.locator('[name="phone"]').pressSequentially('x');
  assert.equal(await page.locator('.dotbe-sent:not([hidden])').count(), 2, 'no "sent as" for a wrong value');
  await page.close();
});

test('a fix button says what it changes; "use this" applies the suggestion, in German word order', async () => {
  const page = await formPage('de');
  await page.locator('[name="name"]').pressSequentially('Jan D’Hondt');
  await page.getByRole('button', { name: "den geraden Apostroph ' verwenden" }).click();
  assert.equal(await page.locator('[name="name"]').inputValue(), "Jan D'Hondt");
  assert.deepEqual(await messages(page, 'name'), []);
  await page.locator('[name="zip"]').pressSequentially('B-9000');
  await page.getByRole('button', { name: '9000 übernehmen' }).click();
  assert.equal(await page.locator('[name="zip"]').inputValue(), '9000');
  await page.close();
});

test('the holder option: an organisation needs its name; choosing a type floods nothing (refresh)', async () => {
  const page = await formPage('en', { holder: 'organization' });
  await page.locator('[name="organization"]').pressSequentially('P');
  await page.locator('[name="organization"]').press('Backspace');
  await leave(page);
  assert.deepEqual(await messages(page, 'organization'), ['Please fill in this field.']);
  await page.evaluate(() => window.binding.refresh());
  assert.deepEqual(await messages(page, 'name'), [], 'untouched fields stay quiet on refresh');
  await page.close();
});

test('warnings never block; the values to send reach the submit handler; setLang and destroy', async () => {
  const page = await formPage();
  await page.locator('[name="name"]').fill('Jan Peeters');
  await page.locator('[name="zip"]').fill('9000');
  await page.locator('[name="email"]').fill('jan@gmial.com');
  await page.locator('[name="phone"]').fill('0475 12 34 56');
  await page.locator('[name="street"]').fill('Kerkstraat 12');
  await page.locator('[name="city"]').fill('Gent');
  await page.getByRole('button', { name: 'Send' }).click();
  const last = await page.evaluate(() => window.results.findLast((r) => r.type === 'submit'));
  assert.equal(last.type, 'submit');
  assert.equal(last.valid, true);
  assert.equal(last.value.phone, '+32.475123456');
  assert.equal((await messages(page, 'email')).length, 1, 'the warning shows');
  await page.evaluate(() => window.binding.setLang('fr'));
  assert.match((await messages(page, 'email'))[0], /^Vouliez-vous dire jan@gmail\.com/);
  await page.evaluate(() => window.binding.destroy());
  assert.deepEqual(await messages(page, 'email'), []);
  assert.equal(await page.locator('.dotbe-sent').count(), 0);
  const before = await page.evaluate(() => window.results.length);
  await page.locator('[name="zip"]').fill('1');
  assert.equal(await page.evaluate(() => window.results.length), before, 'no listener left');
  await page.close();
});

/** A fresh page whose form is bound at once, before the registrant module has loaded. */
async function early(html, throwing = false) {
  const page = await demo.browser.newPage();
  // A slow network: the module arrives well after the form is bound (and submitted).
  await page.route('**/dotbe_rules_registrant_bg.wasm', async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await page.goto(`${demo.url}?lang=en`);
  await page.evaluate(
    async ([html, throwing]) => {
      document.body.innerHTML = html;
      const form = document.querySelector('form');
      window.sent = 0;
      window.results = [];
      // After bindForm's own listener: counts the submits that would really go out.
      const { bindForm } = await import(`/pkg/registrant-bind-form.js?${Math.random()}`);
      window.binding = bindForm(form, {
        onResult(r, e) {
          window.results.push([e?.type ?? null, r.valid]);
          // The README's old example: a field the page does not have.
          if (throwing && e?.type === 'submit') document.querySelector('[name=phoneEpp]').value = r.value.phone;
        },
      });
      form.addEventListener('submit', (e) => {
        if (!e.defaultPrevented) window.sent++;
        e.preventDefault();
      });
    },
    [html, throwing],
  );
  return page;
}

const FULL_FORM = `<form>
  <input name="name" value="Jan Peeters"><textarea name="street">Kerkstraat 12</textarea><input name="city" value="Gent">
  <input name="postalCode" value="9000"><select name="country" data-value="BE"></select>
  <input name="email" value="jan@telenet.be"><input name="phone" value="0475 12 34 56"><button>Send</button></form>`;

test('bound before the module loaded: a submit is held, checked once it is there, then made; the empty dropdown is filled', async () => {
  const page = await early(FULL_FORM);
  await page.evaluate(() => document.querySelector('form').requestSubmit());
  assert.equal(await page.evaluate(() => window.sent), 0, 'held while the module loads');
  await page.waitForFunction(() => window.sent === 1);
  assert.deepEqual(await page.evaluate(() => window.results.filter(([type]) => type === 'submit')), [['submit', true]]);
  const select = page.locator('[name="country"]');
  assert.equal(await select.inputValue(), 'BE');
  assert.equal(await select.evaluate((s) => s.options.length), 251);
  assert.equal(await select.evaluate((s) => s.selectedOptions[0].textContent), 'Belgium');
  await page.evaluate(() => window.binding.setLang('nl'));
  assert.equal(await select.evaluate((s) => s.selectedOptions[0].textContent), 'België');
  await page.close();
});

test('an onResult that throws never lets the form submit', async () => {
  const page = await early(FULL_FORM, true);
  await page.waitForFunction(() => document.querySelector('[name=country]').options.length > 1);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.getByRole('button', { name: 'Send' }).click();
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.sent), 0, 'not submitted');
  assert.equal(errors.length, 1, 'the error is still reported');
  await page.close();
});

test("errors of fields the form has no input for are shown at the form's level, not swallowed", async () => {
  const page = await early('<form><input name="name" value="Jan Peeters"><input name="email" value="jan@telenet.be"><button>Send</button></form>');
  await page.waitForFunction(() => window.results !== undefined);
  await page.waitForTimeout(300);
  await page.getByRole('button', { name: 'Send' }).click();
  await page.waitForSelector('.dotbe-form-messages .issue');
  const shown = await page.locator('.dotbe-form-messages .issue').allTextContents();
  assert.ok(shown.includes('street: Please fill in this field.'), shown.join(' | '));
  assert.ok(shown.includes('phone: Please fill in this field.'), shown.join(' | '));
  assert.equal(await page.locator('.dotbe-form-messages').getAttribute('role'), 'alert');
  assert.equal(await page.evaluate(() => window.sent), 0);
  await page.close();
});
