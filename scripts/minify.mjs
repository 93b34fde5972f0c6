// Minifies the generated JS a browser downloads (the wasm-bindgen glue and its snippets) in
// place: whitespace, comments and local names only — exports, `import.meta.url` and the
// module structure stay as they are, so bundlers see the same modules. Sources: js/ and src/.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const files = ['pkg/dotbe_rules.js'];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.js')) files.push(path);
  }
};
walk('pkg/snippets');
for (const file of files) {
  const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'js', format: 'esm', minify: true, target: 'es2020', legalComments: 'none' });
  writeFileSync(file, code);
}
