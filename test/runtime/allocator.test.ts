// The allocator's rules, through Runtime, against Go 1.19: which size class and
// slot size an object of each size gets (GO-FACTS.md's checked facts and roundupsize
// for any size), how many objects a span holds and that they are packed in address
// order, the tiny allocator's 8/4/2 alignment and block-replacement rule (and its
// placements against Go 1.19's own, test/fixtures/go1.19/runtime/tiny.json) and its
// MemStats accounting, address-ordered first fit for spans, heap growth in whole
// chunks, zeroing of memory that held data before (needzero), append's capacities
// (growsliceCap) against the capacities Go 1.19 itself gave
// (test/fixtures/go1.19/runtime/growslice.json, written by
// scripts/fixtures-runtime.sh), the panics of makeslice and growslice, and out of
// memory: Go's fatal report, and a heap that is exactly as it was and still
// allocates.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { FatalError, RuntimeError } from '../../src/runtime/panic.js';
import { Runtime } from '../../src/runtime/runtime.js';
import {
  class_to_nelems,
  class_to_npages,
  class_to_size,
  roundupsize,
} from '../../src/runtime/sizeclasses.js';
import { growsliceCap } from '../../src/runtime/slice.js';
import { firstNonZero, scribble, thrown } from './support/heap.js';

const page = 8192;
const fixtures = new URL('../../../test/fixtures/go1.19/runtime/', import.meta.url);
const growFixture = JSON.parse(readFileSync(new URL('growslice.json', fixtures), 'utf8')) as {
  elem: string;
  elem_size: number;
  one_at_a_time: number[];
  bulk: { old_cap: number; add: number; new_cap: number }[];
}[];

/**
 * A runtime with the collector off, as in the Go programs behind the fixtures:
 * objects here have no roots, and must stay allocated.
 */
function fresh(opts: ConstructorParameters<typeof Runtime>[0] = {}): Runtime {
  return new Runtime({ gomaxprocs: 1, env: {}, gogc: 'off', ...opts });
}

describe('size classes through the runtime', () => {
  const rt = fresh();
  const t = rt.types;
  const cases: [number, number, number][] = [
    // [bytes, slot size, size class]: GO-FACTS.md, verified with Go 1.19.8
    [16, 16, 2],
    [17, 24, 3],
    [25, 32, 4],
    [33, 48, 5],
    [100, 112, 9],
    [1025, 1152, 33],
    [9000, 9472, 52],
    [32768, 32768, 67],
    [32769, 40960, 0],
  ];
  for (const [n, size, sizeclass] of cases) {
    test(`new([${n}]byte) gets a ${size}-byte slot of class ${sizeclass}`, () => {
      const p = rt.new(t.array(t.byte, n));
      const info = rt.objectInfo(p);
      assert.equal(info.size, size);
      assert.equal(info.sizeclass, sizeclass);
      assert.equal(info.base, p);
      assert.equal(info.noscan, true);
    });
  }

  test('an 8-byte pointer is class 1, scan; 9..15 noscan bytes go to a 16-byte tiny block', () => {
    const p = rt.new(t.ptr(t.int));
    assert.deepEqual(rt.objectInfo(p), { size: 8, sizeclass: 1, noscan: false, base: p });
    for (let n = 1; n < 16; n++) {
      const q = rt.new(t.array(t.byte, n));
      const info = rt.objectInfo(q);
      assert.equal(info.size, 16);
      assert.equal(info.sizeclass, 2);
      assert.ok(q >= info.base && q + n <= info.base + 16);
    }
  });

  test('32769 bytes is a large object of 5 whole pages', () => {
    const p = rt.new(t.array(t.byte, 32769));
    assert.equal(p % page, 0);
    const s = rt.heap.spanOf(p)!;
    assert.equal(s.npages, 5);
    assert.equal(rt.objectInfo(p + 32768).base, p);
    assert.throws(() => rt.objectInfo(p + 32769), TypeError);
  });

  test('for any size, the slot is roundupsize(size) and holds the object', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 140000 }), fc.boolean(), (n, scan) => {
        const typ = scan ? t.array(t.ptr(t.int), Math.ceil(n / 8)) : t.array(t.byte, n);
        const p = rt.new(typ);
        const info = rt.objectInfo(p);
        assert.equal(info.size, roundupsize(typ.size));
        assert.equal(info.noscan, !scan);
        assert.equal(info.base, p);
        assert.equal(rt.objectInfo(p + typ.size - 1).base, p);
      }),
      { numRuns: 150 },
    );
  });
});

