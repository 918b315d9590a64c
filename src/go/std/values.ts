// Reading and writing Go values in the arena: the small helpers the standard
// library and compiled code share.
//
// Layouts are Go's on amd64 (src/go/codegen/README.md, "Values"):
//
//   int64/uint64  [ lo u32 | hi i32/u32 ]      little-endian halves, low first
//   string        [ data ptr | len ]           16 bytes
//   slice         [ data ptr | len | cap ]     24 bytes
//   interface     [ type word | data ptr ]     type word = type id + 1, 0 = nil
//
// A 64-bit integer crosses as compiled code's word value (codegen/vlrt.ts): a
// number while it is a safe integer, else a bigint holding it exactly. The
// readers return that canonical form; the writer takes either kind and stores
// all 64 bits. Header stores here are plain stores: they are for result areas,
// frames and scratch memory, which have no write barrier. A header going into
// a heap object goes through rt.writePointer for its pointer word.
//
// Every helper takes the Env first, so that each call site stays monomorphic.

import { readUTF8, utf8Length } from '../../runtime/string.js';
import type { Env } from '../codegen/env.js';
import { type Int64, load64, loadu64, store64 } from '../codegen/vlrt.js';

/** A signed 64-bit integer at addr (int, int64), canonical. */
export function readInt64(env: Env, addr: number): Int64 {
  return load64(env.mem.i32, env.mem.u32, addr);
}

/** An unsigned 64-bit integer at addr (uint, uint64, uintptr), canonical. */
export function readUint64(env: Env, addr: number): Int64 {
  return loadu64(env.mem.u32, addr);
}

/** Stores a 64-bit integer (signed or unsigned: the same 64 bits) at addr. */
export function writeInt64(env: Env, addr: number, v: Int64): void {
  store64(env.mem.i32, env.mem.u32, addr, v);
}

/**
 * *slot = p for a pointer word: through the write barrier when slot is in a heap
 * object, a plain store in a frame or result area.
 */
export function storePtr(env: Env, slot: number, p: number): void {
  if (env.rt.heap.spanOf(slot) !== null) env.rt.writePointer(slot, p);
  else env.mem.u32[slot >>> 2] = p;
}

/** The string header at addr as a JavaScript string (UTF-8 decoded; invalid bytes → U+FFFD). */
export function readString(env: Env, addr: number): string {
  const len = env.mem.u32[(addr + 8) >>> 2]!;
  return len === 0 ? '' : readUTF8(env.mem, env.mem.u32[addr >>> 2]!, len);
}

/** The bytes of the string header at addr, as a view into the arena (do not keep it across an allocation). */
export function goStringBytes(env: Env, addr: number): Uint8Array {
  const p = env.mem.u32[addr >>> 2]!;
  return env.mem.u8.subarray(p, p + env.mem.u32[(addr + 8) >>> 2]!);
}

/** Writes the string header {ptr, len} at dst. */
export function writeStringHeader(env: Env, dst: number, ptr: number, len: number): void {
  env.mem.u32[dst >>> 2] = ptr;
  env.mem.u32[(dst + 4) >>> 2] = 0;
  env.mem.u32[(dst + 8) >>> 2] = len;
  env.mem.u32[(dst + 12) >>> 2] = 0;
}

/**
 * A new Go string holding s (rawstring: one noscan allocation of its UTF-8
 * length, none for ""), its header written at dst.
 */
export function newString(env: Env, s: string, dst: number): void {
  if (s.length === 1 && s.charCodeAt(0) < 0x80) {
    writeStringHeader(env, dst, env.staticBytes + s.charCodeAt(0) * 8, 1);
    return;
  }
  const p = env.rt.newString(s);
  writeStringHeader(env, dst, p, p === 0 ? 0 : utf8Length(s));
}

/** A new Go string holding a copy of bytes b (string(b) for a []byte). */
export function newStringBytes(env: Env, b: Uint8Array, dst: number): void {
  const n = b.length;
  if (n === 0) {
    writeStringHeader(env, dst, 0, 0);
    return;
  }
  // slicebytetostring: a one-byte string points into staticuint64s.
  if (n === 1) {
    writeStringHeader(env, dst, env.staticBytes + b[0]! * 8, 1);
    return;
  }
  const p = env.rt.mallocgc(n, null, false);
  env.mem.u8.set(b, p);
  writeStringHeader(env, dst, p, n);
}

export function sliceData(env: Env, addr: number): number {
  return env.mem.u32[addr >>> 2]!;
}

export function sliceLen(env: Env, addr: number): number {
  return env.mem.u32[(addr + 8) >>> 2]!;
}

export function sliceCap(env: Env, addr: number): number {
  return env.mem.u32[(addr + 16) >>> 2]!;
}

/** Writes the slice header {ptr, len, cap} at dst. */
export function writeSliceHeader(env: Env, dst: number, ptr: number, len: number, cap: number): void {
  const u32 = env.mem.u32;
  u32[dst >>> 2] = ptr;
  u32[(dst + 4) >>> 2] = 0;
  u32[(dst + 8) >>> 2] = len;
  u32[(dst + 12) >>> 2] = 0;
  u32[(dst + 16) >>> 2] = cap;
  u32[(dst + 20) >>> 2] = 0;
}

/**
 * A Go panic with a value raised by the standard library (panic(msg) in Go's
 * source, e.g. strings.Repeat's "strings: negative Repeat count"). The code
 * generator catches it and panics with the string as the value.
 */
export class GoPanicValue extends Error {
  constructor(readonly value: string) {
    super(value);
    this.name = 'GoPanicValue';
  }
}

export function goPanicString(msg: string): never {
  throw new GoPanicValue(msg);
}
