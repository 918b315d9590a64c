// The public API does what Go does with the same values: struct layout, strings
// as UTF-8 in noscan memory, slices grown by append to growslice's capacities, and
// the README's example runs as written.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatAddr, Runtime } from '../../src/index.js';

const repo = join(import.meta.dirname, '..', '..', '..');

test("the README's TypeScript example runs and prints what it says", () => {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(code, 'README has a ts example');
  const dir = mkdtempSync(join(repo, 'dist', 'readme-'));
  try {
    const file = join(dir, 'example.mjs');
    writeFileSync(file, code);
    const out = execFileSync(process.execPath, [file], {
      encoding: 'utf8',
      env: { ...process.env, GOMAXPROCS: '1' },
    });
    const lines = out.trim().split('\n');
    assert.equal(lines[0], '42');
    assert.match(lines[1]!, /size: 24, sizeclass: 3, noscan: false/);
    assert.equal(lines[2], '2');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('struct fields read back what was written, at Go offsets', () => {
  const rt = new Runtime({ gomaxprocs: 1 });
  const T = rt.types;
  const S = T.struct('S', {
    a: T.int8,
    b: T.int64,
    c: T.bool,
    d: T.float32,
    e: T.uint16,
    f: T.float64,
    g: T.uint32,
  });
  assert.deepEqual(
    S.fields.map((f) => f.offset),
    [0, 8, 16, 20, 24, 32, 40],
  );
  assert.equal(S.size, 48);
  const p = rt.new(S);
  rt.intField(S, 'a').set(p, -5);
  rt.intField(S, 'b').set(p, 2 ** 52 + 1);
  rt.boolField(S, 'c').set(p, true);
  rt.floatField(S, 'd').set(p, 1.5);
  rt.intField(S, 'e').set(p, 65535);
  rt.floatField(S, 'f').set(p, Math.PI);
  rt.intField(S, 'g').set(p, 4294967295);
  assert.equal(rt.intField(S, 'a').get(p), -5);
  assert.equal(rt.intField(S, 'b').get(p), 2 ** 52 + 1);
  assert.equal(rt.boolField(S, 'c').get(p), true);
  assert.equal(rt.floatField(S, 'd').get(p), 1.5);
  assert.equal(rt.intField(S, 'e').get(p), 65535);
  assert.equal(rt.floatField(S, 'f').get(p), Math.PI);
  assert.equal(rt.intField(S, 'g').get(p), 4294967295);
});

test('strings are UTF-8, len counts bytes, and short ones are tiny allocations', () => {
  const rt = new Runtime({ gomaxprocs: 1 });
  const T = rt.types;
  const P = T.struct('P', { s: T.string });
  const s = rt.stringField(P, 's');
  const p = rt.new(P);
  const m0 = rt.readMemStats();
  s.set(p, 'héllo, 世界');
  const m1 = rt.readMemStats();
  assert.equal(s.get(p), 'héllo, 世界');
  assert.equal(s.len(p), Buffer.byteLength('héllo, 世界'));
  assert.equal(m1.Mallocs - m0.Mallocs, 1);
  assert.equal(m1.TotalAlloc - m0.TotalAlloc, 16);
  s.set(p, '');
  assert.equal(s.get(p), '');
  assert.equal(s.len(p), 0);
});

test('append grows as growslice does and keeps the elements', () => {
  const rt = new Runtime({ gomaxprocs: 1 });
  const T = rt.types;
  const H = T.struct('H', { xs: T.slice(T.int), bs: T.slice(T.byte) });
  const xs = rt.sliceField(H, 'xs');
  const bs = rt.sliceField(H, 'bs');
  const el = rt.intAt(T.int);
  const b8 = rt.intAt(T.byte);
  const h = rt.new(H);
  const caps: number[] = [];
  const bcaps: number[] = [];
  for (let i = 0; i < 1000; i++) {
    el.set(xs.append(h), i * 3);
    b8.set(bs.append(h), i & 255);
    if (caps.at(-1) !== xs.cap(h)) caps.push(xs.cap(h));
    if (bcaps.at(-1) !== bs.cap(h)) bcaps.push(bs.cap(h));
  }
  // What Go 1.19 prints for: for i := 0; i < 1000; i++ { s = append(s, i) }, and the same for []byte.
  assert.deepEqual(caps, [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280]);
  assert.deepEqual(bcaps, [8, 16, 32, 64, 128, 256, 512, 896, 1408]);
  for (let i = 0; i < 1000; i++) {
    assert.equal(el.get(xs.index(h, i)), i * 3);
    assert.equal(b8.get(bs.index(h, i)), i & 255);
  }
});

test('addresses print as Go prints pointers', () => {
  assert.equal(formatAddr(0), '0x0');
  assert.equal(formatAddr(0x12000), '0xc000012000');
});
