// dotbe-rules — what the entries share (index.js: every check; registrant.js: the registrant
// checks only; node.js and the embedded entries over them): loading their wasm module once —
// started on import, `ready` when done —, the messages of the languages a page shows, guarding
// the checks until it is loaded, the callers' own message templates (`messages`), the Standard
// Schema over validateRegistrant, and the memory figure.
import { listLanguage } from './country-order.js';

/**
 * The language a check writes its messages in when the call names none: the page's (its
 * `<html lang>`, as the core reads a tag) in a browser, English elsewhere.
 */
export function pageLanguage() {
  return listLanguage(globalThis.document?.documentElement?.lang);
}

/**
 * The loading state of one wasm module, given its wasm-bindgen glue (`glue`: the glue module's
 * namespace, with its default export, `initSync` and `installMessages`), the file's name, a
 * function returning its URL (the entry's `new URL('./….wasm', import.meta.url)`, the pattern
 * bundlers copy the file by), and `pack(lang)`, the import of a language's messages (the entry's
 * `import('./messages/….js')`, which bundlers split into a file of its own; none for a wasm that
 * holds its messages) and `set`, the files' set (`registrant` or `all`: a file's first line).
 *
 * The download starts on import — in a microtask, so that an `init(url)` in the importing
 * module's own top-level code still decides where from — together with the messages of the
 * page's language, and `ready` settles with that first load: the checks are usable once it has
 * resolved. Messages in another language are loaded by `loadLanguage(lang)`, or when a check
 * first asks for them (until they are in, that check's messages are in a language already
 * loaded, and the console says so once).
 */
