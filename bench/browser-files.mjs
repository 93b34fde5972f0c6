// The files of pkg/ a browser downloads for an entry: the .wasm, the wasm-bindgen glue, its
// snippets (js/wire.js) and the entry module (js/loader.js bundled in). `entry`: 'index'
// (every check) or 'registrant' (dotbe-rules/registrant). Shared by `make bench` and the
// size-budget tests.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function browserFiles(pkg, entry = 'index') {
  const glue = entry === 'index' ? 'dotbe_rules' : `dotbe_rules_${entry}`;
  const files = [`${glue}_bg.wasm`, `${glue}.js`, `${entry}.js`];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(pkg, path));
    }
  };
  if (existsSync(join(pkg, 'snippets'))) walk(join(pkg, 'snippets'));
  return files;
}
