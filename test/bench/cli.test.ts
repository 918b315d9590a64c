// `gomem bench` and the plain-JS workload as programs: their flags, output line,
// JSON shape and errors. No timing is asserted — only what a run must report
// whatever the machine's speed (counts, sizes, field types, exit statuses).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { allocBatch } from '../../src/cli/bench.js';

const main = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const plain = fileURLToPath(new URL('../../bench/alloc.plain.js', import.meta.url));
const plainNoGC = fileURLToPath(new URL('../../bench/alloc-nogc.plain.js', import.meta.url));
const goNoGC = fileURLToPath(new URL('../../../bench/anchors/alloc-nogc.go', import.meta.url));

function run(file: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [file, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const gomem = (...args: string[]) => run(main, ['bench', ...args]);

const goLine = /^ns\/op \d+\.\d\d numgc \d+ pauseTotal \d+us\n$/;

describe('gomem bench alloc', () => {
  test("prints Go's output line", () => {
    const r = gomem('alloc', '-n', '2000');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, goLine);
    // No collector yet: MemStats reports no cycle and no pause.
    assert.match(r.stdout, / numgc 0 pauseTotal 0us\n$/);
  });

  for (const flag of ['-json', '--json', '-json=true', '-json=1']) {
    test(`${flag} prints one JSON object with the workload's figures`, () => {
      const r = gomem('alloc', '-n=3001', flag);
      assert.equal(r.status, 0, r.stderr);
      const j = JSON.parse(r.stdout);
      assert.equal(j.workload, 'alloc');
      assert.equal(j.n, 3001);
      for (const k of [
        'ns_per_op',
        'elapsed_ns',
        'num_gc',
        'pause_total_ns',
        'max_pause_ns',
        'peak_rss_bytes',
        'heap_sys_bytes',
        'heap_alloc_bytes',
        'heap_objects',
        'sys_bytes',
        'gomaxprocs',
      ]) {
        assert.equal(typeof j[k], 'number', k);
      }
      assert.ok(j.ns_per_op > 0);
      assert.equal(j.ns_per_op, j.elapsed_ns / j.n);
      assert.equal(j.num_gc, 0);
      assert.equal(j.max_pause_ns, 0);
      // Every Node is a live 24-byte object (size class 3), nothing freed.
      assert.equal(j.heap_objects, 3001);
      assert.equal(j.heap_alloc_bytes, 3001 * 24);
      assert.ok(j.heap_sys_bytes >= j.heap_alloc_bytes);
      assert.ok(j.peak_rss_bytes > j.heap_alloc_bytes);
      assert.equal(j.node, process.version);
      assert.deepEqual(j.v8_flags, []);
    });
  }

  test('-json=false and --n are the text form and -n', () => {
    const r = gomem('alloc', '--n', '1000', '-json=false');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, goLine);
  });

  test('-h prints the usage on stderr, status 0', () => {
    const r = gomem('alloc', '-h');
    assert.equal(r.status, 0);
    assert.match(r.stderr, /-n int\n\s+alloc, alloc-nogc: number of operations \(default 10000000\)/);
  });

  const mistakes: [string[], string][] = [
    [['alloc', '-x'], 'flag provided but not defined: -x'],
    [['alloc', '--count=3'], 'flag provided but not defined: -count'],
    [['alloc', '-n', 'ten'], 'invalid value "ten" for flag -n: parse error'],
    [['alloc', '-n', '1e6'], 'invalid value "1e6" for flag -n: parse error'],
    [['alloc', '-n'], 'flag needs an argument: -n'],
    [['alloc', '-n', '0'], 'gomem bench: -n must be at least 1, not 0'],
    [['alloc', '-json=maybe'], 'invalid boolean value "maybe" for -json: parse error'],
    [
      ['alloc', '-arena', '1000'],
      'gomem bench: -arena must be a multiple of 8192 from 4194304 to 4294967296',
    ],
    [
      ['alloc', '-arena', '1048576'],
      'gomem bench: -arena must be a multiple of 8192 from 4194304 to 4294967296',
    ],
    [['alloc', 'extra'], 'gomem bench: unexpected argument "extra"'],
    [[], 'gomem bench: no workload given'],
    [['trees'], 'gomem bench: unknown workload "trees"'],
    [['-n', '5', 'alloc'], 'gomem bench: the workload comes first, before -n'],
  ];
  for (const [args, message] of mistakes) {
    test(`${JSON.stringify(args)}: one line and the usage, status 2`, () => {
      const r = gomem(...args);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      const [first, second] = r.stderr.split('\n');
      assert.equal(first, message);
      assert.equal(second, 'Usage of gomem bench:');
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    });
  }

  test("N beyond the arena with the collector off is Go's out-of-memory fatal error, status 2", () => {
    // 8 MiB of address space: the nil page's chunk plus one more, far short of 24 MB.
    const r = run(main, ['bench', 'alloc', '-n', '1000000', '-arena', String(8 << 20)], { GOGC: 'off' });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(
      r.stderr,
      /^runtime: out of memory: cannot allocate 4194304-byte block \(\d+ in use\)\nfatal error: out of memory\n$/,
    );
  });

  test('with the collector on, the same N fits in the same arena', () => {
    const r = gomem('alloc', '-n', '1000000', '-arena', String(8 << 20));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, goLine);
    assert.doesNotMatch(r.stdout, /numgc 0 /);
  });

  test('gomem help lists bench', () => {
    const r = run(main, ['help']);
    assert.match(r.stdout, /\n\tbench\n/);
  });
});

