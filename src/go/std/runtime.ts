// Package runtime for compiled Go: GC, ReadMemStats, SetFinalizer, KeepAlive,
// NumGoroutine, GOMAXPROCS, NumCPU and Gosched over the program's Runtime and
// scheduler (runtime/runtime.ts, runtime/proc.ts).
//
// ReadMemStats mirrors Go's runtime/mstats.go: the world is stopped (nothing
// else runs here while it does), the mcaches are flushed and the report is
// written into the caller's MemStats in place, without allocating. The struct
// is the stub's (src/go/stdlib.ts), laid out as Go lays it out on amd64:
//
//   off     0  24 × uint64   Alloc … PauseTotalNs           (8 bytes each)
//   off   192  PauseNs  [256]uint64
//   off  2240  PauseEnd [256]uint64
//   off  4288  NumGC uint32        off 4292  NumForcedGC uint32
//   off  4296  GCCPUFraction float64
//   off  4304  EnableGC bool       off 4305  DebugGC bool
//   off  4312  BySize [61]{ Size uint32 (+0); Mallocs (+8), Frees (+16) uint64 }  24 bytes each
//   size 5776
//
// SetFinalizer mirrors runtime/mfinal.go's checks and texts (each a fatal
// error, `throw` in Go). The engine's finalizer queue (runtime/mfinal.ts) calls
// a JavaScript callback for each finalizer due; here that callback starts a
// goroutine which calls the Go finalizer with its object, as Go's finalizer
// goroutine (runfinq) does: later, on a goroutine of its own, never inside the
// allocation or collection that found the object dead. The object's pointer
// lives in the goroutine's entry frame (descriptor 'runtime.runfinq'), so the
// frame scan keeps it alive until the finalizer returns. A finalizer whose
// parameter is an interface gets the object as an interface value
// ([type word | pointer] in the entry frame). Each such goroutine stands for
// Go's one finalizer goroutine (Sched.newproc's fing): its goid, no descriptor
// or free-list place of its own. SetFinalizer starts that goroutine first
// (createfing), as Go does, when os's init has not.

import { availableParallelism } from 'node:os';
import { zerobase } from '../../runtime/malloc.js';
import { bySizeLen, type MemStats } from '../../runtime/mstats.js';
import { FatalError } from '../../runtime/panic.js';
import { type G, Sched } from '../../runtime/proc.js';
import { Kind, type Type } from '../../runtime/type.js';
import type { Env, GoFunc, GoGenFunc } from '../codegen/env.js';
import { type Int64, low32 } from '../codegen/vlrt.js';
import { writeInt64 } from './values.js';

/** The MemStats fields of uint64 type before PauseNs, in the stub's order. */
const u64Fields = [
  'Alloc',
  'TotalAlloc',
  'Sys',
  'Lookups',
  'Mallocs',
  'Frees',
  'HeapAlloc',
  'HeapSys',
  'HeapIdle',
  'HeapInuse',
  'HeapReleased',
  'HeapObjects',
  'StackInuse',
  'StackSys',
  'MSpanInuse',
  'MSpanSys',
  'MCacheInuse',
  'MCacheSys',
  'BuckHashSys',
  'GCSys',
  'OtherSys',
  'NextGC',
  'LastGC',
  'PauseTotalNs',
] as const;

const pauseLen = 256;
/** One BySize entry: { Size uint32; Mallocs, Frees uint64 }. */
const bySizeEntry = 24;

