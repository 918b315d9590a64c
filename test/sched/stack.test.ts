import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { chanrecv, closechan, makechan } from '../../src/runtime/chan.js';
import { FatalError } from '../../src/runtime/panic.js';
import { root } from '../go/paths.js';
import { enter, go, leave, type World, world } from './support.js';

interface Snap {
  StackInuse: number;
  StackSys: number;
  HeapSys: number;
  HeapInuse: number;
  Sys: number;
  NumGoroutine: number;
}
interface Run {
  n: number;
  before: Snap;
  blocked: Snap;
  exited: Snap;
  after_gc: Snap;
}

function snap(w: World): Snap {
  const m = w.rt.readMemStats();
  return {
    StackInuse: m.StackInuse,
    StackSys: m.StackSys,
    HeapSys: m.HeapSys,
    HeapInuse: m.HeapInuse,
    Sys: m.Sys,
    NumGoroutine: w.sched.numGoroutine(),
  };
}

/** The fixture program's steps: n goroutines block on a channel, are released, exit; then GC. */
async function stacksRun(w: World, n: number): Promise<Run> {
  const r = { n } as Run;
  const t = w.rt.types.chan(w.rt.types.struct('struct {}', {}));
  await w.sched.run(function* () {
    w.rt.GC();
    r.before = snap(w);
    const release = makechan(w.rt, t, 0);
    // The channel lives in a frame slot, as compiled code keeps it.
    const d = w.frames.add('main.one', 16, [8]);
    const [fp, tok] = enter(w, d);
    w.u32[(fp + 8) >>> 2] = release;
    for (let i = 0; i < n; i++) go(w, () => chanrecv(w.sched, release, 0));
    yield* w.sched.gosched();
    r.blocked = snap(w);
    closechan(w.sched, release);
    // Go's fixture waits on a WaitGroup; Gosched lets main run every 61st tick.
    while (w.sched.numGoroutine() > 1) yield* w.sched.gosched();
    r.exited = snap(w);
    w.rt.GC();
    r.after_gc = snap(w);
    leave(w, fp, tok);
  });
  return r;
}

const goRuns = (
  JSON.parse(readFileSync(path.join(root, 'test/fixtures/go1.19/sched/stacks.json'), 'utf8')) as {
    runs: Run[];
  }
).runs;

test('StackInuse: 2 KiB stacks carved from 32 KiB spans, held by exited goroutines until a GC frees the global free list (as Go 1.19)', async () => {
  for (const n of [10, 100, 1000]) {
    const w = world();
    const r = await stacksRun(w, n);
    const grown = r.blocked.StackInuse - r.before.StackInuse;
    // The P's stack cache may hold up to 16 KiB of them already.
    assert.ok(grown >= n * 2048 - 16384 && grown <= n * 2048 + 3 * 32768, `n=${n}: StackInuse grew ${grown}`);
    assert.equal(grown % 32768, 0);
    assert.equal(r.blocked.NumGoroutine, n + 1);
    assert.equal(r.exited.NumGoroutine, 1);
    // Go: exiting does not free stacks...
    assert.equal(r.exited.StackInuse, r.blocked.StackInuse);
    const g = goRuns.find((x) => x.n === n)!;
    assert.equal(g.exited.StackInuse, g.blocked.StackInuse);
    // ...a GC frees those of the global free list (beyond 32..64 kept by the P).
    if (n >= 100) {
      assert.ok(r.after_gc.StackInuse < r.exited.StackInuse, `n=${n}`);
      assert.ok(g.after_gc.StackInuse < g.exited.StackInuse);
      assert.ok(r.after_gc.StackInuse - r.before.StackInuse <= 64 * 2048 + 2 * 32768);
    }
    // Stack pages leave HeapSys and are counted in StackSys and Sys, as in Go.
    for (const s of [r, g]) {
      assert.equal(s.blocked.StackSys, s.blocked.StackInuse);
      assert.equal(s.blocked.HeapSys + s.blocked.StackInuse, s.before.HeapSys + s.before.StackInuse);
    }
  }
});

test('segmented growth: deep recursion spans segments, keeps every frame intact, and each GC frees the topmost cached segment', async () => {
  const w = world();
  const d = w.frames.add('main.rec', 1000, []);
  const depth = 200;
  let peak = 0;
  await w.sched.run(function* () {
    const base = w.rt.readMemStats().StackInuse;
    const rec = (k: number): number => {
      const [fp, tok] = enter(w, d);
      w.u32[(fp + 8) >>> 2] = k;
      const sum = k === 0 ? 0 : rec(k - 1) + 1;
      if (k === 0) peak = w.rt.readMemStats().StackInuse;
      assert.equal(w.u32[(fp + 8) >>> 2], k);
      leave(w, fp, tok);
      return sum;
    };
    const spBefore = w.REG[0];
    assert.equal(rec(depth), depth);
    assert.equal(w.REG[0], spBefore);
    assert.ok(peak - base >= depth * 1000 - 2048, `peak ${peak} base ${base}`);
    // The segments stay cached with the goroutine until a GC shrinks its stack.
    assert.equal(w.rt.readMemStats().StackInuse, peak);
    assert.equal(rec(depth), depth);
    assert.equal(w.rt.readMemStats().StackInuse, peak);
    // Each GC halves what the goroutine holds, as Go's shrinkstack halves a
    // stack: the topmost cached segment is about half of it.
    let held = peak;
    for (let i = 0; held >= base + 32768 * 2 && i < 20; i++) {
      w.rt.GC();
      const now = w.rt.readMemStats().StackInuse;
      assert.ok(now < held && now >= held / 2 - 32768, `GC ${i}: ${held} → ${now}`);
      held = now;
    }
    assert.ok(held < base + 32768 * 2, `held ${held} base ${base}`);
    yield* w.sched.gosched();
  });
});

