// MemStats against Go 1.19 itself. Every allocation pattern that
// scripts/go/allocator/memstats.go measured with the real Go 1.19 runtime
// (test/fixtures/go1.19/allocator/memstats.json) is replayed through Runtime with
// the same types and sizes, in the same order, bracketed by readMemStats; the deltas
// of Mallocs, Frees, TotalAlloc, HeapObjects, HeapAlloc and of every BySize[i].Mallocs
// must equal Go's exactly. BySize must have Go's 61 entries with Go's sizes, and
// NextGC at start must be Go's for the default GOGC, GOGC=50, GOGC=200 and a memory
// limit (which does not move the first goal). The fields of Go's startup snapshot
// that do not depend on the runtime's own start-up allocations must match too.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { MemStats } from '../../src/runtime/mstats.js';
import { Runtime } from '../../src/runtime/runtime.js';

interface GoPattern {
  name: string;
  note: string;
  Mallocs: number;
  Frees: number;
  TotalAlloc: number;
  HeapObjects: number;
  HeapAlloc: number;
  BySizeMallocs: Record<string, number>;
}

const fixtures = new URL('../../../test/fixtures/go1.19/allocator/', import.meta.url);
const memstats = JSON.parse(readFileSync(new URL('memstats.json', fixtures), 'utf8')) as {
  by_size: { len: number; sizes: number[] };
  environments: Record<string, { next_gc_at_start: number }>;
  patterns: GoPattern[];
};

/** The Go program's patterns, one function each, allocating what the Go code allocates. */
function goPatterns(rt: Runtime): Map<string, () => void> {
  const t = rt.types;
  const bytes = (n: number) => t.array(t.byte, n);
  const times = (n: number, f: () => void) => {
    for (let i = 0; i < n; i++) f();
  };
  // type node struct { item int; left, right *node }
  const node = t.struct('node', (self) => ({ item: t.int, left: t.ptr(self), right: t.ptr(self) }));
  // type withPointer[N] struct { p *byte; pad N }
  const withPointer = (size: number) =>
    t.struct(`withPointer[[${size - 8}]uint8]`, { p: t.ptr(t.byte), pad: bytes(size - 8) });
  const newN = (typ: ReturnType<typeof bytes>, n: number) => () => times(n, () => rt.new(typ));
  const makeBytes = (n: number, count: number) => () => times(count, () => rt.makeslice(t.byte, n, n));
  const makePtrs = (n: number, count: number) => () => times(count, () => rt.makeslice(t.ptr(t.int), n, n));
  const concat = (a: string, b: string, count: number) => () => times(count, () => rt.newString(a + b));
  const str5 = 'hello';
  const str6 = ', gopher'.slice(0, 6);
  const str40 = 'a'.repeat(40);
  const str60 = 'b'.repeat(60);
  return new Map<string, () => void>([
    ['new_int8_x100', newN(t.int8, 100)],
    ['array3_x50', newN(bytes(3), 50)],
    ['int32_x40', newN(t.int32, 40)],
    ['array12_x30', newN(bytes(12), 30)],
    [
      'tiny_mix_1_2_4_8_12_x20',
      () =>
        times(20, () => {
          for (const n of [1, 2, 4, 8, 12]) rt.new(bytes(n));
        }),
    ],
    ['ptr_x100', newN(t.ptr(t.int), 100)],
    ['node_x1000', newN(node, 1000)],
    ['bytes8_x100', newN(bytes(8), 100)],
    ['bytes16_x100', newN(bytes(16), 100)],
    ['bytes33_x100', newN(bytes(33), 100)],
    ['bytes100_x100', newN(bytes(100), 100)],
    ['bytes1025_x100', newN(bytes(1025), 100)],
    ['bytes9000_x100', newN(bytes(9000), 100)],
    ['bytes32768_x100', newN(bytes(32768), 100)],
    ['ptr16_x100', newN(withPointer(16), 100)],
    ['ptr40_x100', newN(withPointer(40), 100)],
    ['ptr104_x100', newN(withPointer(104), 100)],
    ['ptr1032_x100', newN(withPointer(1032), 100)],
    ['ptr9000_x100', newN(withPointer(9000), 100)],
    ['ptr32768_x100', newN(withPointer(32768), 100)],
    ['large32769_x10', newN(bytes(32769), 10)],
    ['large100000_x10', newN(bytes(100000), 10)],
    ['make_bytes_0_x100', makeBytes(0, 100)],
    ['make_bytes_5_x100', makeBytes(5, 100)],
    ['make_bytes_24_x100', makeBytes(24, 100)],
    ['make_bytes_1000_x100', makeBytes(1000, 100)],
    ['make_bytes_1020_x100', makeBytes(1020, 100)],
    ['make_bytes_5000_x100', makeBytes(5000, 100)],
    ['make_bytes_40000_x10', makeBytes(40000, 10)],
    ['make_ptrs_1_x100', makePtrs(1, 100)],
    ['make_ptrs_3_x100', makePtrs(3, 100)],
    ['make_ptrs_100_x100', makePtrs(100, 100)],
    ['make_ptrs_5000_x10', makePtrs(5000, 10)],
    ['concat_5_6_x100', concat(str5, str6, 100)],
    ['concat_40_60_x100', concat(str40, str60, 100)],
  ]);
}

