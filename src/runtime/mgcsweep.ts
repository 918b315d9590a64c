// Sweeping: turning each span's mark bits into its new allocation bits.
//
// Mirrors Go's runtime/mgcsweep.go (sweepone, mspan.sweep, deductSweepCredit,
// bgsweep) and mheap.go's reclaim. After mark termination every in-use span is
// unswept (sweepgen = h−2) and sits in an mcentral's unswept set; spans are swept
//   - lazily, when an mcache asks its mcentral for a span (mcentral.cacheSpan),
//   - proportionally, as allocation proceeds (deductSweepCredit: sweepPagesPerByte
//     pages per byte allocated, so sweeping ends before the next trigger),
//   - before the page heap grows (reclaim), and
//   - in the background, a few spans at each allocation slow path,
// and all remaining spans before the next cycle starts.
//
// Sweeping a span: objects with finalizers that are unmarked are kept one more cycle
// (mfinal.ts); allocBits := gcmarkBits; allocCount := marked count; freed slots make
// the span needzero; an empty span goes back to the page heap; a large object's
// span is freed if its one object is unmarked. Frees are counted per size class.

import type { MCentral } from './mcentral.js';
import type { Finalizers } from './mfinal.js';
import type { MHeap } from './mheap.js';
import type { MSpan } from './mspan.js';
import { FatalError } from './panic.js';
import { _PageSize } from './sizeclasses.js';

export class Sweeper {
  /** The mcentral (span class) sweepone looks at next. */
  private cursor = 0;
  /** Pages swept since this sweep began, and the proportional sweep's pace. */
  pagesSwept = 0;
  private sweepPagesPerByte = 0;
  private heapLiveBasis = 0;
  /** Spans swept this cycle and spans returned to the heap. */
  nswept = 0;
  nfreedSpans = 0;
  /**
   * Mark bits survive the sweep as a copy of the new alloc bits: set by reference
   * counting, whose mark bits are the live objects, not one cycle's marks.
   */
  retainMarks = false;

  constructor(
    private readonly heap: MHeap,
    private readonly finalizers: Finalizers,
  ) {}

  /** Sets up a new sweep after mark termination (gcSweep and gcPaceSweeper). */
  start(pagesInUse: number, heapLive: number, trigger: number): void {
    this.cursor = 0;
    this.pagesSwept = 0;
    this.nswept = 0;
    this.nfreedSpans = 0;
    const heapDistance = Math.max(trigger - heapLive, _PageSize);
    this.sweepPagesPerByte = pagesInUse / heapDistance;
    this.heapLiveBasis = heapLive;
  }

  /** sweepone: sweep one unswept span; the pages it held, or -1 when none is left. */
  sweepone(): number {
    const central = this.heap.central;
    const sg = this.heap.sweepgen;
    while (this.cursor < central.length) {
      const c = central[this.cursor]!;
      const s = c.partialUnswept(sg).pop() ?? c.fullUnswept(sg).pop();
      if (s === null) {
        this.cursor++;
        continue;
      }
      const npages = s.npages;
      this.sweep(s, c, false);
      return npages;
    }
    return -1;
  }

  get done(): boolean {
    return this.cursor >= this.heap.central.length;
  }

  /** deductSweepCredit: sweep until the pages swept keep pace with heapLive. */
  deductSweepCredit(heapLive: number): void {
    if (this.done) return;
    const target = this.sweepPagesPerByte * (heapLive - this.heapLiveBasis);
    while (this.pagesSwept < target) {
      if (this.sweepone() < 0) break;
    }
  }

  /** reclaim: sweep until npages were freed to the page heap or nothing is left to sweep. */
  reclaim(npages: number): void {
    const before = this.heap.stats.heapFree + this.heap.stats.heapReleased;
    while (this.heap.stats.heapFree + this.heap.stats.heapReleased - before < npages * _PageSize) {
      if (this.sweepone() < 0) break;
    }
  }

  /**
   * mspan.sweep. With preserve (mcentral.cacheSpan sweeping a span for an mcache)
   * the span is neither freed nor put in a set: the caller takes it. Returns true
   * if the span was freed to the page heap.
   */
  sweep(s: MSpan, c: MCentral, preserve: boolean): boolean {
    const h = this.heap;
    const st = h.stats;
    const sg = h.sweepgen;
    if (s.sweepgen !== sg - 2) {
      throw new FatalError(
        'mspan.sweep: bad span state',
        `runtime: sweepgen ${s.sweepgen}, mheap.sweepgen ${sg}`,
      );
    }
    this.nswept++;
    this.pagesSwept += s.npages;
    this.finalizers.sweep(s);
    s.sweepgen = sg;
    if (s.sizeclass === 0) {
      if (!s.isMarked(0)) {
        st.largeFree += s.npages * _PageSize;
        st.largeFreeCount++;
        st.totalFree += s.npages * _PageSize;
        this.free(s);
        return true;
      }
      s.swapMarkBits(this.retainMarks);
      s.freeindex = 0;
      s.refillAllocCache(0);
      if (!preserve) c.fullSwept(sg).push(s);
      return false;
    }
    const nalloc = s.countMarked();
    const nfreed = s.allocCount - nalloc;
    if (nfreed < 0) {
      throw new FatalError('sweep increased allocation count', `runtime: span 0x${s.startAddr.toString(16)}`);
    }
    s.allocCount = nalloc;
    s.freeindex = 0;
    s.swapMarkBits(this.retainMarks);
    s.refillAllocCache(0);
    if (nfreed > 0) {
      s.needzero = true;
      st.smallFreeCount[s.sizeclass]! += nfreed;
      st.totalFree += nfreed * s.elemsize;
    }
    if (preserve) return false;
    if (nalloc === 0) {
      this.free(s);
      return true;
    }
    if (nalloc === s.nelems) c.fullSwept(sg).push(s);
    else c.partialSwept(sg).push(s);
    return false;
  }

  private free(s: MSpan): void {
    this.finalizers.spanFreed(s);
    this.heap.freeSpan(s);
    this.nfreedSpans++;
  }
}
