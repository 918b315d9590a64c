// strings: Builder and the common string functions, allocating as Go 1.19 does.
//
// Mirrors Go's strings/builder.go and strings/strings.go. Builder:
//
//   Builder  [ addr *Builder | buf.ptr | buf.len | buf.cap ]     32 bytes
//
// WriteString/WriteByte/Write (and WriteRune of an ASCII rune) append to buf
// with append's growth (runtime growslice: the capacities of runtime/slice.ts),
// Grow(n) makes a new buf of capacity 2*cap+n when fewer than n bytes are free
// (as WriteRune of any other rune does for utf8.UTFMax), String() returns
// buf's bytes without copying, and copyCheck panics on a Builder copied by value.
//
// Functions that return parts of s (Split, Fields, Trim…) return substrings
// sharing s's bytes, allocating only the []string (and, for FieldsFunc and a
// non-ASCII Fields, the growth of Go's span list past its 32 stack entries);
// functions that build a new
// string (Join, Repeat, Replace, ToUpper…) allocate its bytes once, as Go's
// Builder.Grow does, and return the unchanged argument when Go does;
// ToValidUTF8's buffer also grows as append does when its replacements
// outgrow the len(s)+len(replacement) Go reserves.

import { panicMakeslice } from '../../runtime/panic.js';
import { growsliceCap, maxAlloc } from '../../runtime/slice.js';
import { decodeRune } from '../../runtime/string.js';
import type { Type } from '../../runtime/type.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { type Int64, mul64, quo64 } from '../codegen/vlrt.js';
import { makeError, stdType, writeIface } from './errors.js';
import { writeEOF } from './io.js';
import { isDigit, isLetter, isSpace, simpleFold, toLower, toTitle, toUpper } from './unicode.js';
import { decodeLast } from './utf8.js';
import { goPanicString, sliceData, storePtr, writeInt64, writeStringHeader } from './values.js';

/** A Buffer viewing the bytes of the Go string at addr (valid until the next allocation). */
function bytesOf(env: Env, addr: number): Buffer {
  const len = env.mem.u32[(addr + 8) >>> 2]!;
  return len === 0 ? Buffer.alloc(0) : Buffer.from(env.mem.buffer, env.mem.u32[addr >>> 2]!, len);
}

function strPtr(env: Env, addr: number): number {
  return env.mem.u32[addr >>> 2]!;
}

function strLen(env: Env, addr: number): number {
  return env.mem.u32[(addr + 8) >>> 2]!;
}

/** s[i:j] of the string at s, written at dst (a result area or heap slot). */
function substring(env: Env, dst: number, s: number, i: number, j: number): void {
  const p = strPtr(env, s);
  storePtr(env, dst, j > i ? p + i : p);
  env.mem.u32[(dst + 8) >>> 2] = j - i;
  env.mem.u32[(dst + 12) >>> 2] = 0;
}

/** Copies the string header at src to dst. */
function copyString(env: Env, dst: number, src: number): void {
  substring(env, dst, src, 0, strLen(env, src));
}

/** A new string of the bytes b (Builder.Grow(len) + writes + String()): one noscan allocation. */
function newBytesString(env: Env, b: Uint8Array, dst: number): void {
  if (b.length === 0) {
    writeStringHeader(env, dst, 0, 0);
    return;
  }
  const p = env.rt.mallocgc(b.length, null, false);
  env.mem.u8.set(b, p);
  writeStringHeader(env, dst, p, b.length);
}

/** Count(s, sep) on bytes; an empty sep counts rune boundaries (RuneCount + 1). */
function count(s: Buffer, sep: Buffer): number {
  if (sep.length === 0) return runeCount(s) + 1;
  let n = 0;
  for (let i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, i + sep.length)) n++;
  return n;
}

function runeCount(b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < b.length; n++) i += decodeRune(b, i)[1];
  return n;
}

/** A []string of the [start, end) byte ranges of s, written as a slice header at res. */
function substrings(env: Env, res: number, s: number, parts: [number, number][]): void {
  const n = parts.length;
  const str = env.rt.types.string;
  // make([]string, n): for n = 0 a non-nil slice at zerobase.
  const a = env.rt.makeslice(str, n, n);
  writeSliceHeaderAt(env, res, a, n, n);
  for (let i = 0; i < n; i++) substring(env, a + i * 16, s, parts[i]![0], parts[i]![1]);
}

function writeSliceHeaderAt(env: Env, dst: number, p: number, len: number, cap: number): void {
  storePtr(env, dst, p);
  const u32 = env.mem.u32;
  u32[(dst + 4) >>> 2] = 0;
  u32[(dst + 8) >>> 2] = len;
  u32[(dst + 12) >>> 2] = 0;
  u32[(dst + 16) >>> 2] = cap;
  u32[(dst + 20) >>> 2] = 0;
}

/** genSplit(s, sep, 0, -1): the byte ranges of Split. */
function splitRanges(b: Buffer, sep: Buffer): [number, number][] {
  const out: [number, number][] = [];
  if (sep.length === 0) {
    for (let i = 0; i < b.length; ) {
      const w = decodeRune(b, i)[1];
      out.push([i, i + w]);
      i += w;
    }
    return out;
  }
  let start = 0;
  for (let m = b.indexOf(sep); m >= 0; m = b.indexOf(sep, start)) {
    out.push([start, m]);
    start = m + sep.length;
  }
  out.push([start, b.length]);
  return out;
}

