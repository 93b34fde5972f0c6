// dotbe-rules/registrant — the registrant checks alone (see registrant.js); the types are the
// main entry's.
export {
  default,
  init,
  ready,
  loadLanguage,
  hasLanguage,
  addMessages,
  initSync,
  memoryUsage,
  validateRegistrant,
  countries,
  createRegistrantSchema,
  registrantSchema,
} from './index.js';
export type * from './index.js';
