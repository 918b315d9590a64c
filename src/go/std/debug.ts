// Package runtime/debug for compiled Go: SetGCPercent, SetMemoryLimit,
// FreeOSMemory and SetMaxStack, over the program's Runtime and scheduler.
//
// Mirrors Go's runtime/debug/garbage.go and the runtime functions behind it
// (mgcpacer.go setGCPercent / setMemoryLimit, mheap.go freeOSMemory, proc.go's
// maxstacksize). SetMemoryLimit's int64 crosses as a word (a JavaScript number,
// exact up to 2^53, README "Values"); the pacer keeps the exact limit as a
// bigint.

import { Sched } from '../../runtime/proc.js';
import type { Env, GoFunc } from '../codegen/env.js';

export const blocking: ReadonlySet<string> = new Set();

/** Go's math.MaxInt64 as the number a word holds. */
const maxInt64 = 2 ** 63;

export function debug(env: Env): Record<string, GoFunc> {
  const sched = env.sched;
  if (!(sched instanceof Sched))
    throw new TypeError('gomem: package runtime/debug needs the runtime scheduler (runtime/proc.ts)');
  return {
    // Returns the previous setting; a negative percentage turns the collector off.
    SetGCPercent: (_fv: number, percent: number): number => env.rt.setGCPercent(percent),
    // Returns the previous limit; a negative limit only reads it.
    SetMemoryLimit: (_fv: number, limit: number): number => {
      const l = limit < 0 ? -1n : limit >= maxInt64 ? (1n << 63n) - 1n : BigInt(Math.trunc(limit));
      return Number(env.rt.setMemoryLimit(l));
    },
    // A forced collection, then every free page returned to the operating system.
    FreeOSMemory: (_fv: number): void => {
      env.rt.freeOSMemory();
    },
    // Returns the previous limit on one goroutine's stack, in bytes.
    SetMaxStack: (_fv: number, bytes: number): number => sched.setMaxStack(bytes),
  };
}
