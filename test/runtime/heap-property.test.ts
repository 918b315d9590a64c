// The heap never corrupts itself. Random sequences of allocations of every kind
// (tiny noscan objects, small noscan and scan objects, structs with random pointer
// layouts, arrays of them, large objects, makeslice of scan and noscan elements,
// strings), on one or two Ps, interleaved with writes into live objects' scalar
// bytes and readMemStats, are run against a plain model: a list of live objects with
// the bytes written into them. After every step: no two live objects overlap (tiny
// objects share 16-byte blocks but never bytes; slots never overlap), every object
// reads exactly what was written into it (zero where nothing was, checked in full
// when it is created and at the end), the heap bitmap matches the type's pointer
// mask for every word of every scan object's slot, and each object's slot is what
// its size class says. At each readMemStats, Go's MemStats invariants hold and the
// counts are the model's: Mallocs per object, Frees per tiny object that shared a
// block, TotalAlloc per slot (per 16-byte block for tiny objects), BySize per class,
// HeapInuse the pages of the in-use spans. Pages that held data are handed back to
// the page heap along the way, so reused memory must be zeroed too. The page
// allocator is held to a model array of page states: every allocation is the
// lowest run that fits (first fit), runs never overlap, and its scavenged-byte
// count is exact; through the runtime, every new span is the lowest fit too.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { zerobase } from '../../src/runtime/malloc.js';
import { PageAlloc, pallocChunkBytes } from '../../src/runtime/mpagealloc.js';
import type { MSpan } from '../../src/runtime/mspan.js';
import type { MemStats } from '../../src/runtime/mstats.js';
import { Runtime } from '../../src/runtime/runtime.js';
import { _MaxSmallSize, class_to_size, roundupsize, sizeToClass } from '../../src/runtime/sizeclasses.js';
import { growsliceCap } from '../../src/runtime/slice.js';
import type { Type } from '../../src/runtime/type.js';
import { firstNonZero, scribble } from './support/heap.js';

const page = 8192;

// ---- commands ---------------------------------------------------------------

type FieldKind = 'int' | 'int8' | 'int32' | 'ptr' | 'string' | 'float64' | 'any' | 'bytes3' | 'slice';
type TypeSpec =
  | { k: 'bytes'; n: number }
  | { k: 'scalar'; name: 'int8' | 'int16' | 'int32' | 'int64' | 'float64' | 'complex128' }
  | { k: 'struct'; fields: FieldKind[] }
  | { k: 'array'; elem: TypeSpec; n: number }
  | { k: 'ptrs'; n: number };

type Cmd =
  | { op: 'new'; spec: TypeSpec }
  | { op: 'makeslice'; elem: TypeSpec; len: number; cap: number }
  | { op: 'string'; s: string }
  | { op: 'write'; which: number; at: number; bytes: number[] }
  | { op: 'stats' }
  | { op: 'switchP'; p: number }
  | { op: 'dirty'; pages: number }
  | { op: 'append'; which: number; extra: number; bytes: number[] };

