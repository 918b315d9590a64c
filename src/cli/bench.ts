// `gomem bench <workload> [-n N] [-json] [-arena BYTES]`: run a benchmark workload
// on a gomem heap and print what Go's own benchmark program prints for it.
//
// Workloads do the work of the Go programs in bench/anchors through the public
// TypeScript API (src/index.ts), so `npm run bench` (bench/run.ts) can run Go 1.19,
// plain JavaScript and gomem side by side and compare them. Only the loop is timed,
// as the Go program times only its loop.
//
//   alloc   N times new(Node{item int; left, right *Node}), item = i, every 1000th
//           node chained through left onto `keep`, each stored in the global `sink`
//           (bench/anchors/alloc.go)
//
// Output: Go's line `ns/op %.2f numgc %d pauseTotal %dus`, or with -json one object
// with the figures and the MemStats and peak RSS behind them. num_gc and the pauses
// are what MemStats reports. Running out of the reserved arena is Go's fatal error:
// its report on stderr and exit status 2, as Go exits.
//
// Flags follow Go's flag package: -n 5, -n=5 and --n=5 are the same; -json takes an
// optional =bool; parsing stops at `--` or the first non-flag argument.

import { FatalError, Runtime } from '../index.js';
import { maxArenaBytes } from '../runtime/arena.js';
import { type Command, CommandError } from './command.js';

const usage = `Usage of gomem bench:
  gomem bench <workload> [flags]

The workloads are:
  alloc    allocate N 24-byte Nodes that escape to a global (bench/anchors/alloc.go)

Flags:
  -arena bytes
    \taddress space to reserve for the heap, a multiple of 8192 (default ${maxArenaBytes})
  -json
    \tprint one JSON object instead of Go's output line
  -n int
    \tnumber of operations (default 10000000)
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

/** The alloc workload of bench/anchors/alloc.go, on a heap reserving arenaBytes. */
export function allocWorkload(n: number, arenaBytes: number): BenchResult {
  const rt = new Runtime({ arenaBytes });
  const T = rt.types;
  const Node = T.struct('Node', (N) => ({ item: T.int, left: T.ptr(N), right: T.ptr(N) }));
  const item = rt.intField(Node, 'item');
  const left = rt.ptrField(Node, 'left');
  const sink = rt.global('sink');
  // Go's `keep` is a local, a root through the goroutine's stack; here a global.
  const keepRoot = rt.global('keep');

  const t0 = process.hrtime.bigint();
  let keep = 0;
  for (let i = 0; i < n; i++) {
    const x = rt.new(Node);
    item.set(x, i);
    if (i % 1000 === 0) {
      left.set(x, keep);
      keep = x;
      keepRoot.set(keep);
    }
    sink.set(x);
  }
  const elapsed = Number(process.hrtime.bigint() - t0);

  const m = rt.readMemStats();
  return {
    workload: 'alloc',
    n,
    ns_per_op: elapsed / n,
    elapsed_ns: elapsed,
    num_gc: m.NumGC,
    pause_total_ns: m.PauseTotalNs,
    max_pause_ns: Math.max(0, ...m.PauseNs),
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

const workloads: Record<string, (n: number, arenaBytes: number) => BenchResult> = {
  alloc: allocWorkload,
};

/** Go's output line: fmt.Printf("ns/op %.2f numgc %d pauseTotal %dus\n", ...). */
export function goLine(r: BenchResult): string {
  return `ns/op ${r.ns_per_op.toFixed(2)} numgc ${r.num_gc} pauseTotal ${Math.floor(r.pause_total_ns / 1000)}us\n`;
}

interface Flags {
  workload: string;
  n: number;
  json: boolean;
  arena: number;
}

const goBool: Record<string, boolean> = {
  '1': true,
  t: true,
  T: true,
  TRUE: true,
  true: true,
  True: true,
  '0': false,
  f: false,
  F: false,
  FALSE: false,
  false: false,
  False: false,
};

function usageError(message: string): CommandError {
  return new CommandError(`${message}\n${usage.trimEnd()}`, 2);
}

/** strconv.ParseInt(s, 0, 64) for the decimal and 0x forms, with Go's underscores. */
function parseGoInt(name: string, s: string): number {
  const t = s.replaceAll('_', '');
  const ok = /^[+-]?(0|[1-9]\d*|0[xX][0-9a-fA-F]+)$/.test(t) && !/^_|_$|__/.test(s);
  const v = ok ? Number(t.replace(/^\+/, '')) : Number.NaN;
  if (!Number.isSafeInteger(v)) throw usageError(`invalid value "${s}" for flag -${name}: parse error`);
  return v;
}

// Returns the parsed flags, or null when help was asked for.
export function parseFlags(argv: string[]): Flags | null {
  const [workload, ...rest] = argv;
  if (workload === undefined) throw usageError('gomem bench: no workload given');
  if (workload === '-h' || workload === '-help' || workload === '--help' || workload === '--h') return null;
  if (workload.startsWith('-')) throw usageError(`gomem bench: the workload comes first, before ${workload}`);
  if (workloads[workload] === undefined) throw usageError(`gomem bench: unknown workload "${workload}"`);
  const flags: Flags = { workload, n: 10_000_000, json: false, arena: maxArenaBytes };
  let i = 0;
  for (; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--') {
      i++;
      break;
    }
    if (arg.length < 2 || arg[0] !== '-') break;
    const body = arg.startsWith('--') ? arg.slice(2) : arg.slice(1);
    if (body === '' || body[0] === '-' || body[0] === '=') throw usageError(`bad flag syntax: ${arg}`);
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    if (name === 'h' || name === 'help') return null;
    if (name === 'json') {
      if (eq < 0) {
        flags.json = true;
        continue;
      }
      const value = goBool[body.slice(eq + 1)];
      if (value === undefined) {
        throw usageError(`invalid boolean value "${body.slice(eq + 1)}" for -json: parse error`);
      }
      flags.json = value;
      continue;
    }
    if (name !== 'n' && name !== 'arena') throw usageError(`flag provided but not defined: -${name}`);
    let value: string;
    if (eq >= 0) value = body.slice(eq + 1);
    else if (i + 1 < rest.length) value = rest[++i]!;
    else throw usageError(`flag needs an argument: -${name}`);
    flags[name] = parseGoInt(name, value);
  }
  if (i < rest.length) throw usageError(`gomem bench: unexpected argument "${rest[i]}"`);
  if (flags.n < 1) throw usageError(`gomem bench: -n must be at least 1, not ${flags.n}`);
  if (flags.arena < 8192 || flags.arena > maxArenaBytes || flags.arena % 8192 !== 0) {
    throw usageError(`gomem bench: -arena must be a multiple of 8192 up to ${maxArenaBytes}`);
  }
  return flags;
}

export const command: Command = {
  async run(argv) {
    const flags = parseFlags(argv);
    if (flags === null) {
      process.stderr.write(usage);
      return 0;
    }
    let result: BenchResult;
    try {
      result = workloads[flags.workload]!(flags.n, flags.arena);
    } catch (err) {
      if (!(err instanceof FatalError)) throw err;
      // Go's throw: the report on stderr and exit status 2.
      process.stderr.write(`${err.report()}\n`);
      return 2;
    }
    process.stdout.write(flags.json ? `${JSON.stringify(result)}\n` : goLine(result));
    return 0;
  },
};
