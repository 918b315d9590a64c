// The whole program: the coordinator that compiles every function of the
// package into one JavaScript module. It owns the function table (every
// compiled function, standard-library function and wrapper has an index; FN
// holds the plain function, undefined for one that blocks, FNG the generator
// form of each) and hands the rest to one file per concept:
//
//   analysis.ts   which functions may collect or block, captures by reference
//   data.ts       rodata and the data segment
//   wrappers.ts   method value/expression wrappers, method tables, interface descriptors
//   ../initorder.ts  package initialization order (shared with escape analysis)
//
// Mirrors the parts of cmd/compile that work on the whole package: the
// function list (ir.Package), funcsyms for top-level func values, and the
// package's init function (pkginit: variable initializers in dependency
// order, then the init functions in source order).
//
//   module source:  NMETHODS, method names, IF[…]   (wrappers preamble)
//                   std references  const s<n>_<pkg>_<name> = STD(pkg, name)
//                   compiled functions + FN/FNG entries
//                   wrappers, std table entries, f_init, method tables
//                   return { init, initBlocks, main, mainBlocks }
//
// Invariants:
// - Every compiled function's index is assigned before any code is generated,
//   in the order of prog.pkg.funcs with closures after their function; other
//   indexes (std functions, wrappers) follow in the order they are asked for.
// - Analyses run once, in the constructor; code generation reads them.

import type { FrameWhere } from '../../runtime/stack.js';
import type { Types } from '../../runtime/type.js';
import { GoError, type Pos } from '../errors.js';
import type { Program } from '../index.js';
import { initOrder } from '../initorder.js';
import { alignof as alignOf, sizeof } from '../sizes.js';
import * as S from '../syntax.js';
import type { Func, FuncInfo, Obj, Selection, Signature, Type, Var } from '../types.js';
import { analyze, dynamicBlocks, ifaceMethodBlocks, scanBody } from './analysis.js';
import { StaticData, type StaticImage } from './data.js';
import { FuncGen, preemptCode, preemptEntryNoGC, safeName } from './func.js';
import { isWord, load, pointerOffsets, RTypes, tupleLayout, typeStr } from './types.js';
import { Wrappers } from './wrappers.js';
import './expr.js';
import './composite.js';
import './iface.js';
import './call.js';
import './complex.js';
import './stmt.js';
import './ops.js';
import './order.js';

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
  /** The dynamic types of runtime errors (support.ts runtimeErrorTypes): runtime.Error's methods are theirs. */
  runtimeErrors: import('../../runtime/type.js').Type[];
  /** Registers a frame descriptor; returns its id (runtime/stack.ts FrameTable.add). */
  registerFrame(name: string, size: number, ptrOffsets: number[], where: FrameWhere): number;
  /** Registers a site of a descriptor: the frame standing at pos (FrameTable.site). */
  registerSite(desc: number, pos: string): number;
  /** The path tracebacks print for a source file (go run prints absolute paths). */
  filePath?(file: string): string;
}

export interface Module extends StaticImage {
  source: string;
  /** Number of function table entries. */
  nfuncs: number;
  trace: ModuleTrace;
}

/** Where the module's code stands in the Go program, for tracebacks (traceback.ts). */
export interface ModuleTrace {
  /** The module's `//# sourceURL`: the file name its JavaScript stack frames carry. */
  url: string;
  /** For each line of source (0-based), the index in positions of the Go statement it was compiled from, or -1. */
  lines: Int32Array;
  /** FILE:LINE texts. */
  positions: string[];
  /** Each compiled function's JavaScript name → its traceback name and whether it takes arguments. */
  funcs: Map<string, { func: string; args: boolean }>;
}

/** The sourceURL of every compiled module. */
export const moduleURL = 'gomem-program.js';

interface ClosureLayout {
  captures: { v: Var; off: number; byRef: boolean }[];
  size: number;
  ptrOffs: number[];
  typeRef: string;
}

