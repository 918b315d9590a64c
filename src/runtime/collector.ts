// The contract between the allocator and a garbage collector.
//
// gomem has Go's concurrent collector (mgc.ts) and, for comparison, collectors
// Go does not use (collectors/). The allocator and writePointer call a collector
// only through this interface, and only where the collector asked to be called:
// the flags on MHeap (allocBlack, assistEnabled, writeBarrier) and
// Roots.scopeClosed keep the fast paths to one load and a branch when a hook is off.
//
// Whatever the algorithm, a collector keeps Go's allocator, size classes and
// MemStats accounting: objects are freed only by the Sweeper turning a span's
// gcmarkBits into its allocBits, and every collector reports the same GC fields.

import type { Finalizers } from './mfinal.js';
import type { RootSource } from './mgcmark.js';
import type { MSpan } from './mspan.js';
import type { GCStats } from './mstats.js';

export type CollectorKind = 'go' | 'stw' | 'refcount';

export interface Collector {
  /** 'go' (concurrent tri-color), 'stw' (stop-the-world mark-sweep), 'refcount'. */
  readonly kind: CollectorKind;
  readonly finalizers: Finalizers;
  /** Roots outside the handle stack and globals (sync.Pool, goroutine stacks). */
  readonly rootSources: RootSource[];
  /** Called at the start of every cycle, before marking (sync.Pool's poolcleanup). */
  readonly onCycleStart: (() => void)[];
  /** writePointer calls this before *slot = ptr while the barrier is enabled. */
  writeBarrier(slot: number, ptr: number): void;
  /**
   * n bytes at dst were filled by a bulk copy (growslice) while the barrier is
   * enabled; the pointer words among them are now stored without writePointer.
   */
  bulkWrite(dst: number, n: number): void;
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
  /** runtime.SetFinalizer, with the collector's own rules for a cycle in progress. */
  setFinalizer(p: number, fn: ((p: number) => void) | null, tinyOK: boolean): void;
  /** NumGC, the pause ring, LastGC, GCCPUFraction: for ReadMemStats. */
  gcStats(): GCStats;
}
