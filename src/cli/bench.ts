// `gomem bench <workload> [flags]`: run a benchmark workload on a gomem heap and
// print what Go's own benchmark program prints for it.
//
// Workloads do the work of Go programs through the public TypeScript API
// (src/index.ts), so `npm run bench` (bench/run.ts) can run Go 1.19, plain
// JavaScript and gomem side by side and compare them.
//
//   alloc         N times new(Node{item int; left, right *Node}), item = i, every
//                 1000th node chained through left onto `keep`, each stored in the
//                 global `sink` (bench/anchors/alloc.go); only the loop is timed
//   alloc-nogc    the same allocations with no collection running while they are
//                 timed: GOGC=off, and a full runtime.GC between batches of
//                 allocBatch, outside the timed loop (bench/anchors/alloc-nogc.go);
//                 num_gc counts the collections that ran inside it
//   binary-trees  Go 1.19's test/bench/garbage/tree.go at -depth N (its -n): a
//                 stretch tree, a long-lived tree, then 2^(N-d+4) pairs of trees of
//                 each depth d = 4, 6 … N built and item-checked; tree.go's lines,
//                 then stats.go's gcstats lines, timed from start to end as tree.go is
//   live-heap     -mib MiB of pointerful 24-byte Nodes in binary trees held by a
//                 global, then twice that many bytes of short-lived trees, so cycles
//                 run with that much live heap (bench/anchors/liveheap.go)
//
// Roots. A JavaScript variable is not a root, and a collection may run inside any
// rt.new. bottomUpTree allocates a node first and roots it in the handle of its
// recursion level (one handle per depth, made once: a frame's slot), then builds
// its children one at a time and stores each into the node as soon as it returns,
// so a finished child is reachable through its rooted parent before the next
// allocation. A leaf allocates nothing after itself and needs no handle. A Go
// frame's slot dies when the function returns; a handle does not, so build()
// clears the tree's level handles once its root is returned (O(depth), not per
// node): otherwise the last tree built at each depth, the stretch tree among them,
// would stay reachable. The caller stores the root or checks it before it
// allocates again, as it must with any address rt.new returns.
//
// Every workload runs with the runtime's per-access type checks off: the
// workload's types are fixed, as compiled Go's are, and Go checks nothing at run
// time either (nil, bounds and pointer validity stay checked by the
// runtime where Go checks them). The tests run the same code with checks on and
// GODEBUG=gccheckmark=1.
//
// Output: each workload prints its Go program's lines; -json prints one object with
// the figures and the MemStats and peak RSS behind them: num_gc and the pauses are
// MemStats' NumGC and PauseNs (max and p99 over the last min(NumGC, 256) cycles,
// p99 by nearest rank). tree.go divides by NumGC: with no cycle Go panics with an
// integer divide by zero after its first three gcstats lines, and so does this
// (stderr, exit status 2). Running out of the reserved arena is Go's fatal error:
// its report on stderr and exit status 2, as Go exits.
//
// Flags follow Go's flag package: -n 5, -n=5 and --n=5 are the same; -json takes an
// optional =bool; parsing stops at `--` or the first non-flag argument. Each
// workload accepts only its own flags.

import {
  FatalError,
  type Global,
  type Handle,
  type IntAccessor,
  type PtrAccessor,
  Runtime,
  type Type,
} from '../index.js';
import { maxArenaBytes } from '../runtime/arena.js';
import type { CollectorKind } from '../runtime/collector.js';
import { pallocChunkBytes } from '../runtime/mpagealloc.js';
import type { MemStats } from '../runtime/mstats.js';
import { type Command, CommandError } from './command.js';
import { type FlagValue, parseGoFlags } from './flags.js';

/** alloc-nogc's batch: the allocations timed between two forced collections. */
export const allocBatch = 20_000;

