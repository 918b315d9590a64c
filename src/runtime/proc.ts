// Goroutines and the scheduler.
//
// Mirrors Go's runtime/proc.go (newproc, newproc1, gfput, gfget, goexit0, gopark,
// goready, ready, runqput, runqputslow, runqget, globrunqget, schedule,
// findRunnable's order, checkdead, Gosched), mgcmark.go (markrootFreeGStacks,
// scanstack) and time.go (timeSleep, checkTimers) for one P: GOMAXPROCS
// goroutines never run in parallel here, and this scheduler runs them all on the
// runtime's current P, so the order in which goroutines run is Go's with
// GOMAXPROCS=1.
//
// A goroutine is a G holding a JavaScript generator (the compiled function's
// generator form, README "Goroutines and blocking"). The scheduler resumes one G
// at a time; the G runs until its generator yields. A blocking operation records
// why before it yields: park sets _Gwaiting and the wait reason, and the G runs
// again only after ready(g). A yield that leaves the G _Grunning is a
// preemption or Gosched: the G goes to the global run queue, as Go's
// goschedImpl puts it.
//
// Run order (Go's schedule/findRunnable with one P):
//   1. expired timers make their sleepers ready (checkTimers);
//   2. every 61st tick, one G from the global queue first (fairness);
//   3. runnext, which inherits the time slice; else the local queue (256 slots);
//   4. the global queue, taking a batch into the local queue.
// newproc and ready put the G in runnext, kicking the previous runnext to the
// tail of the local queue, so a new goroutine runs as soon as its creator blocks.
// Nothing to run and no timer: the deadlock fatal error, as checkdead reports it.
// Nothing to run but a timer: wait for it in real time (setTimeout).
//
// Preemption: compiled code has preemption points at loop back edges and at
// the entry of functions that can recur without looping (codegen/analysis.ts).
// Each decrements a countdown inline (a loop's function its own variable,
// entries the shared tick); when it runs out, it is reset to
// preemptCheckEvery and sliceUsed() compares the clock with the start of the
// running G's time slice: after forcePreemptNS (10 ms, sysmon's limit) the G
// has used its slice. A generator then yields (goschedImpl: to the global
// queue). A plain function cannot yield, so preemptNested runs the other
// goroutines on top of its JavaScript stack: it saves the G's registers, holds
// as roots the pointers its caller keeps only in JavaScript variables (the
// collector sees the rest in the G's frames), keeps the G _Grunnable but in no
// queue (no one may resume its generator, which is running), runs what
// findRunnable gives for up to one time slice or until nothing is runnable (a
// sleeper whose time has not come cannot be awaited there), then makes the G
// current again with its registers and a new slice. A nested goroutine may be
// preempted nested in turn (the depth is bounded by the number of Gs). At the
// entry of a recursive function that may not collect, whose callers keep
// pointers only in JavaScript variables, preemptNestedNoGC runs them with
// MHeap.gcStartBlocked raised: no collection may start until it returns. The
// deadlock check never sees a preempted G: nested runs just return.
// Deviation from Go: a G preempted nested runs again only when the nested run
// returns (last preempted, first resumed), not when it reaches the head of the
// global queue; of two goroutines spinning in plain code, the outer one runs
// again only once the inner one stops.
// What ends the program while goroutines are preempted nested (main returns,
// a panic or os.Exit in a nested goroutine, a fatal error) is thrown wrapped in
// an Abandon, which compiled code's deferred calls let pass, up to run(): the
// goroutines below are abandoned as Go abandons them.
//
// Registers: REG = [SP, LO, FP] belong to the running G; every switch saves
// them into the G that stops and loads them from the G that starts. Goroutine
// stacks never move (stack.ts), so addresses into a parked G's frames (the
// sudogs' elem) stay valid.
//
// The collector scans every live G's frames through the FP chain (the running
// G's from REG[2], the others' from their saved fp) with each frame's pointer
// map, plus the channels its sudogs wait on; the frame bytes scanned are the
// pacer's stack scan work (lastStackScan in the heap goal), and every segment
// allocated or freed moves maxStackScan, as in Go.
//
// Exited goroutines keep their starting-size stack on the P's free list (gfput;
// local list of up to 64, surplus to the global list) and a new goroutine reuses
// one (gfget). The stacks of the global free list are freed at the next GC
// (markrootFreeGStacks), with the P stack caches and the goroutines' cached
// segments: so, as in Go, StackInuse does not fall when goroutines exit, only at
// a GC after enough of them exited. That work runs at the cycle's first root
// scan (scanRoots), as Go's markroot jobs do, outside the stop-the-world start.
//
// Goroutine ids: main is 1; Go's system goroutines take 2–4 (forcegc helper,
// background sweeper and scavenger) and 5 the finalizer goroutine, which
// importing os starts; so the first goroutine a program that imports os starts
// is 6. Without os, the finalizer goroutine takes the next id at the first
// SetFinalizer. Go's mark workers take ids at the first GC (allgs.ts).
//
// Finalizers run on goroutines of their own here, one per finalizer, where Go
// runs them all on its one finalizer goroutine: each is a system G (newproc's
// fing) that stands for that goroutine, with its goid, no descriptor of its
// own, and no place on the free lists, so the Gs and descriptors a program's
// go statements get are Go's.

