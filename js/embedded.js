// dotbe-rules/embedded — the main entry with its wasm inside (base64): ready on import, with no
// file to copy and no bundler configuration (an IIFE bundle too). It costs more to download
// than the .wasm file (README, Figures): for pages where setup matters more than bytes.
import { initSync, addMessages } from './index.js';
import en from './messages/en.js';
import nl from './messages/nl.js';
import fr from './messages/fr.js';
import de from './messages/de.js';
import wasm from './dotbe_rules_embedded.js';

// Every language's messages at once (in a browser, the entry loads a page's own).
for (const m of [en, nl, fr, de]) addMessages(m);
initSync(Uint8Array.from(atob(wasm), (c) => c.charCodeAt(0)));

export * from './index.js';
export { default } from './index.js';
