// 64-bit integer words (src/go/codegen/vlrt.ts) against a bigint model: every
// operation's result is the exact Go result wrapped to 64 bits, in canonical
// form (a number exactly when the value is a safe integer), and memory holds
// the two's complement halves.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as V from '../../src/go/codegen/vlrt.js';

const canonical = (v: V.Int64): boolean =>
  typeof v === 'number'
    ? Number.isSafeInteger(v) && !Object.is(v, -0)
    : !Number.isSafeInteger(Number(v)) || v > 9007199254740991n || v < -9007199254740991n;

const edges = [
  0n,
  1n,
  -1n,
  2n ** 31n,
  -(2n ** 31n),
  2n ** 32n - 1n,
  2n ** 53n - 1n,
  2n ** 53n,
  -(2n ** 53n),
  -(2n ** 53n) + 1n,
  2n ** 63n - 1n,
  -(2n ** 63n),
];
const i64 = fc.oneof(
  fc.constantFrom(...edges),
  fc.bigInt({ min: -(2n ** 31n), max: 2n ** 31n }),
  fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n }),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
);
const u64 = fc.oneof(
  fc.constantFrom(0n, 1n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 63n, 2n ** 64n - 1n, 2n ** 32n),
  fc.bigInt({ min: 0n, max: 2n ** 54n }),
  fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
);
const S = (b: bigint): bigint => BigInt.asIntN(64, b);
const U = (b: bigint): bigint => BigInt.asUintN(64, b);

function same(got: V.Int64, want: bigint, what: string): void {
  assert.ok(canonical(got), `${what}: ${String(got)} (${typeof got}) is not canonical`);
  assert.equal(BigInt(got), want, what);
}

test('canon keeps safe integers as numbers and the rest as bigints', () => {
  assert.equal(V.canon(2n ** 53n - 1n), 9007199254740991);
  assert.equal(V.canon(2n ** 53n), 2n ** 53n);
  assert.equal(V.canon(-(2n ** 53n) + 1n), -9007199254740991);
  assert.equal(V.canon(-(2n ** 53n)), -(2n ** 53n));
});

test('signed arithmetic wraps as Go int64 and stays canonical', () => {
  fc.assert(
    fc.property(i64, i64, (a, b) => {
      const x = V.canon(a);
      const y = V.canon(b);
      same(V.add64(x, y), S(a + b), `${a} + ${b}`);
      same(V.sub64(x, y), S(a - b), `${a} - ${b}`);
      same(V.mul64(x, y), S(a * b), `${a} * ${b}`);
      if (b !== 0n) {
        same(V.quo64(x, y), S(a / b), `${a} / ${b}`);
        same(V.rem64(x, y), a % b, `${a} % ${b}`);
      }
      same(V.and64(x, y), a & b, `${a} & ${b}`);
      same(V.or64(x, y), a | b, `${a} | ${b}`);
      same(V.xor64(x, y), a ^ b, `${a} ^ ${b}`);
      same(V.andnot64(x, y), a & ~b, `${a} &^ ${b}`);
      same(V.neg64(x), S(-a), `-${a}`);
      same(V.com64(x), ~a, `^${a}`);
      same(V.toUint64(x), U(a), `uint64(${a})`);
      assert.equal(x === y, a === b);
      assert.equal(x < y, a < b);
    }),
    { numRuns: 3000 },
  );
});

test('unsigned arithmetic wraps as Go uint64 and stays canonical', () => {
  fc.assert(
    fc.property(u64, u64, (a, b) => {
      const x = V.canon(a);
      const y = V.canon(b);
      same(V.addu64(x, y), U(a + b), `${a} + ${b}`);
      same(V.subu64(x, y), U(a - b), `${a} - ${b}`);
      same(V.mulu64(x, y), U(a * b), `${a} * ${b}`);
      if (b !== 0n) {
        same(V.quou64(x, y), a / b, `${a} / ${b}`);
        same(V.rem64(x, y), a % b, `${a} % ${b}`);
      }
      same(V.and64(x, y), a & b, `${a} & ${b}`);
      same(V.or64(x, y), a | b, `${a} | ${b}`);
      same(V.xoru64(x, y), a ^ b, `${a} ^ ${b}`);
      same(V.andnot64(x, y), a & U(~b), `${a} &^ ${b}`);
      same(V.negu64(x), U(-a), `-${a}`);
      same(V.comu64(x), U(~a), `^${a}`);
      same(V.toInt64(x), S(a), `int64(${a})`);
    }),
    { numRuns: 3000 },
  );
});

