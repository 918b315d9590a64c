// Go maps: hash tables of 8-entry buckets in the gomem heap.
//
// Mirrors Go 1.19's runtime/map.go (makemap, makeBucketArray, mapaccess1/2/K,
// mapassign, mapdelete, hashGrow, growWork, evacuate, advanceEvacuationMark,
// newoverflow, createOverflow, mapiterinit, mapiternext, mapclear) and the
// bucket type cmd/compile builds for each map type (reflectdata.MapBucketType).
// Every allocation is Go's: the same objects, of the same sizes and pointer
// masks, at the same moments — which is what makes MemStats comparable.
//
//   hmap (48 bytes)   0 count  8 flags  9 B  10 noverflow(u16)  12 hash0(u32)
//                     16 buckets  24 oldbuckets  32 nevacuate  40 extra
//   mapextra (24)     0 overflow *[]*bmap  8 oldoverflow *[]*bmap  16 nextOverflow
//   bucket            [tophash ×8][key ×8][elem ×8][overflow]
//                     keys/elems over 128 bytes are stored as pointers to them
//   hiter (96)        0 key  8 elem  16 t (type id)  24 h  32 buckets  40 bptr
//                     48 overflow  56 oldoverflow  64 startBucket  72 offset
//                     73 wrapped  74 B  75 i  76 heap flag  80 bucket  88 checkBucket
//
// Buckets whose keys and elems hold no pointers are noscan (their overflow
// word is a uintptr): overflow buckets are then kept alive by the slices in
// hmap.extra, exactly as in Go. With 2^B ≥ 16 buckets, makeBucketArray
// preallocates 2^(B-4) overflow buckets (more if the size class has room) after
// the regular ones; the last carries a non-nil overflow word as the end mark.
//
// Growth: past a load factor of 6.5 entries per bucket the table doubles;
// with as many overflow buckets as regular ones it is rebuilt at the same
// size. Either way old buckets move to the new array incrementally, two per
// assignment or deletion (growWork), and lookups and iterators read the old
// bucket until it has moved.
//
// Pointers written into the heap go through the write barrier (storePointer,
// typedmemmove). A map may live on a goroutine stack (makemap with a caller's
// hmap and bucket): writes into stack memory are plain stores, told apart by
// the heap's span lookup, since stack slots are roots and hold no reference
// count. Hashes are Go's (alg.ts); hash0 and iteration starts are random.
//
// "concurrent map writes" and friends are Go's fatal errors (hashWriting flag).

import {
  fastrand,
  hashHi,
  keyTraits,
  memhashKey,
  regularMemory,
  strhashKey,
  typeequal,
  typehash,
} from './alg.js';
import type { Arena } from './arena.js';
import { typedmemclr } from './mbarrier.js';
import { FatalError, RuntimeError } from './panic.js';
import type { HandleScope } from './roots.js';
import type { Runtime } from './runtime.js';
import { roundupsize } from './sizeclasses.js';
import { growsliceCap, maxAlloc } from './slice.js';
import { Kind, type Type, type Types } from './type.js';

const bucketCntBits = 3;
const bucketCnt = 8;
/** Load factor 6.5 = loadFactorNum / loadFactorDen. */
const loadFactorNum = 13;
const loadFactorDen = 2;
const maxKeySize = 128;
const maxElemSize = 128;
const dataOffset = 8;

// tophash values below minTopHash are cell states.
const emptyRest = 0;
const emptyOne = 1;
const evacuatedX = 2;
const evacuatedY = 3;
const evacuatedEmpty = 4;
const minTopHash = 5;

// hmap.flags
const iterator = 1;
const oldIterator = 2;
const hashWriting = 4;
const sameSizeGrow = 8;
/** gomem's own bit: the hmap lives on a stack (makemap got its address). */
const stackMap = 0x80;

// hmap field offsets
const hCount = 0;
const hFlags = 8;
const hB = 9;
const hNoverflow = 10;
const hHash0 = 12;
const hBuckets = 16;
const hOldbuckets = 24;
const hNevacuate = 32;
const hExtra = 40;

// mapextra field offsets
const xOverflow = 0;
const xOldoverflow = 8;
const xNextOverflow = 16;

// hiter field offsets
const itKey = 0;
const itElem = 8;
const itT = 16;
const itH = 24;
const itBuckets = 32;
const itBptr = 40;
const itOverflow = 48;
const itOldoverflow = 56;
const itStartBucket = 64;
const itOffset = 72;
const itWrapped = 73;
const itB = 74;
const itI = 75;
const itHeap = 76;
const itBucket = 80;
const itCheckBucket = 88;
/** noCheck: all ones (1<<64 - 1); only the low word is compared. */
const noCheck = 0xffffffff;

/** Size of an hiter in bytes (Go 1.19's). */
export const hiterSize = 96;

/** What the map code needs of one map type (Go's maptype). */
/**
 * bmap for map[key]elem (reflectdata.MapBucketType): 8 tophash bytes, 8 keys,
 * 8 elems (a pointer to each when larger than 128 bytes), the overflow pointer.
 * The compiler needs it too, for the bucket of a map that does not escape.
 */
export function bmapType(T: Types, key: Type, elem: Type): Type {
  const kt = key.size > maxKeySize ? T.ptr(key) : key;
  const et = elem.size > maxElemSize ? T.ptr(elem) : elem;
  const noscan = kt.ptrdata === 0 && et.ptrdata === 0;
  const bname = `map.bucket[${key.name}]${elem.name}`;
  return (
    T.lookup(bname) ??
    T.struct(bname, {
      topbits: T.array(T.uint8, bucketCnt),
      keys: T.array(kt, bucketCnt),
      elems: T.array(et, bucketCnt),
      overflow: noscan ? T.uintptr : T.unsafePointer,
    })
  );
}

