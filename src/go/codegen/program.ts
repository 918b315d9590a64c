// The whole program: which functions may block or run the collector, where
// globals, string literals and static funcvals live, the function table with
// the wrappers interfaces and method values need, the method tables, and the
// JavaScript module that holds it all.
//
// Mirrors the parts of cmd/compile that work on the whole package — the
// function list (ir.Package), static data (staticdata: string literals in
// rodata, funcsyms for top-level func values), method sets and itabs
// (reflectdata.methods, itabsym) and package initialization order
// (pkginit/initorder.go: a variable after everything its initializer refers to).

import type { Types } from '../../runtime/type.js';
import { GoError, type Pos } from '../errors.js';
import type { Program } from '../index.js';
import { alignof as alignOf, offsetsof, sizeof } from '../sizes.js';
import * as S from '../syntax.js';
import {
  type Func,
  type FuncInfo,
  isInterface,
  lookupFieldOrMethod,
  methodSet,
  type Named,
  type Obj,
  type Selection,
  type Signature,
  type Type,
  under,
  type Var,
} from '../types.js';
import { FuncGen, safeName, tupleLayout } from './func.js';
import { isWord, load, pointerOffsets, RTypes, typeStr } from './types.js';
import './expr.js';
import './composite.js';
import './iface.js';
import './call.js';
import './complex.js';
import './stmt.js';
import './ops.js';

/** What the generated module needs from the standard library at compile time. */
export interface StdInfo {
  /** Whether pkg.name (Go name, '(*T).M' for methods) is implemented. */
  has(pkg: string, name: string): boolean;
  blocking(pkg: string, name: string): boolean;
}

export interface CodegenOptions {
  types: Types;
  std: StdInfo;
  /** The dynamic type recovered runtime errors have (a named string with an Error method). */
  runtimeError: import('../../runtime/type.js').Type;
  /** Registers a frame descriptor; returns its id (runtime/stack.ts FrameTable.add). */
  registerFrame(name: string, size: number, ptrOffsets: number[]): number;
}

export interface Module {
  source: string;
  /** Bytes of static data (string literals, staticuint64s, the zero value). */
  rodata: Uint8Array;
  /** Offsets in rodata of words that hold rodata addresses (add the base at load). */
  rodataRelocs: number[];
  /** Size of the data segment (globals and static funcvals) and its pointer words. */
  dataSize: number;
  dataPtrs: number[];
  /** Static funcval words: data offset → function index. */
  funcvals: [number, number][];
  /** Number of function table entries. */
  nfuncs: number;
  /** Standard-library globals: data offset of each, by package and name. */
  stdGlobals: { pkg: string; name: string; off: number }[];
}

interface ClosureLayout {
  captures: { v: Var; off: number; byRef: boolean }[];
  size: number;
  ptrOffs: number[];
  typeRef: string;
}

const zeroSize = 4096;

export class ProgramGen {
  readonly rtypes: RTypes;
  readonly escape: Program['escape'];
  readonly mayGC = new Set<FuncInfo>();
  readonly blocking = new Set<FuncInfo>();
  readonly hasDefer = new Set<FuncInfo>();
  readonly capturedByRef = new Set<Var>();
  /** Labels some goto statement names (collected per program: label names are per function in Go). */
  readonly gotoTargets = new Set<string>();
  private readonly sites = new Map<S.Expr, boolean>();
  private readonly ifaceSites = new Map<S.Expr, boolean>();
  private readonly variadicSites = new Map<S.Expr, boolean>();
  private readonly funcs: FuncInfo[] = [];
  private readonly index = new Map<FuncInfo, number>();
  private nextIndex = 0;
  private readonly funcOfObj = new Map<Func, FuncInfo>();
  private readonly out: string[] = [];
  private readonly globals = new Map<Var, number>();
  private dataSize = 0;
  private readonly dataPtrs: number[] = [];
  private readonly funcvals: [number, number][] = [];
  private readonly staticFv = new Map<number, number>();
  private readonly rodata: number[] = [];
  private readonly relocs: number[] = [];
  private readonly strings = new Map<string, number>();
  private readonly typeRefs = new Map<number, string>();
  private readonly converted = new Set<Type>();
  private readonly methodIds = new Map<string, number>();
  private readonly layouts = new Map<FuncInfo, ClosureLayout>();
  private readonly stdRefs = new Map<string, string>();
  private readonly wrappers = new Map<string, number>();
  private readonly stdGlobals: { pkg: string; name: string; off: number }[] = [];
  readonly staticU64: number;
  /** Where the function being compiled uses what it is compiling (for messages). */
  usePos: Pos | undefined;
  readonly zero: number;

  constructor(
    readonly prog: Program,
    readonly opts: CodegenOptions,
  ) {
    this.rtypes = new RTypes(opts.types);
    this.escape = prog.escape;
    for (const s of prog.escape.sites) {
      if (s.kind === 'alloc') this.sites.set(s.node, s.heap);
      else if (s.kind === 'iface') this.ifaceSites.set(s.node, s.heap);
      else this.variadicSites.set(s.node, s.heap);
    }
    // rodata: staticuint64s, then the zero value, then string literals.
    this.staticU64 = this.rodata.length;
    for (let i = 0; i < 256; i++) for (let b = 0; b < 8; b++) this.rodata.push(b === 0 ? i : 0);
    this.zero = this.rodata.length;
    for (let i = 0; i < zeroSize; i++) this.rodata.push(0);
    const visit = (f: FuncInfo) => {
      this.funcs.push(f);
      if (f.obj !== undefined) this.funcOfObj.set(f.obj, f);
      for (const c of f.closures) visit(c);
    };
    for (const f of prog.pkg.funcs) visit(f);
    for (const f of this.funcs) this.funcIndex(f);
    this.analyze();
  }

