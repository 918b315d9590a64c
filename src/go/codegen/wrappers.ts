// Method wrappers and tables: the functions that adapt a method to the way it
// is called — through a method value, a method expression or an interface —
// and the per-type method tables and interface descriptors interface calls
// and assertions read.
//
// Mirrors cmd/compile's wrappers: walk/closure.go methodValueWrapper (T.M-fm,
// a closure [wrapper | receiver]), reflectdata.methodWrapper (the (*T).M a
// method expression of *T calls for a value method, and the itab entries that
// take the interface's data word and reach the method through embedded
// fields), reflectdata.methods (a type's method set) and the itab fun[] array
// (runtime/iface.go getitab).
//
//   MT[type word][method id] → function table index   (setMethods, per dynamic type)
//   IF[i] = { name, mids, methods }                   (assertions to interface type i)
//
// Unlike Go's itab per (interface, type) pair, method ids are program-wide
// (one per method name), so one table per dynamic type serves every interface.
// Where Go passes a struct held directly in the data word (a struct of one
// pointer, say) in a register, a memory receiver here is an address: the itab
// entry stores the data word in a receiver slot and passes the slot.
//
// Invariants:
// - A wrapper is generated once per key (kind, method, receiver type) and gets
//   a function table entry: FNG always, FN too when it does not block.
// - A type reaching an interface gets a method table if it has methods, and so
//   do every method receiver's base type and its pointer type.

import { isDirectIface } from '../escape/utils.js';
import { offsetsof } from '../sizes.js';
import {
  type Func,
  type FuncInfo,
  type Interface,
  isInterface,
  lookupFieldOrMethod,
  methodSet,
  type Named,
  type Selection,
  type Struct,
  type Type,
  under,
} from '../types.js';
import { Typ } from '../universe.js';
import type { ProgramGen } from './program.js';
import { isWord, load, pointerOffsets, typeStr } from './types.js';

export class Wrappers {
  private readonly byKey = new Map<string, number>();
  /** The wrappers' JavaScript, in the order they were made. */
  private readonly out: string[] = [];
  private readonly methodIds = new Map<string, number>();
  private readonly ifaceDescs = new Map<string, number>();
  private readonly ifaceOut: string[] = [];
  private readonly converted = new Set<Type>();

  constructor(private readonly p: ProgramGen) {}

  /** A closure for a method value: [wrapper | receiver]. */
  methodValueWrapper(
    m: Func,
    recvT: Type,
    viaIface: boolean,
  ): { index: number; typeRef: string; ptrOffs: number[] } {
    const p = this.p;
    const key = viaIface ? `mv:i:${m.name}:${typeStr(recvT)}` : `mv:${this.funcIdOf(m)}:${typeStr(recvT)}`;
    let idx = this.byKey.get(key);
    if (idx === undefined) {
      idx = p.newIndex();
      this.byKey.set(key, idx);
      this.closureTypes.set(
        key,
        p.opts.types.struct(`methodvalue·${idx}`, { F: p.opts.types.uintptr, R: p.rtypes.get(recvT) }).id,
      );
      const blocks = viaIface ? p.ifaceMethodBlocks(m.name) : p.funcBlocks(m);
      const { resP, params, y } = this.shape(m, blocks);
      let body: string;
      if (viaIface) {
        body = this.dispatch('(fv + 8)', m.name, blocks, y, resP, params);
      } else {
        const recv = isWord(recvT) ? load(recvT, '(fv + 8)') : '(fv + 8)';
        body = `return ${y}${p.funcTarget(m)}(0, ${[...resP, recv, ...params].join(', ')});`;
      }
      this.define(idx, blocks, ['fv', ...resP, ...params], body);
    }
    return {
      index: idx,
      typeRef: p.typeRefRT(this.closureTypes.get(key)!),
      ptrOffs: pointerOffsets(recvT, 8),
    };
  }

  /** Runtime types of method-value closures, by wrapper key. */
  private readonly closureTypes = new Map<string, number>();

  /** A wrapper's parameters after fv, and how it calls on: for m's signature, as a generator when blocks. */
  private shape(m: Func, blocks: boolean): { resP: string[]; params: string[]; y: string } {
    return {
      resP: this.p.needsRes(m.type) ? ['res'] : [],
      params: m.type.params.map((_, i) => `a${i}`),
      y: blocks ? 'yield* ' : '',
    };
  }

  /** T.M as a func value: a static funcval of a function taking the receiver first. */
  methodExprFuncval(m: Func, t: Type): string {
    return this.p.data.funcval(this.methodExprIndex(m, t));
  }

  methodExprTarget(m: Func, t: Type): string {
    const idx = this.methodExprIndex(m, t);
    return this.p.funcBlocks(m) ? `FNG[${idx}]` : `FN[${idx}]`;
  }

