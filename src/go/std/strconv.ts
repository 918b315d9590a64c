// strconv: numbers and quoted strings to and from text, as Go 1.19 writes them.
//
// Mirrors Go's strconv/ftoa.go (FormatFloat: %e %f %g %b %x, shortest or fixed
// precision), itoa.go, atoi.go (ParseInt, ParseUint, Atoi and their *NumError
// texts), atof.go (ParseFloat's syntax), quote.go (Quote, QuoteRune) and
// atob.go.
//
// Floats: Go's decimal conversions are exact — the shortest form is the
// shortest digit string that reads back as the same float (Ryu), and a fixed
// precision rounds the float's exact binary value half to even. Here the
// shortest digits come from JavaScript's Number#toExponential() (the same
// shortest-round-trip rule) and fixed precisions from the exact decimal
// expansion computed with BigInt, so both are Go's digits.
//
// Integers: FormatInt, FormatUint, Itoa and AppendInt take, and ParseInt,
// ParseUint and Atoi write, compiled code's exact 64-bit words
// (codegen/vlrt.ts), so the whole int64 and uint64 ranges format and parse
// exactly; a base, bit size or precision past 2^53 is a bigint and gets Go's
// error or panic for that value.
//
// Allocation follows Go: Itoa/FormatInt of 0..99 in base 10 return static
// strings; every other result is one rawstring of its length, after the
// buffers Go builds it in where those are on the heap (FormatFloat's, Quote's,
// QuoteRune's). The Append functions grow dst only when its capacity is short.
// Errors are one *NumError each, except that ParseInt (and Atoi past its fast
// path) makes a second when ParseUint's own range error is dropped for it.

import { panicMakeslice, RuntimeError } from '../../runtime/panic.js';
import { growsliceCap } from '../../runtime/slice.js';
import { decodeRune, encodeUTF8 } from '../../runtime/string.js';
import type { Type } from '../../runtime/type.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { canon, type Int64, toUint64 } from '../codegen/vlrt.js';
import {
  errorStringPtr,
  errorText,
  errorType,
  makeError,
  staticString,
  stdMethod,
  stdType,
  writeIface,
} from './errors.js';
import type { StdGlobal } from './index.js';
import {
  goPanicString,
  goStringBytes,
  newString,
  readString,
  storePtr,
  writeInt64,
  writeStringHeader,
} from './values.js';

/** Decimal digits of a float: value = 0.d1d2d3… × 10^dp, no leading or trailing zeros ("" is zero). */
interface Digits {
  d: string;
  dp: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** The exact decimal expansion of a finite, non-negative double. */
function exactDigits(x: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  f64[0] = x;
  const hi = u32[1]!;
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(u32[0]!);
  let e = bexp - 1075;
  if (bexp === 0) e = -1074;
  else mant |= 1n << 52n;
  let d: string;
  let dp: number;
  if (e >= 0) {
    d = (mant << BigInt(e)).toString();
    dp = d.length;
  } else {
    d = (mant * 5n ** BigInt(-e)).toString();
    dp = d.length + e;
  }
  return trimZeros(d, dp);
}

function trimZeros(d: string, dp: number): Digits {
  let n = d.length;
  while (n > 0 && d.charCodeAt(n - 1) === 48) n--;
  return { d: d.slice(0, n), dp: n === 0 ? 0 : dp };
}

/** Rounds to nd significant digits, half to even on the exact value (Go's decimal.Round). */
function roundDigits(x: Digits, nd: number): Digits {
  const { d, dp } = x;
  if (nd < 0) return { d: '', dp: 0 };
  if (nd >= d.length) return x;
  const c = d.charCodeAt(nd);
  const up = c === 53 && nd + 1 === d.length ? nd > 0 && (d.charCodeAt(nd - 1) - 48) % 2 === 1 : c >= 53;
  if (!up) return trimZeros(d.slice(0, nd), dp);
  let i = nd - 1;
  while (i >= 0 && d.charCodeAt(i) === 57) i--;
  if (i < 0) return { d: '1', dp: dp + 1 };
  return trimZeros(d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1), dp);
}

/** Shortest digits that read back as x (as a float32 when bits is 32). */
function shortestDigits(x: number, bits: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  let s: string;
  if (bits === 32) {
    let p = 1;
    s = x.toExponential(0);
    while (Math.fround(Number(s)) !== x) s = x.toExponential(p++);
  } else {
    s = x.toExponential();
  }
  const e = s.indexOf('e');
  const mant = s.slice(0, e).replace('.', '');
  return trimZeros(mant, Number(s.slice(e + 1)) + 1);
}

function fmtE(neg: boolean, d: Digits, prec: number, fmt: string): string {
  let s = neg ? '-' : '';
  s += d.d.length > 0 ? d.d[0] : '0';
  if (prec > 0) {
    s += '.';
    const more = d.d.slice(1, prec + 1);
    s += more + '0'.repeat(prec - more.length);
  }
  let exp = d.d.length === 0 ? 0 : d.dp - 1;
  s += fmt;
  if (exp < 0) {
    s += '-';
    exp = -exp;
  } else {
    s += '+';
  }
  return s + (exp < 10 ? `0${exp}` : `${exp}`);
}

