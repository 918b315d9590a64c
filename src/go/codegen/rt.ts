// The helpers compiled code calls for what one JavaScript operator cannot do:
// 64-bit loads and stores, the write barrier, Go's integer semantics (division
// by zero, negative shift counts, and the 64-bit arithmetic of vlrt.ts, which
// these hand on), bounds checks with Go's panic texts, and strings
// (concatenation, comparison, conversions).
//
// Mirrors the pieces of Go's runtime the compiler calls by name
// (panicIndex, panicdivide, concatstrings, cmpstring, slicebytetostring,
// stringtoslicebyte, intstring, …). The helpers close over one Env; the
// generated module destructures them into local constants so V8 can inline
// them at the call sites.

import {
  nilPanic,
  panicIndex,
  panicSliceAcap,
  panicSliceAlen,
  panicSliceB,
  RuntimeError,
} from '../../runtime/panic.js';
import { readUTF8, utf8Length, writeUTF8 } from '../../runtime/string.js';
import type { Env } from './env.js';
import {
  add64,
  addu64,
  and64,
  andnot64,
  com64,
  comu64,
  floatToInt64,
  floatToUint64,
  type Int64,
  load64,
  loadu64,
  low32,
  mul64,
  mulu64,
  neg64,
  negu64,
  or64,
  quo64,
  quou64,
  rem64,
  shl64,
  shlu64,
  shr64,
  store64,
  sub64,
  subu64,
  toFloat,
  toFloat32,
  toInt64,
  toUint64,
  xor64,
  xoru64,
} from './vlrt.js';

const two32 = 4294967296;
const two63 = 2 ** 63;

export type Helpers = ReturnType<typeof makeHelpers>;

