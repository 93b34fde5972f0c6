// dotbe-rules — what both browser entries share (index.js: every check; registrant.js: the
// registrant checks only): loading their wasm module once, guarding the checks until it is
// loaded, the Standard Schema over validateRegistrant, and the memory figure.

/**
 * The loading state of one wasm module, given its wasm-bindgen glue (`initWasm`: the glue's
 * default export; `initSyncWasm`: its `initSync`).
 */
export function loader(initWasm, initSyncWasm) {
  let ready;
  let loaded = false;
  let exports;

  /**
   * Loads the WebAssembly module. Idempotent: every call after the first returns the same
   * promise, also while the first is still loading; a failed load may be retried.
   */
  function init(input) {
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
  function initSync(module) {
    if (!loaded) {
      exports = initSyncWasm({ module });
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

  /**
   * The module's memory, for monitoring a long-running page: `wasmBytes` is the size of the
   * WebAssembly memory (it only grows; it stays flat once the checks have warmed up).
   */
  function memoryUsage() {
    need();
    return { wasmBytes: exports.memory.buffer.byteLength };
  }

  return { init, initSync, loadedFirst, memoryUsage };
}

/**
 * A Standard Schema (v1) over `validateRegistrant`, for form libraries (TanStack Form,
 * react-hook-form's standard-schema resolver, tRPC…): errors fail validation, warnings do not.
 * `options`: `lang` for the messages, `domain` (the domain being registered).
 */
export function registrantSchemaOver(validateRegistrant, options = {}) {
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
