// Docs that run (issue 15): every JS example of README.md and pkg-README.md runs against the
// built pkg/ — as `dotbe-rules`, with every export also in scope, and a DOM (jsdom) for the
// examples that use `document` — and each value it shows must be what the statement gives
// (tests/docs/examples.mjs has the convention). Every HTML example is served as written (an
// import map stands for the bundler) and used in headless Chromium: an empty submit is blocked
// with messages, a filled one is posted with the normalised values.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { blocks, instrument } from './examples.mjs';
import { launch } from '../e2e/browser.mjs';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const pkg = join(repo, 'pkg');
const helpers = join(repo, 'tests/docs/examples.mjs');
let dir;

before(() => {
  mkdirSync(join(repo, 'tests/out'), { recursive: true });
  dir = mkdtempSync(join(repo, 'tests/out/docs-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(pkg, join(dir, 'node_modules', 'dotbe-rules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

const prelude = (dom) => `
import * as __dotbe from 'dotbe-rules';
import { differs as __differs, shownValue as __shownValue } from ${JSON.stringify(helpers)};
${dom ? `import { JSDOM as __JSDOM } from 'jsdom';
const __dom = new __JSDOM('<!doctype html><html lang="nl"><body><div id="root"></div><form><input name="name"><input name="postalCode"><select name="country"></select></form></body></html>', { pretendToBeVisual: true });
for (const k of ['window', 'document', 'navigator', 'Event', 'HTMLElement']) globalThis[k] = k === 'window' ? __dom.window : __dom.window[k];` : ''}
Object.assign(globalThis, __dotbe);
const __failures = [];
let __checked = 0;
globalThis.__check = (line, value, shown) => {
  __checked++;
  let expected;
  try { expected = __shownValue(shown); } catch (e) { __failures.push('line ' + line + ': the shown value is no value (' + e.message + '): ' + shown); return; }
  const d = __differs(value, expected);
  if (d) __failures.push('line ' + line + ': ' + d);
};
process.on('beforeExit', () => { console.log(JSON.stringify({ failures: __failures, checked: __checked })); process.exit(0); });
`;

for (const file of ['README.md', 'pkg-README.md']) {
  const all = blocks(readFileSync(join(repo, file), 'utf8'));
  for (const block of all.filter((b) => b.lang === 'js' || b.lang === 'jsx')) {
    test(`${file}:${block.line}: the example runs and shows what it gives`, () => {
      let { source } = instrument(block.code, block.line);
      // React examples: JSX compiled as a bundler would, run in jsdom.
      if (block.lang === 'jsx') source = transformSync(source, { loader: 'jsx', jsx: 'automatic', format: 'esm' }).code;
      const name = `${file.replace('.md', '')}-${block.line}.mjs`;
      writeFileSync(join(dir, name), prelude(/\bdocument\b/.test(block.code)) + source + '\n');
      let out;
      try {
        out = execFileSync(process.execPath, [name], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (e) {
        assert.fail(`${file}:${block.line}: the example throws:\n${e.stderr}`);
      }
      const { failures } = JSON.parse(out.trim().split('\n').at(-1));
      assert.deepEqual(failures, [], `${file}: shown values that differ`);
    });
  }
  for (const block of all.filter((b) => b.lang === 'html')) {
    test(`${file}:${block.line}: the HTML example, as written, blocks an empty form and posts a filled one`, () => htmlExample(block.code));
  }
}

test('the runner sees every example: each README has JS examples with shown values', () => {
  for (const file of ['README.md', 'pkg-README.md']) {
    const js = blocks(readFileSync(join(repo, file), 'utf8')).filter((b) => b.lang === 'js');
    const checks = js.reduce((n, b) => n + instrument(b.code, b.line).checks, 0);
    assert.ok(js.length >= 8 && checks >= 15, `${file}: ${js.length} blocks, ${checks} shown values`);
  }
});

const VALID = { name: 'Jan Peeters', street: 'Kerkstraat 12', city: 'Gent', postalCode: '9000', country: 'BE', email: 'jan@telenet.be', phone: '0475 12 34 56' };
const IMPORTS = {
  'dotbe-rules': '/pkg/index.js',
  'dotbe-rules/registrant': '/pkg/registrant.js',
  'dotbe-rules/bind-form': '/pkg/bind-form.js',
  'dotbe-rules/registrant/bind-form': '/pkg/registrant-bind-form.js',
};

async function htmlExample(html) {
  const posts = [];
  const types = { '.js': 'text/javascript', '.wasm': 'application/wasm' };
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><script type="importmap">${JSON.stringify({ imports: IMPORTS })}</script></head><body>${html}</body></html>`;
  const server = createServer((req, res) => {
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        posts.push({ url: req.url, form: Object.fromEntries(new URLSearchParams(body)) });
        res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>sent</title>sent');
      });
      return;
    }
    if (req.url === '/') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
    try {
      const file = join(pkg, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/pkg\//, ''));
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const browser = await launch();
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    const submit = tab.locator('form button, form [type=submit]').first();
    // Empty: blocked, with messages.
    await tab.waitForFunction(() => document.querySelector('select[name=country]')?.options.length > 1 || !document.querySelector('select[name=country]'));
    await submit.click();
    await tab.waitForTimeout(300);
    assert.deepEqual(posts, [], 'an empty form is not posted');
    assert.ok((await tab.locator('.dotbe-messages .issue.error').count()) > 0, 'the errors are shown');
    // Filled as a registrant would: posted, with the normalised values where the page asks.
    for (const [name, value] of Object.entries(VALID)) {
      const input = tab.locator(`form [name="${name}"]`);
      if ((await input.count()) === 0) continue;
      if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption(value);
      else await input.fill(value);
    }
    await Promise.all([tab.waitForURL(/./, { waitUntil: 'load' }).catch(() => {}), submit.click()]);
    await tab.waitForFunction(() => document.title === 'sent', null, { timeout: 5000 }).catch(() => {});
    assert.deepEqual(errors, []);
    assert.equal(posts.length, 1, 'the filled form is posted');
    for (const [name, value] of Object.entries(VALID)) if (name in posts[0].form) assert.equal(posts[0].form[name], value);
    if ('phoneEpp' in posts[0].form) assert.equal(posts[0].form.phoneEpp, '+32.475123456', 'onResult wrote the normalised phone');
  } finally {
    await browser.close();
    server.close();
  }
}
