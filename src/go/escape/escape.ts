// Escape analysis driver and walker. Mirrors cmd/compile/internal/escape:
// escape.go (Batch, initFunc, walkFunc, flowClosure, finish, paramTag),
// expr.go (expr), stmt.go (stmt), assign.go (addr, assignList, reassigned),
// call.go (call, tagHole, goDeferStmt) and utils.go (HeapAllocReason,
// isSelfAssign). It runs on the checked syntax tree, where Go runs on IR:
// implicit conversions to interface are the `iface` annotations, variadic
// arguments form the implicit `... argument` slice, method calls pass their
// receiver as the first argument.
//
// Functions are analysed callee first (strongly connected components of the
// static call graph, closures with their enclosing function), so every
// static call to an analysed function uses that function's parameter tags.
import { toBigInt } from '../constant.js';
import { fmtPos, type Pos } from '../errors.js';
import { exprString, nodeString } from '../exprfmt.js';
import { sizeof } from '../sizes.js';
import * as S from '../syntax.js';
import {
  type Func,
  type FuncInfo,
  hasPointers,
  isInterface,
  lookupFieldOrMethod,
  type Selection,
  type Signature,
  type Type,
  typeString,
  under,
  type Var,
} from '../types.js';
import { Hole, Location, type Note, numEscResults, type Site, type Where } from './graph.js';
import { closureCalled, walkAll } from './solve.js';

export interface Diagnostic {
  pos: Pos;
  msg: string;
}

// Result of the analysis, for the runner: which variables live on the heap
// and which allocation sites (keyed by the syntax node) escape.
export interface EscapeResult {
  diagnostics: Diagnostic[];
  devirtualized: (Diagnostic & { fn: FuncInfo })[];
  heapVars: Set<Var>;
  heapSites: Set<S.Expr>;
  stackSites: Set<S.Expr>;
}

interface Callee {
  fn: FuncInfo | undefined;
  sig: Signature | undefined;
  lit?: S.FuncLit;
  recv?: S.Expr;
  dynamic: boolean;
  // Devirtualized call: the receiver is the interface value asserted to this type.
  concrete?: Type;
  sel?: Selection;
}

const maxStackVarSize = 10 * 1024 * 1024;
const maxImplicitStackVarSize = 64 * 1024;

type Tagged = Map<FuncInfo, Leaks[]>;

import type { Leaks } from './graph.js';

// m is the -m level: 0 silent, 1 decisions, 2 decisions with explanations.
export function analyze(funcs: FuncInfo[], tagged: Tagged, m: number, result: EscapeResult): void {
  for (const batch of batches(funcs)) new Batch(batch, tagged, m, result).run();
}

// batches orders top-level functions bottom-up by static calls (Tarjan's SCC,
// as ir.VisitFuncsBottomUp), each batch a set of mutually recursive functions.
function batches(funcs: FuncInfo[]): FuncInfo[][] {
  const callees = new Map<FuncInfo, Set<FuncInfo>>();
  const byName = new Map<string, FuncInfo[]>();
  for (const f of funcs) {
    if (f.obj?.type.recv === undefined) continue;
    const l = byName.get(f.obj.name) ?? [];
    l.push(f);
    byName.set(f.obj.name, l);
  }
  for (const f of funcs) {
    const set = new Set<FuncInfo>();
    const visit = (n: unknown): void => {
      if (n === null || typeof n !== 'object') return;
      if (Array.isArray(n)) {
        for (const x of n) visit(x);
        return;
      }
      const o = n as Record<string, unknown>;
      if (o.kind === 'Name' && (o.obj as { kind?: string } | undefined)?.kind === 'func') {
        const info = (o.obj as { info?: FuncInfo }).info;
        if (info !== undefined) set.add(info);
      }
      for (const k in o)
        if (
          k !== 'tv' &&
          k !== 'obj' &&
          k !== 'pos' &&
          k !== 'fn' &&
          k !== 'selection' &&
          k !== 'iface' &&
          k !== 'implicit' &&
          k !== 'target' &&
          k !== 'newVars'
        )
          visit(o[k]);
      if (o.kind === 'SelectorExpr') {
        const sel = o.selection as Selection | undefined;
        if (sel !== undefined && sel.kind !== 'field' && sel.obj.kind === 'func') {
          const m = sel.obj;
          if (m.info !== undefined) set.add(m.info);
          // An interface method call may be devirtualized to any method of that name.
          else for (const c of byName.get(m.name) ?? []) set.add(c);
        }
      }
    };
    visit(f.decl.body);
    callees.set(f, set);
  }
  const out: FuncInfo[][] = [];
  const index = new Map<FuncInfo, number>();
  const low = new Map<FuncInfo, number>();
  const stack: FuncInfo[] = [];
  const onStack = new Set<FuncInfo>();
  let counter = 0;
  const strong = (v: FuncInfo): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of callees.get(v) ?? []) {
      if (!callees.has(w)) continue;
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const comp: FuncInfo[] = [];
      let w: FuncInfo;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      out.push(comp.reverse());
    }
  };
  for (const f of funcs) if (!index.has(f)) strong(f);
  return out;
}

class Batch {
  allLocs: Location[] = [];
  heapLoc: Location;
  blankLoc: Location;
  locs = new Map<Var, Location>();
  closures: { k: Hole; fn: FuncInfo; site: Location }[] = [];
  inBatch: Set<FuncInfo>;
  diags: Diagnostic[] = [];
  readonly diag: boolean;
  // Per function being walked.
  curfn!: FuncInfo;
  loopDepth = 1;
  labels = new Map<string, 'looping' | 'nonlooping'>();
  siteNodes = new Map<Location, S.Expr>();

  constructor(
    readonly fns: FuncInfo[],
    readonly tagged: Tagged,
    readonly m: number,
    readonly result: EscapeResult,
  ) {
    this.diag = m > 0;
    const root = fns[0]!;
    this.heapLoc = new Location(undefined, undefined, root, 0, false);
    this.heapLoc.escapes = true;
    this.blankLoc = new Location(undefined, undefined, root, 0, false);
    this.inBatch = new Set();
    const addAll = (f: FuncInfo) => {
      this.inBatch.add(f);
      f.closures.forEach(addAll);
    };
    fns.forEach(addAll);
  }

  run(): void {
    for (const fn of this.inBatch) this.initFunc(fn);
    for (const fn of this.fns) this.walkFunc(fn);
    for (const c of this.closures) this.flowClosure(c.k, c.fn);
    for (const loc of this.allLocs) {
      const why =
        loc.site?.reason ??
        (loc.v !== undefined && !loc.v.isParam && !loc.v.isResult && sizeof(loc.v.type) > maxStackVarSize
          ? 'too large for stack'
          : undefined);
      if (why !== undefined)
        this.flow(this.heapHole().addr(loc.site?.pos ?? loc.v!.pos, loc.site?.text ?? loc.v!.name, why), loc);
    }
    walkAll(
      this.allLocs,
      this.heapLoc,
      this.m >= 2
        ? {
            leak: (root, l, derefs) => {
              this.warn(
                locPos(l),
                `parameter ${locText(l)} leaks to ${explainLoc(root, this.heapLoc)} with derefs=${derefs}:`,
              );
              this.explainPath(root, l);
            },
            escape: (root, l) => {
              this.warn(locPos(l), `${locText(l)} escapes to heap:`);
              this.explainPath(root, l);
            },
          }
        : undefined,
    );
    this.finish();
  }

