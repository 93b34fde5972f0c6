// The registrant schema in the form libraries people use (issue 15), from the packed tarball:
// react-hook-form with its standard-schema resolver and TanStack Form, in React 19 under jsdom,
// as a Vitest or Jest user runs them (Node resolves dotbe-rules through its `node` condition).
// Each case is a plain module run in a fresh Node process, printing what the form showed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeApp } from './app.mjs';

let app;
before(() => {
  app = makeApp('forms');
});
after(() => app?.remove());

/** jsdom as the test runners set it up, React's act, and a helper to render and submit. */
const PRELUDE = `
  import { JSDOM } from 'jsdom';
  const dom = new JSDOM('<!doctype html><html lang="nl"><body><div id="root"></div></body></html>', { pretendToBeVisual: true });
  for (const k of ['window', 'document', 'navigator', 'HTMLElement', 'HTMLFormElement', 'HTMLInputElement', 'Event', 'Node', 'Element']) {
    Object.defineProperty(globalThis, k, { value: k === 'window' ? dom.window : dom.window[k], configurable: true, writable: true });
  }
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  const React = await import('react');
  const { createRoot } = await import('react-dom/client');
  const { act } = React;
  const h = React.createElement;
  const root = createRoot(document.getElementById('root'));
  const render = (el) => act(async () => root.render(el));
  const submit = () => act(async () => { document.querySelector('form').requestSubmit(); await new Promise((r) => setTimeout(r, 20)); });
  const text = (sel) => document.querySelector(sel)?.textContent ?? null;
`;

function run(file, source) {
  writeFileSync(join(app.dir, file), PRELUDE + source);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: app.dir, encoding: 'utf8' }).trim().split('\n').at(-1));
}

const FULL = "{ name: 'Jan Peeters', street: 'Kerkstraat 12', city: 'Gent', postalCode: '9000', country: 'BE', email: 'jan@telenet.be', phone: '0475123456', acceptTerms: true }";

test('react-hook-form: a street line error shows on the street field, warnings reach the form, the output keeps every key', () => {
  const out = run('rhf.mjs', `
    const { useForm } = await import('react-hook-form');
    const { standardSchemaResolver } = await import('@hookform/resolvers/standard-schema');
    const { createRegistrantSchema } = await import('dotbe-rules/registrant');
    let submitted = null;
    function Signup({ values }) {
      const [warnings, setWarnings] = React.useState([]);
      const schema = React.useMemo(() => createRegistrantSchema({ lang: 'nl', onWarnings: setWarnings }), []);
      const { register, handleSubmit, formState: { errors } } = useForm({ resolver: standardSchemaResolver(schema), defaultValues: values });
      return h('form', { onSubmit: handleSubmit((v) => { submitted = v; }) },
        h('textarea', register('street')), h('p', { id: 'street-error' }, errors.street?.message ?? ''),
        h('input', register('email')), h('p', { id: 'email-error' }, errors.email?.message ?? ''),
        h('ul', { id: 'warnings' }, warnings.map((w) => h('li', { key: w.code }, w.message + ' [' + w.suggestion + ']'))),
        h('button', { type: 'submit' }, 'Registreer'));
    }
    await render(h(Signup, { values: { ...${FULL}, street: 'Kerkstraat 12\\nBus \\u0416' } }));
    await submit();
    const blocked = { street: text('#street-error'), submitted };
    await render(null);
    await render(h(Signup, { key: 2, values: { ...${FULL}, email: 'jan@gmial.com' } }));
    await submit();
    console.log(JSON.stringify({ blocked, warnings: text('#warnings'), submitted }));
  `);
  assert.match(out.blocked.street, /^DNS Belgium aanvaardt dit teken niet: ‘Ж’ \(op positie 5\)/, 'the line error is on the street field, not street.1');
  assert.equal(out.blocked.submitted, null, 'the submit is blocked');
  assert.match(out.warnings, /^Bedoelt u jan@gmail\.com\? .+ \[jan@gmail\.com\]$/, 'the warning and its suggestion reach the form');
  assert.equal(out.submitted.acceptTerms, true, 'a key that is no registrant field is kept');
  assert.equal(out.submitted.phone, '+32.475123456', 'the output is the normalised registrant');
});

