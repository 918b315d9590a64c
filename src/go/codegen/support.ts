// The runtime pieces compiled code calls that need the program's tables:
// panics and recover, deferred calls, interface conversions and assertions,
// append/copy and the string/slice conversions, the print builtins.
//
// Mirrors runtime/panic.go (gopanic, gorecover, the report printpanics
// writes), iface.go (convT*, assertE2I, TypeAssertionError's text),
// slice.go (growslice as append uses it, slicecopy), string.go
// (slicebytetostring, stringtoslicebyte, slicerunetostring,
// stringtoslicerune with their 32-byte stack buffers, and the copy-free
// slicebytetostringtmp and stringtoslicebytetmp; the compiler's own
// arrays for conversions of constants) and print.go.

import { typedarraymove } from '../../runtime/mbarrier.js';
import { FatalError, RuntimeError } from '../../runtime/panic.js';
import { roundupsize } from '../../runtime/sizeclasses.js';
import { growsliceCap, maxAlloc } from '../../runtime/slice.js';
import { utf8Length, writeUTF8 } from '../../runtime/string.js';
import { isDirectIface, Kind, type Type, type Types } from '../../runtime/type.js';
import { formatInt } from '../std/strconv.js';
import { GoPanicValue } from '../std/values.js';
import { printComplex } from './complexrt.js';
import type { Env } from './env.js';
import type { Helpers } from './rt.js';
import type { Int64 } from './vlrt.js';

/**
 * A Go panic in flight: its value (an interface) and whether recover stopped it.
 * Its text is what the report prints, made when first asked for: Go calls a
 * panic value's Error or String method only to print an unrecovered panic
 * (preprintpanics), so a recovered one never runs it.
 */
export class GoPanic extends Error {
  recovered = false;
  /** The panic this one interrupted (a deferred call panicked while it ran): printed first. */
  link: GoPanic | null = null;
  private described: string | undefined;
  constructor(
    readonly tw: number,
    readonly data: number,
    private readonly describe: () => string,
  ) {
    super('Go panic');
    this.name = 'GoPanic';
  }

  /** The value as the report prints it; throws what an Error or String method panicked with. */
  get text(): string {
    this.described ??= this.describe();
    return this.described;
  }
}

/**
 * Where each panic or fatal error raised by a JavaScript error started: that
 * error, whose stack is the traceback's (traceback.ts). A GoPanic not listed
 * started where it was made.
 */
export const panicSite = new WeakMap<object, Error>();

/** runtime: goroutine stack exceeds the limit — Go's fatal error for runaway recursion. */
export function stackOverflow(): FatalError {
  return new FatalError('stack overflow', 'runtime: goroutine stack exceeds 1000000000-byte limit');
}

/** An error that unwinds through deferred calls without running them (os.Exit, fatal errors). */
export class Unwind {
  constructor(readonly err: unknown) {}
}

/**
 * The dynamic types of Go's runtime errors (runtime/error.go), which %T shows
 * and assertions tell apart. Each is a string here holding the error's text,
 * with runtime.Error's methods (Error, RuntimeError).
 */
export interface RuntimeErrorTypes {
  /** Index and slice bounds, slice-to-array conversion. */
  boundsError: Type;
  /** A failed interface conversion; Go's is a pointer type. */
  typeAssertionError: Type;
  /** The rest with the "runtime error: " prefix: nil dereference, divide by zero, … */
  errorString: Type;
  /** Without the prefix: nil map assignment, closed channels. */
  plainError: Type;
}

export function runtimeErrorTypes(types: Types): RuntimeErrorTypes {
  const str = types.string;
  const typeAssertionError = types.named('runtime.TypeAssertionError', str);
  typeAssertionError.str = '*runtime.TypeAssertionError';
  return {
    boundsError: types.named('runtime.boundsError', str),
    typeAssertionError,
    errorString: types.named('runtime.errorString', str),
    plainError: types.named('runtime.plainError', str),
  };
}

