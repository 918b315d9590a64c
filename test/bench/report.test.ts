// The report writer: medians, the README table and the splice between markers.
// The inputs are made-up runs, so every figure in the output can be checked by hand.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  endMarker,
  markdown,
  median,
  type Report,
  type Run,
  spliceReadme,
  startMarker,
  summarize,
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
