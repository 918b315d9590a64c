// Reference counting with trial-deletion cycle collection, for comparison with
// Go's tracing collector.
//
// Go never counted references: a count per object costs a read-modify-write on
// every pointer store and cannot reclaim cycles. This collector shows both
// sides — garbage freed the moment its last reference goes, and cycles leaking
// unless a separate cycle collector finds them.
//
// Counts. One 32-bit word per object slot, in a slab beside the span (like the
// span's type ids), found through a page-indexed table of offsets. A tiny block
// is one slot, so a pointer anywhere into it counts the block. The word packs
// the count with Bacon & Rajan's per-object state:
//
//   bit 31   30        29..28   27       26..0
//   [ inZCT | buffered | color | rooted | count of heap pointers to the object ]
//   color: 0 black (in use) · 1 purple (possible cycle root) · 2 gray · 3 white
//
// Roots are deferred (Deutsch & Bobrow): handle-stack slots, globals and other
// root sources are not counted; only pointers stored in the heap are, by
// writePointer (heap.writeBarrier is always on: inc the new value, dec the old).
// An object whose heap count is zero — every new object, and every object whose
// last heap reference went — waits in the zero count table (ZCT). At a safe point
// (an allocation slow path, a scope close once enough entries were added,
// runtime.GC)
// the roots are flagged and every unrooted ZCT entry is freed; freeing decrements
// what the object points to (the heap bitmap says which words are pointers),
// iteratively through the same table, never by recursion. Deferred, because
// handles are pushed and dropped far more often than heap pointers are stored —
// counting them would put a count update on every push and every slot of every
// closing scope — and because it gives exactly the tracing collectors' notion of
// a root: the same program keeps the same objects alive under all three. The
// cost is that objects referenced only from roots sit in the ZCT and are looked
// at each reconciliation.
//
// Freeing keeps Go's allocator accounting: allocBlack is always on, so an object's
// gcmarkBits bit means "live" from allocation until it is freed, when the bit is
// cleared. The Sweeper, told to retain mark bits, then turns the span's mark bits
// into its alloc bits as after a Go cycle (Frees, HeapObjects and BySize are
// Go's), in batches: at each cycle and once freed-but-unswept bytes pass a share
// of the heap. A freed slot is reused only after that sweep.
//
// Cycles (Bacon & Rajan 2001, synchronous cycle collection). A decrement that
// leaves a count above zero makes the object a possible root of a garbage cycle
// (purple, buffered). At each cycle — runtime.GC or the pacer's trigger, so
// GOGC and GOMEMLIMIT schedule it as they schedule Go's cycles — MarkGray
// subtracts the counts due to pointers inside the subgraph reachable from the
// candidates, Scan turns black whatever still has a count (or is a root, or has
// a finalizer: as in Go, a cycle with a finalizer is never collected) and white
// the rest, and CollectWhite frees the white objects. cycleCollector: false
// skips this, and unreachable cycles leak. With GOGC=off the trigger never
// fires, so only runtime.GC collects cycles; counting goes on regardless.
//
// A cycle is accounted like a stop-the-world cycle (cycles.ts); in gctrace the
// three clock fields are the ZCT reconciliation, the cycle collector (the mark
// phase), and the sweep.
//
// Invariants between safe points: count = number of pointer words in live heap
// objects that point into the object; every live object with count 0 is in the
// ZCT; every buffered object is in the candidate list; mark bit set ⇔ not freed.

import type { Collector } from '../collector.js';
import { Finalizers } from '../mfinal.js';
import type { GCOptions } from '../mgc.js';
import type { RootSource } from '../mgcmark.js';
import type { GCTriggerKind } from '../mgcpacer.js';
import { Sweeper } from '../mgcsweep.js';
import type { MHeap } from '../mheap.js';
import { type MSpan, SpanState } from '../mspan.js';
import { FatalError } from '../panic.js';
import type { Roots } from '../roots.js';
import type { P } from '../runtime.js';
import { _PageShift } from '../sizeclasses.js';
import { nanotime } from '../time.js';
import { CycleStats } from './cycles.js';

const countMask = (1 << 27) - 1;
const rootedBit = 1 << 27;
const colorShift = 28;
const colorMask = 3 << colorShift;
const purple = 1 << colorShift;
const gray = 2 << colorShift;
const white = 3 << colorShift;
const bufferedBit = 1 << 30;
const zctBit = 1 << 31;