  // ---- locations and holes

  newLoc(v: Var | undefined, site: Site | undefined, transient: boolean, node?: S.Expr): Location {
    const loc = new Location(v, site, this.curfn, this.loopDepth, transient);
    this.allLocs.push(loc);
    if (v !== undefined) this.locs.set(v, loc);
    if (node !== undefined) this.siteNodes.set(loc, node);
    return loc;
  }
  oldLoc(v: Var): Location {
    let l = this.locs.get(v);
    if (l === undefined) {
      // A variable of an enclosing function outside this batch cannot occur;
      // a missed declaration gets a location at the current depth.
      l = this.newLoc(v, undefined, false);
    }
    return l;
  }
  heapHole(): Hole {
    return new Hole(this.heapLoc, 0, undefined);
  }
  discardHole(): Hole {
    return new Hole(this.blankLoc, 0, undefined);
  }
  asHole(l: Location): Hole {
    return new Hole(l, 0, undefined);
  }

  flow(k: Hole, src: Location): void {
    if (k.addrtaken) src.addrtaken = true;
    const dst = k.dst;
    if (dst === this.blankLoc) return;
    if (dst === src && k.derefs >= 0) return;
    if (dst.escapes && k.derefs < 0) {
      if (this.m >= 2 && (src.v !== undefined || src.site !== undefined)) {
        this.warn(locPos(src), `${locText(src)} escapes to heap:`);
        this.explainFlow(locPos(src), dst, src, k.derefs, k.notes);
      }
      src.escapes = true;
      return;
    }
    dst.edges.push({ src, derefs: k.derefs, notes: k.notes });
  }

  teeHole(ks: Hole[]): Hole {
    if (ks.length === 0) return this.discardHole();
    if (ks.length === 1) return ks[0]!;
    const loc = this.newLoc(undefined, undefined, true);
    for (const k of ks) {
      if (k.derefs < 0) throw new Error('teeHole: negative derefs');
      this.flow(k, loc);
    }
    return this.asHole(loc);
  }

  later(k: Hole): Hole {
    const loc = this.newLoc(undefined, undefined, false);
    this.flow(k, loc);
    return this.asHole(loc);
  }

  spillAt(k: Hole, n: S.Expr, pos: Pos): Hole {
    const site: Site = { pos, text: exprString(n, 'ir') };
    const loc = this.newLoc(undefined, site, true, n);
    this.flow(k.addr(pos, site.text, 'spill'), loc);
    return this.asHole(loc);
  }

  spill(k: Hole, n: S.Expr, text?: string, reason?: string): Hole {
    const site: Site = { pos: n.pos, text: text ?? exprString(n, 'ir') };
    if (reason !== undefined) site.reason = reason;
    const loc = this.newLoc(undefined, site, true, n);
    this.flow(k.addr(n.pos, site.text, 'spill'), loc);
    return this.asHole(loc);
  }

  // ---- -m -m explanations (solve.go: explainPath, explainFlow)

  private explainPath(root: Location, src: Location): void {
    const visited = new Set<Location>();
    const pos = locPos(src);
    for (;;) {
      if (visited.has(src)) {
        this.warn(
          pos,
          '  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518',
        );
        break;
      }
      visited.add(src);
      const dst = src.dst!;
      const edge = dst.edges[src.dstEdgeIdx]!;
      this.explainFlow(pos, dst, src, edge.derefs, edge.notes);
      if (dst === root) break;
      src = dst;
    }
  }

  private explainFlow(pos: Pos, dst: Location, src: Location, derefs: number, notes: Note | undefined): void {
    const ops = derefs < 0 ? '&' : '*'.repeat(derefs);
    this.warn(pos, `  flow: ${explainLoc(dst, this.heapLoc)} = ${ops}${explainLoc(src, this.heapLoc)}:`);
    for (let n = notes; n !== undefined; n = n.next) {
      this.warn(pos, `    from ${whereText(n.where)} (${n.why}) at ${fmtPos(n.pos)}`);
    }
  }

  // ---- functions

  initFunc(fn: FuncInfo): void {
    this.curfn = fn;
    this.loopDepth = 1;
    const sig = fn.sig;
    for (const v of [...(sig.recv ? [sig.recv] : []), ...sig.params]) this.newLoc(v, undefined, false);
    sig.results.forEach((v, i) => {
      const l = this.newLoc(v, undefined, false);
      l.resultIndex = 1 + i;
    });
    for (const v of fn.locals) this.newLoc(v, undefined, false);
  }

  walkFunc(fn: FuncInfo): void {
    const saved = { curfn: this.curfn, loopDepth: this.loopDepth, labels: this.labels };
    this.curfn = fn;
    this.loopDepth = 1;
    this.labels = new Map();
    const body = fn.decl.body;
    if (body !== undefined) {
      scanLabels(body, this.labels);
      this.block(body.list);
    }
    Object.assign(this, saved);
  }

  flowClosure(k: Hole, fn: FuncInfo): void {
    for (const v of fn.captured) {
      const loc = this.oldLoc(v);
      const byval = !loc.addrtaken && !loc.reassigned && sizeof(v.type) <= 128;
      if (this.m >= 2) {
        this.warn(
          v.pos,
          `${v.fn?.name} capturing by ${byval ? 'value' : 'ref'}: ${v.name} (addr=${loc.addrtaken} assign=${loc.reassigned} width=${sizeof(v.type)})`,
        );
      }
      const at = fn.capturedAt.get(v) ?? v.pos;
      const kk = byval ? k : k.addr(at, v.name, 'reference');
      this.flow(kk.note(at, v.name, 'captured by a closure'), loc);
    }
  }

  // ---- statements (stmt.go)

  block(list: S.Stmt[]): void {
    const saved = this.loopDepth;
    for (const s of list) this.stmt(s);
    this.loopDepth = saved;
  }

  dcl(v: Var): Hole {
    const loc = this.locs.get(v) ?? this.newLoc(v, undefined, false);
    loc.loopDepth = this.loopDepth;
    return this.asHole(loc);
  }

