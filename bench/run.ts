// `npm run bench`: gomem, Go 1.19 and plain JavaScript doing the same work, side by
// side in one session, written into README.md and bench/out/latest.json.
//
// For each workload, at one N (default 10,000,000; --n), each program runs --reps
// times (default 3) as a separate child process, the three alternating so that a
// slow spell of this shared machine falls on all of them alike:
//
//   go     bench/anchors/<workload>.go, built once with Go 1.19's `go build` in a
//          temporary directory (skipped, with the reason in the table, when
//          scripts/go119.sh finds no Go 1.19)
//   js     node dist/bench/<workload>.plain.js -json N
//   gomem  node dist/src/cli/main.js bench <workload> -json -n N
//
// Then the whole-program workloads, alternating the same way: binary-trees
// --tree-reps times (default 2: at depth 18 its five programs take minutes),
// live-heap --reps times:
//
//   binary-trees at --depth (default 18)
//     go      Go 1.19's own test/bench/garbage/tree.go and stats.go, from the
//             installed Go tree ($GOROOT/test), built with `go build` and run as
//             `tree -n DEPTH` with GODEBUG=gctrace=1: the wall time is stats.go's
//             ns/op × n, numgc and the longest pause its Pause and Pause5 lines,
//             the p99 pause from the gctrace lines' two stop-the-world clock times
//     js      node dist/bench/binary-trees.plain.js -json DEPTH
//     gomem run   the same tree.go and stats.go, unmodified, under `gomem run`
//             (compiled to JavaScript on the gomem heap), parsed as Go's output
//     gomem   gomem bench binary-trees -json -depth DEPTH -collector C, for C =
//             go, stw and refcount
//   live-heap at --mib (default 256)
//     go      bench/anchors/liveheap.go, built with `go build`: liveheap -json MIB
//     gomem   gomem bench live-heap -json -mib MIB -collector C, for C = go, stw
//
// Every program's tree checks must be the lines Go's tree.go printed, and every
// live-heap run must find its live trees intact, or the run stops.
//
// Peak RSS is the child's VmHWM (ru_maxrss), taken by GNU time (`/usr/bin/time -f
// %M -o file`) when it works here; otherwise the Node children's own
// process.resourceUsage().maxRSS from their JSON, and none for Go. A progress line
// goes to stderr. Any child that fails stops the run before anything is written.

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, release, tmpdir, type } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CollectorKind } from '../src/index.js';
import {
  type Machine,
  markdown,
  type ProgramId,
  type ProgramResult,
  type Report,
  type Run,
  type Skipped,
  spliceReadme,
  type WallRun,
  type WallWorkloadResult,
  type WorkloadResult,
} from './report.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = fileURLToPath(new URL('../', import.meta.url));
const workloads = ['alloc', 'alloc-nogc'];
const gnuTime = '/usr/bin/time';

const usage = 'usage: npm run bench [-- --n N] [--reps R] [--depth D] [--mib M] [--tree-reps R]';

interface Args {
  n: number;
  reps: number;
  depth: number;
  mib: number;
  'tree-reps': number;
}

function parseArgs(argv: string[]): Args {
  const opts: Args = { n: 10_000_000, reps: 3, depth: 18, mib: 256, 'tree-reps': 2 };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--?(n|reps|depth|mib|tree-reps)(?:=(.*))?$/.exec(argv[i]!);
    if (m === null) fail(`bench: unknown argument ${argv[i]}\n${usage}`);
    const value = m[2] ?? argv[++i];
    const v = Number(value);
    if (!Number.isSafeInteger(v) || v < 1) fail(`bench: invalid --${m[1]} value "${value ?? ''}"\n${usage}`);
    opts[m[1] as keyof Args] = v;
  }
  return opts;
}

/** A failure to report in one message (exit status 2), after the temporary files are gone. */
class BenchError extends Error {}

function fail(message: string): never {
  throw new BenchError(message);
}

