// GODEBUG=gctrace=1 prints one line per cycle in Go 1.19's exact format. The
// regular expression below is built from the print statements of gcMarkTermination
// in Go 1.19's runtime/mgc.go and the number formats of fmtNSAsMS and itoaDiv;
// real Go 1.19 lines (test/fixtures/go1.19/gc/gctrace.txt, from
// scripts/fixtures-gc.sh) must match it too, which shows it is Go's format and not
// just ours. gomem's lines must match it, be numbered 1, 2, 3, … with one line per
// cycle, say (forced) on exactly the cycles runtime.GC ran, report the heap goal
// and GOMAXPROCS, and appear when GODEBUG=gctrace=1 comes through the env option.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { fmtNSAsMS } from '../../src/runtime/gctrace.js';
import { GCPhase } from '../../src/runtime/mgc.js';
import { Runtime } from '../../src/runtime/runtime.js';

// fmtNSAsMS: "0"; under 10 ms, the microseconds cut to two significant digits with
// three, two or one decimals (0.0dd, 0.dd, d.d); from 10 ms, whole milliseconds.
const ms = String.raw`(?:0|0\.0\d\d|0\.[1-9]\d|[1-9]\.\d|[1-9]\d+)`;
const n = String.raw`(\d+)`;
// print("gc ", numgc, " @", itoaDiv(ms since start, 3), "s ", util, "%: ",
//   clock: sweepTerm+mark+markTerm, " ms clock, ",
//   cpu: sweepTerm+assist/background/idle+markTerm, " ms cpu, ",
//   heap0, "->", heap1, "->", heap2, " MB, ", goal, " MB goal, ", stacks,
//   " MB stacks, ", globals, " MB globals, ", maxprocs, " P"[, " (forced)"])
const gctraceRe = new RegExp(
  `^gc ${n} @\\d+\\.\\d{3}s ${n}%: ${ms}\\+${ms}\\+${ms} ms clock, ` +
    `${ms}\\+${ms}/${ms}/${ms}\\+${ms} ms cpu, ${n}->${n}->${n} MB, ${n} MB goal, ` +
    `${n} MB stacks, ${n} MB globals, ${n} P( \\(forced\\))?$`,
);

interface Line {
  num: number;
  heap: [number, number, number];
  goal: number;
  procs: number;
  forced: boolean;
}

function parse(line: string): Line {
  const m = gctraceRe.exec(line);
  assert.ok(m !== null, `not Go's gctrace format: ${line}`);
  const v = m.slice(1, 10).map(Number);
  return {
    num: v[0]!,
    heap: [v[2]!, v[3]!, v[4]!],
    goal: v[5]!,
    procs: v[8]!,
    forced: m[10] !== undefined,
  };
}

