// Go's garbage collector: concurrent tri-color mark-sweep with the hybrid write
// barrier, paced by the GC controller.
//
// Mirrors Go's runtime/mgc.go (gcStart, gcMarkDone, gcMarkTermination, GC,
// gcTrigger.test, forcegcperiod), mgcmark.go (gcAssistAlloc) and the background
// mark worker's 25% utilisation goal (mgcpacer.go).
//
//   _GCoff ──trigger──▶ [STW: sweep termination] ──▶ _GCmark (concurrent)
//      ▲                                                  │ grey set empty
//      └── sweeping (lazy, proportional, background) ◀── [STW: mark termination]
//
// "Concurrent" on one thread means marking advances in bounded increments
// interleaved with the program: assists charged to allocation (the allocating
// program pays for the scan work its allocation demands, at the pacer's
// assistWorkPerByte), and background work at allocation slow paths that keeps GC
// time at 25% of the time since marking began. The two stop-the-world phases do
// no work proportional to the heap or to the number of goroutines: sweep
// termination flips state and greys the tiny blocks; mark termination flushes
// the Ps' caches and flips sweepgen. What Go's gcStart does before it stops the
// world (starting mark workers, the Go runner's allgs.ts) runs in onBeforeStart,
// where allocating starts no cycle; a cycle's stack work waits for the root scan.
//
// While marking: new objects are black (allocBlack), every pointer store shades
// the overwritten pointer and — until the handle stack has been scanned — the new
// one (writeBarrier). Roots are scanned in the first increment.

import type { Collector } from './collector.js';
import { formatGCTrace } from './gctrace.js';
import { Finalizers } from './mfinal.js';
import { GCCPULimiter } from './mgclimit.js';
import { Marker } from './mgcmark.js';
import type { GCTriggerKind } from './mgcpacer.js';
import { Sweeper } from './mgcsweep.js';
import { GCWork } from './mgcwork.js';
import type { MHeap } from './mheap.js';
import type { MSpan } from './mspan.js';
import { GCCounters, type GCStats } from './mstats.js';
import { FatalError } from './panic.js';
import type { Roots } from './roots.js';
import type { P } from './runtime.js';
import { nanotime } from './time.js';

export enum GCPhase {
  Off = 0,
  Mark = 1,
  MarkTermination = 2,
}

import { gcBackgroundUtilization, gcOverAssistWork } from './mgcpacer.js';

/** Background work slices are bounded so the program is never held up long. */
const bgSliceBytes = 256 << 10;

export interface GCOptions {
  /** GODEBUG=gctrace=1: one line per cycle. */
  gctrace: boolean;
  /** GODEBUG=gccheckmark=1: re-mark from the roots at mark termination and fail on a white reachable object. */
  checkmark: boolean;
  /** Where gctrace lines go (stderr by default). */
  trace: (line: string) => void;
}

export class GC implements Collector {
  readonly kind = 'go' as const;
  phase = GCPhase.Off;
  readonly work = new GCWork();
  readonly marker: Marker;
  readonly sweeper: Sweeper;
  readonly finalizers: Finalizers;
  /** At most ~50% of CPU to GC: while it limits, assists stop. */
  readonly limiter: GCCPULimiter;
  /**
   * Called when a cycle is about to start, its sweep finished, before the world
   * stops: what Go's gcStart does there (gcBgMarkStartWorkers). It may allocate;
   * no cycle starts from those allocations.
   */
  readonly onBeforeStart: (() => void)[] = [];
  /** Called at the start of every cycle, before marking (sync.Pool's poolcleanup). */
  readonly onCycleStart: (() => void)[] = [];
  /** Called at mark termination once the pacer committed the next goal (the scavenger's pacing). */
  readonly onMarkTermination: (() => void)[] = [];

  /** MemStats' GC fields. */
  readonly counters: GCCounters;

  /** Hybrid barrier: the handle stack has not been scanned yet this cycle. */
  private stackGrey = false;
  private rootsDone = false;
  /** Mutator assist credit in bytes of allocation (Go's gcAssistBytes). */
  private assistBytes = 0;
  private inCollect = false;
  /** gcStart is running its onBeforeStart hooks. */
  private starting = false;

  // Per-cycle figures for gctrace.
  private tSweepTerm = 0;
  private tMark = 0;
  private tMarkTerm = 0;
  private sweepTermCpu = 0;
  private assistTime = 0;
  private bgTime = 0;
  private heap0 = 0;
  private heap1 = 0;
  private userForced = false;
  private pauseNS = 0;

