// `node scripts/embed-wasm.mjs WASM OUT`: a module whose default export is the .wasm in base64,
// for the '/embedded' entries (ready on import, no file to copy).
import { readFileSync, writeFileSync } from 'node:fs';

const [, , wasm, out] = process.argv;
writeFileSync(out, `export default '${readFileSync(wasm).toString('base64')}';\n`);