/** A progress line on stderr; on a terminal each one replaces the last. */
function progress(text: string): void {
  process.stderr.write(process.stderr.isTTY ? `\r\x1b[K${text}` : `${text}\n`);
}

/** GNU time's %M works here (it is KiB of ru_maxrss). */
function gnuTimeWorks(dir: string): boolean {
  const out = join(dir, 'probe.rss');
  const r = spawnSync(gnuTime, ['-f', '%M', '-o', out, 'true']);
  if (r.status !== 0) return false;
  return /^\d+\n$/.test(readFileSync(out, 'utf8'));
}

interface Go {
  go: string;
  version: string;
}

/** Go 1.19 as scripts/go119.sh finds it, or the reason there is none. */
function findGo(): Go | Skipped {
  const r = spawnSync('bash', [join(root, 'scripts/go119.sh')], { encoding: 'utf8' });
  if (r.status !== 0) return { skipped: r.stderr.trim() || 'no Go 1.19 found' };
  const go = r.stdout.trim();
  const version = execFileSync(go, ['version'], { encoding: 'utf8' })
    .trim()
    .replace(/^go version /, '');
  return { go, version };
}

/** `go build` of the .go files (copied to dir) into dir/name. */
function buildGo(go: Go, name: string, files: string[], dir: string): string {
  const srcs = files.map((f) => {
    const src = join(dir, basename(f));
    copyFileSync(f, src);
    return src;
  });
  const bin = join(dir, name);
  const r = spawnSync(go.go, ['build', '-o', bin, ...srcs], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) fail(`bench: go build ${files.join(' ')} failed:\n${r.stderr}`);
  return bin;
}

/** Go's own tree.go and stats.go, in the installed Go 1.19's test tree. */
function goTreeSources(go: Go): string[] {
  const goroot = execFileSync(go.go, ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
  return ['tree.go', 'stats.go'].map((f) => join(goroot, 'test/bench/garbage', f));
}

/** Runs one child to completion: its output and the peak RSS GNU time saw (null untimed). */
function spawnChild(command: string[], dir: string, timed: boolean, env: Record<string, string> = {}) {
  const rssFile = join(dir, 'child.rss');
  const argv = timed ? [gnuTime, '-f', '%M', '-o', rssFile, ...command] : command;
  const r = spawnSync(argv[0]!, argv.slice(1), {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) {
    fail(`bench: ${command.join(' ')} exited with ${r.status ?? r.signal}:\n${r.stderr}`);
  }
  const timedRss = timed ? Number.parseInt(readFileSync(rssFile, 'utf8'), 10) * 1024 : null;
  return { stdout: r.stdout, stderr: r.stderr, timedRss };
}

/** Runs one child and returns its figures. */
function runChild(id: ProgramId, command: string[], dir: string, timed: boolean): Run {
  const { stdout, timedRss } = spawnChild(command, dir, timed);
  if (id === 'go') {
    const m = /^ns\/op (\S+) numgc (\d+) pauseTotal (\d+)us$/m.exec(stdout);
    if (m === null) fail(`bench: unexpected output from ${command.join(' ')}:\n${stdout}`);
    return {
      ns_per_op: Number(m[1]),
      num_gc: Number(m[2]),
      pause_total_ns: Number(m[3]) * 1000,
      peak_rss_bytes: timedRss,
    };
  }
  const j = JSON.parse(stdout);
  return {
    ns_per_op: j.ns_per_op,
    num_gc: j.num_gc,
    pause_total_ns: j.pause_total_ns,
    peak_rss_bytes: timedRss ?? j.peak_rss_bytes,
  };
}

function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m !== null) return m[1]!.trim();
  } catch {
    // Not Linux: the CPU stays unnamed.
  }
  return 'unknown CPU';
}

function commit(): string {
  const r = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'unknown';
}

