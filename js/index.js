// dotbe-rules — entry for browsers and bundlers: `await init()` once, then call the checks.
// The .wasm is found next to this file through `new URL(..., import.meta.url)`, which Vite,
// webpack 5, Parcel and Rollup understand.
import initWasm, * as wasm from './dotbe_rules.js';

let ready;
let loaded = false;
let exports;

/**
 * Loads the WebAssembly module. Idempotent: every call after the first returns the same
 * promise, also while the first is still loading; a failed load may be retried.
 */
export default function init(input) {
  ready ??= initWasm(input === undefined ? undefined : { module_or_path: input }).then(
    (instance) => {
      exports = instance;
      loaded = true;
    },
    (error) => {
      ready = undefined;
      throw error;
    },
  );
  return ready;
}

/** Instantiates the module synchronously from its bytes or a compiled `WebAssembly.Module`. */
export function initSync(module) {
  if (!loaded) {
    exports = wasm.initSync({ module });
    loaded = true;
    ready = Promise.resolve();
  }
}

function need() {
  if (!loaded) {
    throw new Error("dotbe-rules: call `await init()` before using the checks (in Node, import 'dotbe-rules' needs no init)");
  }
}

// Each export makes sure the module is loaded, then calls the glue. Plain functions with their
// own parameters (no rest arguments): bundlers drop the ones a page does not import, and a
// keystroke's call costs no argument array.
export function checkAuthCode(code, options) {
  need();
  return wasm.checkAuthCode(code, options);
}
export function validateRegistrant(input, options) {
  need();
  return wasm.validateRegistrant(input, options);
}
export function validateDomainName(name, options) {
  need();
  return wasm.validateDomainName(name, options);
}
export function validateNameservers(input, options) {
  need();
  return wasm.validateNameservers(input, options);
}
export function decideContactChange(current, proposed, context) {
  need();
  return wasm.decideContactChange(current, proposed, context);
}
export function checkTransfer(request, options) {
  need();
  return wasm.checkTransfer(request, options);
}
export function whoisPreview(registrant, options) {
  need();
  return wasm.whoisPreview(registrant, options);
}
export function countries(lang) {
  need();
  return wasm.countries(lang);
}

/**
 * A Standard Schema (v1) over validateRegistrant, for form libraries (TanStack Form,
 * react-hook-form's standard-schema resolver, tRPC…): errors fail validation, warnings do not.
 * `options`: `lang` for the messages, `domain` (the domain being registered).
 */
export function createRegistrantSchema(options = {}) {
  return {
    '~standard': {
      version: 1,
      vendor: 'dotbe-rules',
      validate(value) {
        const result = validateRegistrant(value, { lang: options.lang, domain: options.domain });
        const errors = result.issues.filter((issue) => issue.severity === 'error');
        if (errors.length === 0) return { value: result.value };
        return {
          issues: errors.map((issue) => (issue.path.length ? { message: issue.message, path: issue.path } : { message: issue.message })),
        };
      },
    },
  };
}

/** `createRegistrantSchema()` with English messages. */
export const registrantSchema = createRegistrantSchema();

/**
 * The module's memory, for monitoring a long-running page: `wasmBytes` is the size of the
 * WebAssembly memory (it only grows; it stays flat once the checks have warmed up).
 */
export function memoryUsage() {
  need();
  return { wasmBytes: exports.memory.buffer.byteLength };
}