export function makeHelpers(env: Env) {
  const mem = env.mem;
  const U8 = mem.u8;
  const I32 = mem.i32;
  const U32 = mem.u32;
  const rt = env.rt;
  const heap = rt.heap;

  // Lengths and capacities: a header word known to hold a small non-negative int.
  const ldn = (a: number): number => I32[(a + 4) >>> 2]! * two32 + U32[a >>> 2]!;
  // A 64-bit integer word, exact (vlrt.ts). Loads and stores are on every
  // path through memory, so the common cases — a high word under 2^21, a
  // value of 32 bits — are written here rather than one call further down.
  const ldi = (a: number): Int64 => {
    const hi = I32[(a + 4) >>> 2]!;
    return hi > -0x200000 && hi < 0x200000 ? hi * two32 + U32[a >>> 2]! : load64(I32, U32, a);
  };
  const ldu = (a: number): Int64 => {
    const hi = U32[(a + 4) >>> 2]!;
    return hi < 0x200000 ? hi * two32 + U32[a >>> 2]! : loadu64(U32, a);
  };
  const st64 = (a: number, v: Int64): void => {
    if (typeof v === 'number' && (v | 0) === v) {
      I32[a >>> 2] = v;
      I32[(a + 4) >>> 2] = v >> 31;
    } else store64(I32, U32, a, v);
  };
  // The write barrier: every pointer store that may land in the heap.
  // Runtime.storePointer without its pointer check (compiled code runs with
  // checks off), inlined here because it is on every heap pointer store.
  const WP = (slot: number, p: number): void => {
    if (heap.writeBarrier) heap.collector!.writeBarrier(slot, p);
    U32[slot >>> 2] = p;
  };

  const nilpanic = nilPanic;
  const chk = (p: number): number => (p === 0 ? nilPanic() : p);
  // The index may be a 64-bit bigint: one never passes the check, and the panic text prints it exactly.
  const idx = (i: Int64, n: number): number => {
    if (i >= 0 && i < n) return i as number;
    // boundsError: a negative index is reported without the length.
    if (i < 0) throw new RuntimeError(`index out of range [${i}]`);
    return panicIndex(i, n);
  };
  const sliceHigh = (h: Int64, cap: number, what: string): never =>
    what === 'length' ? panicSliceAlen(h, cap) : panicSliceAcap(h, cap);
  const sliceLow = panicSliceB;
  const sliceHigh3 = (m: Int64, cap: number): never => {
    throw new RuntimeError(`slice bounds out of range [::${m}] with capacity ${cap}`);
  };
  // (*[n]T)(s): the slice's array, once its length is known to cover n elements (Go's panicSliceConvert).
  const slice2arr = (s: number, n: number): number => {
    const len = ldn(s + 8);
    if (len < n)
      throw new RuntimeError(`cannot convert slice with length ${len} to pointer to array with length ${n}`);
    return U32[s >>> 2]!;
  };
  const sliceB = (h: Int64, m: Int64): never => {
    throw new RuntimeError(`slice bounds out of range [:${h}:${m}]`);
  };
  const divzero = (): never => {
    throw new RuntimeError('integer divide by zero');
  };
  // Division and remainder of any integer type: the 64-bit helpers' number
  // paths are exact for the narrower types too, which wrap the quotient after.
  const quo = (a: Int64, b: Int64): Int64 => (b === 0 ? divzero() : quo64(a, b));
  const quou = (a: Int64, b: Int64): Int64 => (b === 0 ? divzero() : quou64(a, b));
  const rem = (a: Int64, b: Int64): Int64 => (b === 0 ? divzero() : rem64(a, b));
  // A float converted to an integer type of 32 bits or fewer that it does not
  // fit (NaN, ±Inf, past the range) is implementation-dependent; on amd64
  // the truncating conversions give "integer indefinite", 0x80…0: uint32
  // converts through int64 (-2^63, whose low 32 bits are 0), the others
  // through int32 (-2^31), keeping its low bits. The results are only ever
  // narrowed, and >>> 0, | 0 narrow any integral number exactly.
  const f2i64 = (x: number): number => (x >= -two63 && x < two63 ? Math.trunc(x) : -two63);
  const f2i32 = (x: number): number => (x >= -2147483648 && x < 2147483648 ? Math.trunc(x) : -2147483648);
  // A signed shift count must not be negative; a 64-bit one may be a bigint.
  const shiftCheck = <T extends Int64>(n: T): T => {
    if (n < 0) throw new RuntimeError('negative shift amount');
    return n;
  };
  // 32-bit and narrower shifts; the count may be of any integer type.
  const shl32 = (a: number, n: Int64): number => (shiftCheck(n) >= 32 ? 0 : a << (n as number));
  const shr32 = (a: number, n: Int64): number => (shiftCheck(n) >= 32 ? a >> 31 : a >> (n as number));
  const shru32 = (a: number, n: Int64): number => (shiftCheck(n) >= 32 ? 0 : a >>> (n as number));

  // Strings: [ptr | len] headers at addresses.
  const gostring = (s: number): string => readUTF8(mem, U32[s >>> 2]!, ldn(s + 8));
  const setstr = (dst: number, p: number, n: number): void => {
    U32[dst >>> 2] = p;
    U32[(dst + 4) >>> 2] = 0;
    st64(dst + 8, n);
  };
  /** rawstring: n bytes for a new string, on the heap (or in buf, a frame temp of 32 bytes). */
  const rawstring = (n: number, buf: number): number => {
    if (n === 0) return 0;
    if (buf !== 0 && n <= 32) return buf;
    return rt.mallocgc(n, null, false);
  };
  const newstr = (dst: number, s: string, buf: number): number => {
    const n = utf8Length(s);
    const p = rawstring(n, buf);
    if (n > 0) writeUTF8(mem, p, n, s);
    setstr(dst, p, n);
    return dst;
  };
  /** concatstrings: dst = a + b (+ …), one allocation of the total length. */
  const concat = (dst: number, buf: number, parts: number[]): number => {
    let n = 0;
    let nonEmpty = -1;
    let count = 0;
    for (const s of parts) {
      const l = ldn(s + 8);
      if (l > 0) {
        n += l;
        count++;
        nonEmpty = s;
      }
    }
    // Go returns the only non-empty operand itself when it needs no copy: when
    // the result stays in the frame (buf) or the operand's bytes are not in a
    // stack buffer (stringDataOnStack), which a later string(r) or string(b)
    // in the same frame would overwrite.
    if (count === 0) {
      setstr(dst, 0, 0);
      return dst;
    }
    if (count === 1 && (buf !== 0 || !env.sched.onStack(U32[nonEmpty >>> 2]!))) {
      setstr(dst, U32[nonEmpty >>> 2]!, n);
      return dst;
    }
    const p = rawstring(n, buf);
    let o = p;
    for (const s of parts) {
      const l = ldn(s + 8);
      const q = U32[s >>> 2]!;
      U8.copyWithin(o, q, q + l);
      o += l;
    }
    setstr(dst, p, n);
    return dst;
  };
  const streq = (a: number, b: number): boolean => {
    const n = ldn(a + 8);
    if (n !== ldn(b + 8)) return false;
    const p = U32[a >>> 2]!;
    const q = U32[b >>> 2]!;
    if (p === q) return true;
    for (let i = 0; i < n; i++) if (U8[p + i] !== U8[q + i]) return false;
    return true;
  };
  const strcmp = (a: number, b: number): number => {
    const n = ldn(a + 8);
    const m = ldn(b + 8);
    const p = U32[a >>> 2]!;
    const q = U32[b >>> 2]!;
    const l = Math.min(n, m);
    for (let i = 0; i < l; i++) {
      const d = U8[p + i]! - U8[q + i]!;
      if (d !== 0) return d;
    }
    return n - m;
  };
  /** intstring: string(rune). */
  const runestr = (dst: number, r: number, buf: number): number => {
    const c = r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff) ? 0xfffd : r;
    return newstr(dst, String.fromCodePoint(c), buf);
  };
  /** decoderune: the rune at byte i of a string's bytes at p (length n), packed as rune << 3 | width. */
  const decodeRune = (p: number, n: number, i: number): number => {
    const b0 = U8[p + i]!;
    if (b0 < 0x80) return (b0 << 3) | 1;
    const need = b0 >= 0xf0 && b0 < 0xf5 ? 4 : b0 >= 0xe0 && b0 < 0xf0 ? 3 : b0 >= 0xc2 && b0 < 0xe0 ? 2 : 0;
    const bad = (0xfffd << 3) | 1;
    if (need === 0 || i + need > n) return bad;
    let r = b0 & (need === 2 ? 0x1f : need === 3 ? 0x0f : 0x07);
    for (let k = 1; k < need; k++) {
      const b = U8[p + i + k]!;
      if ((b & 0xc0) !== 0x80) return bad;
      r = (r << 6) | (b & 0x3f);
    }
    const min = need === 2 ? 0x80 : need === 3 ? 0x800 : 0x10000;
    if (r < min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return bad;
    return (r << 3) | need;
  };

  return {
    ldn,
    ldi,
    ldu,
    st64,
    WP,
    nilpanic,
    chk,
    idx,
    sliceHigh,
    sliceLow,
    sliceHigh3,
    sliceB,
    slice2arr,
    quo,
    quou,
    rem,
    f2i64,
    f2i32,
    shiftCheck,
    shl32,
    shr32,
    shru32,
    add64,
    addu64,
    sub64,
    subu64,
    mul64,
    mulu64,
    neg64,
    negu64,
    com64,
    comu64,
    and64,
    or64,
    xor64,
    xoru64,
    andnot64,
    shl64,
    shlu64,
    shr64,
    low32,
    toFloat,
    toFloat32,
    toInt64,
    toUint64,
    floatToInt64,
    floatToUint64,
    gostring,
    setstr,
    rawstring,
    newstr,
    concat,
    streq,
    strcmp,
    runestr,
    decodeRune,
  };
}
