// dotbe-rules/registrant — the registrant checks alone, for a signup form: validateRegistrant,
// countries and the Standard Schema, over a wasm module that holds nothing else (the download a
// form pays is in README, Figures). Same API as the main entry: the download starts on import,
// `await ready` (or `init(url)`) before the first check.
// A page that also needs the other checks imports 'dotbe-rules' only (not both: two modules).
import * as wasm from './dotbe_rules_registrant.js';
import * as boundary from './boundary.js';
import { countriesOver } from './country-order.js';
import { loader, registrantSchemaOver } from './loader.js';

// Each language's messages (the registrant's) are a file of their own: a page loads the ones it shows.
const { init, initSync, ready, loadLanguage, hasLanguage, addMessages, loadedFirst, memoryUsage } = loader(
  wasm,
  'dotbe_rules_registrant_bg.wasm',
  () => new URL('./dotbe_rules_registrant_bg.wasm', import.meta.url),
  (lang) =>
    lang === 'nl'
      ? import('./messages/registrant-nl.js')
      : lang === 'fr'
        ? import('./messages/registrant-fr.js')
        : lang === 'de'
          ? import('./messages/registrant-de.js')
          : import('./messages/registrant-en.js'),
  'registrant',
);

/** Loads the WebAssembly module (idempotent; see loader.js). */
export default init;
export { init, initSync, ready, loadLanguage, hasLanguage, addMessages, memoryUsage };

export const validateRegistrant = loadedFirst((a, b) => boundary.validateRegistrant(wasm, a, b));
export const countries = loadedFirst(countriesOver((tag) => boundary.countries(wasm, tag)));

/** A Standard Schema over validateRegistrant (see loader.js). */
export const createRegistrantSchema = (options) => registrantSchemaOver(validateRegistrant, options, loadLanguage);

/** `createRegistrantSchema()`: messages in the page's language (English in Node). */
export const registrantSchema = /* @__PURE__ */ createRegistrantSchema();
