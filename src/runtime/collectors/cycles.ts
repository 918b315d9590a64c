// What the stop-the-world collectors (stw.ts, refcount.ts) share: the pacer's
// wiring, and the bookkeeping of a cycle that runs entirely with the world stopped
// — MemStats' GC fields and the gctrace line.
//
// Mirrors the accounting at the end of Go's gcMarkTermination (mgc.go): NumGC,
// the 256-entry PauseNs/PauseEnd rings, PauseTotalNs, LastGC, GCCPUFraction, and
// the gctrace line. A stop-the-world cycle is one pause, so its whole wall time is
// the pause and, as for Go's STW phases, costs every P that time (wall × GOMAXPROCS).
//
// gctrace keeps Go's three clock fields, each naming one stretch of the pause:
//
//   gc 4 @0.120s 3%: A+B+C ms clock, A·P+0/B·P/0+C·P ms cpu, h0->h1->h2 MB, ...
//        A = stopping and root work, B = the mark phase, C = sweeping
//
// Go's middle clock field is concurrent mark; here the same slot holds the phase
// that decides what is garbage (tracing, or trial deletion for reference
// counting), and its CPU goes in the background-worker slot because it ran on
// the one thread that was running while every P stood still.

import { formatGCTrace } from '../gctrace.js';
import type { GCOptions } from '../mgc.js';
import { GCCounters, type GCStats } from '../mstats.js';

/** One finished stop-the-world cycle. */
export interface STWCycle {
  /** nanotime() when the world stopped. */
  start: number;
  /** Wall time of: stop and roots, the mark phase, sweeping. */
  phases: [number, number, number];
  /** heapLive at the start, heapLive when marking ended, live bytes after it. */
  heap: [number, number, number];
  goal: number;
  globals: number;
  forced: boolean;
}

/** MemStats' GC fields and the gctrace line for collectors whose cycle is one pause. */
export class CycleStats {
  readonly counters: GCCounters;

  constructor(
    private readonly procs: number,
    private readonly opts: GCOptions,
  ) {
    this.counters = new GCCounters(procs);
  }

  periodic(gcPercent: number, now: number): boolean {
    return this.counters.periodic(gcPercent, now);
  }

  record(c: STWCycle): void {
    const [a, b, sw] = c.phases;
    const pause = a + b + sw;
    const P = this.procs;
    this.counters.addCPU(pause * P);
    this.counters.cycleDone(pause, c.start + pause, c.forced);
    if (!this.opts.gctrace) return;
    this.opts.trace(
      formatGCTrace({
        numgc: this.counters.numgc,
        sinceStartNs: c.start - this.counters.initTime,
        utilPercent: Math.floor(this.counters.gcCPUFraction() * 100),
        clock: c.phases,
        cpu: [a * P, 0, b * P, 0, sw * P],
        heap: c.heap,
        goal: c.goal,
        stacks: 0,
        globals: c.globals,
        procs: P,
        forced: c.forced,
      }),
    );
  }

  gcStats(): GCStats {
    return this.counters.gcStats();
  }
}