/**
 * The byte ranges of FieldsFunc(s, f): runs of runes f rejects, f called once
 * per rune in order. Go collects them in make([]span, 0, 32), which stays on
 * the stack; appends past 32 spans grow it on the heap (16-byte spans), and
 * MemStats count those allocations.
 */
export function fieldFuncRanges(env: Env, b: Uint8Array, f: (r: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let cap = 32;
  const push = (i: number, j: number): void => {
    if (out.length === cap) {
      cap = growsliceCap(16, cap, cap + 1);
      env.rt.mallocgc(cap * 16, null, false);
    }
    out.push([i, j]);
  };
  let start = -1;
  for (let i = 0; i < b.length; ) {
    const [r, w] = decodeRune(b, i);
    if (f(r)) {
      if (start >= 0) push(start, i);
      start = -1;
    } else if (start < 0) start = i;
    i += w;
  }
  if (start >= 0) push(start, b.length);
  return out;
}

/**
 * The byte ranges of Fields: runs of non-space bytes when s is ASCII, else
 * FieldsFunc(s, unicode.IsSpace) as Go falls back to (with its span growth).
 */
export function fieldRanges(env: Env, b: Uint8Array): [number, number][] {
  if (b.some((c) => c >= 0x80)) return fieldFuncRanges(env, b, isSpace);
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i < b.length; i++) {
    if (isSpace(b[i]!)) {
      if (start >= 0) out.push([start, i]);
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push([start, b.length]);
  return out;
}

function trimLeftBy(b: Buffer, pred: (r: number) => boolean): number {
  let i = 0;
  while (i < b.length) {
    const [r, w] = decodeRune(b, i);
    if (!pred(r)) break;
    i += w;
  }
  return i;
}

/** The start of the last rune ending at j (utf8.DecodeLastRune's width). */
function lastRuneStart(b: Uint8Array, j: number): number {
  let i = j - 1;
  while (i > 0 && j - i < 4 && (b[i]! & 0xc0) === 0x80) i--;
  const [, w] = decodeRune(b, i);
  return i + w === j ? i : j - 1;
}

function trimRightBy(b: Buffer, start: number, pred: (r: number) => boolean): number {
  let j = b.length;
  while (j > start) {
    const i = lastRuneStart(b, j);
    const [r, w] = decodeRune(b, i);
    if (i + w !== j || !pred(r)) {
      if (i + w !== j && pred(0xfffd)) {
        j = i;
        continue;
      }
      break;
    }
    j = i;
  }
  return j;
}

function cutsetPred(cutset: Buffer): (r: number) => boolean {
  const set = new Set<number>();
  for (let i = 0; i < cutset.length; ) {
    const [r, w] = decodeRune(cutset, i);
    set.add(r);
    i += w;
  }
  return (r) => set.has(r);
}

/** The byte index of the first rune of b that pred accepts (an invalid byte is RuneError), or -1. */
function indexBy(b: Uint8Array, pred: (r: number) => boolean): number {
  for (let i = 0; i < b.length; ) {
    const [r, w] = decodeRune(b, i);
    if (pred(r)) return i;
    i += w;
  }
  return -1;
}

/**
 * The byte index of the last rune of b for which pred is truth, decoding
 * backwards as utf8.DecodeLastRune does (an invalid byte is RuneError), or -1.
 */
function lastIndexBy(b: Uint8Array, pred: (r: number) => boolean, truth: boolean): number {
  for (let i = b.length; i > 0; ) {
    const [r, size] = decodeLast(b.subarray(0, i));
    i -= size;
    if (pred(r) === truth) return i;
  }
  return -1;
}

/**
 * ToValidUTF8(s, replacement): each run of invalid bytes becomes one copy of
 * replacement. A valid s is returned as it is; otherwise Go grows a Builder
 * to len(s)+len(replacement) and appends to it, with append's growth when
 * the replacements outgrow that. The last buffer is the string.
 */
function toValidUTF8(env: Env, res: number, s: number, repl: Buffer): void {
  const b = Buffer.from(bytesOf(env, s));
  const out: number[] = [];
  const writes: number[] = [];
  let anyInvalid = false;
  let invalid = false;
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      invalid = false;
      out.push(c);
      writes.push(1);
      continue;
    }
    const [, w] = decodeRune(b, i);
    if (w === 1) {
      anyInvalid = true;
      i++;
      if (!invalid) {
        invalid = true;
        for (const x of repl) out.push(x);
        writes.push(repl.length);
      }
      continue;
    }
    invalid = false;
    for (let k = 0; k < w; k++) out.push(b[i + k]!);
    writes.push(w);
    i += w;
  }
  if (!anyInvalid) {
    copyString(env, res, s);
    return;
  }
  let cap = b.length + repl.length;
  let p = env.rt.mallocgc(cap, null, false);
  let len = 0;
  for (const k of writes) {
    if (len + k > cap) {
      cap = growsliceCap(1, cap, len + k);
      p = env.rt.mallocgc(cap, null, false);
    }
    len += k;
  }
  if (len === 0) {
    writeStringHeader(env, res, 0, 0);
    return;
  }
  env.mem.u8.set(out, p);
  writeStringHeader(env, res, p, len);
}

