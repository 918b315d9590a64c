// gomem run's tracebacks against Go 1.19's: each program of
// test/run/tracebacks runs from a temporary directory (its absolute path in the
// frames' positions, as go run prints it) and its whole stderr must equal the
// fixture's (scripts/fixtures-tracebacks.sh) once both are normalised.
//
// Normalisations, each for something gomem cannot print truthfully:
//   - the temporary directory becomes $DIR: the fixture was recorded elsewhere;
//   - ` +0x1d` after a position goes: a PC offset, and compiled JavaScript has no PCs;
//   - an argument list of words, `f(0x3, 0xc000010048?)` or `f({0x4b0e6e, 0x1})`,
//     becomes `f(...)`: Go prints the argument registers' words, gomem the
//     inlined form (it has no argument words to show);
//   - frames whose position is in GOROOT (/usr/lib/go-1.19/src/…) go: the
//     runtime's own frames (`panic({…})`, sync.runtime_Semacquire) and the
//     standard library's, which gomem implements in TypeScript;
//   - `addr=0x8 pc=0x480fdb` in the SIGSEGV line become 0x0: the faulting
//     address (nil plus the field's offset) and a PC, which gomem does not report.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { run } from '../../src/go/run.js';
import { root } from './compare.js';

const programs = path.join(root, 'test', 'run', 'tracebacks');
const fixtures = path.join(root, 'test', 'fixtures', 'go1.19', 'traceback');

function normalise(stderr: string): string {
  const out: string[] = [];
  const lines = stderr.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1] ?? '';
    if (!l.startsWith('\t') && next.startsWith('\t/usr/lib/go-1.19/src/')) {
      i++;
      continue;
    }
    out.push(
      l
        .replace(/ \+0x[0-9a-f]+$/, '')
        .replace(/^([^\t].*)\((?:0x|\{0x)[^()]*\)$/, '$1(...)')
        .replace(/ addr=0x[0-9a-f]+ pc=0x[0-9a-f]+\]$/, ' addr=0x0 pc=0x0]'),
    );
  }
  return out.join('\n');
}

async function gomem(name: string): Promise<{ status: number; stderr: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gomem-tb-'));
  try {
    const file = path.join(dir, `${name}.go`);
    fs.copyFileSync(path.join(programs, `${name}.go`), file);
    let stderr = '';
    const dec = new TextDecoder();
    const status = await run([{ name: file, src: fs.readFileSync(file, 'utf8') }], {
      env: { GOMAXPROCS: '1' },
      stdout() {},
      stderr(b) {
        stderr += typeof b === 'string' ? b : dec.decode(b);
      },
    });
    return { status, stderr: stderr.replaceAll(dir, '$DIR') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const names = fs
  .readdirSync(programs)
  .filter((f) => f.endsWith('.go'))
  .map((f) => f.slice(0, -3))
  .sort();

test('every traceback program has a fixture', () => {
  assert.ok(names.length >= 8);
  for (const n of names) assert.ok(fs.existsSync(path.join(fixtures, `${n}.stderr`)), n);
});

for (const name of names) {
  test(`${name}: stderr as Go 1.19 prints it`, async () => {
    const want = fs.readFileSync(path.join(fixtures, `${name}.stderr`), 'utf8');
    const got = await gomem(name);
    assert.equal(got.status, 2);
    assert.equal(normalise(got.stderr), normalise(want));
  });
}

test('normalise removes only what the header lists', () => {
  const go = [
    'goroutine 1 [running]:',
    'main.h.func1()',
    '\t/x/a.go:9 +0x94',
    'panic({0x489120, 0x4b7b08})',
    '\t/usr/lib/go-1.19/src/runtime/panic.go:884 +0x212',
    'main.inner(0x101c000046058?, 0x1)',
    '\t/x/a.go:16 +0x45',
    'main.f({0x4b0e6e?, 0x1?})',
    '\t/x/a.go:3',
    'main.g(...)',
  ].join('\n');
  assert.equal(
    normalise(go),
    [
      'goroutine 1 [running]:',
      'main.h.func1()',
      '\t/x/a.go:9',
      'main.inner(...)',
      '\t/x/a.go:16',
      'main.f(...)',
      '\t/x/a.go:3',
      'main.g(...)',
    ].join('\n'),
  );
});
