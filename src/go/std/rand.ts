// math/rand: Go 1.19's generator, for the package-level functions, for
// sources from NewSource and for *Rand over any Source.
//
// Mirrors Go's math/rand/rng.go (rngSource: an additive lagged Fibonacci
// generator x[n] = x[n-607] + x[n-273] over 64-bit words, seeded by running
// seedrand — Park–Miller's x·48271 mod (2^31−1) — and xoring rngCooked into
// the state) and rand.go (New, NewSource and the Rand methods Int63, Int31,
// Uint32, Uint64, Int63n, Int31n, the unexported int31n of Shuffle, Intn,
// Float64, Float32, Perm, Shuffle, Seed). Go 1.19 seeds the global source
// with 1 at start, so an unseeded program sees the same values every run,
// and so does this one.
//
// The package-level source's state lives in JavaScript memory, not the heap:
// Go allocates the global rngSource (and its lockedSource and Rand) in
// math/rand's initialization, and here those allocations are absent from
// MemStats. A NewSource's state is its heap object (4872 bytes, as Go's), and
// New's Rand is Go's 48-byte object. The 64-bit results and arguments are
// compiled code's exact words (codegen/vlrt.ts), so a seed or a bound past
// 2^53 gives Go's sequence.

import { RuntimeError } from '../../runtime/panic.js';
import type { Type } from '../../runtime/type.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { big, canon, type Int64 } from '../codegen/vlrt.js';
import { stdMethod, stdType, writeIface } from './errors.js';
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

/**
 * What rand.go's Rand methods derive from a source: every draw in terms of
 * Int63 (and Uint64), so a program's own Source gives the sequence Go's
 * Rand would.
 */
export abstract class Generator {
  /** Int63 as a BigInt (exact). */
  abstract int63Big(): bigint;
  /** Uint64 as a BigInt (exact): a Source64's, else Go's composition of two Int63s. */
  abstract uint64Big(): bigint;

  /** Int31: the top 31 bits of Int63. */
  int31(): number {
    return Number(this.int63Big() >> 32n);
  }

  /** Uint32: uint32(Int63 >> 31). */
  uint32(): number {
    return Number((this.int63Big() >> 31n) & 0xffffffffn);
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

/**
 * rngSource. Its state is words w[b+2i] (low half) and w[b+2i+1] (high
 * half) of vec[i], with tap and feed at w[b−4] and w[b−2]: Go's layout
 *
 *   rngSource  [ tap int | feed int | vec [607]int64 ]   4872 bytes
 *
 * so a source from rand.NewSource keeps its state in its heap object (w the
 * arena's words), and the package-level one in memory of its own.
 */
export class RngSource extends Generator {
  private readonly w: Uint32Array;
  private readonly b: number;

  constructor(seed: Int64 | undefined, w?: Uint32Array, b?: number) {
    super();
    this.w = w ?? new Uint32Array(4 + 2 * rngLen);
    this.b = b ?? 4;
    if (seed !== undefined) this.seed(seed);
  }

  /** rngSource.Seed. */
  seed(seed: Int64): void {
    const w = this.w;
    const b = this.b;
    w[b - 4] = 0;
    w[b - 3] = 0;
    w[b - 2] = rngLen - rngTap;
    w[b - 1] = 0;
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
        u = BigInt.asUintN(64, u ^ rngCooked[i]!);
        w[b + 2 * i] = Number(u & 0xffffffffn);
        w[b + 2 * i + 1] = Number(u >> 32n);
      }
    }
  }

  /** Uint64's step: the new word's halves (hi as a signed int32). */
  private step(): [number, number] {
    const w = this.w;
    const b = this.b;
    let t = w[b - 4]! - 1;
    if (t < 0) t += rngLen;
    let f = w[b - 2]! - 1;
    if (f < 0) f += rngLen;
    w[b - 4] = t;
    w[b - 2] = f;
    const lo = w[b + 2 * f]! + w[b + 2 * t]!;
    const carry = lo >= two32 ? 1 : 0;
    const hi = (w[b + 2 * f + 1]! + w[b + 2 * t + 1]! + carry) | 0;
    w[b + 2 * f] = lo >>> 0;
    w[b + 2 * f + 1] = hi;
    return [hi, lo >>> 0];
  }

