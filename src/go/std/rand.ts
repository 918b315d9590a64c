// math/rand: Go 1.19's default generator, for the package-level functions.
//
// Mirrors Go's math/rand/rng.go (rngSource: an additive lagged Fibonacci
// generator x[n] = x[n-607] + x[n-273] over 64-bit words, seeded by running
// seedrand — Park–Miller's x·48271 mod (2^31−1) — and xoring rngCooked into
// the state) and rand.go (Int63, Int31, Uint32, Int63n, Int31n, the unexported
// int31n of Shuffle, Intn, Float64, Float32, Perm, Shuffle). Go 1.19 seeds the
// global source with 1 at start, so an unseeded program sees the same values
// every run, and so does this one.
//
// The state lives in JavaScript memory, not the heap: Go allocates the global
// rngSource (and its lockedSource and Rand) in math/rand's initialization, and
// here those allocations are absent from MemStats. Each 64-bit word is kept as
// halves (hi int32, lo uint32); the 64-bit results and arguments are compiled
// code's exact words (codegen/vlrt.ts), so a seed or a bound past 2^53 gives
// Go's sequence.

import { RuntimeError } from '../../runtime/panic.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { big, canon, type Int64 } from '../codegen/vlrt.js';
import { rngCooked } from './rngcooked.js';
import { goPanicString, sliceData, storePtr, writeInt64, writeSliceHeader } from './values.js';

const rngLen = 607;
const rngTap = 273;
const int32max = 2 ** 31 - 1;
const two32 = 4294967296;

/** seedrand: x·48271 mod (2^31−1) by Schrage's method, as Go computes it in int32. */
function seedrand(x: number): number {
  const hi = Math.trunc(x / 44488);
  const lo = x % 44488;
  x = 48271 * lo - 3399 * hi;
  return x < 0 ? x + int32max : x;
}

export class RngSource {
  private tap = 0;
  private feed = rngLen - rngTap;
  private readonly hi = new Int32Array(rngLen);
  private readonly lo = new Uint32Array(rngLen);

  constructor(seed: Int64) {
    this.seed(seed);
  }

  /** rngSource.Seed. */
  seed(seed: Int64): void {
    this.tap = 0;
    this.feed = rngLen - rngTap;
    let s = Number(big(seed) % BigInt(int32max));
    if (s < 0) s += int32max;
    if (s === 0) s = 89482311;
    let x = s;
    for (let i = -20; i < rngLen; i++) {
      x = seedrand(x);
      if (i >= 0) {
        let u = BigInt(x) << 40n;
        x = seedrand(x);
        u ^= BigInt(x) << 20n;
        x = seedrand(x);
        u ^= BigInt(x);
        u = BigInt.asIntN(64, u ^ rngCooked[i]!);
        this.hi[i] = Number(u >> 32n);
        this.lo[i] = Number(u & 0xffffffffn);
      }
    }
  }

  /** Uint64's step: the new word's halves (hi as a signed int32). */
  private step(): [number, number] {
    if (--this.tap < 0) this.tap += rngLen;
    if (--this.feed < 0) this.feed += rngLen;
    const f = this.feed;
    const t = this.tap;
    const lo = this.lo[f]! + this.lo[t]!;
    const carry = lo >= two32 ? 1 : 0;
    const hi = (this.hi[f]! + this.hi[t]! + carry) | 0;
    this.hi[f] = hi;
    this.lo[f] = lo >>> 0;
    return [hi, lo >>> 0];
  }

  /** Int63 as a BigInt (exact). */
  int63Big(): bigint {
    const [hi, lo] = this.step();
    return (BigInt(hi & 0x7fffffff) << 32n) | BigInt(lo);
  }

  /** Uint64 as a BigInt (exact). */
  uint64Big(): bigint {
    const [hi, lo] = this.step();
    return (BigInt(hi >>> 0) << 32n) | BigInt(lo);
  }

  /** Int31: the top 31 bits of Int63. */
  int31(): number {
    return this.step()[0] & 0x7fffffff;
  }

  /** Uint32: uint32(Int63 >> 31). */
  uint32(): number {
    const [hi, lo] = this.step();
    return (((hi & 0x7fffffff) << 1) | (lo >>> 31)) >>> 0;
  }

