// bytes: Buffer's writes and growth, Equal, Repeat.
//
// Mirrors Go 1.19's bytes/buffer.go (grow, tryGrowByReslice, Write,
// WriteString, WriteByte, WriteRune, Bytes, String, Len, Cap, Reset, Grow) and
// bytes.go (Equal, Repeat), with the stub's layout:
//
//   Buffer  [ buf.ptr | buf.len | buf.cap | off int ]     32 bytes
//
// Growth is Go's: a reslice when capacity allows; a first buffer of
// capacity 64 (smallBufferSize) for small writes; sliding the contents down
// when they fit in half the capacity; otherwise growSlice's append, whose
// capacity is max(len+off+n, 2*(cap-off)) rounded up to a size class.
// String() allocates a copy of the unread bytes (string(b.buf[b.off:])).

import { growsliceCap } from '../../runtime/slice.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { writeIface } from './errors.js';
import {
  goPanicString,
  newStringBytes,
  readInt64,
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

function off(env: Env, b: number): number {
  return readInt64(env, b + offOff);
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
    '(*Buffer).Grow': (_fv: number, b: number, n: number): void => {
      if (n < 0) goPanicString('bytes.Buffer.Grow: negative count');
      const m = grow(env, b, n);
      env.mem.u32[(b + 8) >>> 2] = m;
    },
    Equal: (_fv: number, a: number, b: number): boolean => {
      const la = sliceLen(env, a);
      if (la !== sliceLen(env, b)) return false;
      return Buffer.from(u8().subarray(sliceData(env, a), sliceData(env, a) + la)).equals(
        u8().subarray(sliceData(env, b), sliceData(env, b) + la),
      );
    },
    // Repeat(b, count): one make([]byte, len(b)*count).
    Repeat: (_fv: number, res: number, b: number, count: number): void => {
      if (count === 0) {
        writeSliceHeader(env, res, env.rt.makeslice(env.rt.types.uint8, 0, 0), 0, 0);
        return;
      }
      if (count < 0) goPanicString('bytes: negative Repeat count');
      const l = sliceLen(env, b);
      const n = l * count;
      if (n / count !== l || n > 2 ** 48) goPanicString('bytes: Repeat count causes overflow');
      const src = u8().slice(sliceData(env, b), sliceData(env, b) + l);
      const p = env.rt.makeslice(env.rt.types.uint8, n, n);
      for (let i = 0; i < count; i++) env.mem.u8.set(src, p + i * l);
      writeSliceHeader(env, res, p, n, n);
    },
  };
}