describe('gctrace', () => {
  test('real Go 1.19 lines match the format', () => {
    const lines = readFileSync(
      new URL('../../../test/fixtures/go1.19/gc/gctrace.txt', import.meta.url),
      'utf8',
    )
      .split('\n')
      .filter((l) => l !== '');
    assert.ok(lines.length >= 3);
    const parsed = lines.map(parse);
    assert.deepEqual(
      parsed.map((l) => l.num),
      lines.map((_, i) => i + 1),
    );
    assert.ok(parsed.some((l) => l.forced) && parsed.some((l) => !l.forced));
  });

  test('the format rejects near misses', () => {
    const good =
      'gc 3 @0.008s 7%: 0.024+3.4+0.21 ms clock, 0.048+0/0.40/0.13+0.43 ms cpu, 10->17->11 MB, 12 MB goal, 0 MB stacks, 0 MB globals, 2 P';
    parse(good);
    for (const bad of [
      good.replace('0.024', '0.0240'),
      good.replace('3.4', '3.40'),
      good.replace('@0.008s', '@0.08s'),
      good.replace(' 2 P', ' 2 P (forced'),
      good.replace('0/0.40', '0+0.40'),
      `${good} `,
    ]) {
      assert.equal(gctraceRe.test(bad), false, bad);
    }
  });

  test('fmtNSAsMS only produces Go-shaped numbers', () => {
    const one = new RegExp(`^${ms}$`);
    fc.assert(
      fc.property(fc.oneof(fc.nat({ max: 20_000_000 }), fc.nat({ max: 1e12 })), (ns) => {
        assert.match(fmtNSAsMS(ns), one);
      }),
      { numRuns: 2000 },
    );
    assert.equal(fmtNSAsMS(24_000), '0.024');
    assert.equal(fmtNSAsMS(3_456_000), '3.4');
    assert.equal(fmtNSAsMS(210_000), '0.21');
    assert.equal(fmtNSAsMS(12_500_000), '12');
    assert.equal(fmtNSAsMS(999), '0');
  });

  test('one line per cycle, numbered in order, (forced) exactly on runtime.GC', () => {
    const lines: string[] = [];
    const rt = new Runtime({ gomaxprocs: 3, gogc: 100, gctrace: true, trace: (l) => lines.push(l), env: {} });
    const t = rt.types;
    const node = t.struct('node', (self) => ({ next: t.ptr(self), v: t.int }));
    const g = rt.global('live');
    const forcedCycles = new Set<number>();
    const goals = new Map<number, number>();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 400_000; i++) {
        const p = rt.new(node);
        if (i % 4 === 0) {
          rt.writePointer(p, g.get());
          g.set(p);
        }
        if (i % 100_000 === 0) g.set(0);
      }
      // The goal a line reports is the one its cycle ran against (Go prints
      // lastHeapGoal, recorded by endCycle before the next goal is committed):
      // NextGC just before runtime.GC, when no cycle was under way.
      const goal = rt.gc.phase === GCPhase.Off ? rt.readMemStats().NextGC : undefined;
      rt.GC();
      forcedCycles.add(rt.gc.numgc);
      if (goal !== undefined) goals.set(rt.gc.numgc, goal);
    }
    const numgc = rt.readMemStats().NumGC;
    assert.ok(numgc > forcedCycles.size, 'the heap triggered cycles of its own');
    assert.equal(lines.length, numgc);
    const parsed = lines.map(parse);
    for (const [i, l] of parsed.entries()) {
      assert.equal(l.num, i + 1);
      assert.equal(l.forced, forcedCycles.has(l.num), `cycle ${l.num}: ${lines[i]}`);
      assert.equal(l.procs, 3);
      assert.ok(l.heap[2] <= l.heap[1] + 1, lines[i]);
      const goal = goals.get(l.num);
      if (goal !== undefined) assert.equal(l.goal, Math.floor(goal / 2 ** 20), lines[i]);
    }
  });

  test('the goal is the one the cycle ran against, not the next', () => {
    const lines: string[] = [];
    const rt = new Runtime({ gomaxprocs: 1, gctrace: true, trace: (l) => lines.push(l), env: {} });
    const t = rt.types;
    const node = t.struct('node', (self) => ({ next: t.ptr(self), pad: t.array(t.uintptr, 7) }));
    const g = rt.global('g');
    rt.setGCPercent(-1);
    for (let n = 0; n < (20 << 20) / node.size; n++) {
      const p = rt.new(node);
      rt.writePointer(p, g.get());
      g.set(p);
    }
    rt.setGCPercent(100);
    const goals: number[] = [];
    for (let i = 0; i < 2; i++) {
      goals.push(rt.readMemStats().NextGC);
      rt.GC();
    }
    assert.deepEqual(
      lines.map((l) => [parse(l).heap[2], parse(l).goal]),
      goals.map((goal) => [20, Math.floor(goal / 2 ** 20)]),
    );
    assert.deepEqual(
      goals.map((x) => x >> 20),
      [4, 40],
    );
  });

  test('runtime.GC during a cycle finishes that cycle unforced, then runs a forced one', () => {
    const lines: string[] = [];
    const rt = new Runtime({ gomaxprocs: 1, gctrace: true, trace: (l) => lines.push(l), env: {} });
    rt.gc.begin();
    rt.GC();
    assert.deepEqual(
      lines.map((l) => [parse(l).num, parse(l).forced]),
      [
        [1, false],
        [2, true],
      ],
    );
    assert.equal(rt.readMemStats().NumForcedGC, 1);
  });

  test('GODEBUG=gctrace=1 in the env option turns it on; its absence leaves it off', () => {
    for (const [godebug, want] of [
      ['gctrace=1', 1],
      ['madvdontneed=1,gctrace=1', 1],
      ['gctrace=0', 0],
      [undefined, 0],
    ] as const) {
      const lines: string[] = [];
      const rt = new Runtime({ gomaxprocs: 1, trace: (l) => lines.push(l), env: { GODEBUG: godebug } });
      rt.GC();
      assert.equal(lines.length, want, String(godebug));
      if (want) assert.equal(parse(lines[0]!).forced, true);
    }
  });
});
