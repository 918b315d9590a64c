// os: Args, Exit, Getenv, LookupEnv, Environ, and Stdout/Stderr as *os.File.
//
// Mirrors Go's os/proc.go (Args, Exit), os/env.go and os/file.go. os.Args is
// built as Go builds it: the runtime's argslice (make([]string, argc), the
// strings pointing at the argument bytes outside the Go heap — here static
// strings held by global roots) and os.init's copy of it
// (append([]string{}, argslice...)), the slice the program sees.
//
// *os.File is the stub's File { fd int }: Stdout and Stderr are fd 1 and 2,
// and their Write/WriteString go straight to env.stdout/env.stderr, one call
// per write as Go's unbuffered files do; Stdin (fd 0) reads env.stdin, the
// run's standard input, a blocking read as Go's read(2).
//
// init(env, global) receives the address of each of the package's global
// variables (by Go name) and stores their initial values there.

import type { Env, GoFunc } from '../codegen/env.js';
import { GoExit } from '../codegen/env.js';
import { type Int64, low32 } from '../codegen/vlrt.js';
import { staticString, stdType, writeIface } from './errors.js';
import type { StdGlobal } from './index.js';
import { writeEOF } from './io.js';
import {
  readString,
  sliceData,
  sliceLen,
  storePtr,
  writeInt64,
  writeSliceHeader,
  writeStringHeader,
} from './values.js';

/** The address of os.Args for each run (flag.Args slices it). */
const argsGlobal = new WeakMap<Env, number>();

export function osArgsAddr(env: Env): number | undefined {
  return argsGlobal.get(env);
}

function fileType(env: Env) {
  const types = env.rt.types;
  return stdType(env, 'os.File', () => types.struct('os.File', { fd: types.int }));
}

export function init(env: Env, global: StdGlobal): void {
  const types = env.rt.types;
  const str = types.string;
  const n = env.args.length;
  const argslice = env.rt.makeslice(str, n, n);
  env.rt.global('runtime.argslice').set(argslice);
  for (let i = 0; i < n; i++) {
    const s = env.args[i]!;
    storePtr(env, argslice + i * 16, staticString(env, s));
    env.mem.u32[(argslice + i * 16 + 8) >>> 2] = Buffer.byteLength(s, 'utf8');
  }
  const args = global('Args', types.slice(str));
  argsGlobal.set(env, args);
  const copy = env.rt.makeslice(str, n, n);
  storePtr(env, args, copy);
  env.mem.u32[(args + 8) >>> 2] = n;
  env.mem.u32[(args + 16) >>> 2] = n;
  for (let i = 0; i < n; i++) {
    storePtr(env, copy + i * 16, env.mem.u32[(argslice + i * 16) >>> 2]!);
    env.mem.u32[(copy + i * 16 + 8) >>> 2] = env.mem.u32[(argslice + i * 16 + 8) >>> 2]!;
  }
  const file = fileType(env);
  for (const [name, fd] of [
    ['Stdin', 0],
    ['Stdout', 1],
    ['Stderr', 2],
  ] as const) {
    const f = env.rt.new(file);
    writeInt64(env, f, fd);
    storePtr(env, global(name, types.ptr(file)), f);
  }
}

function envString(env: Env, s: string, res: number): void {
  writeStringHeader(env, res, staticString(env, s), Buffer.byteLength(s, 'utf8'));
}

function write(env: Env, fd: number, b: Uint8Array): void {
  if (fd === 2) env.stderr(b);
  else env.stdout(b);
}

export const blocking: ReadonlySet<string> = new Set();

export function os(env: Env): Record<string, GoFunc> {
  return {
    // The exit system call takes int32(code).
    Exit: (_fv: number, code: Int64): never => {
      throw new GoExit(low32(code) | 0);
    },
    // The environment's strings live outside the Go heap in Go (static strings here): no allocation.
    Getenv: (_fv: number, res: number, key: number): void => {
      envString(env, env.environ[readString(env, key)] ?? '', res);
    },
    // (string, bool)
    LookupEnv: (_fv: number, res: number, key: number): void => {
      const v = env.environ[readString(env, key)];
      envString(env, v ?? '', res);
      env.mem.u8[res + 16] = v === undefined ? 0 : 1;
    },
    Environ: (_fv: number, res: number): void => {
      const kv = Object.entries(env.environ).filter(([, v]) => v !== undefined);
      const a = env.rt.makeslice(env.rt.types.string, kv.length, kv.length);
      writeSliceHeader(env, res, a, kv.length, kv.length);
      kv.forEach(([k, v], i) => {
        const s = `${k}=${v}`;
        storePtr(env, a + i * 16, staticString(env, s));
        env.mem.u32[(a + i * 16 + 8) >>> 2] = Buffer.byteLength(s, 'utf8');
      });
    },
    // (n int, err error)
    '(*File).Write': (_fv: number, res: number, f: number, b: number): void => {
      const p = sliceData(env, b);
      const n = sliceLen(env, b);
      write(env, env.mem.u32[f >>> 2]!, env.mem.u8.slice(p, p + n));
      writeInt64(env, res, n);
      writeIface(env, res + 8, null, 0);
    },
    // Standard input reads the run's stdin (os.Stdin is fd 0); a read at its end is (0, io.EOF).
    '(*File).Read': (_fv: number, res: number, f: number, b: number): void => {
      const p = sliceData(env, b);
      const n = sliceLen(env, b);
      const got = n > 0 && env.mem.u32[f >>> 2] === 0 ? env.stdin(env.mem.u8.subarray(p, p + n)) : 0;
      writeInt64(env, res, got);
      if (got === 0 && n > 0) writeEOF(env, res + 8);
      else writeIface(env, res + 8, null, 0);
    },
    '(*File).WriteString': (_fv: number, res: number, f: number, s: number): void => {
      const p = env.mem.u32[s >>> 2]!;
      const n = env.mem.u32[(s + 8) >>> 2]!;
      write(env, env.mem.u32[f >>> 2]!, env.mem.u8.slice(p, p + n));
      writeInt64(env, res, n);
      writeIface(env, res + 8, null, 0);
    },
  };
}