class MapType {
  readonly key: Type;
  readonly elem: Type;
  readonly bucket: Type;
  readonly hmap: Type;
  readonly extra: Type;
  /** []*bmap, the type of extra.overflow's slice header object. */
  readonly ovfSlice: Type;
  /** *bmap, the element of that slice. */
  readonly ovfPtr: Type;
  readonly keysize: number;
  readonly elemsize: number;
  readonly bucketsize: number;
  readonly indirectkey: boolean;
  readonly indirectelem: boolean;
  /** The bucket holds no pointers. */
  readonly noscan: boolean;
  readonly reflexivekey: boolean;
  readonly needkeyupdate: boolean;
  readonly hashMightPanic: boolean;
  /** Key is 8 bytes of plain memory stored inline: compare as two words. */
  readonly key64: boolean;
  /** How keys hash: 0 typehash, 1 memhash of key.size bytes, 2 strhash. */
  readonly hasher: 0 | 1 | 2;

  constructor(rt: Runtime, t: Type) {
    const T = rt.types;
    const key = t.key!;
    const elem = t.elem!;
    this.key = key;
    this.elem = elem;
    this.indirectkey = key.size > maxKeySize;
    this.indirectelem = elem.size > maxElemSize;
    this.bucket = bmapType(T, key, elem);
    this.keysize = (this.indirectkey ? T.ptr(key) : key).size;
    this.elemsize = (this.indirectelem ? T.ptr(elem) : elem).size;
    this.noscan = this.bucket.ptrdata === 0;
    this.bucketsize = this.bucket.size;
    const rtypes = runtimeTypes(rt);
    this.hmap = rtypes.hmap;
    this.extra = rtypes.extra;
    this.ovfPtr = T.ptr(this.bucket);
    this.ovfSlice = T.slice(this.ovfPtr);
    const tr = keyTraits(key);
    this.reflexivekey = tr.reflexive;
    this.needkeyupdate = tr.needsKeyUpdate;
    this.hashMightPanic = tr.hashMightPanic;
    this.key64 = !this.indirectkey && key.size === 8 && regularMemory(key);
    this.hasher = regularMemory(key) ? 1 : key.kind === Kind.String ? 2 : 0;
  }
}

interface RuntimeTypes {
  hmap: Type;
  extra: Type;
  hiter: Type;
}

const rtTypes = new WeakMap<Runtime, RuntimeTypes>();

/** runtime.hmap, runtime.mapextra and runtime.hiter, declared once per runtime. */
function runtimeTypes(rt: Runtime): RuntimeTypes {
  let r = rtTypes.get(rt);
  if (r !== undefined) return r;
  const T = rt.types;
  const up = T.unsafePointer;
  const hmap =
    T.lookup('runtime.hmap') ??
    T.struct('runtime.hmap', {
      count: T.int,
      flags: T.uint8,
      B: T.uint8,
      noverflow: T.uint16,
      hash0: T.uint32,
      buckets: up,
      oldbuckets: up,
      nevacuate: T.uintptr,
      extra: up,
    });
  const extra =
    T.lookup('runtime.mapextra') ??
    T.struct('runtime.mapextra', { overflow: up, oldoverflow: up, nextOverflow: up });
  // t is a type id, not a pointer: the type descriptors are not in the heap.
  const hiter =
    T.lookup('runtime.hiter') ??
    T.struct('runtime.hiter', {
      key: up,
      elem: up,
      t: T.uintptr,
      h: up,
      buckets: up,
      bptr: up,
      overflow: up,
      oldoverflow: up,
      startBucket: T.uintptr,
      offset: T.uint8,
      wrapped: T.bool,
      B: T.uint8,
      i: T.uint8,
      heap: T.bool,
      bucket: T.uintptr,
      checkBucket: T.uintptr,
    });
  r = { hmap, extra, hiter };
  rtTypes.set(rt, r);
  return r;
}

/**
 * runtime.hiter's type (96 bytes; pointer words key, elem, h, buckets, bptr,
 * overflow, oldoverflow), for the frame slot a range loop iterates with.
 */
export function hiterType(rt: Runtime): Type {
  return runtimeTypes(rt).hiter;
}

/**
 * runtime.hmap's type, for a stack slot holding a map that does not escape
 * (pointer words: buckets, oldbuckets, extra).
 */
export function hmapType(rt: Runtime): Type {
  return runtimeTypes(rt).hmap;
}

/** The bucket type of map type t (map.bucket[K]V), for a stack-allocated first bucket. */
export function bucketType(rt: Runtime, t: Type): Type {
  return maptype(rt, t).bucket;
}

const mapTypes = new WeakMap<Type, MapType>();
let lastT: Type | null = null;
let lastMT: MapType | null = null;

function maptype(rt: Runtime, t: Type): MapType {
  if (t === lastT) return lastMT!;
  let mt = mapTypes.get(t);
  if (mt === undefined) {
    mt = new MapType(rt, t);
    mapTypes.set(t, mt);
  }
  lastT = t;
  lastMT = mt;
  return mt;
}

// ── Memory access ───────────────────────────────────────────────────────────────

let mem: Arena;

function bind(rt: Runtime): void {
  mem = rt.heap.arena;
}

function u8(p: number): number {
  return mem.u8[p]!;
}

function setU8(p: number, v: number): void {
  mem.u8[p] = v;
}

function ptr(p: number): number {
  return mem.u32[p >>> 2]!;
}

/** A uintptr/int word (exact below 2^53). */
function word(p: number): number {
  return mem.u32[(p + 4) >>> 2]! * 4294967296 + mem.u32[p >>> 2]!;
}

function setWord(p: number, v: number): void {
  mem.u32[p >>> 2] = v >>> 0;
  mem.u32[(p + 4) >>> 2] = Math.floor(v / 4294967296);
}

