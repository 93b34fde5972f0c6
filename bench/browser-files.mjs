// The files of pkg/ a browser downloads for an entry: the .wasm, the wasm-bindgen glue, the
// entry module (js/loader.js and js/boundary.js bundled in) and, for the entries whose wasm holds
// no messages, the messages of the page's language (`lang`). `entry`: 'index' (every check),
// 'registrant' (dotbe-rules/registrant) or 'audit'. Shared by `make bench` and the size-budget
// tests, which count a page in each language and keep the largest.
export const LANGS = ['en', 'nl', 'fr', 'de'];

export function browserFiles(pkg, entry = 'index', lang = 'en') {
  const glue = entry === 'index' ? 'dotbe_rules' : `dotbe_rules_${entry}`;
  const files = [`${glue}_bg.wasm`, `${glue}.js`, `${entry}.js`];
  if (entry === 'index') files.push(`messages/${lang}.js`);
  if (entry === 'registrant') files.push(`messages/registrant-${lang}.js`);
  return files;
}
