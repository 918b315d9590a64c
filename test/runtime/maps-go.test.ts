// Maps against Go 1.19 itself (scripts/fixtures-maps.sh).
//
// hashes.json: for maps of many key types, the bucket and tophash Go gave every
// key under its portable hash with a fixed hashkey and seed. typehash must give
// the same low bits (bucket) and top byte for each key — Go's hash, exactly.
//
// memstats.json: MemStats deltas around make, insert, update, delete, clear and
// range. Each pattern is replayed with map.ts on a fresh runtime (GOGC off), with
// the same hashkey and the same seed written into hash0 where the Go program
// wrote it, so overflow buckets appear exactly where Go's did; Mallocs, Frees,
// TotalAlloc, HeapAlloc, HeapObjects and every BySize count must equal Go's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { hashHi, setHashkey, typehash } from '../../src/runtime/alg.js';
import {
  hiterType,
  makemap,
  mapassign,
  mapclear,
  mapdelete,
  mapiterinit,
  mapiternext,
} from '../../src/runtime/map.js';
import type { MemStats } from '../../src/runtime/mstats.js';
import { Runtime } from '../../src/runtime/runtime.js';
import type { Type } from '../../src/runtime/type.js';

const fixtures = new URL('../../../test/fixtures/go1.19/maps/', import.meta.url);
const read = (f: string) => JSON.parse(readFileSync(new URL(f, fixtures), 'utf8'));

interface Delta {
  Mallocs: number;
  Frees: number;
  TotalAlloc: number;
  HeapAlloc: number;
  HeapObjects: number;
  BySize: Record<string, number>;
}

const memstats = read('memstats.json') as {
  hashkey: string[];
  seed: number;
  patterns: ({ name: string } & Delta)[];
};
const hashes = read('hashes.json') as {
  hashkey: string[];
  seed: number;
  hashes: { type: string; B: number; entries: [number, number, number][] }[];
};

/** scripts/go/maps/maps.go keyStr. */
function keyStr(i: number): string {
  return `k${i}${'x'.repeat(i % 70)}`;
}

function delta(a: MemStats, b: MemStats): Delta {
  const bySize: Record<string, number> = {};
  a.BySize.forEach((e, i) => {
    const d = e.Mallocs - b.BySize[i]!.Mallocs;
    if (d !== 0) bySize[String(e.Size)] = d;
  });
  return {
    Mallocs: a.Mallocs - b.Mallocs,
    Frees: a.Frees - b.Frees,
    TotalAlloc: a.TotalAlloc - b.TotalAlloc,
    HeapAlloc: a.HeapAlloc - b.HeapAlloc,
    HeapObjects: a.HeapObjects - b.HeapObjects,
    BySize: bySize,
  };
}

/** Writes Go's int v (two 32-bit halves, low first) at p. */
function setInt(rt: Runtime, p: number, v: number): void {
  const u32 = rt.heap.arena.u32;
  u32[p >>> 2] = v >>> 0;
  u32[(p + 4) >>> 2] = Math.floor(v / 4294967296);
}

