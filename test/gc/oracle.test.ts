// The collector never loses an object and frees everything unreachable. Random
// programs — allocations rooted in handles or stored into reachable objects,
// pointer writes (nil included), pointers moved from the heap into handles,
// globals set and cleared, handle scopes opened and closed, switches between Ps —
// run against a plain JS graph while cycles start (rt.gc.begin, or the heap
// trigger under a small GOGC or a tight memory limit), advance in random
// increments (rt.gc.step) interleaved with the mutations, and complete (rt.GC).
// After every completed cycle and at the end, every object the model can reach
// must be allocated and hold exactly the model's int and pointer words; after
// rt.GC, which also sweeps, HeapObjects must equal the number the model can reach
// (no tiny objects are used, so the count is exact). gccheckmark is on, so a
// reachable object left white at mark termination is also a fatal error. A second
// property adds finalizers: each runs once, with its object and referents intact,
// and in the end only what Go keeps (objects reachable from the referents of a
// finalized object on a cycle through them) stays. Fixed programs target the
// hybrid barrier: a pointer moved from the heap into a handle and deleted from the
// heap while marking (the deletion barrier must shade it), a new object stored
// into an already-scanned object (allocate-black must keep it), and a pointer
// moved from the unscanned handle stack into a new object (the insertion half).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { GCPhase } from '../../src/runtime/mgc.js';
import { Runtime } from '../../src/runtime/runtime.js';
import { kinds, Model, type Obj, readInt, writeInt } from './support/model.js';

type Cmd =
  | { op: 'alloc'; kind: number; v: number; into: number; slot: number; viaField: boolean }
  | { op: 'write'; src: number; slot: number; dst: number; nil: boolean }
  | { op: 'handle'; obj: number }
  | { op: 'move'; src: number; slot: number }
  | { op: 'drop'; i: number }
  | { op: 'global'; g: number; obj: number; nil: boolean }
  | { op: 'open' }
  | { op: 'close' }
  | { op: 'begin' }
  | { op: 'step'; budget: number }
  | { op: 'gc' }
  | { op: 'proc'; p: number }
  | { op: 'finalizer'; obj: number };

const idx = fc.nat({ max: 1 << 16 });
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      op: fc.constant('alloc' as const),
      // kind 6 (the large pointer array) is drawn rarely.
      kind: fc.oneof({ weight: 30, arbitrary: fc.nat({ max: 5 }) }, { weight: 1, arbitrary: fc.constant(6) }),
      v: fc.nat({ max: 0xffffffff }),
      into: idx,
      slot: idx,
      viaField: fc.boolean(),
    }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      op: fc.constant('write' as const),
      src: idx,
      slot: idx,
      dst: idx,
      nil: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('handle' as const), obj: idx }) },
  // A pointer moved out of the heap into a handle: the deletion barrier's case.
  { weight: 4, arbitrary: fc.record({ op: fc.constant('move' as const), src: idx, slot: idx }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('drop' as const), i: idx }) },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('global' as const), g: idx, obj: idx, nil: fc.boolean() }),
  },
  { weight: 2, arbitrary: fc.constant({ op: 'open' as const }) },
  { weight: 2, arbitrary: fc.constant({ op: 'close' as const }) },
  { weight: 2, arbitrary: fc.constant({ op: 'begin' as const }) },
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('step' as const),
      budget: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4096 }), fc.constant(1 << 20)),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'gc' as const }) },
  // Run on another P: its own mcache, cached spans and tiny block.
  { weight: 1, arbitrary: fc.record({ op: fc.constant('proc' as const), p: idx }) },
);

function newRuntime(gogc: number, memoryLimit?: number): Runtime {
  return new Runtime({ gomaxprocs: 2, gogc, memoryLimit, gccheckmark: true, arenaBytes: 256 << 20, env: {} });
}

/** No memory limit, or a tight one (a few MiB) under which cycles run back to back. */
const limitArb = fc.option(fc.integer({ min: 2 << 20, max: 12 << 20 }), { nil: undefined, freq: 3 });

