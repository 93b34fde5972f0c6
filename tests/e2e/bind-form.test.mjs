// bindForm on an ordinary server-rendered form, as a reseller would drop it in: messages linked
// with aria-describedby (made when absent), aria-invalid only once touched, setCustomValidity
// cleared when valid, warnings that do not block, "use this", a field map, setLang, destroy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo } from './browser.mjs';

const demo = useDemo({ before, after });

async function formPage() {
  const page = await demo.open('en');
  await page.evaluate(async () => {
    document.body.innerHTML = `
      <form id="f" action="/nowhere" method="post">
        <label>Name <input name="name" required></label>
        <label>Postcode <input name="zip"></label>
        <label>Country <select name="country"><option value="BE">Belgium</option><option value="NL">Netherlands</option></select></label>
        <label>E-mail <input name="email"></label>
        <button>Send</button>
      </form>`;
    const { bindForm } = await import('/pkg/bind-form.js');
    window.results = [];
    window.binding = bindForm(document.getElementById('f'), {
      fields: { postalCode: 'zip' },
      onResult: (r, e) => {
        window.results.push({ type: e?.type ?? null, valid: r.valid, value: r.value });
        if (e?.type === 'submit') e.preventDefault();
      },
    });
  });
  return page;
}

const messages = (page, name) =>
  page.evaluate((n) => {
    const input = document.querySelector(`[name="${n}"]`);
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    return ids.flatMap((id) => [...document.getElementById(id).querySelectorAll('.issue')].map((p) => p.textContent));
  }, name);

test('messages appear after typing, linked to the field, and validity follows them', async () => {
  const page = await formPage();
  const zip = page.locator('[name="zip"]');
  assert.equal(await zip.getAttribute('aria-invalid'), null, 'untouched: no aria-invalid');
  await zip.pressSequentially('900');
  assert.deepEqual(await messages(page, 'zip'), ['Not a valid postal code (country: Belgium). A valid one looks like this: 4000.']);
  assert.equal(await zip.getAttribute('aria-invalid'), 'true');
  assert.equal(await zip.evaluate((el) => el.validationMessage), 'Not a valid postal code (country: Belgium). A valid one looks like this: 4000.');
  await zip.pressSequentially('0');
  assert.deepEqual(await messages(page, 'zip'), []);
  assert.equal(await zip.evaluate((el) => el.validity.valid), true, 'setCustomValidity cleared');
  // The country is context: switching it re-checks the postal code shown.
  await page.locator('[name="country"]').selectOption('NL');
  assert.equal((await messages(page, 'zip')).length, 1);
  await page.close();
});

test('warnings never block; "use this" applies a suggestion; the values to send reach the submit handler', async () => {
  const page = await formPage();
  await page.locator('[name="name"]').fill('Jan Peeters');
  await page.locator('[name="zip"]').fill('B-9000');
  await page.getByRole('button', { name: 'Use 9000' }).click();
  assert.equal(await page.locator('[name="zip"]').inputValue(), '9000');
  await page.locator('[name="email"]').fill('jan@gmial.com');
  assert.deepEqual(await messages(page, 'email'), ['Did you mean jan@gmail.com? Mail from the registry to a misspelt address never arrives. Use jan@gmail.com']);
  assert.equal(await page.locator('[name="email"]').evaluate((el) => el.validity.valid), true, 'a warning does not block');
  await page.getByRole('button', { name: 'Send' }).click();
  const last = await page.evaluate(() => window.results.at(-1));
  assert.equal(last.type, 'submit');
  assert.equal(last.value.postalCode, '9000');
  assert.equal(last.value.name, 'Jan Peeters');
  await page.close();
});

test('the browser blocks an invalid form and every message shows; setLang and destroy', async () => {
  const page = await formPage();
  await page.getByRole('button', { name: 'Send' }).click();
  assert.deepEqual(await messages(page, 'name'), ['This field is required.']);
  assert.equal(await page.locator('[name="name"]').getAttribute('aria-invalid'), 'true');
  await page.evaluate(() => window.binding.setLang('de'));
  assert.deepEqual(await messages(page, 'name'), ['Dieses Feld ist erforderlich.']);
  await page.evaluate(() => window.binding.destroy());
  assert.deepEqual(await messages(page, 'name'), []);
  assert.equal(await page.locator('[name="name"]').getAttribute('aria-invalid'), null);
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
  assert.ok(shown.includes('street: This field is required.'), shown.join(' | '));
  assert.ok(shown.includes('phone: This field is required.'), shown.join(' | '));
  assert.equal(await page.locator('.dotbe-form-messages').getAttribute('role'), 'alert');
  assert.equal(await page.evaluate(() => window.sent), 0);
  await page.close();
});
