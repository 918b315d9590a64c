// A minimal Env for the standard library's tests: a real Runtime (collector off
// unless asked: the values the tests build have no roots), function tables the
// test fills, output collected into strings, and a scheduler that records sleeps.
// Plus builders for Go values described as {T: %T string, V: value}, the shape
// the fixture programs (scripts/go/std/) write.
import type { Env, GoFunc, GoGenFunc, SchedAPI } from '../../../src/go/codegen/env.js';
import { Runtime } from '../../../src/runtime/runtime.js';
import { isDirectIface, Kind, type Type } from '../../../src/runtime/type.js';

export interface TestEnv extends Env {
  out: string;
  err: string;
  slept: number[];
  /** The run's scratch area is a heap object here, kept alive by a global root. */
}

const decoder = new TextDecoder();

/** A float as Go's FormatFloat wrote it ('g', -1), including +Inf, -Inf and NaN. */
function goFloat(s: unknown): number {
  if (s === '+Inf') return Infinity;
  if (s === '-Inf') return -Infinity;
  return Number(s);
}

export function makeEnv(
  opts: { args?: string[]; environ?: Record<string, string>; gc?: boolean } = {},
): TestEnv {
  const rt = new Runtime({
    gomaxprocs: 1,
    gogc: opts.gc === true ? 100 : 'off',
    arenaBytes: 1 << 28,
    env: {},
  });
  const FN: GoFunc[] = [];
  const FNG: GoGenFunc[] = [];
  const scratch = rt.mallocgc(256, null, true);
  rt.global('test.scratch').set(scratch);
  const slept: number[] = [];
  const sched: SchedAPI = {
    *sleep(ns: number) {
      slept.push(ns);
      yield;
    },
    *gosched() {
      yield;
    },
    numGoroutine: () => 1,
    restoreFrame: () => {},
    onStack: () => false,
  };
  // staticuint64s, outside the heap as Go's is.
  const staticBytes = rt.heap.allocManual(1).startAddr;
  for (let i = 0; i < 256; i++) rt.heap.arena.u8[staticBytes + i * 8] = i;
  const env: TestEnv = {
    rt,
    staticBytes,
    mem: rt.heap.arena,
    REG: new Uint32Array(3),
    FN,
    FNG,
    type: (id: number) => rt.types.get(id),
    args: opts.args ?? ['prog'],
    environ: opts.environ ?? {},
    stdout(b: Uint8Array | string) {
      env.out += typeof b === 'string' ? b : decoder.decode(b);
    },
    stderr(b: Uint8Array | string) {
      env.err += typeof b === 'string' ? b : decoder.decode(b);
    },
    stdin: () => 0,
    sched,
    scratch,
    out: '',
    err: '',
    slept,
  };
  return env;
}

/** Adds fn to the function table as method `name` of t. */
export function addMethod(env: Env, t: Type, name: string, fn: GoFunc): void {
  const i = env.FN.length;
  env.FN.push(fn);
  // biome-ignore lint/correctness/useYield: the generator form of a function that never blocks
  env.FNG.push(function* (fv: number, ...a: unknown[]) {
    return fn(fv, ...a);
  });
  t.methods.set(name, i);
}

export type Desc = { T: string; V: unknown } | null;

/** Builds a type from its %T string; named types come from `named`. */
export function typeOf(env: Env, s: string, named: Map<string, Type>): Type {
  const types = env.rt.types;
  const n = named.get(s);
  if (n !== undefined) return n;
  if (s.startsWith('*')) return types.ptr(typeOf(env, s.slice(1), named));
  if (s.startsWith('[]')) return types.slice(typeOf(env, s.slice(2), named));
  const arr = /^\[(\d+)\](.*)$/.exec(s);
  if (arr !== null) return types.array(typeOf(env, arr[2]!, named), Number(arr[1]));
  if (s.startsWith('map[')) {
    let depth = 1;
    let i = 4;
    for (; depth > 0; i++) depth += s[i] === '[' ? 1 : s[i] === ']' ? -1 : 0;
    return types.map(typeOf(env, s.slice(4, i - 1), named), typeOf(env, s.slice(i), named));
  }
  if (s === 'interface {}') return types.any;
  if (s === 'error') return types.iface('error', ['Error']);
  const basic = (types as unknown as Record<string, Type>)[s];
  if (basic !== undefined && basic.kind !== undefined) return basic;
  throw new Error(`test: unknown type ${s}`);
}

