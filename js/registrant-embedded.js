// dotbe-rules/registrant/embedded — the registrant entry with its wasm inside (base64): ready on
// import, with no file to copy and no bundler configuration (an IIFE bundle too). It costs more
// to download than the .wasm file (README, Figures).
import { initSync, addMessages } from './registrant.js';
import en from './messages/registrant-en.js';
import nl from './messages/registrant-nl.js';
import fr from './messages/registrant-fr.js';
import de from './messages/registrant-de.js';
import wasm from './dotbe_rules_registrant_embedded.js';

// Every language's messages at once (in a browser, the entry loads a page's own).
for (const m of [en, nl, fr, de]) addMessages(m);
initSync(Uint8Array.from(atob(wasm), (c) => c.charCodeAt(0)));

export * from './registrant.js';
export { default } from './registrant.js';
