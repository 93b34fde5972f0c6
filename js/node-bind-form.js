// dotbe-rules/bind-form and dotbe-rules/registrant/bind-form under Node (jsdom, Vitest, a
// server-side DOM): bindForm over the Node entry, which is ready on import.
import * as entry from './node.js';
import { bindFormOver } from './bind-form-core.js';

/** Binds `form` to validateRegistrant: see bind-form-core.js and bind-form.d.ts. */
export const bindForm = (form, options) => bindFormOver(entry, form, options);
