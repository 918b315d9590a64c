// Hashing and equality of Go values in memory, for maps and for == on interfaces.
//
// Mirrors Go's runtime/alg.go (typehash, interhash/nilinterhash, f32hash,
// f64hash, c64hash, c128hash, efaceeq, memequal) and hash64.go — the hash Go
// uses on amd64 when the CPU has no AES instructions (memhashFallback,
// wyhash-style: every step multiplies two 64-bit words into 128 bits and
// folds the halves together). Using Go's own function rather than an invented
// one means that, given Go's hashkey and a map's hash0, every key lands in the
// bucket and gets the tophash it gets in Go, so bucket overflow (and with it
// every allocation a map makes) can be checked against real Go runs
// (scripts/fixtures-maps.sh sets runtime.useAeshash = false and a fixed hashkey).
//
// A hash is a 64-bit uintptr, kept as two uint32 halves: typehash returns the
// low half and leaves the high half in `hashHi` (maps take the bucket from the
// low bits and the tophash from the top byte). 64-bit products are built from
// 32-bit halves: Math.imul gives each partial product's low word exactly and
// the double product, corrected by it, the high word. Nothing here allocates a
// JavaScript object per call.
//
// Two hash shapes exist in Go and both are kept: map keys use the hash the
// compiler generates for the key type (genhash: a struct's consecutive plain
// memory fields are hashed as one run of bytes, see memrun), while a value
// inside an interface is hashed field by field by runtime.typehash. They agree
// for every type except structs with several adjacent memory fields.
//
// Interface layout (src/go/codegen/README.md): [type word = type id + 1 | data];
// data is the value itself for the types isDirectIface names (pointer-shaped
// kinds, and structs and arrays that are one such word), else a pointer to it.

import type { Arena } from './arena.js';
import { RuntimeError } from './panic.js';
import type { Runtime } from './runtime.js';
import { isDirectIface, Kind, type Type } from './type.js';

// ── 64-bit arithmetic on (lo, hi) uint32 pairs ─────────────────────────────────

/**
 * Result registers of mix, mul64 and the hash functions, as int32s: a module
 * variable holding a uint32 above 2^31 would be boxed on every store.
 */
let rLo = 0;
let rHi = 0;

/**
 * High 32 bits of the 64-bit product of two uint32s. a*b in doubles is off by
 * at most 2^11, and so is subtracting the exact low word from it: dividing by
 * 2^32 leaves the high word within 2^-19 of an integer, which round recovers.
 */
function mulHi(a: number, b: number): number {
  return Math.round(((a >>> 0) * (b >>> 0) - (Math.imul(a, b) >>> 0)) / 4294967296);
}

/** hash64.go mix: the 128-bit product a*b, high 64 bits xor low 64 bits. */
function mix(a0: number, a1: number, b0: number, b1: number): void {
  const l00 = Math.imul(a0, b0) >>> 0;
  const h00 = mulHi(a0, b0);
  const l01 = Math.imul(a0, b1) >>> 0;
  const h01 = mulHi(a0, b1);
  const l10 = Math.imul(a1, b0) >>> 0;
  const h10 = mulHi(a1, b0);
  const l11 = Math.imul(a1, b1) >>> 0;
  const h11 = mulHi(a1, b1);
  const t1 = h00 + l01 + l10;
  const w1 = t1 >>> 0;
  const t2 = h01 + h10 + l11 + (t1 - w1) / 4294967296;
  const w2 = t2 >>> 0;
  const w3 = (h11 + (t2 - w2) / 4294967296) >>> 0;
  rLo = l00 ^ w2;
  rHi = w1 ^ w3;
}

/** The low 64 bits of a*b (Go's uintptr multiplication). */
function mul64(a0: number, a1: number, b0: number, b1: number): void {
  const lo = Math.imul(a0, b0);
  rHi = (mulHi(a0, b0) + Math.imul(a0, b1) + Math.imul(a1, b0)) | 0;
  rLo = lo;
}

