// The built package in headless Chromium for `make bench`: an empty page on the project's own
// server (scripts/serve.mjs: pkg/ at /pkg/, the package's strict Content-Security-Policy) that
// imports the package's public entries as a browser does, and times calls there with
// performance.now() over a loop. The bench page itself and the JS stack's bundle are answered by
// Playwright's request routing; everything under /pkg/ comes from the real server. The page is
// cross-origin isolated (COOP + COEP), which gives performance.now() a 5 µs resolution instead
// of 100 µs; the package's files are same-origin, so nothing else changes.
import { CSP } from '../scripts/serve.mjs';

const PAGE = '<!doctype html><html lang="en"><meta charset="utf-8"><title>dotbe-rules bench</title><body></body></html>';

async function benchPage(browser, url, stackCode) {
  const page = await browser.newPage(); // a fresh context each: nothing cached
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
  await page.route(`${url}__bench__/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/__bench__/') {
      const headers = {
        'Content-Security-Policy': CSP,
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
        'Content-Type': 'text/html; charset=utf-8',
      };
      return route.fulfill({ status: 200, headers, body: PAGE });
    }
    if (path === '/__bench__/js-stack.js' && stackCode) {
      return route.fulfill({ status: 200, headers: { 'Content-Type': 'text/javascript; charset=utf-8' }, body: Buffer.from(stackCode) });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${url}__bench__/`);
  return page;
}

/**
 * What a browser requests from /pkg/ for one entry (`index` or `registrant`): the page imports
 * `/pkg/<entry>.js` and awaits its `init()`. Paths relative to pkg/, sorted.
 */
export async function downloadsOf(browser, url, entry) {
  const page = await benchPage(browser, url);
  const files = new Set();
  page.on('request', (r) => {
    if (r.url().startsWith(`${url}pkg/`)) files.add(decodeURIComponent(new URL(r.url()).pathname.slice('/pkg/'.length)));
  });
  await page.evaluate(async (src) => {
    const m = await import(src);
    await m.default();
  }, `${url}pkg/${entry}.js`);
  const errors = page.errors;
  await page.close();
  if (errors.length) throw new Error(`loading ${entry}.js in Chromium: ${errors.join('; ')}`);
  return [...files].sort();
}

/**
 * A page with both entries loaded (`ours`: 'dotbe-rules', the same module as in Node;
 * `registrant`: 'dotbe-rules/registrant') and the JS stack (`stack`), and `inputs` by name.
 * Returns `{ batch(fn, input, n) → ms, result(fn, input), close() }`.
 */
export async function timingPage(browser, url, stackCode, inputs) {
  const page = await benchPage(browser, url, stackCode);
  await page.evaluate(
    async ({ base, inputs }) => {
      const [main, registrant, stack] = await Promise.all([
        import(`${base}pkg/index.js`),
        import(`${base}pkg/registrant.js`),
        import(`${base}__bench__/js-stack.js`),
      ]);
      await main.default();
      await registrant.default();
      const fns = { ours: main.validateRegistrant, registrant: registrant.validateRegistrant, stack: stack.validateWithJsStack };
      let sink = 0;
      window.__bench = {
        result: (fn, input) => fns[fn](inputs[input]),
        batch(fn, input, n) {
          const f = fns[fn];
          const x = inputs[input];
          const t = performance.now();
          for (let i = 0; i < n; i++) sink += f(x).issues.length;
          const ms = performance.now() - t;
          window.__sink = sink;
          return ms;
        },
      };
    },
    { base: url, inputs },
  );
  if (page.errors.length) throw new Error(`the bench page in Chromium: ${page.errors.join('; ')}`);
  const crossOriginIsolated = await page.evaluate(() => self.crossOriginIsolated);
  return {
    crossOriginIsolated,
    batch: (fn, input, n) => page.evaluate(([fn, input, n]) => window.__bench.batch(fn, input, n), [fn, input, n]),
    result: (fn, input) => page.evaluate(([fn, input]) => window.__bench.result(fn, input), [fn, input]),
    close: () => page.close(),
  };
}
