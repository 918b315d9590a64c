// The page allocator: which 8 KiB pages of the arena are in use.
//
// Mirrors Go's runtime/mpagealloc.go and mpallocbits.go (pageAlloc.alloc, free,
// grow, find; pallocSum). One bit per page, grouped in chunks of 512 pages (4 MiB).
// Each chunk keeps a summary of its free runs — start (free pages at its low end),
// max (longest free run) and end (free pages at its high end) — so a search skips
// whole chunks and finds runs that straddle chunk boundaries. Go arranges the
// summaries in a five-level radix tree; with at most 1024 chunks (4 GiB) a single
// level scanned from `searchChunk` does the same job.
//
// Allocation is address-ordered first fit: the lowest run of npages free pages.
// That keeps used memory packed low and free memory gathered at the top, where the
// arena can shrink to return it.
//
// Each page also has a scavenged bit (Go's pallocData.scavenged): set when the page
// is free and its memory has been returned to the OS (or never touched). Allocating
// a page clears it; the caller learns how many bytes it took back from the OS.
// scavenge (Go's pageAlloc.scavenge, scavengeOne, findScavengeCandidate) sets it on
// free pages, highest addresses first; shrink forgets the pages at the top once the
// arena gives them back.
//
// Invariant: no page at or above scavCursor is free and unscavenged; free lifts
// the cursor, so a search for scavengeable pages starts there and walks down.
//
//   chunk c: pages [512c, 512c+512)   inUse bit 1 = allocated (or not yet grown into)
//   ├─ start ─┤ ... ├── max ──┤ ... ├─ end ─┤

import { ctz32 } from './mspan.js';
import { _PageShift as pageShift, _PageSize as pageSize } from './sizeclasses.js';

export const pallocChunkPages = 512;
export const pallocChunkBytes = pallocChunkPages * pageSize;
const wordsPerChunk = pallocChunkPages / 32;

export class PageAlloc {
  private readonly inUse: Uint32Array;
  private readonly scav: Uint32Array;
  private readonly sumStart: Uint16Array;
  private readonly sumMax: Uint16Array;
  private readonly sumEnd: Uint16Array;
  /** Pages the allocator covers: [0, endPage). */
  endPage = 0;
  /** No chunk below this one has a free page. */
  private searchChunk = 0;
  /** Bytes of scavenged memory the last alloc took back into use. */
  lastScav = 0;
  /** No page at or above this one is free and unscavenged. */
  private scavCursor = 0;

  constructor(maxBytes: number) {
    const maxChunks = Math.ceil(maxBytes / pallocChunkBytes);
    this.inUse = new Uint32Array(maxChunks * wordsPerChunk).fill(0xffffffff);
    this.scav = new Uint32Array(maxChunks * wordsPerChunk);
    this.sumStart = new Uint16Array(maxChunks);
    this.sumMax = new Uint16Array(maxChunks);
    this.sumEnd = new Uint16Array(maxChunks);
    this.bytes =
      this.inUse.byteLength +
      this.scav.byteLength +
      this.sumStart.byteLength +
      this.sumMax.byteLength +
      this.sumEnd.byteLength;
  }

  /** Bytes of metadata (bitmaps and summaries), for GCSys; fixed at construction. */
  readonly bytes: number;

  /** grow: pages [base, base+size) become free and scavenged (fresh from the OS). */
  grow(base: number, size: number): void {
    const first = base >>> pageShift;
    const n = size >>> pageShift;
    this.setRange(this.inUse, first, n, false);
    this.setRange(this.scav, first, n, true);
    this.endPage = Math.max(this.endPage, first + n);
    this.summarizeRange(first, n);
    this.searchChunk = Math.min(this.searchChunk, (first / pallocChunkPages) | 0);
  }

  /**
   * alloc: the address of the lowest run of npages free pages, now in use, or -1.
   * lastScav tells how many of its bytes were scavenged.
   */
  alloc(npages: number): number {
    const page = this.find(npages);
    if (page < 0) return -1;
    this.lastScav = this.countRange(this.scav, page, npages) * pageSize;
    this.setRange(this.inUse, page, npages, true);
    this.setRange(this.scav, page, npages, false);
    this.summarizeRange(page, npages);
    while (this.searchChunk * pallocChunkPages < this.endPage && this.sumMax[this.searchChunk] === 0) {
      this.searchChunk++;
    }
    return page * pageSize;
  }

  /** free: pages [base, base + npages*8192) become free (not scavenged). */
  free(base: number, npages: number): void {
    const page = base >>> pageShift;
    this.setRange(this.inUse, page, npages, false);
    this.summarizeRange(page, npages);
    this.searchChunk = Math.min(this.searchChunk, (page / pallocChunkPages) | 0);
    this.scavCursor = Math.max(this.scavCursor, page + npages);
  }