describe('spans', () => {
  test('1024 8-byte scan objects fill exactly one class-1 span, in address order', () => {
    const rt = fresh();
    const ptr = rt.types.ptr(rt.types.int);
    assert.equal(class_to_nelems[1], 1024);
    const first = rt.new(ptr);
    const span = rt.heap.spanOf(first)!;
    assert.equal(first, span.startAddr);
    for (let i = 1; i < 1024; i++) {
      const p = rt.new(ptr);
      assert.equal(p, first + 8 * i);
      assert.equal(rt.heap.spanOf(p), span);
      assert.deepEqual(rt.objectInfo(p), { size: 8, sizeclass: 1, noscan: false, base: p });
    }
    const next = rt.new(ptr);
    assert.notEqual(rt.heap.spanOf(next), span);
    assert.ok(next < span.startAddr || next >= span.startAddr + page);
  });

  test('after readMemStats gives the span back, allocation continues where it stopped', () => {
    const rt = fresh();
    const typ = rt.types.array(rt.types.byte, 100);
    const first = rt.new(typ);
    for (let i = 1; i < 10; i++) rt.new(typ);
    rt.readMemStats();
    assert.equal(rt.new(typ), first + 10 * 112);
  });

  test('each P allocates from its own span; given back, spans are reused first come first served', () => {
    const rt = fresh({ gomaxprocs: 2 });
    const typ = rt.types.array(rt.types.byte, 100);
    const [p0, p1] = rt.allp;
    rt.p = p0!;
    const a = rt.new(typ);
    rt.p = p1!;
    const b = rt.new(typ);
    assert.equal(b, a + page, 'the second P takes the next span, right after the first');
    rt.p = p0!;
    assert.equal(rt.new(typ), a + 112);
    rt.p = p1!;
    assert.equal(rt.new(typ), b + 112);
    rt.readMemStats();
    rt.p = p1!;
    assert.equal(rt.new(typ), a + 2 * 112);
    rt.p = p0!;
    assert.equal(rt.new(typ), b + 2 * 112);
  });

  test('class 35 (1408 B) uses 2 pages for 11 objects', () => {
    const rt = fresh();
    const typ = rt.types.array(rt.types.byte, 1408);
    assert.equal(class_to_size[35], 1408);
    assert.equal(class_to_npages[35], 2);
    const ps = Array.from({ length: 12 }, () => rt.new(typ));
    const span = rt.heap.spanOf(ps[0])!;
    assert.equal(span.npages, 2);
    for (let i = 0; i < 11; i++) assert.equal(ps[i], span.startAddr + 1408 * i);
    assert.notEqual(rt.heap.spanOf(ps[11]!), span);
  });

  test('the first span goes right after the nil page; spans are placed at the lowest free pages', () => {
    const rt = fresh();
    const h = rt.heap;
    const a = h.allocSpan(3, 0, 3 * page, 1, 0);
    const x = h.allocSpan(1, 0, page, 1, 0);
    const b = h.allocSpan(2, 0, 2 * page, 1, 0);
    const c = h.allocSpan(4, 0, 4 * page, 1, 0);
    const d = h.allocSpan(1, 0, page, 1, 0);
    assert.equal(a.startAddr, page);
    assert.equal(x.startAddr, a.end);
    assert.equal(b.startAddr, x.end);
    assert.equal(c.startAddr, b.end);
    assert.equal(d.startAddr, c.end);
    const aBase = a.startAddr;
    const bBase = b.startAddr;
    h.freeSpan(b);
    h.freeSpan(c); // with b: a hole of 6 pages at bBase, between x and d
    h.freeSpan(a); // a hole of 3 pages at aBase, below x
    // A 5-page large object does not fit the 3-page hole: the lowest fit is at bBase.
    const big = rt.new(rt.types.array(rt.types.byte, 5 * page - 100));
    assert.equal(big, bBase);
    // A 1-page span (class 51, one 8192-byte object) fits the lowest hole.
    const one = rt.new(rt.types.array(rt.types.byte, 8192));
    assert.equal(one, aBase);
    // The 3-page hole has 2 pages left, the 6-page hole 1 page.
    const two = h.allocSpan(2, 0, 2 * page, 1, 0);
    assert.equal(two.startAddr, aBase + page);
    const last = h.allocSpan(1, 0, page, 1, 0);
    assert.equal(last.startAddr, bBase + 5 * page);
    // Nothing is free below the top now: the next span goes right after d.
    const top = h.allocSpan(1, 0, page, 1, 0);
    assert.equal(top.startAddr, d.end);
  });
});