  constructor(
    private readonly heap: MHeap,
    private readonly roots: Roots,
    private readonly allp: P[],
    private readonly opts: GCOptions,
  ) {
    this.marker = new Marker(heap, this.work, roots);
    this.finalizers = new Finalizers(heap, roots);
    this.sweeper = new Sweeper(heap, this.finalizers);
    this.counters = new GCCounters(allp.length);
    this.limiter = new GCCPULimiter(this.counters.initTime, allp.length);
    heap.attachSweeper(this.sweeper);
  }

  private get ctl() {
    return this.heap.gcController;
  }

  // ── Collector hooks ───────────────────────────────────────────────────────

  get rootSources() {
    return this.marker.rootSources;
  }

  /** mbarrier.go's hybrid barrier: shade(*slot); if the stack is grey, shade(ptr). */
  writeBarrier(slot: number, ptr: number): void {
    this.marker.shade(this.heap.arena.u32[slot >>> 2]!);
    if (this.stackGrey) this.marker.shade(ptr);
  }

  /**
   * growslice's bulkBarrierPreWriteSrcOnly: the copied pointers are shaded, so the
   * old array dying cannot hide them from a black new array.
   */
  bulkWrite(dst: number, n: number): void {
    this.marker.scanRange(dst, n);
  }

  globalWrite(old: number, ptr: number): void {
    if (this.phase !== GCPhase.Mark) return;
    this.marker.shade(old);
    if (this.stackGrey) this.marker.shade(ptr);
  }

  markNew(s: MSpan, idx: number): void {
    this.marker.markNew(s, idx);
  }

  /** deductAssistCredit + gcAssistAlloc: pay for allocation with scan work. */
  assistAlloc(size: number): void {
    this.assistBytes -= size;
    if (this.assistBytes >= 0 || this.limiter.limiting()) return;
    const ctl = this.ctl;
    // Steal background credit first (gcAssistAlloc's bgScanCredit).
    const debtWork = Math.ceil(-this.assistBytes * ctl.assistWorkPerByte);
    if (ctl.bgScanCredit > 0) {
      const stolen = Math.min(ctl.bgScanCredit, debtWork);
      ctl.bgScanCredit -= stolen;
      this.assistBytes += stolen * ctl.assistBytesPerWork;
      if (this.assistBytes >= 0) return;
    }
    const t0 = nanotime();
    const want = Math.max(Math.ceil(-this.assistBytes * ctl.assistWorkPerByte), gcOverAssistWork);
    const done = this.markWork(want);
    this.assistBytes += done * ctl.assistBytesPerWork;
    const dt = nanotime() - t0;
    this.assistTime += dt;
    ctl.assistTime += dt;
    this.limiter.addAssistTime(dt);
    this.counters.addCPU(dt);
    this.checkMarkDone();
    // Out of work to do and still in debt: the cycle is ending; forgive the rest.
    if (this.phase === GCPhase.Mark && this.assistBytes < 0 && done === 0) this.assistBytes = 0;
  }

  /** The allocator took a slow path: trigger, pace sweeping, do background work. */
  allocSlow(): void {
    if (this.inCollect || this.starting) return;
    // The background scavenger's turn (it also gets one whenever a span is allocated).
    this.heap.scavenger?.poll();
    const now = nanotime();
    if (this.limiter.needUpdate(now)) this.limiter.update(now);
    if (this.phase === GCPhase.Mark) {
      this.backgroundMark();
      return;
    }
    this.sweeper.deductSweepCredit(this.ctl.heapLive);
    if (this.heap.gcStartBlocked > 0) return;
    // gcTrigger.test: the heap reached the trigger, or (GOGC on) no cycle for 2 minutes.
    if (this.ctl.heapLive >= this.ctl.trigger()) this.gcStart('heap');
    else if (this.counters.periodic(this.ctl.gcPercent, now)) this.gcStart('time');
  }

  /** SetFinalizer during marking scans the object, so its referents survive this cycle. */
  setFinalizer(p: number, fn: ((p: number) => void) | null, tinyOK: boolean): void {
    this.finalizers.set(p, fn, tinyOK, this.phase === GCPhase.Mark ? this.marker : null);
  }

  gcStats(): GCStats {
    return this.counters.gcStats();
  }

