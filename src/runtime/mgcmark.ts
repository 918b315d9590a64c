// Marking: roots, shading, and scanning objects precisely with the heap bitmap.
//
// Mirrors Go's runtime/mgcmark.go (markroot, scanobject, greyobject, shade,
// gcDrain, gcmarknewobject, gcMarkTinyAllocs) and mbitmap.go (findObject): shade does findObject and greyobject's work inline.
//
// Tri-color: white = unmarked; grey = mark bit set and address on the work stack;
// black = marked and scanned (or noscan, which is black as soon as it is marked).
// Objects larger than 128 KiB are scanned in 128 KiB oblets, each its own work
// item, so one scan step never grows with object size.
//
// Roots are the handle stack, the globals, the referents of objects that have
// finalizers (not the objects themselves: they must be able to die), the current
// tiny blocks of every P, and any RootSource the runtime registers (sync.Pool, the
// Go runner's goroutine stacks).

import type { GCWork } from './mgcwork.js';
import type { MHeap } from './mheap.js';
import type { MSpan } from './mspan.js';
import { FatalError } from './panic.js';
import type { Roots } from './roots.js';

/** maxObletBytes: large objects are scanned in pieces of at most this size. */
export const maxObletBytes = 128 << 10;

/** Something outside the heap that holds pointers into it. */
export interface RootSource {
  /**
   * Shades every pointer the source holds. A source of goroutine stacks returns
   * the stack bytes it scanned: the pacer's stack scan work (Go's stackScanWork).
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: most sources hold no stacks and return nothing
  scanRoots(shade: (p: number) => void): number | void;
}

export class Marker {
  readonly rootSources: RootSource[] = [];
  /** shade as a bound function, for RootSource callbacks. */
  readonly shadeFn = (p: number): void => this.shade(p);

  constructor(
    private readonly heap: MHeap,
    readonly work: GCWork,
    private readonly roots: Roots,
  ) {}

  /**
   * shade: make the object p points into grey, if it is white. The mark bit is
   * tested before the slot is validated: a marked slot was validated when it was
   * marked, and most pointers a cycle meets lead to objects already marked.
   */
  shade(p: number): void {
    if (p === 0) return;
    const s = this.heap.spanOf(p);
    if (s === null) return;
    const idx = s.objIndex(p);
    const data = s.bitsData;
    const w = s.gcmarkBits + (idx >>> 5);
    const bit = 1 << (idx & 31);
    if (p >= s.limit) this.badPointer(p, s);
    if ((data[w]! & bit) !== 0) return;
    if (s.isFree(idx)) this.badPointer(p, s);
    data[w] = data[w]! | bit;
    this.work.bytesMarked += s.elemsize;
    if (!s.noscan) this.work.put(s.startAddr + idx * s.elemsize);
  }

  /** gcmarknewobject: objects allocated during mark are born black. */
  markNew(s: MSpan, idx: number): void {
    s.setMarked(idx);
    this.work.bytesMarked += s.elemsize;
  }

  /** Goroutine stack bytes the last markRoots scanned. */
  stackScanned = 0;

  /** markroot: grey everything the roots point to. Returns the bytes of roots scanned, stacks included. */
  markRoots(): number {
    const r = this.roots;
    for (let i = 0; i < r.top; i++) this.shade(r.stack[i]!);
    for (let i = 0; i < r.nglobals; i++) this.shade(r.globals[i]!);
    let stack = 0;
    for (const src of this.rootSources) stack += src.scanRoots(this.shadeFn) ?? 0;
    this.stackScanned = stack;
    return (r.top + r.nglobals) * 8 + stack;
  }

  /**
   * gcDrain: scan grey objects until the stack is empty or `budget` bytes have
   * been scanned. Returns the bytes scanned.
   */
  drain(budget: number): number {
    let done = 0;
    while (done < budget) {
      const b = this.work.tryGet();
      if (b === 0) break;
      done += this.scanobject(b);
    }
    this.work.heapScanWork += done;
    return done;
  }

  /**
   * scanobject: shade every pointer in the object (or oblet) at b. Returns the
   * bytes scanned.
   */
  scanobject(b: number): number {
    const s = this.heap.spanOf(b)!;
    let n = s.elemsize;
    if (n > maxObletBytes) {
      const end = s.startAddr + s.elemsize;
      if (b === s.startAddr) {
        for (let o = b + maxObletBytes; o < end; o += maxObletBytes) this.work.put(o);
      }
      n = Math.min(end - b, maxObletBytes);
    }
    this.scanRange(b, n);
    return n;
  }

  /** Shades the pointers in [b, b+n) as the heap bitmap describes them. */
  scanRange(b: number, n: number): void {
    const hb = this.heap.heapBits;
    const u32 = this.heap.arena.u32;
    const end = (b + n) >>> 3;
    for (let w = hb.nextPointer(b >>> 3, end); w < end; w = hb.nextPointer(w + 1, end)) {
      const p = u32[w << 1]!;
      if (p !== 0) this.shade(p);
    }
  }

  /**
   * findObject's bad-pointer check failed: a pointer into a free slot or past the
   * span's objects means the heap is corrupt, and Go throws.
   */
  private badPointer(p: number, s: MSpan): never {
    throw new FatalError(
      'found bad pointer in Go heap',
      `runtime: pointer 0x${p.toString(16)} to ${p >= s.limit ? 'unused span space' : 'free object'} (span base 0x${s.startAddr.toString(16)}, class ${s.sizeclass})`,
    );
  }
}
