// Go 1.19's test/bench/garbage/tree.go in plain JavaScript: the same trees, built
// and item-checked in the same order, with ordinary objects on V8's heap. Run as
// `node dist/bench/binary-trees.plain.js [-json] DEPTH` beside `gomem bench
// binary-trees` and Go's tree.go (bench/run.ts).
//
// Output: tree.go's lines, then stats.go's timing line and its pause lines over
// V8's collections (scavenges, mark-compacts and incremental marking steps, as
// PerformanceObserver reports them); V8 has no MemStats, so stats.go's Mem and
// LastPause lines are left out. With -json one object shaped like `gomem bench
// binary-trees -json`'s: wall_ms, num_gc, max_pause_ns, p99_pause_ns (nearest
// rank), peak_rss_bytes, and the lines.

import { type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';

interface Node {
  item: number;
  left: Node | null;
  right: Node | null;
}

function bottomUpTree(item: number, depth: number): Node {
  if (depth <= 0) return { item, left: null, right: null };
  return { item, left: bottomUpTree(2 * item - 1, depth - 1), right: bottomUpTree(2 * item, depth - 1) };
}

function itemCheck(n: Node): number {
  if (n.left === null) return n.item;
  return n.item + itemCheck(n.left) - itemCheck(n.right!);
}

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: node binary-trees.plain.js [-json] DEPTH\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args[0] === '-json' || args[0] === '--json';
if (json) args.shift();
if (args.length !== 1) usage('binary-trees.plain: want exactly one argument, DEPTH');
const n = Number(args[0]);
if (!Number.isSafeInteger(n) || n < 0 || n > 30) usage(`binary-trees.plain: invalid DEPTH "${args[0]}"`);

// Only takeRecords() reads the entries: the callback is never needed.
const observer = new PerformanceObserver(() => {});
observer.observe({ entryTypes: ['gc'] });

const minDepth = 4;
const lines: string[] = [];
const print = (line: string) => {
  lines.push(line);
  if (!json) process.stdout.write(`${line}\n`);
};

const t0 = process.hrtime.bigint();
const maxDepth = Math.max(n, minDepth + 2);
const stretchDepth = maxDepth + 1;
let check = itemCheck(bottomUpTree(0, stretchDepth));
print(`stretch tree of depth ${stretchDepth}\t check: ${check}`);
const longLivedTree = bottomUpTree(0, maxDepth);
for (let depth = minDepth; depth <= maxDepth; depth += 2) {
  const iterations = 2 ** (maxDepth - depth + minDepth);
  check = 0;
  for (let i = 1; i <= iterations; i++) {
    check += itemCheck(bottomUpTree(i, depth));
    check += itemCheck(bottomUpTree(-i, depth));
  }
  print(`${iterations * 2}\t trees of depth ${depth}\t check: ${check}`);
}
print(`long lived tree of depth ${maxDepth}\t check: ${itemCheck(longLivedTree)}`);
const wallNs = Number(process.hrtime.bigint() - t0);
const end = performance.now();

// Node records each GC's entry in a native immediate queued when the GC ends; they
// run before this turn's JS immediates, so here every GC of the run is buffered.
setImmediate(() => {
  const pauses = observer
    .takeRecords()
    .filter((e: PerformanceEntry) => e.startTime < end)
    .map((e) => Math.round(e.duration * 1e6));
  observer.disconnect();
  const sorted = [...pauses].sort((a, b) => a - b);
  const p99 = sorted.length === 0 ? 0 : sorted[Math.max(0, Math.ceil(0.99 * sorted.length) - 1)]!;
  const total = pauses.reduce((a, b) => a + b, 0);
  if (json) {
    const result = {
      workload: 'binary-trees',
      collector: 'v8',
      depth: n,
      wall_ms: wallNs / 1e6,
      num_gc: pauses.length,
      pause_total_ns: total,
      max_pause_ns: sorted.at(-1) ?? 0,
      p99_pause_ns: p99,
      peak_rss_bytes: process.resourceUsage().maxRSS * 1024,
      lines,
      node: process.version,
      v8_flags: process.execArgv,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const q = (k: number) => sorted[Math.trunc((sorted.length * k) / 4)] ?? 0;
  process.stdout.write(`garbage.BenchmarkTree ${n} ${Math.trunc(wallNs / Math.max(n, 1))} ns/op\n`);
  process.stdout.write(
    `garbage.BenchmarkTreePause ${pauses.length} ${Math.trunc(total / Math.max(pauses.length, 1))} ns/op\n`,
  );
  process.stdout.write(
    `garbage.BenchmarkTreePause5: ${q(0)} ${q(1)} ${q(2)} ${q(3)} ${sorted.at(-1) ?? 0}\n`,
  );
});
