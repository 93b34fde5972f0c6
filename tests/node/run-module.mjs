// Shared by the Node tests of the built package: a fresh Node process in a directory where
// `dotbe-rules` is installed (a link to pkg/), as a user's project has it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const pkg = join(repo, 'pkg');

/** Runs an ES module (its source) there and returns the JSON it prints. */
export function runModule(source) {
  const dir = mkdtempSync(join(tmpdir(), 'dotbe-rules-node-test-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(pkg, join(dir, 'node_modules', 'dotbe-rules'), 'dir');
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(dir, 'main.js'), source);
    return JSON.parse(execFileSync(process.execPath, ['main.js'], { cwd: dir, encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
