// Finalizers: a function to run once an object becomes unreachable.
//
// Mirrors Go's runtime/mfinal.go (SetFinalizer, queuefinalizer, runfinq) and the
// finalizer specials of mheap.go (addfinalizer, removefinalizer) and mgcsweep.go.
// Go's rules, kept here:
//   - the finalizer's object itself is not a root, but everything it points to is
//     (markroot scans the object's referents), so its referents stay valid;
//   - when the sweeper finds the object unmarked, it marks it (the object survives
//     this cycle), removes the finalizer and queues it; the next cycle that finds
//     the object unreachable frees it — one cycle later than an object without one;
//   - a second finalizer on the same object, a pointer into the middle of an object,
//     or a pointer outside the heap is a fatal error with Go's text.
// Queued finalizers run at a safe point, never inside an allocation: at the end of
// runtime.GC(), or in a microtask queued when the sweeper queues a finalizer
// (sweeping after a cycle the allocator triggered happens during allocation). Until
// then the queue is a root; while a finalizer runs, its object is rooted (Go
// passes it on the finalizer goroutine's stack).

import { zerobase } from './malloc.js';
import type { Marker } from './mgcmark.js';
import type { MHeap } from './mheap.js';
import type { MSpan } from './mspan.js';
import { FatalError } from './panic.js';
import type { Roots } from './roots.js';

export class Finalizers {
  /** Spans that have at least one special. */
  private readonly spans = new Set<MSpan>();
  private queue: { p: number; fn: (p: number) => void }[] = [];
  private wakeScheduled = false;

  constructor(
    private readonly heap: MHeap,
    private readonly roots: Roots,
  ) {}

  get pending(): number {
    return this.queue.length;
  }

  /**
   * runtime.SetFinalizer(p, fn); fn null removes it. `tinyOK` says p's type could
   * have come from the tiny allocator (noscan, < 16 bytes), where Go allows a
   * pointer inside the block.
   */
  set(p: number, fn: ((p: number) => void) | null, tinyOK: boolean, marker: Marker | null): void {
    if (p === 0) throw new FatalError('runtime.SetFinalizer: first argument is nil');
    if (p === zerobase) return;
    const s = this.heap.spanOf(p);
    const idx = s === null ? -1 : s.objIndex(p);
    if (s === null || p >= s.limit || s.isFree(idx)) {
      throw new FatalError('runtime.SetFinalizer: pointer not in allocated block');
    }
    const base = s.startAddr + idx * s.elemsize;
    if (p !== base && !tinyOK) {
      throw new FatalError('runtime.SetFinalizer: pointer not at beginning of allocated block');
    }
    const offset = p - s.startAddr;
    const list = s.specials ?? [];
    const at = list.findIndex((sp) => sp.offset === offset);
    if (fn === null) {
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.drop(s);
      return;
    }
    if (at >= 0) throw new FatalError('runtime.SetFinalizer: finalizer already set');
    list.push({ offset, fn });
    s.specials = list;
    this.spans.add(s);
    // Set during marking: everything reachable from the object must survive this
    // cycle for the finalizer (Go's addfinalizer scans it).
    if (marker !== null) marker.scanobject(base);
  }

  /**
   * Part of markroot: the referents of every object with a finalizer, and the
   * objects whose finalizers are queued but have not run (Go scans the finalizer
   * queue as a root, markroot's fixedRootFinalizers), so a cycle that comes before
   * the finalizer runs cannot free its object.
   */
  markReferents(marker: Marker): void {
    for (const { p } of this.queue) marker.shade(p);
    for (const s of this.spans) {
      for (const sp of s.specials!) {
        const idx = s.objIndex(s.startAddr + sp.offset);
        if (!s.noscan) marker.scanRange(s.startAddr + idx * s.elemsize, s.elemsize);
      }
    }
  }

  /**
   * queuefinalizer, which also wakes the finalizer goroutine (fingwake): the queue
   * runs at the next safe point, which for the program is when its current task
   * yields.
   */
  private queuefinalizer(p: number, fn: (p: number) => void): void {
    this.queue.push({ p, fn });
    if (this.wakeScheduled) return;
    this.wakeScheduled = true;
    queueMicrotask(() => {
      this.wakeScheduled = false;
      this.run();
    });
  }

  /** During sweep: queue finalizers of unmarked objects and keep the objects one more cycle. */
  sweep(s: MSpan): void {
    const list = s.specials;
    if (list === null) return;
    const keep = list.filter((sp) => {
      const idx = s.objIndex(s.startAddr + sp.offset);
      if (s.isMarked(idx)) return true;
      this.queuefinalizer(s.startAddr + sp.offset, sp.fn);
      return false;
    });
    for (const sp of list) {
      if (!keep.includes(sp)) s.setMarked(s.objIndex(s.startAddr + sp.offset));
    }
    if (keep.length === 0) this.drop(s);
    else s.specials = keep;
  }

  /** Visits each queued finalizer's object: finq is a root until its finalizer has run. */
  scanQueued(visit: (p: number) => void): void {
    for (const { p } of this.queue) visit(p);
  }

  /** Some finalizer is set on the object in slot [base, base+s.elemsize). */
  has(s: MSpan, base: number): boolean {
    const list = s.specials;
    if (list === null) return false;
    const lo = base - s.startAddr;
    const hi = lo + s.elemsize;
    return list.some((sp) => sp.offset >= lo && sp.offset < hi);
  }

  /**
   * For collectors that free objects one at a time (reference counting): queue
   * the finalizers set on the object in slot [base, base+s.elemsize) and remove
   * them, as sweep does for an unmarked object. Returns false if it had none.
   */
  queueObject(s: MSpan, base: number): boolean {
    const list = s.specials;
    if (list === null) return false;
    const lo = base - s.startAddr;
    const hi = lo + s.elemsize;
    const keep = list.filter((sp) => {
      if (sp.offset < lo || sp.offset >= hi) return true;
      this.queuefinalizer(s.startAddr + sp.offset, sp.fn);
      return false;
    });
    if (keep.length === list.length) return false;
    if (keep.length === 0) this.drop(s);
    else s.specials = keep;
    return true;
  }

  /** A span died (all its objects free): its specials die with it. */
  spanFreed(s: MSpan): void {
    this.drop(s);
  }

  /**
   * runfinq: run queued finalizers, each with its object rooted, the last
   * queued first, as Go's runfinq walks its finq blocks from the end.
   */
  run(): void {
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      for (let i = batch.length - 1; i >= 0; i--) {
        const { p, fn } = batch[i]!;
        const scope = this.roots.openScope();
        try {
          scope.handle(p);
          fn(p);
        } finally {
          scope.close();
        }
      }
    }
  }

  private drop(s: MSpan): void {
    s.specials = null;
    this.spans.delete(s);
  }
}
