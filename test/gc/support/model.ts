// A plain JS model of a Go heap graph, and the checks that hold a Runtime's heap to
// it: every object reachable from the model's roots must be allocated in the
// runtime, at a distinct address, with its int word and every pointer word equal
// to the model's.
import type { Handle, HandleScope } from '../../../src/runtime/roots.js';
import type { Runtime } from '../../../src/runtime/runtime.js';
import type { Type } from '../../../src/runtime/type.js';

/** An object kind of the model: its Go type and how many objects of it one allocation makes. */
export interface Kind {
  name: string;
  type: Type;
  /** Array length for newArray, or 0 for rt.new(type). */
  n: number;
  /** Byte offsets of the pointer words the model may write. */
  ptrOffsets: number[];
  /** Byte offset of the int word, or -1 (pointer arrays have none). */
  intOffset: number;
}

/** The kinds the oracle uses: structs with 0–3 pointer fields and an int, noscan data, pointer arrays. */
export function kinds(rt: Runtime): Kind[] {
  const t = rt.types;
  const p = t.unsafePointer;
  const s0 = t.struct('S0', { v: t.int, w: t.int }); // 16 B noscan: not tiny
  const s1 = t.struct('S1', { v: t.int, a: p });
  const s2 = t.struct('S2', { v: t.int, a: p, b: p });
  const s3 = t.struct('S3', { v: t.int, a: p, b: p, c: p });
  const offs = (s: Type) => s.fields.filter((f) => f.type === p).map((f) => f.offset);
  const arr = (n: number) => Array.from({ length: n }, (_, i) => i * 8);
  return [
    { name: 'S0', type: s0, n: 0, ptrOffsets: [], intOffset: 0 },
    { name: 'S1', type: s1, n: 0, ptrOffsets: offs(s1), intOffset: 0 },
    { name: 'S2', type: s2, n: 0, ptrOffsets: offs(s2), intOffset: 0 },
    { name: 'S3', type: s3, n: 0, ptrOffsets: offs(s3), intOffset: 0 },
    { name: 'ints', type: t.int, n: 6, ptrOffsets: [], intOffset: 0 },
    { name: 'ptrs', type: p, n: 9, ptrOffsets: arr(9), intOffset: -1 },
    // 17000 pointers = 136000 B > 128 KiB: scanned as two oblets.
    { name: 'big', type: p, n: 17000, ptrOffsets: arr(17000), intOffset: -1 },
  ];
}

export interface Obj {
  id: number;
  addr: number;
  kind: Kind;
  v: number;
  /** Pointer slot index → target object (absent = nil). */
  ptrs: Map<number, Obj>;
}

export class Model {
  readonly objs = new Set<Obj>();
  /** Open scopes, innermost last, each with its handles and what they hold. */
  readonly scopes: { scope: HandleScope; handles: { h: Handle; obj: Obj | null }[] }[] = [];
  readonly globals: { g: ReturnType<Runtime['global']>; obj: Obj | null }[] = [];
  private nextId = 1;

  constructor(
    readonly rt: Runtime,
    readonly kinds: Kind[],
    nglobals: number,
  ) {
    for (let i = 0; i < nglobals; i++) this.globals.push({ g: rt.global(`g${i}`), obj: null });
    this.openScope();
  }

  openScope(): void {
    this.scopes.push({ scope: this.rt.scope(), handles: [] });
  }

  closeScope(): void {
    if (this.scopes.length <= 1) return;
    this.scopes.pop()!.scope.close();
  }

  /** Allocates an object of kind k with int value v (not yet rooted). */
  alloc(k: Kind, v: number): Obj {
    const rt = this.rt;
    const addr = k.n === 0 ? rt.new(k.type) : rt.newArray(k.type, k.n);
    const o: Obj = { id: this.nextId++, addr, kind: k, v, ptrs: new Map() };
    if (k.intOffset >= 0) writeInt(rt, addr + k.intOffset, v);
    this.objs.add(o);
    return o;
  }

