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
// Releasing memory (scavenge, Go's pageAlloc.scavenge with sysUnused): free pages
// are marked scavenged, highest first, and move from heapFree to heapReleased. The
// arena can only give memory back at its top, so after releasing, the run of free,
// scavenged pages that ends at the top is unmapped (arena.sysFreeTop): the page
// allocator and the heap bitmap forget it, zeroedBase comes down to the new top, and
// a later grow maps it again from there, reading zero. Released pages below the top stay in the
// buffer (JavaScript has no madvise for part of one): they are accounted released,
// as Go accounts them, and a span that takes them is zeroed like any reused memory.
//
//   0                  in use / free / released pages          mapped   sysHigh
//   ├────────────────────────────────────────────────────────────┤ ······ ┤
//                                                  unmapped, counted released
//
// Accounting of unmapped memory: Go never unmaps heap memory, so its HeapSys (and
// Sys) only grow and released pages stay in them as HeapReleased; FreeOSMemory
// leaves Sys unchanged (test/fixtures/go1.19/pool/freeosmemory.json). gomem keeps
// that meaning: HeapSys covers the heap's high-water mark (sysHigh), and the pages
// above the mapped top count as released, because they are — the process no
// longer holds them. So Sys and HeapSys never fall, HeapReleased (and with it
// Sys − HeapReleased, the memory limit's measure) tells what was given back, and a
// grow below sysHigh adds nothing to HeapSys: its pages were released already.
// GCSys keeps the heap bitmap of the high-water mark, as Go keeps a heapArena's
// bitmap for good.
//
// Manual spans (Go's allocManual / freeManual, span state Manual) hold goroutine
// stacks (stack.ts). They come out of the same pages but are not heap: as in Go
// 1.19 they leave heapFree/heapReleased for stackInUse, not heapInUse, so HeapSys
// shrinks by what stacks hold and Sys counts them under StackSys. spanOf never
// returns them (the marker ignores stack addresses) and the sweeper never sees
// them (they are in no mcentral).
//
// Invariant: heapInUse = Σ npages·8192 over in-use spans, stackInUse the same over
// manual spans; heapInUse + stackInUse + heapFree + heapReleased + 8192 (the nil
// page, in OtherSys) = sysHigh ≥ arena.mapped, and every byte above arena.mapped is
// in heapReleased. Page 0 is the nil page: it is never free.

