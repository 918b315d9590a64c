// sync.Pool: a set of reusable objects that the garbage collector empties over two
// cycles.
//
// Mirrors Go 1.19's sync/pool.go (Pool.Put, Get, getSlow, pin, pinSlow,
// poolCleanup, allPools / oldPools) and poolqueue.go (poolChain: pushHead and
// popHead for the owning P, popTail for others). Go's chain is lock-free because Ps
// run in parallel; here Ps take turns on one thread, so each P's shared part is a
// plain ring-buffer deque with the same ends.
//
//   Pool.local[pid]  = { private: one item, shared: deque }       primary cache
//   Pool.victim[pid] = the same, from before the last GC           victim cache
//
//   Put(x):  x == nil → nothing; private empty → private = x; else shared.pushHead(x)
//   Get():   own private → own shared.popHead → other Ps' shared.popTail
//            (pid+1, pid+2, …) → own victim private → victims' shared.popTail
//            (pid, pid+1, …) → New() or nil
//   GC start (poolCleanup): victim := local; local := empty
//
// So an item put before a cycle can be got after it (from the victim cache) and is
// gone, unreachable, after a second cycle, unless a Get took it and it was put back.
//
// Invariants: a pool has a primary cache exactly when it is in allPools, and a
// victim cache only while it is in oldPools (Go's bookkeeping, which also lets
// unused pools be forgotten). Every item in either cache is a root: Pools scans
// them as a RootSource. A store into or removal from a pool slot is reported to
// the collector as a global write, so a cycle in progress sees items move between
// pools and the program (Go's pool slots are heap words written with barriers).
//
// These pools keep their caches in JavaScript arrays, not heap objects: an API
// program puts bare pointers (no interface type words) and has no Go Pool struct
// whose fields would hold a per-P array, and what they are checked for against
// Go (test/fixtures/go1.19/pool) is the order items come back in. The Go
// runner's sync.Pool (src/go/std/syncpool.ts) is the one that allocates Go's
// poolLocal arrays, chain elements and allPools on the heap, since compiled
// programs read MemStats around it; test/pool/heappool.test.ts checks that it
// returns the same items as this one.

import type { RootSource } from './mgcmark.js';
import type { MHeap } from './mheap.js';

/** The owner's and the thieves' ends of one P's shared items (poolChain). */
class PoolDeque {
  private items = new Uint32Array(8);
  /** Items live at [tail, head), indices taken modulo the capacity. */
  private head = 0;
  private tail = 0;

  get length(): number {
    return this.head - this.tail;
  }

  pushHead(x: number): void {
    if (this.length === this.items.length) this.grow();
    this.items[this.head++ & (this.items.length - 1)] = x;
  }

  /** The most recently pushed item, or 0. */
  popHead(): number {
    if (this.head === this.tail) return 0;
    const i = --this.head & (this.items.length - 1);
    const x = this.items[i]!;
    this.items[i] = 0;
    return x;
  }

  /** The oldest item, or 0. */
  popTail(): number {
    if (this.head === this.tail) return 0;
    const i = this.tail++ & (this.items.length - 1);
    const x = this.items[i]!;
    this.items[i] = 0;
    return x;
  }

  forEach(f: (x: number) => void): void {
    for (let i = this.tail; i < this.head; i++) f(this.items[i & (this.items.length - 1)]!);
  }

  /** Double the ring (Go's poolChain adds a ring twice as large). */
  private grow(): void {
    const bigger = new Uint32Array(this.items.length * 2);
    for (let i = 0; i < this.length; i++) bigger[i] = this.items[(this.tail + i) & (this.items.length - 1)]!;
    this.head = this.length;
    this.tail = 0;
    this.items = bigger;
  }
}

/** One P's share of a pool (poolLocal). */
class PoolLocal {
  private_ = 0;
  readonly shared = new PoolDeque();
}

/** What a pool needs from the runtime: the current P and how many there are. */
export interface PoolHost {
  /** The id of the P the program runs on. */
  currentP(): number;
  /** GOMAXPROCS. */
  readonly nprocs: number;
  /** Fails unless p is nil or points into an allocated object. */
  checkPointer(p: number): void;
}

