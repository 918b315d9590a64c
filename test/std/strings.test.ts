// strings against Go 1.19's semantics and allocations: Builder grows its buf as
// append does (capacities 8, 16, 32, 64, 128, 256, 512, 896, … for one byte at a
// time — runtime/slice.ts's growsliceCap), Grow makes 2*cap+n (as WriteRune of a
// rune past ASCII does for 4 bytes when fewer are free), String shares the
// bytes, a copied Builder panics; Split/Fields return substrings of s with one
// []string allocation; Join/Repeat/Replace/ToUpper allocate the result once and
// return s itself when nothing changes. Behaviour is checked against a model
// (JavaScript's own string functions on ASCII input) with fast-check.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Env } from '../../src/go/codegen/env.js';
import { strings } from '../../src/go/std/strings.js';
import { GoPanicValue, readInt64, readString, sliceData, sliceLen } from '../../src/go/std/values.js';
import { growsliceCap } from '../../src/runtime/slice.js';
import { goString, makeEnv, resultArea } from './support/env.js';

function builderType(env: Env) {
  const types = env.rt.types;
  return types.struct('strings.Builder', (self) => ({
    addr: types.ptr(self),
    buf: types.slice(types.uint8),
  }));
}

function mallocs(env: Env): number {
  return Number(env.rt.readMemStats().Mallocs);
}

function stringsOf(env: Env, hdr: number): string[] {
  return Array.from({ length: sliceLen(env, hdr) }, (_, i) => readString(env, sliceData(env, hdr) + i * 16));
}

describe('strings.Builder', () => {
  test('WriteByte grows buf with append’s capacities; String shares the bytes', () => {
    const env = makeEnv();
    const S = strings(env);
    const b = env.rt.new(builderType(env));
    const res = resultArea(env);
    let cap = 0;
    const caps: number[] = [];
    for (let i = 0; i < 3000; i++) {
      S['(*Builder).WriteByte']!(0, res, b, 97 + (i % 26));
      const c = S['(*Builder).Cap']!(0, b) as number;
      if (c !== cap) {
        caps.push(c);
        assert.equal(c, growsliceCap(1, cap, i + 1));
        cap = c;
      }
    }
    assert.deepEqual(caps.slice(0, 9), [8, 16, 32, 64, 128, 256, 512, 896, 1408]);
    assert.equal(S['(*Builder).Len']!(0, b), 3000);
    S['(*Builder).String']!(0, res, b);
    assert.equal(env.mem.u32[res >>> 2], env.mem.u32[(b + 8) >>> 2]);
    assert.equal(readString(env, res).slice(0, 5), 'abcde');
    const before = mallocs(env);
    S['(*Builder).String']!(0, res, b);
    assert.equal(mallocs(env), before);
  });

  test('WriteString of its own contents, WriteRune, Grow, Reset, copy check', () => {
    const env = makeEnv();
    const S = strings(env);
    const bt = builderType(env);
    const b = env.rt.new(bt);
    const res = resultArea(env);
    S['(*Builder).WriteString']!(0, res, b, goString(env, 'héllo'));
    assert.equal(readInt64(env, res), 6);
    S['(*Builder).String']!(0, res, b);
    S['(*Builder).WriteString']!(0, res, b, res);
    S['(*Builder).WriteRune']!(0, res, b, 0x1f600);
    S['(*Builder).String']!(0, res, b);
    assert.equal(readString(env, res), 'héllohéllo😀');
    S['(*Builder).Reset']!(0, b);
    S['(*Builder).Grow']!(0, b, 100);
    assert.equal(S['(*Builder).Cap']!(0, b), 100);
    S['(*Builder).WriteString']!(0, res, b, goString(env, 'x'));
    S['(*Builder).Grow']!(0, b, 99);
    assert.equal(S['(*Builder).Cap']!(0, b), 100);
    S['(*Builder).Grow']!(0, b, 100);
    assert.equal(S['(*Builder).Cap']!(0, b), 300);
    const copy = env.rt.new(bt);
    env.rt.typedmemmove(bt, copy, b);
    assert.throws(
      () => S['(*Builder).WriteString']!(0, res, copy, goString(env, 'y')),
      (e: unknown) =>
        e instanceof GoPanicValue && e.value === 'strings: illegal use of non-zero Builder copied by value',
    );
  });
});