function nproc(): number {
  const r = spawnSync('nproc', { encoding: 'utf8' });
  return r.status === 0 ? Number.parseInt(r.stdout, 10) : availableParallelism();
}

/** The stop-the-world pauses of a gctrace line: sweep termination + mark termination, in ns. */
function gctracePauses(stderr: string): number[] {
  const pauses: number[] = [];
  for (const m of stderr.matchAll(/^gc \d+ @\S+ \d+%: ([\d.]+)\+[\d.]+\+([\d.]+) ms clock/gm)) {
    pauses.push(Math.round((Number(m[1]) + Number(m[2])) * 1e6));
  }
  return pauses;
}

function nearestRank99(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(0.99 * s.length) - 1)]!;
}

/** The tree-check lines of Go's tree.go output (everything before stats.go's lines). */
function treeLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l !== '' && !l.startsWith('garbage.'));
}

/** Go's tree.go run: its lines, stats.go's figures and gctrace's pauses. */
function runGoTree(
  command: string[],
  depth: number,
  dir: string,
  timed: boolean,
): WallRun & { lines: string[] } {
  const { stdout, stderr, timedRss } = spawnChild(command, dir, timed, { GODEBUG: 'gctrace=1' });
  const t = /^garbage\.BenchmarkTree(?:-\d+)? (\d+) (\d+) ns\/op$/m.exec(stdout);
  const p = /^garbage\.BenchmarkTreePause(?:-\d+)? (\d+) \d+ ns\/op$/m.exec(stdout);
  const p5 = /^garbage\.BenchmarkTreePause5(?:-\d+)?: \d+ \d+ \d+ \d+ (\d+)$/m.exec(stdout);
  if (t === null || p === null || p5 === null)
    fail(`bench: unexpected output from ${command.join(' ')}:\n${stdout}`);
  return {
    wall_ms: (Number(t[2]) * depth) / 1e6,
    num_gc: Number(p[1]),
    max_pause_ns: Number(p5[1]),
    p99_pause_ns: nearestRank99(gctracePauses(stderr)),
    peak_rss_bytes: timedRss,
    lines: treeLines(stdout),
  };
}

/** A JSON-printing child (plain JS, gomem, liveheap.go): its figures and the JSON. */
function runJSONChild(
  command: string[],
  dir: string,
  timed: boolean,
): { run: WallRun; json: Record<string, unknown> } {
  const { stdout, timedRss } = spawnChild(command, dir, timed);
  const j = JSON.parse(stdout);
  return {
    run: {
      wall_ms: j.wall_ms,
      num_gc: j.num_gc,
      max_pause_ns: j.max_pause_ns,
      p99_pause_ns: j.p99_pause_ns,
      peak_rss_bytes: timedRss ?? j.peak_rss_bytes,
    },
    json: j,
  };
}

interface WallPlan {
  label: string;
  version: string;
  about: string;
  /** The command, or why the program cannot run. */
  command: string[] | Skipped;
  /** Runs it once; fails the session when its output is wrong. */
  run: (command: string[]) => WallRun;
}

/** Runs every plan `reps` times, alternating, and collects the results. */
function runWall(workload: string, param: string, reps: number, plans: WallPlan[]): WallWorkloadResult {
  const programs: WallWorkloadResult['programs'] = plans.map((p) =>
    Array.isArray(p.command)
      ? { label: p.label, version: p.version, about: p.about, command: p.command, runs: [] }
      : { label: p.label, skipped: p.command.skipped },
  );
  for (let rep = 1; rep <= reps; rep++) {
    plans.forEach((plan, i) => {
      const p = programs[i]!;
      if ('skipped' in p) return;
      progress(`bench: ${workload} ${param}: run ${rep}/${reps} of ${plan.label}`);
      p.runs.push(plan.run(p.command));
    });
  }
  return { workload, param, reps, programs };
}