function fmtF(neg: boolean, d: Digits, prec: number): string {
  let s = neg ? '-' : '';
  if (d.dp > 0) {
    const m = Math.min(d.d.length, d.dp);
    s += d.d.slice(0, m) + '0'.repeat(d.dp - m);
  } else {
    s += '0';
  }
  if (prec > 0) {
    s += '.';
    for (let i = 0; i < prec; i++) {
      const j = d.dp + i;
      s += j >= 0 && j < d.d.length ? d.d[j] : '0';
    }
  }
  return s;
}

function float32Parts(x: number): [mant: bigint, exp: number] {
  const b = new DataView(new ArrayBuffer(4));
  b.setFloat32(0, x);
  const bits = b.getUint32(0);
  const bexp = (bits >>> 23) & 0xff;
  const mant = BigInt(bits & 0x7fffff);
  return bexp === 0 ? [mant, -149] : [mant | (1n << 23n), bexp - 150];
}

function float64Parts(x: number): [mant: bigint, exp: number] {
  f64[0] = x;
  const hi = u32[1]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(u32[0]!);
  return bexp === 0 ? [mant, -1074] : [mant | (1n << 52n), bexp - 1075];
}

/** %b: mantissa p exponent, the exponent of the mantissa's lowest bit. */
function fmtB(neg: boolean, x: number, bits: number): string {
  const [mant, exp] = bits === 32 ? float32Parts(x) : float64Parts(x);
  return `${neg ? '-' : ''}${mant}p${exp >= 0 ? '+' : ''}${exp}`;
}

/** %x: -0x1.yyyyp±dd with prec hex digits (-1: as many as needed). */
function fmtX(neg: boolean, x: number, bits: number, prec: number, fmt: string): string {
  const mantbits = bits === 32 ? 23 : 52;
  let [mant, exp] = bits === 32 ? float32Parts(x) : float64Parts(x);
  exp += mantbits;
  if (mant === 0n) exp = 0;
  mant <<= BigInt(60 - mantbits);
  while (mant !== 0n && (mant & (1n << 60n)) === 0n) {
    mant <<= 1n;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & ((1n << 60n) - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const hex = fmt === 'X' ? '0123456789ABCDEF' : '0123456789abcdef';
  let s = `${neg ? '-' : ''}0${fmt}${(mant >> 60n) & 1n}`;
  mant = (mant << 4n) & ((1n << 64n) - 1n);
  const digit = (): string => {
    const h = hex[Number((mant >> 60n) & 15n)]!;
    mant = (mant << 4n) & ((1n << 64n) - 1n);
    return h;
  };
  if (prec < 0 && mant !== 0n) {
    s += '.';
    while (mant !== 0n) s += digit();
  } else if (prec > 0) {
    s += '.';
    for (let i = 0; i < prec; i++) s += digit();
  }
  s += fmt === 'X' ? 'P' : 'p';
  if (exp < 0) {
    s += '-';
    exp = -exp;
  } else {
    s += '+';
  }
  return s + (exp < 10 ? `0${exp}` : `${exp}`);
}

/** strconv.FormatFloat(x, fmt, prec, bitSize). */
export function formatFloat(x: number, fmt: string, prec: number, bitSize: number): string {
  // The value is rounded to its size first: a float64 past MaxFloat32 is a
  // float32 infinity, which prints as one in every format.
  if (bitSize === 32) x = Math.fround(x);
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  if (fmt === 'b') return fmtB(neg, x, bitSize);
  if (fmt === 'x' || fmt === 'X') return fmtX(neg, x, bitSize, prec, fmt);
  const ax = Math.abs(x);
  const shortest = prec < 0;
  let d: Digits;
  if (shortest) {
    d = shortestDigits(ax, bitSize);
    if (fmt === 'e' || fmt === 'E') prec = Math.max(d.d.length - 1, 0);
    else if (fmt === 'f') prec = Math.max(d.d.length - d.dp, 0);
    else prec = d.d.length;
  } else {
    const exact = exactDigits(ax);
    if (fmt === 'f') {
      d = roundDigits(exact, exact.dp + prec);
    } else {
      let digits = prec;
      if (fmt === 'e' || fmt === 'E') digits++;
      else if (fmt === 'g' || fmt === 'G') {
        if (prec === 0) prec = 1;
        digits = prec;
      } else digits = 1;
      d = roundDigits(exact, digits);
    }
  }
  switch (fmt) {
    case 'e':
    case 'E':
      return fmtE(neg, d, prec, fmt);
    case 'f':
      return fmtF(neg, d, prec);
    case 'g':
    case 'G': {
      let eprec = prec;
      if (eprec > d.d.length && d.d.length >= d.dp) eprec = d.d.length;
      if (shortest) eprec = 6;
      const exp = d.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > d.d.length) prec = d.d.length;
        return fmtE(neg, d, prec - 1, fmt === 'g' ? 'e' : 'E');
      }
      if (prec > d.dp) prec = d.d.length;
      return fmtF(neg, d, Math.max(prec - d.dp, 0));
    }
    default:
      return `%${fmt}`;
  }
}

