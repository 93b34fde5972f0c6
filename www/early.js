// Runs as soon as it arrives (an async module: before the page is parsed, beside the other
// modules' loading): picks the page's language, and starts what the first check needs — the
// package's wasm compiled from the preloaded response (so that app.js's init() only
// instantiates it) and the messages of the page's language (a file of the package's). The page
// works without it (app.js imports pickLang from here, and init() then fetches both itself).
// app.js starts the same compile if it runs first (`??=`: the wasm is fetched once).
const LANGS = ['en', 'nl', 'fr', 'de'];

/** The page language: `?lang=`, else the browser's (`fr-BE` → fr), else English. */
export function pickLang() {
  const asked = [new URLSearchParams(location.search).get('lang'), ...(navigator.languages ?? [navigator.language])];
  for (const tag of asked) {
    const primary = tag?.slice(0, 2).toLowerCase();
    if (LANGS.includes(primary)) return primary;
  }
  return 'en';
}

window.dotbeWasm ??= WebAssembly.compileStreaming(fetch('/pkg/dotbe_rules_bg.wasm')).catch(() => undefined);
// The same module the package's loader imports for the language: fetched once.
import(`/pkg/messages/${pickLang()}.js`).catch(() => {});
