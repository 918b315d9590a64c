// Memory statistics: the counters the allocator keeps and the MemStats it reports.
//
// Mirrors Go's runtime/mstats.go (heapStatsDelta, readmemstats_m) and the gcController
// byte counters (heapInUse, heapFree, heapReleased, totalAlloc). Counting follows Go:
//
//   - An mcache counts a span's allocations when it hands the span back (refill,
//     releaseAll), as allocCount − allocCountBeforeCache; readMemStats first flushes
//     every mcache, exactly as Go's ReadMemStats does, so the counts are exact.
//   - Tiny allocations that fit an existing 16-byte block are counted in
//     tinyAllocCount and reported in both Mallocs and Frees; the blocks themselves
//     are class-2 allocations. So 100 one-byte objects add 100 to Mallocs, 93 to
//     Frees and 7 × 16 = 112 to TotalAlloc.
//   - Heap memory is in use (spans), free (pages retained), or released (pages
//     returned to, or never taken from, the OS); HeapSys is their sum. Pages
//     holding goroutine stacks are none of these: StackInuse (= StackSys) counts
//     them, and Sys includes them.
//
// Sys is the sum of the *Sys fields, which is Go's invariant. The off-heap fields
// are gomem's own: MSpanInuse counts Go's 144-byte mspan records (allocated in
// 16 KiB chunks, as Go's fixalloc does), MCacheInuse Go's 1200-byte mcaches, and
// GCSys the real bytes of gomem's heap metadata (heap bitmap, page bitmaps, span
// bits).

import { _NumSizeClasses, class_to_size } from './sizeclasses.js';
import { nanotime, walltime } from './time.js';

/** Go 1.19's unsafe.Sizeof(mspan{}) and unsafe.Sizeof(mcache{}) on amd64. */
export const mspanSize = 144;
export const mcacheSize = 1200;
/** Go's _FixAllocChunk: records are carved from chunks of this size, whole records only. */
export const fixAllocChunk = 16 << 10;

/** How many Go-sized records a fixalloc holds and how much memory it has mapped. */
export class FixAlloc {
  inuse = 0;
  sys = 0;
  private capacity = 0;

  constructor(readonly size: number) {}

  alloc(): void {
    this.inuse += this.size;
    if (this.inuse > this.capacity) {
      const chunk = Math.floor(fixAllocChunk / this.size) * this.size;
      this.capacity += chunk;
      this.sys += chunk;
    }
  }

  free(): void {
    this.inuse -= this.size;
  }
}

/** The runtime's consistent counters (heapStatsDelta plus gcController's). */
export class HeapStats {
  readonly smallAllocCount = new Float64Array(_NumSizeClasses);
  readonly smallFreeCount = new Float64Array(_NumSizeClasses);
  largeAlloc = 0;
  largeAllocCount = 0;
  largeFree = 0;
  largeFreeCount = 0;
  tinyAllocCount = 0;
  heapInUse = 0;
  heapFree = 0;
  heapReleased = 0;
  /** Bytes in manual spans holding goroutine stacks (Go's consistent stat inStacks). */
  stackInUse = 0;
  /** Bytes the mcaches have handed out, per span flush (gcController.totalAlloc). */
  totalAlloc = 0;
  /** Memory outside the heap that is not metadata: the nil page. */
  otherSys = 0;
  readonly spanalloc = new FixAlloc(mspanSize);
  readonly cachealloc = new FixAlloc(mcacheSize);

  /** Bytes the sweeper freed (gcController.totalFree), checked against the counts by readMemStats. */
  totalFree = 0;
}

/** forcegcperiod: a cycle is forced when none ran for 2 minutes. */
export const forcegcperiod = 2 * 60 * 1e9;

/** MemStats' GC fields, as a collector reports them to readMemStats. */
export type GCStats = Pick<
  MemStats,
  'LastGC' | 'PauseTotalNs' | 'PauseNs' | 'PauseEnd' | 'NumGC' | 'NumForcedGC' | 'GCCPUFraction'
>;

/**
 * The collector's entries in memstats (Go's memstats.numgc, pause_ns, pause_end,
 * pause_total_ns, last_gc_unix, numforcedgc, gc_cpu_fraction), recorded at the
 * end of each cycle as gcMarkTermination does, for whichever collector runs.
 */
export class GCCounters {
  numgc = 0;
  numForcedGC = 0;
  readonly pauseNs = new Array<number>(256).fill(0);
  readonly pauseEnd = new Array<number>(256).fill(0);
  pauseTotalNs = 0;
  lastGC = 0;
  /** GC CPU time since start: stop-the-world time × Ps, assists, background work. */
  private gcCPUTime = 0;
  readonly initTime = nanotime();
  private lastGCMono = this.initTime;

  constructor(private readonly procs: number) {}

  addCPU(ns: number): void {
    this.gcCPUTime += ns;
  }

