// math/bits (src/go/std/bits.ts) against bigint models of its 64-bit
// functions, over values on both sides of 2^53 (numbers and bigints).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { canon } from '../../src/go/codegen/vlrt.js';
import * as B from '../../src/go/std/bits.js';

const M = (1n << 64n) - 1n;
const u64 = fc.oneof(
  fc.constantFrom(0n, 1n, 2n ** 32n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 63n, M),
  fc.bigInt({ min: 0n, max: 2n ** 53n }),
  fc.bigInt({ min: 0n, max: M }),
);
const bitsOf = (x: bigint): string => x.toString(2).padStart(64, '0');

test('counting, rotating and reversing 64-bit words', () => {
  fc.assert(
    fc.property(u64, fc.integer({ min: -130, max: 130 }), (x, k) => {
      const v = canon(x);
      const s = bitsOf(x);
      assert.equal(B.leadingZeros64(v), s.indexOf('1') < 0 ? 64 : s.indexOf('1'));
      assert.equal(B.trailingZeros64(v), s.lastIndexOf('1') < 0 ? 64 : 63 - s.lastIndexOf('1'));
      assert.equal(B.onesCount64(v), [...s].filter((c) => c === '1').length);
      assert.equal(B.len64(v), x === 0n ? 0 : x.toString(2).length);
      assert.equal(BigInt(B.reverse64(v)), BigInt(`0b${[...s].reverse().join('')}`));
      const bytes = s.match(/.{8}/g)!;
      assert.equal(BigInt(B.reverseBytes64(v)), BigInt(`0b${bytes.reverse().join('')}`));
      const r = ((k % 64) + 64) % 64;
      assert.equal(BigInt(B.rotateLeft64(v, k)), BigInt(`0b${s.slice(r)}${s.slice(0, r)}`));
    }),
    { numRuns: 2000 },
  );
});

test('full-width arithmetic: carries, borrows, 128-bit products and quotients', () => {
  fc.assert(
    fc.property(u64, u64, fc.constantFrom(0n, 1n), (x, y, c) => {
      const [sum, carry] = B.add64(canon(x), canon(y), canon(c));
      assert.equal(BigInt(sum) + (BigInt(carry) << 64n), x + y + c);
      const [diff, borrow] = B.sub64(canon(x), canon(y), canon(c));
      assert.equal(BigInt(diff) - (BigInt(borrow) << 64n), x - y - c);
      const [hi, lo] = B.mul64(canon(x), canon(y));
      assert.equal((BigInt(hi) << 64n) | BigInt(lo), x * y);
      if (y !== 0n) {
        const h = x % y;
        const [q, r] = B.div64(canon(h), canon(x), canon(y));
        const n = (h << 64n) | x;
        assert.equal(BigInt(q), n / y);
        assert.equal(BigInt(r), n % y);
        assert.equal(BigInt(B.rem64(canon(x), canon(y), canon(y))), ((x << 64n) | y) % y);
      }
    }),
    { numRuns: 2000 },
  );
});

test('Div64 panics as Go: zero divisor, then a quotient that does not fit', () => {
  assert.throws(() => B.div64(0, 1, 0), /integer divide by zero/);
  assert.throws(() => B.div64(5, 1, 5), /integer overflow/);
  assert.throws(() => B.rem64(1, 1, 0), /integer divide by zero/);
  assert.equal(B.rem64(10, 3, 7), Number(((10n << 64n) | 3n) % 7n));
});
