// mheap: the page heap. It owns the arena, hands out spans of whole pages, and
// maps every page back to the span that holds it.
//
// Mirrors Go's runtime/mheap.go (mheap, allocSpan, freeSpan, grow, spanOf,
// allocNeedsZero). Growth asks the arena for whole 4 MiB chunks (Go's
// alignUp(npage, pallocChunkPages)); new memory starts out released, as in Go, and
// becomes in-use as spans take it.
//
//   spans[page] → the MSpan covering that page, or null       (Go: heapArena.spans)
//   zeroedBase: memory at or above it has never held an object, so it is still zero
//   and a span taken from there needs no clearing (Go keeps one per 64 MiB arena;
//   first-fit allocation in one arena makes one enough).
//
// Invariant: heapInUse = Σ npages·8192 over in-use spans; heapInUse + heapFree +
// heapReleased = mapped bytes of heap. Page 0 is the nil page: it is never free.

import { Arena } from './arena.js';
import type { Collector } from './collector.js';
import { MetaSlab } from './gcbits.js';
import { HeapBits } from './mbitmap.js';
import { MCentral } from './mcentral.js';
import { GCController } from './mgcpacer.js';
import type { Sweeper } from './mgcsweep.js';
import { PageAlloc, pallocChunkBytes } from './mpagealloc.js';
import { MSpan, numSpanClasses, SpanState } from './mspan.js';
import { HeapStats } from './mstats.js';
import { FatalError } from './panic.js';
import { _PageShift, _PageSize } from './sizeclasses.js';

export class MHeap {
  readonly arena: Arena;
  readonly heapBits: HeapBits;
  readonly pages: PageAlloc;
  readonly stats = new HeapStats();
  readonly central: MCentral[] = [];
  /** Incremented by 2 each GC cycle; see mspan.ts for the states it encodes. */
  sweepgen = 0;
  /** The collector's sweeper, once a collector is attached. */
  sweeper: Sweeper | null = null;
  /** The collector the allocator calls, and when it wants to be called. */
  collector: Collector | null = null;
  /** Objects are allocated marked (Go's allocate-black during mark). */
  allocBlack = false;
  /** Allocation must pay mark assists. */
  assistEnabled = false;
  /** writePointer must call the collector's write barrier. */
  writeBarrier = false;
  /** The pacer: heap live, goal and trigger (Go's gcController). */
  readonly gcController: GCController;
  private readonly spans: (MSpan | null)[];
  private zeroedBase = 0;
  /** Dead MSpan records, reused as Go's fixalloc reuses freed mspans. */
  private readonly spanFree: MSpan[] = [];
  /** Per-span alloc/mark bits and object type ids (gcbits.ts). */
  readonly gcBits = new MetaSlab((n) => new Uint32Array(n), 1 << 14);
  readonly typeIds = new MetaSlab((n) => new Uint16Array(n), 1 << 16);

  constructor(reserved: number, gcPercent: number, memoryLimit: bigint) {
    this.gcController = new GCController(gcPercent, memoryLimit);
    this.arena = new Arena(reserved);
    this.heapBits = new HeapBits(reserved);
    this.pages = new PageAlloc(reserved);
    this.spans = new Array<MSpan | null>(reserved >>> _PageShift).fill(null);
    for (let spc = 0; spc < numSpanClasses; spc++) this.central.push(new MCentral(this, spc));
    this.grow(1);
    const nilPage = this.pages.alloc(1);
    if (nilPage !== 0) throw new Error('gomem: the nil page must be page 0');
    this.stats.heapReleased -= _PageSize;
    this.stats.otherSys += _PageSize;
    this.zeroedBase = _PageSize;
  }

  /** Memory mapped and not released (Sys − HeapReleased), for the memory limit. */
  mappedReady(): number {
    const st = this.stats;
    return (
      st.heapInUse + st.heapFree + st.spanalloc.sys + st.cachealloc.sys + this.metadataBytes() + st.otherSys
    );
  }

  /** Bytes of heap metadata outside the arena (GCSys). */
  metadataBytes(): number {
    return this.heapBits.bytes + this.pages.bytes + this.gcBits.bytes + this.typeIds.bytes;
  }

  /**
   * allocSpan: a span of npages fresh pages for spanclass, or a FatalError when the
   * arena's reservation cannot hold it (nothing changes in that case).
   */
  allocSpan(npages: number, spanclass: number, elemsize: number, nelems: number, divMul: number): MSpan {
    if (this.sweeper !== null && !this.sweeper.done) this.sweeper.reclaim(npages);
    let base = this.pages.alloc(npages);
    if (base < 0) {
      this.grow(npages);
      base = this.pages.alloc(npages);
    }
    const bytes = npages * _PageSize;
    const scav = this.pages.lastScav;
    const st = this.stats;
    st.heapReleased -= scav;
    st.heapFree -= bytes - scav;
    st.heapInUse += bytes;

    const s = this.spanFree.pop() ?? new MSpan(this.gcBits, this.typeIds);
    s.init(base, npages, spanclass, elemsize, nelems, divMul);
    s.needzero = base < this.zeroedBase;
    if (base + bytes > this.zeroedBase) this.zeroedBase = base + bytes;
    s.sweepgen = this.sweepgen;
    const first = base >>> _PageShift;
    for (let i = 0; i < npages; i++) this.spans[first + i] = s;
    st.spanalloc.alloc();
    return s;
  }

  /** freeSpan: return a span's pages to the page heap. */
  freeSpan(s: MSpan): void {
    const bytes = s.npages * _PageSize;
    const first = s.startAddr >>> _PageShift;
    for (let i = 0; i < s.npages; i++) this.spans[first + i] = null;
    this.pages.free(s.startAddr, s.npages);
    this.stats.heapInUse -= bytes;
    this.stats.heapFree += bytes;
    this.stats.spanalloc.free();
    s.releaseMetadata();
    s.state = SpanState.Dead;
    this.spanFree.push(s);
  }

  /** spanOf: the in-use span holding address p, or null. */
  spanOf(p: number): MSpan | null {
    const s = this.spans[p >>> _PageShift];
    return s === undefined || s === null || s.state !== SpanState.InUse ? null : s;
  }

  /**
   * grow: map at least npage more pages, in whole chunks. Fails with Go's
   * out-of-memory report when the reservation is exhausted.
   */
  private grow(npage: number): void {
    const ask = Math.ceil((npage * _PageSize) / pallocChunkBytes) * pallocChunkBytes;
    const base = this.arena.sysMap(ask);
    if (base < 0) {
      const st = this.stats;
      const inUse = st.heapInUse + st.heapFree + st.heapReleased;
      throw new FatalError(
        'out of memory',
        `runtime: out of memory: cannot allocate ${ask}-byte block (${inUse} in use)`,
      );
    }
    this.heapBits.resize(this.arena.mapped);
    this.pages.grow(base, ask);
    this.stats.heapReleased += ask;
  }
}