/** Field offsets of runtime.MemStats (amd64 alignment: uint64 and float64 on 8, uint32 on 4, bool on 1). */
export const memStatsLayout = (() => {
  const align = (o: number, a: number) => Math.ceil(o / a) * a;
  let o = 0;
  const u64: Record<string, number> = {};
  for (const f of u64Fields) {
    u64[f] = o;
    o += 8;
  }
  const PauseNs = o;
  o += 8 * pauseLen;
  const PauseEnd = o;
  o += 8 * pauseLen;
  const NumGC = o;
  const NumForcedGC = o + 4;
  o = align(o + 8, 8);
  const GCCPUFraction = o;
  o += 8;
  const EnableGC = o;
  const DebugGC = o + 1;
  o = align(o + 2, 8);
  const BySize = o;
  o += bySizeLen * bySizeEntry;
  return {
    u64,
    PauseNs,
    PauseEnd,
    NumGC,
    NumForcedGC,
    GCCPUFraction,
    EnableGC,
    DebugGC,
    BySize,
    size: align(o, 8),
  };
})();

/** Writes the report into the MemStats at m. */
export function writeMemStats(env: Env, m: number, s: MemStats): void {
  const L = memStatsLayout;
  for (const f of u64Fields) writeInt64(env, m + L.u64[f]!, s[f]);
  for (let i = 0; i < pauseLen; i++) {
    writeInt64(env, m + L.PauseNs + 8 * i, s.PauseNs[i] ?? 0);
    writeInt64(env, m + L.PauseEnd + 8 * i, s.PauseEnd[i] ?? 0);
  }
  const mem = env.mem;
  mem.u32[(m + L.NumGC) >>> 2] = s.NumGC;
  mem.u32[(m + L.NumForcedGC) >>> 2] = s.NumForcedGC;
  mem.f64[(m + L.GCCPUFraction) >>> 3] = s.GCCPUFraction;
  mem.u8[m + L.EnableGC] = s.EnableGC ? 1 : 0;
  mem.u8[m + L.DebugGC] = s.DebugGC ? 1 : 0;
  for (let i = 0; i < bySizeLen; i++) {
    const e = s.BySize[i]!;
    const a = m + L.BySize + i * bySizeEntry;
    mem.u32[a >>> 2] = e.Size;
    mem.u32[(a + 4) >>> 2] = 0;
    writeInt64(env, a + 8, e.Mallocs);
    writeInt64(env, a + 16, e.Frees);
  }
}

/** Go's maxTinySize: a noscan object smaller than this may sit inside a tiny block. */
const maxTinySize = 16;

export const blocking: ReadonlySet<string> = new Set(['Gosched']);

