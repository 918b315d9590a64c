// The GC pacer against Go 1.19: GOGC and GOMEMLIMIT parsing and the heap goal
// against what real Go did (test/fixtures/go1.19/pacer, written by
// scripts/fixtures-pacer.sh), the trigger bounds as a property, and the worker
// split, assist ratio and cons/mark estimate against numbers worked out by hand
// from mgcpacer.go's formulas.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  defaultHeapMinimum,
  GCController,
  maxInt64,
  parseByteCount,
  parseByteCountBig,
  readGOGC,
  readGOMEMLIMIT,
  readGOMEMLIMITBig,
} from '../../src/runtime/mgcpacer.js';
import { FatalError } from '../../src/runtime/panic.js';

const fixtures = new URL('../../../test/fixtures/go1.19/', import.meta.url);
const load = (path: string) => JSON.parse(readFileSync(new URL(path, fixtures), 'utf8'));

interface Setting {
  name: 'GOGC' | 'GOMEMLIMIT';
  value: string;
  gc_percent?: number;
  memory_limit?: string;
  next_gc?: string;
  exit_status?: number;
  stderr?: string;
}
interface HeapGoalRun {
  kind: string;
  live_mib: number;
  gogc: number;
  gomemlimit?: string;
  scan_work: { heap: number; stack: number; globals: number } | null;
  triggered: number | null;
  HeapAlloc: number;
  NextGC: number;
  Sys: number;
  HeapIdle: number;
  HeapReleased: number;
}
const settings: Setting[] = load('pacer/settings.json').settings;
const runs: HeapGoalRun[] = load('pacer/heapgoal.json').runs;
const environments = load('allocator/memstats.json').environments;

const MiB = 1 << 20;

describe('GOGC', () => {
  for (const s of settings.filter((s) => s.name === 'GOGC')) {
    test(`GOGC=${JSON.stringify(s.value)} gives gcPercent ${s.gc_percent}`, () => {
      const c = new GCController(readGOGC(s.value), maxInt64);
      assert.equal(c.gcPercent, s.gc_percent);
    });
  }

  test('readGOGC returns what Go reads; setGCPercent makes any negative −1', () => {
    assert.equal(readGOGC(undefined), 100);
    assert.equal(readGOGC('-5'), -5);
    assert.equal(readGOGC('-'), 0);
    assert.equal(readGOGC('-2147483648'), -2147483648);
    assert.equal(readGOGC('-2147483649'), 100);
    assert.equal(new GCController(-5, maxInt64).gcPercent, -1);
  });

  test('NextGC at startup is the heap minimum, 4 MiB × GOGC/100', () => {
    for (const s of settings.filter((s) => s.name === 'GOGC' && s.gc_percent! > 0)) {
      const c = new GCController(s.gc_percent!, maxInt64);
      assert.equal(c.heapGoal(), Number(s.next_gc), `GOGC=${s.value}`);
    }
    for (const [name, env] of Object.entries<{ gc_percent: number; next_gc_at_start: number }>(
      environments,
    )) {
      if (name === 'note') continue;
      assert.equal(new GCController(env.gc_percent, maxInt64).heapGoal(), env.next_gc_at_start, name);
    }
  });

  test('GOGC=off: the goal is the memory limit goal, math.MaxInt64 − non-heap − 1 MiB', () => {
    const off = settings.find((s) => s.name === 'GOGC' && s.value === 'off')!;
    const goGoal = BigInt(off.next_gc!);
    // Go's startup non-heap memory, recovered from its goal.
    const nonHeap = Number(maxInt64 - goGoal - BigInt(MiB));
    assert.ok(nonHeap > 0 && nonHeap < 64 * MiB, `non-heap ${nonHeap}`);
    const c = new GCController(-1, maxInt64);
    c.mappedReady = () => nonHeap;
    // The goal is near 2^63, where adjacent numbers are 2048 apart.
    assert.ok(Math.abs(c.heapGoal() - Number(goGoal)) <= 2048);
    assert.ok(c.trigger() > 2 ** 62);
  });
});

