// The order: a .be domain name, its name servers and the holder's details, as one form. The
// holder's fields are bound by the package's bindForm; the domain name and the name servers are
// checked here with the same timing (feedback.js). "Check the order" says "All set" only when
// all three pass, and shows what would be sent, in the page's language.
import { countries, validateDomainName, validateNameservers, whoisPreview } from '/pkg/index.js';
import { bindForm } from '/pkg/bind-form.js';
import { afterClick, fieldFeedback, howTyped, showPlain } from './feedback.js';
import { MAIL_LANGUAGE } from './i18n.js';

const EXAMPLE = {
  domain: 'bakkerij-peeters.be',
  name: 'Jan Peeters',
  street: 'Kerkstraat 12',
  postalCode: '9000',
  city: 'Gent',
  email: 'jan.peeters@telenet.be',
  phone: '0475 12 34 56',
};
/** The EPP names of what is sent, for the technical details. */
const EPP = [
  ['domain', 'domain:name'], ['nameservers', 'domain:ns'], ['name', 'contact:name'], ['organization', 'contact:org'],
  ['street', 'contact:street'], ['postalCode', 'contact:pc'], ['city', 'contact:city'], ['country', 'contact:cc'],
  ['email', 'contact:email'], ['phone', 'contact:voice'], ['fax', 'contact:fax'], ['vat', 'dnsbe:vat'], ['language', 'dnsbe:lang'],
];

