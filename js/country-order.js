// The order of a country list: as the list's language sorts names (`Intl.Collator`: Åland with
// A, Égypte with E, Österreich with O in German), shared by every entry's countries() and by
// dotbe-rules/countries. The wasm gives the countries in the order of their codes, as it carries
// no sorting code (src/boundary/calls.rs).

/**
 * The language a tag names as the core reads it (Lang::from_tag): nl, fr or de, else en (also
 * for dates.js and bindForm's own words).
 */
export function listLanguage(lang) {
  const primary = typeof lang === 'string' && lang.length <= 64 ? lang.trim().split(/[-_]/)[0].toLowerCase() : '';
  return ['nl', 'fr', 'de'].includes(primary) ? primary : 'en';
}

/**
 * `countries(lang)` over `rows(tag)`, the named countries of a list language in any order: each
 * language's list sorted once, as that language sorts names (Intl.Collator), every call getting
 * its own copies. A `lang` that is not a string is a TypeError, as in the core.
 */
export function countriesOver(rows) {
  const lists = {};
  return (lang) => {
    if (lang !== undefined && lang !== null && typeof lang !== 'string') throw new TypeError("dotbe-rules: countries(lang): lang must be a string such as 'nl'");
    const tag = listLanguage(lang);
    if (!lists[tag]) {
      const { compare } = new Intl.Collator(tag);
      lists[tag] = rows(tag).sort((a, b) => compare(a.name, b.name));
    }
    return lists[tag].map((c) => ({ ...c }));
  };
}
