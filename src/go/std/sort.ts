// sort: Ints, Float64s, Strings, Slice, SliceStable, Sort, Stable, IsSorted,
// the *AreSorted checks, Search*.
//
// Mirrors Go 1.19's sort/zsortfunc.go and zsortinterface.go: pattern-defeating
// quicksort (pdqsort: insertion sort below 13 elements, ninther pivots from 50,
// partialInsertionSort on sorted-looking input, breakPatterns with the xorshift
// seeded by the length, heapsort when the limit bits.Len(n) runs out) and the
// stable insertion-sort-blocks + symMerge. The sequence of Less and Swap calls
// is Go's, so an unstable sort leaves equal elements in Go's order — which
// programs observe through sort.Slice.
//
// Swapping for Slice/SliceStable is reflect.Swapper's: elements of one word,
// strings and pointer-free 1/2/4/8-byte elements swap in place; other
// elements go through one temporary element allocated per call (Go's
// unsafe_New(typ)) when the slice has two or more elements; the closure
// Swapper returns is allocated as Go's is (swapperClosure), and Ints, Strings,
// Float64s and the *AreSorted functions box their slice as Go's IntSlice(x)
// conversion to sort.Interface does.

import { RuntimeError } from '../../runtime/panic.js';
import { isDirectIface, Kind, type Type } from '../../runtime/type.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { add64, big, canon, type Int64 } from '../codegen/vlrt.js';
import { stdMethod, stdType } from './errors.js';
import { goPanicString, readInt64, sliceData, sliceLen, storePtr } from './values.js';

/** The Less/Swap pair the algorithms work on. */
export interface LessSwap {
  less(i: number, j: number): boolean;
  swap(i: number, j: number): void;
}

function insertionSort(d: LessSwap, a: number, b: number): void {
  for (let i = a + 1; i < b; i++) {
    for (let j = i; j > a && d.less(j, j - 1); j--) d.swap(j, j - 1);
  }
}

function siftDown(d: LessSwap, lo: number, hi: number, first: number): void {
  let root = lo;
  for (;;) {
    let child = 2 * root + 1;
    if (child >= hi) return;
    if (child + 1 < hi && d.less(first + child, first + child + 1)) child++;
    if (!d.less(first + root, first + child)) return;
    d.swap(first + root, first + child);
    root = child;
  }
}

function heapSort(d: LessSwap, a: number, b: number): void {
  const first = a;
  const hi = b - a;
  for (let i = Math.floor((hi - 1) / 2); i >= 0; i--) siftDown(d, i, hi, first);
  for (let i = hi - 1; i >= 0; i--) {
    d.swap(first, first + i);
    siftDown(d, 0, i, first);
  }
}

const increasingHint = 1;
const decreasingHint = 2;

/** bits.Len(n). */
export function bitsLen(n: number): number {
  return n === 0 ? 0 : Math.floor(Math.log2(n)) + 1;
}

export function pdqsort(d: LessSwap, a: number, b: number, limit: number): void {
  let wasBalanced = true;
  let wasPartitioned = true;
  for (;;) {
    const length = b - a;
    if (length <= 12) {
      insertionSort(d, a, b);
      return;
    }
    if (limit === 0) {
      heapSort(d, a, b);
      return;
    }
    if (!wasBalanced) {
      breakPatterns(d, a, b);
      limit--;
    }
    let [pivot, hint] = choosePivot(d, a, b);
    if (hint === decreasingHint) {
      reverseRange(d, a, b);
      pivot = b - 1 - (pivot - a);
      hint = increasingHint;
    }
    if (wasBalanced && wasPartitioned && hint === increasingHint && partialInsertionSort(d, a, b)) return;
    if (a > 0 && !d.less(a - 1, pivot)) {
      a = partitionEqual(d, a, b, pivot);
      continue;
    }
    const [mid, already] = partition(d, a, b, pivot);
    wasPartitioned = already;
    const leftLen = mid - a;
    const rightLen = b - mid;
    const balanceThreshold = Math.floor(length / 8);
    if (leftLen < rightLen) {
      wasBalanced = leftLen >= balanceThreshold;
      pdqsort(d, a, mid, limit);
      a = mid + 1;
    } else {
      wasBalanced = rightLen >= balanceThreshold;
      pdqsort(d, mid + 1, b, limit);
      b = mid;
    }
  }
}