describe('gomem bench alloc-nogc', () => {
  test('times only batches in which nothing collects, and collects between them', () => {
    // Four batches and a part: the chain every 1000th node keeps survives each forced cycle.
    const n = 4 * allocBatch + 1234;
    const r = gomem('alloc-nogc', '-n', String(n), '-json');
    assert.equal(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.workload, 'alloc-nogc');
    assert.equal(j.n, n);
    assert.equal(j.num_gc, 0);
    assert.equal(j.pause_total_ns, 0);
    assert.equal(j.max_pause_ns, 0);
    // After the last batch's collection: the chain and the last node (sink) are all that live.
    const kept = Math.ceil(n / 1000);
    assert.equal(j.heap_objects, kept + 1);
    assert.equal(j.heap_alloc_bytes, (kept + 1) * 24);
  });

  test("prints Go's output line", () => {
    const r = gomem('alloc-nogc', '-n', '2000');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, goLine);
    assert.match(r.stdout, / numgc 0 pauseTotal 0us\n$/);
  });

  test("Go's alloc-nogc.go uses the same batch", () => {
    assert.match(readFileSync(goNoGC, 'utf8'), new RegExp(`\\nconst batch = ${allocBatch}\\n`));
  });
});

describe('alloc.plain', () => {
  test("prints Go's output line", () => {
    const r = run(plain, ['2000']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, goLine);
  });

  test('-json reports the same shape and proves the loop ran', () => {
    const r = run(plain, ['-json', '5000']);
    assert.equal(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.workload, 'alloc');
    assert.equal(j.n, 5000);
    for (const k of ['ns_per_op', 'num_gc', 'pause_total_ns', 'max_pause_ns', 'peak_rss_bytes']) {
      assert.equal(typeof j[k], 'number', k);
    }
    assert.equal(j.kept, 5);
    assert.equal(j.last_item, 4999);
  });

  test('counts V8 collections during the loop', () => {
    // 200,000 objects of ≥ 40 bytes overflow any young generation V8 starts with.
    const j = JSON.parse(run(plain, ['-json', '200000']).stdout);
    assert.ok(j.num_gc > 0, `num_gc ${j.num_gc}`);
    assert.ok(j.pause_total_ns > 0);
    assert.ok(j.max_pause_ns <= j.pause_total_ns);
  });

  for (const args of [[], ['x'], ['0'], ['1', '2']]) {
    test(`${JSON.stringify(args)}: usage, status 2`, () => {
      const r = run(plain, args);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /\nusage: node alloc\.plain\.js \[-json\] N\n$/);
    });
  }
});

describe('alloc-nogc.plain', () => {
  test('collects between batches, outside the timed loop', () => {
    const n = 3 * allocBatch + 7;
    const r = run(plainNoGC, ['-json', String(n)]);
    assert.equal(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.workload, 'alloc-nogc');
    assert.equal(j.n, n);
    assert.equal(j.kept, Math.ceil(n / 1000));
    assert.equal(j.last_item, n - 1);
    assert.equal(typeof j.num_gc, 'number');
  });

  test('usage names its own file', () => {
    const r = run(plainNoGC, []);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\nusage: node alloc-nogc\.plain\.js \[-json\] N\n$/);
  });
});
