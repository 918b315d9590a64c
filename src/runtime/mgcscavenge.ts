// The scavenger: giving free heap memory back to the operating system.
//
// Mirrors Go 1.19's runtime/mgcscavenge.go (gcPaceScavenger, scavengerState: run,
// sleep, wake, park; bgscavenge; printScavTrace), mheap.go (allocSpan's scavenge
// assist, scavengeAll) and runtime/debug's FreeOSMemory. The release itself is
// MHeap.scavenge (free pages, highest first) and MHeap.unmapReleasedTop (the top
// of the arena goes back to the OS), after each background step and after each
// assist or FreeOSMemory.
//
// Two goals, recomputed whenever the pacer commits (after each cycle and on
// SetGCPercent / SetMemoryLimit):
//
//   gcPercentGoal   = lastHeapInUse × heapGoal/lastHeapGoal, + 1/10 (retainExtraPercent),
//                     rounded up to a physical page; "none" (Infinity) before the
//                     first cycle ended, or when retained memory is already within
//                     a physical page of it. Measured against heapRetained =
//                     HeapInuse + (HeapIdle − HeapReleased).
//   memoryLimitGoal = memoryLimit × (100 − reduceExtraPercent), exactly as Go 1.19
//                     computes it: the intent was 95% of the limit, but the factor is
//                     95, not 0.95 (golang/go#62449, fixed in later releases), so
//                     the background scavenger never works for the memory limit in
//                     1.19. Measured against mappedReady = Sys − HeapReleased.
//
// The background scavenger runs while either goal is unmet. Go runs it as its own
// goroutine, woken when sweeping ends, working in 64 KiB quanta for at least 1 ms
// and then sleeping so that it takes 1% of CPU time (a PI controller sets the
// ratio of work to sleep). Here the same state machine advances at the
// allocator's slow paths (poll: from MHeap.allocSpan via allocated(), and from the
// collector's allocSlow at every mcache refill): a sleep ends at the first slow
// path after its deadline. All of gomem runs on one thread, so the 1% is
// of that thread: the CPU fraction is computed with one P where Go uses GOMAXPROCS.
//
//   parked ──wake (sweep done after a cycle)──▶ run: 64 KiB steps until ≥ 1 ms
//     ▲                                           │ worked or a goal met
//     └──── released nothing ◀────────────────────┤
//                                                 ▼ released something
//                               sleep worked/sleepRatio ns, then run again
//
// The allocator also scavenges synchronously, as Go's allocSpan does: after the
// heap grew, enough to keep retained memory at the gcPercent goal (at most the
// growth), and, when mappedReady exceeds the memory limit, the excess — unless the
// GC CPU limiter is on. That time counts as assist time for the limiter.

import type { GCCPULimiter } from './mgclimit.js';
import { PIController } from './mgcpacer.js';
import type { MHeap } from './mheap.js';
import { nanotime } from './time.js';

/** scavengePercent: the share of CPU time the background scavenger aims at. */
export const scavengePercent = 1;
/** retainExtraPercent: memory kept above the heap goal's pages, for the allocator. */
export const retainExtraPercent = 10;
/** reduceExtraPercent: how far under the memory limit the scavenger aims (see above). */
export const reduceExtraPercent = 5;
/** scavengeQuantum: bytes released per step. */
export const scavengeQuantum = 64 << 10;
/** minScavWorkTime: a run works at least this long (ns) before sleeping. */
export const minScavWorkTime = 1e6;
/** startingScavSleepRatio: work-to-sleep ratio before the controller has a measurement. */
export const startingScavSleepRatio = 0.001;
/** Linux's physical page size, to which the gcPercent goal is rounded. */
export const physPageSize = 4096;

/** Go's ^uint64(0) for "no goal": the scavenger need not work for it. */
const noGoal = Number.POSITIVE_INFINITY;