  // ---- analyses

  private analyze(): void {
    for (const f of this.funcs) collectGotoTargets(f.decl.body, this.gotoTargets);
    const loopVars = new Set<Var>();
    for (const f of this.funcs) collectLoopVars(f.decl.body, loopVars);
    for (const f of this.funcs) {
      for (const v of f.captured) {
        // A loop's variables are assigned by the loop on every iteration.
        const byValue = !v.addrTaken && !v.reassigned && !loopVars.has(v) && sizeof(v.type) <= 128;
        if (!byValue) this.capturedByRef.add(v);
      }
      if (containsDefer(f.decl.body)) this.hasDefer.add(f);
    }
    // Fixpoints: a function may collect (or block) if its body does directly
    // or through a call to one that may.
    const direct = new Map<FuncInfo, ReturnType<ProgramGen['scanBody']>>();
    for (const f of this.funcs) direct.set(f, this.scanBody(f));
    let changed = true;
    for (const [f, d] of direct) {
      if (d.gc) this.mayGC.add(f);
      if (d.block) this.blocking.add(f);
    }
    while (changed) {
      changed = false;
      for (const [f, d] of direct) {
        for (const c of d.calls) {
          if (this.mayGC.has(c) && !this.mayGC.has(f)) {
            this.mayGC.add(f);
            changed = true;
          }
          if (this.blocking.has(c) && !this.blocking.has(f)) {
            this.blocking.add(f);
            changed = true;
          }
        }
        if (!this.blocking.has(f) && d.dynamicSigs.some((sig) => this.dynamicBlocks(sig))) {
          this.blocking.add(f);
          changed = true;
        }
        if (!this.blocking.has(f) && d.ifaceMethods.some((m) => this.ifaceMethodBlocks(m))) {
          this.blocking.add(f);
          changed = true;
        }
      }
    }
  }

  scanBody(f: FuncInfo): {
    gc: boolean;
    block: boolean;
    calls: Set<FuncInfo>;
    dynamicSigs: Signature[];
    ifaceMethods: string[];
  } {
    let gc = false;
    let block = false;
    const calls = new Set<FuncInfo>();
    const dynamicSigs: Signature[] = [];
    const ifaceMethods: string[] = [];
    const visit = (n: unknown): void => {
      if (n === null || typeof n !== 'object') return;
      if (Array.isArray(n)) {
        for (const c of n) visit(c);
        return;
      }
      const node = n as S.Expr | S.Stmt;
      switch (node.kind) {
        case 'FuncLit':
          gc = true;
          return;
        case 'SendStmt':
        case 'SelectStmt':
          block = true;
          gc = true;
          break;
        case 'CallStmt':
          gc = true;
          break;
        case 'ForStmt':
          if (node.init?.kind === 'RangeClause') {
            const k = under(node.init.x.tv!.type).kind;
            if (k === 'chan') block = true;
            if (k === 'chan' || k === 'map') gc = true;
          }
          break;
        case 'Operation':
          if (node.y === undefined && node.op === '<-') {
            block = true;
            gc = true;
          }
          if (
            node.op === '+' &&
            node.y !== undefined &&
            node.tv !== undefined &&
            !isWord(node.tv.type) &&
            node.tv?.mode !== 'constant'
          )
            gc = true;
          if (node.op === '&' && node.y === undefined && S.unparen(node.x).kind === 'CompositeLit') gc = true;
          break;
        case 'CompositeLit':
          gc = true;
          break;
        case 'IndexExpr':
          if (node.x.tv !== undefined && under(node.x.tv.type).kind === 'map') gc = true;
          break;
        case 'SelectorExpr':
          if (node.selection?.kind === 'method') gc = true;
          break;
        case 'CallExpr': {
          this.scanCall(node, calls, dynamicSigs, ifaceMethods, (b) => {
            if (b.gc) gc = true;
            if (b.block) block = true;
          });
          // The callee of a method call is not a method value.
          const fun = S.unparen(node.fun);
          if (fun.kind === 'SelectorExpr' && fun.selection?.kind === 'method') {
            visit(fun.x);
            visit(node.args);
            return;
          }
          break;
        }
      }
      if ((node as S.Expr).iface !== undefined && (node as S.Expr).tv?.mode !== 'constant') gc = true;
      S.forEachChild(node as unknown as Record<string, unknown>, visit);
    };
    visit(f.decl.body);
    return { gc, block, calls, dynamicSigs, ifaceMethods };
  }

