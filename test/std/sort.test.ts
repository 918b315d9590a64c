// sort against Go 1.19 (test/fixtures/go1.19/std/sort.json): sort.Slice,
// SliceStable, Sort and Stable on {Key, ID} records with many equal keys must
// leave exactly Go's order — for the unstable sorts that is pdqsort's own
// choice among equal keys. The records live in the heap as a []main.rec, less
// is a Go func value called through env.FN, and Sort/Stable call Len/Less/Swap
// methods of a sort.Interface. Also Ints, Strings (byte order) and Float64s
// (NaN first) against a simple model, with fast-check.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Int64 } from '../../src/go/codegen/vlrt.js';
import { sort } from '../../src/go/std/sort.js';
import { readInt64, readString, writeInt64 } from '../../src/go/std/values.js';
import { addMethod, goString, makeEnv } from './support/env.js';

const fx = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/go1.19/std/sort.json', import.meta.url), 'utf8'),
) as {
  cases: { fn: string; keys: number[]; ids: number[] }[];
};

describe('sort against Go 1.19', () => {
  test('Slice, SliceStable, Sort and Stable leave Go’s order', () => {
    const env = makeEnv();
    const types = env.rt.types;
    const rec = types.struct('main.rec', { Key: types.int, ID: types.int });
    const recs = types.slice(rec);
    const byKey = types.named('main.byKey', recs);
    const S = sort(env);
    // One []rec header cell shared with the closures below, as a captured variable.
    const hdr = env.rt.new(recs);
    const key = (i: number): Int64 => readInt64(env, env.mem.u32[hdr >>> 2]! + i * 16);
    const lessIdx = env.FN.length;
    env.FN.push((_fv: number, i: number, j: number) => key(i) < key(j));
    const fv = env.rt.mallocgc(8, null, true);
    env.mem.u32[fv >>> 2] = lessIdx;
    addMethod(env, byKey, 'Len', (_fv: number, s: number) => env.mem.u32[(s + 8) >>> 2]!);
    addMethod(env, byKey, 'Less', (_fv: number, s: number, i: number, j: number) => {
      const p = env.mem.u32[s >>> 2]!;
      return readInt64(env, p + i * 16) < readInt64(env, p + j * 16);
    });
    addMethod(env, byKey, 'Swap', (_fv: number, s: number, i: number, j: number) => {
      const p = env.mem.u32[s >>> 2]!;
      for (let w = 0; w < 4; w++) {
        const a = ((p + i * 16) >>> 2) + w;
        const b = ((p + j * 16) >>> 2) + w;
        const x = env.mem.u32[a]!;
        env.mem.u32[a] = env.mem.u32[b]!;
        env.mem.u32[b] = x;
      }
    });
    for (const c of fx.cases) {
      const n = c.keys.length;
      const arr = env.rt.makeslice(rec, n, n);
      env.rt.writePointer(hdr, arr);
      env.mem.u32[(hdr + 8) >>> 2] = n;
      env.mem.u32[(hdr + 16) >>> 2] = n;
      c.keys.forEach((k, i) => {
        writeInt64(env, arr + i * 16, k);
        writeInt64(env, arr + i * 16 + 8, i);
      });
      // The `any` (or sort.Interface) argument: a boxed copy of the header.
      const iface = env.rt.mallocgc(16, types.any, true);
      const box = env.rt.new(recs);
      env.rt.typedmemmove(recs, box, hdr);
      env.mem.u32[iface >>> 2] = (c.fn === 'Sort' || c.fn === 'Stable' ? byKey.id : recs.id) + 1;
      env.rt.writePointer(iface + 8, box);
      if (c.fn === 'Slice') S.Slice!(0, iface, fv);
      else if (c.fn === 'SliceStable') S.SliceStable!(0, iface, fv);
      else if (c.fn === 'Sort') S.Sort!(0, iface);
      else S.Stable!(0, iface);
      const ids = Array.from({ length: n }, (_, i) => readInt64(env, arr + i * 16 + 8));
      assert.deepEqual(ids, c.ids, `${c.fn} of ${n} keys ${JSON.stringify(c.keys.slice(0, 20))}`);
    }
  });
});

describe('sort of basic slices', () => {
  test('Ints, Float64s and Strings sort as Go orders them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 80 }),
        fc.array(fc.oneof(fc.double(), fc.constant(Number.NaN)), { maxLength: 60 }),
        fc.array(fc.string({ unit: 'binary', maxLength: 4 }), { maxLength: 40 }),
        (ints, floats, strs) => {
          const env = makeEnv();
          const types = env.rt.types;
          const S = sort(env);
          const slice = (elem: typeof types.int, n: number) => {
            const hdr = env.rt.new(types.slice(elem));
            const a = env.rt.makeslice(elem, n, n);
            if (n > 0) env.rt.writePointer(hdr, a);
            env.mem.u32[(hdr + 8) >>> 2] = n;
            env.mem.u32[(hdr + 16) >>> 2] = n;
            return [hdr, a] as const;
          };
          const [hi, ai] = slice(types.int, ints.length);
          ints.forEach((v, i) => {
            writeInt64(env, ai + i * 8, v);
          });
          S.Ints!(0, hi);
          assert.deepEqual(
            ints.map((_, i) => readInt64(env, ai + i * 8)),
            [...ints].sort((a, b) => a - b),
          );
          const [hf, af] = slice(types.float64, floats.length);
          floats.forEach((v, i) => {
            env.mem.f64[(af >>> 3) + i] = v;
          });
          S.Float64s!(0, hf);
          const nans = floats.filter((x) => Number.isNaN(x)).length;
          const got = floats.map((_, i) => env.mem.f64[(af >>> 3) + i]!);
          assert.ok(got.slice(0, nans).every((x) => Number.isNaN(x)));
          for (let i = nans + 1; i < got.length; i++) assert.ok(!(got[i]! < got[i - 1]!));
          const [hs, as] = slice(types.string, strs.length);
          strs.forEach((s, i) => {
            env.rt.typedmemmove(types.string, as + i * 16, goString(env, s));
          });
          S.Strings!(0, hs);
          const want = strs
            .map((s) => Buffer.from(s))
            .sort(Buffer.compare)
            .map((b) => b.toString());
          assert.deepEqual(
            strs.map((_, i) => readString(env, as + i * 16)),
            want,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