  stmt(s: S.Stmt): void {
    switch (s.kind) {
      case 'EmptyStmt':
      case 'BranchStmt':
        return;
      case 'LabeledStmt':
        if (this.labels.get(s.label.value) === 'looping') this.loopDepth++;
        this.labels.delete(s.label.value);
        this.stmt(s.stmt);
        return;
      case 'BlockStmt':
        this.block(s.list);
        return;
      case 'ExprStmt': {
        const u = S.unparen(s.x);
        if (u.kind === 'CallExpr') this.call([], u);
        else this.expr(this.discardHole(), s.x);
        return;
      }
      case 'SendStmt':
        this.discard(s.chan);
        this.assignHeap(s.value, 'send', s);
        return;
      case 'DeclStmt':
        for (const d of s.decls) {
          if (d.kind !== 'VarDecl') continue;
          const vars = d.names.map((n) => n.obj as Var);
          const values = S.exprList(d.values);
          for (const v of vars) if (v.name !== '_') this.dcl(v);
          if (values.length === 0) {
            // `var x T` initialises x; it is not a reassignment (assign.go: reassigned).
            continue;
          }
          if (values.length === 1 && vars.length > 1) {
            this.assignMulti(d.names, values[0]!, s.pos, true);
            continue;
          }
          vars.forEach((v, i) => {
            const k = v.name === '_' ? this.discardHole() : this.asHole(this.oldLoc(v));
            this.expr(k.note(s.pos, s, 'assign'), values[i]!);
          });
        }
        return;
      case 'AssignStmt':
        this.assignStmt(s);
        return;
      case 'CallStmt':
        this.goDeferStmt(s);
        return;
      case 'ReturnStmt': {
        const results = this.curfn.sig.results;
        const xs = S.exprList(s.results);
        if (xs.length === 0) return;
        const ks = results.map((r) => this.asHole(this.oldLoc(r)));
        if (xs.length === 1 && results.length > 1) {
          const u = S.unparen(xs[0]!);
          if (u.kind === 'CallExpr') this.call(ks, u);
          else this.expr(this.discardHole(), xs[0]!);
          return;
        }
        xs.forEach((x, i) => {
          this.expr(ks[i]!.note(s.pos, s, 'return'), x);
        });
        return;
      }
      case 'IfStmt': {
        if (s.init) this.stmt(s.init);
        this.discard(s.cond);
        // Branches of a constant condition are dead code, removed before escape analysis (deadcode.go).
        const c =
          s.cond.tv?.mode === 'constant' && s.cond.tv.val?.kind === 'bool' ? s.cond.tv.val.v : undefined;
        if (c !== false) this.block(s.then.list);
        if (s.else && c !== true) this.block([s.else]);
        return;
      }
      case 'ForStmt': {
        if (s.init?.kind === 'RangeClause') {
          this.rangeStmt(s, s.init);
          return;
        }
        const saved = this.loopDepth;
        if (s.init) this.stmt(s.init);
        this.loopDepth++;
        if (s.cond) this.discard(s.cond);
        if (s.post) this.stmt(s.post);
        this.block(s.body.list);
        this.loopDepth = saved;
        return;
      }
      case 'SwitchStmt': {
        if (s.init) this.stmt(s.init);
        if (s.tag?.kind === 'TypeSwitchGuard') {
          const ks: Hole[] = [];
          if (s.tag.lhs !== undefined) {
            for (const c of s.body) {
              const v = c.implicit!;
              const k = this.dcl(v);
              if (hasPointers(v.type)) ks.push(this.dotType(k, v.type));
            }
          }
          this.expr(this.teeHole(ks), s.tag.x);
        } else if (s.tag) this.discard(s.tag);
        for (const c of s.body) {
          for (const e of S.exprList(c.cases)) if (e.tv?.mode !== 'typexpr') this.discard(e);
          this.block(c.body);
        }
        return;
      }
      case 'SelectStmt':
        for (const c of s.body) {
          if (c.comm) this.stmt(c.comm);
          this.block(c.body);
        }
        return;
    }
  }

  // dotType: a type assertion to a non-interface type copies the value out of the interface.
  dotType(k: Hole, t: Type): Hole {
    if (!isInterface(t) && !isDirectIface(t)) return k.shift(1);
    return k;
  }

  private rangeStmt(s: S.ForStmt, r: S.RangeClause): void {
    const tmp = this.newLoc(undefined, undefined, false);
    this.expr(this.asHole(tmp), r.x);
    const saved = this.loopDepth;
    this.loopDepth++;
    const lhs = S.exprList(r.lhs);
    const ks = lhs.map((e) => {
      if (r.def && e.kind === 'Name' && e.obj?.kind === 'var') return this.dcl(e.obj);
      return this.addr(e);
    });
    if (ks.length > 1) {
      const xt = under(r.x.tv!.type);
      if (xt.kind === 'array') this.flow(ks[1]!.note(s.pos, s, 'range'), tmp);
      else this.flow(ks[1]!.deref(s.pos, s, 'range-deref'), tmp);
    }
    for (const k of ks) if (k.dst !== this.blankLoc && k.dst !== this.heapLoc) k.dst.reassigned = true;
    this.block(s.body.list);
    this.loopDepth = saved;
  }

  private assignStmt(s: S.AssignStmt): void {
    if (s.rhs === undefined) {
      // x++ / x--: x = x + 1 on a number; nothing flows, but x is reassigned.
      const k = this.addr(s.lhs);
      this.reassigned([k], s, undefined);
      return;
    }
    const lhs = S.exprList(s.lhs);
    const rhs = S.exprList(s.rhs);
    if (s.op !== '') {
      const k = this.addr(s.lhs);
      this.expr(k.note(s.pos, s, 'assign'), s.rhs);
      this.reassigned([k], s, undefined);
      return;
    }
    if (s.define) for (const n of s.newVars ?? []) this.dcl(n.obj as Var);
    if (rhs.length === 1 && lhs.length > 1) {
      this.assignMulti(lhs, rhs[0]!, s.pos, false, s);
      return;
    }
    const why = lhs.length > 1 ? 'assign-pair' : 'assign';
    const ks = lhs.map((e) => this.addr(e));
    ks.forEach((k, i) => {
      const dst = lhs[i]!;
      const src = rhs[i]!;
      if (isReflectHeaderData(dst)) {
        this.unsafeValue(this.heapHole().note(s.pos, s, why), src);
        return;
      }
      if (isSelfAssign(dst, src)) {
        if (this.diag)
          this.warn(
            s.pos,
            `${this.curfn.name} ignoring self-assignment in ${exprString(dst, 'ir')} = ${exprString(src, 'ir')}`,
          );
        k = this.discardHole();
      }
      this.expr(k.note(s.pos, s, why), src);
    });
    this.reassigned(ks, s, s.define ? s.newVars : undefined);
  }

  private assignMulti(lhs: S.Expr[], rhs: S.Expr, pos: Pos, decl: boolean, s?: S.AssignStmt): void {
    const ks = lhs.map((e) =>
      decl && e.kind === 'Name' && e.obj?.kind === 'var' ? this.asHole(this.oldLoc(e.obj)) : this.addr(e),
    );
    const u = S.unparen(rhs);
    if (u.kind === 'CallExpr' && rhs.tv?.type.kind === 'tuple') {
      this.call(ks, u);
    } else {
      // v, ok = x.(T) / m[k] / <-ch: the value flows to the first destination.
      this.expr(ks[0]!.note(pos, s ?? rhs, 'assign-pair'), rhs);
    }
    if (s !== undefined) this.reassigned(ks, s, s.define ? s.newVars : undefined);
  }

  private reassigned(ks: Hole[], _where: S.AssignStmt, defined: Set<S.Name> | undefined): void {
    const definedVars = new Set([...(defined ?? [])].map((n) => n.obj));
    for (const k of ks) {
      const loc = k.dst;
      if (loc === this.blankLoc || loc === this.heapLoc) continue;
      if (loc.v !== undefined && definedVars.has(loc.v)) continue;
      loc.reassigned = true;
    }
  }

