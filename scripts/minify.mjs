// Minifies the JS a browser downloads (the wasm-bindgen glue and its snippets in place, the
// entry module from js/): whitespace, comments and local names only — exports, `import.meta.url` and the
// module structure stay as they are, so bundlers see the same modules. Sources: js/ and src/.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const minify = (source) => transformSync(source, { loader: 'js', format: 'esm', minify: true, target: 'es2020', legalComments: 'none' }).code;

// `node scripts/minify.mjs SOURCE TARGET`: one file (the entry module).
if (process.argv.length === 4) {
  writeFileSync(process.argv[3], minify(readFileSync(process.argv[2], 'utf8')));
  process.exit(0);
}

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
  writeFileSync(file, minify(readFileSync(file, 'utf8')));
}
