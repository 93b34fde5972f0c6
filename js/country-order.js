// The order of a country list: as the list's language sorts names (`Intl.Collator`: Åland with
// A, Égypte with E, Österreich with O in German), shared by every entry's countries() and by
// dotbe-rules/countries. The wasm gives the countries in the order of their codes, as it carries
// no sorting code (src/boundary/calls.rs).

/** The language a tag names as the core reads it (Lang::from_tag): nl, fr or de, else en. */
export function listLanguage(lang) {
  const primary = typeof lang === 'string' && lang.length <= 64 ? lang.trim().split(/[-_]/)[0].toLowerCase() : '';
  return ['nl', 'fr', 'de'].includes(primary) ? primary : 'en';
}

const collators = {};

/** `rows` (objects with a `name`) sorted in place as `lang` sorts names, and returned. */
export function inLanguageOrder(rows, lang) {
  const tag = listLanguage(lang);
  const { compare } = (collators[tag] ??= new Intl.Collator(tag));
  return rows.sort((a, b) => compare(a.name, b.name));
}
