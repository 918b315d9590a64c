// The differential suite's comparison: a Go program of test/run/programs (or
// test/run/seeds) run by gomem's runner must print what real Go 1.19 printed
// for it (test/fixtures/go1.19/run/<name>.json, written by
// scripts/fixtures-run.sh): the same stdout, the same exit status, and the
// same stderr up to and including the first line of the runtime's report.
//
// The cut of stderr mirrors the fixture script: when stderr holds a goroutine
// traceback (a line `goroutine N [`), everything after the first line that
// starts the report (`panic: `, `fatal error: `, `runtime: `) is dropped,
// because addresses, goroutine ids and frames are not the program's output.
// Without a traceback the whole stderr is compared.
//
// The runner is passed in (RunFn) rather than imported, so that the tests and
// scripts choose how to load it: tests import src/go/run.js directly, the
// conformance scripts load it in a worker they can stop (runInWorker).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface SourceFile {
  name: string;
  src: string;
}

export interface RunOptions {
  /** os.Args[1:] (the program's name is the runner's to choose). */
  args: string[];
  env: Record<string, string | undefined>;
  stdout(b: Uint8Array | string): void;
  stderr(b: Uint8Array | string): void;
}

/** gomem's runner: src/go/run.ts `run`. Resolves to the exit status. */
export type RunFn = (files: SourceFile[], opts: RunOptions) => Promise<number>;

/** What Go 1.19 did with a program (one fixture file). */
export interface Fixture {
  name: string;
  stdout: string;
  /** stderr cut after the report's first line (see keptStderr). */
  stderr: string;
  stderrFirstLine: string;
  exitCode: number;
  env: Record<string, string>;
  args: string[];
}

export interface Case {
  /** The fixture's name: NNN-name for programs, seed-NN-name for seeds. */
  name: string;
  files: SourceFile[];
  fixture: Fixture;
}

/** What one run produced; error is set when the runner threw or timed out. */
export interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  error?: string;
}

// Compiled helpers run from dist/test/run/; the repository root is three levels up.
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const programsDir = path.join(root, 'test/run/programs');
export const seedsDir = path.join(root, 'test/run/seeds');
export const fixturesDir = path.join(root, 'test/fixtures/go1.19/run');
/** The compiled runner, for runs in a worker thread. */
export const runnerUrl = new URL('../../src/go/run.js', import.meta.url).href;
export const expectedFailuresFile = path.join(root, 'test/run/expected-failures.txt');

const read = (p: string): string => fs.readFileSync(p, 'utf8');

/**
 * The suite's cases from one directory: each NNN-name.go file is a program,
 * each NNN-name/ directory a program of all its .go files (sorted, as go build
 * takes them). prefix is prepended to the fixture name ('seed-' for seeds).
 */
export function loadCases(dir: string, prefix = ''): Case[] {
  const cases: Case[] = [];
  for (const entry of fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))) {
    let files: SourceFile[];
    let base: string;
    if (entry.isDirectory()) {
      base = entry.name;
      const sub = path.join(dir, entry.name);
      files = fs
        .readdirSync(sub)
        .filter((f) => f.endsWith('.go'))
        .sort()
        .map((f) => ({ name: f, src: read(path.join(sub, f)) }));
    } else if (entry.name.endsWith('.go')) {
      base = entry.name.slice(0, -3);
      files = [{ name: entry.name, src: read(path.join(dir, entry.name)) }];
    } else continue;
    const name = prefix + base;
    const fixture = JSON.parse(read(path.join(fixturesDir, `${name}.json`))) as Fixture;
    cases.push({ name, files, fixture });
  }
  return cases;
}