import { AllGs, initialGs } from './allgs.js';
import type { WaitQ } from './chan.js';
import type { GC } from './mgc.js';
import type { RootSource } from './mgcmark.js';
import { FatalError } from './panic.js';
import type { Runtime } from './runtime.js';
import { type FrameTable, fixedStack, GStack, Stacks, stackRound, type TraceFrame } from './stack.js';
import { nanotime } from './time.js';

/** Go's G status values (runtime2.go). */
export enum GStatus {
  Idle = 0,
  Runnable = 1,
  Running = 2,
  Waiting = 4,
  Dead = 6,
}

/** A goroutine blocked on a channel, or a select case it waits on (Go's sudog). */
export class Sudog {
  /** For a select: the index of the case this sudog waits for. */
  caseIndex = 0;
  /** Set by the G that completes the operation: true if it happened, false if the channel was closed. */
  success = false;
  constructor(
    readonly g: G,
    /** The channel (hchan address). */
    readonly c: number,
    /** Where the value comes from or goes to (0: discarded receive). */
    public elem: number,
    readonly isSelect: boolean,
  ) {}
}

export class G {
  status = GStatus.Idle;
  /** Why the G is waiting, as Go's tracebacks print it (waitReasonStrings). */
  waitreason = '';
  gen: Generator<unknown, unknown, unknown> | null = null;
  readonly stack = new GStack();
  /** Saved registers while the G is not running. */
  sp = 0;
  lo = 0;
  fp = 0;
  /** Where the go statement writes the arguments: the entry frame's first slot. */
  argp = 0;
  /** The entry frame's descriptor (its go statement, for `created by`); 0 for main. */
  entry = 0;
  /** What ready passed; park returns it. */
  param: unknown = undefined;
  /** The sudogs of the channel operation or select the G is blocked in. */
  waiting: Sudog[] = [];
  /** A select this G is blocked in has been completed by some case. */
  selectDone = false;
  /** Runs one finalizer, for Go's finalizer goroutine (Sched.newproc's fing). */
  fing = false;

  constructor(public goid: number) {}
}

/**
 * What ends the program from inside a nested run (preemptNested): carried past
 * the goroutines preempted below it to run(). mainReturned: main returned, the
 * program ends normally; else err is what ends it.
 */
export class Abandon {
  constructor(
    readonly err: unknown,
    readonly mainReturned: boolean,
  ) {}
}

/** traceback.go's _TracebackMaxFrames: frames printed per goroutine. */
const tracebackMaxFrames = 100;