/** A small GOGC, so cycles also start by themselves; now and then GOGC=off (-1). */
const gogcArb = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 10, max: 50 }) },
  { weight: 1, arbitrary: fc.constant(-1) },
);

/** finalizer commands, for the programs that also set finalizers. */
const finalizerCmd: fc.Arbitrary<Cmd> = fc.record({ op: fc.constant('finalizer' as const), obj: idx });

/** Runs the program; checks after every completed cycle and at the end. */
function run(gogc: number, cmds: Cmd[], memoryLimit?: number): void {
  const fin = { set: 0, ran: 0 };
  const rt = newRuntime(gogc, memoryLimit);
  const m = new Model(rt, kinds(rt), 4);
  const finalized = new Set<Obj>();
  const ranFor = new Set<Obj>();
  let seenGC = rt.gc.numgc;
  const afterCycle = (where: string) => {
    if (rt.gc.numgc !== seenGC) {
      seenGC = rt.gc.numgc;
      m.verify(`${where} (after cycle ${seenGC})`);
    }
  };
  const pick = (live: Obj[], i: number, withPtrs = false): Obj | null => {
    const c = withPtrs ? live.filter((o) => o.kind.ptrOffsets.length > 0) : live;
    return c.length === 0 ? null : c[i % c.length]!;
  };
  for (const [n, c] of cmds.entries()) {
    const where = `command ${n} ${JSON.stringify(c)}`;
    const live = m.reachable();
    switch (c.op) {
      case 'alloc': {
        const k = m.kinds[c.kind]!;
        const into = c.viaField ? pick(live, c.into, true) : null;
        const o = m.alloc(k, c.v);
        if (into === null) m.handle(o);
        else m.write(into, c.slot % into.kind.ptrOffsets.length, o);
        break;
      }
      case 'write': {
        const src = pick(live, c.src, true);
        if (src === null) break;
        m.write(src, c.slot % src.kind.ptrOffsets.length, c.nil ? null : pick(live, c.dst));
        break;
      }
      case 'handle': {
        const o = pick(live, c.obj);
        if (o !== null) m.handle(o);
        break;
      }
      case 'move': {
        const src = pick(
          live.filter((o) => o.ptrs.size > 0),
          c.src,
        );
        if (src === null) break;
        const slots = [...src.ptrs.keys()];
        const slot = slots[c.slot % slots.length]!;
        m.handle(src.ptrs.get(slot)!);
        m.write(src, slot, null);
        break;
      }
      case 'drop':
        m.dropHandle(c.i);
        break;
      case 'global':
        m.setGlobal(c.g, c.nil ? null : pick(live, c.obj));
        break;
      case 'open':
        m.openScope();
        break;
      case 'close':
        m.closeScope();
        break;
      case 'begin':
        rt.gc.begin();
        break;
      case 'step':
        rt.gc.step(c.budget);
        break;
      case 'finalizer': {
        // Each finalizer checks, when it runs, that its object and the objects it
        // points to are still allocated and unchanged.
        const o = pick(live, c.obj);
        if (o === null || o.kind.name === 'big' || fin.set >= 40) break;
        if (finalized.has(o)) break;
        finalized.add(o);
        fin.set++;
        const snapshot = [...o.ptrs.entries()].map(([slot, t]) => [slot, t, t.v] as const);
        rt.setFinalizer(o.addr, (p) => {
          assert.ok(!ranFor.has(o), 'a finalizer runs once');
          ranFor.add(o);
          fin.ran++;
          assert.equal(p, o.addr);
          if (o.kind.intOffset >= 0) assert.equal(readInt(rt, p + o.kind.intOffset), o.v, 'finalized object');
          for (const [slot, t, v] of snapshot) {
            if (o.ptrs.get(slot) !== t) continue; // rewritten since
            rt.checkPointer(t.addr);
            if (t.kind.intOffset >= 0) assert.equal(readInt(rt, t.addr + t.kind.intOffset), v, 'referent');
          }
        });
        break;
      }
      case 'proc':
        rt.p = rt.allp[c.p % rt.allp.length]!;
        break;
      case 'gc': {
        rt.GC();
        seenGC = rt.gc.numgc;
        const nlive = m.verify(`${where} (after rt.GC)`);
        const objects = rt.readMemStats().HeapObjects;
        if (fin.set === 0) assert.equal(objects, nlive, `${where}: HeapObjects after rt.GC`);
        else assert.ok(objects >= nlive, `${where}: HeapObjects after rt.GC`);
        break;
      }
    }
    afterCycle(where);
  }
  m.verify('end of program');
  rt.GC();
  const nlive = m.verify('end of program, after rt.GC');
  if (fin.set === 0) assert.equal(rt.readMemStats().HeapObjects, nlive, 'HeapObjects after the final rt.GC');
  // Drop every root: a last collection must free everything.
  for (let i = 0; i < m.globals.length; i++) m.setGlobal(i, null);
  while (m.scopes.length > 1) m.closeScope();
  for (let i = 0; i < m.scopes[0]!.handles.length; i++) m.dropHandle(i);
  // Finalized objects take a cycle more each, one more per finalizer along a chain.
  for (let i = 0; i <= fin.set + 1; i++) rt.GC();
  assert.equal(m.verify('all roots dropped'), 0);
  // What stays is what Go keeps: the referents of a finalized object are roots
  // until its finalizer runs, so an object on a cycle through its own referents
  // (or kept by such an object) is never finalized, and never freed.
  const kept = new Set<Obj>();
  const stack: Obj[] = [];
  for (const o of finalized) if (!ranFor.has(o)) stack.push(...o.ptrs.values());
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (kept.has(o)) continue;
    kept.add(o);
    stack.push(...o.ptrs.values());
  }
  for (const o of finalized) {
    assert.equal(ranFor.has(o), !kept.has(o), `finalizer of #${o.id} ran iff the object was not kept`);
  }
  assert.equal(rt.readMemStats().HeapObjects, kept.size, 'HeapObjects with no roots left');
}

