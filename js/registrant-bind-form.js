// dotbe-rules/registrant/bind-form — bindForm over the registrant entry, so a signup form
// downloads only the registrant module (bind-form-core.js has what it does).
import * as entry from './registrant.js';
import { bindFormOver } from './bind-form-core.js';

/** Binds `form` to validateRegistrant: see bind-form-core.js and bind-form.d.ts. */
export const bindForm = (form, options) => bindFormOver(entry, form, options);
