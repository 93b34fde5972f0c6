// dotbe-rules/registrant/embedded — the registrant entry with its wasm inside (base64): ready on
// import, with no file to copy and no bundler configuration (an IIFE bundle too). It costs more
// to download than the .wasm file (README, Figures).
import { initSync } from './registrant.js';
import wasm from './dotbe_rules_registrant_embedded.js';

initSync(Uint8Array.from(atob(wasm), (c) => c.charCodeAt(0)));

export * from './registrant.js';
export { default } from './registrant.js';
