// The gomem command: the demo runs and reports Go's numbers; mistakes get one
// clear line and Go's exit status, never a JavaScript stack trace.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

const main = join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.js');

function gomem(...args: string[]) {
  const r = spawnSync(process.execPath, [main, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GOMAXPROCS: '2' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('gomem demo shows size classes, addresses, growth, panics and MemStats', () => {
  const r = gomem('demo', '-users', '300');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /300-user social graph/);
  assert.match(r.stdout, /users\[0\] +0xc000[0-9a-f]+ +User, 88 B in a 96-byte slot \(class 8, scan\)/);
  assert.match(r.stdout, /caps 1 → 2 → 4 → 8 → 16 → 32 → 64 → 128 → 256 → 512/);
  assert.match(r.stdout, /panic: runtime error: index out of range \[5\] with length 4/);
  assert.match(r.stdout, /panic: runtime error: invalid memory address or nil pointer dereference/);
  assert.match(r.stdout, /Mallocs \+100, Frees \+93, TotalAlloc \+112 \(7 blocks of 16 B\)/);
  assert.equal(r.stderr, '');
});

test('unknown commands and flags: one line, status 2, no stack trace', () => {
  for (const args of [['nosuch'], ['demo', '-x'], ['demo', '-users', 'many']]) {
    const r = gomem(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    assert.ok(r.stderr.length > 0);
  }
  assert.match(gomem('demo', '-x').stderr, /^flag provided but not defined: -x\n/);
  assert.match(gomem('nosuch').stderr, /^gomem nosuch: unknown command\n/);
});

test('gomem with no command prints usage and exits 2, like go', () => {
  const r = gomem();
  assert.equal(r.status, 2);
  assert.match(r.stdout, /Usage:/);
  assert.match(r.stdout, /\tdemo/);
});