/** stderr as a fixture keeps it: up to the report's first line when a traceback follows. */
export function keptStderr(stderr: string): string {
  if (!/^goroutine \d+ \[/m.test(stderr)) return stderr;
  const lines = stderr.split('\n');
  const at = lines.findIndex((l) => /^(panic: |fatal error: |runtime: )/.test(l));
  return at < 0 ? stderr : `${lines.slice(0, at + 1).join('\n')}\n`;
}

/** Collects written chunks as bytes (copied: the runner may reuse its buffers). */
export class Sink {
  private chunks: Buffer[] = [];
  readonly write = (b: Uint8Array | string): void => {
    this.chunks.push(typeof b === 'string' ? Buffer.from(b, 'utf8') : Buffer.from(b));
  };
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/**
 * Runs a case in this process with the fixture's args and env. A runner that
 * throws, or whose promise does not settle within timeoutMs, gives an Outcome
 * with error set (a synchronous endless loop cannot be stopped in-process:
 * runInWorker can).
 */
export async function runCase(run: RunFn, c: Case, timeoutMs = 60_000): Promise<Outcome> {
  const out = new Sink();
  const err = new Sink();
  let timer: NodeJS.Timeout | undefined;
  try {
    const exitCode = await Promise.race([
      run(c.files, {
        args: [...c.fixture.args],
        env: { ...c.fixture.env },
        stdout: out.write,
        stderr: err.write,
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { stdout: out.text(), stderr: err.text(), exitCode };
  } catch (e) {
    return { stdout: out.text(), stderr: err.text(), exitCode: null, error: describe(e) };
  } finally {
    clearTimeout(timer);
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/** The differences between Go's fixture and gomem's outcome; empty when they agree. */
export function compare(f: Fixture, o: Outcome): string[] {
  const diffs: string[] = [];
  if (o.error !== undefined) diffs.push(`runner failed: ${o.error.split('\n')[0]}`);
  if (o.exitCode !== f.exitCode) diffs.push(`exit status: go ${f.exitCode}, gomem ${o.exitCode}`);
  if (o.stdout !== f.stdout) diffs.push(`stdout differs ${firstDifference(f.stdout, o.stdout)}`);
  const kept = keptStderr(o.stderr);
  if (kept !== f.stderr) diffs.push(`stderr differs ${firstDifference(f.stderr, kept)}`);
  return diffs;
}

/** Where two outputs first differ, as the line number and both lines. */
export function firstDifference(want: string, got: string): string {
  const w = want.split('\n');
  const g = got.split('\n');
  for (let i = 0; i < Math.max(w.length, g.length); i++) {
    if (w[i] !== g[i])
      return `at line ${i + 1}: go ${JSON.stringify(w[i] ?? '<end>')}, gomem ${JSON.stringify(g[i] ?? '<end>')}`;
  }
  return '';
}

/**
 * test/run/expected-failures.txt: one program per line, its name then a short
 * reason; blank lines and lines starting with # are ignored.
 */
export function readExpectedFailures(file = expectedFailuresFile): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of read(file).split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const [name, ...reason] = t.split(/\s+/);
    m.set(name!, reason.join(' '));
  }
  return m;
}

/**
 * Runs files with the runner module at runnerUrl in a worker thread, which is
 * terminated after timeoutMs: a runner stuck in a synchronous loop cannot
 * hold up the caller. Output written before a timeout is lost.
 */
export function runInWorker(
  runnerUrl: string,
  files: SourceFile[],
  opts: { args: string[]; env: Record<string, string | undefined> },
  timeoutMs: number,
): Promise<Outcome> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      const out = [], err = [];
      const sink = (a) => (b) => a.push(typeof b === 'string' ? Buffer.from(b, 'utf8') : Buffer.from(b));
      let exitCode = null, error;
      try {
        const { run } = await import(workerData.runnerUrl);
        exitCode = await run(workerData.files, { args: workerData.args, env: workerData.env, stdout: sink(out), stderr: sink(err) });
      } catch (e) {
        error = e instanceof Error ? (e.stack || e.message) : String(e);
      }
      parentPort.postMessage({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), exitCode, error });
    })();`;
  return new Promise((resolve) => {
    // The stack gomem run gives programs (src/cli/run.ts): deep recursion works as in Go.
    const w = new Worker(code, {
      eval: true,
      workerData: { runnerUrl, files, ...opts },
      resourceLimits: { stackSizeMb: 256 },
    });
    const timer = setTimeout(() => {
      void w.terminate();
      resolve({ stdout: '', stderr: '', exitCode: null, error: `timed out after ${timeoutMs} ms` });
    }, timeoutMs);
    w.once('message', (o: Outcome) => {
      clearTimeout(timer);
      void w.terminate();
      resolve(o.error === undefined ? { stdout: o.stdout, stderr: o.stderr, exitCode: o.exitCode } : o);
    });
    w.once('error', (e) => {
      clearTimeout(timer);
      resolve({ stdout: '', stderr: '', exitCode: null, error: describe(e) });
    });
  });
}

/**
 * What gomem does with a case. This process's stack is Node's default; gomem
 * run gives programs a 256 MB one, so a program that overflowed here runs
 * again as gomem run runs it.
 */
export async function outcomeOf(run: RunFn, c: Case): Promise<Outcome> {
  const outcome = await runCase(run, c);
  if (!outcome.stderr.startsWith('runtime: goroutine stack exceeds')) return outcome;
  return runInWorker(runnerUrl, c.files, { args: c.fixture.args, env: c.fixture.env }, 120_000);
}

/**
 * One case as the tests judge it: undefined when it behaves as the
 * expected-failures list says (matches Go when not listed; differs when
 * listed, reason being the listed reason), else what is wrong.
 */
export async function checkCase(
  run: RunFn,
  c: Case,
  reason: string | undefined,
): Promise<string | undefined> {
  const diffs = compare(c.fixture, await outcomeOf(run, c));
  if (reason === undefined)
    return diffs.length === 0 ? undefined : `${c.name} differs from Go:\n  ${diffs.join('\n  ')}`;
  return diffs.length > 0
    ? undefined
    : `${c.name} now matches Go: remove it from test/run/expected-failures.txt (listed as: ${reason})`;
}