describe('type ids', () => {
  test('each object records its type’s id, up to the last id a span can hold', () => {
    const rt = fresh({ arenaBytes: 64 << 20 });
    const t = rt.types;
    let last = t.int;
    let err: unknown = null;
    let failed = '';
    for (let i = 0; err === null && i < 70000; i++) {
      try {
        last = t.struct(`T${i}`, { p: t.ptr(t.int), n: t.int });
      } catch (e) {
        err = e;
        failed = `T${i}`;
      }
    }
    // Either every type can be recorded, or registering past the limit fails.
    if (err !== null) {
      assert.ok(err instanceof RangeError, String(err));
      assert.match(err.message, /^gomem: /);
      // The failed declaration left nothing behind: declaring it again fails the same way.
      const count = t.count;
      assert.throws(() => t.struct(failed, { n: t.int }), RangeError);
      assert.equal(t.count, count);
    }
    const p = rt.new(last);
    const s = rt.heap.spanOf(p)!;
    assert.equal(s.typeIdOf(s.objIndex(p)), last.id);
    assert.equal(t.get(s.typeIdOf(s.objIndex(p))), last);
  });
});

describe('heap growth', () => {
  test('the heap grows in whole 4 MiB chunks, and a run may straddle the old top', () => {
    const rt = fresh({ arenaBytes: 64 << 20 });
    const big = rt.types.array(rt.types.byte, 3 << 20); // 384 pages
    const a = rt.new(big);
    assert.equal(a, page);
    assert.equal(rt.readMemStats().HeapSys + page, 4 << 20);
    // 127 pages are left at the top of the first chunk: the next 384 pages start
    // there and run into the chunk the heap grows by.
    const b = rt.new(big);
    assert.equal(b, a + (3 << 20));
    const ms = rt.readMemStats();
    assert.equal(ms.HeapSys + page, 8 << 20);
    assert.equal(ms.HeapInuse, 2 * (3 << 20));
    assert.equal(firstNonZero(rt, b, 3 << 20), -1);
    // 9 MiB needs 3 chunks more: the free 2 MiB at the top is not enough, but it is used.
    const c = rt.new(rt.types.array(rt.types.byte, 9 << 20));
    assert.equal(c, b + (3 << 20));
    assert.equal(rt.readMemStats().HeapSys + page, (8 + 12) << 20);
  });
});

