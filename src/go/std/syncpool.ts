// sync.Pool for compiled Go, on the gomem heap: the per-P arrays, the shared
// chains and the allPools list are Go heap objects of Go 1.19's sizes, made and
// dropped where Go makes and drops them, so MemStats around Pool use (and
// around fmt, whose printers come from a pool) are Go's.
//
// Mirrors sync/pool.go (Put, Get, getSlow, pin, pinSlow, poolCleanup,
// allPools/oldPools) and sync/poolqueue.go (poolDequeue pushHead/popHead/
// popTail, poolChain pushHead/popHead/popTail). Ps take turns on one thread,
// so every compare-and-swap succeeds and a slot is never half-written.
//
//   Pool        { local *[P]poolLocal @0; localSize @8; victim @16; victimSize @24; New @32 }
//   poolLocal   { private any @0 (type word, data); head *elt @16; tail *elt @24; pad } 128 bytes
//   poolChainElt{ headTail uint64 @0 (tail low word, head high word);
//                 vals []eface @8 (ptr, len, cap); next *elt @32; prev *elt @40 }       48 bytes
//   vals        [n]eface, n = 8, 16, 32, … (dequeueLimit 2^30), one eface per slot     16n bytes
//
//   allPools    []*Pool   appended to when a pool first pins (pinSlow), reset to
//                         nil at each GC: its backing array is a heap object
//   oldPools    []*Pool   the previous allPools, whose pools' victims go next GC
//
// An eface's type word is a runtime type id + 1 (the runner's interface
// layout); only its data word is a heap pointer. Pool fields live wherever the
// Go Pool does (data segment, heap: written with the barrier when in the heap).
// A pool the runtime keeps for itself (fmt's ppFree) has no Go address: its
// local and victim words are global roots (HeldPool); its allPools element is
// nil, as an address outside the heap is to the collector.
//
// poolCleanup runs at the start of each cycle, before marking, with the world
// stopped: plain stores, as in Go. Everything a call allocates is held by the
// runner until the call returns (run.ts), so a chain element is safe between
// its allocation and the store that links it.

import type { Global } from '../../runtime/roots.js';
import { growsliceCap } from '../../runtime/slice.js';
import type { Type } from '../../runtime/type.js';
import type { Env } from '../codegen/env.js';
import { stdType } from './errors.js';

/** poolLocal's size: poolLocalInternal padded to a cache line pair (pool.go). */
const poolLocalSize = 128;
/** The first ring of a chain (poolChain.pushHead's initSize). */
const initRing = 8;
/** The largest ring (poolqueue.go's dequeueLimit, (1 << dequeueBits) / 4). */
const dequeueLimit = 2 ** 30;

/** The four words of a Pool that the algorithm reads and writes. */
export interface PoolFields {
  /** The Go Pool's address, 0 for a runtime-held pool (allPools records nil). */
  readonly addr: number;
  local: number;
  localSize: number;
  victim: number;
  victimSize: number;
}

/** A Go sync.Pool at addr: fields at Go's offsets, pointer stores with the barrier in the heap. */
class MemPool implements PoolFields {
  private readonly inHeap: boolean;
  constructor(
    private readonly env: Env,
    readonly addr: number,
  ) {
    this.inHeap = env.rt.heap.spanOf(addr) !== null;
  }
  private setPtr(off: number, p: number): void {
    if (this.inHeap) this.env.rt.writePointer(this.addr + off, p);
    else this.env.mem.u32[(this.addr + off) >>> 2] = p;
  }
  get local(): number {
    return this.env.mem.u32[this.addr >>> 2]!;
  }
  set local(p: number) {
    this.setPtr(0, p);
  }
  get localSize(): number {
    return this.env.mem.u32[(this.addr + 8) >>> 2]!;
  }
  set localSize(n: number) {
    this.env.mem.u32[(this.addr + 8) >>> 2] = n;
  }
  get victim(): number {
    return this.env.mem.u32[(this.addr + 16) >>> 2]!;
  }
  set victim(p: number) {
    this.setPtr(16, p);
  }
  get victimSize(): number {
    return this.env.mem.u32[(this.addr + 24) >>> 2]!;
  }
  set victimSize(n: number) {
    this.env.mem.u32[(this.addr + 24) >>> 2] = n;
  }
}

/** A pool of the runtime's own (Go's package-level var in a std package): local and victim are global roots. */
export class HeldPool implements PoolFields {
  readonly addr = 0;
  localSize = 0;
  victimSize = 0;
  private readonly localRoot: Global;
  private readonly victimRoot: Global;
  constructor(env: Env, name: string) {
    this.localRoot = env.rt.global(`${name}.local`);
    this.victimRoot = env.rt.global(`${name}.victim`);
  }
  get local(): number {
    return this.localRoot.get();
  }
  set local(p: number) {
    this.localRoot.set(p);
  }
  get victim(): number {
    return this.victimRoot.get();
  }
  set victim(p: number) {
    this.victimRoot.set(p);
  }
}