const usage = `Usage of gomem bench:
  gomem bench <workload> [flags]

The workloads are:
  alloc          allocate N 24-byte Nodes that escape to a global (bench/anchors/alloc.go)
  alloc-nogc     the same, timed with no collection running: GOGC=off and runtime.GC
                 between batches of ${allocBatch} (bench/anchors/alloc-nogc.go)
  binary-trees   Go 1.19's test/bench/garbage/tree.go (flags -depth, -collector)
  live-heap      hold MiB of live Nodes while garbage is churned (bench/anchors/liveheap.go;
                 flags -mib, -collector)

Flags:
  -arena bytes
    \taddress space to reserve for the heap, a multiple of 8192 from ${pallocChunkBytes} (default ${maxArenaBytes})
  -collector string
    \tbinary-trees, live-heap: go, stw or refcount (default go)
  -depth int
    \tbinary-trees: depth of the trees, tree.go's -n (default 16)
  -json
    \tprint one JSON object instead of Go's output lines
  -mib int
    \tlive-heap: MiB of live objects to hold (default 256)
  -n int
    \talloc, alloc-nogc: number of operations (default 10000000)
`;

export interface BenchResult {
  workload: string;
  n: number;
  ns_per_op: number;
  elapsed_ns: number;
  num_gc: number;
  pause_total_ns: number;
  max_pause_ns: number;
  peak_rss_bytes: number;
  heap_sys_bytes: number;
  heap_alloc_bytes: number;
  heap_objects: number;
  sys_bytes: number;
  gomaxprocs: number;
  node: string;
  v8_flags: string[];
}

/**
 * The alloc workload of bench/anchors/alloc.go, on a heap reserving arenaBytes;
 * with nogc, alloc-nogc's (bench/anchors/alloc-nogc.go).
 */
export function allocWorkload(n: number, arenaBytes: number, nogc = false): BenchResult {
  const rt = new Runtime({ arenaBytes, checks: false, ...(nogc ? { gogc: 'off' as const } : {}) });
  const T = rt.types;
  const Node = T.struct('Node', (N) => ({ item: T.int, left: T.ptr(N), right: T.ptr(N) }));
  const prog: AllocProgram = {
    rt,
    Node,
    item: rt.intField(Node, 'item'),
    left: rt.ptrField(Node, 'left'),
    sink: rt.global('sink'),
    keepRoot: rt.global('keep'),
  };
  let keep = 0;
  const batch = nogc ? allocBatch : n;
  let elapsed = 0;
  let numGC = 0;
  let pauseTotal = 0;
  let maxPause = 0;
  for (let from = 0; from < n; from += batch) {
    const before = nogc ? rt.readMemStats() : null;
    const t0 = process.hrtime.bigint();
    keep = allocLoop(prog, keep, from, Math.min(n, from + batch));
    elapsed += Number(process.hrtime.bigint() - t0);
    const m = rt.readMemStats();
    // Only the collections inside the timed loop count: alloc-nogc's own runtime.GC calls do not.
    numGC += m.NumGC - (before?.NumGC ?? 0);
    pauseTotal += m.PauseTotalNs - (before?.PauseTotalNs ?? 0);
    for (let c = before?.NumGC ?? 0; c < m.NumGC && c + 256 > m.NumGC; c++) {
      maxPause = Math.max(maxPause, m.PauseNs[c % 256]!);
    }
    if (nogc) rt.GC();
  }

  const m = rt.readMemStats();
  return {
    workload: nogc ? 'alloc-nogc' : 'alloc',
    n,
    ns_per_op: elapsed / n,
    elapsed_ns: elapsed,
    num_gc: numGC,
    pause_total_ns: pauseTotal,
    max_pause_ns: maxPause,
    peak_rss_bytes: process.resourceUsage().maxRSS * 1024,
    heap_sys_bytes: m.HeapSys,
    heap_alloc_bytes: m.HeapAlloc,
    heap_objects: m.HeapObjects,
    sys_bytes: m.Sys,
    gomaxprocs: rt.gomaxprocs,
    node: process.version,
    v8_flags: process.execArgv,
  };
}

/** The handles of alloc.go's program: its type, fields and globals. */
interface AllocProgram {
  rt: Runtime;
  Node: Type;
  item: IntAccessor;
  left: PtrAccessor;
  sink: Global;
  /** Go's `keep` is a local, a root through the goroutine's stack; here a global. */
  keepRoot: Global;
}

/**
 * alloc.go's loop over items [from, to), given keep and returning it: both
 * workloads time this one function, its state in locals as Go's loop has it.
 */