test('TanStack Form: errors land on their fields (a street line on street), onSubmit gets the normalised registrant as documented', () => {
  const out = run('tanstack.mjs', `
    const { useForm } = await import('@tanstack/react-form');
    const { createRegistrantSchema } = await import('dotbe-rules/registrant');
    const schema = createRegistrantSchema({ lang: 'nl' });
    let sent = null;
    function Signup({ values }) {
      const form = useForm({
        defaultValues: values,
        validators: { onSubmit: schema },
        // The form's values are the raw ones: the schema's output is the registrant to send.
        onSubmit: ({ value }) => { const r = schema['~standard'].validate(value); if (!r.issues) sent = r.value; },
      });
      const field = (name) => h(form.Field, { name }, (f) => h('div', null,
        h('input', { name, value: f.state.value, onChange: (e) => f.handleChange(e.target.value) }),
        h('p', { id: name + '-error' }, f.state.meta.errors.map((e) => e.code + ': ' + e.message).join(' '))));
      return h('form', { onSubmit: (e) => { e.preventDefault(); form.handleSubmit(); } },
        field('street'), field('postalCode'),
        h(form.Subscribe, { selector: (s) => s.errorMap }, (m) => h('p', { id: 'form-error' }, JSON.stringify(m.onSubmit ?? null))),
        h('button', { type: 'submit' }, 'Registreer'));
    }
    await render(h(Signup, { values: { ...${FULL}, street: 'Kerkstraat 12\\nBus \\u0416', postalCode: '900' } }));
    await submit();
    const blocked = { street: text('#street-error'), postal: text('#postalCode-error'), sent };
    await render(null);
    await render(h(Signup, { key: 2, values: ${FULL} }));
    await submit();
    console.log(JSON.stringify({ blocked, sent }));
  `);
  assert.match(out.blocked.street, /^charset: DNS Belgium aanvaardt dit teken niet: ‘Ж’ \(op positie 5\)/);
  assert.match(out.blocked.postal, /^postal_code_format: België: een postcode heeft 4 cijfers/);
  assert.equal(out.blocked.sent, null);
  assert.equal(out.sent.phone, '+32.475123456');
  assert.equal(out.sent.acceptTerms, true);
});

test('own words in react-hook-form: the messages option (the resolver keeps only message)', () => {
  const out = run('rhf-messages.mjs', `
    const { useForm } = await import('react-hook-form');
    const { standardSchemaResolver } = await import('@hookform/resolvers/standard-schema');
    const { createRegistrantSchema } = await import('dotbe-rules');
    const schema = createRegistrantSchema({ messages: { required: 'Vergeet dit niet', postal_code_format: 'Postcode? Bv. {example}' } });
    function F() {
      const { register, handleSubmit, formState: { errors } } = useForm({ resolver: standardSchemaResolver(schema), defaultValues: { country: 'BE', postalCode: '900' } });
      return h('form', { onSubmit: handleSubmit(() => {}) }, h('input', register('postalCode')), h('p', { id: 'p' }, errors.postalCode?.message), h('p', { id: 'n' }, errors.name?.message));
    }
    await render(h(F));
    await submit();
    console.log(JSON.stringify({ postal: text('#p'), name: text('#n') }));
  `);
  assert.deepEqual(out, { postal: 'Postcode? Bv. 4000', name: 'Vergeet dit niet' });
});

test('every entry in jsdom under Vitest, bind-form included (the node condition)', () => {
  writeFileSync(join(app.dir, 'entries.test.js'), `
    import { test, expect } from 'vitest';
    import { validateRegistrant, countries, ready } from 'dotbe-rules/registrant';
    import { bindForm } from 'dotbe-rules/registrant/bind-form';
    import * as full from 'dotbe-rules/bind-form';
    test('registrant and its bindForm', async () => {
      await ready;
      expect(countries('nl').find((c) => c.code === 'BE').name).toBe('België');
      document.body.innerHTML = '<form><input name="country" value="BE"><input name="postalCode"></form>';
      const form = document.querySelector('form');
      bindForm(form, { lang: 'nl' });
      const postal = form.elements.namedItem('postalCode');
      postal.value = '900';
      postal.dispatchEvent(new Event('input', { bubbles: true }));
      // Still a beginning of a valid code (incomplete): shown once the field is left.
      postal.dispatchEvent(new Event('focusout', { bubbles: true }));
      expect(document.getElementById(postal.getAttribute('aria-describedby')).textContent).toMatch(/België: een postcode heeft 4 cijfers/);
      expect(validateRegistrant({ country: 'BE', postalCode: '9000' }, { only: ['postalCode'] }).valid).toBe(true);
      // Own words in bindForm too.
      document.body.innerHTML = '<form><input name="country" value="NL"><input name="postalCode"></form>';
      const own = document.querySelector('form');
      bindForm(own, { messages: { postal_code_format: 'Postcode? Bijvoorbeeld {example}.' } });
      const zip = own.elements.namedItem('postalCode');
      zip.value = '12';
      zip.dispatchEvent(new Event('input', { bubbles: true }));
      zip.dispatchEvent(new Event('focusout', { bubbles: true }));
      expect(zip.validationMessage).toBe('Postcode? Bijvoorbeeld 1234 AB.');
      expect(typeof full.bindForm).toBe('function');
    });
  `);
  writeFileSync(join(app.dir, 'vitest.config.js'), "export default { test: { environment: 'jsdom', include: ['entries.test.js'] } };\n");
  const vitest = join(app.dir, '../../../../node_modules/.bin/vitest');
  const outText = execFileSync(vitest, ['run', '--reporter=verbose'], { cwd: app.dir, encoding: 'utf8', env: { ...process.env, CI: '1', NO_COLOR: '1' } });
  assert.match(outText, /1 passed/);
});