/**
 * A scope close reconciles when the ZCT entries added since the last
 * reconciliation are at least this share of what a reconciliation visits (roots
 * and ZCT), so its cost is paid for by the allocations and decrements that made
 * the entries; otherwise the next safe point does it.
 */
const zctScopeShare = 1 / 4;
/** Freed-but-unswept bytes that make an allocation slow path sweep: this many at least… */
const reclaimMinBytes = 256 << 10;
/** …and this share of the in-use heap. */
const reclaimHeapShare = 1 / 8;
/** Stale candidates below this many are never worth pruning. */
const minCandidatesPrune = 4096;

export class RefCount implements Collector {
  readonly kind = 'refcount' as const;
  readonly finalizers: Finalizers;
  readonly sweeper: Sweeper;
  readonly rootSources: RootSource[] = [];
  readonly onCycleStart: (() => void)[] = [];
  /** The count words, one per slot of each span that has needed one. */
  private readonly counts = new CountWords(1 << 14);
  /** spanOff[first page of span] = offset of its counts + 1; 0 = none yet. */
  private spanOff = new Int32Array(1024);
  /** Spans with counts, and the start and length they had, to release the counts when they die. */
  private tracked: { s: MSpan; start: number; n: number }[] = [];
  /** Zero count table: bases of live objects with no heap references (may hold stale bases). */
  private zct: number[] = [];
  /** Entries added to the ZCT since the last reconciliation. */
  private zctAdded = 0;
  /**
   * Possible cycle roots (buffered purple objects), and stale bases: an entry
   * outlives its object until the list is pruned. collectCycles skips a base
   * whose slot is free, and one reused by a new object only makes that object one
   * more possible root, which trial deletion finds black or white correctly.
   */
  private candidates: number[] = [];
  /** candidates.length after the last pruning: the list is pruned when it has doubled since. */
  private candidatesPruned = 0;
  /** Slab indices whose rooted bit is set during a reconciliation. */
  private rooted: number[] = [];
  /** Bases of the objects rooted at the last reconciliation (with the cycle collector). */
  private wasRooted: number[] = [];
  private readonly stack: number[] = [];
  private readonly kids: number[] = [];
  private pendingFreeBytes = 0;
  /** Bytes of objects scanned by frees and the cycle collector this cycle (the pacer's scan work). */
  private scanned = 0;
  private readonly stats: CycleStats;
  private busy = false;
  /** The base address locate() found. */
  private base = 0;

  constructor(
    private readonly heap: MHeap,
    private readonly roots: Roots,
    private readonly allp: P[],
    opts: GCOptions,
    readonly cycleCollector: boolean,
  ) {
    this.finalizers = new Finalizers(heap, roots);
    this.sweeper = new Sweeper(heap, this.finalizers);
    this.sweeper.retainMarks = true;
    this.stats = new CycleStats(allp.length, opts);
    heap.attachSweeper(this.sweeper);
    heap.allocBlack = true;
    heap.writeBarrier = true;
  }

  // ── Collector hooks ───────────────────────────────────────────────────────

  /** writePointer: *slot = ptr takes a reference from the old value and gives one to the new. */
  writeBarrier(slot: number, ptr: number): void {
    const s = this.heap.spanOf(slot);
    if (s !== null && !s.isMarked(s.objIndex(slot))) {
      // Freed and not yet swept: its old pointers were already given up.
      throw new TypeError(`gomem: ${String(slot)} is not inside an allocated object`);
    }
    const old = this.heap.arena.u32[slot >>> 2]!;
    if (old === ptr) return;
    this.inc(ptr);
    this.dec(old);
  }

  /** growslice copied pointers into a fresh array: each is a new heap reference. */
  bulkWrite(dst: number, n: number): void {
    const hb = this.heap.heapBits;
    const u32 = this.heap.arena.u32;
    const end = (dst + n) >>> 3;
    for (let w = hb.nextPointer(dst >>> 3, end); w < end; w = hb.nextPointer(w + 1, end))
      this.inc(u32[w << 1]!);
  }

  /** Globals are roots, and roots are not counted. */
  globalWrite(): void {}

  /** A new object is live (mark bit) with no heap references yet: it starts in the ZCT. */
  markNew(s: MSpan, idx: number): void {
    s.setMarked(idx);
    const i = this.offsetOf(s) + idx;
    this.counts.data[i] = zctBit;
    this.zct.push(s.startAddr + idx * s.elemsize);
    this.zctAdded++;
  }

