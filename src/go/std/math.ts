// math: the float64 functions and predicates programs use.
//
// Mirrors Go's math package special cases (math/abs.go, floor.go, dim.go Max
// and Min, pow.go, bits.go Inf/NaN/IsNaN/IsInf, signbit.go, copysign.go,
// mod.go). Where Go's result is exactly specified (Sqrt, Floor, Ceil, Trunc,
// Round, Abs, Mod, Max, Min, Dim, Remainder, Modf, Frexp, Ldexp, the
// Float*bits conversions) it is computed exactly. Every other function
// provided follows Go 1.19's algorithm on amd64 operation by operation, so
// its results are Go's bits: Exp, Log and Hypot as amd64's assembly computes
// them (Exp on a CPU with FMA: see fma), the rest as their Go code does
// (Exp2, Log2, Log10, Pow, Expm1, Log1p, Gamma, Sin, Cos, Tan with
// trig_reduce.go's Payne–Hanek reduction, Asin, Acos, Atan, Atan2, Sinh,
// Cosh, Tanh, Asinh, Acosh, Atanh, Cbrt); JavaScript's Math versions of most
// differ from them in the last bit for many ordinary inputs. Float64bits gives
// a uint64 word as compiled code has it (codegen/vlrt.ts: a bigint past 2^53),
// every bit kept, NaN payloads too. The constants (MaxInt, Pi, …) are in the
// front end's stub and compile to literals.

import type { Env, GoFunc } from '../codegen/env.js';
import { add64, canon, type Int64 } from '../codegen/vlrt.js';
import { writeInt64 } from './values.js';

/** Go's Round: half away from zero. */
function round(x: number): number {
  const t = Math.trunc(x);
  if (Math.abs(x - t) >= 0.5) return t + Math.sign(x);
  return t === 0 ? (Object.is(x, -0) || x < 0 ? -0 : 0) : t;
}

/** Go's RoundToEven. */
function roundToEven(x: number): number {
  const t = Math.trunc(x);
  const d = Math.abs(x - t);
  if (d > 0.5 || (d === 0.5 && t % 2 !== 0)) return t + Math.sign(x);
  return t === 0 ? (Object.is(x, -0) || x < 0 ? -0 : 0) : t;
}

function max(x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === 0 && x === y) return Object.is(x, -0) ? y : x;
  return x > y ? x : y;
}

function min(x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === 0 && x === y) return Object.is(x, -0) ? x : y;
  return x < y ? x : y;
}

function signbit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

// --- Go's own algorithms, where JavaScript's differ in the last bits ---
//
// Go 1.19 on amd64 computes Exp and Log in assembly (exp_amd64.s: a Taylor
// series after argument reduction, with FMA instructions when the CPU has
// them; log_amd64.s: log.go's polynomial on exponent bits, which misreads
// subnormals) and Hypot (hypot_amd64.s), the other functions here in Go,
// which the amd64 compiler does not fuse. V8's fdlibm ports round
// differently in places, so the functions below follow Go's sequence of
// float64 operations exactly.

const bitsF64 = new Float64Array(1);
const bitsU32 = new Uint32Array(bitsF64.buffer);
const bitsF32 = new Float32Array(1);
const bitsF32U = new Uint32Array(bitsF32.buffer);

/** The high and low words of x's IEEE 754 encoding. */
function words(x: number): [hi: number, lo: number] {
  bitsF64[0] = x;
  return [bitsU32[1]!, bitsU32[0]!];
}

function fromWords(hi: number, lo: number): number {
  bitsU32[1] = hi;
  bitsU32[0] = lo;
  return bitsF64[0]!;
}

const two32 = 2 ** 32;

/** Float64bits as a uint64 word value (codegen/vlrt.ts): a bigint once the bits pass 2^53. */
function float64bits(x: number): Int64 {
  const [hi, lo] = words(x);
  return hi < 0x200000 ? hi * two32 + lo : canon((BigInt(hi) << 32n) | BigInt(lo));
}

function float64frombits(b: Int64): number {
  if (typeof b === 'bigint') return fromWords(Number(b >> 32n), Number(b & 0xffffffffn));
  const hi = Math.floor(b / two32);
  return fromWords(hi, b - hi * two32);
}

const smallestNormal = 2.2250738585072014e-308;

/** Go's normalize: a subnormal scaled into the normal range, with the exponent that undoes it. */
function normalize(x: number): [number, number] {
  return Math.abs(x) < smallestNormal ? [x * 2 ** 52, -52] : [x, 0];
}

function frexp(f: number): [number, number] {
  if (f === 0 || !Number.isFinite(f)) return [f, 0];
  const [y, e] = normalize(f);
  const [hi, lo] = words(y);
  const exp = e + ((hi >>> 20) & 0x7ff) - 1022;
  return [fromWords((hi & 0x800fffff) | (1022 << 20), lo), exp];
}

function ldexp(frac: number, exp0: Int64): number {
  if (frac === 0 || !Number.isFinite(frac)) return frac;
  const [y, e] = normalize(frac);
  const [hi, lo] = words(y);
  // Go's int sum wraps: an exponent near MaxInt64 can come out hugely negative.
  const sum = add64(exp0, e + ((hi >>> 20) & 0x7ff) - 1023);
  if (sum < -1075) return y < 0 ? -0 : 0;
  if (sum > 1023) return y < 0 ? -Infinity : Infinity;
  let exp = Number(sum);
  let m = 1;
  if (exp < -1022) {
    exp += 53;
    m = 2 ** -53;
  }
  return m * fromWords((hi & 0x800fffff) | ((exp + 1023) << 20), lo);
}