  private methodExprIndex(m: Func, t: Type): number {
    if (isInterface(t)) return this.ifaceMethodExprIndex(m, t);
    const p = this.p;
    const key = `me:${this.funcIdOf(m)}:${typeStr(t)}`;
    let idx = this.byKey.get(key);
    if (idx !== undefined) return idx;
    idx = p.newIndex();
    this.byKey.set(key, idx);
    const blocks = p.funcBlocks(m);
    const { resP, params, y } = this.shape(m, blocks);
    // r: the pointer for (*T).M, the value's address for T.M — or the value
    // itself when T is one word with the method of its own.
    const ptrT = under(t).kind === 'pointer' && t.kind !== 'named';
    const sel = lookupFieldOrMethod(t, m.name)!;
    const recv =
      !ptrT && isWord(t) && sel.index.length === 0
        ? 'r'
        : this.receiver(m, this.walk(sel, ptrT ? (under(t) as { elem: Type }).elem : t, 'r', ptrT), true);
    this.define(
      idx,
      blocks,
      ['fv', ...resP, 'r', ...params],
      `return ${y}${p.funcTarget(m)}(0, ${[...resP, recv, ...params].join(', ')});`,
    );
    return idx;
  }

  /** I.M: a function taking the interface value first and calling its dynamic type's M. */
  private ifaceMethodExprIndex(m: Func, t: Type): number {
    const p = this.p;
    const key = `mei:${m.name}:${typeStr(t)}`;
    let idx = this.byKey.get(key);
    if (idx !== undefined) return idx;
    idx = p.newIndex();
    this.byKey.set(key, idx);
    const blocks = p.ifaceMethodBlocks(m.name);
    const { resP, params, y } = this.shape(m, blocks);
    this.define(
      idx,
      blocks,
      ['fv', ...resP, 'r', ...params],
      this.dispatch('r', m.name, blocks, y, resP, params),
    );
    return idx;
  }

  /**
   * The function an interface call of method `name` on dynamic type t runs:
   * it takes the interface's data word as its receiver.
   */
  private ifaceEntry(t: Type, name: string): number | undefined {
    const p = this.p;
    const sel = lookupFieldOrMethod(t, name);
    if (sel === undefined || sel.kind !== 'method' || sel.index[0] === -1) return undefined;
    const m = sel.obj as Func;
    // An interface's methods have no receiver: reached through an embedded interface.
    const ptrT = under(t).kind === 'pointer' && t.kind !== 'named';
    const base = ptrT ? (under(t) as { elem: Type }).elem : t;
    // A pointer method is in a value type's method set only when an embedded
    // pointer leads to its receiver (the spec's method sets; sel.indirect).
    if (!ptrT && m.ptrRecv && !sel.indirect) return undefined;
    const key = `if:${typeStr(t)}:${name}`;
    let idx = this.byKey.get(key);
    if (idx !== undefined) return idx;
    idx = p.newIndex();
    this.byKey.set(key, idx);
    const blocks = p.funcBlocks(m);
    const { resP, params, y } = this.shape(m, blocks);
    if (!ptrT && isDirectIface(t) && isWord(t)) {
      // The value itself is in the data word.
      const body = `return ${y}${p.funcTarget(m)}(0, ${[...resP, 'd', ...params].join(', ')});`;
      this.define(idx, blocks, ['fv', ...resP, 'd', ...params], body);
      return idx;
    }
    // d: the data word, the address of the value (or the pointer itself). A
    // struct or array held directly is that word, which needs an address to be
    // walked and passed as a memory receiver: the receiver slot.
    const direct = !ptrT && isDirectIface(t);
    const at = this.walk(sel, base, direct ? this.recvSlot() : 'd', ptrT);
    const put = direct ? `U32[${this.recvSlot()} >>> 2] = d; U32[(${this.recvSlot()} + 4) >>> 2] = 0; ` : '';
    const { cur, viaPtr } = at;
    if (m.type.recv === undefined) {
      // A method of an embedded interface: dispatch on the interface value where it lies.
      const iv = viaPtr ? `chk(${cur})` : cur;
      this.define(
        idx,
        blocks,
        ['fv', ...resP, 'd', ...params],
        this.dispatch(iv, name, blocks, y, resP, params),
      );
      return idx;
    }
    const recv = this.receiver(m, at, false);
    this.define(
      idx,
      blocks,
      ['fv', ...resP, 'd', ...params],
      `${put}return ${y}${p.funcTarget(m)}(0, ${[...resP, recv, ...params].join(', ')});`,
    );
    return idx;
  }

  private recvSlotOff: number | undefined;

