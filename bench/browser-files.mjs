// The files of pkg/ a browser downloads: the .wasm, the wasm-bindgen glue, its snippets
// (js/wire.js) and the entry module. Shared by `make bench` and the size-budget test.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function browserFiles(pkg) {
  const files = ['dotbe_rules_bg.wasm', 'dotbe_rules.js', 'index.js'];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(pkg, path));
    }
  };
  walk(join(pkg, 'snippets'));
  return files;
}
