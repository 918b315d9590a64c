// The benchmark report: raw runs in, the README's markdown section out.
//
// bench/run.ts measures; this file only summarises and formats, so what the README
// says is a function of the recorded runs and nothing else (no figure is typed in).
// Per program and workload: the median ns/op of its runs, the largest peak RSS, the
// median numgc; per workload the ratios gomem/Go and gomem/JS of the medians,
// which are comparable because the runs alternated in one session.
//
// The wall-time workloads (binary-trees, live-heap) get a second table, a row per
// program: the median wall time of its runs and its ratio to Go 1.19's, the
// largest peak RSS and its ratio to Go's, the median numgc, the longest
// stop-the-world pause seen in any run and the median of the runs' p99 pauses.
//
// The section lives in README.md between the two markers below; spliceReadme
// replaces what lies between them and leaves every other byte of the file alone.

import { allocBatch } from '../src/cli/bench.js';

export const startMarker = '<!-- bench:start -->';
export const endMarker = '<!-- bench:end -->';

/** One child process's figures. */
export interface Run {
  ns_per_op: number;
  num_gc: number;
  pause_total_ns: number;
  /** VmHWM of the child, or null when nothing could measure it. */
  peak_rss_bytes: number | null;
}

export type ProgramId = 'go' | 'js' | 'gomem';

export interface ProgramResult {
  /** What ran, e.g. "go1.19.8 linux/amd64" or "node v20.20.2". */
  version: string;
  /** The command line, for the record. */
  command: string[];
  runs: Run[];
}

/** A program that could not run, and why (shown instead of its figures). */
export interface Skipped {
  skipped: string;
}

export interface WorkloadResult {
  workload: string;
  n: number;
  programs: Record<ProgramId, ProgramResult | Skipped>;
}

export interface Machine {
  node: string;
  /** V8 flags passed to the Node children (plain JS and gomem); [] for none. */
  v8_flags: string[];
  nproc: number;
  cpu: string;
  os: string;
  /** 1-minute load averages when the session started and when it ended. */
  loadavg: { start: number; end: number };
  /** How peak RSS was measured. */
  rss_source: string;
}

/** One child's figures in a wall-time workload. */
export interface WallRun {
  wall_ms: number;
  num_gc: number;
  max_pause_ns: number;
  p99_pause_ns: number;
  peak_rss_bytes: number | null;
}

/** One program of a wall-time workload: Go 1.19 (the baseline, first), plain JS, or gomem with a collector. */
export interface WallProgram {
  /** The row's name, e.g. "Go 1.19 tree.go" or "gomem (go)". */
  label: string;
  /** What ran and how, for the notes under the table. */
  version: string;
  about: string;
  command: string[];
  runs: WallRun[];
}

export interface WallWorkloadResult {
  workload: string;
  /** The workload's size, e.g. "depth 18" or "256 MiB". */
  param: string;
  reps: number;
  /** The first is Go 1.19's, the ratios' base; it is skipped when Go is missing. */
  programs: (WallProgram | (Skipped & { label: string }))[];
}

export interface Report {
  date: string;
  /** The gomem commit measured (git describe --always --dirty). */
  commit: string;
  reps: number;
  machine: Machine;
  workloads: WorkloadResult[];
  wall: WallWorkloadResult[];
}

