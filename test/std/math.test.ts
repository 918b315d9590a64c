// math's fused multiply-add, which Exp and the functions built on it use as
// amd64's VFMADD: the fast error-free path must round exactly as the exact
// integer computation does, over random operands of every magnitude,
// cancellations, Horner steps (an addend outweighing the product) and
// results near zero included.
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

test('fma rounds a Horner step as the exact computation does', () => {
  // Exp's Taylor steps: a coefficient plus a small product, where the fast path
  // must round s + e1 + err correctly although e1 + err is rarely exact.
  const unit = fc.double({ min: -2, max: 2, noNaN: true });
  const mag = fc.integer({ min: -60, max: 60 });
  fc.assert(
    fc.property(unit, unit, unit, mag, mag, (x, y, z, ex, ez) => {
      const xs = x * 2 ** ex;
      const zs = z * 2 ** ez;
      assert.ok(Object.is(fma(xs, y, zs), fmaExact(xs, y, zs)), `fma(${xs}, ${y}, ${zs})`);
    }),
    { numRuns: 50000 },
  );
  // Ties and near-ties: the product lands on half an ulp of z, give or take its last bits.
  for (let k = 0; k < 2000; k++) {
    const z = 1 + k * 2 ** -40;
    for (const d of [0, 2 ** -100, -(2 ** -100), 2 ** -104, -(2 ** -104)]) {
      const x = 2 ** -53 + d;
      assert.ok(Object.is(fma(x, 1 + 2 ** -52, z), fmaExact(x, 1 + 2 ** -52, z)), `tie at ${z}, ${d}`);
      assert.ok(Object.is(fma(x, 1, z), fmaExact(x, 1, z)), `tie at ${z}, ${d}`);
      assert.ok(Object.is(fma(-x, 1, z), fmaExact(-x, 1, z)), `tie below ${z}, ${d}`);
    }
  }
});