const fieldKind = fc.constantFrom<FieldKind>(
  'int',
  'int8',
  'int32',
  'ptr',
  'string',
  'float64',
  'any',
  'bytes3',
  'slice',
);
const structSpec = fc.array(fieldKind, { minLength: 1, maxLength: 12 }).map((fields) => ({
  k: 'struct' as const,
  fields,
}));
const tinySpec: fc.Arbitrary<TypeSpec> = fc.oneof(
  fc.integer({ min: 1, max: 15 }).map((n) => ({ k: 'bytes' as const, n })),
  fc
    .constantFrom('int8', 'int16', 'int32', 'int64', 'float64')
    .map((name) => ({ k: 'scalar' as const, name })),
);
const smallNoscanSpec: fc.Arbitrary<TypeSpec> = fc.oneof(
  fc.integer({ min: 16, max: 1100 }).map((n) => ({ k: 'bytes' as const, n })),
  fc.integer({ min: 16, max: _MaxSmallSize }).map((n) => ({ k: 'bytes' as const, n })),
  fc.constant({ k: 'scalar' as const, name: 'complex128' as const }),
);
const smallScanSpec: fc.Arbitrary<TypeSpec> = fc.oneof(
  structSpec,
  fc
    .tuple(structSpec, fc.integer({ min: 1, max: 40 }))
    .map(([elem, n]) => ({ k: 'array' as const, elem, n })),
  fc.integer({ min: 1, max: 4096 }).map((n) => ({ k: 'ptrs' as const, n })),
);
const largeSpec: fc.Arbitrary<TypeSpec> = fc.oneof(
  fc.integer({ min: _MaxSmallSize + 1, max: 90000 }).map((n) => ({ k: 'bytes' as const, n })),
  fc.integer({ min: 4097, max: 11000 }).map((n) => ({ k: 'ptrs' as const, n })),
  fc
    .tuple(structSpec, fc.integer({ min: 400, max: 900 }))
    .map(([elem, n]) => ({ k: 'array' as const, elem, n })),
);
const elemSpec: fc.Arbitrary<TypeSpec> = fc.oneof(
  fc.constant({ k: 'bytes' as const, n: 1 }),
  fc.constant({ k: 'scalar' as const, name: 'int64' as const }),
  fc.constant({ k: 'ptrs' as const, n: 1 }),
  structSpec,
);
const lenCap = fc
  .tuple(fc.nat({ max: 3000 }), fc.nat({ max: 3000 }))
  .map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 6, arbitrary: tinySpec.map((spec) => ({ op: 'new' as const, spec })) },
  { weight: 4, arbitrary: smallNoscanSpec.map((spec) => ({ op: 'new' as const, spec })) },
  { weight: 5, arbitrary: smallScanSpec.map((spec) => ({ op: 'new' as const, spec })) },
  { weight: 1, arbitrary: largeSpec.map((spec) => ({ op: 'new' as const, spec })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(elemSpec, lenCap)
      .map(([elem, [len, cap]]) => ({ op: 'makeslice' as const, elem, len, cap })),
  },
  {
    weight: 2,
    arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((s) => ({ op: 'string' as const, s })),
  },
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.nat(), fc.nat(), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }))
      .map(([which, at, bytes]) => ({ op: 'write' as const, which, at, bytes })),
  },
  { weight: 2, arbitrary: fc.constant({ op: 'stats' as const }) },
  { weight: 1, arbitrary: fc.nat({ max: 1 }).map((p) => ({ op: 'switchP' as const, p })) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 12 }).map((pages) => ({ op: 'dirty' as const, pages })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.nat(),
        fc.integer({ min: 1, max: 600 }),
        fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 16 }),
      )
      .map(([which, extra, bytes]) => ({ op: 'append' as const, which, extra, bytes })),
  },
);

// ---- the model ----------------------------------------------------------------

interface Live {
  addr: number;
  /** Bytes requested. */
  size: number;
  /** The type the object holds (repeated size/elem.size times), null for string bytes. */
  elem: Type | null;
  tiny: boolean;
  /** Bytes written since allocation: offset → value; all others read zero. */
  written: Map<number, number>;
}

class Model {
  readonly live: Live[] = [];
  mallocs = 0;
  tinyObjects = 0;
  readonly tinyBlocks = new Set<number>();
  readonly classMallocs = new Float64Array(68);
  totalAlloc = 0;
  private structs = 0;

  constructor(readonly rt: Runtime) {}

  type(spec: TypeSpec): Type {
    const t = this.rt.types;
    switch (spec.k) {
      case 'bytes':
        return t.array(t.byte, spec.n);
      case 'scalar':
        return t[spec.name];
      case 'ptrs':
        return t.array(t.ptr(t.int), spec.n);
      case 'array':
        return t.array(this.type(spec.elem), spec.n);
      case 'struct': {
        const kinds: Record<FieldKind, Type> = {
          int: t.int,
          int8: t.int8,
          int32: t.int32,
          ptr: t.ptr(t.int),
          string: t.string,
          float64: t.float64,
          any: t.any,
          bytes3: t.array(t.byte, 3),
          slice: t.slice(t.int),
        };
        const fields: Record<string, Type> = {};
        spec.fields.forEach((f, i) => {
          fields[`f${i}`] = kinds[f];
        });
        return t.struct(`S${this.structs++}`, fields);
      }
    }
  }