  // addr returns the hole for assigning to e (assign.go: addr).
  addr(e: S.Expr): Hole {
    const n = S.unparen(e);
    if (n.kind === 'Name') {
      if (n.value === '_') return this.discardHole();
      const v = n.obj;
      if (v?.kind !== 'var' || v.global) return this.heapHole();
      return this.asHole(this.oldLoc(v));
    }
    if (n.kind === 'SelectorExpr' && n.selection?.kind === 'field') {
      if (n.selection.indirect || under(n.x.tv!.type).kind === 'pointer') {
        this.discard(n);
        return this.heapHole();
      }
      return this.addr(n.x);
    }
    if (n.kind === 'IndexExpr') {
      const xt = under(n.x.tv!.type);
      if (xt.kind === 'map') {
        this.discard(n.x);
        this.assignHeap(n.index, 'key of map put', n);
        return this.heapHole();
      }
      this.discard(n.index);
      if (xt.kind === 'array') return this.addr(n.x);
      this.discard(n.x);
      return this.heapHole();
    }
    this.discard(n);
    return this.heapHole();
  }

  assignHeap(src: S.Expr, why: string, where: S.Expr | S.Stmt): void {
    this.expr(this.heapHole().note(where.pos, where, why), src);
  }

  discard(e: S.Expr): void {
    this.expr(this.discardHole(), e);
  }

  // ---- expressions (expr.go)

  expr(k: Hole, e: S.Expr): void {
    if (e.iface !== undefined) {
      this.convIface(k, e);
      return;
    }
    this.exprNoConv(k, e);
  }

  private convIface(k: Hole, e: S.Expr): void {
    const t = e.tv!.type;
    if (t.kind === 'basic' && t.name === 'untyped nil') return;
    if (!isInterface(t) && !isDirectIface(t)) k = this.spillAt(k, e, e.ifacePos ?? e.pos);
    this.exprNoConv(k.note(e.pos, e, 'interface-converted'), e);
  }

  private exprNoConv(k: Hole, e: S.Expr): void {
    const tv = e.tv;
    if (tv === undefined) return;
    if (k.derefs >= 0 && tv.type.kind !== 'tuple' && !hasPointers(tv.type)) k = this.discardHole();
    if (tv.mode === 'constant' || tv.mode === 'typexpr') return;
    switch (e.kind) {
      case 'ParenExpr':
        this.expr(k, e.x);
        return;
      case 'Name': {
        const o = e.obj;
        if (o?.kind !== 'var' || o.global) return;
        this.flow(k, this.oldLoc(o));
        return;
      }
      case 'BasicLit':
        return;
      case 'Operation':
        this.operation(k, e);
        return;
      case 'SelectorExpr': {
        const sel = e.selection;
        if (sel === undefined || sel.kind === 'pkg') return;
        if (sel.kind === 'methodexpr') return;
        if (sel.kind === 'method') {
          // Method value x.M: a closure holding the receiver.
          const closureK = this.spill(k, e, undefined, undefined);
          this.expr(closureK.note(e.pos, e, 'method value'), e.x);
          return;
        }
        // Field selection, with implicit dereferences along embedded pointers.
        this.fieldPath(k, e);
        return;
      }
      case 'IndexExpr': {
        const xt = under(e.x.tv!.type);
        if (xt.kind === 'map') {
          this.discard(e.x);
          this.discard(e.index);
          return;
        }
        if (xt.kind === 'array') this.expr(k.note(e.pos, e, 'fixed-array-index-of'), e.x);
        else if (xt.kind === 'basic') this.discard(e.x);
        else this.expr(k.deref(e.pos, e, 'dot of pointer'), e.x);
        this.discard(e.index);
        return;
      }
      case 'SliceExpr': {
        const xt = under(e.x.tv!.type);
        if (xt.kind === 'array') this.expr(k.note(e.pos, e, 'slice').addr(e.pos, e, 'slice'), e.x);
        else this.expr(k.note(e.pos, e, 'slice'), e.x);
        for (const i of e.index) if (i) this.discard(i);
        return;
      }
      case 'AssertExpr':
        this.expr(this.dotType(k, tv.type).note(e.pos, e, 'dot'), e.x);
        return;
      case 'CallExpr':
        this.call([k], e);
        return;
      case 'CompositeLit':
        this.compositeLit(k, e);
        return;
      case 'FuncLit': {
        const fn = e.fn!;
        const ck = this.spill(
          k,
          e,
          'func literal',
          closureSize(fn) > maxImplicitStackVarSize ? 'too large for stack' : undefined,
        );
        const site = ck.dst;
        this.closures.push({ k: ck, fn, site });
        for (const v of fn.captured) {
          const loc = this.oldLoc(v);
          if (!loc.captured) {
            loc.captured = true;
            if (loc.loopDepth === this.loopDepth) loc.reassigned = false;
          }
        }
        this.walkFunc(fn);
        return;
      }
      case 'KeyValueExpr':
        this.expr(k, e.value);
        return;
    }
  }

  private fieldPath(k: Hole, e: S.SelectorExpr): void {
    const sel = e.selection!;
    // Walk the path from the selector back to x: each step through a pointer is a dereference.
    let t = e.x.tv!.type;
    let derefs = 0;
    for (const i of sel.index) {
      let u = under(t);
      if (u.kind === 'pointer') {
        derefs++;
        u = under(u.elem);
      }
      t = (u as { fields: Var[] }).fields[i]!.type;
    }
    let kk = k;
    for (let i = 0; i < derefs; i++) kk = kk.deref(e.pos, e, 'dot of pointer');
    this.expr(derefs > 0 ? kk : kk.note(e.pos, e, 'dot'), e.x);
  }

  private operation(k: Hole, e: S.Operation): void {
    if (e.y === undefined) {
      switch (e.op) {
        case '&': {
          const x = S.unparen(e.x);
          if (x.kind === 'CompositeLit') {
            // &T{...}: an implicit allocation (OPTRLIT).
            const elemSize = sizeof(x.tv!.type);
            const ck = this.spill(
              k,
              e,
              undefined,
              elemSize > maxImplicitStackVarSize ? 'too large for stack' : undefined,
            );
            this.compositeLit(ck, x);
            return;
          }
          this.expr(k.addr(e.pos, e, 'address-of'), e.x);
          return;
        }
        case '*':
          this.expr(k.deref(e.pos, e, 'indirection'), e.x);
          return;
        case '<-':
          this.discard(e.x);
          return;
        default:
          this.discard(e.x);
          return;
      }
    }
    if (e.op === '+' && isStringType(e.tv!.type)) {
      // String concatenation allocates (OADDSTR), but only when not constant.
      const parts = flattenConcat(e);
      this.spill(k, e, parts.map((p) => exprString(p, 'ir')).join(' + '));
      for (const p of parts) this.discard(p);
      return;
    }
    this.discard(e.x);
    this.discard(e.y);
  }

