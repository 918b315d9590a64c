// The contract between the allocator and a garbage collector.
//
// gomem has Go's concurrent collector (mgc.ts) and, for comparison, collectors
// Go does not use (collectors/). The allocator and writePointer call a collector
// only through this interface, and only where the collector asked to be called:
// the flags on MHeap (allocBlack, assistEnabled) and Runtime.writeBarrierEnabled
// keep the fast paths to one load and a branch when a hook is off.

import type { MSpan } from './mspan.js';

export interface Collector {
  /** 'go' (concurrent tri-color), 'stw' (stop-the-world mark-sweep), 'refcount'. */
  readonly kind: string;
  /** writePointer calls this before *slot = ptr while the barrier is enabled. */
  writeBarrier(slot: number, ptr: number): void;
  /** A write to a global root (Go's globals are written with the barrier). */
  globalWrite(old: number, ptr: number): void;
  /** Allocation of a new object while MHeap.allocBlack is set. */
  markNew(s: MSpan, idx: number): void;
  /** Allocation of size bytes while MHeap.assistEnabled is set. */
  assistAlloc(size: number): void;
  /** An allocation took a slow path: a new span or a large object. */
  allocSlow(): void;
  /** runtime.GC: a complete collection, including sweeping. */
  collect(): void;
}