function partition(d: LessSwap, a: number, b: number, pivot: number): [number, boolean] {
  d.swap(a, pivot);
  let i = a + 1;
  let j = b - 1;
  while (i <= j && d.less(i, a)) i++;
  while (i <= j && !d.less(j, a)) j--;
  if (i > j) {
    d.swap(j, a);
    return [j, true];
  }
  d.swap(i, j);
  i++;
  j--;
  for (;;) {
    while (i <= j && d.less(i, a)) i++;
    while (i <= j && !d.less(j, a)) j--;
    if (i > j) break;
    d.swap(i, j);
    i++;
    j--;
  }
  d.swap(j, a);
  return [j, false];
}

function partitionEqual(d: LessSwap, a: number, b: number, pivot: number): number {
  d.swap(a, pivot);
  let i = a + 1;
  let j = b - 1;
  for (;;) {
    while (i <= j && !d.less(a, i)) i++;
    while (i <= j && d.less(a, j)) j--;
    if (i > j) break;
    d.swap(i, j);
    i++;
    j--;
  }
  return i;
}

function partialInsertionSort(d: LessSwap, a: number, b: number): boolean {
  const maxSteps = 5;
  const shortestShifting = 50;
  let i = a + 1;
  for (let step = 0; step < maxSteps; step++) {
    while (i < b && !d.less(i, i - 1)) i++;
    if (i === b) return true;
    if (b - a < shortestShifting) return false;
    d.swap(i, i - 1);
    if (i - a >= 2) {
      for (let j = i - 1; j >= 1; j--) {
        if (!d.less(j, j - 1)) break;
        d.swap(j, j - 1);
      }
    }
    if (b - i >= 2) {
      for (let j = i + 1; j < b; j++) {
        if (!d.less(j, j - 1)) break;
        d.swap(j, j - 1);
      }
    }
  }
  return false;
}

const mask64 = (1n << 64n) - 1n;

function breakPatterns(d: LessSwap, a: number, b: number): void {
  const length = b - a;
  if (length < 8) return;
  let r = BigInt(length);
  const modulus = 2 ** bitsLen(length);
  for (let idx = a + Math.floor(length / 4) * 2 - 1; idx <= a + Math.floor(length / 4) * 2 + 1; idx++) {
    r ^= (r << 13n) & mask64;
    r ^= r >> 17n;
    r ^= (r << 5n) & mask64;
    let other = Number(r & BigInt(modulus - 1));
    if (other >= length) other -= length;
    d.swap(idx, a + other);
  }
}

function choosePivot(d: LessSwap, a: number, b: number): [number, number] {
  const l = b - a;
  const swaps = { n: 0 };
  let i = a + Math.floor(l / 4);
  let j = a + Math.floor(l / 4) * 2;
  let k = a + Math.floor(l / 4) * 3;
  if (l >= 8) {
    if (l >= 50) {
      i = median(d, i - 1, i, i + 1, swaps);
      j = median(d, j - 1, j, j + 1, swaps);
      k = median(d, k - 1, k, k + 1, swaps);
    }
    j = median(d, i, j, k, swaps);
  }
  if (swaps.n === 0) return [j, increasingHint];
  if (swaps.n === 12) return [j, decreasingHint];
  return [j, 0];
}

function median(d: LessSwap, a: number, b: number, c: number, swaps: { n: number }): number {
  if (d.less(b, a)) {
    swaps.n++;
    [a, b] = [b, a];
  }
  if (d.less(c, b)) {
    swaps.n++;
    [b, c] = [c, b];
  }
  if (d.less(b, a)) {
    swaps.n++;
    [a, b] = [b, a];
  }
  return b;
}

function reverseRange(d: LessSwap, a: number, b: number): void {
  for (let i = a, j = b - 1; i < j; i++, j--) d.swap(i, j);
}

function swapRange(d: LessSwap, a: number, b: number, n: number): void {
  for (let i = 0; i < n; i++) d.swap(a + i, b + i);
}

export function stable(d: LessSwap, n: number): void {
  let blockSize = 20;
  let a = 0;
  let b = blockSize;
  while (b <= n) {
    insertionSort(d, a, b);
    a = b;
    b += blockSize;
  }
  insertionSort(d, a, n);
  while (blockSize < n) {
    a = 0;
    b = 2 * blockSize;
    while (b <= n) {
      symMerge(d, a, a + blockSize, b);
      a = b;
      b += 2 * blockSize;
    }
    const m = a + blockSize;
    if (m < n) symMerge(d, a, m, n);
    blockSize *= 2;
  }
}

