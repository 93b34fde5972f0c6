// dotbe-rules — entry for Node: the module is instantiated on import, so no init call is needed.
// `init()` is still exported (a resolved no-op) so that code written for the browser runs as is.
import { readFileSync } from 'node:fs';
import { initSync, addMessages } from './index.js';
import en from './messages/en.js';
import nl from './messages/nl.js';
import fr from './messages/fr.js';
import de from './messages/de.js';

// Every language's messages at once (in a browser, the entry loads a page's own).
for (const m of [en, nl, fr, de]) addMessages(m);
initSync(readFileSync(new URL('./dotbe_rules_bg.wasm', import.meta.url)));

export * from './index.js';
export { default } from './index.js';
