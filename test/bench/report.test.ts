// The report writer: medians, the README table and the splice between markers.
// The inputs are made-up runs, so every figure in the output can be checked by hand.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  endMarker,
  markdown,
  median,
  pause,
  type Report,
  type Run,
  spliceReadme,
  startMarker,
  summarize,
  summarizeWall,
  type WallProgram,
  type WallRun,
} from '../../bench/report.js';

const run = (ns_per_op: number, num_gc: number, peak_rss_bytes: number | null): Run => ({
  ns_per_op,
  num_gc,
  pause_total_ns: 0,
  peak_rss_bytes,
});

function report(): Report {
  return {
    date: '2026-01-02 03:04 UTC',
    commit: 'abc1234',
    reps: 3,
    machine: {
      node: 'v20.0.0',
      v8_flags: [],
      nproc: 2,
      cpu: 'Test CPU',
      os: 'Linux 6.0',
      loadavg: { start: 1.5, end: 2.25 },
      rss_source: 'VmHWM via `/usr/bin/time -f %M`',
    },
    workloads: [
      {
        workload: 'alloc',
        n: 10_000_000,
        programs: {
          go: {
            version: 'go1.19.8 linux/amd64',
            command: ['alloc'],
            runs: [run(20, 70, 8 << 20), run(30, 72, 9 << 20), run(25, 71, 8 << 20)],
          },
          js: {
            version: 'node v20.0.0',
            command: ['node'],
            runs: [run(10, 400, 60 << 20), run(12, 399, 61 << 20), run(11, 398, 59 << 20)],
          },
          gomem: {
            version: 'node v20.0.0',
            command: ['node'],
            runs: [run(100, 0, 300 << 20), run(50, 0, 310 << 20), run(75, 0, 305 << 20)],
          },
        },
      },
    ],
    wall: [],
  };
}

describe('median', () => {
  test('odd and even counts, unsorted input left alone', () => {
    const xs = [3, 1, 2];
    assert.equal(median(xs), 2);
    assert.deepEqual(xs, [3, 1, 2]);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(median([7]), 7);
    assert.throws(() => median([]), RangeError);
  });
});

describe('summarize', () => {
  test('median ns/op and numgc, largest peak RSS', () => {
    const s = summarize(report().workloads[0]!.programs.go as never);
    assert.deepEqual(s, { ns_per_op: 25, num_gc: 71, peak_rss_bytes: 9 << 20 });
  });

  test('peak RSS is unknown when any run lacks it', () => {
    const s = summarize({ version: 'v', command: [], runs: [run(1, 0, 5), run(2, 0, null)] });
    assert.equal(s.peak_rss_bytes, null);
  });
});

describe('markdown', () => {
  test('one row per workload with medians, ratios, RSS and numgc', () => {
    const md = markdown(report());
    const row = md.split('\n').find((l) => l.startsWith('| alloc |'));
    assert.equal(
      row,
      '| alloc | 10,000,000 | 25.0 | 11.0 | 75.0 | 3.00× | 6.82× | 9 MiB / 61 MiB / 310 MiB | 71 / 399 / 0 |',
    );
    assert.match(
      md,
      /^Written by `npm run bench` on 2026-01-02 03:04 UTC at commit abc1234\. Each program ran 3 times/,
    );
    assert.match(
      md,
      /ns\/op of each run in order: Go 1\.19 20\.0 \/ 30\.0 \/ 25\.0; plain JS 10\.0 \/ 12\.0 \/ 11\.0; gomem 100\.0 \/ 50\.0 \/ 75\.0\./,
    );
    assert.match(
      md,
      /Machine: Test CPU, 2 CPUs \(nproc\), Linux 6\.0, node v20\.0\.0; 1-minute load average 1\.50 at the start, 2\.25 at the end\./,
    );
    assert.match(md, /plain JS: node v20\.0\.0 — `bench\/alloc\.plain\.ts`, V8 flags: none;/);
    assert.match(md, /Go 1\.19: go1\.19\.8 linux\/amd64 — `go build` of `bench\/anchors\/alloc\.go`/);
  });

  test('each allocation workload says under the table what it measures', () => {
    const r = report();
    r.workloads.push({ ...r.workloads[0]!, workload: 'alloc-nogc' });
    const md = markdown(r);
    assert.match(md, /\n- alloc: the collectors run as they do by default \(GOGC=100; V8 as it decides\)/);
    assert.match(
      md,
      /\n- alloc-nogc: no collection runs while the clock does: GOGC=off .* batches of 20,000 allocations/,
    );
    assert.match(md, /\n\| alloc-nogc \| 10,000,000 \|/);
  });

  test('a single repetition reads as once', () => {
    const r = report();
    r.reps = 1;
    assert.match(markdown(r), /Each program ran once per workload/);
  });

  test('V8 flags are named when there are some', () => {
    const r = report();
    r.machine.v8_flags = ['--max-semi-space-size=64'];
    assert.match(markdown(r), /V8 flags: `--max-semi-space-size=64`/);
  });

  test('without Go: dashes where its figures would be, and the reason', () => {
    const r = report();
    r.workloads[0]!.programs.go = { skipped: 'Go 1.19 not found' };
    const md = markdown(r);
    const row = md.split('\n').find((l) => l.startsWith('| alloc |'));
    assert.equal(
      row,
      '| alloc | 10,000,000 | — | 11.0 | 75.0 | — | 6.82× | — / 61 MiB / 310 MiB | — / 399 / 0 |',
    );
    assert.match(
      md,
      /- Go 1\.19: `go build` of `bench\/anchors\/alloc\.go`.*\. Not run: Go 1\.19 not found\./,
    );
    assert.match(md, /Go 1\.19 not run: Go 1\.19 not found; plain JS 10\.0/);
  });

  test('no line of the section is a marker', () => {
    for (const line of markdown(report()).split('\n')) {
      assert.ok(!line.includes(startMarker) && !line.includes(endMarker));
    }
  });
});

