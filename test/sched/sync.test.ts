import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Env, GoFunc, GoGenFunc } from '../../src/go/codegen/env.js';
import { blocking, sync } from '../../src/go/std/sync.js';
import { chanrecv, closechan, makechan } from '../../src/runtime/chan.js';
import { FatalError, RuntimeError } from '../../src/runtime/panic.js';
import { go, type World, world } from './support.js';

// biome-ignore lint/suspicious/noExplicitAny: test stand-ins for compiled functions
type Fn = (...a: any[]) => any;

function env(w: World, FN: GoFunc[] = [], FNG: GoGenFunc[] = []): Env {
  return {
    rt: w.rt,
    mem: w.rt.heap.arena,
    REG: w.REG,
    FN,
    FNG,
    type: (id: number) => w.rt.types.get(id),
    args: [],
    environ: {},
    stdout: () => {},
    stderr: () => {},
    stdin: () => 0,
    sched: w.sched,
    scratch: w.sched.stacks.alloc.alloc(2048),
    staticBytes: 0,
  };
}

function obj(w: World, size: number): number {
  return w.rt.mallocgc(size, null, true);
}

test('blocking lists exactly the methods that may park', () => {
  const w = world();
  const pkg = sync(env(w));
  for (const name of blocking) assert.ok(name in pkg, name);
  assert.deepEqual([...blocking].sort(), [
    '(*Mutex).Lock',
    '(*Once).Do',
    '(*RWMutex).Lock',
    '(*RWMutex).RLock',
    '(*WaitGroup).Wait',
  ]);
  // A blocking entry returns a generator without running; the others run at once.
  const m = obj(w, 8);
  const gen = (pkg['(*Mutex).Lock'] as Fn)(0, m);
  assert.equal(typeof gen.next, 'function');
  assert.equal(w.u32[m >>> 2], 0);
  assert.equal((pkg['(*Mutex).TryLock'] as Fn)(0, m), true);
});

test('Mutex: critical sections never overlap, waiters get the lock in order, TryLock fails while held', async () => {
  const w = world();
  const pkg = sync(env(w)) as Record<string, Fn>;
  const m = obj(w, 8);
  const log: string[] = [];
  let inside = 0;
  await w.sched.run(function* () {
    for (let i = 0; i < 4; i++) {
      go(w, function* () {
        yield* pkg['(*Mutex).Lock']!(0, m);
        inside++;
        assert.equal(inside, 1);
        log.push(`in ${i}`);
        yield* w.sched.gosched();
        inside--;
        pkg['(*Mutex).Unlock']!(0, m);
      });
    }
    yield* pkg['(*Mutex).Lock']!(0, m);
    assert.equal(pkg['(*Mutex).TryLock']!(0, m), false);
    pkg['(*Mutex).Unlock']!(0, m);
    while (w.sched.numGoroutine() > 1) yield* w.sched.gosched();
    assert.equal(pkg['(*Mutex).TryLock']!(0, m), true);
    pkg['(*Mutex).Unlock']!(0, m);
    assert.equal(w.u32[m >>> 2], 0);
  });
  assert.deepEqual(log.sort(), ['in 0', 'in 1', 'in 2', 'in 3']);
  assert.throws(
    () => pkg['(*Mutex).Unlock']!(0, m),
    (e: unknown) => e instanceof FatalError && e.message === 'sync: unlock of unlocked mutex',
  );
});

test('WaitGroup: Wait returns when the counter reaches zero; a negative counter panics with Go text', async () => {
  const w = world();
  const pkg = sync(env(w)) as Record<string, Fn>;
  const wg = obj(w, 16);
  let done = 0;
  await w.sched.run(function* () {
    pkg['(*WaitGroup).Add']!(0, wg, 3);
    for (let i = 0; i < 3; i++) {
      go(w, function* () {
        yield* w.sched.sleep(1e6 * (i + 1));
        done++;
        pkg['(*WaitGroup).Done']!(0, wg);
      });
    }
    yield* pkg['(*WaitGroup).Wait']!(0, wg);
    assert.equal(done, 3);
    yield* pkg['(*WaitGroup).Wait']!(0, wg);
  });
  assert.throws(
    () => pkg['(*WaitGroup).Done']!(0, wg),
    (e: unknown) => e instanceof RuntimeError && e.message === 'sync: negative WaitGroup counter',
  );
});

test('RWMutex: readers share, a writer excludes readers and waits for them', async () => {
  const w = world();
  const pkg = sync(env(w)) as Record<string, Fn>;
  const rw = obj(w, 24);
  const log: string[] = [];
  let readers = 0;
  await w.sched.run(function* () {
    for (let i = 0; i < 3; i++) {
      go(w, function* () {
        yield* pkg['(*RWMutex).RLock']!(0, rw);
        readers++;
        log.push(`r${i} with ${readers}`);
        yield* w.sched.gosched();
        readers--;
        pkg['(*RWMutex).RUnlock']!(0, rw);
      });
    }
    yield* w.sched.gosched();
    yield* pkg['(*RWMutex).Lock']!(0, rw);
    assert.equal(readers, 0);
    log.push('writer');
    pkg['(*RWMutex).Unlock']!(0, rw);
  });
  assert.deepEqual(log.slice(-1), ['writer']);
  assert.ok(
    log.some((l) => l.endsWith('with 3')),
    log.join(),
  );
  assert.throws(() => pkg['(*RWMutex).RUnlock']!(0, rw), { message: 'sync: RUnlock of unlocked RWMutex' });
});

