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

// Node: ready on import or require, no init; the types of the entry's ESM import.
const onNode = (types) => ({
  import: { types, default: './node.js' },
  require: { types: './index.d.cts', default: './node.cjs' },
});

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
      node: onNode('./index.d.ts'),
      types: './index.d.ts',
      default: './index.js',
    },
    // The registrant checks alone: a smaller download for a signup form. Node has no download
    // to save, so it gets the main entry there (the same functions, and more).
    './registrant': {
      node: onNode('./registrant.d.ts'),
      types: './registrant.d.ts',
      default: './registrant.js',
    },
    // The wasm inside, ready on import, no file to copy (a larger download). Node: as above.
    './embedded': {
      node: onNode('./index.d.ts'),
      types: './embedded.d.ts',
      default: './embedded.js',
    },
    './registrant/embedded': {
      node: onNode('./registrant.d.ts'),
      types: './registrant-embedded.d.ts',
      default: './registrant-embedded.js',
    },
    // The country list as static data, at once and without wasm (the same everywhere).
    './countries': { types: './countries.d.ts', default: './countries.js' },
    // Under Node (jsdom, Vitest), both form bindings run over the Node entry, ready on import.
    './bind-form': { types: './bind-form.d.ts', node: './node-bind-form.js', default: './bind-form.js' },
    './registrant/bind-form': { types: './registrant-bind-form.d.ts', node: './node-bind-form.js', default: './registrant-bind-form.js' },
    // The portfolio audit (spec §7): ready on import in Node, init() in browsers.
    './audit': {
      node: { types: './audit.d.ts', default: './audit-node.js' },
      types: './audit.d.ts',
      default: './audit.js',
    },
    // Each language's messages (js/loader.js: addMessages), for a page that bundles its
    // languages instead of loading them: './messages/nl' for every check, './messages/registrant-nl'.
    './messages/*': { types: './messages.d.ts', default: './messages/*.js' },
    './dotbe_rules_bg.wasm': './dotbe_rules_bg.wasm',
    './dotbe_rules_registrant_bg.wasm': './dotbe_rules_registrant_bg.wasm',
    './dotbe_rules_audit_bg.wasm': './dotbe_rules_audit_bg.wasm',
    './package.json': './package.json',
  },
  files: [
    'index.js', 'node.js', 'node.cjs', 'index.d.ts', 'index.d.cts', 'registrant.js', 'registrant.d.ts',
    'registrant-bind-form.js', 'registrant-bind-form.d.ts',
    'bind-form.js', 'bind-form.d.ts', 'dotbe_rules.js', 'dotbe_rules_bg.wasm', 'dotbe_rules_registrant.js',
    'dotbe_rules_registrant_bg.wasm', 'README.md', 'node-bind-form.js', 'embedded.js', 'embedded.d.ts',
    'registrant-embedded.js', 'registrant-embedded.d.ts', 'dotbe_rules_embedded.js', 'dotbe_rules_registrant_embedded.js',
    // For resolvers that do not read `exports` (Parcel by default): the subpaths as files.
    'registrant/bind-form.js', 'registrant/embedded.js', 'countries.js', 'countries.d.ts',
    'messages/', 'messages.d.ts',
    'audit.js', 'audit-node.js', 'audit.d.ts', 'cli.mjs', 'dotbe_rules_audit.js', 'dotbe_rules_audit_bg.wasm',
  ],
  // `npx dotbe-rules audit <file>`: the portfolio audit of an export.
  bin: { 'dotbe-rules': './cli.mjs' },
  // Only the entries that load their module as they are imported (the re-exports around it
  // would let a bundler drop that otherwise).
  sideEffects: ['./embedded.js', './registrant-embedded.js', './registrant/embedded.js', './node.js', './node.cjs', './audit-node.js'],
  engines: { node: '>=20' },
  keywords: ['dns', 'domain', '.be', 'dnsbelgium', 'validation', 'registrant', 'whois', 'wasm'],
};
writeFileSync(out, JSON.stringify(pkg, null, 2) + '\n');
