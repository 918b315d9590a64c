// The alloc workload in plain JavaScript: the baseline gomem is measured against.
//
// The same work as bench/anchors/alloc.go and `gomem bench alloc`, with ordinary JS
// objects on V8's heap: N times an {item, left, right} object, item = i, every
// 1000th chained through left onto `keep`, each stored in the module-level `sink`.
// Only the loop is timed, as in the Go program.
//
//   node dist/bench/alloc.plain.js [-json] N
//
// It prints Go's line `ns/op %.2f numgc %d pauseTotal %dus`, where numgc and the
// pauses are V8's collections during the loop (scavenges, mark-compacts and
// incremental marking steps, as PerformanceObserver reports them), or with -json
// one object shaped like `gomem bench alloc -json`'s.

import { type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';

interface Node {
  item: number;
  left: Node | null;
  right: Node | null;
}

let sink: Node | null = null;

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: node alloc.plain.js [-json] N\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args[0] === '-json' || args[0] === '--json';
if (json) args.shift();
if (args.length !== 1) usage('alloc.plain: want exactly one argument, N');
const n = Number(args[0]);
if (!Number.isSafeInteger(n) || n < 1) usage(`alloc.plain: invalid N "${args[0]}"`);

// Only takeRecords() reads the entries: the callback is never needed.
const observer = new PerformanceObserver(() => {});
observer.observe({ entryTypes: ['gc'] });

// The loop, in a function as Go's is in main: keep is a local, sink a global.
function run(n: number): { elapsed: number; keep: Node | null } {
  const t0 = process.hrtime.bigint();
  let keep: Node | null = null;
  for (let i = 0; i < n; i++) {
    const x: Node = { item: i, left: null, right: null };
    if (i % 1000 === 0) {
      x.left = keep;
      keep = x;
    }
    sink = x;
  }
  return { elapsed: Number(process.hrtime.bigint() - t0), keep };
}

const { elapsed, keep } = run(n);
const loopEnd = performance.now();

// Node records each GC's entry in a native immediate queued when the GC ends; they
// run before this turn's JS immediates, so here every GC of the loop is buffered.
setImmediate(() => {
  const during = observer.takeRecords().filter((e: PerformanceEntry) => e.startTime < loopEnd);
  observer.disconnect();
  const pauses = during.map((e) => Math.round(e.duration * 1e6));
  const pauseTotal = pauses.reduce((a, b) => a + b, 0);
  const result = {
    workload: 'alloc',
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

function chainLength(p: Node | null): number {
  let k = 0;
  for (; p !== null; p = p.left) k++;
  return k;
}
