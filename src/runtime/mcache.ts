// mcache: a P's private cache of spans, one per span class, plus the tiny block.
//
// Mirrors Go's runtime/mcache.go (mcache, refill, allocLarge, releaseAll).
// Allocation from the cached span needs no coordination with other Ps; only when
// that span is full does the mcache go to the mcentral for another (refill). Stats
// are counted per span when the span leaves the cache (see mstats.ts), which keeps
// the fast path free of bookkeeping.
//
//   alloc[spanclass] → MSpan (emptymspan when none is cached)
//   tiny, tinyoffset → the current 16-byte block for noscan objects < 16 B

import type { MHeap } from './mheap.js';
import { emptymspan, type MSpan, makeSpanClass, numSpanClasses } from './mspan.js';
import { _PageSize, tinySizeClass } from './sizeclasses.js';

export class MCache {
  readonly alloc: MSpan[] = new Array<MSpan>(numSpanClasses).fill(emptymspan);
  /** Address of the current tiny block, 0 if none. */
  tiny = 0;
  tinyoffset = 0;
  /** Tiny objects placed in an existing block since the last flush. */
  tinyAllocs = 0;
  /** Bytes of scannable memory allocated since the last flush (the pacer's heapScan). */
  scanAlloc = 0;

  constructor(private readonly heap: MHeap) {
    heap.stats.cachealloc.alloc();
  }

  /** refill: trade the full cached span of class spc for one with free slots. */
  refill(spc: number): void {
    const s = this.alloc[spc]!;
    // The new span first: when the heap cannot grow (out of memory), the full span
    // stays cached and uncounted, so the failed call changes nothing.
    const fresh = this.heap.central[spc]!.cacheSpan();
    if (s !== emptymspan) {
      this.heap.central[spc]!.uncacheSpan(s);
      this.flushSpanStats(s, spc);
      if (spc === makeSpanClass(tinySizeClass, true)) this.flushTiny();
    }
    // Its free slots are cleared now, so allocating from it never clears (needzero
    // comes back when the sweeper frees objects in it).
    if (fresh.needzero) {
      fresh.zeroFree(this.heap.arena.u8);
      fresh.needzero = false;
    }
    fresh.sweepgen = this.heap.sweepgen + 3;
    fresh.allocCountBeforeCache = fresh.allocCount;
    this.alloc[spc] = fresh;
    // heapLive counts the span's free slots as if already allocated: an
    // overestimate that keeps the per-object path free of accounting.
    this.heap.gcController.update(
      fresh.npages * _PageSize - fresh.allocCount * fresh.elemsize,
      this.scanAlloc,
    );
    this.scanAlloc = 0;
  }

  /** allocLarge: a span of its own for an object of more than 32 KiB. */
  allocLarge(size: number, noscan: boolean): MSpan {
    const npages = Math.ceil(size / _PageSize);
    const spc = makeSpanClass(0, noscan);
    const s = this.heap.allocSpan(npages, spc, npages * _PageSize, 1, 0);
    const st = this.heap.stats;
    st.largeAlloc += npages * _PageSize;
    st.largeAllocCount++;
    st.totalAlloc += npages * _PageSize;
    this.heap.gcController.update(npages * _PageSize, 0);
    this.heap.central[spc]!.fullSwept(this.heap.sweepgen).push(s);
    s.limit = s.startAddr + size;
    return s;
  }

  /** releaseAll: give every cached span back and flush the counts (flushallmcaches). */
  releaseAll(): void {
    const sg = this.heap.sweepgen;
    let dHeapLive = 0;
    for (let spc = 0; spc < numSpanClasses; spc++) {
      const s = this.alloc[spc]!;
      if (s === emptymspan) continue;
      this.flushSpanStats(s, spc);
      // The slots refill counted as live were not used after all.
      if (s.sweepgen !== sg + 1) dHeapLive -= (s.nelems - s.allocCount) * s.elemsize;
      this.heap.central[spc]!.uncacheSpan(s);
      this.alloc[spc] = emptymspan;
    }
    this.tiny = 0;
    this.tinyoffset = 0;
    this.flushTiny();
    this.heap.gcController.update(dHeapLive, this.scanAlloc);
    this.scanAlloc = 0;
  }

  private flushSpanStats(s: MSpan, spc: number): void {
    const slotsUsed = s.allocCount - s.allocCountBeforeCache;
    s.allocCountBeforeCache = 0;
    const st = this.heap.stats;
    st.smallAllocCount[spc >>> 1]! += slotsUsed;
    st.totalAlloc += slotsUsed * s.elemsize;
  }

  private flushTiny(): void {
    this.heap.stats.tinyAllocCount += this.tinyAllocs;
    this.tinyAllocs = 0;
  }
}
