// Goroutine stacks: stack memory from manual spans, frame descriptors, segmented
// growth, and the walk of a goroutine's frames for the collector.
//
// Mirrors Go's runtime/stack.go (stackalloc, stackfree, stackpoolalloc,
// stackpoolfree, stackcacherefill, stackcacherelease, stackcache_clear, newstack's
// maxstacksize check) and the frame walk of mgcmark.go's scanstack / scanframeworker.
//
// Allocation, as in Go on linux/amd64: sizes are powers of two; stacks under
// 32 KiB (orders 2, 4, 8, 16 KiB) are carved from 32 KiB manual spans
// (_StackCacheSize) kept per order in a pool, and each P caches up to 32 KiB of
// free stacks per order (refilled and released by halves); larger stacks get a
// manual span of their own. A pool span goes back to the page heap as soon as
// its last stack is freed, and the P caches are emptied at each GC (Go's
// stackcache_clear at mark termination), so StackInuse falls only then.
// (Go delays freeing a span while a cycle marks, because a sudog may still hold a
// pointer into an old stack; gomem's stacks never move, so no pointer to a freed
// stack can be live.)
//
// A frame (README "Stacks"): stacks grow down; FP points at the frame header.
//
//   fp+0  descriptor id (u32)   fp+4  caller's fp (u32, 0 in a goroutine's entry frame)
//   fp+8… slots; the descriptor lists the byte offsets (from fp) of pointer words
//
// Growth is by segments, not by copying (frames hold addresses of each other's
// slots, which JavaScript code cannot relocate): a prologue that finds
// SP − size < LO calls morestack, which switches to a new segment of at least
// twice the last one (and at least the frame) and returns a token; the frame's
// epilogue hands it to unmorestack, which restores the previous segment's SP and
// LO. A segment left behind stays with its goroutine for the next morestack;
// each GC frees the topmost one left (Go's stack shrinking halves a stack). The stack limit is Go's
// maxstacksize: when the segments in use would exceed it, Go's fatal
// "stack overflow".
//
//   segment 0 [lo0 ……… hi0)  ← entry frame at the top, frames below it
//   segment 1 [lo1 ……… hi1)  ← first frame that did not fit; its caller fp points
//                                into segment 0; savedSP[1] = SP of segment 0

import type { MHeap } from './mheap.js';
import type { MSpan } from './mspan.js';
import { FatalError } from './panic.js';
import { _PageShift } from './sizeclasses.js';

/** _FixedStack on linux: the smallest stack, and a new goroutine's (_StackMin). */
export const fixedStack = 2048;
/** _NumStackOrders: 2, 4, 8 and 16 KiB stacks come from the pool. */
export const numStackOrders = 4;
/** _StackCacheSize: pool spans are this size; a P caches up to this much per order. */
export const stackCacheSize = 32 << 10;
/** Go's maxstacksize on 64-bit systems (runtime.main sets it; debug.SetMaxStack changes it). */
export const defaultMaxStack = 1_000_000_000;

/** The smallest power of two ≥ n (and ≥ fixedStack). */
export function stackRound(n: number): number {
  let s = fixedStack;
  while (s < n) s *= 2;
  return s;
}

/** stackalloc / stackfree and the pools behind them. */
export class StackAllocator {
  /** Per order: pool spans that have free stacks (Go's stackpool[order].span). */
  private readonly pool: MSpan[][] = [];
  /** Per P and order: the cached free stacks, linked through their first word, and their bytes. */
  private readonly cacheList: Uint32Array;
  private readonly cacheSize: Float64Array;

  constructor(
    private readonly heap: MHeap,
    nprocs: number,
    private readonly currentP: () => number,
  ) {
    for (let i = 0; i < numStackOrders; i++) this.pool.push([]);
    this.cacheList = new Uint32Array(nprocs * numStackOrders);
    this.cacheSize = new Float64Array(nprocs * numStackOrders);
  }

  /** stackalloc: the low end of a new n-byte stack (n a power of two ≥ 2 KiB). */
  alloc(n: number): number {
    if (n < fixedStack << numStackOrders && n < stackCacheSize) {
      const i = this.currentP() * numStackOrders + order(n);
      let x = this.cacheList[i]!;
      if (x === 0) {
        this.refill(i);
        x = this.cacheList[i]!;
      }
      this.cacheList[i] = this.heap.arena.u32[x >>> 2]!;
      this.cacheSize[i]! -= n;
      return x;
    }
    const s = this.heap.allocManual(n >>> _PageShift);
    s.elemsize = n;
    return s.startAddr;
  }