  /** Completed cycles (MemStats.NumGC). */
  get numgc(): number {
    return this.counters.numgc;
  }

  /** runtime.GC: finish any cycle in progress, run a full forced one, sweep everything. */
  collect(): void {
    if (this.inCollect) throw new FatalError('runtime.GC called from a finalizer during collection');
    this.inCollect = true;
    try {
      if (this.phase === GCPhase.Mark) this.finishMark();
      this.gcStart('cycle');
      this.finishMark();
      while (this.sweeper.sweepone() >= 0) {
        // sweep everything before returning, as runtime.GC does
      }
    } finally {
      this.inCollect = false;
    }
    this.finalizers.run();
  }

  /**
   * Starts a cycle as the heap trigger would, without finishing it: marking then
   * proceeds in increments (step, assists, background work). For tools and tests
   * that want to interleave the program with a cycle in progress.
   */
  begin(): void {
    if (this.phase !== GCPhase.Off || this.inCollect) return;
    this.gcStart('heap');
  }

  /**
   * One increment of collector work: up to `budget` bytes of marking while a cycle
   * marks (terminating it when the grey set empties), else one span of sweeping.
   * Returns false when there was nothing to do.
   */
  step(budget: number): boolean {
    if (this.phase === GCPhase.Mark) {
      this.markWork(budget);
      this.checkMarkDone();
      return true;
    }
    return this.sweeper.sweepone() >= 0;
  }

  // ── The cycle ─────────────────────────────────────────────────────────────

  /** gcStart: finish sweeping, stop the world, enter the mark phase. */
  private gcStart(trigger: GCTriggerKind): void {
    const forced = trigger === 'cycle';
    while (this.sweeper.sweepone() >= 0) {
      // the previous cycle's sweep must be complete (gcStart's sweepone loop)
    }
    if (this.onBeforeStart.length > 0) {
      this.starting = true;
      try {
        for (const f of this.onBeforeStart) f();
      } finally {
        this.starting = false;
      }
    }
    const now = nanotime();
    this.tSweepTerm = now;
    this.userForced = forced;
    this.heap0 = this.ctl.heapLive;
    for (const f of this.onCycleStart) f();
    this.work.reset();
    this.limiter.startGCTransition(true, now);
    this.ctl.startCycle(now, this.allp.length, trigger);
    this.assistBytes = 0;
    this.assistTime = 0;
    this.bgTime = 0;
    this.phase = GCPhase.Mark;
    this.heap.allocBlack = true;
    this.heap.assistEnabled = true;
    this.heap.writeBarrier = true;
    this.stackGrey = true;
    this.rootsDone = false;
    // gcMarkTinyAllocs: tiny blocks are allocated from, so they must be black.
    for (const p of this.allp) if (p.mcache.tiny !== 0) this.marker.shade(p.mcache.tiny);
    this.tMark = nanotime();
    this.limiter.finishGCTransition(this.tMark);
    this.pauseNS = this.tMark - now;
    this.sweepTermCpu = this.pauseNS * this.allp.length;
    this.counters.addCPU(this.sweepTermCpu);
  }

  /** Background worker emulation: keep GC time at 25% of the time since mark began. */
  private backgroundMark(): void {
    const now = nanotime();
    const owed = gcBackgroundUtilization * (now - this.tMark) - this.bgTime;
    if (owed <= 0 && this.rootsDone) return;
    const deadline = now + Math.max(owed, 0);
    do {
      const done = this.markWork(bgSliceBytes);
      this.ctl.bgScanCredit += done;
      if (done === 0) break;
    } while (nanotime() < deadline && this.phase === GCPhase.Mark);
    const dt = nanotime() - now;
    this.bgTime += dt;
    this.ctl.fractionalMarkTime += dt;
    this.counters.addCPU(dt);
    this.checkMarkDone();
  }

  /** One increment of mark work: roots first, then up to `budget` bytes of grey objects. */
  private markWork(budget: number): number {
    let done = 0;
    if (!this.rootsDone) {
      done += this.marker.markRoots();
      this.finalizers.markReferents(this.marker);
      // Go counts data+bss into globalsScan when a module loads; gomem's globals
      // appear as the program makes them, so the count is brought up to date here,
      // before the goal is committed from it at mark termination.
      const globals = this.roots.nglobals * 8;
      if (globals !== this.ctl.globalsScan) this.ctl.addGlobals(globals - this.ctl.globalsScan);
      this.ctl.globalsScanWork += globals;
      this.ctl.stackScanWork += this.marker.stackScanned;
      this.stackGrey = false;
      this.rootsDone = true;
    }
    const scanned = this.marker.drain(budget);
    this.ctl.heapScanWork += scanned;
    return done + scanned;
  }