/**
 * IndexRune: searching for RuneError finds the first invalid byte or real
 * U+FFFD (what range decodes as RuneError); another rune that is not valid
 * (negative, a surrogate, past MaxRune) is never found.
 */
function indexRune(b: Buffer, r: number): number {
  if (r === 0xfffd) {
    for (let i = 0; i < b.length; ) {
      const [c, w] = decodeRune(b, i);
      if (c === 0xfffd) return i;
      i += w;
    }
    return -1;
  }
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return -1;
  return b.indexOf(Buffer.from(String.fromCodePoint(r)));
}

const encoder = new TextEncoder();

/**
 * ToUpper/ToLower: ASCII input is returned as it is when no byte changes, else
 * mapped into a Builder grown to len(s); other input goes through Map with
 * unicode's simple case mapping, rune by rune.
 */
function caseMap(env: Env, res: number, s: number, upper: boolean): void {
  const b = bytesOf(env, s);
  let ascii = true;
  let changes = false;
  for (const c of b) {
    if (c >= 0x80) ascii = false;
    else if (upper ? c >= 97 && c <= 122 : c >= 65 && c <= 90) changes = true;
  }
  if (!ascii) {
    mapRunes(env, res, s, upper ? toUpper : toLower);
    return;
  }
  if (!changes) {
    copyString(env, res, s);
    return;
  }
  const out = Buffer.from(b);
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (upper ? c >= 97 && c <= 122 : c >= 65 && c <= 90) out[i] = c ^ 0x20;
  }
  newBytesString(env, out, res);
}

/**
 * EqualFold: runes equal under Unicode simple case folding — the same rune,
 * ASCII letters of either case, or runes of one SimpleFold orbit.
 */
function equalFold(a: Uint8Array, b: Uint8Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    let [sr, w1] = decodeRune(a, i);
    let [tr, w2] = decodeRune(b, j);
    i += w1;
    j += w2;
    if (sr === tr) continue;
    if (tr < sr) [sr, tr] = [tr, sr];
    if (tr < 0x80) {
      if (sr >= 65 && sr <= 90 && tr === sr + 32) continue;
      return false;
    }
    let r = simpleFold(sr);
    while (r !== sr && r < tr) r = simpleFold(r);
    if (r !== tr) return false;
  }
  return i === a.length && j === b.length;
}

// --- Builder ---

const builderAddr = 0;
const builderBuf = 8;

function copyCheck(env: Env, b: number): void {
  const addr = env.mem.u32[(b + builderAddr) >>> 2]!;
  if (addr === 0) storePtr(env, b + builderAddr, b);
  else if (addr !== b) goPanicString('strings: illegal use of non-zero Builder copied by value');
}

/** Go's b.grow(n) when fewer than n bytes are free: a new buf of capacity 2*cap+n. */
function builderGrow(env: Env, b: number, n: number): void {
  const u32 = env.mem.u32;
  const buf = b + builderBuf;
  const len = u32[(buf + 8) >>> 2]!;
  const cap = u32[(buf + 16) >>> 2]!;
  if (cap - len < n) {
    const ncap = 2 * cap + n;
    const np = env.rt.makeslice(env.rt.types.uint8, len, ncap);
    env.mem.u8.copyWithin(np, u32[buf >>> 2]!, u32[buf >>> 2]! + len);
    writeSliceHeaderAt(env, buf, np, len, ncap);
  }
}

/** append(b.buf, bytes...) with growslice's capacities. */
function builderAppend(env: Env, b: number, src: Uint8Array): void {
  const u32 = env.mem.u32;
  const buf = b + builderBuf;
  let p = u32[buf >>> 2]!;
  const len = u32[(buf + 8) >>> 2]!;
  const cap = u32[(buf + 16) >>> 2]!;
  const need = len + src.length;
  if (need > cap) {
    // src may lie in buf itself (b.WriteString(b.String())): copy it before buf moves.
    const copy = src.slice();
    p = env.rt.growslice(env.rt.types.uint8, p, len, cap, need);
    storePtr(env, buf, p);
    u32[(buf + 16) >>> 2] = growsliceCap(1, cap, need);
    env.mem.u8.set(copy, p + len);
  } else {
    env.mem.u8.set(src, p + len);
  }
  u32[(buf + 8) >>> 2] = need;
}

function writeNilError(env: Env, at: number): void {
  writeIface(env, at, null, 0);
}

// --- Reader ---
//
//   Reader  [ s string | i int64 | prevRune int ]   32 bytes

const readerS = 0;
const readerI = 16;
const readerPrevRune = 24;

function readerType(env: Env): Type {
  const types = env.rt.types;
  return stdType(env, 'strings.Reader', () =>
    types.struct('strings.Reader', { s: types.string, i: types.int64, prevRune: types.int }),
  );
}