/** True when p is not inside a heap object (a stack slot): plain stores. */
function offHeap(rt: Runtime, p: number): boolean {
  return rt.heap.spanOf(p) === null;
}

/** *slot = v for a pointer word; the map's stackness decides the barrier. */
function setPtr(rt: Runtime, h: number, slot: number, v: number): void {
  if ((u8(h + hFlags) & stackMap) !== 0 && offHeap(rt, slot)) mem.u32[slot >>> 2] = v;
  else rt.storePointer(slot, v);
}

/** typedmemmove into a map cell. */
function moveValue(rt: Runtime, h: number, t: Type, dst: number, src: number): void {
  if (t.ptrdata === 0 || ((u8(h + hFlags) & stackMap) !== 0 && offHeap(rt, dst))) {
    const n = t.size;
    if (n === 8 && ((dst | src) & 3) === 0) {
      const u32 = mem.u32;
      u32[dst >>> 2] = u32[src >>> 2]!;
      u32[(dst + 4) >>> 2] = u32[(src + 4) >>> 2]!;
    } else if (n !== 0) {
      mem.u8.copyWithin(dst, src, src + n);
    }
  } else {
    rt.typedmemmove(t, dst, src);
  }
}

/** memclrHasPointers / memclrNoHeapPointers of n bytes at p. */
function clear(rt: Runtime, h: number, p: number, n: number, pointers: boolean): void {
  if (pointers && rt.heap.writeBarrier && !((u8(h + hFlags) & stackMap) !== 0 && offHeap(rt, p))) {
    for (let w = 0; w < n; w += 8) {
      if (rt.heap.heapBits.isPointer(p + w)) rt.heap.collector!.writeBarrier(p + w, 0);
    }
  }
  mem.u8.fill(0, p, p + n);
}

// ── Small helpers (map.go) ──────────────────────────────────────────────────────

function fatal(msg: string): never {
  throw new FatalError(msg);
}

function bucketShift(b: number): number {
  return (1 << b) >>> 0;
}

function bucketMask(b: number): number {
  return bucketShift(b) - 1;
}

/** tophash: the hash's top byte, moved above the cell states. */
function tophash(hi: number): number {
  const top = hi >>> 24;
  return top < minTopHash ? top + minTopHash : top;
}

function isEmpty(x: number): boolean {
  return x <= emptyOne;
}

function evacuated(b: number): boolean {
  const x = u8(b);
  return x > emptyOne && x < minTopHash;
}

function overLoadFactor(count: number, B: number): boolean {
  return count > bucketCnt && count > loadFactorNum * Math.floor(bucketShift(B) / loadFactorDen);
}

function tooManyOverflowBuckets(noverflow: number, B: number): boolean {
  return noverflow >= 1 << Math.min(B, 15);
}

function overflowOf(mt: MapType, b: number): number {
  return ptr(b + mt.bucketsize - 8);
}

function setOverflow(rt: Runtime, mt: MapType, h: number, b: number, ovf: number): void {
  const slot = b + mt.bucketsize - 8;
  if (mt.noscan) mem.u32[slot >>> 2] = ovf;
  else setPtr(rt, h, slot, ovf);
}

function keyAt(mt: MapType, b: number, i: number): number {
  const k = b + dataOffset + i * mt.keysize;
  return mt.indirectkey ? ptr(k) : k;
}

function elemSlot(mt: MapType, b: number, i: number): number {
  return b + dataOffset + bucketCnt * mt.keysize + i * mt.elemsize;
}

function growing(h: number): boolean {
  return ptr(h + hOldbuckets) !== 0;
}

function sameSize(h: number): boolean {
  return (u8(h + hFlags) & sameSizeGrow) !== 0;
}

function noldbuckets(h: number): number {
  let b = u8(h + hB);
  if (!sameSize(h)) b--;
  return bucketShift(b);
}

/** Hash of the key at k with the map's seed: low word returned, high in hashHi. */
function hashKey(rt: Runtime, mt: MapType, k: number, seed: number): number {
  if (mt.hasher === 1) return memhashKey(rt, k, mt.key.size, seed);
  if (mt.hasher === 2) return strhashKey(rt, k, seed);
  return typehash(rt, mt.key, k, seed);
}

function keyEqual(rt: Runtime, mt: MapType, a: number, b: number): boolean {
  if (mt.key64) {
    const u32 = mem.u32;
    return u32[a >>> 2] === u32[b >>> 2] && u32[(a + 4) >>> 2] === u32[(b + 4) >>> 2];
  }
  return typeequal(rt, mt.key, a, b);
}

/** Go's zeroVal: mapaccess1's result for a missing key. The nil page reads as zero. */
const zeroVal = 8;
const zeroValSize = 8192 - zeroVal;

// ── makemap ─────────────────────────────────────────────────────────────────────

/**
 * makemap: a map of type t sized for hint entries; returns the hmap's address.
 * h: 0 to allocate the hmap (new(hmap)), or the address of a zeroed 48-byte
 * hmap on a stack (a map that does not escape). bucket: with such an hmap and
 * hint ≤ 8, a zeroed bucket on the stack to use as the first bucket (the
 * compiler's `var bv bmap; h.buckets = &bv`), or 0.
 */
