// The GC pacer: when the next cycle starts (the trigger), how large the heap may
// grow before it must end (the goal), how much marking the background workers do
// and how much allocating goroutines must do as assists; plus the GOGC and
// GOMEMLIMIT settings that drive it.
//
// Mirrors Go 1.19's runtime/mgcpacer.go: gcControllerState (init, startCycle,
// revise, endCycle, resetLive, markWorkerStop, update, addScannableStack,
// addGlobals, heapGoal, heapGoalInternal, memoryLimitHeapGoal, trigger, commit,
// setGCPercent, setMemoryLimit, the idle-worker counters), its piController,
// readGOGC and readGOMEMLIMIT; the worker choice of findRunnableGCWorker and
// pollFractionalWorkerExit (mgc.go); parseByteCount and atoi64 (string.go).
//
// The heap goal is the smaller of two:
//   - GOGC: heapMarked + (heapMarked + lastStackScan + globalsScan) × GOGC/100, at
//     least heapMinimum (4 MiB × GOGC/100); none when GOGC is off. Fixed at commit.
//   - GOMEMLIMIT: limit − non-heap memory − overage − 1 MiB headroom, at least
//     heapMarked, recomputed on every call from the runtime's current memory
//     (mappedReady − heapFree − heapAlloc is the memory that is not and cannot
//     become heap objects; overage is how far mappedReady is over the limit).
// Only under the GOGC goal do two floors apply: the sweep distance (heapLive at
// commit + 1 MiB while sweeping is unfinished) and 64 KiB past the point where a
// running cycle triggered.
// The trigger is goal − runway, where runway = consMark × (0.75/0.25) × expected
// scan work, clamped to [heapMarked + 45/64 of the way to the goal,
// max(heapMarked + 61/64 of the way, goal − 4 MiB)] with Go's integer rounding;
// consMark (allocation rate over scan rate, per CPU) is smoothed across cycles by
// a PI controller.
//
// Numbers: byte counts and nanoseconds are JS numbers, exact below 2^53. Go's
// uint64 sentinels become 2^64 ("no GOGC goal") and Infinity ("not triggered");
// the memory limit is kept exactly as a bigint (Go's int64, whose default
// math.MaxInt64 must print as 9223372036854775807) and read as a number, in which
// math.MaxInt64 is 2^63. Goals derived from such a limit (GOGC=off without
// GOMEMLIMIT) are within a few KiB of Go's, which is all "effectively infinite"
// needs. commit computes the GOGC goal and heap minimum with bigints, wrapping at
// 2^64 as Go's uint64 arithmetic does.
//
// The controller is clock-agnostic: every time is passed in. What it needs from
// the rest of the runtime it calls through replaceable functions: mappedReady,
// heapFree, heapAlloc (for the memory-limit goal) and isSweepDone (for commit).
// Until the runtime installs them the controller sees an empty, fully swept heap.

import { FatalError } from './panic.js';

/** Go's defaultHeapMinimum: the heap minimum at GOGC=100. */
export const defaultHeapMinimum = 4 << 20;
/** Go's gcBackgroundUtilization and gcGoalUtilization: 25% of GOMAXPROCS marks in the background. */
export const gcBackgroundUtilization = 0.25;
export const gcGoalUtilization = gcBackgroundUtilization;
/** Scan work a P may accumulate before flushing it to the controller (Go's gcCreditSlack). */
export const gcCreditSlack = 2000;
/** Assist nanoseconds a P may accumulate before flushing (Go's gcAssistTimeSlack). */
export const gcAssistTimeSlack = 5000;
/** Extra scan work an assist does to prepay for future allocation (Go's gcOverAssistWork). */
export const gcOverAssistWork = 64 << 10;
/** Bytes the memory-limit goal keeps in reserve for pacing error (Go's memoryLimitHeapGoalHeadroom). */
export const memoryLimitHeapGoalHeadroom = 1 << 20;
/** Heap growth the sweeper is always given after a commit (Go's sweepMinHeapDistance, mgc.go). */
export const sweepMinHeapDistance = 1 << 20;
/** Go's math.MaxInt64: the memory limit when none is set. */
export const maxInt64: bigint = 9223372036854775807n;

/** Go's trigger bounds as fractions of the distance from heapMarked to the goal: 45/64 ≈ 0.7, 61/64 ≈ 0.95. */
export const triggerRatioDen = 64;
export const minTriggerRatioNum = 45;
export const maxTriggerRatioNum = 61;