  /** Never enabled: there is no concurrent work to pay for. */
  assistAlloc(): void {}

  /** A safe point: reconcile, then collect cycles at the trigger or sweep if enough was freed. */
  allocSlow(): void {
    if (this.busy || this.heap.gcStartBlocked > 0) return;
    const ctl = this.heap.gcController;
    if (ctl.heapLive >= ctl.trigger()) this.cycle('heap');
    else if (this.stats.periodic(ctl.gcPercent, nanotime())) this.cycle('time');
    else {
      this.busy = true;
      try {
        this.reconcile();
        const share = this.heap.stats.heapInUse * reclaimHeapShare;
        if (this.pendingFreeBytes >= Math.max(reclaimMinBytes, share)) this.reclaim();
      } finally {
        this.busy = false;
      }
    }
  }

  /** A scope closed: what only it held can go, once the ZCT is worth a reconciliation. */
  scopeClosed(): void {
    const r = this.roots;
    if (
      this.busy ||
      this.heap.gcStartBlocked > 0 ||
      this.zctAdded < zctScopeShare * (r.top + r.nglobals + this.zct.length)
    )
      return;
    this.busy = true;
    try {
      this.reconcile();
    } finally {
      this.busy = false;
    }
  }

  /** runtime.GC: a full cycle (reconcile, cycle collection, sweep), then finalizers. */
  collect(): void {
    if (this.busy) throw new FatalError('runtime.GC called from a finalizer during collection');
    this.cycle('cycle');
    this.finalizers.run();
  }

  setFinalizer(p: number, fn: ((p: number) => void) | null, tinyOK: boolean): void {
    this.finalizers.set(p, fn, tinyOK, null);
  }

  gcStats() {
    return this.stats.gcStats();
  }

  /** The heap reference count of the object containing p (for tools and tests). */
  count(p: number): number {
    return this.counts.data[this.locate(p)]! & countMask;
  }

  // ── The cycle ─────────────────────────────────────────────────────────────

  private cycle(trigger: GCTriggerKind): void {
    this.busy = true;
    try {
      const ctl = this.heap.gcController;
      const t0 = nanotime();
      for (const f of this.onCycleStart) f();
      const heap0 = ctl.heapLive;
      ctl.startCycle(t0, this.allp.length, trigger);
      this.scanned = 0;
      this.reconcile();
      const t1 = nanotime();
      if (this.cycleCollector) {
        this.collectCycles();
        this.reconcile();
      }
      const t2 = nanotime();
      const heap1 = ctl.heapLive;
      this.reclaim();
      const live = ctl.heapAlloc();
      ctl.heapScanWork += this.scanned;
      ctl.endCycle(nanotime(), this.allp.length);
      ctl.resetLive(live);
      ctl.commit();
      const t3 = nanotime();
      this.stats.record({
        start: t0,
        phases: [t1 - t0, t2 - t1, t3 - t2],
        heap: [heap0, heap1, live],
        goal: ctl.lastHeapGoal,
        globals: ctl.globalsScan,
        forced: trigger === 'cycle',
      });
    } finally {
      this.busy = false;
    }
  }

  // ── Counts ────────────────────────────────────────────────────────────────

  /** The slab index of s's slot 0, giving s counts on first use. */
  private offsetOf(s: MSpan): number {
    const page = s.startAddr >>> _PageShift;
    if (page >= this.spanOff.length) {
      let n = this.spanOff.length * 2;
      while (n <= page) n *= 2;
      const bigger = new Int32Array(n);
      bigger.set(this.spanOff);
      this.spanOff = bigger;
    }
    const o = this.spanOff[page]!;
    if (o !== 0) return o - 1;
    const off = this.counts.alloc(s.nelems);
    this.spanOff[page] = off + 1;
    this.tracked.push({ s, start: s.startAddr, n: s.nelems });
    return off;
  }

  /** The slab index of the object containing p (p in the heap); sets this.base. */
  private locate(p: number): number {
    const s = this.heap.spanOf(p)!;
    const idx = s.objIndex(p);
    this.base = s.startAddr + idx * s.elemsize;
    return this.offsetOf(s) + idx;
  }

