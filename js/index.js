// dotbe-rules — entry for browsers and bundlers. The wasm download starts on import; `ready`
// resolves once it is loaded, and the checks answer synchronously from then on (`init(url)`
// loads from elsewhere, `initSync(bytes)` at once). Each check packs its arguments, calls the
// wasm and reads its answer through boundary.js (generated from the Rust definitions in
// src/boundary/).
// The .wasm is found next to this file through `new URL(..., import.meta.url)`, which Vite,
// webpack 5 and Parcel understand (Rollup and esbuild need the README's recipe). A signup form
// that only checks the registrant can import 'dotbe-rules/registrant' instead (registrant.js):
// the same checks, a smaller download.
import * as wasm from './dotbe_rules.js';
import * as boundary from './boundary.js';
import { countriesOver } from './country-order.js';
import { loader, registrantSchemaOver } from './loader.js';
import { localDates } from './dates.js';

// Each language's messages are a file of their own: a page loads the ones it shows.
const { init, initSync, ready, loadLanguage, hasLanguage, addMessages, loadedFirst, memoryUsage } = loader(
  wasm,
  'dotbe_rules_bg.wasm',
  () => new URL('./dotbe_rules_bg.wasm', import.meta.url),
  (lang) => (lang === 'nl' ? import('./messages/nl.js') : lang === 'fr' ? import('./messages/fr.js') : lang === 'de' ? import('./messages/de.js') : import('./messages/en.js')),
  'all',
);

/** Loads the WebAssembly module (idempotent; see loader.js). */
export default init;
export { init, initSync, ready, loadLanguage, hasLanguage, addMessages, memoryUsage };

// Moments in messages in the user's own time zone (dates.js; the core writes Belgian time).
export const checkAuthCode = loadedFirst((a, b) => localDates(boundary.checkAuthCode(wasm, a, b), b));
export const validateRegistrant = loadedFirst((a, b) => boundary.validateRegistrant(wasm, a, b));
export const validateDomainName = loadedFirst((a, b) => boundary.validateDomainName(wasm, a, b));
export const validateNameservers = loadedFirst((a, b) => boundary.validateNameservers(wasm, a, b));
export const decideContactChange = loadedFirst((a, b, c) => boundary.decideContactChange(wasm, a, b, c), 2);
export const checkTransfer = loadedFirst((a, b) => localDates(boundary.checkTransfer(wasm, a, b), b));
export const whoisPreview = loadedFirst((a, b) => boundary.whoisPreview(wasm, a, b));
export const countries = loadedFirst(countriesOver((tag) => boundary.countries(wasm, tag)));

/** A Standard Schema over validateRegistrant (see loader.js). */
export const createRegistrantSchema = (options) => registrantSchemaOver(validateRegistrant, options, loadLanguage);

/** `createRegistrantSchema()`: messages in the page's language (English in Node). */
export const registrantSchema = /* @__PURE__ */ createRegistrantSchema();
