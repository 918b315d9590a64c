// Preemption of goroutines running plain (non-generator) code: Sched.preemptNested
// runs the other goroutines on top of the preempted one's JavaScript stack
// (runtime/proc.ts). The goroutines here are hand-written as the code generator
// compiles them: a plain loop decrements sched.tick and calls preemptNested when
// it runs out (codegen/func.ts, preemptCode).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Abandon } from '../../src/runtime/proc.js';
import { nanotime } from '../../src/runtime/time.js';
import { enter, go, goPlain, leave, type World, world } from './support.js';

/** A plain loop with a frame: spins until done() says so; checks its registers after every preemption. */
function spinPlain(w: World, done: () => boolean): void {
  const desc = w.frames.add('main.spin', 32, [8]);
  const [fp, tok] = enter(w, desc);
  const g = w.sched.current;
  const lo = w.REG[1];
  while (!done()) {
    if (--w.sched.tick < 0) {
      w.sched.tick = w.sched.preemptNested();
      assert.equal(w.sched.current, g, 'the preempted goroutine is current again');
      assert.equal(w.REG[2], fp, 'its FP is back');
      assert.equal(w.REG[0], fp, 'its SP is back');
      assert.equal(w.REG[1], lo, 'its stack segment is back');
    }
  }
  leave(w, fp, tok);
}

// Without preemption the spinner never ends: the timeout turns that into a failure.
test(
  'a goroutine spinning in plain code lets a sleeper run and set its flag',
  { timeout: 30_000 },
  async () => {
    const w = world();
    const log: string[] = [];
    let flag = false;
    await w.sched.run(function* () {
      go(w, function* () {
        // Past A's time slice: B is running nested on top of A when this wakes.
        yield* w.sched.sleep(15e6);
        log.push('sleeper');
        flag = true;
      });
      spinPlain(w, () => flag);
      log.push('main');
    });
    assert.deepEqual(log, ['sleeper', 'main']);
  },
);

test('main returning while a spinning goroutine is preempted below it ends the program', async () => {
  const w = world();
  let spun = 0;
  let after = false;
  await w.sched.run(function* () {
    goPlain(w, () => {
      spinPlain(w, () => {
        spun++;
        return false;
      });
      after = true;
    });
    yield* w.sched.sleep(1e6);
    assert.equal(w.sched.numGoroutine(), 2);
  });
  assert.ok(spun > 0);
  assert.equal(after, false, 'the spinning goroutine is abandoned, not finished');
});

test('a panic in a nested goroutine passes the preempted one as an Abandon and ends run with the panic', async () => {
  const w = world();
  const boom = new Error('boom');
  let seen: unknown;
  await assert.rejects(
    w.sched.run(function* () {
      goPlain(w, () => {
        throw boom;
      });
      try {
        spinPlain(w, () => false);
      } catch (e) {
        seen = e;
        throw e;
      }
    }),
    (e) => e === boom,
  );
  assert.ok(seen instanceof Abandon && seen.err === boom && !seen.mainReturned);
  assert.notEqual(w.sched.current?.goid, 1, 'the failing goroutine is current, for the tracebacks');
});

test('nested preemption nests: a spinner preempted on top of another, LIFO', async () => {
  const w = world();
  const log: string[] = [];
  let a = false;
  let b = false;
  await w.sched.run(function* () {
    goPlain(w, () => {
      spinPlain(w, () => b);
      log.push('A continues after B');
      a = true;
    });
    goPlain(w, () => {
      spinPlain(w, () => log.length > 0);
      log.push('B');
      b = true;
    });
    go(w, function* () {
      // Past A's time slice: B is running nested on top of A when this wakes.
      yield* w.sched.sleep(15e6);
      log.push('sleeper');
    });
    while (!a) yield* w.sched.sleep(1e6);
  });
  assert.deepEqual(log, ['sleeper', 'B', 'A continues after B']);
});

/** A goroutine that allocates garbage of the kept objects' size class, collects, and grows its stack past a segment. */
function churn(w: World, done: () => void): void {
  goPlain(w, () => {
    const desc = w.frames.add('main.deep', 1024, []);
    const frames: [number, number][] = [];
    for (let i = 0; i < 64; i++) frames.push(enter(w, desc));
    for (let i = 0; i < 2000; i++) w.u32[w.rt.mallocgc(64, null) >>> 2] = 0xdead;
    w.rt.GC();
    for (let i = 0; i < 2000; i++) w.u32[w.rt.mallocgc(64, null) >>> 2] = 0xdead;
    while (frames.length > 0) leave(w, ...frames.pop()!);
    done();
  });
}