  /**
   * The 8 bytes an interface call on a struct or array held directly puts the
   * data word in, as the value's address: one data-segment word the collector
   * does not scan, shared by every such call. Nothing runs between the store
   * and the method's entry, which copies a memory parameter into its frame
   * first thing, and the interface it came from still holds the pointer.
   */
  private recvSlot(): string {
    this.recvSlotOff ??= this.p.staticBox(Typ.uintptr);
    return `(DATA + ${this.recvSlotOff})`;
  }

  /**
   * Follows sel's embedded fields from `start`, the address of a value of type
   * base (viaPtr: a pointer to it, which may be nil): to the address of the
   * value the method is found on (viaPtr: the pointer the last embedded
   * pointer field holds).
   */
  private walk(sel: Selection, base: Type, start: string, viaPtr0: boolean): Reached {
    let cur = start;
    let curT = base;
    let viaPtr = viaPtr0;
    for (const fi of sel.index) {
      const st = under(curT) as { kind: string; fields: { type: Type }[] };
      if (st.kind !== 'struct') break;
      if (viaPtr) cur = `chk(${cur})`;
      const offs = offsetsof(under(curT) as Struct);
      cur = `(${cur} + ${offs[fi]})`;
      curT = st.fields[fi]!.type;
      viaPtr = false;
      if (under(curT).kind === 'pointer') {
        cur = `U32[${cur} >>> 2]`;
        curT = (under(curT) as { elem: Type }).elem;
        viaPtr = true;
      }
    }
    return { cur, curT, viaPtr, outer: sel.index.length === 0 };
  }

  /**
   * The receiver argument of m on the value reached: its address, or a value
   * receiver's value. A nil pointer is a nil dereference, except that the
   * method expression (*T).M of a value method given nil itself is Go's
   * panicwrap message (measured: an interface call through nil *T is the
   * dereference).
   */
  private receiver(m: Func, { cur, curT, viaPtr, outer }: Reached, panicwrap: boolean): string {
    if (m.ptrRecv) return cur;
    let b = cur;
    if (viaPtr && outer && panicwrap) {
      const ts = typeStr(curT);
      const dot = ts.lastIndexOf('.');
      const msg = `value method ${ts}.${m.name} called using nil *${ts.slice(dot + 1)} pointer`;
      b = `chkValueRecv(${cur}, ${JSON.stringify(msg)})`;
    } else if (viaPtr) b = `chk(${cur})`;
    const recvT = m.type.recv!.type;
    return isWord(recvT) ? load(recvT, b) : b;
  }

  /**
   * A wrapper body calling method `name` of the interface value at address
   * `iface` through its dynamic type's method table (nil panics).
   */
  private dispatch(
    iface: string,
    name: string,
    blocks: boolean,
    y: string,
    resP: string[],
    params: string[],
  ): string {
    const table = blocks ? 'FNG' : 'FN';
    const args = [...resP, 'U32[(i + 8) >>> 2]', ...params].join(', ');
    return `const i = ${iface}, w = U32[i >>> 2]; if (w === 0) nilpanic(); return ${y}${table}[(MT[w] ?? mtab(w))[${this.methodId(name)}]](0, ${args});`;
  }

  /** Emits wrapper w{idx} and its function table entry: FN for a plain function, FNG for every one. */
  private define(idx: number, blocks: boolean, params: string[], body: string): void {
    this.out.push(`function${blocks ? '*' : ''} w${idx}(${params.join(', ')}) { ${body} }`);
    this.out.push(
      `FN[${idx}] = ${blocks ? 'undefined' : `w${idx}`}; FNG[${idx}] = ${blocks ? `w${idx}` : `genOf(w${idx})`};`,
    );
  }

  /** What distinguishes wrappers of different methods: the function index, or the std reference. */
  private funcIdOf(m: Func): string {
    const info = this.p.funcOf(m);
    return info !== undefined ? String(this.p.funcIndex(info)) : this.p.stdRef(m);
  }

  methodId(name: string): number {
    let id = this.methodIds.get(name);
    if (id === undefined) {
      id = this.methodIds.size;
      this.methodIds.set(name, id);
    }
    return id;
  }

  /** The descriptor assertI checks an interface type with: its name and method ids. */
  ifaceRef(t: Type): string {
    const str = typeStr(t);
    let i = this.ifaceDescs.get(str);
    if (i === undefined) {
      i = this.ifaceDescs.size;
      this.ifaceDescs.set(str, i);
      const ms = methodSet(under(t) as Interface).map((m) => m.name);
      const mids = ms.map((m) => this.methodId(m));
      this.ifaceOut.push(
        `IF[${i}] = { name: ${JSON.stringify(str)}, mids: ${JSON.stringify(mids)}, methods: ${JSON.stringify(ms)} };`,
      );
    }
    return `IF[${i}]`;
  }

