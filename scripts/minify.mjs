// Minifies the JS a browser downloads (the wasm-bindgen glue and its snippets in place, the
// entry modules from js/): whitespace, comments and local names — exports and `import.meta.url`
// stay as they are, and each entry keeps importing its glue, so bundlers see the same modules.
// Sources: js/ and src/.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync, transformSync } from 'esbuild';

const minify = (source) => transformSync(source, { loader: 'js', format: 'esm', minify: true, target: 'es2020', legalComments: 'none' }).code;

// `node scripts/minify.mjs SOURCE TARGET`: an entry module, with what it shares with another
// (loader.js, bind-form-core.js) bundled in — one file to download — and the glue (or, for a
// form binding, the entry) it imports left as an import.
if (process.argv.length === 4) {
  const [source, target] = process.argv.slice(2);
  const bundled = buildSync({
    entryPoints: [source],
    bundle: true,
    // The glue, the entry a form binding runs over, and the languages' messages: modules of their own.
    external: ['./dotbe_rules*.js', './index.js', './registrant.js', './node.js', './messages/*'],
    format: 'esm',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    write: false,
  });
  writeFileSync(target, bundled.outputFiles[0].text);
  process.exit(0);
}

// `node scripts/minify.mjs GLUE`: a wasm-bindgen glue in place (with any snippets it imports).
const files = [process.argv[2]];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.js')) files.push(path);
  }
};
try {
  walk('pkg/snippets');
} catch {
  // No snippets.
}
for (const file of files) {
  writeFileSync(file, minify(readFileSync(file, 'utf8')));
}