  private compositeLit(k: Hole, e: S.CompositeLit): void {
    const t = e.tv!.type;
    const u = under(t);
    const elemOf = (el: S.Expr) => (el.kind === 'KeyValueExpr' ? el.value : el);
    switch (u.kind) {
      case 'pointer': {
        // An elided &T{...} inside an outer literal.
        const ck = this.spill(k, e, `&${typeString(u.elem)}{${e.elems.length > 0 ? '...' : ''}}`);
        this.compositeLitOf(ck, e, under(u.elem));
        return;
      }
      case 'array':
        for (const el of e.elems) this.expr(k.note(e.pos, e, 'array literal element'), elemOf(el));
        return;
      case 'slice': {
        const sk = this.spill(k, e);
        for (const el of e.elems) this.expr(sk.note(e.pos, e, 'slice-literal-element'), elemOf(el));
        return;
      }
      case 'struct':
        for (const el of e.elems) this.expr(k.note(e.pos, e, 'struct literal element'), elemOf(el));
        return;
      case 'map': {
        this.spill(k, e);
        for (const el of e.elems) {
          if (el.kind !== 'KeyValueExpr') continue;
          this.assignHeap(el.key, 'map literal key', e);
          this.assignHeap(el.value, 'map literal value', e);
        }
        return;
      }
    }
  }

  private compositeLitOf(k: Hole, e: S.CompositeLit, u: Type): void {
    const elemOf = (el: S.Expr) => (el.kind === 'KeyValueExpr' ? el.value : el);
    if (u.kind === 'struct' || u.kind === 'array') {
      for (const el of e.elems) this.expr(k, elemOf(el));
    } else if (u.kind === 'slice') {
      const sk = this.spill(k, e);
      for (const el of e.elems) this.expr(sk, elemOf(el));
    } else if (u.kind === 'map') {
      for (const el of e.elems) {
        if (el.kind !== 'KeyValueExpr') continue;
        this.assignHeap(el.key, 'map literal key', e);
        this.assignHeap(el.value, 'map literal value', e);
      }
    }
  }

  // unsafeValue evaluates a uintptr-typed expression converted to
  // unsafe.Pointer, following only the pointer-carrying parts (expr.go: unsafeValue).
  unsafeValue(k: Hole, e: S.Expr): void {
    const n = S.unparen(e);
    if (n.kind === 'CallExpr' && n.fun.tv?.mode === 'typexpr') {
      const a = n.args[0]!;
      if (isUnsafePointer(a.tv!.type)) this.expr(k, a);
      else this.discard(a);
      return;
    }
    if (n.kind === 'SelectorExpr' && n.selection?.kind === 'field') {
      if (isReflectHeaderData(n)) this.expr(k.deref(n.pos, n, 'reflect.Header.Data'), n.x);
      else this.discard(n.x);
      return;
    }
    if (n.kind === 'Operation') {
      if (n.y === undefined && (n.op === '+' || n.op === '-' || n.op === '^')) {
        this.unsafeValue(k, n.x);
        return;
      }
      if (n.y !== undefined && ['+', '-', '|', '^', '*', '/', '%', '&', '&^'].includes(n.op)) {
        this.unsafeValue(k, n.x);
        this.unsafeValue(k, n.y);
        return;
      }
      if (n.y !== undefined && (n.op === '<<' || n.op === '>>')) {
        this.unsafeValue(k, n.x);
        this.discard(n.y);
        return;
      }
    }
    this.discard(e);
  }

  // ---- calls (call.go)

  call(ks: Hole[], call: S.CallExpr): void {
    const fun = S.unparen(call.fun);
    const ftv = call.fun.tv!;
    if (ftv.mode === 'typexpr') {
      this.conversion(ks[0] ?? this.discardHole(), call);
      return;
    }
    if (ftv.mode === 'builtin') {
      this.builtinCall(
        ks,
        call,
        fun.kind === 'Name' ? fun.value : `unsafe.${(fun as S.SelectorExpr).sel.value}`,
      );
      return;
    }
    this.callCommon(ks, call, undefined);
  }

  private conversion(k: Hole, call: S.CallExpr): void {
    const t = call.tv!.type;
    const a = call.args[0]!;
    const at = a.tv!.type;
    const tu = under(t);
    const au = under(at);
    if (isInterface(t) && !isInterface(at)) {
      // Explicit conversion to an interface: OCONVIFACE printed with its type.
      if (a.tv!.mode === 'constant') return;
      if (!isDirectIface(at)) k = this.spill(k, call);
      this.expr(k.note(call.pos, call, 'interface-converted'), a);
      return;
    }
    const strToSlice = isStringType(at) && tu.kind === 'slice';
    const sliceToStr = isStringType(t) && au.kind === 'slice';
    const runeToStr = isStringType(t) && au.kind === 'basic' && !isStringType(at);
    if (strToSlice || sliceToStr || runeToStr) {
      if (call.tv!.mode !== 'constant') this.spill(k, call);
      this.discard(a);
      return;
    }
    if (isUnsafePointer(t) && au.kind === 'basic' && au.name === 'uintptr') {
      this.unsafeValue(k, a);
      return;
    }
    this.expr(k, a);
  }

  private builtinCall(ks: Hole[], call: S.CallExpr, name: string): void {
    const k0 = ks[0] ?? this.discardHole();
    const args = call.args;
    switch (name) {
      case 'append': {
        let appendeeK = k0;
        const st = under(args[0].tv!.type) as { elem: Type };
        if (hasPointers(st.elem))
          appendeeK = this.teeHole([appendeeK, this.heapHole().deref(call.pos, call, 'appendee slice')]);
        this.expr(appendeeK.note(call.pos, call, 'call parameter'), args[0]!);
        if (call.hasDots) {
          let appendedK = this.discardHole();
          const at = under(args[1].tv!.type);
          if (at.kind === 'slice' && hasPointers(at.elem))
            appendedK = this.heapHole().deref(call.pos, call, 'appended slice...');
          this.expr(appendedK.note(call.pos, call, 'call parameter'), args[1]!);
        } else {
          for (const a of args.slice(1)) this.expr(this.heapHole().note(call.pos, call, 'call parameter'), a);
        }
        return;
      }
      case 'copy': {
        this.discard(args[0]!);
        const yt = under(args[1].tv!.type);
        const copiedK =
          yt.kind === 'slice' && hasPointers(yt.elem)
            ? this.heapHole().deref(call.pos, call, 'copied slice')
            : this.discardHole();
        this.expr(copiedK, args[1]!);
        return;
      }
      case 'panic':
        this.expr(this.heapHole().note(call.pos, call, 'call parameter'), args[0]!);
        return;
      case 'new': {
        const et = call.tv!.type.kind === 'pointer' ? call.tv!.type.elem : call.tv!.type;
        this.spill(
          k0,
          call,
          undefined,
          sizeof(et) > maxImplicitStackVarSize ? 'too large for stack' : undefined,
        );
        return;
      }
      case 'make': {
        const t = under(args[0].tv!.type);
        if (t.kind === 'slice') {
          const r = args[2] ?? args[1]!;
          let reason: string | undefined;
          const c = r.tv?.mode === 'constant' ? toBigInt(r.tv.val!) : undefined;
          if (c === undefined) reason = 'non-constant size';
          else {
            const es = sizeof(t.elem);
            if (es !== 0 && Number(c) > Math.floor(maxImplicitStackVarSize / es))
              reason = 'too large for stack';
          }
          this.spill(k0, call, undefined, reason);
        } else if (t.kind === 'map') {
          this.spill(k0, call);
        }
        for (const a of args.slice(1)) this.discard(a);
        return;
      }
      case 'unsafe.Add':
        this.expr(k0, args[0]!);
        this.discard(args[1]!);
        return;
      default:
        for (const a of args) if (a.tv?.mode !== 'typexpr') this.discard(a);
    }
  }

