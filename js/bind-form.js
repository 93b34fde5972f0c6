// dotbe-rules/bind-form — bindForm over the main entry's validateRegistrant (bind-form-core.js
// has what it does). A signup form on 'dotbe-rules/registrant' uses 'dotbe-rules/registrant/bind-form'.
import { validateRegistrant } from './index.js';
import { bindFormOver } from './bind-form-core.js';

/** Binds `form` to validateRegistrant: see bind-form-core.js and bind-form.d.ts. */
export const bindForm = (form, options) => bindFormOver(validateRegistrant, form, options);
