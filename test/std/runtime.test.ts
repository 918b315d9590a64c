// Packages runtime, runtime/debug and sync/atomic of compiled Go: ReadMemStats
// writes rt.readMemStats() at Go 1.19's MemStats offsets (checked against
// unsafe.Offsetof on amd64: NumGC 4288, GCCPUFraction 4296, EnableGC 4304,
// BySize 4312, PauseEnd 2240, Sizeof 5776) without allocating; SetGCPercent and
// SetMemoryLimit return the previous settings; SetFinalizer's fatal errors have
// Go's texts and a finalizer runs on a goroutine of its own; the atomic
// operations agree with a BigInt model (fast-check) and Value's panics are Go's.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Env, GoFunc } from '../../src/go/codegen/env.js';
import { canon } from '../../src/go/codegen/vlrt.js';
import { atomic } from '../../src/go/std/atomic.js';
import { debug } from '../../src/go/std/debug.js';
import { memStatsLayout, runtime } from '../../src/go/std/runtime.js';
import { GoPanicValue, readUint64, writeInt64 } from '../../src/go/std/values.js';
import { FatalError } from '../../src/runtime/panic.js';
import { Sched } from '../../src/runtime/proc.js';
import { FrameTable } from '../../src/runtime/stack.js';
import { makeEnv } from './support/env.js';

/** A test Env with the runtime's real scheduler (the packages need it). */
function schedEnv(gc = true): Env {
  const base = makeEnv({ gc });
  return { ...base, sched: new Sched(base.rt, base.REG, new FrameTable()) };
}

/** A heap block of n bytes kept alive by a global root. */
function rooted(env: Env, n: number, name: string): number {
  const p = env.rt.mallocgc(n, null, true);
  env.rt.global(name).set(p);
  return p;
}

/** A MemStats number as the uint64 word read back from memory. */
const word = (x: number) => canon(BigInt(x));

describe('runtime.ReadMemStats', () => {
  test('layout is Go 1.19 amd64', () => {
    const L = memStatsLayout;
    assert.equal(L.u64.Alloc, 0);
    assert.equal(L.u64.PauseTotalNs, 184);
    assert.equal(L.PauseNs, 192);
    assert.equal(L.PauseEnd, 2240);
    assert.equal(L.NumGC, 4288);
    assert.equal(L.NumForcedGC, 4292);
    assert.equal(L.GCCPUFraction, 4296);
    assert.equal(L.EnableGC, 4304);
    assert.equal(L.DebugGC, 4305);
    assert.equal(L.BySize, 4312);
    assert.equal(L.size, 5776);
  });

  test('fields read back equal rt.readMemStats(), with no allocation', () => {
    const env = schedEnv();
    const rt = env.rt;
    const keep = rt.makeslice(rt.types.int, 1000, 1000);
    rt.global('keep').set(keep);
    for (let i = 0; i < 200; i++) rt.mallocgc(48, null, true);
    const R = runtime(env);
    (R.GC as GoFunc)(0);
    (R.GC as GoFunc)(0);
    const m = rooted(env, memStatsLayout.size, 'ms');
    const before = rt.readMemStats();
    (R.ReadMemStats as GoFunc)(0, m);
    const s = rt.readMemStats();
    assert.equal(s.Mallocs, before.Mallocs, 'ReadMemStats allocated');
    const u32 = env.mem.u32;
    const L = memStatsLayout;
    assert.equal(u32[(m + L.NumGC) >>> 2], s.NumGC);
    assert.equal(s.NumGC, 2);
    assert.equal(u32[(m + L.NumForcedGC) >>> 2], s.NumForcedGC);
    for (const [f, off] of Object.entries(L.u64)) {
      assert.equal(readUint64(env, m + off), word((s as unknown as Record<string, number>)[f]!), f);
    }
    for (let i = 0; i < 256; i++) {
      assert.equal(readUint64(env, m + L.PauseNs + 8 * i), word(s.PauseNs[i]!));
      assert.equal(readUint64(env, m + L.PauseEnd + 8 * i), word(s.PauseEnd[i]!));
    }
    // GCCPUFraction moves with the clock between two reads.
    const frac = env.mem.f64[(m + L.GCCPUFraction) >>> 3]!;
    assert.ok(frac >= 0 && frac <= 1 && Math.abs(frac - s.GCCPUFraction) < 0.5);
    assert.equal(env.mem.u8[m + L.EnableGC], s.EnableGC ? 1 : 0);
    for (let i = 0; i < 61; i++) {
      const a = m + L.BySize + 24 * i;
      assert.equal(u32[a >>> 2], s.BySize[i]!.Size);
      assert.equal(readUint64(env, a + 8), s.BySize[i]!.Mallocs);
      assert.equal(readUint64(env, a + 16), s.BySize[i]!.Frees);
    }
    assert.equal(u32[(m + L.BySize + 24 * 60) >>> 2], s.BySize[60]!.Size);
    assert.equal(s.BySize[60]!.Size, 18432);
    assert.ok(s.HeapAlloc >= 8000);
  });
});

