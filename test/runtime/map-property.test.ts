// map.ts against a JavaScript Map, under every collector.
//
// Random programs of inserts, updates, deletes, lookups, bulk fills (growth),
// clears and iterations run on a map rooted by a global, with collections
// (rt.GC) and, for Go's collector, cycles begun and marked in small steps in
// between (gccheckmark verifies each mark). After every operation len(m) is the
// model's size; at the end every key reads back its value and an iteration
// yields exactly the model. Iterations interleave mutations between steps, as a
// range loop's body may, and must keep Go's promises: no key twice, every key
// present throughout produced once, a visited entry shows its current value,
// and entries deleted before they were reached are not produced (new entries
// may or may not be). Three maps cover the bucket kinds: noscan buckets
// (map[int]int, overflow buckets kept by hmap.extra), pointer buckets
// (map[string]*T) and indirect keys and elems (map[[136]uint8][132]uint8).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { CollectorKind } from '../../src/runtime/collector.js';
import {
  hiterType,
  makemap,
  mapaccess1,
  mapaccess2,
  mapassign,
  mapclear,
  mapdelete,
  mapiterinit,
  mapiternext,
  maplen,
} from '../../src/runtime/map.js';
import type { Global } from '../../src/runtime/roots.js';
import { Runtime } from '../../src/runtime/runtime.js';
import { readUTF8 } from '../../src/runtime/string.js';
import type { Type } from '../../src/runtime/type.js';

/** How one map type's keys and values are written and read (values are int32s). */
interface Shape {
  readonly name: string;
  map(rt: Runtime): Type;
  /** Writes key k into the rooted scratch key at p (may allocate). */
  writeKey(rt: Runtime, p: number, k: number): void;
  readKey(rt: Runtime, p: number): number;
  /** Stores v into the elem at e; `val` is a rooted global it may allocate into first. */
  prepare(rt: Runtime, val: Global, v: number): void;
  store(rt: Runtime, val: Global, e: number, v: number): void;
  readVal(rt: Runtime, e: number): number;
}

const shapes: Shape[] = [
  {
    name: 'map[int]int',
    map: (rt) => rt.types.map(rt.types.int, rt.types.int),
    writeKey: (rt, p, k) => {
      rt.heap.arena.i32[p >>> 2] = k;
      rt.heap.arena.i32[(p + 4) >>> 2] = k < 0 ? -1 : 0;
    },
    readKey: (rt, p) => rt.heap.arena.i32[p >>> 2]!,
    prepare: () => {},
    store: (rt, _val, e, v) => {
      rt.heap.arena.i32[e >>> 2] = v;
      rt.heap.arena.i32[(e + 4) >>> 2] = v < 0 ? -1 : 0;
    },
    readVal: (rt, e) => rt.heap.arena.i32[e >>> 2]!,
  },
  {
    name: 'map[string]*T',
    map: (rt) => rt.types.map(rt.types.string, rt.types.ptr(tType(rt))),
    writeKey: (rt, p, k) => {
      const s = `key-${k}`;
      rt.storePointer(p, rt.newString(s));
      rt.heap.arena.u32[(p + 8) >>> 2] = s.length;
    },
    readKey: (rt, p) => {
      const a = rt.heap.arena;
      return Number(readUTF8(a, a.u32[p >>> 2]!, a.u32[(p + 8) >>> 2]!).slice(4));
    },
    prepare: (rt, val, v) => {
      val.set(rt.new(tType(rt)));
      rt.heap.arena.i32[(val.get() + 8) >>> 2] = v;
    },
    store: (rt, val, e) => rt.storePointer(e, val.get()),
    readVal: (rt, e) => rt.heap.arena.i32[(rt.heap.arena.u32[e >>> 2] + 8) >>> 2]!,
  },
  {
    name: 'map[[136]uint8][132]uint8',
    map: (rt) => rt.types.map(rt.types.array(rt.types.uint8, 136), rt.types.array(rt.types.uint8, 132)),
    writeKey: (rt, p, k) => {
      rt.heap.arena.u8.fill(0, p, p + 136);
      rt.heap.arena.i32[(p + 64) >>> 2] = k;
      rt.heap.arena.u8[p + 135] = k & 255;
    },
    readKey: (rt, p) => rt.heap.arena.i32[(p + 64) >>> 2]!,
    prepare: () => {},
    store: (rt, _val, e, v) => {
      rt.heap.arena.i32[(e + 128) >>> 2] = v;
    },
    readVal: (rt, e) => rt.heap.arena.i32[(e + 128) >>> 2]!,
  },
];

/** type T struct { p *T; v int } */
function tType(rt: Runtime): Type {
  return (
    rt.types.lookup('main.T') ??
    rt.types.struct('main.T', (self) => ({ p: rt.types.ptr(self), v: rt.types.int }))
  );
}

type Mut =
  | { op: 'add'; v: number }
  | { op: 'del'; k: number }
  | { op: 'upd'; k: number; v: number }
  | { op: 'step'; budget: number }
  | { op: 'gc' };

type Op =
  | { op: 'set'; k: number; v: number }
  | { op: 'del'; k: number }
  | { op: 'get'; k: number }
  | { op: 'fill'; from: number; n: number }
  | { op: 'iter'; muts: Mut[][] }
  | { op: 'clear' }
  | { op: 'gc' }
  | { op: 'begin' }
  | { op: 'step'; budget: number };