describe('GC oracle: random programs against a model graph', () => {
  test('no reachable object is lost or changed; rt.GC frees exactly the unreachable ones', () => {
    fc.assert(fc.property(gogcArb, fc.array(cmd, { minLength: 20, maxLength: 250 }), limitArb, run), {
      numRuns: Number(process.env.GC_RUNS ?? 70),
      endOnFailure: process.env.GC_SHRINK !== '1',
      includeErrorInReport: true,
    });
  });

  test('with finalizers: objects and referents intact when finalizers run, each runs once, all freed', () => {
    fc.assert(
      fc.property(
        gogcArb,
        fc.array(fc.oneof({ weight: 12, arbitrary: cmd }, { weight: 1, arbitrary: finalizerCmd }), {
          minLength: 20,
          maxLength: 250,
        }),
        limitArb,
        run,
      ),
      {
        numRuns: Number(process.env.GC_RUNS ?? 40),
        endOnFailure: process.env.GC_SHRINK !== '1',
        includeErrorInReport: true,
      },
    );
  });

  test('long programs with a tiny GOGC run many self-triggered cycles', () => {
    fc.assert(
      fc.property(fc.array(cmd, { minLength: 600, maxLength: 900 }), (cmds) => run(10, cmds)),
      {
        numRuns: Number(process.env.GC_LONG_RUNS ?? 4),
        endOnFailure: process.env.GC_SHRINK !== '1',
        includeErrorInReport: true,
      },
    );
  });
});

