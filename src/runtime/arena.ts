// The address space: one reserved range that the heap grows into.
//
// Mirrors Go's runtime/mem_linux.go and malloc.go (sysReserve, sysMap, sysFree,
// mheap.sysAlloc). Go reserves address space up front and maps it on demand; here
// the reservation is a resizable ArrayBuffer created once with maxByteLength, and
// sysMap grows it. Growth is always at the top and so is shrinking (sysFreeTop),
// which is how freed pages really go back to the operating system: V8 decommits the
// pages past the new byteLength.
//
// Addresses are plain numbers: byte offsets into the buffer. Offset 0 is nil, and
// the first page is never handed out, so no object has address 0. Users see
// addresses as Go shows them, 0xc000000000 + offset, because Go's amd64 heap
// starts at 0xc000000000.
//
//   offset 0          8 KiB                                   mapped    reserved
//   ├── nil page ─────┼──────── heap pages (8 KiB each) ───────┤ · · · · · ┤
//
// The buffer runs ahead of what is mapped: sysMap maps whole 4 MiB chunks, as
// Go does, but the buffer grows by at least an eighth of itself. Each resize
// tells V8 its external memory grew, and V8 answers growth with full
// collections of its own heap, whose pauses land anywhere, inside the
// collector's stop-the-world phases too (growing 640 MiB in 4 MiB steps costs
// 8 of them, in eighths 2). The part past the mapped top was never written
// and is never read, so it holds no RSS and reads as zero when mapped;
// sysFreeTop shrinks the buffer to the mapped top, which gives the pages back.
//
// The views below track the buffer's length, so they stay valid across growth;
// every heap access goes through them with an index computed from the address
// (u32[addr >>> 2], f64[addr >>> 3]), never through a per-access JS object.

import { pallocChunkBytes } from './mpagealloc.js';

/** Go's amd64 heap addresses start here; shown addresses are arenaBaseAddr + offset. */
export const arenaBaseAddr = 0xc000000000;

/** 4 GiB: V8's largest ArrayBuffer, and the most a 32-bit pointer word can address. */
export const maxArenaBytes = 2 ** 32;

export class Arena {
  readonly buffer: ArrayBuffer;
  /** The mapped top: bytes sysMap handed out and sysFreeTop has not taken back. */
  private top = 0;
  readonly u8: Uint8Array;
  readonly i8: Int8Array;
  readonly i16: Int16Array;
  readonly u16: Uint16Array;
  readonly i32: Int32Array;
  readonly u32: Uint32Array;
  readonly f32: Float32Array;
  readonly f64: Float64Array;

  constructor(readonly reserved: number) {
    if (!Number.isInteger(reserved) || reserved <= 0 || reserved > maxArenaBytes || reserved % 8192 !== 0) {
      throw new RangeError(
        `gomem: arena reservation must be a multiple of 8192 up to ${maxArenaBytes} bytes`,
      );
    }
    this.buffer = new ArrayBuffer(0, { maxByteLength: reserved });
    this.u8 = new Uint8Array(this.buffer);
    this.i8 = new Int8Array(this.buffer);
    this.i16 = new Int16Array(this.buffer);
    this.u16 = new Uint16Array(this.buffer);
    this.i32 = new Int32Array(this.buffer);
    this.u32 = new Uint32Array(this.buffer);
    this.f32 = new Float32Array(this.buffer);
    this.f64 = new Float64Array(this.buffer);
  }

  /** Bytes currently mapped (the buffer may be longer: see above). */
  get mapped(): number {
    return this.top;
  }

  /**
   * sysMap: extend the mapped range by n bytes at the top and return the old end,
   * or -1 when the reservation is exhausted. New memory reads as zero.
   */
  sysMap(n: number): number {
    const base = this.top;
    if (base + n > this.reserved) return -1;
    this.top = base + n;
    const length = this.buffer.byteLength;
    if (this.top > length) {
      const ahead = Math.ceil(length / 8 / pallocChunkBytes) * pallocChunkBytes;
      this.buffer.resize(Math.min(this.reserved, Math.max(this.top, length + ahead)));
    }
    return base;
  }

  /** sysFree at the top: unmap everything at or above end. */
  sysFreeTop(end: number): void {
    if (end < this.top) this.top = end;
    if (end < this.buffer.byteLength) this.buffer.resize(end);
  }
}

/** Formats an address as Go prints a pointer (%p): 0xc000012000, or 0x0 for nil. */
export function formatAddr(addr: number): string {
  return addr === 0 ? '0x0' : `0x${(arenaBaseAddr + addr).toString(16)}`;
}