/** An item taken out of a pool: the eface's two words. */
export interface Item {
  typ: number;
  data: number;
}

/** Every pool of one run: allPools, oldPools and the operations. */
export class Pools {
  private readonly u32: Uint32Array;
  private readonly poolLocal: Type;
  private readonly chainElt: Type;
  private readonly efaceType: Type;
  private readonly poolPtr: Type;
  /** allPools' backing array (a root, as Go's global is) and its length and capacity. */
  private readonly allRoot: Global;
  private allLen = 0;
  private allCap = 0;
  private all: PoolFields[] = [];
  /** oldPools: its backing array stays reachable until the next cleanup. */
  private readonly oldRoot: Global;
  private old: PoolFields[] = [];

  constructor(private readonly env: Env) {
    this.u32 = env.mem.u32;
    const T = env.rt.types;
    this.efaceType = T.any;
    this.poolLocal = stdType(env, 'sync.poolLocal', () =>
      T.struct('sync.poolLocal', {
        private: T.any,
        head: T.unsafePointer,
        tail: T.unsafePointer,
        pad: T.array(T.uint8, poolLocalSize - 32),
      }),
    );
    this.chainElt = stdType(env, 'sync.poolChainElt', () =>
      T.struct('sync.poolChainElt', (self) => ({
        headTail: T.uint64,
        vals: T.slice(T.any),
        next: T.ptr(self),
        prev: T.ptr(self),
      })),
    );
    this.poolPtr = T.unsafePointer;
    this.allRoot = env.rt.global('sync.allPools');
    this.oldRoot = env.rt.global('sync.oldPools');
    env.rt.collector.onCycleStart.push(() => this.cleanup());
  }

  /** The Go sync.Pool at addr. */
  at(addr: number): PoolFields {
    return new MemPool(this.env, addr);
  }

  /** Put(x): x's eface words; a nil interface is ignored. */
  put(p: PoolFields, typ: number, data: number): void {
    if (typ === 0) return;
    const l = this.pin(p);
    if (this.u32[l >>> 2] === 0) this.setEface(l, typ, data);
    else this.chainPushHead(l, typ, data);
  }

  /** Get without New: the item, or null when every cache is empty. */
  get(p: PoolFields): Item | null {
    const pid = this.env.rt.p.id;
    const l = this.pin(p);
    let x = this.takeEface(l);
    if (x === null) {
      x = this.chainPopHead(l);
      if (x === null) x = this.getSlow(p, pid);
    }
    return x;
  }

  private getSlow(p: PoolFields, pid: number): Item | null {
    let size = p.localSize;
    const locals = p.local;
    for (let i = 0; i < size; i++) {
      const x = this.chainPopTail(locals + ((pid + i + 1) % size) * poolLocalSize);
      if (x !== null) return x;
    }
    size = p.victimSize;
    if (pid >= size) return null;
    const victims = p.victim;
    const x = this.takeEface(victims + pid * poolLocalSize);
    if (x !== null) return x;
    for (let i = 0; i < size; i++) {
      const y = this.chainPopTail(victims + ((pid + i) % size) * poolLocalSize);
      if (y !== null) return y;
    }
    p.victimSize = 0;
    return null;
  }

  /** pin: this P's poolLocal; pinSlow's first use registers the pool and makes the array. */
  private pin(p: PoolFields): number {
    const pid = this.env.rt.p.id;
    if (pid < p.localSize) return p.local + pid * poolLocalSize;
    if (p.local === 0) this.appendAllPools(p);
    const size = this.env.rt.gomaxprocs;
    const local = this.env.rt.makeslice(this.poolLocal, size, size);
    p.local = local;
    p.localSize = size;
    return local + pid * poolLocalSize;
  }

  /** allPools = append(allPools, p), growing its backing array as append does. */
  private appendAllPools(p: PoolFields): void {
    const rt = this.env.rt;
    let arr = this.allRoot.get();
    if (this.allLen === this.allCap) {
      arr = rt.growslice(this.poolPtr, arr, this.allLen, this.allCap, this.allLen + 1);
      this.allCap = growsliceCap(8, this.allCap, this.allLen + 1);
      this.allRoot.set(arr);
    }
    // A Pool outside the heap is nothing to the collector: only a heap Pool's address is stored.
    if (rt.heap.spanOf(p.addr) !== null) rt.writePointer(arr + this.allLen * 8, p.addr);
    this.allLen++;
    this.all.push(p);
  }