/**
 * (*strings.Reader).Read into the n bytes at p: how many it copied; at the
 * end of the string, io.EOF at errAt (left alone otherwise).
 */
export function stringsReaderRead(env: Env, r: number, p: number, n: number, errAt: number): number {
  const u32 = env.mem.u32;
  const i = u32[(r + readerI) >>> 2]!;
  const len = strLen(env, r + readerS);
  if (i >= len) {
    writeEOF(env, errAt);
    return 0;
  }
  writeInt64(env, r + readerPrevRune, -1);
  const k = Math.min(n, len - i);
  const from = strPtr(env, r + readerS) + i;
  env.mem.u8.copyWithin(p, from, from + k);
  writeInt64(env, r + readerI, i + k);
  return k;
}

export const blocking: ReadonlySet<string> = new Set();

export function strings(env: Env): Record<string, GoFunc> {
  const u32 = env.mem.u32;
  const readerLen = (r: number): number => Math.max(0, strLen(env, r + readerS) - u32[(r + readerI) >>> 2]!);
  return {
    // Reader
    NewReader: (_fv: number, s: number): number => {
      const r = env.rt.new(readerType(env));
      storePtr(env, r + readerS, strPtr(env, s));
      writeInt64(env, r + readerS + 8, strLen(env, s));
      writeInt64(env, r + readerPrevRune, -1);
      return r;
    },
    '(*Reader).Len': (_fv: number, r: number): number => readerLen(r),
    '(*Reader).Size': (_fv: number, r: number): number => strLen(env, r + readerS),
    '(*Reader).Read': (_fv: number, res: number, r: number, b: number): void => {
      writeIface(env, res + 8, null, 0);
      writeInt64(env, res, stringsReaderRead(env, r, sliceData(env, b), u32[(b + 8) >>> 2]!, res + 8));
    },
    '(*Reader).ReadByte': (_fv: number, res: number, r: number): void => {
      writeInt64(env, r + readerPrevRune, -1);
      writeIface(env, res + 8, null, 0);
      const i = u32[(r + readerI) >>> 2]!;
      if (i >= strLen(env, r + readerS)) {
        env.mem.u8[res] = 0;
        writeEOF(env, res + 8);
        return;
      }
      env.mem.u8[res] = env.mem.u8[strPtr(env, r + readerS) + i]!;
      writeInt64(env, r + readerI, i + 1);
    },
    '(*Reader).ReadRune': (_fv: number, res: number, r: number): void => {
      // (ch rune, size int, err error): rune at 0, size at 8, err at 16.
      writeIface(env, res + 16, null, 0);
      const i = u32[(r + readerI) >>> 2]!;
      const len = strLen(env, r + readerS);
      if (i >= len) {
        writeInt64(env, r + readerPrevRune, -1);
        env.mem.i32[res >>> 2] = 0;
        writeInt64(env, res + 8, 0);
        writeEOF(env, res + 16);
        return;
      }
      writeInt64(env, r + readerPrevRune, i);
      const b = env.mem.u8.subarray(strPtr(env, r + readerS), strPtr(env, r + readerS) + len);
      const [c, size] = b[i]! < 0x80 ? [b[i]!, 1] : decodeRune(b, i);
      writeInt64(env, r + readerI, i + size);
      env.mem.i32[res >>> 2] = c;
      writeInt64(env, res + 8, size);
    },
    '(*Reader).UnreadRune': (_fv: number, res: number, r: number): void => {
      writeIface(env, res, null, 0);
      if (u32[(r + readerI) >>> 2]! <= 0)
        makeError(env, 'strings.Reader.UnreadRune: at beginning of string', res);
      else if (env.mem.i32[(r + readerPrevRune + 4) >>> 2]! < 0)
        makeError(env, 'strings.Reader.UnreadRune: previous operation was not ReadRune', res);
      else {
        writeInt64(env, r + readerI, u32[(r + readerPrevRune) >>> 2]!);
        writeInt64(env, r + readerPrevRune, -1);
      }
    },
    '(*Reader).UnreadByte': (_fv: number, res: number, r: number): void => {
      writeIface(env, res, null, 0);
      const i = u32[(r + readerI) >>> 2]!;
      if (i <= 0) makeError(env, 'strings.Reader.UnreadByte: at beginning of string', res);
      else {
        writeInt64(env, r + readerPrevRune, -1);
        writeInt64(env, r + readerI, i - 1);
      }
    },
    '(*Reader).Reset': (_fv: number, r: number, s: number): void => {
      storePtr(env, r + readerS, strPtr(env, s));
      writeInt64(env, r + readerS + 8, strLen(env, s));
      writeInt64(env, r + readerI, 0);
      writeInt64(env, r + readerPrevRune, -1);
    },
    // Builder
    '(*Builder).String': (_fv: number, res: number, b: number): void => {
      const buf = b + builderBuf;
      writeStringHeader(env, res, u32[buf >>> 2]!, u32[(buf + 8) >>> 2]!);
    },
    '(*Builder).Len': (_fv: number, b: number): number => u32[(b + builderBuf + 8) >>> 2]!,
    '(*Builder).Cap': (_fv: number, b: number): number => u32[(b + builderBuf + 16) >>> 2]!,
    '(*Builder).Reset': (_fv: number, b: number): void => {
      storePtr(env, b + builderAddr, 0);
      writeSliceHeaderAt(env, b + builderBuf, 0, 0, 0);
    },
    '(*Builder).Grow': (_fv: number, b: number, n: Int64): void => {
      copyCheck(env, b);
      if (n < 0) goPanicString('strings.Builder.Grow: negative count');
      // Past 2^53 no capacity can hold n more bytes.
      if (typeof n === 'bigint') panicMakeslice('cap');
      builderGrow(env, b, n);
    },
    // (int, error)
    '(*Builder).WriteString': (_fv: number, res: number, b: number, s: number): void => {
      copyCheck(env, b);
      const n = strLen(env, s);
      builderAppend(env, b, env.mem.u8.subarray(strPtr(env, s), strPtr(env, s) + n));
      writeInt64(env, res, n);
      writeNilError(env, res + 8);
    },
    '(*Builder).Write': (_fv: number, res: number, b: number, p: number): void => {
      copyCheck(env, b);
      const n = u32[(p + 8) >>> 2]!;
      builderAppend(env, b, env.mem.u8.subarray(sliceData(env, p), sliceData(env, p) + n));
      writeInt64(env, res, n);
      writeNilError(env, res + 8);
    },
    // error
    '(*Builder).WriteByte': (_fv: number, res: number, b: number, c: number): void => {
      copyCheck(env, b);
      builderAppend(env, b, Uint8Array.of(c));
      writeNilError(env, res);
    },
    '(*Builder).WriteRune': (_fv: number, res: number, b: number, r: number): void => {
      copyCheck(env, b);
      if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) r = 0xfffd;
      const enc = encoder.encode(String.fromCodePoint(r));
      // Go appends an ASCII byte but makes room for any other rune with
      // grow(utf8.UTFMax), whatever its encoded length.
      if (r >= 0x80) builderGrow(env, b, 4);
      builderAppend(env, b, enc);
      writeInt64(env, res, enc.length);
      writeNilError(env, res + 8);
    },
    // Searching
    Contains: (_fv: number, s: number, sub: number): boolean =>
      bytesOf(env, s).indexOf(bytesOf(env, sub)) >= 0,
    ContainsRune: (_fv: number, s: number, r: number): boolean => indexRune(bytesOf(env, s), r) >= 0,
    ContainsAny: (_fv: number, s: number, chars: number): boolean =>
      indexBy(bytesOf(env, s), cutsetPred(bytesOf(env, chars))) >= 0,
    IndexAny: (_fv: number, s: number, chars: number): number =>
      indexBy(bytesOf(env, s), cutsetPred(bytesOf(env, chars))),
    IndexFunc: (_fv: number, s: number, f: number): number => {
      const fn = env.FN[u32[f >>> 2]]!;
      return indexBy(Buffer.from(bytesOf(env, s)), (r) => fn(f, r) as boolean);
    },
    Index: (_fv: number, s: number, sub: number): number => bytesOf(env, s).indexOf(bytesOf(env, sub)),
    LastIndex: (_fv: number, s: number, sub: number): number => {
      const b = bytesOf(env, s);
      const sep = bytesOf(env, sub);
      return sep.length === 0 ? b.length : b.lastIndexOf(sep);
    },
    IndexByte: (_fv: number, s: number, c: number): number => bytesOf(env, s).indexOf(c),
    LastIndexByte: (_fv: number, s: number, c: number): number => bytesOf(env, s).lastIndexOf(c),
    IndexRune: (_fv: number, s: number, r: number): number => indexRune(bytesOf(env, s), r),
    Count: (_fv: number, s: number, sep: number): number => count(bytesOf(env, s), bytesOf(env, sep)),
    HasPrefix: (_fv: number, s: number, p: number): boolean => {
      const b = bytesOf(env, s);
      const q = bytesOf(env, p);
      return b.length >= q.length && b.subarray(0, q.length).equals(q);
    },
    HasSuffix: (_fv: number, s: number, p: number): boolean => {
      const b = bytesOf(env, s);
      const q = bytesOf(env, p);
      return b.length >= q.length && b.subarray(b.length - q.length).equals(q);
    },
    EqualFold: (_fv: number, s: number, t: number): boolean => equalFold(bytesOf(env, s), bytesOf(env, t)),
    // Splitting
    Split: (_fv: number, res: number, s: number, sep: number): void =>
      substrings(env, res, s, splitRanges(bytesOf(env, s), bytesOf(env, sep))),
    Fields: (_fv: number, res: number, s: number): void =>
      substrings(env, res, s, fieldRanges(env, Buffer.from(bytesOf(env, s)))),
    FieldsFunc: (_fv: number, res: number, s: number, f: number): void => {
      const fn = env.FN[u32[f >>> 2]]!;
      substrings(
        env,
        res,
        s,
        fieldFuncRanges(env, Buffer.from(bytesOf(env, s)), (r) => fn(f, r) as boolean),
      );
    },
    SplitN: (_fv: number, res: number, s: number, sep: number, n: Int64): void =>
      splitN(env, res, s, sep, n, false),
    SplitAfter: (_fv: number, res: number, s: number, sep: number): void =>
      splitN(env, res, s, sep, -1, true),
    SplitAfterN: (_fv: number, res: number, s: number, sep: number, n: Int64): void =>
      splitN(env, res, s, sep, n, true),
    Cut: (_fv: number, res: number, s: number, sep: number): void => {
      const b = bytesOf(env, s);
      const q = bytesOf(env, sep);
      const i = b.indexOf(q);
      if (i < 0) {
        copyString(env, res, s);
        writeStringHeader(env, res + 16, 0, 0);
        env.mem.u8[res + 32] = 0;
        return;
      }
      const n = b.length;
      substring(env, res, s, 0, i);
      substring(env, res + 16, s, i + q.length, n);
      env.mem.u8[res + 32] = 1;
    },
    Compare: (_fv: number, a: number, b: number): number => Buffer.compare(bytesOf(env, a), bytesOf(env, b)),
    // Mapping: the mapping is a Go func value, called once per rune as Go does.
    Map: (_fv: number, res: number, mapping: number, s: number): void => {
      const fn = env.FN[u32[mapping >>> 2]]!;
      mapRunes(env, res, s, (r) => fn(mapping, r) as number);
    },
    Title: (_fv: number, res: number, s: number): void => {
      let prev = 32;
      mapRunes(env, res, s, (r) => {
        const out = isSeparator(prev) ? toTitle(r) : r;
        prev = r;
        return out;
      });
    },
    LastIndexAny: (_fv: number, s: number, chars: number): number =>
      strLen(env, chars) === 0 ? -1 : lastIndexBy(bytesOf(env, s), cutsetPred(bytesOf(env, chars)), true),
    LastIndexFunc: (_fv: number, s: number, f: number): number => {
      const fn = env.FN[u32[f >>> 2]]!;
      return lastIndexBy(Buffer.from(bytesOf(env, s)), (r) => fn(f, r) as boolean, true);
    },
    // Go returns the constant "" when every rune is trimmed, not an empty substring.
    TrimLeftFunc: (_fv: number, res: number, s: number, f: number): void => {
      const fn = env.FN[u32[f >>> 2]]!;
      const b = Buffer.from(bytesOf(env, s));
      const i = indexBy(b, (r) => !(fn(f, r) as boolean));
      if (i < 0) writeStringHeader(env, res, 0, 0);
      else substring(env, res, s, i, b.length);
    },
    TrimRightFunc: (_fv: number, res: number, s: number, f: number): void => {
      const fn = env.FN[u32[f >>> 2]]!;
      const b = Buffer.from(bytesOf(env, s));
      let i = lastIndexBy(b, (r) => fn(f, r) as boolean, false);
      // The kept rune's width is read forwards from i, as Go does, which for
      // a truncated sequence can differ from the width read backwards.
      if (i >= 0 && b[i]! >= 0x80) i += decodeRune(b, i)[1];
      else i++;
      substring(env, res, s, 0, i);
    },
    ToValidUTF8: (_fv: number, res: number, s: number, repl: number): void =>
      toValidUTF8(env, res, s, Buffer.from(bytesOf(env, repl))),
    TrimFunc: (_fv: number, res: number, s: number, f: number): void => {
      const fn = env.FN[u32[f >>> 2]]!;
      const pred = (r: number): boolean => fn(f, r) as boolean;
      const b = Buffer.from(bytesOf(env, s));
      const i = trimLeftBy(b, pred);
      substring(env, res, s, i, trimRightBy(b, i, pred));
    },
    NewReplacer: (_fv: number, oldnew: number): number => {
      const n = u32[(oldnew + 8) >>> 2]!;
      if (n % 2 === 1) goPanicString('strings.NewReplacer: odd argument count');
      const t = replacerType(env);
      // append([]string(nil), oldnew...): the copy first, then the Replacer holding it.
      const a = n === 0 ? 0 : env.rt.makeslice(env.rt.types.string, n, n);
      const tmp = env.scratch;
      writeSliceHeaderAt(env, tmp, a, n, n);
      const src = sliceData(env, oldnew);
      for (let i = 0; i < n; i++) copyString(env, a + i * 16, src + i * 16);
      const r = env.rt.new(t);
      writeSliceHeaderAt(env, r + replacerOldnew, u32[tmp >>> 2]!, n, n);
      return r;
    },
    '(*Replacer).Replace': (_fv: number, res: number, r: number, s: number): void => {
      const n = u32[(r + replacerOldnew + 8) >>> 2]!;
      const a = u32[(r + replacerOldnew) >>> 2]!;
      const pairs: [Buffer, Buffer][] = [];
      for (let i = 0; i + 1 < n; i += 2)
        pairs.push([Buffer.from(bytesOf(env, a + i * 16)), Buffer.from(bytesOf(env, a + (i + 1) * 16))]);
      const b = Buffer.from(bytesOf(env, s));
      const out = replaceAllPairs(b, pairs);
      if (out === null) copyString(env, res, s);
      else newBytesString(env, out, res);
    },
    // Building
    Join: (_fv: number, res: number, elems: number, sep: number): void => {
      const n = u32[(elems + 8) >>> 2]!;
      const a = sliceData(env, elems);
      if (n === 0) {
        writeStringHeader(env, res, 0, 0);
        return;
      }
      if (n === 1) {
        copyString(env, res, a);
        return;
      }
      const parts: Buffer[] = [];
      const sepb = Buffer.from(bytesOf(env, sep));
      for (let i = 0; i < n; i++) {
        if (i > 0) parts.push(sepb);
        parts.push(Buffer.from(bytesOf(env, a + i * 16)));
      }
      newBytesString(env, Buffer.concat(parts), res);
    },
    // Clone: a copy of s's bytes in one allocation; "" stays "" (no allocation).
    Clone: (_fv: number, res: number, s: number): void =>
      newBytesString(env, Buffer.from(bytesOf(env, s)), res),
    Repeat: (_fv: number, res: number, s: number, count: Int64): void => {
      if (count === 0) {
        writeStringHeader(env, res, 0, 0);
        return;
      }
      if (count < 0) goPanicString('strings: negative Repeat count');
      const len = strLen(env, s);
      // Go's check: len(s)*count wraps in an int exactly when dividing it back fails.
      const n = mul64(len, count);
      if (quo64(n, count) !== len) goPanicString('strings: Repeat count causes overflow');
      // The Builder's Grow(n) makes a slice of capacity n.
      if (typeof n === 'bigint' || n > maxAlloc) panicMakeslice('cap');
      const b = Buffer.from(bytesOf(env, s));
      newBytesString(env, Buffer.concat(Array.from({ length: len === 0 ? 0 : n / len }, () => b)), res);
    },
    Replace: (_fv: number, res: number, s: number, old: number, nw: number, n: Int64): void =>
      replace(env, res, s, old, nw, n),
    ReplaceAll: (_fv: number, res: number, s: number, old: number, nw: number): void =>
      replace(env, res, s, old, nw, -1),
    ToUpper: (_fv: number, res: number, s: number): void => caseMap(env, res, s, true),
    ToLower: (_fv: number, res: number, s: number): void => caseMap(env, res, s, false),
    ToTitle: (_fv: number, res: number, s: number): void => mapRunes(env, res, s, toTitle),
    // Trimming: substrings of s
    TrimSpace: (_fv: number, res: number, s: number): void => {
      const b = bytesOf(env, s);
      const i = trimLeftBy(b, isSpace);
      substring(env, res, s, i, trimRightBy(b, i, isSpace));
    },
    Trim: (_fv: number, res: number, s: number, cutset: number): void => {
      const b = bytesOf(env, s);
      const pred = cutsetPred(bytesOf(env, cutset));
      const i = trimLeftBy(b, pred);
      substring(env, res, s, i, trimRightBy(b, i, pred));
    },
    TrimLeft: (_fv: number, res: number, s: number, cutset: number): void => {
      const b = bytesOf(env, s);
      substring(env, res, s, trimLeftBy(b, cutsetPred(bytesOf(env, cutset))), b.length);
    },
    TrimRight: (_fv: number, res: number, s: number, cutset: number): void => {
      const b = bytesOf(env, s);
      substring(env, res, s, 0, trimRightBy(b, 0, cutsetPred(bytesOf(env, cutset))));
    },
    TrimPrefix: (_fv: number, res: number, s: number, p: number): void => {
      const b = bytesOf(env, s);
      const q = bytesOf(env, p);
      const has = b.length >= q.length && b.subarray(0, q.length).equals(q);
      substring(env, res, s, has ? q.length : 0, b.length);
    },
    TrimSuffix: (_fv: number, res: number, s: number, p: number): void => {
      const b = bytesOf(env, s);
      const q = bytesOf(env, p);
      const has = b.length >= q.length && b.subarray(b.length - q.length).equals(q);
      substring(env, res, s, 0, has ? b.length - q.length : b.length);
    },
  };
}