  int63Big(): bigint {
    const [hi, lo] = this.step();
    return (BigInt(hi & 0x7fffffff) << 32n) | BigInt(lo);
  }

  uint64Big(): bigint {
    const [hi, lo] = this.step();
    return (BigInt(hi >>> 0) << 32n) | BigInt(lo);
  }

  override int31(): number {
    return this.step()[0] & 0x7fffffff;
  }

  override uint32(): number {
    const [hi, lo] = this.step();
    return (((hi & 0x7fffffff) << 1) | (lo >>> 31)) >>> 0;
  }
}

export const blocking: ReadonlySet<string> = new Set();

/**
 * A program's own Source (or Source64) behind a *Rand: Int63, Uint64 and
 * Seed are its methods, called through the interface words at src and s64.
 */
class MethodSource extends Generator {
  constructor(
    private readonly env: Env,
    private readonly src: number,
    private readonly s64: number,
  ) {
    super();
  }

  private call(iface: number, name: string, ...args: unknown[]): unknown {
    const u32 = this.env.mem.u32;
    const tw = u32[iface >>> 2]!;
    if (tw === 0) throw new RuntimeError('invalid memory address or nil pointer dereference');
    const i = this.env.type(tw - 1).methods.get(name)!;
    return this.env.FN[i]!(0, u32[(iface + 8) >>> 2]!, ...args);
  }

  int63Big(): bigint {
    return big(this.call(this.src, 'Int63') as Int64);
  }

  uint64Big(): bigint {
    if (this.env.mem.u32[this.s64 >>> 2] !== 0)
      return BigInt.asUintN(64, big(this.call(this.s64, 'Uint64') as Int64));
    // Go's Rand.Uint64 without a Source64: uint64(Int63())>>31 | uint64(Int63())<<32.
    const a = BigInt.asUintN(64, this.int63Big()) >> 31n;
    return a | BigInt.asUintN(64, this.int63Big() << 32n);
  }

  seed(seed: Int64): void {
    this.call(this.src, 'Seed', seed);
  }
}

/**
 *   Rand  [ src Source | s64 Source64 | readVal int64 | readPos int ]   48 bytes
 */
const randSrc = 0;
const randS64 = 16;
const randReadPos = 40;

function randTypes(env: Env) {
  const T = env.rt.types;
  const source = T.iface('rand.Source', ['Int63', 'Seed']);
  const source64 = T.iface('rand.Source64', ['Int63', 'Seed', 'Uint64']);
  const rng = stdType(env, 'rand.rngSource', () =>
    T.struct('rand.rngSource', { tap: T.int, feed: T.int, vec: T.array(T.int64, rngLen) }),
  );
  const rand = stdType(env, 'rand.Rand', () =>
    T.struct('rand.Rand', { src: source, s64: source64, readVal: T.int64, readPos: T.int }),
  );
  return { rng: T.ptr(rng), rand };
}

/** The rngSource whose state is the heap object at p. */
function heapSource(env: Env, p: number): RngSource {
  return new RngSource(undefined, env.mem.u32, (p + 16) >>> 2);
}

