// unicode and unicode/utf8 against Go 1.19 (test/fixtures/go1.19/std/unicode.json,
// by scripts/fixtures-stdgaps.sh). Go's tables are Unicode 13; the classes
// come from the running Node's ICU (later), so every class must be Go's on
// every rune Unicode 13 assigned, and may differ only on runes it left
// unassigned. Case mapping and SimpleFold use Go's own tables and must be Go's
// on every rune. utf8's decoding is checked against Go's definition on every
// byte sequence of up to 2 bytes and on random longer ones.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import * as U from '../../src/go/std/unicode.js';
import { unicode } from '../../src/go/std/unicode.js';
import { decode, decodeLast, encode, runeCount, runeLen } from '../../src/go/std/utf8.js';
import { makeEnv } from './support/env.js';

const fx = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/go1.19/std/unicode.json', import.meta.url), 'utf8'),
) as {
  classes: Record<string, [number, number][]>;
  assigned: [number, number][];
  cases: number[][];
  folds: [number, number][];
};

function inRanges(ranges: [number, number][]): (r: number) => boolean {
  const set = new Uint8Array(0x110000);
  for (const [lo, hi] of ranges) set.fill(1, lo, hi + 1);
  return (r) => set[r] === 1;
}

const assigned = inRanges(fx.assigned);

describe('unicode against Go 1.19 (Unicode 13)', () => {
  const fns = unicode(makeEnv());
  for (const [name, ranges] of Object.entries(fx.classes)) {
    test(`${name} on every assigned rune`, () => {
      const go = inRanges(ranges);
      const f = fns[name]!;
      const bad: string[] = [];
      for (let r = 0; r <= 0x10ffff; r++) {
        if (!assigned(r)) continue;
        if ((f(0, r) as boolean) !== go(r)) bad.push(r.toString(16));
      }
      assert.deepEqual(bad.slice(0, 20), []);
    });
  }

  test('ToUpper, ToLower, ToTitle on every rune', () => {
    const want = new Map(fx.cases.map((c) => [c[0]!, c]));
    const bad: string[] = [];
    for (let r = 0; r <= 0x10ffff; r++) {
      const [, u, l, t] = want.get(r) ?? [r, r, r, r];
      if (U.toUpper(r) !== u || U.toLower(r) !== l || U.toTitle(r) !== t) bad.push(r.toString(16));
    }
    assert.deepEqual(bad.slice(0, 20), []);
  });

  test('SimpleFold on every rune', () => {
    const want = new Map(fx.folds);
    const bad: string[] = [];
    for (let r = 0; r <= 0x10ffff; r++) if (U.simpleFold(r) !== (want.get(r) ?? r)) bad.push(r.toString(16));
    assert.deepEqual(bad.slice(0, 20), []);
  });

  test('out-of-range runes are in no class and map to themselves', () => {
    for (const r of [-1, 0x110000, -0x80000000]) {
      for (const f of Object.values(fns)) {
        const v = f(0, r);
        assert.ok(v === false || v === r);
      }
    }
  });
});

/** Go's DecodeRune, written from the UTF-8 definition (RFC 3629) as a model. */
function modelDecode(b: number[]): [number, number] {
  if (b.length === 0) return [0xfffd, 0];
  const c = b[0]!;
  if (c < 0x80) return [c, 1];
  const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (n === 0 || b.length < n) return [0xfffd, 1];
  let r = c & (0xff >> (n + 1));
  for (let i = 1; i < n; i++) {
    if ((b[i]! & 0xc0) !== 0x80) return [0xfffd, 1];
    r = (r << 6) | (b[i]! & 0x3f);
  }
  const min = [0, 0, 0x80, 0x800, 0x10000][n]!;
  if (r < min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return [0xfffd, 1];
  return [r, n];
}

describe('unicode/utf8', () => {
  test('DecodeRune on every 1- and 2-byte sequence', () => {
    for (let a = 0; a < 256; a++) {
      assert.deepEqual(decode(Uint8Array.of(a)), modelDecode([a]));
      for (let b = 0; b < 256; b++) assert.deepEqual(decode(Uint8Array.of(a, b)), modelDecode([a, b]));
    }
  });

  test('DecodeRune, DecodeLastRune and RuneCount agree with the model on random bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 12 }), (bs) => {
        const b = Uint8Array.from(bs);
        assert.deepEqual(decode(b), modelDecode(bs));
        let n = 0;
        for (let i = 0; i < bs.length; n++) i += Math.max(1, modelDecode(bs.slice(i))[1]);
        assert.equal(runeCount(b), n);
        // DecodeLastRune: the rune starting at most 4 bytes back that ends exactly at the end.
        let want: [number, number] = bs.length === 0 ? [0xfffd, 0] : [0xfffd, 1];
        if (bs.length > 0 && bs[bs.length - 1]! < 0x80) want = [bs[bs.length - 1]!, 1];
        else
          for (let k = 2; k <= Math.min(4, bs.length); k++) {
            const start = bs.length - k;
            if ((bs[start]! & 0xc0) === 0x80) continue;
            const [r, w] = modelDecode(bs.slice(start));
            if (w === k) want = [r, w];
            break;
          }
        assert.deepEqual(decodeLast(b), want);
      }),
      { numRuns: 3000 },
    );
  });

  test('EncodeRune and RuneLen round-trip every valid rune', () => {
    for (let r = 0; r <= 0x10ffff; r += r < 0x20000 ? 1 : 97) {
      const e = encode(r);
      if (r >= 0xd800 && r <= 0xdfff) {
        assert.deepEqual([...e], [0xef, 0xbf, 0xbd]);
        assert.equal(runeLen(r), -1);
        continue;
      }
      assert.equal(e.length, runeLen(r));
      assert.deepEqual(decode(e), [r, e.length]);
    }
    assert.equal(runeLen(-1), -1);
    assert.equal(runeLen(0x110000), -1);
  });
});
