// dotbe-rules — what the entries share (index.js: every check; registrant.js: the registrant
// checks only; node.js and the embedded entries over them): loading their wasm module once —
// started on import, `ready` when done —, guarding the checks until it is loaded, the callers'
// own message templates (`messages`), the Standard Schema over validateRegistrant, and the
// memory figure.

/**
 * The loading state of one wasm module, given its wasm-bindgen glue (`initWasm`: the glue's
 * default export; `initSyncWasm`: its `initSync`), the file's name and a function returning its
 * URL (the entry's `new URL('./….wasm', import.meta.url)`, the pattern bundlers copy the file by).
 *
 * The download starts on import — in a microtask, so that an `init(url)` in the importing
 * module's own top-level code still decides where from — and `ready` settles with that first
 * load: the checks are usable once it has resolved.
 */
export function loader(initWasm, initSyncWasm, file, url) {
  let loading;
  let loaded = false;
  let failure;
  let exports;
  let settle;
  const ready = new Promise((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
  // Handled here: a page that never awaits `ready` sees the failure when it calls a check.
  ready.catch(() => {});

  /** Where the default load reads from: the URL, or in Node (jsdom, Vitest…) the file's bytes. */
  function defaultInput() {
    let where;
    try {
      where = url();
    } catch {
      throw new Error(`dotbe-rules: no URL for ${file} (no import.meta.url: an IIFE bundle?): call init(url), or use an '/embedded' entry`);
    }
    if (where.protocol === 'file:') {
      const fs = globalThis.process?.getBuiltinModule?.('node:fs');
      if (fs) return fs.readFileSync(where);
    }
    return where;
  }

  /**
   * Loads the WebAssembly module. Idempotent: every call after the first returns the same
   * promise, also while the first is still loading; a failed load may be retried.
   */
  function init(input) {
    loading ??= (async () => {
      const from = input === undefined ? defaultInput() : await input;
      try {
        exports = await initWasm({ module_or_path: from });
      } catch (error) {
        const where = from instanceof URL || typeof from === 'string' ? ` from ${from}` : '';
        throw new Error(`dotbe-rules: could not load ${file}${where} (${error?.message ?? error}): see the bundler recipes in the package README, or call init(url)`, { cause: error });
      }
      loaded = true;
      failure = undefined;
    })().then(
      () => settle(),
      (error) => {
        loading = undefined;
        failure = error;
        settle(error);
        throw error;
      },
    );
    return loading;
  }

  /** Instantiates the module synchronously from its bytes or a compiled `WebAssembly.Module`. */
  function initSync(module) {
    if (!loaded) {
      exports = initSyncWasm({ module });
      loaded = true;
      loading = Promise.resolve();
      settle();
    }
  }

  queueMicrotask(() => {
    if (!loading && !loaded) init().catch(() => {});
  });

  function need() {
    if (!loaded) {
      throw new Error(
        failure
          ? `dotbe-rules: the checks cannot run: ${failure.message}`
          : 'dotbe-rules: the module is still loading: `await ready` first',
      );
    }
  }

  /**
   * An export of the glue that first makes sure the module is loaded, and renders the caller's
   * own `messages` (option `at` of the call: 1 for the second argument, 2 for the third). Fixed
   * parameters (every export takes at most three), so a keystroke's call builds no argument array.
   */
  const loadedFirst =
    (f, at = 1) =>
    (a, b, c) => {
      need();
      const result = f(a, b, c);
      const messages = (at === 1 ? b : c)?.messages;
      return messages === undefined ? result : ownMessages(result, messages);
    };

  /**
   * The module's memory, for monitoring a long-running page: `wasmBytes` is the size of the
   * WebAssembly memory (it only grows; it stays flat once the checks have warmed up).
   */
  function memoryUsage() {
    need();
    return { wasmBytes: exports.memory.buffer.byteLength };
  }

  return { init, initSync, ready, loadedFirst, memoryUsage };
}

/**
 * The caller's own words (option `messages`): an object of templates by issue code — a string
 * whose `{name}` placeholders are the issue's `params`, `{char}` and `{position}` of its `at`,
 * and `{suggestion}`; or a function of the issue — or one function of every issue. A code it has
 * no words for (or a function returning `undefined`) keeps the built-in message. Rendered here,
 * on the JS side, from what the core returned: the core's messages stay as they are.
 */
function ownMessages(result, messages) {
  if (!Array.isArray(result?.issues)) return result;
  const issues = result.issues.map((issue) => {
    const own = typeof messages === 'function' ? messages : messages[issue.code];
    const text = typeof own === 'function' ? own(issue) : typeof own === 'string' ? fill(own, issue) : undefined;
    return typeof text === 'string' ? { ...issue, message: text } : issue;
  });
  return { ...result, issues };
}

/** A template's `{name}`s filled from the issue; an unknown name stays as written. */
function fill(template, issue) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => {
    let v = issue.params?.[name];
    if (v === undefined && (name === 'char' || name === 'position')) v = issue.at?.[name];
    if (v === undefined && name === 'suggestion') v = issue.suggestion;
    if (v === undefined && name === 'code') v = issue.code;
    if (Array.isArray(v)) return v.map((x) => (Array.isArray(x) ? (x[0] === x[1] ? x[0] : `${x[0]}–${x[1]}`) : x)).join(', ');
    return v === undefined ? whole : String(v);
  });
}

