// Runtime: one Go heap with its Ps, types and roots — the engine's public surface.
//
// Mirrors the start-up and entry points of Go's runtime: mallocinit and schedinit
// (proc.go: GOMAXPROCS Ps, each with an mcache), newobject / newarray / makeslice /
// growslice / rawstring (malloc.go, slice.go, string.go), writePointer (the one
// path for pointer stores, where mbarrier.go's write barrier sits),
// ReadMemStats (mstats.go), sync.Pool (pool.ts, cleaned at each GC start) and
// debug.FreeOSMemory with the background scavenger (mgcscavenge.ts, paced at
// every pacer commit). The faces above — the TypeScript API, the CLI, the Go
// runner — use only this surface.
//
// The collector is chosen when the runtime is created (RuntimeOptions.collector):
// Go's concurrent collector (mgc.ts), or one of the algorithms Go does not use,
// kept for comparison (collectors/). The allocator, writePointer and the roots
// reach it only through the Collector interface.
//
// Safety: every operation validates its inputs before changing anything, so a
// failed call (nil dereference, bad index, bad pointer, out of memory) leaves the
// heap exactly as it was.

import { availableParallelism } from 'node:os';
import { maxArenaBytes } from './arena.js';
import type { Collector, CollectorKind } from './collector.js';
import { RefCount } from './collectors/refcount.js';
import { STW } from './collectors/stw.js';
import { mallocgc, newobject, zerobase } from './malloc.js';
import { typedmemmove } from './mbarrier.js';
import { MCache } from './mcache.js';
import { GC } from './mgc.js';
import { GCCPULimiter } from './mgclimit.js';
import { readGOGC, readGOMEMLIMITBig } from './mgcpacer.js';
import { Scavenger } from './mgcscavenge.js';
import { MHeap } from './mheap.js';
import type { MSpan } from './mspan.js';
import { type MemStats, readMemStats } from './mstats.js';
import { nilPanic, RuntimeError } from './panic.js';
import { Pool, Pools } from './pool.js';
import { type Global, type HandleScope, Roots } from './roots.js';
import { _PageSize } from './sizeclasses.js';
import { growsliceCap, makesliceSize, maxAlloc } from './slice.js';
import { utf8Length, writeUTF8 } from './string.js';
import { nanotime } from './time.js';
import { type Type, Types } from './type.js';
import { needsWarmUp, warmUp, warmUpArenaBytes } from './warmup.js';

export interface RuntimeOptions {
  /** Number of Ps (GOMAXPROCS); default $GOMAXPROCS, else the number of CPUs. */
  gomaxprocs?: number;
  /** GC percent (GOGC), or 'off'; default $GOGC, else 100. */
  gogc?: number | 'off';
  /** Soft memory limit in bytes (GOMEMLIMIT); default $GOMEMLIMIT, else math.MaxInt64. */
  memoryLimit?: bigint | number;
  /** GODEBUG=gctrace=1: a line per GC cycle; default from $GODEBUG. */
  gctrace?: boolean;
  /** GODEBUG=gccheckmark=1: verify each concurrent mark; default from $GODEBUG. */
  gccheckmark?: boolean;
  /** GODEBUG=scavtrace=1: a line per sweep the scavenger worked after, and per FreeOSMemory; default from $GODEBUG. */
  scavtrace?: boolean;
  /** Where gctrace and scavtrace lines go; default process.stderr. */
  trace?: (line: string) => void;
  /** Address space to reserve, a multiple of 8192 from 4 MiB (one heap chunk) up to 4 GiB; default 4 GiB. */
  arenaBytes?: number;
  /** Check each field access against the object's type (default true). */
  checks?: boolean;
  /**
   * Which collector manages the heap: 'go' (Go's concurrent tri-color collector),
   * 'stw' (stop-the-world mark-sweep) or 'refcount' (reference counting); default
   * $GOMEMCOLLECTOR, else 'go'. All three keep Go's allocator and MemStats.
   */
  collector?: CollectorKind;
  /** With collector 'refcount': collect garbage cycles by trial deletion (default true). */
  cycleCollector?: boolean;
  /** Environment to read GOGC, GOMAXPROCS and GOMEMCOLLECTOR from; default process.env. */
  env?: Record<string, string | undefined>;
}

/** A P: a logical processor with its own mcache (proc.go's p). */
export class P {
  readonly mcache: MCache;

  constructor(
    readonly id: number,
    heap: MHeap,
  ) {
    this.mcache = new MCache(heap);
  }
}