  private scanCall(
    e: S.CallExpr,
    calls: Set<FuncInfo>,
    dynamicSigs: Signature[],
    ifaceMethods: string[],
    mark: (b: { gc: boolean; block: boolean }) => void,
  ): void {
    const fun = S.unparen(e.fun);
    if (fun.tv?.mode === 'typexpr') {
      const t = under(e.tv!.type);
      const a = under(e.args[0].tv!.type);
      if (
        t.kind === 'slice' ||
        (t.kind === 'basic' && t.name === 'string' && a.kind !== 'basic') ||
        (t.kind === 'basic' &&
          t.name === 'string' &&
          a.kind === 'basic' &&
          a.name !== 'string' &&
          a.name !== 'untyped string')
      )
        mark({ gc: true, block: false });
      return;
    }
    const builtinName =
      fun.kind === 'Name' && fun.obj?.kind === 'builtin'
        ? fun.obj.name
        : fun.kind === 'SelectorExpr' && fun.selection?.obj.kind === 'builtin'
          ? fun.selection.obj.name
          : undefined;
    if (builtinName !== undefined) {
      if (
        ['append', 'make', 'new', 'panic', 'recover', 'delete', 'close', 'print', 'println'].includes(
          builtinName,
        )
      ) {
        mark({ gc: true, block: false });
      }
      return;
    }
    let f: Func | undefined;
    if (fun.kind === 'Name' && fun.obj?.kind === 'func') f = fun.obj;
    else if (fun.kind === 'SelectorExpr' && fun.selection !== undefined) {
      const sel = fun.selection;
      if (sel.kind === 'pkg' && sel.obj.kind === 'func') f = sel.obj;
      else if (sel.kind === 'method' && isInterface(fun.x.tv!.type) && sel.index.length === 0) {
        ifaceMethods.push(sel.obj.name);
        mark({ gc: true, block: false });
        return;
      } else if (sel.kind === 'method' || sel.kind === 'methodexpr') f = sel.obj as Func;
    }
    if (f === undefined && fun.kind === 'FuncLit' && fun.fn !== undefined) {
      calls.add(fun.fn);
      mark({ gc: true, block: false });
      return;
    }
    if (f === undefined) {
      dynamicSigs.push(under(fun.tv!.type) as Signature);
      mark({ gc: true, block: false });
      return;
    }
    const info = this.funcOfObj.get(f);
    if (info !== undefined) {
      calls.add(info);
      return;
    }
    // A standard-library function: it may allocate; it blocks when it says so.
    mark({ gc: true, block: this.stdBlocks(f) });
  }

  private stdBlocks(f: Func): boolean {
    const [pkg, key] = this.stdKey(f);
    return this.opts.std.blocking(pkg, key);
  }

  /** A standard-library function's package path and Go name ('(*T).M', 'T.M' for methods). */
  stdKey(f: Func): [string, string] {
    const pkg = f.pkg?.path ?? '';
    const recv = f.type.recv;
    if (recv === undefined) return [pkg, f.name];
    const rt = recv.type;
    const base = rt.kind === 'pointer' ? rt.elem : rt;
    const name = base.kind === 'named' ? base.obj.name : typeStr(base);
    return [pkg, rt.kind === 'pointer' ? `(*${name}).${f.name}` : `${name}.${f.name}`];
  }

  /** Whether a call through a func value of this signature may block. */
  dynamicBlocks(sig: Signature): boolean {
    for (const f of this.blocking) {
      if (f.obj?.type.recv !== undefined) continue;
      if (sigMatches(f.sig, sig)) return true;
    }
    return false;
  }

  /** Whether a call of interface method `name` may block. */
  ifaceMethodBlocks(name: string): boolean {
    for (const f of this.blocking) if (f.obj?.type.recv !== undefined && f.obj.name === name) return true;
    return false;
  }

  funcBlocks(f: Func): boolean {
    const info = this.funcOfObj.get(f);
    if (info !== undefined) return this.blocking.has(info);
    return this.stdBlocks(f);
  }

  registerFrame(name: string, size: number, ptrs: number[]): number {
    return this.opts.registerFrame(name, size, ptrs);
  }

  // ---- escape decisions

  siteHeap(e: S.Expr | S.Stmt): boolean {
    return this.sites.get(e as S.Expr) ?? true;
  }
  ifaceHeap(e: S.Expr): boolean {
    return this.ifaceSites.get(e) ?? true;
  }
  variadicHeap(e: S.CallExpr): boolean {
    return this.variadicSites.get(e) ?? true;
  }

  needsRes(sig: Signature): boolean {
    return sig.results.length > 1 || (sig.results.length === 1 && !isWord(sig.results[0]!.type));
  }

  // ---- functions

  funcIndex(f: FuncInfo): number {
    let i = this.index.get(f);
    if (i === undefined) {
      i = this.nextIndex++;
      this.index.set(f, i);
    }
    return i;
  }

  private newIndex(): number {
    return this.nextIndex++;
  }

  jsName(f: FuncInfo): string {
    return `f${this.funcIndex(f)}_${safeName(f.name)}`;
  }

  /** The JavaScript callee for a static call of f. */
  funcTarget(f: Func): string {
    const info = this.funcOfObj.get(f);
    if (info !== undefined) return this.jsName(info);
    return this.stdRef(f);
  }

  private stdRef(f: Func): string {
    const [pkg, key] = this.stdKey(f);
    if (!this.opts.std.has(pkg, key)) {
      const p = this.usePos ?? f.pos;
      throw new GoError(p.file, p.line, p.col, `${pkg}.${key} is not supported by gomem run yet`);
    }
    const id = `${pkg}\u0000${key}`;
    let name = this.stdRefs.get(id);
    if (name === undefined) {
      name = `s${this.stdRefs.size}_${safeName(pkg)}_${safeName(key)}`;
      this.stdRefs.set(id, name);
    }
    return name;
  }

  /** The funcval address of top-level function f (static data: no allocation). */
  staticFuncval(f: Func): string {
    const info = this.funcOfObj.get(f);
    const idx = info !== undefined ? this.funcIndex(info) : this.stdFuncIndex(f);
    return this.staticFuncvalIdx(idx);
  }

  staticFuncvalOf(f: FuncInfo): string {
    return this.staticFuncvalIdx(this.funcIndex(f));
  }

  private staticFuncvalIdx(idx: number): string {
    let off = this.staticFv.get(idx);
    if (off === undefined) {
      off = this.allocData(8, []);
      this.staticFv.set(idx, off);
      this.funcvals.push([off, idx]);
    }
    return `(DATA + ${off})`;
  }

