// mspan: a run of pages holding objects of one size class (or one large object).
//
// Mirrors Go's runtime/mheap.go (type mspan, initSpan, objIndex) and mbitmap.go
// (nextFreeIndex, refillAllocCache, isFree). Spans are JS objects of one shape: they
// are per span, not per heap access.
//
//   startAddr                                              startAddr + npages*8192
//   ├─ obj 0 ─┼─ obj 1 ─┼─ obj 2 ─┼─ ... ─┼─ obj nelems-1 ─┼─ tail waste ─┤
//
// Free-slot search, as in Go: slots below freeindex are allocated; at or above it a
// slot is free iff its allocBits bit is clear. allocCache holds the complement of the
// allocBits word that contains freeindex, shifted so bit 0 is freeindex; the fast
// path is one count-trailing-zeros. Go caches 64 bits; JS bit operations are 32-bit,
// so the cache here is a 32-bit word and refills every 32 slots.
//
// allocBits changes only when the sweeper makes gcmarkBits the new allocBits;
// allocation advances freeindex and allocCache without touching it.
//
// sweepgen (relative to mheap.sweepgen = h):
//   h-2 needs sweeping · h-1 being swept · h swept · h+1 cached, unswept · h+3 cached, swept

import type { Arena } from './arena.js';
import { MetaSlab } from './gcbits.js';

/** A finalizer attached to the object at startAddr + offset (Go's specialfinalizer). */
export interface Special {
  offset: number;
  fn: (p: number) => void;
}

export enum SpanState {
  Dead = 0,
  InUse = 1,
  Manual = 2,
}

/** spanClass = sizeclass<<1 | noscan (Go's makeSpanClass). */
export function makeSpanClass(sizeclass: number, noscan: boolean): number {
  return (sizeclass << 1) | (noscan ? 1 : 0);
}

export const numSpanClasses = 68 << 1;

/** Count trailing zeros of a 32-bit word; 32 for zero. */
export function ctz32(x: number): number {
  return x === 0 ? 32 : 31 - Math.clz32(x & -x);
}

export class MSpan {
  constructor(
    readonly bits: MetaSlab<Uint32Array>,
    /** null: the heap keeps no type ids (MHeap.recordTypes). */
    readonly types: MetaSlab<Uint16Array> | null,
  ) {}

  startAddr = 0;
  npages = 0;
  /** Number of object slots. */
  nelems = 0;
  /** Slot size; npages*8192 for a large object's span. */
  elemsize = 0;
  spanclass = 0;
  /** Go's divMul: objIndex(p) = ((p-base) * divMul) >>> 32, without a division. */
  divMul = 0;
  /** End of the object data (for a large object, base + requested size). */
  limit = 0;
  freeindex = 0;
  /** Kept an int32 (| 0 after each unsigned shift) so the field stays a small integer in V8. */
  allocCache = 0;
  allocCount = 0;
  allocCountBeforeCache = 0;
  /**
   * The slab chunk holding this span's allocBits and gcmarkBits, and their offsets
   * in it (32 slots a word; both runs are cut as one, so they share the chunk).
   */
  bitsData: Uint32Array = noBits;
  allocBits = 0;
  gcmarkBits = 0;
  /**
   * Each slot's object type id, for the API's memory-safety checks (Go relies on its
   * compiler; TypeScript callers have none): chunk and offset. Without a types slab
   * (MHeap.recordTypes off) an empty array.
   */
  typeData: Uint16Array = noTypes;
  typeIds = 0;
  sweepgen = 0;
  /** Finalizers of objects in this span (Go's specials list), or null. */
  specials: Special[] | null = null;
  /** A stack span's free stacks, linked through their first word (Go's manualFreeList); 0 ends it. */
  manualFreeList = 0;
  /** The span's memory was used before and must be zeroed before reuse. */
  needzero = false;
  state = SpanState.Dead;

  get sizeclass(): number {
    return this.spanclass >>> 1;
  }

  get noscan(): boolean {
    return (this.spanclass & 1) !== 0;
  }

  get end(): number {
    return this.startAddr + this.npages * 8192;
  }

  /** (Re)initialise for a new life as a span of nelems slots of elemsize bytes. */
  init(
    base: number,
    npages: number,
    spanclass: number,
    elemsize: number,
    nelems: number,
    divMul: number,
  ): void {
    this.startAddr = base;
    this.npages = npages;
    this.spanclass = spanclass;
    this.elemsize = elemsize;
    this.nelems = nelems;
    this.divMul = divMul;
    this.limit = base + nelems * elemsize;
    this.freeindex = 0;
    this.allocCount = 0;
    this.allocCountBeforeCache = 0;
    const words = (nelems + 31) >>> 5;
    this.allocBits = this.bits.alloc(2 * words);
    this.gcmarkBits = this.allocBits + words;
    this.bitsData = this.bits.chunk;
    if (this.types !== null) {
      this.typeIds = this.types.alloc(nelems);
      this.typeData = this.types.chunk;
    }
    this.allocCache = -1;
    this.state = SpanState.InUse;
  }

  /** Returns the span's metadata to the slabs when the span dies. */
  releaseMetadata(): void {
    const words = (this.nelems + 31) >>> 5;
    this.bits.release(this.bitsData, Math.min(this.allocBits, this.gcmarkBits), 2 * words);
    this.types?.release(this.typeData, this.typeIds, this.nelems);
  }

