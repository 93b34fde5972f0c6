// dotbe-rules/audit — the portfolio audit (spec §7) for browsers and bundlers: `await init()`
// once, then audit contacts in batches (createAudit) or a whole CSV / JSON Lines export
// (auditStream). Over a wasm module of its own (the registrant checks and the audit: no form
// downloads the audit), with papaparse bundled in for CSV.
import * as wasm from './dotbe_rules_audit.js';
import { loader } from './loader.js';
import { auditOver } from './audit/create.js';

const { init, initSync, loadedFirst } = loader(wasm, 'dotbe_rules_audit_bg.wasm', () => new URL('./dotbe_rules_audit_bg.wasm', import.meta.url));

/** Loads the WebAssembly module (idempotent; see loader.js). */
export default init;
export { initSync };

/** A new audit: `add(contacts)` in batches, then `report()` (see index.d.ts, `Audit`). */
export const createAudit = loadedFirst((options) => auditOver(wasm, options));

export { auditStream } from './audit/stream.js';
export { InputError } from './audit/read.js';
export { ALIASES, REQUIRED } from './audit/columns.js';