/** Replace(s, old, new, n): s itself when nothing changes, else one new string. */
function replace(env: Env, res: number, s: number, old: number, nw: number, n0: Int64): void {
  const b = Buffer.from(bytesOf(env, s));
  const o = Buffer.from(bytesOf(env, old));
  const r = Buffer.from(bytesOf(env, nw));
  if (o.equals(r) || n0 === 0) {
    copyString(env, res, s);
    return;
  }
  const m = count(b, o);
  if (m === 0) {
    copyString(env, res, s);
    return;
  }
  const n = n0 < 0 || m < n0 ? m : Number(n0);
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    let j = start;
    if (o.length === 0) {
      if (i > 0) j += decodeRune(b, start)[1];
    } else {
      j = b.indexOf(o, start);
    }
    parts.push(b.subarray(start, j), r);
    start = j + o.length;
  }
  parts.push(b.subarray(start));
  newBytesString(env, Buffer.concat(parts), res);
}

/**
 * Go's Replacer layout (56 bytes; the stub declares the same fields):
 *
 *   [ once sync.Once (12) | pad | r replacer (iface) | oldnew []string ]
 *   0                            16                   32
 *
 * Only oldnew is used: Replace matches the pairs directly instead of building
 * Go's specialised replacer (whose allocations are not modelled).
 */