/** ^uint64(0), Go's "no GOGC goal", as the nearest number. */
const noGoal = 2 ** 64;
/** A memory limit at or over this is no limit for heapGoalInternal (see there). */
const unlimitedAbove = 2 ** 62;
/** math.MaxInt64 as a number (rounds to 2^63). */
const maxInt64Number = Number(maxInt64);
/** The least goal distance past the trigger point of a running cycle (Go's minRunway). */
const minRunway = 64 << 10;

/**
 * Go's readGOGC: "off" is −1; a decimal int32 (atoi32, which takes a leading '-')
 * is returned as is; anything else, including "", is 100. Negative values other
 * than −1 reach setGCPercent, which turns them into −1.
 */
export function readGOGC(v: string | undefined): number {
  const p = v ?? '';
  if (p === 'off') return -1;
  const n = atoi64(p);
  if (n !== null && n >= -(2n ** 31n) && n < 2n ** 31n) return Number(n);
  return 100;
}

/**
 * Go's atoi64: optional '-', then decimal digits only, within int64. Go accepts a
 * lone "-" (no digits) as 0, so this does too.
 */
function atoi64(s: string): bigint | null {
  if (s === '') return null;
  const neg = s[0] === '-';
  const digits = neg ? s.slice(1) : s;
  if (!/^[0-9]*$/.test(digits)) return null;
  const un = digits === '' ? 0n : BigInt(digits);
  if (!neg && un > maxInt64) return null;
  if (neg && un > maxInt64 + 1n) return null;
  return neg ? -un : un;
}

const unitPower: Record<string, bigint> = { K: 1n, M: 2n, G: 3n, T: 4n };

/**
 * Go's parseByteCount, exactly: ^[0-9]+(([KMGT]i)?B)?$ read by atoi64, so a number
 * with a unit must fit int64 after scaling. Go's atoi64 quirks carry over: a
 * leading '-' is allowed when the value is zero ("-0", "-0B"), and "-" alone before
 * a unit reads as 0 ("-KiB"). Returns null where Go returns ok = false.
 */
export function parseByteCountBig(s: string): bigint | null {
  if (s === '') return null;
  const last = s[s.length - 1]!;
  if (last >= '0' && last <= '9') {
    const n = atoi64(s);
    return n === null || n < 0n ? null : n;
  }
  if (last !== 'B' || s.length < 2) return null;
  const c = s[s.length - 2]!;
  if (c >= '0' && c <= '9') {
    const n = atoi64(s.slice(0, -1));
    return n === null || n < 0n ? null : n;
  }
  if (c !== 'i' || s.length < 4) return null;
  const power = unitPower[s[s.length - 3]!];
  if (power === undefined) return null;
  const n = atoi64(s.slice(0, -3));
  if (n === null || n < 0n) return null;
  const scaled = n * 1024n ** power;
  return scaled > maxInt64 ? null : scaled;
}

/** parseByteCount as a number (math.MaxInt64-sized counts round to 2^63). */
export function parseByteCount(s: string): number | null {
  const n = parseByteCountBig(s);
  return n === null ? null : Number(n);
}

/**
 * Go's readGOMEMLIMIT, exactly: unset, "" or "off" is math.MaxInt64; otherwise a
 * byte count, or the runtime dies with the two lines Go prints (the echoed setting,
 * then the fatal error).
 */
export function readGOMEMLIMITBig(v: string | undefined): bigint {
  const p = v ?? '';
  if (p === '' || p === 'off') return maxInt64;
  const n = parseByteCountBig(p);
  if (n === null) {
    throw new FatalError(
      'malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`',
      `GOMEMLIMIT=${p}`,
    );
  }
  return n;
}

/** readGOMEMLIMIT as a number: math.MaxInt64 is 2^63. */
export function readGOMEMLIMIT(v: string | undefined): number {
  return Number(readGOMEMLIMITBig(v));
}

/** A memory limit given as a number: 2^63 and above mean math.MaxInt64; fractions are dropped. */
function limitFromNumber(n: number): bigint {
  return n >= maxInt64Number ? maxInt64 : BigInt(Math.trunc(n));
}

/**
 * Go's piController: a proportional-integral controller with anti-windup (tt) and
 * output clamping. The pacer uses it only to smooth consMark across cycles. When
 * the output or the accumulated error stops being finite, it resets, flags it, and
 * reports failure with min as the output.
 */