test('shifts: counts past 63 shift everything out, right shifts of int64 keep the sign', () => {
  fc.assert(
    fc.property(i64, u64, fc.oneof(fc.integer({ min: 0, max: 70 }), fc.constant(2 ** 60)), (a, u, n) => {
      const x = V.canon(a);
      const y = V.canon(u);
      const c = V.canon(BigInt(n));
      const k = BigInt(n);
      same(V.shl64(x, c), n >= 64 ? 0n : S(a << k), `${a} << ${n}`);
      same(V.shr64(x, c), n >= 64 ? (a < 0n ? -1n : 0n) : a >> k, `${a} >> ${n}`);
      same(V.shlu64(y, c), n >= 64 ? 0n : U(u << k), `${u} <<u ${n}`);
      same(V.shr64(y, c), n >= 64 ? 0n : u >> k, `${u} >>u ${n}`);
    }),
    { numRuns: 3000 },
  );
  same(V.shl64(1, 2n ** 64n - 1n), 0n, '1 << (2^64-1)');
});

test('memory holds the two halves; loads give the canonical value back', () => {
  const buf = new ArrayBuffer(16);
  const i32 = new Int32Array(buf);
  const u32 = new Uint32Array(buf);
  fc.assert(
    fc.property(i64, u64, (a, u) => {
      V.store64(i32, u32, 8, V.canon(a));
      assert.equal(new BigInt64Array(buf)[1], a);
      same(V.load64(i32, u32, 8), a, `load ${a}`);
      V.store64(i32, u32, 8, V.canon(u));
      assert.equal(new BigUint64Array(buf)[1], u);
      same(V.loadu64(u32, 8), u, `loadu ${u}`);
      assert.equal(V.low32(V.canon(a)), Number(BigInt.asUintN(32, a)));
    }),
    { numRuns: 2000 },
  );
});

test('conversions between float64 and 64-bit integers round and saturate as amd64 Go', () => {
  assert.equal(V.toFloat(2n ** 63n - 1n), 2 ** 63);
  assert.equal(V.toFloat(2n ** 53n + 1n), 2 ** 53);
  same(V.floatToInt64(1e18), 10n ** 18n, 'int64(1e18)');
  same(V.floatToInt64(-2.9), -2n, 'int64(-2.9)');
  same(V.floatToInt64(2 ** 63), -(2n ** 63n), 'int64(2^63)');
  same(V.floatToInt64(Number.NaN), -(2n ** 63n), 'int64(NaN)');
  // Go 1.19 amd64: uint64(x) for -1, -1.5, 1e19, 2e19, +Inf, -Inf, NaN, 9.3e18, 2^63, -1e19.
  const want = [
    18446744073709551615n,
    18446744073709551615n,
    10000000000000000000n,
    2n ** 63n,
    2n ** 63n,
    2n ** 63n,
    2n ** 63n,
    9300000000000000000n,
    2n ** 63n,
    2n ** 63n,
  ];
  const xs = [-1, -1.5, 1e19, 2e19, Infinity, -Infinity, Number.NaN, 9.3e18, 2 ** 63, -1e19];
  for (const [i, x] of xs.entries()) same(V.floatToUint64(x), want[i]!, `uint64(${x})`);
});

/**
 * The float32 nearest to a (ties to the even significand), found among
 * Math.fround's neighbours; below 2^24 every integer is a float32.
 */
function nearestFloat32(a: bigint): number {
  if (a > -(2n ** 24n) && a < 2n ** 24n) return Number(a);
  const f = new Float32Array(1);
  const bits = new Uint32Array(f.buffer);
  f[0] = Math.fround(Number(a));
  const cands: number[] = [];
  for (const d of [-1, 0, 1]) {
    const g = new Float32Array(1);
    const gb = new Uint32Array(g.buffer);
    gb[0] = bits[0]! + d;
    cands.push(g[0]!);
  }
  const dist = (x: number): bigint => {
    const e = BigInt(x) - a;
    return e < 0n ? -e : e;
  };
  const evenBits = (x: number): boolean => (new Uint32Array(Float32Array.of(x).buffer)[0]! & 1) === 0;
  cands.sort((x, y) => {
    const dx = dist(x);
    const dy = dist(y);
    if (dx !== dy) return dx < dy ? -1 : 1;
    return evenBits(x) ? -1 : 1;
  });
  return cands[0]!;
}

test('float32 of a 64-bit integer rounds once, to nearest with ties to even', () => {
  fc.assert(
    fc.property(fc.oneof(i64, u64), (a) => {
      assert.equal(V.toFloat32(V.canon(a)), nearestFloat32(a), `float32(${a})`);
    }),
    { numRuns: 3000 },
  );
  // 2^60 + 2^36 + 1 lies just above a tie between float32s: float64 rounds it onto the tie.
  const x = 2n ** 60n + 2n ** 36n + 1n;
  assert.equal(V.toFloat32(x), 2 ** 60 + 2 ** 37);
  assert.equal(Math.fround(Number(x)), 2 ** 60);
});
