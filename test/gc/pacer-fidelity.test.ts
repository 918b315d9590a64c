// The pacer's numbers as Go 1.19 gives them, through the whole runtime rather than
// the controller alone. After runtime.GC with a known live heap, NextGC is the goal
// Go computes from what the cycle marked — heapMarked + (heapMarked + stacks +
// globals) × GOGC/100, at least 4 MiB × GOGC/100 and at least heapMarked + 1 MiB
// (the sweep-distance floor the Go fixtures show, test/fixtures/go1.19/pacer/README.md);
// gomem has no stacks, and each global root is 8 bytes of globals.
// The same relation is first checked against every GOGC run of real Go 1.19 in the
// pacer fixtures (heapgoal.json), so the formula is Go's. NumGC, NumForcedGC,
// PauseNs, PauseTotalNs and LastGC keep Go's bookkeeping. A program
// that allocates garbage over a fixed live heap starts every cycle with the heap
// between the trigger bounds (GO-FACTS: heapMarked + 0.7 and + 0.95 of the way to
// the goal, or goal − 4 MiB if larger), so it runs as many cycles as the goal
// implies. Under a memory limit below the GOGC goal, NextGC is the limit's goal:
// limit − non-heap memory − overage − 1 MiB, with mappedReady = Sys − HeapReleased
// and heapFree = HeapIdle − HeapReleased as in the fixtures, floored at heapMarked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { GCPhase } from '../../src/runtime/mgc.js';
import { Runtime } from '../../src/runtime/runtime.js';
import type { Type } from '../../src/runtime/type.js';

const MiB = 1 << 20;
const nglobals = 24;

/** A runtime with `live` bytes of 64-byte nodes linked from global g0, built with the collector off. */
function liveHeap(gogc: number, live: number) {
  const rt = new Runtime({ gomaxprocs: 1, gogc, arenaBytes: 512 << 20, env: {} });
  const t = rt.types;
  const node: Type = t.struct('node', (self) => ({ next: t.ptr(self), pad: t.array(t.uintptr, 7) }));
  const globals = Array.from({ length: nglobals }, (_, i) => rt.global(`g${i}`));
  rt.setGCPercent(-1);
  for (let n = 0; n < live / node.size; n++) {
    const p = rt.new(node);
    rt.writePointer(p, globals[0]!.get());
    globals[0]!.set(p);
  }
  rt.setGCPercent(gogc);
  return { rt, node, globals };
}

/** The goal after a forced cycle, from what it marked and its stack and globals scan work. */
function goalAfterGC(heapMarked: number, stacks: number, globals: number, gogc: number): number {
  const goal = heapMarked + Math.floor(((heapMarked + stacks + globals) * gogc) / 100);
  return Math.max(goal, Math.floor((4 * MiB * gogc) / 100), heapMarked + MiB);
}

function gogcGoal(heapMarked: number, gogc: number): number {
  return goalAfterGC(heapMarked, 0, nglobals * 8, gogc);
}

interface HeapGoalRun {
  kind: string;
  live_mib: number;
  gogc: number;
  gomemlimit?: string;
  scan_work: { heap: number; stack: number; globals: number } | null;
  HeapAlloc: number;
  NextGC: number;
}
const heapgoal = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/go1.19/pacer/heapgoal.json', import.meta.url), 'utf8'),
) as { runs: HeapGoalRun[] };