  private inc(p: number): void {
    if (p === 0 || this.heap.spanOf(p) === null) return;
    const s = this.heap.spanOf(p)!;
    if (!s.isMarked(s.objIndex(p))) {
      // Still allocated until the next sweep, but freed: a pointer kept outside the roots.
      throw new TypeError(`gomem: ${String(p)} is not a pointer to an allocated object`);
    }
    const i = this.locate(p);
    const d = this.counts.data;
    const w = d[i]!;
    if ((w & countMask) === countMask) {
      throw new FatalError('reference count overflow', `runtime: 0x${this.base.toString(16)}`);
    }
    // Bacon & Rajan's Increment: the object is in use, so black.
    d[i] = (w + 1) & ~colorMask;
  }

  private dec(p: number): void {
    if (p === 0) return;
    const s = this.heap.spanOf(p);
    if (s === null) return;
    const i = this.locate(p);
    const d = this.counts.data;
    if ((d[i]! & countMask) === 0) {
      throw new FatalError('reference count underflow', `runtime: 0x${this.base.toString(16)}`);
    }
    const w = d[i]! - 1;
    if ((w & countMask) === 0) {
      // Release: black, and to the ZCT until no root holds it either.
      d[i] = (w & ~colorMask) | zctBit;
      if ((w & zctBit) === 0) {
        this.zct.push(this.base);
        this.zctAdded++;
      }
    } else {
      d[i] = w;
      this.possibleRoot(s, i, this.base);
    }
  }

  /**
   * PossibleRoot: the object at base (slab index i) may have just become part of
   * an unreachable cycle: purple, and buffered once. A noscan object cannot be.
   */
  private possibleRoot(s: MSpan, i: number, base: number): void {
    if (!this.cycleCollector || s.noscan) return;
    const d = this.counts.data;
    const w = d[i]!;
    d[i] = (w & ~colorMask) | purple | bufferedBit;
    if ((w & bufferedBit) === 0) this.candidates.push(base);
  }

  /**
   * The pointers held by the live object at base (0s left out), written to
   * kids[0..n); returns n. Every caller uses them before the next call, so
   * kids is overwritten, never emptied (setting an array's length is a runtime
   * call, and this runs once per object freed or traced).
   */
  private pointersOf(base: number): number {
    const s = this.heap.spanOf(base)!;
    if (s.noscan) return 0;
    this.scanned += s.elemsize;
    const hb = this.heap.heapBits;
    const u32 = this.heap.arena.u32;
    const kids = this.kids;
    let n = 0;
    const end = (base + s.elemsize) >>> 3;
    for (let w = hb.nextPointer(base >>> 3, end); w < end; w = hb.nextPointer(w + 1, end)) {
      const p = u32[w << 1]!;
      if (p !== 0 && this.heap.spanOf(p) !== null) kids[n++] = p;
    }
    return n;
  }

  /** Whether the object at base is live (not freed by this collector). */
  private live(base: number): boolean {
    const s = this.heap.spanOf(base);
    return s?.isMarked(s.objIndex(base)) === true;
  }

  // ── Roots and the ZCT ─────────────────────────────────────────────────────

  /**
   * Sets the rooted bit of every object a root points into (mcache tiny blocks
   * included). Roots are not counted, so losing one is a decrement nobody saw: an
   * object rooted at the last reconciliation and not now, but with heap
   * references, becomes a possible cycle root here.
   */
  private flagRoots(): void {
    const bases: number[] = [];
    const visit = (p: number): void => {
      if (p === 0 || this.heap.spanOf(p) === null) return;
      const i = this.locate(p);
      const d = this.counts.data;
      if ((d[i]! & rootedBit) !== 0) return;
      d[i] = d[i]! | rootedBit;
      this.rooted.push(i);
      bases.push(this.base);
    };
    const r = this.roots;
    for (let i = 0; i < r.top; i++) visit(r.stack[i]!);
    for (let i = 0; i < r.nglobals; i++) visit(r.globals[i]!);
    for (const src of this.rootSources) src.scanRoots(visit);
    this.finalizers.scanQueued(visit);
    for (const p of this.allp) visit(p.mcache.tiny);
    if (this.cycleCollector) {
      for (const b of this.wasRooted) {
        if (!this.live(b)) continue;
        const i = this.locate(b);
        const w = this.counts.data[i]!;
        if ((w & rootedBit) === 0 && (w & countMask) !== 0) this.possibleRoot(this.heap.spanOf(b)!, i, b);
      }
      this.wasRooted = bases;
    }
  }