  /** The type id of slot i's object; 0 (unknown) when the heap keeps none. */
  typeIdOf(i: number): number {
    return this.typeData[this.typeIds + i] ?? 0;
  }

  setTypeId(i: number, id: number): void {
    this.typeData[this.typeIds + i] = id;
  }

  /** refillAllocCache: load the complement of the allocBits word holding slot 32*word. */
  refillAllocCache(word: number): void {
    this.allocCache = ~this.bitsData[this.allocBits + word]!;
  }

  /**
   * nextFreeIndex: the next free slot at or after freeindex, advancing freeindex
   * past it; nelems when the span is full.
   */
  nextFreeIndex(): number {
    let sfreeindex = this.freeindex;
    const snelems = this.nelems;
    if (sfreeindex === snelems) return sfreeindex;
    let bitIndex = ctz32(this.allocCache);
    while (bitIndex === 32) {
      sfreeindex = (sfreeindex + 32) & ~31;
      if (sfreeindex >= snelems) {
        this.freeindex = snelems;
        return snelems;
      }
      this.refillAllocCache(sfreeindex >>> 5);
      bitIndex = ctz32(this.allocCache);
    }
    const result = sfreeindex + bitIndex;
    if (result >= snelems) {
      this.freeindex = snelems;
      return snelems;
    }
    this.allocCache = bitIndex === 31 ? 0 : (this.allocCache >>> (bitIndex + 1)) | 0;
    sfreeindex = result + 1;
    if ((sfreeindex & 31) === 0 && sfreeindex !== snelems) this.refillAllocCache(sfreeindex >>> 5);
    this.freeindex = sfreeindex;
    return result;
  }

  /** objIndex: the slot holding address p (p inside the span). */
  objIndex(p: number): number {
    return Math.floor(((p - this.startAddr) * this.divMul) / 4294967296);
  }

  isMarked(i: number): boolean {
    return (this.bitsData[this.gcmarkBits + (i >>> 5)]! & (1 << (i & 31))) !== 0;
  }

  setMarked(i: number): void {
    this.bitsData[this.gcmarkBits + (i >>> 5)]! |= 1 << (i & 31);
  }

  clearMarked(i: number): void {
    this.bitsData[this.gcmarkBits + (i >>> 5)]! &= ~(1 << (i & 31));
  }

  /** countAlloc: number of marked slots. */
  countMarked(): number {
    const data = this.bitsData;
    let n = 0;
    for (let w = this.gcmarkBits, end = w + ((this.nelems + 31) >>> 5); w < end; w++)
      n += popcount32(data[w]!);
    return n;
  }

  /**
   * After marking: the mark bits become the alloc bits, and the old alloc bits,
   * cleared, become the next cycle's mark bits (Go's sweep: allocBits = gcmarkBits;
   * gcmarkBits = newMarkBits). With keep, the new mark bits start as a copy of the
   * new alloc bits instead: for collectors whose mark bits mean "live" between
   * cycles (reference counting).
   */
  swapMarkBits(keep: boolean): void {
    const old = this.allocBits;
    this.allocBits = this.gcmarkBits;
    this.gcmarkBits = old;
    const words = (this.nelems + 31) >>> 5;
    if (keep) this.bitsData.copyWithin(old, this.allocBits, this.allocBits + words);
    else this.bitsData.fill(0, old, old + words);
  }

  /** isFree: slot i holds no allocated object. */
  isFree(i: number): boolean {
    return i >= this.freeindex && (this.bitsData[this.allocBits + (i >>> 5)]! & (1 << (i & 31))) === 0;
  }

  /**
   * Zero every free slot (at or after freeindex, allocBits clear), run by run: a
   * span the mcache takes is cleared once, in a few memsets, instead of slot by
   * slot as each object is allocated.
   */
  zeroFree(u8: Uint8Array): void {
    const data = this.bitsData;
    const base = this.allocBits;
    const n = this.nelems;
    const size = this.elemsize;
    let i = this.freeindex;
    while (i < n) {
      const free = ~data[base + (i >>> 5)]! >>> (i & 31);
      if (free === 0) {
        i = (i | 31) + 1;
        continue;
      }
      i += ctz32(free);
      if (i >= n) break;
      const start = i;
      while (i < n) {
        const used = data[base + (i >>> 5)]! >>> (i & 31);
        if (used !== 0) {
          i += ctz32(used);
          break;
        }
        i = (i | 31) + 1;
      }
      if (i > n) i = n;
      u8.fill(0, this.startAddr + start * size, this.startAddr + i * size);
    }
  }

  /** Zero the whole span (needzero spans taken by a large object, or tests). */
  zero(arena: Arena): void {
    arena.u8.fill(0, this.startAddr, this.end);
  }
}

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

const noBits = new Uint32Array(0);
const noTypes = new Uint16Array(0);

/** emptymspan: what an mcache holds for a class it has no span for (nelems 0). */
export const emptymspan = new MSpan(
  new MetaSlab((n) => new Uint32Array(n)),
  new MetaSlab((n) => new Uint16Array(n)),
);
emptymspan.allocCache = 0;