export function makemap(rt: Runtime, t: Type, hint: number | bigint, h = 0, bucket = 0): number {
  const mt = maptype(rt, t);
  // A hint past 2^53 comes from compiled code as a bigint (vlrt.ts): ignored, as any too large.
  if (typeof hint !== 'number' || !Number.isSafeInteger(hint) || hint < 0 || hint * mt.bucketsize > maxAlloc)
    hint = 0;
  let scope: HandleScope | null = null;
  if (h === 0) {
    h = rt.new(mt.hmap);
    // The new hmap is only in a JavaScript variable while its buckets are allocated.
    if (overLoadFactor(hint, 0)) {
      scope = rt.scope();
      scope.handle(h);
    }
  }
  bind(rt);
  if (offHeap(rt, h)) setU8(h + hFlags, stackMap);
  mem.u32[(h + hHash0) >>> 2] = fastrand();
  let B = 0;
  while (overLoadFactor(hint, B)) B++;
  setU8(h + hB, B);
  if (B !== 0) {
    const [buckets, nextOverflow] = makeBucketArray(rt, mt, h, B, 0);
    setPtr(rt, h, h + hBuckets, buckets);
    if (nextOverflow !== 0) {
      const x = rt.new(mt.extra);
      bind(rt);
      setPtr(rt, h, h + hExtra, x);
      rt.storePointer(x + xNextOverflow, nextOverflow);
    }
  } else if (bucket !== 0) {
    setPtr(rt, h, h + hBuckets, bucket);
  }
  scope?.close();
  return h;
}

/**
 * makeBucketArray: 2^B buckets plus preallocated overflow buckets when B ≥ 4;
 * dirty: an existing array to clear and reuse (mapclear). Returns [buckets,
 * first preallocated overflow bucket or 0].
 */
function makeBucketArray(rt: Runtime, mt: MapType, h: number, B: number, dirty: number): [number, number] {
  const base = bucketShift(B);
  let nbuckets = base;
  if (B >= 4) {
    nbuckets += bucketShift(B - 4);
    const sz = mt.bucketsize * nbuckets;
    const up = roundupsize(sz);
    if (up !== sz) nbuckets = Math.floor(up / mt.bucketsize);
  }
  let buckets: number;
  if (dirty === 0) {
    buckets = rt.newArray(mt.bucket, nbuckets);
    bind(rt);
  } else {
    buckets = dirty;
    clear(rt, h, buckets, mt.bucketsize * nbuckets, !mt.noscan);
  }
  let nextOverflow = 0;
  if (base !== nbuckets) {
    nextOverflow = buckets + base * mt.bucketsize;
    const last = buckets + (nbuckets - 1) * mt.bucketsize;
    setOverflow(rt, mt, h, last, buckets);
  }
  return [buckets, nextOverflow];
}

// ── Lookup ──────────────────────────────────────────────────────────────────────

/** The bucket a lookup of hash lo searches first: the old one if not yet evacuated. */
function lookupBucket(mt: MapType, h: number, lo: number): number {
  let m = bucketMask(u8(h + hB));
  const b = ptr(h + hBuckets) + ((lo & m) >>> 0) * mt.bucketsize;
  const c = ptr(h + hOldbuckets);
  if (c !== 0) {
    if (!sameSize(h)) m = (m - 1) / 2;
    const oldb = c + ((lo & m) >>> 0) * mt.bucketsize;
    if (!evacuated(oldb)) return oldb;
  }
  return b;
}

/** The cell index of key in the chain from b, with `found` the bucket; -1 if absent. */
let found = 0;

function search(rt: Runtime, mt: MapType, b: number, top: number, key: number): number {
  for (; b !== 0; b = overflowOf(mt, b)) {
    for (let i = 0; i < bucketCnt; i++) {
      const x = u8(b + i);
      if (x !== top) {
        if (x === emptyRest) return -1;
        continue;
      }
      if (keyEqual(rt, mt, key, keyAt(mt, b, i))) {
        found = b;
        return i;
      }
    }
  }
  return -1;
}

function elemAt(mt: MapType, b: number, i: number): number {
  const e = elemSlot(mt, b, i);
  return mt.indirectelem ? ptr(e) : e;
}

/** mapaccess2's core: the elem's address, or 0. */
function access(rt: Runtime, mt: MapType, h: number, key: number): number {
  if (h === 0 || word(h + hCount) === 0) {
    if (mt.hashMightPanic) hashKey(rt, mt, key, 0);
    return 0;
  }
  if ((u8(h + hFlags) & hashWriting) !== 0) fatal('concurrent map read and map write');
  const lo = hashKey(rt, mt, key, ptr(h + hHash0));
  const i = search(rt, mt, lookupBucket(mt, h, lo), tophash(hashHi), key);
  return i < 0 ? 0 : elemAt(mt, found, i);
}

/**
 * mapaccess1: m[key] — the address of the elem, or of zeroed memory at least
 * elem-size long when the key is absent (a nil map reads as empty).
 */
export function mapaccess1(rt: Runtime, t: Type, h: number, key: number): number {
  const mt = maptype(rt, t);
  bind(rt);
  const e = access(rt, mt, h, key);
  if (e !== 0) return e;
  if (mt.elem.size > zeroValSize) {
    throw new RangeError(`gomem: map elements over ${zeroValSize} bytes have no zero value area`);
  }
  return zeroVal;
}

/** mapaccess2: v, ok := m[key] — the elem's address, or 0 when absent. */
export function mapaccess2(rt: Runtime, t: Type, h: number, key: number): number {
  const mt = maptype(rt, t);
  bind(rt);
  return access(rt, mt, h, key);
}

/** mapaccessK: key and elem addresses of key (iteration after a grow); found → keyOut. */
let keyOut = 0;

function accessK(rt: Runtime, mt: MapType, h: number, key: number): number {
  if (h === 0 || word(h + hCount) === 0) return 0;
  const lo = hashKey(rt, mt, key, ptr(h + hHash0));
  const i = search(rt, mt, lookupBucket(mt, h, lo), tophash(hashHi), key);
  if (i < 0) return 0;
  keyOut = keyAt(mt, found, i);
  return elemAt(mt, found, i);
}

// ── Assignment ──────────────────────────────────────────────────────────────────

/**
 * mapassign: the address of m[key]'s elem slot, inserting key if absent; the
 * caller stores the value (with barriers). Panics on a nil map.
 */
