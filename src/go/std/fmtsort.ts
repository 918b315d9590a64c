// A map's entries in the order fmt prints them.
//
// Mirrors Go 1.19's internal/fmtsort (Sort, compare): keys ordered by value —
// numbers numerically (NaN first), strings by bytes, false before true,
// pointers and channels by address, structs and arrays element by element,
// interfaces nil first, then by dynamic type, then by value — with a stable
// sort, so entries Go cannot order keep the iteration order.
//
// The entries are read from the map's hmap in Go 1.19's layout
// (runtime/map.go), which src/go/codegen/README.md names as the runner's:
//
//   hmap    [ count int | flags u8 | B u8 | noverflow u16 | hash0 u32 |
//             buckets ptr | oldbuckets ptr | nevacuate uintptr | extra ptr ]
//   bucket  [ tophash [8]u8 | keys [8]K | elems [8]V | overflow ptr ]
//
// A slot holds an entry when its tophash is at least minTopHash (5). While the
// map grows, entries not yet evacuated are still in oldbuckets (evacuated
// slots are marked 2..4), so live entries are those of both arrays. Keys and
// elements larger than 128 bytes are stored as pointers.

import { isDirectIface, Kind, type Type } from '../../runtime/type.js';
import type { Env } from '../codegen/env.js';
import type { Int64 } from '../codegen/vlrt.js';
import { readInt64, readUint64 } from './values.js';

const bucketCnt = 8;
const minTopHash = 5;
const maxInline = 128;
const sameSizeGrow = 8;

export interface Entry {
  key: number;
  elem: number;
}

/** The live entries of the map at hmap h (its key and elem addresses), in bucket order. */
export function mapEntries(env: Env, t: Type, h: number): Entry[] {
  if (h === 0) return [];
  const u32 = env.mem.u32;
  const u8 = env.mem.u8;
  const kt = t.key!;
  const et = t.elem!;
  const kIndirect = kt.size > maxInline;
  const eIndirect = et.size > maxInline;
  const ks = kIndirect ? 8 : kt.size;
  const es = eIndirect ? 8 : et.size;
  const bucketSize = 8 + bucketCnt * ks + bucketCnt * es + 8;
  const B = u8[h + 9]!;
  const flags = u8[h + 8]!;
  const out: Entry[] = [];
  const walk = (buckets: number, n: number): void => {
    for (let i = 0; i < n; i++) {
      for (let b = buckets + i * bucketSize; b !== 0; b = u32[(b + bucketSize - 8) >>> 2]!) {
        for (let j = 0; j < bucketCnt; j++) {
          if (u8[b + j]! < minTopHash) continue;
          let k = b + 8 + j * ks;
          let e = b + 8 + bucketCnt * ks + j * es;
          if (kIndirect) k = u32[k >>> 2]!;
          if (eIndirect) e = u32[e >>> 2]!;
          out.push({ key: k, elem: e });
        }
      }
    }
  };
  const buckets = u32[(h + 16) >>> 2]!;
  const old = u32[(h + 24) >>> 2]!;
  if (buckets !== 0) walk(buckets, 2 ** B);
  if (old !== 0) walk(old, (flags & sameSizeGrow) !== 0 ? 2 ** B : 2 ** (B - 1));
  return out;
}

/** fmtsort's compare of the values of type t at a and b: -1, 0 or 1. */
export function compareValues(env: Env, t: Type, a: number, b: number): number {
  const m = env.mem;
  const cmp = (x: Int64, y: Int64): number => (x < y ? -1 : x > y ? 1 : 0);
  switch (t.kind) {
    case Kind.Int:
    case Kind.Int64:
      return cmp(readInt64(env, a), readInt64(env, b));
    case Kind.Int8:
      return cmp(m.i8[a]!, m.i8[b]!);
    case Kind.Int16:
      return cmp(m.i16[a >>> 1]!, m.i16[b >>> 1]!);
    case Kind.Int32:
      return cmp(m.i32[a >>> 2]!, m.i32[b >>> 2]!);
    case Kind.Uint:
    case Kind.Uint64:
    case Kind.Uintptr:
      return cmp(readUint64(env, a), readUint64(env, b));
    case Kind.Uint8:
    case Kind.Bool:
      return cmp(m.u8[a]!, m.u8[b]!);
    case Kind.Uint16:
      return cmp(m.u16[a >>> 1]!, m.u16[b >>> 1]!);
    case Kind.Uint32:
      return cmp(m.u32[a >>> 2]!, m.u32[b >>> 2]!);
    case Kind.Float32:
      return floatCompare(m.f32[a >>> 2]!, m.f32[b >>> 2]!);
    case Kind.Float64:
      return floatCompare(m.f64[a >>> 3]!, m.f64[b >>> 3]!);
    case Kind.Complex64:
      return (
        floatCompare(m.f32[a >>> 2]!, m.f32[b >>> 2]!) ||
        floatCompare(m.f32[(a + 4) >>> 2]!, m.f32[(b + 4) >>> 2]!)
      );
    case Kind.Complex128:
      return (
        floatCompare(m.f64[a >>> 3]!, m.f64[b >>> 3]!) ||
        floatCompare(m.f64[(a + 8) >>> 3]!, m.f64[(b + 8) >>> 3]!)
      );
    case Kind.String: {
      const pa = m.u32[a >>> 2]!;
      const pb = m.u32[b >>> 2]!;
      return Buffer.compare(
        m.u8.subarray(pa, pa + m.u32[(a + 8) >>> 2]!),
        m.u8.subarray(pb, pb + m.u32[(b + 8) >>> 2]!),
      );
    }
    case Kind.Pointer:
    case Kind.UnsafePointer:
    case Kind.Chan:
      return cmp(m.u32[a >>> 2]!, m.u32[b >>> 2]!);
    case Kind.Struct:
      for (const f of t.fields) {
        const c = compareValues(env, f.type, a + f.offset, b + f.offset);
        if (c !== 0) return c;
      }
      return 0;
    case Kind.Array:
      for (let i = 0; i < t.len; i++) {
        const c = compareValues(env, t.elem!, a + i * t.elem!.size, b + i * t.elem!.size);
        if (c !== 0) return c;
      }
      return 0;
    case Kind.Interface: {
      const ta = m.u32[a >>> 2]!;
      const tb = m.u32[b >>> 2]!;
      if (ta === 0 || tb === 0) return ta === 0 ? (tb === 0 ? 0 : -1) : 1;
      if (ta !== tb) return cmp(ta, tb);
      const et = env.type(ta - 1);
      const va = isDirectIface(et) ? a + 8 : m.u32[(a + 8) >>> 2]!;
      const vb = isDirectIface(et) ? b + 8 : m.u32[(b + 8) >>> 2]!;
      return compareValues(env, et, va, vb);
    }
    default:
      return -1;
  }
}

function floatCompare(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  if (Number.isNaN(a) && !Number.isNaN(b)) return -1;
  if (!Number.isNaN(a) && Number.isNaN(b)) return 1;
  return 0;
}

/** The entries sorted by key (a stable sort, as fmtsort's sort.Stable). */
export function sortedEntries(env: Env, t: Type, h: number): Entry[] {
  const entries = mapEntries(env, t, h);
  const kt = t.key!;
  return entries
    .map((e, i) => ({ e, i }))
    .sort((x, y) => compareValues(env, kt, x.e.key, y.e.key) || x.i - y.i)
    .map((x) => x.e);
}