/** Which runtime error a RuntimeError's text is. */
function runtimeErrorType(ts: RuntimeErrorTypes, msg: string): Type {
  if (msg.startsWith('interface conversion: ')) return ts.typeAssertionError;
  if (!msg.startsWith('runtime error: ')) return ts.plainError;
  const what = msg.slice('runtime error: '.length);
  if (what.startsWith('index out of range') || what.startsWith('slice bounds out of range'))
    return ts.boundsError;
  if (what.startsWith('cannot convert slice with length')) return ts.boundsError;
  return ts.errorString;
}

export interface IfaceDesc {
  name: string;
  mids: number[];
  methods: string[];
}

export interface Statics {
  /** runtime.zeroVal: what "" and nil slices in interfaces point at. */
  zeroVal: number;
  /** runtime.zerobase: the address of every zero-size allocation. */
  zerobase: number;
}

/** Where a _defer record holds its fn (the closure a loop's defer wraps its call in). */
export const deferFnOffset = 24;

export function makeSupport(
  env: Env,
  H: Helpers,
  MT: (Int32Array | undefined)[],
  runtimeErrors: RuntimeErrorTypes,
  statics: Statics,
) {
  const rt = env.rt;
  const heap = rt.heap;
  const mem = env.mem;
  const U8 = mem.u8;
  const U32 = mem.u32;
  const F32 = mem.f32;
  const F64 = mem.f64;
  const { ldn, ldi, st64, setstr, gostring, rawstring, decodeRune } = H;
  /** Panic values are roots while they are in flight. */
  const live = new Set<GoPanic>();
  /** Heap boxes holding the operands of deferred calls made in loops, until the calls run. */
  const kept = new Map<number, number>();
  rt.collector.rootSources.push({
    scanRoots(shade) {
      for (const p of live) if (p.data !== 0) shade(p.data);
      for (const p of kept.keys()) shade(p);
    },
  });
  const keep = (p: number): number => {
    kept.set(p, (kept.get(p) ?? 0) + 1);
    return p;
  };
  const unkeep = (ps: number[]): void => {
    for (const p of ps) {
      const n = kept.get(p)! - 1;
      if (n === 0) kept.delete(p);
      else kept.set(p, n);
    }
  };
  // _defer records (panic.go newdefer/freedefer). Go makes one on the heap
  // for each execution of a defer in a loop, and one for each frame with
  // open-coded defers that a panic runs (addOneOpenDeferFrame); a freed
  // record goes to its P's pool (32 at most: then half moves to the central
  // pool), and newdefer takes from the pools before it allocates. A cycle's
  // start drops the central pool (clearpools); the P pools stay. Pooled
  // records are roots, as the Ps holding them are.
  //
  //   _defer  [ flags | sp | pc | fn * | _panic * | link * | fd * | varp | framepc ]   72 bytes
  const T = rt.types;
  const deferType = T.struct('runtime._defer', {
    flags: T.uintptr,
    sp: T.uintptr,
    pc: T.uintptr,
    fn: T.unsafePointer,
    panic: T.unsafePointer,
    link: T.unsafePointer,
    fd: T.unsafePointer,
    varp: T.uintptr,
    framepc: T.uintptr,
  });
  const deferpoolCap = 32;
  const deferpools: number[][] = rt.allp.map(() => []);
  /** sched.deferpool, its head last. */
  let centralDefers: number[] = [];
  rt.collector.rootSources.push({
    scanRoots(shade) {
      for (const pool of deferpools) for (const d of pool) shade(d);
      for (const d of centralDefers) shade(d);
    },
  });
  rt.collector.onCycleStart.push(() => {
    centralDefers = [];
  });
  const newdefer = (): number => {
    const pool = deferpools[rt.p.id]!;
    while (pool.length === 0 && centralDefers.length > 0) {
      for (let n = 0; n < deferpoolCap / 2 && centralDefers.length > 0; n++) pool.push(centralDefers.pop()!);
    }
    return pool.pop() ?? rt.new(deferType);
  };
  const freedefer = (d: number): void => {
    const pool = deferpools[rt.p.id]!;
    // The top half, topmost first, becomes the central list's head.
    if (pool.length === deferpoolCap) centralDefers.push(...pool.splice(deferpoolCap / 2));
    H.WP(d + deferFnOffset, 0);
    pool.push(d);
  };

  // The panics whose deferred calls are running, with the frame running them:
  // recover works only in a function that deferred call called directly.
  const panicking: { p: GoPanic; fp: number }[] = [];

  const typeOf = (tw: number): Type => env.type(tw - 1);

  // The text Go prints for a panic value (printpanicval, with error/Stringer first).
  const panicText = (tw: number, data: number): string => {
    if (tw === 0) return 'nil';
    const t = typeOf(tw);
    const call = (m: string): string | undefined => {
      const idx = t.methods.get(m);
      if (idx === undefined) return undefined;
      const f = env.FN[idx];
      if (f === undefined) return undefined;
      f(0, env.scratch, data);
      return gostring(env.scratch);
    };
    const viaMethod = call('Error') ?? call('String');
    if (viaMethod !== undefined) return viaMethod;
    const v = isDirectIface(t) ? '' : valueText(t, data);
    // print(eface.data): nil prints as 0x0; any other address as one in Go's heap arena.
    const dataText = `(${t.str}) ${data === 0 ? '0x0' : `0x${(0xc000000000 + data).toString(16)}`}`;
    if (!t.named) return v === '' ? dataText : v;
    if (t.kind === Kind.String) return `${t.str}("${v}")`;
    // printanycustomtype: a complex value brings its own parentheses.
    if (t.kind === Kind.Complex64 || t.kind === Kind.Complex128) return `${t.str}${v}`;
    if (
      v !== '' &&
      t.kind !== Kind.Struct &&
      t.kind !== Kind.Array &&
      t.kind !== Kind.Slice &&
      t.kind !== Kind.Interface
    ) {
      return `${t.str}(${v})`;
    }
    return dataText;
  };

  // print's formatting of a basic value at addr (print.go).
  const valueText = (t: Type, a: number): string => {
    switch (t.kind) {
      case Kind.Bool:
        return U8[a] !== 0 ? 'true' : 'false';
      case Kind.Int:
      case Kind.Int64:
        return formatInt(ldi(a), 10);
      case Kind.Int8:
        return String(mem.i8[a]);
      case Kind.Int16:
        return String(mem.i16[a >>> 1]);
      case Kind.Int32:
        return String(mem.i32[a >>> 2]);
      case Kind.Uint:
      case Kind.Uint64:
      case Kind.Uintptr:
        return formatInt(H.ldu(a), 10, false);
      case Kind.Uint8:
        return String(U8[a]);
      case Kind.Uint16:
        return String(mem.u16[a >>> 1]);
      case Kind.Uint32:
        return String(U32[a >>> 2]);
      case Kind.Float32:
        return printFloat(mem.f32[a >>> 2]!);
      case Kind.Float64:
        return printFloat(mem.f64[a >>> 3]!);
      case Kind.Complex64:
        return printComplex(F32[a >>> 2]!, F32[(a + 4) >>> 2]!);
      case Kind.Complex128:
        return printComplex(F64[a >>> 3]!, F64[(a + 8) >>> 3]!);
      case Kind.String:
        return gostring(a);
      default:
        return '';
    }
  };

  const newPanic = (tw: number, data: number): GoPanic => {
    const p = new GoPanic(tw, data, () => panicText(tw, data));
    live.add(p);
    return p;
  };

  /** A runtime error as a Go value: its runtime type, holding its text. */
  const runtimeErrorValue = (msg: string): GoPanic => stringValue(msg, runtimeErrorType(runtimeErrors, msg));

  /** A panic whose value is a string of type t (runtime.Error, or string for the library's panics). */
  const stringValue = (msg: string, t: Type): GoPanic => {
    // The text first, kept alive while its header's box is allocated.
    const n = utf8Length(msg);
    const p = n === 0 ? 0 : rt.mallocgc(n, null, false);
    if (n > 0) writeUTF8(mem, p, n, msg);
    if (p !== 0) keep(p);
    const box = rt.mallocgc(16, rt.types.string, true);
    H.WP(box, p);
    st64(box + 8, n);
    if (p !== 0) unkeep([p]);
    return newPanic(t.id + 1, box);
  };

  /**
   * Turns whatever was thrown into a panic; what no deferred call may see
   * (os.Exit, a fatal error) comes back wrapped in an Unwind, which
   * runDefers passes on without running anything.
   */
  const toPanic = (e: unknown): GoPanic | Unwind => {
    if (e instanceof GoPanic) return e;
    let p: GoPanic | FatalError;
    if (e instanceof RuntimeError) p = runtimeErrorValue(e.message);
    else if (e instanceof GoPanicValue) p = stringValue(e.value, rt.types.string);
    else if (e instanceof RangeError && /call stack/.test(e.message)) p = stackOverflow();
    else return new Unwind(e);
    panicSite.set(p, e);
    return p instanceof GoPanic ? p : new Unwind(p);
  };
  /** What the end of a function with defer throws on: the panic, or the error being unwound. */
  const rethrow = (p: GoPanic | Unwind): never => {
    throw p instanceof Unwind ? p.err : p;
  };

  // One deferred call's outcome: a panic it raised replaces the one in
  // flight (linked to it, as printpanics shows them), a recovered panic ends.
  const panicked = (p: GoPanic | null, e: unknown): GoPanic => {
    const np = toPanic(e);
    if (np instanceof Unwind) throw np.err;
    if (p !== null && np !== p) np.link = p;
    return np;
  };
  const settled = (p: GoPanic | null): GoPanic | null => {
    if (p === null || !p.recovered) return p;
    live.delete(p);
    return null;
  };

  /**
   * deferreturn / the deferred calls of a panicking frame, last in first out.
   * open: the frame's defers are open-coded, so a panic running them takes
   * a _defer record for the frame.
   */
  const runDefers = (
    dfr: (() => void)[],
    pnc: GoPanic | Unwind | null,
    fp: number,
    open: boolean,
  ): GoPanic | Unwind | null => {
    if (pnc instanceof Unwind) return pnc;
    let p = pnc;
    // Held while the frame's defers run (they may collect).
    const rec = open && p !== null && dfr.length > 0 ? keep(newdefer()) : 0;
    while (dfr.length > 0) {
      const d = dfr.pop()!;
      const pushed = p !== null;
      if (pushed) panicking.push({ p: p!, fp });
      try {
        d();
      } catch (e) {
        // The call panicked out of frames that did not pop themselves: the
        // deferring frame is the top again, so its next deferred call is one
        // it calls directly (gorecover's test).
        env.sched.restoreFrame(fp);
        p = panicked(p, e);
      } finally {
        if (pushed) panicking.pop();
      }
      p = settled(p);
    }
    if (rec !== 0) {
      unkeep([rec]);
      freedefer(rec);
    }
    return p;
  };

  /** runDefers for a frame that may block: the deferred calls are generators. */
  function* runDefersG(
    dfr: (() => Generator)[],
    pnc: GoPanic | Unwind | null,
    fp: number,
    open: boolean,
  ): Generator<unknown, GoPanic | Unwind | null, unknown> {
    if (pnc instanceof Unwind) return pnc;
    let p = pnc;
    // Held while the frame's defers run (they may collect).
    const rec = open && p !== null && dfr.length > 0 ? keep(newdefer()) : 0;
    while (dfr.length > 0) {
      const d = dfr.pop()!;
      const pushed = p !== null;
      if (pushed) panicking.push({ p: p!, fp });
      try {
        yield* d();
      } catch (e) {
        env.sched.restoreFrame(fp);
        p = panicked(p, e);
      } finally {
        if (pushed) panicking.pop();
      }
      p = settled(p);
    }
    if (rec !== 0) {
      unkeep([rec]);
      freedefer(rec);
    }
    return p;
  }

  const gopanic = (iface: number): never => {
    const tw = U32[iface >>> 2]!;
    if (tw === 0) throw runtimeErrorNilPanic();
    throw newPanic(tw, U32[(iface + 8) >>> 2]!);
  };

  const runtimeErrorNilPanic = (): GoPanic => {
    // Go 1.19: panic(nil) panics with a nil value that recover returns as nil.
    return newPanic(0, 0);
  };

  const gorecover = (dst: number): number => {
    const top = panicking[panicking.length - 1];
    const p = top?.p;
    // The caller of recover must have been called by the deferring frame itself.
    const direct = top !== undefined && U32[(env.REG[2]! + 4) >>> 2] === top.fp;
    if (p === undefined || p.recovered || !direct) {
      U8.fill(0, dst, dst + 16);
      return dst;
    }
    p.recovered = true;
    U32[dst >>> 2] = p.tw;
    U32[(dst + 8) >>> 2] = p.data;
    return dst;
  };

  // ---- interfaces

  const convT = (t: Type, v: Int64 | boolean): number => {
    const p = rt.mallocgc(t.size, t, false);
    storeKind(t, p, v);
    return p;
  };
  const storeKind = (t: Type, p: number, v: Int64 | boolean): void => {
    switch (t.kind) {
      case Kind.Bool:
        U8[p] = v ? 1 : 0;
        return;
      case Kind.Int8:
      case Kind.Uint8:
        U8[p] = v as number;
        return;
      case Kind.Int16:
      case Kind.Uint16:
        mem.u16[p >>> 1] = v as number;
        return;
      case Kind.Int32:
      case Kind.Uint32:
        U32[p >>> 2] = v as number;
        return;
      case Kind.Float32:
        mem.f32[p >>> 2] = v as number;
        return;
      case Kind.Float64:
        mem.f64[p >>> 3] = v as number;
        return;
      default:
        st64(p, v as Int64);
    }
  };
  const convTstring = (s: number): number => {
    if (ldn(s + 8) === 0) return statics.zeroVal;
    const p = rt.mallocgc(16, rt.types.string, true);
    H.WP(p, U32[s >>> 2]!);
    st64(p + 8, ldn(s + 8));
    return p;
  };
  const convTslice = (s: number): number => {
    if (U32[s >>> 2] === 0) return statics.zeroVal;
    const p = rt.mallocgc(24, rt.types.slice(rt.types.uint8), true);
    H.WP(p, U32[s >>> 2]!);
    st64(p + 8, ldn(s + 8));
    st64(p + 16, ldn(s + 16));
    return p;
  };
  const convTmem = (t: Type, src: number): number => {
    const p = rt.mallocgc(t.size, t, t.ptrdata !== 0);
    rt.typedmemmove(t, p, src);
    return p;
  };

  /** Whether the interface value at x has a dynamic type implementing desc (panics when must). */
  const assertI = (desc: IfaceDesc, x: number, must: boolean, src: Type): boolean => {
    const tw = U32[x >>> 2]!;
    if (tw === 0) {
      if (must) throw typeAssertion(`interface conversion: interface is nil, not ${desc.name}`);
      return false;
    }
    const row = MT[tw] ?? mtab(tw);
    for (let i = 0; i < desc.mids.length; i++) {
      if (row === undefined || row[desc.mids[i]]! < 0) {
        if (must) {
          throw typeAssertion(
            `interface conversion: ${typeOf(tw).str} is not ${desc.name}: missing method ${desc.methods[i]}`,
          );
        }
        return false;
      }
    }
    void src;
    return true;
  };
  const typeAssertion = (msg: string): RuntimeError => new RuntimeError(msg, true);
  const panicdottype = (src: Type, x: number, want: Type): never => {
    const tw = U32[x >>> 2]!;
    const srcName = src.str;
    if (tw === 0) throw typeAssertion(`interface conversion: ${srcName} is nil, not ${want.str}`);
    const have = typeOf(tw).str;
    if (have === want.str) {
      throw typeAssertion(
        `interface conversion: ${srcName} is ${have}, not ${want.str} (types from different scopes)`,
      );
    }
    throw typeAssertion(`interface conversion: ${srcName} is ${have}, not ${want.str}`);
  };
  // panicwrap: a value method called through a nil pointer by its (*T).M wrapper.
  const chkValueRecv = (p: number, msg: string): number => {
    if (p === 0) throw new RuntimeError(msg, true);
    return p;
  };

  // ---- slices and strings

  // A bigint length or capacity is past 2^53, so out of range.
  const makesliceCheck = (es: number, len: Int64, cap: Int64): void => {
    if (typeof len !== 'number' || len < 0 || len * es > maxAlloc)
      throw new RuntimeError('makeslice: len out of range');
    if (typeof cap !== 'number' || cap < len || cap * es > maxAlloc)
      throw new RuntimeError('makeslice: cap out of range');
  };

  /** append's growth: dst gets s with len+n (growing it when needed); returns where the new elements go. */
  const growFor = (et: Type, dst: number, s: number, n: number): number => {
    const p = U32[s >>> 2]!;
    const len = ldn(s + 8);
    const cap = ldn(s + 16);
    const need = len + n;
    if (need <= cap) {
      U32[dst >>> 2] = p;
      st64(dst + 8, need);
      st64(dst + 16, cap);
      return p + len * et.size;
    }
    const np = rt.growslice(et, p, len, cap, need);
    U32[dst >>> 2] = np;
    st64(dst + 8, need);
    st64(dst + 16, growsliceCap(et.size, cap, need));
    return np + len * et.size;
  };

  /** append(s, t...): t a slice of the same element type, or a string for []byte. */
  const appendSlice = (et: Type, dst: number, s: number, t: number): number => {
    const n = ldn(t + 8);
    const src = U32[t >>> 2]!;
    const at = growFor(et, dst, s, n);
    if (n > 0) typedarraymove(heap, et, at, src, n);
    return dst;
  };

  /** copy(dst, src): the number of elements copied. */
  const copyslice = (et: Type, d: number, s: number): number => {
    const n = Math.min(ldn(d + 8), ldn(s + 8));
    if (n > 0) typedarraymove(heap, et, U32[d >>> 2]!, U32[s >>> 2]!, n);
    return n;
  };

  const bytesToString = (dst: number, s: number, buf: number): number => {
    const n = ldn(s + 8);
    // slicebytetostring: a one-byte string points into staticuint64s.
    if (n === 1) {
      setstr(dst, env.staticBytes + U8[U32[s >>> 2]]! * 8, 1);
      return dst;
    }
    const p = rawstring(n, buf);
    if (n > 0) U8.copyWithin(p, U32[s >>> 2]!, U32[s >>> 2]! + n);
    setstr(dst, p, n);
    return dst;
  };
  /** slicebytetostringtmp: a string viewing b's bytes, for uses that cannot keep it or see b change. */
  const bytesToStringTmp = (dst: number, s: number): number => {
    setstr(dst, U32[s >>> 2]!, ldn(s + 8));
    return dst;
  };
  /** stringtoslicebytetmp: a []byte viewing s's bytes, for a range that only reads them. */
  const stringToBytesTmp = (dst: number, s: number): number => {
    const n = ldn(s + 8);
    U32[dst >>> 2] = U32[s >>> 2]!;
    U32[(dst + 4) >>> 2] = 0;
    st64(dst + 8, n);
    st64(dst + 16, n);
    return dst;
  };
  const stringToBytes = (dst: number, s: number, buf: number): number => {
    const n = ldn(s + 8);
    let p: number;
    if (buf !== 0 && n <= 32) {
      p = buf;
      U8.fill(0, buf, buf + 32);
    } else p = n === 0 ? statics.zerobase : rt.mallocgc(roundupsize(n), null, false);
    const cap = buf !== 0 && n <= 32 ? 32 : n === 0 ? 0 : roundupsize(n);
    if (n > 0) U8.copyWithin(p, U32[s >>> 2]!, U32[s >>> 2]! + n);
    U32[dst >>> 2] = p;
    U32[(dst + 4) >>> 2] = 0;
    st64(dst + 8, n);
    st64(dst + 16, cap);
    return dst;
  };
  const runesToString = (dst: number, s: number, buf: number): number => {
    const n = ldn(s + 8);
    const p = U32[s >>> 2]!;
    let str = '';
    for (let i = 0; i < n; i++) {
      const r = mem.i32[(p + i * 4) >>> 2]!;
      const c = r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff) ? 0xfffd : r;
      str += String.fromCodePoint(c);
    }
    // slicerunetostring asks rawstringtmp for 3 bytes more than the encoding
    // (so even no runes allocate), and uses the stack buffer only if they fit.
    const len = utf8Length(str);
    const at = rawstring(len + 3, buf);
    if (len > 0) writeUTF8(mem, at, len, str);
    setstr(dst, at, len);
    return dst;
  };
  const stringToRunes = (dst: number, s: number, buf: number): number => {
    // Decoded from the bytes with decoderune's rules: every invalid byte is one U+FFFD.
    const sp = U32[s >>> 2]!;
    const sn = ldn(s + 8);
    const runes: number[] = [];
    for (let i = 0; i < sn; ) {
      const rw = decodeRune(sp, sn, i);
      runes.push(rw >>> 3);
      i += rw & 7;
    }
    const n = runes.length;
    const size = n * 4;
    let p: number;
    let cap: number;
    if (buf !== 0 && n <= 32) {
      p = buf;
      U8.fill(0, buf, buf + 128);
      cap = 32;
    } else {
      const mem2 = n === 0 ? 0 : roundupsize(size);
      p = n === 0 ? statics.zerobase : rt.mallocgc(mem2, null, false);
      cap = mem2 / 4;
    }
    runes.forEach((r, i) => {
      mem.i32[(p + i * 4) >>> 2] = r;
    });
    U32[dst >>> 2] = p;
    U32[(dst + 4) >>> 2] = 0;
    st64(dst + 8, n);
    st64(dst + 16, cap);
    return dst;
  };

  /**
   * []byte(s) or []rune(s) of a constant s into dst: p is the compiler's array
   * of exactly n bytes or runes (n > 0), so the capacity is the length. Go
   * makes []byte of a constant a [n]byte copied from the string data
   * (walkStringToBytes) and []rune of one a []rune{…} literal.
   */
  const constToSlice = (dst: number, s: number, p: number, n: number, runes: boolean): number => {
    const sp = U32[s >>> 2]!;
    const sn = ldn(s + 8);
    if (runes) {
      for (let i = 0, k = 0; i < sn; k++) {
        const rw = decodeRune(sp, sn, i);
        mem.i32[(p + k * 4) >>> 2] = rw >>> 3;
        i += rw & 7;
      }
    } else U8.copyWithin(p, sp, sp + sn);
    U32[dst >>> 2] = p;
    U32[(dst + 4) >>> 2] = 0;
    st64(dst + 8, n);
    st64(dst + 16, n);
    return dst;
  };

  // ---- print and println (to standard error, print.go's formats)

  const goprint = (parts: [Type, Int64 | boolean][], ln: boolean): void => {
    const out: string[] = [];
    for (const [t, v] of parts) {
      if (typeof v === 'boolean') out.push(v ? 'true' : 'false');
      // A 64-bit integer past 2^53 holds its exact value.
      else if (typeof v === 'bigint') out.push(v.toString());
      else if (t.kind === Kind.Float32 || t.kind === Kind.Float64) out.push(printFloat(v));
      else if (t.kind === Kind.Complex64) out.push(printComplex(F32[v >>> 2]!, F32[(v + 4) >>> 2]!));
      else if (t.kind === Kind.Complex128) out.push(printComplex(F64[v >>> 3]!, F64[(v + 8) >>> 3]!));
      else if (t.kind === Kind.String) out.push(gostring(v));
      else if (t.kind === Kind.Interface)
        out.push(`(0x${U32[v >>> 2]!.toString(16)},0x${U32[(v + 8) >>> 2]!.toString(16)})`);
      else if (
        t.kind === Kind.Pointer ||
        t.kind === Kind.Map ||
        t.kind === Kind.Chan ||
        t.kind === Kind.Func ||
        t.kind === Kind.UnsafePointer
      ) {
        out.push(v === 0 ? '0x0' : `0x${(0xc000000000 + v).toString(16)}`);
      } else if (t.kind === Kind.Slice)
        out.push(`[${ldn(v + 8)}/${ldn(v + 16)}]0x${(0xc000000000 + U32[v >>> 2]!).toString(16)}`);
      else out.push(formatInt(v, 10, t.kind < Kind.Uint || t.kind > Kind.Uintptr));
    }
    env.stderr(ln ? `${out.join(' ')}\n` : out.join(''));
  };

  const setMethods = (tw: number, rows: [number, number][], nmethods: number): void => {
    const row = new Int32Array(Math.max(nmethods, 1)).fill(-1);
    for (const [mid, idx] of rows) row[mid] = idx;
    MT[tw] = row;
  };

  // Method tables of types the program did not convert itself (the standard
  // library's): built on first use from the type's method set.
  let methodNames: string[] = [];
  const registerMethodNames = (names: string[]): void => {
    methodNames = names;
  };
  const mtab = (tw: number): Int32Array => {
    const t = typeOf(tw);
    const row = new Int32Array(Math.max(methodNames.length, 1)).fill(-1);
    methodNames.forEach((name, mid) => {
      const idx = t.methods.get(name);
      if (idx !== undefined) row[mid] = idx;
    });
    MT[tw] = row;
    return row;
  };

  return {
    toPanic,
    rethrow,
    runDefers,
    newdefer,
    freedefer,
    runDefersG,
    gopanic,
    gorecover,
    convT,
    convTstring,
    convTslice,
    convTmem,
    assertI,
    panicdottype,
    chkValueRecv,
    makesliceCheck,
    growFor,
    appendSlice,
    copyslice,
    bytesToString,
    bytesToStringTmp,
    stringToBytes,
    stringToBytesTmp,
    runesToString,
    stringToRunes,
    constToSlice,
    goprint,
    setMethods,
    registerMethodNames,
    mtab,
    keep,
    unkeep,
  };
}

/** print's float format: +1.500000e+000. */
export function printFloat(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Number.POSITIVE_INFINITY) return '+Inf';
  if (v === Number.NEGATIVE_INFINITY) return '-Inf';
  // Math.abs: toExponential drops the sign of -0, which print keeps.
  const s = Math.abs(v).toExponential(6);
  const [m, e] = s.split('e') as [string, string];
  const sign = v < 0 || Object.is(v, -0) ? '-' : '+';
  const exp = Number(e);
  const es = `${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(3, '0')}`;
  return `${sign}${m}e${es}`;
}
