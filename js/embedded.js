// dotbe-rules/embedded — the main entry with its wasm inside (base64): ready on import, with no
// file to copy and no bundler configuration (an IIFE bundle too). It costs more to download
// than the .wasm file (README, Figures): for pages where setup matters more than bytes.
import { initSync } from './index.js';
import wasm from './dotbe_rules_embedded.js';

initSync(Uint8Array.from(atob(wasm), (c) => c.charCodeAt(0)));

export * from './index.js';
export { default } from './index.js';
