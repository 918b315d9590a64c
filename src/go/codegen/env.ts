// What compiled Go code and the standard library (src/go/std) share at run
// time: the runtime, the arena's views, the program's function and type
// tables, the scheduler, and the process around the program (args, output,
// exit). One Env per run.
//
// Function table: every compiled function and method has an index; FN[i] is
// its plain form, FNG[i] its generator form (README.md, "Goroutines and
// blocking"). A func value is the address of a funcval whose first word is
// that index.

import type { Arena } from '../../runtime/arena.js';
import type { Runtime } from '../../runtime/runtime.js';
import type { Type } from '../../runtime/type.js';

// biome-ignore lint/suspicious/noExplicitAny: compiled functions take Go's calling convention, not a TypeScript signature
export type GoFunc = (fv: number, ...args: any[]) => any;
// biome-ignore lint/suspicious/noExplicitAny: as GoFunc, as a generator
export type GoGenFunc = (fv: number, ...args: any[]) => Generator<unknown, any, unknown>;

export interface Env {
  readonly rt: Runtime;
  readonly mem: Arena;
  /** Stack registers: [0] SP, [1] low end of the current stack segment, [2] FP. */
  readonly REG: Uint32Array;
  /** Plain and generator forms of every function, by index. */
  readonly FN: GoFunc[];
  readonly FNG: GoGenFunc[];
  /** Runtime type descriptor by id (interface type words hold id + 1). */
  type(id: number): Type;
  /** os.Args. */
  readonly args: string[];
  /** The program's environment (os.Getenv, GOGC, …). */
  readonly environ: Record<string, string | undefined>;
  /** Writes to the program's standard output / error (bytes as Go wrote them). */
  stdout(b: Uint8Array | string): void;
  stderr(b: Uint8Array | string): void;
  /** Reads up to b.length bytes of the run's standard input into b; 0 at its end. */
  stdin(b: Uint8Array): number;
  readonly sched: SchedAPI;
  /**
   * A 256-byte area outside the heap for result areas of calls the standard
   * library makes into Go code (String(), Error(), sort's less); valid until
   * the next such call. The collector does not scan it: copy out at once.
   */
  readonly scratch: number;
  /**
   * runtime.staticuint64s: 256 eight-byte words holding 0…255. A one-byte
   * string's data is byte b of word b (slicebytetostring allocates nothing for it).
   */
  readonly staticBytes: number;
}

/** os.Exit(code): unwinds the whole program; the runner turns it into the exit status. */
export class GoExit extends Error {
  constructor(readonly code: number) {
    super(`exit status ${code}`);
    this.name = 'GoExit';
  }
}

/** The scheduler as the standard library sees it (runtime/proc.ts implements it). */
export interface SchedAPI {
  /** time.Sleep: park the running goroutine for ns nanoseconds. */
  sleep(ns: number): Generator<unknown, void, unknown>;
  /** runtime.Gosched: let the other runnable goroutines run first. */
  gosched(): Generator<unknown, void, unknown>;
  /** runtime.NumGoroutine. */
  numGoroutine(): number;
  /** After a panic unwound past frames that did not pop themselves: fp is the top frame again. */
  restoreFrame(fp: number): void;
  /** stringDataOnStack: whether address p lies in the running goroutine's stack. */
  onStack(p: number): boolean;
}
