// bindForm — wires an ordinary <form> to validateRegistrant, following the web platform's
// conventions. No framework, no dependency; works with server-rendered forms. Over the check of
// either entry: bind-form.js ('dotbe-rules/bind-form') and registrant-bind-form.js
// ('dotbe-rules/registrant/bind-form') each bundle this file with their entry's check.
//
//   const binding = bindForm(document.querySelector('form'), { lang: 'nl', onResult(result, event) { … } });
//   binding.setLang('fr'); binding.destroy();
//
// It needs no `await ready`: until the entry's wasm is loaded, typing is noted and checked once
// it is, and a submit is held (prevented) and made again once the form has been checked.
import { knownOptions } from './loader.js';

const FIELDS = ['name', 'organization', 'street', 'city', 'postalCode', 'country', 'email', 'phone', 'fax', 'vat', 'language'];
const USE = { en: 'Use', nl: 'Gebruik', fr: 'Utiliser', de: 'Übernehmen' };
/** Fields whose check depends on another field: re-checked when it changes (if already shown). */
const DEPENDENTS = { country: ['postalCode', 'phone', 'fax', 'vat'], organization: ['vat'], email: ['name'] };
const OPTIONS = ['lang', 'fields', 'domain', 'onResult', 'messages'];
let counter = 0;

/**
 * Binds `form`: each registrant field is checked as the user types (only that field is reported;
 * the others are context), the whole form on submit.
 * Options: `lang`; `fields` (registrant field → input name, default the same name); `domain`
 * (the domain being registered, or a function returning it); `messages` (own words, as for the
 * checks); `onResult(result, event)`, called after every check — on submit with the whole form's
 * result, whose `value` holds the normalised values to send. A submit goes ahead only when the
 * form is valid and `onResult` returned without throwing.
 * An empty `<select name="country">` is filled with the countries, named in `lang`. Errors on a
 * field the form has no input for are shown in a form-level box (they would block the submit
 * unseen otherwise).
 * `entry`: the entry's `validateRegistrant`, `countries`, `ready` and `memoryUsage` (which
 * throws until the module is loaded).
 */
