// bytes: Buffer's writes, reads and growth; Equal, Repeat, Contains, Index,
// Fields, FieldsFunc (strings.ts's field ranges), Split, TrimSpace,
// TrimPrefix, TrimSuffix, ToUpper/ToLower/ToTitle, Join.
//
// Mirrors Go 1.19's bytes/buffer.go (grow, tryGrowByReslice, Write,
// WriteString, WriteByte, WriteRune, Bytes, String, Len, Cap, Reset, Grow;
// Read, ReadByte, ReadString, ReadBytes, Next, Truncate, NewBuffer,
// NewBufferString) and bytes.go, with Go's layout (the stub's):
//
//   Buffer  [ buf.ptr | buf.len | buf.cap | off int | lastRead int8 ]   40 bytes
//
// lastRead only serves UnreadByte/UnreadRune, which are not provided: it stays 0.
//
// Growth is Go's: a reslice when capacity allows; a first buffer of
// capacity 64 (smallBufferSize) for small writes; sliding the contents down
// when they fit in half the capacity; otherwise growSlice's append, whose
// capacity is max(len+off+n, 2*(cap-off)) rounded up to a size class.
// String() allocates a copy of the unread bytes (string(b.buf[b.off:])).

import { panicMakeslice, RuntimeError } from '../../runtime/panic.js';
import { growsliceCap, maxAlloc } from '../../runtime/slice.js';
import { decodeRune } from '../../runtime/string.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { add64, type Int64, mul64, quo64 } from '../codegen/vlrt.js';
import { stdType, writeIface } from './errors.js';
import { writeEOF } from './io.js';
import { fieldFuncRanges, fieldRanges } from './strings.js';
import { isSpace, toLower, toTitle, toUpper } from './unicode.js';
import {
  goPanicString,
  newStringBytes,
  sliceData,
  sliceLen,
  storePtr,
  writeInt64,
  writeSliceHeader,
} from './values.js';

const smallBufferSize = 64;
const offOff = 24;

function len(env: Env, b: number): number {
  return env.mem.u32[(b + 8) >>> 2]!;
}

function cap(env: Env, b: number): number {
  return env.mem.u32[(b + 16) >>> 2]!;
}

/** b.off: only this package writes it, always within the buffer, so its low word is all of it. */
function off(env: Env, b: number): number {
  return env.mem.u32[(b + offOff) >>> 2]!;
}

function setBuf(env: Env, b: number, p: number, l: number, c: number): void {
  storePtr(env, b, p);
  env.mem.u32[(b + 8) >>> 2] = l;
  env.mem.u32[(b + 16) >>> 2] = c;
}

/** b.grow(n): room for n more bytes; returns where they go. */
function grow(env: Env, b: number, n: number): number {
  const m = len(env, b) - off(env, b);
  if (m === 0 && off(env, b) !== 0) {
    env.mem.u32[(b + 8) >>> 2] = 0;
    writeInt64(env, b + offOff, 0);
  }
  const l = len(env, b);
  const c = cap(env, b);
  if (n <= c - l) {
    env.mem.u32[(b + 8) >>> 2] = l + n;
    return l;
  }
  const p = env.mem.u32[b >>> 2]!;
  if (p === 0 && n <= smallBufferSize) {
    setBuf(env, b, env.rt.makeslice(env.rt.types.uint8, n, smallBufferSize), n, smallBufferSize);
    return 0;
  }
  const o = off(env, b);
  if (n <= Math.floor(c / 2) - m) {
    env.mem.u8.copyWithin(p, p + o, p + o + m);
  } else {
    // growSlice(b.buf[off:], off+n): append([]byte(nil), make([]byte, c)...) with
    // c = max(m+off+n, 2*(cap-off)), so the capacity is rounded up to a size class.
    const need = Math.max(m + o + n, 2 * (c - o));
    const np = env.rt.growslice(env.rt.types.uint8, 0, 0, 0, need);
    env.mem.u8.copyWithin(np, p + o, p + o + m);
    setBuf(env, b, np, m, growsliceCap(1, 0, need));
  }
  writeInt64(env, b + offOff, 0);
  env.mem.u32[(b + 8) >>> 2] = m + n;
  return m;
}