  private clearRoots(): void {
    const d = this.counts.data;
    for (const i of this.rooted) d[i] = d[i]! & ~rootedBit;
    this.rooted = [];
  }

  /**
   * Deutsch–Bobrow reconciliation: free every ZCT object that no root points to.
   * Frees run through the table itself: a decrement to zero appends to it.
   */
  private reconcile(): void {
    if (this.zct.length === 0) return;
    this.flagRoots();
    const list = this.zct;
    const keep: number[] = [];
    for (let k = 0; k < list.length; k++) {
      const b = list[k]!;
      if (!this.live(b)) continue;
      const i = this.locate(b);
      const w = this.counts.data[i]!;
      if ((w & zctBit) === 0) continue;
      if ((w & countMask) !== 0) {
        // It gained heap references while only roots held it before: the roots
        // may go unseen, so it is a possible cycle root.
        this.counts.data[i] = w & ~zctBit;
        this.possibleRoot(this.heap.spanOf(b)!, i, b);
      } else if ((w & rootedBit) !== 0) keep.push(b);
      else this.release(b, i, keep);
    }
    this.zct = keep;
    this.zctAdded = 0;
    this.clearRoots();
  }

  /**
   * Frees the object at base (count 0, unrooted): its referents lose a reference
   * (those reaching zero join the table being reconciled), then its slot. An
   * object with a finalizer is not freed: its finalizer is queued, and the
   * object, rooted by the queue until the finalizer has run, stays in the ZCT.
   */
  private release(base: number, i: number, keep: number[]): void {
    const s = this.heap.spanOf(base)!;
    if (this.finalizers.queueObject(s, base)) {
      keep.push(base);
      return;
    }
    const kids = this.kids;
    for (let k = 0, n = this.pointersOf(base); k < n; k++) this.dec(kids[k]!);
    this.free(s, base, i);
  }

  private free(s: MSpan, base: number, i: number): void {
    this.counts.data[i] = 0;
    s.clearMarked(s.objIndex(base));
    this.pendingFreeBytes += s.elemsize;
  }

  /**
   * Sweeps every span with the world stopped, so freed slots can be reused and
   * Go's Frees and HeapObjects count them; returns dead spans' counts to the slab.
   */
  private reclaim(): void {
    const ctl = this.heap.gcController;
    this.zct = this.zct.filter((b) => this.live(b));
    // Pruning at every reclaim made binary-trees spend a third of its time here:
    // nearly every object is buffered once. Pruning when the list doubles keeps it
    // in proportion to the live candidates at a constant cost per entry.
    if (this.candidates.length > 2 * this.candidatesPruned + minCandidatesPrune) {
      this.candidates = this.candidates.filter((b) => this.live(b));
      this.candidatesPruned = this.candidates.length;
    }
    for (const p of this.allp) p.mcache.releaseAll();
    const before = ctl.heapAlloc();
    this.heap.sweepgen += 2;
    this.sweeper.start(this.heap.stats.heapInUse / 8192, ctl.heapLive, ctl.trigger());
    while (this.sweeper.sweepone() >= 0) {
      // every span: the freed slots become free in the alloc bits
    }
    ctl.update(ctl.heapAlloc() - before, 0);
    this.pendingFreeBytes = 0;
    this.tracked = this.tracked.filter((t) => {
      if (t.s.state === SpanState.InUse && t.s.startAddr === t.start) return true;
      this.counts.release(this.spanOff[t.start >>> _PageShift]! - 1, t.n);
      this.spanOff[t.start >>> _PageShift] = 0;
      return false;
    });
  }

  // ── Cycle collection: Bacon & Rajan's MarkRoots, ScanRoots, CollectRoots ──

  private collectCycles(): void {
    this.flagRoots();
    const roots: number[] = [];
    for (const b of this.candidates) {
      if (!this.live(b)) continue;
      const i = this.locate(b);
      const w = this.counts.data[i]!;
      if ((w & colorMask) === purple && (w & countMask) !== 0) {
        this.markGray(b);
        roots.push(b);
      } else {
        this.counts.data[i] = w & ~bufferedBit;
      }
    }
    this.candidates = [];
    this.candidatesPruned = 0;
    for (const b of roots) this.scan(b);
    for (const b of roots) {
      const i = this.locate(b);
      this.counts.data[i] = this.counts.data[i]! & ~bufferedBit;
      this.collectWhite(b);
    }
    this.clearRoots();
  }

