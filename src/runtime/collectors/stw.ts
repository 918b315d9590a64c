// Stop-the-world mark-sweep: the collector Go had before 1.5, for comparison.
//
// Go's collector runs mark concurrently with the program and needs a write
// barrier, allocate-black and assists to keep it correct (mgc.ts). This one does
// the textbook thing instead: when the heap reaches the pacer's trigger (the same
// GCController, so GOGC and GOMEMLIMIT set the same heap goals) or runtime.GC is
// called, it stops the world, marks everything reachable from the roots to
// completion, sweeps every span, and resumes. The program never runs while a
// cycle is in progress, so no hook is needed: writeBarrier, allocBlack and
// assistEnabled stay false, and the only cost outside a cycle is the trigger test
// at allocation slow paths. The price is the pause, which is the whole cycle and
// grows with the live heap.
//
//   program ──trigger──▶ [ stop · roots │ mark all │ sweep all ] ──▶ program
//                          clock A        clock B     clock C      (gctrace)
//
// Marking reuses Marker (markroot, scanobject), sweeping reuses Sweeper (objects
// with finalizers are queued and kept one more cycle, as in Go), and the cycle is
// accounted as one pause in MemStats (cycles.ts). Invariants: outside a cycle
// every span is swept and every mark bit is clear.

import type { Collector } from '../collector.js';
import { Finalizers } from '../mfinal.js';
import type { GCOptions } from '../mgc.js';
import { Marker } from '../mgcmark.js';
import type { GCTriggerKind } from '../mgcpacer.js';
import { Sweeper } from '../mgcsweep.js';
import { GCWork } from '../mgcwork.js';
import type { MHeap } from '../mheap.js';
import { FatalError } from '../panic.js';
import type { Roots } from '../roots.js';
import type { P } from '../runtime.js';
import { nanotime } from '../time.js';
import { CycleStats } from './cycles.js';

export class STW implements Collector {
  readonly kind = 'stw' as const;
  readonly work = new GCWork();
  readonly marker: Marker;
  readonly sweeper: Sweeper;
  readonly finalizers: Finalizers;
  readonly onCycleStart: (() => void)[] = [];
  private readonly stats: CycleStats;
  private inCollect = false;

  constructor(
    private readonly heap: MHeap,
    private readonly roots: Roots,
    private readonly allp: P[],
    opts: GCOptions,
  ) {
    this.marker = new Marker(heap, this.work, roots);
    this.finalizers = new Finalizers(heap, roots);
    this.sweeper = new Sweeper(heap, this.finalizers);
    this.stats = new CycleStats(allp.length, opts);
    heap.attachSweeper(this.sweeper);
  }

  get rootSources() {
    return this.marker.rootSources;
  }

  // The program never runs during a cycle, so these are never asked for.
  writeBarrier(): void {}
  bulkWrite(): void {}
  globalWrite(): void {}
  markNew(): void {}
  assistAlloc(): void {}

  /** gcTrigger.test at an allocation slow path: the heap trigger, or the 2-minute period. */
  allocSlow(): void {
    if (this.inCollect || this.heap.gcStartBlocked > 0) return;
    const ctl = this.heap.gcController;
    if (ctl.heapLive >= ctl.trigger()) this.cycle('heap');
    else if (this.stats.periodic(ctl.gcPercent, nanotime())) this.cycle('time');
  }

  /** runtime.GC: one forced cycle, then the queued finalizers. */
  collect(): void {
    if (this.inCollect) throw new FatalError('runtime.GC called from a finalizer during collection');
    this.cycle('cycle');
    this.finalizers.run();
  }

  setFinalizer(p: number, fn: ((p: number) => void) | null, tinyOK: boolean): void {
    this.finalizers.set(p, fn, tinyOK, null);
  }

  gcStats() {
    return this.stats.gcStats();
  }

  /** One whole collection with the world stopped. */
  private cycle(trigger: GCTriggerKind): void {
    this.inCollect = true;
    try {
      const ctl = this.heap.gcController;
      const t0 = nanotime();
      for (const f of this.onCycleStart) f();
      // Stop the world: every P's cached span and tiny block go back to the heap,
      // so every object is in a span the sweep will reach.
      for (const p of this.allp) p.mcache.releaseAll();
      const heap0 = ctl.heapLive;
      this.work.reset();
      ctl.startCycle(t0, this.allp.length, trigger);
      this.marker.markRoots();
      this.finalizers.markReferents(this.marker);
      this.finalizers.scanQueued(this.marker.shadeFn);
      ctl.globalsScanWork += this.roots.nglobals * 8;
      ctl.stackScanWork += this.marker.stackScanned;
      const t1 = nanotime();
      ctl.heapScanWork += this.marker.drain(Number.POSITIVE_INFINITY);
      const t2 = nanotime();
      const heap1 = ctl.heapLive;
      ctl.endCycle(t2, this.allp.length);
      ctl.resetLive(this.work.bytesMarked);
      this.heap.sweepgen += 2;
      this.sweeper.start(this.heap.stats.heapInUse / 8192, ctl.heapLive, ctl.trigger());
      while (this.sweeper.sweepone() >= 0) {
        // every span, before the world restarts
      }
      ctl.commit();
      const t3 = nanotime();
      this.stats.record({
        start: t0,
        phases: [t1 - t0, t2 - t1, t3 - t2],
        heap: [heap0, heap1, this.work.bytesMarked],
        goal: ctl.lastHeapGoal,
        globals: ctl.globalsScan,
        forced: trigger === 'cycle',
      });
    } finally {
      this.inCollect = false;
    }
  }
}
