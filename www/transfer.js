// The transfer form: the authorisation code checked as it is typed (with the timing of
// feedback.js), the canonical code it will be sent as, and what blocks the transfer below it.
import { checkTransfer } from '/pkg/index.js';
import { afterClick, fieldFeedback, howTyped, showPlain } from './feedback.js';

export function setupTransfer(form, { t, lang: initialLang }) {
  let lang = initialLang;
  const code = form.elements.authCode;
  const sent = document.getElementById('authCode-sent');
  const sentValue = sent.querySelector('output');
  const hint = document.getElementById('authCode-hint');
  const status = document.getElementById('status');
  const blocks = document.getElementById('transfer-blocks');
  const feedback = fieldFeedback(code, document.getElementById('authCode-msg'), {
    useLabel: (s) => t('use').replace('{value}', s),
    use(suggestion) {
      code.value = suggestion;
      code.focus();
      check('left');
    },
  });

  /** The issue date as the user means it: that day, from midnight in their own time zone. */
  function issuedAt() {
    const day = form.elements.issuedAt.value;
    return day ? new Date(`${day}T00:00`) : undefined;
  }

  function check(how) {
    const lock = form.elements.transferStatus.value;
    const result = checkTransfer(
      {
        type: form.elements.type.value,
        authCode: code.value,
        authCodeIssuedAt: issuedAt(),
        statuses: lock === 'revoke' ? [] : [lock],
        revokeProcedure: lock === 'revoke',
        nameserverGroup: 'standard',
        registrantChange: form.elements.registrantChange.checked,
      },
      { lang },
    );
    const ofCode = (issue) => issue.path[0] === 'authCode' || issue.path[0] === 'authCodeIssuedAt';
    feedback.show(result.issues.filter(ofCode), how);
    showPlain(blocks, result.issues.filter((issue) => !ofCode(issue)));
    sent.hidden = !result.value;
    sentValue.textContent = result.value ?? '';
    return result;
  }

  /** The hint for the transfer type chosen, as the key the page's words are applied by. */
  function syncHint() {
    hint.dataset.t = form.elements.type.value === 'internal' ? 'authCodeHintInternal' : 'authCodeHint';
    hint.textContent = t(hint.dataset.t);
  }

  code.addEventListener('input', (event) => {
    feedback.typed();
    status.textContent = '';
    check(howTyped(event));
  });
  code.addEventListener('focusout', () => {
    if (feedback.visible) afterClick(() => check('left'));
  });
  // The browser's own validation (the code is `required`) blocked a submit: our message too.
  code.addEventListener('invalid', () => check('submit'));
  form.addEventListener('change', (event) => {
    if (event.target.name === 'type') syncHint();
    if (event.target !== code) check('left');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // May the transfer go ahead (the code, locks, revocation procedure, holder change)?
    const result = check('submit');
    status.textContent = result.allowed ? t('ready').replace('{value}', result.value) : '';
    if (!result.allowed && code.getAttribute('aria-invalid') === 'true') code.focus();
  });
  syncHint();
  // The form's first state (nothing to show until something is typed or chosen, and the form is
  // below the order) after "checks ready", not before:
  // its first check is a wasm call (with the lazy compilation of what it runs) that the first
  // keystroke does not need. Skipped if the user got there first.
  let started = false;
  form.addEventListener('input', () => { started = true; }, { capture: true, once: true });
  form.addEventListener('change', () => { started = true; }, { capture: true, once: true });
  setTimeout(() => started || check('left'));

  return {
    setLang(next) {
      lang = next;
      status.textContent = '';
      check('left');
    },
  };
}
