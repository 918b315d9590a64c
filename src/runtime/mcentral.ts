// mcentral: the spans of one span class that are not cached by any P.
//
// Mirrors Go's runtime/mcentral.go (mcentral, cacheSpan, uncacheSpan, grow) and
// mspanset.go. Spans sit in four sets: partial (has free slots) or full, each split
// into swept and unswept for the current sweepgen. The roles of the two halves swap
// every cycle when sweepgen advances by 2, so "swept" of one cycle becomes
// "unswept" of the next without moving a span:
//
//   partial[(sweepgen >> 1) & 1]      partially free, swept this cycle
//   partial[1 - ((sweepgen >> 1) & 1)] partially free, not yet swept
//   full[...]                          likewise, no free slots
//
// Sets pop from the head and push at the tail, like Go's spanSet.

import type { MHeap } from './mheap.js';
import type { MSpan } from './mspan.js';
import { class_to_divmagic, class_to_nelems, class_to_npages, class_to_size } from './sizeclasses.js';

export class SpanSet {
  private items: (MSpan | null)[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(s: MSpan): void {
    this.items.push(s);
  }

  pop(): MSpan | null {
    if (this.head === this.items.length) return null;
    const s = this.items[this.head]!;
    this.items[this.head++] = null;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    }
    return s;
  }
}

export class MCentral {
  readonly partial: [SpanSet, SpanSet] = [new SpanSet(), new SpanSet()];
  readonly full: [SpanSet, SpanSet] = [new SpanSet(), new SpanSet()];

  constructor(
    private readonly heap: MHeap,
    readonly spanclass: number,
  ) {}

  partialSwept(sweepgen: number): SpanSet {
    return this.partial[(sweepgen >>> 1) & 1]!;
  }

  fullSwept(sweepgen: number): SpanSet {
    return this.full[(sweepgen >>> 1) & 1]!;
  }

  partialUnswept(sweepgen: number): SpanSet {
    return this.partial[1 - ((sweepgen >>> 1) & 1)]!;
  }

  fullUnswept(sweepgen: number): SpanSet {
    return this.full[1 - ((sweepgen >>> 1) & 1)]!;
  }

  /**
   * cacheSpan: a span with at least one free slot, for an mcache: a swept partial
   * span, else an unswept one swept now, else an unswept full one that sweeping
   * freed something in, else a fresh span from the heap.
   */
  cacheSpan(): MSpan {
    const sg = this.heap.sweepgen;
    const s = this.partialSwept(sg).pop() ?? this.sweepForCache(sg) ?? this.grow();
    // Point allocCache at freeindex within its 32-slot word.
    s.refillAllocCache(s.freeindex >>> 5);
    const shift = s.freeindex & 31;
    if (shift !== 0) s.allocCache = (s.allocCache >>> shift) | 0;
    return s;
  }

  /** uncacheSpan: an mcache gives a span back. */
  uncacheSpan(s: MSpan): void {
    const sg = this.heap.sweepgen;
    s.sweepgen = sg;
    if (s.allocCount < s.nelems) this.partialSwept(sg).push(s);
    else this.fullSwept(sg).push(s);
  }

  private sweepForCache(sg: number): MSpan | null {
    const sweeper = this.heap.sweeper;
    if (sweeper === null || sweeper.done) return null;
    const partial = this.partialUnswept(sg).pop();
    if (partial !== null) {
      sweeper.sweep(partial, this, true);
      return partial;
    }
    for (let full = this.fullUnswept(sg).pop(); full !== null; full = this.fullUnswept(sg).pop()) {
      sweeper.sweep(full, this, true);
      if (full.allocCount < full.nelems) return full;
      this.fullSwept(sg).push(full);
    }
    return null;
  }

  /** grow: a fresh span for this class from the page heap. */
  private grow(): MSpan {
    const sizeclass = this.spanclass >>> 1;
    return this.heap.allocSpan(
      class_to_npages[sizeclass]!,
      this.spanclass,
      class_to_size[sizeclass]!,
      class_to_nelems[sizeclass]!,
      class_to_divmagic[sizeclass]!,
    );
  }
}