  private readonly stdIndex = new Map<string, number>();
  private stdFuncIndex(f: Func): number {
    const ref = this.stdRef(f);
    let i = this.stdIndex.get(ref);
    if (i === undefined) {
      i = this.newIndex();
      this.stdIndex.set(ref, i);
    }
    return i;
  }

  closureLayout(f: FuncInfo): ClosureLayout {
    let l = this.layouts.get(f);
    if (l !== undefined) return l;
    let off = 8;
    const captures: ClosureLayout['captures'] = [];
    const ptrOffs: number[] = [];
    const fields: Record<string, import('../../runtime/type.js').Type> = { F: this.opts.types.uintptr };
    f.captured.forEach((v, i) => {
      const byRef = this.capturedByRef.has(v);
      const t = v.type;
      const size = byRef ? 8 : sizeof(t);
      const align = byRef ? 8 : Math.min(8, Math.max(1, alignOf(t)));
      off = Math.ceil(off / align) * align;
      captures.push({ v, off, byRef });
      if (byRef) ptrOffs.push(off);
      else pointerOffsets(t, off, ptrOffs);
      fields[`c${i}`] = byRef ? this.opts.types.ptr(this.rtypes.get(t)) : this.rtypes.get(t);
      off += size;
    });
    const rt = this.opts.types.struct(`closure·${this.funcIndex(f)}`, fields);
    l = { captures, size: rt.size, ptrOffs, typeRef: this.typeRefRT(rt.id) };
    this.layouts.set(f, l);
    return l;
  }

  // ---- data

  private allocData(size: number, ptrs: number[]): number {
    const off = Math.ceil(this.dataSize / 8) * 8;
    this.dataSize = off + size;
    for (const p of ptrs) this.dataPtrs.push(off + p);
    return off;
  }

  globalOff(v: Var): number {
    let off = this.globals.get(v);
    if (off === undefined) {
      off = this.allocData(Math.max(sizeof(v.type), 1), pointerOffsets(v.type));
      this.globals.set(v, off);
      if (v.pkg?.stub) this.stdGlobals.push({ pkg: v.pkg.path, name: v.name, off });
    }
    return off;
  }

  /** A data-segment box for a constant value of t (it holds no heap pointers). */
  staticBox(t: Type): number {
    return this.allocData(Math.max(sizeof(t), 1), []);
  }

  pkgVarAddr(v: Var, _pos: Pos): string {
    return `(DATA + ${this.globalOff(v)})`;
  }

  /** A package-qualified name used as a value: a std global, function or constant. */
  pkgMember(g: FuncGen, e: S.SelectorExpr, o: Obj): string {
    if (o.kind === 'var') {
      const a = this.pkgVarAddr(o, e.pos);
      return isWord(o.type) ? load(o.type, a) : a;
    }
    if (o.kind === 'func') return this.staticFuncval(o);
    return g.unsupported(e.pos, `${o.name}`);
  }

  /** A string literal: a static header in rodata pointing at static bytes. */
  stringLit(s: string): string {
    let off = this.strings.get(s);
    if (off === undefined) {
      // Constant strings are byte strings (constant.ts unquote).
      const bytes = Buffer.from(s, 'latin1');
      while (this.rodata.length % 8 !== 0) this.rodata.push(0);
      off = this.rodata.length;
      const dataOff = off + 16;
      this.pushWord(bytes.length === 0 ? 0 : dataOff, bytes.length > 0);
      this.pushWord(bytes.length, false);
      for (const b of bytes) this.rodata.push(b);
      this.strings.set(s, off);
    }
    return `(RO + ${off})`;
  }

  private pushWord(v: number, reloc: boolean): void {
    if (reloc) this.relocs.push(this.rodata.length);
    for (let i = 0; i < 8; i++) this.rodata.push(i < 4 ? (v >>> (i * 8)) & 255 : 0);
  }

  // ---- types

  typeId(t: Type): number {
    return this.rtypes.get(t).id;
  }

  typeRef(t: Type): string {
    return this.typeRefRT(this.typeId(t));
  }

  private typeRefRT(id: number): string {
    let r = this.typeRefs.get(id);
    if (r === undefined) {
      r = `TY[${id}]`;
      this.typeRefs.set(id, r);
    }
    return r;
  }

  /** A dynamic type that reaches an interface: it needs a method table. */
  noteConverted(t: Type): void {
    this.converted.add(t);
  }

  methodId(name: string): number {
    let id = this.methodIds.get(name);
    if (id === undefined) {
      id = this.methodIds.size;
      this.methodIds.set(name, id);
    }
    return id;
  }

  /** The receiver's type as the method sees it (after the embedded path). */
  recvType(x: S.Expr, sel: Selection): Type {
    const m = sel.obj as Func;
    const r = m.type.recv;
    if (r !== undefined) return r.type;
    return x.tv!.type;
  }

  private readonly ifaceDescs = new Map<string, number>();
  private readonly ifaceOut: string[] = [];

  /** The descriptor assertI checks an interface type with: its name and method ids. */
  ifaceRef(t: Type): string {
    const str = typeStr(t);
    let i = this.ifaceDescs.get(str);
    if (i === undefined) {
      i = this.ifaceDescs.size;
      this.ifaceDescs.set(str, i);
      const ms = methodSet(under(t) as import('../types.js').Interface).map((m) => m.name);
      const mids = ms.map((m) => this.methodId(m));
      this.ifaceOut.push(
        `IF[${i}] = { name: ${JSON.stringify(str)}, mids: ${JSON.stringify(mids)}, methods: ${JSON.stringify(ms)} };`,
      );
    }
    return `IF[${i}]`;
  }

  // ---- wrappers