const digits36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * strconv.FormatInt / FormatUint of a 64-bit word (codegen/vlrt.ts), its bits
 * read signed or unsigned: a number is a safe integer and a bigint holds the
 * exact value, so toString is exact either way. A base past 2^53 is a bigint,
 * and illegal like any other.
 */
export function formatInt(v: Int64, base: Int64, signed = true): string {
  if (typeof base !== 'number' || base < 2 || base > 36)
    throw new RuntimeError('strconv: illegal AppendInt/FormatInt base', true);
  return (signed ? v : toUint64(v)).toString(base);
}

// --- quoting (quote.go) ---

/** unicode.IsPrint as strconv.IsPrint: letters, marks, numbers, punctuation, symbols and U+0020. */
const printRe = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

export function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  if (r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) return false;
  return printRe.test(String.fromCodePoint(r));
}

const hexDigits = '0123456789abcdef';

/** One rune escaped for a quote-delimited literal (appendEscapedRune). */
export function escapeRune(r: number, quote: number, asciiOnly: boolean): string {
  if (r === quote || r === 0x5c) return `\\${String.fromCharCode(r)}`;
  if (asciiOnly ? r < 0x80 && isPrint(r) : isPrint(r)) return String.fromCodePoint(r);
  switch (r) {
    case 7:
      return '\\a';
    case 8:
      return '\\b';
    case 12:
      return '\\f';
    case 10:
      return '\\n';
    case 13:
      return '\\r';
    case 9:
      return '\\t';
    case 11:
      return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return `\\x${hexDigits[r >> 4]}${hexDigits[r & 15]}`;
  if (r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) r = 0xfffd;
  if (r < 0x10000) return `\\u${r.toString(16).padStart(4, '0')}`;
  return `\\U${r.toString(16).padStart(8, '0')}`;
}

/** strconv.Quote / QuoteToASCII of the bytes b. */
export function quoteBytes(b: Uint8Array, asciiOnly: boolean): string {
  let s = '"';
  for (let i = 0; i < b.length; ) {
    const [r, w] = decodeRune(b, i);
    if (w === 1 && r === 0xfffd) s += `\\x${hexDigits[b[i]! >> 4]}${hexDigits[b[i]! & 15]}`;
    else s += escapeRune(r, 34, asciiOnly);
    i += w;
  }
  return `${s}"`;
}

/**
 * The lengths of the appends appendQuotedWith makes for b, in order: the
 * quotes, a printable rune's bytes, and each escape as Go appends it (`\n`
 * at once; `\x`, `\u`, `\U` then one digit at a time; \\ and \" as two
 * bytes one by one).
 */
function quoteAppends(b: Uint8Array, asciiOnly: boolean): number[] {
  const out = [1];
  for (let i = 0; i < b.length; ) {
    const [r, w] = decodeRune(b, i);
    const e = w === 1 && r === 0xfffd ? '\\x00' : escapeRune(r, 34, asciiOnly);
    if (e[0] !== '\\') out.push(w);
    else if (e.length === 2) out.push(...(r === 34 || r === 0x5c ? [1, 1] : [2]));
    else out.push(2, ...new Array<number>(e.length - 2).fill(1));
    i += w;
  }
  out.push(1);
  return out;
}

/**
 * The buffer quoteWith fills, allocated as Go's is: make([]byte, 0,
 * 3*len(s)/2), replaced by one of len(s)+2 when that is short, grown by
 * append's growslice; string(buf) is allocated by the caller.
 */
function quoteBuffer(env: Env, b: Uint8Array, asciiOnly: boolean): void {
  let cap = Math.floor((3 * b.length) / 2);
  if (cap > 0) env.rt.mallocgc(cap, null, false);
  if (cap < b.length) {
    cap = b.length + 2;
    env.rt.mallocgc(cap, null, false);
  }
  let len = 0;
  for (const k of quoteAppends(b, asciiOnly)) {
    if (len + k > cap) {
      cap = growsliceCap(1, cap, len + k);
      env.rt.mallocgc(cap, null, false);
    }
    len += k;
  }
}

/**
 * The buffers appendQuotedRuneWith grows from nil for QuoteRune and
 * QuoteRuneToASCII: the quote, the rune or its escape (appended as Go appends
 * it: `\x`, `\u`, `\U` then one digit at a time), the closing quote, each
 * append growing the slice as growslice does; string(buf) is allocated by the
 * caller.
 */
function quoteRuneBuffer(env: Env, r: number, asciiOnly: boolean): void {
  if (r > 0x10ffff || r < 0 || (r >= 0xd800 && r < 0xe000)) r = 0xfffd;
  const e = escapeRune(r, 39, asciiOnly);
  const appends = [1];
  if (e[0] !== '\\') appends.push(Buffer.byteLength(e));
  else if (e.length === 2) appends.push(...(r === 39 || r === 0x5c ? [1, 1] : [2]));
  else appends.push(2, ...new Array<number>(e.length - 2).fill(1));
  appends.push(1);
  let len = 0;
  let cap = 0;
  for (const k of appends) {
    if (len + k > cap) {
      cap = growsliceCap(1, cap, len + k);
      env.rt.mallocgc(cap, null, false);
    }
    len += k;
  }
}

/** strconv.QuoteRune / QuoteRuneToASCII. */
export function quoteRune(r: number, asciiOnly: boolean): string {
  if (r > 0x10ffff || r < 0 || (r >= 0xd800 && r < 0xe000)) r = 0xfffd;
  return `'${escapeRune(r, 39, asciiOnly)}'`;
}

// --- parsing (atoi.go, atof.go) ---

/** A *NumError's Err: ErrSyntax, ErrRange, or a new error naming the bad base or bit size. */
export type NumErr =
  | 'invalid syntax'
  | 'value out of range'
  | `invalid base ${Int64}`
  | `invalid bit size ${Int64}`;

/** Go's *NumError text. */
export function numErrorText(fn: string, num: string, err: string): string {
  return `strconv.${fn}: parsing ${quoteBytes(encodeUTF8(num), false)}: ${err}`;
}

function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1]!)) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/**
 * ParseUint's result: the value (clamped on range errors) or an error kind.
 * base and bitSize are Go ints: one past 2^53 is out of range, and its error
 * names it exactly.
 */
