// The "edit the holder" decision and the WHOIS preview.
import { decideContactChange, whoisPreview } from '/pkg/index.js';

const CURRENT = { name: 'An Peeters', organization: 'Brouwerij Het Anker NV', vat: 'BE0403170701', country: 'BE' };

export function setupDecisions({ t }) {
  let lang = 'en';
  const change = document.getElementById('change');
  const registrant = document.getElementById('registrant');

  function showDecision() {
    const proposed = {
      ...CURRENT,
      organization: change.elements.changeOrganization.value,
      name: change.elements.changeName.value,
      vat: change.elements.changeVat.value,
    };
    const d = decideContactChange(CURRENT, proposed, { lang, revokeProcedure: change.elements.changeRevoke.checked });
    const badge = document.getElementById('decision-action');
    badge.textContent = t(`action_${d.action}`);
    badge.className = `badge ${d.action}`;
    badge.dataset.rule = d.rule;
    document.getElementById('decision-message').textContent = d.message;
    const alt = document.getElementById('decision-alternative');
    alt.hidden = !d.alternative;
    alt.textContent = d.alternative?.message ?? '';
  }

  function showWhois() {
    const organisation = registrant.elements.holder.value === 'organization';
    const preview = whoisPreview({ organization: organisation ? registrant.elements.organization.value || '-' : '' }, { lang });
    document.getElementById('whois-preview').textContent = preview.message;
  }

  change.addEventListener('input', showDecision);
  change.addEventListener('change', showDecision);
  change.addEventListener('submit', (event) => event.preventDefault());
  registrant.addEventListener('change', showWhois);

  return {
    setLang(next) {
      lang = next;
      showDecision();
      showWhois();
    },
  };
}
