// Calls (cmd/compile/internal/escape/call.go: call, callCommon, tagHole,
// goDeferStmt, rewriteArgument, wrapExpr; ir.StaticValue;
// devirtualize.Static). Arguments flow to the callee's parameters when it is
// in the batch, to where its leak tags say otherwise, and to the heap for
// dynamic calls. go and defer of a call with operands copy them into
// .autotmp_N temporaries that a wrapper closure captures; the wrapper
// escapes for go and for defer in a loop (see goDeferStmt).
import { toBigInt } from '../constant.js';
import type { Pos } from '../errors.js';
import { exprString, receiverPath, renamedCallString } from '../exprfmt.js';
import { sizeof } from '../sizes.js';
import * as S from '../syntax.js';
import {
  type Func,
  type FuncInfo,
  hasPointers,
  identical,
  isInterface,
  lookupFieldOrMethod,
  newVar,
  type Selection,
  type Signature,
  type Tuple,
  type Type,
  typeString,
  under,
  type Var,
} from '../types.js';
import { Batch } from './batch.js';
import type { Hole, Location, Site, Text } from './graph.js';
import { numEscResults } from './leaks.js';
import { closureCalled } from './solve.js';
import {
  convertedFrom,
  isDirectIface,
  isStringType,
  isUnsafePointer,
  maxImplicitStackVarSize,
} from './utils.js';

declare module './batch.js' {
  interface Batch {
    call(ks: Hole[], call: S.CallExpr): void;
    conversion(k: Hole, call: S.CallExpr): void;
    builtinCall(ks: Hole[], call: S.CallExpr, name: string): void;
    staticValue(e: S.Expr, fn?: FuncInfo): S.Expr;
    staticCallee(call: S.CallExpr): Callee;
    devirtualize(call: S.CallExpr, f: S.SelectorExpr): Callee | undefined;
    tagHole(ks: Hole[], fn: FuncInfo | undefined, index: number): Hole;
    callCommon(ks: Hole[], call: S.CallExpr, renamed: ReadonlyMap<S.Expr, string> | undefined): void;
    typecheckTempInit(call: S.CallExpr): void;
    markDevirtualized(fn: FuncInfo): void;
    receiverHole(k: Hole, fun: S.SelectorExpr, concrete: Type | undefined, adjust: boolean): Hole;
    tupleTemps(
      call: S.CallExpr,
      names: readonly string[],
      results: readonly Var[],
      inner: S.CallExpr,
    ): Location[];
    tempConversion(k: Hole, pos: Pos, name: string, from: Type, to: Type): Hole;
    goDeferStmt(s: S.CallStmt): void;
    tempVar(pos: Pos, t: Type): Var;
    copyExpr(pos: Pos, e: S.Expr, t: Type, hole?: (k: Hole) => Hole, text?: Text): Var;
  }
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
  /** A method expression T.M: the receiver is the call's first argument. */
  methodExpr?: boolean;
}

Batch.prototype.call = function (this: Batch, ks: Hole[], call: S.CallExpr): void {
  const fun = S.unparen(call.fun);
  const ftv = call.fun.tv!;
  this.typecheckTempInit(call);
  call.fixed = true;
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
};

