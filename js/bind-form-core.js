// bindForm — wires an ordinary <form> to validateRegistrant, following the web platform's
// conventions. No framework, no dependency; works with server-rendered forms. Over the check of
// either entry: bind-form.js ('dotbe-rules/bind-form') and registrant-bind-form.js
// ('dotbe-rules/registrant/bind-form') each bundle this file with their entry's check.
//
//   const binding = bindForm(document.querySelector('form'), { lang: 'nl', onResult(result, event) { … } });
//   binding.setLang('fr'); binding.destroy();

const FIELDS = ['name', 'organization', 'street', 'city', 'postalCode', 'country', 'email', 'phone', 'fax', 'vat', 'language'];
const USE = { en: 'Use', nl: 'Gebruik', fr: 'Utiliser', de: 'Übernehmen' };
/** Fields whose check depends on another field: re-checked when it changes (if already shown). */
const DEPENDENTS = { country: ['postalCode', 'phone', 'fax', 'vat'], organization: ['vat'], email: ['name'] };
let counter = 0;

/**
 * Binds `form`: each registrant field is checked as the user types (only that field is reported;
 * the others are context), the whole form on submit.
 * Options: `lang`; `fields` (registrant field → input name, default the same name); `domain`
 * (the domain being registered, or a function returning it); `onResult(result, event)`, called
 * after every check — on submit with the whole form's result, whose `value` holds the normalised
 * values to send.
 */
export function bindFormOver(validateRegistrant, form, options = {}) {
  let lang = options.lang ?? 'en';
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
      let el = ids.map((id) => document.getElementById(id)).find((e) => e?.dataset.dotbeFor === field || e?.id === `${input.id}-msg`);
      if (!el) {
        el = document.createElement('div');
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
    const p = document.createElement('p');
    p.className = `issue ${issue.severity}`;
    p.dataset.code = issue.code;
    p.textContent = issue.message;
    if (issue.suggestion !== undefined) {
      const button = document.createElement('button');
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
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      p.append(' ', button);
    }
    return p;
  }

  function check(only, event) {
    const domain = typeof options.domain === 'function' ? options.domain() : options.domain;
    const result = validateRegistrant(read(), { lang, domain: domain || undefined, ...(only ? { only } : {}) });
    for (const f of only ?? FIELDS) show(f, result.issues.filter((i) => i.path[0] === f));
    options.onResult?.(result, event);
    return result;
  }

  // `input` fires for every kind of control, selects included (HTML's rule), so it alone
  // drives the per-field checks; `change` would check a select twice.
  function onInput(event) {
    const field = fieldOf(event.target);
    if (!field) return;
    touched.add(field);
    const others = (DEPENDENTS[field] ?? []).filter((f) => touched.has(f) && control(f));
    check([field, ...others], event);
  }

  function onSubmit(event) {
    for (const f of FIELDS) if (control(f)) touched.add(f);
    const result = check(null, event);
    if (!result.valid) {
      event.preventDefault();
      form.querySelector('[aria-invalid="true"]')?.focus();
    }
  }

  function onInvalid(event) {
    // The browser's own validation (required…) fired: show ours too.
    const field = fieldOf(event.target);
    if (field && !touched.has(field)) {
      touched.add(field);
      check([field], event);
    }
  }

  form.addEventListener('input', onInput);
  form.addEventListener('submit', onSubmit);
  form.addEventListener('invalid', onInvalid, true);
  // Set validity from the start (without showing anything), so the browser knows.
  check(FIELDS.filter((f) => control(f)), null);

  return {
    /** Messages in another language, re-rendered at once. */
    setLang(next) {
      lang = next;
      check(FIELDS.filter((f) => control(f) && touched.has(f)), null);
    },
    /** Checks the whole form now (as on submit, without submitting) and shows every message. */
    checkAll() {
      for (const f of FIELDS) if (control(f)) touched.add(f);
      return check(null, null);
    },
    /** Removes the listeners and the messages; the form is as it was. */
    destroy() {
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