function allocLoop(g: AllocProgram, keep: number, from: number, to: number): number {
  const { rt, Node, item, left, sink, keepRoot } = g;
  for (let i = from; i < to; i++) {
    const x = rt.new(Node);
    item.set(x, i);
    if (i % 1000 === 0) {
      left.set(x, keep);
      keep = x;
      keepRoot.set(keep);
    }
    sink.set(x);
  }
  return keep;
}

/** Go's output line: fmt.Printf("ns/op %.2f numgc %d pauseTotal %dus\n", ...). */
export function goLine(r: BenchResult): string {
  return `ns/op ${r.ns_per_op.toFixed(2)} numgc ${r.num_gc} pauseTotal ${Math.floor(r.pause_total_ns / 1000)}us\n`;
}

/** How a tree workload's runtime is set up. */
export interface TreeOptions {
  collector: CollectorKind;
  arenaBytes: number;
  /** Per-access type checks (the CLI turns them off; tests turn them on). */
  checks: boolean;
  /** GODEBUG=gccheckmark=1: verify every concurrent mark; default from $GODEBUG. */
  gccheckmark?: boolean;
  /** GOGC; default $GOGC, else 100. */
  gogc?: number;
}

/** tree.go's Node with its accessors, and bottomUpTree / itemCheck over them. */
class Trees {
  readonly nodeType: Type;
  private readonly item: IntAccessor;
  private readonly left: PtrAccessor;
  private readonly right: PtrAccessor;
  /** levels[d] roots the node being built at depth d (its frame's slot). */
  private readonly levels: Handle[];

  constructor(
    readonly rt: Runtime,
    maxDepth: number,
  ) {
    const T = rt.types;
    this.nodeType = T.struct('Node', (N) => ({ item: T.int, left: T.ptr(N), right: T.ptr(N) }));
    this.item = rt.intField(this.nodeType, 'item');
    this.left = rt.ptrField(this.nodeType, 'left');
    this.right = rt.ptrField(this.nodeType, 'right');
    // A scope that stays open for the runtime's life: these slots are the stack.
    const scope = rt.scope();
    this.levels = Array.from({ length: maxDepth + 1 }, () => scope.handle(0));
  }

  /** A tree from bottomUpTree, with no handle left holding any of it. */
  build(item: number, depth: number): number {
    const root = this.bottomUpTree(item, depth);
    for (let d = 1; d <= depth; d++) this.levels[d]!.set(0);
    return root;
  }

  /** tree.go's bottomUpTree(item, depth): &Node{item, bottomUpTree(2*item-1, …), bottomUpTree(2*item, …)}. */
  private bottomUpTree(item: number, depth: number): number {
    const n = this.rt.new(this.nodeType);
    this.item.set(n, item);
    if (depth <= 0) return n;
    this.levels[depth]!.set(n);
    this.left.set(n, this.bottomUpTree(2 * item - 1, depth - 1));
    this.right.set(n, this.bottomUpTree(2 * item, depth - 1));
    return n;
  }

  /** tree.go's (*Node).itemCheck. */
  itemCheck(n: number): number {
    const l = this.left.get(n);
    if (l === 0) return this.item.get(n);
    return this.item.get(n) + this.itemCheck(l) - this.itemCheck(this.right.get(n));
  }
}

/** The figures both tree workloads report. */
export interface TreeResult {
  workload: string;
  collector: CollectorKind;
  wall_ms: number;
  num_gc: number;
  pause_total_ns: number;
  max_pause_ns: number;
  p99_pause_ns: number;
  peak_rss_bytes: number;
  heap_sys_bytes: number;
  heap_alloc_bytes: number;
  total_alloc_bytes: number;
  mallocs: number;
  sys_bytes: number;
  next_gc_bytes: number;
  gomaxprocs: number;
  node: string;
  v8_flags: string[];
}

export interface BinaryTreesResult extends TreeResult {
  depth: number;
  /** tree.go's output lines up to the long-lived tree's check, without newlines. */
  lines: string[];
  /** The PauseNs of the last min(NumGC, 256) cycles, in ring order (stats.go's PauseNs[0:nn]). */
  pauses_ns: number[];
}

