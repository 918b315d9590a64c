// Go's rules for == and for maps that a model cannot show: float keys (+0 and
// -0 are one key, NaN never equals itself), interface keys and uncomparable
// dynamic types (Go's panic texts), nil maps, the hashWriting checks behind
// "concurrent map writes", and a map built in memory the caller provides (the
// compiler's stack hmap and first bucket).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ifaceEqual, typeequal, typehash } from '../../src/runtime/alg.js';
import {
  bucketType,
  hiterType,
  hmapType,
  makemap,
  mapaccess1,
  mapaccess2,
  mapassign,
  mapdelete,
  mapiterinit,
  mapiternext,
  maplen,
} from '../../src/runtime/map.js';
import { FatalError, RuntimeError } from '../../src/runtime/panic.js';
import { Runtime } from '../../src/runtime/runtime.js';
import type { Type } from '../../src/runtime/type.js';
import { thrown } from './support/heap.js';

function setup() {
  const rt = new Runtime({ gomaxprocs: 1, env: {}, gogc: 'off', arenaBytes: 64 << 20 });
  const scope = rt.scope();
  const keep = (p: number) => {
    scope.handle(p);
    return p;
  };
  return { rt, T: rt.types, a: rt.heap.arena, keep };
}

/** An interface value holding a fresh heap copy of a dyn value written by fill. */
function iface(rt: Runtime, keep: (p: number) => number, dyn: Type, fill: (p: number) => void): number {
  const i = keep(rt.new(rt.types.any));
  const d = rt.new(dyn);
  fill(d);
  rt.heap.arena.u32[i >>> 2] = dyn.id + 1;
  rt.storePointer(i + 8, d);
  return i;
}

describe('typeequal and typehash follow Go', () => {
  test('+0 == -0 with one hash; NaN != NaN, and NaNs hash at random', () => {
    const { rt, T, a, keep } = setup();
    const x = keep(rt.new(T.float64));
    const y = keep(rt.new(T.float64));
    a.f64[x >>> 3] = 0;
    a.f64[y >>> 3] = -0;
    assert.ok(typeequal(rt, T.float64, x, y));
    assert.equal(typehash(rt, T.float64, x, 7), typehash(rt, T.float64, y, 7));
    a.f64[x >>> 3] = Number.NaN;
    assert.ok(!typeequal(rt, T.float64, x, x));
    const hs = new Set(Array.from({ length: 8 }, () => typehash(rt, T.float64, x, 7)));
    assert.ok(hs.size > 1);
  });

  test('strings compare by bytes; struct blank fields are ignored', () => {
    const { rt, T, a, keep } = setup();
    const str = (s: string) => {
      const p = keep(rt.new(T.string));
      rt.storePointer(p, rt.newString(s));
      a.u32[(p + 8) >>> 2] = s.length;
      return p;
    };
    assert.ok(typeequal(rt, T.string, str('hello, gopher'), str('hello, gopher')));
    assert.ok(!typeequal(rt, T.string, str('hello'), str('hellO')));
    assert.ok(!typeequal(rt, T.string, str('hell'), str('hello')));
    const s = T.struct('main.S', { a: T.int32, _: T.int32, b: T.string });
    const p = keep(rt.new(s));
    const q = keep(rt.new(s));
    a.i32[(p + 4) >>> 2] = 1;
    assert.ok(typeequal(rt, s, p, q));
    assert.equal(typehash(rt, s, p, 1), typehash(rt, s, q, 1));
    a.i32[q >>> 2] = 1;
    assert.ok(!typeequal(rt, s, p, q));
  });

  test('interfaces: dynamic type and value; uncomparable dynamic types panic with Go’s text', () => {
    const { rt, T, a, keep } = setup();
    const i1 = iface(rt, keep, T.int, (p) => (a.u32[p >>> 2] = 5));
    const i2 = iface(rt, keep, T.int, (p) => (a.u32[p >>> 2] = 5));
    const i3 = iface(rt, keep, T.int64, (p) => (a.u32[p >>> 2] = 5));
    const nil = keep(rt.new(T.any));
    assert.ok(ifaceEqual(rt, i1, i2));
    assert.ok(!ifaceEqual(rt, i1, i3));
    assert.ok(!ifaceEqual(rt, i1, nil));
    assert.ok(ifaceEqual(rt, nil, keep(rt.new(T.any))));
    const sl = T.slice(T.int);
    const s1 = iface(rt, keep, sl, () => {});
    const s2 = iface(rt, keep, sl, () => {});
    const e = thrown(() => ifaceEqual(rt, s1, s2));
    assert.ok(e instanceof RuntimeError);
    assert.equal((e as Error).message, 'runtime error: comparing uncomparable type []int');
    // Different dynamic types are unequal before anything is compared.
    assert.ok(!ifaceEqual(rt, s1, i1));
    const h = thrown(() => typehash(rt, T.any, s1, 0));
    assert.equal((h as Error).message, 'runtime error: hash of unhashable type []int');
  });
});