function split(x: bigint): [number, number] {
  return [Number(x & 0xffffffffn), Number(x >> 32n)];
}

const [m1l, m1h] = split(0xa0761d6478bd642fn);
const [m2l, m2h] = split(0xe7037ed1a0b428dbn);
const [m3l, m3h] = split(0x8ebc6af09c88c6e3n);
const [m4l, m4h] = split(0x589965cc75374cc3n);
const [m5l, m5h] = split(0x1d8e4e27c47d124fn);
// alg.go c0, c1 for 64-bit pointers.
const [c0l, c0h] = split(33054211828000289n);
const [c1l, c1h] = split(23344194077549503n);

/**
 * runtime.hashkey: four random odd words chosen once per process (alginit),
 * stored as (lo, hi) pairs.
 */
const hashkey = new Uint32Array(8);
for (let i = 0; i < 8; i++) hashkey[i] = (Math.random() * 4294967296) >>> 0;
for (let i = 0; i < 8; i += 2) hashkey[i]! |= 1;

/**
 * Sets runtime.hashkey, as a Go program can with go:linkname: the fixtures
 * record Go's hash with a known key so that tests can reproduce it.
 */
export function setHashkey(words: readonly bigint[]): void {
  for (let i = 0; i < 4; i++) {
    const [lo, hi] = split(BigInt.asUintN(64, words[i]!));
    hashkey[2 * i] = lo;
    hashkey[2 * i + 1] = hi;
  }
}

/** fastrand: the runtime's cheap random uint32. */
export function fastrand(): number {
  return (Math.random() * 4294967296) >>> 0;
}

// ── Memory views (set at each entry point from the runtime's arena) ────────────

let u8: Arena['u8'] = new Uint8Array(0);
let u32: Arena['u32'] = new Uint32Array(0);
let f32: Arena['f32'] = new Float32Array(0);
let f64: Arena['f64'] = new Float64Array(0);
let rtNow: Runtime | null = null;

/** The arena's views track its buffer as it grows, so one runtime means one set of views. */
function bind(rt: Runtime): void {
  if (rtNow === rt) return;
  const a = rt.heap.arena;
  u8 = a.u8;
  u32 = a.u32;
  f32 = a.f32;
  f64 = a.f64;
  rtNow = rt;
}

function r4(p: number): number {
  if ((p & 3) === 0) return u32[p >>> 2]!;
  return (u8[p]! | (u8[p + 1]! << 8) | (u8[p + 2]! << 16) | (u8[p + 3]! << 24)) >>> 0;
}

// ── memhash (hash64.go memhashFallback) ─────────────────────────────────────────

