// Package sync/atomic for compiled Go: the Add/Load/Store/Swap/CompareAndSwap
// functions on int32, int64, uint32, uint64 and unsafe.Pointer, and Go 1.19's
// types Int32, Int64, Bool and Value (pointer-receiver methods).
//
// Mirrors Go's sync/atomic/doc.go, type.go and value.go. Nothing runs between
// a load and a store here (goroutines switch only at yields), so each
// operation is a plain read-modify-write of the arena. 64-bit values cross as
// compiled code's words (a number, or a bigint past 2^53: codegen/vlrt.ts) and
// wrap as Go's do; int64 and uint64 share the bits in memory, and only the
// reading back differs.
//
// Layouts (src/go/stdlib.ts declares them; Go's noCopy/align64 are zero-size):
//
//   Int32 { v int32 }    4 bytes        Bool  { v uint32 }   4 bytes
//   Int64 { v int64 }    8 bytes        Value { v any }     16 bytes [type word | data ptr]
//
// Pointer stores go through the write barrier when the word is in the heap
// (values.ts storePtr).

import type { Env, GoFunc } from '../codegen/env.js';
import { add64, addu64, big, type Int64 } from '../codegen/vlrt.js';
import { goPanicString, readInt64, readUint64, storePtr, writeInt64 } from './values.js';

export const blocking: ReadonlySet<string> = new Set();

