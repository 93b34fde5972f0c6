// dotbe-rules — source of node.cjs, Node's require() entry (bundled to CommonJS by esbuild):
// the module is instantiated on require, so no init call is needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initSync, addMessages } from './index.js';
import en from './messages/en.js';
import nl from './messages/nl.js';
import fr from './messages/fr.js';
import de from './messages/de.js';

// `__dirname` is the CommonJS module's own folder once bundled.
// Every language's messages at once (in a browser, the entry loads a page's own).
for (const m of [en, nl, fr, de]) addMessages(m);
initSync(readFileSync(join(__dirname, 'dotbe_rules_bg.wasm')));

export * from './index.js';
export { default } from './index.js';
