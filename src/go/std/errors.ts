// errors: New, Unwrap, Is, As; and the machinery the standard library uses to
// build Go values of its own types (error values, static strings).
//
// Mirrors Go's errors/errors.go (errorString) and errors/wrap.go (Unwrap, Is,
// As walking the Unwrap chain).
//
// Standard-library types live in the runtime's type registry under Go's %T
// names ("errors.errorString", "*errors.errorString"): stdType looks a type up
// and declares it when the program has not, and stdMethod puts a method's
// implementation into the program's function table (FN/FNG) unless the type
// already has it. The code generator, declaring a stub package's types, must
// look them up first the same way, so both sides share one descriptor.
//
//   *errors.errorString ──► errorString { s string }        16 bytes
//   error value          [ type id of *errors.errorString + 1 | ptr ]

import { _PageSize } from '../../runtime/sizeclasses.js';
import { encodeUTF8, utf8Length } from '../../runtime/string.js';
import { isDirectIface, Kind, type Type } from '../../runtime/type.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { goPanicString, readString, storePtr } from './values.js';

/** The named type `name` (Go's %T string) from the registry, declared by make() if absent. */
export function stdType(env: Env, name: string, make: () => Type): Type {
  return env.rt.types.lookup(name) ?? make();
}

/** Gives t the method `name` implemented by fn (a plain function; its generator form wraps it). */
export function stdMethod(env: Env, t: Type, name: string, fn: GoFunc): void {
  if (t.methods.has(name)) return;
  const i = env.FN.length;
  env.FN.push(fn);
  // biome-ignore lint/correctness/useYield: the generator form of a function that never blocks
  env.FNG.push(function* (fv: number, ...args: unknown[]) {
    return fn(fv, ...args);
  });
  t.methods.set(name, i);
}

/** The interface type `error` (its layout: type word, data word). */
export function errorType(env: Env): Type {
  return env.rt.types.iface('error', ['Error']);
}

/** Copies a string header from src to dst (plain stores: dst is a result area). */
function copyHeader(env: Env, dst: number, src: number): void {
  const u32 = env.mem.u32;
  u32[dst >>> 2] = u32[src >>> 2]!;
  u32[(dst + 4) >>> 2] = 0;
  u32[(dst + 8) >>> 2] = u32[(src + 8) >>> 2]!;
  u32[(dst + 12) >>> 2] = 0;
}

/** *errors.errorString, with its Error method. */
export function errorStringPtr(env: Env): Type {
  const types = env.rt.types;
  const s = stdType(env, 'errors.errorString', () => types.struct('errors.errorString', { s: types.string }));
  const p = types.ptr(s);
  stdMethod(env, p, 'Error', (_fv: number, res: number, e: number) => copyHeader(env, res, e));
  return p;
}

const statics = new WeakMap<Env, Map<string, number>>();

/** A string constant's bytes, made once, in read-only data as Go's (rodataAlloc). */
export function staticString(env: Env, s: string): number {
  let m = statics.get(env);
  if (m === undefined) {
    m = new Map();
    statics.set(env, m);
  }
  let p = m.get(s);
  if (p === undefined) {
    const b = encodeUTF8(s);
    p = b.length === 0 ? 0 : rodataAlloc(env, b.length);
    env.mem.u8.set(b, p);
    m.set(s, p);
  }
  return p;
}

/**
 * Read-only data for the standard library's constant strings, which Go keeps
 * in the binary: outside the heap (manual spans, never freed), so they add
 * nothing to Mallocs or TotalAlloc and need no root.
 */
const rodata = new WeakMap<Env, { at: number; end: number }>();

export function rodataAlloc(env: Env, n: number): number {
  let r = rodata.get(env);
  if (r === undefined || r.at + n > r.end) {
    const pages = Math.ceil(n / _PageSize);
    const span = env.rt.heap.allocManual(pages);
    // Manual spans are not zeroed.
    env.mem.u8.fill(0, span.startAddr, span.startAddr + pages * _PageSize);
    r = { at: span.startAddr, end: span.startAddr + pages * _PageSize };
    rodata.set(env, r);
  }
  const p = r.at;
  r.at += n;
  return p;
}

/** Stores an interface value {typ, ptr} at dst (a result area or frame: plain stores). */
export function writeIface(env: Env, dst: number, t: Type | null, ptr: number): void {
  const u32 = env.mem.u32;
  u32[dst >>> 2] = t === null ? 0 : t.id + 1;
  u32[(dst + 4) >>> 2] = 0;
  u32[(dst + 8) >>> 2] = ptr;
  u32[(dst + 12) >>> 2] = 0;
}

/**
 * errors.New(text) where text is already a Go string at strAddr: one
 * errorString object; the error value is written at dst.
 */
export function newErrorString(env: Env, strAddr: number, dst: number): void {
  const t = errorStringPtr(env);
  const sptr = env.mem.u32[strAddr >>> 2]!;
  const len = env.mem.u32[(strAddr + 8) >>> 2]!;
  const obj = env.rt.new(t.elem!);
  writeIface(env, dst, t, obj);
  env.rt.writePointer(obj, sptr);
  env.mem.u32[(obj + 8) >>> 2] = len;
}

/**
 * errors.New of a JavaScript string: the text is allocated (rawstring) first,
 * then the errorString. For errors whose text the standard library builds.
 */
export function makeError(env: Env, text: string, dst: number): void {
  const t = errorStringPtr(env);
  const n = utf8Length(text);
  const sptr = env.rt.newString(text);
  // The text is held only here until the object holds it: keep it in dst's data word.
  writeIface(env, dst, null, sptr);
  const obj = env.rt.new(t.elem!);
  writeIface(env, dst, t, obj);
  env.rt.writePointer(obj, sptr);
  env.mem.u32[(obj + 8) >>> 2] = n;
}

