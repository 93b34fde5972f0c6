// dotbe-rules/registrant/bind-form — the same bindForm as dotbe-rules/bind-form, over the
// registrant entry.
export * from './bind-form.js';