function wallWorkloads(args: Args, go: Go | Skipped, dir: string, timed: boolean, v8Flags: string[]) {
  const node = `node ${process.version}`;
  const gomem = (workload: string, ...flags: string[]) => [
    process.execPath,
    ...v8Flags,
    join(dist, 'src/cli/main.js'),
    'bench',
    workload,
    '-json',
    ...flags,
  ];
  /** One gomem collector's run of a workload, its JSON checked by `check`. */
  const gomemPlan = (
    workload: string,
    flags: string[],
    collector: CollectorKind,
    check: (label: string, json: Record<string, unknown>) => void,
  ): WallPlan => ({
    label: `gomem (${collector})`,
    version: node,
    about: `\`gomem bench ${workload} -json -collector ${collector}\``,
    command: gomem(workload, ...flags, '-collector', collector),
    run: (c) => {
      const { run, json } = runJSONChild(c, dir, timed);
      check(`gomem (${collector})`, json);
      return run;
    },
  });
  const { depth, mib } = args;
  // Go's lines are the reference every other program's checks must equal.
  let goLines: string[] | null = null;
  const sameLines = (label: string, lines: string[]) => {
    if (goLines !== null && JSON.stringify(lines) !== JSON.stringify(goLines)) {
      fail(
        `bench: ${label}'s tree checks differ from Go's tree.go:\n${lines.join('\n')}\nGo:\n${goLines.join('\n')}`,
      );
    }
    goLines ??= lines;
  };
  const goVersion = 'skipped' in go ? '' : go.version;
  const trees: WallPlan[] = [
    {
      label: 'Go 1.19 tree.go',
      version: goVersion,
      about:
        '`go build` of $GOROOT/test/bench/garbage/tree.go and stats.go, default GOGC, run with GODEBUG=gctrace=1 for the p99 pause',
      command: 'skipped' in go ? go : [buildGo(go, 'tree', goTreeSources(go), dir), '-n', String(depth)],
      run: (c) => {
        const r = runGoTree(c, depth, dir, timed);
        sameLines('Go 1.19', r.lines);
        const { lines: _, ...run } = r;
        return run;
      },
    },
    {
      label: 'plain JS',
      version: node,
      about: `\`bench/binary-trees.plain.ts\`, V8 flags: ${flagsText(v8Flags)}; numgc and pauses are V8's collections`,
      command: [
        process.execPath,
        ...v8Flags,
        join(dist, 'bench/binary-trees.plain.js'),
        '-json',
        String(depth),
      ],
      run: (c) => {
        const { run, json } = runJSONChild(c, dir, timed);
        sameLines('plain JS', json.lines as string[]);
        return run;
      },
    },
    {
      label: 'gomem run tree.go',
      version: node,
      about:
        '`gomem run tree.go stats.go -- -n DEPTH`: the same unmodified Go files compiled to JavaScript on the gomem heap, GODEBUG=gctrace=1',
      command:
        'skipped' in go
          ? go
          : [
              process.execPath,
              join(dist, 'src/cli/main.js'),
              'run',
              ...goTreeSources(go),
              '--',
              '-n',
              String(depth),
            ],
      run: (c) => {
        const r = runGoTree(c, depth, dir, timed);
        sameLines('gomem run tree.go', r.lines);
        const { lines: _, ...run } = r;
        return run;
      },
    },
    ...(['go', 'stw', 'refcount'] as const).map((collector) =>
      gomemPlan('binary-trees', ['-depth', String(depth)], collector, (label, json) =>
        sameLines(label, json.lines as string[]),
      ),
    ),
  ];
  const liveCheck = (label: string, json: Record<string, unknown>) => {
    const want = -Math.ceil((mib * 2 ** 20) / ((2 ** 17 - 1) * 24));
    if (json.live_check !== want)
      fail(`bench: ${label}'s live trees checked ${json.live_check}, not ${want}`);
  };
  const live: WallPlan[] = [
    {
      label: 'Go 1.19 liveheap.go',
      version: goVersion,
      about: '`go build` of `bench/anchors/liveheap.go`, default GOGC',
      command:
        'skipped' in go
          ? go
          : [buildGo(go, 'liveheap', [join(root, 'bench/anchors/liveheap.go')], dir), '-json', String(mib)],
      run: (c) => {
        const { run, json } = runJSONChild(c, dir, timed);
        liveCheck('Go 1.19', json);
        return run;
      },
    },
    ...(['go', 'stw'] as const).map((collector) =>
      gomemPlan('live-heap', ['-mib', String(mib)], collector, liveCheck),
    ),
  ];
  return [
    runWall('binary-trees', `depth ${depth}`, args['tree-reps'], trees),
    runWall('live-heap', `${mib} MiB`, args.reps, live),
  ];
}