describe('GOMEMLIMIT and parseByteCount', () => {
  for (const s of settings.filter((s) => s.name === 'GOMEMLIMIT')) {
    if (s.exit_status !== undefined) {
      test(`GOMEMLIMIT=${JSON.stringify(s.value)} is fatal with Go's message`, () => {
        assert.equal(s.exit_status, 2);
        for (const read of [readGOMEMLIMIT, readGOMEMLIMITBig]) {
          assert.throws(
            () => read(s.value),
            (e: unknown) => e instanceof FatalError && e.report() === s.stderr,
          );
        }
      });
    } else {
      test(`GOMEMLIMIT=${JSON.stringify(s.value)} reads ${s.memory_limit}`, () => {
        assert.equal(readGOMEMLIMITBig(s.value), BigInt(s.memory_limit!));
        assert.equal(readGOMEMLIMIT(s.value), Number(s.memory_limit));
        const c = new GCController(100, readGOMEMLIMITBig(s.value));
        assert.equal(c.memoryLimitBig().toString(), s.memory_limit);
      });
    }
  }

  test('unset is math.MaxInt64, reported exactly', () => {
    assert.equal(readGOMEMLIMITBig(undefined), 9223372036854775807n);
    assert.equal(readGOMEMLIMIT(undefined), 2 ** 63);
    const c = new GCController(100, readGOMEMLIMIT(undefined));
    assert.equal(c.memoryLimitBig().toString(), '9223372036854775807');
    assert.equal(readGOMEMLIMIT('100MiB'), 104857600);
  });

  test('parseByteCount: units, plain integers, and what Go rejects', () => {
    assert.equal(parseByteCount('512'), 512);
    assert.equal(parseByteCount('512B'), 512);
    assert.equal(parseByteCount('3KiB'), 3072);
    assert.equal(parseByteCount('512MiB'), 512 * MiB);
    assert.equal(parseByteCount('1GiB'), 2 ** 30);
    assert.equal(parseByteCount('2TiB'), 2 ** 41);
    assert.equal(parseByteCountBig('8388607TiB'), 8388607n * 2n ** 40n);
    for (const bad of ['', '1.5GiB', '1KB', '1kiB', '1PiB', 'MiB', '8388608TiB', '-1', '1MiB ', 'x1B']) {
      assert.equal(parseByteCount(bad), null, JSON.stringify(bad));
    }
    // Go's atoi64 lets a zero carry a minus sign, and reads a bare "-" as 0.
    assert.equal(parseByteCount('-0'), 0);
    assert.equal(parseByteCount('-KiB'), 0);
  });
});

/** The state Go's mark termination leaves: scan work, resetLive, then commit with sweeping under way. */
function afterCycle(
  c: GCController,
  bytesMarked: number,
  work: { heap: number; stack: number; globals: number },
): void {
  c.heapScanWork = work.heap;
  c.stackScanWork = work.stack;
  c.globalsScanWork = work.globals;
  c.resetLive(bytesMarked);
  c.isSweepDone = () => false;
  c.commit();
}