  /** stackfree: give back the n-byte stack at lo. */
  free(lo: number, n: number): void {
    if (n < fixedStack << numStackOrders && n < stackCacheSize) {
      const i = this.currentP() * numStackOrders + order(n);
      if (this.cacheSize[i]! >= stackCacheSize) this.release(i);
      this.heap.arena.u32[lo >>> 2] = this.cacheList[i]!;
      this.cacheList[i] = lo;
      this.cacheSize[i]! += n;
      return;
    }
    const s = this.heap.manualSpanOf(lo);
    if (s === null || s.startAddr !== lo)
      throw new FatalError('bad span state', `runtime: stackfree 0x${lo.toString(16)}`);
    this.heap.freeManual(s);
  }

  /** stackcache_clear for every P: cached stacks go back to the pool, empty spans to the heap. */
  clearCaches(): void {
    const u32 = this.heap.arena.u32;
    for (let i = 0; i < this.cacheList.length; i++) {
      let x = this.cacheList[i]!;
      while (x !== 0) {
        const next = u32[x >>> 2]!;
        this.poolFree(x, i % numStackOrders);
        x = next;
      }
      this.cacheList[i] = 0;
      this.cacheSize[i] = 0;
    }
  }

  /** stackcacherefill: take half a cache's worth from the pool. */
  private refill(i: number): void {
    const ord = i % numStackOrders;
    const u32 = this.heap.arena.u32;
    let list = 0;
    let size = 0;
    while (size < stackCacheSize / 2) {
      const x = this.poolAlloc(ord);
      u32[x >>> 2] = list;
      list = x;
      size += fixedStack << ord;
    }
    this.cacheList[i] = list;
    this.cacheSize[i] = size;
  }

  /** stackcacherelease: give the pool back all but half a cache's worth. */
  private release(i: number): void {
    const ord = i % numStackOrders;
    const u32 = this.heap.arena.u32;
    let x = this.cacheList[i]!;
    let size = this.cacheSize[i]!;
    while (size > stackCacheSize / 2) {
      const next = u32[x >>> 2]!;
      this.poolFree(x, ord);
      x = next;
      size -= fixedStack << ord;
    }
    this.cacheList[i] = x;
    this.cacheSize[i] = size;
  }

  /** stackpoolalloc: a stack of the order from a pool span, carving a new span if none has one. */
  private poolAlloc(ord: number): number {
    const list = this.pool[ord]!;
    const u32 = this.heap.arena.u32;
    let s = list[list.length - 1];
    if (s === undefined) {
      s = this.heap.allocManual(stackCacheSize >>> _PageShift);
      s.elemsize = fixedStack << ord;
      for (let x = s.startAddr; x < s.startAddr + stackCacheSize; x += s.elemsize) {
        u32[x >>> 2] = s.manualFreeList;
        s.manualFreeList = x;
      }
      list.push(s);
    }
    const x = s.manualFreeList;
    s.manualFreeList = u32[x >>> 2]!;
    s.allocCount++;
    if (s.manualFreeList === 0) list.pop();
    return x;
  }

  /** stackpoolfree: back to its span; a span with no stack in use returns to the heap. */
  private poolFree(x: number, ord: number): void {
    const s = this.heap.manualSpanOf(x);
    if (s === null) throw new FatalError('freeing stack not in a stack span');
    const list = this.pool[ord]!;
    if (s.manualFreeList === 0) list.push(s);
    this.heap.arena.u32[x >>> 2] = s.manualFreeList;
    s.manualFreeList = x;
    s.allocCount--;
    if (s.allocCount === 0) {
      list.splice(list.indexOf(s), 1);
      s.manualFreeList = 0;
      this.heap.freeManual(s);
    }
  }
}

function order(n: number): number {
  let o = 0;
  for (let n2 = n; n2 > fixedStack; n2 >>>= 1) o++;
  return o;
}

/**
 * One frame of a goroutine traceback, as traceback.go's printFuncName and
 * printcreatedby show it: the function's name, whether it takes arguments
 * (`f(...)` or `f()`), and its source position `FILE:LINE` ('' when unknown).
 */
