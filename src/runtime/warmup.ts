// Warm-up: the first collection of a process should not run uncompiled code.
//
// No Go counterpart: Go's runtime is compiled ahead of time. V8 compiles a
// function when it is first called, and a cycle's two stop-the-world phases call
// a few dozen functions for the first time (the pacer's, the CPU limiter's, the
// mcaches' flush, the sweeper's start). Measured on the development machine
// (live-heap, first cycle): 0.73 ms of pauses, 0.27 ms under `node --no-lazy`,
// which compiles everything up front. So the first Runtime of each collector
// kind in a process first drives a throwaway runtime, with its own small arena,
// through what a cycle does: allocation in a few size classes, pointer writes,
// a cycle marked in increments with allocation and writes during it, and full
// collections with sweeping. It costs a few milliseconds once per process and
// touches nothing of the runtime being made.

import type { CollectorKind } from './collector.js';
import type { Runtime } from './runtime.js';

/** The throwaway runtime's arena: a few chunks. */
export const warmUpArenaBytes = 8 << 20;

const warmed = new Set<CollectorKind>();

/** Whether a runtime of this kind still needs the warm-up; true once per kind. */
export function needsWarmUp(kind: CollectorKind): boolean {
  if (warmed.has(kind)) return false;
  warmed.add(kind);
  return true;
}

/** Runs rt, a throwaway runtime, through a collector's paths. */
export function warmUp(rt: Runtime): void {
  const T = rt.types;
  const node = T.struct('gomem.warmUp', (N) => ({ next: T.ptr(N), item: T.int }));
  const list = rt.global('list');
  const push = (n: number): void => {
    for (let i = 0; i < n; i++) {
      const x = rt.new(node);
      rt.writePointer(x, list.get());
      list.set(x);
    }
  };
  // Enough live objects that marking outlasts one assist (gcOverAssistWork), so
  // objects are also allocated black, as a program allocating during a cycle does.
  push(8000);
  rt.newString('warm-up');
  rt.makeslice(T.int, 100, 100);
  if (rt.collector.kind === 'go') {
    rt.gc.begin();
    push(500);
    while (rt.gc.step(64 << 10)) {
      // mark in increments, terminate, then sweep span by span
    }
  }
  list.set(0);
  rt.GC();
  push(100);
  rt.GC();
}