/** memhash of s bytes at p with seed (sl, sh); result in rLo/rHi. */
function memhash(p: number, sl: number, sh: number, s: number): void {
  let seedL = (sl ^ hashkey[0]! ^ m1l) >>> 0;
  let seedH = (sh ^ hashkey[1]! ^ m1h) >>> 0;
  let al: number;
  let ah = 0;
  let bl = 0;
  let bh = 0;
  if (s === 0) {
    rLo = seedL | 0;
    rHi = seedH | 0;
    return;
  }
  if (s < 4) {
    al = u8[p]! | (u8[p + (s >>> 1)]! << 8) | (u8[p + s - 1]! << 16);
  } else if (s === 4) {
    al = r4(p);
    bl = al;
  } else if (s < 8) {
    al = r4(p);
    bl = r4(p + s - 4);
  } else if (s === 8) {
    al = r4(p);
    ah = r4(p + 4);
    bl = al;
    bh = ah;
  } else if (s <= 16) {
    al = r4(p);
    ah = r4(p + 4);
    bl = r4(p + s - 8);
    bh = r4(p + s - 4);
  } else {
    let l = s;
    if (l > 48) {
      let s1l = seedL;
      let s1h = seedH;
      let s2l = seedL;
      let s2h = seedH;
      for (; l > 48; l -= 48) {
        mix(r4(p) ^ m2l, r4(p + 4) ^ m2h, r4(p + 8) ^ seedL, r4(p + 12) ^ seedH);
        seedL = rLo;
        seedH = rHi;
        mix(r4(p + 16) ^ m3l, r4(p + 20) ^ m3h, r4(p + 24) ^ s1l, r4(p + 28) ^ s1h);
        s1l = rLo;
        s1h = rHi;
        mix(r4(p + 32) ^ m4l, r4(p + 36) ^ m4h, r4(p + 40) ^ s2l, r4(p + 44) ^ s2h);
        s2l = rLo;
        s2h = rHi;
        p += 48;
      }
      seedL = (seedL ^ s1l ^ s2l) >>> 0;
      seedH = (seedH ^ s1h ^ s2h) >>> 0;
    }
    for (; l > 16; l -= 16) {
      mix(r4(p) ^ m2l, r4(p + 4) ^ m2h, r4(p + 8) ^ seedL, r4(p + 12) ^ seedH);
      seedL = rLo;
      seedH = rHi;
      p += 16;
    }
    al = r4(p + l - 16);
    ah = r4(p + l - 12);
    bl = r4(p + l - 8);
    bh = r4(p + l - 4);
  }
  mix((al ^ m2l) >>> 0, (ah ^ m2h) >>> 0, (bl ^ seedL) >>> 0, (bh ^ seedH) >>> 0);
  mix((m5l ^ s) >>> 0, m5h, rLo, rHi);
}

/** f32hash / f64hash: +0 and -0 hash alike; every NaN hashes randomly. */
function floathash(p: number, sl: number, sh: number, size: 4 | 8): void {
  const f = size === 4 ? f32[p >>> 2]! : f64[p >>> 3]!;
  if (f === 0 || Number.isNaN(f)) {
    const r = f === 0 ? 0 : fastrand();
    mul64(c1l, c1h, (c0l ^ sl ^ r) >>> 0, (c0h ^ sh) >>> 0);
  } else {
    memhash(p, sl, sh, size);
  }
}

// ── Per-type algorithm (cmd/compile's AlgType, runtime's tflagRegularMemory) ────

enum Alg {
  /** Plain memory: hashed and compared as bytes (AMEM). */
  Mem,
  /** Not comparable: slices, maps, funcs and what contains them (ANOEQ). */
  Noeq,
  F32,
  F64,
  C64,
  C128,
  Str,
  Inter,
  /** An array or struct compared part by part (ASPECIAL). */
  Special,
}

/** A step of a struct's generated hash: a run of memory bytes, or one field. */
interface Step {
  readonly off: number;
  /** Bytes of plain memory, or -1 for a field hashed by its own type. */
  readonly size: number;
  readonly type: Type;
}

interface AlgInfo {
  readonly alg: Alg;
  /** Structs: genhash's steps (memory runs and other fields, blanks skipped). */
  readonly steps: Step[];
}

const algs = new WeakMap<Type, AlgInfo>();

let lastT: Type | null = null;
let lastInfo: AlgInfo | null = null;

function info(t: Type): AlgInfo {
  if (t === lastT) return lastInfo!;
  let a = algs.get(t);
  if (a === undefined) {
    a = computeAlg(t);
    algs.set(t, a);
  }
  lastT = t;
  lastInfo = a;
  return a;
}

function algOf(t: Type): Alg {
  return info(t).alg;
}

function isBlank(name: string): boolean {
  return name === '_';
}

/** types.IsPaddedField: bytes follow field i before the next field (or the end). */
function paddedField(t: Type, i: number): boolean {
  const f = t.fields[i]!;
  const end = i + 1 < t.fields.length ? t.fields[i + 1]!.offset : t.size;
  return f.offset + f.type.size !== end;
}

