// Semaphores keyed by address: what sync's Mutex, RWMutex and WaitGroup sleep on.
//
// Mirrors Go's runtime/sema.go (semacquire1, semrelease1, cansemacquire,
// semaRoot.queue / dequeue). The count is the uint32 at addr in the arena; the
// goroutines waiting on it are sudogs in a JavaScript queue per address (Go keeps
// them in a treap of addresses, each with a FIFO list; lifo puts a waiter at the
// front, as sync.Mutex asks for a goroutine that has waited before).
//
// semrelease adds one and wakes the first waiter (goready: it runs next). With
// handoff the count is taken for the woken goroutine at once (Go's ticket), so
// nobody can barge in between; Go then also yields the releasing goroutine
// (goyield), which gomem does not: release stays a plain function, so an
// Unlock can be called from code that cannot yield. The woken goroutine still
// runs as soon as the releasing one blocks or is preempted.

import { type Sched, Sudog } from './proc.js';

/** Waiters per semaphore address. */
export type SemaTable = Map<number, Sudog[]>;

const tables = new WeakMap<Sched, SemaTable>();

function table(sched: Sched): SemaTable {
  let t = tables.get(sched);
  if (t === undefined) {
    t = new Map();
    tables.set(sched, t);
  }
  return t;
}

/** cansemacquire: take one from the count at addr if it is positive. */
export function cansemacquire(u32: Uint32Array, addr: number): boolean {
  const n = u32[addr >>> 2]!;
  if (n === 0) return false;
  u32[addr >>> 2] = n - 1;
  return true;
}

/** semacquire1: wait until the count at addr is positive, then take one. */
export function* semacquire(sched: Sched, addr: number, lifo = false): Generator<unknown, void, unknown> {
  const u32 = sched.rt.heap.arena.u32;
  if (cansemacquire(u32, addr)) return;
  const g = sched.current!;
  const t = table(sched);
  for (;;) {
    if (cansemacquire(u32, addr)) return;
    const s = new Sudog(g, addr, 0, false);
    let q = t.get(addr);
    if (q === undefined) {
      q = [];
      t.set(addr, q);
    }
    if (lifo) q.unshift(s);
    else q.push(s);
    g.waiting = [s];
    yield* sched.park('semacquire');
    g.waiting = [];
    if (s.success || cansemacquire(u32, addr)) return;
  }
}

/** semrelease1: add one to the count at addr and wake its first waiter, if any. */
export function semrelease(sched: Sched, addr: number, handoff = false): void {
  const u32 = sched.rt.heap.arena.u32;
  u32[addr >>> 2] = u32[addr >>> 2]! + 1;
  const t = table(sched);
  const q = t.get(addr);
  if (q === undefined) return;
  const s = q.shift()!;
  if (q.length === 0) t.delete(addr);
  if (handoff && cansemacquire(u32, addr)) s.success = true;
  sched.ready(s.g);
}

/** How many goroutines wait on addr (for tests and tracebacks). */
export function semwaiters(sched: Sched, addr: number): number {
  return table(sched).get(addr)?.length ?? 0;
}
