// The transfer's blocks and effects, the "edit the holder" decision, and the WHOIS preview.
import { checkTransfer, decideContactChange, whoisPreview } from '/pkg/index.js';

const CURRENT = { name: 'An Peeters', organization: 'Brouwerij Het Anker NV', vat: 'BE0403170701', country: 'BE' };

export function setupDecisions({ t }) {
  let lang = 'en';
  const transfer = document.getElementById('transfer');
  const change = document.getElementById('change');
  const registrant = document.getElementById('registrant');

  function showTransfer() {
    const status = transfer.elements.transferStatus.value;
    const result = checkTransfer(
      {
        type: transfer.elements.type.value,
        authCode: transfer.elements.authCode.value,
        authCodeIssuedAt: transfer.elements.issuedAt.value || undefined,
        statuses: status === 'revoke' ? [] : [status],
        revokeProcedure: status === 'revoke',
        nameserverGroup: 'standard',
        registrantChange: transfer.elements.registrantChange.checked,
      },
      { lang },
    );
    // The code's own issues show at the code field; the rest here.
    const blocks = result.issues.filter((i) => i.path[0] !== 'authCode' && i.path[0] !== 'authCodeIssuedAt');
    document.getElementById('transfer-blocks').replaceChildren(
      ...blocks.map((i) => Object.assign(document.createElement('p'), { className: `issue ${i.severity}`, textContent: i.message })),
    );
    return result;
  }

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

  transfer.addEventListener('input', showTransfer);
  transfer.addEventListener('change', showTransfer);
  change.addEventListener('input', showDecision);
  change.addEventListener('change', showDecision);
  change.addEventListener('submit', (event) => event.preventDefault());
  registrant.addEventListener('change', showWhois);

  return {
    transferResult: showTransfer,
    setLang(next) {
      lang = next;
      showTransfer();
      showDecision();
      showWhois();
    },
  };
}
