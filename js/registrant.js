// dotbe-rules/registrant — the registrant checks alone, for a signup form: validateRegistrant,
// countries and the Standard Schema, over a wasm module that holds nothing else (the download a
// form pays is in README, Figures). Same API as the main entry: `await init()` once, then call.
// A page that also needs the other checks imports 'dotbe-rules' only (not both: two modules).
import initWasm, * as wasm from './dotbe_rules_registrant.js';
import * as boundary from './boundary.js';
import { loader, registrantSchemaOver } from './loader.js';

const { init, initSync, loadedFirst, memoryUsage } = loader(initWasm, wasm.initSync);

/** Loads the WebAssembly module (idempotent; see loader.js). */
export default init;
export { initSync, memoryUsage };

export const validateRegistrant = loadedFirst((a, b) => boundary.validateRegistrant(wasm, a, b));
export const countries = loadedFirst((lang) => boundary.countries(wasm, lang));

/** A Standard Schema over validateRegistrant (see loader.js); `options`: `lang`, `domain`. */
export const createRegistrantSchema = (options) => registrantSchemaOver(validateRegistrant, options);

/** `createRegistrantSchema()` with English messages. */
export const registrantSchema = createRegistrantSchema();