function computeAlg(t: Type): AlgInfo {
  const none: Step[] = [];
  switch (t.kind) {
    case Kind.Float32:
      return { alg: Alg.F32, steps: none };
    case Kind.Float64:
      return { alg: Alg.F64, steps: none };
    case Kind.Complex64:
      return { alg: Alg.C64, steps: none };
    case Kind.Complex128:
      return { alg: Alg.C128, steps: none };
    case Kind.String:
      return { alg: Alg.Str, steps: none };
    case Kind.Interface:
      return { alg: Alg.Inter, steps: none };
    case Kind.Slice:
    case Kind.Map:
    case Kind.Func:
      return { alg: Alg.Noeq, steps: none };
    case Kind.Array: {
      const e = algOf(t.elem!);
      if (e === Alg.Mem || e === Alg.Noeq) return { alg: e, steps: none };
      if (t.len === 0) return { alg: Alg.Mem, steps: none };
      return { alg: Alg.Special, steps: none };
    }
    case Kind.Struct: {
      let alg: Alg = Alg.Mem;
      for (let i = 0; i < t.fields.length; i++) {
        const f = t.fields[i]!;
        const a = algOf(f.type);
        if (a === Alg.Noeq) return { alg: Alg.Noeq, steps: none };
        if (a !== Alg.Mem || isBlank(f.name) || paddedField(t, i)) alg = Alg.Special;
      }
      return { alg, steps: alg === Alg.Special ? structSteps(t) : none };
    }
    default:
      return { alg: Alg.Mem, steps: none };
  }
}

/** genhash's walk of a struct: maximal memory runs (memrun), other fields alone. */
function structSteps(t: Type): Step[] {
  const steps: Step[] = [];
  const fs = t.fields;
  for (let i = 0; i < fs.length; ) {
    const f = fs[i]!;
    if (isBlank(f.name)) {
      i++;
      continue;
    }
    if (algOf(f.type) !== Alg.Mem) {
      steps.push({ off: f.offset, size: -1, type: f.type });
      i++;
      continue;
    }
    let next = i + 1;
    while (
      next < fs.length &&
      !paddedField(t, next - 1) &&
      !isBlank(fs[next]!.name) &&
      algOf(fs[next]!.type) === Alg.Mem
    ) {
      next++;
    }
    const last = fs[next - 1]!;
    steps.push({ off: f.offset, size: last.offset + last.type.size - f.offset, type: f.type });
    i = next;
  }
  return steps;
}

// ── Hashing ─────────────────────────────────────────────────────────────────────

/**
 * The hash of the t at p with seed (sl, sh), into rLo/rHi. gen: the compiler's
 * generated hash (map keys); false: runtime.typehash (values in interfaces).
 */
function hashInto(t: Type, p: number, sl: number, sh: number, gen: boolean): void {
  const a = info(t);
  switch (a.alg) {
    case Alg.Mem:
      memhash(p, sl, sh, t.size);
      return;
    case Alg.F32:
      floathash(p, sl, sh, 4);
      return;
    case Alg.F64:
      floathash(p, sl, sh, 8);
      return;
    case Alg.C64:
      floathash(p, sl, sh, 4);
      floathash(p + 4, rLo, rHi, 4);
      return;
    case Alg.C128:
      floathash(p, sl, sh, 8);
      floathash(p + 8, rLo, rHi, 8);
      return;
    case Alg.Str:
      memhash(u32[p >>> 2]!, sl, sh, u32[(p + 8) >>> 2]!);
      return;
    case Alg.Inter:
      interhash(p, sl, sh);
      return;
    case Alg.Special:
      if (t.kind === Kind.Array) {
        const e = t.elem!;
        rLo = sl | 0;
        rHi = sh | 0;
        for (let i = 0; i < t.len; i++) hashInto(e, p + i * e.size, rLo, rHi, gen);
      } else if (gen) {
        rLo = sl | 0;
        rHi = sh | 0;
        for (const s of a.steps) {
          if (s.size < 0) hashInto(s.type, p + s.off, rLo, rHi, true);
          else memhash(p + s.off, rLo, rHi, s.size);
        }
      } else {
        rLo = sl | 0;
        rHi = sh | 0;
        for (const f of t.fields) if (!isBlank(f.name)) hashInto(f.type, p + f.offset, rLo, rHi, false);
      }
      return;
    case Alg.Noeq:
      throw new RuntimeError(`hash of unhashable type ${t.str}`);
  }
}

