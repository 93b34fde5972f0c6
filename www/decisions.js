// "Change the holder": the decision (update or change of holder) for the new holder's details
// as they are typed, against the current holder from the reseller's records (an example here).
import { decideContactChange } from '/pkg/index.js';

const CURRENT = { name: 'An Peeters', organization: 'Brouwerij Het Anker NV', vat: 'BE0403170701', country: 'BE' };
const EXAMPLE = { changeOrganization: 'Brouwerij Het Anker', changeName: 'An Peeters', changeVat: 'BE 0403.170.701' };

export function setupDecisions(form, { t, lang: initialLang }) {
  let lang = initialLang;
  const box = document.getElementById('decision');

  function showDecision() {
    const el = form.elements;
    const typed = [el.changeOrganization, el.changeName, el.changeVat].some((input) => input.value.trim() !== '');
    box.hidden = !typed;
    if (!typed) return;
    const proposed = { ...CURRENT, organization: el.changeOrganization.value, name: el.changeName.value, vat: el.changeVat.value };
    const d = decideContactChange(CURRENT, proposed, { lang, revokeProcedure: el.changeRevoke.checked });
    const badge = document.getElementById('decision-action');
    badge.textContent = t(`action_${d.action}`);
    badge.className = `badge ${d.action}`;
    badge.dataset.rule = d.rule;
    document.getElementById('decision-message').textContent = d.message;
    const alt = document.getElementById('decision-alternative');
    alt.hidden = !d.alternative;
    alt.textContent = d.alternative?.message ?? '';
  }

  form.addEventListener('input', showDecision);
  form.addEventListener('submit', (event) => event.preventDefault());
  document.getElementById('change-example').addEventListener('click', () => {
    for (const [name, value] of Object.entries(EXAMPLE)) form.elements[name].value = value;
    showDecision();
  });

  return {
    setLang(next) {
      lang = next;
      showDecision();
    },
  };
}
