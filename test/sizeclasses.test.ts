// The size-class table against Go 1.19 itself: the generator, the generated
// runtime table, and `gomem sizeclasses` are held to the table comment that Go's
// runtime/mksizeclasses.go prints, and the lookups to the MemStats Go reported for
// real allocations (test/fixtures/go1.19/allocator, written by
// scripts/fixtures-allocator.sh).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { makeClasses, sizeToClass8, sizeToClass128 } from '../scripts/mksizeclasses.js';
import {
  _MaxSmallSize,
  _NumSizeClasses,
  _PageSize,
  class_to_divmagic,
  class_to_nelems,
  class_to_npages,
  class_to_size,
  roundupsize,
  size_to_class8,
  size_to_class128,
  sizeToClass,
} from '../src/runtime/sizeclasses.js';

const fixtures = new URL('../../test/fixtures/go1.19/allocator/', import.meta.url);
const goTable = readFileSync(new URL('sizeclasses.txt', fixtures), 'utf8');
const memstats = JSON.parse(readFileSync(new URL('memstats.json', fixtures), 'utf8'));
const main = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));

interface GoRow {
  class: number;
  size: number;
  npages: number;
  objects: number;
  tail_waste: number;
}

const goRows: GoRow[] = goTable
  .split('\n')
  .map((line) => line.match(/^\/\/\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+[\d.]+%\s+\d+$/))
  .filter((m) => m !== null)
  .map((m) => ({
    class: Number(m[1]),
    size: Number(m[2]),
    npages: Number(m[3]) / _PageSize,
    objects: Number(m[4]),
    tail_waste: Number(m[5]),
  }));

function gomem(...args: string[]) {
  return spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
}

describe('size classes match Go 1.19', () => {
  test('the fixture holds Go rows for classes 1..67', () => {
    assert.deepEqual(
      goRows.map((r) => r.class),
      Array.from({ length: 67 }, (_, i) => i + 1),
    );
  });

  test('the generator reproduces every class of Go', () => {
    const classes = makeClasses();
    assert.equal(classes.length, 68);
    assert.deepEqual(
      classes.slice(1).map((c) => [c.size, c.npages]),
      goRows.map((r) => [r.size, r.npages]),
    );
  });

  test('the generated runtime table is what the generator makes now', () => {
    const classes = makeClasses();
    assert.equal(_NumSizeClasses, classes.length);
    assert.deepEqual(
      [...class_to_size],
      classes.map((c) => c.size),
    );
    assert.deepEqual(
      [...class_to_npages],
      classes.map((c) => c.npages),
    );
    assert.deepEqual([...size_to_class8], sizeToClass8(classes));
    assert.deepEqual([...size_to_class128], sizeToClass128(classes));
  });

  test('runtime tables agree with Go in every class and column', () => {
    for (const r of goRows) {
      assert.equal(class_to_size[r.class], r.size, `class ${r.class} size`);
      assert.equal(class_to_npages[r.class], r.npages, `class ${r.class} npages`);
      assert.equal(class_to_nelems[r.class], r.objects, `class ${r.class} objects`);
    }
    assert.deepEqual(
      [class_to_size[0], class_to_npages[0], class_to_nelems[0], class_to_divmagic[0]],
      [0, 0, 0, 0],
    );
  });

  test('`gomem sizeclasses --json` agrees with Go in every class and column', () => {
    const r = gomem('sizeclasses', '--json');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), goRows);
  });

  test('`gomem sizeclasses` prints Go table line for line', () => {
    const r = gomem('sizeclasses');
    assert.equal(r.status, 0, r.stderr);
    const expected = goTable.split('\n').map((line) => line.replace(/^\/\/ ?/, ''));
    assert.deepEqual(r.stdout.split('\n'), expected);
  });

  test('unknown flags fail as in Go flag package, without a stack trace', () => {
    for (const flag of ['-x', '--x']) {
      const r = gomem('sizeclasses', flag);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      const lines = r.stderr.split('\n');
      assert.equal(lines[0], 'flag provided but not defined: -x');
      assert.equal(lines[1], 'Usage of gomem sizeclasses:');
      assert.doesNotMatch(r.stderr, /^\s+at /m);
    }
    const bad = gomem('sizeclasses', '-json=maybe');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^invalid boolean value "maybe" for -json: parse error\n/);
    assert.equal(gomem('sizeclasses', 'extra').status, 2);
    const off = gomem('sizeclasses', '-json=false');
    assert.equal(off.status, 0);
    assert.match(off.stdout, /^class {2}bytes\/obj/);
  });
});

