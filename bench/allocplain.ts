// The alloc workloads in plain JavaScript: the baseline gomem is measured against.
//
// The same work as bench/anchors/alloc.go and `gomem bench alloc`, with ordinary JS
// objects on V8's heap: N times an {item, left, right} object, item = i, every
// 1000th chained through left onto `keep`, each stored in the module-level `sink`.
// Only the loop is timed, as in the Go program. Two entry points run it:
//
//   node dist/bench/alloc.plain.js [-json] N        the whole loop, V8 collecting as it likes
//   node dist/bench/alloc-nogc.plain.js [-json] N   as alloc-nogc.go: batches of
//        allocBatch timed, V8's full collection (gc()) between them, untimed
//
// Each prints Go's line `ns/op %.2f numgc %d pauseTotal %dus`, where numgc and the
// pauses are V8's collections during the timed loop (scavenges, mark-compacts and
// incremental marking steps, as PerformanceObserver reports them; a batch of
// allocBatch objects fits V8's young generation, so alloc-nogc's batches usually
// run without one), or with -json one object shaped like `gomem bench alloc -json`'s.

import { type PerformanceEntry, PerformanceObserver, performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { allocBatch } from '../src/cli/bench.js';

interface Node {
  item: number;
  left: Node | null;
  right: Node | null;
}

let sink: Node | null = null;

// The loop, in a function as Go's is in main: keep is a local, sink a global.
function run(keep: Node | null, from: number, to: number): Node | null {
  for (let i = from; i < to; i++) {
    const x: Node = { item: i, left: null, right: null };
    if (i % 1000 === 0) {
      x.left = keep;
      keep = x;
    }
    sink = x;
  }
  return keep;
}

/** V8's full collection, as --expose-gc's gc() is, without the command-line flag. */
function fullGC(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Runs the workload named workload on process.argv and prints its result. */
export function main(workload: 'alloc' | 'alloc-nogc'): void {
  const file = `${workload}.plain.js`;
  const usage = (message: string): never => {
    process.stderr.write(`${message}\nusage: node ${file} [-json] N\n`);
    process.exit(2);
  };
  const args = process.argv.slice(2);
  const json = args[0] === '-json' || args[0] === '--json';
  if (json) args.shift();
  if (args.length !== 1) usage(`${workload}.plain: want exactly one argument, N`);
  const n = Number(args[0]);
  if (!Number.isSafeInteger(n) || n < 1) usage(`${workload}.plain: invalid N "${args[0]}"`);
  const nogc = workload === 'alloc-nogc';
  const gc = nogc ? fullGC() : null;

  // Only takeRecords() reads the entries: the callback is never needed.
  const observer = new PerformanceObserver(() => {});
  observer.observe({ entryTypes: ['gc'] });

  const batch = nogc ? allocBatch : n;
  const timed: [number, number][] = [];
  let elapsed = 0;
  let keep: Node | null = null;
  for (let from = 0; from < n; from += batch) {
    const start = performance.now();
    const t0 = process.hrtime.bigint();
    keep = run(keep, from, Math.min(n, from + batch));
    elapsed += Number(process.hrtime.bigint() - t0);
    timed.push([start, performance.now()]);
    gc?.();
  }

  // Node records each GC's entry in a native immediate queued when the GC ends; they
  // run before this turn's JS immediates, so here every GC of the loop is buffered.
  setImmediate(() => {
    const inLoop = (e: PerformanceEntry) => timed.some(([a, b]) => e.startTime >= a && e.startTime < b);
    const during = observer.takeRecords().filter(inLoop);
    observer.disconnect();
    const pauses = during.map((e) => Math.round(e.duration * 1e6));
    const pauseTotal = pauses.reduce((a, b) => a + b, 0);
    const result = {
      workload,
      n,
      ns_per_op: elapsed / n,
      elapsed_ns: elapsed,
      num_gc: during.length,
      pause_total_ns: pauseTotal,
      max_pause_ns: Math.max(0, ...pauses),
      peak_rss_bytes: process.resourceUsage().maxRSS * 1024,
      heap_used_bytes: process.memoryUsage().heapUsed,
      // The chain keeps n/1000 nodes alive; its length proves the loop was not elided.
      kept: chainLength(keep),
      last_item: sink?.item ?? -1,
      node: process.version,
      v8_flags: process.execArgv,
    };
    process.stdout.write(
      json
        ? `${JSON.stringify(result)}\n`
        : `ns/op ${result.ns_per_op.toFixed(2)} numgc ${result.num_gc} pauseTotal ${Math.floor(pauseTotal / 1000)}us\n`,
    );
  });
}

function chainLength(p: Node | null): number {
  let k = 0;
  for (; p !== null; p = p.left) k++;
  return k;
}