  /** A dynamic type that reaches an interface: it needs a method table. */
  noteConverted(t: Type): void {
    this.converted.add(t);
  }

  /**
   * The method tables: for every type that reaches an interface, every method
   * receiver's base type and its pointer type, and the dynamic type of
   * recovered runtime errors. Call once, after every function is compiled;
   * it makes the interface entries it needs.
   */
  methodTables(funcs: readonly FuncInfo[]): string[] {
    const p = this.p;
    const tables: string[] = [];
    const done = new Set<number>();
    const addTable = (t: Type) => {
      const id = p.typeId(t);
      if (done.has(id)) return;
      done.add(id);
      const names = methodNames(t);
      if (names.length === 0) return;
      const row: string[] = [];
      const rtT = p.rtypes.get(t);
      for (const name of names) {
        const idx = this.ifaceEntry(t, name);
        if (idx === undefined) continue;
        row.push(`[${this.methodId(name)}, ${idx}]`);
        rtT.methods.set(name, idx);
      }
      tables.push(`setMethods(${id + 1}, [${row.join(', ')}], NMETHODS);`);
    };
    // A value in an interface carries the types inside it to reflection: fmt
    // calls a struct field's String, errors.As checks *T's methods. Go has a
    // method table for every type with methods; here every type that reaches
    // an interface, and the types inside it, get one.
    const seen = new Set<Type>();
    const reach = (t: Type): void => {
      if (seen.has(t)) return;
      seen.add(t);
      addTable(t);
      for (const c of componentTypes(t)) reach(c);
    };
    for (const t of this.converted) reach(t);
    for (const f of funcs) {
      const r = f.obj?.type.recv;
      if (r === undefined) continue;
      const base = r.type.kind === 'pointer' ? r.type.elem : r.type;
      addTable(base);
      addTable({ kind: 'pointer', elem: base });
    }
    // The dynamic types of recovered runtime errors: runtime.Error's methods.
    const reIdx = p.newIndex();
    const rtIdx = p.newIndex();
    tables.push(`FN[${reIdx}] = runtimeErrorError; FNG[${reIdx}] = genOf(runtimeErrorError);`);
    tables.push(`FN[${rtIdx}] = () => {}; FNG[${rtIdx}] = genOf(FN[${rtIdx}]);`);
    for (const re of p.opts.runtimeErrors) {
      re.methods.set('Error', reIdx);
      re.methods.set('RuntimeError', rtIdx);
      tables.push(
        `setMethods(${re.id + 1}, [[${this.methodId('Error')}, ${reIdx}], [${this.methodId('RuntimeError')}, ${rtIdx}]], NMETHODS);`,
      );
    }
    return tables;
  }

  /** The module's opening: the method id count and names, and the interface descriptors. */
  preamble(): string[] {
    return [
      `const NMETHODS = ${this.methodIds.size};`,
      `registerMethodNames(${JSON.stringify([...this.methodIds.keys()])});`,
      ...this.ifaceOut,
    ];
  }

  /** The wrappers' functions and table entries. */
  code(): readonly string[] {
    return this.out;
  }
}

/** Where walking a selection's embedded fields ends (Wrappers.walk). */
interface Reached {
  cur: string;
  curT: Type;
  viaPtr: boolean;
  /** No embedded field was walked: the value is the one the wrapper was given. */
  outer: boolean;
}

/** The method names of t's method set (with promoted methods), sorted; none for an interface. */
function methodNames(t: Type): string[] {
  const names = new Set<string>();
  const collect = (x: Type, depth: number, seen: Set<Named>) => {
    if (depth > 8) return;
    let base = x;
    if (under(x).kind === 'pointer' && x.kind !== 'named') base = (under(x) as { elem: Type }).elem;
    if (base.kind === 'named') {
      if (seen.has(base)) return;
      seen.add(base);
      for (const m of base.methods) names.add(m.name);
    }
    const u = under(base);
    if (u.kind === 'struct') for (const f of u.fields) if (f.embedded) collect(f.type, depth + 1, seen);
    if (u.kind === 'interface') for (const m of methodSet(u)) names.add(m.name);
  };
  if (isInterface(t)) return [];
  collect(t, 0, new Set());
  return [...names].sort();
}

/** The types a value of type t holds: fields, elements, keys. */
function componentTypes(t: Type): Type[] {
  const u = under(t);
  switch (u.kind) {
    case 'struct':
      return u.fields.map((f) => f.type);
    case 'array':
    case 'slice':
    case 'pointer':
    case 'chan':
      return [u.elem];
    case 'map':
      return [u.key, u.elem];
    default:
      return [];
  }
}
