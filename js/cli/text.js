// The CLI's text report: a summary table in the report's language.
import { WORDS } from './words.js';

const LOCALES = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE' };

export function textReport(r, lang = 'en') {
  const w = WORDS[lang] ?? WORDS.en;
  const nf = new Intl.NumberFormat(LOCALES[lang]);
  const nf1 = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const n = (x) => nf.format(x);
  const fill = (t, values) => t.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
  const out = [];
  const table = (head, rows) => {
    const all = [head, ...rows];
    const widths = head.map((_, i) => Math.max(...all.map((row) => String(row[i]).length)));
    const line = (row) => '  ' + row.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('   ');
    out.push(line(head), '  ' + widths.map((x) => '-'.repeat(x)).join('   '), ...rows.map(line));
  };
  out.push(fill(w.title, { file: r.file }));
  const delimiter = r.delimiter ? fill(w.separator, { d: r.delimiter === '\t' ? 'TAB' : r.delimiter }) : '';
  out.push(fill(w.read, { format: r.format.toUpperCase(), encoding: r.encoding.toUpperCase(), delimiter, lines: n(r.lines) }));
  out.push('', fill(w.summary, { contacts: n(r.contacts), domains: n(r.domains), valid: n(r.valid) }));
  if (r.domainsAssumed) out.push(fill(w.assumed, { n: n(r.domainsAssumed) }));
  if (r.ignoredColumns?.length) out.push(fill(w.ignored, { list: r.ignoredColumns.join(', ') }));
  out.push('');
  table([w.risk, w.contacts, w.domains, w.per100k], ['rejection', 'revoke', 'bounce'].map((k) => [w[k], n(r.byRisk[k].contacts), n(r.byRisk[k].domains), nf1.format(r.byRisk[k].per100k)]));
  if (r.codes.length) {
    out.push('');
    table([w.code, w.contacts, w.domains], r.codes.slice(0, 15).map((c) => [c.code, n(c.contacts), n(c.domains)]));
  }
  if (r.fields.length) {
    out.push('');
    table([w.field, w.contacts, w.domains], r.fields.map((f) => [f.field, n(f.contacts), n(f.domains)]));
  }
  if (r.sharedEmails.length) {
    out.push('', w.shared + (r.sharedEmailsExact ? '' : ' ' + w.sharedLower));
    table(['e-mail', w.contacts, w.domains], r.sharedEmails.slice(0, 10).map((s) => [s.email, n(s.contacts), n(s.domains)]));
  }
  if (r.fixFirst.length) {
    out.push('', w.fixFirst);
    for (const f of r.fixFirst.slice(0, 10)) {
      out.push(`  ${w.line} ${f.line}${f.id ? ` (${f.id})` : ''}, ${n(f.domains)} ${w.domains.toLowerCase()}${f.names.length ? `: ${f.names.join(' ')}` : ''}`);
      for (const i of f.issues) out.push(`    - ${i.path.join('.')}: ${i.message}`);
      if (f.fixed) out.push(`    ${w.fix}: ${f.fixed.changes.map((c) => `${c.field} ${c.from} → ${c.to}`).join('; ')} (${f.fixed.valid ? w.fixValid : w.fixInvalid})`);
    }
  }
  if (r.mx) out.push('', fill(w.mx, { domains: n(r.mx.domains), dead: n(r.mx.nxdomain + r.mx['null-mx'] + r.mx['no-address']), unknown: n(r.mx.unknown) }));
  if (r.unreadableLines) {
    out.push('', fill(w.unreadable, { n: n(r.unreadableLines) }));
    for (const u of r.unreadable.slice(0, 20)) out.push(`  ${w.line} ${u.line}: ${w.reasons[u.code] ?? u.reason}`);
    if (r.unreadableLines > 20) out.push('  ' + fill(w.more, { n: n(r.unreadableLines - 20) }));
  }
  if (r.fixed) out.push('', fill(w.fixed, { file: r.fixed.file, n: n(r.fixed.contacts) }));
  out.push('', fill(w.exit, { code: r.exitCode, why: r.exitCode ? w.exitErrors : w.exitClean }), '');
  return out.join('\n');
}