describe('runtime/debug', () => {
  test('SetGCPercent returns the previous setting', () => {
    const env = schedEnv();
    const D = debug(env);
    assert.equal(D.SetGCPercent!(0, 50), 100);
    assert.equal(D.SetGCPercent!(0, -1), 50);
    assert.equal(env.rt.gcPercent, -1);
    assert.equal(D.SetGCPercent!(0, 100), -1);
  });

  test('SetMemoryLimit returns the previous limit; negative only reads', () => {
    const D = debug(schedEnv());
    const maxInt64 = 2n ** 63n - 1n;
    assert.equal(D.SetMemoryLimit!(0, -1), maxInt64);
    assert.equal(D.SetMemoryLimit!(0, 1 << 30), maxInt64);
    assert.equal(D.SetMemoryLimit!(0, -5), 1 << 30);
    assert.equal(D.SetMemoryLimit!(0, 64 << 20), 1 << 30);
    assert.equal(D.SetMemoryLimit!(0, -1), 64 << 20);
    // Limits past 2^53 come back exactly; a negative bigint only reads.
    assert.equal(D.SetMemoryLimit!(0, 2n ** 53n + 1n), 64 << 20);
    assert.equal(D.SetMemoryLimit!(0, -(2n ** 63n)), 2n ** 53n + 1n);
    assert.equal(D.SetMemoryLimit!(0, maxInt64), 2n ** 53n + 1n);
    assert.equal(D.SetMemoryLimit!(0, -1), maxInt64);
  });

  test('SetMaxStack returns the previous limit', () => {
    const D = debug(schedEnv());
    const old = D.SetMaxStack!(0, 1 << 20);
    assert.ok(old > 1 << 20);
    assert.equal(D.SetMaxStack!(0, old), 1 << 20);
    // maxstacksize = uintptr(bytes): -1 is 2^64 − 1, which int() reads back as -1.
    assert.equal(D.SetMaxStack!(0, -1), old);
    assert.equal(D.SetMaxStack!(0, 2n ** 62n + 1n), -1);
    assert.equal(D.SetMaxStack!(0, old), 2n ** 62n + 1n);
  });

  test('SetGCPercent and GOMAXPROCS keep int32 of their argument, as Go does', () => {
    const env = schedEnv();
    const D = debug(env);
    const old = D.SetGCPercent!(0, 2n ** 32n + 50n);
    assert.equal(D.SetGCPercent!(0, old), 50);
    const R = runtime(env);
    const procs = R.GOMAXPROCS!(0, 2n ** 32n + 3n);
    assert.equal(R.GOMAXPROCS!(0, 0), 3);
    assert.equal(R.GOMAXPROCS!(0, -(2n ** 60n)), 3);
    assert.throws(() => R.GOMAXPROCS!(0, 2n ** 32n), {
      name: 'FatalError',
      message: 'procresize: invalid arg',
    });
    assert.equal(R.GOMAXPROCS!(0, procs), 3);
  });
});