export interface TraceFrame {
  func: string;
  args: boolean;
  pos: string;
}

/** What a descriptor says for tracebacks beyond its function's name. */
export interface FrameWhere {
  /** The function takes arguments (receiver included). */
  args?: boolean;
  /** FILE:LINE where a frame with this descriptor stands ('' when unknown). */
  pos?: string;
  /** A goroutine's entry frame: name and pos are the go statement's (`created by`). */
  entry?: boolean;
}

/**
 * Frame descriptors: for each compiled function, its name (for tracebacks), its
 * frame size (header included) and the offsets from fp of its pointer words.
 * Id 0 is reserved: no frame has it.
 *
 * A function may have several descriptors with the same size and pointer map,
 * one per point where its frame can be suspended (site): compiled code writes
 * the site's id at fp+0 before each blocking call, so a parked goroutine's
 * frames tell where each one waits (Go reads that from the saved PCs).
 */
export class FrameTable {
  readonly names: string[] = [''];
  readonly sizes: number[] = [0];
  readonly ptrs: Int32Array[] = [new Int32Array(0)];
  readonly where: FrameWhere[] = [{}];

  /** A new descriptor; returns its id (written at fp+0 by the prologue). */
  add(name: string, size: number, ptrOffsets: number[], where: FrameWhere = {}): number {
    if (!Number.isInteger(size) || size < 8 || size % 8 !== 0) {
      throw new RangeError(`gomem: frame size ${size} of ${name} is not a multiple of 8 of at least 8`);
    }
    for (const off of ptrOffsets) {
      if (!Number.isInteger(off) || off < 8 || off % 8 !== 0 || off + 8 > size) {
        throw new RangeError(`gomem: pointer slot ${off} of ${name} is outside its ${size}-byte frame`);
      }
    }
    this.names.push(name);
    this.sizes.push(size);
    this.ptrs.push(Int32Array.from(ptrOffsets));
    this.where.push(where);
    return this.names.length - 1;
  }

  /** A site of descriptor d: the same frame, standing at pos. */
  site(d: number, pos: string): number {
    const w = this.where[d];
    if (w === undefined || d === 0) throw new RangeError(`gomem: no frame descriptor ${d}`);
    this.names.push(this.names[d]!);
    this.sizes.push(this.sizes[d]!);
    this.ptrs.push(this.ptrs[d]!);
    this.where.push({ ...w, pos });
    return this.names.length - 1;
  }

  /** The descriptor's traceback frame. */
  frame(d: number): TraceFrame {
    const w = this.where[d] ?? {};
    return { func: this.names[d] ?? '?', args: w.args ?? true, pos: w.pos ?? '' };
  }

  /**
   * The frame chain from fp outwards, innermost first, at most max frames; a
   * goroutine's entry frame (the go statement's) is not one of them.
   */
  traceback(u32: Uint32Array, fp: number, max = Number.POSITIVE_INFINITY): TraceFrame[] {
    const out: TraceFrame[] = [];
    for (let f = fp; f !== 0 && out.length < max; f = u32[(f + 4) >>> 2]!) {
      const d = u32[f >>> 2]!;
      if (this.where[d]?.entry !== true) out.push(this.frame(d));
    }
    return out;
  }

  /** scanframeworker for a whole chain: shade every pointer word of every frame from fp out. Returns the frames' bytes. */
  scan(u32: Uint32Array, fp: number, shade: (p: number) => void): number {
    let bytes = 0;
    for (let f = fp; f !== 0; f = u32[(f + 4) >>> 2]!) {
      const d = u32[f >>> 2]!;
      const ptrs = this.ptrs[d];
      if (ptrs === undefined)
        throw new FatalError(
          'scanstack: bad frame descriptor',
          `runtime: frame 0x${f.toString(16)} descriptor ${d}`,
        );
      for (let i = 0; i < ptrs.length; i++) {
        const p = u32[(f + ptrs[i]) >>> 2]!;
        if (p !== 0) shade(p);
      }
      bytes += this.sizes[d]!;
    }
    return bytes;
  }
}

/**
 * One goroutine's stack: its segments, the current one at depth; segments above
 * depth are cached for the next morestack until the next GC.
 */