/** A method's function index for the dynamic type of the interface at addr, or -1. */
export function methodOf(env: Env, iface: number, name: string): number {
  const tw = env.mem.u32[iface >>> 2]!;
  if (tw === 0) return -1;
  return env.type(tw - 1).methods.get(name) ?? -1;
}

/** Calls err.Error() for the non-nil error at addr, as a JavaScript string. */
export function errorText(env: Env, err: number): string {
  const m = methodOf(env, err, 'Error');
  env.FN[m]!(0, env.scratch, env.mem.u32[(err + 8) >>> 2]!);
  return readString(env, env.scratch);
}

/** Whether the interface values at a and b are equal (==), without panicking on uncomparable types. */
export function ifaceEqual(env: Env, a: number, b: number): boolean {
  const u32 = env.mem.u32;
  const ta = u32[a >>> 2]!;
  if (ta !== u32[b >>> 2]!) return false;
  const pa = u32[(a + 8) >>> 2]!;
  const pb = u32[(b + 8) >>> 2]!;
  if (ta === 0 || pa === pb) return true;
  const t = env.type(ta - 1);
  if (isDirectIface(t)) return false;
  if (t.kind === Kind.String) return readString(env, pa) === readString(env, pb);
  const u8 = env.mem.u8;
  for (let i = 0; i < t.size; i++) if (u8[pa + i] !== u8[pb + i]) return false;
  return true;
}

function comparable(t: Type): boolean {
  switch (t.kind) {
    case Kind.Slice:
    case Kind.Map:
    case Kind.Func:
      return false;
    case Kind.Struct:
      return t.fields.every((f) => comparable(f.type));
    case Kind.Array:
      return comparable(t.elem!);
    default:
      return true;
  }
}

/** err.Unwrap() into dst, or a nil error there when err has no Unwrap method. */
function unwrapInto(env: Env, err: number, dst: number): void {
  const m = methodOf(env, err, 'Unwrap');
  if (m < 0) {
    writeIface(env, dst, null, 0);
    return;
  }
  env.FN[m]!(0, env.scratch, env.mem.u32[(err + 8) >>> 2]!);
  const u32 = env.mem.u32;
  const s = env.scratch;
  const tw = u32[s >>> 2]!;
  const p = u32[(s + 8) >>> 2]!;
  u32[dst >>> 2] = tw;
  u32[(dst + 4) >>> 2] = 0;
  u32[(dst + 8) >>> 2] = p;
  u32[(dst + 12) >>> 2] = 0;
}

export const blocking: ReadonlySet<string> = new Set();

export function errors(env: Env): Record<string, GoFunc> {
  // A chain's links: each one is reachable from the error the caller passed,
  // so walking them needs no extra roots. Two 16-byte cells outside the heap.
  const cur = env.scratch + 128;
  const copy = (dst: number, src: number): void => {
    const u32 = env.mem.u32;
    for (let i = 0; i < 4; i++) u32[(dst >>> 2) + i] = u32[(src >>> 2) + i]!;
  };
  return {
    New: (_fv: number, res: number, text: number): void => newErrorString(env, text, res),
    Unwrap: (_fv: number, res: number, err: number): void => unwrapInto(env, err, res),
    Is: (_fv: number, err: number, target: number): boolean => {
      if (env.mem.u32[err >>> 2] === 0 || env.mem.u32[target >>> 2] === 0) {
        return env.mem.u32[err >>> 2] === env.mem.u32[target >>> 2];
      }
      const tt = env.type(env.mem.u32[target >>> 2]! - 1);
      const isComparable = comparable(tt);
      copy(cur, err);
      for (;;) {
        if (isComparable && ifaceEqual(env, cur, target)) return true;
        const m = methodOf(env, cur, 'Is');
        if (m >= 0) {
          const recv = env.mem.u32[(cur + 8) >>> 2]!;
          copy(env.scratch + 144, target);
          if (env.FN[m]!(0, recv, env.scratch + 144) === true) return true;
        }
        unwrapInto(env, cur, cur + 0);
        if (env.mem.u32[cur >>> 2] === 0) return false;
      }
    },
    // As: the first error in the chain assignable to *target's type — that
    // type itself, or an interface the error's dynamic type implements — is
    // stored in *target; an error's own As(any) bool method may claim it.
    As: (_fv: number, err: number, target: number): boolean => {
      const u32 = env.mem.u32;
      const tw = u32[target >>> 2]!;
      const tp = u32[(target + 8) >>> 2]!;
      if (tw === 0) goPanicString('errors: target cannot be nil');
      const pt = env.type(tw - 1);
      if (pt.kind !== Kind.Pointer || tp === 0) goPanicString('errors: target must be a non-nil pointer');
      const want = pt.elem!;
      const isIface = want.kind === Kind.Interface;
      if (!isIface && !want.methods.has('Error'))
        goPanicString('errors: *target must be interface or implement error');
      copy(cur, err);
      while (u32[cur >>> 2] !== 0) {
        const t = env.type(u32[cur >>> 2]! - 1);
        const data = u32[(cur + 8) >>> 2]!;
        if (isIface ? want.imethods.every((m) => t.methods.has(m)) : t === want) {
          if (isIface) {
            u32[tp >>> 2] = u32[cur >>> 2]!;
            storePtr(env, tp + 8, data);
          } else if (isDirectIface(t)) storePtr(env, tp, data);
          else env.rt.typedmemmove(t, tp, data);
          return true;
        }
        const m = methodOf(env, cur, 'As');
        if (m >= 0) {
          copy(env.scratch + 144, target);
          if (env.FN[m]!(0, data, env.scratch + 144) === true) return true;
        }
        unwrapInto(env, cur, cur);
      }
      return false;
    },
  };
}