export function atomic(env: Env): Record<string, GoFunc> {
  const i32 = env.mem.i32;
  const u32 = env.mem.u32;

  const load64 = (a: number): Int64 => readInt64(env, a);
  const loadU64 = (a: number): Int64 => readUint64(env, a);
  const store64 = (a: number, v: Int64): void => writeInt64(env, a, v);
  /** *a += delta with 64-bit wraparound; the new value. */
  const add64s = (a: number, delta: Int64): Int64 => {
    const sum = add64(readInt64(env, a), delta);
    writeInt64(env, a, sum);
    return sum;
  };
  const add64u = (a: number, delta: Int64): Int64 => {
    const sum = addu64(readUint64(env, a), delta);
    writeInt64(env, a, sum);
    return sum;
  };
  const swap64 = (a: number, v: Int64): Int64 => {
    const old = load64(a);
    store64(a, v);
    return old;
  };
  /** Compares the 64 bits: an int64 old of −1 matches the bits of a uint64 2^64 − 1. */
  const cas64 = (a: number, old: Int64, nw: Int64): boolean => {
    if (BigInt.asUintN(64, big(old)) !== big(readUint64(env, a))) return false;
    store64(a, nw);
    return true;
  };
  const add32 = (a: number, delta: number): number => {
    i32[a >>> 2] = i32[a >>> 2]! + delta;
    return i32[a >>> 2]!;
  };
  const swap32 = (a: number, v: number): number => {
    const old = i32[a >>> 2]!;
    i32[a >>> 2] = v;
    return old;
  };
  const cas32 = (a: number, old: number, nw: number): boolean => {
    if (i32[a >>> 2] !== (old | 0)) return false;
    i32[a >>> 2] = nw;
    return true;
  };

  /** Value.Store / Value.Swap: a nil value or a different dynamic type panics with Go's texts. */
  const valueCheck = (v: number, x: number, op: string): void => {
    const tw = u32[x >>> 2]!;
    if (tw === 0) goPanicString(`sync/atomic: ${op} of nil value into Value`);
    const cur = u32[v >>> 2]!;
    if (cur !== 0 && cur !== tw) goPanicString(`sync/atomic: ${op} of inconsistently typed value into Value`);
  };
  const valueStore = (v: number, x: number): void => {
    u32[v >>> 2] = u32[x >>> 2]!;
    storePtr(env, v + 8, u32[(x + 8) >>> 2]!);
  };
  const copyIface = (dst: number, src: number): void => {
    u32[dst >>> 2] = u32[src >>> 2]!;
    u32[(dst + 4) >>> 2] = 0;
    u32[(dst + 8) >>> 2] = u32[(src + 8) >>> 2]!;
    u32[(dst + 12) >>> 2] = 0;
  };

  return {
    AddInt32: (_fv: number, a: number, d: number): number => add32(a, d),
    AddUint32: (_fv: number, a: number, d: number): number => add32(a, d) >>> 0,
    AddInt64: (_fv: number, a: number, d: Int64): Int64 => add64s(a, d),
    AddUint64: (_fv: number, a: number, d: Int64): Int64 => add64u(a, d),
    LoadInt32: (_fv: number, a: number): number => i32[a >>> 2]!,
    LoadUint32: (_fv: number, a: number): number => u32[a >>> 2]!,
    LoadInt64: (_fv: number, a: number): Int64 => load64(a),
    LoadUint64: (_fv: number, a: number): Int64 => loadU64(a),
    StoreInt32: (_fv: number, a: number, v: number): void => {
      i32[a >>> 2] = v;
    },
    StoreUint32: (_fv: number, a: number, v: number): void => {
      u32[a >>> 2] = v;
    },
    StoreInt64: (_fv: number, a: number, v: Int64): void => store64(a, v),
    StoreUint64: (_fv: number, a: number, v: Int64): void => store64(a, v),
    SwapInt32: (_fv: number, a: number, v: number): number => swap32(a, v),
    SwapInt64: (_fv: number, a: number, v: Int64): Int64 => swap64(a, v),
    CompareAndSwapInt32: (_fv: number, a: number, old: number, nw: number): boolean => cas32(a, old, nw),
    CompareAndSwapUint32: (_fv: number, a: number, old: number, nw: number): boolean => cas32(a, old, nw),
    CompareAndSwapInt64: (_fv: number, a: number, old: Int64, nw: Int64): boolean => cas64(a, old, nw),
    LoadPointer: (_fv: number, a: number): number => u32[a >>> 2]!,
    StorePointer: (_fv: number, a: number, p: number): void => storePtr(env, a, p),
    SwapPointer: (_fv: number, a: number, p: number): number => {
      const old = u32[a >>> 2]!;
      storePtr(env, a, p);
      return old;
    },
    CompareAndSwapPointer: (_fv: number, a: number, old: number, nw: number): boolean => {
      if (u32[a >>> 2] !== old) return false;
      storePtr(env, a, nw);
      return true;
    },

    '(*Int32).Load': (_fv: number, x: number): number => i32[x >>> 2]!,
    '(*Int32).Store': (_fv: number, x: number, v: number): void => {
      i32[x >>> 2] = v;
    },
    '(*Int32).Add': (_fv: number, x: number, d: number): number => add32(x, d),
    '(*Int32).Swap': (_fv: number, x: number, v: number): number => swap32(x, v),
    '(*Int32).CompareAndSwap': (_fv: number, x: number, old: number, nw: number): boolean =>
      cas32(x, old, nw),

    '(*Int64).Load': (_fv: number, x: number): Int64 => load64(x),
    '(*Int64).Store': (_fv: number, x: number, v: Int64): void => store64(x, v),
    '(*Int64).Add': (_fv: number, x: number, d: Int64): Int64 => add64s(x, d),
    '(*Int64).Swap': (_fv: number, x: number, v: Int64): Int64 => swap64(x, v),
    '(*Int64).CompareAndSwap': (_fv: number, x: number, old: Int64, nw: Int64): boolean => cas64(x, old, nw),

    '(*Bool).Load': (_fv: number, x: number): boolean => u32[x >>> 2] !== 0,
    '(*Bool).Store': (_fv: number, x: number, v: boolean): void => {
      u32[x >>> 2] = v ? 1 : 0;
    },
    '(*Bool).Swap': (_fv: number, x: number, v: boolean): boolean => swap32(x, v ? 1 : 0) !== 0,
    '(*Bool).CompareAndSwap': (_fv: number, x: number, old: boolean, nw: boolean): boolean =>
      cas32(x, old ? 1 : 0, nw ? 1 : 0),

    // Load returns nil until the first Store.
    '(*Value).Load': (_fv: number, res: number, v: number): void => copyIface(res, v),
    '(*Value).Store': (_fv: number, v: number, x: number): void => {
      valueCheck(v, x, 'store');
      valueStore(v, x);
    },
    '(*Value).Swap': (_fv: number, res: number, v: number, x: number): void => {
      valueCheck(v, x, 'swap');
      copyIface(res, v);
      valueStore(v, x);
    },
  };
}
