// dotbe-rules — source of node.cjs, Node's require() entry (bundled to CommonJS by esbuild):
// the module is instantiated on require, so no init call is needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initSync } from './index.js';

// `__dirname` is the CommonJS module's own folder once bundled.
initSync(readFileSync(join(__dirname, 'dotbe_rules_bg.wasm')));

export * from './index.js';
export { default } from './index.js';