describe('zeroing (needzero)', () => {
  /** A span's worth of pages that held data: allocated, scribbled on, freed. */
  function dirtyPages(rt: Runtime, npages: number): number {
    const s = rt.heap.allocSpan(npages, 0, npages * page, 1, 0);
    scribble(rt, s.startAddr, npages * page);
    const base = s.startAddr;
    rt.heap.freeSpan(s);
    return base;
  }

  test('small noscan objects in reused pages read zero', () => {
    const rt = fresh();
    const base = dirtyPages(rt, 1);
    const typ = rt.types.array(rt.types.byte, 100);
    for (let i = 0; i < class_to_nelems[9]!; i++) {
      const p = rt.new(typ);
      assert.equal(p, base + 112 * i);
      assert.equal(firstNonZero(rt, p, 112), -1);
    }
  });

  test('small scan objects in reused pages read zero and get their pointer bits', () => {
    const rt = fresh();
    const t = rt.types;
    const base = dirtyPages(rt, 1);
    const T = t.struct('T', { a: t.int, p: t.ptr(t.int), b: t.int, q: t.string, c: t.float64 });
    assert.equal(T.size, 48);
    for (let i = 0; i < 8192 / 48 - 1; i++) {
      const p = rt.new(T);
      assert.equal(p, base + 48 * i);
      assert.equal(firstNonZero(rt, p, 48), -1);
      assert.deepEqual(
        [0, 1, 2, 3, 4, 5].map((w) => rt.heap.heapBits.isPointer(p + 8 * w)),
        [false, true, false, true, false, false],
      );
    }
  });

  test('a large object in reused pages reads zero', () => {
    const rt = fresh();
    const base = dirtyPages(rt, 5);
    const p = rt.new(rt.types.array(rt.types.byte, 40000));
    assert.equal(p, base);
    assert.equal(firstNonZero(rt, p, 40960), -1);
  });

  test('tiny blocks in reused pages read zero', () => {
    const rt = fresh();
    const base = dirtyPages(rt, 1);
    for (let i = 0; i < 600; i++) {
      const p = rt.new(rt.types.array(rt.types.byte, 1 + (i % 15)));
      assert.ok(p >= base && p < base + page);
      assert.equal(firstNonZero(rt, p, 1 + (i % 15)), -1);
    }
  });

  test('makeslice and growslice in reused pages: zero, and the old elements copied', () => {
    const rt = fresh();
    const t = rt.types;
    dirtyPages(rt, 4);
    const s = rt.makeslice(t.byte, 20, 24);
    assert.equal(firstNonZero(rt, s, 24), -1);
    scribble(rt, s, 24);
    const old = Array.from(rt.heap.arena.u8.subarray(s, s + 24));
    const newcap = growsliceCap(1, 24, 25);
    const g = rt.growslice(t.byte, s, 24, 24, 25);
    assert.equal(rt.objectInfo(g).size, newcap);
    assert.deepEqual(Array.from(rt.heap.arena.u8.subarray(g, g + 24)), old);
    assert.equal(firstNonZero(rt, g + 25, newcap - 25), -1);
    const ps = rt.makeslice(t.ptr(t.int), 3, 3);
    const gp = rt.growslice(t.ptr(t.int), ps, 3, 3, 4);
    assert.equal(firstNonZero(rt, gp, 8 * growsliceCap(8, 3, 4)), -1);
    for (let w = 0; w < growsliceCap(8, 3, 4); w++) assert.ok(rt.heap.heapBits.isPointer(gp + 8 * w));
  });
});