describe('strings.Builder against a model, with collections in between', () => {
  test('any sequence of writes, Grow, Reset and GC keeps contents, length and Go’s capacity', () => {
    const op = fc.oneof(
      fc.record({ k: fc.constant('str' as const), s: fc.string({ maxLength: 40 }) }),
      fc.record({ k: fc.constant('byte' as const), c: fc.integer({ min: 0, max: 127 }) }),
      fc.record({ k: fc.constant('rune' as const), r: fc.integer({ min: 0, max: 0x10ffff }) }),
      fc.record({ k: fc.constant('grow' as const), n: fc.integer({ min: 0, max: 300 }) }),
      fc.record({ k: fc.constant('reset' as const) }),
      fc.record({ k: fc.constant('gc' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const env = makeEnv({ gc: true });
        const S = strings(env);
        const b = env.rt.new(builderType(env));
        env.rt.global('test.builder').set(b);
        const res = env.rt.mallocgc(32, null, true);
        env.rt.global('test.res').set(res);
        const str = env.rt.new(env.rt.types.string);
        env.rt.global('test.str').set(str);
        let model = Buffer.alloc(0);
        let cap = 0;
        for (const o of ops) {
          let add: Buffer | null = null;
          if (o.k === 'str') {
            const p = env.rt.newString(o.s);
            env.rt.writePointer(str, p);
            env.mem.u32[(str + 8) >>> 2] = Buffer.byteLength(o.s);
            S['(*Builder).WriteString']!(0, res, b, str);
            add = Buffer.from(o.s);
          } else if (o.k === 'byte') {
            S['(*Builder).WriteByte']!(0, res, b, o.c);
            add = Buffer.of(o.c);
          } else if (o.k === 'rune') {
            S['(*Builder).WriteRune']!(0, res, b, o.r);
            const r = o.r >= 0xd800 && o.r < 0xe000 ? 0xfffd : o.r;
            add = Buffer.from(String.fromCodePoint(r));
            // A rune past ASCII first makes room for utf8.UTFMax bytes as Grow does.
            if (r >= 0x80 && cap - model.length < 4) cap = 2 * cap + 4;
          } else if (o.k === 'grow') {
            S['(*Builder).Grow']!(0, b, o.n);
            if (cap - model.length < o.n) cap = 2 * cap + o.n;
          } else if (o.k === 'reset') {
            S['(*Builder).Reset']!(0, b);
            model = Buffer.alloc(0);
            cap = 0;
          } else {
            env.rt.GC();
          }
          if (add !== null) {
            if (model.length + add.length > cap) cap = growsliceCap(1, cap, model.length + add.length);
            model = Buffer.concat([model, add]);
          }
          assert.equal(S['(*Builder).Len']!(0, b), model.length);
          assert.equal(S['(*Builder).Cap']!(0, b), cap);
        }
        env.rt.GC();
        const p = env.mem.u32[(b + 8) >>> 2]!;
        assert.ok(Buffer.from(env.mem.u8.subarray(p, p + model.length)).equals(model));
      }),
      { numRuns: 80 },
    );
  });
});

describe('strings functions', () => {
  const ascii = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', 'A', '\t'), maxLength: 12 });
  test('Split, Fields, Join, Contains, Index, Replace, ToUpper, TrimSpace match a model', () => {
    fc.assert(
      fc.property(ascii, fc.constantFrom(',', 'a', 'ab', ''), ascii, (s, sep, t) => {
        const env = makeEnv();
        const S = strings(env);
        const res = resultArea(env);
        const gs = goString(env, s);
        const gsep = goString(env, sep);
        S.Split!(0, res, gs, gsep);
        const parts = stringsOf(env, res);
        assert.deepEqual(parts, s === '' && sep === '' ? [] : s.split(sep));
        // Substrings: every part's bytes lie inside s's.
        for (let i = 0; i < parts.length; i++) {
          const p = env.mem.u32[(sliceData(env, res) + i * 16) >>> 2]!;
          const base = env.mem.u32[gs >>> 2]!;
          if (parts[i] !== '') assert.ok(p >= base && p < base + s.length);
        }
        S.Fields!(0, res, gs);
        assert.deepEqual(
          stringsOf(env, res),
          s.split(/[ \t]+/).filter((x) => x !== ''),
        );
        assert.equal(S.Contains!(0, gs, goString(env, t)), s.includes(t));
        assert.equal(S.Index!(0, gs, gsep), s.indexOf(sep));
        assert.equal(S.HasPrefix!(0, gs, gsep), s.startsWith(sep));
        assert.equal(S.HasSuffix!(0, gs, gsep), s.endsWith(sep));
        S.ReplaceAll!(0, res, gs, gsep, goString(env, '<>'));
        assert.equal(readString(env, res), sep === '' ? goReplaceEmpty(s, '<>') : s.split(sep).join('<>'));
        S.ToUpper!(0, res, gs);
        assert.equal(readString(env, res), s.toUpperCase());
        S.ToLower!(0, res, gs);
        assert.equal(readString(env, res), s.toLowerCase());
        S.TrimSpace!(0, res, gs);
        assert.equal(readString(env, res), s.replace(/^[ \t]+|[ \t]+$/g, ''));
        S.Trim!(0, res, gs, goString(env, 'a '));
        assert.equal(readString(env, res), s.replace(/^[a ]+|[a ]+$/g, ''));
        S.Repeat!(0, res, gsep, 3);
        assert.equal(readString(env, res), sep.repeat(3));
      }),
      { numRuns: 150 },
    );
  });

  test('allocations: one per new string, none when the result is s or a substring', () => {
    const env = makeEnv();
    const S = strings(env);
    const res = resultArea(env);
    const s = goString(env, 'a,b,c');
    const elems = resultArea(env);
    S.Split!(0, elems, s, goString(env, ','));
    const dashes = goString(env, '--');
    let m = mallocs(env);
    S.Join!(0, res, elems, dashes);
    assert.equal(readString(env, res), 'a--b--c');
    assert.equal(mallocs(env), m + 1);
    const [upper, x, y] = [goString(env, 'ABC'), goString(env, 'x'), goString(env, 'y')];
    m = mallocs(env);
    S.ToUpper!(0, res, upper);
    S.Replace!(0, res, s, x, y, -1);
    S.TrimSpace!(0, res, s);
    S.Fields!(0, res, s);
    assert.equal(mallocs(env), m + 1, 'only Fields’ []string');
    assert.throws(
      () => S.Repeat!(0, res, s, -1),
      (e: unknown) => e instanceof GoPanicValue && e.value === 'strings: negative Repeat count',
    );
  });
});

/** A Go string of arbitrary bytes (invalid UTF-8 included). */
function byteString(env: Env, b: number[]): number {
  const hdr = goString(env, 'x'.repeat(b.length));
  env.mem.u8.set(b, env.mem.u32[hdr >>> 2]!);
  return hdr;
}

describe('strings: runes', () => {
  test('IndexRune finds RuneError at an invalid byte; an invalid rune is never found', () => {
    const env = makeEnv();
    const S = strings(env);
    const s = byteString(env, [0x61, 0xff, 0x62, 0xed, 0xa0, 0x80]);
    assert.equal(S.IndexRune!(0, s, 0xfffd), 1);
    assert.equal(S.IndexRune!(0, byteString(env, [0x61, 0xe2, 0x82]), 0xfffd), 1);
    assert.equal(S.IndexRune!(0, goString(env, 'ab\ufffd'), 0xfffd), 2);
    assert.equal(S.IndexRune!(0, goString(env, 'abc'), 0xfffd), -1);
    for (const r of [-1, 0xd800, 0xdfff, 0x110000, -0x80000000, 0x7fffffff]) {
      assert.equal(S.IndexRune!(0, s, r), -1);
      assert.equal(S.ContainsRune!(0, s, r), false);
    }
    assert.equal(S.ContainsRune!(0, s, 0xfffd), true);
    assert.equal(S.IndexRune!(0, goString(env, 'a€b'), 0x20ac), 1);
  });

  test('ToLower, ToUpper, ToTitle map each rune with unicode’s simple mapping', () => {
    const env = makeEnv();
    const S = strings(env);
    const res = resultArea(env);
    const cases: [string, string, string, string][] = [
      ['İ', 'i', 'İ', 'İ'],
      ['ß', 'ß', 'ß', 'ß'],
      ['ǅ', 'ǆ', 'Ǆ', 'ǅ'],
      ['ᾳ', 'ᾳ', 'ᾼ', 'ᾼ'],
      ['ΑΣ', 'ασ', 'ΑΣ', 'ΑΣ'],
      ['ა', 'ა', 'Ა', 'ა'],
      ['Ꟁ', 'Ꟁ', 'Ꟁ', 'Ꟁ'],
    ];
    for (const [s, l, u, t] of cases) {
      S.ToLower!(0, res, goString(env, s));
      assert.equal(readString(env, res), l);
      S.ToUpper!(0, res, goString(env, s));
      assert.equal(readString(env, res), u);
      S.ToTitle!(0, res, goString(env, s));
      assert.equal(readString(env, res), t);
    }
    // Map's Builder: one allocation of len(s)+UTFMax from the first change.
    const dotted = goString(env, 'İİ');
    const m = mallocs(env);
    S.ToLower!(0, res, dotted);
    assert.equal(readString(env, res), 'ii');
    assert.equal(mallocs(env), m + 1);
  });

  test('EqualFold follows SimpleFold orbits', () => {
    const env = makeEnv();
    const S = strings(env);
    const eq = (a: string, b: string): boolean =>
      S.EqualFold!(0, goString(env, a), goString(env, b)) as boolean;
    assert.equal(eq('ſ', 'S'), true);
    assert.equal(eq('K', 'k'), true);
    assert.equal(eq('ß', 'ẞ'), true);
    assert.equal(eq('σ', 'ς'), true);
    assert.equal(eq('İ', 'i'), false);
    assert.equal(eq('Go', 'GO'), true);
    assert.equal(eq('a', 'ab'), false);
  });
});

/** Go's Replace with an empty old string: new before every rune and at the end. */
function goReplaceEmpty(s: string, r: string): string {
  return r + [...s].map((c) => c + r).join('');
}