export function setupOrder(form, { t, lang: initialLang }) {
  let lang = initialLang;
  let mailLanguageChosen = false;
  let registrant = null;
  const el = form.elements;
  const status = document.getElementById('order-status');
  const sentPanel = document.getElementById('order-sent');
  const organisation = () => el.holder.value === 'organization';

  // --- The domain name: its DNS form while typing (or its Unicode form for an A-label typed).
  const domain = el.domain;
  const domainSent = document.getElementById('domain-sent');
  const domainFeedback = fieldFeedback(domain, document.getElementById('domain-msg'), {
    useLabel: (s) => t('use').replace('{value}', s),
    use(suggestion) {
      domain.value = suggestion;
      domain.focus();
      checkDomain('left');
      checkNameservers('left');
    },
  });
  function checkDomain(how) {
    const r = validateDomainName(domain.value, { lang });
    domainFeedback.show(r.issues, how);
    const typed = domain.value.trim().toLowerCase();
    const shown = r.valid && r.value ? (typed.includes('xn--') ? ['readsAs', r.value.unicode] : ['registeredAs', r.value.ascii]) : null;
    domainSent.hidden = !shown || shown[1] === typed || `${typed}.be` === shown[1];
    if (shown) {
      domainSent.firstElementChild.textContent = t(shown[0]);
      domainSent.querySelector('output').textContent = shown[1];
    }
    return r;
  }

  // --- Name servers: messages at the field they are about; "at least 2" on leaving the rows.
  const useGroup = el.useGroup;
  const rows = form.querySelector('.ns-rows');
  const general = document.getElementById('nameservers-msg');
  let rowsLeft = false;
  let submitted = false;
  const ns = [0, 1].map((i) => ({
    host: fieldFeedback(el[`ns${i}`], document.getElementById(`ns${i}-msg`)),
    ip: fieldFeedback(el[`ns${i}ip`], document.getElementById(`ns${i}ip-msg`)),
  }));
  function checkNameservers(how, only) {
    if (useGroup.checked) {
      for (const row of ns) for (const f of [row.host, row.ip]) f.reset();
      general.replaceChildren();
      return { valid: true, value: { group: 'standard', nameservers: [] } };
    }
    const servers = [0, 1].map((i) => {
      const ip = el[`ns${i}ip`].value.trim();
      return { host: el[`ns${i}`].value, ...(ip ? { ips: [ip] } : {}) };
    });
    // Issues name the position in the list given; map them back to the rows they came from.
    const rowOf = servers.flatMap((s, i) => (s.host !== '' || s.ips ? [i] : []));
    const given = rowOf.map((i) => servers[i]);
    const r = validateNameservers({ domain: domain.value || 'example.be', nameservers: given }, { lang });
    ns.forEach((row, i) => {
      const k = rowOf.indexOf(i);
      const of = (issue) => issue.path[0] === 'nameservers' && issue.path[1] === k;
      const ipIssues = r.issues.filter((issue) => of(issue) && issue.path[2] === 'ips');
      const hostIssues = r.issues.filter((issue) => of(issue) && issue.path[2] !== 'ips');
      const mode = (name) => (only === name ? how : how === 'submit' ? 'submit' : 'left');
      row.host.show(k < 0 ? [] : hostIssues, mode(`ns${i}`));
      row.ip.show(k < 0 ? [] : ipIssues, mode(`ns${i}ip`));
    });
    const count = r.issues.filter((issue) => issue.path.length === 1 && issue.path[0] === 'nameservers');
    showPlain(general, rowsLeft || submitted ? count : []);
    const own = r.issues.filter((issue) => issue.path[0] !== 'domain');
    return { valid: !own.some((i) => i.severity === 'error'), value: r.value };
  }

  // --- The holder's details: the package's bindForm, told the holder type and the domain.
  /** The countries in the page language, asked for once per language. */
  const listed = {};
  const countryList = () => (listed[lang] ??= countries(lang));
  const countryText = (c) => `${c.name}${c.phonePrefix ? ` (+${c.phonePrefix})` : ''}`;
  /**
   * The country dropdown. At start-up (`belgiumOnly`) Belgium alone, named by the page's words:
   * the list's names are the platform's (Intl.DisplayNames, sorted by Intl.Collator), and the
   * first use of Intl in a page sets up ICU, 15–25 ms that "checks ready" would wait for. The
   * ~250 others follow in the next task.
   */
  function fillCountries(belgiumOnly = false) {
    const select = el.country;
    const chosen = select.value || 'BE';
    const first = new Option(t('chooseCountry'), '');
    const rest = belgiumOnly ? [{ code: 'BE', name: t('belgium'), phonePrefix: '32' }] : countryList();
    select.replaceChildren(first, ...rest.map((c) => new Option(countryText(c), c.code)));
    select.value = chosen;
  }
  function syncHolder() {
    form.querySelector('[data-field="organization"]').hidden = !organisation();
    const label = document.getElementById('name-label');
    label.dataset.t = organisation() ? 'contactLabel' : 'nameLabel';
    label.textContent = t(label.dataset.t);
    const preview = whoisPreview({ organization: organisation() ? el.organization.value || '-' : '' }, { lang });
    document.getElementById('whois-preview').textContent = preview.message;
  }
  function syncMailLanguage() {
    if (!mailLanguageChosen) el.language.value = MAIL_LANGUAGE[lang] ?? 'en';
  }
  fillCountries(true);
  setTimeout(() => fillCountries());
  syncMailLanguage();
  const binding = bindForm(form, {
    lang,
    domain: () => domain.value,
    holder: () => el.holder.value,
    onResult(result, event) {
      if (event?.type === 'submit') registrant = result;
    },
  });

  // --- Events. bindForm listens to the same form; these handle what is not the holder's.
  form.addEventListener('input', (event) => {
    const name = event.target.name;
    const how = howTyped(event);
    // A change makes the verdict stale.
    status.textContent = '';
    sentPanel.hidden = true;
    if (name === 'domain') {
      domainFeedback.typed();
      checkDomain(how);
      checkNameservers('left');
    } else if (/^ns\d(ip)?$/.test(name)) {
      (name.endsWith('ip') ? ns[name[2]].ip : ns[name[2]].host).typed();
      checkNameservers(how, name);
    } else if (name === 'language') {
      mailLanguageChosen = true;
    }
  });
  form.addEventListener('focusout', (event) => {
    const name = event.target.name;
    if (name === 'domain' && domainFeedback.visible) afterClick(() => checkDomain('left'));
    if (/^ns\d(ip)?$/.test(name)) {
      if (!rows.contains(event.relatedTarget)) rowsLeft = ns.some((row) => row.host.visible || row.ip.visible);
      afterClick(() => checkNameservers('left', name));
    }
  });
  form.addEventListener('change', (event) => {
    if (event.target === useGroup) {
      rows.hidden = useGroup.checked;
      checkNameservers('left');
    } else if (event.target === el.holder) {
      syncHolder();
      // Only what was already shown is checked again: choosing a type floods nothing.
      binding.refresh();
    } else if (event.target === el.organization) {
      syncHolder();
    }
  });
  form.addEventListener('submit', (event) => {
    // bindForm has checked the holder's details (and blocked the submit if they fail).
    event.preventDefault();
    submitted = true;
    domainFeedback.typed();
    const d = checkDomain('submit');
    const n = checkNameservers('submit');
    const ok = d.valid && n.valid && registrant?.valid;
    status.textContent = t(ok ? 'orderReady' : 'orderBlocked');
    status.classList.toggle('blocked', !ok);
    if (ok) showSent(d.value, n.value, registrant.value);
    else {
      sentPanel.hidden = true;
      form.querySelector('[aria-invalid="true"]')?.focus();
    }
  });
  document.getElementById('order-example').addEventListener('click', () => {
    for (const [key, value] of Object.entries(EXAMPLE)) {
      el[key].value = value;
      el[key].dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
    }
  });

  /** What would be sent, with the page's labels; empty optional rows left out. */
  function showSent(name, nameservers, value) {
    const person = !organisation();
    const label = (key) => t({ domain: 'sentDomain', nameservers: 'sentNameservers', holder: 'sentHolder', name: person ? 'nameLabel' : 'contactLabel' }[key] ?? `${key}Label`);
    const country = countryList().find((c) => c.code === value.country)?.name ?? value.country;
    const languages = { nl: 'Nederlands', fr: 'Français', en: 'English' };
    const servers = nameservers.group ? t('sentNameserverGroup') : nameservers.nameservers.map((s) => s.host + (s.ips.length ? ` (${s.ips.join(', ')})` : '')).join(', ');
    const rowsShown = [
      ['domain', name.unicode === name.ascii ? name.unicode : `${name.unicode} (${name.ascii})`],
      ['nameservers', servers],
      ['holder', t(person ? 'holderPerson' : 'holderOrganization')],
      ['organization', value.organization],
      ['vat', value.vat],
      ['name', value.name],
      ['street', value.street.join(', ')],
      ['postalCode', value.postalCode],
      ['city', value.city],
      ['country', country],
      ['email', value.email],
      ['phone', value.phone],
      ['fax', value.fax],
      ['language', languages[value.language] ?? value.language],
    ].filter(([, v]) => v);
    sentPanel.querySelector('table tbody').replaceChildren(...rowsShown.map(([k, v]) => row(label(k), v)));
    const epp = { ...value, domain: name.ascii, nameservers: nameservers.group ? `group: ${nameservers.group}` : nameservers.nameservers.map((s) => s.host).join(', '), street: value.street.join(' | ') };
    sentPanel.querySelector('table.epp tbody').replaceChildren(...EPP.filter(([k]) => epp[k]).map(([k, e]) => row(e, epp[k])));
    sentPanel.hidden = false;
  }

  syncHolder();
  return {
    setLang(next) {
      lang = next;
      fillCountries();
      syncMailLanguage();
      syncHolder();
      binding.setLang(next);
      if (domainFeedback.visible) checkDomain('left');
      checkNameservers('left');
      if (!sentPanel.hidden) sentPanel.hidden = true;
      status.textContent = '';
    },
  };
}

function row(head, value) {
  const tr = document.createElement('tr');
  const th = document.createElement('th');
  th.scope = 'row';
  th.textContent = head;
  const td = document.createElement('td');
  td.textContent = value;
  tr.append(th, td);
  return tr;
}
