// Writes pkg/package.json for the npm package, taking name, version, description and licence
// from Cargo.toml so there is one source of truth.
import { readFileSync, writeFileSync } from 'node:fs';

const [, , cargoToml, out] = process.argv;
const toml = readFileSync(cargoToml, 'utf8');
const pkgSection = toml.split(/^\[/m).find((s) => s.startsWith('package]'));
const field = (name) => {
  const m = pkgSection.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, 'm'));
  if (!m) throw new Error(`Cargo.toml has no package.${name}`);
  return m[1];
};

const pkg = {
  name: field('name'),
  version: field('version'),
  description: field('description'),
  license: field('license'),
  type: 'module',
  main: './node.cjs',
  module: './index.js',
  types: './index.d.ts',
  exports: {
    '.': {
      // Node: ready on import or require, no init. Browsers and bundlers: the ESM build, init().
      node: {
        import: { types: './index.d.ts', default: './node.js' },
        require: { types: './index.d.cts', default: './node.cjs' },
      },
      types: './index.d.ts',
      default: './index.js',
    },
    // The registrant checks alone: a smaller download for a signup form. Node has no download
    // to save, so it gets the main entry there (the same functions, and more).
    './registrant': {
      node: {
        import: { types: './registrant.d.ts', default: './node.js' },
        require: { types: './index.d.cts', default: './node.cjs' },
      },
      types: './registrant.d.ts',
      default: './registrant.js',
    },
    './bind-form': { types: './bind-form.d.ts', default: './bind-form.js' },
    './registrant/bind-form': { types: './registrant-bind-form.d.ts', default: './registrant-bind-form.js' },
    // The portfolio audit (spec §7): ready on import in Node, init() in browsers.
    './audit': {
      node: { types: './audit.d.ts', default: './audit-node.js' },
      types: './audit.d.ts',
      default: './audit.js',
    },
    './dotbe_rules_bg.wasm': './dotbe_rules_bg.wasm',
    './dotbe_rules_registrant_bg.wasm': './dotbe_rules_registrant_bg.wasm',
    './dotbe_rules_audit_bg.wasm': './dotbe_rules_audit_bg.wasm',
    './package.json': './package.json',
  },
  files: [
    'index.js', 'node.js', 'node.cjs', 'index.d.ts', 'index.d.cts', 'registrant.js', 'registrant.d.ts',
    'registrant-bind-form.js', 'registrant-bind-form.d.ts',
    'bind-form.js', 'bind-form.d.ts', 'dotbe_rules.js', 'dotbe_rules_bg.wasm', 'dotbe_rules_registrant.js',
    'dotbe_rules_registrant_bg.wasm', 'README.md', 'audit.js', 'audit-node.js', 'audit.d.ts', 'cli.mjs', 'dotbe_rules_audit.js', 'dotbe_rules_audit_bg.wasm',
  ],
  // `npx dotbe-rules audit <file>`: the portfolio audit of an export.
  bin: { 'dotbe-rules': './cli.mjs' },
  sideEffects: false,
  engines: { node: '>=20' },
  keywords: ['dns', 'domain', '.be', 'dnsbelgium', 'validation', 'registrant', 'whois', 'wasm'],
};
writeFileSync(out, JSON.stringify(pkg, null, 2) + '\n');