export class PIController {
  errIntegral = 0;
  errOverflow = false;
  inputOverflow = false;

  constructor(
    readonly kp: number,
    readonly ti: number,
    readonly tt: number,
    readonly min: number,
    readonly max: number,
  ) {}

  /** One sample: returns the new output and whether it is valid. */
  next(input: number, setpoint: number, period: number): [number, boolean] {
    const rawOutput = this.kp * (setpoint - input) + this.errIntegral;
    if (!Number.isFinite(rawOutput)) {
      this.reset();
      this.inputOverflow = true;
      return [this.min, false];
    }
    const output = Math.min(Math.max(rawOutput, this.min), this.max);
    if (this.ti !== 0 && this.tt !== 0) {
      // The second term bleeds off error accumulated while the output was clamped.
      this.errIntegral +=
        ((this.kp * period) / this.ti) * (setpoint - input) + (period / this.tt) * (output - rawOutput);
      if (!Number.isFinite(this.errIntegral)) {
        this.reset();
        this.errOverflow = true;
        return [this.min, false];
      }
    }
    return [output, true];
  }

  reset(): void {
    this.errIntegral = 0;
  }
}

/** What started a cycle, as Go's gcTrigger kinds: heap growth, the 2-minute timer, or runtime.GC. */
export type GCTriggerKind = 'heap' | 'time' | 'cycle';
/** Go's gcMarkWorkerMode for the three kinds of background mark worker. */
export type GCMarkWorkerMode = 'dedicated' | 'fractional' | 'idle';

export class GCController {
  /** GOGC; −1 when off. */
  gcPercent = 100;
  /** The GOGC-derived floor for the goal: 4 MiB × GOGC/100 (Go's uint64 arithmetic, so it wraps when off). */
  heapMinimum = defaultHeapMinimum;

  /** Bytes allocated since the last mark plus those it marked; only grows between cycles. */
  heapLive = 0;
  /** Scannable part of heapLive; fixed while marking. */
  heapScan = 0;
  /** Bytes the last cycle marked (heapLive right after it). */
  heapMarked = 0;
  /** Heap and stack scan work of the last cycle. */
  lastHeapScan = 0;
  lastStackScan = 0;
  /** Allocated goroutine stack bytes (an upper bound on stack scan work). */
  maxStackScan = 0;
  /** Scannable global bytes (data + bss). */
  globalsScan = 0;

  /** Scan work done this cycle; the marker adds to these. */
  heapScanWork = 0;
  stackScanWork = 0;
  globalsScanWork = 0;
  /** Background scan credit that assists may steal; the marker adds and takes. */
  bgScanCredit = 0;
  /** Nanoseconds this cycle spent in assists and in each kind of mark worker. */
  assistTime = 0;
  dedicatedMarkTime = 0;
  fractionalMarkTime = 0;
  idleMarkTime = 0;
  /** When assists and background marking started this cycle. */
  markStartTime = 0;

  /** Dedicated workers still to start this cycle (decremented as they start, restored as they stop). */
  dedicatedMarkWorkersNeeded = 0;
  /** Share of each remaining P's time the fractional worker should take. */
  fractionalUtilizationGoal = 0;
  /** Idle mark workers running, and how many may run. */
  idleMarkWorkers = 0;
  maxIdleMarkWorkers = 0;

  /** Scan work an assist owes per byte allocated, and its reciprocal. */
  assistWorkPerByte = 0;
  assistBytesPerWork = 0;

  /** Smoothed allocation-to-scan rate ratio per CPU; updated by endCycle. */
  consMark = 0;
  readonly consMarkController = new PIController(0.9, 4.0, 1000, -1000, 1000);
  /** Heap bytes the next cycle should have to finish marking; set by commit. */
  runway = 0;
  /** The goal from GOGC; 2^64 when GOGC is off. Set by commit. */
  gcPercentHeapGoal = 0;
  /** Trigger and goal floor that leaves the sweeper room; set by commit. */
  sweepDistMinTrigger = 0;
  /** Where the running cycle triggered; Infinity outside a cycle. */
  triggered = Number.POSITIVE_INFINITY;
  /** heapGoal() when the last cycle ended (for the scavenger). */
  lastHeapGoal = 0;
  /** True from startCycle to endCycle: assists are on and heap changes revise the assist ratio. */
  marking = false;