test('Once.Do calls f once, even when f panics, and not again', async () => {
  const w = world();
  let calls = 0;
  const FNG: GoGenFunc[] = [
    function* () {
      calls++;
      yield* w.sched.gosched();
    },
    // biome-ignore lint/correctness/useYield: a Go function that panics before it could block
    function* () {
      calls++;
      throw new Error('boom');
    },
  ];
  const pkg = sync(env(w, [], FNG)) as Record<string, Fn>;
  const o = obj(w, 12);
  const o2 = obj(w, 12);
  const f = obj(w, 8);
  const g = obj(w, 8);
  w.u32[f >>> 2] = 0;
  w.u32[g >>> 2] = 1;
  await w.sched.run(function* () {
    for (let i = 0; i < 3; i++) go(w, () => pkg['(*Once).Do']!(0, o, f));
    yield* pkg['(*Once).Do']!(0, o, f);
    while (w.sched.numGoroutine() > 1) yield* w.sched.gosched();
    assert.equal(calls, 1);
    assert.throws(() => [...pkg['(*Once).Do']!(0, o2, g)], { message: 'boom' });
    yield* pkg['(*Once).Do']!(0, o2, g);
    assert.equal(calls, 2);
  });
});

test('Pool: Put then Get returns the item with its type word; New fills an empty pool; two GCs empty it', () => {
  const w = world();
  const { rt, u32 } = w;
  const T = rt.types.struct('main.buf', { p: rt.types.ptr(rt.types.int), n: rt.types.int });
  let made = 0;
  const FN: GoFunc[] = [
    (_fv: number, res: number) => {
      made++;
      u32[res >>> 2] = T.id + 1;
      u32[(res + 8) >>> 2] = rt.new(T);
    },
  ];
  const e = env(w, FN);
  const pkg = sync(e) as Record<string, Fn>;
  // A Go sync.Pool: its local, victim and New words are pointers; a global holds it.
  const PoolT = rt.types.struct('sync.Pool', {
    local: rt.types.unsafePointer,
    localSize: rt.types.uintptr,
    victim: rt.types.unsafePointer,
    victimSize: rt.types.uintptr,
    New: rt.types.func('func() any'),
  });
  const pool = rt.new(PoolT);
  rt.global('pool').set(pool);
  const iface = e.scratch + 512;
  const res = e.scratch + 1024;
  const item = rt.new(T);
  u32[iface >>> 2] = T.id + 1;
  u32[(iface + 8) >>> 2] = item;
  pkg['(*Pool).Put']!(0, pool, iface);
  pkg['(*Pool).Get']!(0, res, pool);
  assert.deepEqual([u32[res >>> 2], u32[(res + 8) >>> 2]], [T.id + 1, item]);
  // Empty, no New: nil.
  pkg['(*Pool).Get']!(0, res, pool);
  assert.deepEqual([u32[res >>> 2], u32[(res + 8) >>> 2]], [0, 0]);
  // With New.
  const newFn = rt.mallocgc(8, null, true);
  u32[newFn >>> 2] = 0;
  rt.writePointer(pool + 32, newFn);
  pkg['(*Pool).Get']!(0, res, pool);
  assert.equal(made, 1);
  assert.equal(u32[res >>> 2], T.id + 1);
  // Put, one GC: still there (victim cache); Put, two GCs: gone.
  pkg['(*Pool).Put']!(0, pool, iface);
  rt.GC();
  pkg['(*Pool).Get']!(0, res, pool);
  assert.equal(u32[(res + 8) >>> 2], item);
  pkg['(*Pool).Put']!(0, pool, iface);
  rt.GC();
  rt.GC();
  pkg['(*Pool).Get']!(0, res, pool);
  assert.equal(made, 2);
});

test('wake-up order matches Go 1.19 with GOMAXPROCS=1: close wakes receivers, Unlock hands the mutex on in queue order', async () => {
  // The Go program (5 receivers on a closed channel, then 4 goroutines queued on a
  // locked Mutex and a WaitGroup) prints: r 4 r 3 r 2 r 1 r 0 m 3 m 0 m 1 m 2.
  const w = world();
  const pkg = sync(env(w)) as Record<string, Fn>;
  const out: string[] = [];
  const T = w.rt.types.chan(w.rt.types.int);
  await w.sched.run(function* () {
    const c = makechan(w.rt, T, 0);
    for (let i = 0; i < 5; i++)
      go(w, function* () {
        yield* chanrecv(w.sched, c, 0);
        out.push(`r ${i}`);
      });
    yield* w.sched.gosched();
    closechan(w.sched, c);
    yield* w.sched.gosched();
    const mu = obj(w, 8);
    const wg = obj(w, 16);
    yield* pkg['(*Mutex).Lock']!(0, mu);
    for (let i = 0; i < 4; i++) {
      pkg['(*WaitGroup).Add']!(0, wg, 1);
      go(w, function* () {
        yield* pkg['(*Mutex).Lock']!(0, mu);
        out.push(`m ${i}`);
        pkg['(*Mutex).Unlock']!(0, mu);
        pkg['(*WaitGroup).Done']!(0, wg);
      });
    }
    yield* w.sched.gosched();
    pkg['(*Mutex).Unlock']!(0, mu);
    yield* pkg['(*WaitGroup).Wait']!(0, wg);
  });
  assert.equal(out.join(' '), 'r 4 r 3 r 2 r 1 r 0 m 3 m 0 m 1 m 2');
});
