// dotbe-rules — entry for browsers and bundlers: `await init()` once, then call the checks.
// The .wasm is found next to this file through `new URL(..., import.meta.url)`, which Vite,
// webpack 5, Parcel and Rollup understand. A signup form that only checks the registrant can
// import 'dotbe-rules/registrant' instead (registrant.js): the same checks, a smaller download.
import initWasm, * as wasm from './dotbe_rules.js';
import { loader, registrantSchemaOver } from './loader.js';

const { init, initSync, loadedFirst, memoryUsage } = loader(initWasm, wasm.initSync);

/** Loads the WebAssembly module (idempotent; see loader.js). */
export default init;
export { initSync, memoryUsage };

export const checkAuthCode = loadedFirst(wasm.checkAuthCode);
export const validateRegistrant = loadedFirst(wasm.validateRegistrant);
export const validateDomainName = loadedFirst(wasm.validateDomainName);
export const validateNameservers = loadedFirst(wasm.validateNameservers);
export const decideContactChange = loadedFirst(wasm.decideContactChange);
export const checkTransfer = loadedFirst(wasm.checkTransfer);
export const whoisPreview = loadedFirst(wasm.whoisPreview);
export const countries = loadedFirst(wasm.countries);

/** A Standard Schema over validateRegistrant (see loader.js); `options`: `lang`, `domain`. */
export const createRegistrantSchema = (options) => registrantSchemaOver(validateRegistrant, options);

/** `createRegistrantSchema()` with English messages. */
export const registrantSchema = createRegistrantSchema();
