// Slabs for per-span metadata: allocation bits, mark bits and object type ids.
//
// Mirrors the role of Go's gcBits arenas (runtime/mheap.go: newMarkBits,
// newAllocBits): span bitmaps are carved from large shared blocks instead of being
// allocated one by one, because a typed array per span costs far more than the
// span's objects. A span stores offsets into `data`; `data` may be replaced by a
// larger copy when the slab grows, so callers read slab.data afresh each time and
// never keep it across an allocation.
//
//   data: [ span A allocBits | span A markBits | span B allocBits | free | ... ]
//
// Freed runs go on a free list per length (span bitmaps come in few lengths: one
// per size class) and come back zeroed.

export class MetaSlab<A extends Uint16Array | Uint32Array> {
  data: A;
  private top = 0;
  private freeElems = 0;
  private readonly free: number[][] = [];

  constructor(
    private readonly make: (n: number) => A,
    initial: number,
  ) {
    this.data = make(initial);
  }

  /** Bytes holding live metadata. */
  get bytes(): number {
    return (this.top - this.freeElems) * this.data.BYTES_PER_ELEMENT;
  }

  /** A zeroed run of n elements; returns its offset. */
  alloc(n: number): number {
    const list = this.free[n];
    if (list !== undefined && list.length > 0) {
      const off = list.pop()!;
      this.freeElems -= n;
      this.data.fill(0, off, off + n);
      return off;
    }
    if (this.top + n > this.data.length) this.grow(this.top + n);
    const off = this.top;
    this.top += n;
    return off;
  }

  release(off: number, n: number): void {
    let list = this.free[n];
    if (list === undefined) {
      list = [];
      this.free[n] = list;
    }
    list.push(off);
    this.freeElems += n;
  }

  private grow(need: number): void {
    let n = this.data.length * 2;
    while (n < need) n *= 2;
    const bigger = this.make(n);
    bigger.set(this.data);
    this.data = bigger;
  }
}
