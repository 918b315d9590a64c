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

import type { GCStats } from '../collector.js';
import { formatGCTrace } from '../gctrace.js';
import { forcegcperiod, type GCOptions, nanotime } from '../mgc.js';

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

export class CycleStats {
  numgc = 0;
  numForcedGC = 0;
  readonly pauseNs = new Array<number>(256).fill(0);
  readonly pauseEnd = new Array<number>(256).fill(0);
  pauseTotalNs = 0;
  lastGC = 0;
  private gcCPUTime = 0;
  private readonly initTime = nanotime();
  private lastGCMono = this.initTime;

  constructor(
    private readonly procs: number,
    private readonly opts: GCOptions,
  ) {}

  /** gcTrigger.test's time trigger: GOGC on and no cycle for forcegcperiod. */
  periodic(gcPercent: number, now: number): boolean {
    return gcPercent >= 0 && now - this.lastGCMono > forcegcperiod;
  }

  record(c: STWCycle): void {
    const [a, b, sw] = c.phases;
    const pause = a + b + sw;
    const end = c.start + pause;
    this.gcCPUTime += pause * this.procs;
    this.numgc++;
    if (c.forced) this.numForcedGC++;
    const i = (this.numgc + 255) % 256;
    this.pauseNs[i] = pause;
    this.pauseEnd[i] = Date.now() * 1e6;
    this.pauseTotalNs += pause;
    this.lastGC = this.pauseEnd[i]!;
    this.lastGCMono = end;
    if (!this.opts.gctrace) return;
    const P = this.procs;
    this.opts.trace(
      formatGCTrace({
        numgc: this.numgc,
        sinceStartNs: c.start - this.initTime,
        utilPercent: Math.floor(this.gcCPUFraction() * 100),
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

  gcCPUFraction(): number {
    const total = (nanotime() - this.initTime) * this.procs;
    return total > 0 ? this.gcCPUTime / total : 0;
  }

  gcStats(): GCStats {
    return {
      LastGC: this.lastGC,
      PauseTotalNs: this.pauseTotalNs,
      PauseNs: this.pauseNs.slice(),
      PauseEnd: this.pauseEnd.slice(),
      NumGC: this.numgc,
      NumForcedGC: this.numForcedGC,
      GCCPUFraction: this.gcCPUFraction(),
    };
  }
}