export function parseUint(s: string, base0: Int64, bitSize0: Int64): [bigint, NumErr | null] {
  if (s === '') return [0n, 'invalid syntax'];
  const s0 = s;
  let base: number;
  if (typeof base0 === 'number' && base0 >= 2 && base0 <= 36) base = base0;
  else if (base0 === 0) {
    base = 10;
    if (s[0] === '0') {
      if (s.length >= 3 && (s[1] === 'b' || s[1] === 'B')) {
        base = 2;
        s = s.slice(2);
      } else if (s.length >= 3 && (s[1] === 'o' || s[1] === 'O')) {
        base = 8;
        s = s.slice(2);
      } else if (s.length >= 3 && (s[1] === 'x' || s[1] === 'X')) {
        base = 16;
        s = s.slice(2);
      } else {
        base = 8;
        s = s.slice(1);
      }
    }
  } else {
    return [0n, `invalid base ${base0}`];
  }
  let bitSize = 64;
  if (typeof bitSize0 === 'number' && bitSize0 > 0 && bitSize0 <= 64) bitSize = bitSize0;
  else if (bitSize0 !== 0) return [0n, `invalid bit size ${bitSize0}`];
  const max = (1n << BigInt(bitSize)) - 1n;
  const b = BigInt(base);
  let n = 0n;
  let underscores = false;
  for (const c of s) {
    if (c === '_' && base0 === 0) {
      underscores = true;
      continue;
    }
    const d = digits36.indexOf(c.toLowerCase());
    if (d < 0 || d >= base) return [0n, 'invalid syntax'];
    n = n * b + BigInt(d);
    if (n > max) return [max, 'value out of range'];
  }
  if (underscores && !underscoreOK(s0)) return [0n, 'invalid syntax'];
  return [n, null];
}

/**
 * ParseInt's result, as parseUint's. The third element says ParseUint failed
 * with a range error: Go drops that *NumError and makes its own.
 */
export function parseIntText(s: string, base: Int64, bitSize: Int64): [bigint, NumErr | null, boolean?] {
  if (s === '') return [0n, 'invalid syntax'];
  let neg = false;
  let t = s;
  if (t[0] === '+') t = t.slice(1);
  else if (t[0] === '-') {
    neg = true;
    t = t.slice(1);
  }
  const [un, err] = parseUint(t, base, bitSize);
  if (err !== null && err !== 'value out of range') return [0n, err];
  // parseUint accepted bitSize: 0 (64) or 1..64.
  const cutoff = 1n << BigInt(bitSize === 0 ? 63 : Number(bitSize) - 1);
  if (err === 'value out of range') return [neg ? -cutoff : cutoff - 1n, err, true];
  if (!neg && un >= cutoff) return [cutoff - 1n, 'value out of range'];
  if (neg && un > cutoff) return [-cutoff, 'value out of range'];
  return [neg ? -un : un, null];
}

const decimalRe = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const hexRe = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/;
const specialRe = /^[+-]?(?:inf|infinity|nan)$/i;

