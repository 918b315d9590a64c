import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  chancap,
  chanlen,
  chanrecv,
  chanrecvNB,
  chansend,
  chansendNB,
  closechan,
  makechan,
  selectgo,
} from '../../src/runtime/chan.js';
import { RuntimeError } from '../../src/runtime/panic.js';
import type { Runtime } from '../../src/runtime/runtime.js';
import type { Type } from '../../src/runtime/type.js';
import { root } from '../go/paths.js';
import { enter, go, goPlain, leave, type World, world } from './support.js';

interface Case {
  elem: string;
  size: number;
  mallocs: number;
  total_alloc: number;
}

function elemType(rt: Runtime, name: string): Type {
  const t = rt.types;
  switch (name) {
    case 'struct {}':
      return t.lookup(name) ?? t.struct(name, {});
    case 'int':
      return t.int;
    case 'uint8':
      return t.uint8;
    case '*int':
      return t.ptr(t.int);
    case 'string':
      return t.string;
    case '[64]uint8':
      return t.array(t.uint8, 64);
    case 'main.pair':
      return t.lookup(name) ?? t.struct(name, { a: t.int, p: t.ptr(t.int) });
  }
  throw new Error(name);
}

test('makechan allocates as Go 1.19 does: Mallocs and TotalAlloc of make(chan T, n) match the fixture', () => {
  const cases = (
    JSON.parse(readFileSync(path.join(root, 'test/fixtures/go1.19/sched/makechan.json'), 'utf8')) as {
      cases: Case[];
    }
  ).cases;
  assert.ok(cases.length >= 40);
  const w = world();
  const rt = w.rt;
  for (const c of cases) {
    const t = rt.types.chan(elemType(rt, c.elem));
    rt.GC();
    const a = rt.readMemStats();
    const ch = makechan(rt, t, c.size);
    const b = rt.readMemStats();
    assert.deepEqual(
      { mallocs: b.Mallocs - a.Mallocs, total: b.TotalAlloc - a.TotalAlloc },
      { mallocs: c.mallocs, total: c.total_alloc },
      `make(chan ${c.elem}, ${c.size})`,
    );
    assert.equal(chancap(rt, ch), c.size);
    assert.equal(chanlen(rt, ch), 0);
  }
});

test('makechan: a negative or huge size panics with Go text', () => {
  const w = world();
  const t = w.rt.types.chan(w.rt.types.int);
  assert.throws(() => makechan(w.rt, t, -1), { message: 'makechan: size out of range' });
  assert.throws(() => makechan(w.rt, t, 2 ** 48), { message: 'makechan: size out of range' });
});

type Op = { op: 'send'; v: number } | { op: 'recv' } | { op: 'close' };

test('non-blocking send/receive/close on a buffered channel follow a FIFO model (property)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 5 }),
      fc.array(
        fc.oneof(
          fc.record({ op: fc.constant('send' as const), v: fc.integer({ min: 1, max: 1e6 }) }),
          fc.record({ op: fc.constant('recv' as const) }),
          fc.constant({ op: 'close' as const }),
        ),
        { maxLength: 40 },
      ),
      (cap, ops: Op[]) => {
        const w = world();
        const { rt, sched, u32 } = w;
        const T = rt.types.chan(rt.types.int);
        const c = makechan(rt, T, cap);
        const slot = sched.stacks.alloc.alloc(2048);
        const model: number[] = [];
        let closed = false;
        for (const o of ops) {
          if (o.op === 'send') {
            u32[slot >>> 2] = o.v;
            if (closed) {
              assert.throws(() => chansendNB(sched, c, slot), { message: 'send on closed channel' });
              continue;
            }
            const ok = chansendNB(sched, c, slot);
            assert.equal(ok, model.length < cap);
            if (ok) model.push(o.v);
          } else if (o.op === 'recv') {
            u32[(slot + 8) >>> 2] = 77;
            const sel = chanrecvNB(sched, c, slot + 8);
            if (model.length > 0) {
              assert.ok(sel && sched.selectOK);
              assert.equal(u32[(slot + 8) >>> 2], model.shift());
            } else if (closed) {
              assert.ok(sel && !sched.selectOK);
              assert.equal(u32[(slot + 8) >>> 2], 0);
            } else {
              assert.ok(!sel);
              assert.equal(u32[(slot + 8) >>> 2], 77);
            }
          } else if (closed) {
            assert.throws(() => closechan(sched, c), { message: 'close of closed channel' });
          } else {
            closechan(sched, c);
            closed = true;
          }
          assert.equal(chanlen(rt, c), model.length);
        }
      },
    ),
    { numRuns: 200 },
  );
});