Batch.prototype.conversion = function conversion(this: Batch, k: Hole, call: S.CallExpr): void {
  const t = call.tv!.type;
  const a = call.args[0]!;
  const at = a.tv!.type;
  const tu = under(t);
  const au = under(at);
  if (a.iface !== undefined) {
    // Explicit conversion to an interface: OCONVIFACE printed with its type.
    // The operand carries the conversion (its iface) for the code generator,
    // which finds the storage's site at it; it is converted once, here.
    if (!isInterface(at) && !isDirectIface(at))
      k = this.spillAt(k, a, call.pos, () => exprString(call, 'ir'));
    this.exprNoConv(k.note(call.pos, call, 'interface-converted'), a);
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
};

Batch.prototype.builtinCall = function builtinCall(
  this: Batch,
  ks: Hole[],
  call: S.CallExpr,
  name: string,
): void {
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
};

// staticValue follows locals bound once to their initial value (ir.StaticValue).
// Only fn's own locals count: inside a closure a captured variable is a
// closure variable (PAUTOHEAP), which staticValue1 does not follow.
Batch.prototype.staticValue = function staticValue(this: Batch, e: S.Expr, fn = this.curfn): S.Expr {
  for (let i = 0; i < 100; i++) {
    const n = S.unparen(e);
    if (n.kind !== 'Name' || n.obj?.kind !== 'var') return n;
    const v = n.obj;
    if (
      v.global ||
      v.fn !== fn ||
      v.defn === undefined ||
      v.reassigned ||
      v.addrTaken ||
      this.locs.get(v)?.reassigned
    )
      return n;
    if (v.defn.iface !== undefined) return v.defn;
    e = v.defn;
  }
  return e;
};

// staticCallee resolves the function a call invokes when it is known,
// devirtualizing interface calls on a value of known concrete type
// (devirtualize.Static).
Batch.prototype.staticCallee = function staticCallee(this: Batch, call: S.CallExpr): Callee {
  const f = S.unparen(call.fun);
  const sv = this.staticValue(f);
  if (sv.kind === 'Name' && sv.obj?.kind === 'func')
    return { fn: sv.obj.info, sig: sv.obj.type, dynamic: false };
  if (sv.kind === 'FuncLit') return { fn: sv.fn, sig: sv.fn!.sig, lit: sv, dynamic: false };
  if (sv.kind === 'SelectorExpr' && sv.selection?.kind === 'pkg' && sv.selection.obj.kind === 'func') {
    return { fn: sv.selection.obj.info, sig: sv.selection.obj.type, dynamic: false };
  }
  // A method expression T.M, called directly or through a local bound to it (StaticCalleeName).
  if (sv.kind === 'SelectorExpr' && sv.selection?.kind === 'methodexpr') {
    const m = sv.selection.obj as Func;
    if (isInterface(sv.selection.recv!)) return { fn: undefined, sig: undefined, dynamic: true };
    return { fn: m.info, sig: m.type, dynamic: false, methodExpr: true };
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
  }
  return { fn: undefined, sig: undefined, dynamic: true };
};

/**
 * devirtualize.Func runs before escape analysis and rewrites the calls it
 * devirtualizes, so every -m message prints them as T.M(x.(T)): mark them
 * (their concrete type) before the function is walked.
 */
Batch.prototype.markDevirtualized = function markDevirtualized(this: Batch, fn: FuncInfo): void {
  S.inspect(fn.decl.body, (n) => {
    if (n.kind === 'FuncLit') return false;
    if (n.kind !== 'CallExpr') return true;
    const f = S.unparen(n.fun);
    if (f.kind !== 'SelectorExpr' || f.selection?.kind !== 'method' || !isInterface(f.x.tv!.type))
      return true;
    const concrete = convertedFrom(this.staticValue(f.x, fn));
    if (concrete !== undefined && lookupFieldOrMethod(concrete, f.sel.value)?.kind === 'method')
      n.devirt = concrete;
    return true;
  });
};

Batch.prototype.devirtualize = function devirtualize(
  this: Batch,
  call: S.CallExpr,
  f: S.SelectorExpr,
): Callee | undefined {
  const concrete = convertedFrom(this.staticValue(f.x));
  if (concrete === undefined) return undefined;
  const sel = lookupFieldOrMethod(concrete, f.sel.value);
  if (sel === undefined || sel.kind !== 'method') return undefined;
  const m = sel.obj as Func;
  const tstr = typeString(concrete, false, true);
  const name = exprString(f, 'ir');
  if (m.decl === undefined) {
    // Promoted from an embedded interface: the call stays dynamic on that field.
    this.devirt(call.pos, `partially devirtualizing ${name} to ${tstr}`);
    return { fn: undefined, sig: m.type, recv: f.x, dynamic: true, concrete };
  }
  this.devirt(call.pos, `devirtualizing ${name} to ${tstr}`);
  return { fn: m.info, sig: m.type, recv: f.x, dynamic: false, concrete, sel };
};

// tagHole returns where an argument for param flows (call.go: tagHole).
Batch.prototype.tagHole = function tagHole(
  this: Batch,
  ks: Hole[],
  fn: FuncInfo | undefined,
  index: number,
): Hole {
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
};

Batch.prototype.callCommon = function callCommon(
  this: Batch,
  ks: Hole[],
  call: S.CallExpr,
  renamed: ReadonlyMap<S.Expr, string> | undefined,
): void {
  const sc = this.staticCallee(call);
  const fun = S.unparen(call.fun);
  // A literal called where it stands (escape/call.go checks call.X for
  // OCLOSURE before a go/defer wrapper's rewriteArgument replaces it with a
  // temporary, so a deferred literal counts too).
  if (sc.lit !== undefined && (fun.kind === 'FuncLit' || (renamed === undefined && fun.kind === 'Name')))
    closureCalled.add(sc.lit.fn!);
  const sig = (sc.sig ?? under(call.fun.tv!.type)) as Signature;
  const fn = sc.fn;
  if (fn !== undefined && this.inBatch.has(fn) && ks.length > 0) {
    fn.sig.results.forEach((r, i) => {
      if (ks[i] !== undefined) this.flow(ks[i]!, this.oldLoc(r));
    });
  }
  const where = renamed === undefined ? call : () => renamedCallString(call, renamed);
  const argument = (k: Hole, arg: S.Expr) => this.expr(k.note(call.pos, where, 'call parameter'), arg);
  // The callee expression.
  if (fun.kind === 'SelectorExpr' && fun.selection?.kind === 'method') {
    // receiver handled below
  } else if (fun.kind === 'FuncLit') {
    this.expr(this.discardHole(), call.fun);
  } else {
    argument(this.discardHole(), call.fun);
  }
  let idx = 0;
  const recvVar = fn?.sig.recv;
  if (sc.recv !== undefined) {
    const k = this.tagHole(ks, fn, idx++).note(call.pos, where, 'call parameter');
    const tmp = this.wrappedOperands.get(sc.recv);
    if (tmp !== undefined) {
      // The temporary holds the receiver as the method takes it.
      this.flow(k, tmp[0]!);
    } else {
      const adjust = !sc.dynamic && recvVar !== undefined;
      this.expr(this.receiverHole(k, fun as S.SelectorExpr, sc.concrete, adjust), sc.recv);
    }
  } else if (sc.methodExpr === true) {
    // Method expression T.M(x, ...): the receiver is the first argument.
    argument(this.tagHole(ks, fn, idx++), call.args[0]!);
  }
  const args = sc.methodExpr === true ? call.args.slice(1) : call.args;
  const params = sig.params;
  const a0 = args[0];
  if (args.length === 1 && a0!.tv?.type.kind === 'tuple' && (a0!.tv.type as Tuple).vars.length > 1) {
    // f(g()): g's results, held by temporaries (typecheck.RewriteMultiValueCall,
    // or go/defer's copies), are f's arguments, converted where f takes an interface.
    const results = (a0!.tv.type as Tuple).vars;
    const names = call.tupleTemps ?? results.map((_, i) => `.autotmp_${i}`);
    const locs =
      this.wrappedOperands.get(a0!) ?? this.tupleTemps(call, names, results, S.unparen(a0!) as S.CallExpr);
    const operand = (k: Hole, i: number, pt: Type): void => {
      this.flow(this.tempConversion(k, call.pos, names[i]!, results[i]!.type, pt), locs[i]!);
    };
    params.forEach((p, i) => {
      const k = this.tagHole(ks, fn, idx + i);
      if (sig.variadic && i === params.length - 1) {
        const site: Site = { pos: call.pos, text: () => '... argument', node: call, kind: 'variadic' };
        const loc = this.newLoc(undefined, site, true);
        this.flow(k.note(call.pos, where, 'call parameter').addr(call.pos, site.text, 'spill'), loc);
        const et = (p.type as { elem: Type }).elem;
        for (let j = i; j < results.length; j++)
          operand(this.asHole(loc).note(call.pos, site.text, 'slice-literal-element'), j, et);
        return;
      }
      operand(k.note(call.pos, where, 'call parameter'), i, p.type);
    });
    return;
  }
  params.forEach((_p, i) => {
    const k = this.tagHole(ks, fn, idx + i);
    if (sig.variadic && i === params.length - 1 && !call.hasDots) {
      const rest = args.slice(i);
      if (rest.length === 0) return;
      // The implicit `... argument` slice literal (typecheck.FixVariadicCall).
      const site: Site = { pos: call.pos, text: () => '... argument', node: call, kind: 'variadic' };
      const loc = this.newLoc(undefined, site, true);
      this.flow(k.note(call.pos, where, 'call parameter').addr(call.pos, site.text, 'spill'), loc);
      for (const a of rest) this.expr(this.asHole(loc).note(call.pos, site.text, 'slice-literal-element'), a);
      return;
    }
    if (args[i] !== undefined) argument(k, args[i]!);
  });
};

/**
 * Where a method call's selected value x flows as its receiver, through the
 * nodes typecheck put between them (receiverPath): for a devirtualized call
 * the assertion x.(T), then each embedded field the method is promoted
 * through (a dot, or a dereference through a pointer), then, when adjust,
 * the implicit & (pointer method on a value) or * (value method through a
 * pointer), all at the method selector.
 */
Batch.prototype.receiverHole = function receiverHole(
  this: Batch,
  k: Hole,
  fun: S.SelectorExpr,
  concrete: Type | undefined,
  adjust: boolean,
): Hole {
  const path = receiverPath(fun, concrete);
  const last = path.steps[path.steps.length - 1]?.text ?? (concrete === undefined ? fun.x : path.base);
  // As at every node (Batch.exprNoConv), a value without pointers holds nothing that can escape.
  const node = (h: Hole, t: Type): Hole => (h.derefs >= 0 && !hasPointers(t) ? this.discardHole() : h);
  let kk = k;
  if (adjust) {
    const isPtr = under(path.type).kind === 'pointer' && path.type.kind !== 'named';
    if (path.method.ptrRecv && !isPtr) kk = kk.addr(fun.pos, last, 'address-of');
    else if (!path.method.ptrRecv && isPtr)
      kk = node(kk, (under(path.type) as { elem: Type }).elem).deref(fun.pos, last, 'indirection');
  }
  kk = node(kk, path.type);
  for (let j = path.steps.length - 1; j >= 0; j--) {
    const step = path.steps[j]!;
    kk = step.ptr ? kk.deref(fun.pos, step.text, 'dot of pointer') : kk.note(fun.pos, step.text, 'dot');
    kk = node(kk, j > 0 ? path.steps[j - 1]!.type : (concrete ?? fun.x.tv!.type));
  }
  return concrete === undefined ? kk : this.dotType(kk, concrete).note(fun.pos, path.base, 'dot');
};

// goDeferStmt: go and defer of a call with operands run a wrapper closure
// `func() { call }` (escape/call.go: goDeferStmt, rewriteArgument, wrapExpr).
// Each operand is first copied into a temporary named as Go names it
// (.autotmp_N, N counting the function's declarations), in the order Go
// visits them: the callee, the receiver, then the arguments, with a slice
// literal argument (the implicit ... one included) peeled so that only its
// elements are copied and the slice itself is built in the wrapper. Then the
// call is analysed with each operand standing for its temporary, and the
// wrapper, which captures the temporaries by value, is spilled: to the heap
// for go and for defer in a loop, to the frame for a top-level defer.
Batch.prototype.goDeferStmt = function goDeferStmt(this: Batch, s: S.CallStmt): void {
  let k = this.heapHole();
  if (s.tok === 'defer' && this.loopDepth === 1) k = this.later(this.discardHole());
  const call = S.unparen(s.call) as S.CallExpr;
  this.typecheckTempInit(call);
  const ftv = call.fun.tv!;
  const fun = S.unparen(call.fun);
  const method = fun.kind === 'SelectorExpr' && fun.selection?.kind === 'method';
  if (ftv.mode !== 'builtin' && ftv.mode !== 'typexpr' && !method) {
    const sig = under(ftv.type) as Signature;
    if (sig.params.length + sig.results.length === 0) {
      this.expr(k, call.fun);
      return;
    }
  }
  call.fixed = true;
  const temps: Var[] = [];
  const names = new Map<S.Expr, string>();
  // While the call is analysed, an operand stands for its temporary (Batch.expr).
  // The wrapper's reference to a temporary is at the position its operand was
  // visited with (ir.NewClosureVar): the call's, or a peeled slice literal's.
  const capturedAt = new Map<Var, Pos>();
  const copy = (
    pos: Pos,
    at: Pos,
    e: S.Expr,
    t: Type = e.iface ?? e.tv!.type,
    hole?: (k: Hole) => Hole,
    text?: Text,
  ) => {
    const v = this.copyExpr(pos, e, t, hole, text);
    temps.push(v);
    capturedAt.set(v, at);
    names.set(e, v.name);
    this.wrappedOperands.set(e, [this.oldLoc(v)]);
  };
  // rewriteArgument's visit: constants, nil, method expressions and
  // functions are left for the wrapper to evaluate.
  const visit = (pos: Pos, e: S.Expr) => {
    const x = S.unparen(e);
    if (x.tv?.mode === 'constant' && e.iface === undefined) return;
    if (x.kind === 'Name' && (x.obj?.kind === 'nil' || x.obj?.kind === 'func')) return;
    if (x.kind === 'SelectorExpr' && x.selection?.kind === 'methodexpr') return;
    if (x.kind === 'SelectorExpr' && x.selection?.kind === 'pkg' && x.selection.obj.kind === 'func') return;
    // The temporary is at the operand's own position when it has one
    // (ir.HasUniquePos: a name has none; an implicit conversion has its own).
    copy(
      e.iface !== undefined ? (e.ifacePos ?? e.pos) : x.kind === 'Name' ? (e.convPos ?? pos) : x.pos,
      pos,
      e,
    );
  };
  const operand = (e: S.Expr) => {
    const x = S.unparen(e);
    if (x.kind === 'CompositeLit' && e.iface === undefined && under(x.tv!.type).kind === 'slice') {
      for (const el of x.elems) visit(x.pos, el.kind === 'KeyValueExpr' ? el.value : el);
    } else visit(call.pos, e);
  };
  if (ftv.mode === 'builtin') {
    for (const a of call.args) if (a.tv?.mode !== 'typexpr') operand(a);
  } else {
    if (!method) operand(call.fun);
    else {
      const sel = fun as S.SelectorExpr;
      const baseT = sel.x.tv!.type;
      if (isInterface(baseT) && call.devirt === undefined) copy(call.pos, call.pos, sel.x);
      else {
        // The receiver as the method takes it: &t for a pointer method on a
        // variable, *p for a value method through a pointer, following
        // embedded fields (typecheck.FixMethodCall), from x.(T) for a
        // devirtualized call; or the embedded interface field an interface
        // method is promoted from. Such an implicit operation has the
        // selector's position.
        const path = receiverPath(sel, call.devirt);
        const recv = path.method.type.recv;
        const implicit =
          call.devirt !== undefined ||
          path.steps.length > 0 ||
          path.method.ptrRecv !== (baseT.kind === 'pointer');
        copy(
          implicit ? sel.pos : call.pos,
          call.pos,
          sel.x,
          recv?.type ?? path.type,
          (h) => this.receiverHole(h, sel, call.devirt, recv !== undefined),
          () => {
            const p = receiverPath(sel, call.devirt);
            return p.steps[p.steps.length - 1]?.text ?? p.base;
          },
        );
      }
    }
    const sig = under(ftv.type) as Signature;
    const a0 = call.args[0];
    if (call.args.length === 1 && sig.params.length > 1 && a0!.tv?.type.kind === 'tuple') {
      // f(g()): each of g's results is copied (typecheck.RewriteMultiValueCall).
      const tmps = (a0.tv!.type as Tuple).vars.map((r) => this.tempVar(call.pos, r.type));
      this.call(
        tmps.map((v) => this.asHole(this.oldLoc(v))),
        S.unparen(a0!) as S.CallExpr,
      );
      temps.push(...tmps);
      this.wrappedOperands.set(
        a0!,
        tmps.map((v) => this.oldLoc(v)),
      );
    } else {
      const nfixed = sig.variadic && !call.hasDots ? sig.params.length - 1 : call.args.length;
      call.args.slice(0, nfixed).forEach(operand);
      // The implicit ... slice literal sits at the call.
      for (const a of call.args.slice(nfixed)) visit(call.pos, a);
    }
  }
  if (ftv.mode === 'builtin') this.builtinCall([], call, (fun as S.Name).value);
  else this.callCommon([], call, names);
  for (const e of names.keys()) this.wrappedOperands.delete(e);
  this.wrappedOperands.delete(call.args[0]!);
  const site: Site = { pos: s.pos, text: () => 'func literal', node: call, kind: 'alloc', wrapper: true };
  const clo = this.newLoc(undefined, site, true);
  this.flow(k.addr(s.pos, site.text, 'spill'), clo);
  this.closures.push({ k: this.asHole(clo), captured: temps, at: capturedAt });
};

/**
 * f(g())'s and return g()'s temporaries for g's results
 * (typecheck.RewriteMultiValueCall): `.autotmp_N, .autotmp_M := g()`, an
 * init statement of the call or return whose declarations of the
 * temporaries give them the loop depth they are made at.
 */
Batch.prototype.tupleTemps = function tupleTemps(
  this: Batch,
  call: S.CallExpr,
  names: readonly string[],
  results: readonly Var[],
  inner: S.CallExpr,
): Location[] {
  const fn = this.curfn;
  const locs = results.map((r, i) => {
    const v = newVar(names[i]!, call.pos, r.type, fn.pkg);
    v.fn = fn;
    return this.newLoc(v, undefined, false);
  });
  this.call(
    locs.map((l) => this.asHole(l)),
    inner,
  );
  return locs;
};

/**
 * The hole a typecheck temporary `name` of type from flows into when it is
 * assigned to type to: an implicit conversion to an interface type it is not
 * identical to (from an interface too: assignconvfn converts any such type)
 * notes interface-converted, and spills it unless it is pointer-shaped or
 * already an interface.
 */
Batch.prototype.tempConversion = function tempConversion(
  this: Batch,
  k: Hole,
  pos: Pos,
  name: string,
  from: Type,
  to: Type,
): Hole {
  if (!isInterface(to) || identical(to, from)) return k;
  const at = { kind: 'Name', pos, value: name } as S.Name;
  const spilled = isInterface(from) || isDirectIface(from) ? k : this.spillAt(k, at, pos);
  return spilled.note(pos, name, 'interface-converted');
};

/**
 * The call's typecheck temporary, if it has one (temps.ts): `.autotmp_N :=
 * callee-or-receiver`, an init statement of the call, analysed before it.
 * The temporary is in the function's declaration list, so its loop depth is
 * the function's.
 */
Batch.prototype.typecheckTempInit = function typecheckTempInit(this: Batch, call: S.CallExpr): void {
  const fun = S.unparen(call.fun);
  const method = fun.kind === 'SelectorExpr' && fun.selection?.kind === 'method';
  const np = S.unparen(method ? (fun as S.SelectorExpr).x : call.fun);
  const name = np.autotmp;
  if (name === undefined || this.tempLocs.has(np)) return;
  const fn = this.curfn;
  const v = newVar(name, call.pos, np.tv!.type, fn.pkg);
  v.fn = fn;
  const depth = this.loopDepth;
  this.loopDepth = 1;
  const loc = this.newLoc(v, undefined, false);
  this.loopDepth = depth;
  this.expr(
    this.asHole(loc).note(call.pos, () => `${name} = ${exprString(np, 'ir')}`, 'assign'),
    np,
  );
  this.tempLocs.set(np, loc);
};

/** A new temporary of the current function, named as Go names it (typecheck.TempAt). */
Batch.prototype.tempVar = function tempVar(this: Batch, pos: Pos, t: Type): Var {
  const fn = this.curfn;
  const n = this.temps.get(fn) ?? declarations(fn) + (this.typecheckTemps.get(fn) ?? 0);
  this.temps.set(fn, n + 1);
  const v = newVar(`.autotmp_${n}`, pos, t, fn.pkg);
  v.fn = fn;
  const loc = this.newLoc(v, undefined, false);
  loc.captured = true;
  return v;
};

/**
 * copyExpr: `tmp := e` for a go/defer operand, a temporary of type t at pos;
 * hole adjusts where e flows and text is what is copied (a receiver reached
 * from e through embedded fields and an implicit & or *).
 */
Batch.prototype.copyExpr = function copyExpr(
  this: Batch,
  pos: Pos,
  e: S.Expr,
  t: Type,
  hole?: (k: Hole) => Hole,
  text: Text = () => exprString(e, 'ir'),
): Var {
  const v = this.tempVar(pos, t);
  const k = this.asHole(this.oldLoc(v)).note(pos, () => `${v.name} = ${text()}`, 'assign');
  this.expr(hole === undefined ? k : hole(k), e);
  return v;
};

/** How many declarations a function's Dcl list holds before its first temporary. */
function declarations(fn: FuncInfo): number {
  const sig = fn.sig;
  const named = [...(sig.recv ? [sig.recv] : []), ...sig.params].filter(
    (v) => v.name !== '' && v.name !== '_',
  );
  // A blank range variable is never declared (irgen assigns to ir.BlankNode).
  const locals = fn.locals.filter((v) => v.name !== '_');
  return named.length + sig.results.length + locals.length;
}