describe('heap goal after runtime.GC, against Go', () => {
  // MemStats has no heapMarked. Under GOMEMLIMIT=16MiB with 20 MiB live the goal
  // is floored at heapMarked, so that run's NextGC is its heapMarked: HeapAlloc +
  // 288, bytes the cycle marked that HeapAlloc no longer counts after the sweep
  // (which runtime objects, not identified). Every run fits exactly with the same
  // offset; no tolerance is needed.
  const floor = runs.find((r) => r.gomemlimit === '16MiB')!;
  const markedNotInHeapAlloc = floor.NextGC - floor.HeapAlloc;

  test('the marked-minus-allocated offset is small and constant', () => {
    assert.equal(markedNotInHeapAlloc, 288);
  });

  for (const r of runs) {
    const name = `${r.kind} ${r.live_mib} MiB, GOGC=${r.gogc}${r.gomemlimit ? `, GOMEMLIMIT=${r.gomemlimit}` : ''}`;
    test(`${name}: heapGoal() = NextGC ${r.NextGC}`, () => {
      const limit = r.gomemlimit ? readGOMEMLIMITBig(r.gomemlimit) : maxInt64;
      const c = new GCController(r.gogc, limit);
      if (r.triggered !== null && r.gomemlimit === undefined) {
        // The program's cycle started from a fresh pacer: heapMarked 0, no runway.
        assert.equal(c.trigger(), r.triggered);
      }
      // Globals are scanned whole, so the cycle's globals work is globalsScan.
      // A run without a pacer line is limit-bound; its GOGC goal without the stack
      // and globals terms is still far above the limit goal.
      const work = r.scan_work ?? { heap: 0, stack: 0, globals: 0 };
      c.addGlobals(work.globals);
      c.mappedReady = () => r.Sys - r.HeapReleased;
      c.heapFree = () => r.HeapIdle - r.HeapReleased;
      c.heapAlloc = () => r.HeapAlloc;
      afterCycle(c, r.HeapAlloc + markedNotInHeapAlloc, work);
      assert.equal(c.heapGoal(), r.NextGC);
      if (r.gomemlimit) assert.equal(c.memoryLimitHeapGoal(), r.NextGC);
      else assert.ok(c.memoryLimitHeapGoal() > r.NextGC);
    });
  }

  test('the sweep distance floor: 1 MiB past heapMarked while sweeping, gone once swept', () => {
    const c = new GCController(50, maxInt64);
    afterCycle(c, 1079912, { heap: 28592, stack: 1640, globals: 0 });
    assert.equal(c.heapGoal(), 1079912 + MiB);
    c.isSweepDone = () => true;
    c.commit();
    assert.equal(c.heapGoal(), 2 * MiB);
  });
});

describe('memory limit goal', () => {
  function limited(limit: number, mappedReady: number, heapFree: number, heapAlloc: number, marked: number) {
    const c = new GCController(100, limit);
    c.mappedReady = () => mappedReady;
    c.heapFree = () => heapFree;
    c.heapAlloc = () => heapAlloc;
    afterCycle(c, marked, { heap: marked, stack: 0, globals: 0 });
    return c;
  }

  test('limit − non-heap − overage − 1 MiB headroom', () => {
    // non-heap = 40 − 2 − 30 = 8 MiB; no overage. The GOGC goal is 40 MiB.
    const c = limited(48 * MiB, 40 * MiB, 2 * MiB, 30 * MiB, 20 * MiB);
    assert.equal(c.memoryLimitHeapGoal(), (48 - 8 - 1) * MiB);
    assert.equal(c.heapGoal(), (48 - 8 - 1) * MiB);
    c.setMemoryLimit(64 * MiB);
    assert.equal(c.heapGoal(), 40 * MiB);
  });

  test('overage pushes the goal down, to no less than heapMarked', () => {
    // mappedReady 70 MiB is 6 MiB over a 64 MiB limit; non-heap 10 MiB.
    const c = limited(64 * MiB, 70 * MiB, 0, 60 * MiB, 20 * MiB);
    assert.equal(c.memoryLimitHeapGoal(), (64 - 10 - 6 - 1) * MiB);
    const floored = limited(64 * MiB, 70 * MiB, 0, 60 * MiB, 50 * MiB);
    assert.equal(floored.memoryLimitHeapGoal(), 50 * MiB);
  });

  test('non-heap memory over the limit on its own: the goal is heapMarked', () => {
    const c = limited(16 * MiB, 40 * MiB, 0, 10 * MiB, 5 * MiB);
    assert.equal(c.heapGoal(), 5 * MiB);
    assert.equal(c.trigger(), 5 * MiB);
  });

  test('headroom never takes a small goal below 1 MiB', () => {
    const c = limited(3 * MiB, 2 * MiB, 0, MiB / 2, 0);
    // 3 MiB − 1.5 MiB non-heap = 1.5 MiB; minus headroom would leave 0.5 MiB < 1 MiB.
    assert.equal(c.memoryLimitHeapGoal(), MiB);
  });

  test('an impossible memory account is an error, not a goal', () => {
    const c = limited(64 * MiB, 10 * MiB, 6 * MiB, 6 * MiB, 0);
    assert.throws(() => c.heapGoal(), /exceeds mappedReady/);
  });

  test('the memory-limit goal does not take the sweep-distance floor', () => {
    const c = limited(13.5 * MiB, 12 * MiB, 0, 8 * MiB, 8 * MiB);
    // GOGC goal 16 MiB; limit goal 13.5 − 4 − 1 = 8.5 MiB, below the 9 MiB the
    // sweep floor would demand.
    assert.equal(c.heapGoal(), 8.5 * MiB);
  });
});