/** nilinterhash / interhash: c1 * typehash(dynamic type, value, h ^ c0). */
function interhash(p: number, sl: number, sh: number): void {
  const tw = u32[p >>> 2]!;
  if (tw === 0) {
    rLo = sl | 0;
    rHi = sh | 0;
    return;
  }
  const t = rtNow!.types.get(tw - 1);
  if (algOf(t) === Alg.Noeq) throw new RuntimeError(`hash of unhashable type ${t.str}`);
  const data = isDirectIface(t) ? p + 8 : u32[(p + 8) >>> 2]!;
  hashInto(t, data, (sl ^ c0l) >>> 0, (sh ^ c0h) >>> 0, false);
  mul64(c1l, c1h, rLo, rHi);
}

/** The high 32 bits of the hash typehash last returned (an int32 bit pattern). */
export let hashHi = 0;

/**
 * The hash of the value of type t at addr, seeded with (seed, seedHi): a map
 * key's hash (the compiler's generated hash for t). Returns the low 32 bits
 * and leaves the high 32 in hashHi, both as int32 bit patterns (>>> 0 gives the
 * unsigned word): numbers that stay small integers are never boxed. Panics (RuntimeError) for an interface holding an
 * unhashable dynamic type, as Go does.
 */
export function typehash(rt: Runtime, t: Type, addr: number, seed: number, seedHi = 0): number {
  bind(rt);
  hashInto(t, addr, seed >>> 0, seedHi >>> 0, true);
  hashHi = rHi;
  return rLo;
}

/** typehash for a key of plain memory (regularMemory) of size bytes: memhash. */
export function memhashKey(rt: Runtime, addr: number, size: number, seed: number): number {
  bind(rt);
  memhash(addr, seed >>> 0, 0, size);
  hashHi = rHi;
  return rLo;
}

/** typehash for a string key: strhash. */
export function strhashKey(rt: Runtime, addr: number, seed: number): number {
  bind(rt);
  memhash(u32[addr >>> 2]!, seed >>> 0, 0, u32[(addr + 8) >>> 2]!);
  hashHi = rHi;
  return rLo;
}

// ── Equality ────────────────────────────────────────────────────────────────────

function memequal(a: number, b: number, n: number): boolean {
  if (((a | b) & 3) === 0) {
    let i = 0;
    for (; i + 4 <= n; i += 4) if (u32[(a + i) >>> 2] !== u32[(b + i) >>> 2]) return false;
    for (; i < n; i++) if (u8[a + i] !== u8[b + i]) return false;
    return true;
  }
  for (let i = 0; i < n; i++) if (u8[a + i] !== u8[b + i]) return false;
  return true;
}