describe('pacer fidelity', () => {
  test('the goal relation holds for every GOGC run of real Go 1.19 (heapMarked = HeapAlloc + 288)', () => {
    const runs = heapgoal.runs.filter((r) => r.gomemlimit === undefined);
    assert.ok(runs.length >= 30);
    for (const r of runs) {
      const sw = r.scan_work!;
      assert.equal(r.NextGC, goalAfterGC(r.HeapAlloc + 288, sw.stack, sw.globals, r.gogc), JSON.stringify(r));
    }
  });

  for (const gogc of [100, 50, 200]) {
    test(`GOGC=${gogc}: NextGC after runtime.GC is the goal from the marked heap`, () => {
      const { rt } = liveHeap(gogc, 8 * MiB);
      rt.GC();
      const ms = rt.readMemStats();
      assert.ok(ms.HeapAlloc >= 8 * MiB && ms.HeapAlloc < 8 * MiB + 64 * 1024, `live heap ${ms.HeapAlloc}`);
      assert.equal(ms.NextGC, gogcGoal(ms.HeapAlloc, gogc));
    });
  }

  test('a 1 MiB live heap gets the 4 MiB × GOGC/100 minimum', () => {
    const { rt } = liveHeap(100, MiB);
    rt.GC();
    assert.equal(rt.readMemStats().NextGC, 4 * MiB);
  });

  test('NumGC, NumForcedGC, PauseNs, PauseTotalNs, LastGC', () => {
    const { rt } = liveHeap(100, 2 * MiB);
    let lastGC = rt.readMemStats().LastGC;
    assert.equal(lastGC, 0);
    for (let i = 1; i <= 5; i++) {
      const wall = Date.now() * 1e6;
      rt.GC();
      const ms = rt.readMemStats();
      assert.equal(ms.NumGC, i);
      assert.equal(ms.NumForcedGC, i);
      assert.ok(ms.PauseNs[(ms.NumGC + 255) % 256]! > 0, 'the newest pause');
      assert.equal(ms.PauseNs[(ms.NumGC + 256) % 256], 0, 'no pause past the newest');
      assert.equal(
        ms.PauseTotalNs,
        ms.PauseNs.reduce((a, b) => a + b, 0),
      );
      assert.ok(ms.LastGC > lastGC, 'LastGC increases');
      assert.ok(Math.abs(ms.LastGC - wall) < 5e9, 'LastGC is wall-clock nanoseconds since 1970');
      assert.equal(ms.PauseEnd[(ms.NumGC + 255) % 256], ms.LastGC);
      lastGC = ms.LastGC;
    }
  });

  test('LastGC advances with every cycle, however close together', () => {
    const rt = new Runtime({ gomaxprocs: 1, env: {} });
    const seen: number[] = [];
    for (let i = 0; i < 20; i++) {
      rt.GC(); // an empty heap: each cycle takes microseconds
      seen.push(rt.readMemStats().LastGC);
    }
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i]! > seen[i - 1]!, `LastGC ${seen.join(' ')}`);
  });

  test('garbage over a fixed live heap: each cycle starts between the trigger bounds', () => {
    const { rt, node } = liveHeap(100, 6 * MiB);
    rt.GC();
    const ctl = rt.heap.gcController;
    const starts: { live: number; marked: number; goal: number }[] = [];
    rt.gc.onCycleStart.push(() =>
      starts.push({ live: ctl.heapLive, marked: ctl.heapMarked, goal: ctl.heapGoal() }),
    );
    const garbage = 120 * MiB;
    const scope = rt.scope();
    const h = scope.handle(0);
    for (let n = 0; n < garbage / node.size; n++) {
      const p = rt.new(node);
      if (n % 64 === 0)
        h.set(p); // a little short-lived structure
      else rt.writePointer(p, h.get());
    }
    scope.close();
    const slack = 64 * 1024; // a span refill's worth: the trigger is checked at slow paths
    assert.ok(starts.length > 0);
    for (const [i, s] of starts.entries()) {
      const runway = s.goal - s.marked;
      const lo = s.marked + 0.7 * runway - slack;
      const hi = Math.max(s.marked + 0.95 * runway, s.goal - 4 * MiB) + slack;
      assert.ok(s.live >= lo && s.live <= hi, `cycle ${i}: heap ${s.live} at start, bounds [${lo}, ${hi}]`);
    }
    // About 6 MiB live, so a runway of about 6 MiB: 0.7–0.95 of it is allocated per
    // cycle. (heapMarked grows past the live data with what is allocated black during
    // marking, so the runway is taken per cycle.)
    const marked = starts[0]!.marked;
    assert.ok(marked >= 6 * MiB && marked < 7 * MiB, `marked ${marked}`);
    const runways = starts.map((s) => s.goal - s.marked);
    const most = Math.max(...runways);
    const least = Math.min(...runways);
    assert.ok(starts.length >= Math.floor(garbage / (0.95 * most + slack)) - 1, `${starts.length} cycles`);
    assert.ok(starts.length <= Math.ceil(garbage / (0.7 * least - slack)) + 1, `${starts.length} cycles`);
    // The forced cycle, and every one that started (the last may still be marking).
    const marking = rt.gc.phase === GCPhase.Mark ? 1 : 0;
    assert.equal(rt.readMemStats().NumGC, 1 + starts.length - marking);
  });

  test('a memory limit below the GOGC goal lowers NextGC to the limit’s goal', () => {
    const { rt } = liveHeap(100, 8 * MiB);
    rt.GC();
    const before = rt.readMemStats();
    const limit = before.Sys - before.HeapReleased + 2 * MiB; // well below the 16 MiB GOGC goal's heap
    rt.setMemoryLimit(BigInt(limit));
    rt.GC();
    const ms = rt.readMemStats();
    const mappedReady = ms.Sys - ms.HeapReleased;
    const heapFree = ms.HeapIdle - ms.HeapReleased;
    const nonHeap = mappedReady - heapFree - ms.HeapAlloc;
    const overage = Math.max(mappedReady - limit, 0);
    const want = Math.max(limit - nonHeap - overage - MiB, ms.HeapAlloc);
    assert.ok(want < gogcGoal(ms.HeapAlloc, 100), 'the limit binds');
    assert.equal(ms.NextGC, want);
    assert.equal(rt.setMemoryLimit(-1n), BigInt(limit));
  });
});