describe('runtime.SetFinalizer', () => {
  function iface(env: Env, at: number, typeId: number, data: number): number {
    env.mem.u32[at >>> 2] = typeId + 1;
    env.mem.u32[(at + 8) >>> 2] = data;
    return at;
  }

  test("Go's fatal errors", () => {
    const env = schedEnv();
    const R = runtime(env);
    const types = env.rt.types;
    const args = rooted(env, 32, 'args');
    const nilIface = args + 16;
    const fatal = (msg: string) => (e: unknown) => e instanceof FatalError && e.message === msg;
    assert.throws(
      () => R.SetFinalizer!(0, iface(env, args, types.int.id, 0), nilIface),
      fatal('runtime.SetFinalizer: first argument is int, not pointer'),
    );
    env.mem.u32[args >>> 2] = 0;
    assert.throws(
      () => R.SetFinalizer!(0, args, nilIface),
      fatal('runtime.SetFinalizer: first argument is nil'),
    );
    const pt = types.ptr(types.int);
    assert.throws(
      () => R.SetFinalizer!(0, iface(env, args, pt.id, 0), nilIface),
      fatal('runtime.SetFinalizer: pointer not in allocated block'),
    );
    const obj = env.rt.new(types.int);
    const fv = rooted(env, 8, 'fv');
    const ft = types.func('func(*string)');
    assert.throws(
      () => R.SetFinalizer!(0, iface(env, args, pt.id, obj), iface(env, nilIface, ft.id, fv)),
      fatal('runtime.SetFinalizer: cannot pass *int to finalizer func(*string)'),
    );
    assert.throws(
      () => R.SetFinalizer!(0, iface(env, args, pt.id, obj), iface(env, nilIface, types.int.id, fv)),
      fatal('runtime.SetFinalizer: second argument is int, not a function'),
    );
  });

  test('the finalizer runs on a goroutine of its own after the object dies; nil clears', async () => {
    const env = schedEnv();
    const sched = env.sched as Sched;
    const rt = env.rt;
    const R = runtime(env);
    const T = rt.types.struct('test.T', { a: rt.types.int, p: rt.types.ptr(rt.types.int) });
    const pt = rt.types.ptr(T);
    const ft = rt.types.func('func(*test.T)');
    const ran: { p: number; goroutines: number }[] = [];
    env.FN.push((_fv: number, p: number) => {
      ran.push({ p, goroutines: sched.numGoroutine() });
    });
    env.FNG.push(function* (_fv: number, p: number) {
      yield* sched.gosched();
      env.FN[0]!(0, p);
    });
    const fv = rooted(env, 8, 'fv');
    env.mem.u32[fv >>> 2] = 0;
    const args = rooted(env, 32, 'args');
    let dead = 0;
    let cleared = 0;
    await sched.run(function* () {
      dead = rt.new(T);
      iface(env, args, pt.id, dead);
      iface(env, args + 16, ft.id, fv);
      R.SetFinalizer!(0, args, args + 16);
      cleared = rt.new(T);
      iface(env, args, pt.id, cleared);
      R.SetFinalizer!(0, args, args + 16);
      env.mem.u32[(args + 16) >>> 2] = 0;
      R.SetFinalizer!(0, args, args + 16);
      env.mem.u32[(args + 8) >>> 2] = 0;
      (R.GC as GoFunc)(0);
      assert.deepEqual(ran, [], 'the finalizer ran inside GC');
      assert.equal(sched.numGoroutine(), 2);
      yield* (R.Gosched as (fv: number) => Generator<unknown, void, unknown>)(0);
      yield* sched.gosched();
      assert.equal(sched.numGoroutine(), 1);
    });
    assert.deepEqual(ran, [{ p: dead, goroutines: 2 }]);
  });
});