/** Go's trigger(), in bigints, for comparison. */
function referenceTrigger(goal: bigint, marked: bigint, runway: bigint, sweepMin: bigint): bigint {
  if (marked >= goal) return goal;
  let minTrigger = sweepMin > marked ? sweepMin : marked;
  const lower = ((goal - marked) / 64n) * 45n + marked;
  if (minTrigger < lower) minTrigger = lower;
  let maxTrigger = ((goal - marked) / 64n) * 61n + marked;
  const hm = BigInt(defaultHeapMinimum);
  if (goal > hm && goal - hm > maxTrigger) maxTrigger = goal - hm;
  if (maxTrigger < minTrigger) maxTrigger = minTrigger;
  let trigger = runway > goal ? minTrigger : goal - runway;
  if (trigger < minTrigger) trigger = minTrigger;
  if (trigger > maxTrigger) trigger = maxTrigger;
  return trigger;
}

describe('trigger', () => {
  test('lies between 45/64 and max(61/64, goal − 4 MiB) of the way to the goal, per the runway', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 38 }),
        (marked, gcPercent, consMark, lastHeapScan) => {
          const c = new GCController(gcPercent, maxInt64);
          c.mappedReady = () => 0;
          c.heapScanWork = lastHeapScan;
          c.resetLive(marked);
          c.consMark = consMark;
          c.commit();
          const goal = c.heapGoal();
          const trigger = c.trigger();
          const runway = Math.trunc(((consMark * 0.75) / 0.25) * lastHeapScan);
          assert.equal(c.runway, runway);
          const span = goal - marked;
          if (span > 0) {
            assert.ok(trigger >= marked + Math.floor(span / 64) * 45);
            assert.ok(trigger <= Math.max(marked + Math.floor(span / 64) * 61, goal - defaultHeapMinimum));
          }
          assert.ok(trigger <= goal);
          assert.equal(BigInt(trigger), referenceTrigger(BigInt(goal), BigInt(marked), BigInt(runway), 0n));
        },
      ),
    );
  });

  test('a fresh pacer triggers at 61/64 of the heap minimum (Go recorded 3997696 at GOGC=100)', () => {
    assert.equal(new GCController(100, maxInt64).trigger(), 3997696);
    assert.equal(new GCController(400, maxInt64).trigger(), 15990784);
  });

  test('a large goal with little scan work triggers 4 MiB before the goal', () => {
    const c = new GCController(100, maxInt64);
    afterCycle(c, 400 * MiB, { heap: 0, stack: 0, globals: 0 });
    c.isSweepDone = () => true;
    c.commit();
    assert.equal(c.heapGoal(), 800 * MiB);
    assert.equal(c.trigger(), 796 * MiB);
  });
});