  /** Slices made by makeslice or append: [array, len, cap, elem]. */
  readonly slices: { array: number; len: number; cap: number; elem: Type }[] = [];

  /**
   * Records a new object and checks what it must be when created: content (bytes
   * from offset 0, for strings and appended-to slices) then zero; bytes in
   * [unset, size) are not checked (the elements an append writes itself).
   */
  created(addr: number, size: number, elem: Type | null, content?: Uint8Array, unset = size): void {
    const rt = this.rt;
    if (size === 0) {
      assert.equal(addr, zerobase);
      return;
    }
    const noscan = elem === null || elem.ptrdata === 0;
    const tiny = noscan && size < 16;
    const info = rt.objectInfo(addr);
    assert.equal(info.noscan, noscan);
    this.mallocs++;
    if (tiny) {
      this.tinyObjects++;
      assert.equal(info.size, 16);
      assert.equal(info.sizeclass, 2);
      assert.ok(addr + size <= info.base + 16, 'tiny object crosses its block');
      if (!this.tinyBlocks.has(info.base)) {
        this.tinyBlocks.add(info.base);
        this.classMallocs[2]!++;
        this.totalAlloc += 16;
      }
      // Go's alignment: 8, 4 or 2 by the size's low bits.
      const off = addr - info.base;
      const align = (size & 7) === 0 ? 8 : (size & 3) === 0 ? 4 : (size & 1) === 0 ? 2 : 1;
      assert.equal(off % align, 0, `tiny ${size}-byte object at offset ${off}`);
    } else {
      assert.equal(info.base, addr);
      assert.equal(info.size, roundupsize(size));
      if (size <= _MaxSmallSize) {
        assert.equal(info.sizeclass, sizeToClass(size));
        this.classMallocs[info.sizeclass]!++;
      } else {
        assert.equal(info.sizeclass, 0);
        assert.equal(addr % page, 0);
      }
      this.totalAlloc += info.size;
      // The object's type id, which the API checks accessors against.
      const span = rt.heap.spanOf(addr)!;
      assert.equal(span.typeIdOf(span.objIndex(addr)), elem === null ? 0 : elem.id);
    }
    const obj: Live = { addr, size, elem, tiny, written: new Map() };
    const u8 = rt.heap.arena.u8;
    const known = content ?? new Uint8Array(0);
    for (let i = 0; i < unset; i++) {
      const want = i < known.length ? known[i]! : 0;
      if (u8[addr + i] !== want) assert.fail(`new object byte ${i} is ${u8[addr + i]}, not ${want}`);
      if (want !== 0) obj.written.set(i, want);
    }
    this.live.push(obj);
  }

  /** Scalar byte offsets of o that a write may hit, or null when it has none. */
  scalarOffset(o: Live, at: number): number | null {
    if (o.elem === null || o.elem.ptrdata === 0) return at % o.size;
    const ew = o.elem.size / 8;
    const words = o.size / 8;
    for (let k = 0; k < words; k++) {
      const w = (at + k) % words;
      if (!o.elem.isPointerWord(w % ew)) return w * 8;
    }
    return null;
  }

  write(c: Extract<Cmd, { op: 'write' }>): void {
    if (this.live.length === 0) return;
    const o = this.live[c.which % this.live.length]!;
    const off = this.scalarOffset(o, c.at);
    if (off === null) return;
    const u8 = this.rt.heap.arena.u8;
    // Within the object; for a scan object, within the one scalar word.
    const limit = o.elem !== null && o.elem.ptrdata !== 0 ? off + 8 : o.size;
    c.bytes.forEach((b, i) => {
      if (off + i >= limit) return;
      u8[o.addr + off + i] = b;
      o.written.set(off + i, b);
    });
  }