export class Scavenger {
  /** Retained heap (HeapInuse + heap free) to come down to; Infinity for none. */
  gcPercentGoal = noGoal;
  /** mappedReady to come down to; Infinity for none. */
  memoryLimitGoal = noGoal;
  /** HeapInuse at the last mark termination (Go's memstats.lastHeapInUse). */
  lastHeapInUse = 0;
  /** Bytes released by the background scavenger, by allocation assists, and by FreeOSMemory. */
  releasedBackground = 0;
  releasedAssist = 0;
  releasedForced = 0;
  /** Work-to-sleep ratio the sleep controller maintains. */
  sleepRatio = startingScavSleepRatio;
  /** Go's scavenger sleepController: input CPU fraction, output sleepRatio. */
  readonly sleepController = new PIController(0.3375, 3.2e6, 1e9, 0.001, 1000.0);

  private parked = true;
  /** A cycle ended: wake once its sweep is done (Go's wake at the end of sweeping). */
  private wakePending = false;
  /** Set while sleeping: when the sleep started, when it ends, and the work before it. */
  private sleepStart = 0;
  private wakeAt = 0;
  private worked = 0;
  /** Time left during which the controller is not consulted after it failed. */
  private controllerCooldown = 0;
  /** Background releases not yet in a scavtrace line. */
  private unprinted = 0;

  constructor(
    private readonly heap: MHeap,
    private readonly limiter: GCCPULimiter,
    /** The monotonic clock in ns; replaceable, as Go's scavenger takes stubs for its tests. */
    public now: () => number = nanotime,
    /** GODEBUG=scavtrace=1: a line per finished sweep with background releases, and per FreeOSMemory. */
    private readonly trace: ((line: string) => void) | null = null,
  ) {}

  /** Go's heapRetained: heap memory held from the OS (HeapInuse + HeapIdle − HeapReleased). */
  heapRetained(): number {
    return this.heap.stats.heapInUse + this.heap.stats.heapFree;
  }

  /** At mark termination, before the pacer commits: remember the heap in use. */
  markTermination(): void {
    this.lastHeapInUse = this.heap.stats.heapInUse;
    this.wakePending = true;
  }

  /** gcPaceScavenger: the goals from the committed pacing. */
  pace(memoryLimit: number, heapGoal: number, lastHeapGoal: number): void {
    const memoryLimitGoal = memoryLimit * (100.0 - reduceExtraPercent);
    this.memoryLimitGoal = this.heap.mappedReady() <= memoryLimitGoal ? noGoal : memoryLimitGoal;
    if (lastHeapGoal === 0) {
      this.gcPercentGoal = noGoal;
      return;
    }
    let goal = Math.floor(this.lastHeapInUse * (heapGoal / lastHeapGoal));
    goal += Math.floor(goal / (100 / retainExtraPercent));
    goal = Math.ceil(goal / physPageSize) * physPageSize;
    const retained = this.heapRetained();
    this.gcPercentGoal = retained <= goal || retained - goal < physPageSize ? noGoal : goal;
  }

  /** shouldStop: both goals are met. */
  goalsMet(): boolean {
    return this.heapRetained() <= this.gcPercentGoal && this.heap.mappedReady() <= this.memoryLimitGoal;
  }

  /**
   * The allocator took a span: scav bytes of it were released memory, and the heap
   * grew by growth bytes to make room. Assist if a goal demands it, then give the
   * background scavenger its turn.
   */
  allocated(scav: number, growth: number): void {
    // Go checks before it accounts for the span: its mappedReady and heapRetained
    // then lack the span's released bytes (scav), and it adds them or the growth.
    // Here the span is accounted already, so scav is taken back out where Go adds growth.
    let toScavenge = 0;
    if (!this.limiter.limiting()) {
      const mapped = this.heap.mappedReady();
      const limit = this.heap.gcController.memoryLimit;
      if (mapped > limit) toScavenge = mapped - limit;
    }
    if (this.gcPercentGoal !== noGoal && growth > 0) {
      const retained = this.heapRetained() - scav + growth;
      if (retained > this.gcPercentGoal) {
        toScavenge = Math.max(toScavenge, Math.min(growth, retained - this.gcPercentGoal));
      }
    }
    if (toScavenge > 0) this.assist(toScavenge);
    this.poll();
  }