/** ParseFloat's result: the value (±Inf on overflow) or an error kind. */
export function parseFloatText(s: string, bitSize: Int64): [number, NumErr | null] {
  let v: number;
  if (specialRe.test(s)) {
    const body = s.replace(/^[+-]/, '').toLowerCase();
    if (body === 'nan') return [Number.NaN, null];
    return [s[0] === '-' ? -Infinity : Infinity, null];
  }
  if (s.includes('_')) {
    if (!underscoreOK(s)) return [0, 'invalid syntax'];
    s = s.replaceAll('_', '');
  }
  const hex = hexRe.exec(s);
  if (hex !== null) {
    const int = hex[2]!;
    const frac = hex[3] ?? '';
    if (int === '' && frac === '') return [0, 'invalid syntax'];
    const mant = BigInt(`0x0${int}${frac}`);
    v = Number(mant) * 2 ** (Number(hex[4]) - 4 * frac.length);
    if (hex[1] === '-') v = -v;
  } else if (decimalRe.test(s)) {
    v = Number(s);
  } else {
    return [0, 'invalid syntax'];
  }
  if (bitSize === 32) v = Math.fround(v);
  if (!Number.isFinite(v)) return [v, 'value out of range'];
  return [v, null];
}

export function parseBool(s: string): boolean | null {
  switch (s) {
    case '1':
    case 't':
    case 'T':
    case 'true':
    case 'TRUE':
    case 'True':
      return true;
    case '0':
    case 'f':
    case 'F':
    case 'false':
    case 'FALSE':
    case 'False':
      return false;
  }
  return null;
}

// --- the package as compiled Go calls it ---

export const blocking: ReadonlySet<string> = new Set();

/** Itoa/FormatInt in base 10: 0..99 are Go's static small strings (no allocation). */
function smallOrNew(env: Env, v: Int64, s: string, res: number): void {
  if (typeof v === 'number' && v >= 0 && v < 100) {
    // smallsString is "00010203…99"; a one-digit number is the second byte of its pair.
    const base = staticString(env, smallsString);
    writeStringHeader(env, res, base + v * 2 + (v < 10 ? 1 : 0), s.length);
    return;
  }
  newString(env, s, res);
}

let smallsString = '';
for (let i = 0; i < 100; i++) smallsString += String(i).padStart(2, '0');

/** *strconv.NumError { Func, Num string; Err error }, with its Error method. */
function numErrorPtr(env: Env): Type {
  const types = env.rt.types;
  const t = stdType(env, 'strconv.NumError', () =>
    types.struct('strconv.NumError', { Func: types.string, Num: types.string, Err: errorType(env) }),
  );
  const p = types.ptr(t);
  stdMethod(env, p, 'Error', (_fv: number, res: number, e: number) => numErrorError(env, res, e));
  stdMethod(env, p, 'Unwrap', (_fv: number, res: number, e: number) => numErrorUnwrap(env, res, e));
  return p;
}

function numErrorError(env: Env, res: number, e: number): void {
  newString(env, numErrorText(readString(env, e), readString(env, e + 16), errorText(env, e + 32)), res);
}

function numErrorUnwrap(env: Env, res: number, e: number): void {
  const u32 = env.mem.u32;
  for (let i = 0; i < 4; i++) u32[(res >>> 2) + i] = u32[((e + 32) >>> 2) + i]!;
}

const sentinels = new WeakMap<Env, Record<string, number>>();

/** ErrSyntax and ErrRange: errors.New values made once per run and held by global roots. */
function sentinel(env: Env, text: 'invalid syntax' | 'value out of range'): number {
  let m = sentinels.get(env);
  if (m === undefined) {
    m = {};
    sentinels.set(env, m);
  }
  let p = m[text];
  if (p === undefined) {
    const tmp = env.scratch + 192;
    makeError(env, text, tmp);
    p = env.mem.u32[(tmp + 8) >>> 2]!;
    env.rt.global(`strconv.${text}`).set(p);
    m[text] = p;
  }
  return p;
}

/**
 * &NumError{fn, num, errX} into the error at dst. num is the caller's string
 * (Go keeps the argument itself, no copy) at numAddr.
 */
export function writeNumError(env: Env, dst: number, fn: string, numAddr: number, err: NumErr): void {
  const t = numErrorPtr(env);
  let errp: number;
  if (err === 'invalid syntax' || err === 'value out of range') errp = sentinel(env, err);
  else {
    // baseError, bitSizeError: errors.New("invalid base " + Itoa(base)), a new
    // error each time; Itoa allocates its digits outside 0..99.
    const n = Number(err.slice(err.lastIndexOf(' ') + 1));
    if (n < 0 || n >= 100) env.rt.newString(String(n));
    makeError(env, err, dst);
    errp = env.mem.u32[(dst + 8) >>> 2]!;
  }
  const fnp = staticString(env, fn);
  const obj = env.rt.new(t.elem!);
  writeIface(env, dst, t, obj);
  const u32 = env.mem.u32;
  env.rt.writePointer(obj, fnp);
  u32[(obj + 8) >>> 2] = fn.length;
  env.rt.writePointer(obj + 16, u32[numAddr >>> 2]!);
  u32[(obj + 24) >>> 2] = u32[(numAddr + 8) >>> 2]!;
  u32[(obj + 32) >>> 2] = errorStringPtr(env).id + 1;
  env.rt.writePointer(obj + 40, errp);
}