test('panics: Go plain errors for send on closed, close of closed and close of nil', async () => {
  const w = world();
  const t = w.rt.types.chan(w.rt.types.int);
  const c = makechan(w.rt, t, 1);
  closechan(w.sched, c);
  assert.throws(
    () => closechan(w.sched, c),
    (e: unknown) => e instanceof RuntimeError && e.message === 'close of closed channel',
  );
  assert.throws(() => closechan(w.sched, 0), { message: 'close of nil channel' });
  const err = await w.sched
    .run(() => chansend(w.sched, c, 0))
    .then(
      () => null,
      (e: unknown) => e,
    );
  assert.ok(err instanceof RuntimeError);
  assert.equal(err.message, 'send on closed channel');
});

test('a sender blocked on a channel that gets closed panics when it wakes', async () => {
  const w = world();
  const t = w.rt.types.chan(w.rt.types.int);
  const err = await w.sched
    .run(function* () {
      const c = makechan(w.rt, t, 0);
      goPlain(w, () => {
        closechan(w.sched, c);
      });
      yield* chansend(w.sched, c, 0);
    })
    .then(
      () => null,
      (e: unknown) => e,
    );
  assert.ok(err instanceof RuntimeError);
  assert.equal(err.message, 'send on closed channel');
});

/** A producer/consumer pair through a channel of cap n: everything arrives, in order. */
async function pipe(w: World, cap: number, n: number, ptrs: boolean): Promise<number[]> {
  const { rt, sched, u32 } = w;
  const elem = ptrs ? rt.types.ptr(rt.types.int) : rt.types.int;
  const T = rt.types.chan(elem);
  const got: number[] = [];
  await sched.run(function* () {
    const c = makechan(rt, T, cap);
    const d = w.frames.add('main.main', 24, ptrs ? [8, 16] : [16]);
    const [fp, tok] = enter(w, d);
    u32[(fp + 16) >>> 2] = c;
    go(w, function* () {
      const [gfp, gtok] = enter(w, d);
      for (let i = 1; i <= n; i++) {
        if (ptrs) {
          const p = rt.new(rt.types.int);
          u32[p >>> 2] = i;
          u32[(gfp + 8) >>> 2] = p;
        } else u32[(gfp + 8) >>> 2] = i;
        yield* chansend(sched, c, gfp + 8);
        if (i % 7 === 0) rt.GC();
      }
      closechan(sched, c);
      leave(w, gfp, gtok);
    });
    for (;;) {
      const ok = yield* chanrecv(sched, c, fp + 8);
      if (!ok) break;
      const v = u32[(fp + 8) >>> 2]!;
      got.push(ptrs ? u32[v >>> 2]! : v);
    }
    leave(w, fp, tok);
  });
  return got;
}

test('blocking send and receive: every value arrives in order through unbuffered and buffered channels, across GCs', async () => {
  for (const cap of [0, 1, 3, 16]) {
    for (const ptrs of [false, true]) {
      const got = await pipe(world(), cap, 50, ptrs);
      assert.deepEqual(
        got,
        Array.from({ length: 50 }, (_, i) => i + 1),
        `cap ${cap} ptrs ${ptrs}`,
      );
    }
  }
});