/** Go's Modf: the integer part by clearing fraction bits, the fraction by subtraction. */
function modf(f: number): [number, number] {
  if (f < 1) {
    if (f < 0) {
      const [i, fr] = modf(-f);
      return [-i, -fr];
    }
    if (f === 0) return [f, f];
    return [0, f];
  }
  const [hi, lo] = words(f);
  const e = ((hi >>> 20) & 0x7ff) - 1023;
  let h = hi;
  let l = lo;
  // Clear the 52-e fraction bits (none once e >= 52; NaN and Inf keep theirs).
  if (e < 52) {
    const n = 52 - e;
    if (n >= 32) {
      l = 0;
      h &= ~((1 << (n - 32)) - 1);
    } else {
      l = (l & ~((2 ** n - 1) >>> 0)) >>> 0;
    }
  }
  const int = fromWords(h >>> 0, l);
  return [int, f - int];
}

function remainder(x: number, y: number): number {
  const tiny = 4.450147717014403e-308;
  const halfMax = 8.988465674311579e307;
  if (Number.isNaN(x) || Number.isNaN(y) || !Number.isFinite(x) || y === 0) return Number.NaN;
  if (!Number.isFinite(y)) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (y < 0) y = -y;
  if (x === y) return sign ? -0 : 0;
  if (y <= halfMax) x %= y + y;
  if (y < tiny) {
    if (x + x > y) {
      x -= y;
      if (x + x >= y) x -= y;
    }
  } else {
    const yHalf = 0.5 * y;
    if (x > yHalf) {
      x -= y;
      if (x >= yHalf) x -= y;
    }
  }
  return sign ? -x : x;
}

/** Go's Dim: x-y when positive, else +0 (and NaN as x-y gives it). */
function dim(x: number, y: number): number {
  const v = x - y;
  return v <= 0 ? 0 : v;
}

/** The finite x as m·2^e with m a BigInt. */
function bigParts(x: number): [bigint, number] {
  const [hi, lo] = words(x);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp !== 0) m |= 1n << 52n;
  if (hi >>> 31 === 1) m = -m;
  return [m, bexp === 0 ? -1074 : bexp - 1075];
}

/** Veltkamp's splitter for 53-bit doubles: 2^27 + 1. */
const splitter = 134217729;

/**
 * x·y + z rounded once (the VFMADD instructions), for finite operands.
 * Usually without BigInt: x·y = p + err exactly (Dekker's product, by
 * Veltkamp's split), p + z = s + e1 exactly (Knuth's TwoSum), so x·y + z =
 * s + e1 + err, and s + (e1 + err) rounded is the fused result whenever the
 * error of e1 + err cannot move it across a rounding boundary. Magnitudes
 * where the split could overflow or the error terms underflow, and results
 * within a relative 2^-50 of a boundary (a tie among them), take fmaExact.
 */
export function fma(x: number, y: number, z: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z) || x === 0 || y === 0)
    return x * y + z;
  const p = x * y;
  // The exact product is not zero: rounded once, even to a signed zero, it is the result.
  if (z === 0) return p;
  const ap = Math.abs(p);
  if (
    Math.abs(x) < 2 ** 995 &&
    Math.abs(y) < 2 ** 995 &&
    ap > 2 ** -960 &&
    ap < 2 ** 1000 &&
    Math.abs(z) < 2 ** 1000
  ) {
    let t = splitter * x;
    const xh = t - (t - x);
    const xl = x - xh;
    t = splitter * y;
    const yh = t - (t - y);
    const yl = y - yh;
    const err = xh * yh - p + xh * yl + xl * yh + xl * yl;
    const s = p + z;
    const sb = s - p;
    const e1 = p - (s - sb) + (z - sb);
    const e = e1 + err;
    const eb = e - e1;
    const e2 = e1 - (e - eb) + (err - eb);
    const r = s + e;
    if (e2 === 0) return r;
    // x·y + z = r + f + e2 exactly. When z outweighs x·y, as in a Horner
    // step, e1 + err is usually inexact, yet r is still the rounded result
    // unless f + e2 reaches half the gap to r's neighbour on its side.
    const rb = r - s;
    const f = s - (r - rb) + (e - rb);
    const tail = f + e2;
    bitsF64[0] = r;
    const rhi = bitsU32[1]!;
    const bexp = (rhi >>> 20) & 0x7ff;
    if (bexp > 54 && bexp < 0x7ff) {
      // Half of r's ulp, 2^(bexp-1023-53); a quarter below a power of two, where the gap halves.
      let half = fromWords((bexp - 53) << 20, 0);
      if ((rhi & 0xfffff) === 0 && bitsU32[0] === 0 && tail < 0 !== r < 0) half *= 0.5;
      // tail is f + e2 rounded, within a relative 2^-53 of it.
      if (Math.abs(tail) < half * (1 - 2 ** -50)) return r;
    }
  }
  return fmaExact(x, y, z);
}