function symMerge(d: LessSwap, a: number, m: number, b: number): void {
  if (m - a === 1) {
    let i = m;
    let j = b;
    while (i < j) {
      const h = (i + j) >>> 1;
      if (d.less(h, a)) i = h + 1;
      else j = h;
    }
    for (let k = a; k < i - 1; k++) d.swap(k, k + 1);
    return;
  }
  if (b - m === 1) {
    let i = a;
    let j = m;
    while (i < j) {
      const h = (i + j) >>> 1;
      if (!d.less(m, h)) i = h + 1;
      else j = h;
    }
    for (let k = m; k > i; k--) d.swap(k, k - 1);
    return;
  }
  const mid = (a + b) >>> 1;
  const n = mid + m;
  let start: number;
  let r: number;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  const p = n - 1;
  while (start < r) {
    const c = (start + r) >>> 1;
    if (!d.less(p - c, c)) start = c + 1;
    else r = c;
  }
  const end = n - start;
  if (start < m && m < end) rotate(d, start, m, end);
  if (a < start && start < mid) symMerge(d, a, start, mid);
  if (mid < end && end < b) symMerge(d, mid, end, b);
}

function rotate(d: LessSwap, a: number, m: number, b: number): void {
  let i = m - a;
  let j = b - m;
  while (i !== j) {
    if (i > j) {
      swapRange(d, m - i, m, j);
      i -= j;
    } else {
      swapRange(d, m - i, m + j - i, i);
      j -= i;
    }
  }
  swapRange(d, m - i, m, i);
}

// --- element access ---

/** reflectlite.Swapper swaps elements of t in place, without a scratch value. */
function swapsDirectly(t: Type): boolean {
  const size = t.size;
  return t.ptrdata === 0
    ? size === 1 || size === 2 || size === 4 || size === 8
    : size === 8 || t.kind === Kind.String;
}

/** reflect.Swapper for the slice elements of type t starting at base. */
function swapper(env: Env, t: Type, base: number, n: number): (i: number, j: number) => void {
  const size = t.size;
  const m = env.mem;
  if (n <= 1) return () => {};
  if (t.ptrdata === 0 && swapsDirectly(t)) {
    return (i, j) => {
      const a = base + i * size;
      const b = base + j * size;
      for (let k = 0; k < size; k++) {
        const x = m.u8[a + k]!;
        m.u8[a + k] = m.u8[b + k]!;
        m.u8[b + k] = x;
      }
    };
  }
  if (swapsDirectly(t)) {
    // One pointer word (and a string's length): swapped in place, each pointer store through storePtr.
    return (i, j) => {
      const a = base + i * size;
      const b = base + j * size;
      const pa = m.u32[a >>> 2]!;
      storePtr(env, a, m.u32[b >>> 2]!);
      storePtr(env, b, pa);
      if (size === 16) {
        const la = m.u32[(a + 8) >>> 2]!;
        m.u32[(a + 8) >>> 2] = m.u32[(b + 8) >>> 2]!;
        m.u32[(b + 8) >>> 2] = la;
      }
    };
  }
  const tmp = env.rt.new(t);
  return (i, j) => {
    const a = base + i * size;
    const b = base + j * size;
    env.rt.typedmemmove(t, tmp, a);
    env.rt.typedmemmove(t, a, b);
    env.rt.typedmemmove(t, b, tmp);
  };
}

/**
 * The closure reflectlite.Swapper returns, made on the heap as Go makes it:
 * [F | the slice] for the element kinds it swaps directly (32 bytes), else
 * [F | *slice | size | typ | tmp] (40, the 48-byte class). gomem swaps in
 * JavaScript; the object is there for the allocation Go makes.
 */
function swapperClosure(env: Env, generic: boolean): void {
  const T = env.rt.types;
  const t = generic
    ? stdType(env, 'reflectlite.swapGeneric', () =>
        T.struct('reflectlite.swapGeneric', {
          F: T.uintptr,
          s: T.unsafePointer,
          size: T.uintptr,
          typ: T.uintptr,
          tmp: T.unsafePointer,
        }),
      )
    : stdType(env, 'reflectlite.swapSlice', () =>
        T.struct('reflectlite.swapSlice', { F: T.uintptr, s: T.slice(T.uint8) }),
      );
  env.rt.new(t);
}