function delta(after: MemStats, before: MemStats) {
  const bySize: Record<string, number> = {};
  after.BySize.forEach((e, i) => {
    const d = e.Mallocs - before.BySize[i]!.Mallocs;
    if (d !== 0) bySize[String(e.Size)] = d;
  });
  return {
    Mallocs: after.Mallocs - before.Mallocs,
    Frees: after.Frees - before.Frees,
    TotalAlloc: after.TotalAlloc - before.TotalAlloc,
    HeapObjects: after.HeapObjects - before.HeapObjects,
    HeapAlloc: after.HeapAlloc - before.HeapAlloc,
    BySizeMallocs: bySize,
  };
}

describe('MemStats deltas match Go 1.19 for every recorded pattern', () => {
  // One runtime for all patterns, in the fixture's order, as the Go program ran them,
  // and with the collector off, as the Go program turned it off.
  const rt = new Runtime({ gomaxprocs: 1, env: {}, gogc: 'off' });
  const patterns = goPatterns(rt);

  test('every pattern in the fixture has a replay, and every replay a fixture', () => {
    assert.ok(memstats.patterns.length >= 30);
    assert.deepEqual(
      memstats.patterns.map((p) => p.name),
      [...patterns.keys()],
    );
  });

  for (const go of memstats.patterns) {
    test(`${go.name}: ${go.note}`, () => {
      const run = patterns.get(go.name);
      assert.ok(run !== undefined, `no replay for ${go.name}`);
      const before = rt.readMemStats();
      run();
      const after = rt.readMemStats();
      const { name: _name, note: _note, ...want } = go;
      assert.deepEqual(delta(after, before), want);
    });
  }
});

describe('the empty heap matches Go 1.19’s startup snapshot where gomem models it', () => {
  const go = (memstats as unknown as { startup: { snapshot: Record<string, unknown> } }).startup.snapshot;
  // Go's startup heap holds the runtime's own objects, stacks and threads; these
  // fields do not depend on them.
  const fields = [
    'Lookups',
    'MCacheInuse',
    'MCacheSys',
    'NextGC',
    'LastGC',
    'PauseTotalNs',
    'NumGC',
    'NumForcedGC',
    'GCCPUFraction',
    'EnableGC',
    'DebugGC',
  ] as const;
  for (const f of fields) {
    test(`${f} = ${String(go[f])}`, () => {
      const ms = new Runtime({ gomaxprocs: 1, env: {} }).readMemStats();
      assert.equal(ms[f], go[f]);
    });
  }
  test(`MSpanSys is one fixalloc chunk of mspans, ${String(go.MSpanSys)}, while fewer than 114 spans are in use`, () => {
    const rt = new Runtime({ gomaxprocs: 1, env: {}, gogc: 'off' });
    for (let i = 0; i < 100; i++) rt.new(rt.types.array(rt.types.byte, 40000));
    const ms = rt.readMemStats();
    assert.equal(ms.MSpanInuse, 100 * 144);
    assert.equal(ms.MSpanSys, go.MSpanSys);
  });
});

describe('BySize and NextGC match Go 1.19', () => {
  test('len(BySize) is 61 and each Size is Go’s', () => {
    const ms = new Runtime({ gomaxprocs: 1, env: {} }).readMemStats();
    assert.equal(memstats.by_size.len, 61);
    assert.equal(ms.BySize.length, memstats.by_size.len);
    assert.deepEqual(
      ms.BySize.map((e) => e.Size),
      memstats.by_size.sizes,
    );
  });

  const envs: [string, Record<string, string>][] = [
    ['default', {}],
    ['GOGC=50', { GOGC: '50' }],
    ['GOGC=200', { GOGC: '200' }],
    ['GOMEMLIMIT=100MiB', { GOMEMLIMIT: '100MiB' }],
  ];
  for (const [name, env] of envs) {
    test(`NextGC at start, ${name} (environment)`, () => {
      const want = memstats.environments[name]!.next_gc_at_start;
      assert.equal(new Runtime({ gomaxprocs: 1, env }).readMemStats().NextGC, want);
    });
  }
  for (const gogc of [50, 200]) {
    test(`NextGC at start, gogc option ${gogc}`, () => {
      const want = memstats.environments[`GOGC=${gogc}`]!.next_gc_at_start;
      assert.equal(new Runtime({ gomaxprocs: 1, env: {}, gogc }).readMemStats().NextGC, want);
    });
  }
  test('NextGC at start, gogc option 100 equals the default', () => {
    const want = memstats.environments.default!.next_gc_at_start;
    assert.equal(new Runtime({ gomaxprocs: 1, env: {}, gogc: 100 }).readMemStats().NextGC, want);
  });
});
