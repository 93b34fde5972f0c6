// The checks a reseller's form does today with the JS libraries people use, for comparison in
// `make bench`: libphonenumber-js/min (phone), postcode-validator (postal code), validator's isEmail
// (e-mail), jsvat (VAT). Imported from node_modules as is for Node's cold start and per-call
// times, bundled by esbuild for its download size and for Chromium.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import isEmail from 'validator/lib/isEmail.js';
import { checkVAT, countries } from 'jsvat';

const trim = (s) => (typeof s === 'string' ? s.trim().replace(/\s+/g, ' ') : '');

export function validateWithJsStack(input) {
  const issues = [];
  const value = {};
  for (const key of ['name', 'organization', 'street', 'city', 'postalCode', 'country', 'email', 'phone', 'fax', 'vat']) {
    value[key] = trim(input[key]);
  }
  for (const key of ['name', 'street', 'city', 'postalCode', 'country', 'email', 'phone']) {
    if (!value[key]) issues.push({ path: [key], code: 'required' });
  }
  const country = value.country.toUpperCase();
  if (value.postalCode && postcodeValidatorExistsForCountry(country) && !postcodeValidator(value.postalCode, country)) {
    issues.push({ path: ['postalCode'], code: 'postal_code_format' });
  }
  for (const key of ['phone', 'fax']) {
    if (!value[key]) continue;
    const phone = parsePhoneNumberFromString(value[key], country);
    if (!phone || !phone.isPossible()) issues.push({ path: [key], code: 'phone' });
    else value[key] = `+${phone.countryCallingCode}.${phone.nationalNumber}`;
  }
  if (value.email && !isEmail(value.email)) issues.push({ path: ['email'], code: 'email_format' });
  if (value.vat) {
    const vat = checkVAT(value.vat, countries);
    if (!vat.isValid) issues.push({ path: ['vat'], code: 'vat' });
  }
  return { valid: issues.length === 0, value, issues };
}