  private checkMarkDone(): void {
    if (this.phase === GCPhase.Mark && this.rootsDone && this.work.empty) this.gcMarkTermination();
  }

  /** Drain all remaining mark work and terminate (runtime.GC, or a cycle being joined). */
  private finishMark(): void {
    const t0 = nanotime();
    while (this.phase === GCPhase.Mark) {
      this.markWork(Number.POSITIVE_INFINITY);
      this.checkMarkDone();
    }
    this.bgTime += nanotime() - t0;
  }

  /** gcMarkTermination: stop the world, check, flush, flip sweepgen, start sweeping. */
  private gcMarkTermination(): void {
    const start = nanotime();
    this.tMarkTerm = start;
    this.phase = GCPhase.MarkTermination;
    this.heap.allocBlack = false;
    this.heap.assistEnabled = false;
    this.heap.writeBarrier = false;
    if (this.opts.checkmark) this.checkmark();
    const ctl = this.ctl;
    this.heap1 = ctl.heapLive;
    this.limiter.startGCTransition(false, start);
    for (const p of this.allp) p.mcache.releaseAll();
    ctl.endCycle(start, this.allp.length);
    ctl.resetLive(this.work.bytesMarked);
    this.heap.sweepgen += 2;
    this.phase = GCPhase.Off;
    this.sweeper.start(this.heap.stats.heapInUse / 8192, ctl.heapLive, ctl.trigger());
    ctl.commit();
    for (const f of this.onMarkTermination) f();

    const end = nanotime();
    this.counters.addCPU((end - start) * this.allp.length);
    this.counters.cycleDone(this.pauseNS + (end - start), end, this.userForced);
    this.limiter.finishGCTransition(end);
    if (this.opts.gctrace) {
      this.opts.trace(
        formatGCTrace({
          numgc: this.numgc,
          sinceStartNs: this.tSweepTerm - this.counters.initTime,
          utilPercent: Math.floor(this.counters.gcCPUFraction() * 100),
          clock: [this.tMark - this.tSweepTerm, this.tMarkTerm - this.tMark, end - this.tMarkTerm],
          cpu: [this.sweepTermCpu, this.assistTime, this.bgTime, 0, (end - start) * this.allp.length],
          heap: [this.heap0, this.heap1, this.work.bytesMarked],
          goal: ctl.lastHeapGoal,
          stacks: ctl.maxStackScan,
          globals: ctl.globalsScan,
          procs: this.allp.length,
          forced: this.userForced,
        }),
      );
    }
  }

  /**
   * gccheckmark: with the world stopped, re-mark everything reachable from the
   * roots using a private visited set and fail if any reachable object was left
   * white by the concurrent mark.
   */
  private checkmark(): void {
    const visited = new Set<number>();
    const stack: number[] = [];
    const heap = this.heap;
    const visit = (p: number): void => {
      if (p === 0) return;
      const s = heap.spanOf(p);
      if (s === null) return;
      const idx = s.objIndex(p);
      const base = s.startAddr + idx * s.elemsize;
      if (visited.has(base)) return;
      visited.add(base);
      if (!s.isMarked(idx)) {
        throw new FatalError(
          'checkmark found unmarked object',
          `runtime: checkmarks found unexpected unmarked object obj=0x${base.toString(16)}`,
        );
      }
      if (!s.noscan) stack.push(base);
    };
    const r = this.roots;
    for (let i = 0; i < r.top; i++) visit(r.stack[i]!);
    for (let i = 0; i < r.nglobals; i++) visit(r.globals[i]!);
    for (const src of this.marker.rootSources) src.scanRoots(visit);
    this.finalizers.scanQueued(visit);
    const hb = heap.heapBits;
    const u32 = heap.arena.u32;
    while (stack.length > 0) {
      const b = stack.pop()!;
      const end = (b + heap.spanOf(b)!.elemsize) >>> 3;
      for (let w = hb.nextPointer(b >>> 3, end); w < end; w = hb.nextPointer(w + 1, end)) visit(u32[w << 1]!);
    }
  }
}
