// The grey set: objects marked but not yet scanned.
//
// Mirrors Go's runtime/mgcwork.go (gcWork: put, tryGet, bytesMarked, heapScanWork).
// Go keeps per-P work buffers that spill to a global list; with one mutator thread
// a single growable stack of addresses is the same queue. Entries are object bases,
// or oblet starts inside objects larger than 128 KiB (scanned 128 KiB at a time so
// no single scan step is long).
//
//   stack: [ obj obj oblet obj ... ]  top →
//
// Invariant: every address on the stack has its mark bit set (grey = marked and
// queued; black = marked and scanned).

export class GCWork {
  private stack = new Uint32Array(4096);
  private top = 0;
  /** Bytes of objects marked this cycle (the live heap once marking is done). */
  bytesMarked = 0;
  /** Bytes of heap scanned this cycle (Go's heapScanWork). */
  heapScanWork = 0;

  get empty(): boolean {
    return this.top === 0;
  }

  put(p: number): void {
    if (this.top === this.stack.length) {
      const bigger = new Uint32Array(this.stack.length * 2);
      bigger.set(this.stack);
      this.stack = bigger;
    }
    this.stack[this.top++] = p;
  }

  /** The next grey address, or 0 when there is none. */
  tryGet(): number {
    return this.top === 0 ? 0 : this.stack[--this.top]!;
  }

  reset(): void {
    this.top = 0;
    this.bytesMarked = 0;
    this.heapScanWork = 0;
  }
}