/**
 * The frames Go 1.19 has above a parked goroutine's first frame of the program,
 * by wait reason: gopark and the blocking operation's own (chanrecv and
 * chanrecv1; selectgo; time.Sleep; semacquire1, sync.runtime_Semacquire and
 * WaitGroup.Wait or Mutex.lockSlow). They count toward the 100 frames a
 * traceback walks; gomem's blocking operations have no Go frames to print.
 */
function parkFrames(reason: string): number {
  if (reason.startsWith('chan ')) return 3;
  if (reason.startsWith('select') || reason === 'sleep') return 2;
  if (reason === 'semacquire') return 4;
  return 1;
}

/** sysmon's forcePreemptNS: a G running this long is asked to yield. */
export const forcePreemptNS = 10e6;
/** A preemption point reads the clock once per this many checks. */
export const preemptCheckEvery = 1024;
/** Length of a P's local run queue. */
const runqSize = 256;
/** gfput moves surplus free Gs to the global list past this many. */
const gFreeLocalMax = 64;

interface Timer {
  when: number;
  g: G;
}

export class Sched implements RootSource {
  readonly stacks: Stacks;
  /** The running G (null between goroutines). */
  current: G | null = null;
  /** Every G ever made (Go's allgs): the stack scan walks the live ones. */
  readonly allgs: G[] = [];
  /** Their descriptors on the heap, and the mark workers' (allgs.ts). */
  readonly gdescs: AllGs;
  /** A cycle started and its stack work (gcStacks) waits for the root scan. */
  private stacksPending = false;
  /** Background mark workers started (gcBgMarkWorkerCount). */
  private markWorkers = 0;
  private runnext: G | null = null;
  private readonly runq: G[] = [];
  private runqHead = 0;
  private readonly globalq: G[] = [];
  private globalHead = 0;
  private readonly gFree: G[] = [];
  private readonly gFreeStack: G[] = [];
  private readonly gFreeNoStack: G[] = [];
  private readonly timers: Timer[] = [];
  private schedtick = 0;
  private goidgen: number;
  /** The finalizer goroutine's goid; 0 until it is started. */
  private fingGoid: number;
  private ngoroutines = 0;
  private mainG: G | null = null;
  private mainDone = false;
  /** Function entries' preemption countdown (design note); compiled code decrements and resets it inline. */
  tick = preemptCheckEvery;
  private sliceStart = 0;
  /** Gs preempted nested (preemptNested), innermost last, and the pointers each holds only in JavaScript variables. */
  private readonly nested: G[] = [];
  private readonly nestedRoots: number[][] = [];
  /** Channel wait queues by hchan address (chan.ts); a channel without waiters has no entry. */
  readonly chanq = new Map<number, WaitQ>();
  /** The last select's, or non-blocking receive's, received-a-value flag (chan.ts). */
  selectOK = false;
  private order = new Uint16Array(16);
  private rand: number;

  /**
   * fing: whether the finalizer goroutine exists when main's package init starts
   * (the program imports os).
   */
  constructor(
    readonly rt: Runtime,
    readonly REG: Uint32Array,
    readonly frames: FrameTable,
    fing = true,
  ) {
    this.stacks = new Stacks(rt.heap, rt.gomaxprocs, () => rt.p.id, frames);
    rt.collector.rootSources.push(this);
    rt.collector.onCycleStart.push(() => {
      this.stacksPending = true;
    });
    this.gdescs = new AllGs(rt, fing);
    // Goids 1.. went to the Gs already in allgs, the finalizer goroutine's last.
    this.goidgen = initialGs + (fing ? 1 : 0);
    this.fingGoid = fing ? this.goidgen : 0;
    if (rt.collector.kind === 'go') (rt.collector as GC).onBeforeStart.push(() => this.startMarkWorkers());
    this.rand = (Math.random() * 0xffffffff) | 1;
  }

  /** fastrandn: a pseudo-random integer in [0, n) (select's poll order). */
  fastrandn(n: number): number {
    let x = this.rand;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.rand = x;
    return Math.floor(((x >>> 0) * n) / 4294967296);
  }