export function bindFormOver(entry, form, options) {
  const { validateRegistrant, countries, ready, memoryUsage } = entry;
  options = knownOptions(options, OPTIONS, 'bindForm');
  let lang = options.lang ?? 'en';
  const doc = form.ownerDocument;
  let loaded = false;
  let held = null;
  const names = Object.fromEntries(FIELDS.map((f) => [f, options.fields?.[f] ?? f]));
  const touched = new Set();
  const boxes = new Map();
  const control = (field) => form.elements.namedItem(names[field]);
  const fieldOf = (element) => FIELDS.find((f) => control(f) === element);

  /** The element that shows a field's messages, linked with aria-describedby (made if absent). */
  function box(field) {
    const input = control(field);
    if (!boxes.has(field)) {
      const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      let el = ids.map((id) => doc.getElementById(id)).find((e) => e?.dataset.dotbeFor === field || e?.id === `${input.id}-msg`);
      if (!el) {
        el = doc.createElement('div');
        el.id = `dotbe-${++counter}-${field}`;
        el.setAttribute('aria-live', 'polite');
        input.insertAdjacentElement('afterend', el);
        input.setAttribute('aria-describedby', [...ids, el.id].join(' '));
      }
      el.dataset.dotbeFor = field;
      el.classList.add('dotbe-messages');
      boxes.set(field, el);
    }
    return boxes.get(field);
  }

  /** The form-level box: errors of fields the form has no input for (made when first needed). */
  let formBox = null;
  function showFormLevel(issues) {
    if (!formBox && issues.length === 0) return;
    if (!formBox) {
      formBox = doc.createElement('div');
      formBox.className = 'dotbe-messages dotbe-form-messages';
      formBox.setAttribute('role', 'alert');
      form.prepend(formBox);
    }
    formBox.replaceChildren(
      ...issues.map((issue) => {
        const p = doc.createElement('p');
        p.className = `issue ${issue.severity}`;
        p.dataset.code = issue.code;
        p.dataset.path = issue.path.join('.');
        p.textContent = issue.path.length ? `${issue.path[0]}: ${issue.message}` : issue.message;
        return p;
      }),
    );
  }

  /** Fills an empty country dropdown (no options at all) with the countries, in `lang`. */
  let filled = false;
  function fillCountries() {
    const select = control('country');
    if (select?.tagName !== 'SELECT' || (select.options.length > 0 && !filled)) return;
    const chosen = select.value || select.dataset.value || '';
    const option = (text, value) => Object.assign(doc.createElement('option'), { text, value });
    select.replaceChildren(option('', ''), ...countries(lang).map((c) => option(c.name, c.code)));
    select.value = chosen;
    filled = true;
  }

  function read() {
    const data = {};
    for (const f of FIELDS) {
      const input = control(f);
      if (input && !input.disabled && input.value !== '' && !input.closest('[hidden]')) data[f] = input.value;
    }
    return data;
  }

  function show(field, issues) {
    const input = control(field);
    if (!input) return;
    const errors = issues.filter((i) => i.severity === 'error');
    // The browser blocks submit while a field has a custom validity message; warnings never block.
    input.setCustomValidity(errors.length ? errors[0].message : '');
    const visible = touched.has(field);
    if (visible && errors.length) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    box(field).replaceChildren(...(visible ? issues.map((issue) => element(field, issue)) : []));
  }

  function element(field, issue) {
    const p = doc.createElement('p');
    p.className = `issue ${issue.severity}`;
    p.dataset.code = issue.code;
    p.textContent = issue.message;
    if (issue.suggestion !== undefined) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'use';
      button.textContent = `${USE[lang.slice(0, 2)] ?? USE.en} ${issue.suggestion}`;
      button.addEventListener('click', () => {
        const input = control(field);
        if (field === 'street' && typeof issue.path[1] === 'number') {
          const lines = input.value.split('\n');
          lines[issue.path[1]] = issue.suggestion;
          input.value = lines.join('\n');
        } else {
          input.value = issue.suggestion;
        }
        input.focus();
        input.dispatchEvent(new doc.defaultView.Event('input', { bubbles: true }));
      });
      p.append(' ', button);
    }
    return p;
  }

  /** Checks `only` (all fields if null) and shows the messages; `onResult` is the caller's. */
  function check(only) {
    const domain = typeof options.domain === 'function' ? options.domain() : options.domain;
    const result = validateRegistrant(read(), { lang, domain: domain || undefined, messages: options.messages, ...(only ? { only } : {}) });
    for (const f of only ?? FIELDS) show(f, result.issues.filter((i) => i.path[0] === f));
    if (!only) showFormLevel(result.issues.filter((i) => i.severity === 'error' && !(i.path.length && control(i.path[0]))));
    return result;
  }

  const report = (result, event) => options.onResult?.(result, event);

  // `input` fires for every kind of control, selects included (HTML's rule), so it alone
  // drives the per-field checks; `change` would check a select twice.
  function onInput(event) {
    const field = fieldOf(event.target);
    if (!field) return;
    touched.add(field);
    if (!loaded) return; // checked once the module is there
    const others = (DEPENDENTS[field] ?? []).filter((f) => touched.has(f) && control(f));
    report(check([field, ...others]), event);
  }

  function onSubmit(event) {
    if (!loaded) {
      // Not checked yet: hold the submit, and make it again once the module is loaded.
      event.preventDefault();
      held = { submitter: event.submitter ?? null };
      return;
    }
    for (const f of FIELDS) if (control(f)) touched.add(f);
    const result = check(null);
    if (!result.valid) {
      event.preventDefault();
      (form.querySelector('[aria-invalid="true"]') ?? formBox)?.focus?.();
    }
    try {
      report(result, event);
    } catch (error) {
      // A handler that throws never lets the form go unchecked or half-handled.
      event.preventDefault();
      throw error;
    }
  }

  function onInvalid(event) {
    // The browser's own validation (required…) fired: show ours too.
    const field = fieldOf(event.target);
    if (loaded && field && !touched.has(field)) {
      touched.add(field);
      report(check([field]), event);
    }
  }

  form.addEventListener('input', onInput);
  form.addEventListener('submit', onSubmit);
  form.addEventListener('invalid', onInvalid, true);
  let destroyed = false;

  function start() {
    if (destroyed) return;
    loaded = true;
    fillCountries();
    // Set validity from the start (without showing anything), so the browser knows; then what
    // was typed meanwhile.
    check(FIELDS.filter((f) => control(f)));
    const typed = FIELDS.filter((f) => touched.has(f) && control(f));
    if (typed.length) report(check(typed), null);
    if (held) {
      const { submitter } = held;
      held = null;
      form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
    }
  }
  let isLoaded = false;
  try {
    memoryUsage();
    isLoaded = true;
  } catch {
    // Still loading.
  }
  if (isLoaded) start();
  else ready.then(start, (error) => showFormLevel([{ path: [], code: 'not_loaded', severity: 'error', message: error.message }]));

  return {
    /** Messages in another language, re-rendered at once. */
    setLang(next) {
      lang = next;
      if (!loaded) return;
      if (filled) fillCountries();
      check(FIELDS.filter((f) => control(f) && touched.has(f)));
    },
    /** Checks the whole form now (as on submit, without submitting) and shows every message. */
    checkAll() {
      for (const f of FIELDS) if (control(f)) touched.add(f);
      const result = check(null);
      report(result, null);
      return result;
    },
    /** Removes the listeners and the messages; the form is as it was. */
    destroy() {
      destroyed = true;
      formBox?.remove();
      form.removeEventListener('input', onInput);
      form.removeEventListener('submit', onSubmit);
      form.removeEventListener('invalid', onInvalid, true);
      for (const f of FIELDS) {
        const input = control(f);
        if (!input) continue;
        input.setCustomValidity('');
        input.removeAttribute('aria-invalid');
      }
      for (const el of boxes.values()) el.replaceChildren();
    },
  };
}
