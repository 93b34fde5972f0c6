// The package in each bundler people use (issue 15), from the packed tarball: the same signup
// page — the registrant entry and its bindForm, an empty country dropdown — bundled by Vite,
// webpack 5, Rollup, Parcel and esbuild with the recipe pkg-README.md gives for each, served
// under a strict CSP and run in headless Chromium, which must show a checked field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { launch } from '../e2e/browser.mjs';
import { makeApp, repo } from './app.mjs';

let app, browser;
before(async () => {
  app = makeApp('bundlers');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  app?.remove();
});

/** The page: what a signup form does, and its outcome in `data-result`. `head`: the recipe's lines. */
const page = (head = '', entry = 'dotbe-rules/registrant') => `
${head}
import { ready, countries, validateRegistrant } from '${entry}';
import { bindForm } from 'dotbe-rules/registrant/bind-form';
document.body.innerHTML = '<form><select name="country" data-value="BE"></select><input name="postalCode"></form>';
const form = document.querySelector('form');
bindForm(form, { lang: 'nl' });
ready.then(() => {
  const postal = form.elements.namedItem('postalCode');
  postal.value = '900';
  postal.dispatchEvent(new Event('input', { bubbles: true }));
  // Still a beginning of a valid code (incomplete): shown once the field is left.
  postal.dispatchEvent(new Event('focusout', { bubbles: true }));
  document.body.dataset.result = JSON.stringify({
    be: countries('nl').find((c) => c.code === 'BE').name,
    code: validateRegistrant({ country: 'BE', postalCode: '900' }, { only: ['postalCode'] }).issues[0].code,
    shown: document.getElementById(postal.getAttribute('aria-describedby')).textContent,
    options: form.elements.namedItem('country').options.length,
    country: form.elements.namedItem('country').value,
  });
}, (e) => { document.body.dataset.result = JSON.stringify({ error: e.message }); });
`;

/** A project folder for one bundler: `web/main.js` (the page) and `web/index.html`. */
function project(name, source, script = '<script type="module" src="./main.js"></script>') {
  const web = join(app.dir, name, 'web');
  mkdirSync(web, { recursive: true });
  writeFileSync(join(web, 'main.js'), source);
  writeFileSync(join(web, 'index.html'), `<!doctype html><html lang="nl"><meta charset="utf-8"><title>signup</title><body>${script}</body></html>`);
  return { root: join(app.dir, name), web, dist: join(app.dir, name, 'dist') };
}

/** Serves `dist` under a strict CSP, opens it in Chromium; the page's result and what it fetched. */
async function open(dist, { html = 'index.html', scripts = '' } = {}) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
  const requested = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    requested.push(path);
    const file = join(dist, path === '/' ? html : path.slice(1));
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'${scripts}` });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForSelector('body[data-result]', { state: 'attached', timeout: 15000 }).catch((e) => {
      throw new Error(`${e.message}: ${errors.join('; ')}`);
    });
    const result = JSON.parse(await tab.locator('body').getAttribute('data-result'));
    return { result, errors, wasm: requested.filter((p) => p.endsWith('.wasm')) };
  } finally {
    await tab.close();
    server.close();
  }
}

function expectSignup({ result, errors, wasm }, fetchesWasm = true) {
  assert.deepEqual(errors, []);
  assert.equal(result.error, undefined, result.error);
  assert.equal(result.be, 'België');
  assert.equal(result.code, 'postal_code_format');
  assert.match(result.shown, /^België: een postcode heeft 4 cijfers/);
  assert.equal(result.options, 251, 'the empty dropdown was filled with the countries');
  assert.equal(result.country, 'BE');
  if (fetchesWasm) assert.equal(wasm.length, 1, 'the registrant module, once');
  else assert.deepEqual(wasm, []);
}

test('Vite: no configuration', async () => {
  const { build } = await import('vite');
  const p = project('vite', page());
  await build({ root: p.web, logLevel: 'error', build: { outDir: p.dist, emptyOutDir: true } , configFile: false });
  expectSignup(await open(p.dist));
});

test('webpack 5: no configuration beyond entry and output', async () => {
  const { default: webpack } = await import('webpack');
  const p = project('webpack', page(), '<script src="./main.js"></script>');
  await new Promise((done, fail) =>
    webpack({ mode: 'production', context: p.root, entry: './web/main.js', output: { path: p.dist, filename: 'main.js' } }, (err, stats) =>
      err || stats.hasErrors() ? fail(err ?? new Error(stats.toString('errors-only'))) : done(),
    ),
  );
  writeFileSync(join(p.dist, 'index.html'), readFileSync(join(p.web, 'index.html'), 'utf8').replace('<script src="./main.js">', '<script src="./main.js">'));
  expectSignup(await open(p.dist));
});

test('Rollup: node-resolve and @web/rollup-plugin-import-meta-assets (which copies the .wasm)', async () => {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { importMetaAssets } = await import('@web/rollup-plugin-import-meta-assets');
  const p = project('rollup', page());
  const bundle = await rollup({ input: join(p.web, 'main.js'), plugins: [nodeResolve({ browser: true }), importMetaAssets()], onwarn: () => {} });
  await bundle.write({ dir: p.dist, format: 'es' });
  await bundle.close();
  writeFileSync(join(p.dist, 'index.html'), readFileSync(join(p.web, 'index.html')));
  expectSignup(await open(p.dist));
});

test('Parcel: no configuration', () => {
  const p = project('parcel', page());
  const parcel = join(repo, 'node_modules/.bin/parcel');
  const run = spawnSync(parcel, ['build', 'web/index.html', '--dist-dir', 'dist', '--no-cache', '--cache-dir', join(p.root, '.parcel-cache'), '--no-source-maps', '--public-url', './', '--log-level', 'error'], { cwd: p.root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  // Parcel names the .wasm's hashed file in an inline import map: a strict CSP allows it by its hash.
  const map = readFileSync(join(p.dist, 'index.html'), 'utf8').match(/<script type=importmap>(.*?)<\/script>/)?.[1];
  const scripts = map === undefined ? '' : ` 'sha256-${createHash('sha256').update(map).digest('base64')}'`;
  return open(p.dist, { scripts }).then(expectSignup);
});

test("esbuild: the .wasm imported with the file loader, its URL given to init", async () => {
  const { build } = await import('esbuild');
  const recipe = "import wasmUrl from 'dotbe-rules/dotbe_rules_registrant_bg.wasm';\nimport { init } from 'dotbe-rules/registrant';\ninit(wasmUrl);";
  const p = project('esbuild', page(recipe));
  await build({ entryPoints: [join(p.web, 'main.js')], bundle: true, format: 'esm', outdir: p.dist, loader: { '.wasm': 'file' }, logLevel: 'error' });
  writeFileSync(join(p.dist, 'index.html'), readFileSync(join(p.web, 'index.html')));
  expectSignup(await open(p.dist));
});

test("esbuild as an IIFE, no configuration: the '/embedded' entry (the wasm inside)", async () => {
  const { build } = await import('esbuild');
  const p = project('esbuild-iife', page('', 'dotbe-rules/registrant/embedded'), '<script src="./main.js"></script>');
  await build({ entryPoints: [join(p.web, 'main.js')], bundle: true, format: 'iife', outdir: p.dist, logLevel: 'error' });
  writeFileSync(join(p.dist, 'index.html'), readFileSync(join(p.web, 'index.html')));
  expectSignup(await open(p.dist), false);
  assert.deepEqual(readdirSync(p.dist).sort(), ['index.html', 'main.js']);
});