describe('GC oracle: the hybrid barrier under adversarial interleavings', () => {
  /** Steps until the cycle in progress finishes marking. */
  const finishMarking = (rt: Runtime) => {
    while (rt.gc.phase === GCPhase.Mark) rt.gc.step(64);
  };
  const sweepAll = (rt: Runtime) => {
    while (rt.gc.step(1)) {
      // one span per step
    }
  };

  test('a pointer moved from the heap into a handle, then deleted from the heap while marking, survives', () => {
    const rt = newRuntime(100);
    const m = new Model(rt, kinds(rt), 1);
    const [, s1] = m.kinds;
    const a = m.alloc(s1!, 1);
    m.handle(a);
    const b = m.alloc(s1!, 2);
    m.write(a, 0, b);
    const c = m.alloc(s1!, 3); // b → c: something b's scan must keep
    m.write(b, 0, c);
    rt.gc.begin();
    rt.gc.step(0); // roots only: a is grey, not scanned; b is white
    assert.equal(rt.gc.phase, GCPhase.Mark);
    m.openScope();
    m.handle(b); // the handle stack was scanned already: no barrier on this root
    m.write(a, 0, null); // the only heap reference to b goes: Yuasa must shade b
    finishMarking(rt);
    sweepAll(rt);
    assert.equal(m.verify('after the cycle'), 3);
    assert.equal(readInt(rt, b.addr), 2);
    rt.GC();
    assert.equal(rt.readMemStats().HeapObjects, 3);
    m.verify('after rt.GC');
  });

  test('a new object stored into an already-scanned (black) object survives', () => {
    const rt = newRuntime(100);
    const m = new Model(rt, kinds(rt), 0);
    const s1 = m.kinds[1]!;
    // Rooted first so they are scanned after a: grey work that keeps marking going
    // past the assist the next allocation makes (at least 64 KiB of scanning).
    const big = m.kinds[6]!;
    for (let i = 0; i < 4; i++) {
      const b = m.alloc(big, 0);
      m.handle(b);
      for (let j = 0; j < 40; j++) m.write(b, j * 400, m.alloc(s1, 1000 * i + j));
    }
    const a = m.alloc(s1, 1);
    m.handle(a);
    rt.gc.begin();
    rt.gc.step(1); // roots, then one object: the last root shaded, a
    assert.equal(rt.gc.phase, GCPhase.Mark);
    const s = rt.heap.spanOf(a.addr)!;
    assert.ok(s.isMarked(s.objIndex(a.addr)), 'a is marked');
    const fresh = m.alloc(s1, 7);
    assert.equal(rt.gc.phase, GCPhase.Mark, 'still marking after the allocation');
    m.write(a, 0, fresh); // nothing shades fresh now: it must have been born black
    finishMarking(rt);
    sweepAll(rt);
    m.verify('after the cycle');
    assert.equal(readInt(rt, fresh.addr), 7);
    // Its slot must not be handed out again.
    for (let i = 0; i < 200; i++) writeInt(rt, rt.new(s1.type), 0xdead);
    m.verify('after reusing free slots');
  });

  test('a pointer stored into a new (black) object before the roots are scanned survives', () => {
    // Background workers have earned scan credit, so the allocation's assist is
    // paid from it and scans nothing: the handle stack is still unscanned (grey)
    // when x moves from it into n, which was born black and is never scanned.
    // Only the insertion half of the barrier (shade ptr while the stack is grey)
    // keeps x.
    const rt = newRuntime(100);
    const m = new Model(rt, kinds(rt), 0);
    const s1 = m.kinds[1]!;
    const x = m.alloc(s1, 9);
    m.handle(x);
    m.openScope();
    rt.gc.begin();
    rt.heap.gcController.bgScanCredit = 1 << 30;
    const n = m.alloc(s1, 10);
    m.handle(n);
    const sx = rt.heap.spanOf(x.addr)!;
    assert.equal(sx.isMarked(sx.objIndex(x.addr)), false, 'the roots are not scanned yet');
    m.write(n, 0, x);
    m.scopes[0].handles[0]!.h.set(0);
    m.scopes[0].handles[0]!.obj = null;
    finishMarking(rt);
    sweepAll(rt);
    assert.equal(m.verify('after the cycle'), 2);
    assert.equal(readInt(rt, x.addr), 9);
  });
});
