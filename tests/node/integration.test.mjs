// Integration as forms use the package (issue 15), on the built pkg/ in fresh Node processes:
// the Standard Schema's issues, paths, output and warnings; own message templates; unknown
// options; one name per idea; every entry usable in Node without init, the browser ones too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo, pkg, runModule as run } from './run-module.mjs';

const FULL = "{ name: 'Jan Peeters', street: 'Kerkstraat 12', city: 'Gent', postalCode: '9000', country: 'BE', email: 'jan@telenet.be', phone: '0475123456' }";

test('schema issues keep code, params, severity, risk and suggestion, on paths the form has', () => {
  const out = run(`
    import { registrantSchema, createRegistrantSchema } from 'dotbe-rules';
    const v = (s, x) => s['~standard'].validate(x);
    const full = ${FULL};
    console.log(JSON.stringify({
      postal: v(registrantSchema, { ...full, postalCode: '900' }).issues,
      oneField: v(registrantSchema, { ...full, street: 'Kerkstraat 12\\nBus 3\\n\\u0416' }).issues,
      lines: v(registrantSchema, { ...full, street: ['Kerkstraat 12', 'Bus 3', '\\u0416'] }).issues.map((i) => i.path),
      notAnObject: v(registrantSchema, 'Jan').issues,
      nested: v(createRegistrantSchema({ path: 'registrant' }), { registrant: { ...full, postalCode: '900' }, acceptTerms: true }).issues.map((i) => i.path),
    }));
  `);
  assert.deepEqual(out.postal, [{
    code: 'postal_code_format', severity: 'error', risk: 'rejection',
    message: 'Belgium: a postal code has 4 digits, such as 4000.',
    params: { example: '4000', digits: 4, country: 'BE' }, incomplete: true, path: ['postalCode'],
  }]);
  // One street field: the line's issue lands on `street`, the line still there.
  assert.deepEqual(out.oneField.map((i) => [i.path, i.line, i.code, i.at.position]), [[['street'], 2, 'charset', 1]]);
  // A list of line fields: each line keeps its own path.
  assert.deepEqual(out.lines, [['street', 2]]);
  assert.deepEqual(out.notAnObject.map((i) => [i.path, i.code]), [[undefined, 'invalid_type']]);
  assert.deepEqual(out.nested, [['registrant', 'postalCode']]);
});

test("schema output: the form's other keys kept, the registrant normalised over them, nested too", () => {
  const out = run(`
    import { createRegistrantSchema } from 'dotbe-rules';
    const full = ${FULL};
    const flat = createRegistrantSchema()['~standard'].validate({ ...full, acceptTerms: true, domain: 'jan.be' });
    const nested = createRegistrantSchema({ path: ['registrant'] })['~standard'].validate({ registrant: { ...full, extra: 1 }, acceptTerms: true });
    console.log(JSON.stringify({ flat, nested }));
  `);
  assert.equal(out.flat.issues, undefined);
  assert.equal(out.flat.value.acceptTerms, true);
  assert.equal(out.flat.value.domain, 'jan.be');
  assert.equal(out.flat.value.phone, '+32.475123456');
  assert.deepEqual(out.flat.value.street, ['Kerkstraat 12']);
  assert.equal(out.nested.value.acceptTerms, true);
  assert.equal(out.nested.value.registrant.phone, '+32.475123456');
  assert.equal(out.nested.value.registrant.extra, 1);
});

test('schema warnings reach onWarnings (every validation, [] when none); the domain may come from the values', () => {
  const out = run(`
    import { createRegistrantSchema } from 'dotbe-rules';
    const seen = [];
    const s = createRegistrantSchema({ lang: 'nl', domain: (v) => v.domain, onWarnings: (w, values) => seen.push(w.map((i) => [i.code, i.suggestion ?? null, i.path.join('.')])) });
    const full = ${FULL};
    const typo = s['~standard'].validate({ ...full, email: 'jan@gmial.com', domain: 'x.be' });
    s['~standard'].validate({ ...full, email: 'info@jan.be', domain: 'jan.be' });
    s['~standard'].validate(full);
    console.log(JSON.stringify({ seen, passes: typo.issues === undefined }));
  `);
  assert.equal(out.passes, true, 'a warning does not fail');
  assert.deepEqual(out.seen, [[['email_typo', 'jan@gmail.com', 'email']], [['email_in_registered_domain', null, 'email']], []]);
});