  /** Checks after every step. */
  check(full: boolean): void {
    const rt = this.rt;
    const u8 = rt.heap.arena.u8;
    // Objects never share bytes; slots (tiny blocks counted once) never overlap.
    const bytes = this.live.map((o) => [o.addr, o.addr + o.size] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < bytes.length; i++) {
      assert.ok(bytes[i - 1]![1] <= bytes[i]![0], `objects overlap at ${bytes[i]![0]}`);
    }
    const slots = new Map<number, number>();
    for (const o of this.live) {
      const info = rt.objectInfo(o.addr);
      const prev = slots.get(info.base);
      assert.ok(prev === undefined || (o.tiny && prev === 16), `two objects in the slot at ${info.base}`);
      slots.set(info.base, info.size);
    }
    const sorted = [...slots].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < sorted.length; i++) {
      assert.ok(sorted[i - 1]![0] + sorted[i - 1]![1] <= sorted[i]![0], `slots overlap at ${sorted[i]![0]}`);
    }
    for (const o of this.live) {
      // Contents: what was written, zero elsewhere.
      if (full) {
        for (let i = 0; i < o.size; i++) {
          const want = o.written.get(i) ?? 0;
          if (u8[o.addr + i] !== want)
            assert.fail(`byte ${i} of object at ${o.addr} is ${u8[o.addr + i]}, not ${want}`);
        }
      } else {
        for (const [i, b] of o.written) {
          if (u8[o.addr + i] !== b)
            assert.fail(`byte ${i} of object at ${o.addr} is ${u8[o.addr + i]}, not ${b}`);
        }
      }
      // The heap bitmap over the whole slot of a scan object.
      const elem = o.elem;
      if (elem !== null && elem.ptrdata !== 0) {
        const slot = rt.objectInfo(o.addr).size;
        const ew = elem.size / 8;
        const dataWords = o.size / 8;
        for (let w = 0; w < slot / 8; w++) {
          const want: boolean = w < dataWords && elem.isPointerWord(w % ew);
          if (rt.heap.heapBits.isPointer(o.addr + 8 * w) !== want) {
            assert.fail(`heap bit of word ${w} of ${elem.name} object at ${o.addr} is ${!want}`);
          }
        }
      }
    }
  }

  /** MemStats invariants and counts against the model. */
  checkStats(ms: MemStats, start: MemStats): void {
    const rt = this.rt;
    assert.equal(
      ms.Sys,
      ms.HeapSys + ms.StackSys + ms.MSpanSys + ms.MCacheSys + ms.BuckHashSys + ms.GCSys + ms.OtherSys,
    );
    assert.equal(ms.HeapIdle, ms.HeapSys - ms.HeapInuse);
    assert.equal(ms.HeapObjects, ms.Mallocs - ms.Frees);
    assert.equal(ms.Alloc, ms.HeapAlloc);
    assert.ok(ms.HeapReleased <= ms.HeapIdle);
    assert.equal(ms.Mallocs - start.Mallocs, this.mallocs);
    assert.equal(ms.Frees - start.Frees, this.tinyObjects - this.tinyBlocks.size);
    assert.equal(ms.TotalAlloc - start.TotalAlloc, this.totalAlloc);
    assert.equal(ms.HeapAlloc - start.HeapAlloc, this.totalAlloc);
    for (let i = 0; i < ms.BySize.length; i++) {
      assert.equal(ms.BySize[i]!.Size, class_to_size[i]);
      assert.equal(ms.BySize[i]!.Mallocs - start.BySize[i]!.Mallocs, this.classMallocs[i], `BySize[${i}]`);
    }
    // HeapInuse is the pages of the in-use spans.
    const spans = inUseSpans(rt);
    let inuse = 0;
    for (const s of spans) inuse += s.npages * page;
    assert.equal(ms.HeapInuse, inuse);
    // HeapReleased is the free pages whose memory was never touched (or returned).
    let released = 0;
    let free = 0;
    for (let pg = 0; pg < rt.heap.pages.endPage; pg++) {
      if (rt.heap.pages.isScavenged(pg)) released += page;
      else if (rt.heap.pages.isFree(pg)) free += page;
    }
    assert.equal(ms.HeapReleased, released);
    assert.equal(ms.HeapIdle, released + free);
    assert.equal(ms.MSpanInuse, spans.size * 144);
  }
}

/** The in-use spans, found through the page → span map. */
function inUseSpans(rt: Runtime): Set<MSpan> {
  const spans = new Set<MSpan>();
  for (let pg = 0; pg < rt.heap.pages.endPage; pg++) {
    const s = rt.heap.spanOf(pg * page);
    if (s !== null) spans.add(s);
  }
  return spans;
}