/** fma by exact integer arithmetic on the operands' significands. */
export function fmaExact(x: number, y: number, z: number): number {
  const [mx, ex] = bigParts(x);
  const [my, ey] = bigParts(y);
  const [mz, ez] = bigParts(z);
  const ep = ex + ey;
  const e = Math.min(ep, ez);
  const sum = ((mx * my) << BigInt(ep - e)) + (mz << BigInt(ez - e));
  // An exact zero is +0, unless the operands' own zeros sign it as x·y + z does.
  if (sum === 0n) return x * y + z;
  const neg = sum < 0n;
  const s = neg ? -sum : sum;
  const len = s.toString(2).length;
  const shift = Math.max(len - 53, -1074 - e);
  let q: bigint;
  if (shift > 0) {
    q = s >> BigInt(shift);
    const rem = s - (q << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q++;
  } else {
    q = s;
  }
  const r = Number(q) * 2 ** (e + Math.max(shift, 0));
  return neg ? -r : r;
}

/** CVTSD2SL: to int32, rounding half to even; out of range is 0x80000000. */
function cvtsd2sl(x: number): number {
  if (!(x > -2147483648.5 && x < 2147483647.5)) return -2147483648;
  let r = Math.round(x);
  if (r - x === 0.5 && r % 2 !== 0) r--;
  return r;
}

// exp_amd64.s's constants.
const log2e = Math.LOG2E;
const ln2U = 0.693147180559663;
const ln2L = 2.8235290563031577e-13;
const expOverflow = 709.782712893384;
const expTaylor = [
  0.0000248015873015873, 0.0001984126984126984, 0.001388888888888889, 0.008333333333333333,
  0.041666666666666664, 0.16666666666666666, 0.5, 1.0,
];

/**
 * math.Exp as exp_amd64.s computes it on a CPU with AVX and FMA (the fused
 * path; without FMA each fused step is a multiply then an add).
 */
export function exp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > expOverflow) return Infinity;
  let k = cvtsd2sl(log2e * x);
  let r = fma(-ln2U, k, x);
  r = fma(-ln2L, k, r);
  r *= 0.0625;
  let p = expTaylor[0]!;
  for (let i = 1; i < expTaylor.length; i++) p = fma(p, r, expTaylor[i]!);
  r *= p;
  for (let i = 0; i < 3; i++) r *= r + 2;
  r = fma(r + 2, r, 1);
  k += 0x3ff;
  if (k >= 0x7ff) return Infinity;
  if (k <= 0) {
    if (k < -52) return 0;
    // Two steps, as the assembly scales a subnormal result.
    r *= 2 ** (k + 0x3fe - 1023);
    return r * 2 ** -1022;
  }
  return r * 2 ** (k - 1023);
}

const ln2Hi = 0.6931471803691238;
const ln2Lo = 1.9082149292705877e-10;
const lg = [
  0.6666666666666735, 0.3999999999940942, 0.2857142874366239, 0.22222198432149784, 0.1818357216161805,
  0.15313837699209373, 0.14798198605116586,
];

/** math.Log as log_amd64.s computes it: the exponent read from the bits, so a subnormal's is -1022. */
export function log(x: number): number {
  const [hi, lo] = words(x);
  if ((hi & 0x7fffffff) === 0 && lo === 0) return -Infinity;
  if (hi >>> 31 === 1) return Number.NaN;
  if (hi >= 0x7ff00000) return x;
  let f1 = fromWords((hi & 0xfffff) | 0x3fe00000, lo);
  let k = ((hi >>> 20) & 0x7ff) - 0x3fe;
  if (f1 <= Math.SQRT1_2) {
    k -= 1;
    f1 *= 2;
  }
  const f = f1 - 1;
  const s = f / (2 + f);
  const s2 = s * s;
  const s4 = s2 * s2;
  const t1 = s2 * (lg[0]! + s4 * (lg[2]! + s4 * (lg[4]! + s4 * lg[6]!)));
  const t2 = s4 * (lg[1]! + s4 * (lg[3]! + s4 * lg[5]!));
  const R = t1 + t2;
  const hfsq = 0.5 * f * f;
  return k * ln2Hi - (hfsq - (s * (hfsq + R) + k * ln2Lo) - f);
}

/** math.Log2 (log10.go): an exact power of two's exponent, else Log of the fraction. */
function log2(x: number): number {
  const [frac, e] = frexp(x);
  if (frac === 0.5) return e - 1;
  return log(frac) * Math.LOG2E + e;
}

/** math.Exp2 (exp.go): pure Go on amd64, so plain float64 operations. */
function exp2(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > 1.0239999999999999e3) return Infinity;
  if (x < -1.074e3) return 0;
  const k = x > 0 ? Math.trunc(x + 0.5) : x < 0 ? Math.trunc(x - 0.5) : 0;
  const t = x - k;
  return expmulti(t * ln2Hi, -t * ln2Lo, k);
}