import { Arena } from './arena.js';
import type { Collector } from './collector.js';
import { MetaSlab } from './gcbits.js';
import { HeapBits } from './mbitmap.js';
import { MCentral } from './mcentral.js';
import { GCController } from './mgcpacer.js';
import type { Scavenger } from './mgcscavenge.js';
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
  /**
   * While positive, no collection may start (nor may reference counting free
   * what only the program's stacks might hold): code runs that cannot show the
   * collector every pointer its callers hold (proc.ts preemptNestedNoGC). A
   * cycle already marking may finish: its snapshot covers those pointers.
   */
  gcStartBlocked = 0;
  /** The background scavenger and its pacing, once the runtime attaches one. */
  scavenger: Scavenger | null = null;
  /** The highest the arena has been mapped: the end of the memory HeapSys covers. */
  sysHigh = 0;
  /** The pacer: heap live, goal and trigger (Go's gcController). */
  readonly gcController: GCController;
  /** Up to the high-water mark's page: it grows with the heap, as the bitmap does. */
  private readonly spans: (MSpan | null)[] = [];
  private zeroedBase = 0;
  /** Dead MSpan records, reused as Go's fixalloc reuses freed mspans. */
  private readonly spanFree: MSpan[] = [];
  /** Per-span alloc/mark bits and object type ids (gcbits.ts). */
  readonly gcBits = new MetaSlab((n) => new Uint32Array(n));
  readonly typeIds = new MetaSlab((n) => new Uint16Array(n));

  /**
   * recordTypes: keep each slot's type id, which only the API's per-access checks
   * read. Compiled Go and the benchmarks run with checks off, as Go checks no types
   * at run time, and then neither pay the store per allocation nor the id slabs.
   */
  constructor(
    reserved: number,
    gcPercent: number,
    memoryLimit: bigint,
    readonly recordTypes = true,
  ) {
    if (reserved < pallocChunkBytes) {
      throw new RangeError(
        `gomem: the arena must reserve at least ${pallocChunkBytes} bytes (the heap grows by 4 MiB chunks)`,
      );
    }
    this.gcController = new GCController(gcPercent, memoryLimit);
    this.arena = new Arena(reserved);
    this.heapBits = new HeapBits(reserved);
    this.pages = new PageAlloc(reserved);
    for (let spc = 0; spc < numSpanClasses; spc++) this.central.push(new MCentral(this, spc));
    this.grow(1);
    const nilPage = this.pages.alloc(1);
    if (nilPage !== 0) throw new Error('gomem: the nil page must be page 0');
    this.stats.heapReleased -= _PageSize;
    this.stats.otherSys += _PageSize;
    this.zeroedBase = _PageSize;
  }

  /**
   * Connects a collector's sweeper and the pacer's view of the heap (isSweepDone,
   * heapFree, heapAlloc, mappedReady), then commits the pacer: every collector
   * paces with the same controller, so GOGC and GOMEMLIMIT mean the same under each.
   */
  attachSweeper(sweeper: Sweeper): void {
    this.sweeper = sweeper;
    const ctl = this.gcController;
    ctl.isSweepDone = () => sweeper.done;
    ctl.heapFree = () => this.stats.heapFree;
    ctl.heapAlloc = () => this.stats.totalAlloc - this.stats.totalFree;
    ctl.mappedReady = () => this.mappedReady();
    ctl.commit();
  }

  /** Memory mapped and not released (Sys − HeapReleased), for the memory limit. */
  mappedReady(): number {
    const st = this.stats;
    return (
      st.heapInUse +
      st.stackInUse +
      st.heapFree +
      st.spanalloc.sys +
      st.cachealloc.sys +
      this.metadataBytes() +
      st.otherSys
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
    const s = this.takePages(npages, false);
    const base = s.startAddr;
    s.init(base, npages, spanclass, elemsize, nelems, divMul);
    s.needzero = base < this.zeroedBase;
    s.sweepgen = this.sweepgen;
    return this.placeSpan(s);
  }

  /**
   * allocManual: npages pages for the caller to manage (goroutine stacks), as a span
   * in state Manual. Counted in stackInUse, not heapInUse; no sweeping first and no
   * object metadata, as in Go. The memory is not zeroed: stack frames clear what
   * they read.
   */
  allocManual(npages: number): MSpan {
    const s = this.takePages(npages, true);
    const bytes = npages * _PageSize;
    s.npages = npages;
    s.spanclass = 0;
    s.elemsize = bytes;
    s.nelems = 0;
    s.allocCount = 0;
    s.manualFreeList = 0;
    s.limit = s.startAddr + bytes;
    s.state = SpanState.Manual;
    return this.placeSpan(s);
  }

  /**
   * allocSpanLocked's page half, shared by heap and manual spans: npages from
   * the page allocator (growing the heap when it has none), accounted as heap
   * or stack memory in use, and a span record for them.
   */
  private takePages(npages: number, manual: boolean): MSpan {
    let base = this.pages.alloc(npages);
    this.lastGrowth = 0;
    if (base < 0) {
      this.lastGrowth = this.grow(npages);
      base = this.pages.alloc(npages);
    }
    const bytes = npages * _PageSize;
    const scav = this.pages.lastScav;
    const st = this.stats;
    st.heapReleased -= scav;
    st.heapFree -= bytes - scav;
    if (manual) st.stackInUse += bytes;
    else st.heapInUse += bytes;
    const s = this.spanFree.pop() ?? new MSpan(this.gcBits, this.recordTypes ? this.typeIds : null);
    s.startAddr = base;
    return s;
  }

  /** The span's pages in the page → span map, and the bookkeeping every new span gets. */
  private placeSpan(s: MSpan): MSpan {
    const bytes = s.npages * _PageSize;
    if (s.startAddr + bytes > this.zeroedBase) this.zeroedBase = s.startAddr + bytes;
    const first = s.startAddr >>> _PageShift;
    for (let i = 0; i < s.npages; i++) this.spans[first + i] = s;
    this.stats.spanalloc.alloc();
    this.scavenger?.allocated(this.pages.lastScav, this.lastGrowth);
    return s;
  }

  /** Bytes the last takePages grew the heap by (the scavenger paces on it). */
  private lastGrowth = 0;

  /** freeManual: return a manual span's pages to the page heap (they become heapFree). */
  freeManual(s: MSpan): void {
    if (s.state !== SpanState.Manual) throw new FatalError('freeManual: span is not manual');
    const bytes = s.npages * _PageSize;
    const first = s.startAddr >>> _PageShift;
    for (let i = 0; i < s.npages; i++) this.spans[first + i] = null;
    this.pages.free(s.startAddr, s.npages);
    this.stats.stackInUse -= bytes;
    this.stats.heapFree += bytes;
    this.stats.spanalloc.free();
    s.state = SpanState.Dead;
    this.spanFree.push(s);
  }

  /** The manual (stack) span holding address p, or null. */
  manualSpanOf(p: number): MSpan | null {
    const s = this.spans[p >>> _PageShift];
    return s === undefined || s === null || s.state !== SpanState.Manual ? null : s;
  }

  /**
   * scavenge: release up to nbytes of free pages (rounded up to whole pages), the
   * highest first. Returns the bytes released; fewer than asked means no free,
   * unreleased page is left. unmapReleasedTop then gives back what it can.
   */
  scavenge(nbytes: number): number {
    const released = this.pages.scavenge(nbytes);
    this.stats.heapFree -= released;
    this.stats.heapReleased += released;
    return released;
  }

  /** Unmap the free, released pages at the top of the arena (sysFreeTop). */
  unmapReleasedTop(): void {
    const top = this.pages.releasedTop() * _PageSize;
    const mapped = this.arena.mapped;
    if (top >= mapped) return;
    this.pages.shrink(top >>> _PageShift);
    // The bitmap forgets the range too, so memory mapped there again starts as fresh memory does.
    this.heapBits.bits.fill(0, top >>> 8, mapped >>> 8);
    this.arena.sysFreeTop(top);
    if (this.zeroedBase > top) this.zeroedBase = top;
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
   * grow: map at least npage more pages, in whole chunks, and return the bytes
   * mapped. Fails with Go's out-of-memory report when the reservation is exhausted.
   */
  private grow(npage: number): number {
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
    this.pages.grow(base, ask);
    // Memory below sysHigh was unmapped by scavenge and is counted released already.
    const end = base + ask;
    if (end > this.sysHigh) {
      this.stats.heapReleased += end - Math.max(base, this.sysHigh);
      this.sysHigh = end;
      this.heapBits.resize(end);
      while (this.spans.length < end >>> _PageShift) this.spans.push(null);
    }
    return ask;
  }
}
