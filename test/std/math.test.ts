// math's fused multiply-add, which Exp and the functions built on it use as
// amd64's VFMADD: the fast error-free path must round exactly as the exact
// integer computation does, over random operands of every magnitude,
// cancellations and results near zero included.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fma, fmaExact } from '../../src/go/std/math.js';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

test('fma rounds x·y + z once, as the exact computation does', () => {
  fc.assert(
    fc.property(finite, finite, finite, (x, y, z) => {
      fc.pre(Number.isFinite(x * y));
      assert.ok(Object.is(fma(x, y, z), fmaExact(x, y, z)), `fma(${x}, ${y}, ${z})`);
    }),
    { numRuns: 20000 },
  );
});

test('fma keeps the bits a separate multiply and add would lose', () => {
  fc.assert(
    fc.property(finite, finite, fc.integer({ min: -1000, max: 1000 }), (x, y, k) => {
      const p = x * y;
      fc.pre(Number.isFinite(p) && x !== 0 && y !== 0);
      // z cancels the rounded product almost exactly: only the product's rounding error is left.
      const z = -p * (1 + k * 2 ** -52);
      assert.ok(Object.is(fma(x, y, z), fmaExact(x, y, z)), `fma(${x}, ${y}, ${z})`);
    }),
    { numRuns: 20000 },
  );
  // The exact product's rounding error: 1 + 2^-52 squared is 1 + 2^-51 + 2^-104.
  const a = 1 + 2 ** -52;
  assert.equal(fma(a, a, -(a * a)), 2 ** -104);
  // A product that underflows keeps its sign.
  assert.ok(Object.is(fma(-(2 ** -600), 2 ** -600, 0), -0));
});
