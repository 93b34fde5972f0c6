// The package as its users meet it: packed with `npm pack`, installed from the tarball into a
// fresh project, then imported from Node ESM, required from CommonJS, type-checked with tsc,
// and bundled for the browser with esbuild and run in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launch } from '../e2e/browser.mjs';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const tsc = join(repo, 'node_modules/.bin/tsc');
let app, tarball, files;

before(() => {
  app = mkdtempSync(join(tmpdir(), 'dotbe-rules-app-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', app], { cwd: join(repo, 'pkg'), encoding: 'utf8' }));
  tarball = join(app, packed[0].filename);
  files = packed[0].files.map((f) => f.path).sort();
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', '--loglevel=error', tarball], { cwd: app });
});

after(() => rmSync(app, { recursive: true, force: true }));

function node(file, source) {
  writeFileSync(join(app, file), source);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: app, encoding: 'utf8' }));
}

test('the tarball holds the package and nothing else, with no paths of the build machine', () => {
  assert.deepEqual(files, [
    'README.md', 'bind-form.d.ts', 'bind-form.js', 'countries.d.ts', 'countries.js', 'dotbe_rules.js', 'dotbe_rules_bg.wasm', 'dotbe_rules_embedded.js', 'dotbe_rules_registrant.js',
    'dotbe_rules_registrant_bg.wasm', 'dotbe_rules_registrant_embedded.js', 'embedded.d.ts', 'embedded.js', 'index.d.cts', 'index.d.ts', 'index.js',
    'node-bind-form.js', 'node.cjs', 'node.js', 'package.json', 'registrant-bind-form.d.ts', 'registrant-bind-form.js', 'registrant-embedded.d.ts',
    'registrant-embedded.js', 'registrant.d.ts', 'registrant.js', 'registrant/bind-form.js', 'registrant/embedded.js',
    // Each language's messages, for every check and for the registrant entry.
    ...['en', 'nl', 'fr', 'de'].flatMap((l) => [`messages/${l}.js`, `messages/registrant-${l}.js`]), 'messages.d.ts',
    // The portfolio audit (tests/consumer/cli.test.mjs).
    'audit-node.js', 'audit.d.ts', 'audit.js', 'cli.mjs', 'dotbe_rules_audit.js', 'dotbe_rules_audit_bg.wasm',
  ].sort());
  for (const f of files) {
    const text = readFileSync(join(app, 'node_modules/dotbe-rules', f)).toString('latin1');
    for (const leak of [repo, '/root/', '/home/', tmpdir() + '/']) {
      assert.ok(!text.includes(leak), `${f} mentions ${leak}`);
    }
  }
});

test('Node ESM: import, no init, a real result', () => {
  const out = node('esm.mjs', `
    import { validateRegistrant } from 'dotbe-rules';
    const r = validateRegistrant({ name: 'Jan D’Hondt', street: 'Kerkstraat 12', city: 'Gent', postalCode: '9000', country: 'BE', email: 'jan@telenet.be', phone: '0475 12 34 56' });
    console.log(JSON.stringify({ valid: r.valid, codes: r.issues.map((i) => i.code), suggestion: r.issues[0].suggestion, phone: r.value.phone }));
  `);
  assert.deepEqual(out, { valid: false, codes: ['charset'], suggestion: "Jan D'Hondt", phone: '+32.475123456' });
});

test('Node CommonJS: require, no init, a real result', () => {
  const out = node('cjs.cjs', `
    const { checkAuthCode, registrantSchema } = require('dotbe-rules');
    const schema = registrantSchema['~standard'].validate({ country: 'BE', postalCode: '900' });
    console.log(JSON.stringify({ code: checkAuthCode('123 456 789 012 345').value, paths: schema.issues.map((i) => i.path.join('.')) }));
  `);
  assert.equal(out.code, '123-456-789-012-345');
  assert.ok(out.paths.includes('postalCode') && out.paths.includes('name'), out.paths.join());
});

test('Standard Schema, called as a form library would: warnings pass, errors fail with paths', async () => {
  const out = node('schema.mjs', `
    import { registrantSchema, createRegistrantSchema } from 'dotbe-rules';
    const full = { name: 'Jan Peeters', street: 'Kerkstraat 12', city: 'Gent', postalCode: '9000', country: 'BE', email: 'jan@gmial.com', phone: '0475123456' };
    const std = registrantSchema['~standard'];
    const ok = await std.validate(full);                  // a typo warning only
    const bad = await createRegistrantSchema({ lang: 'de' })['~standard'].validate({ ...full, postalCode: '900' });
    const notAnObject = await std.validate('Jan');
    console.log(JSON.stringify({ version: std.version, vendor: std.vendor, ok, bad, notAnObject }));
  `);
  assert.equal(out.version, 1);
  assert.equal(out.vendor, 'dotbe-rules');
  assert.equal(out.ok.issues, undefined);
  assert.equal(out.ok.value.phone, '+32.475123456');
  assert.deepEqual(out.bad.issues, [{
    code: 'postal_code_format', severity: 'error', risk: 'rejection', message: 'Belgien: Eine Postleitzahl hat 4 Ziffern, etwa 4000.',
    params: { country: 'BE', example: '4000', digits: 4 }, incomplete: true, path: ['postalCode'],
  }]);
  assert.deepEqual(out.notAnObject.issues, [{ code: 'invalid_type', severity: 'error', risk: 'rejection', message: 'Expected an object here (received: string).', params: { found: 'string', expected: 'object' } }]);
});

