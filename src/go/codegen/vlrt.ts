// 64-bit integers in compiled code: the word value of int, int64, uint, uint64
// and uintptr, and Go's arithmetic on it.
//
// Mirrors runtime/vlrt.go and cmd/compile's decomposition of 64-bit operations
// for 32-bit targets (GOARCH=386, arm), which face the same problem: the
// machine's native number is narrower than Go's int. JavaScript's number is
// exact only to 2^53, so a 64-bit value is
//
//   a number   when it is a safe integer (|v| ≤ 2^53 − 1): nearly every value,
//              and the only kind a loop counter, a length or an index ever has;
//   a bigint   otherwise, holding the exact value: [−2^63, 2^63) for the
//              signed types, [0, 2^64) for the unsigned ones.
//
// The form is canonical — never a bigint for a safe value — so === compares
// two values, and <, <=, >, >= compare exactly across the two kinds (JavaScript
// compares a number with a bigint by value). String(v) is the decimal. What a
// JavaScript operator cannot do is mix the two in arithmetic, so every
// operation here takes a fast path when both operands are numbers and the
// result is safe, and falls back to bigint arithmetic wrapped to 64 bits.
// A program whose values stay small never leaves the fast path, and V8 sees
// only numbers there.
//
//   memory  [ lo u32 | hi i32 (u32 unsigned) ]   little-endian, as everywhere
//
// Division by zero and negative shift counts are the caller's checks (rt.ts):
// they panic with Go's texts before these run.

/** The word value of a 64-bit integer: see above. */
export type Int64 = number | bigint;

const maxSafe = 9007199254740991;
const two32 = 4294967296;
const mask32 = 0xffffffffn;

/** The canonical form of an exact integer b (already inside its type's range). */
export function canon(b: bigint): Int64 {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** The exact value of v as a bigint. */
export function big(v: Int64): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** b wrapped to int64 (two's complement), canonical. */
export function int64(b: bigint): Int64 {
  return canon(BigInt.asIntN(64, b));
}

/** b wrapped to uint64, canonical. */
export function uint64(b: bigint): Int64 {
  return canon(BigInt.asUintN(64, b));
}

/** Loads the int64 at addr (8-aligned) of the arena views. */
export function load64(i32: Int32Array, u32: Uint32Array, addr: number): Int64 {
  const hi = i32[(addr + 4) >>> 2]!;
  const lo = u32[addr >>> 2]!;
  // |hi| < 2^21 keeps the value inside ±2^53 − 2^32: safe without a test.
  if (hi > -0x200000 && hi < 0x200000) return hi * two32 + lo;
  return canon((BigInt(hi) << 32n) | BigInt(lo));
}

/** Loads the uint64 at addr. */
export function loadu64(u32: Uint32Array, addr: number): Int64 {
  const hi = u32[(addr + 4) >>> 2]!;
  const lo = u32[addr >>> 2]!;
  if (hi < 0x200000) return hi * two32 + lo;
  return canon((BigInt(hi) << 32n) | BigInt(lo));
}

/** Stores v (signed or unsigned: the same 64 bits) at addr. */
export function store64(i32: Int32Array, u32: Uint32Array, addr: number, v: Int64): void {
  if (typeof v === 'number') {
    if ((v | 0) === v) {
      // Most integers fit in 32 bits: the high word is the sign.
      i32[addr >>> 2] = v;
      i32[(addr + 4) >>> 2] = v >> 31;
      return;
    }
    const hi = Math.floor(v / two32);
    u32[addr >>> 2] = v - hi * two32;
    i32[(addr + 4) >>> 2] = hi;
    return;
  }
  const b = BigInt.asUintN(64, v);
  u32[addr >>> 2] = Number(b & mask32);
  u32[(addr + 4) >>> 2] = Number(b >> 32n);
}

/** The low 32 bits of v as a uint32: what a conversion to a narrower integer type keeps. */
export function low32(v: Int64): number {
  return typeof v === 'number' ? v >>> 0 : Number(BigInt.asUintN(32, v));
}

/** float64(v): rounded to nearest, ties to even, as Go's conversion. */
export function toFloat(v: Int64): number {
  return typeof v === 'number' ? v : Number(v);
}

/**
 * float32(v), rounded once to nearest, ties to even. A safe value is exact as
 * a float64, so Math.fround rounds it once; a bigint is rounded to 24
 * significant bits here, where going through float64 could round twice.
 */
export function toFloat32(v: Int64): number {
  if (typeof v === 'number') return Math.fround(v);
  const a = v < 0n ? -v : v;
  const shift = BigInt(a.toString(2).length - 24);
  let q = a >> shift;
  const r = a - (q << shift);
  const half = 1n << (shift - 1n);
  if (r > half || (r === half && (q & 1n) === 1n)) q++;
  const f = Number(q) * 2 ** Number(shift);
  return v < 0n ? -f : f;
}

export function add64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r >= -maxSafe && r <= maxSafe) return r;
  }
  return int64(big(a) + big(b));
}

export function addu64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= maxSafe) return r;
  }
  return uint64(big(a) + big(b));
}

export function sub64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= -maxSafe && r <= maxSafe) return r;
  }
  return int64(big(a) - big(b));
}

export function subu64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= 0) return r;
  }
  return uint64(big(a) - big(b));
}

export function mul64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    // A product that rounds inside the safe range was exact; + 0 turns −0 into 0.
    const r = a * b + 0;
    if (r >= -maxSafe && r <= maxSafe) return r;
  }
  return int64(big(a) * big(b));
}

export function mulu64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= maxSafe) return r;
  }
  return uint64(big(a) * big(b));
}