  handle(o: Obj): void {
    const s = this.scopes[this.scopes.length - 1]!;
    s.handles.push({ h: s.scope.handle(o.addr), obj: o });
  }

  /** Drops handle i of the innermost scope (sets it to nil). */
  dropHandle(i: number): void {
    const s = this.scopes[this.scopes.length - 1]!;
    if (s.handles.length === 0) return;
    const e = s.handles[i % s.handles.length]!;
    e.h.set(0);
    e.obj = null;
  }

  setGlobal(i: number, o: Obj | null): void {
    const e = this.globals[i % this.globals.length]!;
    e.g.set(o === null ? 0 : o.addr);
    e.obj = o;
  }

  /** *(src.slot) = dst through writePointer. */
  write(src: Obj, slot: number, dst: Obj | null): void {
    this.rt.writePointer(src.addr + src.kind.ptrOffsets[slot]!, dst === null ? 0 : dst.addr);
    if (dst === null) src.ptrs.delete(slot);
    else src.ptrs.set(slot, dst);
  }

  roots(): Obj[] {
    const r: Obj[] = [];
    for (const s of this.scopes) for (const h of s.handles) if (h.obj !== null) r.push(h.obj);
    for (const g of this.globals) if (g.obj !== null) r.push(g.obj);
    return r;
  }

  /** Every object reachable from the roots, in a stable order. */
  reachable(): Obj[] {
    const seen = new Set<Obj>();
    const stack = this.roots();
    while (stack.length > 0) {
      const o = stack.pop()!;
      if (seen.has(o)) continue;
      seen.add(o);
      for (const t of o.ptrs.values()) stack.push(t);
    }
    return [...seen].sort((a, b) => a.id - b.id);
  }

  /** Forgets unreachable objects: nothing can reach them again. */
  prune(): Obj[] {
    const live = this.reachable();
    const set = new Set(live);
    for (const o of this.objs) if (!set.has(o)) this.objs.delete(o);
    return live;
  }

  /** Throws unless every reachable object is intact in the runtime. Returns how many there are. */
  verify(where: string): number {
    const live = this.prune();
    const rt = this.rt;
    const u32 = rt.heap.arena.u32;
    const addrs = new Map<number, Obj>();
    for (const o of live) {
      const other = addrs.get(o.addr);
      if (other !== undefined) {
        throw new Error(`${where}: objects #${other.id} and #${o.id} share address ${o.addr}`);
      }
      addrs.set(o.addr, o);
      try {
        rt.checkPointer(o.addr);
      } catch {
        throw new Error(`${where}: reachable object #${o.id} (${o.kind.name}) at ${o.addr} was freed`);
      }
      const k = o.kind;
      if (k.intOffset >= 0) {
        const got = readInt(rt, o.addr + k.intOffset);
        if (got !== o.v) throw new Error(`${where}: #${o.id} int field ${got}, want ${o.v}`);
      }
      for (let i = 0; i < k.ptrOffsets.length; i++) {
        const w = (o.addr + k.ptrOffsets[i]!) >>> 2;
        const want = o.ptrs.get(i)?.addr ?? 0;
        if (u32[w] !== want || u32[w + 1] !== 0) {
          throw new Error(
            `${where}: #${o.id} (${k.name}) pointer ${i} is ${u32[w]}:${u32[w + 1]}, want ${want} (#${o.ptrs.get(i)?.id ?? 'nil'})`,
          );
        }
      }
    }
    return live.length;
  }
}

/** Writes v (a uint32) into the int word at a, high half zero. */
export function writeInt(rt: Runtime, a: number, v: number): void {
  rt.heap.arena.u32[a >>> 2] = v;
  rt.heap.arena.u32[(a >>> 2) + 1] = 0;
}

export function readInt(rt: Runtime, a: number): number {
  const u32 = rt.heap.arena.u32;
  return u32[(a >>> 2) + 1] === 0 ? u32[a >>> 2]! : -1;
}
