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
// Peak RSS is the child's VmHWM (ru_maxrss), taken by GNU time (`/usr/bin/time -f
// %M -o file`) when it works here; otherwise the Node children's own
// process.resourceUsage().maxRSS from their JSON, and none for Go. A progress line
// goes to stderr. Any child that fails stops the run before anything is written.

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, release, tmpdir, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Machine,
  markdown,
  type ProgramId,
  type ProgramResult,
  type Report,
  type Run,
  type Skipped,
  spliceReadme,
  type WorkloadResult,
} from './report.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = fileURLToPath(new URL('../', import.meta.url));
const workloads = ['alloc'];
const gnuTime = '/usr/bin/time';

const usage = 'usage: npm run bench [-- --n N] [--reps R]';

function parseArgs(argv: string[]): { n: number; reps: number } {
  const opts = { n: 10_000_000, reps: 3 };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--?(n|reps)(?:=(.*))?$/.exec(argv[i]!);
    if (m === null) fail(`bench: unknown argument ${argv[i]}\n${usage}`);
    const value = m[2] ?? argv[++i];
    const v = Number(value);
    if (!Number.isSafeInteger(v) || v < 1) fail(`bench: invalid --${m[1]} value "${value ?? ''}"\n${usage}`);
    opts[m[1] as 'n' | 'reps'] = v;
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

function buildGo(go: Go, workload: string, dir: string): string {
  const src = join(dir, `${workload}.go`);
  copyFileSync(join(root, 'bench/anchors', `${workload}.go`), src);
  const bin = join(dir, workload);
  const r = spawnSync(go.go, ['build', '-o', bin, src], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) fail(`bench: go build ${workload}.go failed:\n${r.stderr}`);
  return bin;
}

/** Runs one child and returns its figures. */
function runChild(id: ProgramId, command: string[], dir: string, timed: boolean): Run {
  const rssFile = join(dir, 'child.rss');
  const argv = timed ? [gnuTime, '-f', '%M', '-o', rssFile, ...command] : command;
  const r = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) {
    fail(`bench: ${command.join(' ')} exited with ${r.status ?? r.signal}:\n${r.stderr}`);
  }
  const timedRss = timed ? Number.parseInt(readFileSync(rssFile, 'utf8'), 10) * 1024 : null;
  if (id === 'go') {
    const m = /^ns\/op (\S+) numgc (\d+) pauseTotal (\d+)us$/m.exec(r.stdout);
    if (m === null) fail(`bench: unexpected output from ${command.join(' ')}:\n${r.stdout}`);
    return {
      ns_per_op: Number(m[1]),
      num_gc: Number(m[2]),
      pause_total_ns: Number(m[3]) * 1000,
      peak_rss_bytes: timedRss,
    };
  }
  const j = JSON.parse(r.stdout);
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

function main(): void {
  const { n, reps } = parseArgs(process.argv.slice(2));
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
        go: 'skipped' in go ? go : [buildGo(go, workload, dir), String(n)],
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
    machine.loadavg.end = loadavg()[0]!;
    progress(`bench: done, ${reps} runs of each program`);
    if (process.stderr.isTTY) process.stderr.write('\n');

    const report: Report = {
      date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      commit: commit(),
      reps,
      machine,
      workloads: results,
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