  // staticValue follows locals bound once to their initial value (ir.StaticValue).
  private staticValue(e: S.Expr): S.Expr {
    for (let i = 0; i < 100; i++) {
      const n = S.unparen(e);
      if (n.kind !== 'Name' || n.obj?.kind !== 'var') return n;
      const v = n.obj;
      if (v.global || v.defn === undefined || v.reassigned || v.addrTaken || this.locs.get(v)?.reassigned)
        return n;
      if (v.defn.iface !== undefined) return v.defn;
      e = v.defn;
    }
    return e;
  }

  // staticCallee resolves the function a call invokes when it is known,
  // devirtualizing interface calls on a value of known concrete type
  // (devirtualize.Static).
  private staticCallee(call: S.CallExpr): Callee {
    const f = S.unparen(call.fun);
    const sv = this.staticValue(f);
    if (sv.kind === 'Name' && sv.obj?.kind === 'func')
      return { fn: sv.obj.info, sig: sv.obj.type, dynamic: false };
    if (sv.kind === 'FuncLit') return { fn: sv.fn, sig: sv.fn!.sig, lit: sv, dynamic: false };
    if (sv.kind === 'SelectorExpr' && sv.selection?.kind === 'pkg' && sv.selection.obj.kind === 'func') {
      return { fn: sv.selection.obj.info, sig: sv.selection.obj.type, dynamic: false };
    }
    if (f.kind === 'SelectorExpr') {
      const sel = f.selection;
      if (sel?.kind === 'method') {
        const m = sel.obj as Func;
        const recvT = f.x.tv!.type;
        if (isInterface(recvT)) {
          const dv = this.devirtualize(call, f);
          if (dv !== undefined) return dv;
          return { fn: undefined, sig: m.type, recv: f.x, dynamic: true };
        }
        if (m.decl === undefined) return { fn: undefined, sig: m.type, recv: f.x, dynamic: true };
        return { fn: m.info, sig: m.type, recv: f.x, dynamic: false };
      }
      if (sel?.kind === 'methodexpr') {
        const m = sel.obj as Func;
        if (isInterface(sel.recv!)) return { fn: undefined, sig: undefined, dynamic: true };
        return { fn: m.info, sig: m.type, dynamic: false };
      }
    }
    return { fn: undefined, sig: undefined, dynamic: true };
  }

  private devirtualize(call: S.CallExpr, f: S.SelectorExpr): Callee | undefined {
    const def = this.staticValue(f.x);
    if (def.iface === undefined || isInterface(def.tv!.type)) return undefined;
    const concrete = def.tv!.type;
    const sel = lookupFieldOrMethod(concrete, f.sel.value);
    if (sel === undefined || sel.kind !== 'method') return undefined;
    const m = sel.obj as Func;
    const tstr = typeString(concrete, false);
    const name = exprString(f, 'ir');
    if (m.decl === undefined) {
      // Promoted from an embedded interface: the call stays dynamic on that field.
      this.devirt(call.pos, `partially devirtualizing ${name} to ${tstr}`);
      return { fn: undefined, sig: m.type, recv: f.x, dynamic: true, concrete };
    }
    this.devirt(call.pos, `devirtualizing ${name} to ${tstr}`);
    return { fn: m.info, sig: m.type, recv: f.x, dynamic: false, concrete, sel };
  }

  // tagHole returns where an argument for param flows (call.go: tagHole).
  private tagHole(ks: Hole[], fn: FuncInfo | undefined, index: number): Hole {
    if (fn === undefined) {
      return this.heapHole();
    }
    if (this.inBatch.has(fn)) {
      const params = [...(fn.sig.recv ? [fn.sig.recv] : []), ...fn.sig.params];
      const p = params[index]!;
      if (p.name === '' || p.name === '_') return this.discardHole();
      return this.asHole(this.oldLoc(p));
    }
    const tags = this.tagged.get(fn);
    if (tags === undefined) return this.heapHole();
    const esc = tags[index]!;
    const tagKs: Hole[] = [];
    const h = esc.heap();
    if (h >= 0) tagKs.push(this.heapHole().shift(h));
    for (let i = 0; i < numEscResults; i++) {
      const x = esc.result(i);
      if (x >= 0 && ks[i] !== undefined) tagKs.push(ks[i]!.shift(x));
    }
    return this.teeHole(tagKs);
  }

  private callCommon(ks: Hole[], call: S.CallExpr, wrapper: { k: Hole } | undefined): void {
    const sc = this.staticCallee(call);
    const fun = S.unparen(call.fun);
    if (sc.lit !== undefined && fun.kind === 'FuncLit') closureCalled.add(sc.lit.fn!);
    if (sc.lit !== undefined && fun.kind === 'Name') closureCalled.add(sc.lit.fn!);
    const sig = (sc.sig ?? under(call.fun.tv!.type)) as Signature;
    const fn = sc.fn;
    if (fn !== undefined && this.inBatch.has(fn) && ks.length > 0) {
      fn.sig.results.forEach((r, i) => {
        if (ks[i] !== undefined) this.flow(ks[i]!, this.oldLoc(r));
      });
    }
    // Notes name the call as ir prints it after the variadic arguments are packed.
    const where = sig.variadic && !call.hasDots ? variadicCallText(call, sig.params.length - 1) : call;
    const argument = (k: Hole, arg: S.Expr) => {
      if (wrapper !== undefined) {
        // go/defer: the argument is evaluated now into a temporary the wrapper closure captures.
        const tmp = this.newLoc(undefined, undefined, false);
        this.expr(this.asHole(tmp), arg);
        this.flow(wrapper.k, tmp);
        this.flow(k, tmp);
        return;
      }
      this.expr(k.note(call.pos, where, 'call parameter'), arg);
    };
    // The callee expression.
    if (fun.kind === 'SelectorExpr' && fun.selection?.kind === 'method') {
      // receiver handled below
    } else if (fun.kind === 'FuncLit' && wrapper === undefined) {
      this.expr(this.discardHole(), call.fun);
    } else {
      argument(this.discardHole(), call.fun);
    }
    let idx = 0;
    const recvVar = fn?.sig.recv;
    if (sc.recv !== undefined) {
      const k = this.tagHole(ks, fn, idx++).note(call.pos, where, 'call parameter');
      // A devirtualized receiver is x.(T); otherwise the selector's own operand.
      const baseT = sc.concrete ?? sc.recv.tv!.type;
      const sel =
        sc.concrete !== undefined
          ? lookupFieldOrMethod(baseT, (fun as S.SelectorExpr).sel.value)!
          : (fun as S.SelectorExpr).selection!;
      const m = sel.obj as Func;
      let kk = k;
      if (!sc.dynamic && recvVar !== undefined) {
        // The method's receiver, auto-addressed or auto-dereferenced from the selected value.
        const selT = pathType(baseT, sel.index);
        const isPtr = under(selT).kind === 'pointer' && selT.kind !== 'named';
        if (m.ptrRecv && !isPtr) kk = k.addr(call.pos, call, 'address-of');
        else if (!m.ptrRecv && isPtr) kk = k.deref(call.pos, call, 'indirection');
      }
      kk = kk.shift(pathDerefs(baseT, sel.index));
      if (sc.concrete !== undefined) kk = this.dotType(kk, sc.concrete);
      this.expr(kk, sc.recv);
    } else if (sig.recv === undefined && fn?.sig.recv !== undefined) {
      // Method expression T.M(x, ...): the receiver is the first argument.
      argument(this.tagHole(ks, fn, idx++), call.args[0]!);
    }
    const args = sc.recv === undefined && fn?.sig.recv !== undefined ? call.args.slice(1) : call.args;
    const params = sig.params;
    if (args.length === 1 && params.length > 1 && args[0]!.tv?.type.kind === 'tuple') {
      // f(g()): g's results flow to f's parameters.
      let holes = params.map((_, i) => this.tagHole(ks, fn, idx + i));
      if (wrapper !== undefined) holes = holes.map((k) => this.wrapTemp(wrapper, k));
      this.call(holes, S.unparen(args[0]!) as S.CallExpr);
      return;
    }
    params.forEach((_p, i) => {
      const k = this.tagHole(ks, fn, idx + i);
      if (sig.variadic && i === params.length - 1 && !call.hasDots) {
        const rest = args.slice(i);
        if (rest.length === 0) return;
        // The implicit `... argument` slice literal.
        const site = { pos: call.pos, text: '... argument' } as const;
        const loc = this.newLoc(undefined, { ...site }, true);
        this.flow(k.note(call.pos, where, 'call parameter').addr(call.pos, site.text, 'spill'), loc);
        // Under go/defer the slice is built inside the wrapper; its elements are captured one by one.
        for (const a of rest) {
          const h = this.asHole(loc).note(call.pos, site.text, 'slice-literal-element');
          if (wrapper !== undefined) argument(h, a);
          else this.expr(h, a);
        }
        return;
      }
      if (args[i] !== undefined) argument(k, args[i]!);
    });
  }