export function runtime(env: Env): Record<string, GoFunc | GoGenFunc> {
  const s = env.sched;
  if (!(s instanceof Sched))
    throw new TypeError('gomem: package runtime needs the runtime scheduler (runtime/proc.ts)');
  const sched: Sched = s;
  const u32 = env.mem.u32;
  // The finalizer goroutine's entry frames: the object pointer, or the object as an interface.
  let ptrDesc = 0;
  let ifaceDesc = 0;
  let procs = env.rt.gomaxprocs;

  // Go runs finalizers one after another on its one goroutine. Here each has
  // a goroutine of its own, made (its frame rooting the object) when the
  // finalizer is due and started when the one before it returns.
  const fingPending: [G, Generator<unknown, void, unknown>][] = [];
  let fingRunning = false;
  const fingStart = (g: G, body: Generator<unknown, void, unknown>): void => {
    if (fingRunning) {
      fingPending.push([g, body]);
      return;
    }
    fingRunning = true;
    sched.start(g, body);
  };

  /** The finalizer goroutine's body: one call, its argument held in the entry frame; then the next due. */
  function* runfinq(fnIdx: number, fv: number, arg: number): Generator<unknown, void, unknown> {
    yield* env.FNG[fnIdx]!(fv, arg);
    fingRunning = false;
    const next = fingPending.shift();
    if (next !== undefined) fingStart(next[0], next[1]);
  }

  /** The Go finalizer fv (funcval) for an object of pointer type tw-1: starts its goroutine. */
  function finalizer(fv: number, tw: number, ifaceParam: boolean): (p: number) => void {
    const fnIdx = u32[fv >>> 2]!;
    return (p: number) => {
      if (ifaceParam) {
        if (ifaceDesc === 0) ifaceDesc = sched.frames.add('runtime.runfinq', 24, [16]);
        const g = sched.newproc(ifaceDesc, true);
        u32[g.argp >>> 2] = tw;
        u32[(g.argp + 8) >>> 2] = p;
        fingStart(g, runfinq(fnIdx, fv, g.argp));
      } else {
        if (ptrDesc === 0) ptrDesc = sched.frames.add('runtime.runfinq', 16, [8]);
        const g = sched.newproc(ptrDesc, true);
        u32[g.argp >>> 2] = p;
        fingStart(g, runfinq(fnIdx, fv, p));
      }
    };
  }

  /** The one parameter type of a func type's string, or null when it has not exactly one. */
  function soleParam(ft: Type): string | null {
    const str = ft.str;
    if (!str.startsWith('func(')) return null;
    let depth = 0;
    let end = -1;
    for (let i = 4; i < str.length; i++) {
      const c = str[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        depth--;
        if (depth === 0) {
          end = i;
          break;
        }
      } else if (c === ',' && depth === 1) return null;
    }
    const p = str.slice(5, end).trim();
    return p === '' || p.startsWith('...') ? null : p;
  }

  return {
    GC: (_fv: number): void => {
      env.rt.GC();
    },
    ReadMemStats: (_fv: number, m: number): void => {
      writeMemStats(env, m, env.rt.readMemStats());
    },
    NumGoroutine: (_fv: number): number => sched.numGoroutine(),
    // The scheduler runs every goroutine on one P whatever the setting; the
    // setting is what GOMAXPROCS reports.
    GOMAXPROCS: (_fv: number, n: Int64): number => {
      const old = procs;
      if (n <= 0 || n === old) return old;
      // newprocs = int32(n): a count past 2^31 keeps its low bits, and procresize refuses one that is not positive.
      const p = low32(n) | 0;
      if (p <= 0) throw new FatalError('procresize: invalid arg');
      procs = p;
      return old;
    },
    NumCPU: (_fv: number): number => availableParallelism(),
    Gosched: function* (_fv: number): Generator<unknown, void, unknown> {
      yield* sched.gosched();
    },
    KeepAlive: (_fv: number, _x: number): void => {},
    SetFinalizer: (_fv: number, obj: number, fin: number): void => {
      const tw = u32[obj >>> 2]!;
      if (tw === 0) throw new FatalError('runtime.SetFinalizer: first argument is nil');
      const et = env.type(tw - 1);
      if (et.kind !== Kind.Pointer)
        throw new FatalError(`runtime.SetFinalizer: first argument is ${et.str}, not pointer`);
      const p = u32[(obj + 8) >>> 2]!;
      // findObject finds no heap object: Go returns for zerobase and for static
      // data (here manual spans outside the heap's objects), else throws.
      if (env.rt.heap.spanOf(p) === null) {
        if (p === zerobase || (p !== 0 && env.rt.heap.manualSpanOf(p) !== null)) return;
        throw new FatalError('runtime.SetFinalizer: pointer not in allocated block');
      }
      const elem = et.elem;
      const tinyOK = elem !== null && elem.ptrdata === 0 && elem.size < maxTinySize;
      const ftw = u32[fin >>> 2]!;
      if (ftw === 0) {
        env.rt.setFinalizer(p, null, tinyOK);
        return;
      }
      const ft = env.type(ftw - 1);
      if (ft.kind !== Kind.Func)
        throw new FatalError(`runtime.SetFinalizer: second argument is ${ft.str}, not a function`);
      const param = soleParam(ft);
      const ifaceParam = param?.startsWith('interface') === true;
      if (param === null || (param !== et.str && !ifaceParam))
        throw new FatalError(`runtime.SetFinalizer: cannot pass ${et.str} to finalizer ${ft.str}`);
      sched.createfing();
      env.rt.setFinalizer(p, finalizer(u32[(fin + 8) >>> 2]!, tw, ifaceParam), tinyOK);
    },
  };
}