/** Appends src (copied first: it may lie in the buffer itself). */
function write(env: Env, b: number, src: Uint8Array): void {
  const copy = src.slice();
  const m = grow(env, b, copy.length);
  env.mem.u8.set(copy, env.mem.u32[b >>> 2]! + m);
}

function nilError(env: Env, at: number): void {
  writeIface(env, at, null, 0);
}

const encoder = new TextEncoder();

/** The bytes of the []byte at s (a view: valid until the next allocation). */
function view(env: Env, s: number): Uint8Array {
  const p = sliceData(env, s);
  return env.mem.u8.subarray(p, p + sliceLen(env, s));
}

/** A nil slice at dst. */
function nilSlice(env: Env, dst: number): void {
  writeSliceHeader(env, dst, 0, 0, 0);
}

/** s[i:j] of the []byte at s (capacity to the end of s's), written at dst. */
function subslice(env: Env, dst: number, s: number, i: number, j: number): void {
  const p = sliceData(env, s);
  writeSliceHeader(env, dst, p + i, j - i, env.mem.u32[(s + 16) >>> 2]! - i);
}

/** make([][]byte, n) at dst holding s[i:j:j] for each range of s. */
function subslices(env: Env, dst: number, s: number, ranges: [number, number][]): void {
  const n = ranges.length;
  const a = env.rt.makeslice(env.rt.types.slice(env.rt.types.uint8), n, n);
  const p = sliceData(env, s);
  writeSliceHeader(env, dst, a, n, n);
  ranges.forEach(([i, j], k) => {
    storePtr(env, a + k * 24, p + i);
    env.mem.u32[(a + k * 24 + 8) >>> 2] = j - i;
    env.mem.u32[(a + k * 24 + 16) >>> 2] = j - i;
  });
}

/**
 * Split(s, sep): genSplit's make([][]byte, n) with n = Count(s, sep)+1, each
 * piece s[i:j:j] but the last, which keeps s's capacity; an empty sep
 * explodes s into runes with make([][]byte, len(s)) — a capacity counted in
 * bytes, so it exceeds the length when s has multi-byte runes.
 */
function split(env: Env, res: number, s: number, sep: number): void {
  const b = Buffer.from(view(env, s));
  const q = Buffer.from(view(env, sep));
  const pieces: [number, number][] = [];
  let n: number;
  if (q.length === 0) {
    n = b.length;
    for (let i = 0; i < b.length; ) {
      const w = decodeRune(b, i)[1];
      pieces.push([i, i + w]);
      i += w;
    }
  } else {
    let start = 0;
    for (let m = b.indexOf(q); m >= 0; m = b.indexOf(q, start)) {
      pieces.push([start, m]);
      start = m + q.length;
    }
    pieces.push([start, b.length]);
    n = pieces.length;
  }
  const a = env.rt.makeslice(env.rt.types.slice(env.rt.types.uint8), n, n);
  const p = sliceData(env, s);
  const c = env.mem.u32[(s + 16) >>> 2]!;
  writeSliceHeader(env, res, a, pieces.length, n);
  pieces.forEach(([i, j], k) => {
    // explode's last piece is the rest of s when the pieces reach len(s), which only all-ASCII s does.
    const last = k === pieces.length - 1 && (q.length > 0 || pieces.length === n);
    // A piece of a nil s stays nil.
    if (p !== 0) storePtr(env, a + k * 24, p + i);
    env.mem.u32[(a + k * 24 + 8) >>> 2] = j - i;
    env.mem.u32[(a + k * 24 + 16) >>> 2] = last ? c - i : j - i;
  });
}

/** The buffer type, for NewBuffer/NewBufferString (declared as the stub declares it when the program has not). */
function bufferType(env: Env): import('../../runtime/type.js').Type {
  const types = env.rt.types;
  return stdType(env, 'bytes.Buffer', () =>
    types.struct('bytes.Buffer', { buf: types.slice(types.uint8), off: types.int, lastRead: types.int8 }),
  );
}

export const blocking: ReadonlySet<string> = new Set();