export class Pool {
  private local: PoolLocal[] | null = null;
  private victim: PoolLocal[] | null = null;

  constructor(
    private readonly pools: Pools,
    /** Makes an object when the pool has none; Get returns 0 (nil) without it. */
    readonly New: (() => number) | null = null,
  ) {}

  /** Put: add x to the pool; nil is ignored. */
  put(x: number): void {
    if (x === 0) return;
    this.pools.host.checkPointer(x);
    const l = this.pin();
    this.pools.written(0, x);
    if (l.private_ === 0) l.private_ = x;
    else l.shared.pushHead(x);
  }

  /** Get: an item from the pool, else New(), else 0. */
  get(): number {
    const pid = this.pools.host.currentP();
    const l = this.pin();
    let x = l.private_;
    l.private_ = 0;
    if (x === 0) {
      x = l.shared.popHead();
      if (x === 0) x = this.getSlow(pid);
    }
    if (x !== 0) this.pools.written(x, 0);
    else if (this.New !== null) x = this.New();
    return x;
  }

  /** Steal from the other Ps, then try the victim cache. */
  private getSlow(pid: number): number {
    const local = this.local!;
    const size = local.length;
    for (let i = 0; i < size; i++) {
      const x = local[(pid + i + 1) % size]!.shared.popTail();
      if (x !== 0) return x;
    }
    // The victim cache comes after stealing so that its items age out if they can.
    const victim = this.victim;
    if (victim === null || pid >= victim.length) return 0;
    const l = victim[pid]!;
    if (l.private_ !== 0) {
      const x = l.private_;
      l.private_ = 0;
      return x;
    }
    for (let i = 0; i < victim.length; i++) {
      const x = victim[(pid + i) % victim.length]!.shared.popTail();
      if (x !== 0) return x;
    }
    // Empty: later Gets need not look again.
    this.victim = null;
    return 0;
  }

  /** pin: the current P's poolLocal, making the primary cache (pinSlow) if there is none. */
  private pin(): PoolLocal {
    if (this.local === null) {
      const n = this.pools.host.nprocs;
      this.local = Array.from({ length: n }, () => new PoolLocal());
      this.pools.allPools.push(this);
    }
    return this.local[this.pools.host.currentP()]!;
  }

  /** poolCleanup's part for one pool; `dropped` hears of each item no longer held. */
  cleanupVictim(dropped: (x: number) => void): void {
    if (this.victim !== null) forEachItem(this.victim, dropped);
    this.victim = null;
  }

  cleanupPrimary(): void {
    this.victim = this.local;
    this.local = null;
  }

  /** Every item in both caches. */
  forEachItem(f: (x: number) => void): void {
    if (this.local !== null) forEachItem(this.local, f);
    if (this.victim !== null) forEachItem(this.victim, f);
  }
}

function forEachItem(locals: PoolLocal[], f: (x: number) => void): void {
  for (const l of locals) {
    if (l.private_ !== 0) f(l.private_);
    l.shared.forEach(f);
  }
}

/** All pools of a runtime: Go's allPools and oldPools, and the pools' roots. */
export class Pools implements RootSource {
  /** Pools with a primary cache. */
  allPools: Pool[] = [];
  /** Pools whose primary cache became the victim at the last GC. */
  private oldPools: Pool[] = [];

  constructor(
    readonly host: PoolHost,
    private readonly heap: MHeap,
  ) {}

  /** A pool slot changed from old to x: tell the collector, as a global write. */
  written(old: number, x: number): void {
    this.heap.collector?.globalWrite(old, x);
  }

  /** poolCleanup, at the start of each GC with the world stopped. */
  cleanup(): void {
    const dropped = (x: number): void => this.written(x, 0);
    for (const p of this.oldPools) p.cleanupVictim(dropped);
    for (const p of this.allPools) p.cleanupPrimary();
    this.oldPools = this.allPools;
    this.allPools = [];
  }

  scanRoots(shade: (p: number) => void): void {
    for (const p of this.allPools) p.forEachItem(shade);
    for (const p of this.oldPools) p.forEachItem(shade);
  }
}
