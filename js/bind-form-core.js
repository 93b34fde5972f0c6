// bindForm — wires an ordinary <form> to validateRegistrant, following the web platform's
// conventions. No framework, no dependency; works with server-rendered forms. Over the check of
// either entry: bind-form.js ('dotbe-rules/bind-form') and registrant-bind-form.js
// ('dotbe-rules/registrant/bind-form') each bundle this file with their entry's check.
//
//   const binding = bindForm(document.querySelector('form'), { lang: 'nl', onResult(result, event) { … } });
//   binding.setLang('fr'); binding.refresh(); binding.destroy();
//
// When messages appear (reward early, punish late):
// - While the user types in a field, no *new* error appears there as long as typing on can still
//   make the value valid (the issue is `incomplete`: `0475`, `jan@gmail`, `9` for a postal code),
//   nor a "required", nor a warning. An error no continuation can fix (a letter in a phone
//   number, a fifth digit in a Belgian postal code) shows at once; an error already shown stays
//   while the value is still wrong for the same reason, and goes on the keystroke that fixes it.
// - On leaving the field (and for a choice in a select, a paste, a "use this" button), every
//   issue of the field shows; left by a click, once the click is done (so nothing moves under
//   the pointer while it presses a button). "Required" only for a field the user has typed in, or after a
//   submit was tried; a field the user only tabbed through stays quiet.
// - On submit, the whole form is checked; the submit is blocked until it passes, and the first
//   field in error gets the focus.
// - Untouched fields have no custom validity and no aria-invalid.
// - Screen readers: the message boxes are not live regions; one visually hidden status element
//   announces a field's message once, when it appears or changes meaning (a new issue code) —
//   typing on in a field that stays wrong for the same reason is silent.
// - Where the value sent differs from what was typed (`0475 12 34 56` → `+32.475123456`), the
//   field says what will be sent, in the form's language.
//
// It needs no `await ready`: until the entry's wasm is loaded, typing is noted and checked once
// it is, and a submit is held (prevented) and made again once the form has been checked.

import { listLanguage } from './country-order.js';
import { knownOptions } from './loader.js';

const FIELDS = ['name', 'organization', 'street', 'city', 'postalCode', 'country', 'email', 'phone', 'fax', 'vat', 'language'];
/** Fields whose normalised value is shown when it differs from what was typed. */
const SENT = ['name', 'organization', 'street', 'city', 'postalCode', 'email', 'phone', 'fax', 'vat'];
// bindForm's own words (the messages come from the checks). docs/glossary.md's test reads them.
const TEXT = {
  en: {
    use: 'Use {value}',
    sentAs: 'Will be sent as',
  },
  nl: {
    use: 'Gebruik {value}',
    sentAs: 'Wordt verstuurd als',
  },
  fr: {
    use: 'Utiliser {value}',
    sentAs: 'Sera envoyé sous la forme',
  },
  de: {
    use: '{value} übernehmen',
    sentAs: 'Wird gesendet als',
  },
};
/** Fields whose check depends on another field: re-checked when it changes (if already shown). */
const DEPENDENTS = { country: ['postalCode', 'phone', 'fax', 'vat'], organization: ['vat'], email: ['name'] };
/** Input types that bring a finished value (not one being typed): shown at once. */
const FINISHED = new Set(['insertFromPaste', 'insertFromDrop', 'insertReplacementText', 'insertFromYank']);
const OPTIONS = ['lang', 'fields', 'domain', 'holder', 'onResult', 'messages'];
let counter = 0;

/**
 * Binds `form`: each registrant field is checked as the user types (only that field is reported;
 * the others are context), the whole form on submit.
 * Options: `lang`; `fields` (registrant field → input name, default the same name); `domain`
 * (the domain being registered, or a function returning it); `holder` (`'person'` or
 * `'organization'`, or a function returning it: the form's holder choice); `messages` (own
 * words, as for the checks); `onResult(result, event)`, called after every check — on submit
 * with the whole form's result, whose `value` holds the normalised values to send. A submit goes
 * ahead only when the form is valid and `onResult` returned without throwing.
 * An empty `<select name="country">` is filled with the countries, named in `lang`. Errors on a
 * field the form has no input for are shown in a form-level box (they would block the submit
 * unseen otherwise).
 * `entry`: the entry's `validateRegistrant`, `countries`, `ready`, `loadLanguage` and `hasLanguage`.
 */
