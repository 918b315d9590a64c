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
// class — and come back zeroed. A free run is one number, its chunk's index times
// chunkElems plus its offset, so releasing and reusing runs allocates no
// JavaScript objects: spans die and are reborn all through a program's run, and
// an object per freed run outlived V8's young generation and piled up as old
// garbage (about 2.7 MB of V8 heap over binary-trees' run).

const chunkElems = 1 << 16;

export class MetaSlab<A extends Uint16Array | Uint32Array> {
  /** The chunk holding the run the last alloc returned. */
  chunk: A;
  /** The chunk new runs are cut from, and how much of it is used. */
  private bump: A;
  private top = chunkElems;
  private liveElems = 0;
  /** Every chunk made, by index, and the index of each. */
  private readonly chunks: A[] = [];
  private readonly index = new Map<A, number>();
  /** Free runs by length: chunk index * chunkElems + offset. */
  private readonly free: number[][] = [];

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
      const chunk = this.chunks[Math.floor(run / chunkElems)]!;
      const off = run % chunkElems;
      chunk.fill(0, off, off + n);
      this.chunk = chunk;
      return off;
    }
    if (this.top + n > chunkElems) {
      this.bump = this.make(chunkElems);
      this.index.set(this.bump, this.chunks.length);
      this.chunks.push(this.bump);
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
    list.push(this.index.get(chunk)! * chunkElems + off);
  }
}
