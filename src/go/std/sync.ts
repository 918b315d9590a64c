// Package sync for compiled Go: Mutex, RWMutex, WaitGroup, Once and Pool, in
// the runner's calling convention (README "Calling convention"; receivers are
// addresses) over Go 1.19's field layouts (src/go/stdlib.ts declares them):
//
//   Mutex     { state int32; sema uint32 }                                  8 bytes
//   RWMutex   { w Mutex; writerSem, readerSem uint32; readerCount, readerWait int32 }  24
//   WaitGroup { state1 uint64 (counter high, waiters low); state2 uint32 (sema) }     16
//   Once      { done uint32; m Mutex }                                      12
//   Pool      { local unsafe.Pointer; localSize uintptr; victim unsafe.Pointer;
//               victimSize uintptr; New func() any }                         40
//
// The algorithms are sync/mutex.go, rwmutex.go, waitgroup.go and once.go of Go
// 1.19 with one P: a compare-and-swap always succeeds (nothing runs between a
// load and the store) and a Mutex never spins (runtime_canSpin is false with
// GOMAXPROCS=1), so Lock goes to the semaphore at once, with Go's starvation
// mode after a waiter has waited 1 ms. Goroutines sleep on the runtime's
// semaphores (runtime/sema.ts), whose wait reason is "semacquire".
//
// Pool: syncpool.ts, Go 1.19's pool on the gomem heap over the Pool's own
// fields; Get calls the Go New func (plain form) when the pool is empty.

import { FatalError, nilPanic, RuntimeError } from '../../runtime/panic.js';
import { Sched } from '../../runtime/proc.js';
import { semacquire, semrelease } from '../../runtime/sema.js';
import { nanotime } from '../../runtime/time.js';
import type { Env, GoFunc, GoGenFunc } from '../codegen/env.js';
import { type Int64, low32 } from '../codegen/vlrt.js';
import { poolsOf } from './syncpool.js';

const mutexLocked = 1;
const mutexWoken = 2;
const mutexStarving = 4;
const mutexWaiterShift = 3;
/** starvationThresholdNs: a waiter this old switches the mutex to starvation mode. */
const starvationThresholdNs = 1e6;
const rwmutexMaxReaders = 1 << 30;

/** The functions and methods that may block: generators, called with yield*. */
export const blocking: ReadonlySet<string> = new Set([
  '(*Mutex).Lock',
  '(*RWMutex).Lock',
  '(*RWMutex).RLock',
  '(*WaitGroup).Wait',
  '(*Once).Do',
]);

/** Go's panic for a misused WaitGroup (a string panic value in Go, printed the same). */
function wgPanic(msg: string): never {
  throw new RuntimeError(msg, true);
}