  int63n(n: bigint): bigint {
    if (n <= 0n) goPanicString('invalid argument to Int63n');
    if ((n & (n - 1n)) === 0n) return this.int63Big() & (n - 1n);
    const max = (1n << 63n) - 1n - ((1n << 63n) % n);
    let v = this.int63Big();
    while (v > max) v = this.int63Big();
    return v % n;
  }

  int31n(n: number): number {
    if (n <= 0) goPanicString('invalid argument to Int31n');
    if ((n & (n - 1)) === 0) return this.int31() & (n - 1);
    const max = int32max - (2 ** 31 % n);
    let v = this.int31();
    while (v > max) v = this.int31();
    return v % n;
  }

  /** The unexported int31n (Lemire's multiply-shift, used by Shuffle). */
  int31nFast(n: number): number {
    let v = this.uint32();
    let prod = BigInt(v) * BigInt(n);
    let low = Number(prod & 0xffffffffn);
    if (low < n) {
      const thresh = (two32 - n) % n;
      while (low < thresh) {
        v = this.uint32();
        prod = BigInt(v) * BigInt(n);
        low = Number(prod & 0xffffffffn);
      }
    }
    return Number(prod >> 32n);
  }

  intn(n: Int64): Int64 {
    if (n <= 0) goPanicString('invalid argument to Intn');
    if (n <= int32max) return this.int31n(Number(n));
    return canon(this.int63n(big(n)));
  }

  float64(): number {
    for (;;) {
      const f = Number(this.int63Big()) / 2 ** 63;
      if (f !== 1) return f;
    }
  }

  float32(): number {
    for (;;) {
      const f = Math.fround(this.float64());
      if (f !== 1) return f;
    }
  }
}

export const blocking: ReadonlySet<string> = new Set();

export function rand(env: Env): Record<string, GoFunc> {
  // globalRand: NewSource(1) at start.
  const src = new RngSource(1);
  return {
    Seed: (_fv: number, seed: Int64): void => src.seed(seed),
    Int63: (_fv: number): Int64 => canon(src.int63Big()),
    Uint64: (_fv: number): Int64 => canon(src.uint64Big()),
    Uint32: (_fv: number): number => src.uint32(),
    Int31: (_fv: number): number => src.int31(),
    Int: (_fv: number): Int64 => canon(src.int63Big()),
    Int63n: (_fv: number, n: Int64): Int64 => canon(src.int63n(big(n))),
    Int31n: (_fv: number, n: number): number => src.int31n(n),
    Intn: (_fv: number, n: Int64): Int64 => src.intn(n),
    Float64: (_fv: number): number => src.float64(),
    Float32: (_fv: number): number => src.float32(),
    // Perm(n): m := make([]int, n), then the inside-out shuffle with Intn(i+1).
    Perm: (_fv: number, res: number, n: Int64): void => {
      if (typeof n === 'bigint' || n < 0) throw new RuntimeError('makeslice: len out of range');
      const m = env.rt.makeslice(env.rt.types.int, n, n);
      writeSliceHeader(env, res, 0, n, n);
      storePtr(env, res, m);
      const base = sliceData(env, res);
      const at = (i: number): number => base + i * 8;
      for (let i = 0; i < n; i++) {
        const j = Number(src.intn(i + 1));
        env.mem.u32[at(i) >>> 2] = env.mem.u32[at(j) >>> 2]!;
        env.mem.u32[(at(i) + 4) >>> 2] = env.mem.u32[(at(j) + 4) >>> 2]!;
        writeInt64(env, at(j), i);
      }
    },
    // Shuffle(n, swap): Fisher–Yates from the top, Int63n above 2^31-2, int31n below.
    Shuffle: (_fv: number, n: Int64, swap: number): void => {
      if (n < 0) goPanicString('invalid argument to Shuffle');
      const f = env.FN[env.mem.u32[swap >>> 2]]!;
      let i = big(n) - 1n;
      for (; i > int32max - 1; i--) f(swap, canon(i), canon(src.int63n(i + 1n)));
      for (let k = Number(i); k > 0; k--) f(swap, k, src.int31nFast(k + 1));
    },
  };
}
