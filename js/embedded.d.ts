// dotbe-rules/embedded — the main entry, ready on import (the wasm inside): the same types.
export * from './index.js';
export { default } from './index.js';