  /** MarkGray: grey the subgraph from b, removing the counts its internal pointers contribute. */
  private markGray(b: number): void {
    const d0 = this.locate(b);
    const st = this.stack;
    const data = this.counts.data;
    if ((data[d0]! & colorMask) === gray) return;
    data[d0] = (data[d0]! & ~colorMask) | gray;
    st.push(b);
    const kids = this.kids;
    while (st.length > 0) {
      for (let k = 0, n = this.pointersOf(st.pop()!); k < n; k++) {
        const i = this.locate(kids[k]!);
        const d = this.counts.data;
        d[i] = d[i]! - 1;
        if ((d[i]! & colorMask) !== gray) {
          d[i] = (d[i]! & ~colorMask) | gray;
          st.push(this.base);
        }
      }
    }
  }

  /** Scan: what still has a count, a root or a finalizer is live (black); the rest is white. */
  private scan(b: number): void {
    const st = this.stack;
    st.push(b);
    while (st.length > 0) {
      const i = this.locate(st.pop()!);
      const x = this.base;
      const w = this.counts.data[i]!;
      if ((w & colorMask) !== gray) continue;
      const s = this.heap.spanOf(x)!;
      if ((w & (countMask | rootedBit)) !== 0 || this.finalizers.has(s, x)) {
        this.scanBlack(x);
        continue;
      }
      this.counts.data[i] = w | white;
      for (let k = 0, n = this.pointersOf(x); k < n; k++) st.push(this.kids[k]!);
    }
  }

  /** ScanBlack: restore the counts of the subgraph from x, which is live after all. */
  private scanBlack(x: number): void {
    const i0 = this.locate(x);
    const d0 = this.counts.data;
    d0[i0] = d0[i0]! & ~colorMask;
    // A root or a finalizer kept it black with no heap references: it belongs in the ZCT.
    if ((d0[i0]! & countMask) === 0 && (d0[i0]! & zctBit) === 0) {
      d0[i0] = d0[i0]! | zctBit;
      this.zct.push(x);
      this.zctAdded++;
    }
    const st: number[] = [x];
    const kids = this.kids;
    while (st.length > 0) {
      for (let k = 0, n = this.pointersOf(st.pop()!); k < n; k++) {
        const i = this.locate(kids[k]!);
        const d = this.counts.data;
        d[i] = d[i]! + 1;
        if ((d[i]! & colorMask) !== 0) {
          d[i] = d[i]! & ~colorMask;
          st.push(this.base);
        }
      }
    }
  }

  /** CollectWhite: free the white subgraph from b; its internal counts are already gone. */
  private collectWhite(b: number): void {
    const st = this.stack;
    st.push(b);
    while (st.length > 0) {
      const i = this.locate(st.pop()!);
      const x = this.base;
      const w = this.counts.data[i]!;
      if ((w & colorMask) !== white || (w & bufferedBit) !== 0) continue;
      this.counts.data[i] = w & ~colorMask;
      for (let k = 0, n = this.pointersOf(x); k < n; k++) st.push(this.kids[k]!);
      this.free(this.heap.spanOf(x)!, x, i);
    }
  }
}

/**
 * The count words: one growable array, runs of it handed to spans by offset and
 * reused through per-length free lists. Growth copies, which is fine here: a
 * count per object is reference counting's price anyway, and offsets stay valid.
 */
class CountWords {
  data: Uint32Array;
  private top = 0;
  private readonly free: number[][] = [];

  constructor(initial: number) {
    this.data = new Uint32Array(initial);
  }

  /** A zeroed run of n words; its offset. */
  alloc(n: number): number {
    const list = this.free[n];
    if (list !== undefined && list.length > 0) {
      const off = list.pop()!;
      this.data.fill(0, off, off + n);
      return off;
    }
    if (this.top + n > this.data.length) {
      let len = this.data.length * 2;
      while (len < this.top + n) len *= 2;
      const bigger = new Uint32Array(len);
      bigger.set(this.data);
      this.data = bigger;
    }
    const off = this.top;
    this.top += n;
    return off;
  }

  release(off: number, n: number): void {
    let list = this.free[n];
    if (list === undefined) {
      list = [];
      this.free[n] = list;
    }
    list.push(off);
  }
}