  /** Memory the runtime has mapped and not released: Sys − HeapReleased. */
  mappedReady: () => number = () => 0;
  /** Heap memory in no span and not released: HeapIdle − HeapReleased. */
  heapFree: () => number = () => 0;
  /** Bytes of heap objects: HeapAlloc. */
  heapAlloc: () => number = () => 0;
  /** Whether the sweep of the last cycle has finished. */
  isSweepDone: () => boolean = () => true;

  #memoryLimit: bigint = maxInt64;
  /** #memoryLimit as a number, kept beside it: the goal is computed at every allocation slow path. */
  #memoryLimitNum = Number(maxInt64);
  /** heapGoalInternal's second result: the least trigger the sweeper needs. */
  #minTrigger = 0;

  /** Go's gcControllerState.init: settings from GOGC and GOMEMLIMIT, then a commit with sweeping done. */
  constructor(gcPercent: number, memoryLimit: number | bigint) {
    this.#setGCPercent(gcPercent);
    this.#memoryLimit = typeof memoryLimit === 'bigint' ? memoryLimit : limitFromNumber(memoryLimit);
    this.#memoryLimitNum = Number(this.#memoryLimit);
    this.#commit(true);
  }

  /** The memory limit in bytes; math.MaxInt64 (no limit) reads as 2^63. */
  get memoryLimit(): number {
    return this.#memoryLimitNum;
  }

  /** The memory limit exactly as Go holds it. */
  memoryLimitBig(): bigint {
    return this.#memoryLimit;
  }

  /** Go's update: the allocator moved heapLive (and heapScan) when it took or returned a span. */
  update(dHeapLive: number, dHeapScan: number): void {
    this.heapLive += dHeapLive;
    if (this.marking) {
      // heapScan is the cycle's fixed worst case; only the goal distance moved.
      this.revise();
    } else {
      this.heapScan += dHeapScan;
    }
  }

  /** Goroutine stack bytes allocated (or freed, negative). */
  addScannableStack(bytes: number): void {
    this.maxStackScan += bytes;
  }

  addGlobals(bytes: number): void {
    this.globalsScan += bytes;
  }

  /** The heap goal (MemStats.NextGC). */
  heapGoal(): number {
    return this.#heapGoalInternal();
  }

  /** The heapLive at which the next cycle should start. */
  trigger(): number {
    return this.#trigger();
  }

  /** Go's memoryLimitHeapGoal: the goal the memory limit alone allows. */
  memoryLimitHeapGoal(): number {
    const heapFree = this.heapFree();
    const heapAlloc = this.heapAlloc();
    const mappedReady = this.mappedReady();
    if (heapFree + heapAlloc > mappedReady) {
      // Go retries until its racy reads line up and deadlocks on a lasting
      // mismatch; single-threaded, a mismatch is an accounting error.
      throw new Error(
        `runtime: heapFree ${heapFree} + heapAlloc ${heapAlloc} exceeds mappedReady ${mappedReady}`,
      );
    }
    const memoryLimit = this.memoryLimit;
    const nonHeapMemory = mappedReady - heapFree - heapAlloc;
    const overage = mappedReady > memoryLimit ? mappedReady - memoryLimit : 0;
    // Non-heap memory alone is over the limit: collect continuously and leave the
    // CPU limiter to bound the cost.
    if (nonHeapMemory + overage >= memoryLimit) return this.heapMarked;
    let goal = memoryLimit - (nonHeapMemory + overage);
    goal =
      goal - memoryLimitHeapGoalHeadroom < memoryLimitHeapGoalHeadroom
        ? memoryLimitHeapGoalHeadroom
        : goal - memoryLimitHeapGoalHeadroom;
    return Math.max(goal, this.heapMarked);
  }