function clearError(env: Env, at: number): void {
  writeIface(env, at, null, 0);
}

/** err = ErrSyntax at dst. */
function syntaxError(env: Env, dst: number): void {
  writeIface(env, dst, errorStringPtr(env), sentinel(env, 'invalid syntax'));
}

/** A new string of the bytes b (string(buf)), its header at dst. */
function newStringBytesAt(env: Env, b: Uint8Array, dst: number): void {
  if (b.length === 0) {
    writeStringHeader(env, dst, 0, 0);
    return;
  }
  const p = env.rt.mallocgc(b.length, null, false);
  env.mem.u8.set(b, p);
  writeStringHeader(env, dst, p, b.length);
}

/**
 * append(dst, b...) with append's growth, the slice header written at res.
 * reserve > 0: when fewer than `reserve - 2` bytes are free, Go first makes a
 * slice of capacity len+reserve (AppendQuote's preallocation).
 */
export function appendBytes(env: Env, res: number, dst: number, b: Uint8Array, reserve: number): void {
  const u32 = env.mem.u32;
  let p = u32[dst >>> 2]!;
  const len = u32[(dst + 8) >>> 2]!;
  let cap = u32[(dst + 16) >>> 2]!;
  // res may be dst itself: every read of dst is above.
  writeStringHeader(env, res, p, len);
  if (reserve > 0 && cap - len < reserve - 2) {
    const q = env.rt.mallocgc(len + reserve, null, false);
    env.mem.u8.copyWithin(q, p, p + len);
    p = q;
    cap = len + reserve;
    storePtr(env, res, p);
  }
  const need = len + b.length;
  if (need > cap) {
    const q = env.rt.growslice(env.rt.types.uint8, p, len, cap, need);
    cap = growsliceCap(1, cap, need);
    p = q;
    storePtr(env, res, p);
  }
  env.mem.u8.set(b, p + len);
  u32[(res + 8) >>> 2] = need;
  u32[(res + 12) >>> 2] = 0;
  u32[(res + 16) >>> 2] = cap;
  u32[(res + 20) >>> 2] = 0;
}

/** UnquoteChar on b[i:]: the rune, whether it was written as a multi-byte sequence or \u/\U, and where the rest starts; null for ErrSyntax. */
export function unquoteChar(
  b: Uint8Array,
  i: number,
  quote: number,
): { r: number; multibyte: boolean; next: number } | null {
  if (i >= b.length) return null;
  const c = b[i]!;
  if (c === quote && (quote === 0x27 || quote === 0x22)) return null;
  if (c >= 0x80) {
    const [r, w] = decodeRune(b, i);
    return { r, multibyte: true, next: i + w };
  }
  if (c !== 0x5c) return { r: c, multibyte: false, next: i + 1 };
  if (i + 1 >= b.length) return null;
  const e = b[i + 1]!;
  let j = i + 2;
  const simple: Record<number, number> = {
    97: 7,
    98: 8,
    102: 12,
    110: 10,
    114: 13,
    116: 9,
    118: 11,
    92: 0x5c,
  };
  if (simple[e] !== undefined) return { r: simple[e]!, multibyte: false, next: j };
  if (e === 0x78 || e === 0x75 || e === 0x55) {
    const n = e === 0x78 ? 2 : e === 0x75 ? 4 : 8;
    if (b.length - j < n) return null;
    let v = 0;
    for (let k = 0; k < n; k++, j++) {
      const d = parseInt(String.fromCharCode(b[j]!), 16);
      if (Number.isNaN(d)) return null;
      v = v * 16 + d;
    }
    if (e === 0x78) return { r: v, multibyte: false, next: j };
    if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return null;
    return { r: v, multibyte: true, next: j };
  }
  if (e >= 0x30 && e <= 0x37) {
    let v = e - 0x30;
    if (b.length - j < 2) return null;
    for (let k = 0; k < 2; k++, j++) {
      const x = b[j]! - 0x30;
      if (x < 0 || x > 7) return null;
      v = (v << 3) | x;
    }
    if (v > 255) return null;
    return { r: v, multibyte: false, next: j };
  }
  if (e === 0x27 || e === 0x22) return e === quote ? { r: e, multibyte: false, next: j } : null;
  return null;
}

/**
 * Unquote (Go's unquote(in, true) with no remainder): a substring range of
 * the argument when nothing needed unescaping, else the new bytes and the
 * capacity of the scratch buffer Go makes (3*end/2); null for ErrSyntax.
 */
