// The GC CPU limiter: keeps the collector from taking more than about half of the
// CPU over any stretch of time, so that a heap pushed against its memory limit
// degrades into slow progress instead of a death spiral of back-to-back cycles.
//
// Mirrors Go 1.19's runtime/mgclimit.go (gcCPULimiterState: limiting,
// startGCTransition, finishGCTransition, needUpdate, addAssistTime, addIdleTime,
// update, updateLocked, accumulate, resetCapacity).
//
// The limiter is a leaky bucket measured in CPU-nanoseconds. GC time (mark assists,
// plus gcBackgroundUtilization = 25% of all CPU time while the collector is on)
// fills it; mutator time drains it; idle time counts as neither. Its capacity is
// 1 s × GOMAXPROCS. While the bucket is full the limiter is "limiting": Go's
// gcAssistAlloc and the allocator's scavenge assists then do nothing, and the
// memory-limit path of the scavenger stands down (their callers check limiting()).
// Invariants: 0 ≤ fill ≤ capacity; limiting() is true exactly when fill reached
// capacity and nothing has drained it since; overflow counts the GC time that did
// not fit.
//
// Go guards the state with a try-lock because update runs concurrently on any P.
// Here everything runs on one thread, so the only time the lock would be held
// across calls is a GC transition (startGCTransition takes it, finishGCTransition
// drops it); update() during a transition returns as Go's failed tryLock does, and
// the calls Go makes throw on a held lock throw here too. Go's per-P limiter events
// (an assist or idle period still in progress, folded in by update) are not
// modelled: the runtime reports each period when it ends, with addAssistTime or
// addIdleTime.

import { gcBackgroundUtilization } from './mgcpacer.js';

/** Go's capacityPerProc: one second of CPU time per P. */
export const capacityPerProc = 1e9;
/** Go's gcCPULimiterUpdatePeriod: how stale the limiter may get before a scheduler tick updates it. */
export const gcCPULimiterUpdatePeriod = 10e6;

export class GCCPULimiter {
  /** Bucket contents and size in CPU-nanoseconds. */
  fill = 0;
  capacity = 0;
  /** GC CPU time that arrived while the bucket was already full (Go's overflow). */
  overflow = 0;
  /** Whether the collector is running (set by GC transitions; adds 25% of CPU time as GC time). */
  gcEnabled = false;
  /** Between startGCTransition and finishGCTransition. */
  transitioning = false;
  /** Assist and idle time reported since the last update, in CPU-nanoseconds. */
  assistTimePool = 0;
  idleTimePool = 0;
  /** Time of the last update; all times are nanoseconds on the runtime's clock. */
  lastUpdate = 0;
  /** The GC cycle (numGC + 1) in which the limiter last turned on. */
  lastEnabledCycle = 0;
  nprocs = 0;
  /** Completed GC cycles, supplied by the runtime (Go reads memstats.numgc). */
  numGC: () => number = () => 0;
  #enabled = false;

  /** Go sizes the bucket in procresize at startup; so does the constructor. */
  constructor(now: number, procs: number) {
    this.lastUpdate = now;
    this.resetCapacity(now, procs);
  }

  /** Whether the limiter is on: assists must not run. */
  limiting(): boolean {
    return this.#enabled;
  }

  /**
   * Called with the world stopped when the collector turns on (gcStart) or off
   * (gcMarkTermination): accounts the time so far at the old rate, then switches.
   */
  startGCTransition(enableGC: boolean, now: number): void {
    if (this.transitioning) throw new Error('failed to acquire lock to start a GC transition');
    if (this.gcEnabled === enableGC) throw new Error('transitioning GC to the same state as before?');
    this.#updateLocked(now);
    this.gcEnabled = enableGC;
    this.transitioning = true;
  }

  /**
   * Called when the world starts again. The stop-the-world pause since the last
   * update is all GC time: every P was held by the collector.
   */
  finishGCTransition(now: number): void {
    if (!this.transitioning) throw new Error('finishGCTransition called without starting one?');
    if (now >= this.lastUpdate) this.#accumulate(0, (now - this.lastUpdate) * this.nprocs);
    this.lastUpdate = now;
    this.transitioning = false;
  }

  /** Whether an update is due (the scheduler checks this when it looks for a mark worker). */
  needUpdate(now: number): boolean {
    return now - this.lastUpdate > gcCPULimiterUpdatePeriod;
  }

  /** Reports CPU time spent in mark (or scavenge) assists. */
  addAssistTime(t: number): void {
    this.assistTimePool += t;
  }

  /** Reports CPU time Ps spent idle (or in idle mark workers). */
  addIdleTime(t: number): void {
    this.idleTimePool += t;
  }

  /** Folds the time since the last update into the bucket. */
  update(now: number): void {
    // Go's tryLock fails while a transition holds the lock; the transition's own
    // finish accounts for this stretch.
    if (this.transitioning) return;
    this.#updateLocked(now);
  }

  /** GOMAXPROCS changed: resize the bucket to 1 s per P, clamping what it holds. */
  resetCapacity(now: number, nprocs: number): void {
    if (this.transitioning) throw new Error('failed to acquire lock to reset capacity');
    this.#updateLocked(now);
    this.nprocs = nprocs;
    this.capacity = nprocs * capacityPerProc;
    if (this.fill > this.capacity) {
      this.fill = this.capacity;
      this.#enable();
    } else if (this.fill < this.capacity) {
      this.#enabled = false;
    }
  }

  #updateLocked(now: number): void {
    // A clock that went backwards gives no usable window; keep the old stamp.
    if (now < this.lastUpdate) return;
    let windowTotalTime = (now - this.lastUpdate) * this.nprocs;
    this.lastUpdate = now;
    const assistTime = this.assistTimePool;
    const idleTime = this.idleTimePool;
    this.assistTimePool = 0;
    this.idleTimePool = 0;
    let windowGCTime = assistTime;
    // Go truncates the background share to whole nanoseconds (int64 conversion).
    if (this.gcEnabled) windowGCTime += Math.trunc(windowTotalTime * gcBackgroundUtilization);
    // Idle time is neither mutator nor GC time: it neither fills nor drains.
    windowTotalTime -= idleTime;
    this.#accumulate(windowTotalTime - windowGCTime, windowGCTime);
  }

  #accumulate(mutatorTime: number, gcTime: number): void {
    const headroom = this.capacity - this.fill;
    const wasEnabled = headroom === 0;
    const change = gcTime - mutatorTime;
    if (change > 0 && headroom <= change) {
      this.overflow += change - headroom;
      this.fill = this.capacity;
      if (!wasEnabled) this.#enable();
      return;
    }
    this.fill = change < 0 && this.fill <= -change ? 0 : this.fill + change;
    // GC time into a full bucket took the branch above, so this is a drain: the
    // limiter lets go as soon as anything leaves a full bucket.
    if (change !== 0 && wasEnabled) this.#enabled = false;
  }

  #enable(): void {
    this.#enabled = true;
    this.lastEnabledCycle = this.numGC() + 1;
  }
}
