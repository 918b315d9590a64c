// bytes.Buffer grows as Go 1.19's does: the len/cap pairs below are what this
// Go program printed with go1.19 (writes of 1, 10, 60, 5, 100, 3, 1000, 7, 5000,
// 1 bytes; Reset; Grow(10); then a fresh Buffer's Grow(100) and a write):
//   1/64 11/64 71/128 76/128 176/256 179/256 1179/1280 1186/1280 6186/6528
//   6187/6528 0/6528 0/112 5/112
// and its contents survive every growth (checked against a model); String()
// copies the unread bytes into one new string.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Env } from '../../src/go/codegen/env.js';
import { bytes } from '../../src/go/std/bytes.js';
import { readString } from '../../src/go/std/values.js';
import { makeEnv, resultArea } from './support/env.js';

function buffer(env: Env): number {
  const types = env.rt.types;
  const t =
    types.lookup('bytes.Buffer') ??
    types.struct('bytes.Buffer', { buf: types.slice(types.uint8), off: types.int });
  return env.rt.new(t);
}

/** A []byte of n bytes with value v, as a header in a result area. */
function byteSlice(env: Env, n: number, v: number): number {
  const hdr = resultArea(env);
  const p = env.rt.makeslice(env.rt.types.uint8, n, n);
  env.mem.u8.fill(v, p, p + n);
  env.rt.writePointer(hdr, p);
  env.mem.u32[(hdr + 8) >>> 2] = n;
  env.mem.u32[(hdr + 16) >>> 2] = n;
  return hdr;
}

describe('bytes.Buffer', () => {
  test('capacities as Go 1.19 gives them', () => {
    const env = makeEnv();
    const B = bytes(env);
    const b = buffer(env);
    const res = resultArea(env);
    const got: string[] = [];
    const state = (x: number) => `${B['(*Buffer).Len']!(0, x)}/${B['(*Buffer).Cap']!(0, x)}`;
    for (const n of [1, 10, 60, 5, 100, 3, 1000, 7, 5000, 1]) {
      B['(*Buffer).Write']!(0, res, b, byteSlice(env, n, n & 0xff));
      got.push(state(b));
    }
    B['(*Buffer).Reset']!(0, b);
    B['(*Buffer).Grow']!(0, b, 10);
    got.push(state(b));
    const c = buffer(env);
    B['(*Buffer).Grow']!(0, c, 100);
    got.push(state(c));
    const hello = resultArea(env);
    const p = env.rt.newString('hello');
    env.rt.writePointer(hello, p);
    env.mem.u32[(hello + 8) >>> 2] = 5;
    B['(*Buffer).WriteString']!(0, res, c, hello);
    got.push(state(c));
    assert.equal(
      got.join(' '),
      '1/64 11/64 71/128 76/128 176/256 179/256 1179/1280 1186/1280 6186/6528 6187/6528 0/6528 0/112 5/112',
    );
    B['(*Buffer).String']!(0, res, c);
    assert.equal(readString(env, res), 'hello');
    assert.notEqual(env.mem.u32[res >>> 2], env.mem.u32[c >>> 2]);
  });

  test('contents match a model across writes, Grow and Reset', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.integer({ min: -1, max: 500 })), {
          maxLength: 30,
        }),
        (ops) => {
          const env = makeEnv();
          const B = bytes(env);
          const b = buffer(env);
          const res = resultArea(env);
          let model = Buffer.alloc(0);
          for (const o of ops) {
            if (typeof o === 'number') {
              if (o < 0) {
                B['(*Buffer).Reset']!(0, b);
                model = Buffer.alloc(0);
              } else {
                B['(*Buffer).Grow']!(0, b, o);
                assert.ok((B['(*Buffer).Cap']!(0, b) as number) - model.length >= o);
              }
            } else {
              const hdr = byteSlice(env, o.length, 0);
              env.mem.u8.set(o, env.mem.u32[hdr >>> 2]!);
              B['(*Buffer).Write']!(0, res, b, hdr);
              model = Buffer.concat([model, o]);
            }
            B['(*Buffer).Bytes']!(0, res, b);
            const p = env.mem.u32[res >>> 2]!;
            assert.ok(Buffer.from(env.mem.u8.subarray(p, p + model.length)).equals(model));
            assert.equal(B['(*Buffer).Len']!(0, b), model.length);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('bytes case mapping', () => {
  // Go 1.19: bytes.ToLower/ToUpper/ToTitle of these print len, cap and the text.
  const cases: [number[], string, [number, number, string][]][] = [
    [
      [0xc4, 0xb0],
      'İ',
      [
        [1, 2, 'i'],
        [2, 2, 'İ'],
        [2, 2, 'İ'],
      ],
    ],
    [
      [0xc8, 0xbf],
      'ȿ',
      [
        [2, 2, 'ȿ'],
        [3, 8, 'Ȿ'],
        [3, 8, 'Ȿ'],
      ],
    ],
    [
      [0xc8, 0xba, 0xff],
      'Ⱥ\xff',
      [
        [6, 10, 'ⱥ\ufffd'],
        [5, 10, 'Ⱥ\ufffd'],
        [5, 10, 'Ⱥ\ufffd'],
      ],
    ],
  ];
  for (const [b, name, want] of cases) {
    test(`${JSON.stringify(name)}: Map's make(len(s)) and its growth`, () => {
      const env = makeEnv();
      const B = bytes(env);
      const s = byteSlice(env, b.length, 0);
      env.mem.u8.set(b, env.mem.u32[s >>> 2]!);
      const res = resultArea(env);
      ['ToLower', 'ToUpper', 'ToTitle'].forEach((f, i) => {
        B[f]!(0, res, s);
        const [len, cap, text] = want[i]!;
        const p = env.mem.u32[res >>> 2]!;
        assert.deepEqual(
          [
            env.mem.u32[(res + 8) >>> 2],
            env.mem.u32[(res + 16) >>> 2],
            Buffer.from(env.mem.u8.subarray(p, p + len)).toString(),
          ],
          [len, cap, text],
          f,
        );
      });
    });
  }
});