  /** A closure for a method value: [wrapper | receiver]. */
  methodValueWrapper(
    m: Func,
    recvT: Type,
    viaIface: boolean,
  ): { index: number; typeRef: string; ptrOffs: number[] } {
    const key = viaIface ? `mv:i:${m.name}:${typeStr(recvT)}` : `mv:${this.funcIdOf(m)}:${typeStr(recvT)}`;
    const rtT = this.opts.types.struct(`methodvalue·${this.wrappers.size}·${safeName(key)}`, {
      F: this.opts.types.uintptr,
      R: this.rtypes.get(recvT),
    });
    let idx = this.wrappers.get(key);
    const sig = m.type;
    const hasRes = this.needsRes(sig);
    const params = sig.params.map((_, i) => `a${i}`);
    const resP = hasRes ? ['res'] : [];
    if (idx === undefined) {
      idx = this.newIndex();
      this.wrappers.set(key, idx);
      const blocks = viaIface ? this.ifaceMethodBlocks(m.name) : this.funcBlocks(m);
      const star = blocks ? '*' : '';
      const y = blocks ? 'yield* ' : '';
      let body: string;
      if (viaIface) {
        const mid = this.methodId(m.name);
        body = `const w = U32[(fv + 8) >>> 2]; if (w === 0) nilpanic(); return ${y}${blocks ? 'FNG' : 'FN'}[MT[w][${mid}]](0, ${[...resP, 'U32[(fv + 16) >>> 2]', ...params].join(', ')});`;
      } else {
        const recv = isWord(recvT) ? load(recvT, '(fv + 8)') : '(fv + 8)';
        body = `return ${y}${this.funcTarget(m)}(0, ${[...resP, recv, ...params].join(', ')});`;
      }
      this.out.push(`function${star} w${idx}(${['fv', ...resP, ...params].join(', ')}) { ${body} }`);
      this.out.push(
        `FN[${idx}] = ${blocks ? 'undefined' : `w${idx}`}; FNG[${idx}] = ${blocks ? `w${idx}` : `genOf(w${idx})`};`,
      );
    }
    return {
      index: idx,
      typeRef: this.typeRefRT(rtT.id),
      ptrOffs: [8, ...pointerOffsets(recvT, 8)].slice(1),
    };
  }

  private funcIdOf(m: Func): string {
    const info = this.funcOfObj.get(m);
    return info !== undefined ? String(this.funcIndex(info)) : this.stdRef(m);
  }

  /** T.M as a func value: a static funcval of a function taking the receiver first. */
  methodExprFuncval(m: Func, t: Type, _str: string): string {
    return this.staticFuncvalIdx(this.methodExprIndex(m, t));
  }

  methodExprTarget(m: Func, t: Type): string {
    const idx = this.methodExprIndex(m, t);
    return this.funcBlocks(m) ? `FNG[${idx}]` : `FN[${idx}]`;
  }

  private methodExprIndex(m: Func, t: Type): number {
    const key = `me:${this.funcIdOf(m)}:${typeStr(t)}`;
    let idx = this.wrappers.get(key);
    if (idx !== undefined) return idx;
    idx = this.newIndex();
    this.wrappers.set(key, idx);
    const sig = m.type;
    const hasRes = this.needsRes(sig);
    const params = sig.params.map((_, i) => `a${i}`);
    const resP = hasRes ? ['res'] : [];
    const blocks = this.funcBlocks(m);
    const y = blocks ? 'yield* ' : '';
    const recvT = sig.recv!.type;
    // (*T).M with a value receiver: dereference; T.M: the value as given.
    let recv = 'r';
    if (under(t).kind === 'pointer' && recvT.kind !== 'pointer')
      recv = isWord(recvT) ? load(recvT, 'chk(r)') : 'chk(r)';
    this.out.push(
      `function${blocks ? '*' : ''} w${idx}(${['fv', ...resP, 'r', ...params].join(', ')}) { return ${y}${this.funcTarget(m)}(0, ${[...resP, recv, ...params].join(', ')}); }`,
    );
    this.out.push(
      `FN[${idx}] = ${blocks ? 'undefined' : `w${idx}`}; FNG[${idx}] = ${blocks ? `w${idx}` : `genOf(w${idx})`};`,
    );
    return idx;
  }