function tscRun(files, module = 'node16') {
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module, moduleResolution: module, target: 'es2022', lib: ['es2022', 'dom'], skipLibCheck: false, types: [] },
    files,
  }));
  return spawnSync(tsc, ['-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
}

test('TypeScript: a consumer of every export compiles under --strict (ESM and CommonJS types)', () => {
  copyFileSync(join(repo, 'tests/types/consumer.ts'), join(app, 'consumer.mts'));
  writeFileSync(join(app, 'consumer-cjs.cts'), `
    import dotbe = require('dotbe-rules');
    const r: dotbe.RegistrantResult = dotbe.validateRegistrant({ country: 'BE' });
    export const valid: boolean = r.valid;
  `);
  writeFileSync(join(app, 'consumer-registrant.mts'), `
    import init, { validateRegistrant, countries, registrantSchema, type RegistrantResult, type CountryEntry } from 'dotbe-rules/registrant';
    import { bindForm, type FormBinding } from 'dotbe-rules/registrant/bind-form';
    export const binding: FormBinding = bindForm(document.createElement('form'), { lang: 'fr' });
    await init();
    const r: RegistrantResult = validateRegistrant({ country: 'BE' }, { lang: 'nl', only: ['postalCode'] });
    const list: CountryEntry[] = countries('fr');
    export const summary: [boolean, number, string] = [r.valid, list.length, registrantSchema['~standard'].vendor];
  `);
  // Self-contained: nothing else installed (no @standard-schema/spec).
  const run = tscRun(['consumer.mts', 'consumer-cjs.cts', 'consumer-registrant.mts']);
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

test("TypeScript: the schema is a Standard Schema in the spec's own types, its output inferred", () => {
  const spec = join(app, 'node_modules/@standard-schema/spec');
  mkdirSync(join(app, 'node_modules/@standard-schema'), { recursive: true });
  symlinkSync(join(repo, 'node_modules/@standard-schema/spec'), spec, 'dir');
  writeFileSync(join(app, 'spec.mts'), `
    import type { StandardSchemaV1 } from '@standard-schema/spec';
    import { registrantSchema, createRegistrantSchema, type Registrant, type RegistrantInput } from 'dotbe-rules';
    const schema: StandardSchemaV1<RegistrantInput, Registrant> = registrantSchema;
    const form = createRegistrantSchema<RegistrantInput & { acceptTerms: boolean }>();
    const out: StandardSchemaV1.InferOutput<typeof form> = { ...registrantSchema['~standard'].validate({}).value!, acceptTerms: true };
    export const phone: string = out.phone;
    void schema;
  `);
  const run = tscRun(['spec.mts']);
  rmSync(spec);
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

test('TypeScript: every deliberate mistake is a compile error, and nothing else is', () => {
  const source = readFileSync(join(repo, 'tests/types/mistakes.ts'), 'utf8');
  writeFileSync(join(app, 'mistakes.mts'), source);
  const marked = source.split('\n').flatMap((line, i) => (line.includes('// mistake') ? [i + 1] : []));
  const run = tscRun(['mistakes.mts']);
  assert.notEqual(run.status, 0);
  const reported = [...new Set([...run.stdout.matchAll(/mistakes\.mts\((\d+),\d+\): error/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  assert.deepEqual(reported, marked, run.stdout);
});

/**
 * Bundles `source` (a browser module importing the package) with esbuild into a fresh folder
 * beside the .wasm `wasm`, serves it with a strict CSP and runs it in headless Chromium.
 * Returns the page's `data-result` and the paths the page requested.
 */
async function runBundled(name, source, wasm) {
  const web = join(app, name);
  mkdirSync(web);
  writeFileSync(join(app, `${name}-entry.js`), source);
  await build({ entryPoints: [join(app, `${name}-entry.js`)], bundle: true, format: 'esm', platform: 'browser', outfile: join(web, 'app.js'), absWorkingDir: app, logLevel: 'error' });
  // A bundler leaves the .wasm beside the bundle, where `new URL(…, import.meta.url)` finds it.
  copyFileSync(join(app, 'node_modules/dotbe-rules', wasm), join(web, wasm));
  writeFileSync(join(web, 'index.html'), '<!doctype html><meta charset="utf-8"><title>consumer</title><script type="module" src="app.js"></script>');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
  const requested = [];
  const server = createServer((req, res) => {
    requested.push(req.url);
    const file = join(web, req.url === '/' ? 'index.html' : req.url.slice(1));
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && !m.text().includes('404') && errors.push(m.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForSelector('body[data-result]', { state: 'attached', timeout: 10000 }).catch((e) => {
      throw new Error(`${e.message}: ${errors.join('; ')}`);
    });
    const result = JSON.parse(await page.locator('body').getAttribute('data-result'));
    assert.deepEqual(errors, []);
    return { result, requested: requested.filter((u) => u !== '/favicon.ico').sort() };
  } finally {
    await browser.close();
    server.close();
  }
}

test('a browser bundle made with esbuild runs in headless Chromium', async () => {
  const { result } = await runBundled('web', `
    import init, { validateRegistrant, checkAuthCode, countries } from 'dotbe-rules';
    await init();
    await init();
    const r = validateRegistrant({ country: 'NL', postalCode: '1234ab' }, { lang: 'nl', only: ['postalCode'] });
    document.body.dataset.result = JSON.stringify({ code: checkAuthCode('123456789012345').value, postal: r.issues[0].suggestion, nl: countries('nl').find((c) => c.code === 'NL').name });
  `, 'dotbe_rules_bg.wasm');
  assert.deepEqual(result, { code: '123-456-789-012-345', postal: '1234AB', nl: 'Nederland' });
});

test("a signup form bundling 'dotbe-rules/registrant' downloads only the registrant module", async () => {
  const { result, requested } = await runBundled('signup', `
    import * as registrant from 'dotbe-rules/registrant';
    import init, { validateRegistrant, countries, registrantSchema } from 'dotbe-rules/registrant';
    import { bindForm } from 'dotbe-rules/registrant/bind-form';
    await init();
    // The form is in Dutch, a message below in French (the page's language, English, came with init).
    await Promise.all([registrant.loadLanguage('nl'), registrant.loadLanguage('fr')]);
    // A signup form bound as the pkg README shows: a wrong Belgian postal code typed.
    document.body.innerHTML = '<form><input name="country" value="BE"><input name="postalCode"></form>';
    const form = document.querySelector('form');
    bindForm(form, { lang: 'nl' });
    const postal = form.elements.namedItem('postalCode');
    postal.value = '900';
    postal.dispatchEvent(new Event('input', { bubbles: true }));
    // Typed so far, 900 may still become a postal code: the message waits until the field is left.
    const whileTyping = postal.getAttribute('aria-describedby');
    postal.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    const shown = document.getElementById(postal.getAttribute('aria-describedby').split(' ')[0]).textContent;
    const r = validateRegistrant({ name: 'Jan D’Hondt', country: 'BE', postalCode: '900', vat: 'BE 0403.170.701' }, { lang: 'fr' });
    document.body.dataset.result = JSON.stringify({
      exports: Object.keys(registrant).sort(),
      codes: r.issues.map((i) => i.path.join('.') + ':' + i.code),
      vat: r.value.vat,
      postal: r.issues.find((i) => i.code === 'postal_code_format').message,
      be: countries('fr').find((c) => c.code === 'BE').name,
      schema: registrantSchema['~standard'].validate({ country: 'BE' }).issues.length > 0,
      bound: { whileTyping, shown, validity: postal.validationMessage !== '' },
    });
  `, 'dotbe_rules_registrant_bg.wasm');
  assert.deepEqual(result.exports, ['addMessages', 'countries', 'createRegistrantSchema', 'default', 'hasLanguage', 'init', 'initSync', 'loadLanguage', 'memoryUsage', 'ready', 'registrantSchema', 'validateRegistrant']);
  assert.ok(result.codes.includes('name:charset') && result.codes.includes('postalCode:postal_code_format'), result.codes.join());
  assert.equal(result.vat, 'BE0403170701');
  assert.equal(result.postal, 'Belgique\u00a0: un code postal compte 4 chiffres, par exemple 4000.');
  assert.equal(result.be, 'Belgique');
  assert.equal(result.schema, true);
  assert.equal(result.bound.whileTyping, null, 'nothing shown while typing');
  assert.match(result.bound.shown, /^België: een postcode heeft 4 cijfers, zoals 4000\./);
  assert.equal(result.bound.validity, true, 'setCustomValidity was called');
  assert.deepEqual(requested, ['/', '/app.js', '/dotbe_rules_registrant_bg.wasm']);
});