const SCHEMA_OPTIONS = ['lang', 'domain', 'messages', 'path', 'onWarnings'];

/** A `TypeError` for an option the schema (or bindForm) does not have, naming the valid ones. */
export function knownOptions(options, valid, what) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw new TypeError(`dotbe-rules: ${what} options must be an object, not ${typeof options}`);
  for (const key of Object.keys(options)) {
    if (!valid.includes(key)) throw new TypeError(`dotbe-rules: ${what} has no option ${key}; its options are: ${valid.join(', ')}`);
  }
  return options;
}

/**
 * A Standard Schema (v1) over `validateRegistrant`, for form libraries (react-hook-form's
 * standard-schema resolver, TanStack Form, tRPC…): errors fail validation, warnings do not.
 * Options: `lang`, `domain` (the domain being registered, or a function of the whole value),
 * `messages`, `path` (where the registrant sits in the form's values: `'registrant'` or a list of
 * keys), `onWarnings(warnings, value)` (called after every validation with the warnings, [] when
 * none: the schema's side channel, as Standard Schema has no warnings).
 *
 * Each issue keeps the check's `code`, `params`, `severity`, `risk`, `suggestion` and `at`, on a
 * path the form has: a street line's `['street', n]` is `['street']` (with `line: n`) when the
 * street is one field, as it stays `['street', n]` when the form holds a list of lines. The
 * output is the form's value with the normalised registrant fields merged over the input: other
 * keys (`acceptTerms`, `domain`) are kept.
 */
export function registrantSchemaOver(validateRegistrant, options) {
  const { lang, domain, messages, path, onWarnings } = knownOptions(options, SCHEMA_OPTIONS, 'createRegistrantSchema');
  const at = path === undefined ? [] : Array.isArray(path) ? path : [path];
  const inner = (value) => at.reduce((v, k) => (v !== null && typeof v === 'object' ? v[k] : undefined), value);
  return {
    '~standard': {
      version: 1,
      vendor: 'dotbe-rules',
      validate(value) {
        const input = inner(value);
        const d = typeof domain === 'function' ? domain(value) : domain;
        const result = validateRegistrant(input, { lang, domain: d || undefined, messages });
        const street = input !== null && typeof input === 'object' ? input.street : undefined;
        const errors = [];
        const warnings = [];
        for (const issue of result.issues) {
          // The form's other keys (acceptTerms, domain…) are its own, not misspelt registrant fields.
          if (issue.code === 'unknown_field') continue;
          (issue.severity === 'error' ? errors : warnings).push(schemaIssue(issue, at, Array.isArray(street)));
        }
        onWarnings?.(warnings, value);
        if (errors.length) return { issues: errors };
        return { value: merged(value, at, result.value) };
      },
    },
  };
}

/** A check's issue as a Standard Schema issue, on a path of the form (see registrantSchemaOver). */
function schemaIssue(issue, at, streetLines) {
  let path = issue.path;
  let line;
  if (path[0] === 'street' && typeof path[1] === 'number' && !streetLines) {
    line = path[1];
    path = ['street'];
  }
  const full = [...at, ...path];
  const out = { ...issue };
  delete out.path;
  if (full.length) out.path = full;
  if (line !== undefined) out.line = line;
  return out;
}

/** `value` with the normalised registrant merged over its registrant part (at `at`). */
function merged(value, at, registrant) {
  if (at.length === 0) return { ...value, ...registrant };
  const [key, ...rest] = at;
  return { ...value, [key]: merged(value?.[key], rest, registrant) };
}
