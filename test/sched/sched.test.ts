import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chanrecv, chansend, closechan, makechan } from '../../src/runtime/chan.js';
import { FatalError } from '../../src/runtime/panic.js';
import { enter, go, goPlain, leave, world } from './support.js';

test('new goroutines run next, the latest first (runnext), as Go 1.19 with GOMAXPROCS=1', async () => {
  const w = world();
  const log: number[] = [];
  await w.sched.run(function* () {
    for (let i = 0; i < 3; i++) {
      goPlain(w, () => {
        log.push(i);
      });
    }
    yield* w.sched.gosched();
    log.push(-1);
  });
  // Go prints order 2, 0, 1 for the same program (three go statements, then Gosched).
  assert.deepEqual(log, [2, 0, 1, -1]);
});

test('goroutine ids: main is 1, the first goroutine a program starts is 6', async () => {
  const w = world();
  const ids: number[] = [];
  await w.sched.run(function* () {
    ids.push(w.sched.current!.goid);
    for (let i = 0; i < 3; i++) ids.push(goPlain(w, () => {}));
    yield* w.sched.gosched();
  });
  assert.deepEqual(ids, [1, 6, 7, 8]);
});

test('a goroutine blocked on a channel is woken by the sender; the sender keeps running until it blocks', async () => {
  const w = world();
  const t = w.rt.types.chan(w.rt.types.int);
  const log: string[] = [];
  await w.sched.run(function* () {
    const c = makechan(w.rt, t, 0);
    const d = w.frames.add('main.main', 24, []);
    const [fp, tok] = enter(w, d);
    go(w, function* () {
      const [gfp, gtok] = enter(w, d);
      const ok = yield* chanrecv(w.sched, c, gfp + 8);
      log.push(`recv ${w.u32[(gfp + 8) >>> 2]} ${ok}`);
      leave(w, gfp, gtok);
    });
    yield* w.sched.gosched();
    log.push('main sends');
    w.u32[(fp + 8) >>> 2] = 42;
    yield* chansend(w.sched, c, fp + 8);
    log.push('main sent');
    yield* w.sched.gosched();
    log.push('main done');
    leave(w, fp, tok);
  });
  assert.deepEqual(log, ['main sends', 'main sent', 'recv 42 true', 'main done']);
});

test('main returning ends the program while other goroutines could still run', async () => {
  const w = world();
  let ran = false;
  // A main that never blocks is a plain function.
  await w.sched.run(() => {
    goPlain(w, () => {
      ran = true;
    });
  });
  assert.equal(ran, false);
  assert.equal(w.sched.numGoroutine(), 1);
});

test('deadlock: every goroutine asleep and no timer is Go fatal error, with the wait reasons for the traceback', async () => {
  const w = world();
  const t = w.rt.types.chan(w.rt.types.int);
  const err = await w.sched
    .run(function* () {
      const c = makechan(w.rt, t, 0);
      go(w, function* () {
        yield* chansend(w.sched, c, 0);
      });
      yield* chanrecv(w.sched, 0, 0);
    })
    .then(
      () => null,
      (e: unknown) => e,
    );
  assert.ok(err instanceof FatalError);
  assert.equal(err.report(), 'fatal error: all goroutines are asleep - deadlock!');
  const tb = w.sched.tracebackAll();
  assert.match(tb, /^goroutine 1 \[chan receive \(nil chan\)\]:/);
  assert.match(tb, /goroutine 6 \[chan send\]:/);
});

test('empty select blocks forever with reason "select (no cases)"; close wakes all receivers', async () => {
  const w = world();
  const t = w.rt.types.chan(w.rt.types.int);
  const oks: boolean[] = [];
  await w.sched.run(function* () {
    const c = makechan(w.rt, t, 0);
    for (let i = 0; i < 3; i++)
      go(w, function* () {
        oks.push(yield* chanrecv(w.sched, c, 0));
      });
    yield* w.sched.gosched();
    assert.equal(w.sched.numGoroutine(), 4);
    closechan(w.sched, c);
    yield* w.sched.gosched();
    assert.equal(w.sched.numGoroutine(), 1);
  });
  assert.deepEqual(oks, [false, false, false]);
});

test('time.Sleep: sleepers wake in deadline order, in real time, while main waits', async () => {
  const w = world();
  const log: number[] = [];
  const t0 = performance.now();
  await w.sched.run(function* () {
    for (const ms of [90, 10, 50]) {
      go(w, function* () {
        yield* w.sched.sleep(ms * 1e6);
        log.push(ms);
      });
    }
    yield* w.sched.sleep(130e6);
  });
  assert.deepEqual(log, [10, 50, 90]);
  assert.ok(performance.now() - t0 >= 129);
});

test('sliceUsed() tells a running goroutine at a preemption point to yield after its 10 ms time slice, and a preempted one goes behind the others', async () => {
  const w = world();
  const log: string[] = [];
  await w.sched.run(function* () {
    goPlain(w, () => {
      log.push('other');
    });
    const start = performance.now();
    let n = 0;
    while (!w.sched.sliceUsed()) n++;
    assert.ok(performance.now() - start >= 9, `yielded after ${n} checks`);
    yield;
    log.push('main');
  });
  assert.deepEqual(log, ['other', 'main']);
});
