// The registrant form, built on the package's bindForm: each field checked as the user types,
// the whole form on submit, and the normalised values that would be sent to the registry. What
// is left here is the page's own: the country dropdown, the holder type, the "sent" panel.
import { countries } from '/pkg/index.js';
import { bindForm } from '/pkg/bind-form.js';

const SHOWN = ['name', 'organization', 'street', 'city', 'postalCode', 'country', 'email', 'phone', 'fax', 'vat', 'language'];

export function setupRegistrant(form, { lang: initialLang, t }) {
  let lang = initialLang;
  const sentPanel = document.getElementById('registrant-sent');
  const status = document.getElementById('registrant-status');
  const organisation = () => form.elements.holder.value === 'organization';

  function fillCountries() {
    const select = form.elements.country;
    const chosen = select.value || 'BE';
    const first = new Option(t('chooseCountry'), '');
    const rest = countries(lang).map((c) => new Option(`${c.name}${c.phonePrefix ? ` (+${c.phonePrefix})` : ''}`, c.code));
    select.replaceChildren(first, ...rest);
    select.value = chosen;
  }

  function showSent(value) {
    const rows = SHOWN.filter((f) => organisation() || (f !== 'organization' && f !== 'vat')).map((f) => {
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
    for (const f of ['organization', 'vat']) form.querySelector(`[data-field="${f}"]`).hidden = !organisation();
  }

  fillCountries();
  syncHolder();
  const binding = bindForm(form, {
    lang,
    domain: () => form.elements.domain?.value,
    onResult(result, event) {
      if (event?.type !== 'submit') {
        status.textContent = '';
        sentPanel.hidden = true;
        return;
      }
      // A demo: the page does not post anywhere; it shows what would be sent.
      event.preventDefault();
      if (result.valid) {
        showSent(result.value);
        status.textContent = t('registrantReady');
      }
    },
  });
  form.addEventListener('change', (event) => {
    if (event.target.name !== 'holder') return;
    syncHolder();
    binding.checkAll();
  });

  return {
    setLang(next) {
      lang = next;
      fillCountries();
      binding.setLang(next);
    },
  };
}