function flagsText(flags: string[]): string {
  return flags.length === 0 ? 'none' : `\`${flags.join(' ')}\``;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const { n, reps } = args;
  const dir = mkdtempSync(join(tmpdir(), 'gomem-bench-'));
  try {
    const timed = gnuTimeWorks(dir);
    const go = findGo();
    // The Node children run with V8's defaults; the report names any flag passed here.
    const v8Flags: string[] = [];
    const machine: Machine = {
      node: process.version,
      v8_flags: v8Flags,
      nproc: nproc(),
      cpu: cpuModel(),
      os: `${type()} ${release()}`,
      loadavg: { start: loadavg()[0]!, end: 0 },
      rss_source: timed
        ? 'VmHWM via `/usr/bin/time -f %M`'
        : "Node children's process.resourceUsage().maxRSS; none for Go",
    };
    const results: WorkloadResult[] = [];
    for (const workload of workloads) {
      const commands: Record<ProgramId, string[] | Skipped> = {
        go:
          'skipped' in go
            ? go
            : [buildGo(go, workload, [join(root, 'bench/anchors', `${workload}.go`)], dir), String(n)],
        js: [process.execPath, ...v8Flags, join(dist, `bench/${workload}.plain.js`), '-json', String(n)],
        gomem: [
          process.execPath,
          ...v8Flags,
          join(dist, 'src/cli/main.js'),
          'bench',
          workload,
          '-json',
          '-n',
          String(n),
        ],
      };
      const versions: Record<ProgramId, string> = {
        go: 'skipped' in go ? '' : go.version,
        js: `node ${process.version}`,
        gomem: `node ${process.version}`,
      };
      const programs = {} as Record<ProgramId, ProgramResult | Skipped>;
      for (const id of ['go', 'js', 'gomem'] as ProgramId[]) {
        const c = commands[id];
        programs[id] = Array.isArray(c) ? { version: versions[id], command: c, runs: [] } : c;
      }
      for (let rep = 1; rep <= reps; rep++) {
        for (const id of ['go', 'js', 'gomem'] as ProgramId[]) {
          const p = programs[id];
          if ('skipped' in p) continue;
          progress(`bench: ${workload} N=${n}: run ${rep}/${reps} of ${id}`);
          p.runs.push(runChild(id, p.command, dir, timed));
        }
      }
      results.push({ workload, n, programs });
    }
    const wall = wallWorkloads(args, go, dir, timed, v8Flags);
    machine.loadavg.end = loadavg()[0]!;
    progress(`bench: done, ${reps} runs of each program`);
    if (process.stderr.isTTY) process.stderr.write('\n');

    const report: Report = {
      date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      commit: commit(),
      reps,
      machine,
      workloads: results,
      wall,
    };
    mkdirSync(join(root, 'bench/out'), { recursive: true });
    writeFileSync(join(root, 'bench/out/latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    const readme = join(root, 'README.md');
    const section = markdown(report);
    writeFileSync(readme, spliceReadme(readFileSync(readme, 'utf8'), section));
    process.stdout.write(`${section}\n\nWritten to README.md and bench/out/latest.json.\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (err) {
  if (!(err instanceof BenchError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exitCode = 2;
}