describe('typehash is Go 1.19 hash64.go: every key in Go’s bucket with Go’s tophash', () => {
  setHashkey(hashes.hashkey.map(BigInt));
  const rt = new Runtime({ gomaxprocs: 1, env: {}, gogc: 'off' });
  const T = rt.types;
  const scope = rt.scope();
  const u8 = rt.heap.arena.u8;
  const f64 = rt.heap.arena.f64;
  const i32 = rt.heap.arena.i32;
  const strAt = (p: number, s: string) => {
    const b = rt.newString(s);
    rt.storePointer(p, b);
    setInt(rt, p + 8, Buffer.byteLength(s));
  };
  const s1 = T.struct('main.s1', { a: T.int32, s: T.string, f: T.float64 });
  const s2 = T.struct('main.s2', { a: T.int32, b: T.int32, c: T.int64 });
  const s3 = T.struct('main.s3', { a: T.int64, b: T.int8 });
  const i32x2 = T.array(T.int32, 2);
  // For each type: the key type and how maps.go builds key i at address p.
  const keys: Record<string, [Type, (p: number, i: number) => void]> = {
    int: [T.int, (p, i) => setInt(rt, p, i * 7919 - 5000)],
    string: [T.string, (p, i) => strAt(p, keyStr(i))],
    float64: [T.float64, (p, i) => (f64[p >>> 3] = i === 0 ? 0 : i * 0.37 - 3)],
    '[3]uint16': [
      T.array(T.uint16, 3),
      (p, i) => {
        const u16 = rt.heap.arena.u16;
        u16[p >>> 1] = i;
        u16[(p + 2) >>> 1] = 3 * i;
        u16[(p + 4) >>> 1] = 5 * i;
      },
    ],
    '[100]uint8': [
      T.array(T.uint8, 100),
      (p, i) =>
        u8.set(
          Array.from({ length: 100 }, (_, j) => i * j + 1),
          p,
        ),
    ],
    '[200]uint8': [
      T.array(T.uint8, 200),
      (p, i) => {
        u8.set([i & 255, (i >> 8) & 255, (i >> 16) & 255, (i >> 24) & 255], p);
        u8[p + 199] = (i * 7) & 255;
      },
    ],
    s1: [
      s1,
      (p, i) => {
        i32[p >>> 2] = i;
        strAt(p + 8, keyStr(i));
        f64[(p + 24) >>> 3] = i / 3;
      },
    ],
    s2: [
      s2,
      (p, i) => {
        i32[p >>> 2] = i;
        i32[(p + 4) >>> 2] = -i;
        setInt(rt, p + 8, i * 2 ** 40);
      },
    ],
    s3: [
      s3,
      (p, i) => {
        setInt(rt, p, i * 1000003);
        u8[p + 8] = i & 255;
      },
    ],
    complex128: [
      T.complex128,
      (p, i) => {
        f64[p >>> 3] = i;
        f64[(p + 8) >>> 3] = -i / 2;
      },
    ],
    'interface {}': [
      T.any,
      (p, i) => {
        const dyn = [T.int, T.string, T.float64, i32x2][i % 4]!;
        const d = rt.new(dyn);
        if (i % 4 === 0) setInt(rt, d, i);
        else if (i % 4 === 1) strAt(d, keyStr(i));
        else if (i % 4 === 2) f64[d >>> 3] = i + 0.5;
        else {
          i32[d >>> 2] = i;
          i32[(d + 4) >>> 2] = -i;
        }
        rt.heap.arena.u32[p >>> 2] = dyn.id + 1;
        rt.storePointer(p + 8, d);
      },
    ],
  };

  test('every recorded key type is replayed', () => {
    assert.deepEqual(hashes.hashes.map((h) => h.type).sort(), Object.keys(keys).sort());
  });
  for (const h of hashes.hashes) {
    test(h.type, () => {
      const [t, build] = keys[h.type]!;
      const p = rt.new(t);
      scope.handle(p);
      const mask = 2 ** h.B - 1;
      assert.equal(h.entries.length, 100);
      for (const [i, bucket, top] of h.entries) {
        build(p, i);
        const lo = typehash(rt, t, p, hashes.seed);
        let want = hashHi >>> 24;
        if (want < 5) want += 5;
        assert.deepEqual([i, lo & mask, want], [i, bucket, top]);
      }
    });
  }
});

