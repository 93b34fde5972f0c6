// A long-running page calls the checks on every keystroke: after warm-up, the wasm memory must not
// grow however many calls follow (1,000,000 calls are measured in `make bench`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { makeRound } from './rounds.mjs';

const lib = await import(fileURLToPath(new URL('../../pkg/node.js', import.meta.url)));
const round = makeRound(lib);

test('wasm memory stays flat over 20,000 rounds (160,000 calls) of every export after warm-up', () => {
  for (let i = 0; i < 5_000; i++) round(i);
  const warm = lib.memoryUsage().wasmBytes;
  for (let i = 0; i < 20_000; i++) round(i);
  assert.equal(lib.memoryUsage().wasmBytes, warm, 'the memory grew');
});
