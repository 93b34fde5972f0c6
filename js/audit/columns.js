// The columns of an export: which header names mean which field (the API names, plus the aliases
// exports commonly use), the columns an audit cannot do without, and a row read into a contact.

/** Header names, compared without case, spaces, `_`, `-` and `.`: `Postal_Code` is `postalcode`. */
export const normalizeHeader = (name) => String(name).replace(/^\uFEFF/, '').toLowerCase().replace(/[\s_.-]+/g, '');

/** Every field and the header names that mean it (normalised as above), the API name first. */
export const ALIASES = {
  name: ['name', 'fullname', 'contactname', 'contact', 'naam', 'nom'],
  organization: ['organization', 'organisation', 'company', 'companyname', 'org', 'bedrijf', 'societe', 'société', 'firma'],
  street: ['street', 'street1', 'address', 'address1', 'streetaddress', 'addressline1', 'straat', 'adres', 'rue', 'adresse', 'strasse', 'straße'],
  street2: ['street2', 'address2', 'addressline2'],
  street3: ['street3', 'address3', 'addressline3'],
  city: ['city', 'town', 'locality', 'gemeente', 'stad', 'plaats', 'ville', 'localite', 'localité', 'ort'],
  postalCode: ['postalcode', 'postcode', 'zip', 'zipcode', 'postal', 'codepostal', 'plz'],
  country: ['country', 'countrycode', 'cc', 'land', 'pays'],
  email: ['email', 'emailaddress', 'mail', 'courriel'],
  phone: ['phone', 'telephone', 'tel', 'phonenumber', 'voice', 'telefoon', 'téléphone', 'telefon'],
  fax: ['fax', 'faxnumber'],
  vat: ['vat', 'vatnumber', 'vatno', 'vatid', 'btw', 'btwnummer', 'tva', 'enterprisenumber', 'ondernemingsnummer'],
  language: ['language', 'lang', 'taal', 'langue', 'sprache'],
  domains: ['domains', 'domain', 'domainnames', 'domainname', 'domeinen', 'domaines'],
  id: ['id', 'handle', 'contactid', 'customerid', 'clientid', 'ref'],
};

/** The fields without which the audit cannot say anything useful: the registry requires them. */
export const REQUIRED = ['name', 'street', 'city', 'postalCode', 'country', 'email', 'phone'];

const BY_ALIAS = new Map(Object.entries(ALIASES).flatMap(([field, names]) => names.map((n) => [n, field])));

/** The field a header name means, or undefined. */
export const fieldOf = (header) => BY_ALIAS.get(normalizeHeader(header));

/**
 * The column of each field in a header row, the ignored headers and the missing required fields.
 * The first column that means a field wins; a later one is ignored (and listed).
 */
export function mapColumns(header) {
  const columns = {};
  const ignored = [];
  header.forEach((name, i) => {
    const field = fieldOf(name);
    if (field && columns[field] === undefined) columns[field] = i;
    else ignored.push(String(name));
  });
  const missing = REQUIRED.filter((f) => columns[f] === undefined);
  return { columns, ignored, missing };
}

const STREETS = ['street', 'street2', 'street3'];

/**
 * A CSV row (an array of strings) as a contact for the audit: `street` is one text, or a list
 * when the export has `street2`/`street3` columns (each line then keeps its column for the fix).
 */
export function rowToContact(row, columns, line) {
  const get = (field) => (columns[field] === undefined ? undefined : row[columns[field]]);
  const contact = {
    name: get('name'),
    organization: get('organization'),
    street: columns.street2 === undefined && columns.street3 === undefined ? get('street') : STREETS.map((f) => get(f) ?? ''),
    city: get('city'),
    postalCode: get('postalCode'),
    country: get('country'),
    email: get('email'),
    phone: get('phone'),
    fax: get('fax'),
    vat: get('vat'),
    language: get('language'),
    domains: get('domains'),
    id: get('id'),
    line,
  };
  return contact;
}

/** A JSON Lines object as a contact: its keys read through the same aliases. */
export function objectToContact(object, line) {
  const contact = { line };
  const streets = [];
  for (const [key, value] of Object.entries(object)) {
    const field = fieldOf(key);
    if (!field || contact[field] !== undefined) continue;
    const v = typeof value === 'number' ? String(value) : value === null ? undefined : value;
    if (field === 'street2' || field === 'street3') streets[field === 'street2' ? 1 : 2] = v;
    else contact[field] = v;
  }
  if (streets.length) contact.street = [typeof contact.street === 'string' ? contact.street : '', streets[1] ?? '', streets[2] ?? ''];
  return contact;
}

/** The column that holds a change (a street line in its own column, when the export has them). */
export function columnOf(change, columns) {
  if (change.field === 'street' && typeof change.line === 'number') return columns[STREETS[change.line]];
  return columns[change.field];
}