  /** scavengeAll (FreeOSMemory after the GC): release every free page. */
  releaseAll(): number {
    const released = this.heap.scavenge(Number.POSITIVE_INFINITY);
    this.heap.unmapReleasedTop();
    this.releasedForced += released;
    this.printScavTrace(released, true);
    return released;
  }

  /** The background scavenger's turn: wake, finish a sleep, or run a batch. */
  poll(): void {
    if (this.parked) {
      if (!this.wakePending || (this.heap.sweeper !== null && !this.heap.sweeper.done)) return;
      this.wakePending = false;
      this.parked = false;
      // Go prints the background scavenger's work at the end of each sweep.
      if (this.unprinted > 0) this.printScavTrace(this.unprinted, false);
      this.unprinted = 0;
    } else {
      const now = this.now();
      if (now < this.wakeAt) return;
      if (this.wakeAt > 0) this.slept(now - this.sleepStart);
    }
    const [released, worked] = this.run();
    if (released === 0) {
      this.parked = true;
      this.wakeAt = 0;
      return;
    }
    this.releasedBackground += released;
    this.unprinted += released;
    this.sleep(worked);
  }

  /**
   * run: 64 KiB steps until 1 ms of work, a goal met, or nothing left to release.
   * Each step unmaps what it released at the top, so its cost is in the measure.
   */
  private run(): [released: number, worked: number] {
    let released = 0;
    let worked = 0;
    while (worked < minScavWorkTime) {
      if (this.goalsMet()) break;
      const t0 = this.now();
      const r = this.heap.scavenge(scavengeQuantum);
      if (r > 0) this.heap.unmapReleasedTop();
      const dt = this.now() - t0;
      // Go assumes 10 µs per physical page when the clock did not move.
      worked += dt > 0 ? dt : 10e3 * (r / physPageSize);
      released += r;
      if (r < scavengeQuantum) break;
    }
    return [released, worked];
  }

  /** sleep: go to sleep for worked/sleepRatio, at least 1 ms of work assumed. */
  private sleep(worked: number): void {
    this.worked = Math.max(worked, minScavWorkTime);
    this.sleepStart = this.now();
    this.wakeAt = this.sleepStart + Math.trunc(this.worked / this.sleepRatio);
  }

  /** The end of a sleep: feed the CPU fraction actually used to the controller. */
  private slept(slept: number): void {
    const worked = this.worked;
    this.wakeAt = 0;
    if (this.controllerCooldown > 0) {
      const t = slept + worked;
      this.controllerCooldown = t > this.controllerCooldown ? 0 : this.controllerCooldown - t;
      return;
    }
    const cpuFraction = worked / (slept + worked);
    const [ratio, ok] = this.sleepController.next(cpuFraction, scavengePercent / 100, slept + worked);
    if (ok) {
      this.sleepRatio = ratio;
    } else {
      // The controller's assumptions broke down: sleep conservatively for 5 s.
      this.sleepRatio = startingScavSleepRatio;
      this.controllerCooldown = 5e9;
    }
  }

  /** The allocator's scavenge assist, backing out if the GC CPU limiter turns on. */
  private assist(nbytes: number): void {
    const t0 = this.now();
    let released = 0;
    while (released < nbytes && !this.limiter.limiting()) {
      const r = this.heap.scavenge(Math.min(scavengeQuantum, nbytes - released));
      released += r;
      if (r === 0) break;
    }
    if (released > 0) this.heap.unmapReleasedTop();
    this.releasedAssist += released;
    this.limiter.addAssistTime(this.now() - t0);
  }

  /** printScavTrace: `scav <work> KiB work, <released> KiB total, <util>% util`. */
  private printScavTrace(released: number, forced: boolean): void {
    if (this.trace === null) return;
    const st = this.heap.stats;
    const retained = this.heapRetained();
    const util = retained > 0 ? Math.floor((st.heapInUse * 100) / retained) : 0;
    this.trace(
      `scav ${Math.floor(released / 1024)} KiB work, ${Math.floor(st.heapReleased / 1024)} KiB total, ${util}% util${forced ? ' (forced)' : ''}`,
    );
  }
}