describe('GO-FACTS allocator facts', () => {
  test('small sizes round up to their class', () => {
    const facts: [size: number, cls: number, rounded: number][] = [
      [8, 1, 8],
      [9, 2, 16],
      [17, 3, 24],
      [25, 4, 32],
      [33, 5, 48],
      [100, 9, 112],
      [1025, 33, 1152],
      [9000, 52, 9472],
      [32768, 67, 32768],
    ];
    for (const [size, cls, rounded] of facts) {
      assert.equal(sizeToClass(size), cls, `class of ${size}`);
      assert.equal(roundupsize(size), rounded, `roundupsize(${size})`);
    }
  });

  test('sizes 1017..1024 land in class 32 through size_to_class128[0]', () => {
    for (let size = 1017; size <= 1024; size++) assert.equal(sizeToClass(size), 32);
    assert.equal(sizeToClass(1016), 32);
    assert.equal(sizeToClass(1025), 33);
  });

  test('32769 bytes is large: 5 whole pages', () => {
    assert.throws(() => sizeToClass(_MaxSmallSize + 1), RangeError);
    assert.equal(roundupsize(32769), 40960);
    assert.equal(roundupsize(32769) / _PageSize, 5);
    assert.equal(roundupsize(100000), 13 * _PageSize);
  });

  test('span shapes: class 1 holds 1024 objects, class 35 is 11 × 1408 B in 2 pages', () => {
    assert.equal(class_to_nelems[1], 1024);
    assert.equal(class_to_size[35], 1408);
    assert.equal(class_to_npages[35], 2);
    assert.equal(class_to_nelems[35], 11);
  });

  test('MemStats.BySize sizes are class_to_size[0..60]', () => {
    assert.equal(memstats.by_size.len, 61);
    assert.deepEqual(memstats.by_size.sizes, [...class_to_size.slice(0, 61)]);
    assert.equal(memstats.by_size.sizes[60], 18432);
  });

  test('sizeToClass picks the smallest class that holds the size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: _MaxSmallSize }), (size) => {
        const cls = sizeToClass(size);
        assert.ok(class_to_size[cls]! >= size);
        assert.ok(class_to_size[cls - 1]! < size);
      }),
      { numRuns: 20000 },
    );
    // Every class boundary, exactly.
    for (let c = 1; c < _NumSizeClasses; c++) {
      assert.equal(sizeToClass(class_to_size[c - 1]! + 1), c);
      assert.equal(sizeToClass(class_to_size[c]!), c);
    }
  });

  test('roundupsize gives the smallest allocation that holds the request', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), (size) => {
        const got = roundupsize(size);
        if (size <= _MaxSmallSize) assert.equal(got, class_to_size[sizeToClass(size)]);
        else assert.ok(got % _PageSize === 0 && got >= size && got - size < _PageSize);
      }),
    );
  });

  test('divmagic turns every object offset in a span into its index', () => {
    for (let c = 1; c < _NumSizeClasses; c++) {
      const size = class_to_size[c]!;
      const m = class_to_divmagic[c]!;
      assert.equal(m, (Math.floor(0xffffffff / size) + 1) >>> 0, `class ${c} magic`);
      // (n * m) >> 32 with m split in 16-bit halves: every product stays below 2^53.
      const hi = Math.floor(m / 0x10000);
      const lo = m % 0x10000;
      for (let n = 0; n <= class_to_npages[c]! * _PageSize; n++) {
        const q = Math.floor((n * hi + Math.floor((n * lo) / 0x10000)) / 0x10000);
        if (q !== Math.floor(n / size)) assert.fail(`class ${c}: offset ${n} gives ${q}`);
      }
    }
  });
});