  /** Seeds fastrand, for reproducible select choices in tests. */
  seed(s: number): void {
    this.rand = s | 0 || 1;
  }

  /** A scratch array of at least n entries for select's poll order. */
  selectOrder(n: number): Uint16Array {
    if (this.order.length < n) this.order = new Uint16Array(n);
    return this.order;
  }

  /** runtime.NumGoroutine. */
  numGoroutine(): number {
    return this.ngoroutines;
  }

  /** stringDataOnStack: whether address p lies in the running goroutine's stack segments in use. */
  onStack(p: number): boolean {
    const st = this.current?.stack;
    if (st === undefined) return false;
    for (let d = 0; d <= st.depth; d++) if (p >= st.lo[d]! && p < st.lo[d]! + st.size[d]!) return true;
    return false;
  }

  /** debug.SetMaxStack: the largest stack a goroutine may have; returns the old limit. */
  setMaxStack(bytes: number): number {
    const old = this.stacks.maxStack;
    this.stacks.maxStack = bytes;
    return old;
  }

  // ── Goroutines ───────────────────────────────────────────────────────────

  /**
   * newproc: a new G whose entry frame (descriptor entryDesc, zeroed, caller fp 0)
   * is pushed on a fresh stack; write the go statement's arguments at g.argp, then
   * start(g, gen).
   */
  newproc(entryDesc: number, fing = false): G {
    const size = this.frames.sizes[entryDesc];
    if (size === undefined || entryDesc === 0)
      throw new RangeError(`gomem: no frame descriptor ${entryDesc}`);
    let g: G;
    if (fing) {
      g = new G(this.createfing());
      g.fing = true;
      this.allgs.push(g);
      this.stacks.init(g.stack, stackRound(size));
    } else {
      g = this.gfget(stackRound(size));
      g.goid = ++this.goidgen;
    }
    const hi = g.stack.hi;
    const fp = hi - size;
    const u32 = this.rt.heap.arena.u32;
    u32.fill(0, fp >>> 2, hi >>> 2);
    u32[fp >>> 2] = entryDesc;
    g.sp = fp;
    g.fp = fp;
    g.lo = g.stack.lo[0]!;
    g.argp = fp + 8;
    g.entry = entryDesc;
    g.status = GStatus.Idle;
    return g;
  }

  /**
   * createfing: the finalizer goroutine's goid, starting it the first time
   * (SetFinalizer calls this before adding a finalizer).
   */
  createfing(): number {
    if (this.fingGoid === 0) this.fingGoid = this.systemG();
    return this.fingGoid;
  }

  /**
   * A goroutine of Go's runtime started by a go statement (runfinq, a mark
   * worker): a G from gfget, so a dead one or a new one with its descriptor, and
   * the next goid. The G leaves allgs here: it runs no program code, so nothing
   * scans, counts or prints it; it keeps its stack, as Go's runs on it for good.
   */
  private systemG(): number {
    const g = this.gfget(fixedStack);
    g.goid = ++this.goidgen;
    g.status = GStatus.Waiting;
    this.allgs.splice(this.allgs.indexOf(g), 1);
    return g.goid;
  }

  /** The go statement's last step: g runs gen, next (runnext). */
  start(g: G, gen: Generator<unknown, unknown, unknown>): void {
    g.gen = gen;
    g.status = GStatus.Runnable;
    this.ngoroutines++;
    this.runqput(g, true);
  }

  /** gopark: block the running G until ready(g, value); returns value. */
  *park(reason: string): Generator<unknown, unknown, unknown> {
    const g = this.current!;
    g.status = GStatus.Waiting;
    g.waitreason = reason;
    yield;
    const v = g.param;
    g.param = undefined;
    return v;
  }