const replacerOldnew = 32;

function replacerType(env: Env): Type {
  const types = env.rt.types;
  return stdType(env, 'strings.Replacer', () =>
    types.struct('strings.Replacer', {
      once: types.array(types.uint32, 3),
      r: types.any,
      oldnew: types.slice(types.string),
    }),
  );
}

/**
 * Replacer.Replace's matching (genericReplacer): scanning s left to right, the
 * first pair in argument order whose old string matches here is replaced, and
 * matching resumes after it; an empty old string matches between every rune
 * and at the end. null when nothing matched (Replace returns s itself).
 */
function replaceAllPairs(b: Buffer, pairs: [Buffer, Buffer][]): Buffer | null {
  const parts: Buffer[] = [];
  let last = 0;
  let matched = false;
  for (let i = 0; i <= b.length; ) {
    const hit = pairs.find(([o]) => o.length <= b.length - i && b.subarray(i, i + o.length).equals(o));
    if (hit === undefined) {
      if (i === b.length) break;
      i += decodeRune(b, i)[1];
      continue;
    }
    matched = true;
    parts.push(b.subarray(last, i), hit[1]);
    if (hit[0].length > 0) {
      i += hit[0].length;
      last = i;
    } else {
      if (i === b.length) {
        last = i;
        break;
      }
      const w = decodeRune(b, i)[1];
      parts.push(b.subarray(i, i + w));
      i += w;
      last = i;
    }
  }
  if (!matched) return null;
  parts.push(b.subarray(last));
  return Buffer.concat(parts);
}