export interface LiveHeapResult extends TreeResult {
  mib: number;
  /** Bytes of Nodes held live, and of the short-lived trees churned through. */
  live_bytes: number;
  churn_bytes: number;
  /** The live trees' item checks summed after the churn: each tree checks -1. */
  live_check: number;
  /** HeapAlloc when the live trees were complete, before the churn. */
  heap_alloc_live_bytes: number;
}

/** The pauses MemStats still holds: PauseNs[0:min(NumGC, 256)]. */
export function recentPauses(m: MemStats): number[] {
  return m.PauseNs.slice(0, Math.min(m.NumGC, m.PauseNs.length));
}

/** The nearest-rank p-th percentile (0 < p ≤ 100) of xs; 0 for none. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]!;
}

function treeResult(workload: string, rt: Runtime, collector: CollectorKind, wallNs: number): TreeResult {
  const m = rt.readMemStats();
  const pauses = recentPauses(m);
  return {
    workload,
    collector,
    wall_ms: wallNs / 1e6,
    num_gc: m.NumGC,
    pause_total_ns: m.PauseTotalNs,
    max_pause_ns: Math.max(0, ...pauses),
    p99_pause_ns: percentile(pauses, 99),
    peak_rss_bytes: process.resourceUsage().maxRSS * 1024,
    heap_sys_bytes: m.HeapSys,
    heap_alloc_bytes: m.HeapAlloc,
    total_alloc_bytes: m.TotalAlloc,
    mallocs: m.Mallocs,
    sys_bytes: m.Sys,
    next_gc_bytes: m.NextGC,
    gomaxprocs: rt.gomaxprocs,
    node: process.version,
    v8_flags: process.execArgv,
  };
}

const minDepth = 4;

/**
 * tree.go's main at -n depth: `out` gets each line as tree.go prints it (inside
 * the timed region, as Go's Printf is); gcstats' lines come from binaryTreesStats.
 */
export function binaryTreesWorkload(
  depth: number,
  opts: TreeOptions,
  out: (line: string) => void,
): BinaryTreesResult {
  const rt = new Runtime({
    collector: opts.collector,
    arenaBytes: opts.arenaBytes,
    checks: opts.checks,
    gccheckmark: opts.gccheckmark,
    gogc: opts.gogc,
  });
  const lines: string[] = [];
  const print = (line: string) => {
    lines.push(line);
    out(line);
  };
  const t0 = process.hrtime.bigint();
  const maxDepth = Math.max(depth, minDepth + 2);
  const stretchDepth = maxDepth + 1;
  const trees = new Trees(rt, stretchDepth);

  let check = trees.itemCheck(trees.build(0, stretchDepth));
  print(`stretch tree of depth ${stretchDepth}\t check: ${check}`);

  // tree.go's local longLivedTree: a root for the rest of main.
  const longLived = rt.global('longLivedTree');
  longLived.set(trees.build(0, maxDepth));

  for (let d = minDepth; d <= maxDepth; d += 2) {
    const iterations = 2 ** (maxDepth - d + minDepth);
    check = 0;
    for (let i = 1; i <= iterations; i++) {
      check += trees.itemCheck(trees.build(i, d));
      check += trees.itemCheck(trees.build(-i, d));
    }
    print(`${iterations * 2}\t trees of depth ${d}\t check: ${check}`);
  }
  print(`long lived tree of depth ${maxDepth}\t check: ${trees.itemCheck(longLived.get())}`);
  const wall = Number(process.hrtime.bigint() - t0);

  const m = rt.readMemStats();
  return {
    ...treeResult('binary-trees', rt, opts.collector, wall),
    depth,
    lines,
    pauses_ns: recentPauses(m),
  };
}

/**
 * stats.go's gcstats("BenchmarkTree", depth, t): its five lines, or with no GC
 * cycle the three Go prints before its integer divide by zero (panics: true).
 */
