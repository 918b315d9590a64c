// strings: Builder and the common string functions, allocating as Go 1.19 does.
//
// Mirrors Go's strings/builder.go and strings/strings.go. Builder:
//
//   Builder  [ addr *Builder | buf.ptr | buf.len | buf.cap ]     32 bytes
//
// WriteString/WriteByte/WriteRune/Write append to buf with append's growth
// (runtime growslice: the capacities of runtime/slice.ts), Grow(n) makes a new
// buf of capacity 2*cap+n when fewer than n bytes are free, String() returns
// buf's bytes without copying, and copyCheck panics on a Builder copied by value.
//
// Functions that return parts of s (Split, Fields, Trim…) return substrings
// sharing s's bytes, allocating only the []string; functions that build a new
// string (Join, Repeat, Replace, ToUpper…) allocate its bytes once, as Go's
// Builder.Grow does, and return the unchanged argument when Go does.

import { growsliceCap } from '../../runtime/slice.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { writeIface } from './errors.js';
import { decodeRune } from './strconv.js';
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

const asciiSpace = new Uint8Array(256);
for (const c of [9, 10, 11, 12, 13, 32]) asciiSpace[c] = 1;

/** unicode.IsSpace. */
function isSpace(r: number): boolean {
  if (r < 0x80) return asciiSpace[r] === 1;
  return (
    r === 0x85 ||
    r === 0xa0 ||
    r === 0x1680 ||
    (r >= 0x2000 && r <= 0x200a) ||
    r === 0x2028 ||
    r === 0x2029 ||
    r === 0x202f ||
    r === 0x205f ||
    r === 0x3000
  );
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

/** The byte ranges of Fields: runs of non-space runes. */
function fieldRanges(b: Buffer): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i < b.length; ) {
    const [r, w] = b[i]! < 0x80 ? [b[i]!, 1] : decodeRune(b, i);
    if (isSpace(r)) {
      if (start >= 0) out.push([start, i]);
      start = -1;
    } else if (start < 0) start = i;
    i += w;
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

/** unicode.ToUpper/ToLower for one rune: JavaScript's mapping where it is one rune (Go's simple case mapping). */
function mapCase(r: number, upper: boolean): number {
  const s = String.fromCodePoint(r);
  const m = upper ? s.toUpperCase() : s.toLowerCase();
  const c = m.codePointAt(0)!;
  return m.length === String.fromCodePoint(c).length ? c : r;
}

const encoder = new TextEncoder();

function caseMap(env: Env, res: number, s: number, upper: boolean): void {
  const b = bytesOf(env, s);
  let ascii = true;
  let changes = false;
  for (const c of b) {
    if (c >= 0x80) ascii = false;
    else if (upper ? c >= 97 && c <= 122 : c >= 65 && c <= 90) changes = true;
  }
  if (ascii) {
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
    return;
  }
  let out = '';
  let changed = false;
  for (let i = 0; i < b.length; ) {
    const [r, w] = decodeRune(b, i);
    if (r === 0xfffd && w === 1) {
      out += '\ufffd';
      changed = true;
    } else {
      const m = mapCase(r, upper);
      if (m !== r) changed = true;
      out += String.fromCodePoint(m);
    }
    i += w;
  }
  if (!changed) copyString(env, res, s);
  else newBytesString(env, encoder.encode(out), res);
}

// --- Builder ---

const builderAddr = 0;
const builderBuf = 8;

function copyCheck(env: Env, b: number): void {
  const addr = env.mem.u32[(b + builderAddr) >>> 2]!;
  if (addr === 0) storePtr(env, b + builderAddr, b);
  else if (addr !== b) goPanicString('strings: illegal use of non-zero Builder copied by value');
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

export const blocking: ReadonlySet<string> = new Set();

export function strings(env: Env): Record<string, GoFunc> {
  const u32 = env.mem.u32;
  return {
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
    '(*Builder).Grow': (_fv: number, b: number, n: number): void => {
      copyCheck(env, b);
      if (n < 0) goPanicString('strings.Builder.Grow: negative count');
      const buf = b + builderBuf;
      const len = u32[(buf + 8) >>> 2]!;
      const cap = u32[(buf + 16) >>> 2]!;
      if (cap - len < n) {
        const ncap = 2 * cap + n;
        const np = env.rt.makeslice(env.rt.types.uint8, len, ncap);
        env.mem.u8.copyWithin(np, u32[buf >>> 2]!, u32[buf >>> 2]! + len);
        writeSliceHeaderAt(env, buf, np, len, ncap);
      }
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
      builderAppend(env, b, enc);
      writeInt64(env, res, enc.length);
      writeNilError(env, res + 8);
    },
    // Searching
    Contains: (_fv: number, s: number, sub: number): boolean =>
      bytesOf(env, s).indexOf(bytesOf(env, sub)) >= 0,
    ContainsRune: (_fv: number, s: number, r: number): boolean =>
      bytesOf(env, s).indexOf(Buffer.from(String.fromCodePoint(r))) >= 0,
    ContainsAny: (_fv: number, s: number, chars: number): boolean => {
      const pred = cutsetPred(bytesOf(env, chars));
      const b = bytesOf(env, s);
      for (let i = 0; i < b.length; ) {
        const [r, w] = decodeRune(b, i);
        if (pred(r)) return true;
        i += w;
      }
      return false;
    },
    Index: (_fv: number, s: number, sub: number): number => bytesOf(env, s).indexOf(bytesOf(env, sub)),
    LastIndex: (_fv: number, s: number, sub: number): number => {
      const b = bytesOf(env, s);
      const sep = bytesOf(env, sub);
      return sep.length === 0 ? b.length : b.lastIndexOf(sep);
    },
    IndexByte: (_fv: number, s: number, c: number): number => bytesOf(env, s).indexOf(c),
    IndexRune: (_fv: number, s: number, r: number): number =>
      bytesOf(env, s).indexOf(Buffer.from(String.fromCodePoint(r >= 0 && r <= 0x10ffff ? r : 0xfffd))),
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
    EqualFold: (_fv: number, s: number, t: number): boolean => {
      const a = bytesOf(env, s);
      const b = bytesOf(env, t);
      let i = 0;
      let j = 0;
      while (i < a.length && j < b.length) {
        const [r1, w1] = decodeRune(a, i);
        const [r2, w2] = decodeRune(b, j);
        if (r1 !== r2 && mapCase(r1, false) !== mapCase(r2, false)) return false;
        i += w1;
        j += w2;
      }
      return i === a.length && j === b.length;
    },
    // Splitting
    Split: (_fv: number, res: number, s: number, sep: number): void =>
      substrings(env, res, s, splitRanges(bytesOf(env, s), bytesOf(env, sep))),
    Fields: (_fv: number, res: number, s: number): void =>
      substrings(env, res, s, fieldRanges(bytesOf(env, s))),
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
    Repeat: (_fv: number, res: number, s: number, n: number): void => {
      if (n === 0) {
        writeStringHeader(env, res, 0, 0);
        return;
      }
      if (n < 0) goPanicString('strings: negative Repeat count');
      const len = strLen(env, s);
      if (len * n > 2 ** 63 - 1 || (len * n) / n !== len)
        goPanicString('strings: Repeat count causes overflow');
      const b = Buffer.from(bytesOf(env, s));
      newBytesString(env, Buffer.concat(Array.from({ length: n }, () => b)), res);
    },
    Replace: (_fv: number, res: number, s: number, old: number, nw: number, n: number): void =>
      replace(env, res, s, old, nw, n),
    ReplaceAll: (_fv: number, res: number, s: number, old: number, nw: number): void =>
      replace(env, res, s, old, nw, -1),
    ToUpper: (_fv: number, res: number, s: number): void => caseMap(env, res, s, true),
    ToLower: (_fv: number, res: number, s: number): void => caseMap(env, res, s, false),
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
function replace(env: Env, res: number, s: number, old: number, nw: number, n: number): void {
  const b = Buffer.from(bytesOf(env, s));
  const o = Buffer.from(bytesOf(env, old));
  const r = Buffer.from(bytesOf(env, nw));
  if (o.equals(r) || n === 0) {
    copyString(env, res, s);
    return;
  }
  const m = count(b, o);
  if (m === 0) {
    copyString(env, res, s);
    return;
  }
  if (n < 0 || m < n) n = m;
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