  /**
   * The function an interface call of method `name` on dynamic type t runs:
   * it takes the interface's data word as its receiver.
   */
  private ifaceEntry(t: Type, name: string): number | undefined {
    const sel = lookupFieldOrMethod(t, name);
    if (sel === undefined || sel.kind !== 'method' || sel.index[0] === -1) return undefined;
    const m = sel.obj as Func;
    const recvT = m.type.recv?.type ?? t;
    const ptrT = under(t).kind === 'pointer' && t.kind !== 'named';
    const base = ptrT ? (under(t) as { elem: Type }).elem : t;
    // A value method through a pointer needs the pointer's target to exist.
    if (!ptrT && m.ptrRecv) return undefined;
    const key = `if:${typeStr(t)}:${name}`;
    let idx = this.wrappers.get(key);
    if (idx !== undefined) return idx;
    idx = this.newIndex();
    this.wrappers.set(key, idx);
    const sig = m.type;
    const hasRes = this.needsRes(sig);
    const params = sig.params.map((_, i) => `a${i}`);
    const resP = hasRes ? ['res'] : [];
    const blocks = this.funcBlocks(m);
    const y = blocks ? 'yield* ' : '';
    // d: the data word. cur: the address of a value of type cur T.
    let cur = 'd';
    let curT: Type = base;
    let viaPtr = ptrT;
    if (!ptrT && directIfaceType(t)) {
      // The value itself is in the data word.
      const body = `return ${y}${this.funcTarget(m)}(0, ${[...resP, 'd', ...params].join(', ')});`;
      this.out.push(
        `function${blocks ? '*' : ''} w${idx}(${['fv', ...resP, 'd', ...params].join(', ')}) { ${body} }`,
      );
      this.out.push(
        `FN[${idx}] = ${blocks ? 'undefined' : `w${idx}`}; FNG[${idx}] = ${blocks ? `w${idx}` : `genOf(w${idx})`};`,
      );
      return idx;
    }
    for (const fi of sel.index) {
      const st = under(curT) as { kind: string; fields: { type: Type }[] };
      if (st.kind !== 'struct') break;
      if (viaPtr) cur = `chk(${cur})`;
      const offs = offsetsOfStruct(curT);
      cur = `(${cur} + ${offs[fi]})`;
      curT = st.fields[fi]!.type;
      viaPtr = false;
      if (under(curT).kind === 'pointer') {
        cur = `U32[${cur} >>> 2]`;
        curT = (under(curT) as { elem: Type }).elem;
        viaPtr = true;
      }
    }
    if (m.type.recv === undefined) {
      // A method of an embedded interface: dispatch on the interface value where it lies.
      const mid = this.methodId(name);
      const table = blocks ? 'FNG' : 'FN';
      const base = viaPtr ? `chk(${cur})` : cur;
      this.out.push(
        `function${blocks ? '*' : ''} w${idx}(${['fv', ...resP, 'd', ...params].join(', ')}) { const i = ${base}, w = U32[i >>> 2]; if (w === 0) nilpanic(); return ${y}${table}[(MT[w] ?? mtab(w))[${mid}]](0, ${[...resP, 'U32[(i + 8) >>> 2]', ...params].join(', ')}); }`,
      );
      this.out.push(
        `FN[${idx}] = ${blocks ? 'undefined' : `w${idx}`}; FNG[${idx}] = ${blocks ? `w${idx}` : `genOf(w${idx})`};`,
      );
      return idx;
    }
    let recv: string;
    if (m.ptrRecv) recv = cur;
    else {
      const b = viaPtr
        ? `chkValueRecv(${cur}, ${JSON.stringify(typeStr(curT))}, ${JSON.stringify(name)})`
        : cur;
      recv = isWord(recvT) ? load(recvT, b) : b;
    }
    this.out.push(
      `function${blocks ? '*' : ''} w${idx}(${['fv', ...resP, 'd', ...params].join(', ')}) { return ${y}${this.funcTarget(m)}(0, ${[...resP, recv, ...params].join(', ')}); }`,
    );
    this.out.push(
      `FN[${idx}] = ${blocks ? 'undefined' : `w${idx}`}; FNG[${idx}] = ${blocks ? `w${idx}` : `genOf(w${idx})`};`,
    );
    return idx;
  }

  // ---- the module

  generate(): Module {
    const body: string[] = [];
    for (const f of this.funcs) {
      if (f.decl.body === undefined) continue;
      body.push(this.compileFunc(f));
      const i = this.funcIndex(f);
      const name = this.jsName(f);
      body.push(
        this.blocking.has(f)
          ? `FN[${i}] = undefined; FNG[${i}] = ${name};`
          : `FN[${i}] = ${name}; FNG[${i}] = genOf(${name});`,
      );
    }
    const init = this.compileInit();
    // Method tables for every type that reaches an interface, and its pointer type.
    const tables: string[] = [];
    const done = new Set<number>();
    const addTable = (t: Type) => {
      const id = this.typeId(t);
      if (done.has(id)) return;
      done.add(id);
      const names = methodNames(t);
      if (names.length === 0) return;
      const row: string[] = [];
      const rtT = this.rtypes.get(t);
      for (const name of names) {
        const idx = this.ifaceEntry(t, name);
        if (idx === undefined) continue;
        row.push(`[${this.methodId(name)}, ${idx}]`);
        rtT.methods.set(name, idx);
      }
      tables.push(`setMethods(${id + 1}, [${row.join(', ')}], NMETHODS);`);
    };
    for (const t of this.converted) addTable(t);
    for (const f of this.funcs) {
      const r = f.obj?.type.recv;
      if (r === undefined) continue;
      const base = r.type.kind === 'pointer' ? r.type.elem : r.type;
      addTable(base);
      addTable({ kind: 'pointer', elem: base });
    }
    const stdDecls = [...this.stdRefs].map(([id, name]) => {
      const [pkg, key] = id.split('\u0000') as [string, string];
      return `const ${name} = STD(${JSON.stringify(pkg)}, ${JSON.stringify(key)});`;
    });
    const stdTable = [...this.stdIndex].map(
      ([ref, i]) => `FN[${i}] = ${ref}; FNG[${i}] = isGen(${ref}) ? ${ref} : genOf(${ref});`,
    );
    // The dynamic type of a recovered runtime error: runtime.Error's methods.
    const re = this.opts.runtimeError;
    const reIdx = this.newIndex();
    const rtIdx = this.newIndex();
    re.methods.set('Error', reIdx);
    re.methods.set('RuntimeError', rtIdx);
    tables.push(`FN[${reIdx}] = runtimeErrorError; FNG[${reIdx}] = genOf(runtimeErrorError);`);
    tables.push(`FN[${rtIdx}] = () => {}; FNG[${rtIdx}] = genOf(FN[${rtIdx}]);`);
    tables.push(
      `setMethods(${re.id + 1}, [[${this.methodId('Error')}, ${reIdx}], [${this.methodId('RuntimeError')}, ${rtIdx}]], NMETHODS);`,
    );
    const source = [
      '"use strict";',
      `const NMETHODS = ${this.methodIds.size};`,
      `registerMethodNames(${JSON.stringify([...this.methodIds.keys()])});`,
      ...this.ifaceOut,
      ...stdDecls,
      ...body,
      ...this.out,
      ...stdTable,
      init,
      ...tables,
      `return { init: f_init, initBlocks: ${this.initBlocks}, main: ${this.mainTarget()}, mainBlocks: ${this.mainBlocks()} };`,
    ].join('\n');
    return {
      source,
      rodata: Uint8Array.from(this.rodata),
      rodataRelocs: this.relocs,
      dataSize: Math.max(this.dataSize, 8),
      dataPtrs: this.dataPtrs,
      funcvals: this.funcvals,
      nfuncs: this.nextIndex,
      stdGlobals: this.stdGlobals,
    };
  }