describe('startCycle worker split', () => {
  const cases: [number, number, number][] = [
    [1, 0, 0.25],
    [2, 0, 0.25],
    [3, 0, 0.25],
    [4, 1, 0],
    [5, 1, 0],
    [6, 1, (1.5 - 1) / 6],
    [8, 2, 0],
    [16, 4, 0],
  ];
  for (const [procs, dedicated, fractional] of cases) {
    test(`GOMAXPROCS=${procs}: ${dedicated} dedicated + ${fractional} fractional`, () => {
      const c = new GCController(100, maxInt64);
      c.startCycle(0, procs, 'heap');
      assert.equal(c.dedicatedMarkWorkersNeeded, dedicated);
      assert.equal(c.fractionalUtilizationGoal, fractional);
      assert.equal(c.maxIdleMarkWorkers, procs - dedicated);
    });
  }

  test('a periodic cycle allows one idle worker only when there is no dedicated one', () => {
    const one = new GCController(100, maxInt64);
    one.startCycle(0, 1, 'time');
    assert.equal(one.maxIdleMarkWorkers, 1);
    const eight = new GCController(100, maxInt64);
    eight.startCycle(0, 8, 'time');
    assert.equal(eight.maxIdleMarkWorkers, 0);
    assert.equal(eight.addIdleMarkWorker(), false);
  });

  test('dedicated workers, then fractional ones while the P is behind its share', () => {
    const c = new GCController(100, maxInt64);
    c.startCycle(1000, 6, 'heap');
    assert.equal(c.chooseMarkWorker(0, 2000), 'dedicated');
    assert.equal(c.chooseMarkWorker(0, 2000), 'fractional');
    // 1/12 of the time is the share: 100 of 1000 ns is over it.
    assert.equal(c.chooseMarkWorker(100, 2000), null);
    assert.equal(c.fractionalWorkerShouldExit(90, 2000), false);
    assert.equal(c.fractionalWorkerShouldExit(101, 2000), true);
    c.markWorkerStop('dedicated', 500);
    assert.equal(c.dedicatedMarkWorkersNeeded, 1);
    assert.equal(c.dedicatedMarkTime, 500);
  });
});

describe('assist ratio (revise)', () => {
  // GOGC=100, 8 MiB marked, 2 MiB heap + 64 KiB stack scan work, 256 KiB globals:
  // goal = 8 MiB + (8 MiB + 64 KiB + 256 KiB) = 17104896; expected work 2424832.
  const KiB = 1024;
  function cycle(): GCController {
    const c = new GCController(100, maxInt64);
    c.addGlobals(256 * KiB);
    afterCycle(c, 8 * MiB, { heap: 2 * MiB, stack: 64 * KiB, globals: 256 * KiB });
    c.isSweepDone = () => true;
    c.commit();
    c.update(4 * MiB, 1 * MiB); // heapLive 12 MiB, heapScan 3 MiB
    c.startCycle(0, 4, 'heap');
    return c;
  }

  test('expected scan work over the heap left before the goal', () => {
    const c = cycle();
    assert.equal(c.heapGoal(), 17104896);
    assert.equal(c.heapScan, 3 * MiB);
    assert.equal(c.assistWorkPerByte, 2424832 / (17104896 - 12 * MiB));
    assert.equal(c.assistBytesPerWork, (17104896 - 12 * MiB) / 2424832);
  });

  test('allocation while marking revises it; heapScan stays fixed', () => {
    const c = cycle();
    c.heapScanWork = 1 * MiB;
    c.update(1 * MiB, 512 * KiB);
    assert.equal(c.heapScan, 3 * MiB);
    assert.equal(c.assistWorkPerByte, (2424832 - MiB) / (17104896 - 13 * MiB));
  });

  test('more work than expected extrapolates the goal to the worst case', () => {
    const c = cycle();
    const triggered = c.triggered;
    c.heapScanWork = 3 * MiB;
    c.revise();
    // maxScanWork = heapScan 3 MiB + stacks 0 + globals 256 KiB.
    const maxScanWork = 3 * MiB + 256 * KiB;
    // startCycle cleared the stack and globals work; only the heap work counts.
    const work = 3 * MiB;
    const ext = Math.trunc(((17104896 - triggered) / 2424832) * maxScanWork) + triggered;
    assert.equal(c.assistWorkPerByte, Math.max(maxScanWork - work, 1000) / (ext - 12 * MiB));
  });

  test('past the goal: 10% overshoot and the worst-case work', () => {
    const c = cycle();
    c.update(5 * MiB, 0); // heapLive 17 MiB > 17104896
    const goal = Math.trunc(17104896 * 1.1);
    const maxScanWork = 3 * MiB + 256 * KiB;
    assert.equal(c.assistWorkPerByte, maxScanWork / (goal - 17 * MiB));
  });
});