/** The functions rand.go defines both on *Rand and at package level, over generator g(). */
function draws(env: Env, g: (r: number) => Generator): Record<string, GoFunc> {
  return {
    Int63: (_fv: number, r: number): Int64 => canon(g(r).int63Big()),
    Uint64: (_fv: number, r: number): Int64 => canon(g(r).uint64Big()),
    Uint32: (_fv: number, r: number): number => g(r).uint32(),
    Int31: (_fv: number, r: number): number => g(r).int31(),
    Int: (_fv: number, r: number): Int64 => canon(g(r).int63Big()),
    Int63n: (_fv: number, r: number, n: Int64): Int64 => canon(g(r).int63n(big(n))),
    Int31n: (_fv: number, r: number, n: number): number => g(r).int31n(n),
    Intn: (_fv: number, r: number, n: Int64): Int64 => g(r).intn(n),
    Float64: (_fv: number, r: number): number => g(r).float64(),
    Float32: (_fv: number, r: number): number => g(r).float32(),
    // Perm(n): m := make([]int, n), then the inside-out shuffle with Intn(i+1).
    Perm: (_fv: number, res: number, r: number, n: Int64): void => {
      if (typeof n === 'bigint' || n < 0) throw new RuntimeError('makeslice: len out of range');
      const src = g(r);
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
    Shuffle: (_fv: number, r: number, n: Int64, swap: number): void => {
      if (n < 0) goPanicString('invalid argument to Shuffle');
      const src = g(r);
      const f = env.FN[env.mem.u32[swap >>> 2]]!;
      let i = big(n) - 1n;
      for (; i > int32max - 1; i--) f(swap, canon(i), canon(src.int63n(i + 1n)));
      for (let k = Number(i); k > 0; k--) f(swap, k, src.int31nFast(k + 1));
    },
  };
}

export function rand(env: Env): Record<string, GoFunc> {
  // globalRand: NewSource(1) at start.
  const global = new RngSource(1);
  const u32 = env.mem.u32;
  /** The generator behind the *Rand at r: its rngSource's state in place, or its Source's methods. */
  const ofRand = (r: number): Generator => {
    if (r === 0) throw new RuntimeError('invalid memory address or nil pointer dereference');
    const tw = u32[(r + randSrc) >>> 2]!;
    if (tw !== 0 && env.type(tw - 1) === randTypes(env).rng)
      return heapSource(env, u32[(r + randSrc + 8) >>> 2]!);
    return new MethodSource(env, r + randSrc, r + randS64);
  };
  const pkg: Record<string, GoFunc> = {};
  const methods: Record<string, GoFunc> = {};
  for (const [name, f] of Object.entries(draws(env, () => global))) {
    // The package-level functions are globalRand's methods without the receiver.
    pkg[name] =
      name === 'Perm'
        ? (fv: number, res: number, n: Int64) => f(fv, res, 0, n)
        : (fv: number, ...a: unknown[]) => f(fv, 0, ...a);
  }
  for (const [name, f] of Object.entries(draws(env, ofRand))) methods[`(*Rand).${name}`] = f;
  const rngMethods = (t: Type): void => {
    stdMethod(env, t, 'Int63', (_fv: number, p: number): Int64 => canon(heapSource(env, p).int63Big()));
    stdMethod(env, t, 'Uint64', (_fv: number, p: number): Int64 => canon(heapSource(env, p).uint64Big()));
    stdMethod(env, t, 'Seed', (_fv: number, p: number, seed: Int64): void => heapSource(env, p).seed(seed));
  };
  return {
    ...pkg,
    Seed: (_fv: number, seed: Int64): void => global.seed(seed),
    ...methods,
    // NewSource(seed): one rngSource object (4872 bytes, no pointers), seeded in place.
    NewSource: (_fv: number, res: number, seed: Int64): void => {
      const { rng } = randTypes(env);
      rngMethods(rng);
      const p = env.rt.new(rng.elem!);
      heapSource(env, p).seed(seed);
      writeIface(env, res, rng, p);
    },
    // New(src): &Rand{src: src, s64: src.(Source64)}.
    New: (_fv: number, src: number): number => {
      const r = env.rt.new(randTypes(env).rand);
      const tw = u32[src >>> 2]!;
      const data = u32[(src + 8) >>> 2]!;
      u32[(r + randSrc) >>> 2] = tw;
      env.rt.writePointer(r + randSrc + 8, data);
      if (tw !== 0 && env.type(tw - 1).methods.has('Uint64')) {
        u32[(r + randS64) >>> 2] = tw;
        env.rt.writePointer(r + randS64 + 8, data);
      }
      return r;
    },
    // Seed on a *Rand: the source's Seed, and the Read position reset.
    '(*Rand).Seed': (_fv: number, r: number, seed: Int64): void => {
      const g = ofRand(r);
      if (g instanceof RngSource) g.seed(seed);
      else (g as MethodSource).seed(seed);
      writeInt64(env, r + randReadPos, 0);
    },
  };
}
