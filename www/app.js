// The demo page: a transfer form whose code field is checked by dotbe-rules on every keystroke.
// Plain ES modules, no framework; the package is served from /pkg/ by scripts/serve.mjs.
import init, { checkAuthCode } from '/pkg/index.js';
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

function check() {
  const result = checkAuthCode(code.value, {
    lang,
    kind: form.elements.type.value,
    issuedAt: form.elements.issuedAt.value || undefined,
  });
  render(result);
  return result;
}

function render(result) {
  const show = touched || (code.value !== '' && result.issues.length > 0);
  showIssues(code, feedback, result.issues, {
    touched: show,
    useLabel: t('use'),
    use: (suggestion) => {
      code.value = suggestion;
      code.focus();
      check();
    },
  });
  const canonical = result.valid && result.value && result.value !== code.value;
  sent.hidden = !(result.valid && result.value);
  sentValue.textContent = result.valid ? result.value ?? '' : '';
  sent.classList.toggle('changed', Boolean(canonical));
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
  const result = check();
  // The code is fine: may the transfer go ahead (locks, revoke procedure, holder change)?
  const transfer = decisions.transferResult();
  if (result.valid && transfer.allowed) status.textContent = t('ready').replace('{value}', result.value);
  else status.textContent = '';
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
