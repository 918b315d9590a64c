// Hand-written stand-ins for compiled Go: a runtime with a scheduler, and the
// prologue / epilogue the code generator emits (README "Stacks").

import type { CollectorKind } from '../../src/runtime/collector.js';
import { Sched } from '../../src/runtime/proc.js';
import { Runtime } from '../../src/runtime/runtime.js';
import { FrameTable } from '../../src/runtime/stack.js';

export interface World {
  rt: Runtime;
  sched: Sched;
  REG: Uint32Array;
  frames: FrameTable;
  u32: Uint32Array;
}

export function world(collector: CollectorKind = 'go'): World {
  const rt = new Runtime({ gomaxprocs: 1, gogc: 'off', collector, arenaBytes: 256 << 20, env: {} });
  const REG = new Uint32Array(3);
  const frames = new FrameTable();
  const sched = new Sched(rt, REG, frames);
  return { rt, sched, REG, frames, u32: rt.heap.arena.u32 };
}

/** The prologue: push a frame of descriptor desc; returns [fp, morestack token]. */
export function enter(w: World, desc: number): [number, number] {
  const size = w.frames.sizes[desc]!;
  let fp = w.REG[0]! - size;
  let tok = 0;
  if (fp < w.REG[1]!) {
    tok = w.sched.morestack(size);
    fp = w.REG[0]! - size;
  }
  w.u32[fp >>> 2] = desc;
  w.u32[(fp + 4) >>> 2] = w.REG[2]!;
  w.REG[2] = fp;
  w.REG[0] = fp;
  for (const off of w.frames.ptrs[desc]!) {
    w.u32[(fp + off) >>> 2] = 0;
    w.u32[(fp + off + 4) >>> 2] = 0;
  }
  return [fp, tok];
}

/** The epilogue. */
export function leave(w: World, fp: number, tok: number): void {
  w.REG[0] = fp + w.frames.sizes[w.u32[fp >>> 2]]!;
  w.REG[2] = w.u32[(fp + 4) >>> 2]!;
  if (tok !== 0) w.sched.unmorestack(tok);
}

/** go f(): a goroutine with a one-slot entry frame running gen. */
export function go(w: World, gen: () => Generator<unknown, unknown, unknown>, desc?: number): number {
  const d = desc ?? w.frames.add('main.main.func1', 16, []);
  const g = w.sched.newproc(d);
  w.sched.start(g, gen());
  return g.goid;
}

// biome-ignore lint/correctness/useYield: a goroutine body that never blocks is still a generator
function* body(f: () => void): Generator<unknown, void, unknown> {
  f();
}

/** go f() for a body that never blocks. */
export function goPlain(w: World, f: () => void): number {
  return go(w, () => body(f));
}