  private mainFunc(): FuncInfo | undefined {
    const o = this.prog.pkg.scope.elems.get('main');
    return o?.kind === 'func' ? this.funcOfObj.get(o) : undefined;
  }

  private mainTarget(): string {
    const f = this.mainFunc();
    return f === undefined ? 'undefined' : this.jsName(f);
  }

  private mainBlocks(): boolean {
    const f = this.mainFunc();
    return f !== undefined && this.blocking.has(f);
  }

  private initBlocks = false;

  compileFunc(f: FuncInfo): string {
    const g = new FuncGen(this, f, this.jsName(f));
    g.loopLabels = [];
    const sig = f.sig;
    const params: string[] = [];
    if (this.needsRes(sig)) params.push('res');
    const allParams = [...(sig.recv !== undefined ? [sig.recv] : []), ...sig.params];
    const pre: string[] = [];
    const heapInit: (() => void)[] = [];
    allParams.forEach((v, i) => {
      const pn = `p${i}`;
      params.push(pn);
      if (v.name === '_' || v.name === '') return;
      const s = g.declare(v);
      if (s.k === 'js') pre.push(`${s.name} = ${pn};`);
      else if (s.k === 'frame') pre.push(`${g.storeInto(v.type, `(fp + ${s.off})`, pn, false)};`);
      else {
        // Escaping parameter: parked in the frame, then moved to its heap cell once every parameter is safe.
        const tmp = g.temp(v.type);
        pre.push(`${g.storeInto(v.type, tmp, pn, false)};`);
        heapInit.push(() => {
          g.emit(`U32[(fp + ${s.off}) >>> 2] = rt.new(${this.typeRef(v.type)});`);
          g.emit(`${g.copyOrStore(v.type, `U32[(fp + ${s.off}) >>> 2]`, tmp)};`);
        });
      }
    });
    for (const h of heapInit) h();
    const named = sig.results.length > 0 && sig.results[0]!.name !== '';
    if (named || this.hasDefer.has(f)) {
      sig.results.forEach((r, i) => {
        const v: Var = r.name !== '' && r.name !== '_' ? r : { ...r, name: `~r${i}` };
        g.resultVars.push(v);
        g.declare(v);
        g.initVar(v, f.pos);
      });
    }
    for (const v of f.captured) {
      const l = this.closureLayout(f).captures.find((c) => c.v === v)!;
      g.vars.set(v, l.byRef ? { k: 'capref', off: l.off } : { k: 'capval', off: l.off });
    }
    const bodyStart = g.lines.length;
    if (this.hasDefer.has(f)) g.deferredBody(f.decl.body!.list);
    else {
      g.block(f.decl.body!.list);
      // Falling off the end of a function without results.
      g.emit(g.epilogue());
      if (g.resultVars.length > 0 && !this.needsRes(sig)) {
        g.emit(`return ${g.readVar(g.resultVars[0]!, f.pos)};`);
      }
    }
    const body = [...pre.map((l) => `  ${l}`), ...g.lines.slice(0, bodyStart), ...g.lines.slice(bodyStart)];
    return g.finish(params, body);
  }

  /** Package initialization: globals in dependency order, then init functions. */
  private compileInit(): string {
    const fake: FuncInfo = {
      name: 'main.init',
      pos: { file: '', line: 0, col: 0 },
      decl: {
        kind: 'FuncLit',
        pos: { file: '', line: 0, col: 0 },
        type: { kind: 'FuncType', pos: { file: '', line: 0, col: 0 }, params: [], results: [] },
        body: {
          kind: 'BlockStmt',
          pos: { file: '', line: 0, col: 0 },
          list: [],
          rbrace: { file: '', line: 0, col: 0 },
        },
      },
      sig: { kind: 'signature', recv: undefined, params: [], results: [], variadic: false },
      pkg: this.prog.pkg,
      outer: undefined,
      closures: [],
      captured: [],
      capturedAt: new Map(),
      locals: [],
      obj: undefined,
      noescape: false,
    };
    const decls = this.initOrder();
    const stmts: S.Stmt[] = decls.map((d) => ({ kind: 'DeclStmt', pos: d.pos, decls: [d] }) as S.Stmt);
    const scan = this.scanBody({
      ...fake,
      decl: {
        ...fake.decl,
        body: { kind: 'BlockStmt', pos: fake.pos, list: stmts, rbrace: fake.pos },
      } as S.FuncLit,
    });
    for (const c of scan.calls) if (this.blocking.has(c)) scan.block = true;
    this.mayGC.add(fake);
    if (scan.block) this.blocking.add(fake);
    this.initBlocks = scan.block;
    const g = new FuncGen(this, fake, 'f_init');
    g.loopLabels = [];
    for (const d of decls) {
      const vals = S.exprList(d.values);
      if (vals.length === 0) continue;
      if (vals.length === 1 && d.names.length > 1) {
        const types = (vals[0].tv!.type as { vars: Var[] }).vars.map((x) => x.type);
        const { offs } = tupleLayout(types);
        const r = g.local('r');
        g.emit(`${r} = ${g.expr(vals[0]!)};`);
        d.names.forEach((n, i) => {
          if (n.value === '_') return;
          const v = n.obj as Var;
          const a = `(${r} + ${offs[i]})`;
          g.emit(`${g.writeVar(v, isWord(types[i]!) ? load(types[i]!, a) : a, n.pos)};`);
        });
        continue;
      }
      d.names.forEach((n, i) => {
        const x = vals[i]!;
        if (n.value === '_') {
          g.emit(`${g.expr(x)};`);
          return;
        }
        g.emit(`${g.writeVar(n.obj as Var, g.expr(x), n.pos)};`);
      });
    }
    for (const f of this.funcs) {
      const d = f.decl;
      if (d.kind === 'FuncDecl' && d.name.value === 'init' && d.recv === undefined) {
        const blocks = this.blocking.has(f);
        if (blocks) this.initBlocks = true;
        if (blocks) this.blocking.add(fake);
        g.emit(`${blocks ? 'yield* ' : ''}${this.jsName(f)}(0);`);
      }
    }
    g.emit(g.epilogue());
    return g.finish([], g.lines);
  }

