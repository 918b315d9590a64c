// Helpers shared by the runtime tests: reading and scribbling on arena bytes.
import type { Runtime } from '../../../src/runtime/runtime.js';

/** The first offset in [addr, addr+n) whose byte is not zero, or -1. */
export function firstNonZero(rt: Runtime, addr: number, n: number): number {
  const u8 = rt.heap.arena.u8;
  for (let i = 0; i < n; i++) if (u8[addr + i] !== 0) return i;
  return -1;
}

/** Fills [addr, addr+n) with a recognisable non-zero pattern. */
export function scribble(rt: Runtime, addr: number, n: number, seed = 0xa5): void {
  const u8 = rt.heap.arena.u8;
  for (let i = 0; i < n; i++) u8[addr + i] = (seed + i * 7) & 0xff || 1;
}

/** Calls f, which must throw; returns what it threw. */
export function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an exception');
}