/**
 * One allocation takes at most one new span, and it is placed by address-ordered
 * first fit: no lower run of free pages (counting its own as free) is long enough.
 */
function checkFirstFit(rt: Runtime, before: Set<MSpan>): void {
  const fresh = [...inUseSpans(rt)].filter((s) => !before.has(s));
  assert.ok(fresh.length <= 1, `${fresh.length} spans for one allocation`);
  if (fresh.length === 0) return;
  const s = fresh[0]!;
  const first = s.startAddr / page;
  let run = 0;
  for (let pg = 0; pg < first; pg++) {
    run = rt.heap.pages.isFree(pg) ? run + 1 : 0;
    assert.ok(
      run < s.npages,
      `a ${s.npages}-page span at page ${first}, but pages ${pg - run + 1}.. were free`,
    );
  }
}

function run(cmds: Cmd[], procs: number): void {
  const rt = new Runtime({ gomaxprocs: procs, env: {}, gogc: 'off', arenaBytes: 64 << 20 });
  const m = new Model(rt);
  const start = rt.readMemStats();
  for (const c of cmds) {
    const spansBefore = c.op === 'write' || c.op === 'switchP' ? null : inUseSpans(rt);
    switch (c.op) {
      case 'new': {
        const t = m.type(c.spec);
        m.created(rt.new(t), t.size, t);
        break;
      }
      case 'makeslice': {
        const t = m.type(c.elem);
        const array = rt.makeslice(t, c.len, c.cap);
        m.created(array, t.size * c.cap, t);
        m.slices.push({ array, len: c.len, cap: c.cap, elem: t });
        break;
      }
      case 'string': {
        const bytes = new Uint8Array(Buffer.from(c.s, 'utf8'));
        const p = rt.newString(c.s);
        if (bytes.length === 0) assert.equal(p, 0);
        else m.created(p, bytes.length, null, bytes);
        break;
      }
      case 'write':
        m.write(c);
        break;
      case 'append': {
        // s = append(s, extra elements) on a full slice: growslice, then the new
        // elements are written (scalar bytes of noscan elements; nil pointers stay zero).
        if (m.slices.length === 0) break;
        const sl = m.slices[c.which % m.slices.length]!;
        const size = sl.elem.size;
        const needed = sl.cap + c.extra;
        const newcap = growsliceCap(size, sl.cap, needed);
        const oldBytes = rt.heap.arena.u8.slice(sl.array, sl.array + sl.len * size);
        const array = rt.growslice(sl.elem, sl.array, sl.len, sl.cap, needed);
        const noscan = sl.elem.ptrdata === 0;
        m.created(array, newcap * size, sl.elem, oldBytes, noscan ? sl.len * size : newcap * size);
        if (noscan) {
          const o = m.live[m.live.length - 1]!;
          const u8 = rt.heap.arena.u8;
          for (let i = sl.len * size; i < needed * size; i++) {
            const b = c.bytes.length === 0 ? 0 : c.bytes[i % c.bytes.length]!;
            u8[array + i] = b;
            if (b !== 0) o.written.set(i, b);
            else o.written.delete(i);
          }
          const rest = firstNonZero(rt, array + needed * size, (newcap - needed) * size);
          assert.equal(rest, -1, `byte ${needed * size + rest} past the appended elements`);
        }
        m.slices.push({ array, len: needed, cap: newcap, elem: sl.elem });
        break;
      }
      case 'stats':
        m.checkStats(rt.readMemStats(), start);
        break;
      case 'switchP':
        rt.p = rt.allp[c.p % rt.allp.length]!;
        break;
      case 'dirty': {
        // Pages that held data go back to the heap, as a sweep will return them:
        // whatever is allocated there next must read zero.
        const s = rt.heap.allocSpan(c.pages, 0, c.pages * page, 1, 0);
        scribble(rt, s.startAddr, c.pages * page);
        rt.heap.freeSpan(s);
        break;
      }
    }
    if (spansBefore !== null && c.op !== 'dirty' && c.op !== 'stats') checkFirstFit(rt, spansBefore);
    m.check(false);
  }
  m.check(true);
  m.checkStats(rt.readMemStats(), start);
}

