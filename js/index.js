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

/**
 * An export of the glue that first makes sure the module is loaded. Fixed parameters (every
 * export takes at most three), so a keystroke's call builds no argument array.
 */
const loadedFirst = (f) => (a, b, c) => {
  need();
  return f(a, b, c);
};

export const checkAuthCode = loadedFirst(wasm.checkAuthCode);
export const validateRegistrant = loadedFirst(wasm.validateRegistrant);
export const validateDomainName = loadedFirst(wasm.validateDomainName);
export const validateNameservers = loadedFirst(wasm.validateNameservers);
export const decideContactChange = loadedFirst(wasm.decideContactChange);
export const checkTransfer = loadedFirst(wasm.checkTransfer);
export const whoisPreview = loadedFirst(wasm.whoisPreview);
export const countries = loadedFirst(wasm.countries);

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
