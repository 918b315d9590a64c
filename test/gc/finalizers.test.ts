// Finalizers as Go 1.19 runs them: an unreachable object with a finalizer survives
// the cycle that finds it unreachable and is freed by the next one — one
// runtime.GC later than an object without a finalizer, as real Go did
// (test/fixtures/go1.19/gc/finalizer.json, written by scripts/fixtures-gc.sh); the
// finalizer runs exactly once, with the object's own address; what the object
// points to stays allocated and unchanged until the finalizer has run; a finalizer
// that stores its object in a global resurrects it; and SetFinalizer's misuse is a
// fatal error with Go's text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { FatalError } from '../../src/runtime/panic.js';
import { Runtime } from '../../src/runtime/runtime.js';
import { kinds, Model, readInt } from './support/model.js';

const fixture = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/go1.19/gc/finalizer.json', import.meta.url), 'utf8'),
) as {
  gcs_to_free_plain: number;
  gcs_to_free_finalized: number;
  finalizer_ran_after_gcs: number;
  finalizer_got_same_object: boolean;
};

function setup() {
  const rt = new Runtime({ gomaxprocs: 1, gogc: 100, arenaBytes: 64 << 20, env: {} });
  const m = new Model(rt, kinds(rt), 2);
  return { rt, m, s1: m.kinds[1]! };
}

/** rt.GC() calls after dropping the root until HeapObjects falls by one (at most 10). */
function gcsUntilFreed(rt: Runtime, drop: () => void): number {
  rt.GC();
  const before = rt.readMemStats().HeapObjects;
  drop();
  for (let n = 1; n <= 10; n++) {
    rt.GC();
    if (rt.readMemStats().HeapObjects === before - 1) return n;
  }
  return -1;
}

