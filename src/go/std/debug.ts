// Package runtime/debug for compiled Go: SetGCPercent, SetMemoryLimit,
// FreeOSMemory and SetMaxStack, over the program's Runtime and scheduler.
//
// Mirrors Go's runtime/debug/garbage.go and the runtime functions behind it
// (mgcpacer.go setGCPercent / setMemoryLimit, mheap.go freeOSMemory, proc.go's
// maxstacksize). The int64 and int arguments are compiled code's exact words
// (codegen/vlrt.ts); SetGCPercent keeps int32(percent) as Go's does, and
// SetMaxStack's uintptr(bytes) makes a negative limit a huge one.

import { Sched } from '../../runtime/proc.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { big, canon, type Int64, low32, toFloat, toInt64, toUint64 } from '../codegen/vlrt.js';

export const blocking: ReadonlySet<string> = new Set();

export function debug(env: Env): Record<string, GoFunc> {
  const sched = env.sched;
  if (!(sched instanceof Sched))
    throw new TypeError('gomem: package runtime/debug needs the runtime scheduler (runtime/proc.ts)');
  // The exact uintptr SetMaxStack last set: the scheduler compares stack sizes
  // with it as a float, which past 2^53 only rounds a limit no stack reaches.
  let maxStack: Int64 | null = null;
  return {
    // Returns the previous setting; a negative percentage turns the collector off.
    SetGCPercent: (_fv: number, percent: Int64): number => env.rt.setGCPercent(low32(percent) | 0),
    // Returns the previous limit; a negative limit only reads it.
    SetMemoryLimit: (_fv: number, limit: Int64): Int64 =>
      canon(env.rt.setMemoryLimit(limit < 0 ? -1n : big(limit))),
    // A forced collection, then every free page returned to the operating system.
    FreeOSMemory: (_fv: number): void => {
      env.rt.freeOSMemory();
    },
    // Returns the previous limit on one goroutine's stack, in bytes: int(maxstacksize).
    SetMaxStack: (_fv: number, bytes: Int64): Int64 => {
      const u = toUint64(bytes);
      const old = sched.setMaxStack(toFloat(u));
      const prev = maxStack ?? old;
      maxStack = u;
      return toInt64(prev);
    },
  };
}
