// Messages by language (js/loader.js): the page's with the module, others on demand, bundled ones
// added — and the paths a page can take through them: an initSync while the load runs, initSync
// in a browser, another entry's file, options that are null or a lang that is not text, a file
// that fails, loadLanguage before init(url). Each case in a fresh process (the glue is one
// module per process), as a page in Dutch (`<html lang="nl">`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { repo, pkg, runModule } from './run-module.mjs';

const entry = JSON.stringify(join(pkg, 'registrant.js'));
const wasm = JSON.stringify(join(pkg, 'dotbe_rules_registrant_bg.wasm'));
const file = (name) => JSON.stringify(join(pkg, 'messages', name));
const preamble = `
  globalThis.document = { documentElement: { lang: 'nl' } };
  const warnings = [];
  console.warn = (w) => warnings.push(w);
  const { readFileSync } = await import('node:fs');
  const required = (m, options) => m.validateRegistrant({ name: '' }, options).issues[0].message;
`;

test('an initSync while the load on import runs: one set of messages, still there once the load ends', () => {
  const out = runModule(`${preamble}
    const m = await import(${entry});
    await new Promise((r) => setTimeout(r, 0)); // the load on import has started
    m.addMessages((await import(${file('registrant-fr.js')})).default);
    m.initSync(readFileSync(${wasm}));
    const at = required(m, { lang: 'fr' });
    await m.ready;
    await new Promise((r) => setTimeout(r, 300));
    console.log(JSON.stringify({ at, later: required(m, { lang: 'fr' }), page: required(m) }));
  `);
  assert.equal(out.at, 'Veuillez remplir ce champ.');
  assert.equal(out.later, 'Veuillez remplir ce champ.');
  assert.equal(out.page, 'Vul dit veld in.');
});

test('initSync in a browser without messages: ready resolves with the page’s; a check before it says to await it', () => {
  const out = runModule(`${preamble}
    const m = await import(${entry});
    m.initSync(readFileSync(${wasm}));
    let before;
    try { required(m); } catch (e) { before = e.message; }
    await m.ready;
    console.log(JSON.stringify({ before, after: required(m), has: m.hasLanguage('nl') }));
  `);
  assert.match(out.before, /`await ready` first/);
  assert.equal(out.after, 'Vul dit veld in.');
  assert.equal(out.has, true);
});

test("another entry's file is a TypeError at once and harms nothing; null options and a lang that is not text", () => {
  const out = runModule(`${preamble}
    const m = await import(${entry});
    let wrong;
    try { m.addMessages((await import(${file('nl.js')})).default); } catch (e) { wrong = e.constructor.name + ': ' + e.message; }
    await m.ready;
    const asNull = required(m, null);
    const notText = [];
    for (const lang of [42, {}]) { try { required(m, { lang }); notText.push('no error'); } catch (e) { notText.push(e.constructor.name); } }
    await m.loadLanguage('en');
    try { required(m, { lang: 42 }); notText.push('no error'); } catch (e) { notText.push(e.constructor.name); }
    console.log(JSON.stringify({ wrong, page: required(m), asNull, notText, warnings }));
  `);
  assert.match(out.wrong, /^TypeError: .*messages\/registrant-\*/);
  assert.equal(out.page, 'Vul dit veld in.');
  assert.equal(out.asNull, 'Vul dit veld in.', 'null options: the page’s language');
  assert.deepEqual(out.notText, ['TypeError', 'TypeError', 'TypeError'], 'the same TypeError whatever is loaded');
  assert.deepEqual(out.warnings, []);
});

test('a language file that fails: the checks write in the page’s, the file is asked for again only by loadLanguage; loadLanguage before init(url)', () => {
  const out = runModule(`${preamble}
    const { loader } = await import(${JSON.stringify(join(repo, 'js/loader.js'))});
    const glue = await import(${JSON.stringify(join(pkg, 'dotbe_rules_registrant.js'))});
    const boundary = await import(${JSON.stringify(join(repo, 'js/boundary.js'))});
    let imports = 0;
    // No URL of its own (as in an IIFE bundle): only init(bytes) can load it.
    const L = loader(glue, 'x.wasm', () => { throw new Error('no URL'); }, (lang) => {
      imports += 1;
      return lang === 'fr' ? Promise.reject(new Error('404')) : import(${JSON.stringify(join(pkg, 'messages'))} + '/registrant-' + lang + '.js');
    }, 'registrant');
    const early = L.loadLanguage('de');
    L.init(readFileSync(${wasm}));
    await L.ready;
    await early;
    const check = L.loadedFirst((a, b) => boundary.validateRegistrant(glue, a, b));
    const messages = [];
    for (let i = 0; i < 5; i++) {
      messages.push(check({ name: '' }, { lang: 'fr' }).issues[0].message);
      await new Promise((r) => setTimeout(r, 5));
    }
    const afterChecks = imports;
    let rejected;
    try { await L.loadLanguage('fr'); } catch (e) { rejected = e.message; }
    console.log(JSON.stringify({ afterChecks, afterAsking: imports, rejected, messages: [...new Set(messages)], de: L.hasLanguage('de'), warnings: warnings.length }));
  `);
  assert.equal(out.de, true, 'loadLanguage before init(url): init decides where from');
  assert.equal(out.afterChecks, 3, 'nl and de, then fr once');
  assert.equal(out.afterAsking, 4, 'loadLanguage asks again');
  assert.match(out.rejected, /could not load the messages in fr \(404\)/);
  assert.deepEqual(out.messages, ['Vul dit veld in.']);
  assert.equal(out.warnings, 1);
});