test('own messages: templates by code with placeholders, functions, a function of every issue; the rest built in', () => {
  const out = run(`
    import { checkAuthCode, validateRegistrant, createRegistrantSchema, decideContactChange } from 'dotbe-rules';
    const mine = {
      auth_code_digit_count: 'Wij verwachten 15 cijfers, u gaf er {count}.',
      auth_code_character: '{char} op plaats {position} (probeer {suggestion}) [{code}] {nothing}',
      phone_length: (i) => 'Na +' + i.params.prefix + ': ' + i.params.lengths.map((r) => r.join('-')).join('/'),
    };
    console.log(JSON.stringify({
      count: checkAuthCode('123', { messages: mine }).issues[0].message,
      char: checkAuthCode('123-456-78O-012-345', { messages: mine }).issues[0].message,
      phone: validateRegistrant({ country: 'BE', phone: '+32 4751' }, { only: ['phone'], messages: mine }).issues[0].message,
      builtIn: validateRegistrant({}, { lang: 'nl', only: ['name'], messages: mine }).issues[0].message,
      everyIssue: validateRegistrant({}, { only: ['name', 'city'], messages: (i) => (i.code === 'required' ? i.path[0] + '?' : undefined) }).issues.map((i) => i.message),
      schema: createRegistrantSchema({ messages: { required: 'Verplicht.' } })['~standard'].validate({}).issues[0].message,
      decision: decideContactChange({ name: 'A' }, { name: 'B' }, { messages: { required: '!' } }).issues[0].message,
    }));
  `);
  assert.equal(out.count, 'Wij verwachten 15 cijfers, u gaf er 3.');
  assert.equal(out.char, 'O op plaats 11 (probeer 123-456-780-012-345) [auth_code_character] {nothing}');
  assert.equal(out.phone, 'Na +32: 8-9');
  assert.equal(out.builtIn, 'Vul dit veld in.');
  assert.deepEqual(out.everyIssue, ['name?', 'city?']);
  assert.equal(out.schema, 'Verplicht.');
  assert.equal(out.decision, '!');
});

test('unknown options throw a TypeError naming the option and the valid ones; aliases keep working', () => {
  const out = run(`
    import { checkAuthCode, validateRegistrant, validateDomainName, checkTransfer, decideContactChange, whoisPreview, createRegistrantSchema } from 'dotbe-rules';
    const error = (f) => { try { f(); return null; } catch (e) { return [e.constructor.name, e.message]; } };
    console.log(JSON.stringify({
      registrant: error(() => validateRegistrant({}, { lng: 'nl' })),
      code: error(() => checkAuthCode('1', { kin: 'external' })),
      domain: error(() => validateDomainName('x', { language: 'nl' })),
      change: error(() => decideContactChange({}, {}, { revoke: true })),
      request: error(() => checkTransfer({ kind: 'external', authcode: '1' })),
      schema: error(() => createRegistrantSchema({ lng: 'nl' })),
      kind: checkTransfer({ kind: 'internal', authCode: 'Xk4-9pQ_z', nameserverGroup: 'g' }).valid,
      type: checkTransfer({ type: 'internal', authCode: 'Xk4-9pQ_z', nameserverGroup: 'g' }).valid,
      disagree: error(() => checkTransfer({ kind: 'internal', type: 'external', authCode: '1' })),
      holder: whoisPreview({ organization: 'Brouwerij Het Anker NV' }).holder,
      anyTag: checkAuthCode('', { lang: 'nl-BE-u-ca-gregory' }).issues[0].message,
    }));
  `);
  assert.deepEqual(out.registrant, ['TypeError', 'dotbe-rules: options.lng is not a known option; the options are: lang, domain, only, messages, holder']);
  assert.deepEqual(out.code, ['TypeError', 'dotbe-rules: options.kin is not a known option; the options are: lang, kind, issuedAt, now, messages, timeZone']);
  assert.deepEqual(out.domain, ['TypeError', 'dotbe-rules: options.language is not a known option; the options are: lang, messages']);
  assert.match(out.change[1], /^dotbe-rules: options\.revoke is not a known option; the options are: lang, revokeProcedure, monitoredUpdateApproved, messages$/);
  assert.match(out.request[1], /^dotbe-rules: request\.authcode is not a known option; the options are: kind, type, authCode, /);
  assert.deepEqual(out.schema, ['TypeError', 'dotbe-rules: createRegistrantSchema has no option lng; its options are: lang, domain, messages, path, onWarnings']);
  assert.equal(out.kind, true);
  assert.equal(out.type, true, 'type, the old name of kind, still works');
  assert.deepEqual(out.disagree, ['TypeError', 'dotbe-rules: request.kind and request.type (its old name) disagree']);
  assert.equal(out.holder, 'organization');
  assert.equal(out.anyTag, 'Vul dit veld in.');
});

