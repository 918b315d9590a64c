// Typed copies with the write barrier: how a value of a type with pointers is
// copied anywhere the collector may be watching.
//
// Mirrors Go's runtime/mbarrier.go (typedmemmove, typedmemclr,
// bulkBarrierPreWrite). While the barrier is on, each pointer word of the
// destination is shaded before it is overwritten and the incoming pointer is
// shaded while stacks are grey — exactly what writePointer does for one word —
// so a copy never hides an object from the collector. Scalars are copied with
// copyWithin. Source and destination may overlap (memmove).

import type { Arena } from './arena.js';
import type { MHeap } from './mheap.js';
import type { Type } from './type.js';

/** typedmemmove: *dst = *src for a value of type typ. */
export function typedmemmove(heap: MHeap, typ: Type, dst: number, src: number): void {
  if (dst === src || typ.size === 0) return;
  if (typ.ptrdata !== 0 && heap.writeBarrier) barrierWords(heap, typ, dst, src);
  heap.arena.u8.copyWithin(dst, src, src + typ.size);
}

/** typedslicecopy's move: n elements of typ from src to dst. */
export function typedarraymove(heap: MHeap, typ: Type, dst: number, src: number, n: number): void {
  if (dst === src || n === 0 || typ.size === 0) return;
  if (typ.ptrdata !== 0 && heap.writeBarrier) {
    for (let i = 0; i < n; i++) barrierWords(heap, typ, dst + i * typ.size, src + i * typ.size);
  }
  heap.arena.u8.copyWithin(dst, src, src + n * typ.size);
}

/** typedmemclr: *dst = zero value of typ. */
export function typedmemclr(heap: MHeap, typ: Type, dst: number): void {
  if (typ.ptrdata !== 0 && heap.writeBarrier) barrierWords(heap, typ, dst, -1);
  heap.arena.u8.fill(0, dst, dst + typ.size);
}

// bulkBarrierPreWrite for one value: the barrier for every pointer word of typ
// at dst, with the new value read from src (-1: the new value is nil). As in
// Go, a destination on a goroutine stack (a manual span) takes no barrier:
// stacks are roots, scanned whole, and pointer stores into them are not counted.
function barrierWords(heap: MHeap, typ: Type, dst: number, src: number): void {
  if (heap.manualSpanOf(dst) !== null) return;
  const u32: Arena['u32'] = heap.arena.u32;
  const c = heap.collector!;
  const words = typ.ptrdata >>> 3;
  for (let w = 0; w < words; w++) {
    if (!typ.isPointerWord(w)) continue;
    c.writeBarrier(dst + w * 8, src < 0 ? 0 : u32[(src + w * 8) >>> 2]!);
  }
}