export function unquote(
  b: Uint8Array,
): { sub?: [number, number]; bytes?: Uint8Array; bufCap: number } | null {
  const n = b.length;
  if (n < 2) return null;
  const quote = b[0]!;
  const rel = b.subarray(1).indexOf(quote);
  if (rel < 0) return null;
  const end = rel + 2;
  if (quote === 0x60) {
    if (end !== n) return null;
    const body = b.subarray(1, end - 1);
    if (body.indexOf(0x0d) < 0) return { sub: [1, end - 1], bufCap: 0 };
    const bytes = body.filter((x) => x !== 0x0d);
    return { bytes, bufCap: end - 3 };
  }
  if (quote !== 0x22 && quote !== 0x27) return null;
  const head = b.subarray(0, end);
  if (head.indexOf(0x5c) < 0 && head.indexOf(0x0a) < 0) {
    let valid: boolean;
    if (quote === 0x22) valid = validUTF8(b.subarray(1, end - 1));
    else {
      const inner = b.subarray(1, end - 1);
      const [r, w] = inner.length === 0 ? [0xfffd, 0] : decodeRune(inner, 0);
      valid = 2 + w === end && (r !== 0xfffd || w !== 1);
    }
    if (valid) return end === n ? { sub: [1, end - 1], bufCap: 0 } : null;
  }
  const out: number[] = [];
  let i = 1;
  while (i < n && b[i] !== quote) {
    const c = unquoteChar(b, i, quote);
    if (b[i] === 0x0a || c === null) return null;
    i = c.next;
    if (c.r < 0x80 || !c.multibyte) out.push(c.r & 0xff);
    else for (const x of Buffer.from(String.fromCodePoint(c.r))) out.push(x);
    if (quote === 0x27) break;
  }
  if (!(i < n && b[i] === quote)) return null;
  if (i + 1 !== n) return null;
  return { bytes: Uint8Array.from(out), bufCap: Math.floor((3 * end) / 2) };
}

/** utf8.Valid. */
export function validUTF8(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; ) {
    const [r, w] = decodeRune(b, i);
    if (r === 0xfffd && w === 1) return false;
    i += w;
  }
  return true;
}

/** ErrRange and ErrSyntax: the same errorString objects every *NumError wraps. */
export function init(env: Env, global: StdGlobal): void {
  for (const [name, text] of [
    ['ErrRange', 'value out of range'],
    ['ErrSyntax', 'invalid syntax'],
  ] as const) {
    const at = global(name, errorType(env));
    env.mem.u32[at >>> 2] = errorStringPtr(env).id + 1;
    storePtr(env, at + 8, sentinel(env, text));
  }
}