describe('tiny allocator', () => {
  test('100 one-byte noscan objects: Mallocs +100, Frees +93, TotalAlloc +112', () => {
    const rt = fresh();
    const before = rt.readMemStats();
    for (let i = 0; i < 100; i++) rt.new(rt.types.int8);
    const after = rt.readMemStats();
    assert.equal(after.Mallocs - before.Mallocs, 100);
    assert.equal(after.Frees - before.Frees, 93);
    assert.equal(after.TotalAlloc - before.TotalAlloc, 112);
    assert.equal(after.HeapObjects - before.HeapObjects, 7);
  });

  /** Allocates [n]byte objects of the given sizes from an empty tiny block; returns [block, offset] of each. */
  function place(sizes: number[]): [number, number][] {
    const rt = fresh();
    rt.readMemStats();
    return sizes.map((n) => {
      const p = rt.new(
        n === 2 ? rt.types.int16 : n === 4 ? rt.types.int32 : rt.types.array(rt.types.byte, n),
      );
      const base = rt.objectInfo(p).base;
      return [base, p - base];
    });
  }

  test('offsets align to 8, 4 or 2 by the size’s low bits; odd sizes are not aligned', () => {
    const got = place([1, 2, 3, 4, 2, 1, 1]);
    assert.deepEqual(
      got.map(([, off]) => off),
      [0, 2, 4, 8, 12, 14, 15],
    );
    assert.equal(new Set(got.map(([b]) => b)).size, 1);
    const eight = place([1, 8]);
    assert.deepEqual(
      eight.map(([, off]) => off),
      [0, 8],
    );
    assert.equal(eight[0]![0], eight[1]![0]);
    const six = place([3, 6, 5]);
    assert.deepEqual(
      six.map(([, off]) => off),
      [0, 4, 10],
    );
  });

  test('an object that does not fit starts a new block, which replaces the old one only if it leaves more room', () => {
    // [12]byte ends at 12; [8]byte would end at 24: new block; 8 < 12, so the new block becomes current.
    const a = place([12, 8, 4]);
    assert.notEqual(a[1]![0], a[0]![0]);
    assert.deepEqual(a[1], [a[1]![0], 0]);
    assert.deepEqual(a[2], [a[1]![0], 8]);
    // [4]byte ends at 4; [14]byte does not fit: new block; 14 > 4, so the old block stays current.
    const b = place([4, 14, 2]);
    assert.notEqual(b[1]![0], b[0]![0]);
    assert.deepEqual(b[2], [b[0]![0], 4]);
    // 11-byte objects never share a block (the string concatenation pattern).
    const c = place([11, 11, 11]);
    assert.equal(new Set(c.map(([blk]) => blk)).size, 3);
    // A full block (exactly 16 bytes used) is replaced by the next block.
    const d = place([8, 8, 1, 1]);
    assert.equal(d[0]![0], d[1]![0]);
    assert.notEqual(d[2]![0], d[0]![0]);
    assert.deepEqual(d[3], [d[2]![0], 1]);
  });

  const tinyFixture = JSON.parse(readFileSync(new URL('tiny.json', fixtures), 'utf8')) as {
    name: string;
    placed: { size: number; block: number; offset: number }[];
  }[];
  for (const seq of tinyFixture) {
    test(`placement as Go 1.19 places it: ${seq.name} (${seq.placed.length} objects)`, () => {
      const rt = fresh();
      rt.readMemStats();
      const blocks = new Map<number, number>();
      const got = seq.placed.map(({ size }) => {
        const p = rt.new(rt.types.array(rt.types.byte, size));
        const base = rt.objectInfo(p).base;
        assert.equal(base % 16, 0);
        if (!blocks.has(base)) blocks.set(base, blocks.size);
        return { size, block: blocks.get(base)!, offset: p - base };
      });
      assert.deepEqual(got, seq.placed);
    });
  }

  test('readMemStats ends the current tiny block', () => {
    const rt = fresh();
    const p = rt.new(rt.types.int8);
    rt.readMemStats();
    const q = rt.new(rt.types.int8);
    assert.notEqual(rt.objectInfo(q).base, rt.objectInfo(p).base);
  });
});