test('while a goroutine is preempted nested, the collector sees its frames and the roots it handed over', async () => {
  const w = world();
  let framed = 0;
  let held = 0;
  await w.sched.run(function* () {
    let finished = false;
    churn(w, () => {
      finished = true;
    });
    const desc = w.frames.add('main.keep', 16, [8]);
    const [fp, tok] = enter(w, desc);
    // One object only the frame holds, one only a JavaScript variable (handed over as a root).
    const inFrame = w.rt.mallocgc(64, null);
    w.u32[(fp + 8) >>> 2] = inFrame;
    w.u32[inFrame >>> 2] = 1111;
    const inJs = w.rt.mallocgc(64, null);
    w.u32[inJs >>> 2] = 2222;
    while (!finished) {
      if (--w.sched.tick < 0) w.sched.tick = w.sched.preemptNested(0, inJs);
    }
    framed = w.u32[inFrame >>> 2]!;
    held = w.u32[inJs >>> 2]!;
    leave(w, fp, tok);
  });
  assert.equal(framed, 1111, 'the object in the frame survived the collection');
  assert.equal(held, 2222, 'the object handed over as a root survived');
});

test('a recursive function preempted at its entry lets the others run, but no collection start', async () => {
  const w = world();
  w.rt.setGCPercent(100);
  let finished = false;
  let numGCBefore = -1;
  let during: { numGC: number; heapAlloc: number; nextGC: number } | undefined;
  let held = 0;
  await w.sched.run(function* () {
    // Runs nested while main recurses: allocates far past the trigger and asks for a collection.
    goPlain(w, () => {
      for (let i = 0; i < 100_000; i++) w.u32[w.rt.mallocgc(64, null) >>> 2] = 0xdead;
      w.rt.GC();
      const m = w.rt.readMemStats();
      during = { numGC: m.NumGC, heapAlloc: m.HeapAlloc, nextGC: m.NextGC };
      finished = true;
    });
    // An object only a JavaScript variable holds, as a compiled recursive
    // function that may not collect holds its pointers (analysis.ts).
    const inJs = w.rt.mallocgc(64, null);
    w.u32[inJs >>> 2] = 3333;
    numGCBefore = w.rt.readMemStats().NumGC;
    const rec = (p: number, depth: number): number => {
      if (--w.sched.tick < 0) w.sched.tick = w.sched.preemptNestedNoGC();
      return depth === 0 ? w.u32[p >>> 2]! : rec(p, depth - 1);
    };
    while (!finished) held = rec(inJs, 50);
  });
  assert.ok(during !== undefined, 'the allocating goroutine ran nested');
  assert.equal(during.numGC, numGCBefore, 'no cycle ran while the recursion was preempted');
  assert.ok(during.heapAlloc > during.nextGC, 'the heap grew past its goal meanwhile');
  assert.equal(held, 3333, 'the object only the recursion held survived');
  assert.equal(w.rt.heap.gcStartBlocked, 0);
  w.rt.GC();
  assert.equal(w.rt.readMemStats().NumGC, numGCBefore + 1, 'collections run again once it returned');
});

test('property: random mixes of plain spinners, sleepers and yielders all finish with their registers intact', async () => {
  const kind = fc.oneof(
    fc.record({ k: fc.constant('spin' as const), ms: fc.integer({ min: 0, max: 14 }) }),
    fc.record({ k: fc.constant('sleep' as const), ms: fc.integer({ min: 0, max: 12 }) }),
    fc.record({ k: fc.constant('yield' as const), n: fc.integer({ min: 1, max: 5 }) }),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(kind, { minLength: 1, maxLength: 4 }), async (gs) => {
      const w = world();
      const finished = new Set<number>();
      await w.sched.run(function* () {
        gs.forEach((x, i) => {
          if (x.k === 'spin') {
            goPlain(w, () => {
              const end = nanotime() + x.ms * 1e6;
              spinPlain(w, () => nanotime() >= end);
              finished.add(i);
            });
          } else if (x.k === 'sleep') {
            go(w, function* () {
              yield* w.sched.sleep(x.ms * 1e6);
              finished.add(i);
            });
          } else {
            go(w, function* () {
              for (let j = 0; j < x.n; j++) yield* w.sched.gosched();
              finished.add(i);
            });
          }
        });
        while (finished.size < gs.length) yield* w.sched.sleep(1e6);
        // Every goroutine has exited: only main is left.
        assert.equal(w.sched.numGoroutine(), 1);
      });
      assert.equal(finished.size, gs.length);
    }),
    { numRuns: 12 },
  );
});