  /**
   * scavenge: mark up to ceil(nbytes/8192) free, unscavenged pages scavenged, the
   * highest first, and return how many bytes that was. Less than asked means no
   * such page is left.
   */
  scavenge(nbytes: number): number {
    const want = Math.ceil(nbytes / pageSize);
    let done = 0;
    let p = this.scavCursor;
    while (done < want && p > 0) {
      // The highest candidate below p: skip whole words with none.
      const w = (p - 1) >>> 5;
      const cand = ~this.inUse[w]! & ~this.scav[w]! & (p - w * 32 === 32 ? -1 : (1 << (p - w * 32)) - 1);
      if (cand === 0) {
        p = w * 32;
        continue;
      }
      const top = w * 32 + 31 - Math.clz32(cand);
      // Take the candidate run downward from its top.
      let q = top;
      while (q >= 0 && done < want && !this.bit(this.inUse, q) && !this.bit(this.scav, q)) {
        this.setBit(this.scav, q, true);
        done++;
        q--;
      }
      p = q + 1;
    }
    // Everything from p up was searched; a partial last run may still have pages below.
    this.scavCursor = done < want ? 0 : p;
    return done * pageSize;
  }

  /**
   * The first page of the free, scavenged run that ends at the top (endPage when
   * the top page is in use or retained): everything from there up can be unmapped.
   */
  releasedTop(): number {
    let p = this.endPage;
    while (p > 0 && !this.bit(this.inUse, p - 1) && this.bit(this.scav, p - 1)) p--;
    return p;
  }

  /**
   * shrink: forget the pages at and above page `end`, which must be free and
   * scavenged; they go back to "not grown into" until a later grow.
   */
  shrink(end: number): void {
    const n = this.endPage - end;
    if (n <= 0) return;
    this.setRange(this.inUse, end, n, true);
    this.setRange(this.scav, end, n, false);
    this.summarizeRange(end, n);
    this.endPage = end;
    this.scavCursor = Math.min(this.scavCursor, end);
  }

  isFree(page: number): boolean {
    return !this.bit(this.inUse, page);
  }

  isScavenged(page: number): boolean {
    return this.bit(this.scav, page);
  }

  /** Address-ordered first fit over the chunk summaries. */
  private find(npages: number): number {
    const lastChunk = Math.ceil(this.endPage / pallocChunkPages);
    let run = 0;
    for (let c = this.searchChunk; c < lastChunk; c++) {
      const start = this.sumStart[c]!;
      if (run > 0 && run + start >= npages) return c * pallocChunkPages - run;
      if (this.sumMax[c]! >= npages) return this.findInChunk(c, npages);
      run = start === pallocChunkPages ? run + pallocChunkPages : this.sumEnd[c]!;
    }
    return -1;
  }

  private findInChunk(c: number, npages: number): number {
    const firstWord = c * wordsPerChunk;
    let run = 0;
    for (let w = firstWord; w < firstWord + wordsPerChunk; w++) {
      const x = this.inUse[w]!;
      if (x === 0 && run + 32 < npages) {
        run += 32;
        continue;
      }
      if (x === -1 >>> 0) {
        run = 0;
        continue;
      }
      for (let b = 0; b < 32; b++) {
        if ((x & (1 << b)) !== 0) run = 0;
        else if (++run === npages) return w * 32 + b - npages + 1;
      }
    }
    throw new Error('gomem: page summary promised a free run the bitmap does not have');
  }

  private summarizeRange(firstPage: number, n: number): void {
    if (n <= 0) return;
    const c0 = (firstPage / pallocChunkPages) | 0;
    const c1 = ((firstPage + n - 1) / pallocChunkPages) | 0;
    for (let c = c0; c <= c1; c++) this.summarize(c);
  }

  /** Recompute chunk c's (start, max, end), a run of set or clear bits at a time. */
  private summarize(c: number): void {
    const firstWord = c * wordsPerChunk;
    let start = -1;
    let max = 0;
    let run = 0;
    for (let w = firstWord; w < firstWord + wordsPerChunk; w++) {
      const x = this.inUse[w]!;
      let b = 0;
      while (b < 32) {
        const rest = x >>> b;
        if ((rest & 1) === 0) {
          const len = rest === 0 ? 32 - b : ctz32(rest);
          run += len;
          b += len;
        } else {
          if (start < 0) start = run;
          if (run > max) max = run;
          run = 0;
          const ones = ~rest;
          b += ones === 0 ? 32 - b : ctz32(ones);
        }
      }
    }
    if (start < 0) start = run;
    if (run > max) max = run;
    this.sumStart[c] = start;
    this.sumMax[c] = max;
    this.sumEnd[c] = run;
  }

  private bit(bits: Uint32Array, p: number): boolean {
    return (bits[p >>> 5]! & (1 << (p & 31))) !== 0;
  }

  private setRange(bits: Uint32Array, first: number, n: number, value: boolean): void {
    let p = first;
    const end = first + n;
    while (p < end && (p & 31) !== 0) this.setBit(bits, p++, value);
    while (p + 32 <= end) {
      bits[p >>> 5] = value ? 0xffffffff : 0;
      p += 32;
    }
    while (p < end) this.setBit(bits, p++, value);
  }

  private setBit(bits: Uint32Array, p: number, value: boolean): void {
    if (value) bits[p >>> 5]! |= 1 << (p & 31);
    else bits[p >>> 5]! &= ~(1 << (p & 31));
  }

  private countRange(bits: Uint32Array, first: number, n: number): number {
    let count = 0;
    for (let p = first; p < first + n; p++) if (this.bit(bits, p)) count++;
    return count;
  }
}
