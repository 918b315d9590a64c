// container/heap: a min-heap over any heap.Interface (sort.Interface plus
// Push and Pop), its methods called on the interface value.
//
// Mirrors Go's container/heap/heap.go: the same up and down walks, so the
// sequence of Len, Less, Swap, Push and Pop calls a program observes is Go's.
// Pop swaps the root to the end and lets the Pop method take it off; Remove
// does that for element i; Fix restores the order after element i changed.
// The package allocates nothing itself: what Push and Pop allocate is the
// program's (its append, its boxing into any).

import type { Env, GoFunc } from '../codegen/env.js';
import { ifaceMethod } from './sort.js';

/** The sort.Interface part of h, bound to its receiver. */
interface Ops {
  len(): number;
  less(i: number, j: number): boolean;
  swap(i: number, j: number): void;
}

function up(h: Ops, j: number): void {
  for (;;) {
    const i = Math.trunc((j - 1) / 2);
    if (i === j || !h.less(j, i)) break;
    h.swap(i, j);
    j = i;
  }
}

/** Sifts element i0 down within the first n; whether it moved. */
function down(h: Ops, i0: number, n: number): boolean {
  let i = i0;
  for (;;) {
    const j1 = 2 * i + 1;
    if (j1 >= n || j1 < 0) break;
    let j = j1;
    const j2 = j1 + 1;
    if (j2 < n && h.less(j2, j1)) j = j2;
    if (!h.less(j, i)) break;
    h.swap(i, j);
    i = j;
  }
  return i > i0;
}

export const blocking: ReadonlySet<string> = new Set();

export function heap(env: Env): Record<string, GoFunc> {
  const ops = (h: number): Ops => {
    const [len, recv] = ifaceMethod(env, h, 'Len');
    const [less] = ifaceMethod(env, h, 'Less');
    const [swap] = ifaceMethod(env, h, 'Swap');
    return {
      len: () => len(0, recv) as number,
      less: (i, j) => less(0, recv, i, j) as boolean,
      swap: (i, j) => swap(0, recv, i, j),
    };
  };
  /** h.Pop() into the caller's result area. */
  const pop = (h: number, res: number): void => {
    const [f, recv] = ifaceMethod(env, h, 'Pop');
    f(0, res, recv);
  };
  return {
    Init: (_fv: number, h: number): void => {
      const d = ops(h);
      const n = d.len();
      for (let i = Math.trunc(n / 2) - 1; i >= 0; i--) down(d, i, n);
    },
    Push: (_fv: number, h: number, x: number): void => {
      const [push, recv] = ifaceMethod(env, h, 'Push');
      push(0, recv, x);
      const d = ops(h);
      up(d, d.len() - 1);
    },
    Pop: (_fv: number, res: number, h: number): void => {
      const d = ops(h);
      const n = d.len() - 1;
      d.swap(0, n);
      down(d, 0, n);
      pop(h, res);
    },
    Remove: (_fv: number, res: number, h: number, i: number): void => {
      const d = ops(h);
      const n = d.len() - 1;
      if (n !== i) {
        d.swap(i, n);
        if (!down(d, i, n)) up(d, i);
      }
      pop(h, res);
    },
    Fix: (_fv: number, h: number, i: number): void => {
      const d = ops(h);
      if (!down(d, i, d.len())) up(d, i);
    },
  };
}