export function mapassign(rt: Runtime, t: Type, h: number, key: number): number {
  if (h === 0) throw new RuntimeError('assignment to entry in nil map', true);
  const mt = maptype(rt, t);
  bind(rt);
  if ((u8(h + hFlags) & hashWriting) !== 0) fatal('concurrent map writes');
  const lo = hashKey(rt, mt, key, ptr(h + hHash0));
  const top = tophash(hashHi);
  setU8(h + hFlags, u8(h + hFlags) ^ hashWriting);
  if (ptr(h + hBuckets) === 0) {
    const b = rt.new(mt.bucket);
    bind(rt);
    setPtr(rt, h, h + hBuckets, b);
  }
  let elem = 0;
  for (;;) {
    const bucket = (lo & bucketMask(u8(h + hB))) >>> 0;
    if (growing(h)) growWork(rt, mt, h, bucket);
    let b = ptr(h + hBuckets) + bucket * mt.bucketsize;
    let insertb = 0;
    let inserti = 0;
    let done = false;
    chain: for (;;) {
      for (let i = 0; i < bucketCnt; i++) {
        const x = u8(b + i);
        if (x !== top) {
          if (isEmpty(x) && insertb === 0) {
            insertb = b;
            inserti = i;
          }
          if (x === emptyRest) break chain;
          continue;
        }
        const k = keyAt(mt, b, i);
        if (!keyEqual(rt, mt, key, k)) continue;
        if (mt.needkeyupdate) moveValue(rt, h, mt.key, k, key);
        elem = elemSlot(mt, b, i);
        done = true;
        break chain;
      }
      const ovf = overflowOf(mt, b);
      if (ovf === 0) break;
      b = ovf;
    }
    if (done) break;
    const count = word(h + hCount);
    if (
      !growing(h) &&
      (overLoadFactor(count + 1, u8(h + hB)) ||
        tooManyOverflowBuckets(mem.u16[(h + hNoverflow) >>> 1]!, u8(h + hB)))
    ) {
      hashGrow(rt, mt, h);
      continue;
    }
    if (insertb === 0) {
      insertb = newoverflow(rt, mt, h, b);
      inserti = 0;
    }
    let insertk = insertb + dataOffset + inserti * mt.keysize;
    elem = elemSlot(mt, insertb, inserti);
    if (mt.indirectkey) {
      const kmem = rt.new(mt.key);
      bind(rt);
      setPtr(rt, h, insertk, kmem);
      insertk = kmem;
    }
    if (mt.indirectelem) {
      const vmem = rt.new(mt.elem);
      bind(rt);
      setPtr(rt, h, elem, vmem);
    }
    moveValue(rt, h, mt.key, insertk, key);
    setU8(insertb + inserti, top);
    setWord(h + hCount, count + 1);
    break;
  }
  if ((u8(h + hFlags) & hashWriting) === 0) fatal('concurrent map writes');
  setU8(h + hFlags, u8(h + hFlags) & ~hashWriting);
  return mt.indirectelem ? ptr(elem) : elem;
}

// ── Deletion ────────────────────────────────────────────────────────────────────

/** mapdelete: delete(m, key). A nil or empty map is a no-op (but may panic hashing). */
export function mapdelete(rt: Runtime, t: Type, h: number, key: number): void {
  const mt = maptype(rt, t);
  bind(rt);
  if (h === 0 || word(h + hCount) === 0) {
    if (mt.hashMightPanic) hashKey(rt, mt, key, 0);
    return;
  }
  if ((u8(h + hFlags) & hashWriting) !== 0) fatal('concurrent map writes');
  const lo = hashKey(rt, mt, key, ptr(h + hHash0));
  const top = tophash(hashHi);
  setU8(h + hFlags, u8(h + hFlags) ^ hashWriting);
  const bucket = (lo & bucketMask(u8(h + hB))) >>> 0;
  if (growing(h)) growWork(rt, mt, h, bucket);
  const bOrig = ptr(h + hBuckets) + bucket * mt.bucketsize;
  chain: for (let b = bOrig; b !== 0; b = overflowOf(mt, b)) {
    for (let i = 0; i < bucketCnt; i++) {
      const x = u8(b + i);
      if (x !== top) {
        if (x === emptyRest) break chain;
        continue;
      }
      const k = b + dataOffset + i * mt.keysize;
      if (!keyEqual(rt, mt, key, mt.indirectkey ? ptr(k) : k)) continue;
      // Clear only what holds pointers; a noscan elem is zeroed for the next reader.
      if (mt.indirectkey) setPtr(rt, h, k, 0);
      else if (mt.key.ptrdata !== 0) clear(rt, h, k, mt.key.size, true);
      const e = elemSlot(mt, b, i);
      if (mt.indirectelem) setPtr(rt, h, e, 0);
      else clear(rt, h, e, mt.elem.size, mt.elem.ptrdata !== 0);
      setU8(b + i, emptyOne);
      markEmptyRest(mt, bOrig, b, i);
      const count = word(h + hCount) - 1;
      setWord(h + hCount, count);
      // A fresh seed once empty makes repeated collisions harder to force (issue 25237).
      if (count === 0) mem.u32[(h + hHash0) >>> 2] = fastrand();
      break chain;
    }
  }
  if ((u8(h + hFlags) & hashWriting) === 0) fatal('concurrent map writes');
  setU8(h + hFlags, u8(h + hFlags) & ~hashWriting);
}

/** After cell i of b emptied: if nothing follows, turn the trailing emptyOnes into emptyRest. */
function markEmptyRest(mt: MapType, bOrig: number, b: number, i: number): void {
  if (i === bucketCnt - 1) {
    const ovf = overflowOf(mt, b);
    if (ovf !== 0 && u8(ovf) !== emptyRest) return;
  } else if (u8(b + i + 1) !== emptyRest) {
    return;
  }
  for (;;) {
    setU8(b + i, emptyRest);
    if (i === 0) {
      if (b === bOrig) break;
      const c = b;
      for (b = bOrig; overflowOf(mt, b) !== c; b = overflowOf(mt, b));
      i = bucketCnt - 1;
    } else {
      i--;
    }
    if (u8(b + i) !== emptyOne) break;
  }
}

