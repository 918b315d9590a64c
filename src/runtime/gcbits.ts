// Slabs for per-span metadata: allocation bits, mark bits and object type ids.
//
// Mirrors the role of Go's gcBits arenas (runtime/mheap.go: newMarkBits,
// newAllocBits): span bitmaps are carved from large shared blocks instead of being
// allocated one by one, because a typed array per span costs far more than the
// span's objects. The blocks are fixed-size chunks that never move or grow — a
// span keeps a reference to its chunk and an offset into it — so no copying and no
// large garbage for V8 to collect.
//
//   chunk 0: [ span A bits | span B bits | free run | ... ]   chunk 1: [ ... ]
//            ^ span A: chunk 0, offset 0
//
// A run is at most one chunk long (span bitmaps are at most 1024 entries). Freed
// runs go on a free list per length — span bitmaps come in few lengths, one per size
// class — and come back zeroed.

const chunkElems = 1 << 16;

export class MetaSlab<A extends Uint16Array | Uint32Array> {
  /** The chunk holding the run the last alloc returned. */
  chunk: A;
  /** The chunk new runs are cut from, and how much of it is used. */
  private bump: A;
  private top = chunkElems;
  private liveElems = 0;
  private readonly free: { chunk: A; off: number }[][] = [];

  constructor(private readonly make: (n: number) => A) {
    this.bump = make(0);
    this.chunk = this.bump;
  }

  /** Bytes holding live metadata. */
  get bytes(): number {
    return this.liveElems * this.chunk.BYTES_PER_ELEMENT;
  }

  /** A zeroed run of n ≤ 65536 elements: its offset, in the chunk left in `chunk`. */
  alloc(n: number): number {
    this.liveElems += n;
    const list = this.free[n];
    if (list !== undefined && list.length > 0) {
      const run = list.pop()!;
      run.chunk.fill(0, run.off, run.off + n);
      this.chunk = run.chunk;
      return run.off;
    }
    if (this.top + n > chunkElems) {
      this.bump = this.make(chunkElems);
      this.top = 0;
    }
    const off = this.top;
    this.top += n;
    this.chunk = this.bump;
    return off;
  }

  release(chunk: A, off: number, n: number): void {
    this.liveElems -= n;
    let list = this.free[n];
    if (list === undefined) {
      list = [];
      this.free[n] = list;
    }
    list.push({ chunk, off });
  }
}