  /** goready: make a parked G runnable, next. */
  ready(g: G, value?: unknown): void {
    if (g.status !== GStatus.Waiting)
      throw new FatalError('bad g->status in ready', `runtime: goroutine ${g.goid} status ${g.status}`);
    g.param = value;
    g.status = GStatus.Runnable;
    g.waitreason = '';
    this.runqput(g, true);
  }

  /** runtime.Gosched: to the back of the global queue. */
  *gosched(): Generator<unknown, void, unknown> {
    yield;
  }

  /** time.Sleep. */
  *sleep(ns: number): Generator<unknown, void, unknown> {
    if (!(ns > 0)) return;
    const t: Timer = { when: nanotime() + ns, g: this.current! };
    const ts = this.timers;
    let i = ts.length;
    while (i > 0 && ts[i - 1]!.when > t.when) i--;
    ts.splice(i, 0, t);
    yield* this.park('sleep');
  }

  /** A preemption point whose countdown ran out: true when the running G's time slice is used. */
  sliceUsed(): boolean {
    return nanotime() - this.sliceStart >= forcePreemptNS;
  }

  /**
   * preemptNested at the entry of a recursive function that may not collect:
   * its callers keep pointers only in JavaScript variables, so no collection
   * may start while the others run (a cycle already marking may finish: its
   * snapshot covers them). A goroutine that allocates meanwhile grows the heap
   * past its goal until the recursion returns.
   */
  preemptNestedNoGC(): number {
    const heap = this.rt.heap;
    heap.gcStartBlocked++;
    try {
      return this.preemptNested();
    } finally {
      heap.gcStartBlocked--;
    }
  }

  /**
   * A preemption point in a plain function whose countdown ran out: when the
   * time slice is used, the other goroutines run nested (see the design note)
   * and the running G continues with a new slice. Returns the countdown's new
   * start.
   */
  preemptNested(...roots: number[]): number {
    const g = this.current;
    if (!this.sliceUsed() || g === null) return preemptCheckEvery;
    this.nestedRoots.push(roots);
    const REG = this.REG;
    g.sp = REG[0]!;
    g.lo = REG[1]!;
    g.fp = REG[2]!;
    g.status = GStatus.Runnable;
    this.nested.push(g);
    this.current = null;
    // The preempted G's slice is over: what runs now starts a new one, runnext too.
    this.sliceStart = nanotime();
    const deadline = this.sliceStart + forcePreemptNS;
    try {
      do {
        const next = this.findRunnable();
        if (next === null) break;
        this.switchTo(next[0], next[1]);
        this.resume(next[0]);
        if (this.mainDone) throw new Abandon(undefined, true);
      } while (nanotime() < deadline);
    } catch (e) {
      if (e instanceof Abandon) throw e;
      // The goroutine that failed stays current with its registers, for the report's tracebacks.
      // (resume leaves current set when the generator throws.)
      const cur = this.current as G | null;
      if (cur !== null) {
        cur.sp = REG[0]!;
        cur.lo = REG[1]!;
        cur.fp = REG[2]!;
      }
      throw new Abandon(e, false);
    }
    this.nested.pop();
    this.nestedRoots.pop();
    this.switchTo(g, false);
    return preemptCheckEvery;
  }

  // ── Stacks ───────────────────────────────────────────────────────────────

  /** Prologue slow path: the frame of `size` bytes does not fit; returns the token for unmorestack. */
  morestack(size: number): number {
    return this.stacks.morestack(this.current!.stack, this.REG, size);
  }

  /** Epilogue of a frame whose prologue called morestack. */
  unmorestack(token: number): void {
    this.stacks.unmorestack(this.current!.stack, this.REG, token);
  }

  /** A recover point resumes in the frame at fp: SP = FP = fp, on the segment holding it. */
  restoreFrame(fp: number): void {
    this.stacks.resetTo(this.current!.stack, this.REG, fp);
  }

