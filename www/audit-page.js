// The "Audit an export" page: a file (or the example portfolio) goes to a Web Worker
// (audit-worker.js), which audits it with dotbe-rules/audit; this page shows the progress, then
// the report — charts drawn as SVG, each with its numbers as a table — the contacts to fix
// first, and the fixed CSV to download. Nothing leaves the browser.
import { AUDIT_UI } from './audit-i18n.js';

const LANGS = Object.keys(AUDIT_UI);
const LOCALES = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE' };
const langSelect = document.querySelector('select[name="lang"]');
const fileInput = document.getElementById('file');
const dropzone = document.getElementById('dropzone');
const progressRow = document.getElementById('progress-row');
const progress = document.getElementById('progress');
const status = document.getElementById('status');
const results = document.getElementById('results');
const download = document.getElementById('download');
const SVG = 'http://www.w3.org/2000/svg';

let lang = pickLang();
let last = null;
let worker = null;

function pickLang() {
  const asked = new URLSearchParams(location.search).get('lang') ?? navigator.language ?? 'en';
  const primary = asked.slice(0, 2).toLowerCase();
  return LANGS.includes(primary) ? primary : 'en';
}

const t = (key) => AUDIT_UI[lang][key] ?? AUDIT_UI.en[key];
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, k) => values[k]);
// One formatter per language and kind: a report formats hundreds of numbers.
const formats = {};
const format = (kind, options) => (formats[`${kind}:${lang}`] ??= new Intl.NumberFormat(LOCALES[lang], options));
const n = (x) => format('n').format(x);
const n1 = (x) => format('n1', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

function applyLanguage() {
  document.documentElement.lang = lang;
  langSelect.value = lang;
  document.title = t('pageTitle');
  for (const e of document.querySelectorAll('[data-a]')) e.textContent = t(e.dataset.a);
}

/** Starts an audit in a fresh worker (a running one is stopped). */
function start(message, name) {
  worker?.terminate();
  worker = new Worker(new URL('./audit-worker.js', import.meta.url), { type: 'module' });
  results.hidden = true;
  progressRow.hidden = false;
  progress.value = 0;
  status.textContent = fill(t('reading'), { name });
  document.body.dataset.state = 'running';
  const auditLang = lang;
  worker.onmessage = ({ data }) => {
    if (data.type === 'progress') {
      progress.value = data.share;
      status.textContent = fill(t('progress'), { contacts: n(data.contacts) });
      document.body.dataset.progressed = 'true';
    } else if (data.type === 'done') {
      progress.value = 1;
      progressRow.hidden = true;
      last = { ...data, lang: auditLang };
      render();
      if (download.href.startsWith('blob:')) URL.revokeObjectURL(download.href);
      download.href = URL.createObjectURL(data.fixed);
      download.download = name.replace(/\.(csv|tsv|txt|jsonl|ndjson)$/i, '') + '-fixed.csv';
      document.body.dataset.state = 'done';
      document.body.dataset.seconds = String(data.seconds);
      worker.terminate();
      worker = null;
    } else if (data.type === 'error') {
      progressRow.hidden = true;
      status.textContent = fill(t('failed'), { message: data.message });
      document.body.dataset.state = 'failed';
    }
  };
  worker.postMessage({ ...message, lang });
}

/**
 * A horizontal bar chart as SVG: one bar per row, its value written beside it. The SVG has a
 * title and a description (role="img"); the same numbers follow as a table.
 */
function barChart(id, title, desc, rows, head) {
  const figure = document.getElementById(id);
  const width = 420;
  const label = 170;
  const barH = 22;
  const gap = 8;
  const height = rows.length * (barH + gap) + gap;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
  const titleEl = document.createElementNS(SVG, 'title');
  titleEl.id = `${id}-title`;
  titleEl.textContent = title;
  const descEl = document.createElementNS(SVG, 'desc');
  descEl.id = `${id}-desc`;
  descEl.textContent = `${desc} ${rows.map((r) => `${r.label}: ${r.shown}`).join('; ')}.`;
  svg.append(titleEl, descEl);
  rows.forEach((r, i) => {
    const y = gap + i * (barH + gap);
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('x', '0');
    text.setAttribute('y', String(y + barH * 0.7));
    text.textContent = r.label.length > 26 ? r.label.slice(0, 25) + '…' : r.label;
    const rect = document.createElementNS(SVG, 'rect');
    const w = Math.max(1, ((width - label - 70) * r.value) / max);
    rect.setAttribute('x', String(label));
    rect.setAttribute('y', String(y));
    rect.setAttribute('width', String(w));
    rect.setAttribute('height', String(barH));
    rect.setAttribute('class', r.className ?? 'bar');
    const value = document.createElementNS(SVG, 'text');
    value.setAttribute('x', String(label + w + 6));
    value.setAttribute('y', String(y + barH * 0.7));
    value.textContent = r.shown;
    svg.append(text, rect, value);
  });
  const table = el('table', { class: 'data' }, el('caption', {}, title));
  table.append(el('thead', {}, el('tr', {}, ...head.map((h, i) => el('th', { scope: 'col', class: i ? 'num' : '' }, h)))));
  table.append(el('tbody', {}, ...rows.map((r) => el('tr', {}, el('th', { scope: 'row' }, r.label), ...r.cells.map((c) => el('td', { class: 'num' }, c))))));
  figure.replaceChildren(el('figcaption', {}, title), svg, el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': title }, table));
}

/** Lets the browser paint and take input between two parts of the work. */
const pause = () => new Promise((go) => setTimeout(go, 0));
let renders = 0;

/** The report, in parts (each chart, then the fix-first rows ten at a time): no long task. */
async function render() {
  if (!last) return;
  const token = ++renders;
  document.body.dataset.rendered = 'false';
  const r = last.report;
  results.hidden = false;
  status.textContent = '';
  document.getElementById('results-summary').textContent = fill(t('done'), { contacts: n(r.contacts), domains: n(r.domains), valid: n(r.valid) });
  const unreadable = document.getElementById('results-unreadable');
  unreadable.hidden = r.unreadableLines === 0;
  unreadable.textContent = fill(t('unreadable'), { n: n(r.unreadableLines) });
  barChart(
    'chart-risks',
    t('risksTitle'),
    t('risksDesc'),
    ['rejection', 'revoke', 'bounce'].map((k) => ({ label: t(k), value: r.byRisk[k].per100k, shown: n1(r.byRisk[k].per100k), className: `bar-${k}`, cells: [n1(r.byRisk[k].per100k), n(r.byRisk[k].contacts), n(r.byRisk[k].domains)] })),
    [t('risk'), t('per100k'), t('contacts'), t('domains')],
  );
  await pause();
  if (token !== renders) return;
  barChart('chart-codes', t('codesTitle'), t('codesDesc'), r.codes.slice(0, 8).map((c) => ({ label: c.code, value: c.contacts, shown: n(c.contacts), cells: [n(c.contacts), n(c.domains)] })), [t('code'), t('contacts'), t('domains')]);
  await pause();
  if (token !== renders) return;
  barChart('chart-fields', t('fieldsTitle'), t('fieldsDesc'), r.fields.map((f) => ({ label: f.field, value: f.contacts, shown: n(f.contacts), cells: [n(f.contacts), n(f.domains)] })), [t('field'), t('contacts'), t('domains')]);
  await pause();
  if (token !== renders) return;
  const table = document.getElementById('fix-first');
  const head = el('thead', {}, el('tr', {}, ...['line', 'id', 'domains', 'issues', 'fix'].map((k) => el('th', { scope: 'col' }, k === 'id' ? 'ID' : t(k)))));
  const row = (f) => {
    const issues = el('ul', {}, ...f.issues.map((i) => el('li', { 'data-code': i.code }, i.message)));
    const fix = f.fixed
      ? el('span', { class: f.fixed.valid ? 'fix-valid' : 'fix-invalid' }, f.fixed.changes.map((c) => `${c.field}: ${c.from} → ${c.to}`).join('; ') + ` (${t(f.fixed.valid ? 'fixValid' : 'fixInvalid')})`)
      : el('span', {}, t('noFix'));
    return el('tr', {}, el('td', { class: 'num' }, n(f.line)), el('td', {}, f.id ?? ''), el('td', { class: 'num' }, n(f.domains)), el('td', {}, issues), el('td', {}, fix));
  };
  const body = el('tbody');
  table.replaceChildren(el('caption', {}, t('fixFirst')), head, body);
  for (let i = 0; i < r.fixFirst.length; i += 10) {
    body.append(...r.fixFirst.slice(i, i + 10).map(row));
    await pause();
    if (token !== renders) return;
  }
  const shared = document.getElementById('shared');
  shared.replaceChildren();
  if (r.sharedEmails.length) {
    const s = el('table', { class: 'data' }, el('caption', {}, t('shared')));
    s.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'e-mail'), el('th', { scope: 'col', class: 'num' }, t('contacts')), el('th', { scope: 'col', class: 'num' }, t('domains')))));
    s.append(el('tbody', {}, ...r.sharedEmails.map((e) => el('tr', {}, el('td', {}, e.email), el('td', { class: 'num' }, n(e.contacts)), el('td', { class: 'num' }, n(e.domains))))));
    shared.append(el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': t('shared') }, s));
  }
  document.body.dataset.rendered = 'true';
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) start({ file }, file.name);
});
document.getElementById('sample').addEventListener('click', () => start({ contacts: 10_000 }, 'example.csv'));
dropzone.addEventListener('dragover', (e) => {
  e.preventDefault();
  dropzone.classList.add('over');
});
dropzone.addEventListener('dragleave', () => dropzone.classList.remove('over'));
dropzone.addEventListener('drop', (e) => {
  e.preventDefault();
  dropzone.classList.remove('over');
  const file = e.dataTransfer?.files?.[0];
  if (file) start({ file }, file.name);
});
langSelect.addEventListener('change', () => {
  lang = langSelect.value;
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
  applyLanguage();
  // The charts' words follow; the issues' messages stay in the language the audit ran in.
  render();
});

applyLanguage();
document.body.dataset.ready = 'true';