/** Title's isSeparator: ASCII alphanumerics and '_' are not separators, other ASCII is; letters and digits are not, spaces are. */
function isSeparator(r: number): boolean {
  if (r <= 0x7f) {
    if ((r >= 48 && r <= 57) || (r >= 97 && r <= 122) || (r >= 65 && r <= 90) || r === 95) return false;
    return true;
  }
  if (isLetter(r) || isDigit(r)) return false;
  return isSpace(r);
}

/**
 * Map's result: s itself while every rune maps to itself; from the first
 * change, a Builder grown to len(s)+utf8.UTFMax holding the mapped runes (a
 * negative result drops the rune, an invalid one writes U+FFFD). The Builder's
 * buffer is the string, so one allocation of that capacity (more when the
 * mapped text outgrows it: append's growth).
 */
function mapRunes(env: Env, res: number, s: number, f: (r: number) => number): void {
  const b = Buffer.from(bytesOf(env, s));
  const out: number[] = [];
  let changed = false;
  for (let i = 0; i < b.length; ) {
    const [c, w] = decodeRune(b, i);
    const r = f(c);
    if (!changed) {
      if (r === c && (c !== 0xfffd || w !== 1)) {
        i += w;
        continue;
      }
      changed = true;
      for (let k = 0; k < i; k++) out.push(b[k]!);
    }
    if (r >= 0)
      for (const x of encoder.encode(
        String.fromCodePoint(r <= 0x10ffff && (r < 0xd800 || r > 0xdfff) ? r : 0xfffd),
      ))
        out.push(x);
    i += w;
  }
  if (!changed) {
    copyString(env, res, s);
    return;
  }
  let cap = b.length + 4;
  if (out.length > cap) cap = growsliceCap(1, cap, out.length);
  const p = env.rt.mallocgc(cap, null, false);
  env.mem.u8.set(out, p);
  writeStringHeader(env, res, out.length === 0 ? 0 : p, out.length);
}

