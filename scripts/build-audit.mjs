// Builds the audit's files of the package from js/ (see js/audit.js and js/cli/main.js):
//   pkg/audit.js  dotbe-rules/audit for browsers and bundlers: js/audit.js with js/audit/,
//                 js/loader.js, js/boundary.js and papaparse bundled in, minified; the wasm-bindgen
//                 glue (./dotbe_rules_audit.js, over the audit's own wasm) stays an import.
//   pkg/cli.mjs   the `dotbe-rules` command (package.json "bin"): js/cli/main.js with everything it
//                 uses bundled into one file, the glue too; it reads ./dotbe_rules_audit_bg.wasm beside it.
// papaparse is bundled rather than a dependency of the package: installing dotbe-rules stays
// installing one package with no dependencies (the forms that never audit download nothing
// more), and the version the tests ran is the one that ships (package-lock.json pins it). Its
// MIT licence comment is kept in both files.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const version = readFileSync('Cargo.toml', 'utf8').match(/^version = "([^"]+)"/m)[1];

await build({
  entryPoints: ['js/audit.js'],
  bundle: true,
  external: ['./dotbe_rules*.js'],
  format: 'esm',
  minify: true,
  target: 'es2020',
  legalComments: 'inline',
  outfile: 'pkg/audit.js',
  logLevel: 'error',
});

// The glue is found at its place in pkg/ (built there by wasm-bindgen).
const glue = {
  name: 'glue',
  setup(b) {
    b.onResolve({ filter: /\/dotbe_rules_audit\.js$/ }, () => ({ path: new URL('../pkg/dotbe_rules_audit.js', import.meta.url).pathname }));
  },
};

await build({
  entryPoints: ['js/cli/main.js'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'inline',
  outfile: 'pkg/cli.mjs',
  plugins: [glue],
  define: { __VERSION__: JSON.stringify(version) },
  banner: { js: '#!/usr/bin/env node\n// dotbe-rules — the audit command (generated from js/cli/ by scripts/build-audit.mjs).' },
  logLevel: 'error',
  logOverride: { 'empty-import-meta': 'silent' },
});
