// gomem run: compile a Go program and run it on a gomem heap, behaving as the
// program's Go binary does — its output, its panics and fatal errors as Go
// prints them, its exit status.
//
//   files ─► compile (check + escape) ─► codegen (module source) ─► new Function
//        ─► static data placed in manual spans ─► scheduler runs init, then main
//
// The data segment (globals, static funcvals) and rodata (string literals,
// staticuint64s, zeroVal) live in manual spans, outside the heap's accounting
// as Go's data and bss are; the data segment is a root. Standard-library
// globals the program never names (os.Stdout when only fmt prints) get their
// words in one more such span, whose pointer words are roots too.

import path from 'node:path';
import * as ALG from '../runtime/alg.js';
import { type Arena, maxArenaBytes } from '../runtime/arena.js';
import * as CHAN from '../runtime/chan.js';
import { zerobase } from '../runtime/malloc.js';
import * as MAP from '../runtime/map.js';
import { parseByteCount } from '../runtime/mgcpacer.js';
import { pallocChunkBytes } from '../runtime/mpagealloc.js';
import { FatalError, RuntimeError } from '../runtime/panic.js';
import { Sched } from '../runtime/proc.js';
import { Runtime, type RuntimeOptions } from '../runtime/runtime.js';
import { _PageSize } from '../runtime/sizeclasses.js';
import { FrameTable } from '../runtime/stack.js';
import { Kind, pointerWords } from '../runtime/type.js';
import { makeComplexHelpers } from './codegen/complexrt.js';
import { type Env, GoExit, type GoFunc, type GoGenFunc } from './codegen/env.js';
import { type Module, type ModuleTrace, ProgramGen } from './codegen/program.js';
import { makeHelpers } from './codegen/rt.js';
import { GoPanic, makeSupport, panicSite, runtimeErrorTypes, Unwind } from './codegen/support.js';
import { errorFrames, panicFrames, stackLimit } from './codegen/traceback.js';
import { buildFailure, compile as compileGo, GoError, isGoError, link, type SourceFile } from './index.js';
import { packages } from './std/index.js';
import { GoPanicValue } from './std/values.js';
import type * as S from './syntax.js';

export interface RunOptions {
  args?: string[];
  env?: Record<string, string | undefined>;
  stdout(b: Uint8Array | string): void;
  stderr(b: Uint8Array | string): void;
  /** The program's standard input (os.Stdin): up to b.length bytes into b, 0 at its end; none when absent. */
  stdin?(b: Uint8Array): number;
  /** Runtime options beyond what the environment says (collector, arena size). */
  runtime?: RuntimeOptions;
}

