// mallocgc: allocate an object of `size` bytes of type `typ`.
//
// Mirrors Go's runtime/malloc.go (mallocgc, nextFree, nextFreeFast; memclrNoHeapPointers for large objects).
// Three paths, as in Go:
//
//   size == 0                  → zerobase, one shared address
//   noscan && size < 16        → tiny: packed into the P's current 16-byte block,
//                                aligned to 8/4/2 by the size's low bits
//   size ≤ 32 KiB              → small: a slot of the size class's cached span,
//                                found by one count-trailing-zeros (nextFreeFast)
//   size > 32 KiB              → large: a span of its own
//
// The returned memory reads as zero: the free slots of a span in an mcache are
// zero (fresh memory is, and mcache.refill clears a needzero span's free slots in
// bulk), and a large object's span is cleared when its pages held objects before. For scan
// objects the heap bitmap is written from the type's pointer mask, repeated when
// the object holds an array of typ (size a multiple of typ.size, as makeslice asks).
// Nothing on the fast path allocates a JS object.
//
// The collector is consulted when a span is full, before the refill (so a cycle
// it starts sees the new object allocated black), and per object only through the
// allocBlack / assistEnabled flags, which are set only while marking.

import type { MCache } from './mcache.js';
import type { MHeap } from './mheap.js';
import { type MSpan, makeSpanClass } from './mspan.js';
import { _MaxSmallSize, size_to_class8, size_to_class128, tinySize } from './sizeclasses.js';
import type { Type } from './type.js';

/** runtime.zerobase: the address of every zero-size allocation (inside the nil page). */
export const zerobase = 8;

const tinySpanClass = makeSpanClass(2, true);

export function mallocgc(h: MHeap, c: MCache, size: number, typ: Type | null, needzero: boolean): number {
  if (size === 0) return zerobase;
  if (h.assistEnabled) h.collector!.assistAlloc(size);
  const noscan = typ === null || typ.ptrdata === 0;
  if (size > _MaxSmallSize) return mallocLarge(h, c, size, typ, noscan, needzero);
  if (noscan && size < tinySize) return mallocTiny(h, c, size);
  const sizeclass = size <= 1016 ? size_to_class8[(size + 7) >>> 3]! : size_to_class128[(size - 897) >>> 7]!;
  return mallocSmall(h, c, (sizeclass << 1) | (noscan ? 1 : 0), size, typ);
}

/**
 * newobject: new(T). A type's span class is fixed, so when T is neither tiny nor
 * large the size-class lookup is skipped (Type.spanclass, computed once). Outside
 * marking, a free slot in the cached span is the whole allocation: the slot, its
 * heap bits in one store (Type.slotWords) and the scan bytes the pacer counts —
 * mallocSmall's work for the common case, small enough for V8 to inline into the
 * caller. Everything else (marking, a refill, a tiny or large T) takes mallocgc's
 * paths.
 */
export function newobject(h: MHeap, c: MCache, typ: Type): number {
  const spc = typ.spanclass;
  if (spc >= 0 && !h.allocBlack && !h.assistEnabled) {
    const span = c.alloc[spc]!;
    const idx = nextFreeFast(span);
    if (idx >= 0) {
      const x = span.startAddr + idx * span.elemsize;
      if (typ.slotWords !== 0) {
        h.heapBits.setWords(x >>> 3, typ.slotWords, typ.mask32);
        c.scanAlloc += typ.ptrdata;
      } else if ((spc & 1) === 0) {
        h.heapBits.setType(x, span.elemsize, typ.size, typ);
        c.scanAlloc += typ.ptrdata;
      }
      if (h.recordTypes) span.typeData[span.typeIds + idx] = typ.id;
      return x;
    }
  }
  if (spc < 0) return mallocgc(h, c, typ.size, typ, true);
  if (h.assistEnabled) h.collector!.assistAlloc(typ.size);
  return mallocSmall(h, c, spc, typ.size, typ);
}

