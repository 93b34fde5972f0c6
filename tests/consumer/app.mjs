// A fresh project with the package installed from its `npm pack` tarball, for the consumer
// tests. It lives under tests/out/, inside the repo, so that the tools and libraries the tests
// use (bundlers, React, the form libraries: pinned devDependencies of the repo) resolve from the
// repo's node_modules, while `dotbe-rules` resolves to the tarball's copy in the project's own.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Packs pkg/, installs the tarball into a new project; returns its folder, tarball and files. */
export function makeApp(name) {
  const base = join(repo, 'tests/out/consumer');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, `${name}-`));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: join(repo, 'pkg'), encoding: 'utf8' }));
  const tarball = join(dir, packed[0].filename);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', '--no-package-lock', '--loglevel=error', tarball], { cwd: dir });
  return { dir, tarball, files: packed[0].files.map((f) => f.path).sort(), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