describe('Go 1.19 MemStats for allocations agree with roundupsize', () => {
  const byName = new Map<string, Record<string, unknown>>(
    memstats.patterns.map((p: { name: string }) => [p.name, p]),
  );
  const pattern = (name: string) => {
    const p = byName.get(name);
    assert.ok(p, `pattern ${name} in memstats.json`);
    return p;
  };

  test('100 escaping int8 allocations: 7 tiny blocks', () => {
    const p = pattern('new_int8_x100');
    assert.equal(p.Mallocs, 100);
    assert.equal(p.TotalAlloc, 112);
    assert.equal(p.Frees, 93);
    assert.equal(p.HeapObjects, 7);
    assert.deepEqual(p.BySizeMallocs, { '16': 7 });
  });

  // Objects that bypass the tiny allocator: each costs roundupsize(size) bytes and
  // counts once in Mallocs and in BySize for its class (BySize ends at 18432).
  const plain: [name: string, size: number, count: number][] = [
    ['ptr_x100', 8, 100],
    ['node_x1000', 24, 1000],
    ['bytes16_x100', 16, 100],
    ['bytes33_x100', 33, 100],
    ['bytes100_x100', 100, 100],
    ['bytes1025_x100', 1025, 100],
    ['bytes9000_x100', 9000, 100],
    ['bytes32768_x100', 32768, 100],
    ['ptr16_x100', 16, 100],
    ['ptr40_x100', 40, 100],
    ['ptr104_x100', 104, 100],
    ['ptr1032_x100', 1032, 100],
    ['ptr9000_x100', 9000, 100],
    ['ptr32768_x100', 32768, 100],
    ['large32769_x10', 32769, 10],
    ['large100000_x10', 100000, 10],
    ['make_bytes_24_x100', 24, 100],
    ['make_bytes_1000_x100', 1000, 100],
    ['make_bytes_1020_x100', 1020, 100],
    ['make_bytes_5000_x100', 5000, 100],
    ['make_bytes_40000_x10', 40000, 10],
    ['make_ptrs_1_x100', 8, 100],
    ['make_ptrs_3_x100', 24, 100],
    ['make_ptrs_100_x100', 800, 100],
    ['make_ptrs_5000_x10', 40000, 10],
    ['concat_40_60_x100', 100, 100],
  ];
  for (const [name, size, count] of plain) {
    test(`${name}: ${count} × roundupsize(${size})`, () => {
      const p = pattern(name);
      const bytes = count * roundupsize(size);
      assert.deepEqual(
        [p.Mallocs, p.Frees, p.TotalAlloc, p.HeapObjects, p.HeapAlloc],
        [count, 0, bytes, count, bytes],
      );
      const inBySize = size <= _MaxSmallSize && roundupsize(size) <= 18432;
      assert.deepEqual(p.BySizeMallocs, inBySize ? { [roundupsize(size)]: count } : {});
    });
  }

  test('the startup snapshot obeys the MemStats identities', () => {
    const s = memstats.startup.snapshot;
    assert.equal(
      s.Sys,
      s.HeapSys + s.StackSys + s.MSpanSys + s.MCacheSys + s.BuckHashSys + s.GCSys + s.OtherSys,
    );
    assert.equal(s.HeapIdle, s.HeapSys - s.HeapInuse);
    assert.equal(s.HeapObjects, s.Mallocs - s.Frees);
    assert.equal(s.Alloc, s.HeapAlloc);
    assert.equal(s.NumGC, 0);
  });

  test('NextGC at start and the memory limit follow GOGC and GOMEMLIMIT', () => {
    const env = memstats.environments;
    assert.equal(env.default.next_gc_at_start, 4194304);
    assert.equal(env['GOGC=50'].next_gc_at_start, 2097152);
    assert.equal(env['GOGC=200'].next_gc_at_start, 8388608);
    assert.equal(BigInt(env.default.memory_limit), 2n ** 63n - 1n);
    assert.equal(env['GOMEMLIMIT=100MiB'].memory_limit, String(100 * 2 ** 20));
  });
});