/** Runs a Go program; resolves to its exit status. */
export async function run(files: SourceFile[], opts: RunOptions): Promise<number> {
  const environ = opts.env ?? process.env;
  const built = build(files, opts, environ);
  if (typeof built === 'number') return built;
  const { rt, REG, sched, runtimeErrors, mod, zero, staticU64 } = built;
  const mem: Arena = rt.heap.arena;
  // Static data in manual spans.
  const ro = staticSpan(rt, mod.rodata.length + 8);
  mem.u8.set(mod.rodata, ro);
  for (const r of mod.rodataRelocs) mem.u32[(ro + r) >>> 2] = mem.u32[(ro + r) >>> 2]! + ro;
  const data = staticSpan(rt, mod.dataSize);
  for (const [off, idx] of mod.funcvals) mem.u32[(data + off) >>> 2] = idx;
  rt.collector.rootSources.push({
    scanRoots(shade) {
      for (const off of mod.dataPtrs) {
        const p = mem.u32[(data + off) >>> 2]!;
        if (p !== 0) shade(p);
      }
    },
  });
  const FN: GoFunc[] = new Array(mod.nfuncs);
  const FNG: GoGenFunc[] = new Array(mod.nfuncs);
  const scratch = staticSpan(rt, 256);
  const env: Env = {
    rt,
    mem,
    REG,
    FN,
    FNG,
    type: (id) => rt.types.get(id),
    args: [programName(files), ...(opts.args ?? [])],
    environ,
    // Unbuffered, as Go's os.Stdout is: one write per call.
    stdout: opts.stdout,
    stderr: opts.stderr,
    stdin: opts.stdin ?? (() => 0),
    sched,
    scratch,
    staticBytes: ro + staticU64,
  };
  const H = makeHelpers(env);
  const MT: (Int32Array | undefined)[] = [];
  const S = makeSupport(env, H, MT, runtimeErrors, { zeroVal: ro + zero, zerobase });
  const std = new Map<string, Record<string, GoFunc | GoGenFunc>>();
  // Standard-library functions keep fresh objects in JavaScript while they
  // allocate more: every allocation during a (non-blocking) call is a root
  // until it returns. Blocking ones interleave with other goroutines, so they
  // cannot hold in a stack discipline; they allocate nothing they keep so.
  const STD = (pkg: string, name: string) => {
    let p = std.get(pkg);
    if (p === undefined) {
      p = packages[pkg]!.make(env);
      std.set(pkg, p);
    }
    const f = p[name]!;
    if (packages[pkg]!.blocking.has(name)) return f;
    const plain = f as GoFunc;
    return function held(this: unknown, ...a: unknown[]) {
      const mark = rt.beginHold();
      try {
        return plain.apply(this, a as [number]);
      } finally {
        rt.endHold(mark);
      }
    };
  };
  // Every package initializes (os.Args before flag reads it), as Go's runtime does before main.
  // A std global the program never names is not in its data segment: it gets
  // words of its own, whose pointers are roots as the data segment's are (Go
  // keeps every package's globals, named or not).
  const unnamed = staticSpan(rt, _PageSize);
  let unnamedTop = 0;
  const unnamedPtrs: number[] = [];
  rt.collector.rootSources.push({
    scanRoots(shade) {
      for (const a of unnamedPtrs) {
        const p = mem.u32[a >>> 2]!;
        if (p !== 0) shade(p);
      }
    },
  });
  for (const [path, pkg] of Object.entries(packages)) {
    const globals = mod.stdGlobals.filter((g) => g.pkg === path);
    if (pkg.init === undefined) continue;
    pkg.init(env, (name, type) => {
      const g = globals.find((x) => x.name === name);
      if (g !== undefined) return data + g.off;
      const at = unnamed + unnamedTop;
      unnamedTop += Math.ceil(type.size / 8) * 8;
      if (unnamedTop > _PageSize)
        throw new Error(`gomem: no room for the standard library's global ${path}.${name}`);
      for (const w of pointerWords(type)) unnamedPtrs.push(at + w * 8);
      return at;
    });
  }
  const scope: Record<string, unknown> = {
    ...H,
    ...S,
    ...makeComplexHelpers(mem),
    rt,
    env,
    sched,
    REG,
    FN,
    FNG,
    MT,
    IF: [],
    TY: Array.from({ length: rt.types.count }, (_, i) => rt.types.get(i)),
    U8: mem.u8,
    I8: mem.i8,
    U16: mem.u16,
    I16: mem.i16,
    U32: mem.u32,
    I32: mem.i32,
    F32: mem.f32,
    F64: mem.f64,
    DATA: data,
    RO: ro,
    ZERO: ro + zero,
    ZEROBASE: zerobase,
    STATICU64: ro + staticU64,
    ALG,
    MAP,
    CHAN,
    STD,
    morestack: (n: number) => sched.morestack(n),
    unmorestack: (t: number) => sched.unmorestack(t),
    mv: (d: number, s: number, n: number) => mem.u8.copyWithin(d, s, s + n),
    mv4: (d: number, s: number, n: number) => mem.u32.copyWithin(d >>> 2, s >>> 2, (s >>> 2) + n),
    // The generator form of a function that never blocks: for calls that must yield* through anything.
    genOf: (f: GoFunc) =>
      // biome-ignore lint/correctness/useYield: it finishes at once, as the plain function does
      function* (...a: unknown[]) {
        return f(...(a as [number]));
      },
    isGen: (f: unknown) => typeof f === 'function' && f.constructor.name === 'GeneratorFunction',
    runtimeErrorError: (_fv: number, res: number, box: number) => {
      mem.u32[res >>> 2] = mem.u32[box >>> 2]!;
      mem.u32[(res + 8) >>> 2] = mem.u32[(box + 8) >>> 2]!;
      mem.u32[(res + 12) >>> 2] = mem.u32[(box + 12) >>> 2]!;
    },
  };
  const names = Object.keys(scope);
  const factory = new Function(...names, mod.source) as (...a: unknown[]) => {
    init: GoFunc;
    initBlocks: boolean;
    main: GoFunc;
    mainBlocks: boolean;
  };
  const entry = factory(...names.map((n) => scope[n]));
  let status = 0;
  // Errors made while the program runs keep enough JavaScript frames for Go's traceback (traceback.ts).
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = stackLimit;
  try {
    await sched.run(function* () {
      if (entry.initBlocks) yield* (entry.init as unknown as GoGenFunc)(0);
      else entry.init(0);
      if (entry.mainBlocks) yield* (entry.main as unknown as GoGenFunc)(0);
      else entry.main(0);
    });
  } catch (e) {
    status = report(e, env, S.toPanic, sched, mod.trace);
  } finally {
    Error.stackTraceLimit = limit;
  }
  return status;
}

