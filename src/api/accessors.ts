// Accessors: typed reads and writes of Go values in the gomem heap.
//
// Go code reads a field with one load the compiler generated; a TypeScript program
// gets the same from an accessor made once per field (rt.intField(Node, 'item'))
// and called with an object's address. An accessor holds the field's offset and
// kind, so get/set compute one typed-array index — no JS object per access.
//
// Every access is checked before anything changes, in the order Go checks:
//   1. nil → runtime error: invalid memory address or nil pointer dereference
//   2. (runtime checks on) the address is inside an allocated object whose type is
//      the accessor's owner type, at a whole element of it (arrays of T count)
//   3. index / slice bounds → Go's index out of range / slice bounds messages
//   4. values: integers must fit the field's width; pointers must be nil or point
//      into an allocated object, and are stored only through writePointer
// so a failed access leaves the heap as it was.
//
//   slice header (24 B)         string header (16 B)
//   ├ array * ┼ len ┼ cap ┤     ├ str * ┼ len ┤

import type { Arena } from '../runtime/arena.js';
import type { MHeap } from '../runtime/mheap.js';
import { nilPanic, panicIndex, panicSliceAcap, panicSliceB } from '../runtime/panic.js';
import type { Runtime } from '../runtime/runtime.js';
import { growsliceCap } from '../runtime/slice.js';
import { readUTF8 } from '../runtime/string.js';
import { Kind, type Type } from '../runtime/type.js';

const two32 = 4294967296;

/** The common part: resolve an object address to the address of the value. */
export class Accessor {
  /** Cached from rt: an access is a few loads, not a chain of them. */
  protected readonly arena: Arena;
  private readonly heap: MHeap;
  private readonly checks: boolean;

  constructor(
    protected readonly rt: Runtime,
    /** The struct (or other type) whose objects this accessor reads; null: any object. */
    readonly owner: Type | null,
    readonly offset: number,
    readonly type: Type,
    readonly name: string,
  ) {
    this.heap = rt.heap;
    this.arena = rt.heap.arena;
    this.checks = rt.checks;
  }

  /** The address of the value in the object at p (checks 1 and 2). */
  addr(p: number): number {
    if (p === 0) nilPanic();
    if (this.checks) this.checkObject(p);
    return p + this.offset;
  }

  /** One span lookup and one slot index serve both checks: allocated, and of the owner's type. */
  private checkObject(p: number): void {
    const s = this.heap.spanOf(p);
    const i = s === null ? 0 : s.objIndex(p);
    if (s === null || p >= s.limit || s.isFree(i)) {
      throw new TypeError(`gomem: ${String(p)} is not a pointer to an allocated object`);
    }
    const owner = this.owner;
    if (owner === null) return;
    const id = s.typeIdOf(i);
    if (id === 0) return;
    const inner = p - (s.startAddr + i * s.elemsize);
    if (id !== owner.id || (inner !== 0 && inner % owner.size !== 0)) {
      const actual = this.rt.types.get(id);
      throw new TypeError(`gomem: ${this.name} used on a ${actual.name} object`);
    }
  }
}

/** Integer fields and elements: int, int8..int64, uint, uint8..uint64, uintptr. */
export class IntAccessor extends Accessor {
  private readonly width: number;
  private readonly signed: boolean;
  private readonly min: number;
  private readonly max: number;

  constructor(rt: Runtime, owner: Type | null, offset: number, type: Type, name: string) {
    super(rt, owner, offset, type, name);
    this.width = type.size;
    this.signed = isSigned(type.kind);
    const bits = type.size * 8;
    if (bits === 64) {
      // Numbers are exact to 2^53; wider int64/uint64 values are refused, not rounded.
      this.min = this.signed ? Number.MIN_SAFE_INTEGER : 0;
      this.max = Number.MAX_SAFE_INTEGER;
    } else {
      this.min = this.signed ? -(2 ** (bits - 1)) : 0;
      this.max = this.signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
    }
  }

  get(p: number): number {
    const a = this.addr(p);
    const ar = this.arena;
    switch (this.width) {
      case 8: {
        const lo = ar.u32[a >>> 2]!;
        const hi = this.signed ? ar.i32[(a >>> 2) + 1]! : ar.u32[(a >>> 2) + 1]!;
        return hi * two32 + lo;
      }
      case 4:
        return this.signed ? ar.i32[a >>> 2]! : ar.u32[a >>> 2]!;
      case 2:
        return this.signed ? ar.i16[a >>> 1]! : ar.u16[a >>> 1]!;
      default:
        return this.signed ? ar.i8[a]! : ar.u8[a]!;
    }
  }

  /**
   * The common case, an int32-sized value in a 64-bit field, is the low word and
   * its sign extension; everything else is storeOther's, out of line, so an
   * inlined set spends little of V8's cumulative inlining budget in the caller.
   */
  set(p: number, v: number): void {
    const a = this.addr(p);
    if (this.width === 8 && (v | 0) === v && (this.signed || v >= 0)) {
      const i32 = this.arena.i32;
      i32[a >>> 2] = v;
      i32[(a >>> 2) + 1] = v >> 31;
      return;
    }
    this.storeOther(a, v);
  }

  /** set's general case: range-checked, then stored at the field's width. */
  private storeOther(a: number, v: number): void {
    if (!Number.isInteger(v) || v < this.min || v > this.max) {
      throw new RangeError(`gomem: ${v} overflows ${this.type.name}`);
    }
    const ar = this.arena;
    switch (this.width) {
      case 8: {
        const hi = Math.floor(v / two32);
        ar.u32[a >>> 2] = v - hi * two32;
        ar.i32[(a >>> 2) + 1] = hi;
        return;
      }
      case 4:
        ar.i32[a >>> 2] = v;
        return;
      case 2:
        ar.i16[a >>> 1] = v;
        return;
      default:
        ar.i8[a] = v;
    }
  }
}