/** The value of one GODEBUG setting (name=value pairs separated by commas). */
export function godebug(env: string | undefined, name: string): string | undefined {
  for (const kv of (env ?? '').split(',')) {
    const eq = kv.indexOf('=');
    if (eq > 0 && kv.slice(0, eq) === name) return kv.slice(eq + 1);
  }
  return undefined;
}

export class Runtime {
  readonly heap: MHeap;
  readonly types = new Types();
  readonly allp: P[] = [];
  readonly roots: Roots;
  readonly checks: boolean;
  /** The collector chosen at construction; see RuntimeOptions.collector. */
  readonly collector: Collector;
  /** The sync.Pools (their caches are roots; each cycle start ages them, over two cycles). */
  readonly pools: Pools;
  /** The background scavenger and FreeOSMemory. */
  readonly scavenger: Scavenger;
  /** The P the running code allocates on (and whose sync.Pool caches it uses). */
  p: P;

  constructor(opts: RuntimeOptions = {}) {
    const env = opts.env ?? process.env;
    const gcPercent = opts.gogc === 'off' ? -1 : (opts.gogc ?? readGOGC(env.GOGC));
    const envProcs = Number.parseInt(env.GOMAXPROCS ?? '', 10);
    const procs = opts.gomaxprocs ?? (envProcs > 0 ? envProcs : availableParallelism());
    if (!Number.isInteger(procs) || procs < 1) throw new RangeError(`gomem: invalid GOMAXPROCS ${procs}`);
    this.checks = opts.checks ?? true;
    const memoryLimit =
      opts.memoryLimit === undefined ? readGOMEMLIMITBig(env.GOMEMLIMIT) : BigInt(opts.memoryLimit);
    this.heap = new MHeap(opts.arenaBytes ?? maxArenaBytes, gcPercent, memoryLimit, this.checks);
    for (let i = 0; i < procs; i++) this.allp.push(new P(i, this.heap));
    this.p = this.allp[0]!;
    this.roots = new Roots(
      (q) => {
        if (this.checks) this.checkPointer(q);
      },
      (old, q) => {
        if (this.heap.writeBarrier) this.heap.collector!.globalWrite(old, q);
      },
    );
    const trace = opts.trace ?? ((line: string) => process.stderr.write(`${line}\n`));
    const gcOpts = {
      gctrace: opts.gctrace ?? godebug(env.GODEBUG, 'gctrace') === '1',
      checkmark: opts.gccheckmark ?? godebug(env.GODEBUG, 'gccheckmark') === '1',
      trace,
    };
    const kind = opts.collector ?? env.GOMEMCOLLECTOR ?? 'go';
    if (kind === 'go') {
      this.collector = new GC(this.heap, this.roots, this.allp, gcOpts);
    } else if (kind === 'stw') {
      this.collector = new STW(this.heap, this.roots, this.allp, gcOpts);
    } else if (kind === 'refcount') {
      const rc = new RefCount(this.heap, this.roots, this.allp, gcOpts, opts.cycleCollector ?? true);
      this.roots.scopeClosed = () => rc.scopeClosed();
      this.collector = rc;
    } else {
      throw new RangeError(`gomem: unknown collector ${String(kind)} (want go, stw or refcount)`);
    }
    this.heap.collector = this.collector;

    this.pools = new Pools(
      { currentP: () => this.p.id, nprocs: procs, checkPointer: (q) => this.checkPointer(q) },
      this.heap,
    );
    this.collector.rootSources.push(this.pools);
    this.collector.rootSources.push({
      scanRoots: (shade) => {
        for (const p of this.holds) shade(p);
      },
    });
    this.collector.onCycleStart.push(() => this.pools.cleanup());

    // Only Go's collector has a GC CPU limiter and wakes the background scavenger
    // after each cycle; with the others the scavenger runs from span allocation
    // and FreeOSMemory, against a limiter that never limits.
    const gc = this.collector instanceof GC ? this.collector : null;
    const scavtrace = opts.scavtrace ?? godebug(env.GODEBUG, 'scavtrace') === '1';
    const limiter = gc?.limiter ?? new GCCPULimiter(nanotime(), procs);
    this.scavenger = new Scavenger(this.heap, limiter, nanotime, scavtrace ? trace : null);
    this.heap.scavenger = this.scavenger;
    gc?.onMarkTermination.push(() => {
      this.scavenger.markTermination();
      this.paceScavenger();
    });

    // Compile the collector's code before this runtime's first cycle (warmup.ts).
    if (needsWarmUp(this.collector.kind)) {
      warmUp(
        new Runtime({
          collector: this.collector.kind,
          arenaBytes: warmUpArenaBytes,
          env: {},
          checks: this.checks,
          trace: () => {},
        }),
      );
    }
  }