describe('map allocations match Go 1.19 (MemStats deltas)', () => {
  for (const want of memstats.patterns) {
    const m = /^(.*)_(\d+)$/.exec(want.name)!;
    const name = m[1]!;
    const n = Number(m[2]);
    test(want.name, () => {
      setHashkey(memstats.hashkey.map(BigInt));
      const rt = new Runtime({ gomaxprocs: 1, env: {}, gogc: 'off' });
      const T = rt.types;
      const u32 = rt.heap.arena.u32;
      const u8 = rt.heap.arena.u8;
      const tT = T.struct('main.T', { a: T.int, b: T.int });
      const mInt = T.map(T.int, T.int);
      const mStr = T.map(T.string, T.int);
      const mPtr = T.map(T.int, T.ptr(tT));
      const big = T.array(T.uint8, 200);
      const mBig = T.map(big, T.int);
      const mE128 = T.map(T.int64, T.array(T.uint8, 128));
      const mE129 = T.map(T.int64, T.array(T.uint8, 129));
      // Package-level variables of the Go program, and the range loop's hiter
      // (a stack slot in Go: allocated here before anything is measured).
      const gm = rt.global('m');
      const gkeep = rt.global('keep');
      const gkey = rt.global('key');
      const git = rt.global('it');
      git.set(rt.new(hiterType(rt)));
      gkey.set(rt.new(big));
      const key = gkey.get();
      const it = git.get();
      const reseed = () => {
        u32[(gm.get() + 12) >>> 2] = memstats.seed;
      };
      const make = (t: Type, hint = 0, seed = true) => {
        gm.set(makemap(rt, t, hint));
        if (seed) reseed();
      };
      const put = (t: Type, i: number, v = i) => {
        setInt(rt, key, i);
        setInt(rt, mapassign(rt, t, gm.get(), key), v);
      };
      const fillInt = () => {
        make(mInt);
        for (let i = 0; i < n; i++) put(mInt, i);
      };
      const fillPtr = () => {
        gkeep.set(rt.newArray(tT, n));
        make(mPtr);
        for (let i = 0; i < n; i++) {
          setInt(rt, key, i);
          rt.storePointer(mapassign(rt, mPtr, gm.get(), key), gkeep.get() + 16 * i);
        }
      };
      const range = (t: Type) => {
        let count = 0;
        for (mapiterinit(rt, t, gm.get(), it); u32[it >>> 2] !== 0; mapiternext(rt, it)) count++;
        assert.equal(count, n);
      };
      const deleteAll = () => {
        for (let i = 0; i < n; i++) {
          setInt(rt, key, i);
          mapdelete(rt, mInt, gm.get(), key);
        }
      };
      const insertInts = () => {
        for (let i = 0; i < n; i++) put(mInt, i);
      };
      const patterns: Record<string, [(() => void) | null, () => void]> = {
        make_hint: [null, () => make(mInt, n, false)],
        insert_int: [null, fillInt],
        insert_int_hinted: [
          null,
          () => {
            make(mInt, n);
            insertInts();
          },
        ],
        insert_string: [
          () => {
            gkeep.set(rt.newArray(T.string, n));
            for (let i = 0; i < n; i++) {
              const s = keyStr(i);
              rt.storePointer(gkeep.get() + 16 * i, rt.newString(s));
              setInt(rt, gkeep.get() + 16 * i + 8, s.length);
            }
          },
          () => {
            make(mStr);
            for (let i = 0; i < n; i++) setInt(rt, mapassign(rt, mStr, gm.get(), gkeep.get() + 16 * i), i);
          },
        ],
        insert_ptr: [
          () => gkeep.set(rt.newArray(tT, n)),
          () => {
            make(mPtr);
            for (let i = 0; i < n; i++) {
              setInt(rt, key, i);
              rt.storePointer(mapassign(rt, mPtr, gm.get(), key), gkeep.get() + 16 * i);
            }
          },
        ],
        insert_big_key: [
          null,
          () => {
            make(mBig);
            for (let i = 0; i < n; i++) {
              u8.fill(0, key, key + 200);
              u8.set([i & 255, (i >> 8) & 255, (i >> 16) & 255, (i >> 24) & 255], key);
              u8[key + 199] = (i * 7) & 255;
              setInt(rt, mapassign(rt, mBig, gm.get(), key), i);
            }
          },
        ],
        insert_elem128: [
          null,
          () => {
            make(mE128);
            for (let i = 0; i < n; i++) {
              setInt(rt, key, i);
              u8[mapassign(rt, mE128, gm.get(), key)] = i & 255;
            }
          },
        ],
        insert_elem129: [
          null,
          () => {
            make(mE129);
            for (let i = 0; i < n; i++) {
              setInt(rt, key, i);
              u8[mapassign(rt, mE129, gm.get(), key)] = i & 255;
            }
          },
        ],
        update_int: [fillInt, () => Array.from({ length: n }, (_, i) => put(mInt, i, i + 1))],
        delete_int: [fillInt, deleteAll],
        reinsert_after_delete_int: [
          () => {
            fillInt();
            deleteAll();
            reseed();
          },
          insertInts,
        ],
        clear_int: [fillInt, () => mapclear(rt, mInt, gm.get())],
        reinsert_after_clear_int: [
          () => {
            fillInt();
            mapclear(rt, mInt, gm.get());
            reseed();
          },
          insertInts,
        ],
        range_int: [fillInt, () => range(mInt)],
        range_ptr: [fillPtr, () => range(mPtr)],
      };
      const p = patterns[name];
      assert.ok(p !== undefined, `no replay for ${name}`);
      const [prep, run] = p;
      if (prep !== null) prep();
      rt.GC();
      const before = rt.readMemStats();
      run();
      const after = rt.readMemStats();
      const { name: _, ...goDelta } = want;
      assert.deepEqual(delta(after, before), goDelta);
    });
  }
});