  /** A cycle ended at the monotonic instant `end` after `pause` ns with the world stopped. */
  cycleDone(pause: number, end: number, forced: boolean): void {
    this.numgc++;
    if (forced) this.numForcedGC++;
    const i = (this.numgc + 255) % 256;
    this.pauseNs[i] = pause;
    this.pauseEnd[i] = walltime(end);
    this.pauseTotalNs += pause;
    this.lastGC = this.pauseEnd[i]!;
    this.lastGCMono = end;
  }

  /** gcTrigger.test's time trigger: GOGC on and no cycle for forcegcperiod. */
  periodic(gcPercent: number, now: number): boolean {
    return gcPercent >= 0 && now - this.lastGCMono > forcegcperiod;
  }

  /** MemStats.GCCPUFraction: GC's share of the CPU time available since start. */
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

export interface BySizeEntry {
  Size: number;
  Mallocs: number;
  Frees: number;
}

/** runtime.MemStats, field for field (uint64 fields as numbers: exact below 2^53). */
export interface MemStats {
  Alloc: number;
  TotalAlloc: number;
  Sys: number;
  Lookups: number;
  Mallocs: number;
  Frees: number;
  HeapAlloc: number;
  HeapSys: number;
  HeapIdle: number;
  HeapInuse: number;
  HeapReleased: number;
  HeapObjects: number;
  StackInuse: number;
  StackSys: number;
  MSpanInuse: number;
  MSpanSys: number;
  MCacheInuse: number;
  MCacheSys: number;
  BuckHashSys: number;
  GCSys: number;
  OtherSys: number;
  NextGC: number;
  LastGC: number;
  PauseTotalNs: number;
  PauseNs: number[];
  PauseEnd: number[];
  NumGC: number;
  NumForcedGC: number;
  GCCPUFraction: number;
  EnableGC: boolean;
  DebugGC: boolean;
  BySize: BySizeEntry[];
}

/** len(MemStats.BySize): Go keeps 61 entries for compatibility. */
export const bySizeLen = 61;

/** Where readMemStats gets what the stats alone do not know. */
export interface MemStatsSource {
  readonly stats: HeapStats;
  /** Bytes of heap metadata outside the arena. */
  gcSys(): number;
  /** The heap goal (NextGC). */
  heapGoal(): number;
  /** The collector's own counters. */
  gcStats(): GCStats;
}

/** readmemstats_m, after the caller flushed every mcache. */
export function readMemStats(src: MemStatsSource): MemStats {
  const s = src.stats;
  let totalAlloc = s.largeAlloc;
  let nMalloc = s.largeAllocCount;
  let totalFree = s.largeFree;
  let nFree = s.largeFreeCount;
  const bySize: BySizeEntry[] = [];
  for (let i = 0; i < _NumSizeClasses; i++) {
    const size = class_to_size[i]!;
    const a = s.smallAllocCount[i]!;
    const f = s.smallFreeCount[i]!;
    totalAlloc += a * size;
    nMalloc += a;
    totalFree += f * size;
    nFree += f;
    if (i < bySizeLen) bySize.push({ Size: size, Mallocs: a, Frees: f });
  }
  nFree += s.tinyAllocCount;
  nMalloc += s.tinyAllocCount;
  if (totalAlloc !== s.totalAlloc) {
    throw new Error(`gomem: totalAlloc=${s.totalAlloc} but the consistent stats say ${totalAlloc}`);
  }
  if (totalFree !== s.totalFree) {
    throw new Error(`gomem: totalFree=${s.totalFree} but the consistent stats say ${totalFree}`);
  }

  const heapSys = s.heapInUse + s.heapFree + s.heapReleased;
  const gcSys = src.gcSys();
  const stats: MemStats = {
    Alloc: totalAlloc - totalFree,
    TotalAlloc: totalAlloc,
    Sys: heapSys + s.stackInUse + s.spanalloc.sys + s.cachealloc.sys + gcSys + s.otherSys,
    Lookups: 0,
    Mallocs: nMalloc,
    Frees: nFree,
    HeapAlloc: totalAlloc - totalFree,
    HeapSys: heapSys,
    HeapIdle: s.heapFree + s.heapReleased,
    HeapInuse: s.heapInUse,
    HeapReleased: s.heapReleased,
    HeapObjects: nMalloc - nFree,
    StackInuse: s.stackInUse,
    // Go adds stacks_sys, memory mapped for OS thread stacks: none here.
    StackSys: s.stackInUse,
    MSpanInuse: s.spanalloc.inuse,
    MSpanSys: s.spanalloc.sys,
    MCacheInuse: s.cachealloc.inuse,
    MCacheSys: s.cachealloc.sys,
    BuckHashSys: 0,
    GCSys: gcSys,
    OtherSys: s.otherSys,
    NextGC: src.heapGoal(),
    ...src.gcStats(),
    EnableGC: true,
    DebugGC: false,
    BySize: bySize,
  };
  return stats;
}