export function bytes(env: Env): Record<string, GoFunc> {
  const u8 = (): Uint8Array => env.mem.u8;
  return {
    // (n int, err error)
    '(*Buffer).Write': (_fv: number, res: number, b: number, p: number): void => {
      const d = sliceData(env, p);
      const n = sliceLen(env, p);
      write(env, b, u8().subarray(d, d + n));
      writeInt64(env, res, n);
      nilError(env, res + 8);
    },
    '(*Buffer).WriteString': (_fv: number, res: number, b: number, s: number): void => {
      const d = env.mem.u32[s >>> 2]!;
      const n = env.mem.u32[(s + 8) >>> 2]!;
      write(env, b, u8().subarray(d, d + n));
      writeInt64(env, res, n);
      nilError(env, res + 8);
    },
    '(*Buffer).WriteByte': (_fv: number, res: number, b: number, c: number): void => {
      write(env, b, Uint8Array.of(c));
      nilError(env, res);
    },
    '(*Buffer).WriteRune': (_fv: number, res: number, b: number, r: number): void => {
      if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) r = 0xfffd;
      const e = encoder.encode(String.fromCodePoint(r));
      write(env, b, e);
      writeInt64(env, res, e.length);
      nilError(env, res + 8);
    },
    '(*Buffer).Bytes': (_fv: number, res: number, b: number): void => {
      const o = off(env, b);
      writeSliceHeader(env, res, env.mem.u32[b >>> 2]! + o, len(env, b) - o, cap(env, b) - o);
    },
    '(*Buffer).String': (_fv: number, res: number, b: number): void => {
      if (b === 0) {
        newStringBytes(env, encoder.encode('<nil>'), res);
        return;
      }
      const p = env.mem.u32[b >>> 2]!;
      newStringBytes(env, u8().slice(p + off(env, b), p + len(env, b)), res);
    },
    '(*Buffer).Len': (_fv: number, b: number): number => len(env, b) - off(env, b),
    '(*Buffer).Cap': (_fv: number, b: number): number => cap(env, b),
    '(*Buffer).Reset': (_fv: number, b: number): void => {
      env.mem.u32[(b + 8) >>> 2] = 0;
      writeInt64(env, b + offOff, 0);
    },
    '(*Buffer).Grow': (_fv: number, b: number, n: Int64): void => {
      if (n < 0) goPanicString('bytes.Buffer.Grow: negative count');
      // More than maxAlloc: growSlice's make panics and it panics again with
      // ErrTooLarge (here its text: the value is a string, not the error).
      if (typeof n === 'bigint' || n > maxAlloc) goPanicString('bytes.Buffer: too large');
      const m = grow(env, b, n);
      env.mem.u32[(b + 8) >>> 2] = m;
    },
    // (n int, err error): io.EOF once the buffer is empty (nil for an empty p).
    '(*Buffer).Read': (_fv: number, res: number, b: number, p: number): void => {
      const o = off(env, b);
      const l = len(env, b);
      if (l <= o) {
        env.mem.u32[(b + 8) >>> 2] = 0;
        writeInt64(env, b + offOff, 0);
        writeInt64(env, res, 0);
        if (sliceLen(env, p) === 0) nilError(env, res + 8);
        else writeEOF(env, res + 8);
        return;
      }
      const n = Math.min(sliceLen(env, p), l - o);
      const src = env.mem.u32[b >>> 2]! + o;
      env.mem.u8.copyWithin(sliceData(env, p), src, src + n);
      writeInt64(env, b + offOff, o + n);
      writeInt64(env, res, n);
      nilError(env, res + 8);
    },
    // (byte, error): byte at res+0, error at res+8.
    '(*Buffer).ReadByte': (_fv: number, res: number, b: number): void => {
      const o = off(env, b);
      if (len(env, b) <= o) {
        env.mem.u32[(b + 8) >>> 2] = 0;
        writeInt64(env, b + offOff, 0);
        env.mem.u8[res] = 0;
        writeEOF(env, res + 8);
        return;
      }
      env.mem.u8[res] = env.mem.u8[env.mem.u32[b >>> 2] + o]!;
      writeInt64(env, b + offOff, o + 1);
      nilError(env, res + 8);
    },
    // (line string, err error): string(readSlice(delim)).
    '(*Buffer).ReadString': (_fv: number, res: number, b: number, delim: number): void => {
      const [i, j, eof] = readSlice(env, b, delim);
      const p = env.mem.u32[b >>> 2]!;
      newStringBytes(env, env.mem.u8.slice(p + i, p + j), res);
      if (eof) writeEOF(env, res + 16);
      else nilError(env, res + 16);
    },
    // (line []byte, err error): append([]byte(nil), readSlice(delim)...).
    '(*Buffer).ReadBytes': (_fv: number, res: number, b: number, delim: number): void => {
      const [i, j, eof] = readSlice(env, b, delim);
      const n = j - i;
      if (n === 0) nilSlice(env, res);
      else {
        const c = growsliceCap(1, 0, n);
        const q = env.rt.growslice(env.rt.types.uint8, 0, 0, 0, n);
        const p = env.mem.u32[b >>> 2]!;
        env.mem.u8.copyWithin(q, p + i, p + j);
        writeSliceHeader(env, res, q, n, c);
      }
      if (eof) writeEOF(env, res + 24);
      else nilError(env, res + 24);
    },
    '(*Buffer).Next': (_fv: number, res: number, b: number, n0: Int64): void => {
      const o = off(env, b);
      const m = len(env, b) - o;
      const n = n0 > m ? m : n0;
      if (n < 0)
        throw new RuntimeError(`slice bounds out of range [:${add64(o, n)}] with capacity ${cap(env, b)}`);
      // 0 <= n <= m: a number.
      writeSliceHeader(env, res, env.mem.u32[b >>> 2]! + o, Number(n), cap(env, b) - o);
      writeInt64(env, b + offOff, o + Number(n));
    },
    '(*Buffer).Truncate': (_fv: number, b: number, n: Int64): void => {
      const o = off(env, b);
      if (n === 0) {
        env.mem.u32[(b + 8) >>> 2] = 0;
        writeInt64(env, b + offOff, 0);
        return;
      }
      if (n < 0 || n > len(env, b) - o) goPanicString('bytes.Buffer: truncation out of range');
      env.mem.u32[(b + 8) >>> 2] = o + Number(n);
    },
    // &Buffer{buf: buf}: the slice is held in the result area while the Buffer is allocated.
    NewBuffer: (_fv: number, buf: number): number => {
      const p = sliceData(env, buf);
      const l = sliceLen(env, buf);
      const c = env.mem.u32[(buf + 16) >>> 2]!;
      const scope = env.rt.scope();
      try {
        if (p !== 0) scope.handle(p);
        const obj = env.rt.new(bufferType(env));
        setBuf(env, obj, p, l, c);
        return obj;
      } finally {
        scope.close();
      }
    },
    // &Buffer{buf: []byte(s)}: rawbyteslice(len(s)) (capacity rounded to a size class), then the Buffer.
    NewBufferString: (_fv: number, s: number): number => {
      const n = env.mem.u32[(s + 8) >>> 2]!;
      const src = env.mem.u32[s >>> 2]!;
      let p = 0;
      let c = 0;
      if (n > 0) {
        c = growsliceCap(1, 0, n);
        p = env.rt.mallocgc(c, null, false);
        env.mem.u8.copyWithin(p, src, src + n);
      } else {
        p = env.rt.makeslice(env.rt.types.uint8, 0, 0);
      }
      const scope = env.rt.scope();
      try {
        if (n > 0) scope.handle(p);
        const obj = env.rt.new(bufferType(env));
        setBuf(env, obj, p, n, c);
        return obj;
      } finally {
        scope.close();
      }
    },
    Contains: (_fv: number, a: number, b: number): boolean =>
      Buffer.from(view(env, a)).indexOf(view(env, b)) >= 0,
    Index: (_fv: number, a: number, b: number): number => Buffer.from(view(env, a)).indexOf(view(env, b)),
    IndexByte: (_fv: number, a: number, c: number): number => view(env, a).indexOf(c),
    HasPrefix: (_fv: number, a: number, b: number): boolean => {
      const x = view(env, a);
      const y = view(env, b);
      return x.length >= y.length && Buffer.from(x.subarray(0, y.length)).equals(y);
    },
    HasSuffix: (_fv: number, a: number, b: number): boolean => {
      const x = view(env, a);
      const y = view(env, b);
      return x.length >= y.length && Buffer.from(x.subarray(x.length - y.length)).equals(y);
    },
    Compare: (_fv: number, a: number, b: number): number => Buffer.compare(view(env, a), view(env, b)),
    // Fields and FieldsFunc: make([][]byte, n), each field s[start:end:end].
    Fields: (_fv: number, res: number, s: number): void =>
      subslices(env, res, s, fieldRanges(env, Buffer.from(view(env, s)))),
    FieldsFunc: (_fv: number, res: number, s: number, f: number): void => {
      const fn = env.FN[env.mem.u32[f >>> 2]]!;
      subslices(
        env,
        res,
        s,
        fieldFuncRanges(env, Buffer.from(view(env, s)), (r) => fn(f, r) as boolean),
      );
    },
    TrimSpace: (_fv: number, res: number, s: number): void => {
      const b = view(env, s);
      let i = 0;
      while (i < b.length) {
        const [r, w] = b[i]! < 0x80 ? [b[i]!, 1] : decodeRune(b, i);
        if (!isSpace(r)) break;
        i += w;
      }
      let j = b.length;
      while (j > i) {
        let k = j - 1;
        while (k > i && (b[k]! & 0xc0) === 0x80 && j - k < 4) k--;
        const [r, w] = decodeRune(b, k);
        if (k + w !== j || !isSpace(r)) break;
        j = k;
      }
      if (i === j) nilSlice(env, res);
      else subslice(env, res, s, i, j);
    },
    ToUpper: (_fv: number, res: number, s: number): void => caseMap(env, res, s, true),
    ToLower: (_fv: number, res: number, s: number): void => caseMap(env, res, s, false),
    ToTitle: (_fv: number, res: number, s: number): void => mapBytes(env, res, view(env, s).slice(), toTitle),
    Join: (_fv: number, res: number, s: number, sep: number): void => {
      const n = sliceLen(env, s);
      const a = sliceData(env, s);
      const part = (i: number): Uint8Array => view(env, a + i * 24);
      if (n === 0) {
        writeSliceHeader(env, res, env.rt.makeslice(env.rt.types.uint8, 0, 0), 0, 0);
        return;
      }
      if (n === 1) {
        // append([]byte(nil), s[0]...)
        const l = part(0).length;
        if (l === 0) {
          nilSlice(env, res);
          return;
        }
        const q = env.rt.growslice(env.rt.types.uint8, 0, 0, 0, l);
        env.mem.u8.set(part(0), q);
        writeSliceHeader(env, res, q, l, growsliceCap(1, 0, l));
        return;
      }
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < n; i++) {
        if (i > 0) chunks.push(view(env, sep).slice());
        chunks.push(part(i).slice());
      }
      const out = Buffer.concat(chunks);
      const q = env.rt.makeslice(env.rt.types.uint8, out.length, out.length);
      env.mem.u8.set(out, q);
      writeSliceHeader(env, res, q, out.length, out.length);
    },
    Split: (_fv: number, res: number, s: number, sep: number): void => split(env, res, s, sep),
    // s[len(prefix):] and s[:len(s)-len(suffix)] (capacity kept), or s itself: no allocation.
    TrimPrefix: (_fv: number, res: number, s: number, prefix: number): void => {
      const x = view(env, s);
      const y = view(env, prefix);
      if (x.length >= y.length && Buffer.from(x.subarray(0, y.length)).equals(y)) {
        subslice(env, res, s, y.length, x.length);
      } else {
        writeSliceHeader(env, res, sliceData(env, s), x.length, env.mem.u32[(s + 16) >>> 2]!);
      }
    },
    TrimSuffix: (_fv: number, res: number, s: number, suffix: number): void => {
      const x = view(env, s);
      const y = view(env, suffix);
      const has = x.length >= y.length && Buffer.from(x.subarray(x.length - y.length)).equals(y);
      writeSliceHeader(
        env,
        res,
        sliceData(env, s),
        has ? x.length - y.length : x.length,
        env.mem.u32[(s + 16) >>> 2]!,
      );
    },
    Equal: (_fv: number, a: number, b: number): boolean => {
      const la = sliceLen(env, a);
      if (la !== sliceLen(env, b)) return false;
      return Buffer.from(u8().subarray(sliceData(env, a), sliceData(env, a) + la)).equals(
        u8().subarray(sliceData(env, b), sliceData(env, b) + la),
      );
    },
    // Repeat(b, count): one make([]byte, len(b)*count).
    Repeat: (_fv: number, res: number, b: number, count: Int64): void => {
      if (count === 0) {
        writeSliceHeader(env, res, env.rt.makeslice(env.rt.types.uint8, 0, 0), 0, 0);
        return;
      }
      if (count < 0) goPanicString('bytes: negative Repeat count');
      const l = sliceLen(env, b);
      // Go's check: len(b)*count wraps in an int exactly when dividing it back fails.
      const n = mul64(l, count);
      if (quo64(n, count) !== l) goPanicString('bytes: Repeat count causes overflow');
      // Past 2^53 is past maxAlloc.
      if (typeof n === 'bigint') panicMakeslice('len');
      const src = u8().slice(sliceData(env, b), sliceData(env, b) + l);
      const p = env.rt.makeslice(env.rt.types.uint8, n, n);
      for (let i = 0; i < n; i += l) env.mem.u8.set(src, p + i);
      writeSliceHeader(env, res, p, n, n);
    },
  };
}