describe('finalizers', () => {
  test('the fixture: Go 1.19 frees a finalized object one runtime.GC later than a plain one', () => {
    assert.equal(fixture.gcs_to_free_finalized, fixture.gcs_to_free_plain + 1);
    assert.equal(fixture.finalizer_ran_after_gcs, fixture.gcs_to_free_plain);
    assert.ok(fixture.finalizer_got_same_object);
  });

  test('an object with a finalizer is freed one cycle later than one without, as in Go', () => {
    const { rt, m, s1 } = setup();
    const plain = m.alloc(s1, 1);
    m.setGlobal(0, plain);
    const nPlain = gcsUntilFreed(rt, () => m.setGlobal(0, null));
    const fin = m.alloc(s1, 2);
    m.setGlobal(0, fin);
    let ranAfter = -1;
    let gcs = 0;
    rt.setFinalizer(fin.addr, () => {
      ranAfter = gcs;
    });
    rt.GC();
    const before = rt.readMemStats().HeapObjects;
    m.setGlobal(0, null);
    let nFin = -1;
    for (gcs = 1; gcs <= 10; gcs++) {
      rt.GC();
      if (rt.readMemStats().HeapObjects === before - 1) {
        nFin = gcs;
        break;
      }
    }
    assert.equal(nPlain, fixture.gcs_to_free_plain, 'plain object');
    assert.equal(nFin, fixture.gcs_to_free_finalized, 'object with a finalizer');
    assert.equal(ranAfter, fixture.finalizer_ran_after_gcs, 'the finalizer ran after this runtime.GC');
  });

  test('the finalizer runs exactly once, with the object’s address', () => {
    const { rt, m, s1 } = setup();
    const objs = [m.alloc(s1, 1), m.alloc(s1, 2), m.alloc(s1, 3)];
    const calls: number[] = [];
    for (const o of objs) rt.setFinalizer(o.addr, (p) => calls.push(p));
    for (let i = 0; i < 5; i++) rt.GC();
    assert.deepEqual(
      calls.sort((a, b) => a - b),
      objs.map((o) => o.addr).sort((a, b) => a - b),
    );
    assert.equal(rt.readMemStats().HeapObjects, 0);
  });

  test('a finalized object’s referents stay allocated and unchanged until the finalizer runs', () => {
    const { rt, m, s1 } = setup();
    const s3 = m.kinds[3]!;
    const a = m.alloc(s3, 10);
    m.setGlobal(0, a);
    // a → b → c, and a → d: only a holds them.
    const b = m.alloc(s1, 20);
    const c = m.alloc(s1, 30);
    const d = m.alloc(m.kinds[0]!, 40);
    m.write(a, 0, b);
    m.write(b, 0, c);
    m.write(a, 2, d);
    const seen: number[][] = [];
    rt.setFinalizer(a.addr, (p) => {
      // Reuse any freed slots first: a referent freed too early would be overwritten.
      const sc = rt.scope();
      for (let i = 0; i < 300; i++) sc.handle(rt.new(s1.type));
      sc.close();
      const u32 = rt.heap.arena.u32;
      const pb = u32[(p + 8) >>> 2]!;
      const pc = u32[(pb + 8) >>> 2]!;
      const pd = u32[(p + 24) >>> 2]!;
      for (const q of [pb, pc, pd]) rt.checkPointer(q);
      seen.push([readInt(rt, p), readInt(rt, pb), readInt(rt, pc), readInt(rt, pd)]);
    });
    m.setGlobal(0, null);
    rt.GC(); // finds a unreachable, keeps it and its referents, queues and runs the finalizer
    assert.deepEqual(seen, [[10, 20, 30, 40]]);
    rt.GC();
    rt.GC();
    assert.equal(seen.length, 1);
    assert.equal(rt.readMemStats().HeapObjects, 0, 'all four freed once the finalizer ran');
  });

  test('a finalizer that stores its object in a global resurrects it', () => {
    const { rt, m, s1 } = setup();
    const a = m.alloc(m.kinds[2]!, 5);
    const b = m.alloc(s1, 6);
    m.write(a, 0, b);
    const g = m.globals[1]!.g;
    let runs = 0;
    rt.setFinalizer(a.addr, (p) => {
      runs++;
      g.set(p);
    });
    rt.GC();
    assert.equal(runs, 1);
    m.globals[1]!.obj = a; // the model now roots a where the finalizer did
    for (let i = 0; i < 4; i++) {
      rt.GC();
      m.verify(`after resurrection, cycle ${i}`);
    }
    assert.equal(runs, 1, 'a finalizer is not set again by resurrection');
    assert.equal(rt.readMemStats().HeapObjects, 2);
    g.set(0);
    rt.GC();
    assert.equal(rt.readMemStats().HeapObjects, 0);
  });

  test('an object whose finalizer is queued but has not run survives the cycles before it runs', () => {
    // A cycle the heap triggers leaves sweeping to allocation, and the sweeper
    // queues the finalizer; synchronous code gives the queue no chance to run
    // before the next cycles. The queued object must stay allocated (Go scans the
    // finalizer queue as a root) until its finalizer has had it.
    const { rt, m, s1 } = setup();
    const s3 = m.kinds[3]!;
    const x = m.alloc(s1, 77);
    const got: { p: number; v: number }[] = [];
    rt.setFinalizer(x.addr, (p) => {
      rt.checkPointer(p);
      got.push({ p, v: readInt(rt, p) });
    });
    for (let cycles = 0; cycles < 3; cycles++) {
      const n = rt.gc.numgc;
      while (rt.gc.numgc === n) rt.new(s3.type); // garbage, until the heap triggers a cycle
    }
    rt.GC();
    assert.deepEqual(got, [{ p: x.addr, v: 77 }]);
    rt.GC();
    assert.equal(got.length, 1);
  });

  test('finalizers along a chain run one cycle apart, outermost first', () => {
    // a → b, both finalized, both unreachable: b is a referent of a, so it is kept
    // until a's finalizer has run and a is gone; then b's turn comes.
    const { rt, m, s1 } = setup();
    const a = m.alloc(s1, 1);
    const b = m.alloc(s1, 2);
    m.write(a, 0, b);
    const log: string[] = [];
    rt.setFinalizer(a.addr, (p) => log.push(`a@${rt.gc.numgc}:${readInt(rt, p)}`));
    rt.setFinalizer(b.addr, (p) => log.push(`b@${rt.gc.numgc}:${readInt(rt, p)}`));
    const objects: number[] = [];
    for (let i = 0; i < 4; i++) {
      rt.GC();
      objects.push(rt.readMemStats().HeapObjects);
    }
    assert.deepEqual(log, ['a@1:1', 'b@2:2']);
    assert.deepEqual(objects, [2, 1, 0, 0]);
  });

  test('a finalizer on a tiny object runs once its whole block is unreachable', () => {
    const { rt } = setup();
    const t = rt.types;
    const p1 = rt.new(t.int32);
    const p2 = rt.new(t.int32);
    assert.equal(p2, p1 + 4, 'both in one tiny block');
    const got: number[] = [];
    rt.setFinalizer(p2, (p) => got.push(p), true);
    for (let i = 0; i < 4; i++) rt.new(t.int64); // the P moves to another tiny block
    rt.GC();
    assert.deepEqual(got, [p2]);
    rt.GC();
    assert.deepEqual(got, [p2]);
  });

  test('a finalizer queued by sweeping after a heap-triggered cycle runs once the program yields', async () => {
    // Go's sweeper wakes the finalizer goroutine when it queues a finalizer; here
    // the sweep that finds the object happens during allocation, after the cycle
    // ended, and nothing else would run the queue until another cycle.
    const { rt, m, s1 } = setup();
    const x = m.alloc(s1, 5);
    const got: number[] = [];
    rt.setFinalizer(x.addr, (p) => got.push(readInt(rt, p)));
    const n = rt.gc.numgc;
    while (rt.gc.numgc === n) rt.new(m.kinds[3]!.type); // garbage until the heap triggers a cycle
    while (rt.gc.step(1)) {
      // sweep the rest, one span at a time
    }
    assert.deepEqual(got, [], 'not inside the program’s own code');
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.deepEqual(got, [5]);
  });

  test('SetFinalizer errors carry Go’s text', () => {
    const { rt, m, s1 } = setup();
    const a = m.alloc(s1, 1);
    m.handle(a);
    const fatal = (f: () => void, msg: string) =>
      assert.throws(f, (e: unknown) => e instanceof FatalError && e.message === msg);
    fatal(() => rt.setFinalizer(0, () => {}), 'runtime.SetFinalizer: first argument is nil');
    fatal(
      () => rt.setFinalizer(a.addr + 8, () => {}),
      'runtime.SetFinalizer: pointer not at beginning of allocated block',
    );
    // A free slot of a's span, and an address in no span at all.
    fatal(
      () => rt.setFinalizer(a.addr + 1024, () => {}),
      'runtime.SetFinalizer: pointer not in allocated block',
    );
    fatal(() => rt.setFinalizer(100 << 20, () => {}), 'runtime.SetFinalizer: pointer not in allocated block');
    rt.setFinalizer(a.addr, () => {});
    fatal(() => rt.setFinalizer(a.addr, () => {}), 'runtime.SetFinalizer: finalizer already set');
    rt.setFinalizer(a.addr, null);
    rt.setFinalizer(a.addr, () => {}); // removed, so it can be set again
  });
});
