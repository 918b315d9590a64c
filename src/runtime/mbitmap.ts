// The heap bitmap: one pointer/scalar bit per 8-byte word of the arena.
//
// Mirrors Go's runtime/mbitmap.go (heapBitsSetType, heapBits.bits). Objects carry
// no header; the collector learns which words of an object hold pointers from these
// bits, written at allocation from the type's pointer mask (type.ts gcdata) and
// repeated for arrays. Go 1.19 keeps two bits per word (pointer + "more pointers");
// one bit is enough here because scanning stops at the object's end, which the span
// knows.
//
//   arena word w  →  bits[w >>> 5] bit (w & 31)        (w = addr >>> 3)
//
// Invariants: bits are meaningful only inside allocated objects of scan spans; an
// allocation in a scan span writes every word of its slot, so stale bits of a
// previous object in the same slot never survive. noscan spans are never written
// or read. The allocation bits (which slots are in use) live per span in mspan.ts.
//
// The bitmap grows with the heap's high-water mark (doubling, copied), not with
// the reservation: 4 GiB reserved would be a 64 MiB buffer at start, which V8
// counts as external memory and answers with collections of its own heap before
// the program has done anything. Callers read `bits` afresh after anything that
// may grow the heap.

import type { Type } from './type.js';

export class HeapBits {
  bits = new Uint32Array(0);
  private mapped = 0;

  constructor(private readonly reservedArenaBytes: number) {}

  /** Bytes of bitmap covering the mapped arena (counted in GCSys). */
  get bytes(): number {
    return this.mapped;
  }

  /** Follows the arena's high-water mark: one bitmap byte per 64 arena bytes. */
  resize(arenaBytes: number): void {
    this.mapped = arenaBytes / 64;
    const words = arenaBytes / 256;
    if (words <= this.bits.length) return;
    const bigger = new Uint32Array(
      Math.min(this.reservedArenaBytes / 256, Math.max(words, 2 * this.bits.length)),
    );
    bigger.set(this.bits);
    this.bits = bigger;
  }

  /**
   * The first pointer word at or after word w and before end (end if none),
   * skipping whole scalar bitmap words: how every scan of an object walks it.
   *
   *   for (let w = hb.nextPointer(b >>> 3, end); w < end; w = hb.nextPointer(w + 1, end)) ...
   */
  nextPointer(w: number, end: number): number {
    const bits = this.bits;
    while (w < end) {
      const word = bits[w >>> 5]! >>> (w & 31);
      if (word !== 0) return Math.min(w + 31 - Math.clz32(word & -word), end);
      w = (w | 31) + 1;
    }
    return end;
  }

  isPointer(addr: number): boolean {
    const w = addr >>> 3;
    return (this.bits[w >>> 5]! & (1 << (w & 31))) !== 0;
  }

  /**
   * heapBitsSetType: describe the object at addr (slot of `size` bytes) as holding
   * dataSize bytes of typ repeated; words past dataSize are scalars.
   */
  setType(addr: number, size: number, dataSize: number, typ: Type): void {
    const nwords = size >>> 3;
    if (dataSize === typ.size && typ.smallMask && nwords <= 32) {
      this.setWords(addr >>> 3, nwords, typ.mask32);
      return;
    }
    const gcdata = typ.gcdata;
    const elemWords = typ.size >>> 3;
    const dataWords = dataSize >>> 3;
    const maskWords = gcdata.length * 8;
    const first = addr >>> 3;
    let e = 0;
    for (let i = 0; i < nwords; i++) {
      const ptr = i < dataWords && e < maskWords && (gcdata[e >>> 3]! & (1 << (e & 7))) !== 0;
      this.setWords(first + i, 1, ptr ? 1 : 0);
      if (++e === elemWords) e = 0;
    }
  }

  /** Sets the n ≤ 32 bits of words [first, first+n) to mask (bit i → word first+i). */
  setWords(first: number, n: number, mask: number): void {
    const bits = this.bits;
    const i = first >>> 5;
    const sh = first & 31;
    if (sh + n <= 32) {
      const m = (n === 32 ? -1 : (1 << n) - 1) << sh;
      bits[i] = (bits[i]! & ~m) | (mask << sh);
    } else {
      const lo = 32 - sh;
      bits[i] = (bits[i]! & ~(-1 << sh)) | (mask << sh);
      const m1 = (1 << (n - lo)) - 1;
      bits[i + 1] = (bits[i + 1]! & ~m1) | (mask >>> lo);
    }
  }
}