  /**
   * traceback.go's goroutine header, frames and `created by`, as Go prints them
   * without PCs: `name(...)` (or `name()` when the function takes no arguments)
   * and a tab-indented FILE:LINE. The frames are `running` when given (the
   * running goroutine's, which the compiled code's JavaScript stack shows), else
   * the frame chain's, each standing at the site its descriptor names. A
   * runnable goroutine's innermost frame may have been preempted anywhere in its
   * function, so it is printed without a position.
   *
   * Go walks at most _TracebackMaxFrames frames, counting the runtime's frames
   * it does not print (`hidden` of them above the first frame shown: gopanic,
   * goPanicIndex, sigpanic…), and says '...additional frames elided...' only
   * when it printed that many: so a panic's traceback shows 100 − hidden
   * frames and never says so, nor does a parked goroutine's (parkFrames).
   */
  traceback(g: G, running?: TraceFrame[], hidden = 0): string {
    const state =
      g.status === GStatus.Waiting ? g.waitreason : g.status === GStatus.Running ? 'running' : 'runnable';
    let all: TraceFrame[];
    let skip = hidden;
    if (running !== undefined) all = running.slice(0, tracebackMaxFrames + 1);
    else {
      if (g.status === GStatus.Waiting) skip = parkFrames(g.waitreason);
      const fp = g === this.current ? this.REG[2]! : g.fp;
      all = this.frames.traceback(this.rt.heap.arena.u32, fp, tracebackMaxFrames + 1);
      if (g.status === GStatus.Runnable && all.length > 0) all[0] = { ...all[0]!, pos: '' };
    }
    const lines = [`goroutine ${g.goid} [${state}]:`];
    for (const f of all.slice(0, tracebackMaxFrames - skip)) {
      lines.push(`${f.func}(${f.args ? '...' : ''})`);
      if (f.pos !== '') lines.push(`\t${f.pos}`);
    }
    // traceback.go prints at most _TracebackMaxFrames frames of a goroutine.
    if (skip === 0 && all.length > tracebackMaxFrames) lines.push('...additional frames elided...');
    if (g.entry !== 0) {
      const c = this.frames.frame(g.entry);
      lines.push(`created by ${c.func}`);
      if (c.pos !== '') lines.push(`\t${c.pos}`);
    }
    return lines.join('\n');
  }

  /**
   * Every live G's traceback, the running one (or main) first, as Go prints
   * them after a fatal error; `running`: the running G's frames, if known.
   */
  tracebackAll(running?: TraceFrame[]): string {
    const first = this.current ?? this.mainG;
    const gs = this.allgs.filter(
      (g) => g !== first && g.status !== GStatus.Dead && g.status !== GStatus.Idle,
    );
    if (first !== null && first.status !== GStatus.Dead) gs.unshift(first);
    return gs.map((g) => this.traceback(g, g === this.current ? running : undefined)).join('\n\n');
  }

  /**
   * RootSource (markroot's scanstack for every G): every live goroutine's frames,
   * and the channels its sudogs wait on. Returns the frame bytes scanned, the
   * pacer's stack scan work.
   */
  scanRoots(shade: (p: number) => void): number {
    if (this.stacksPending) {
      this.stacksPending = false;
      this.gcStacks();
    }
    const u32 = this.rt.heap.arena.u32;
    let bytes = 0;
    for (const g of this.allgs) {
      if (g.status === GStatus.Dead) continue;
      const fp = g === this.current ? this.REG[2]! : g.fp;
      bytes += this.frames.scan(u32, fp, shade);
      for (const sg of g.waiting) {
        shade(sg.c);
        shade(sg.elem);
      }
    }
    for (const roots of this.nestedRoots) for (const p of roots) shade(p);
    return bytes;
  }

  // ── Running ──────────────────────────────────────────────────────────────