const key = fc.integer({ min: 0, max: 400 });
const val = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const mut: fc.Arbitrary<Mut> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('add' as const), v: val }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('del' as const), k: key }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('upd' as const), k: key, v: val }), weight: 2 },
  {
    arbitrary: fc.record({ op: fc.constant('step' as const), budget: fc.integer({ min: 64, max: 4096 }) }),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant('gc' as const) }), weight: 1 },
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('set' as const), k: key, v: val }), weight: 12 },
  { arbitrary: fc.record({ op: fc.constant('del' as const), k: key }), weight: 6 },
  { arbitrary: fc.record({ op: fc.constant('get' as const), k: key }), weight: 4 },
  {
    arbitrary: fc.record({
      op: fc.constant('fill' as const),
      from: key,
      n: fc.integer({ min: 1, max: 150 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('iter' as const),
      muts: fc.array(fc.array(mut, { maxLength: 4 }), { maxLength: 60 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constant('clear' as const) }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('gc' as const) }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('begin' as const) }), weight: 1 },
  {
    arbitrary: fc.record({ op: fc.constant('step' as const), budget: fc.integer({ min: 64, max: 8192 }) }),
    weight: 2,
  },
);

function run(shape: Shape, collector: CollectorKind, ops: Op[]): void {
  const rt = new Runtime({ gomaxprocs: 1, env: {}, collector, gccheckmark: true, arenaBytes: 256 << 20 });
  const t = shape.map(rt);
  const u32 = rt.heap.arena.u32;
  const m = rt.global('m');
  const k = rt.global('key');
  const v = rt.global('val');
  const it = rt.global('it');
  m.set(makemap(rt, t, 0));
  k.set(rt.new(t.key!));
  it.set(rt.new(hiterType(rt)));
  const model = new Map<number, number>();
  let fresh = 100_000;

  const set = (key: number, value: number) => {
    shape.prepare(rt, v, value);
    shape.writeKey(rt, k.get(), key);
    shape.store(rt, v, mapassign(rt, t, m.get(), k.get()), value);
    model.set(key, value);
  };
  const del = (key: number) => {
    shape.writeKey(rt, k.get(), key);
    mapdelete(rt, t, m.get(), k.get());
    model.delete(key);
  };
  const get = (key: number): number | undefined => {
    shape.writeKey(rt, k.get(), key);
    const e = mapaccess2(rt, t, m.get(), k.get());
    return e === 0 ? undefined : shape.readVal(rt, e);
  };
  const step = (budget: number) => {
    if (collector === 'go') rt.gc.step(budget);
  };
  const iterate = (muts: Mut[][]) => {
    const itp = it.get();
    const present = new Set(model.keys());
    const seen = new Set<number>();
    let n = 0;
    for (mapiterinit(rt, t, m.get(), itp); u32[itp >>> 2] !== 0; mapiternext(rt, itp)) {
      const key = shape.readKey(rt, u32[itp >>> 2]!);
      assert.ok(!seen.has(key), `key ${key} produced twice`);
      seen.add(key);
      assert.ok(model.has(key), `key ${key} produced but not in the map`);
      assert.equal(shape.readVal(rt, u32[(itp + 8) >>> 2]!), model.get(key), `value of ${key}`);
      for (const x of muts[n++] ?? []) {
        if (x.op === 'add') set(fresh++, x.v);
        else if (x.op === 'del') {
          del(x.k);
          present.delete(x.k);
        } else if (x.op === 'upd') {
          if (model.has(x.k)) set(x.k, x.v);
        } else if (x.op === 'step') step(x.budget);
        else rt.GC();
      }
    }
    for (const key of present) assert.ok(seen.has(key), `key ${key} present throughout but not produced`);
  };

  for (const o of ops) {
    switch (o.op) {
      case 'set':
        set(o.k, o.v);
        break;
      case 'del':
        del(o.k);
        break;
      case 'get':
        assert.equal(get(o.k), model.get(o.k));
        break;
      case 'fill':
        for (let i = 0; i < o.n; i++) set(o.from + i, o.from - i);
        break;
      case 'iter':
        iterate(o.muts);
        break;
      case 'clear':
        mapclear(rt, t, m.get());
        model.clear();
        break;
      case 'gc':
        rt.GC();
        break;
      case 'begin':
        if (collector === 'go') rt.gc.begin();
        break;
      case 'step':
        step(o.budget);
        break;
    }
    assert.equal(maplen(rt, m.get()), model.size);
  }
  rt.GC();
  for (const [key, value] of model) assert.equal(get(key), value, `m[${key}]`);
  shape.writeKey(rt, k.get(), -1);
  assert.equal(shape.readVal(rt, mapaccess1(rt, t, m.get(), k.get())), 0, 'missing key reads zero');
  const all = new Map<number, number>();
  const itp = it.get();
  for (mapiterinit(rt, t, m.get(), itp); u32[itp >>> 2] !== 0; mapiternext(rt, itp)) {
    all.set(shape.readKey(rt, u32[itp >>> 2]!), shape.readVal(rt, u32[(itp + 8) >>> 2]!));
  }
  assert.deepEqual(all, model);
}

describe('maps behave as a JavaScript Map, through growth, iteration and collection', () => {
  for (const collector of ['go', 'stw', 'refcount'] as const) {
    for (const shape of shapes) {
      test(`${shape.name}, ${collector} collector`, () => {
        fc.assert(
          fc.property(fc.array(op, { minLength: 1, maxLength: 120 }), (ops) => run(shape, collector, ops)),
          { numRuns: collector === 'go' ? 60 : 20 },
        );
      });
    }
  }
});