test('channels under every collector: values sent into stack variables keep heap counts right (refcount) and survive STW cycles', async () => {
  for (const kind of ['stw', 'refcount'] as const) {
    for (const cap of [0, 4]) {
      const w = world(kind);
      const got = await pipe(w, cap, 40, true);
      assert.deepEqual(
        got,
        Array.from({ length: 40 }, (_, i) => i + 1),
        `${kind} cap ${cap}`,
      );
      w.rt.GC();
      const m = w.rt.readMemStats();
      assert.ok(m.HeapObjects < 40, `${kind}: ${m.HeapObjects} objects left`);
    }
  }
});

test('select: default when nothing is ready; random choice among ready cases; nil channels never chosen', async () => {
  const w = world();
  const { rt, sched, u32 } = w;
  sched.seed(12345);
  const T = rt.types.chan(rt.types.int);
  const a = makechan(rt, T, 1000);
  const b = makechan(rt, T, 1000);
  const slot = sched.stacks.alloc.alloc(2048);
  await sched.run(function* () {
    assert.equal(yield* selectgo(sched, [a, slot, b, slot, 0, slot], 0, false), -1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 400; i++) {
      u32[slot >>> 2] = i;
      const k = yield* selectgo(sched, [a, slot, b, slot, 0, slot], 3, false);
      counts[k]!++;
    }
    assert.equal(counts[2], 0);
    assert.ok(counts[0]! > 120 && counts[1]! > 120, String(counts));
    assert.equal(chanlen(rt, a) + chanlen(rt, b), 400);
    // Receives: drain both; each case index is a receive.
    let n = 0;
    for (;;) {
      const k = yield* selectgo(sched, [a, slot + 8, b, slot + 8], 0, false);
      if (k < 0) break;
      assert.ok(sched.selectOK);
      n++;
    }
    assert.equal(n, 400);
  });
});

test('select: a blocked select is woken by exactly one case and leaves the other queues', async () => {
  const w = world();
  const { rt, sched, u32 } = w;
  const T = rt.types.chan(rt.types.int);
  const log: string[] = [];
  await sched.run(function* () {
    const a = makechan(rt, T, 0);
    const b = makechan(rt, T, 0);
    const d = w.frames.add('main.main', 24, [8, 16]);
    const [fp, tok] = enter(w, d);
    go(w, function* () {
      const [gfp, gtok] = enter(w, d);
      const k = yield* selectgo(sched, [a, gfp + 8, b, gfp + 8], 0, true);
      log.push(`case ${k} got ${u32[(gfp + 8) >>> 2]} ok ${sched.selectOK}`);
      leave(w, gfp, gtok);
    });
    yield* sched.gosched();
    assert.equal(sched.chanq.size, 2);
    u32[(fp + 8) >>> 2] = 5;
    yield* chansend(sched, b, fp + 8);
    yield* sched.gosched();
    // Nobody waits on a any more: a send there would block.
    assert.equal(sched.chanq.size, 0);
    assert.equal(chansendNB(sched, a, fp + 8), false);
    // A closed channel's receive case is ready with ok false.
    closechan(sched, a);
    const k = yield* selectgo(sched, [b, fp + 16, a, fp + 16], 0, true);
    log.push(`case ${k} ok ${sched.selectOK}`);
    leave(w, fp, tok);
  });
  assert.deepEqual(log, ['case 1 got 5 ok true', 'case 1 ok false']);
});

test('select with a send case to a closed channel panics; select {} blocks forever', async () => {
  const w = world();
  const T = w.rt.types.chan(w.rt.types.int);
  const c = makechan(w.rt, T, 0);
  closechan(w.sched, c);
  const err = await w.sched
    .run(() => selectgo(w.sched, [c, 0], 1, false))
    .then(
      () => null,
      (e: unknown) => e,
    );
  assert.ok(err instanceof RuntimeError && err.message === 'send on closed channel');
  const w2 = world();
  const err2 = await w2.sched
    .run(() => selectgo(w2.sched, [], 0, true))
    .then(
      () => null,
      (e: unknown) => e,
    );
  assert.match(String(err2), /deadlock/);
  assert.match(w2.sched.tracebackAll(), /goroutine 1 \[select \(no cases\)\]/);
});