  /** Go's concurrent collector, for its incremental entry points (begin, step). */
  get gc(): GC {
    if (!(this.collector instanceof GC)) {
      throw new Error(`gomem: rt.gc is Go's collector; this runtime uses '${this.collector.kind}'`);
    }
    return this.collector;
  }

  /** GOGC; -1 means off. */
  get gcPercent(): number {
    return this.heap.gcController.gcPercent;
  }

  get gomaxprocs(): number {
    return this.allp.length;
  }

  /**
   * Allocations held as roots while code that keeps fresh objects in
   * JavaScript variables runs (the Go runner's standard library, between
   * beginHold and endHold): an object allocated there survives the
   * collections the next allocations may start, until the caller has stored
   * it where the collector looks.
   */
  private readonly holds: number[] = [];
  private holdDepth = 0;

  /** Starts holding every allocation; returns the mark endHold takes. Calls nest. */
  beginHold(): number {
    this.holdDepth++;
    return this.holds.length;
  }

  /** Stops holding the allocations made since beginHold returned mark. */
  endHold(mark: number): void {
    this.holds.length = mark;
    this.holdDepth--;
  }

  private held(p: number): number {
    if (this.holdDepth > 0 && p !== 0) this.holds.push(p);
    return p;
  }

  /** newobject: new(T). */
  new(typ: Type): number {
    return this.held(newobject(this.heap, this.p.mcache, typ));
  }

  /**
   * mallocgc: size bytes holding typ (null: no pointers), zeroed when needzero.
   * The general entry the Go runner's maps, channels and strings allocate with.
   */
  mallocgc(size: number, typ: Type | null, needzero = true): number {
    return this.held(mallocgc(this.heap, this.p.mcache, size, typ, needzero));
  }

  /** typedmemmove: *dst = *src for a value of typ, with the write barrier. */
  typedmemmove(typ: Type, dst: number, src: number): void {
    typedmemmove(this.heap, typ, dst, src);
  }

  /** newarray: n consecutive T's in one object, as make and composite literals get. */
  newArray(typ: Type, n: number): number {
    if (!Number.isSafeInteger(n) || n < 0 || typ.size * n > maxAlloc) {
      throw new RuntimeError('runtime: allocation size out of range', true);
    }
    return this.held(mallocgc(this.heap, this.p.mcache, typ.size * n, typ, true));
  }

  /** makeslice: the backing array of make([]T, len, cap). */
  makeslice(elem: Type, len: number, cap: number): number {
    const mem = makesliceSize(elem.size, len, cap);
    return this.held(mallocgc(this.heap, this.p.mcache, mem, elem, true));
  }

  /**
   * growslice: a new backing array for a slice {old, len, cap} that must hold
   * `needed` elements; copies the len old elements. Its capacity is
   * growsliceCap(elem.size, cap, needed). As in Go, elements [len, needed) of a
   * noscan slice are not cleared: the caller writes them (append does); everything
   * from `needed` on reads zero.
   */
  growslice(elem: Type, old: number, len: number, cap: number, needed: number): number {
    const newcap = growsliceCap(elem.size, cap, needed);
    if (elem.size === 0) return zerobase;
    const capmem = newcap * elem.size;
    const p = mallocgc(this.heap, this.p.mcache, capmem, elem, elem.ptrdata !== 0);
    const u8 = this.heap.arena.u8;
    if (elem.ptrdata === 0) u8.fill(0, p + needed * elem.size, p + capmem);
    if (len > 0) {
      u8.copyWithin(p, old, old + len * elem.size);
      if (elem.ptrdata !== 0 && this.heap.writeBarrier) this.heap.collector!.bulkWrite(p, len * elem.size);
    }
    return this.held(p);
  }

  /** rawstring: a new string's bytes, s as UTF-8; 0 for the empty string (its length is utf8Length(s)). */
  newString(s: string): number {
    const n = utf8Length(s);
    if (n === 0) return 0;
    const p = mallocgc(this.heap, this.p.mcache, n, null, false);
    writeUTF8(this.heap.arena, p, n, s);
    return this.held(p);
  }

  /**
   * writePointer: *slot = ptr, the only way a pointer enters the heap. slot must be
   * a pointer word of a live object and ptr nil or an address inside one. A slot in
   * the nil page is a field of a nil pointer: Go's nil dereference, as in Go, where
   * a fault below the first page panics the same way.
   */
  writePointer(slot: number, ptr: number): void {
    if (slot >= 0 && slot < _PageSize) nilPanic();
    if (this.checks) this.checkSlot(slot);
    this.storePointer(slot, ptr);
  }