/** IntSlice(x) as a sort.Interface: convTslice's 24-byte copy of the header. */
function boxSlice(env: Env, x: number): void {
  const box = env.rt.mallocgc(24, env.rt.types.slice(env.rt.types.uint8), false);
  storePtr(env, box, env.mem.u32[x >>> 2]!);
  env.mem.u32.copyWithin((box + 8) >>> 2, (x + 8) >>> 2, (x + 24) >>> 2);
}

function compareBytes(env: Env, a: number, b: number): number {
  const m = env.mem;
  const la = m.u32[(a + 8) >>> 2]!;
  const lb = m.u32[(b + 8) >>> 2]!;
  const pa = m.u32[a >>> 2]!;
  const pb = m.u32[b >>> 2]!;
  return Buffer.compare(m.u8.subarray(pa, pa + la), m.u8.subarray(pb, pb + lb));
}

/** The slice header of the `any` holding a slice (Go's reflectValueOf(x)). */
function sliceOfAny(env: Env, x: number): [t: Type, hdr: number] {
  const tw = env.mem.u32[x >>> 2]!;
  const t = tw === 0 ? null : env.type(tw - 1);
  if (t === null || t.kind !== Kind.Slice || isDirectIface(t)) {
    goPanicString(`reflect: call of Swapper on ${t === null ? 'zero Value' : `${t.str} Value`}`);
  }
  return [t, env.mem.u32[(x + 8) >>> 2]!];
}

/** The method `name` of the interface value at data, with the receiver (its data word) to pass. */
export function ifaceMethod(env: Env, data: number, name: string): [GoFunc, number] {
  const tw = env.mem.u32[data >>> 2]!;
  if (tw === 0) throw new RuntimeError('invalid memory address or nil pointer dereference');
  const t = env.type(tw - 1);
  const i = t.methods.get(name);
  if (i === undefined) throw new TypeError(`gomem: ${t.str} has no method ${name}`);
  return [env.FN[i]!, env.mem.u32[(data + 8) >>> 2]!];
}

/** An interface value's method as a JavaScript function of the receiver (sort.Interface). */
function ifaceLessSwap(env: Env, data: number): { n: number; d: LessSwap } {
  const [len, recv] = ifaceMethod(env, data, 'Len');
  const [less] = ifaceMethod(env, data, 'Less');
  const [swap] = ifaceMethod(env, data, 'Swap');
  return {
    n: len(0, recv) as number,
    d: { less: (i, j) => less(0, recv, i, j) as boolean, swap: (i, j) => swap(0, recv, i, j) },
  };
}

/**
 * *sort.reverse: Go's `type reverse struct { Interface }` with Less swapped;
 * Len and Swap are the embedded interface's (promoted methods).
 *
 *   reverse  [ Interface: type word | data ptr ]   16 bytes
 */
function reverseType(env: Env): Type {
  const types = env.rt.types;
  const t = stdType(env, 'sort.reverse', () =>
    types.struct('sort.reverse', { Interface: types.iface('sort.Interface', ['Len', 'Less', 'Swap']) }),
  );
  const p = types.ptr(t);
  stdMethod(env, p, 'Len', (_fv: number, r: number): number => {
    const [f, recv] = ifaceMethod(env, r, 'Len');
    return f(0, recv) as number;
  });
  stdMethod(env, p, 'Less', (_fv: number, r: number, i: Int64, j: Int64): boolean => {
    const [f, recv] = ifaceMethod(env, r, 'Less');
    return f(0, recv, j, i) as boolean;
  });
  stdMethod(env, p, 'Swap', (_fv: number, r: number, i: Int64, j: Int64): void => {
    const [f, recv] = ifaceMethod(env, r, 'Swap');
    f(0, recv, i, j);
  });
  return p;
}

export const blocking: ReadonlySet<string> = new Set();

