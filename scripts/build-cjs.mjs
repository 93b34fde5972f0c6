// Builds pkg/node.cjs, the require() entry for Node: js/node-cjs.js with pkg/'s ESM modules,
// bundled into one CommonJS file. The glue's `import.meta.url` (used only by the browser's
// `init()` without arguments) is not needed there: node.cjs loads the .wasm by path.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  stdin: { contents: readFileSync('js/node-cjs.js', 'utf8'), resolveDir: 'pkg', sourcefile: 'node-cjs.js', loader: 'js' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outfile: 'pkg/node.cjs',
  logLevel: 'error',
  logOverride: { 'empty-import-meta': 'silent' },
  banner: { js: '// dotbe-rules — CommonJS entry for Node (generated from js/node-cjs.js by scripts/build-cjs.mjs).' },
});
