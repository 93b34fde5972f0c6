// The demo page: a reseller's .be order (domain name, name servers, holder), a transfer and a
// change of holder, each checked by dotbe-rules as the user types. Plain ES modules, no
// framework; the package is served from /pkg/ by scripts/serve.mjs.
import init, { loadLanguage } from '/pkg/index.js';
import { UI } from './i18n.js';
import { pickLang } from './early.js';
import { setupOrder } from './order.js';
import { setupTransfer } from './transfer.js';
import { setupDecisions } from './decisions.js';

const langSelect = document.querySelector('select[name="lang"]');
let lang = pickLang();
// The page's language before the package loads: the messages it loads first are the page's.
document.documentElement.lang = lang;

const t = (key) => UI[lang][key] ?? UI.en[key];

function applyWords() {
  document.documentElement.lang = lang;
  langSelect.value = lang;
  // Only the words that differ: the demo server sends the page written in its language
  // (scripts/serve.mjs, localize()), so at start-up there are none; a server that sends it as
  // written (English) gets the page's language here, after the first frame.
  for (const el of document.querySelectorAll('[data-t]')) {
    const words = t(el.dataset.t);
    if (el.textContent !== words) el.textContent = words;
  }
}

// The module early.js began compiling while the page loaded (or, if it has not run yet, the
// same compile from the preloaded response; failing that, init() fetches the wasm's URL). Given
// to init() at once, before the entry's own load-on-import starts in a microtask: one request.
window.dotbeWasm ??= WebAssembly.compileStreaming(fetch('/pkg/dotbe_rules_bg.wasm')).catch(() => undefined);
await init(window.dotbeWasm);

applyWords();
const parts = [
  setupOrder(document.getElementById('order'), { t, lang }),
  setupTransfer(document.getElementById('transfer'), { t, lang }),
  setupDecisions(document.getElementById('change'), { t, lang }),
];
langSelect.addEventListener('change', async () => {
  const next = langSelect.value;
  // The language's messages first (a file of the package's, loaded once), then the page in it.
  await loadLanguage(next).catch(() => {});
  if (langSelect.value !== next) return;
  lang = next;
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
  applyWords();
  for (const part of parts) part.setLang(lang);
});
// Checks ready: what `make bench` measures from the navigation on.
performance.mark('dotbe-ready');
document.body.dataset.ready = 'true';
