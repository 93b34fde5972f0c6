// The registrant form: every field checked by validateRegistrant while the user types (only that
// field is reported; the rest of the form is context, e.g. the country for a postal code), the
// whole form on submit, and the normalised values that would be sent to the registry.
import { validateRegistrant, countries } from '/pkg/index.js';
import { showIssues } from './feedback.js';

const FIELDS = ['name', 'organization', 'street', 'city', 'postalCode', 'country', 'email', 'phone', 'fax', 'vat', 'language'];

export function setupRegistrant(form, { lang: initialLang, t }) {
  let lang = initialLang;
  const touched = new Set();
  const el = (name) => form.elements[name];
  const box = (name) => document.getElementById(`${name}-msg`);
  const sentPanel = document.getElementById('registrant-sent');
  const status = document.getElementById('registrant-status');

  function read() {
    const data = {};
    for (const f of FIELDS) {
      const value = el(f).value;
      if (value !== '') data[f] = value;
    }
    if (el('holder').value === 'person') {
      delete data.organization;
      delete data.vat;
    }
    return data;
  }

  function render(result, fields) {
    for (const f of fields) {
      const issues = result.issues.filter((i) => i.path[0] === f);
      showIssues(el(f), box(f), issues, {
        touched: touched.has(f),
        useLabel: t('use'),
        use: (suggestion, issue) => {
          applySuggestion(f, suggestion, issue);
          check(f);
        },
      });
    }
  }

  function applySuggestion(field, suggestion, issue) {
    if (field === 'street' && typeof issue.path[1] === 'number') {
      const lines = el('street').value.split('\n');
      lines[issue.path[1]] = suggestion;
      el('street').value = lines.join('\n');
    } else if (field === 'phone' || field === 'fax') {
      el(field).value = suggestion.replace('.', ' ');
    } else {
      el(field).value = suggestion;
    }
    el(field).focus();
  }

  function options(extra) {
    return { lang, domain: document.querySelector('input[name="domain"]')?.value || undefined, ...extra };
  }

  /** Checks one field as the user types. */
  function check(field) {
    const result = validateRegistrant(read(), options({ only: [field] }));
    render(result, [field]);
    status.textContent = '';
    sentPanel.hidden = true;
    return result;
  }

  /** Checks the whole form (on submit and after a language switch). */
  function checkAll() {
    const result = validateRegistrant(read(), options());
    render(result, FIELDS);
    return result;
  }

  function fillCountries() {
    const select = el('country');
    const chosen = select.value || 'BE';
    const first = new Option(t('chooseCountry'), '');
    const rest = countries(lang).map((c) => new Option(`${c.name}${c.phonePrefix ? ` (+${c.phonePrefix})` : ''}`, c.code));
    select.replaceChildren(first, ...rest);
    select.value = chosen;
  }

  function showSent(value) {
    const rows = FIELDS.filter((f) => !(el('holder').value === 'person' && (f === 'organization' || f === 'vat'))).map((f) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = f;
      const td = document.createElement('td');
      td.textContent = Array.isArray(value[f]) ? value[f].join(' / ') : value[f];
      tr.append(th, td);
      return tr;
    });
    sentPanel.querySelector('tbody').replaceChildren(...rows);
    sentPanel.hidden = false;
  }

  function syncHolder() {
    const org = el('holder').value === 'organization';
    for (const f of ['organization', 'vat']) form.querySelector(`[data-field="${f}"]`).hidden = !org;
  }

  form.addEventListener('input', (event) => {
    const f = event.target.name;
    if (!FIELDS.includes(f)) return;
    touched.add(f);
    check(f);
    // The country is context for the postal code, phone, fax and VAT: re-check those shown.
    if (f === 'country') for (const g of ['postalCode', 'phone', 'fax', 'vat']) if (touched.has(g)) check(g);
  });
  form.addEventListener('change', (event) => {
    if (event.target.name === 'holder') {
      syncHolder();
      if (touched.size) checkAll();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const f of FIELDS) touched.add(f);
    const result = checkAll();
    if (result.valid) {
      showSent(result.value);
      status.textContent = t('registrantReady');
    } else {
      status.textContent = '';
      sentPanel.hidden = true;
      form.querySelector('[aria-invalid="true"]')?.focus();
    }
  });

  fillCountries();
  syncHolder();
  return {
    setLang(next) {
      lang = next;
      fillCountries();
      if (touched.size) checkAll();
    },
  };
}