describe('growslice capacities match Go 1.19', () => {
  assert.ok(growFixture.length >= 5);
  for (const series of growFixture) {
    test(`append one at a time to []${series.elem} (${series.elem_size} B)`, () => {
      const caps: number[] = [];
      let cap = 0;
      for (let len = 0; len < 5000; len++) {
        if (len + 1 > cap) {
          cap = growsliceCap(series.elem_size, cap, len + 1);
          caps.push(cap);
        }
      }
      assert.deepEqual(caps, series.one_at_a_time);
    });
    test(`append many at once to []${series.elem}`, () => {
      assert.ok(series.bulk.length > 0);
      for (const { old_cap, add, new_cap } of series.bulk) {
        assert.equal(
          growsliceCap(series.elem_size, old_cap, old_cap + add),
          new_cap,
          `cap ${old_cap} + ${add}`,
        );
      }
    });
  }

  test('Runtime.growslice gives the slot that holds exactly that capacity', () => {
    const rt = fresh();
    const t = rt.types;
    const elems = [t.byte, t.int, t.array(t.int, 3), t.string, t.array(t.byte, 100)];
    for (const elem of elems) {
      let p = rt.makeslice(elem, 0, 0);
      let cap = 0;
      for (let len = 0; len < 2000; len++) {
        if (len + 1 > cap) {
          const want = growsliceCap(elem.size, cap, len + 1);
          p = rt.growslice(elem, p, len, cap, len + 1);
          cap = want;
          const info = rt.objectInfo(p);
          if (elem.noscan && cap * elem.size < 16) {
            // Tiny: the backing array shares a 16-byte block.
            assert.equal(info.size, 16);
            assert.ok(p + cap * elem.size <= info.base + 16);
          } else {
            assert.equal(info.base, p);
            assert.equal(Math.floor(info.size / elem.size), cap, `${elem.name} at len ${len}`);
          }
        }
      }
    }
  });
});

describe('growslice panics', () => {
  const cases: [string, number, number, number][] = [
    ['needed below the old capacity', 8, 10, 5],
    ['more bytes than maxAlloc', 8, 0, 2 ** 46],
    ['more bytes than maxAlloc, 1-byte elements', 1, 16, 2 ** 49],
    ['a byte count past 2^53', 1, 0, 2 ** 60],
    ['a 24-byte element count past 2^53 bytes', 24, 100, 2 ** 50],
  ];
  for (const [what, size, cap, needed] of cases) {
    test(`${what}: runtime error: growslice: cap out of range, heap unchanged`, () => {
      const rt = fresh();
      const t = rt.types;
      const elem = size === 1 ? t.byte : size === 8 ? t.ptr(t.int) : t.array(t.int, 3);
      const old = rt.makeslice(elem, cap, cap);
      const e1 = thrown(() => growsliceCap(size, cap, needed));
      assert.ok(e1 instanceof RuntimeError, String(e1));
      assert.equal(e1.message, 'runtime error: growslice: cap out of range');
      const before = rt.readMemStats();
      const e2 = thrown(() => rt.growslice(elem, old, cap, cap, needed));
      assert.ok(e2 instanceof RuntimeError, String(e2));
      assert.deepEqual(rt.readMemStats(), before);
    });
  }
});

describe('newArray', () => {
  test('n elements in one object, with the pointer mask repeated', () => {
    const rt = fresh();
    const t = rt.types;
    const E = t.struct('E', { a: t.int, p: t.ptr(t.int), b: t.int8 });
    const p = rt.newArray(E, 7);
    const info = rt.objectInfo(p);
    assert.equal(info.size, roundupsize(7 * 24));
    for (let w = 0; w < info.size / 8; w++) {
      assert.equal(rt.heap.heapBits.isPointer(p + 8 * w), w < 21 && w % 3 === 1, `word ${w}`);
    }
    assert.equal(rt.newArray(E, 0), rt.makeslice(E, 0, 0));
  });
});