test('stack overflow: past maxstacksize, Go fatal error with the limit in the detail', async () => {
  const w = world();
  w.sched.setMaxStack(1 << 20);
  const d = w.frames.add('main.f', 4096, []);
  const f = (): void => {
    const [fp, tok] = enter(w, d);
    f();
    leave(w, fp, tok);
  };
  const err = await w.sched.run(f).then(
    () => null,
    (e: unknown) => e,
  );
  assert.ok(err instanceof FatalError);
  assert.equal(
    err.report(),
    'runtime: goroutine stack exceeds 1048576-byte limit\nfatal error: stack overflow',
  );
});

test("stack scanning: an object only a parked goroutine's frame slot holds survives GC; the unreferenced one is freed", async () => {
  const w = world();
  const T = w.rt.types.struct('T', (self) => ({ next: w.rt.types.ptr(self), v: w.rt.types.int }));
  const isLive = (p: number): boolean => {
    const s = w.rt.heap.spanOf(p);
    return s !== null && !s.isFree(s.objIndex(p));
  };
  const t = w.rt.types.chan(w.rt.types.int);
  await w.sched.run(function* () {
    const c = makechan(w.rt, t, 0);
    const d = w.frames.add('main.main', 32, [8]);
    const [fp, tok] = enter(w, d);
    w.u32[(fp + 8) >>> 2] = c;
    let kept = 0;
    let kept2 = 0;
    const gd = w.frames.add('main.worker', 32, [16]);
    go(w, function* () {
      const [gfp, gtok] = enter(w, gd);
      kept = w.rt.new(T);
      kept2 = w.rt.new(T);
      w.rt.writePointer(kept, kept2);
      w.u32[(gfp + 16) >>> 2] = kept;
      // A scalar slot holding an address is not a root.
      w.u32[(gfp + 8) >>> 2] = w.rt.new(T);
      yield* chanrecv(w.sched, c, 0);
      leave(w, gfp, gtok);
    });
    yield* w.sched.gosched();
    const dropped = w.u32[(w.sched.allgs[1].fp + 8) >>> 2]!;
    w.rt.GC();
    assert.ok(isLive(kept) && isLive(kept2) && isLive(c));
    assert.ok(!isLive(dropped));
    closechan(w.sched, c);
    yield* w.sched.gosched();
    w.rt.GC();
    assert.ok(!isLive(kept));
    leave(w, fp, tok);
  });
});

test('stack scan work: the frames a GC scanned enter the pacer (lastStackScan), so NextGC grows with live stack as in Go', async () => {
  const w = world();
  w.rt.setGCPercent(100);
  const ctl = w.rt.heap.gcController;
  const t = w.rt.types.chan(w.rt.types.int);
  const big = w.frames.add('main.big', 64 << 10, []);
  await w.sched.run(function* () {
    const c = makechan(w.rt, t, 0);
    const d = w.frames.add('main.main', 24, [8, 16]);
    const [fp, tok] = enter(w, d);
    w.u32[(fp + 8) >>> 2] = c;
    // A live heap above the 4 MiB minimum, so the goal is computed from the scan work.
    w.u32[(fp + 16) >>> 2] = w.rt.mallocgc(8 << 20, null, false);
    w.rt.GC();
    const base = ctl.lastStackScan;
    const marked0 = ctl.heapMarked;
    const goal0 = w.rt.readMemStats().NextGC;
    for (let i = 0; i < 4; i++)
      go(w, function* () {
        const [gfp, gtok] = enter(w, big);
        yield* chanrecv(w.sched, c, 0);
        leave(w, gfp, gtok);
      });
    yield* w.sched.gosched();
    w.rt.GC();
    assert.equal(ctl.lastStackScan - base, 4 * ((64 << 10) + 16));
    assert.ok(ctl.maxStackScan >= 4 * (64 << 10));
    // The goal also moves with the heap the new goroutines' descriptors (allgs.ts) added.
    const dMarked = ctl.heapMarked - marked0;
    assert.ok(dMarked >= 4 * 416);
    assert.equal(w.rt.readMemStats().NextGC - goal0, 4 * ((64 << 10) + 16) + 2 * dMarked);
    closechan(w.sched, c);
    leave(w, fp, tok);
  });
});