export function median(xs: number[]): number {
  if (xs.length === 0) throw new RangeError('median of no values');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >>> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface Summary {
  ns_per_op: number;
  num_gc: number;
  peak_rss_bytes: number | null;
}

export function summarize(p: ProgramResult): Summary {
  const rss = p.runs.map((r) => r.peak_rss_bytes);
  return {
    ns_per_op: median(p.runs.map((r) => r.ns_per_op)),
    num_gc: median(p.runs.map((r) => r.num_gc)),
    peak_rss_bytes: rss.some((b) => b === null) ? null : Math.max(...(rss as number[])),
  };
}

function isSkipped(p: ProgramResult | Skipped): p is Skipped {
  return 'skipped' in p;
}

const dash = '—';
const ns = (v: number) => v.toFixed(1);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const mib = (b: number | null) => (b === null ? dash : `${Math.round(b / 2 ** 20)} MiB`);
const thousands = (n: number) => n.toLocaleString('en-US');

const names: Record<ProgramId, string> = { go: 'Go 1.19', js: 'plain JS', gomem: 'gomem' };
const order: ProgramId[] = ['go', 'js', 'gomem'];

function row(w: WorkloadResult): string {
  const s = {} as Record<ProgramId, Summary | null>;
  for (const id of order) {
    const p = w.programs[id];
    s[id] = isSkipped(p) ? null : summarize(p);
  }
  const cell = (id: ProgramId, f: (x: Summary) => string) => (s[id] === null ? dash : f(s[id]!));
  const g = s.gomem;
  const vs = (id: ProgramId) => (g === null || s[id] === null ? dash : ratio(g.ns_per_op, s[id]!.ns_per_op));
  return `| ${[
    w.workload,
    thousands(w.n),
    ...order.map((id) => cell(id, (x) => ns(x.ns_per_op))),
    vs('go'),
    vs('js'),
    order.map((id) => cell(id, (x) => mib(x.peak_rss_bytes))).join(' / '),
    order.map((id) => cell(id, (x) => String(x.num_gc))).join(' / '),
  ].join(' | ')} |`;
}

/** What each allocation workload measures, under the table. */
const workloadNotes: Record<string, string> = {
  alloc: 'the collectors run as they do by default (GOGC=100; V8 as it decides), and their work counts',
  'alloc-nogc': `no collection runs while the clock does: GOGC=off (Go, gomem) and a full collection between batches of ${thousands(allocBatch)} allocations, outside the timed loop (V8's gc() for plain JS); numgc counts collections inside the timed loop`,
};

function noteLine(w: WorkloadResult): string {
  const note = workloadNotes[w.workload];
  return note === undefined ? '' : `- ${w.workload}: ${note}.`;
}

function runsLine(w: WorkloadResult): string {
  const parts = order.map((id) => {
    const p = w.programs[id];
    if (isSkipped(p)) return `${names[id]} not run: ${p.skipped}`;
    return `${names[id]} ${p.runs.map((r) => ns(r.ns_per_op)).join(' / ')}`;
  });
  return `- ${w.workload}, ns/op of each run in order: ${parts.join('; ')}.`;
}

function programLine(id: ProgramId, r: Report): string {
  const versions = [
    ...new Set(r.workloads.map((w) => w.programs[id]).flatMap((p) => (isSkipped(p) ? [] : [p.version]))),
  ];
  const skipped = r.workloads.map((w) => w.programs[id]).find(isSkipped);
  const flags = r.machine.v8_flags.length === 0 ? 'none' : `\`${r.machine.v8_flags.join(' ')}\``;
  const files = (f: (w: string) => string) => r.workloads.map((w) => `\`${f(w.workload)}\``).join(', ');
  const what: Record<ProgramId, string> = {
    go: `\`go build\` of ${files((w) => `bench/anchors/${w}.go`)}; numgc is its MemStats.NumGC`,
    js: `${files((w) => `bench/${w}.plain.ts`)}, V8 flags: ${flags}; numgc counts V8's collections (scavenges, mark-compacts)`,
    gomem: `${files((w) => `gomem bench ${w} -json`)}, V8 flags: ${flags}; numgc is gomem's MemStats.NumGC`,
  };
  const head = versions.length > 0 ? `${versions.join(', ')} — ` : '';
  const note = skipped !== undefined ? ` Not run: ${skipped.skipped}.` : '';
  return `- ${names[id]}: ${head}${what[id]}.${note}`;
}

export interface WallSummary {
  wall_ms: number;
  num_gc: number;
  max_pause_ns: number;
  p99_pause_ns: number;
  peak_rss_bytes: number | null;
}

export function summarizeWall(p: WallProgram): WallSummary {
  const rss = p.runs.map((r) => r.peak_rss_bytes);
  return {
    wall_ms: median(p.runs.map((r) => r.wall_ms)),
    num_gc: median(p.runs.map((r) => r.num_gc)),
    max_pause_ns: Math.max(...p.runs.map((r) => r.max_pause_ns)),
    p99_pause_ns: median(p.runs.map((r) => r.p99_pause_ns)),
    peak_rss_bytes: rss.some((b) => b === null) ? null : Math.max(...(rss as number[])),
  };
}

/** A pause in the unit that reads best: µs under 1 ms, else ms. */
export function pause(ns: number): string {
  return ns < 1e6 ? `${(ns / 1e3).toFixed(0)} µs` : `${(ns / 1e6).toFixed(1)} ms`;
}

function wallRows(w: WallWorkloadResult): string[] {
  const base = w.programs[0];
  const g = base === undefined || isSkippedWall(base) ? null : summarizeWall(base);
  return w.programs.map((p) => {
    if (isSkippedWall(p))
      return `| ${w.workload} | ${w.param} | ${p.label} | ${Array(7).fill(dash).join(' | ')} |`;
    const s = summarizeWall(p);
    const rss =
      g === null || g.peak_rss_bytes === null || s.peak_rss_bytes === null
        ? dash
        : ratio(s.peak_rss_bytes, g.peak_rss_bytes);
    return `| ${[
      w.workload,
      w.param,
      p.label,
      thousands(Math.round(s.wall_ms)),
      g === null ? dash : ratio(s.wall_ms, g.wall_ms),
      mib(s.peak_rss_bytes),
      rss,
      String(s.num_gc),
      pause(s.max_pause_ns),
      pause(s.p99_pause_ns),
    ].join(' | ')} |`;
  });
}

function isSkippedWall(p: WallProgram | (Skipped & { label: string })): p is Skipped & { label: string } {
  return 'skipped' in p;
}

function wallNotes(w: WallWorkloadResult): string[] {
  const runs = w.programs.map((p) =>
    isSkippedWall(p)
      ? `${p.label} not run: ${p.skipped}`
      : `${p.label} ${p.runs.map((r) => thousands(Math.round(r.wall_ms))).join(' / ')}`,
  );
  return [
    `- ${w.workload} (${w.param}), ${w.reps === 1 ? 'one run' : `${w.reps} runs`} of each program: ${w.programs
      .filter((p) => !isSkippedWall(p))
      .map((p) => `${p.label}: ${(p as WallProgram).version} — ${(p as WallProgram).about}`)
      .join('; ')}.`,
    `- ${w.workload}, wall ms of each run in order: ${runs.join('; ')}.`,
  ];
}

/** The README section: a table row per workload, then how it was measured. */
export function markdown(r: Report): string {
  const m = r.machine;
  return [
    `Written by \`npm run bench\` on ${r.date} at commit ${r.commit}. Each program ran ${r.reps === 1 ? 'once' : `${r.reps} times`} per workload as a`,
    'separate process, the programs alternating; ns/op is the median of the runs, peak RSS the',
    `largest (${m.rss_source}), numgc the median. Lower is better; a ratio above 1× means gomem is slower.`,
    '',
    '| workload | N | Go 1.19 ns/op | plain JS ns/op | gomem ns/op | gomem/Go | gomem/JS | peak RSS Go / JS / gomem | numgc Go / JS / gomem |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...r.workloads.map(row),
    '',
    ...order.map((id) => programLine(id, r)),
    ...r.workloads.map(noteLine).filter((l) => l !== ''),
    ...r.workloads.map(runsLine),
    ...(r.wall.length === 0
      ? []
      : [
          '',
          'Whole workloads, each timed by the program from the start of its work to the end (start-up excluded); wall ms',
          'and numgc are medians of the runs, peak RSS the largest,',
          'max pause the longest stop-the-world pause of any run (MemStats.PauseNs; for plain JS the longest V8',
          "collection PerformanceObserver saw) and p99 pause the median of the runs' nearest-rank 99th percentiles.",
          '',
          '| workload | size | program | wall ms | ×Go | peak RSS | ×Go | numgc | max pause | p99 pause |',
          '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
          ...r.wall.flatMap(wallRows),
          '',
          ...r.wall.flatMap(wallNotes),
        ]),
    `- Machine: ${m.cpu}, ${m.nproc} CPUs (nproc), ${m.os}, node ${m.node}; 1-minute load average ${m.loadavg.start.toFixed(2)} at the start, ${m.loadavg.end.toFixed(2)} at the end.`,
    '  The machine is shared, so absolute times are noisy; the ratios come from runs side by side.',
  ].join('\n');
}

/** README text with the section between the markers replaced by `section`. */
export function spliceReadme(readme: string, section: string): string {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start < 0 || end < 0 || end < start || readme.indexOf(startMarker, start + 1) >= 0) {
    throw new Error(`README must contain ${startMarker} once, followed by ${endMarker}`);
  }
  return `${readme.slice(0, start + startMarker.length)}\n${section}\n${readme.slice(end)}`;
}