/** b.readSlice(delim): the [off, end) range up to and including delim (or to the end, with io.EOF); off moves to end. */
function readSlice(env: Env, b: number, delim: number): [number, number, boolean] {
  const o = off(env, b);
  const l = len(env, b);
  const p = env.mem.u32[b >>> 2]!;
  const i = env.mem.u8.subarray(p + o, p + l).indexOf(delim);
  const end = i < 0 ? l : o + i + 1;
  writeInt64(env, b + offOff, end);
  return [o, end, i < 0];
}

/**
 * ToUpper/ToLower: for ASCII input, a copy (append([]byte(""), s...)) when no
 * byte changes, else make([]byte, len(s)) mapped; other input through Map
 * with unicode's simple case mapping.
 */
function caseMap(env: Env, res: number, s: number, upper: boolean): void {
  const b = view(env, s).slice();
  let ascii = true;
  let changes = false;
  for (const c of b) {
    if (c >= 0x80) ascii = false;
    else if (upper ? c >= 97 && c <= 122 : c >= 65 && c <= 90) changes = true;
  }
  if (!ascii) {
    mapBytes(env, res, b, upper ? toUpper : toLower);
    return;
  }
  const n = b.length;
  if (!changes) {
    if (n === 0) {
      writeSliceHeader(env, res, env.rt.makeslice(env.rt.types.uint8, 0, 0), 0, 0);
      return;
    }
    const q = env.rt.growslice(env.rt.types.uint8, 0, 0, 0, n);
    env.mem.u8.set(b, q);
    writeSliceHeader(env, res, q, n, growsliceCap(1, 0, n));
    return;
  }
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (upper ? c >= 97 && c <= 122 : c >= 65 && c <= 90) b[i] = c ^ 0x20;
  }
  const q = env.rt.makeslice(env.rt.types.uint8, n, n);
  env.mem.u8.set(b, q);
  writeSliceHeader(env, res, q, n, n);
}

/**
 * Map(f, b): a new slice made with len(b) bytes; a rune that does not fit
 * makes a new one of twice the size plus UTFMax, as often as needed. A
 * negative mapping drops the rune, an invalid one is written as RuneError.
 */
function mapBytes(env: Env, res: number, b: Uint8Array, f: (r: number) => number): void {
  let max = b.length;
  let q = env.rt.makeslice(env.rt.types.uint8, max, max);
  const out: number[] = [];
  for (let i = 0; i < b.length; ) {
    const [c, w] = decodeRune(b, i);
    const r = f(c);
    if (r >= 0) {
      const e = encoder.encode(
        String.fromCodePoint(r <= 0x10ffff && (r < 0xd800 || r > 0xdfff) ? r : 0xfffd),
      );
      if (out.length + e.length > max) {
        max = max * 2 + 4;
        q = env.rt.makeslice(env.rt.types.uint8, max, max);
      }
      for (const x of e) out.push(x);
    }
    i += w;
  }
  env.mem.u8.set(out, q);
  writeSliceHeader(env, res, q, out.length, max);
}