  private wrapTemp(wrapper: { k: Hole }, k: Hole): Hole {
    const tmp = this.newLoc(undefined, undefined, false);
    this.flow(wrapper.k, tmp);
    this.flow(k, tmp);
    return this.asHole(tmp);
  }

  private goDeferStmt(s: S.CallStmt): void {
    let k = this.heapHole();
    if (s.tok === 'defer' && this.loopDepth === 1) k = this.later(this.discardHole());
    const call = S.unparen(s.call) as S.CallExpr;
    const ftv = call.fun.tv!;
    if (ftv.mode !== 'builtin' && ftv.mode !== 'typexpr') {
      const sig = under(ftv.type) as Signature;
      if (
        sig.params.length + sig.results.length === 0 &&
        !(
          S.unparen(call.fun).kind === 'SelectorExpr' &&
          (S.unparen(call.fun) as S.SelectorExpr).selection?.kind === 'method'
        )
      ) {
        this.expr(k, call.fun);
        return;
      }
    }
    // A wrapper closure `func() { call }` capturing the evaluated arguments.
    const clo = this.newLoc(undefined, undefined, false);
    this.flow(k.addr(s.pos, s, 'spill'), clo);
    const wrapper = { k: this.asHole(clo) };
    if (ftv.mode === 'builtin') {
      for (const a of call.args) {
        const tmp = this.newLoc(undefined, undefined, false);
        this.expr(this.asHole(tmp), a);
        this.flow(wrapper.k, tmp);
      }
      this.builtinCall([], call, (S.unparen(call.fun) as S.Name).value);
      return;
    }
    const fun = S.unparen(call.fun);
    if (fun.kind === 'SelectorExpr' && fun.selection?.kind === 'method') {
      const tmp = this.newLoc(undefined, undefined, false);
      this.expr(this.asHole(tmp), fun.x);
      this.flow(wrapper.k, tmp);
    }
    this.callCommon([], call, wrapper);
  }

  // ---- results (escape.go: finish, paramTag)

  warn(pos: Pos, msg: string): void {
    this.diags.push({ pos, msg });
  }

  // devirt records a devirtualization, which Go reports in a pass before
  // escape analysis, function by function in declaration order.
  private devirt(pos: Pos, msg: string): void {
    let top = this.curfn;
    while (top.outer !== undefined) top = top.outer;
    if (this.diag && !top.pkg.stub) this.result.devirtualized.push({ pos, msg, fn: top });
  }

  private finish(): void {
    for (const fn of this.inBatch) {
      const sig = fn.sig;
      const params = [...(sig.recv ? [sig.recv] : []), ...sig.params];
      const tags = params.map((p) => this.paramTag(fn, p));
      this.tagged.set(fn, tags);
    }
    for (const loc of this.allLocs) {
      if (loc.v !== undefined) {
        if (loc.escapes) {
          this.result.heapVars.add(loc.v);
          if (loc.v.name !== '' && loc.v.name !== '_') this.warn(loc.v.pos, `moved to heap: ${loc.v.name}`);
        }
        continue;
      }
      const site = loc.site;
      if (site === undefined || site.silent) continue;
      const node = this.siteNodes.get(loc);
      if (loc.escapes) {
        if (node) this.result.heapSites.add(node);
        this.warn(site.pos, `${site.text} escapes to heap`);
      } else {
        if (node) this.result.stackSites.add(node);
        this.warn(site.pos, `${site.text} does not escape`);
      }
    }
    if (this.diag && !this.fns[0]!.pkg.stub) this.result.diagnostics.push(...this.diags);
  }

  private paramTag(fn: FuncInfo, p: Var): Leaks {
    const body = fn.decl.body;
    const out = new (this.heapLoc.paramEsc.constructor as new () => Leaks)();
    if (body === undefined) {
      if (under(p.type).kind === 'basic' && (under(p.type) as { name: string }).name === 'uintptr') {
        this.warn(p.pos, `assuming ${p.name} is unsafe uintptr`);
        return out;
      }
      if (!hasPointers(p.type)) return out;
      if (fn.noescape) {
        if (p.name !== '') this.warn(p.pos, `${p.name} does not escape`);
      } else {
        if (p.name !== '') this.warn(p.pos, `leaking param: ${p.name}`);
        out.add(0, 0);
      }
      return out;
    }
    if (!hasPointers(p.type)) return out;
    if (p.name === '' || p.name === '_') return out;
    const loc = this.oldLoc(p);
    const esc = loc.paramEsc.clone();
    esc.optimize();
    if (!loc.escapes) {
      if (esc.empty()) this.warn(p.pos, `${p.name} does not escape`);
      const h = esc.heap();
      if (h === 0) this.warn(p.pos, `leaking param: ${p.name}`);
      else if (h > 0) this.warn(p.pos, `leaking param content: ${p.name}`);
      for (let i = 0; i < numEscResults; i++) {
        const x = esc.result(i);
        if (x >= 0) {
          const r = fn.sig.results[i]!;
          const rname = r.name === '' || r.name === '_' ? `~r${i}` : r.name;
          this.warn(p.pos, `leaking param: ${p.name} to result ${rname} level=${x}`);
        }
      }
    }
    return esc;
  }
}

function variadicCallText(call: S.CallExpr, nfixed: number): string {
  const args = call.args.slice(0, nfixed).map((a) => exprString(a, 'ir'));
  return `${exprString(call.fun, 'ir')}(${[...args, '... argument'].join(', ')}...)`;
}