export function bindFormOver(entry, form, options) {
  const { validateRegistrant, countries, ready, loadLanguage, hasLanguage } = entry;
  options = knownOptions(options, OPTIONS, 'bindForm');
  const doc = form.ownerDocument;
  // The page's language unless told (the one the entry loads first).
  let lang = options.lang ?? listLanguage(doc.documentElement.lang);
  let asked = lang;
  let loaded = false;
  let held = null;
  const names = Object.fromEntries(FIELDS.map((f) => [f, options.fields?.[f] ?? f]));
  /** Fields the user typed in or chose a value for. */
  const dirty = new Set();
  let submitted = false;
  /** The issues shown per field (their codes are the ones last announced for it). */
  const shown = new Map();
  const boxes = new Map();
  const sentLines = new Map();
  const liveBefore = new Map();
  const control = (field) => form.elements.namedItem(names[field]);
  const fieldOf = (element) => FIELDS.find((f) => control(f) === element);
  const words = () => TEXT[listLanguage(lang)];
  const visible = (field) => submitted || dirty.has(field);

  const live = doc.createElement('div');
  live.setAttribute('role', 'status');
  live.className = 'dotbe-live';
  // Visually hidden (set through the CSSOM, which a strict CSP allows).
  Object.assign(live.style, { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' });
  form.append(live);

  /** The element that shows a field's messages, linked with aria-describedby (made if absent). */
  function box(field) {
    const input = control(field);
    if (!boxes.has(field)) {
      const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      let el = ids.map((id) => doc.getElementById(id)).find((e) => e?.dataset.dotbeFor === field || e?.id === `${input.id}-msg`);
      if (!el) {
        el = doc.createElement('div');
        el.id = `dotbe-${++counter}-${field}`;
        input.insertAdjacentElement('afterend', el);
        input.setAttribute('aria-describedby', [...ids, el.id].join(' '));
      }
      // Announcements go through the one status element: the box itself stays silent.
      if (el.hasAttribute('aria-live')) {
        liveBefore.set(el, el.getAttribute('aria-live'));
        el.removeAttribute('aria-live');
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

  /** The "Will be sent as …" line after a field's messages (made on first use). */
  function sentLine(field) {
    if (!sentLines.has(field)) {
      const p = doc.createElement('p');
      p.id = `dotbe-${++counter}-${field}-sent`;
      p.className = 'dotbe-sent';
      p.hidden = true;
      p.append(doc.createElement('span'), ' ', doc.createElement('output'));
      box(field).insertAdjacentElement('afterend', p);
      const input = control(field);
      const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      input.setAttribute('aria-describedby', [...ids, p.id].join(' '));
      sentLines.set(field, p);
    }
    return sentLines.get(field);
  }

  function read() {
    const data = {};
    for (const f of FIELDS) {
      const input = control(f);
      if (input && !input.disabled && input.value !== '' && !input.closest('[hidden]')) data[f] = input.value;
    }
    return data;
  }

  /**
   * Shows `issues` for `field`. `typing`: the check came from a keystroke in this field, so
   * only what typing on cannot fix is new; what was shown before stays if still true.
   */
  function show(field, issues, typing, value, announce) {
    const input = control(field);
    if (!input) return;
    const before = shown.get(field) ?? [];
    let list = [];
    if (visible(field) || (typing && dirty.has(field))) {
      list = typing
        ? issues.filter((i) => before.some((b) => b.code === i.code) || (i.severity === 'error' && !i.incomplete && i.code !== 'required'))
        : issues;
    }
    // The same messages as shown: the DOM is left alone (a "use this" button under the pointer stays).
    const same = list.length === before.length && list.every((i, k) => i.message === before[k].message && i.suggestion === before[k].suggestion);
    shown.set(field, list);
    const errors = list.filter((i) => i.severity === 'error');
    // The browser blocks submit while a field has a custom validity message; warnings never block.
    input.setCustomValidity(errors.length ? errors[0].message : '');
    if (errors.length) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    if (!same) box(field).replaceChildren(...list.map((issue) => element(field, issue)));
    if (SENT.includes(field)) showSent(field, issues, value);
    // Announced once: when an issue of a new code appears (not when the same one stays or goes).
    const fresh = list.find((i) => !before.some((b) => b.code === i.code));
    if (announce && fresh) {
      const label = labelText(input);
      live.textContent = label ? `${label}: ${fresh.message}` : fresh.message;
    }
  }

  /** The words of a field's label, without what a wrapping label also holds (the control, its messages). */
  function labelText(input) {
    const label = input.labels?.[0];
    if (!label) return '';
    const copy = label.cloneNode(true);
    for (const el of copy.querySelectorAll('input, select, textarea, button, .dotbe-messages, .dotbe-sent')) el.remove();
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }

  /** "Will be sent as …" while the value is valid and differs from what was typed. */
  function showSent(field, issues, value) {
    const input = control(field);
    const sent = Array.isArray(value) ? value.join('\n') : value;
    const differs = typeof sent === 'string' && sent !== '' && sent !== input.value && !issues.some((i) => i.severity === 'error');
    if (!differs && !sentLines.has(field)) return;
    const p = sentLine(field);
    p.hidden = !differs;
    p.firstChild.textContent = words().sentAs;
    p.lastChild.textContent = differs ? (Array.isArray(value) ? value.join(' / ') : sent) : '';
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
      // What the button changes, where the suggestion alone would look the same (issue.fix).
      button.textContent = issue.fix ?? words().use.replace('{value}', issue.suggestion);
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
        input.dispatchEvent(new doc.defaultView.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
      });
      p.append(' ', button);
    }
    return p;
  }

  /**
   * Checks `only` (all fields if null) and shows the messages (see `show` for `typing`; `announce`:
   * through the status element). `onResult` is the caller's: see `report`.
   */
  function check(only, { typing = null, announce = true } = {}) {
    const domain = typeof options.domain === 'function' ? options.domain() : options.domain;
    const holder = typeof options.holder === 'function' ? options.holder() : options.holder;
    const result = validateRegistrant(read(), {
      lang,
      domain: domain || undefined,
      holder: holder || undefined,
      messages: options.messages,
      ...(only ? { only } : {}),
    });
    for (const f of only ?? FIELDS) {
      show(f, result.issues.filter((i) => i.path[0] === f), f === typing, result.value[f], announce);
    }
    if (!only) showFormLevel(result.issues.filter((i) => i.severity === 'error' && !(i.path.length && control(i.path[0]))));
    return result;
  }

  const report = (result, event) => options.onResult?.(result, event);

  /** The fields already shown that depend on `field`, for a re-check beside it. */
  const dependents = (field) => (DEPENDENTS[field] ?? []).filter((f) => visible(f) && control(f));

  // `input` fires for every kind of control, selects included (HTML's rule), so it alone
  // drives the per-field checks; `change` would check a select twice.
  function onInput(event) {
    const field = fieldOf(event.target);
    if (!field) return;
    dirty.add(field);
    if (!loaded) return; // checked once the module is there
    const finished = event.target.tagName === 'SELECT' || FINISHED.has(event.inputType);
    report(check([field, ...dependents(field)], { typing: finished ? null : field }), event);
  }

  /**
   * Leaving a field: everything about it shows (if the user has typed in it). Left with a press
   * of the pointer (a click on the submit button, on another field), the messages wait until the
   * click is done: appearing under the pointer, they would move what it is pressing.
   */
  let pressed = false;
  let pending = null;
  function onFocusOut(event) {
    const field = fieldOf(event.target);
    if (!loaded || !field || !visible(field)) return;
    // Moving within the field's own "use this" button is not leaving it.
    if (event.relatedTarget && boxes.get(field)?.contains(event.relatedTarget)) return;
    if (pressed) pending = [...new Set([...(pending ?? []), field])];
    else report(check([field]), event);
  }
  const onPointerDown = () => {
    pressed = true;
  };
  // After the click the press makes (pointerup, then mouseup and click, run first).
  const onPointerUp = () => {
    pressed = false;
    if (pending) setTimeout(flush);
  };
  function flush() {
    const fields = pending;
    pending = null;
    if (fields && !destroyed && loaded) report(check(fields), null);
  }
  let destroyed = false;

  function all() {
    submitted = true;
    const result = check(null, { announce: false });
    report(result, null);
    return result;
  }

  function onSubmit(event) {
    if (!loaded) {
      // Not checked yet: hold the submit, and make it again once the module is loaded.
      event.preventDefault();
      held = { submitter: event.submitter ?? null };
      return;
    }
    submitted = true;
    const result = check(null, { announce: false });
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
    if (loaded && field && !visible(field)) {
      dirty.add(field);
      report(check([field]), event);
    }
  }

  form.addEventListener('input', onInput);
  form.addEventListener('focusout', onFocusOut);
  doc.addEventListener('pointerdown', onPointerDown, true);
  doc.addEventListener('pointerup', onPointerUp, true);
  doc.addEventListener('pointercancel', onPointerUp, true);
  form.addEventListener('submit', onSubmit);
  form.addEventListener('invalid', onInvalid, true);

  /** The fields bound and shown so far (re-checked without announcing). */
  const refresh = () => {
    if (!loaded) return;
    const fields = FIELDS.filter((f) => control(f) && (visible(f) || shown.get(f)?.length));
    if (fields.length) report(check(fields, { announce: false }), null);
  };

  /**
   * Once the module is loaded: the country list, then what was typed meanwhile (as if typed now
   * in the field that has the focus, as if left in the others), then a held submit. Untouched
   * fields get no validity yet (the submit handler checks the whole form).
   */
  function start() {
    if (destroyed) return;
    loaded = true;
    fillCountries();
    const typed = FIELDS.filter((f) => dirty.has(f) && control(f));
    const focused = FIELDS.find((f) => control(f) === doc.activeElement) ?? null;
    if (typed.length) report(check(typed, { typing: focused }), null);
    if (held) {
      const { submitter } = held;
      held = null;
      form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
    }
  }
  // Checks start once the module and the form's language are loaded: at once if they are, with
  // `ready` for the page's language (before the page's own `ready` callbacks), else after it —
  // or, if that language's file fails, in the page's (the checks fall back to it).
  const failed = (error) => showFormLevel([{ path: [], code: 'not_loaded', severity: 'error', message: error.message }]);
  const begin = () => (hasLanguage(lang) ? start() : loadLanguage(lang).then(start, start));
  if (hasLanguage(lang)) start();
  else ready.then(begin, failed);

  return {
    /**
     * Messages in another language: shown once its messages are loaded (at once if they are);
     * the promise resolves when they are shown.
     */
    setLang(next) {
      asked = next;
      const show = () => {
        if (destroyed || asked !== next) return;
        lang = next;
        if (loaded && filled) fillCountries();
        refresh();
      };
      if (hasLanguage(next)) return Promise.resolve(show());
      return loadLanguage(next).then(show, show);
    },
    /**
     * Re-checks the fields already shown, after something the checks depend on changed outside
     * the bound fields (the holder choice, the domain): nothing new appears on untouched fields.
     */
    refresh,
    /** Checks the whole form now (as on submit, without submitting) and shows every message. */
    checkAll: all,
    /** Removes the listeners and the messages; the form is as it was. */
    destroy() {
      destroyed = true;
      formBox?.remove();
      form.removeEventListener('input', onInput);
      form.removeEventListener('focusout', onFocusOut);
      doc.removeEventListener('pointerdown', onPointerDown, true);
      doc.removeEventListener('pointerup', onPointerUp, true);
      doc.removeEventListener('pointercancel', onPointerUp, true);
      form.removeEventListener('submit', onSubmit);
      form.removeEventListener('invalid', onInvalid, true);
      for (const f of FIELDS) {
        const input = control(f);
        if (!input) continue;
        input.setCustomValidity('');
        input.removeAttribute('aria-invalid');
      }
      for (const el of boxes.values()) el.replaceChildren();
      for (const [el, value] of liveBefore) el.setAttribute('aria-live', value);
      for (const p of sentLines.values()) p.remove();
      live.remove();
    },
  };
}
