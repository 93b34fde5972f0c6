// `npx dotbe-rules audit` as a reseller runs it: the package packed with `npm pack`, installed
// from the tarball into a fresh project, run on generated exports whose defects are known — every
// defect counted exactly once, every unreadable line listed — in every separator and encoding it
// reads, and with --mx against a real DNS server on 127.0.0.1 that this file starts with a zone it
// writes (nothing leaves the machine).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import dns2 from 'dns2';
import { samplePortfolio } from '../../www/audit-sample.js';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
let app;
let bin;

before(() => {
  app = mkdtempSync(join(tmpdir(), 'dotbe-rules-cli-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', app], { cwd: join(repo, 'pkg'), encoding: 'utf8' }));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'reseller', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', '--loglevel=error', join(app, packed[0].filename)], { cwd: app });
  bin = join(app, 'node_modules/.bin/dotbe-rules');
});

after(() => rmSync(app, { recursive: true, force: true }));

/** Runs the command in the project; answers its exit code, stdout (parsed when JSON) and stderr. */
function audit(args, { json = true } = {}) {
  const r = spawnSync(bin, ['audit', ...args, '--no-progress', ...(json ? ['--format', 'json'] : [])], { cwd: app, encoding: 'utf8' });
  return { status: r.status, out: json && r.stdout ? JSON.parse(r.stdout) : r.stdout, err: r.stderr };
}

/** A generated export and what it holds. */
function portfolio(options) {
  const expected = {};
  const csv = [...samplePortfolio({ expected, ...options })].join('');
  return { csv, expected };
}

const write = (name, content) => {
  const path = join(app, name);
  writeFileSync(path, content);
  return path;
};