// ── Growth ──────────────────────────────────────────────────────────────────────

/**
 * newoverflow: a preallocated overflow bucket if one is left, else a new one;
 * linked after b. For noscan buckets the slice that keeps it alive is made
 * ready (and grown) before the bucket is taken — Go allocates in the other
 * order — so that a new object is never held only by a JavaScript variable
 * across another allocation: a collector's safe point there (reference
 * counting's, or a cycle starting) would not see it. Counts and sizes are Go's.
 */
function newoverflow(rt: Runtime, mt: MapType, h: number, b: number): number {
  let s = 0;
  if (mt.noscan) {
    createOverflow(rt, mt, h);
    s = ptr(ptr(h + hExtra) + xOverflow);
    const len = word(s + 8);
    const cap = word(s + 16);
    if (len === cap) {
      // *s = append(*s, ovf) grows the array first.
      const arr = rt.growslice(mt.ovfPtr, ptr(s), len, cap, len + 1);
      bind(rt);
      rt.storePointer(s, arr);
      setWord(s + 16, growsliceCap(8, cap, len + 1));
    }
  }
  let ovf: number;
  const x = ptr(h + hExtra);
  if (x !== 0 && ptr(x + xNextOverflow) !== 0) {
    ovf = ptr(x + xNextOverflow);
    if (overflowOf(mt, ovf) === 0) {
      rt.storePointer(x + xNextOverflow, ovf + mt.bucketsize);
    } else {
      // The last preallocated bucket: clear its end mark.
      setOverflow(rt, mt, h, ovf, 0);
      rt.storePointer(x + xNextOverflow, 0);
    }
  } else {
    ovf = rt.new(mt.bucket);
    bind(rt);
  }
  incrnoverflow(h);
  if (s !== 0) {
    const len = word(s + 8);
    rt.storePointer(ptr(s) + len * 8, ovf);
    setWord(s + 8, len + 1);
  }
  setOverflow(rt, mt, h, b, ovf);
  return ovf;
}

/** incrnoverflow: exact below 2^16 buckets, then counted with probability 2^15 / 2^B. */
function incrnoverflow(h: number): void {
  const B = u8(h + hB);
  const p = (h + hNoverflow) >>> 1;
  if (B < 16) {
    mem.u16[p] = mem.u16[p]! + 1;
    return;
  }
  const mask = (1 << (B - 15)) - 1;
  if ((fastrand() & mask) === 0) mem.u16[p] = mem.u16[p]! + 1;
}

/** createOverflow: h.extra and h.extra.overflow (a new []*bmap) exist afterwards. */
function createOverflow(rt: Runtime, mt: MapType, h: number): void {
  if (ptr(h + hExtra) === 0) {
    const x = rt.new(mt.extra);
    bind(rt);
    setPtr(rt, h, h + hExtra, x);
  }
  const x = ptr(h + hExtra);
  if (ptr(x + xOverflow) === 0) {
    const s = rt.new(mt.ovfSlice);
    bind(rt);
    rt.storePointer(x + xOverflow, s);
  }
}

/** hashGrow: start doubling (or a same-size rebuild); evacuation is incremental. */
function hashGrow(rt: Runtime, mt: MapType, h: number): void {
  let bigger = 1;
  const B = u8(h + hB);
  if (!overLoadFactor(word(h + hCount) + 1, B)) {
    bigger = 0;
    setU8(h + hFlags, u8(h + hFlags) | sameSizeGrow);
  }
  const oldbuckets = ptr(h + hBuckets);
  const [newbuckets, nextOverflow] = makeBucketArray(rt, mt, h, B + bigger, 0);
  const old = u8(h + hFlags);
  let flags = old & ~(iterator | oldIterator);
  if ((old & iterator) !== 0) flags |= oldIterator;
  setU8(h + hB, B + bigger);
  setU8(h + hFlags, flags);
  setPtr(rt, h, h + hOldbuckets, oldbuckets);
  setPtr(rt, h, h + hBuckets, newbuckets);
  setWord(h + hNevacuate, 0);
  mem.u16[(h + hNoverflow) >>> 1] = 0;
  let x = ptr(h + hExtra);
  if (x !== 0 && ptr(x + xOverflow) !== 0) {
    if (ptr(x + xOldoverflow) !== 0) fatal('oldoverflow is not nil');
    rt.storePointer(x + xOldoverflow, ptr(x + xOverflow));
    rt.storePointer(x + xOverflow, 0);
  }
  if (nextOverflow !== 0) {
    if (x === 0) {
      x = rt.new(mt.extra);
      bind(rt);
      setPtr(rt, h, h + hExtra, x);
    }
    rt.storePointer(x + xNextOverflow, nextOverflow);
  }
}

function growWork(rt: Runtime, mt: MapType, h: number, bucket: number): void {
  // Evacuate the old bucket for the one about to be used, then one more.
  evacuate(rt, mt, h, (bucket & (noldbuckets(h) - 1)) >>> 0);
  if (growing(h)) evacuate(rt, mt, h, word(h + hNevacuate));
}

/** An evacuation destination: bucket, next cell index. */
class EvacDst {
  b = 0;
  i = 0;
}

const xy = [new EvacDst(), new EvacDst()] as const;