/** e**r × 2**k where r = hi - lo and |r| ≤ ln(2)/2 (exp.go: expmulti). */
function expmulti(hi: number, lo: number, k: number): number {
  const r = hi - lo;
  const t = r * r;
  const c =
    r -
    t *
      (1.6666666666666666e-1 +
        t *
          (-2.7777777777015593e-3 +
            t * (6.613756321437934e-5 + t * (-1.6533902205465252e-6 + t * 4.1381367970572385e-8))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return ldexp(y, k);
}

/** math.Log1p (log1p.go). */
export function log1p(x: number): number {
  if (x < -1 || Number.isNaN(x)) return Number.NaN;
  if (x === -1) return -Infinity;
  if (x === Infinity) return Infinity;
  const absx = Math.abs(x);
  let f = 0;
  let iuHi = 0;
  let iuLo = 0;
  let k = 1;
  if (absx < 0.41421356237309503) {
    if (absx < 2 ** -29) {
      if (absx < 2 ** -54) return x;
      return x - x * x * 0.5;
    }
    if (x > -0.2928932188134525) {
      k = 0;
      f = x;
      iuLo = 1;
    }
  }
  let c = 0;
  if (k !== 0) {
    let u: number;
    if (absx < 2 ** 53) {
      u = 1.0 + x;
      [iuHi, iuLo] = words(u);
      k = (iuHi >>> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      [iuHi, iuLo] = words(u);
      k = (iuHi >>> 20) - 1023;
      c = 0;
    }
    iuHi &= 0xfffff;
    // Below the mantissa of Sqrt(2), 0x6a09e667f3bcd: u is normalized into [1, √2), else u/2 into [√2/2, 1).
    if (iuHi < 0x6a09e || (iuHi === 0x6a09e && iuLo < 0x667f3bcd)) {
      u = fromWords(iuHi | 0x3ff00000, iuLo);
    } else {
      k++;
      u = fromWords(iuHi | 0x3fe00000, iuLo);
      // iu = (0x0010000000000000 - iu) >> 2: only whether it is zero matters below.
      const rest = 0x100000 * two32 - (iuHi * two32 + iuLo);
      iuHi = 0;
      iuLo = rest >= 4 ? 1 : 0;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (iuHi === 0 && iuLo === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * ln2Lo;
      return k * ln2Hi + c;
    }
    const R = hfsq * (1.0 - 0.6666666666666666 * f);
    if (k === 0) return f - R;
    return k * ln2Hi - (R - (k * ln2Lo + c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R =
    z * (lg[0]! + z * (lg[1]! + z * (lg[2]! + z * (lg[3]! + z * (lg[4]! + z * (lg[5]! + z * lg[6]!))))));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * ln2Hi - (hfsq - (s * (hfsq + R) + (k * ln2Lo + c)) - f);
}

/** math.Expm1 (expm1.go). */
export function expm1(x: number): number {
  const ln2Half = 0.34657359027997264;
  const invLn2 = Math.LOG2E;
  const q = [
    -0.03333333333333313, 0.0015873015872548146, -0.0000793650757867488, 0.000004008217827329362,
    -2.0109921818362437e-7,
  ];
  if (x === Infinity || Number.isNaN(x)) return x;
  if (x === -Infinity) return -1;
  let absx = x;
  let sign = false;
  if (x < 0) {
    absx = -absx;
    sign = true;
  }
  if (absx >= 38.816242111356935) {
    if (sign) return -1;
    if (absx >= 709.782712893384) return Infinity;
  }
  let c = 0;
  let k = 0;
  if (absx > ln2Half) {
    let hi: number;
    let lo: number;
    if (absx < 1.0397207708399179) {
      if (!sign) {
        hi = x - ln2Hi;
        lo = ln2Lo;
        k = 1;
      } else {
        hi = x + ln2Hi;
        lo = -ln2Lo;
        k = -1;
      }
    } else {
      k = Math.trunc(sign ? invLn2 * x - 0.5 : invLn2 * x + 0.5);
      const t = k;
      hi = x - t * ln2Hi;
      lo = t * ln2Lo;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (absx < 2 ** -54) {
    return x;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (q[0]! + hxs * (q[1]! + hxs * (q[2]! + hxs * (q[3]! + hxs * q[4]!))));
  let t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  // Adding k to the exponent field (k may carry it out of range, as the bit arithmetic does).
  const scale = (y: number): number => {
    const [hi, lo] = words(y);
    return fromWords((hi + k * 0x100000) >>> 0, lo);
  };
  if (k <= -2 || k > 56) return scale(1 - (e - x)) - 1;
  if (k < 20) {
    t = fromWords(0x3ff00000 - (0x200000 >>> k), 0);
    return scale(t - (e - x));
  }
  t = fromWords((0x3ff - k) << 20, 0);
  let y = x - (e + t);
  y++;
  return scale(y);
}

/** math.Asinh (asinh.go). */
export function asinh(x: number): number {
  if (Number.isNaN(x) || !Number.isFinite(x)) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x > 2 ** 28) temp = log(x) + Math.LN2;
  else if (x > 2) temp = log(2 * x + 1 / (Math.sqrt(x * x + 1) + x));
  else if (x < 2 ** -28) temp = x;
  else temp = log1p(x + (x * x) / (1 + Math.sqrt(1 + x * x)));
  return sign ? -temp : temp;
}

/** math.Acosh (acosh.go). */
export function acosh(x: number): number {
  if (x < 1 || Number.isNaN(x)) return Number.NaN;
  if (x === 1) return 0;
  if (x >= 2 ** 28) return log(x) + Math.LN2;
  if (x > 2) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return log1p(t + Math.sqrt(2 * t + t * t));
}

/** math.Atanh (atanh.go). */
export function atanh(x: number): number {
  if (x < -1 || x > 1 || Number.isNaN(x)) return Number.NaN;
  if (x === 1) return Infinity;
  if (x === -1) return -Infinity;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x < 2 ** -28) temp = x;
  else if (x < 0.5) {
    temp = x + x;
    temp = 0.5 * log1p(temp + (temp * x) / (1 - x));
  } else temp = 0.5 * log1p((x + x) / (1 - x));
  return sign ? -temp : temp;
}

const sinCoef = [
  1.5896230157654656e-10, -2.5050747762857807e-8, 0.0000027557313621385722, -0.0001984126982958954,
  0.008333333333322118, -0.1666666666666663,
];
const cosCoef = [
  -1.1358536521387682e-11, 2.087570084197473e-9, -2.755731417929674e-7, 0.000024801587288851704,
  -0.0013888888888873056, 0.041666666666666595,
];

// sin.go's Pi/4 in three parts: the first two have trailing zero bits, so y times them is exact for y < 2^29.
const pi4A = 0.7853981256484985;
const pi4B = 3.774894707930798e-8;
const pi4C = 2.6951514290790595e-15;
/** The constant 4/Pi, rounded once. */
const fourOverPi = 1.2732395447351628;
const reduceThreshold = 2 ** 29;

/** Bits of 4/Pi, 64 to a word (trig_reduce.go's mPi4), for Payne–Hanek reduction. */
const mPi4 = [
  0x0000000000000001n,
  0x45f306dc9c882a53n,
  0xf84eafa3ea69bb81n,
  0xb6c52b3278872083n,
  0xfca2c757bd778ac3n,
  0x6e48dc74849ba5c0n,
  0x0c925dd413a32439n,
  0xfc3bd63962534e7dn,
  0xd1046bea5d768909n,
  0xd338e04d68befc82n,
  0x7323ac7306a673e9n,
  0x3908bf177bf25076n,
  0x3ff12fffbc0b301fn,
  0xde5e2316b414da3en,
  0xda6cfd9e4f96136en,
  0x9e8c7ecd3cbfd45an,
  0xea4f758fd7cbe2f6n,
  0x7a0e73ef14a525d4n,
  0xd7f6bf623f1aba10n,
  0xac06608df8f6d757n,
];
const mask64 = (1n << 64n) - 1n;

/** Go's uint64 shifts: a count of 64 or more gives 0. */
function shl64(v: bigint, n: number): bigint {
  return n >= 64 ? 0n : (v << BigInt(n)) & mask64;
}
function shr64(v: bigint, n: number): bigint {
  return n >= 64 ? 0n : v >> BigInt(n);
}

/**
 * trig_reduce.go's trigReduce for x ≥ 2^29: the octant j and the remainder
 * z of x modulo Pi/4, from x's 53-bit significand times the 192 bits of 4/Pi
 * that matter at its exponent, in uint64 arithmetic as Go does it (the low
 * half of the lowest partial product dropped, its carries kept).
 */
function trigReduce(x: number): [number, number] {
  if (x < Math.PI / 4) return [0, x];
  const [xhi, xlo] = words(x);
  const exp = ((xhi >>> 20) & 0x7ff) - 1023 - 52;
  const ix = (BigInt((xhi & 0xfffff) | 0x100000) << 32n) | BigInt(xlo);
  const digit = Math.floor((exp + 61) / 64);
  const bitshift = (exp + 61) % 64;
  const part = (i: number): bigint => shl64(mPi4[i]!, bitshift) | shr64(mPi4[i + 1]!, 64 - bitshift);
  const z = (part(digit) << 128n) | (part(digit + 1) << 64n) | part(digit + 2);
  const prod = ((z * ix) >> 64n) & ((1n << 128n) - 1n);
  let hi = prod >> 64n;
  const lo = prod & mask64;
  let j = Number(hi >> 61n);
  hi = shl64(hi, 3) | (lo >> 61n);
  const lz = 64 - hi.toString(2).length + (hi === 0n ? 1 : 0);
  const e = BigInt(1023 - (lz + 1));
  // Go shifts in the reduced word's original low half here, whose top bits hi already holds.
  hi = shl64(hi, lz + 1) | shr64(lo, 64 - (lz + 1));
  hi = (hi >> 12n) | ((e << 52n) & mask64);
  let r = fromWords(Number(hi >> 32n), Number(hi & 0xffffffffn));
  if ((j & 1) === 1) {
    j = (j + 1) & 7;
    r--;
  }
  return [j, r * (Math.PI / 4)];
}

/**
 * The even octant j (mod 8) nearest x ≥ 0 in units of Pi/4 and x's remainder
 * z from it: sin.go's three-part subtraction below 2^29, Payne–Hanek above.
 */
function trigArg(x: number): [number, number] {
  if (x >= reduceThreshold) return trigReduce(x);
  let j = Math.trunc(x * fourOverPi);
  let y = j;
  if (j % 2 === 1) {
    j++;
    y++;
  }
  return [j & 7, x - y * pi4A - y * pi4B - y * pi4C];
}

function sinPoly(z: number, zz: number): number {
  const c = sinCoef;
  return z + z * zz * (((((c[0]! * zz + c[1]!) * zz + c[2]!) * zz + c[3]!) * zz + c[4]!) * zz + c[5]!);
}

function cosPoly(zz: number): number {
  const c = cosCoef;
  return (
    1.0 -
    0.5 * zz +
    zz * zz * (((((c[0]! * zz + c[1]!) * zz + c[2]!) * zz + c[3]!) * zz + c[4]!) * zz + c[5]!)
  );
}

/** math.Sin (sin.go; Go code on amd64). */
export function sin(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return Number.NaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let [j, z] = trigArg(x);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  const zz = z * z;
  const y = j === 1 || j === 2 ? cosPoly(zz) : sinPoly(z, zz);
  return sign ? -y : y;
}

/** math.Cos (sin.go). */
export function cos(x: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  let [j, z] = trigArg(Math.abs(x));
  let sign = false;
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  const zz = z * z;
  const y = j === 1 || j === 2 ? sinPoly(z, zz) : cosPoly(zz);
  return sign ? -y : y;
}

const tanP = [-13093.693918138379, 1153516.6483858742, -17956525.197648488];
const tanQ = [1.0, 13681.296347069296, -1320892.3444021097, 25008380.18233579, -53869575.592945464];

/** math.Tan (tan.go): a rational approximation on the remainder, its negated reciprocal in odd quadrants. */
export function tan(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return Number.NaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  const [j, z] = trigArg(x);
  const zz = z * z;
  let y = z;
  if (zz > 1e-14) {
    y =
      z +
      z *
        ((zz * ((tanP[0]! * zz + tanP[1]!) * zz + tanP[2]!)) /
          ((((zz + tanQ[1]!) * zz + tanQ[2]!) * zz + tanQ[3]!) * zz + tanQ[4]!));
  }
  if ((j & 2) === 2) y = -1 / y;
  return sign ? -y : y;
}

/** atan.go's xatan: a rational approximation on [0, 0.66]. */
function xatan(x: number): number {
  const z0 = x * x;
  const z =
    (z0 *
      ((((-0.8750608600031904 * z0 + -16.157537187333652) * z0 + -75.00855792314705) * z0 +
        -122.88666844901361) *
        z0 +
        -64.85021904942025)) /
    (((((z0 + 24.858464901423062) * z0 + 165.02700983169885) * z0 + 432.88106049129027) * z0 +
      485.3903996359137) *
      z0 +
      194.5506571482614);
  return x * z + x;
}

/** Pi/2's rounding error (Pi/2 = the float64 Pi/2 + moreBits): atan.go's Morebits. */
const moreBits = 6.123233995736766e-17;

/** atan.go's satan: Atan of x ≥ 0, reduced into xatan's range by tan(Pi/2 - t) = 1/tan(t) or tan(Pi/4 + t). */
function satan(x: number): number {
  if (x <= 0.66) return xatan(x);
  if (x > 2.414213562373095) return Math.PI / 2 - xatan(1 / x) + moreBits;
  // 0.5*Morebits is a constant, halved exactly.
  return Math.PI / 4 + xatan((x - 1) / (x + 1)) + 3.061616997868383e-17;
}

/** math.Atan (atan.go). */
export function atan(x: number): number {
  if (x === 0) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

/** math.Asin (asin.go): satan of x/sqrt(1-x²), or its complement near 1. */
export function asin(x: number): number {
  if (x === 0) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return Number.NaN;
  let temp = Math.sqrt(1 - x * x);
  temp = x > 0.7 ? Math.PI / 2 - satan(temp / x) : satan(x / temp);
  return sign ? -temp : temp;
}

/** math.Acos (asin.go): Pi/2 - Asin(x). */
export function acos(x: number): number {
  return Math.PI / 2 - asin(x);
}

function copysign(x: number, y: number): number {
  return signbit(x) === signbit(y) ? x : -x;
}

/** math.Atan2 (atan2.go): the special cases, then Atan(y/x) moved by Pi into the left half-plane. */
export function atan2(y: number, x: number): number {
  if (Number.isNaN(y) || Number.isNaN(x)) return Number.NaN;
  if (y === 0) return copysign(x >= 0 && !signbit(x) ? 0 : Math.PI, y);
  if (x === 0) return copysign(Math.PI / 2, y);
  if (!Number.isFinite(x)) {
    if (x === Infinity) return copysign(Number.isFinite(y) ? 0 : Math.PI / 4, y);
    // 3*Pi/4, the constant rounded once.
    return copysign(Number.isFinite(y) ? Math.PI : 2.356194490192345, y);
  }
  if (!Number.isFinite(y)) return copysign(Math.PI / 2, y);
  const q = atan(y / x);
  if (x < 0) return q <= 0 ? q + Math.PI : q - Math.PI;
  return q;
}

/** math.Sinh (sinh.go): from Exp above 0.5, a rational approximation below. */
export function sinh(x: number): number {
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x > 21) temp = exp(x) * 0.5;
  else if (x > 0.5) {
    const ex = exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    const sq = x * x;
    temp =
      (((-26.30563213397497 * sq + -2894.211355989564) * sq + -89912.72022039509) * sq + -630767.3640497717) *
      x;
    temp = temp / (((sq + -173.6789535582337) * sq + 15215.17378790019) * sq + -630767.3640497717);
  }
  return sign ? -temp : temp;
}

/** math.Cosh (sinh.go): from Exp for every argument. */
export function cosh(x: number): number {
  x = Math.abs(x);
  if (x > 21) return exp(x) * 0.5;
  const ex = exp(x);
  return (ex + 1 / ex) * 0.5;
}

/** math.Tanh (tanh.go): ±1 past log(2^127)/2, from Exp(2|x|) down to 0.625, a rational approximation below. */
export function tanh(x: number): number {
  let z = Math.abs(x);
  if (z > 44.014845965556525) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    const s = exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x === 0) return x;
  const s = x * x;
  return (
    x +
    (x * s * ((-0.9643991794250523 * s + -99.28772310019185) * s + -1614.6876844170845)) /
      (((s + 112.81167849163293) * s + 2235.4883906010045) * s + 4844.063053251255)
  );
}

/** A float64 whose bits are x's (x ≥ 0) divided by 3 as a uint64, plus b in the high word. */
function bitsThird(x: number, b: number): number {
  const [hi, lo] = words(x);
  const qh = Math.floor(hi / 3);
  // Below 3·2^32, so exact; its third is at least 1/3 away from the next integer.
  const ql = Math.floor(((hi - qh * 3) * two32 + lo) / 3);
  return fromWords(qh + b, ql);
}

/**
 * math.Cbrt (cbrt.go): a first estimate from the exponent bits divided by
 * 3, a polynomial step, rounding to 23 bits so that t·t is exact, then one
 * Newton step.
 */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let t = bitsThird(x, 715094163);
  if (x < smallestNormal) t = bitsThird(2 ** 54 * x, 696219795);
  let r = (t * t) / x;
  let s = 0.5428571428571428 + r * t;
  t *= 0.35714285714285715 + 1.6071428571428572 / (s + 1.4142857142857144 + -0.7053061224489796 / s);
  // Keep the top 34 bits and add 1<<30 to the word, which may carry into the high word.
  const [th, tl] = words(t);
  const l = ((tl & 0xc0000000) >>> 0) + 0x40000000;
  t = l >= two32 ? fromWords(th + 1, l - two32) : fromWords(th, l);
  s = t * t;
  r = x / s;
  const w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

/**
 * math.Hypot as hypot_amd64.s computes it: max·sqrt(1 + (min/max)²) on the
 * absolute values; an infinity wins over a NaN.
 */
export function hypot(p: number, q: number): number {
  p = Math.abs(p);
  q = Math.abs(q);
  if (p === Infinity || q === Infinity) return Infinity;
  if (Number.isNaN(p) || Number.isNaN(q)) return Number.NaN;
  if (p === 0 && q === 0) return 0;
  const big = p > q ? p : q;
  const small = p > q ? q : p;
  const r = small / big;
  return Math.sqrt(r * r + 1) * big;
}

function isOddInt(x: number): boolean {
  const [xi, xf] = modf(x);
  return xf === 0 && Math.abs(xi) < 2 ** 63 && Math.abs(xi) % 2 === 1;
}

/** math.Pow (pow.go): repeated squaring of Frexp's mantissa, Exp(yf·Log(x)) for a fractional y. */
export function goPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === 0) {
    if (y < 0) return isOddInt(y) ? (Object.is(x, -0) ? -Infinity : Infinity) : Infinity;
    if (y > 0) return isOddInt(y) ? x : 0;
  }
  if (!Number.isFinite(y)) {
    if (x === -1) return 1;
    return Math.abs(x) < 1 === (y === Infinity) ? 0 : Infinity;
  }
  if (!Number.isFinite(x)) {
    if (x === -Infinity) return goPow(1 / x, -y);
    if (y < 0) return 0;
    if (y > 0) return Infinity;
  }
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);
  let [yi, yf] = modf(Math.abs(y));
  if (yf !== 0 && x < 0) return Number.NaN;
  if (yi >= 2 ** 63) {
    if (x === -1) return 1;
    return Math.abs(x) < 1 === y > 0 ? 0 : Infinity;
  }
  let a1 = 1.0;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
  }
  let [x1, xe] = frexp(x);
  // yi < 2^63 is an integer; halving it keeps it one.
  for (let i = yi; i !== 0; i = Math.floor(i / 2)) {
    if (xe < -(1 << 12) || 1 << 12 < xe) {
      ae += xe;
      break;
    }
    if (i % 2 === 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe *= 2;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

const gamP = [
  0.00016011952247675185, 0.0011913514700658638, 0.010421379756176158, 0.04763678004571372,
  0.20744822764843598, 0.4942148268014971, 1.0,
];
const gamQ = [
  -0.000023158187332412014, 0.0005396055804933034, -0.004456419138517973, 0.011813978522206043,
  0.035823639860549865, -0.23459179571824335, 0.0714304917030273, 1.0,
];
const gamS = [
  0.0007873113957930937, -0.00022954996161337813, -0.0026813261780578124, 0.0034722222160545866,
  0.08333333333334822,
];

/** Gamma's Stirling formula for x > 33, as two factors so that large results do not overflow early. */
function stirling(x: number): [number, number] {
  if (x > 200) return [Infinity, 1];
  let w = 1 / x;
  w = 1 + w * ((((gamS[0]! * w + gamS[1]!) * w + gamS[2]!) * w + gamS[3]!) * w + gamS[4]!);
  let y1 = exp(x);
  let y2 = 1.0;
  if (x > 143.01608) {
    const v = goPow(x, 0.5 * x - 0.25);
    y2 = v / y1;
    y1 = v;
  } else {
    y1 = goPow(x, x - 0.5) / y1;
  }
  return [y1, 2.5066282746310007 * w * y2];
}

/** math.Gamma (gamma.go). */
export function gamma(x: number): number {
  const euler = 0.5772156649015329;
  if ((x < 0 && modf(x)[1] === 0) || x === -Infinity || Number.isNaN(x)) return Number.NaN;
  if (x === Infinity) return Infinity;
  if (x === 0) return Object.is(x, -0) ? -Infinity : Infinity;
  let q = Math.abs(x);
  let p = Math.floor(q);
  if (q > 33) {
    if (x >= 0) {
      const [y1, y2] = stirling(x);
      return y1 * y2;
    }
    // int64(p)&1: past 2^63 the conversion gives MinInt64, which is even.
    const signgam = p < 2 ** 63 && p % 2 === 1 ? 1 : -1;
    let z = q - p;
    if (z > 0.5) {
      p = p + 1;
      z = q - p;
    }
    z = q * sin(Math.PI * z);
    if (z === 0) return signgam * Infinity;
    const [sq1, sq2] = stirling(q);
    const absz = Math.abs(z);
    const d = absz * sq1 * sq2;
    z = d === Infinity ? Math.PI / absz / sq1 / sq2 : Math.PI / d;
    return signgam * z;
  }
  let z = 1.0;
  while (x >= 3) {
    x = x - 1;
    z = z * x;
  }
  let small = false;
  while (x < 0) {
    if (x > -1e-9) {
      small = true;
      break;
    }
    z = z / x;
    x = x + 1;
  }
  if (!small) {
    while (x < 2) {
      if (x < 1e-9) {
        small = true;
        break;
      }
      z = z / x;
      x = x + 1;
    }
  }
  if (small) {
    if (x === 0) return Infinity;
    return z / ((1 + euler * x) * x);
  }
  if (x === 2) return z;
  x = x - 2;
  p =
    (((((x * gamP[0]! + gamP[1]!) * x + gamP[2]!) * x + gamP[3]!) * x + gamP[4]!) * x + gamP[5]!) * x +
    gamP[6]!;
  q =
    ((((((x * gamQ[0]! + gamQ[1]!) * x + gamQ[2]!) * x + gamQ[3]!) * x + gamQ[4]!) * x + gamQ[5]!) * x +
      gamQ[6]!) *
      x +
    gamQ[7]!;
  return (z * p) / q;
}

export const blocking: ReadonlySet<string> = new Set();

export function math(env: Env): Record<string, GoFunc> {
  const f1 =
    (f: (x: number) => number): GoFunc =>
    (_fv: number, x: number) =>
      f(x);
  const f2 =
    (f: (x: number, y: number) => number): GoFunc =>
    (_fv: number, x: number, y: number) =>
      f(x, y);
  return {
    Sqrt: f1(Math.sqrt),
    Cbrt: f1(cbrt),
    Abs: f1(Math.abs),
    Floor: f1(Math.floor),
    Ceil: f1(Math.ceil),
    Trunc: f1(Math.trunc),
    Round: f1(round),
    RoundToEven: f1(roundToEven),
    Max: f2(max),
    Min: f2(min),
    Pow: f2(goPow),
    Mod: f2((x, y) => x % y),
    Hypot: f2(hypot),
    Exp: f1(exp),
    Exp2: f1(exp2),
    Log: f1(log),
    Log2: f1(log2),
    // log10.go: Log scaled by the constant 1/Ln10, LOG10E rounded once.
    Log10: f1((x) => log(x) * Math.LOG10E),
    Log1p: f1(log1p),
    Sin: f1(sin),
    Cos: f1(cos),
    Tan: f1(tan),
    Asin: f1(asin),
    Acos: f1(acos),
    Atan: f1(atan),
    Atan2: f2(atan2),
    Sinh: f1(sinh),
    Cosh: f1(cosh),
    Tanh: f1(tanh),
    Inf: (_fv: number, sign: Int64): number => (sign >= 0 ? Infinity : -Infinity),
    NaN: (): number => Number.NaN,
    IsNaN: (_fv: number, x: number): boolean => Number.isNaN(x),
    IsInf: (_fv: number, x: number, sign: Int64): boolean =>
      (sign >= 0 && x === Infinity) || (sign <= 0 && x === -Infinity),
    Signbit: (_fv: number, x: number): boolean => signbit(x),
    Copysign: f2(copysign),
    Dim: f2(dim),
    Remainder: f2(remainder),
    Expm1: f1(expm1),
    Asinh: f1(asinh),
    Acosh: f1(acosh),
    Atanh: f1(atanh),
    Gamma: f1(gamma),
    Float64bits: (_fv: number, x: number): Int64 => float64bits(x),
    Float64frombits: (_fv: number, b: Int64): number => float64frombits(b),
    Float32bits: (_fv: number, f: number): number => {
      bitsF32[0] = f;
      return bitsF32U[0]!;
    },
    Float32frombits: (_fv: number, b: number): number => {
      bitsF32U[0] = b;
      return bitsF32[0]!;
    },
    // (int, frac float64) at res+0 and res+8.
    Modf: (_fv: number, res: number, f: number): void => {
      const [i, fr] = modf(f);
      env.mem.f64[res >>> 3] = i;
      env.mem.f64[(res + 8) >>> 3] = fr;
    },
    // (frac float64, exp int)
    Frexp: (_fv: number, res: number, f: number): void => {
      const [fr, e] = frexp(f);
      env.mem.f64[res >>> 3] = fr;
      writeInt64(env, res + 8, e);
    },
    Ldexp: (_fv: number, frac: number, exp: Int64): number => ldexp(frac, exp),
  };
}