  /**
   * Go's heapGoalInternal: returns the goal and leaves the least trigger the
   * sweeper needs in #minTrigger. It runs at every allocation slow path and, while
   * marking, at every span the allocator takes: a second result in a field, not a
   * tuple, keeps it from allocating.
   */
  #heapGoalInternal(): number {
    let goal = this.gcPercentHeapGoal;
    // With no limit set the limit's goal is 2^63 less at most the 4 GiB arena:
    // no GOGC goal under 2^61 can be above it, so it is not computed (it is not a
    // small integer, and would be boxed at each of the calls above).
    const limitGoal =
      this.#memoryLimitNum >= unlimitedAbove && goal < unlimitedAbove / 2
        ? Number.POSITIVE_INFINITY
        : this.memoryLimitHeapGoal();
    if (limitGoal < goal) {
      this.#minTrigger = 0;
      return limitGoal;
    }
    // Under the GOGC goal only: the floors below may push the goal up, which the
    // memory limit must never allow.
    goal = Math.max(goal, this.sweepDistMinTrigger);
    if (this.triggered !== Number.POSITIVE_INFINITY && goal < this.triggered + minRunway) {
      goal = this.triggered + minRunway;
    }
    this.#minTrigger = this.sweepDistMinTrigger;
    return goal;
  }

  /** Go's trigger(): the trigger within its bounds (Go also returns the goal; callers here ask heapGoal()). */
  #trigger(): number {
    const goal = this.#heapGoalInternal();
    const sweepMin = this.#minTrigger;
    const marked = this.heapMarked;
    if (marked >= goal) return goal;
    const span = Math.floor((goal - marked) / triggerRatioDen);
    const minTrigger = Math.max(sweepMin, marked, span * minTriggerRatioNum + marked);
    let maxTrigger = span * maxTriggerRatioNum + marked;
    if (goal > defaultHeapMinimum && goal - defaultHeapMinimum > maxTrigger) {
      maxTrigger = goal - defaultHeapMinimum;
    }
    maxTrigger = Math.max(maxTrigger, minTrigger);
    // A negative runway is a huge one in Go's uint64: start as early as allowed.
    const runway = this.runway;
    let trigger = runway > goal || runway < 0 ? minTrigger : goal - runway;
    trigger = Math.min(Math.max(trigger, minTrigger), maxTrigger);
    if (trigger > goal) {
      throw new Error(
        `trigger=${trigger} heapGoal=${goal} minTrigger=${minTrigger} maxTrigger=${maxTrigger}: produced a trigger greater than the heap goal`,
      );
    }
    return trigger;
  }

  /**
   * Go's commit: recompute the GOGC goal, the sweep distance and the runway after
   * gcPercent, the memory limit or heapMarked changed. If marking, call revise()
   * after (setGCPercent and setMemoryLimit do).
   */
  commit(): void {
    this.#commit(this.isSweepDone());
  }

  #commit(isSweepDone: boolean): void {
    this.sweepDistMinTrigger = isSweepDone ? 0 : this.heapLive + sweepMinHeapDistance;
    let goal = noGoal;
    if (this.gcPercent >= 0) {
      const marked = BigInt(this.heapMarked);
      const base = marked + BigInt(this.lastStackScan) + BigInt(this.globalsScan);
      goal = Number(BigInt.asUintN(64, marked + BigInt.asUintN(64, base * BigInt(this.gcPercent)) / 100n));
    }
    this.gcPercentHeapGoal = Math.max(goal, this.heapMinimum);
    const expectedScanWork = this.lastHeapScan + this.lastStackScan + this.globalsScan;
    // consMark is per CPU; weighting it by the mutator's and the GC's shares of the
    // CPU turns it into heap bytes allocated per byte of scan work.
    this.runway = Math.trunc(
      ((this.consMark * (1 - gcGoalUtilization)) / gcGoalUtilization) * expectedScanWork,
    );
  }

  /** Go's setGCPercent plus gcControllerCommit: returns the previous GOGC; negative turns GC off (−1). */
  setGCPercent(n: number): number {
    const out = this.#setGCPercent(n);
    this.#commitAndRevise();
    return out;
  }

  #setGCPercent(n: number): number {
    const out = this.gcPercent;
    const p = n < 0 ? -1 : Math.trunc(n);
    // 4 MiB × uint64(GOGC) / 100 as Go computes it: GOGC=off wraps.
    this.heapMinimum = Number(
      BigInt.asUintN(64, BigInt(defaultHeapMinimum) * BigInt.asUintN(64, BigInt(p))) / 100n,
    );
    this.gcPercent = p;
    return out;
  }

  /**
   * Go's setMemoryLimit plus gcControllerCommit: returns the previous limit; a
   * negative argument only reads it. 2^63 and above set math.MaxInt64.
   */
  setMemoryLimit(n: number): number {
    return Number(this.setMemoryLimitBig(n < 0 ? -1n : limitFromNumber(n)));
  }

  /** setMemoryLimit with Go's exact int64 (debug.SetMemoryLimit). */
  setMemoryLimitBig(n: bigint): bigint {
    const out = this.#memoryLimit;
    if (n < 0n || n === out) return out;
    this.#memoryLimit = n > maxInt64 ? maxInt64 : n;
    this.#memoryLimitNum = Number(this.#memoryLimit);
    this.#commitAndRevise();
    return out;
  }

  #commitAndRevise(): void {
    this.commit();
    if (this.marking) this.revise();
  }

  /**
   * Go's startCycle, with the world stopped at the start of marking: clear the
   * cycle's counters, record the trigger, split the 25% background utilization into
   * dedicated and fractional workers, and set the first assist ratio.
   */
  startCycle(markStartTime: number, procs: number, trigger: GCTriggerKind): void {
    this.heapScanWork = 0;
    this.stackScanWork = 0;
    this.globalsScanWork = 0;
    this.bgScanCredit = 0;
    this.assistTime = 0;
    this.dedicatedMarkTime = 0;
    this.fractionalMarkTime = 0;
    this.idleMarkTime = 0;
    this.markStartTime = markStartTime;
    // Go records the computed trigger, not heapLive when the cycle started; its
    // cons/mark estimate is tuned to that.
    this.triggered = this.#trigger();

    // Round to the nearest whole number of dedicated workers; where that misses 25%
    // by more than 30% (GOMAXPROCS ≤ 3 or 6) round down and make up the rest with
    // a fractional worker.
    const totalUtilizationGoal = procs * gcBackgroundUtilization;
    this.dedicatedMarkWorkersNeeded = Math.trunc(totalUtilizationGoal + 0.5);
    const utilError = this.dedicatedMarkWorkersNeeded / totalUtilizationGoal - 1;
    const maxUtilError = 0.3;
    if (utilError < -maxUtilError || utilError > maxUtilError) {
      if (this.dedicatedMarkWorkersNeeded > totalUtilizationGoal) this.dedicatedMarkWorkersNeeded--;
      this.fractionalUtilizationGoal = (totalUtilizationGoal - this.dedicatedMarkWorkersNeeded) / procs;
    } else {
      this.fractionalUtilizationGoal = 0;
    }

    // A periodic cycle runs on an idle program: no idle workers, unless nothing
    // else is sure to run (fractional workers may never get scheduled).
    if (trigger === 'time') {
      this.maxIdleMarkWorkers = this.dedicatedMarkWorkersNeeded > 0 ? 0 : 1;
    } else {
      this.maxIdleMarkWorkers = procs - this.dedicatedMarkWorkersNeeded;
    }
    this.marking = true;
    this.revise();
  }

  /**
   * Go's revise: the assist ratio that finishes the expected scan work by the time
   * heapLive reaches the goal. Past the expected work the heap is assumed to be
   * growing: the goal is extrapolated to the worst-case scan work (at most
   * (1 + GOGC/100) × goal); past even that goal, the goal gets 10% more and the
   * work its worst case.
   */
  revise(): void {
    // A forced cycle with GC off paces as if GOGC were huge.
    const gcPercent = this.gcPercent < 0 ? 100000 : this.gcPercent;
    const live = this.heapLive;
    const work = this.heapScanWork + this.stackScanWork + this.globalsScanWork;
    let heapGoal = this.heapGoal();
    let scanWorkExpected = this.lastHeapScan + this.lastStackScan + this.globalsScan;
    const maxScanWork = this.heapScan + this.maxStackScan + this.globalsScan;
    if (work > scanWorkExpected) {
      // With no expected work at all (a first cycle without globals) Go's float to
      // int conversion of the infinite extrapolation is undefined; here it is
      // Infinity and the hard goal below applies.
      const extHeapGoal =
        Math.trunc(((heapGoal - this.triggered) / scanWorkExpected) * maxScanWork) + this.triggered;
      scanWorkExpected = maxScanWork;
      const hardGoal = Math.trunc((1.0 + gcPercent / 100.0) * heapGoal);
      heapGoal = Math.min(extHeapGoal, hardGoal);
    }
    if (live > heapGoal) {
      const maxOvershoot = 1.1;
      heapGoal = Math.trunc(heapGoal * maxOvershoot);
      scanWorkExpected = maxScanWork;
    }
    // Marking is racy in Go (objects can be scanned twice), so remaining work may
    // come out negative; aim at a little more than nothing.
    const scanWorkRemaining = Math.max(scanWorkExpected - work, 1000);
    const heapRemaining = Math.max(heapGoal - live, 1);
    this.assistWorkPerByte = scanWorkRemaining / heapRemaining;
    this.assistBytesPerWork = heapRemaining / scanWorkRemaining;
  }

  /**
   * Go's endCycle, at mark termination before resetLive: record the goal for the
   * scavenger and feed this cycle's cons/mark ratio to the smoothing controller.
   * Go's endCycle also takes userForced, which 1.19 does not use.
   */
  endCycle(now: number, procs: number): void {
    this.marking = false;
    this.lastHeapGoal = this.heapGoal();
    const assistDuration = now - this.markStartTime;
    let utilization = gcBackgroundUtilization;
    if (assistDuration > 0) utilization += this.assistTime / (assistDuration * procs);
    // A cycle that ended before the heap passed the trigger (a forced cycle, or a
    // very short one) says nothing about the allocation rate.
    if (this.heapLive <= this.triggered) return;
    const idleUtilization = assistDuration > 0 ? this.idleMarkTime / (assistDuration * procs) : 0;
    // Bytes allocated per CPU-ns of mutator time over bytes scanned per CPU-ns of
    // GC time (idle marking included); duration and procs cancel.
    const scanWork = this.heapScanWork + this.stackScanWork + this.globalsScanWork;
    const currentConsMark =
      ((this.heapLive - this.triggered) * (utilization + idleUtilization)) / (scanWork * (1 - utilization));
    const [consMark, ok] = this.consMarkController.next(this.consMark, currentConsMark, 1.0);
    this.consMark = ok ? consMark : 0;
  }

  /** Go's resetLive, after endCycle and before commit: the marked heap becomes the new baseline. */
  resetLive(bytesMarked: number): void {
    this.heapMarked = bytesMarked;
    this.heapLive = bytesMarked;
    this.heapScan = this.heapScanWork;
    this.lastHeapScan = this.heapScanWork;
    this.lastStackScan = this.stackScanWork;
    this.triggered = Number.POSITIVE_INFINITY;
  }

  /**
   * Which background worker a P should run now, or null (Go's findRunnableGCWorker
   * decision): a dedicated worker while any are still needed, else a fractional
   * one if this P is behind its share. fractionalTime is this P's fractional mark
   * time this cycle.
   */
  chooseMarkWorker(fractionalTime: number, now: number): 'dedicated' | 'fractional' | null {
    if (this.dedicatedMarkWorkersNeeded > 0) {
      this.dedicatedMarkWorkersNeeded--;
      return 'dedicated';
    }
    if (this.fractionalUtilizationGoal === 0) return null;
    const delta = now - this.markStartTime;
    if (delta > 0 && fractionalTime / delta > this.fractionalUtilizationGoal) return null;
    return 'fractional';
  }

  /** Go's pollFractionalWorkerExit: a fractional worker stops once 20% over its share. */
  fractionalWorkerShouldExit(selfTime: number, now: number): boolean {
    const delta = now - this.markStartTime;
    if (delta <= 0) return true;
    return selfTime / delta > 1.2 * this.fractionalUtilizationGoal;
  }

  /** Go's addIdleMarkWorker: whether another idle worker may start (and count it if so). */
  addIdleMarkWorker(): boolean {
    if (this.idleMarkWorkers >= this.maxIdleMarkWorkers) return false;
    this.idleMarkWorkers++;
    return true;
  }

  /** Go's needIdleMarkWorker: a hint that addIdleMarkWorker would succeed. */
  needIdleMarkWorker(): boolean {
    return this.idleMarkWorkers < this.maxIdleMarkWorkers;
  }

  /** Go's markWorkerStop: account a worker's run; a dedicated slot opens again. */
  markWorkerStop(mode: GCMarkWorkerMode, duration: number): void {
    switch (mode) {
      case 'dedicated':
        this.dedicatedMarkTime += duration;
        this.dedicatedMarkWorkersNeeded++;
        break;
      case 'fractional':
        this.fractionalMarkTime += duration;
        break;
      case 'idle':
        this.idleMarkTime += duration;
        if (this.idleMarkWorkers <= 0) throw new Error('negative idle mark workers');
        this.idleMarkWorkers--;
        break;
    }
  }
}