describe('endCycle and the runway', () => {
  test('cons/mark is smoothed by the PI controller and sets the next runway', () => {
    const c = new GCController(100, maxInt64);
    c.startCycle(0, 4, 'heap');
    const triggered = c.triggered;
    assert.equal(triggered, 3997696);
    c.update(5 * MiB - c.heapLive, 0);
    c.heapScanWork = MiB;
    c.assistTime = 1e6;
    c.idleMarkTime = 2e6;
    c.endCycle(10e6, 4);
    assert.equal(c.marking, false);
    const utilization = 0.25 + 1e6 / (10e6 * 4);
    const idle = 2e6 / (10e6 * 4);
    const current = ((5 * MiB - triggered) * (utilization + idle)) / (MiB * (1 - utilization));
    // From consMark 0 the first output is kp × error = 0.9 × current.
    assert.equal(c.consMark, 0.9 * current);
    assert.equal(c.lastHeapGoal, 4 * MiB);
    c.resetLive(2 * MiB);
    c.commit();
    assert.equal(c.runway, Math.trunc(((c.consMark * 0.75) / 0.25) * MiB));
    assert.equal(c.trigger(), Math.max(c.heapGoal() - c.runway, 2 * MiB + Math.floor((2 * MiB) / 64) * 45));
  });

  test('a cycle that ends below its trigger leaves cons/mark alone', () => {
    const c = new GCController(100, maxInt64);
    c.startCycle(0, 1, 'cycle');
    c.heapScanWork = MiB;
    c.endCycle(1e6, 1);
    assert.equal(c.consMark, 0);
  });
});

describe('setGCPercent and setMemoryLimit', () => {
  test('return the previous value; a negative limit only reads', () => {
    const c = new GCController(100, maxInt64);
    assert.equal(c.setGCPercent(50), 100);
    assert.equal(c.heapGoal(), 2 * MiB);
    assert.equal(c.setGCPercent(-7), 50);
    assert.equal(c.gcPercent, -1);
    assert.equal(c.setGCPercent(100), -1);
    assert.equal(c.setMemoryLimit(-1), 2 ** 63);
    assert.equal(c.setMemoryLimitBig(-1n), maxInt64);
    assert.equal(c.setMemoryLimit(100 * MiB), 2 ** 63);
    assert.equal(c.setMemoryLimit(-1), 100 * MiB);
    assert.equal(c.setMemoryLimitBig(maxInt64), 104857600n);
    assert.equal(c.memoryLimitBig(), 9223372036854775807n);
  });

  test('GOGC=off: an effectively infinite goal, unless a memory limit applies', () => {
    const c = new GCController(-1, maxInt64);
    c.mappedReady = () => 30 * MiB;
    c.heapAlloc = () => 20 * MiB;
    afterCycle(c, 20 * MiB, { heap: 0, stack: 0, globals: 0 });
    assert.ok(c.heapGoal() > 2 ** 62);
    // Go's 4 MiB × uint64(−1) / 100, wrapped at 2^64.
    assert.equal(c.heapMinimum, Number((2n ** 64n - 4194304n) / 100n));
    c.setMemoryLimit(64 * MiB);
    assert.equal(c.heapGoal(), (64 - 10 - 1) * MiB);
  });

  test('changing GOGC while marking revises the assist ratio', () => {
    const c = new GCController(100, maxInt64);
    c.update(3 * MiB, 0);
    c.startCycle(0, 4, 'heap');
    const before = c.assistWorkPerByte;
    c.setGCPercent(400);
    assert.ok(c.assistWorkPerByte < before);
  });
});
