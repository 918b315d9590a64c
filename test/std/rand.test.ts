// math/rand's generator against Go 1.19 (test/fixtures/go1.19/std/rand.json,
// by scripts/fixtures-stdgaps.sh): the default source's first 300 Int63
// values (Go seeds it with 1), Intn(100) after Seed of small, negative,
// 2^31−1-sized and large seeds, and Float64/Float32/Uint32/Int31/Int31n/
// Int63n/Intn(>2^31) after Seed(7). Exact 64-bit values are compared as
// BigInts (the RngSource methods that return them).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { RngSource } from '../../src/go/std/rand.js';
import { formatFloat } from '../../src/go/std/strconv.js';

const fx = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/go1.19/std/rand.json', import.meta.url), 'utf8'),
) as {
  default_int63: string[];
  intn100: Record<string, number[]>;
  seed7: Record<string, (string | number)[]>;
};

describe('math/rand against Go 1.19', () => {
  test('the default source (seed 1): first 300 Int63 values', () => {
    const src = new RngSource(1);
    assert.deepEqual(
      fx.default_int63.map(() => src.int63Big().toString()),
      fx.default_int63,
    );
  });

  test('Intn(100) after Seed', () => {
    for (const [seed, want] of Object.entries(fx.intn100)) {
      const src = new RngSource(Number(seed));
      assert.deepEqual(
        want.map(() => src.intn(100)),
        want,
        `seed ${seed}`,
      );
    }
  });

  test('Seed reseeds: the same sequence again', () => {
    const src = new RngSource(5);
    const a = Array.from({ length: 700 }, () => src.int63Big());
    src.seed(5);
    assert.deepEqual(
      Array.from({ length: 700 }, () => src.int63Big()),
      a,
    );
  });

  test('after Seed(7): Float64, Float32, Uint32, Int31, Int31n, Int63n, Intn beyond 2^31', () => {
    const src = new RngSource(7);
    const s = fx.seed7;
    for (let i = 0; i < 100; i++) {
      assert.equal(formatFloat(src.float64(), 'g', -1, 64), s.float64![i], `float64 ${i}`);
      assert.equal(formatFloat(src.float32(), 'g', -1, 32), s.float32![i], `float32 ${i}`);
      assert.equal(src.uint32(), s.uint32![i], `uint32 ${i}`);
      assert.equal(src.int31(), s.int31![i], `int31 ${i}`);
      assert.equal(src.int31n((i + 1) * 12345), s.int31n![i], `int31n ${i}`);
      assert.equal(src.int63n(BigInt((i + 1) * 1000003)).toString(), s.int63n![i], `int63n ${i}`);
      assert.equal(String(src.intn(2 ** 40 + i)), s.intnBig![i], `intn ${i}`);
    }
  });

  test('invalid arguments panic with Go’s messages', () => {
    const src = new RngSource(1);
    assert.throws(() => src.intn(0), /invalid argument to Intn/);
    assert.throws(() => src.int31n(-1), /invalid argument to Int31n/);
    assert.throws(() => src.int63n(0n), /invalid argument to Int63n/);
  });
});