export class ProgramGen {
  readonly rtypes: RTypes;
  readonly escape: Program['escape'];
  readonly mayGC: Set<FuncInfo>;
  /** Functions whose entry is a preemption point (analysis.ts). */
  readonly preemptEntry: Set<FuncInfo>;
  readonly blocking: Set<FuncInfo>;
  readonly hasDefer: Set<FuncInfo>;
  readonly deferred: Set<FuncInfo>;
  /** Variables closures capture by reference (escape analysis's decision); the rest each closure copies. */
  readonly capturedByRef: Set<Var>;
  /** Labels some goto statement names (collected per program: label names are per function in Go). */
  readonly gotoTargets: Set<string>;
  readonly data = new StaticData();
  /** rodata offsets of staticuint64s and the zero value (run.ts passes them to the runtime). */
  readonly staticU64 = this.data.staticU64;
  readonly zero = this.data.zero;
  private readonly wrappers = new Wrappers(this);
  private readonly sites = new Map<S.Expr, boolean>();
  private readonly ifaceSites = new Map<S.Expr, boolean>();
  private readonly variadicSites = new Map<S.Expr, boolean>();
  private readonly funcs: FuncInfo[] = [];
  private readonly index = new Map<FuncInfo, number>();
  private nextIndex = 0;
  private readonly funcOfObj = new Map<Func, FuncInfo>();
  private readonly typeRefs = new Map<number, string>();
  private readonly layouts = new Map<FuncInfo, ClosureLayout>();
  private readonly stdRefs = new Map<string, string>();
  private readonly stdIndex = new Map<string, number>();
  /** Whether package initialization may block (set by compileInit). */
  private initBlocks = false;
  /** How the analyses resolve a callee: a function of this program, else the standard library. */
  private readonly callees = {
    funcOf: (f: Func) => this.funcOf(f),
    stdBlocks: (f: Func) => this.stdBlocks(f),
  };
  /** Where the function being compiled uses what it is compiling (for messages). */
  usePos: Pos | undefined;

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
    const visit = (f: FuncInfo) => {
      this.funcs.push(f);
      if (f.obj !== undefined) this.funcOfObj.set(f.obj, f);
      for (const c of f.closures) visit(c);
    };
    for (const f of prog.pkg.funcs) visit(f);
    for (const f of this.funcs) this.funcIndex(f);
    const a = analyze(this.funcs, this.callees);
    this.mayGC = a.mayGC;
    this.blocking = a.blocking;
    this.hasDefer = a.hasDefer;
    this.deferred = a.deferred;
    this.capturedByRef = prog.escape.capturedByRef;
    this.gotoTargets = a.gotoTargets;
    this.preemptEntry = a.preemptEntry;
    for (const f of prog.pkg.funcs) {
      const later = new Set<S.Expr>();
      S.inspect(f.decl.body, (n) => {
        if (n.kind === 'CallStmt') later.add(n.call);
        else if (n.kind === 'CallExpr' && !later.has(n)) {
          const fun = S.unparen(n.fun);
          if (fun.kind === 'FuncLit' && fun.fn !== undefined) this.calledInPlace.add(fun.fn);
        }
        return true;
      });
    }
  }

  /** Function literals called where they are written, other than by go and defer. */
  private readonly calledInPlace = new Set<FuncInfo>();

  /**
   * Whether a traceback shows f's arguments: a method's or a function's with
   * parameters, or those of a function literal called in place that captures
   * variables, which walk turns into a function taking them as arguments
   * (walk/closure.go: directClosureCall).
   */
  hasArgs(f: FuncInfo): boolean {
    const sig = f.sig;
    return (
      sig.recv !== undefined || sig.params.length > 0 || (this.calledInPlace.has(f) && f.captured.length > 0)
    );
  }

  // ---- blocking

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
    return dynamicBlocks(this.blocking, sig);
  }

  /** Whether a call of interface method `name` may block. */
  ifaceMethodBlocks(name: string): boolean {
    return ifaceMethodBlocks(this.blocking, name);
  }

  funcBlocks(f: Func): boolean {
    const info = this.funcOfObj.get(f);
    if (info !== undefined) return this.blocking.has(info);
    return this.stdBlocks(f);
  }

  registerFrame(name: string, size: number, ptrs: number[], where: FrameWhere = {}): number {
    return this.opts.registerFrame(name, size, ptrs, where);
  }

  registerSite(desc: number, pos: string): number {
    return this.opts.registerSite(desc, pos);
  }

  /** FILE:LINE as a traceback prints a position. */
  posText(pos: Pos): string {
    return `${this.opts.filePath?.(pos.file) ?? pos.file}:${pos.line}`;
  }

  /** The id of a position in the module's table (the marks emitted lines carry). */
  posId(pos: Pos): number {
    const t = this.posText(pos);
    let id = this.posIds.get(t);
    if (id === undefined) {
      id = this.positions.length;
      this.positions.push(t);
      this.posIds.set(t, id);
    }
    return id;
  }
  private readonly positions: string[] = [];
  private readonly posIds = new Map<string, number>();
  private readonly traceFuncs = new Map<string, { func: string; args: boolean }>();

  /**
   * The function's symbol name as Go's tracebacks print it: main.f,
   * main.T.m, main.(*T).m, main.f.func1, main.f.func1.1; init functions are
   * main.init.0, … in source order (the checker names them), and package
   * initialization is main.init.
   */
  goName(f: FuncInfo): string {
    return `${f.pkg.name}.${f.name}`;
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

  // ---- the function table

  /** The compiled function for a Go function object, if it is in this program. */
  funcOf(f: Func): FuncInfo | undefined {
    return this.funcOfObj.get(f);
  }

  funcIndex(f: FuncInfo): number {
    let i = this.index.get(f);
    if (i === undefined) {
      i = this.nextIndex++;
      this.index.set(f, i);
    }
    return i;
  }

  /** A function table entry for something that is not a compiled function (a wrapper, a std function). */
  newIndex(): number {
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

  /** The module constant holding standard-library function f; an error if the library lacks it. */
  stdRef(f: Func): string {
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
    return this.data.funcval(idx);
  }

  staticFuncvalOf(f: FuncInfo): string {
    return this.data.funcval(this.funcIndex(f));
  }

  private stdFuncIndex(f: Func): number {
    const ref = this.stdRef(f);
    let i = this.stdIndex.get(ref);
    if (i === undefined) {
      i = this.newIndex();
      this.stdIndex.set(ref, i);
    }
    return i;
  }

  /** A closure's funcval: [ fn index | captures … ], each capture a value or a pointer to the variable. */
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

  // ---- static data (data.ts)

  globalOff(v: Var): number {
    return this.data.globalOff(v);
  }

  staticBox(t: Type): number {
    return this.data.staticBox(t);
  }

  stringLit(s: string): string {
    return this.data.stringLit(s);
  }

  pkgVarAddr(v: Var, _pos: Pos): string {
    return `(DATA + ${this.data.globalOff(v)})`;
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

  // ---- types

  typeId(t: Type): number {
    return this.rtypes.get(t).id;
  }

  typeRef(t: Type): string {
    return this.typeRefRT(this.typeId(t));
  }

  /** The expression for runtime type id (TY[id]). */
  typeRefRT(id: number): string {
    let r = this.typeRefs.get(id);
    if (r === undefined) {
      r = `TY[${id}]`;
      this.typeRefs.set(id, r);
    }
    return r;
  }

  /** The receiver's type as the method sees it (after the embedded path). */
  recvType(x: S.Expr, sel: Selection): Type {
    const m = sel.obj as Func;
    const r = m.type.recv;
    if (r !== undefined) return r.type;
    return x.tv!.type;
  }

  // ---- methods and interfaces (wrappers.ts)

  noteConverted(t: Type): void {
    this.wrappers.noteConverted(t);
  }

  methodId(name: string): number {
    return this.wrappers.methodId(name);
  }

  ifaceRef(t: Type): string {
    return this.wrappers.ifaceRef(t);
  }

  methodValueWrapper(
    m: Func,
    recvT: Type,
    viaIface: boolean,
  ): { index: number; typeRef: string; ptrOffs: number[] } {
    return this.wrappers.methodValueWrapper(m, recvT, viaIface);
  }

  methodExprFuncval(m: Func, t: Type, _str: string): string {
    return this.wrappers.methodExprFuncval(m, t);
  }

  methodExprTarget(m: Func, t: Type): string {
    return this.wrappers.methodExprTarget(m, t);
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
    // Only now is every type that reaches an interface known; the tables'
    // interface entries may name standard-library methods, so the std
    // declarations are collected after them.
    const tables = this.wrappers.methodTables(this.funcs);
    const stdDecls = [...this.stdRefs].map(([id, name]) => {
      const [pkg, key] = id.split('\u0000') as [string, string];
      return `const ${name} = STD(${JSON.stringify(pkg)}, ${JSON.stringify(key)});`;
    });
    const stdTable = [...this.stdIndex].map(
      ([ref, i]) => `FN[${i}] = ${ref}; FNG[${i}] = isGen(${ref}) ? ${ref} : genOf(${ref});`,
    );
    const source = [
      '"use strict";',
      ...this.wrappers.preamble(),
      ...stdDecls,
      ...body,
      ...this.wrappers.code(),
      ...stdTable,
      init,
      ...tables,
      `return { init: f_init, initBlocks: ${this.initBlocks}, main: ${this.mainTarget()}, mainBlocks: ${this.mainBlocks()} };`,
    ].join('\n');
    // The marks become the line table (and leave the source).
    const srcLines = source.split('\n');
    const lines = new Int32Array(srcLines.length).fill(-1);
    srcLines.forEach((l, i) => {
      const m = markRe.exec(l);
      if (m === null) return;
      lines[i] = Number(m[1]);
      srcLines[i] = l.slice(0, m.index);
    });
    srcLines.push(`//# sourceURL=${moduleURL}`);
    return {
      source: srcLines.join('\n'),
      ...this.data.image(),
      nfuncs: this.nextIndex,
      trace: { url: moduleURL, lines, positions: this.positions, funcs: this.traceFuncs },
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

  compileFunc(f: FuncInfo): string {
    const g = new FuncGen(this, f, this.jsName(f));
    g.loopLabels = [];
    const sig = f.sig;
    this.traceFuncs.set(g.jsName, { func: this.goName(f), args: this.hasArgs(f) });
    // Lines outside any statement (deferred calls at exit) stand at the closing brace.
    g.pos = f.decl.body!.rbrace;
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
    if (this.hasDefer.has(f)) g.deferredBody(f.decl.body!.list);
    else {
      g.block(f.decl.body!.list);
      // Falling off the end of a function without results.
      g.emit(g.epilogue());
      if (g.resultVars.length > 0 && !this.needsRes(sig)) {
        g.emit(`return ${g.readVar(g.resultVars[0]!, f.pos)};`);
      }
    }
    // A function that can recur without looping is preempted at its entry, as
    // Go's stack-check prologue is when stackguard0 is poisoned: once its
    // parameters are in the frame, where the collector sees them, or, in a
    // function that may not collect, with no collection starting.
    const entry = !this.preemptEntry.has(f)
      ? []
      : [`  ${g.mayGC ? preemptCode(g.isGen, 'sched.tick') : preemptEntryNoGC}`];
    const body = [...pre.map((l) => `  ${l}`), ...entry, ...g.lines];
    return g.finish(params, body);
  }

  /** Package initialization: globals in dependency order, then init functions. */
  private compileInit(): string {
    const fake: FuncInfo = {
      name: 'init',
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
    const units = initOrder(this.prog.files, this.callees.funcOf);
    const decls = [...new Set(units.map((u) => u.decl))];
    const stmts: S.Stmt[] = decls.map((d) => ({ kind: 'DeclStmt', pos: d.pos, decls: [d] }) as S.Stmt);
    const scan = scanBody({ kind: 'BlockStmt', pos: fake.pos, list: stmts, rbrace: fake.pos }, this.callees);
    for (const c of scan.calls) if (this.blocking.has(c)) scan.block = true;
    // An init function that blocks makes package initialization a generator
    // from the start: the frame is built knowing it.
    for (const f of this.funcs) if (isInitDecl(f) && this.blocking.has(f)) scan.block = true;
    this.mayGC.add(fake);
    if (scan.block) this.blocking.add(fake);
    this.initBlocks = scan.block;
    const g = new FuncGen(this, fake, 'f_init');
    g.loopLabels = [];
    this.traceFuncs.set('f_init', { func: this.goName(fake), args: false });
    for (const { decl: d, index } of units) {
      g.pos = d.pos;
      const vals = S.exprList(d.values);
      if (vals.length === 0) continue;
      if (index >= 0) {
        const n = d.names[index]!;
        const x = vals[index]!;
        if (n.value === '_') g.emit(`${g.expr(x)};`);
        else g.emit(`${g.writeVar(n.obj as Var, g.expr(x), n.pos)};`);
        continue;
      }
      // var a, b = f(): one call, its results to each name.
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
    }
    for (const f of this.funcs) {
      const d = f.decl;
      if (d.kind === 'FuncDecl' && d.name.value === 'init' && d.recv === undefined) {
        g.pos = undefined;
        g.emit(`${this.blocking.has(f) ? 'yield* ' : ''}${this.jsName(f)}(0);`);
      }
    }
    g.emit(g.epilogue());
    return g.finish([], g.lines);
  }
}

/** A trailing position mark (func.ts posMark) and the id it carries. */
const markRe = / \/\/@(\d+)$/;

function isInitDecl(f: FuncInfo): boolean {
  return f.decl.kind === 'FuncDecl' && f.decl.name.value === 'init' && f.decl.recv === undefined;
}