export class FloatAccessor extends Accessor {
  get(p: number): number {
    const a = this.addr(p);
    const ar = this.arena;
    return this.type.size === 8 ? ar.f64[a >>> 3]! : ar.f32[a >>> 2]!;
  }

  set(p: number, v: number): void {
    const a = this.addr(p);
    const ar = this.arena;
    if (this.type.size === 8) ar.f64[a >>> 3] = v;
    else ar.f32[a >>> 2] = v;
  }
}

export class BoolAccessor extends Accessor {
  get(p: number): boolean {
    return this.arena.u8[this.addr(p)] !== 0;
  }

  set(p: number, v: boolean): void {
    this.arena.u8[this.addr(p)] = v ? 1 : 0;
  }
}

/** Pointer-shaped values: *T, map, chan, func, unsafe.Pointer. */
export class PtrAccessor extends Accessor {
  get(p: number): number {
    return this.arena.u32[this.addr(p) >>> 2]!;
  }

  set(p: number, q: number): void {
    this.rt.storePointer(this.addr(p), q);
  }
}

export class StringAccessor extends Accessor {
  get(p: number): string {
    const a = this.addr(p);
    const ar = this.arena;
    return readUTF8(ar, ar.u32[a >>> 2]!, ar.u32[(a >>> 2) + 2]!);
  }

  /** Go's len(s): bytes, not characters. */
  len(p: number): number {
    return this.arena.u32[(this.addr(p) >>> 2) + 2]!;
  }

  /** Stores s: its UTF-8 bytes are allocated (noscan, tiny when short) and the header written. */
  set(p: number, s: string): void {
    const a = this.addr(p);
    const str = this.rt.newString(s);
    this.rt.storePointer(a, str);
    const u32 = this.arena.u32;
    u32[(a >>> 2) + 2] = s === '' ? 0 : Buffer.byteLength(s, 'utf8');
    u32[(a >>> 2) + 3] = 0;
  }
}

/** A slice header: make, len, cap, index, append and reslicing, as Go does them. */
export class SliceAccessor extends Accessor {
  readonly elem: Type;

  constructor(rt: Runtime, owner: Type | null, offset: number, type: Type, name: string) {
    super(rt, owner, offset, type, name);
    this.elem = type.elem!;
  }

  array(p: number): number {
    return this.arena.u32[this.addr(p) >>> 2]!;
  }

  len(p: number): number {
    return this.arena.u32[(this.addr(p) >>> 2) + 2]!;
  }

  cap(p: number): number {
    return this.arena.u32[(this.addr(p) >>> 2) + 4]!;
  }

  /** s = make([]T, len, cap). */
  make(p: number, len: number, cap = len): void {
    const a = this.addr(p);
    const arr = this.rt.makeslice(this.elem, len, cap);
    this.write(a, arr, len, cap);
  }

  /** The address of s[i]. */
  index(p: number, i: number): number {
    const a = this.addr(p);
    const u32 = this.arena.u32;
    const len = u32[(a >>> 2) + 2]!;
    if (!Number.isInteger(i) || i < 0 || i >= len) panicIndex(i, len);
    return u32[a >>> 2]! + i * this.elem.size;
  }

  /**
   * s = append(s, <zero T>): grows the backing array as growslice does when full.
   * Returns the address of the new element, which reads as zero.
   */
  append(p: number): number {
    const a = this.addr(p);
    const u32 = this.arena.u32;
    let arr = u32[a >>> 2]!;
    const len = u32[(a >>> 2) + 2]!;
    let cap = u32[(a >>> 2) + 4]!;
    if (len === cap) {
      arr = this.rt.growslice(this.elem, arr, len, cap, len + 1);
      cap = growsliceCap(this.elem.size, cap, len + 1);
      this.write(a, arr, len + 1, cap);
    } else {
      u32[(a >>> 2) + 2] = len + 1;
    }
    const e = arr + len * this.elem.size;
    this.arena.u8.fill(0, e, e + this.elem.size);
    return e;
  }

  /** s = s[low:high]. */
  slice(p: number, low: number, high: number): void {
    const a = this.addr(p);
    const u32 = this.arena.u32;
    const cap = u32[(a >>> 2) + 4]!;
    if (!Number.isInteger(high) || high < 0 || high > cap) panicSliceAcap(high, cap);
    if (!Number.isInteger(low) || low < 0 || low > high) panicSliceB(low, high);
    const arr = u32[a >>> 2]!;
    const newcap = cap - low;
    this.write(a, newcap === 0 ? arr : arr + low * this.elem.size, high - low, newcap);
  }

  private write(a: number, arr: number, len: number, cap: number): void {
    this.rt.storePointer(a, arr);
    const u32 = this.arena.u32;
    u32[(a >>> 2) + 2] = len;
    u32[(a >>> 2) + 3] = 0;
    u32[(a >>> 2) + 4] = cap;
    u32[(a >>> 2) + 5] = 0;
  }
}

/** An array-typed field: element addresses with Go's bounds check. */
export class ArrayAccessor extends Accessor {
  index(p: number, i: number): number {
    const a = this.addr(p);
    const len = this.type.len;
    if (!Number.isInteger(i) || i < 0 || i >= len) panicIndex(i, len);
    return a + i * this.type.elem!.size;
  }
}

function isSigned(k: Kind): boolean {
  return k === Kind.Int || k === Kind.Int8 || k === Kind.Int16 || k === Kind.Int32 || k === Kind.Int64;
}