export function strconv(env: Env): Record<string, GoFunc> {
  return {
    // The methods a program's own *NumError (a type assertion, errors.As) calls.
    '(*NumError).Error': (_fv: number, res: number, e: number): void => numErrorError(env, res, e),
    '(*NumError).Unwrap': (_fv: number, res: number, e: number): void => numErrorUnwrap(env, res, e),
    Itoa: (_fv: number, res: number, i: Int64): void => smallOrNew(env, i, formatInt(i, 10), res),
    FormatInt: (_fv: number, res: number, i: Int64, base: Int64): void => {
      const s = formatInt(i, base);
      if (base === 10) smallOrNew(env, i, s, res);
      else newString(env, s, res);
    },
    FormatUint: (_fv: number, res: number, i: Int64, base: Int64): void => {
      const s = formatInt(i, base, false);
      if (base === 10) smallOrNew(env, i, s, res);
      else newString(env, s, res);
    },
    FormatFloat: (_fv: number, res: number, f: number, fmt: number, prec0: Int64, bitSize: Int64): void => {
      if (bitSize !== 32 && bitSize !== 64) goPanicString('strconv: illegal AppendFloat/FormatFloat bitSize');
      // A precision past 2^53: a negative one means shortest, as any negative
      // does; a positive one asks makeslice for more than maxAlloc.
      const prec = typeof prec0 === 'number' ? prec0 : prec0 < 0 ? -1 : panicMakeslice('cap');
      // genericFtoa appends to make([]byte, 0, max(prec+4, 24)), which escapes; then string(buf).
      env.rt.mallocgc(Math.max(prec + 4, 24), null, false);
      newString(env, formatFloat(f, String.fromCharCode(fmt), prec, bitSize), res);
    },
    // Go returns the constants "true" and "false".
    FormatBool: (_fv: number, res: number, b: boolean): void =>
      writeStringHeader(env, res, staticString(env, b ? 'true' : 'false'), b ? 4 : 5),
    Quote: (_fv: number, res: number, s: number): void => {
      const b = goStringBytes(env, s).slice();
      quoteBuffer(env, b, false);
      newString(env, quoteBytes(b, false), res);
    },
    QuoteToASCII: (_fv: number, res: number, s: number): void => {
      const b = goStringBytes(env, s).slice();
      quoteBuffer(env, b, true);
      newString(env, quoteBytes(b, true), res);
    },
    QuoteRune: (_fv: number, res: number, r: number): void => {
      quoteRuneBuffer(env, r, false);
      newString(env, quoteRune(r, false), res);
    },
    // (string, error): the unquoted string at res+0, error at res+16.
    Unquote: (_fv: number, res: number, s: number): void => {
      const b = goStringBytes(env, s).slice();
      const u = unquote(b);
      if (u === null) {
        writeStringHeader(env, res, 0, 0);
        syntaxError(env, res + 16);
      } else if (u.sub !== undefined) {
        const p = env.mem.u32[s >>> 2]!;
        const [i, j] = u.sub;
        writeStringHeader(env, res, j > i ? p + i : p, j - i);
        clearError(env, res + 16);
      } else {
        // buf := make([]byte, 0, 3*end/2), then string(buf): two allocations.
        if (u.bufCap > 0) env.rt.mallocgc(u.bufCap, null, false);
        newStringBytesAt(env, u.bytes!, res);
        clearError(env, res + 16);
      }
    },
    // (value rune, multibyte bool, tail string, err error): 0, 4, 8, 24.
    UnquoteChar: (_fv: number, res: number, s: number, quote: number): void => {
      const b = goStringBytes(env, s);
      const c = unquoteChar(b, 0, quote);
      const m = env.mem;
      if (c === null) {
        m.i32[res >>> 2] = 0;
        m.u8[res + 4] = 0;
        writeStringHeader(env, res + 8, 0, 0);
        syntaxError(env, res + 24);
        return;
      }
      const p = m.u32[s >>> 2]!;
      m.i32[res >>> 2] = c.r;
      m.u8[res + 4] = c.multibyte ? 1 : 0;
      writeStringHeader(env, res + 8, c.next < b.length ? p + c.next : p, b.length - c.next);
      clearError(env, res + 24);
    },
    QuoteRuneToASCII: (_fv: number, res: number, r: number): void => {
      quoteRuneBuffer(env, r, true);
      newString(env, quoteRune(r, true), res);
    },
    IsPrint: (_fv: number, r: number): boolean => isPrint(r),
    AppendBool: (_fv: number, res: number, dst: number, b: boolean): void =>
      appendBytes(env, res, dst, Buffer.from(b ? 'true' : 'false'), 0),
    AppendInt: (_fv: number, res: number, dst: number, i: Int64, base: Int64): void =>
      appendBytes(env, res, dst, Buffer.from(formatInt(i, base)), 0),
    AppendQuote: (_fv: number, res: number, dst: number, s: number): void => {
      const q = Buffer.from(quoteBytes(goStringBytes(env, s).slice(), false));
      // appendQuotedWith: when len(s) bytes do not fit, make([]byte, len, len+1+len(s)+1) first.
      appendBytes(env, res, dst, q, env.mem.u32[(s + 8) >>> 2]! + 2);
    },
    // (int, error): int at res+0, error at res+8.
    Atoi: (_fv: number, res: number, s: number): void => {
      const str = readString(env, s);
      const [v, err, dropped] = parseIntText(str, 10, 64);
      if (dropped) env.rt.new(numErrorPtr(env).elem!);
      writeInt64(env, res, canon(v));
      if (err === null) clearError(env, res + 8);
      else writeNumError(env, res + 8, 'Atoi', s, err);
    },
    ParseInt: (_fv: number, res: number, s: number, base: Int64, bitSize: Int64): void => {
      const str = readString(env, s);
      const [v, err, dropped] = parseIntText(str, base, bitSize);
      if (dropped) env.rt.new(numErrorPtr(env).elem!);
      writeInt64(env, res, canon(v));
      if (err === null) clearError(env, res + 8);
      else writeNumError(env, res + 8, 'ParseInt', s, err);
    },
    ParseUint: (_fv: number, res: number, s: number, base: Int64, bitSize: Int64): void => {
      const str = readString(env, s);
      const [v, err] = parseUint(str, base, bitSize);
      writeInt64(env, res, canon(v));
      if (err === null) clearError(env, res + 8);
      else writeNumError(env, res + 8, 'ParseUint', s, err);
    },
    // (float64, error)
    ParseFloat: (_fv: number, res: number, s: number, bitSize: Int64): void => {
      const str = readString(env, s);
      const [v, err] = parseFloatText(str, bitSize);
      env.mem.f64[res >>> 3] = v;
      if (err === null) clearError(env, res + 8);
      else writeNumError(env, res + 8, 'ParseFloat', s, err);
    },
    // (bool, error): bool at res+0, error at res+8.
    ParseBool: (_fv: number, res: number, s: number): void => {
      const str = readString(env, s);
      const v = parseBool(str);
      env.mem.u8[res] = v === true ? 1 : 0;
      if (v !== null) clearError(env, res + 8);
      else writeNumError(env, res + 8, 'ParseBool', s, 'invalid syntax');
    },
  };
}
