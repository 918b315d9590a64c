// The heap side of goroutines: G descriptors, the allgs slice, and the GC's
// background mark workers.
//
// Mirrors Go's runtime/proc.go (malg's new(g), allgadd's append to allgs) and
// mgc.go (gcBgMarkStartWorkers, gcBgMarkWorker's new(gcBgMarkWorkerNode)).
// Go allocates every G's descriptor, a 392-byte runtime.g (size class 416), on
// the heap and appends it to allgs, which is never shrunk: a descriptor lives
// as long as the program, and a dead G is reused (gfget) with its descriptor.
// So starting goroutines shows in MemStats as Go shows it: 416-byte objects,
// and allgs's backing array growing as append grows it, the old array left
// for the next collection.
//
// When main's package init starts, allgs holds main, the forcegc helper, the
// background sweeper and scavenger, and, if the program imports os (fmt, flag
// and runtime/debug do), the finalizer goroutine os's init starts with its
// SetFinalizer calls: 5 Gs (cap 8) or 4 (cap 4). Their descriptors and allgs's
// first arrays (8, 16 and 32 bytes, garbage by then) are allocated when the
// scheduler is made. Without os, the first SetFinalizer starts the finalizer
// goroutine (createfing).
//
// Go's collector starts one background mark worker goroutine per P when a cycle
// starts and fewer exist (the first cycle, or after GOMAXPROCS grew): each a G
// (reused if one is dead, else a new descriptor) and, when it first runs, a
// 32-byte gcBgMarkWorkerNode. Their Gs are system goroutines: they never run
// program code here, take goids as Go's do, and are neither counted nor printed.
//
//   allgs ──► [ *g │ *g │ *g │ … ]   (cap grows 8 → 16 → 32 …, as growslice)
//                │
//                ▼
//              runtime.g (392 B: stack bounds, _panic, _defer, m, sched, …)
//
// What Go allocates besides, for which gomem has no model: the sudogs a blocked
// goroutine takes from its P's cache (Go allocates one only when the cache is
// empty, which depends on its threads' timing), the descriptors of new threads'
// g0 and gsignal, and the other garbage of Go's runtime and package init.

import type { RootSource } from './mgcmark.js';
import type { Runtime } from './runtime.js';
import { growsliceCap } from './slice.js';
import type { Type } from './type.js';

/** unsafe.Sizeof(runtime.g{}) on linux/amd64 in Go 1.19 (runtime/sizeof_test.go). */
const gSize = 392;
/** The byte offsets of runtime.g's pointer words (Go 1.19 linux/amd64, from its DWARF). */
const gPointerOffsets = [32, 40, 48, 80, 136, 248, 304, 328, 336, 360, 368];
/** unsafe.Sizeof(runtime.gcBgMarkWorkerNode{}): no pointers (its links are uintptrs). */
const markWorkerNodeSize = 32;
/** Gs in allgs when package init starts, besides the finalizer goroutine: main and three system goroutines. */
export const initialGs = 4;

export class AllGs implements RootSource {
  /** allgs's backing array, length and capacity. */
  private array = 0;
  private len = 0;
  private cap = 0;
  /** The mark workers' gcBgMarkWorkerNodes: each is live while its worker runs, i.e. for good. */
  private readonly nodes: number[] = [];
  private readonly g: Type;
  private readonly gPtr: Type;
  private readonly node: Type;

  constructor(
    private readonly rt: Runtime,
    fing: boolean,
  ) {
    const T = rt.types;
    this.g =
      T.lookup('runtime.g') ??
      T.struct('runtime.g', () => {
        const words: Record<string, Type> = {};
        for (let off = 0; off < gSize; off += 8) {
          words[`w${off / 8}`] = gPointerOffsets.includes(off) ? T.unsafePointer : T.uintptr;
        }
        return words;
      });
    this.gPtr = T.ptr(this.g);
    this.node =
      T.lookup('runtime.gcBgMarkWorkerNode') ??
      T.struct('runtime.gcBgMarkWorkerNode', () => ({
        node: T.array(T.uintptr, markWorkerNodeSize / 8),
      }));
    rt.collector.rootSources.push(this);
    for (let i = 0; i < initialGs + (fing ? 1 : 0); i++) this.malg();
  }

  /**
   * malg's new(g) and allgadd: a new G's descriptor, appended to allgs. Both
   * allocations are held until allgs points at the descriptor, so a collection
   * the second one starts cannot free the first.
   */
  malg(): void {
    const rt = this.rt;
    const hold = rt.beginHold();
    try {
      const g = rt.new(this.g);
      if (this.len === this.cap) {
        const cap = growsliceCap(this.gPtr.size, this.cap, this.len + 1);
        this.array = rt.growslice(this.gPtr, this.array, this.len, this.cap, this.len + 1);
        this.cap = cap;
      }
      rt.writePointer(this.array + this.len * this.gPtr.size, g);
      this.len++;
    } finally {
      rt.endHold(hold);
    }
  }

  /** A mark worker's first step: new(gcBgMarkWorkerNode). */
  markWorkerNode(): void {
    this.nodes.push(this.rt.new(this.node));
  }

  scanRoots(shade: (p: number) => void): void {
    shade(this.array);
    for (const n of this.nodes) shade(n);
  }
}
