// A function's stack frame: where its locals, temporaries and result areas
// live, and which words of it hold pointers (the frame's pointer map, which the
// collector reads through the frame descriptor).
//
//   fp+0  descriptor id   fp+4  caller's fp   fp+8…  slots, each aligned to
//                                                   its type (8 for words)
//
// Mirrors cmd/compile/internal/ssagen's stack frame layout (AllocFrame) and
// liveness's stack maps, simplified: every pointer word of the frame is in the
// map for the whole call, and the prologue zeroes them, so a slot is a root
// from the start of the call to its end (Go's maps are per safe point).

import { alignof, sizeof } from '../sizes.js';
import type { Type } from '../types.js';
import { pointerOffsets } from './types.js';

export const frameHeader = 8;

export class Frame {
  size = frameHeader;
  readonly ptrs: number[] = [];
  /** Set by the first slot, even a zero-size one: code addresses fp from then on. */
  private used = false;

  /** A slot for a value of type t; returns its offset from fp. */
  alloc(t: Type): number {
    this.used = true;
    const a = Math.max(alignof(t), 1);
    const off = Math.ceil(this.size / a) * a;
    this.size = off + Math.max(sizeof(t), 0);
    pointerOffsets(t, off, this.ptrs);
    return off;
  }

  /** A slot of n bytes, 8-aligned, whose words at ptrOffs (relative) hold pointers. */
  allocBytes(n: number, ptrOffs: number[]): number {
    this.used = true;
    const off = Math.ceil(this.size / 8) * 8;
    this.size = off + n;
    for (const p of ptrOffs) this.ptrs.push(off + p);
    return off;
  }

  /** One pointer word. */
  allocPtr(): number {
    return this.allocBytes(8, [0]);
  }

  /** The frame's size, rounded to words (a used frame has at least one word of slots). */
  get total(): number {
    return Math.max(Math.ceil(this.size / 8) * 8, this.used ? frameHeader + 8 : frameHeader);
  }

  /** Whether the function needs no frame at all. */
  get empty(): boolean {
    return !this.used;
  }
}