function store(env: Env, slot: number, p: number): void {
  env.rt.writePointer(slot, p);
}

/** Writes the value v of type t at addr (zeroed heap memory). */
export function writeValue(env: Env, t: Type, addr: number, v: unknown, named: Map<string, Type>): void {
  const m = env.mem;
  switch (t.kind) {
    case Kind.Bool:
      m.u8[addr] = v ? 1 : 0;
      return;
    case Kind.Int8:
    case Kind.Uint8:
      m.u8[addr] = Number(BigInt.asUintN(8, BigInt(v as string)));
      return;
    case Kind.Int16:
    case Kind.Uint16:
      m.u16[addr >>> 1] = Number(BigInt.asUintN(16, BigInt(v as string)));
      return;
    case Kind.Int32:
    case Kind.Uint32:
      m.u32[addr >>> 2] = Number(BigInt.asUintN(32, BigInt(v as string)));
      return;
    case Kind.Int:
    case Kind.Int64:
    case Kind.Uint:
    case Kind.Uint64:
    case Kind.Uintptr: {
      const u = BigInt.asUintN(64, BigInt(v as string));
      m.u32[addr >>> 2] = Number(u & 0xffffffffn);
      m.u32[(addr + 4) >>> 2] = Number(u >> 32n);
      return;
    }
    case Kind.Float32:
      m.f32[addr >>> 2] = goFloat(v);
      return;
    case Kind.Float64:
      m.f64[addr >>> 3] = goFloat(v);
      return;
    case Kind.Complex64: {
      const [re, im] = v as string[];
      m.f32[addr >>> 2] = goFloat(re);
      m.f32[(addr + 4) >>> 2] = goFloat(im);
      return;
    }
    case Kind.Complex128: {
      const [re, im] = v as string[];
      m.f64[addr >>> 3] = goFloat(re);
      m.f64[(addr + 8) >>> 3] = goFloat(im);
      return;
    }
    case Kind.String: {
      const s = v as string;
      const p = env.rt.newString(s);
      store(env, addr, p);
      m.u32[(addr + 8) >>> 2] = Buffer.byteLength(s);
      return;
    }
    case Kind.Pointer: {
      if (v === null) return;
      const d = v as { T: string; V: unknown };
      const p = env.rt.new(t.elem!);
      store(env, addr, p);
      writeValue(env, t.elem!, p, d.V, named);
      return;
    }
    case Kind.Interface:
      writeIfaceValue(env, addr, v as Desc, named);
      return;
    case Kind.Map:
      if (v === null) return;
      store(env, addr, buildMap(env, t, v as [Desc, Desc][], named));
      return;
    case Kind.Slice: {
      if (v === null) return;
      const elems = v as { T: string; V: unknown }[];
      const p = env.rt.makeslice(t.elem!, elems.length, elems.length);
      store(env, addr, p);
      m.u32[(addr + 8) >>> 2] = elems.length;
      m.u32[(addr + 16) >>> 2] = elems.length;
      elems.forEach((e, i) => {
        writeValue(env, t.elem!, p + i * t.elem!.size, e.V, named);
      });
      return;
    }
    case Kind.Array: {
      const elems = v as { T: string; V: unknown }[];
      elems.forEach((e, i) => {
        writeValue(env, t.elem!, addr + i * t.elem!.size, e.V, named);
      });
      return;
    }
    case Kind.Struct: {
      const elems = v as Desc[];
      t.fields.forEach((f, i) => {
        const e = elems[i]!;
        if (f.type.kind === Kind.Interface) writeIfaceValue(env, addr + f.offset, e!.V as Desc, named);
        else writeValue(env, f.type, addr + f.offset, e!.V, named);
      });
      return;
    }
    default:
      throw new Error(`test: cannot write ${t.str}`);
  }
}

/** Writes an interface holding d at addr (boxing as Go's convT does). */
export function writeIfaceValue(env: Env, addr: number, d: Desc, named: Map<string, Type>): void {
  if (d === null) return;
  const t = typeOf(env, d.T, named);
  env.mem.u32[addr >>> 2] = t.id + 1;
  if (isDirectIface(t)) {
    // The data word is the value itself.
    const box = env.rt.new(env.rt.types.ptr(t));
    writeValue(env, t, box, d.V, named);
    store(env, addr + 8, env.mem.u32[box >>> 2]!);
    return;
  }
  const box = env.rt.mallocgc(Math.max(t.size, 1), t, true);
  store(env, addr + 8, box);
  writeValue(env, t, box, d.V, named);
}