  /** poolCleanup: drop the victims of oldPools, make each primary cache its victim. */
  private cleanup(): void {
    for (const p of this.old) {
      p.victim = 0;
      p.victimSize = 0;
    }
    for (const p of this.all) {
      p.victim = p.local;
      p.victimSize = p.localSize;
      p.local = 0;
      p.localSize = 0;
    }
    this.old = this.all;
    this.oldRoot.set(this.allRoot.get());
    this.all = [];
    this.allRoot.set(0);
    this.allLen = 0;
    this.allCap = 0;
  }

  // --- eface slots: [type word | data] ---

  private setEface(slot: number, typ: number, data: number): void {
    this.u32[slot >>> 2] = typ;
    this.env.rt.writePointer(slot + 8, data);
  }

  /** Reads and clears the eface at slot; null if it was nil. */
  private takeEface(slot: number): Item | null {
    const typ = this.u32[slot >>> 2]!;
    if (typ === 0) return null;
    const data = this.u32[(slot + 8) >>> 2]!;
    this.env.rt.writePointer(slot + 8, 0);
    this.u32[slot >>> 2] = 0;
    return { typ, data };
  }

  // --- poolDequeue: a ring of efaces; head and tail count modulo 2^32 ---

  private dequeuePushHead(d: number, typ: number, data: number): boolean {
    const tail = this.u32[d >>> 2]!;
    const head = this.u32[(d + 4) >>> 2]!;
    const n = this.u32[(d + 16) >>> 2]!;
    if ((tail + n) >>> 0 === head) return false;
    this.setEface(this.u32[(d + 8) >>> 2]! + (head & (n - 1)) * 16, typ, data);
    this.u32[(d + 4) >>> 2] = (head + 1) >>> 0;
    return true;
  }

  private dequeuePopHead(d: number): Item | null {
    const tail = this.u32[d >>> 2]!;
    let head = this.u32[(d + 4) >>> 2]!;
    if (tail === head) return null;
    head = (head - 1) >>> 0;
    this.u32[(d + 4) >>> 2] = head;
    const n = this.u32[(d + 16) >>> 2]!;
    return this.takeEface(this.u32[(d + 8) >>> 2]! + (head & (n - 1)) * 16);
  }

  private dequeuePopTail(d: number): Item | null {
    const tail = this.u32[d >>> 2]!;
    const head = this.u32[(d + 4) >>> 2]!;
    if (tail === head) return null;
    this.u32[d >>> 2] = (tail + 1) >>> 0;
    const n = this.u32[(d + 16) >>> 2]!;
    return this.takeEface(this.u32[(d + 8) >>> 2]! + (tail & (n - 1)) * 16);
  }

  // --- poolChain at l+16 (head) and l+24 (tail) ---

  /** A chain element with a ring of n slots, linked after prev (0 for the first). */
  private newElt(prev: number, n: number): number {
    const rt = this.env.rt;
    const d = rt.new(this.chainElt);
    if (prev !== 0) rt.writePointer(d + 40, prev);
    const vals = rt.makeslice(this.efaceType, n, n);
    rt.writePointer(d + 8, vals);
    this.u32[(d + 16) >>> 2] = n;
    this.u32[(d + 24) >>> 2] = n;
    return d;
  }

  private chainPushHead(l: number, typ: number, data: number): void {
    const rt = this.env.rt;
    let d = this.u32[(l + 16) >>> 2]!;
    if (d === 0) {
      d = this.newElt(0, initRing);
      rt.writePointer(l + 16, d);
      rt.writePointer(l + 24, d);
    }
    if (this.dequeuePushHead(d, typ, data)) return;
    const d2 = this.newElt(d, Math.min(this.u32[(d + 16) >>> 2]! * 2, dequeueLimit));
    rt.writePointer(l + 16, d2);
    rt.writePointer(d + 32, d2);
    this.dequeuePushHead(d2, typ, data);
  }

  private chainPopHead(l: number): Item | null {
    let d = this.u32[(l + 16) >>> 2]!;
    while (d !== 0) {
      const x = this.dequeuePopHead(d);
      if (x !== null) return x;
      d = this.u32[(d + 40) >>> 2]!;
    }
    return null;
  }

  private chainPopTail(l: number): Item | null {
    let d = this.u32[(l + 24) >>> 2]!;
    if (d === 0) return null;
    for (;;) {
      const d2 = this.u32[(d + 32) >>> 2]!;
      const x = this.dequeuePopTail(d);
      if (x !== null) return x;
      if (d2 === 0) return null;
      // Drop the drained element so the collector can free it.
      this.env.rt.writePointer(l + 24, d2);
      this.env.rt.writePointer(d2 + 40, 0);
      d = d2;
    }
  }
}

const perRun = new WeakMap<Env, Pools>();

/** The run's pools (one allPools for sync's and fmt's pools). */
export function poolsOf(env: Env): Pools {
  let p = perRun.get(env);
  if (p === undefined) {
    p = new Pools(env);
    perRun.set(env, p);
  }
  return p;
}