/** evacuate: move old bucket oldbucket's chain to its X (same index) and Y (+newbit) halves. */
function evacuate(rt: Runtime, mt: MapType, h: number, oldbucket: number): void {
  const oldbuckets = ptr(h + hOldbuckets);
  let b = oldbuckets + oldbucket * mt.bucketsize;
  const newbit = noldbuckets(h);
  if (!evacuated(b)) {
    const buckets = ptr(h + hBuckets);
    const same = sameSize(h);
    const x = xy[0];
    const y = xy[1];
    x.b = buckets + oldbucket * mt.bucketsize;
    x.i = 0;
    y.b = same ? 0 : buckets + (oldbucket + newbit) * mt.bucketsize;
    y.i = 0;
    const seed = ptr(h + hHash0);
    for (; b !== 0; b = overflowOf(mt, b)) {
      for (let i = 0; i < bucketCnt; i++) {
        let top = u8(b + i);
        if (isEmpty(top)) {
          setU8(b + i, evacuatedEmpty);
          continue;
        }
        if (top < minTopHash) fatal('bad map state');
        const k = b + dataOffset + i * mt.keysize;
        const k2 = mt.indirectkey ? ptr(k) : k;
        let useY = 0;
        if (!same) {
          const lo = hashKey(rt, mt, k2, seed);
          if ((u8(h + hFlags) & iterator) !== 0 && !mt.reflexivekey && !typeequal(rt, mt.key, k2, k2)) {
            // NaN-like keys: the old tophash's low bit picks the half, for iterators to agree.
            useY = top & 1;
            top = tophash(hashHi);
          } else if ((lo & newbit) !== 0) {
            useY = 1;
          }
        }
        setU8(b + i, evacuatedX + useY);
        const dst = xy[useY];
        if (dst.i === bucketCnt) {
          dst.b = newoverflow(rt, mt, h, dst.b);
          dst.i = 0;
        }
        setU8(dst.b + dst.i, top);
        const dk = dst.b + dataOffset + dst.i * mt.keysize;
        if (mt.indirectkey) setPtr(rt, h, dk, k2);
        else moveValue(rt, h, mt.key, dk, k);
        const e = elemSlot(mt, b, i);
        const de = elemSlot(mt, dst.b, dst.i);
        if (mt.indirectelem) setPtr(rt, h, de, ptr(e));
        else moveValue(rt, h, mt.elem, de, e);
        dst.i++;
      }
    }
    // Unlink the overflow buckets and clear keys/elems for the collector, keeping
    // the tophash bytes, which record the evacuation.
    if ((u8(h + hFlags) & oldIterator) === 0 && !mt.noscan) {
      const ob = oldbuckets + oldbucket * mt.bucketsize;
      clear(rt, h, ob + dataOffset, mt.bucketsize - dataOffset, true);
    }
  }
  if (oldbucket === word(h + hNevacuate)) advanceEvacuationMark(rt, mt, h, newbit);
}

function advanceEvacuationMark(rt: Runtime, mt: MapType, h: number, newbit: number): void {
  let n = word(h + hNevacuate) + 1;
  // Look at most 1024 buckets ahead, to keep each step O(1).
  const stop = Math.min(n + 1024, newbit);
  const old = ptr(h + hOldbuckets);
  while (n !== stop && evacuated(old + n * mt.bucketsize)) n++;
  setWord(h + hNevacuate, n);
  if (n === newbit) {
    setPtr(rt, h, h + hOldbuckets, 0);
    const x = ptr(h + hExtra);
    if (x !== 0) rt.storePointer(x + xOldoverflow, 0);
    setU8(h + hFlags, u8(h + hFlags) & ~sameSizeGrow);
  }
}

// ── len, clear ──────────────────────────────────────────────────────────────────

/** len(m). */
export function maplen(rt: Runtime, h: number): number {
  if (h === 0) return 0;
  bind(rt);
  return word(h + hCount);
}

/**
 * mapclear: every entry removed, buckets kept (cleared) — what Go 1.19 compiles
 * `for k := range m { delete(m, k) }` to. New seed; the mapextra object is kept.
 */
export function mapclear(rt: Runtime, t: Type, h: number): void {
  const mt = maptype(rt, t);
  bind(rt);
  if (h === 0 || word(h + hCount) === 0) return;
  if ((u8(h + hFlags) & hashWriting) !== 0) fatal('concurrent map writes');
  setU8(h + hFlags, (u8(h + hFlags) ^ hashWriting) & ~sameSizeGrow);
  setPtr(rt, h, h + hOldbuckets, 0);
  setWord(h + hNevacuate, 0);
  mem.u16[(h + hNoverflow) >>> 1] = 0;
  setWord(h + hCount, 0);
  mem.u32[(h + hHash0) >>> 2] = fastrand();
  const x = ptr(h + hExtra);
  if (x !== 0) typedmemclr(rt.heap, mt.extra, x);
  const [, nextOverflow] = makeBucketArray(rt, mt, h, u8(h + hB), ptr(h + hBuckets));
  if (nextOverflow !== 0) rt.storePointer(x + xNextOverflow, nextOverflow);
  if ((u8(h + hFlags) & hashWriting) === 0) fatal('concurrent map writes');
  setU8(h + hFlags, u8(h + hFlags) & ~hashWriting);
}

// ── Iteration ───────────────────────────────────────────────────────────────────

/** A pointer store into the hiter: with the barrier when the hiter is a heap object. */
function setItPtr(rt: Runtime, it: number, off: number, v: number): void {
  if (u8(it + itHeap) !== 0) rt.storePointer(it + off, v);
  else mem.u32[(it + off) >>> 2] = v;
}

/**
 * What mapiterinit allocates for an iterator that never exposes itself here
 * (reflect's MapIter, as fmtsort uses it): h.extra and its overflow list when
 * the buckets hold no pointers and m is not empty.
 */
export function mapiterinitAllocs(rt: Runtime, t: Type, h: number): void {
  const mt = maptype(rt, t);
  bind(rt);
  if (h === 0 || word(h + hCount) === 0 || !mt.noscan) return;
  createOverflow(rt, mt, h);
}

