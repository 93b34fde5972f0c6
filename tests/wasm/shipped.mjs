// The package as shipped (pkg/node.cjs: the wasm the Makefile builds with the pinned nightly),
// for the wasm-bindgen battery in Node: `DOTBE_RULES_PKG` names it (scripts/test.sh sets it).
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const lib = require(process.env.DOTBE_RULES_PKG || resolve('pkg/node.cjs'));

export const validateRegistrant = (a, b) => lib.validateRegistrant(a, b);
export const checkAuthCode = (a, b) => lib.checkAuthCode(a, b);
export const validateDomainName = (a, b) => lib.validateDomainName(a, b);
export const validateNameservers = (a, b) => lib.validateNameservers(a, b);
export const checkTransfer = (a, b) => lib.checkTransfer(a, b);
export const whoisPreview = (a, b) => lib.whoisPreview(a, b);
export const decideContactChange = (a, b, c) => lib.decideContactChange(a, b, c);
export const countries = (lang) => lib.countries(lang);