function locPos(l: Location): Pos {
  return l.v?.pos ?? l.site!.pos;
}

// locText names a location as ir prints its node: a variable's name
// (~rN for an unnamed result) or the allocating expression.
function locText(l: Location): string {
  if (l.v !== undefined) return l.v.name !== '' ? l.v.name : `~r${l.resultIndex - 1}`;
  return l.site?.text ?? '';
}

function explainLoc(l: Location, heap: Location): string {
  if (l === heap) return '{heap}';
  if (l.v !== undefined) return locText(l);
  if (l.site !== undefined) return `{storage for ${l.site.text}}`;
  return '{temp}';
}

function whereText(w: Where): string {
  if (typeof w === 'string') return w;
  return nodeString(w);
}

// pathType is the type reached from t along embedded-field indices, and
// pathDerefs the number of pointer indirections taken on the way.
function pathType(t: Type, index: number[]): Type {
  for (const i of index) {
    let u = under(t);
    if (u.kind === 'pointer') u = under(u.elem);
    t = (u as { fields: Var[] }).fields[i]!.type;
  }
  return t;
}
function pathDerefs(t: Type, index: number[]): number {
  let n = 0;
  for (const i of index) {
    let u = under(t);
    if (u.kind === 'pointer') {
      n++;
      u = under(u.elem);
    }
    t = (u as { fields: Var[] }).fields[i]!.type;
  }
  return n;
}

function scanLabels(b: S.BlockStmt, labels: Map<string, 'looping' | 'nonlooping'>): void {
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const o = n as Record<string, unknown>;
    if (o.kind === 'FuncLit') return;
    if (o.kind === 'LabeledStmt') labels.set((o.label as S.Name).value, 'nonlooping');
    if (o.kind === 'BranchStmt' && o.tok === 'goto') {
      const l = (o.label as S.Name).value;
      if (labels.get(l) === 'nonlooping') labels.set(l, 'looping');
    }
    for (const k in o)
      if (
        k !== 'tv' &&
        k !== 'obj' &&
        k !== 'pos' &&
        k !== 'fn' &&
        k !== 'selection' &&
        k !== 'iface' &&
        k !== 'implicit' &&
        k !== 'target' &&
        k !== 'newVars'
      )
        visit(o[k]);
  };
  visit(b.list);
}

// isDirectIface reports whether values of t are stored directly in an
// interface's data word (types.IsDirectIface): pointer-shaped types.
export function isDirectIface(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'pointer':
    case 'chan':
    case 'map':
    case 'signature':
      return true;
    case 'basic':
      return u.name === 'unsafe.Pointer';
    case 'array':
      return u.len === 1 && isDirectIface(u.elem);
    case 'struct':
      return u.fields.length === 1 && isDirectIface(u.fields[0]!.type);
  }
  return false;
}

function isStringType(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && (u.name === 'string' || u.name === 'untyped string');
}
function isUnsafePointer(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && u.name === 'unsafe.Pointer';
}

function flattenConcat(e: S.Expr): S.Expr[] {
  const u = S.unparen(e);
  if (u.kind === 'Operation' && u.op === '+' && u.y !== undefined && u.tv?.mode !== 'constant')
    return [...flattenConcat(u.x), ...flattenConcat(u.y)];
  return [e];
}

function closureSize(fn: FuncInfo): number {
  let n = 8;
  for (const v of fn.captured) n += Math.max(sizeof(v.type), 8);
  return n;
}

function isReflectHeaderData(dst: S.Expr): boolean {
  const n = S.unparen(dst);
  if (n.kind !== 'SelectorExpr' || n.sel.value !== 'Data' || n.selection?.kind !== 'field') return false;
  const xt = n.x.tv!.type;
  const el = xt.kind === 'pointer' ? xt.elem : xt;
  return (
    el.kind === 'named' &&
    el.obj.pkg?.path === 'reflect' &&
    (el.obj.name === 'SliceHeader' || el.obj.name === 'StringHeader')
  );
}

// isSelfAssign detects assignments that store a value back into the object
// it was loaded from (utils.go: isSelfAssign, isSliceSelfAssign).
function isSelfAssign(dst: S.Expr, src: S.Expr): boolean {
  const d = S.unparen(dst);
  const s = S.unparen(src);
  if (isSliceSelfAssign(d, s)) return true;
  if (
    d.kind === 'SelectorExpr' &&
    s.kind === 'SelectorExpr' &&
    d.selection?.kind === 'field' &&
    s.selection?.kind === 'field'
  ) {
    return sameSafeExpr(d.x, s.x);
  }
  if (d.kind === 'IndexExpr' && s.kind === 'IndexExpr') {
    if (mayAffectMemory(d.index) || mayAffectMemory(s.index)) return false;
    return sameSafeExpr(d.x, s.x);
  }
  return false;
}

function derefBase(e: S.Expr): S.Name | undefined {
  const n = S.unparen(e);
  if (n.kind === 'Operation' && n.op === '*' && n.y === undefined) {
    const x = S.unparen(n.x);
    return x.kind === 'Name' ? x : undefined;
  }
  if (n.kind === 'SelectorExpr' && n.selection?.kind === 'field' && under(n.x.tv!.type).kind === 'pointer') {
    const x = S.unparen(n.x);
    return x.kind === 'Name' ? x : undefined;
  }
  return undefined;
}

function isSliceSelfAssign(d: S.Expr, s: S.Expr): boolean {
  const dn = derefBase(d);
  if (dn === undefined || s.kind !== 'SliceExpr') return false;
  if (under(s.x.tv!.type).kind === 'array') return false;
  const sn = derefBase(s.x);
  return sn !== undefined && sn.obj === dn.obj;
}

function sameSafeExpr(a: S.Expr, b: S.Expr): boolean {
  a = S.unparen(a);
  b = S.unparen(b);
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'Name':
      return a.obj === (b as S.Name).obj;
    case 'SelectorExpr':
      return a.sel.value === (b as S.SelectorExpr).sel.value && sameSafeExpr(a.x, (b as S.SelectorExpr).x);
    case 'Operation': {
      const bo = b as S.Operation;
      return (
        a.op === bo.op &&
        a.y === undefined &&
        bo.y === undefined &&
        (a.op === '*' || a.op === '-' || a.op === '^') &&
        sameSafeExpr(a.x, bo.x)
      );
    }
    case 'IndexExpr':
      return sameSafeExpr(a.x, (b as S.IndexExpr).x) && sameSafeExpr(a.index, (b as S.IndexExpr).index);
    case 'BasicLit':
      return a.value === (b as S.BasicLit).value;
  }
  return false;
}

function mayAffectMemory(e: S.Expr): boolean {
  const n = S.unparen(e);
  switch (n.kind) {
    case 'Name':
    case 'BasicLit':
      return false;
    case 'Operation':
      return (
        mayAffectMemory(n.x) || (n.y !== undefined && mayAffectMemory(n.y)) || n.op === '*' || n.op === '<-'
      );
    case 'IndexExpr':
      return mayAffectMemory(n.x) || mayAffectMemory(n.index);
    case 'SelectorExpr':
      return mayAffectMemory(n.x);
  }
  return true;
}
