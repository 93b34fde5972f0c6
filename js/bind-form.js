// dotbe-rules/bind-form — bindForm over the main entry (bind-form-core.js has what it does). A
// signup form on 'dotbe-rules/registrant' uses 'dotbe-rules/registrant/bind-form'.
import * as entry from './index.js';
import { bindFormOver } from './bind-form-core.js';

/** Binds `form` to validateRegistrant: see bind-form-core.js and bind-form.d.ts. */
export const bindForm = (form, options) => bindFormOver(entry, form, options);
