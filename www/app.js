// The demo page: a transfer form checked by dotbe-rules on every keystroke (the code at its field,
// what blocks the transfer below it), and the other panels set up from their own modules.
// Plain ES modules, no framework; the package is served from /pkg/ by scripts/serve.mjs.
import init, { checkTransfer } from '/pkg/index.js';
import { UI } from './i18n.js';
import { showIssues } from './feedback.js';
import { setupRegistrant } from './registrant.js';
import { setupDomain } from './domain.js';
import { setupDecisions } from './decisions.js';

const form = document.getElementById('transfer');
const langSelect = document.querySelector('select[name="lang"]');
const code = form.elements.authCode;
const feedback = document.getElementById('authCode-msg');
const sent = document.getElementById('authCode-sent');
const sentValue = sent.querySelector('output');
const hint = document.getElementById('authCode-hint');
const status = document.getElementById('status');
const blocks = document.getElementById('transfer-blocks');

const LANGS = Object.keys(UI);
let lang = pickLang();
// Errors are shown once the user has typed in the field or tried to submit, not on a fresh form.
let touched = false;

function pickLang() {
  const asked = new URLSearchParams(location.search).get('lang') ?? navigator.language ?? 'en';
  const primary = asked.slice(0, 2).toLowerCase();
  return LANGS.includes(primary) ? primary : 'en';
}

function t(key) {
  return UI[lang][key] ?? UI.en[key];
}

let registrant;
let domainPart;
let decisions;

function applyLanguage() {
  document.documentElement.lang = lang;
  langSelect.value = lang;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  hint.textContent = t(form.elements.type.value === 'internal' ? 'authCodeHintInternal' : 'authCodeHint');
  status.textContent = '';
  check();
  registrant?.setLang(lang);
  domainPart?.setLang(lang);
  decisions?.setLang(lang);
}

/** One check per keystroke: the code's issues go to the code field, the blocks below it. */
function check() {
  const lock = form.elements.transferStatus.value;
  const result = checkTransfer(
    {
      type: form.elements.type.value,
      authCode: code.value,
      authCodeIssuedAt: form.elements.issuedAt.value || undefined,
      statuses: lock === 'revoke' ? [] : [lock],
      revokeProcedure: lock === 'revoke',
      nameserverGroup: 'standard',
      registrantChange: form.elements.registrantChange.checked,
    },
    { lang },
  );
  const ofCode = (issue) => issue.path[0] === 'authCode' || issue.path[0] === 'authCodeIssuedAt';
  render(result.issues.filter(ofCode), result.value);
  blocks.replaceChildren(
    ...result.issues
      .filter((issue) => !ofCode(issue))
      .map((issue) => Object.assign(document.createElement('p'), { className: `issue ${issue.severity}`, textContent: issue.message })),
  );
  return result;
}

/** The code field: its issues, and the canonical code once it is valid (`value` is null until then). */
function render(issues, value) {
  const show = touched || (code.value !== '' && issues.length > 0);
  showIssues(code, feedback, issues, {
    touched: show,
    useLabel: t('use'),
    use: (suggestion) => {
      code.value = suggestion;
      code.focus();
      check();
    },
  });
  sent.hidden = !value;
  sentValue.textContent = value ?? '';
  sent.classList.toggle('changed', Boolean(value && value !== code.value));
}

await init();

code.addEventListener('input', () => {
  touched = true;
  status.textContent = '';
  check();
});
code.addEventListener('invalid', () => {
  touched = true;
  check();
});
form.addEventListener('change', (event) => {
  if (event.target.name === 'type') hint.textContent = t(event.target.value === 'internal' ? 'authCodeHintInternal' : 'authCodeHint');
  if (event.target !== code) check();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  touched = true;
  // May the transfer go ahead (the code, locks, revoke procedure, holder change)?
  const result = check();
  status.textContent = result.allowed ? t('ready').replace('{value}', result.value) : '';
});
langSelect.addEventListener('change', () => {
  lang = langSelect.value;
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
  applyLanguage();
});

registrant = setupRegistrant(document.getElementById('registrant'), { lang, t: (key) => t(key) });
domainPart = setupDomain(document.getElementById('registrant'), { t: (key) => t(key) });
decisions = setupDecisions({ t: (key) => t(key) });
applyLanguage();
document.body.dataset.ready = 'true';