/** What building a program leaves for running it. */
interface Built {
  rt: Runtime;
  REG: Uint32Array;
  sched: Sched;
  runtimeErrors: ReturnType<typeof runtimeErrorTypes>;
  mod: Module;
  /** Offsets in rodata: zeroVal, staticuint64s. */
  zero: number;
  staticU64: number;
}

/**
 * Compiles the program and starts the runtime it runs on: what running it
 * needs, or the exit status of a build that failed (its messages written).
 * The front end's and the code generator's data — syntax trees, types,
 * escape analysis, the generator's tables and the scratch heap of stdNames —
 * are this function's locals alone, so none of it outlives the build: run's
 * frame stays on the stack while the program runs, and V8 keeps whatever its
 * locals hold (on binary-trees, 0.25 MB of JavaScript heap and the scratch
 * heap's 4 MiB buffer).
 */
function build(
  files: SourceFile[],
  opts: RunOptions,
  environ: Record<string, string | undefined>,
): Built | number {
  let prog: ReturnType<typeof compileGo>;
  try {
    prog = compileGo(files);
    link(prog);
  } catch (e) {
    if (isGoError(e)) {
      const { text, status } = buildFailure(e);
      opts.stderr(text);
      return status;
    }
    throw e;
  }
  // Compiled code is trusted to keep its pointers valid: the per-access checks of the TypeScript API are off.
  const arena = arenaBytes(environ.GOMEMARENA);
  if (typeof arena === 'string') {
    opts.stderr(`${arena}\n`);
    return 2;
  }
  let rt: Runtime;
  try {
    rt = new Runtime({
      env: environ,
      trace: (l) => opts.stderr(`${l}\n`),
      checks: false,
      ...(arena === undefined ? {} : { arenaBytes: arena }),
      ...opts.runtime,
    });
  } catch (e) {
    // A setting the runtime refuses as it starts: Go's fatal error for a
    // malformed GOMEMLIMIT (its runtime stack is Go's, not the program's), or
    // gomem's own message for GOMEMCOLLECTOR.
    if (e instanceof FatalError) {
      opts.stderr(`${e.report()}\n`);
      return 2;
    }
    if (e instanceof RangeError) {
      opts.stderr(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const REG = new Uint32Array(3);
  const frames = new FrameTable();
  const sched = new Sched(rt, REG, frames, importsOS(prog.files));
  const runtimeErrors = runtimeErrorTypes(rt.types);
  const gen = new ProgramGen(prog, {
    types: rt.types,
    runtimeErrors: Object.values(runtimeErrors),
    std: stdNames(),
    registerFrame: (name, size, ptrs, where) => frames.add(name, size, ptrs, where),
    registerSite: (desc, pos) => frames.site(desc, pos),
    // go run prints the absolute path of each file in tracebacks.
    filePath: (file) => path.resolve(file),
  });
  let mod: Module;
  try {
    mod = gen.generate();
  } catch (e) {
    if (isGoError(e)) {
      const { text, status } = buildFailure(e);
      opts.stderr(text);
      return status;
    }
    // A program the compiler cannot handle is a bug in gomem: say so, without a JavaScript trace.
    opts.stderr(
      `gomem: internal error compiling the program: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    return 2;
  }
  return { rt, REG, sched, runtimeErrors, mod, zero: gen.zero, staticU64: gen.staticU64 };
}

/**
 * The report of what ended the program, as Go prints it: the panic chain and
 * the panicking goroutine's traceback (GOTRACEBACK=single), or a fatal error
 * and every goroutine's. The running goroutine's frames come from the
 * JavaScript stack where the panic or error started; parked ones from their
 * frame chains.
 */
function report(
  e: unknown,
  env: Env,
  toPanic: (e: unknown) => GoPanic | Unwind,
  sched: Sched,
  trace: ModuleTrace,
): number {
  // A panic that escaped no deferred call is still a JavaScript error here.
  let err: unknown =
    e instanceof RuntimeError || e instanceof RangeError || e instanceof GoPanicValue ? toPanic(e) : e;
  if (err instanceof Unwind) err = err.err;
  if (err instanceof GoExit) return err.code;
  if (err instanceof GoPanic) {
    // printpanics: the chain oldest first, each later one indented.
    const chain: GoPanic[] = [];
    for (let p: GoPanic | null = err; p !== null; p = p.link) chain.unshift(p);
    // preprintpanics: every value's Error or String method runs first; one that
    // panics ends the program with Go's fatal error naming what it panicked with.
    let texts: string[];
    try {
      texts = chain.map((p) => (p.tw === 0 ? 'nil' : p.text));
    } catch (e2) {
      const r = toPanic(e2);
      if (r instanceof Unwind) return report(r.err, env, toPanic, sched, trace);
      const rt = r.tw === 0 ? undefined : env.type(r.tw - 1);
      const what = rt?.kind === Kind.String && !rt.named ? r.text : `type ${rt?.str ?? 'nil'}`;
      env.stderr(`fatal error: panic while printing panic value: ${what}\n\n${sched.tracebackAll()}\n`);
      return 2;
    }
    const lines = chain.map(
      (p, i) => `${i > 0 ? '\t' : ''}panic: ${texts[i]}${p.recovered ? ' [recovered]' : ''}`,
    );
    if (err.text.startsWith('runtime error: invalid memory address')) {
      lines.push('[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]');
    }
    const g = sched.current;
    // The runtime frames Go walks above the first one it prints: gopanic for a
    // panic call, the helper (goPanicIndex, sigpanic, …) and gopanic for a runtime error.
    const hidden = panicSite.has(err) ? 2 : 1;
    const tb = g === null ? sched.tracebackAll() : sched.traceback(g, panicFrames(err, trace), hidden);
    env.stderr(`${lines.join('\n')}\n\n${tb}\n`);
    return 2;
  }
  if (err instanceof FatalError) {
    const running = sched.current === null ? undefined : errorFrames(err, trace);
    env.stderr(`${err.report()}\n\n${sched.tracebackAll(running)}\n`);
    return 2;
  }
  if (err instanceof GoError) {
    env.stderr(`${err.message}\n`);
    return 2;
  }
  const msg = err instanceof Error ? err.message : String(err);
  env.stderr(`gomem: internal error: ${msg}\n`);
  return 2;
}

/**
 * Which standard-library functions exist and which block, known before the
 * program runs: each package's table, made once against a scratch heap.
 */
function stdNames(): import('./codegen/program.js').StdInfo {
  const scratchRt = new Runtime({ arenaBytes: 1024 * _PageSize, env: {} });
  const tables = new Map<string, Set<string>>();
  const table = (pkg: string): Set<string> => {
    let t = tables.get(pkg);
    if (t === undefined) {
      const p = packages[pkg];
      const env = {
        rt: scratchRt,
        mem: scratchRt.heap.arena,
        REG: new Uint32Array(3),
        FN: [],
        FNG: [],
        type: (id: number) => scratchRt.types.get(id),
        args: [],
        environ: {},
        stdout() {},
        stderr() {},
        stdin: () => 0,
        sched: new Sched(scratchRt, new Uint32Array(3), new FrameTable()),
        scratch: 0,
        staticBytes: 0,
      } as unknown as Env;
      t = new Set(p === undefined ? [] : Object.keys(p.make(env)));
      tables.set(pkg, t);
    }
    return t;
  };
  return {
    has: (pkg, name) => table(pkg).has(name),
    blocking: (pkg, name) => packages[pkg]?.blocking.has(name) ?? false,
  };
}

/**
 * GOMEMARENA: the address space the heap may use (default 4 GiB), a byte count
 * as GOMEMLIMIT takes (B, KiB, MiB, GiB), rounded down to whole pages, at least
 * one 4 MiB heap chunk (the heap grows by chunks, and starts with one). It is a
 * hard cap: a heap that needs more ends in Go's out-of-memory fatal error,
 * whatever GOMEMLIMIT says. A message when the setting is malformed.
 */
function arenaBytes(v: string | undefined): number | undefined | string {
  if (v === undefined || v === '') return undefined;
  const n = parseByteCount(v);
  const bytes = n === null ? 0 : Math.min(Math.floor(n / _PageSize) * _PageSize, maxArenaBytes);
  if (bytes < pallocChunkBytes) return `gomem: malformed GOMEMARENA=${v}: want a byte count of at least 4MiB`;
  return bytes;
}

/** os.Args[0]: the binary go build would make, named after the first file. */
function programName(files: SourceFile[]): string {
  const base = files[0]?.name.split('/').pop() ?? 'main.go';
  return `/tmp/go-build/${base.replace(/\.go$/, '')}`;
}

/** Memory outside the heap for static data: a manual span, never freed while the program runs. */
function staticSpan(rt: Runtime, bytes: number): number {
  const npages = Math.max(1, Math.ceil(bytes / _PageSize));
  const s = rt.heap.allocManual(npages);
  rt.heap.arena.u8.fill(0, s.startAddr, s.startAddr + npages * _PageSize);
  return s.startAddr;
}

/** Go 1.19 packages gomem provides whose imports include os (go list -deps). */
const osImporters = new Set(['os', 'fmt', 'flag', 'runtime/debug']);

/** Whether the program imports os, directly or through one of them: os's init starts the finalizer goroutine. */
function importsOS(files: S.File[]): boolean {
  return files.some((f) => f.decls.some((d) => d.kind === 'ImportDecl' && osImporters.has(d.path)));
}