describe('spliceReadme', () => {
  const readme = `# t\n\nbefore\n\n${startMarker}\nold\ntable\n${endMarker}\n\nafter\n`;

  test('replaces only what lies between the markers', () => {
    assert.equal(
      spliceReadme(readme, 'new'),
      `# t\n\nbefore\n\n${startMarker}\nnew\n${endMarker}\n\nafter\n`,
    );
  });

  test('is idempotent', () => {
    const once = spliceReadme(readme, 'x\ny');
    assert.equal(spliceReadme(once, 'x\ny'), once);
  });

  test('refuses a README without both markers in order, or with two sections', () => {
    assert.throws(() => spliceReadme('no markers', 'x'), /must contain/);
    assert.throws(() => spliceReadme(`${endMarker}\n${startMarker}`, 'x'), /must contain/);
    assert.throws(() => spliceReadme(`${startMarker}\n`, 'x'), /must contain/);
    assert.throws(() => spliceReadme(`${readme}${startMarker}\n`, 'x'), /must contain/);
  });
});

describe('the wall-time table', () => {
  const wallRun = (
    wall_ms: number,
    max_pause_ns: number,
    p99_pause_ns: number,
    peak: number | null,
  ): WallRun => ({
    wall_ms,
    num_gc: 10,
    max_pause_ns,
    p99_pause_ns,
    peak_rss_bytes: peak,
  });
  const program = (label: string, runs: WallRun[]): WallProgram => ({
    label,
    version: 'v',
    about: 'how',
    command: ['x'],
    runs,
  });
  function withWall(): Report {
    const r = report();
    r.wall = [
      {
        workload: 'binary-trees',
        param: 'depth 18',
        reps: 2,
        programs: [
          program('Go 1.19 tree.go', [
            wallRun(1000, 400_000, 300_000, 64 << 20),
            wallRun(1200, 500_000, 100_000, 60 << 20),
          ]),
          program('gomem (go)', [
            wallRun(3000, 2_500_000, 900_000, 96 << 20),
            wallRun(2000, 800_000, 700_000, 100 << 20),
          ]),
          { label: 'gomem (stw)', skipped: 'no time' },
        ],
      },
    ];
    return r;
  }

  test('a row per program: medians, ratios to Go, the longest pause of any run', () => {
    const rows = markdown(withWall())
      .split('\n')
      .filter((l) => l.startsWith('| binary-trees |'));
    assert.deepEqual(rows, [
      '| binary-trees | depth 18 | Go 1.19 tree.go | 1,100 | 1.00× | 64 MiB | 1.00× | 10 | 500 µs | 200 µs |',
      '| binary-trees | depth 18 | gomem (go) | 2,500 | 2.27× | 100 MiB | 1.56× | 10 | 2.5 ms | 800 µs |',
      '| binary-trees | depth 18 | gomem (stw) | — | — | — | — | — | — | — |',
    ]);
  });

  test('the notes name each run and what ran', () => {
    const md = markdown(withWall());
    assert.match(
      md,
      /- binary-trees, wall ms of each run in order: Go 1\.19 tree\.go 1,000 \/ 1,200; gomem \(go\) 3,000 \/ 2,000; gomem \(stw\) not run: no time\./,
    );
    assert.match(
      md,
      /- binary-trees \(depth 18\), 2 runs of each program: Go 1\.19 tree\.go: v — how; gomem \(go\): v — how\./,
    );
  });

  test('no wall-time workloads, no second table', () => {
    assert.doesNotMatch(markdown(report()), /\| workload \| size \|/);
  });

  test('summarizeWall and pause', () => {
    assert.deepEqual(summarizeWall(program('p', [wallRun(3, 5, 1, null), wallRun(1, 9, 3, 7)])), {
      wall_ms: 2,
      num_gc: 10,
      max_pause_ns: 9,
      p99_pause_ns: 2,
      peak_rss_bytes: null,
    });
    assert.equal(pause(999_499), '999 µs');
    assert.equal(pause(1_000_000), '1.0 ms');
    assert.equal(pause(0), '0 µs');
  });
});
