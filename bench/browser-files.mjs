// The files of pkg/ a browser downloads for an entry: the .wasm, the wasm-bindgen glue and the
// entry module (js/loader.js and js/boundary.js bundled in). `entry`: 'index'
// (every check) or 'registrant' (dotbe-rules/registrant). Shared by `make bench` and the
// size-budget tests.
export function browserFiles(pkg, entry = 'index') {
  const glue = entry === 'index' ? 'dotbe_rules' : `dotbe_rules_${entry}`;
  return [`${glue}_bg.wasm`, `${glue}.js`, `${entry}.js`];
}