describe('makeslice', () => {
  test('make([]byte, 0) is zerobase and allocates nothing', () => {
    const rt = fresh();
    const before = rt.readMemStats();
    const a = rt.makeslice(rt.types.byte, 0, 0);
    const b = rt.makeslice(rt.types.ptr(rt.types.int), 0, 0);
    assert.equal(a, b);
    assert.doesNotThrow(() => rt.checkPointer(a));
    assert.deepEqual(rt.readMemStats(), before);
  });

  const cases: [string, number, number, number, 'len' | 'cap'][] = [
    ['len < 0', 1, -1, 10, 'len'],
    ['len > cap', 1, 11, 10, 'cap'],
    ['cap < 0', 8, 0, -1, 'cap'],
    ['cap too large', 8, 1, 2 ** 46, 'cap'],
    ['len too large', 8, 2 ** 46, 2 ** 46, 'len'],
    ['len not an integer', 1, 1.5, 10, 'len'],
    ['cap beyond 2^53', 1, 0, 2 ** 60, 'cap'],
  ];
  for (const [what, size, len, cap, which] of cases) {
    test(`${what}: runtime error: makeslice: ${which} out of range, heap unchanged`, () => {
      const rt = fresh();
      const elem = size === 1 ? rt.types.byte : rt.types.int;
      rt.new(rt.types.int8);
      const before = rt.readMemStats();
      const e = thrown(() => rt.makeslice(elem, len, cap));
      assert.ok(e instanceof RuntimeError);
      assert.equal((e as Error).message, `runtime error: makeslice: ${which} out of range`);
      assert.deepEqual(rt.readMemStats(), before);
    });
  }
});

describe('out of memory', () => {
  const oom =
    /^runtime: out of memory: cannot allocate (\d+)-byte block \((\d+) in use\)\nfatal error: out of memory$/;

  test('a large object past the reservation: Go’s report, heap unchanged, still allocates', () => {
    const rt = fresh({ arenaBytes: 8 << 20 });
    rt.new(rt.types.array(rt.types.byte, 1 << 20));
    const before = rt.readMemStats();
    const e = thrown(() => rt.new(rt.types.array(rt.types.byte, 8 << 20)));
    assert.ok(e instanceof FatalError, String(e));
    const m = oom.exec(e.report());
    assert.ok(m !== null, e.report());
    assert.ok(Number(m[1]) >= 8 << 20);
    assert.equal(Number(m[2]), before.HeapSys);
    assert.deepEqual(rt.readMemStats(), before);
    const p = rt.new(rt.types.array(rt.types.byte, 2 << 20));
    assert.equal(firstNonZero(rt, p, 2 << 20), -1);
    assert.equal(rt.readMemStats().Mallocs, before.Mallocs + 1);
  });

  test('small objects until the heap is full: every failed refill leaves the counts exact', () => {
    const rt = fresh({ arenaBytes: 8 << 20 });
    const t = rt.types;
    const start = rt.readMemStats();
    let n = 0;
    let failures = 0;
    for (const size of [8192, 4096, 1024, 24, 8]) {
      const typ =
        size === 24 ? t.struct('S24', { a: t.ptr(t.int), b: t.int, c: t.int }) : t.array(t.byte, size);
      for (let i = 0; ; i++) {
        assert.ok(i <= (8 << 20) / size, `${i} objects of ${size} B and the 8 MiB heap is not full`);
        try {
          rt.new(typ);
          n++;
        } catch (e) {
          assert.ok(e instanceof FatalError, String(e));
          assert.match(e.report(), oom);
          failures++;
          break;
        }
      }
      // A second attempt fails the same way and changes nothing.
      assert.throws(() => rt.new(typ), FatalError);
      const ms = rt.readMemStats();
      assert.equal(ms.Mallocs - start.Mallocs, n);
      assert.equal(ms.HeapObjects - start.HeapObjects, n);
      assert.equal(ms.HeapInuse + ms.HeapIdle, ms.HeapSys);
      // The whole reservation is mapped; its first page, the nil page, counts in OtherSys.
      assert.equal(ms.HeapSys + ms.OtherSys, 8 << 20);
    }
    assert.equal(failures, 5);
    // Every span of every class appears once in its mcentral.
    const seen = new Set<unknown>();
    for (const c of rt.heap.central) {
      for (const set of [...c.partial, ...c.full]) {
        const items = (set as unknown as { items: unknown[]; head: number }).items;
        for (const s of items.slice((set as unknown as { head: number }).head)) {
          assert.ok(!seen.has(s), 'a span is listed twice');
          seen.add(s);
        }
      }
    }
  });
});