export function binaryTreesStats(r: BinaryTreesResult): { lines: string[]; panics: boolean } {
  const name = 'BenchmarkTree';
  const cpus = r.gomaxprocs === 1 ? '' : `-${r.gomaxprocs}`;
  const wallNs = Math.round(r.wall_ms * 1e6);
  // PauseNs[(NumGC-1) % 256] with uint32 arithmetic: NumGC 0 reads PauseNs[255], 0.
  const last = r.num_gc === 0 ? 0 : r.pauses_ns[(r.num_gc - 1) % 256]!;
  const lines = [
    `garbage.${name}Mem${cpus} Alloc=${r.heap_alloc_bytes}/${r.total_alloc_bytes} Heap=${r.sys_bytes} NextGC=${r.next_gc_bytes} Mallocs=${r.mallocs}`,
    `garbage.${name}${cpus} ${r.depth} ${Math.trunc(wallNs / r.depth)} ns/op`,
    `garbage.${name}LastPause${cpus} 1 ${last} ns/op`,
  ];
  if (r.num_gc === 0) return { lines, panics: true };
  lines.push(`garbage.${name}Pause${cpus} ${r.num_gc} ${Math.trunc(r.pause_total_ns / r.num_gc)} ns/op`);
  const x = [...r.pauses_ns].sort((a, b) => a - b);
  const q = (k: number) => x[Math.trunc((x.length * k) / 4)]!;
  lines.push(`garbage.${name}Pause5${cpus}: ${x[0]} ${q(1)} ${q(2)} ${q(3)} ${x[x.length - 1]}`);
  return { lines, panics: false };
}

/** Depth of each live tree: 131,071 Nodes, 3 MiB. */
const liveTreeDepth = 16;
/** Depth of each churned tree: 2,047 Nodes, 48 KiB. */
const churnTreeDepth = 10;
const nodeBytes = 24;
const treeBytes = (depth: number) => (2 ** (depth + 1) - 1) * nodeBytes;

/**
 * bench/anchors/liveheap.go: ceil(mib MiB / 3 MiB) trees of depth 16 in an array
 * held by the global `live`, then short-lived trees of depth 10, item-checked and
 * dropped, until twice the live bytes went through them; timed from start to end.
 */
export function liveHeapWorkload(mib: number, opts: TreeOptions): LiveHeapResult {
  const rt = new Runtime({
    collector: opts.collector,
    arenaBytes: opts.arenaBytes,
    checks: opts.checks,
    gccheckmark: opts.gccheckmark,
    gogc: opts.gogc,
  });
  const t0 = process.hrtime.bigint();
  const trees = new Trees(rt, liveTreeDepth);
  const ptr = rt.types.ptr(trees.nodeType);
  const elem = rt.ptrAt(ptr);
  const ntrees = Math.ceil((mib * 2 ** 20) / treeBytes(liveTreeDepth));
  const live = rt.global('live');
  live.set(rt.newArray(ptr, ntrees));
  for (let i = 0; i < ntrees; i++) {
    elem.set(live.get() + i * ptr.size, trees.build(0, liveTreeDepth));
  }
  const heapAllocLive = rt.readMemStats().HeapAlloc;
  const liveBytes = ntrees * treeBytes(liveTreeDepth);
  const churns = Math.ceil((2 * liveBytes) / treeBytes(churnTreeDepth));
  let churnCheck = 0;
  for (let i = 0; i < churns; i++) churnCheck += trees.itemCheck(trees.build(0, churnTreeDepth));
  let liveCheck = 0;
  for (let i = 0; i < ntrees; i++) liveCheck += trees.itemCheck(elem.get(live.get() + i * ptr.size));
  const wall = Number(process.hrtime.bigint() - t0);
  if (churnCheck !== -churns) throw new Error(`gomem: live-heap churn checked ${churnCheck}, not ${-churns}`);
  return {
    ...treeResult('live-heap', rt, opts.collector, wall),
    mib,
    live_bytes: liveBytes,
    churn_bytes: churns * treeBytes(churnTreeDepth),
    live_check: liveCheck,
    heap_alloc_live_bytes: heapAllocLive,
  };
}

/** liveheap.go's output line. */
export function liveHeapLine(r: LiveHeapResult): string {
  return `live-heap mib ${r.mib} wall ${r.wall_ms.toFixed(1)}ms numgc ${r.num_gc} maxpause ${r.max_pause_ns}ns p99pause ${r.p99_pause_ns}ns check ${r.live_check}\n`;
}

type FlagName = 'n' | 'depth' | 'mib' | 'arena' | 'collector';