/**
 * mapiterinit: start iterating m at the hiter at `it` (96 bytes, hiterType;
 * normally a stack frame slot) and step to the first entry: afterwards word 0
 * is the key's address and word 1 the elem's, or word 0 is 0 when done. The
 * start bucket and offset are random, as in Go.
 */
export function mapiterinit(rt: Runtime, t: Type, h: number, it: number): void {
  const mt = maptype(rt, t);
  bind(rt);
  const heapIt = !offHeap(rt, it);
  if (heapIt) typedmemclr(rt.heap, runtimeTypes(rt).hiter, it);
  else mem.u8.fill(0, it, it + hiterSize);
  if (h === 0 || word(h + hCount) === 0) return;
  setU8(it + itHeap, heapIt ? 1 : 0);
  setWord(it + itT, t.id);
  setItPtr(rt, it, itH, h);
  const B = u8(h + hB);
  setU8(it + itB, B);
  setItPtr(rt, it, itBuckets, ptr(h + hBuckets));
  if (mt.noscan) {
    // The iterator keeps the overflow buckets alive as long as it holds their array.
    createOverflow(rt, mt, h);
    const x = ptr(h + hExtra);
    setItPtr(rt, it, itOverflow, ptr(x + xOverflow));
    setItPtr(rt, it, itOldoverflow, ptr(x + xOldoverflow));
  }
  const r = fastrand();
  let start: number;
  let offset: number;
  if (B > 31 - bucketCntBits) {
    const r2 = fastrand();
    start = (r & bucketMask(B)) >>> 0;
    offset = ((r >>> B) | (r2 << (32 - B))) & (bucketCnt - 1);
  } else {
    start = (r & bucketMask(B)) >>> 0;
    offset = (r >>> B) & (bucketCnt - 1);
  }
  setWord(it + itStartBucket, start);
  setU8(it + itOffset, offset);
  setWord(it + itBucket, start);
  setU8(h + hFlags, u8(h + hFlags) | iterator | oldIterator);
  next(rt, mt, it);
}

/** mapiternext: advance the hiter at `it` (started by mapiterinit). */
export function mapiternext(rt: Runtime, it: number): void {
  bind(rt);
  const mt = maptype(rt, rt.types.get(word(it + itT)));
  next(rt, mt, it);
}

function next(rt: Runtime, mt: MapType, it: number): void {
  const h = ptr(it + itH);
  if ((u8(h + hFlags) & hashWriting) !== 0) fatal('concurrent map iteration and map write');
  const itB_ = u8(it + itB);
  let bucket = word(it + itBucket);
  let b = ptr(it + itBptr);
  let i = u8(it + itI);
  let checkBucket = mem.u32[(it + itCheckBucket) >>> 2]!;
  const offset = u8(it + itOffset);
  const startBucket = word(it + itStartBucket);
  for (;;) {
    if (b === 0) {
      if (bucket === startBucket && u8(it + itWrapped) !== 0) {
        setItPtr(rt, it, itKey, 0);
        setItPtr(rt, it, itElem, 0);
        return;
      }
      if (growing(h) && itB_ === u8(h + hB)) {
        // Started mid-grow and the grow goes on: read the old bucket if it has not
        // moved, keeping only the entries that will move to this bucket.
        const oldbucket = (bucket & (noldbuckets(h) - 1)) >>> 0;
        b = ptr(h + hOldbuckets) + oldbucket * mt.bucketsize;
        if (!evacuated(b)) {
          checkBucket = bucket;
        } else {
          b = ptr(it + itBuckets) + bucket * mt.bucketsize;
          checkBucket = noCheck;
        }
      } else {
        b = ptr(it + itBuckets) + bucket * mt.bucketsize;
        checkBucket = noCheck;
      }
      bucket++;
      if (bucket === bucketShift(itB_)) {
        bucket = 0;
        setU8(it + itWrapped, 1);
      }
      i = 0;
    }
    for (; i < bucketCnt; i++) {
      const offi = (i + offset) & (bucketCnt - 1);
      const top = u8(b + offi);
      if (isEmpty(top) || top === evacuatedEmpty) continue;
      let k = b + dataOffset + offi * mt.keysize;
      if (mt.indirectkey) k = ptr(k);
      let e = elemSlot(mt, b, offi);
      const selfEqual = mt.reflexivekey || typeequal(rt, mt.key, k, k);
      if (checkBucket !== noCheck && !sameSize(h)) {
        if (selfEqual) {
          const lo = hashKey(rt, mt, k, ptr(h + hHash0));
          if ((lo & bucketMask(itB_)) >>> 0 !== checkBucket) continue;
        } else if (checkBucket >>> (itB_ - 1) !== (top & 1)) {
          continue;
        }
      }
      if ((top !== evacuatedX && top !== evacuatedY) || !selfEqual) {
        if (mt.indirectelem) e = ptr(e);
        setItPtr(rt, it, itKey, k);
        setItPtr(rt, it, itElem, e);
      } else {
        // The map grew past this bucket: the entry may have been deleted or
        // updated since, so look it up in the current table.
        const re = accessK(rt, mt, h, k);
        if (re === 0) continue;
        setItPtr(rt, it, itKey, keyOut);
        setItPtr(rt, it, itElem, re);
      }
      setWord(it + itBucket, bucket);
      if (ptr(it + itBptr) !== b) setItPtr(rt, it, itBptr, b);
      setU8(it + itI, i + 1);
      mem.u32[(it + itCheckBucket) >>> 2] = checkBucket;
      mem.u32[(it + itCheckBucket + 4) >>> 2] = checkBucket === noCheck ? noCheck : 0;
      return;
    }
    b = overflowOf(mt, b);
    i = 0;
  }
}
