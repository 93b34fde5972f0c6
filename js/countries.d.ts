// dotbe-rules/countries — the country list as static data: at once, before (or without) any wasm.
import type { CountryEntry, LangTag } from './index.js';

/** Every country a registrant can choose, named and sorted in `lang`: the entries' countries() list. */
export function countries(lang?: LangTag): CountryEntry[];