describe('heap properties', () => {
  test('random allocation sequences on one P keep the heap consistent', () => {
    fc.assert(
      fc.property(fc.array(cmd, { maxLength: 40 }), (cmds) => run(cmds, 1)),
      { numRuns: 150 },
    );
  });

  test('random allocation sequences on two Ps keep the heap consistent', () => {
    fc.assert(
      fc.property(fc.array(cmd, { maxLength: 40 }), (cmds) => run(cmds, 2)),
      { numRuns: 100 },
    );
  });

  test('many tiny and small objects between stats reads stay consistent', () => {
    const many = fc.oneof(tinySpec, smallScanSpec).map((spec) => ({ op: 'new' as const, spec }));
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { weight: 20, arbitrary: many },
            { weight: 1, arbitrary: fc.constant({ op: 'stats' as const }) },
          ),
          {
            minLength: 100,
            maxLength: 200,
          },
        ),
        (cmds) => run(cmds, 1),
      ),
      { numRuns: 8 },
    );
  });
});

// ---- the page allocator -----------------------------------------------------------

type PageCmd = { op: 'alloc'; n: number } | { op: 'free'; which: number } | { op: 'grow'; chunks: number };

const pageCmd: fc.Arbitrary<PageCmd> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => ({ op: 'alloc' as const, n })) },
  { weight: 2, arbitrary: fc.integer({ min: 41, max: 1200 }).map((n) => ({ op: 'alloc' as const, n })) },
  { weight: 5, arbitrary: fc.nat().map((which) => ({ op: 'free' as const, which })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }).map((chunks) => ({ op: 'grow' as const, chunks })) },
);

describe('page allocator', () => {
  test('allocations are the lowest fitting run, never overlap, and count scavenged bytes', () => {
    const maxChunks = 6;
    const chunkPages = pallocChunkBytes / page;
    fc.assert(
      fc.property(fc.array(pageCmd, { maxLength: 60 }), (cmds) => {
        const pa = new PageAlloc(maxChunks * pallocChunkBytes);
        // Model: per page, 'x' not yet grown into, 'u' in use, 'f' free, 's' free and scavenged.
        const state: string[] = new Array(maxChunks * chunkPages).fill('x');
        const runs: [number, number][] = [];
        let end = 0;
        const grow = (chunks: number) => {
          chunks = Math.min(chunks, maxChunks - end / chunkPages);
          if (chunks === 0) return;
          pa.grow(end * page, chunks * pallocChunkBytes);
          for (let i = end; i < end + chunks * chunkPages; i++) state[i] = 's';
          end += chunks * chunkPages;
        };
        grow(1);
        for (const c of cmds) {
          if (c.op === 'grow') grow(c.chunks);
          else if (c.op === 'free') {
            if (runs.length === 0) continue;
            const [first, n] = runs.splice(c.which % runs.length, 1)[0]!;
            pa.free(first * page, n);
            for (let i = first; i < first + n; i++) state[i] = 'f';
          } else {
            let want = -1;
            for (let i = 0, run = 0; i < end; i++) {
              run = state[i] === 'f' || state[i] === 's' ? run + 1 : 0;
              if (run === c.n) {
                want = i - c.n + 1;
                break;
              }
            }
            const got = pa.alloc(c.n);
            assert.equal(got, want < 0 ? -1 : want * page, `alloc(${c.n})`);
            if (want < 0) continue;
            let scav = 0;
            for (let i = want; i < want + c.n; i++) {
              if (state[i] === 's') scav++;
              state[i] = 'u';
            }
            assert.equal(pa.lastScav, scav * page);
            runs.push([want, c.n]);
          }
          for (let i = 0; i < end; i++) {
            assert.equal(pa.isFree(i), state[i] === 'f' || state[i] === 's', `page ${i}`);
            assert.equal(pa.isScavenged(i), state[i] === 's', `page ${i} scavenged`);
          }
        }
        assert.equal(pa.endPage, end);
      }),
      { numRuns: 150 },
    );
  });
});
