// math/bits: counting, rotating and reversing bits, and full-width
// arithmetic (carries, borrows, double-width products and quotients).
//
// Mirrors Go's math/bits/bits.go. The 8-, 16- and 32-bit functions take and
// give JavaScript numbers; uint and uint64 values are 64-bit words
// (codegen/vlrt.ts: a number while exact, a bigint past 2^53), so the 64-bit
// functions work on bigints where a number cannot hold the result. Div and
// Div64 panic as Go's do, with the runtime errors `integer divide by zero`
// (y = 0) and `integer overflow` (the quotient does not fit: y ≤ hi); Rem
// only for y = 0.
//
//   Add64, Sub64, Mul64, Div64: two results, written to the result area
//   res+0 and res+8 as the calling convention lays them out.
//
// None of these allocate.

import { RuntimeError } from '../../runtime/panic.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { big, canon, type Int64, store64 } from '../codegen/vlrt.js';

const mask64 = (1n << 64n) - 1n;
const two32 = 4294967296;

/** The low and high 32-bit halves of a uint64 word. */
function halves(x: Int64): [lo: number, hi: number] {
  if (typeof x === 'number') return [x >>> 0, Math.floor(x / two32)];
  return [Number(x & 0xffffffffn), Number(x >> 32n)];
}

