// dotbe-rules/audit — entry for Node: the module is instantiated on import, so no init call is
// needed. `init()` is still exported (a resolved no-op) so that code written for the browser runs
// as is.
import { readFileSync } from 'node:fs';
import { initSync } from './audit.js';

initSync(readFileSync(new URL('./dotbe_rules_audit_bg.wasm', import.meta.url)));

export * from './audit.js';
export { default } from './audit.js';
