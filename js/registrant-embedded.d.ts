// dotbe-rules/registrant/embedded — the registrant entry, ready on import: the same types.
export * from './registrant.js';
export { default } from './registrant.js';