export function sync(env: Env): Record<string, GoFunc | GoGenFunc> {
  const sched = env.sched;
  if (!(sched instanceof Sched))
    throw new TypeError('gomem: package sync needs the runtime scheduler (runtime/proc.ts)');
  const i32 = env.mem.i32;
  const u32 = env.mem.u32;

  function* lock(m: number): Generator<unknown, void, unknown> {
    const s = m >>> 2;
    if (i32[s] === 0) {
      i32[s] = mutexLocked;
      return;
    }
    // lockSlow, without spinning.
    let waitStartTime = 0;
    let starving = false;
    let awoke = false;
    let old = i32[s]!;
    for (;;) {
      let next = old;
      if ((old & mutexStarving) === 0) next |= mutexLocked;
      if ((old & (mutexLocked | mutexStarving)) !== 0) next += 1 << mutexWaiterShift;
      if (starving && (old & mutexLocked) !== 0) next |= mutexStarving;
      if (awoke) next &= ~mutexWoken;
      i32[s] = next;
      if ((old & (mutexLocked | mutexStarving)) === 0) return;
      const lifo = waitStartTime !== 0;
      if (waitStartTime === 0) waitStartTime = nanotime();
      yield* semacquire(sched as Sched, m + 4, lifo);
      starving = starving || nanotime() - waitStartTime > starvationThresholdNs;
      old = i32[s]!;
      if ((old & mutexStarving) !== 0) {
        // Handed off in starvation mode: the lock is ours, with one waiter fewer.
        let delta = mutexLocked - (1 << mutexWaiterShift);
        if (!starving || old >> mutexWaiterShift === 1) delta -= mutexStarving;
        i32[s] = old + delta;
        return;
      }
      awoke = true;
    }
  }

  function unlock(m: number): void {
    const s = m >>> 2;
    const next = i32[s]! - mutexLocked;
    i32[s] = next;
    if (next === 0) return;
    if (((next + mutexLocked) & mutexLocked) === 0) throw new FatalError('sync: unlock of unlocked mutex');
    if ((next & mutexStarving) === 0) {
      const old = next;
      if (old >> mutexWaiterShift === 0 || (old & (mutexLocked | mutexWoken | mutexStarving)) !== 0) return;
      i32[s] = (old - (1 << mutexWaiterShift)) | mutexWoken;
      semrelease(sched as Sched, m + 4, false);
    } else {
      semrelease(sched as Sched, m + 4, true);
    }
  }

  function tryLock(m: number): boolean {
    const s = m >>> 2;
    const old = i32[s]!;
    if ((old & (mutexLocked | mutexStarving)) !== 0) return false;
    i32[s] = old | mutexLocked;
    return true;
  }

  // RWMutex fields: w at +0, writerSem +8, readerSem +12, readerCount +16, readerWait +20.
  function* rlock(rw: number): Generator<unknown, void, unknown> {
    const rc = (rw + 16) >>> 2;
    i32[rc]!++;
    if (i32[rc]! < 0) yield* semacquire(sched as Sched, rw + 12, false);
  }

  function runlock(rw: number): void {
    const rc = (rw + 16) >>> 2;
    const r = --i32[rc]!;
    if (r >= 0) return;
    if (r + 1 === 0 || r + 1 === -rwmutexMaxReaders)
      throw new FatalError('sync: RUnlock of unlocked RWMutex');
    const rwait = (rw + 20) >>> 2;
    if (--i32[rwait]! === 0) semrelease(sched as Sched, rw + 8, false);
  }

  function* wlock(rw: number): Generator<unknown, void, unknown> {
    yield* lock(rw);
    const rc = (rw + 16) >>> 2;
    i32[rc]! -= rwmutexMaxReaders;
    const r = i32[rc]! + rwmutexMaxReaders;
    const rwait = (rw + 20) >>> 2;
    if (r !== 0) {
      i32[rwait]! += r;
      if (i32[rwait] !== 0) yield* semacquire(sched as Sched, rw + 8, false);
    }
  }

  function wunlock(rw: number): void {
    const rc = (rw + 16) >>> 2;
    i32[rc]! += rwmutexMaxReaders;
    const r = i32[rc]!;
    if (r >= rwmutexMaxReaders) throw new FatalError('sync: Unlock of unlocked RWMutex');
    for (let i = 0; i < r; i++) semrelease(sched as Sched, rw + 12, false);
    unlock(rw);
  }

  // WaitGroup: waiters at +0 (low word of state1), counter at +4 (high word), sema at +8.
  function wgAdd(wg: number, delta: Int64): void {
    const cw = (wg + 4) >>> 2;
    // Go adds uint64(delta)<<32 to the state: only delta's low 32 bits reach the counter.
    const d = low32(delta) | 0;
    const v = (i32[cw]! + d) | 0;
    i32[cw] = v;
    const w = u32[wg >>> 2]!;
    if (v < 0) wgPanic('sync: negative WaitGroup counter');
    if (w !== 0 && delta > 0 && v === d) wgPanic('sync: WaitGroup misuse: Add called concurrently with Wait');
    if (v > 0 || w === 0) return;
    u32[wg >>> 2] = 0;
    for (let i = 0; i < w; i++) semrelease(sched as Sched, wg + 8, false);
  }

  function* wgWait(wg: number): Generator<unknown, void, unknown> {
    if (i32[(wg + 4) >>> 2] === 0) return;
    u32[wg >>> 2]!++;
    yield* semacquire(sched as Sched, wg + 8, false);
    if (u32[wg >>> 2] !== 0 || i32[(wg + 4) >>> 2] !== 0) {
      wgPanic('sync: WaitGroup is reused before previous Wait has returned');
    }
  }

  function* onceDo(o: number, f: number): Generator<unknown, void, unknown> {
    if (u32[o >>> 2] !== 0) return;
    yield* lock(o + 4);
    try {
      if (u32[o >>> 2] === 0) {
        try {
          if (f === 0) nilPanic();
          yield* env.FNG[u32[f >>> 2]]!(f);
        } finally {
          u32[o >>> 2] = 1;
        }
      }
    } finally {
      unlock(o + 4);
    }
  }

  const pools = poolsOf(env);

  /** Stores an interface (type word, data) into the result area at res. */
  function writeIface(res: number, typ: number, data: number): void {
    u32[res >>> 2] = typ;
    u32[(res + 4) >>> 2] = 0;
    u32[(res + 12) >>> 2] = 0;
    if (env.rt.heap.spanOf(res) !== null) env.rt.writePointer(res + 8, data);
    else u32[(res + 8) >>> 2] = data;
  }

  return {
    '(*Mutex).Lock': (_fv: number, m: number) => lock(m),
    '(*Mutex).Unlock': (_fv: number, m: number) => unlock(m),
    '(*Mutex).TryLock': (_fv: number, m: number) => tryLock(m),
    '(*RWMutex).Lock': (_fv: number, rw: number) => wlock(rw),
    '(*RWMutex).Unlock': (_fv: number, rw: number) => wunlock(rw),
    '(*RWMutex).RLock': (_fv: number, rw: number) => rlock(rw),
    '(*RWMutex).RUnlock': (_fv: number, rw: number) => runlock(rw),
    '(*WaitGroup).Add': (_fv: number, wg: number, delta: Int64) => wgAdd(wg, delta),
    '(*WaitGroup).Done': (_fv: number, wg: number) => wgAdd(wg, -1),
    '(*WaitGroup).Wait': (_fv: number, wg: number) => wgWait(wg),
    '(*Once).Do': (_fv: number, o: number, f: number) => onceDo(o, f),
    '(*Pool).Put': (_fv: number, p: number, x: number) => {
      const typ = u32[x >>> 2]!;
      if (typ === 0) return;
      if (p === 0) nilPanic();
      pools.put(pools.at(p), typ, u32[(x + 8) >>> 2]!);
    },
    '(*Pool).Get': (_fv: number, res: number, p: number) => {
      if (p === 0) nilPanic();
      const x = pools.get(pools.at(p));
      if (x !== null) {
        writeIface(res, x.typ, x.data);
        return;
      }
      const newFn = u32[(p + 32) >>> 2]!;
      if (newFn === 0) {
        writeIface(res, 0, 0);
        return;
      }
      const tmp = env.scratch;
      env.FN[u32[newFn >>> 2]]!(newFn, tmp);
      writeIface(res, u32[tmp >>> 2]!, u32[(tmp + 8) >>> 2]!);
    },
  };
}
