// The demo page's start-up for `make bench`: from the navigation to "checks ready" (the page's
// `dotbe-ready` mark: the wasm loaded and the forms set up, so the first keystroke is checked),
// and the bytes on the wire, in fresh browser contexts (nothing cached). On localhost, and with
// the network of Lighthouse's "Slow 4G" (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up)
// emulated through the DevTools protocol (`Network.emulateNetworkConditions`).

export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** One load: `{ readyMs, wireBytes, requests }`. */
async function load(browser, url, network) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  let wireBytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e) => {
    wireBytes += e.encodedDataLength;
    requests += 1;
  });
  await page.goto(`${url}?lang=en`);
  await page.waitForSelector('body[data-ready="true"]');
  const readyMs = await page.evaluate(() => performance.getEntriesByName('dotbe-ready')[0]?.startTime ?? NaN);
  // Late requests (the favicon) count towards the page's bytes too.
  await page.waitForLoadState('networkidle');
  await context.close();
  return { readyMs, wireBytes, requests };
}

/** `rounds` loads on each network, interleaved; samples by network. */
export async function startup(browser, url, { rounds = 15, slowRounds = 5 } = {}) {
  await load(browser, url); // the server compresses each file once: not part of what is measured
  const out = { localhost: [], slow4g: [] };
  for (let i = 0; i < Math.max(rounds, slowRounds); i++) {
    if (i < rounds) out.localhost.push(await load(browser, url));
    if (i < slowRounds) out.slow4g.push(await load(browser, url, SLOW_4G));
  }
  return out;
}