function fromHalves(lo: number, hi: number): Int64 {
  return hi < 0x200000 ? hi * two32 + (lo >>> 0) : canon((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
}

export function leadingZeros64(x: Int64): number {
  const [lo, hi] = halves(x);
  return hi !== 0 ? Math.clz32(hi) : 32 + Math.clz32(lo);
}

export function trailingZeros64(x: Int64): number {
  const [lo, hi] = halves(x);
  if (lo !== 0) return ctz32(lo);
  return hi !== 0 ? 32 + ctz32(hi) : 64;
}

function ctz32(x: number): number {
  return x === 0 ? 32 : 31 - Math.clz32(x & -x);
}

function popcount32(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function onesCount64(x: Int64): number {
  const [lo, hi] = halves(x);
  return popcount32(lo) + popcount32(hi);
}

/** reverse32: x's 32 bits in reverse order. */
function reverse32(x: number): number {
  let v = x >>> 0;
  v = ((v >>> 1) & 0x55555555) | ((v & 0x55555555) << 1);
  v = ((v >>> 2) & 0x33333333) | ((v & 0x33333333) << 2);
  v = ((v >>> 4) & 0x0f0f0f0f) | ((v & 0x0f0f0f0f) << 4);
  return reverseBytes32(v);
}

function reverseBytes32(x: number): number {
  const v = x >>> 0;
  return ((v >>> 24) | ((v >>> 8) & 0xff00) | ((v & 0xff00) << 8) | (v << 24)) >>> 0;
}

export function reverse64(x: Int64): Int64 {
  const [lo, hi] = halves(x);
  return fromHalves(reverse32(hi), reverse32(lo));
}

export function reverseBytes64(x: Int64): Int64 {
  const [lo, hi] = halves(x);
  return fromHalves(reverseBytes32(hi), reverseBytes32(lo));
}

/** RotateLeft64(x, k): by k mod 64 to the left; a negative k rotates right. */
export function rotateLeft64(x: Int64, k: Int64): Int64 {
  const s = Number(BigInt.asUintN(6, big(k)));
  if (s === 0) return x;
  const b = big(x);
  return canon(((b << BigInt(s)) | (b >> BigInt(64 - s))) & mask64);
}

function rotateLeftN(x: number, k: Int64, n: number): number {
  const s = Number(BigInt.asUintN(Math.log2(n), big(k)));
  const m = n === 32 ? 0xffffffff : (1 << n) - 1;
  return s === 0 ? x : (((x << s) | (x >>> (n - s))) & m) >>> 0;
}

export function len64(x: Int64): number {
  return 64 - leadingZeros64(x);
}

/** Add64: x + y + carry and the carry out, by bits.go's formula (carry should be 0 or 1). */
export function add64(x: Int64, y: Int64, carry: Int64): [Int64, Int64] {
  const a = big(x);
  const b = big(y);
  const sum = (a + b + big(carry)) & mask64;
  return [canon(sum), Number(((a & b) | ((a | b) & ~sum & mask64)) >> 63n)];
}

/** Sub64: x − y − borrow and the borrow out, by bits.go's formula. */
export function sub64(x: Int64, y: Int64, borrow: Int64): [Int64, Int64] {
  const a = big(x);
  const b = big(y);
  const diff = (a - b - big(borrow)) & mask64;
  return [canon(diff), Number((((~a & b) | (~(a ^ b) & diff)) & mask64) >> 63n)];
}

/** Mul64: the 128-bit product of x and y as (hi, lo). */
export function mul64(x: Int64, y: Int64): [Int64, Int64] {
  const p = big(x) * big(y);
  return [canon(p >> 64n), canon(p & mask64)];
}

/** Div64: (hi, lo) / y as (quo, rem); panics for y = 0 and for y ≤ hi. */
export function div64(hi: Int64, lo: Int64, y: Int64): [Int64, Int64] {
  const d = big(y);
  if (d === 0n) throw new RuntimeError('integer divide by zero');
  if (d <= big(hi)) throw new RuntimeError('integer overflow');
  const n = (big(hi) << 64n) | big(lo);
  return [canon(n / d), canon(n % d)];
}

/** Rem64: (hi, lo) mod y, which needs no quotient that fits; panics only for y = 0. */
export function rem64(hi: Int64, lo: Int64, y: Int64): Int64 {
  const d = big(y);
  if (d === 0n) throw new RuntimeError('integer divide by zero');
  return canon(((big(hi) << 64n) | big(lo)) % d);
}

export const blocking: ReadonlySet<string> = new Set();

export function bits(env: Env): Record<string, GoFunc> {
  const { i32, u32 } = env.mem;
  /** Two uint64 results at res. */
  const pair = (res: number, [a, b]: [Int64, Int64]): void => {
    store64(i32, u32, res, a);
    store64(i32, u32, res + 8, b);
  };
  /** Two uint32 results at res (uint32 fields at offsets 0 and 4). */
  const pair32 = (res: number, a: number, b: number): void => {
    u32[res >>> 2] = a;
    u32[(res + 4) >>> 2] = b;
  };
  const lz = (_fv: number, x: Int64): number => leadingZeros64(x);
  const tz = (_fv: number, x: Int64): number => trailingZeros64(x);
  const ones = (_fv: number, x: Int64): number => onesCount64(x);
  const len = (_fv: number, x: Int64): number => len64(x);
  const rotl = (_fv: number, x: Int64, k: Int64): Int64 => rotateLeft64(x, k);
  const rev = (_fv: number, x: Int64): Int64 => reverse64(x);
  const revBytes = (_fv: number, x: Int64): Int64 => reverseBytes64(x);
  const add = (_fv: number, res: number, x: Int64, y: Int64, c: Int64): void => pair(res, add64(x, y, c));
  const sub = (_fv: number, res: number, x: Int64, y: Int64, b: Int64): void => pair(res, sub64(x, y, b));
  const mul = (_fv: number, res: number, x: Int64, y: Int64): void => pair(res, mul64(x, y));
  const div = (_fv: number, res: number, hi: Int64, lo: Int64, y: Int64): void => pair(res, div64(hi, lo, y));
  const rem = (_fv: number, hi: Int64, lo: Int64, y: Int64): Int64 => rem64(hi, lo, y);
  return {
    LeadingZeros: lz,
    LeadingZeros64: lz,
    LeadingZeros32: (_fv: number, x: number): number => Math.clz32(x),
    LeadingZeros16: (_fv: number, x: number): number => Math.clz32(x) - 16,
    LeadingZeros8: (_fv: number, x: number): number => Math.clz32(x) - 24,
    TrailingZeros: tz,
    TrailingZeros64: tz,
    TrailingZeros32: (_fv: number, x: number): number => ctz32(x),
    TrailingZeros16: (_fv: number, x: number): number => (x === 0 ? 16 : ctz32(x)),
    TrailingZeros8: (_fv: number, x: number): number => (x === 0 ? 8 : ctz32(x)),
    OnesCount: ones,
    OnesCount64: ones,
    OnesCount32: (_fv: number, x: number): number => popcount32(x),
    OnesCount16: (_fv: number, x: number): number => popcount32(x),
    OnesCount8: (_fv: number, x: number): number => popcount32(x),
    RotateLeft: rotl,
    RotateLeft64: rotl,
    RotateLeft32: (_fv: number, x: number, k: Int64): number => rotateLeftN(x, k, 32),
    RotateLeft16: (_fv: number, x: number, k: Int64): number => rotateLeftN(x, k, 16),
    RotateLeft8: (_fv: number, x: number, k: Int64): number => rotateLeftN(x, k, 8),
    Reverse: rev,
    Reverse64: rev,
    Reverse32: (_fv: number, x: number): number => reverse32(x),
    Reverse16: (_fv: number, x: number): number => reverse32(x) >>> 16,
    Reverse8: (_fv: number, x: number): number => reverse32(x) >>> 24,
    ReverseBytes: revBytes,
    ReverseBytes64: revBytes,
    ReverseBytes32: (_fv: number, x: number): number => reverseBytes32(x),
    ReverseBytes16: (_fv: number, x: number): number => ((x >>> 8) | (x << 8)) & 0xffff,
    Len: len,
    Len64: len,
    Len32: (_fv: number, x: number): number => 32 - Math.clz32(x),
    Len16: (_fv: number, x: number): number => 32 - Math.clz32(x),
    Len8: (_fv: number, x: number): number => 32 - Math.clz32(x),
    Add: add,
    Add64: add,
    Add32: (_fv: number, res: number, x: number, y: number, c: number): void => {
      const s = x + y + c;
      pair32(res, s >>> 0, Math.floor(s / two32));
    },
    Sub: sub,
    Sub64: sub,
    Sub32: (_fv: number, res: number, x: number, y: number, b: number): void => {
      const d = (x - y - b) >>> 0;
      pair32(res, d, ((~x & y) | (~(x ^ y) & d)) >>> 31);
    },
    Mul: mul,
    Mul64: mul,
    Mul32: (_fv: number, res: number, x: number, y: number): void => {
      const p = BigInt(x) * BigInt(y);
      pair32(res, Number(p >> 32n), Number(p & 0xffffffffn));
    },
    Div: div,
    Div64: div,
    Div32: (_fv: number, res: number, hi: number, lo: number, y: number): void => {
      if (y === 0) throw new RuntimeError('integer divide by zero');
      if (y <= hi) throw new RuntimeError('integer overflow');
      const n = (BigInt(hi) << 32n) | BigInt(lo);
      pair32(res, Number(n / BigInt(y)), Number(n % BigInt(y)));
    },
    Rem: rem,
    Rem64: rem,
    Rem32: (_fv: number, hi: number, lo: number, y: number): number => {
      if (y === 0) throw new RuntimeError('integer divide by zero');
      return Number(((BigInt(hi) << 32n) | BigInt(lo)) % BigInt(y));
    },
  };
}