/** A []any holding the described values; returns the address of a slice header in a heap cell. */
export function argsSlice(env: Env, args: Desc[], named: Map<string, Type>): number {
  const any = env.rt.types.any;
  const hdr = env.rt.new(env.rt.types.slice(any));
  const p = args.length === 0 ? 0 : env.rt.makeslice(any, args.length, args.length);
  if (p !== 0) store(env, hdr, p);
  env.mem.u32[(hdr + 8) >>> 2] = args.length;
  env.mem.u32[(hdr + 16) >>> 2] = args.length;
  args.forEach((a, i) => {
    writeIfaceValue(env, p + i * 16, a, named);
  });
  return hdr;
}

/** A Go string in a heap cell: the address of its header. */
export function goString(env: Env, s: string): number {
  const hdr = env.rt.new(env.rt.types.string);
  const p = env.rt.newString(s);
  if (p !== 0) store(env, hdr, p);
  env.mem.u32[(hdr + 8) >>> 2] = Buffer.byteLength(s);
  return hdr;
}

/**
 * A 32-byte result area, as a caller's frame would hold: a heap object whose
 * words may all hold pointers (the std functions store pointer words there
 * through storePtr, which takes the write barrier in the heap).
 */
export function resultArea(env: Env): number {
  const types = env.rt.types;
  return env.rt.new(types.array(types.unsafePointer, 4));
}

/**
 * An hmap in Go 1.19's layout holding the entries: B = 1 with the first half of
 * the entries in the second of two new buckets (overflow chains past 8) and the
 * rest in one old bucket, as in the middle of a growth — the reader must find
 * both.
 */
function buildMap(env: Env, t: Type, entries: [Desc, Desc][], named: Map<string, Type>): number {
  const types = env.rt.types;
  const m = env.mem;
  const kt = t.key!;
  const et = t.elem!;
  const slotK = kt.size > 128 ? types.ptr(kt) : kt;
  const slotE = et.size > 128 ? types.ptr(et) : et;
  const hmap =
    types.lookup('runtime.hmap') ??
    types.struct('runtime.hmap', {
      count: types.int,
      flags: types.uint8,
      B: types.uint8,
      noverflow: types.uint16,
      hash0: types.uint32,
      buckets: types.unsafePointer,
      oldbuckets: types.unsafePointer,
      nevacuate: types.uintptr,
      extra: types.unsafePointer,
    });
  const bname = `runtime.bmap(${t.str})`;
  const bucket =
    types.lookup(bname) ??
    types.struct(bname, {
      tophash: types.array(types.uint8, 8),
      keys: types.array(slotK, 8),
      elems: types.array(slotE, 8),
      overflow: types.unsafePointer,
    });
  const bs = bucket.size;
  const koff = bucket.field('keys').offset;
  const eoff = bucket.field('elems').offset;
  const h = env.rt.new(hmap);
  const newer = entries.slice(0, Math.ceil(entries.length / 2));
  const older = entries.slice(newer.length);
  const fill = (first: number, list: [Desc, Desc][]): void => {
    let b = first;
    let j = 0;
    for (const [k, e] of list) {
      if (j === 8) {
        const ov = env.rt.new(bucket);
        store(env, b + bs - 8, ov);
        b = ov;
        j = 0;
      }
      m.u8[b + j] = 5 + j;
      let ka = b + koff + j * slotK.size;
      let ea = b + eoff + j * slotE.size;
      if (slotK !== kt) {
        const p = env.rt.new(kt);
        store(env, ka, p);
        ka = p;
      }
      if (slotE !== et) {
        const p = env.rt.new(et);
        store(env, ea, p);
        ea = p;
      }
      if (kt.kind === Kind.Interface) writeIfaceValue(env, ka, k!.V as Desc, named);
      else writeValue(env, kt, ka, k!.V, named);
      if (et.kind === Kind.Interface) writeIfaceValue(env, ea, e!.V as Desc, named);
      else writeValue(env, et, ea, e!.V, named);
      j++;
    }
  };
  const buckets = env.rt.newArray(bucket, 2);
  fill(buckets + bs, newer);
  m.u32[h >>> 2] = entries.length;
  m.u8[h + 9] = 1;
  store(env, h + 16, buckets);
  if (older.length > 0) {
    const old = env.rt.new(bucket);
    fill(old, older);
    store(env, h + 24, old);
  }
  return h;
}