function equalAt(t: Type, a: number, b: number): boolean {
  switch (algOf(t)) {
    case Alg.Mem:
      return a === b || memequal(a, b, t.size);
    case Alg.F32:
      return f32[a >>> 2] === f32[b >>> 2];
    case Alg.F64:
      return f64[a >>> 3] === f64[b >>> 3];
    case Alg.C64:
      return f32[a >>> 2] === f32[b >>> 2] && f32[(a + 4) >>> 2] === f32[(b + 4) >>> 2];
    case Alg.C128:
      return f64[a >>> 3] === f64[b >>> 3] && f64[(a + 8) >>> 3] === f64[(b + 8) >>> 3];
    case Alg.Str: {
      const n = u32[(a + 8) >>> 2]!;
      if (n !== u32[(b + 8) >>> 2] || u32[(a + 12) >>> 2] !== u32[(b + 12) >>> 2]) return false;
      const pa = u32[a >>> 2]!;
      const pb = u32[b >>> 2]!;
      return pa === pb || memequal(pa, pb, n);
    }
    case Alg.Inter:
      return efaceeq(a, b);
    case Alg.Special:
      if (t.kind === Kind.Array) {
        const e = t.elem!;
        for (let i = 0; i < t.len; i++) if (!equalAt(e, a + i * e.size, b + i * e.size)) return false;
        return true;
      }
      for (const f of t.fields) {
        if (!isBlank(f.name) && !equalAt(f.type, a + f.offset, b + f.offset)) return false;
      }
      return true;
    case Alg.Noeq:
      throw new RuntimeError(`comparing uncomparable type ${t.str}`);
  }
}

/** efaceeq / ifaceeq on two interface values in memory. */
function efaceeq(a: number, b: number): boolean {
  const tw = u32[a >>> 2]!;
  if (tw !== u32[b >>> 2]) return false;
  if (tw === 0) return true;
  const t = rtNow!.types.get(tw - 1);
  if (algOf(t) === Alg.Noeq) throw new RuntimeError(`comparing uncomparable type ${t.str}`);
  if (isDirectIface(t)) return u32[(a + 8) >>> 2] === u32[(b + 8) >>> 2];
  return equalAt(t, u32[(a + 8) >>> 2]!, u32[(b + 8) >>> 2]!);
}

/**
 * Go's == on two values of type t at a and b: +0 == -0, NaN != NaN, strings by
 * bytes, interfaces by dynamic type and value. Panics (RuntimeError) on an
 * uncomparable type, including one found inside an interface.
 */
export function typeequal(rt: Runtime, t: Type, a: number, b: number): boolean {
  bind(rt);
  return equalAt(t, a, b);
}

/** == on two interface values (either kind of interface) at a and b. */
export function ifaceEqual(rt: Runtime, a: number, b: number): boolean {
  bind(rt);
  return efaceeq(a, b);
}

/** Plain memory: hashed and compared as its bytes (Go's tflagRegularMemory). */
export function regularMemory(t: Type): boolean {
  return algOf(t) === Alg.Mem;
}

/**
 * Properties maps need of a key type: reflexive (k == k for every k: no floats
 * or interfaces inside), needsKeyUpdate (equal keys may differ in bytes: +0/-0,
 * strings, interfaces — an assignment stores the new key), and hashMightPanic
 * (an interface inside: hashing may find an unhashable dynamic type).
 */
export function keyTraits(t: Type): { reflexive: boolean; needsKeyUpdate: boolean; hashMightPanic: boolean } {
  switch (t.kind) {
    case Kind.Float32:
    case Kind.Float64:
    case Kind.Complex64:
    case Kind.Complex128:
      return { reflexive: false, needsKeyUpdate: true, hashMightPanic: false };
    case Kind.String:
      return { reflexive: true, needsKeyUpdate: true, hashMightPanic: false };
    case Kind.Interface:
      return { reflexive: false, needsKeyUpdate: true, hashMightPanic: true };
    case Kind.Array:
      return keyTraits(t.elem!);
    case Kind.Struct: {
      const r = { reflexive: true, needsKeyUpdate: false, hashMightPanic: false };
      for (const f of t.fields) {
        const k = keyTraits(f.type);
        r.reflexive &&= k.reflexive;
        r.needsKeyUpdate ||= k.needsKeyUpdate;
        r.hashMightPanic ||= k.hashMightPanic;
      }
      return r;
    }
    default:
      return { reflexive: true, needsKeyUpdate: false, hashMightPanic: false };
  }
}