test("each code's params are the ones index.d.ts types for it", () => {
  const dts = readFileSync(join(pkg, 'index.d.ts'), 'utf8');
  const block = dts.slice(dts.indexOf('export interface ParamsByCode {'), dts.indexOf('export type ParamsOf'));
  const typed = Object.fromEntries([...block.matchAll(/^ {2}(\w+): \{([^}]*)\};$/gm)].map(([, code, body]) => [code, [...body.matchAll(/(\w+)\??:/g)].map((m) => m[1])]));
  const union = dts.slice(dts.indexOf('export type IssueCode ='), dts.indexOf('/** Where in the input a problem sits. */'));
  const codes = [...union.matchAll(/\| '(\w+)'/g)].map((m) => m[1]);
  assert.deepEqual(Object.keys(typed).sort(), [...new Set(codes)].sort(), 'every code is typed');
  const out = run(`
    import * as d from 'dotbe-rules';
    import { readFileSync } from 'node:fs';
    const dir = ${JSON.stringify(join(repo, 'tests/cases/'))};
    const seen = {};
    const note = (r) => { for (const i of r.issues) for (const k of Object.keys(i.params)) (seen[i.code] ??= {})[k] = true; };
    const each = (file, f) => { for (const c of JSON.parse(readFileSync(dir + file, 'utf8'))) { try { note(f(c)); } catch {} } };
    each('authcode.json', (c) => d.checkAuthCode(c.input, c.options));
    each('registrant.json', (c) => d.validateRegistrant(c.input, c.options));
    each('domain.json', (c) => d.validateDomainName(c.input, c.options));
    each('nameservers.json', (c) => d.validateNameservers(c.input, c.options));
    each('decisions.json', (c) => d.decideContactChange(c.current, c.proposed, c.context));
    each('transfers.json', (c) => d.checkTransfer(c.input, c.options));
    console.log(JSON.stringify(Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, Object.keys(v)]))));
  `);
  assert.ok(Object.keys(out).length > 10);
  for (const [code, keys] of Object.entries(out)) {
    for (const k of keys) assert.ok(typed[code]?.includes(k), `${code} has params.${k}, which ParamsByCode does not type`);
  }
});

test("the browser entries in Node (jsdom, Vitest): the download starts on import, 'ready' resolves, no init", () => {
  const out = run(`
    import * as full from ${JSON.stringify(join(pkg, 'index.js'))};
    import * as registrant from ${JSON.stringify(join(pkg, 'registrant.js'))};
    let before;
    try { registrant.countries('nl'); } catch (e) { before = e.message; }
    await Promise.all([full.ready, registrant.ready]);
    console.log(JSON.stringify({ before, be: registrant.countries('nl').find((c) => c.code === 'BE').name, code: full.checkAuthCode('123456789012345').value }));
  `);
  assert.match(out.before, /`await ready` first/);
  assert.equal(out.be, 'België');
  assert.equal(out.code, '123-456-789-012-345');
});

test("the '/embedded' entries are ready on import, with nothing to load", () => {
  const out = run(`
    import { validateRegistrant, countries } from ${JSON.stringify(join(pkg, 'registrant-embedded.js'))};
    import { checkAuthCode } from ${JSON.stringify(join(pkg, 'embedded.js'))};
    console.log(JSON.stringify({ nl: countries('nl').length, postal: validateRegistrant({ country: 'BE', postalCode: '900' }, { only: ['postalCode'] }).issues[0].code, code: checkAuthCode('123456789012345').valid }));
  `);
  assert.deepEqual(out, { nl: 250, postal: 'postal_code_format', code: true });
});

test("a failed load says what to do, and 'ready' rejects with it", () => {
  const out = run(`
    import init, { ready, validateRegistrant } from ${JSON.stringify(join(pkg, 'registrant.js'))};
    const failed = await init('http://127.0.0.1:9/nowhere.wasm').catch((e) => e.message);
    const readyToo = await ready.catch((e) => e.message);
    let call;
    try { validateRegistrant({}); } catch (e) { call = e.message; }
    console.log(JSON.stringify({ failed, readyToo, call }));
  `);
  assert.match(out.failed, /could not load dotbe_rules_registrant_bg\.wasm from http:\/\/127\.0\.0\.1:9\/nowhere\.wasm .*bundler recipes in the package README/);
  assert.equal(out.readyToo, out.failed);
  assert.match(out.call, /the checks cannot run: dotbe-rules: could not load/);
});

test("'dotbe-rules/countries': the country list at once, with no wasm, the entries' list exactly", () => {
  const out = run(`
    import { countries as fromData } from ${JSON.stringify(join(pkg, 'countries.js'))};
    import { countries } from 'dotbe-rules';
    const tags = [undefined, null, 'en', 'nl', 'fr', 'de', 'nl-BE', 'FR_be', ' de ', 'es', 'x'.repeat(80)];
    let thrown;
    try { fromData(42); } catch (e) { thrown = e.constructor.name; }
    console.log(JSON.stringify({ same: tags.map((t) => JSON.stringify(fromData(t)) === JSON.stringify(countries(t ?? undefined))), thrown, be: fromData('nl').find((c) => c.code === 'BE') }));
  `);
  assert.deepEqual(out.same, Array(11).fill(true));
  assert.equal(out.thrown, 'TypeError');
  assert.deepEqual(out.be, { code: 'BE', name: 'België', phonePrefix: '32', postalExample: '4000', hasPostalCodes: true });
});