describe('sync/atomic', () => {
  test('64-bit operations agree with a BigInt model over the whole int64 range', () => {
    const env = schedEnv(false);
    const A = atomic(env);
    const cell = rooted(env, 8, 'cell');
    // Words as compiled code passes them: numbers while safe, bigints past 2^53,
    // with the edges (±2^53, MinInt64, MaxInt64) drawn often.
    const word = fc.oneof(
      fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
      fc.constantFrom(-(2n ** 63n), 2n ** 63n - 1n, 2n ** 53n - 1n, 2n ** 53n, -(2n ** 53n), -1n, 0n, 1n),
      fc.bigInt({ min: -1000n, max: 1000n }),
    );
    const op = fc.oneof(
      fc.record({ k: fc.constant('add'), v: word }),
      fc.record({ k: fc.constant('store'), v: word }),
      fc.record({ k: fc.constant('swap'), v: word }),
      fc.record({ k: fc.constant('cas'), v: word, old: fc.option(word) }),
    );
    fc.assert(
      fc.property(word, fc.array(op, { maxLength: 40 }), (init, ops) => {
        let model = init;
        writeInt64(env, cell, canon(init));
        for (const o of ops) {
          const v = canon(o.v);
          switch (o.k) {
            case 'add':
              model = BigInt.asIntN(64, model + o.v);
              assert.equal(A.AddInt64!(0, cell, v), canon(model));
              break;
            case 'store':
              model = o.v;
              A.StoreInt64!(0, cell, v);
              break;
            case 'swap':
              assert.equal(A['(*Int64).Swap']!(0, cell, v), canon(model));
              model = o.v;
              break;
            case 'cas': {
              const old = (o as { old: bigint | null }).old ?? model;
              const ok = old === model;
              assert.equal(A.CompareAndSwapInt64!(0, cell, canon(old), v), ok);
              if (ok) model = o.v;
              break;
            }
          }
          assert.equal(A.LoadInt64!(0, cell), canon(model));
          assert.equal(A['(*Int64).Load']!(0, cell), canon(model));
          assert.equal(A.LoadUint64!(0, cell), canon(BigInt.asUintN(64, model)));
        }
      }),
    );
  });

  test('uint64 operations wrap at 2^64: AddUint64(&x, ^uint64(0)) decrements', () => {
    const env = schedEnv(false);
    const A = atomic(env);
    const c = rooted(env, 8, 'u64');
    const maxUint64 = 2n ** 64n - 1n;
    A.StoreUint64!(0, c, 5);
    assert.equal(A.AddUint64!(0, c, maxUint64), 4);
    A.StoreUint64!(0, c, 0);
    assert.equal(A.AddUint64!(0, c, maxUint64), maxUint64);
    assert.equal(A.LoadUint64!(0, c), maxUint64);
    assert.equal(A.LoadInt64!(0, c), -1);
    assert.equal(A.AddUint64!(0, c, 1), 0);
    A.StoreUint64!(0, c, 2n ** 63n);
    assert.equal(A.AddUint64!(0, c, 2n ** 63n - 1n), maxUint64);
    assert.equal(A.AddUint64!(0, c, 2), 1);
    // 2^53 + 1: the first value a double cannot hold.
    A.StoreInt64!(0, c, 2n ** 53n);
    assert.equal(A.AddInt64!(0, c, 1), 2n ** 53n + 1n);
    assert.equal(A.AddInt64!(0, c, -2), 2 ** 53 - 1);
  });

  test('32-bit operations wrap as Go does', () => {
    const env = schedEnv(false);
    const A = atomic(env);
    const c = rooted(env, 8, 'c32');
    A.StoreInt32!(0, c, 2147483647);
    assert.equal(A.AddInt32!(0, c, 1), -2147483648);
    assert.equal(A.AddUint32!(0, c, 2147483648), 0);
    assert.equal(A.AddUint32!(0, c, -1 >>> 0), 4294967295);
    assert.equal(A.CompareAndSwapInt32!(0, c, -1, 5), true);
    assert.equal(A.CompareAndSwapInt32!(0, c, -1, 6), false);
    assert.equal(A.LoadInt32!(0, c), 5);
    assert.equal(A['(*Bool).Load']!(0, c), true);
    assert.equal(A['(*Bool).Swap']!(0, c, false), true);
    assert.equal(A['(*Bool).CompareAndSwap']!(0, c, false, true), true);
    assert.equal(A['(*Bool).Load']!(0, c), true);
  });

  test('Value: Load before Store is nil; nil and inconsistent types panic', () => {
    const env = schedEnv(false);
    const A = atomic(env);
    const rt = env.rt;
    const v = rt.new(rt.types.any);
    rt.global('value').set(v);
    const x = rooted(env, 48, 'x');
    const res = x + 32;
    A['(*Value).Load']!(0, res, v);
    assert.equal(env.mem.u32[res >>> 2], 0);
    const box = rt.new(rt.types.int);
    env.mem.u32[x >>> 2] = rt.types.int.id + 1;
    env.mem.u32[(x + 8) >>> 2] = box;
    A['(*Value).Store']!(0, v, x);
    A['(*Value).Load']!(0, res, v);
    assert.deepEqual([env.mem.u32[res >>> 2], env.mem.u32[(res + 8) >>> 2]], [rt.types.int.id + 1, box]);
    const panics = (msg: string) => (e: unknown) => e instanceof GoPanicValue && e.value === msg;
    assert.throws(
      () => A['(*Value).Store']!(0, v, x + 16),
      panics('sync/atomic: store of nil value into Value'),
    );
    env.mem.u32[(x + 16) >>> 2] = rt.types.string.id + 1;
    assert.throws(
      () => A['(*Value).Swap']!(0, res, v, x + 16),
      panics('sync/atomic: swap of inconsistently typed value into Value'),
    );
  });
});
