// `gomem bench binary-trees` and `live-heap`: their flags, their lines against what
// Go 1.19's tree.go printed (test/fixtures/go1.19/bench, scripts/fixtures-bench.sh),
// the JSON shape, and every collector building and checking the trees with the
// runtime's checks and GODEBUG=gccheckmark=1 on. No timing is asserted: timings,
// pauses and byte counts are compared by their format only, check values exactly.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { binaryTreesStats, binaryTreesWorkload, liveHeapWorkload, percentile } from '../../src/cli/bench.js';
import type { CollectorKind } from '../../src/index.js';

const main = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const plain = fileURLToPath(new URL('../../bench/binary-trees.plain.js', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../test/fixtures/go1.19/bench/', import.meta.url));
const fixture = (name: string) => readFileSync(`${fixtures}${name}`, 'utf8');

function run(file: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [file, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GOMAXPROCS: '2', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const gomem = (...args: string[]) => run(main, ['bench', ...args]);

/** A line with every figure after the name replaced by #: the format without the measurements. */
const shape = (line: string) => line.replace(/(?<=[ =/:])\d+/g, '#');
const checkLines = (out: string) => out.split('\n').filter((l) => l !== '' && !l.startsWith('garbage.'));
const statsLines = (out: string) => out.split('\n').filter((l) => l.startsWith('garbage.'));

const collectors: CollectorKind[] = ['go', 'stw', 'refcount'];

describe('gomem bench binary-trees', () => {
  test("-depth 10 prints tree.go's check lines and stats.go's line formats", () => {
    const go = fixture('tree-n10.txt');
    const r = gomem('binary-trees', '-depth', '10');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(checkLines(r.stdout), checkLines(go));
    assert.deepEqual(statsLines(r.stdout).map(shape), statsLines(go).map(shape));
    assert.match(r.stdout, /^garbage\.BenchmarkTree-2 10 \d+ ns\/op$/m);
    // The same allocations as Go's, less the few the Go runtime makes for itself.
    const mallocs = (out: string) => Number(/Mallocs=(\d+)/.exec(out)![1]);
    assert.ok(Math.abs(mallocs(r.stdout) - mallocs(go)) < 1000, `${mallocs(r.stdout)} vs ${mallocs(go)}`);
  });

  test("-depth 6 runs no cycle: three gcstats lines and Go's divide-by-zero panic, status 2", () => {
    const r = gomem('binary-trees', '-depth', '6');
    assert.equal(r.status, Number(fixture('tree-n6.status')));
    assert.deepEqual(r.stdout.split('\n').map(shape), fixture('tree-n6.txt').split('\n').map(shape));
    assert.equal(r.stderr, fixture('tree-n6.stderr'));
  });

  for (const collector of collectors) {
    test(`-json -collector ${collector}: the figures, and the check lines Go printed`, () => {
      const r = gomem('binary-trees', '-json', '-depth=10', '--collector', collector);
      assert.equal(r.status, 0, r.stderr);
      const j = JSON.parse(r.stdout);
      assert.equal(j.workload, 'binary-trees');
      assert.equal(j.collector, collector);
      assert.equal(j.depth, 10);
      for (const k of ['wall_ms', 'peak_rss_bytes', 'num_gc', 'max_pause_ns', 'p99_pause_ns', 'mallocs']) {
        assert.equal(typeof j[k], 'number', k);
      }
      assert.ok(j.wall_ms > 0);
      assert.ok(j.p99_pause_ns <= j.max_pause_ns);
      assert.ok(j.peak_rss_bytes > 0);
      assert.equal(j.pauses_ns.length, Math.min(j.num_gc, 256));
      assert.deepEqual(j.lines, checkLines(fixture('tree-n10.txt')));
    });
  }

  test("the default depth is tree.go's, 16; -h names the flags", () => {
    const r = gomem('binary-trees', '-h');
    assert.equal(r.status, 0);
    assert.match(r.stderr, /-depth int\n\s+binary-trees: depth of the trees, tree\.go's -n \(default 16\)/);
    assert.match(
      r.stderr,
      /-collector string\n\s+binary-trees, live-heap: go, stw or refcount \(default go\)/,
    );
  });

  const mistakes: [string[], string][] = [
    [['binary-trees', '-n', '5'], 'flag provided but not defined: -n'],
    [['binary-trees', '-mib', '5'], 'flag provided but not defined: -mib'],
    [['alloc', '-depth', '5'], 'flag provided but not defined: -depth'],
    [['alloc', '-collector', 'stw'], 'flag provided but not defined: -collector'],
    [['binary-trees', '-depth', 'x'], 'invalid value "x" for flag -depth: parse error'],
    [['binary-trees', '-depth', '31'], 'gomem bench: -depth must be from 0 to 30, not 31'],
    [
      ['binary-trees', '-collector', 'arc'],
      'invalid value "arc" for flag -collector: want go, stw or refcount',
    ],
    [['binary-trees', '-collector'], 'flag needs an argument: -collector'],
    [['live-heap', '-mib', '0'], 'gomem bench: -mib must be at least 1, not 0'],
    [['live-heap', '-depth', '3'], 'flag provided but not defined: -depth'],
  ];
  for (const [args, message] of mistakes) {
    test(`${JSON.stringify(args)}: one line and the usage, status 2`, () => {
      const r = gomem(...args);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      const [first, second] = r.stderr.split('\n');
      assert.equal(first, message);
      assert.equal(second, 'Usage of gomem bench:');
    });
  }
});

describe('binary-trees under every collector, checks and gccheckmark on', () => {
  const want = checkLines(fixture('tree-n10.txt'));
  for (const collector of collectors) {
    test(`${collector}: the trees Go built, at GOGC=10 so cycles run mid-tree`, () => {
      const r = binaryTreesWorkload(
        10,
        { collector, arenaBytes: 64 << 20, checks: true, gccheckmark: true, gogc: 10 },
        () => {},
      );
      assert.deepEqual(r.lines, want);
      if (collector !== 'refcount') assert.ok(r.num_gc >= 3, `num_gc ${r.num_gc}`);
      // Everything but the long-lived tree (2,047 Nodes) is garbage; the collectors
      // that trace freed most of it by the end.
      assert.ok(r.heap_alloc_bytes < r.total_alloc_bytes / 2);
      const stats = binaryTreesStats(r);
      assert.equal(stats.panics, r.num_gc === 0);
    });
  }

  test("gcstats' lines from made-up figures", () => {
    const r = binaryTreesWorkload(6, { collector: 'go', arenaBytes: 16 << 20, checks: true }, () => {});
    const made = {
      ...r,
      gomaxprocs: 1,
      depth: 18,
      wall_ms: 1800.5,
      num_gc: 5,
      pause_total_ns: 1003,
      pauses_ns: [500, 100, 200, 103, 100],
      heap_alloc_bytes: 1,
      total_alloc_bytes: 2,
      sys_bytes: 3,
      next_gc_bytes: 4,
      mallocs: 5,
    };
    assert.deepEqual(binaryTreesStats(made), {
      lines: [
        'garbage.BenchmarkTreeMem Alloc=1/2 Heap=3 NextGC=4 Mallocs=5',
        'garbage.BenchmarkTree 18 100027777 ns/op',
        'garbage.BenchmarkTreeLastPause 1 100 ns/op',
        'garbage.BenchmarkTreePause 5 200 ns/op',
        'garbage.BenchmarkTreePause5: 100 100 103 200 500',
      ],
      panics: false,
    });
  });
});

describe('gomem bench live-heap', () => {
  test('-mib 4 -json: two 3 MiB trees held while twice their bytes churn through', () => {
    const r = gomem('live-heap', '-mib', '4', '-json');
    assert.equal(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.workload, 'live-heap');
    assert.equal(j.collector, 'go');
    assert.equal(j.mib, 4);
    assert.equal(j.live_bytes, 2 * 131071 * 24);
    assert.ok(j.churn_bytes >= 2 * j.live_bytes);
    assert.equal(j.live_check, -2);
    assert.ok(j.heap_alloc_live_bytes >= j.live_bytes);
    assert.ok(j.num_gc >= 1);
    for (const k of ['wall_ms', 'peak_rss_bytes', 'max_pause_ns', 'p99_pause_ns']) {
      assert.equal(typeof j[k], 'number', k);
    }
  });

  test('the text line', () => {
    const r = gomem('live-heap', '-mib=1', '-collector=stw');
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /^live-heap mib 1 wall \d+\.\dms numgc \d+ maxpause \d+ns p99pause \d+ns check -1\n$/,
    );
  });

  for (const collector of collectors) {
    test(`${collector}, checks and gccheckmark on: the live trees survive the churn`, () => {
      const r = liveHeapWorkload(2, {
        collector,
        arenaBytes: 64 << 20,
        checks: true,
        gccheckmark: true,
        gogc: 25,
      });
      assert.equal(r.live_check, -1);
      if (collector !== 'refcount') assert.ok(r.num_gc >= 2, `num_gc ${r.num_gc}`);
    });
  }
});

describe('percentile', () => {
  test('nearest rank, unsorted input left alone', () => {
    const xs = Array.from({ length: 200 }, (_, i) => 200 - i);
    assert.equal(percentile(xs, 99), 198);
    assert.equal(percentile(xs, 100), 200);
    assert.equal(xs[0], 200);
    assert.equal(percentile([7], 99), 7);
    assert.equal(percentile([], 99), 0);
  });
});

describe('binary-trees.plain', () => {
  test("prints tree.go's check lines; -json the same lines and figures", () => {
    const want = checkLines(fixture('tree-n10.txt'));
    const r = run(plain, ['10']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(checkLines(r.stdout), want);
    assert.match(r.stdout, /^garbage\.BenchmarkTree 10 \d+ ns\/op$/m);
    const j = JSON.parse(run(plain, ['-json', '10']).stdout);
    assert.deepEqual(j.lines, want);
    for (const k of ['wall_ms', 'peak_rss_bytes', 'num_gc', 'max_pause_ns', 'p99_pause_ns']) {
      assert.equal(typeof j[k], 'number', k);
    }
  });

  for (const args of [[], ['x'], ['31'], ['1', '2']]) {
    test(`${JSON.stringify(args)}: usage, status 2`, () => {
      const r = run(plain, args);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /\nusage: node binary-trees\.plain\.js \[-json\] DEPTH\n$/);
    });
  }
});