describe('map semantics', () => {
  test('float keys: -0 finds +0 and is stored over it; every NaN is a new key', () => {
    const { rt, T, a, keep } = setup();
    const t = T.map(T.float64, T.int);
    const h = keep(makemap(rt, t, 0));
    const k = keep(rt.new(T.float64));
    const set = (f: number, v: number) => {
      a.f64[k >>> 3] = f;
      a.u32[mapassign(rt, t, h, k) >>> 2] = v;
    };
    set(0, 1);
    set(-0, 2);
    assert.equal(maplen(rt, h), 1);
    a.f64[k >>> 3] = 0;
    assert.equal(a.u32[mapaccess1(rt, t, h, k) >>> 2], 2);
    set(Number.NaN, 3);
    set(Number.NaN, 4);
    assert.equal(maplen(rt, h), 3);
    a.f64[k >>> 3] = Number.NaN;
    assert.equal(mapaccess2(rt, t, h, k), 0);
    const it = keep(rt.new(hiterType(rt)));
    const got: number[] = [];
    for (mapiterinit(rt, t, h, it); a.u32[it >>> 2] !== 0; mapiternext(rt, it))
      got.push(a.f64[a.u32[it >>> 2] >>> 3]!);
    assert.equal(got.length, 3);
    assert.ok(
      got.some((f) => Object.is(f, -0)),
      'the key was updated to -0',
    );
    assert.equal(got.filter(Number.isNaN).length, 2);
  });

  test('interface keys: an unhashable dynamic type panics, even on a nil map', () => {
    const { rt, T, keep } = setup();
    const t = T.map(T.any, T.int);
    const h = keep(makemap(rt, t, 0));
    const k = iface(rt, keep, T.slice(T.int), () => {});
    const want = { name: 'RuntimeError', message: 'runtime error: hash of unhashable type []int' };
    assert.throws(() => mapassign(rt, t, h, k), want);
    assert.throws(() => mapaccess2(rt, t, 0, k), want);
    assert.throws(() => mapdelete(rt, t, 0, k), want);
    const ok = iface(rt, keep, T.string, () => {});
    mapassign(rt, t, h, ok);
    assert.equal(maplen(rt, h), 1);
  });

  test('nil map: reads are empty, deletes do nothing, assignment panics (plain error)', () => {
    const { rt, T, a, keep } = setup();
    const t = T.map(T.int, T.array(T.int, 100));
    const k = keep(rt.new(T.int));
    const z = mapaccess1(rt, t, 0, k);
    assert.ok(a.u8.subarray(z, z + 800).every((b) => b === 0));
    assert.equal(mapaccess2(rt, t, 0, k), 0);
    assert.equal(maplen(rt, 0), 0);
    mapdelete(rt, t, 0, k);
    const e = thrown(() => mapassign(rt, t, 0, k));
    assert.ok(e instanceof RuntimeError);
    assert.equal((e as Error).message, 'assignment to entry in nil map');
    const it = keep(rt.new(hiterType(rt)));
    mapiterinit(rt, t, 0, it);
    assert.equal(a.u32[it >>> 2], 0);
  });

  test('a write while another is in progress is fatal, as Go’s hashWriting check', () => {
    const { rt, T, a, keep } = setup();
    const t = T.map(T.int, T.int);
    const h = keep(makemap(rt, t, 0));
    const k = keep(rt.new(T.int));
    mapassign(rt, t, h, k);
    const it = keep(rt.new(hiterType(rt)));
    mapiterinit(rt, t, h, it);
    a.u8[h + 8] |= 4;
    const msg = (f: () => unknown) => {
      const e = thrown(f);
      assert.ok(e instanceof FatalError);
      return (e as FatalError).message;
    };
    assert.equal(
      msg(() => mapassign(rt, t, h, k)),
      'concurrent map writes',
    );
    assert.equal(
      msg(() => mapdelete(rt, t, h, k)),
      'concurrent map writes',
    );
    assert.equal(
      msg(() => mapaccess2(rt, t, h, k)),
      'concurrent map read and map write',
    );
    assert.equal(
      msg(() => mapiternext(rt, it)),
      'concurrent map iteration and map write',
    );
  });

  test('a caller’s hmap and first bucket are used as given: eight entries allocate nothing', () => {
    const { rt, T, a, keep } = setup();
    const t = T.map(T.int, T.ptr(T.int));
    const hm = keep(rt.new(hmapType(rt)));
    const b = keep(rt.new(bucketType(rt, t)));
    const k = keep(rt.new(T.int));
    const v = keep(rt.new(T.int));
    const before = rt.readMemStats().Mallocs;
    assert.equal(makemap(rt, t, 8, hm, b), hm);
    for (let i = 0; i < 8; i++) {
      a.u32[k >>> 2] = i;
      rt.storePointer(mapassign(rt, t, hm, k), v);
    }
    assert.equal(maplen(rt, hm), 8);
    assert.equal(rt.readMemStats().Mallocs - before, 0);
    assert.equal(a.u32[(hm + 16) >>> 2], b);
    a.u32[k >>> 2] = 8;
    mapassign(rt, t, hm, k);
    assert.equal(rt.readMemStats().Mallocs - before, 1, 'the ninth entry grows the map');
  });
});