/** genSplit(s, sep, sepSave, n): SplitN (sepSave 0) and SplitAfterN (len(sep)). */
function splitN(env: Env, res: number, s: number, sep: number, n0: Int64, after: boolean): void {
  if (n0 === 0) {
    writeSliceHeaderAt(env, res, 0, 0, 0);
    return;
  }
  const b = bytesOf(env, s);
  const q = bytesOf(env, sep);
  if (q.length === 0) {
    const all = splitRanges(b, q);
    if (n0 > 0 && all.length > n0) {
      // n0 < all.length: a number.
      const n = Number(n0);
      all.length = n;
      all[n - 1] = [all[n - 1]![0], b.length];
    }
    substrings(env, res, s, all);
    return;
  }
  // Go clamps n to len(s)+1, so a count past 2^53 ends up a number.
  const n = n0 < 0 ? count(b, q) + 1 : n0 > b.length + 1 ? b.length + 1 : Number(n0);
  const parts: [number, number][] = [];
  let start = 0;
  while (parts.length < n - 1) {
    const m = b.indexOf(q, start);
    if (m < 0) break;
    parts.push([start, after ? m + q.length : m]);
    start = m + q.length;
  }
  parts.push([start, b.length]);
  // make([]string, n) then a[:i+1]: the capacity is n.
  const str = env.rt.types.string;
  const a = env.rt.makeslice(str, n, n);
  writeSliceHeaderAt(env, res, a, parts.length, n);
  for (let i = 0; i < parts.length; i++) substring(env, a + i * 16, s, parts[i]![0], parts[i]![1]);
}
