// Launches Debian's Chromium through playwright-core (no browser download) for the page tests.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * The demo served by the real demo server (with its CSP) and a browser, for one test file:
 * `const demo = useDemo();` then `await demo.open('nl')` in a test.
 */
export function useDemo({ before, after }) {
  const state = {};
  before(async () => {
    const { startServer } = await import('../../scripts/serve.mjs');
    ({ server: state.server, url: state.url } = await startServer({ port: 0 }));
    state.browser = await launch();
  });
  after(async () => {
    await state.browser?.close();
    state.server?.close();
  });
  return {
    get url() {
      return state.url;
    },
    get browser() {
      return state.browser;
    },
    /** Opens the demo in `lang` and waits until the package is loaded. */
    async open(lang = 'en', viewport = { width: 1024, height: 1400 }) {
      const page = await state.browser.newPage({ viewport });
      await page.goto(`${state.url}?lang=${lang}`);
      await page.waitForSelector('body[data-ready="true"]');
      return page;
    },
  };
}