export function loader(glue, file, url, pack, set) {
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
  /**
   * Each language's messages (the text of its `messages/` file), kept to install them in the
   * module that is loaded (again, if an `initSync` and a load both made one); the languages in
   * it; the loads under way; the languages whose file failed (asked again only by loadLanguage);
   * those the console was told about.
   */
  const texts = new Map();
  const installed = new Set();
  const loads = new Map();
  const failed = new Set();
  const warned = new Set();

  /** Hands the messages added so far to the loaded module. */
  function install() {
    for (const [lang, text] of texts) {
      if (installed.has(lang)) continue;
      try {
        glue.installMessages(text);
        installed.add(lang);
      } catch (error) {
        // Not this build's file (addMessages checks the set; this is a file of another version).
        texts.delete(lang);
        console.error(`dotbe-rules: the messages in ${lang} do not fit this module: ${error?.message ?? error}`);
      }
    }
  }

  /**
   * Adds a language's messages at once: the default export of one of the package's `messages/`
   * files (`dotbe-rules/messages/nl`, or `…/registrant-nl` for the registrant entry), for a page
   * that bundles its languages instead of loading them (and for Node, where all four are added).
   * A `TypeError` for anything else, another entry's file included.
   */
  function addMessages(text) {
    const head = typeof text === 'string' ? /^(en|nl|fr|de) (\w+)\n/.exec(text) : null;
    if (!head) throw new TypeError('dotbe-rules: addMessages takes the default export of a messages/ file of the package');
    if (head[2] !== set) throw new TypeError(`dotbe-rules: these messages are not this entry's (it takes the ${set === 'registrant' ? 'messages/registrant-*' : 'messages/*'} files)`);
    const lang = head[1];
    if (texts.has(lang)) return;
    texts.set(lang, text);
    failed.delete(lang);
    if (loaded) install();
  }

  /** Whether the checks write in `lang` now: the module and that language's messages are loaded. */
  function hasLanguage(lang) {
    return loaded && (!pack || installed.has(listLanguage(lang)));
  }

  /**
   * Loads the messages in `lang` (a language tag: one we have no messages in is English), and
   * the module if it is not loading yet — a microtask later, so that an `init(url)` in the same
   * top-level code still decides where from.
   */
  function loadLanguage(lang) {
    const tag = listLanguage(lang);
    failed.delete(tag);
    const module = Promise.resolve().then(() => loading ?? init());
    return Promise.all([fetchMessages(tag), module]).then(() => {});
  }

  /** The load of a language's `messages/` file (none where the wasm holds its messages). */
  function fetchMessages(tag) {
    if (!pack || texts.has(tag)) return undefined;
    let load = loads.get(tag);
    if (!load) {
      load = Promise.resolve()
        .then(() => pack(tag))
        .then(
          (module) => {
            loads.delete(tag);
            addMessages(module.default);
          },
          (error) => {
            loads.delete(tag);
            failed.add(tag);
            throw new Error(`dotbe-rules: could not load the messages in ${tag} (${error?.message ?? error}): see the bundler recipes in the package README`, { cause: error });
          },
        );
      loads.set(tag, load);
    }
    return load;
  }

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
   * Loads the WebAssembly module, with the messages of the page's language. Idempotent: every
   * call after the first returns the same promise, also while the first is still loading; a
   * failed load may be retried.
   */
  function init(input) {
    loading ??= (async () => {
      // The page's messages come beside the wasm.
      const messages = fetchMessages(pageLanguage());
      messages?.catch(() => {});
      const from = input === undefined ? defaultInput() : await input;
      let made;
      try {
        made = await glue.default({ module_or_path: from });
      } catch (error) {
        const where = from instanceof URL || typeof from === 'string' ? ` from ${from}` : '';
        throw new Error(`dotbe-rules: could not load ${file}${where} (${error?.message ?? error}): see the bundler recipes in the package README, or call init(url)`, { cause: error });
      }
      if (made !== exports) {
        // The glue now calls this instance (an initSync meanwhile made another): its messages too.
        exports = made;
        installed.clear();
        install();
      }
      await messages;
      install();
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

  /**
   * Instantiates the module synchronously from its bytes or a compiled `WebAssembly.Module`. The
   * messages it has at once are the ones added (`addMessages`; in Node and the embedded entries,
   * all four); in a browser the page's language is loaded then, and `ready` resolves with it.
   */
  function initSync(module) {
    if (loaded) return;
    exports = glue.initSync({ module });
    install();
    loaded = true;
    const messages = installed.size ? undefined : fetchMessages(pageLanguage());
    loading ??= Promise.resolve(messages).then(() => undefined);
    Promise.resolve(messages).then(
      () => settle(),
      (error) => settle(error),
    );
  }

  queueMicrotask(() => {
    if (!loading && !loaded) init().catch(() => {});
  });

  function need() {
    if (!loaded || (pack && installed.size === 0)) {
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
      let options = at === 1 ? b : c;
      let asked;
      let readable = options == null || typeof options === 'object';
      try {
        asked = options?.lang;
      } catch {
        readable = false;
      }
      // Options that are not an object, a `lang` that is not text, and options that throw when
      // read are the core's to answer (a TypeError or an issue), as they are without languages.
      if (pack && readable && (asked == null || typeof asked === 'string')) {
        // The language to write in: the one asked for, else the page's; while that one's
        // messages are loading, the page's (or any loaded). Each tag read once per call.
        const want = asked == null ? pageLanguage() : listLanguage(asked);
        let lang = want;
        if (!installed.has(want)) {
          const page = asked == null ? want : pageLanguage();
          lang = missing(want, installed.has(page) ? page : [...installed][0]);
        }
        // The core reads `lang` (English where there is none): told only where that differs.
        if (lang !== (asked == null ? 'en' : want)) {
          try {
            options = { ...options, lang };
            if (at === 1) b = options;
            else c = options;
          } catch {
            // A getter that throws: the options go to the core as they are.
          }
        }
      }
      const result = f(a, b, c);
      const messages = options?.messages;
      return messages === undefined ? result : ownMessages(result, messages);
    };

  /**
   * A check asked for messages not loaded: they are loaded (unless their file failed: then only
   * loadLanguage asks again), and the console says once that the check's are in `instead` until
   * then; returns `instead`.
   */
  function missing(lang, instead) {
    if (!failed.has(lang)) fetchMessages(lang)?.catch(() => {});
    if (!warned.has(lang)) {
      warned.add(lang);
      console.warn(`dotbe-rules: the messages in ${lang} are not loaded yet, so this check's are in ${instead}: \`await loadLanguage('${lang}')\` before checking in it`);
    }
    return instead;
  }

  /**
   * The module's memory, for monitoring a long-running page: `wasmBytes` is the size of the
   * WebAssembly memory (it only grows; it stays flat once the checks have warmed up).
   */
  function memoryUsage() {
    if (!loaded) need();
    return { wasmBytes: exports.memory.buffer.byteLength };
  }

  return { init, initSync, ready, loadLanguage, hasLanguage, addMessages, loadedFirst, memoryUsage };
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
export function registrantSchemaOver(validateRegistrant, options, loadLanguage) {
  const { lang, domain, messages, path, onWarnings } = knownOptions(options, SCHEMA_OPTIONS, 'createRegistrantSchema');
  // A language given is loaded now, beside the page's.
  if (typeof lang === 'string') loadLanguage?.(lang).catch(() => {});
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