export function sort(env: Env): Record<string, GoFunc> {
  const m = env.mem;
  const intData = (s: number): LessSwap => {
    const base = sliceData(env, s);
    return {
      less: (i, j) => readInt64(env, base + i * 8) < readInt64(env, base + j * 8),
      swap: (i, j) => {
        const a = (base + i * 8) >>> 2;
        const b = (base + j * 8) >>> 2;
        const lo = m.u32[a]!;
        const hi = m.u32[a + 1]!;
        m.u32[a] = m.u32[b]!;
        m.u32[a + 1] = m.u32[b + 1]!;
        m.u32[b] = lo;
        m.u32[b + 1] = hi;
      },
    };
  };
  const floatData = (s: number): LessSwap => {
    const base = sliceData(env, s) >>> 3;
    return {
      less: (i, j) => {
        const x = m.f64[base + i]!;
        const y = m.f64[base + j]!;
        return x < y || (Number.isNaN(x) && !Number.isNaN(y));
      },
      swap: (i, j) => {
        const x = m.f64[base + i]!;
        m.f64[base + i] = m.f64[base + j]!;
        m.f64[base + j] = x;
      },
    };
  };
  const stringData = (s: number): LessSwap => {
    const base = sliceData(env, s);
    return {
      less: (i, j) => compareBytes(env, base + i * 16, base + j * 16) < 0,
      swap: swapper(env, env.rt.types.string, base, sliceLen(env, s)),
    };
  };
  const sliceData_ = (x: number, fv: number): { n: number; d: LessSwap } => {
    const [t, hdr] = sliceOfAny(env, x);
    const n = sliceLen(env, hdr);
    const et = t.elem!;
    const swap = swapper(env, et, sliceData(env, hdr), n);
    if (n > 1) swapperClosure(env, !swapsDirectly(et));
    const less = env.FN[m.u32[fv >>> 2]]!;
    return { n, d: { less: (i, j) => less(fv, i, j) as boolean, swap } };
  };
  /** i and j after Go's bounds checks of x[i] and x[j]: indexes, so numbers. */
  const bounds = (x: number, i: Int64, j: Int64): [number, number] => {
    const n = sliceLen(env, x);
    for (const k of [i, j])
      if (k < 0 || k >= n) throw new RuntimeError(`index out of range [${k}] with length ${n}`);
    return [Number(i), Number(j)];
  };
  return {
    Ints: (_fv: number, x: number): void => {
      boxSlice(env, x);
      const n = sliceLen(env, x);
      pdqsort(intData(x), 0, n, bitsLen(n));
    },
    Float64s: (_fv: number, x: number): void => {
      boxSlice(env, x);
      const n = sliceLen(env, x);
      pdqsort(floatData(x), 0, n, bitsLen(n));
    },
    Strings: (_fv: number, x: number): void => {
      boxSlice(env, x);
      const n = sliceLen(env, x);
      pdqsort(stringData(x), 0, n, bitsLen(n));
    },
    Slice: (_fv: number, x: number, less: number): void => {
      const { n, d } = sliceData_(x, less);
      pdqsort(d, 0, n, bitsLen(n));
    },
    SliceStable: (_fv: number, x: number, less: number): void => {
      const { n, d } = sliceData_(x, less);
      stable(d, n);
    },
    Sort: (_fv: number, data: number): void => {
      const { n, d } = ifaceLessSwap(env, data);
      pdqsort(d, 0, n, bitsLen(n));
    },
    Stable: (_fv: number, data: number): void => {
      const { n, d } = ifaceLessSwap(env, data);
      stable(d, n);
    },
    IntsAreSorted: (_fv: number, x: number): boolean => {
      boxSlice(env, x);
      const d = intData(x);
      for (let i = sliceLen(env, x) - 1; i > 0; i--) if (d.less(i, i - 1)) return false;
      return true;
    },
    SearchInts: (_fv: number, a: number, x: Int64): number => {
      const base = sliceData(env, a);
      let i = 0;
      let j = sliceLen(env, a);
      while (i < j) {
        const h = Math.floor((i + j) / 2);
        if (readInt64(env, base + h * 8) < x) i = h + 1;
        else j = h;
      }
      return i;
    },
    SearchStrings: (_fv: number, a: number, x: number): number => {
      const base = sliceData(env, a);
      let i = 0;
      let j = sliceLen(env, a);
      while (i < j) {
        const h = Math.floor((i + j) / 2);
        if (compareBytes(env, base + h * 16, x) < 0) i = h + 1;
        else j = h;
      }
      return i;
    },
    StringsAreSorted: (_fv: number, x: number): boolean => {
      boxSlice(env, x);
      const base = sliceData(env, x);
      for (let i = sliceLen(env, x) - 1; i > 0; i--)
        if (compareBytes(env, base + i * 16, base + (i - 1) * 16) < 0) return false;
      return true;
    },
    Float64sAreSorted: (_fv: number, x: number): boolean => {
      boxSlice(env, x);
      const d = floatData(x);
      for (let i = sliceLen(env, x) - 1; i > 0; i--) if (d.less(i, i - 1)) return false;
      return true;
    },
    // IntSlice, Float64Slice, StringSlice: the value receiver is the address of the slice header.
    'IntSlice.Len': (_fv: number, x: number): number => sliceLen(env, x),
    'IntSlice.Less': (_fv: number, x: number, i: Int64, j: Int64): boolean =>
      intData(x).less(...bounds(x, i, j)),
    'IntSlice.Swap': (_fv: number, x: number, i: Int64, j: Int64): void =>
      intData(x).swap(...bounds(x, i, j)),
    'IntSlice.Sort': (_fv: number, x: number): void => {
      const n = sliceLen(env, x);
      pdqsort(intData(x), 0, n, bitsLen(n));
    },
    'Float64Slice.Len': (_fv: number, x: number): number => sliceLen(env, x),
    'Float64Slice.Less': (_fv: number, x: number, i: Int64, j: Int64): boolean =>
      floatData(x).less(...bounds(x, i, j)),
    'Float64Slice.Swap': (_fv: number, x: number, i: Int64, j: Int64): void =>
      floatData(x).swap(...bounds(x, i, j)),
    'Float64Slice.Sort': (_fv: number, x: number): void => {
      const n = sliceLen(env, x);
      pdqsort(floatData(x), 0, n, bitsLen(n));
    },
    'StringSlice.Len': (_fv: number, x: number): number => sliceLen(env, x),
    'StringSlice.Less': (_fv: number, x: number, i: Int64, j: Int64): boolean =>
      stringData(x).less(...bounds(x, i, j)),
    'StringSlice.Swap': (_fv: number, x: number, i: Int64, j: Int64): void =>
      stringData(x).swap(...bounds(x, i, j)),
    'StringSlice.Sort': (_fv: number, x: number): void => {
      const n = sliceLen(env, x);
      pdqsort(stringData(x), 0, n, bitsLen(n));
    },
    // Reverse(data) = &reverse{data}: one 16-byte object holding the interface.
    Reverse: (_fv: number, res: number, data: number): void => {
      const t = reverseType(env);
      const u32 = m.u32;
      const tw = u32[data >>> 2]!;
      const p = u32[(data + 8) >>> 2]!;
      // data is the caller's: hold its pointer in the result while allocating.
      u32[res >>> 2] = 0;
      u32[(res + 8) >>> 2] = p;
      const obj = env.rt.new(t.elem!);
      u32[obj >>> 2] = tw;
      storePtr(env, obj + 8, p);
      u32[res >>> 2] = t.id + 1;
      u32[(res + 4) >>> 2] = 0;
      u32[(res + 8) >>> 2] = obj;
      u32[(res + 12) >>> 2] = 0;
    },
    // Len once, then Less(i, i-1) from the end down, as Go asks.
    IsSorted: (_fv: number, data: number): boolean => {
      const { n, d } = ifaceLessSwap(env, data);
      for (let i = n - 1; i > 0; i--) if (d.less(i, i - 1)) return false;
      return true;
    },
    // The first i with a[i] >= x: a NaN x is never reached (len(a)), and NaNs in a compare false.
    SearchFloat64s: (_fv: number, a: number, x: number): number => {
      const base = sliceData(env, a) >>> 3;
      let i = 0;
      let j = sliceLen(env, a);
      while (i < j) {
        const h = Math.floor((i + j) / 2);
        if (!(m.f64[base + h]! >= x)) i = h + 1;
        else j = h;
      }
      return i;
    },
    Search: (_fv: number, n: Int64, f: number): Int64 => {
      const fn = env.FN[m.u32[f >>> 2]]!;
      if (typeof n === 'number' && n <= 2 ** 52) {
        let i = 0;
        let j = n;
        while (i < j) {
          const h = Math.floor((i + j) / 2);
          if (!(fn(f, h) as boolean)) i = h + 1;
          else j = h;
        }
        return i;
      }
      // i + j may pass 2^53: Go's int(uint(i+j) >> 1) on bigints.
      let i: Int64 = 0;
      let j: Int64 = n;
      while (i < j) {
        const h = canon((big(i) + big(j)) >> 1n);
        if (!(fn(f, h) as boolean)) i = add64(h, 1);
        else j = h;
      }
      return i;
    },
  };
}