/**
 * a / b truncated toward zero, b ≠ 0. For safe operands the rounded float
 * quotient never crosses an integer, so Math.trunc of it is exact.
 * MinInt64 / −1 wraps to MinInt64, as in Go.
 */
export function quo64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') return Math.trunc(a / b) + 0;
  return int64(big(a) / big(b));
}

export function quou64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') return Math.trunc(a / b);
  return canon(big(a) / big(b));
}

/** a % b with the dividend's sign, b ≠ 0 (signed or unsigned). */
export function rem64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') return (a % b) + 0;
  return canon(big(a) % big(b));
}

export function neg64(a: Int64): Int64 {
  return typeof a === 'number' ? 0 - a : int64(-a);
}

export function negu64(a: Int64): Int64 {
  return a === 0 ? 0 : uint64(-big(a));
}

/** ^a for int64: −a − 1. */
export function com64(a: Int64): Int64 {
  return typeof a === 'number' && a < maxSafe ? -a - 1 : int64(-big(a) - 1n);
}

/** ^a for uint64: 2^64 − 1 − a. */
export function comu64(a: Int64): Int64 {
  return uint64(~big(a));
}

const isInt32 = (v: Int64): v is number => typeof v === 'number' && (v | 0) === v;

/** The high word of a safe integer, as an int32. */
const hiWord = (v: number): number => Math.floor(v / two32) | 0;

/** A result assembled from words that may lie just outside the safe range (−2^53). */
const join = (hi: number, lo: number): Int64 => {
  const r = hi * two32 + (lo >>> 0);
  return r >= -maxSafe ? r : canon(BigInt(r));
};

export function and64(a: Int64, b: Int64): Int64 {
  if (isInt32(a) && isInt32(b)) return a & b;
  if (typeof a === 'number' && typeof b === 'number')
    return join(hiWord(a) & hiWord(b), (a >>> 0) & (b >>> 0));
  return canon(big(a) & big(b));
}

export function or64(a: Int64, b: Int64): Int64 {
  if (isInt32(a) && isInt32(b)) return a | b;
  if (typeof a === 'number' && typeof b === 'number')
    return join(hiWord(a) | hiWord(b), (a >>> 0) | (b >>> 0));
  return canon(big(a) | big(b));
}

/** a ^ b for int64; for uint64 operands use xoru64 (their bits differ past 2^63). */
export function xor64(a: Int64, b: Int64): Int64 {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  if (typeof a === 'number' && typeof b === 'number')
    return join(hiWord(a) ^ hiWord(b), (a >>> 0) ^ (b >>> 0));
  return canon(big(a) ^ big(b));
}

export function xoru64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    // Two non-negative safe values: the high words stay below 2^21.
    return (hiWord(a) ^ hiWord(b)) * two32 + (((a >>> 0) ^ (b >>> 0)) >>> 0);
  }
  return canon(big(a) ^ big(b));
}

/** a &^ b (signed or unsigned: and with the complement of b's 64 bits). */
export function andnot64(a: Int64, b: Int64): Int64 {
  if (isInt32(a) && isInt32(b)) return a & ~b;
  return canon(big(a) & ~big(b));
}

/** a << n for int64; n ≥ 0 (a bigint count is ≥ 2^53: everything shifts out). */
export function shl64(a: Int64, n: Int64): Int64 {
  if (typeof n !== 'number' || n >= 64) return 0;
  if (typeof a === 'number') {
    const r = a * 2 ** n;
    if (r >= -maxSafe && r <= maxSafe) return r;
  }
  return int64(big(a) << BigInt(n));
}

export function shlu64(a: Int64, n: Int64): Int64 {
  if (typeof n !== 'number' || n >= 64) return 0;
  if (typeof a === 'number') {
    const r = a * 2 ** n;
    if (r <= maxSafe) return r;
  }
  return uint64(big(a) << BigInt(n));
}

/** a >> n: arithmetic for int64, logical for uint64 (its values are non-negative). */
export function shr64(a: Int64, n: Int64): Int64 {
  if (typeof n !== 'number' || n >= 64) return a < 0 ? -1 : 0;
  if (typeof a === 'number') return Math.floor(a / 2 ** n);
  return canon(a >> BigInt(n));
}

/** int64(v) of a uint64 value: the same bits, read signed. */
export function toInt64(v: Int64): Int64 {
  return typeof v === 'number' ? v : int64(v);
}

/** uint64(v) of an int64 value: the same bits, read unsigned. */
export function toUint64(v: Int64): Int64 {
  return typeof v === 'number' && v >= 0 ? v : uint64(big(v));
}

/**
 * int64(x) of a float64. Out of range (NaN, ±Inf, |x| ≥ 2^63) is
 * implementation-defined; amd64's CVTTSD2SQ gives the "integer indefinite"
 * 0x8000000000000000, −2^63.
 */
export function floatToInt64(x: number): Int64 {
  if (x >= -maxSafe && x <= maxSafe) return Math.trunc(x) + 0;
  if (x >= -(2 ** 63) && x < 2 ** 63) return BigInt(x);
  return -(2n ** 63n);
}

/**
 * uint64(x) of a float64, as cmd/compile's floatToUint builds it: below 2^63
 * the signed conversion (a negative x gives its two's complement); otherwise
 * (NaN too, which fails x < 2^63) x − 2^63 converted, or'd with 1 << 63.
 */
export function floatToUint64(x: number): Int64 {
  if (x >= 0 && x <= maxSafe) return Math.trunc(x);
  if (x < 2 ** 63) return uint64(big(floatToInt64(x)));
  return uint64(big(floatToInt64(x - 2 ** 63)) | (1n << 63n));
}