export class GStack {
  readonly lo: number[] = [];
  readonly size: number[] = [];
  /** savedSP[i]: SP in segment i−1 when segment i was entered. */
  readonly savedSP: number[] = [];
  depth = -1;
  /** Bytes of segments 0..depth. */
  inUse = 0;

  get hi(): number {
    return this.lo[0]! + this.size[0]!;
  }
}

/** The stacks of all goroutines: allocation, growth, shrinking, limit. */
export class Stacks {
  readonly alloc: StackAllocator;
  /** maxstacksize: the most stack one goroutine may have. */
  maxStack = defaultMaxStack;

  constructor(
    readonly heap: MHeap,
    nprocs: number,
    currentP: () => number,
    readonly frames: FrameTable,
  ) {
    this.alloc = new StackAllocator(heap, nprocs, currentP);
  }

  /** A first segment of n bytes (a power of two) for st, which must have none. */
  init(st: GStack, n: number): void {
    st.lo.push(this.alloc.alloc(n));
    st.size.push(n);
    st.savedSP.push(0);
    st.depth = 0;
    st.inUse = n;
    this.heap.gcController.addScannableStack(n);
  }

  /**
   * morestack: a frame of `need` bytes does not fit below REG[0]; continue on the
   * next segment (the cached one if big enough). Returns the token for unmorestack.
   */
  morestack(st: GStack, REG: Uint32Array, need: number): number {
    const d = st.depth + 1;
    const want = Math.max(2 * st.size[st.depth]!, stackRound(need));
    if (d < st.lo.length && st.size[d]! < want) this.dropCached(st, d);
    const size = d < st.lo.length ? st.size[d]! : want;
    if (st.inUse + size > this.maxStack) {
      throw new FatalError('stack overflow', `runtime: goroutine stack exceeds ${this.maxStack}-byte limit`);
    }
    if (d === st.lo.length) {
      st.lo.push(this.alloc.alloc(size));
      st.size.push(size);
      st.savedSP.push(0);
      this.heap.gcController.addScannableStack(size);
    }
    st.savedSP[d] = REG[0]!;
    st.depth = d;
    st.inUse += size;
    REG[0] = st.lo[d]! + size;
    REG[1] = st.lo[d]!;
    return d;
  }

  /** unmorestack: the frame that needed segment `token` returned; back to the segment below. */
  unmorestack(st: GStack, REG: Uint32Array, token: number): void {
    st.inUse -= st.size[token]!;
    st.depth = token - 1;
    REG[0] = st.savedSP[token]!;
    REG[1] = st.lo[token - 1]!;
  }

  /**
   * After a panic unwound frames without their epilogues (a recover point resumes
   * in the frame at fp): the segment holding fp becomes current again.
   */
  resetTo(st: GStack, REG: Uint32Array, fp: number): void {
    let d = st.depth;
    while (d > 0 && !(fp >= st.lo[d]! && fp < st.lo[d]! + st.size[d]!)) {
      st.inUse -= st.size[d]!;
      d--;
    }
    st.depth = d;
    REG[0] = fp;
    REG[1] = st.lo[d]!;
    REG[2] = fp;
  }

  /**
   * Stack shrinking (shrinkstack): Go halves a stack that is mostly unused, once
   * per cycle. Segments double, so the topmost cached one is about half of
   * what the goroutine holds: each cycle frees that one, and a stack grown
   * deep and left shrinks as Go's does, by half at each GC.
   */
  shrink(st: GStack): void {
    if (st.lo.length > st.depth + 1) this.dropCached(st, st.lo.length - 1);
  }

  /** Free every segment of st except the first, when it has `keep` bytes (gfput); false if all were freed. */
  release(st: GStack, keep: number): boolean {
    const first = st.size[0] === keep;
    this.dropCached(st, first ? 1 : 0);
    st.depth = first ? 0 : -1;
    st.inUse = first ? keep : 0;
    return first;
  }

  private dropCached(st: GStack, from: number): void {
    for (let i = st.lo.length - 1; i >= from; i--) {
      this.alloc.free(st.lo[i]!, st.size[i]!);
      this.heap.gcController.addScannableStack(-st.size[i]!);
    }
    st.lo.length = from;
    st.size.length = from;
    st.savedSP.length = from;
  }
}