/** The tiny allocator: noscan objects under 16 bytes share the P's current 16-byte block. */
function mallocTiny(h: MHeap, c: MCache, size: number): number {
  let off = c.tinyoffset;
  if ((size & 7) === 0) off = (off + 7) & ~7;
  else if ((size & 3) === 0) off = (off + 3) & ~3;
  else if ((size & 1) === 0) off = (off + 1) & ~1;
  if (off + size <= tinySize && c.tiny !== 0) {
    c.tinyoffset = off + size;
    c.tinyAllocs++;
    return c.tiny + off;
  }
  let span = c.alloc[tinySpanClass]!;
  let idx = nextFreeFast(span);
  if (idx < 0) {
    idx = nextFree(h, c, tinySpanClass);
    span = c.alloc[tinySpanClass]!;
  }
  const x = span.startAddr + idx * 16;
  if (size < c.tinyoffset || c.tiny === 0) {
    c.tiny = x;
    c.tinyoffset = size;
  }
  if (h.recordTypes) span.typeData[span.typeIds + idx] = 0;
  if (h.allocBlack) h.collector!.markNew(span, idx);
  return x;
}

/** A slot of span class spc: nextFreeFast from the cached span, else refill. */
function mallocSmall(h: MHeap, c: MCache, spc: number, size: number, typ: Type | null): number {
  let span = c.alloc[spc]!;
  let idx = nextFreeFast(span);
  if (idx < 0) {
    idx = nextFree(h, c, spc);
    span = c.alloc[spc]!;
  }
  const slot = span.elemsize;
  const x = span.startAddr + idx * slot;
  if ((spc & 1) === 0) {
    h.heapBits.setType(x, slot, size, typ!);
    c.scanAlloc += scanSize(size, typ!);
  }
  if (h.recordTypes) span.typeData[span.typeIds + idx] = typ === null ? 0 : typ.id;
  if (h.allocBlack) h.collector!.markNew(span, idx);
  return x;
}

/** A large object: a span of its own, zeroed if its pages were used before. */
function mallocLarge(
  h: MHeap,
  c: MCache,
  size: number,
  typ: Type | null,
  noscan: boolean,
  needzero: boolean,
): number {
  if (h.collector !== null) h.collector.allocSlow();
  const span = c.allocLarge(size, noscan);
  span.freeindex = 1;
  span.allocCount = 1;
  const x = span.startAddr;
  if (needzero && span.needzero) h.arena.u8.fill(0, x, x + span.elemsize);
  if (!noscan) {
    h.heapBits.setType(x, span.elemsize, size, typ!);
    c.scanAlloc += scanSize(size, typ!);
  }
  if (h.recordTypes) span.setTypeId(0, typ === null ? 0 : typ.id);
  if (h.allocBlack) h.collector!.markNew(span, 0);
  return x;
}

/** Bytes the collector may have to scan: up to the last element's last pointer. */
function scanSize(size: number, typ: Type): number {
  return size === typ.size ? typ.ptrdata : size - typ.size + typ.ptrdata;
}

/**
 * nextFree: the index of a free slot in the cached span of class spc, found past
 * its allocCache; when that span is full, a fresh one from the mcentral. Only a
 * refill is a slow path for the collector (Go's shouldhelpgc): heapLive moves
 * only then, so that is where the trigger can be crossed. The collector goes
 * first, so a cycle it starts sees the new object allocated black.
 */
function nextFree(h: MHeap, c: MCache, spc: number): number {
  let s = c.alloc[spc]!;
  let idx = s.nextFreeIndex();
  if (idx === s.nelems) {
    if (h.collector !== null) h.collector.allocSlow();
    c.refill(spc);
    s = c.alloc[spc]!;
    idx = s.nextFreeIndex();
  }
  s.allocCount++;
  return idx;
}

/** nextFreeFast: the index of a free slot from the span's allocCache, or -1 if the cache is exhausted. */
function nextFreeFast(s: MSpan): number {
  const cache = s.allocCache;
  if (cache === 0) return -1;
  const theBit = 31 - Math.clz32(cache & -cache);
  const result = s.freeindex + theBit;
  if (result >= s.nelems) return -1;
  const freeidx = result + 1;
  if ((freeidx & 31) === 0 && freeidx !== s.nelems) return -1;
  s.allocCache = theBit === 31 ? 0 : (cache >>> (theBit + 1)) | 0;
  s.freeindex = freeidx;
  s.allocCount++;
  return result;
}