  /**
   * Runs main as goroutine 1 until it returns; the other goroutines run whenever
   * main blocks, and are abandoned when it returns, as in Go. Rejects with
   * whatever ends the program otherwise (a panic, os.Exit's GoExit, a FatalError).
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: main may be compiled as a plain function (returns nothing) or a generator
  async run(main: () => Generator<unknown, unknown, unknown> | void): Promise<void> {
    const g = new G(1);
    this.allgs.push(g);
    this.stacks.init(g.stack, fixedStack);
    g.sp = g.stack.hi;
    g.lo = g.stack.lo[0]!;
    g.fp = 0;
    this.mainG = g;
    this.ngoroutines++;
    this.switchTo(g, false);
    const gen = main();
    if (gen === undefined) {
      this.current = null;
      this.goexit(g);
      return;
    }
    g.gen = gen;
    try {
      await this.schedule(g);
    } catch (e) {
      if (!(e instanceof Abandon)) throw e;
      this.nested.length = 0;
      this.nestedRoots.length = 0;
      if (e.mainReturned) return;
      // The frames it passed skipped their epilogues: the failing G's registers are the ones it saved.
      const cur = this.current;
      if (cur !== null) {
        this.REG[0] = cur.sp;
        this.REG[1] = cur.lo;
        this.REG[2] = cur.fp;
      }
      throw e.err;
    }
  }

  /** The scheduling loop: main first, then whatever findRunnable gives, until main returns. */
  private async schedule(g: G): Promise<void> {
    this.resume(g);
    while (!this.mainDone) {
      const next = this.findRunnable();
      if (next !== null) {
        this.switchTo(next[0], next[1]);
        this.resume(next[0]);
        continue;
      }
      const t = this.timers[0];
      if (t === undefined) {
        throw new FatalError('all goroutines are asleep - deadlock!');
      }
      const ms = Math.max(0, (t.when - nanotime()) / 1e6);
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(ms)));
    }
  }

  /** execute: g becomes the running G; without inheritTime a new time slice starts. */
  private switchTo(g: G, inheritTime: boolean): void {
    if (!inheritTime) {
      this.schedtick++;
      this.sliceStart = nanotime();
    }
    this.current = g;
    g.status = GStatus.Running;
    const REG = this.REG;
    REG[0] = g.sp;
    REG[1] = g.lo;
    REG[2] = g.fp;
  }

  /** Run the current G until its generator yields or returns. */
  private resume(g: G): void {
    const r = g.gen!.next();
    const REG = this.REG;
    g.sp = REG[0]!;
    g.lo = REG[1]!;
    g.fp = REG[2]!;
    this.current = null;
    if (r.done === true) {
      this.goexit(g);
      return;
    }
    if (g.status === GStatus.Running) {
      g.status = GStatus.Runnable;
      this.globalq.push(g);
    }
  }

  /** goexit0: the G is dead; its stack goes to the free list with it (gfput). Main's return ends the program. */
  private goexit(g: G): void {
    g.status = GStatus.Dead;
    g.gen = null;
    g.waiting = [];
    this.ngoroutines--;
    if (g === this.mainG) {
      this.mainDone = true;
      return;
    }
    if (g.fing) {
      // It stands for Go's finalizer goroutine, which never exits: nothing to reuse.
      this.stacks.release(g.stack, -1);
      this.allgs.splice(this.allgs.indexOf(g), 1);
      return;
    }
    this.gfput(g);
  }

  /** gfput: keep a starting-size stack with the G; larger ones are freed. */
  private gfput(g: G): void {
    this.stacks.release(g.stack, fixedStack);
    this.gFree.push(g);
    if (this.gFree.length >= gFreeLocalMax) {
      while (this.gFree.length >= gFreeLocalMax / 2) {
        const x = this.gFree.pop()!;
        (x.stack.depth < 0 ? this.gFreeNoStack : this.gFreeStack).push(x);
      }
    }
  }

  /** gfget: a free G (refilling from the global list) with a stack of n bytes, or a new one. */
  private gfget(n: number): G {
    if (this.gFree.length === 0) {
      while (this.gFree.length < gFreeLocalMax / 2) {
        const x = this.gFreeStack.pop() ?? this.gFreeNoStack.pop();
        if (x === undefined) break;
        this.gFree.push(x);
      }
    }
    let g = this.gFree.pop();
    if (g === undefined) {
      g = new G(0);
      this.allgs.push(g);
      this.gdescs.malg();
    }
    if (g.stack.depth >= 0 && g.stack.size[0] !== n) this.stacks.release(g.stack, -1);
    if (g.stack.depth < 0) this.stacks.init(g.stack, n);
    return g;
  }

  /**
   * gcBgMarkStartWorkers, before a cycle of Go's collector stops the world: a
   * worker per P that has none, each a system G and its gcBgMarkWorkerNode.
   */
  private startMarkWorkers(): void {
    while (this.markWorkers < this.rt.gomaxprocs) {
      this.markWorkers++;
      this.systemG();
      this.gdescs.markWorkerNode();
    }
  }

  /**
   * A cycle's stack work, at its first root scan (Go's markroot jobs, during
   * the concurrent mark, not in the stop-the-world start, whose length must not
   * grow with the number of goroutines): markrootFreeGStacks, shrinkstack of
   * every live G, then stackcache_clear (so what they freed reaches the heap by
   * the end of the cycle, as Go's clear at mark termination does).
   */
  private gcStacks(): void {
    for (const g of this.gFreeStack) {
      this.stacks.release(g.stack, -1);
      this.gFreeNoStack.push(g);
    }
    this.gFreeStack.length = 0;
    for (const g of this.allgs) if (g.status !== GStatus.Dead) this.stacks.shrink(g.stack);
    this.stacks.alloc.clearCaches();
  }

  /** runqput: next → runnext (kicking the old one to the tail); a full local queue spills half to the global one. */
  private runqput(g: G, next: boolean): void {
    let gp = g;
    if (next) {
      const old = this.runnext;
      this.runnext = g;
      if (old === null) return;
      gp = old;
    }
    if (this.runq.length - this.runqHead >= runqSize) {
      // runqputslow: half the local queue and gp go to the global queue.
      const half = runqSize / 2;
      for (let i = 0; i < half; i++) this.globalq.push(this.runq[this.runqHead++]!);
      this.globalq.push(gp);
      this.compact();
      return;
    }
    this.runq.push(gp);
  }

  private compact(): void {
    if (this.runqHead > 0 && this.runqHead * 2 >= this.runq.length) {
      this.runq.splice(0, this.runqHead);
      this.runqHead = 0;
    }
    if (this.globalHead > 0 && this.globalHead * 2 >= this.globalq.length) {
      this.globalq.splice(0, this.globalHead);
      this.globalHead = 0;
    }
  }

  /** schedule's choice: [G, inheritTime], or null when nothing can run now. */
  private findRunnable(): [G, boolean] | null {
    this.checkTimers();
    const globalLen = this.globalq.length - this.globalHead;
    if (this.schedtick % 61 === 0 && globalLen > 0) {
      const g = this.globalq[this.globalHead++]!;
      this.compact();
      return [g, false];
    }
    if (this.runnext !== null) {
      const g = this.runnext;
      this.runnext = null;
      return [g, true];
    }
    if (this.runqHead < this.runq.length) {
      const g = this.runq[this.runqHead++]!;
      this.compact();
      return [g, false];
    }
    if (globalLen > 0) {
      // globrunqget: a batch (at most half the local queue) moves to the local queue.
      const n = Math.min(globalLen, runqSize / 2);
      const g = this.globalq[this.globalHead++]!;
      for (let i = 1; i < n; i++) this.runq.push(this.globalq[this.globalHead++]!);
      this.compact();
      return [g, false];
    }
    return null;
  }

  /** checkTimers: every expired sleep makes its G ready, earliest first. */
  private checkTimers(): void {
    const ts = this.timers;
    if (ts.length === 0) return;
    const now = nanotime();
    let n = 0;
    while (n < ts.length && ts[n]!.when <= now) n++;
    if (n === 0) return;
    for (const t of ts.splice(0, n)) this.ready(t.g);
  }
}
