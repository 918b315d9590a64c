// `gomem run FILE.go [FILE.go...] [-- ARGS]`: compile a Go program and run it
// as `go run` runs the binary it builds. The program's stdout and stderr are
// the process's, ARGS become os.Args[1:] (os.Args[0] is named after the first
// file, as go run's binary is: src/go/run.ts), the environment is the
// process's (GOGC, GOMEMLIMIT, GOMAXPROCS, GODEBUG=gctrace=1 reach the
// runtime), and the exit status is the program's: 0, 2 for a panic or fatal
// error, os.Exit's code, 2 when the front end rejects the program (go run's
// status for a failed build).
//
// Command line, as go run takes files: every argument before `--` names a .go
// file (a missing one: `stat x.go: no such file or directory`, status 1; any
// other name: `named files must be .go files: x`, status 1); no files at all,
// status 1 (go run: `go: no go files listed`).
//
// Stack. Compiled Go calls are JavaScript calls, so a Go program recurses as
// deep as the JavaScript stack allows; the runner turns V8's "Maximum call
// stack size exceeded" into Go's `fatal error: stack overflow`. Go lets an
// ordinary program recurse far (its limit is a 1 GB stack), so the program
// runs in a worker thread whose stack is stackSizeMb large:
//
//   main thread ── reads files ──► Worker(resourceLimits.stackSizeMb = 256)
//        ▲                             │ run(files, {args, env, stdout, stderr})
//        └──── { status } ◄────────────┘ writes fd 1 / fd 2 with fs.writeSync
//
// Measured on Node 20.20 (x86-64 Linux, ulimit -s 8192), a 100,000-deep
// recursion of func depth(n int) int: on the main thread, node --stack-size
// up to 7800 (KB, inside the 8 MB thread stack) overflows, and 16000 or more
// segfaults (the OS stack ends before V8's limit) — re-executing node with a
// larger --stack-size would also need a larger ulimit. A worker gets a thread
// stack of the size asked for: with stackSizeMb 64 the 100,000-deep program
// succeeds, with 256 a 1,000,000-deep one with a 3-word argument and a local
// array succeeds too (1.8 s), and endless recursion reports Go's stack
// overflow after 0.3 s at 330 MB RSS (1024 MB: 4 s and 1.1 GB), hence 256.
//
// Output goes straight to the file descriptors with synchronous writes, in the
// order the program made them: a worker's process.stdout would forward it to
// the main thread asynchronously, which reorders stdout against stderr and
// holds everything while the program loops. A reader that closes the pipe
// ends the run with status 141, as a shell reports a process killed by
// SIGPIPE (what a Go program writing to a closed stdout gets).
//
// Ctrl-C: nothing here listens for SIGINT, so Node's default applies and the
// process dies by SIGINT (status 130 in a shell), as a Go program does; the
// main thread only waits for the worker, so the signal is never held up.

import fs from 'node:fs';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { encodeUTF8 } from '../runtime/string.js';
import { type Command, CommandError } from './command.js';

const usage = 'usage: gomem run FILE.go [FILE.go...] [-- ARGS]';

/** The worker thread's stack in MB (see the note above). */
const stackSizeMb = 256;

/**
 * The worker's young JavaScript generation in MB. Compiled Go keeps its data
 * in the arena, so V8's nursery (16 MB semi-spaces by default) mostly sits
 * idle; 4 MB lowers peak RSS by about 13 MB on binary-trees, at the same speed.
 */
const youngGenerationMb = 4;

/** Status for a run whose output pipe was closed (128 + SIGPIPE). */
const brokenPipe = 141;

interface Job {
  gomemRun: true;
  files: { name: string; src: string }[];
  args: string[];
  env: Record<string, string | undefined>;
}

type Reply = { status: number } | { error: string };

export const command: Command = {
  async run(argv: string[]): Promise<number> {
    const dash = argv.indexOf('--');
    const names = dash < 0 ? argv : argv.slice(0, dash);
    const args = dash < 0 ? [] : argv.slice(dash + 1);
    if (names.length === 1 && (names[0] === '-h' || names[0] === '-help' || names[0] === '--help')) {
      process.stderr.write(`${usage}\n`);
      return 0;
    }
    // go run's words and status: `go: no go files listed`, 1.
    if (names.length === 0) throw new CommandError(`gomem run: no go files listed\n${usage}`, 1);
    for (const name of names) {
      if (name.startsWith('-')) throw new CommandError(`flag provided but not defined: ${name}\n${usage}`, 2);
      if (!name.endsWith('.go')) throw new CommandError(`named files must be .go files: ${name}`, 1);
    }
    const files = names.map((name) => {
      let src: string;
      try {
        src = fs.readFileSync(name, 'utf8');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EISDIR') throw new CommandError(`named files must be .go files: ${name}`, 1);
        throw new CommandError(`stat ${name}: no such file or directory`, 1);
      }
      // Positions print as go run prints them: ./NAME for a file in the current directory.
      return { name: name.includes('/') || path.isAbsolute(name) ? name : `./${name}`, src };
    });
    const job: Job = { gomemRun: true, files, args, env: { ...process.env } };
    return runInWorker(job);
  },
};

function runInWorker(job: Job): Promise<number> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL(import.meta.url), {
      workerData: job,
      resourceLimits: { stackSizeMb, maxYoungGenerationSizeMb: youngGenerationMb },
    });
    w.once('message', (r: Reply) => {
      if ('error' in r) reject(new Error(r.error));
      else resolve(r.status);
      void w.terminate();
    });
    w.once('error', reject);
    w.once('exit', () => reject(new Error('the program ended without a status')));
  });
}

/** Writes all of b to fd, waiting out a non-blocking pipe that is full. */
function writeAll(fd: number, b: Uint8Array | string): void {
  // A string's escaped bytes (runtime/string.ts) are written as the bytes they stand for.
  let buf = typeof b === 'string' ? encodeUTF8(b) : b;
  while (buf.length > 0) {
    try {
      const n = fs.writeSync(fd, buf);
      buf = buf.subarray(n);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}

/**
 * os.Stdin's reads: synchronous, as a Go program's blocking read(2) is; a
 * non-blocking descriptor with nothing yet is waited on, end of input and a
 * closed descriptor read as 0 bytes.
 */
function readStdin(b: Uint8Array): number {
  for (;;) {
    try {
      return fs.readSync(0, b, 0, b.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') return 0;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

async function worker(job: Job): Promise<void> {
  const port = parentPort!;
  const out = (fd: number) => (b: Uint8Array | string) => {
    try {
      writeAll(fd, b);
    } catch (e) {
      // The main thread exits on this message while the program goes on.
      const code = (e as NodeJS.ErrnoException).code;
      port.postMessage(code === 'EPIPE' ? { status: brokenPipe } : { error: `write: ${String(e)}` });
    }
  };
  try {
    const { run } = await import('../go/run.js');
    const status = await run(job.files, {
      args: job.args,
      env: job.env,
      stdout: out(1),
      stderr: out(2),
      stdin: readStdin,
    });
    port.postMessage({ status } satisfies Reply);
  } catch (e) {
    port.postMessage({ error: e instanceof Error ? e.message : String(e) } satisfies Reply);
  }
}

if (!isMainThread && (workerData as Job | undefined)?.gomemRun === true) void worker(workerData as Job);
