// An example portfolio for the "Audit an export" page: Belgian and neighbouring contacts as a
// reseller's export holds them, with the mistakes such exports really have, one per faulty
// contact, so that the report's counts can be checked: `expected` says how many contacts carry
// each code. Used by the page, the CLI tests and `make bench` (plain module, no DOM).

const FIRST = ['Jan', 'An', 'Pieter', 'Els', 'Luc', 'Marie', 'Koen', 'Sofie', 'Marc', 'Nathalie', 'Thomas', 'Lotte', 'Julien', 'Camille', 'Wim', 'Inge'];
const LAST = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Lambert', 'Dupont', 'Martin', 'Hermans', 'Vermeulen'];
const STREETS = ['Kerkstraat', 'Stationsstraat', 'Dorpsstraat', 'Molenstraat', 'Rue de la Station', "Rue de l'Église", 'Nieuwstraat', 'Schoolstraat', 'Avenue Louise', 'Grote Markt'];
const PLACES = [
  ['BE', '9000', 'Gent', '+32 9 {n}'],
  ['BE', '2000', 'Antwerpen', '+32 3 {n}'],
  ['BE', '1000', 'Brussel', '+32 2 {n}'],
  ['BE', '4000', 'Liège', '+32 4 {n}'],
  ['BE', '3000', 'Leuven', '+32 16 {n6}'],
  ['NL', '1012 AB', 'Amsterdam', '+31 20 {n}'],
  ['FR', '59000', 'Lille', '+33 3 20 {n6}'],
];
const PROVIDERS = ['telenet.be', 'skynet.be', 'proximus.be', 'gmail.com', 'hotmail.com', 'outlook.com'];

/** The mistakes, each producing one issue code on a contact that is otherwise valid. */
export const DEFECTS = [
  { code: 'postal_code_format', apply: (c) => c.country === 'BE' && { ...c, postalCode: `B-${c.postalCode}` } },
  { code: 'email_typo', apply: (c) => c.email.endsWith('@gmail.com') && { ...c, email: c.email.replace('@gmail.com', '@gmial.com') } },
  { code: 'charset', apply: (c) => ({ ...c, name: `${c.name.split(' ')[0]} D\u2019Hondt` }) },
  { code: 'email_domain_reserved', apply: (c) => ({ ...c, email: 'info@example.com' }) },
  { code: 'phone_length', apply: (c) => c.country === 'BE' && { ...c, phone: c.phone.slice(0, -3) } },
  { code: 'required', apply: (c) => ({ ...c, city: '' }) },
  { code: 'country_unknown', apply: (c) => c.country === 'BE' && { ...c, country: 'Belgium' } },
  { code: 'implausible', apply: (c) => ({ ...c, name: 'Mickey Mouse' }) },
  { code: 'vat_pending', apply: (c) => c.country === 'BE' && { ...c, organization: `${c.name.split(' ')[1]} BV`, vat: 'PENDING' } },
];

/** A small deterministic random generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COLUMNS = ['id', 'name', 'organization', 'street', 'postal_code', 'city', 'country', 'e-mail', 'telephone', 'vat_number', 'language', 'domains'];

const quote = (v, sep) => (/["\n\r]/.test(v) || v.includes(sep) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * The portfolio as CSV lines (header first), and `expected`: contacts per code, domains, and
 * `faulty`: how many contacts carry a mistake. `share`: the part of the contacts with one.
 * Yields the CSV in chunks of about 64 KB.
 */
export function* samplePortfolio({ contacts = 10_000, seed = 1, share = 0.2, separator = ',', expected = {} } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const digits = (n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  expected.byCode = {};
  expected.domains = 0;
  expected.faulty = 0;
  expected.contacts = contacts;
  let out = COLUMNS.join(separator) + '\n';
  for (let i = 1; i <= contacts; i++) {
    const [country, postalCode, city, phone] = pick(PLACES);
    const first = pick(FIRST);
    const last = pick(LAST);
    const name = `${first} ${last}`;
    const user = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
    let c = {
      id: `C${String(i).padStart(7, '0')}`,
      name,
      organization: '',
      street: `${pick(STREETS)} ${1 + Math.floor(rnd() * 200)}`,
      postalCode,
      city,
      country,
      email: `${user}${i}@${pick(PROVIDERS)}`,
      phone: phone.replace('{n}', `${digits(3)} ${digits(2)} ${digits(2)}`).replace('{n6}', `${digits(2)} ${digits(2)} ${digits(2)}`),
      vat: '',
      language: country === 'FR' ? 'fr' : pick(['nl', 'fr', 'en']),
    };
    const count = 1 + Math.floor(rnd() * rnd() * 12);
    const domains = Array.from({ length: count }, (_, k) => `${last.toLowerCase().replace(/[^a-z]/g, '')}${i}${k ? `-${k}` : ''}.be`).join(' ');
    if (rnd() < share) {
      // A mistake this contact can have (a Dutch address has no Belgian postal code to get wrong).
      const start = Math.floor(rnd() * DEFECTS.length);
      for (let k = 0; k < DEFECTS.length; k++) {
        const d = DEFECTS[(start + k) % DEFECTS.length];
        const changed = d.apply(c);
        if (changed) {
          c = changed;
          expected.byCode[d.code] = (expected.byCode[d.code] ?? 0) + 1;
          expected.faulty++;
          break;
        }
      }
    }
    expected.domains += count;
    out += [c.id, c.name, c.organization, c.street, c.postalCode, c.city, c.country, c.email, c.phone, c.vat, c.language, domains].map((v) => quote(v, separator)).join(separator) + '\n';
    if (out.length > 65536) {
      yield out;
      out = '';
    }
  }
  yield out;
}