/** Each workload's own flags (besides -json and -h). */
const workloadFlags: Record<string, FlagName[]> = {
  alloc: ['n', 'arena'],
  'alloc-nogc': ['n', 'arena'],
  'binary-trees': ['depth', 'collector', 'arena'],
  'live-heap': ['mib', 'collector', 'arena'],
};

const collectors: CollectorKind[] = ['go', 'stw', 'refcount'];

interface Flags {
  workload: string;
  n: number;
  depth: number;
  mib: number;
  collector: CollectorKind;
  json: boolean;
  arena: number;
}

function usageError(message: string): CommandError {
  return new CommandError(`${message}\n${usage.trimEnd()}`, 2);
}

// Returns the parsed flags, or null when help was asked for.
export function parseFlags(argv: string[]): Flags | null {
  const [workload, ...rest] = argv;
  if (workload === undefined) throw usageError('gomem bench: no workload given');
  if (workload === '-h' || workload === '-help' || workload === '--help' || workload === '--h') return null;
  if (workload.startsWith('-')) throw usageError(`gomem bench: the workload comes first, before ${workload}`);
  if (workloadFlags[workload] === undefined) throw usageError(`gomem bench: unknown workload "${workload}"`);
  const all = { n: 10_000_000, depth: 16, mib: 256, collector: 'go', arena: maxArenaBytes };
  const defaults: Record<string, FlagValue> = { json: false };
  for (const name of workloadFlags[workload]!) defaults[name] = all[name];
  const parsed = parseGoFlags(rest, defaults, usage);
  if (parsed === null) return null;
  if (parsed.args.length > 0) throw usageError(`gomem bench: unexpected argument "${parsed.args[0]}"`);
  const flags = { workload, ...all, ...parsed.flags } as Flags;
  if (!collectors.includes(flags.collector)) {
    throw usageError(`invalid value "${flags.collector}" for flag -collector: want go, stw or refcount`);
  }
  if (flags.n < 1) throw usageError(`gomem bench: -n must be at least 1, not ${flags.n}`);
  if (flags.depth < 0 || flags.depth > 30) {
    throw usageError(`gomem bench: -depth must be from 0 to 30, not ${flags.depth}`);
  }
  if (flags.mib < 1) throw usageError(`gomem bench: -mib must be at least 1, not ${flags.mib}`);
  if (flags.arena < pallocChunkBytes || flags.arena > maxArenaBytes || flags.arena % 8192 !== 0) {
    throw usageError(
      `gomem bench: -arena must be a multiple of 8192 from ${pallocChunkBytes} to ${maxArenaBytes}`,
    );
  }
  return flags;
}

/** Runs the workload the flags name and writes its output; returns the exit status. */
function runWorkload(flags: Flags): number {
  const write = (text: string) => process.stdout.write(text);
  const opts: TreeOptions = {
    collector: flags.collector,
    arenaBytes: flags.arena,
    checks: false,
  };
  if (flags.workload === 'alloc' || flags.workload === 'alloc-nogc') {
    const r = allocWorkload(flags.n, flags.arena, flags.workload === 'alloc-nogc');
    write(flags.json ? `${JSON.stringify(r)}\n` : goLine(r));
    return 0;
  }
  if (flags.workload === 'live-heap') {
    const r = liveHeapWorkload(flags.mib, opts);
    write(flags.json ? `${JSON.stringify(r)}\n` : liveHeapLine(r));
    return 0;
  }
  const r = binaryTreesWorkload(flags.depth, opts, flags.json ? () => {} : (line) => write(`${line}\n`));
  if (flags.json) {
    write(`${JSON.stringify(r)}\n`);
    return 0;
  }
  const stats = binaryTreesStats(r);
  write(stats.lines.map((l) => `${l}\n`).join(''));
  if (!stats.panics) return 0;
  process.stderr.write('panic: runtime error: integer divide by zero\n');
  return 2;
}

export const command: Command = {
  async run(argv) {
    const flags = parseFlags(argv);
    if (flags === null) {
      process.stderr.write(usage);
      return 0;
    }
    try {
      return runWorkload(flags);
    } catch (err) {
      if (!(err instanceof FatalError)) throw err;
      // Go's throw: the report on stderr and exit status 2.
      process.stderr.write(`${err.report()}\n`);
      return 2;
    }
  },
};