  /** Package-level variable declarations in Go's initialization order. */
  private initOrder(): S.VarDecl[] {
    const decls: S.VarDecl[] = [];
    for (const file of this.prog.files) for (const d of file.decls) if (d.kind === 'VarDecl') decls.push(d);
    const declOf = new Map<Var, S.VarDecl>();
    for (const d of decls) for (const n of d.names) if (n.obj?.kind === 'var') declOf.set(n.obj, d);
    const depsOfNode = (n: unknown, out: Set<Var>, seenF: Set<FuncInfo>): void => {
      if (n === null || typeof n !== 'object') return;
      if (Array.isArray(n)) {
        for (const c of n) depsOfNode(c, out, seenF);
        return;
      }
      const node = n as S.Expr;
      if (node.kind === 'Name' && node.obj !== undefined) {
        if (node.obj.kind === 'var' && node.obj.global) out.add(node.obj);
        if (node.obj.kind === 'func') {
          const f = this.funcOfObj.get(node.obj);
          if (f !== undefined && !seenF.has(f)) {
            seenF.add(f);
            depsOfNode(f.decl.body, out, seenF);
          }
        }
      }
      if (node.kind === 'SelectorExpr' && node.selection?.kind === 'method') {
        const f = this.funcOfObj.get(node.selection.obj as Func);
        if (f !== undefined && !seenF.has(f)) {
          seenF.add(f);
          depsOfNode(f.decl.body, out, seenF);
        }
      }
      S.forEachChild(node as unknown as Record<string, unknown>, (c) => depsOfNode(c, out, seenF));
    };
    const order: S.VarDecl[] = [];
    const state = new Map<S.VarDecl, number>();
    const visit = (d: S.VarDecl): void => {
      if (state.get(d) !== undefined) return;
      state.set(d, 1);
      const deps = new Set<Var>();
      depsOfNode(d.values, deps, new Set());
      for (const v of deps) {
        const dd = declOf.get(v);
        if (dd !== undefined && dd !== d) visit(dd);
      }
      state.set(d, 2);
      order.push(d);
    };
    for (const d of decls) visit(d);
    return order;
  }
}

function collectGotoTargets(body: S.BlockStmt | undefined, out: Set<string>): void {
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const c of n) visit(c);
      return;
    }
    const node = n as S.Stmt;
    if (node.kind === 'BranchStmt' && node.tok === 'goto' && node.label !== undefined)
      out.add(node.label.value);
    S.forEachChild(node as unknown as Record<string, unknown>, visit);
  };
  visit(body);
}

/** Variables declared by for statements (`for i := …` and range clauses), Go 1.19's one per loop. */
function collectLoopVars(body: S.BlockStmt | undefined, out: Set<Var>): void {
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const c of n) visit(c);
      return;
    }
    const node = n as S.Stmt;
    if (node.kind === 'ForStmt' && node.init !== undefined) {
      const init = node.init;
      const names =
        init.kind === 'RangeClause'
          ? init.def
            ? S.exprList(init.lhs)
            : []
          : init.kind === 'AssignStmt' && init.define
            ? S.exprList(init.lhs)
            : [];
      for (const x of names) if (x.kind === 'Name' && x.obj?.kind === 'var') out.add(x.obj);
    }
    S.forEachChild(node as unknown as Record<string, unknown>, visit);
  };
  visit(body);
}

function containsDefer(body: S.BlockStmt | undefined): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const c of n) visit(c);
      return;
    }
    const node = n as S.Stmt | S.Expr;
    if (node.kind === 'FuncLit') return;
    if (node.kind === 'CallStmt' && node.tok === 'defer') {
      found = true;
      return;
    }
    S.forEachChild(node as unknown as Record<string, unknown>, visit);
  };
  visit(body);
  return found;
}

function sigMatches(a: Signature, b: Signature): boolean {
  return (
    a.params.length === b.params.length && a.results.length === b.results.length && a.variadic === b.variadic
  );
}

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

function directIfaceType(t: Type): boolean {
  const u = under(t);
  return (
    u.kind === 'pointer' ||
    u.kind === 'chan' ||
    u.kind === 'map' ||
    u.kind === 'signature' ||
    (u.kind === 'basic' && u.name === 'unsafe.Pointer')
  );
}

function offsetsOfStruct(t: Type): number[] {
  return offsetsof(under(t) as import('../types.js').Struct);
}