test('npx dotbe-rules audit: every injected defect counted once, every unreadable line listed', () => {
  const { csv, expected } = portfolio({ contacts: 3000, seed: 7 });
  const lines = csv.split('\n');
  // Known defects of the file itself, each on a line of its own (1-based line numbers).
  const broken = [
    [101, 'unbalanced_quote', (l) => l.replace(/,([^,]*),/, ',"$1,')],
    [202, 'column_count', (l) => l + ',extra'],
    [303, 'binary', (l) => l.replace(',', ',\u0000\u0001')],
    [404, 'field_too_long', (l) => l.replace(/,[^,]*,/, `,${'x'.repeat(5000)},`)],
    [505, 'misplaced_quote', (l) => l.replace(/,([^,]*),/, ',"$1"x,')],
  ];
  for (const [line, , damage] of broken) lines[line - 1] = damage(lines[line - 1]);
  // A valid contact whose street spans two lines in one quoted field, after line 600.
  lines.splice(600, 0, ['C9999999', 'Els Maes', '', '"Kerkstraat 12\nbus 3"', '9000', 'Gent', 'BE', 'els.maes@telenet.be', '+32 9 123 45 67', '', 'nl', 'maes.be'].join(','));
  const file = write('export.csv', lines.join('\n'));
  const r = spawnSync('npx', ['--no-install', 'dotbe-rules', 'audit', file, '--format', 'json', '--no-progress'], { cwd: app, encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.unreadable.map((u) => [u.line, u.code]), broken.map(([line, code]) => [line, code]));
  assert.equal(report.unreadableLines, broken.length);
  assert.equal(report.contacts, 3000 - broken.length + 1);
  assert.equal(report.lines, 1 + 3000 + 2, 'the header, the contacts, the two lines of one record');
  // Every defect of the generator, counted once per contact that has it — less those on the lines
  // damaged above, which are audited as none.
  const want = { ...expected.byCode };
  const damagedCodes = damagedDefects(csv, broken.map(([l]) => l));
  for (const code of damagedCodes) want[code]--;
  for (const k of Object.keys(want)) if (want[k] === 0) delete want[k];
  assert.deepEqual(report.byCode, want);
  assert.equal(report.byRisk.revoke.contacts, (want.implausible ?? 0) + (want.vat_pending ?? 0));
  assert.equal(report.byRisk.bounce.contacts, (want.email_typo ?? 0) + (want.email_domain_reserved ?? 0));
  // One address shared by every contact given it.
  assert.equal(report.sharedEmails[0].email, 'info@example.com');
  assert.equal(report.sharedEmails[0].contacts, want.email_domain_reserved);
  // The registry's unit.
  const per = (n) => Math.round((n * 1_000_000) / report.domains) / 10;
  for (const risk of ['rejection', 'revoke', 'bounce']) assert.equal(report.byRisk[risk].per100k, per(report.byRisk[risk].domains));
  assert.equal(report.fixFirst.length, 100);
  assert.ok(report.fixFirst[0].domains >= report.fixFirst[99].domains);
});

/** The codes the generator gave the contacts on `lines` (its defects are recognisable in the line). */
function damagedDefects(csv, lineNumbers) {
  const lines = csv.split('\n');
  const codes = [];
  for (const n of lineNumbers) {
    const l = lines[n - 1];
    const f = l.split(',');
    if (f[4].startsWith('B-')) codes.push('postal_code_format');
    else if (l.includes('@gmial.com')) codes.push('email_typo');
    else if (l.includes('\u2019')) codes.push('charset');
    else if (l.includes('info@example.com')) codes.push('email_domain_reserved');
    else if (f[5] === '') codes.push('required');
    else if (f[6] === 'Belgium') codes.push('country_unknown');
    else if (l.includes('Mickey Mouse')) codes.push('implausible');
    else if (l.includes('PENDING')) codes.push('vat_pending');
    else if (/^\+32 (\d) \d{3} \d{2}$|^\+32 16 \d{2} \d{2}$/.test(f[8])) codes.push('phone_length');
  }
  return codes;
}

test('separators, BOM and Windows-1252: the same contacts, the same counts, no mojibake', () => {
  const { csv, expected } = portfolio({ contacts: 500, seed: 3 });
  const base = audit([write('comma.csv', csv)]).out;
  assert.deepEqual(base.byCode, expected.byCode);
  const semicolon = portfolio({ contacts: 500, seed: 3, separator: ';' }).csv;
  const tab = portfolio({ contacts: 500, seed: 3, separator: '\t' }).csv;
  const windows = Buffer.from(csv.replace(/D\u2019Hondt/g, 'D\u0092Hondt'), 'latin1');
  for (const [name, content, delimiter, encoding] of [
    ['semicolon.csv', semicolon, ';', 'utf-8'],
    ['tab.tsv', tab, '\t', 'utf-8'],
    ['bom.csv', '\uFEFF' + csv.replace(/\n/g, '\r\n'), ',', 'utf-8'],
    ['windows-1252.csv', windows, ',', 'windows-1252'],
  ]) {
    const r = audit([write(name, content)]).out;
    assert.equal(r.delimiter, delimiter, name);
    assert.equal(r.encoding, encoding, name);
    assert.equal(r.contacts, 500, name);
    assert.deepEqual(r.byCode, base.byCode, `${name}: the same problems as the UTF-8 file`);
  }
  // é, ë and ’ of Windows-1252 read as themselves: Liège is a valid city, D’Hondt's ’ the only charset issue.
  const liege = audit([write('liege.csv', Buffer.from('name,street,postalCode,city,country,email,phone\nJan D\u0092Hondt,Rue de l\'\u00c9glise 3,4000,Li\u00e8ge,BE,jan@skynet.be,+32 4 123 45 67\n', 'latin1'))]).out;
  assert.deepEqual(liege.byCode, { charset: 1 });
  assert.equal(liege.fixFirst[0].fixed.value.name, "Jan D'Hondt");
  assert.equal(liege.fixFirst[0].fixed.value.city, 'Liège');
  // UTF-8 and Windows-1252 mixed in one file: refused before any work, with the line.
  const head = 'name,street,postalCode,city,country,email,phone\n';
  const row = (name) => `${name},Kerkstraat 1,9000,Gent,BE,a@skynet.be,+32 9 123 45 67\n`;
  const mixed = Buffer.concat([Buffer.from(head + row('José Peeters') + row('René Claes') + row('Jan Maes'), 'utf8'), Buffer.from(row('José Maes'), 'latin1')]);
  const refused = audit([write('mixed.csv', mixed)]);
  assert.equal(refused.status, 2);
  assert.equal(refused.out, '');
  assert.match(refused.err, /mixes UTF-8 with another encoding \(line 5 is not UTF-8\)/);
});

test('a missing required column is an error before any work; usage errors exit 2', () => {
  const r = audit([write('no-phone.csv', 'name,street,zip,city,country,email\nJan,Kerkstraat 1,9000,Gent,BE,jan@skynet.be\n')]);
  assert.equal(r.status, 2);
  assert.equal(r.out, '');
  assert.match(r.err, /has no column for: phone \(phone, telephone, tel, phonenumber…\)/);
  assert.equal(audit(['missing.csv']).status, 2);
  const usage = spawnSync(bin, ['audit', 'x.csv', '--lang', 'es'], { encoding: 'utf8' });
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /--lang must be one of en, nl, fr, de/);
  const xlsx = audit([write('book.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))]);
  assert.match(xlsx.err, /ZIP file \(an Excel \.xlsx workbook\?\), not CSV/);
});

test('JSON Lines, the text report in Dutch, exit 0 for a clean export', () => {
  const contacts = [
    { name: 'Jan Peeters', street: ['Kerkstraat 1', 'bus 2'], postalCode: '9000', city: 'Gent', country: 'BE', email: 'jan@telenet.be', phone: '+32 9 123 45 67', domains: ['peeters.be', 'jan.be'] },
    { naam: 'An Maes', adres: 'Dorpsstraat 3', postcode: 9000, gemeente: 'Gent', land: 'BE', 'e-mail': 'an@skynet.be', telefoon: '+32 9 765 43 21', domains: 3 },
  ];
  const file = write('clean.jsonl', contacts.map((c) => JSON.stringify(c)).join('\n') + '\n{"name": 5\n[1,2]\n');
  const r = audit([file]);
  assert.equal(r.out.format, 'jsonl');
  assert.equal(r.out.contacts, 2);
  assert.equal(r.out.domains, 5);
  assert.deepEqual(r.out.unreadable.map((u) => [u.line, u.code]), [[3, 'not_json'], [4, 'not_an_object']]);
  const clean = write('clean-only.jsonl', contacts.map((c) => JSON.stringify(c)).join('\n'));
  assert.equal(audit([clean]).status, 0);
  const text = audit([file, '--lang', 'nl'], { json: false });
  assert.match(text.out, /2 contacten met 5 domeinnamen; 2 doorstaan de controles van het register\./);
  assert.match(text.out, /regel 3: geen geldige JSON/);
  assert.match(text.out, /Afsluitcode 1: fouten gevonden/);
});

test('--fix writes every line back, fixed, with a column of changes; the fixed export audits clean of what it fixed', () => {
  const { csv, expected } = portfolio({ contacts: 1000, seed: 11 });
  const file = write('to-fix.csv', csv);
  const out = join(app, 'fixed.csv');
  const r = audit([file, '--fix', out]);
  const fixed = readFileSync(out, 'utf8');
  assert.equal(fixed.split('\n').length, csv.split('\n').length, 'every line in its place');
  assert.match(fixed.split('\n')[0], /,dotbe-rules changes$/);
  assert.ok(fixed.includes('postalCode: B-9000 → 9000'), 'what changed, in its column');
  const fixable = ['postal_code_format', 'email_typo', 'charset', 'country_unknown'];
  assert.equal(r.out.fixed.contacts, fixable.reduce((n, c) => n + (expected.byCode[c] ?? 0), 0));
  const again = audit([out]).out;
  for (const code of fixable) assert.equal(again.byCode[code], undefined, code);
  assert.equal(again.byCode.required, expected.byCode.required, 'what no suggestion fixes stays');
  // Unchanged lines are exactly as they were.
  const unchanged = csv.split('\n').filter((l, i) => i > 0 && l && !/B-\d|gmial|\u2019|,Belgium,/.test(l));
  const out2 = new Set(fixed.split('\n'));
  assert.ok(unchanged.every((l) => out2.has(l + ',')));
});

test('--mx: dead e-mail domains from a DNS server on 127.0.0.1, each domain asked once', async () => {
  // The zone this test serves: name → records by type. Anything else does not exist.
  const zone = {
    'post.be': { MX: [{ exchange: 'mx.post.be', priority: 10 }] },
    'mx.post.be': { A: ['127.0.0.2'] },
    'website-only.be': { A: ['127.0.0.3'] },
    'no-mail.be': { MX: [{ exchange: '', priority: 0 }] },
    'parked.be': { TXT: ['v=spf1 -all'] },
  };
  const asked = [];
  const server = dns2.createUDPServer((request, send) => {
    const response = dns2.Packet.createResponseFromRequest(request);
    const [q] = request.questions;
    const name = q.name.toLowerCase();
    asked.push(`${name}/${q.type}`);
    const records = zone[name];
    if (!records) response.header.rcode = dns2.Packet.RCODE.NXDOMAIN;
    else {
      const type = Object.keys(dns2.Packet.TYPE).find((t) => dns2.Packet.TYPE[t] === q.type);
      for (const data of records[type] ?? []) {
        const base = { name: q.name, type: q.type, class: dns2.Packet.CLASS.IN, ttl: 60 };
        response.answers.push(type === 'MX' ? { ...base, ...data } : type === 'TXT' ? { ...base, data } : { ...base, address: data });
      }
    }
    send(response);
  });
  await server.listen(0, '127.0.0.1');
  const port = server.address().port;
  try {
    const people = [
      ['a@post.be', 'none'],
      ['b@website-only.be', 'none'],
      ['c@no-mail.be', 'email_domain_no_mail'],
      ['d@parked.be', 'email_domain_no_mail'],
      ['e@gone.be', 'email_domain_not_found'],
      ['f@gone.be', 'email_domain_not_found'],
      ['g@POST.be', 'none'],
    ];
    const csv = 'name,street,postalCode,city,country,email,phone,domains\n' + people.map(([email], i) => `Jan Peeters,Kerkstraat ${i + 1},9000,Gent,BE,${email},+32 9 123 45 6${i},peeters${i}.be`).join('\n') + '\n';
    const file = write('mx.csv', csv);
    const r = await spawnAsync(bin, ['audit', file, '--format', 'json', '--no-progress', '--mx', '--dns', `127.0.0.1:${port}`], app);
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.byCode, { email_domain_no_mail: 2, email_domain_not_found: 2 });
    assert.deepEqual(report.mx, { domains: 5, ok: 2, nxdomain: 1, 'null-mx': 1, 'no-address': 1, unknown: 0 });
    assert.equal(report.sharedEmails.length, 0, 'different addresses');
    const gone = report.fixFirst.find((f) => f.issues[0].code === 'email_domain_not_found');
    assert.equal(gone.issues[0].message, 'The domain gone.be does not exist: e-mails sent to this address come back undelivered.');
    // One MX question per distinct domain, however many contacts share it.
    assert.equal(asked.filter((a) => a === 'gone.be/15').length, 1);
    assert.equal(asked.filter((a) => a === 'post.be/15').length, 1);
    // Without --mx, no question at all.
    asked.length = 0;
    const plain = await spawnAsync(bin, ['audit', file, '--format', 'json', '--no-progress'], app);
    assert.equal(JSON.parse(plain.stdout).mx, undefined);
    assert.deepEqual(asked, []);
  } finally {
    server.close();
  }
});

/** spawn, awaited (the DNS server in this process must keep answering meanwhile). */
function spawnAsync(cmd, args, cwd) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

test('TypeScript: the audit entry and the JSON report type-check under --strict', () => {
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'reseller', private: true, type: 'module' }));
  writeFileSync(join(app, 'audit.mts'), `
    import { createAudit, auditStream, type ExportReport, type AuditReport, type AuditContact } from 'dotbe-rules/audit';
    const contacts: AuditContact[] = [{ name: 'Jan', street: ['Kerkstraat 1'], domains: ['a.be'], line: 2, id: 7 }];
    const audit = createAudit({ lang: 'nl', fixFirst: 10 });
    const fixes: number = audit.add(contacts).fixes.length;
    const r: AuditReport = audit.report();
    const revoke: number = r.byRisk.revoke.per100k + fixes;
    const typo: number | undefined = r.byCode.email_typo;
    declare const json: string;
    const e: ExportReport = JSON.parse(json);
    const first: string | undefined = e.unreadable[0]?.code;
    export const all = [revoke, typo, first, auditStream];
  `);
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'node16', moduleResolution: 'node16', target: 'es2022', lib: ['es2022', 'dom'], types: [] }, files: ['audit.mts'] }));
  const run = spawnSync(join(repo, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
