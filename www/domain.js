// The domain name and its name servers: the name checked as the user types, with its DNS form
// (A-label) shown; the name servers checked against the name (glue for hosts inside it).
import { validateDomainName, validateNameservers } from '/pkg/index.js';
import { showIssues } from './feedback.js';

export function setupDomain(form, { t, onDomain }) {
  let lang = 'en';
  const domain = form.elements.domain;
  const ascii = document.getElementById('domain-ascii');
  const sent = document.getElementById('domain-sent');
  const useGroup = form.elements.useGroup;
  const rows = form.querySelector('.ns-rows');
  const touched = new Set();

  function checkDomain() {
    const r = validateDomainName(domain.value, { lang });
    showIssues(domain, document.getElementById('domain-msg'), domain.value ? r.issues : [], {
      touched: touched.has('domain'),
      useLabel: t('use'),
      use: (suggestion) => {
        domain.value = suggestion;
        checkDomain();
      },
    });
    sent.hidden = !(r.valid && r.value);
    ascii.textContent = r.value?.ascii ?? '';
    onDomain?.();
  }

  function checkNameservers() {
    if (useGroup.checked) return;
    const servers = [0, 1].map((i) => {
      const ip = form.elements[`ns${i}ip`].value.trim();
      return { host: form.elements[`ns${i}`].value, ...(ip ? { ips: [ip] } : {}) };
    }).filter((s) => s.host !== '' || s.ips);
    const r = validateNameservers({ domain: domain.value || 'example.be', nameservers: servers }, { lang });
    [0, 1].forEach((i) => {
      const issues = r.issues.filter((issue) => issue.path[0] === 'nameservers' && issue.path[1] === i);
      showIssues(form.elements[`ns${i}`], document.getElementById(`ns${i}-msg`), issues, { touched: touched.has(`ns${i}`), useLabel: t('use') });
    });
    const general = r.issues.filter((issue) => issue.path.length === 1 && issue.path[0] === 'nameservers');
    document.getElementById('nameservers-msg').replaceChildren(
      ...(touched.has('ns0') && touched.has('ns1') ? general : []).map((issue) => Object.assign(document.createElement('p'), { className: `issue ${issue.severity}`, textContent: issue.message })),
    );
  }

  form.addEventListener('input', (event) => {
    const name = event.target.name;
    if (name === 'domain') {
      touched.add('domain');
      checkDomain();
      checkNameservers();
    } else if (/^ns\d(ip)?$/.test(name)) {
      touched.add(name.slice(0, 3));
      checkNameservers();
    }
  });
  useGroup.addEventListener('change', () => {
    rows.hidden = useGroup.checked;
    checkNameservers();
  });
  return {
    setLang(next) {
      lang = next;
      checkDomain();
      checkNameservers();
    },
  };
}