  /**
   * writePointer for a slot the caller already knows is a pointer word of a live
   * object (an accessor checked the object, and the field is a pointer).
   */
  storePointer(slot: number, ptr: number): void {
    if (this.checks) this.checkPointer(ptr);
    if (this.heap.writeBarrier) this.heap.collector!.writeBarrier(slot, ptr);
    this.heap.arena.u32[slot >>> 2] = ptr;
  }

  /**
   * Fails unless p is nil, zerobase, inside an allocated object, or in memory
   * the heap holds for the runtime (a manual span: stacks, static data), which
   * Go's pointers may point into too.
   */
  checkPointer(p: number): void {
    if (p === 0 || p === zerobase) return;
    const s = Number.isInteger(p) ? this.heap.spanOf(p) : null;
    if (s === null && Number.isInteger(p) && this.heap.manualSpanOf(p) !== null) return;
    if (s === null || p >= s.limit || s.isFree(s.objIndex(p))) {
      throw new TypeError(`gomem: ${String(p)} is not a pointer to an allocated object`);
    }
  }

  /** The span holding the object at p, or a TypeError naming what p is not. */
  objectSpan(p: number): MSpan {
    const s = this.heap.spanOf(p);
    if (s === null || p >= s.limit || s.isFree(s.objIndex(p))) {
      throw new TypeError(`gomem: ${String(p)} is not a pointer to an allocated object`);
    }
    return s;
  }

  /** Size-class facts of the object at p: [slot size, size class (0 = large), noscan]. */
  objectInfo(p: number): { size: number; sizeclass: number; noscan: boolean; base: number } {
    const s = this.objectSpan(p);
    const base = s.startAddr + s.objIndex(p) * s.elemsize;
    return { size: s.elemsize, sizeclass: s.sizeclass, noscan: s.noscan, base };
  }

  /** Opens a handle scope; close it (or `using` it) to drop its roots. */
  scope(): HandleScope {
    return this.roots.openScope();
  }

  /** A global root, like a package-level pointer variable. */
  global(name: string): Global {
    return this.roots.addGlobal(name);
  }

  /** runtime.GC: a full collection, sweep included; then queued finalizers run. */
  GC(): void {
    // No cycle may start now (MHeap.gcStartBlocked): the call returns at once.
    if (this.heap.gcStartBlocked > 0) return;
    this.heap.collector!.collect();
  }

  /**
   * runtime.SetFinalizer(p, fn): fn(p) runs once p is unreachable; null removes
   * it. tinyOK: p's type is noscan and under 16 bytes (may be inside a tiny block).
   */
  setFinalizer(p: number, fn: ((p: number) => void) | null, tinyOK = false): void {
    this.collector.setFinalizer(p, fn, tinyOK);
  }

  /** debug.SetGCPercent: returns the previous setting; negative turns the collector off. */
  setGCPercent(percent: number): number {
    const old = this.heap.gcController.setGCPercent(percent);
    this.paceScavenger();
    return old;
  }

  /** debug.SetMemoryLimit: returns the previous limit; a negative limit only reads it. */
  setMemoryLimit(limit: bigint): bigint {
    const old = this.heap.gcController.setMemoryLimitBig(limit);
    this.paceScavenger();
    return old;
  }

  /** A new sync.Pool; newFn, if given, makes an object when the pool is empty (Pool.New). */
  newPool(newFn?: () => number): Pool {
    return new Pool(this.pools, newFn ?? null);
  }

  /**
   * debug.FreeOSMemory: a full collection, then every free page released; the ones
   * at the top of the arena go back to the operating system. Returns the bytes released.
   */
  freeOSMemory(): number {
    this.GC();
    return this.scavenger.releaseAll();
  }

  /** gcControllerCommit's last step: the scavenger's goals follow every pacing change. */
  private paceScavenger(): void {
    const ctl = this.heap.gcController;
    this.scavenger.pace(ctl.memoryLimit, ctl.heapGoal(), ctl.lastHeapGoal);
  }

  /** runtime.ReadMemStats: flush every P's mcache, then report. */
  readMemStats(): MemStats {
    for (const p of this.allp) p.mcache.releaseAll();
    const gc = this.collector;
    return readMemStats({
      stats: this.heap.stats,
      gcSys: () => this.heap.metadataBytes(),
      heapGoal: () => this.heap.gcController.heapGoal(),
      gcStats: () => gc.gcStats(),
    });
  }

  private checkSlot(slot: number): void {
    const s = this.objectSpan(slot);
    // A pointer slot is a whole 8-byte word: the heap bit of a misaligned address
    // is its word's, but the store would land across or inside that word.
    if (s.noscan || slot % 8 !== 0 || !this.heap.heapBits.isPointer(slot)) {
      throw new TypeError('gomem: pointer written into a scalar slot');
    }
  }
}
