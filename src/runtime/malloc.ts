// mallocgc: allocate an object of `size` bytes of type `typ`.
//
// Mirrors Go's runtime/malloc.go (mallocgc, nextFreeFast, memclrNoHeapPointers).
// Three paths, as in Go:
//
//   size == 0                  → zerobase, one shared address
//   noscan && size < 16        → tiny: packed into the P's current 16-byte block,
//                                aligned to 8/4/2 by the size's low bits
//   size ≤ 32 KiB              → small: a slot of the size class's cached span,
//                                found by one count-trailing-zeros (nextFreeFast)
//   size > 32 KiB              → large: a span of its own
//
// The returned memory reads as zero: fresh spans are zero already, and a span
// whose memory held objects before (needzero) is cleared slot by slot. For scan
// objects the heap bitmap is written from the type's pointer mask, repeated when
// the object holds an array of typ (size a multiple of typ.size, as makeslice asks).
// Nothing on the fast path allocates a JS object.
//
// The collector is consulted before a slow path allocates (so a cycle it starts
// sees the new object allocated black), and per object only through the
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
  let x: number;
  let span: MSpan;
  if (size <= _MaxSmallSize) {
    if (noscan && size < tinySize) {
      let off = c.tinyoffset;
      if ((size & 7) === 0) off = (off + 7) & ~7;
      else if ((size & 3) === 0) off = (off + 3) & ~3;
      else if ((size & 1) === 0) off = (off + 1) & ~1;
      if (off + size <= tinySize && c.tiny !== 0) {
        c.tinyoffset = off + size;
        c.tinyAllocs++;
        return c.tiny + off;
      }
      span = c.alloc[tinySpanClass]!;
      let idx = nextFreeFast(span);
      if (idx < 0) {
        if (h.collector !== null) h.collector.allocSlow();
        c.nextFree(tinySpanClass);
        span = c.alloc[tinySpanClass]!;
        idx = span.freeindex - 1;
      }
      x = span.startAddr + idx * 16;
      const w = x >>> 2;
      const u32 = h.arena.u32;
      u32[w] = 0;
      u32[w + 1] = 0;
      u32[w + 2] = 0;
      u32[w + 3] = 0;
      if (size < c.tinyoffset || c.tiny === 0) {
        c.tiny = x;
        c.tinyoffset = size;
      }
      span.typeData[span.typeIds + idx] = 0;
      if (h.allocBlack) h.collector!.markNew(span, idx);
      return x;
    }
    const sizeclass =
      size <= 1016 ? size_to_class8[(size + 7) >>> 3]! : size_to_class128[(size - 897) >>> 7]!;
    const spc = (sizeclass << 1) | (noscan ? 1 : 0);
    span = c.alloc[spc]!;
    let idx = nextFreeFast(span);
    if (idx < 0) {
      if (h.collector !== null) h.collector.allocSlow();
      c.nextFree(spc);
      span = c.alloc[spc]!;
      idx = span.freeindex - 1;
    }
    const slot = span.elemsize;
    x = span.startAddr + idx * slot;
    if (needzero && span.needzero) memclr(h, x, slot);
    if (noscan) {
      span.typeData[span.typeIds + idx] = typ === null ? 0 : typ.id;
    } else {
      h.heapBits.setType(x, slot, size, typ);
      span.typeData[span.typeIds + idx] = typ.id;
      c.scanAlloc += size === typ.size ? typ.ptrdata : size - typ.size + typ.ptrdata;
    }
    if (h.allocBlack) h.collector!.markNew(span, idx);
    return x;
  }
  if (h.collector !== null) h.collector.allocSlow();
  span = c.allocLarge(size, noscan);
  span.freeindex = 1;
  span.allocCount = 1;
  x = span.startAddr;
  if (needzero && span.needzero) h.arena.u8.fill(0, x, x + span.elemsize);
  if (!noscan) {
    h.heapBits.setType(x, span.elemsize, size, typ);
    c.scanAlloc += size === typ.size ? typ.ptrdata : size - typ.size + typ.ptrdata;
  }
  span.setTypeId(0, typ === null ? 0 : typ.id);
  if (h.allocBlack) h.collector!.markNew(span, 0);
  return x;
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

/** memclrNoHeapPointers: zero n bytes at x (n a multiple of 8). */
function memclr(h: MHeap, x: number, n: number): void {
  if (n <= 64) {
    const u32 = h.arena.u32;
    for (let w = x >>> 2, end = (x + n) >>> 2; w < end; w++) u32[w] = 0;
  } else {
    h.arena.u8.fill(0, x, x + n);
  }
}
