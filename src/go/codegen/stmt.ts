// Statements: assignments in Go's two phases, declarations, control flow
// (if, for, range, switch, type switch, labels, break/continue/fallthrough),
// return with result areas, defer and go.
//
// Mirrors cmd/compile/internal/walk (assign.go, range.go, switch.go, stmt.go,
// order.go's evaluation order) and ssagen for loops and branches. A Go loop
// becomes `L: for (;;) { B: { body } post }` so that `continue` (a break out of
// B) still runs the post statement.

import { isDirectIface } from '../escape/utils.js';
import { sizeof } from '../sizes.js';
import * as S from '../syntax.js';
import { isInterface, type Type, under, type Var } from '../types.js';
import { isComplexType } from './complex.js';
import { FuncGen } from './func.js';
import { holdsPointers, isWord, load, pointerOffsets, store, tupleLayout, zeroWord } from './types.js';

declare module './func.js' {
  interface FuncGen {
    block(list: S.Stmt[]): void;
    stmt(s: S.Stmt, label?: string): void;
    assign(s: S.AssignStmt): void;
    assignTo(lhs: S.Expr, v: string, t: Type): void;
    declareAndInit(v: Var, pos: S.Name['pos']): void;
    returnStmt(s: S.ReturnStmt): void;
    forStmt(s: S.ForStmt, label: string | undefined): void;
    rangeStmt(s: S.ForStmt, r: S.RangeClause, label: string | undefined): void;
    switchStmt(s: S.SwitchStmt, label: string | undefined): void;
    typeSwitch(s: S.SwitchStmt, g: S.TypeSwitchGuard, label: string | undefined): void;
  }
}

FuncGen.prototype.block = function (this: FuncGen, list: S.Stmt[]): void {
  const slots: number[] = [];
  this.scopes.push(slots);
  this.blockBody(list);
  this.scopes.pop();
  const last = list[list.length - 1];
  if (last?.kind !== 'ReturnStmt' && !(last?.kind === 'BranchStmt')) this.clearSlots(slots);
  // A loop (or an enclosing block) clears them too: break and goto leave without passing here.
  this.scopes[this.scopes.length - 1]?.push(...slots);
};

declare module './func.js' {
  interface FuncGen {
    blockBody(list: S.Stmt[]): void;
    pointerSlotsOf(v: Var): number[];
  }
}

/**
 * Liveness at statement granularity: for each statement of a block, the
 * variables declared in the block (holding pointers, address not taken) that
 * no later statement of the block names. Their slots are cleared after it, as
 * Go's liveness maps let the collector drop an object after its variable's
 * last use: runtime.GC() after a pointer's last use may free (and finalize)
 * its object. A variable a closure captures by reference lives as long as
 * the closure, which may run after the last statement naming it: it is kept,
 * as is every variable of a block with goto targets, to the block's end.
 */
function lastUses(list: S.Stmt[], byRef: ReadonlySet<Var>): (Var[] | undefined)[] {
  const declared = new Set<Var>();
  const last = new Map<Var, number>();
  list.forEach((s, i) => {
    for (const v of declaredBy(s))
      if (v !== undefined && !v.addrTaken && !byRef.has(v) && holdsPointers(v.type)) declared.add(v);
    S.inspect(s, (n) => {
      if (n.kind === 'Name' && n.obj?.kind === 'var' && declared.has(n.obj)) last.set(n.obj, i);
      return true;
    });
  });
  const out: (Var[] | undefined)[] = [];
  for (const [v, i] of last) if (i < list.length - 1) (out[i] ??= []).push(v);
  return out;
}

/** The variables a block's statement declares (var, :=). */
function declaredBy(s: S.Stmt): Var[] {
  if (s.kind === 'AssignStmt' && s.define) return [...(s.newVars ?? [])].map((n) => n.obj as Var);
  if (s.kind === 'DeclStmt')
    return s.decls.flatMap((d) => (d.kind === 'VarDecl' ? d.names.map((n) => n.obj as Var) : []));
  return [];
}

/** The frame words holding v's pointers: its slots, or the one holding its heap cell. */
FuncGen.prototype.pointerSlotsOf = function (this: FuncGen, v: Var): number[] {
  const st = this.vars.get(v);
  if (st === undefined) return [];
  if (st.k === 'heap') return [st.off];
  if (st.k !== 'frame') return [];
  const out: number[] = [];
  pointerOffsets(v.type, st.off, out);
  return out;
};

FuncGen.prototype.blockBody = function (this: FuncGen, list: S.Stmt[]): void {
  const targets = list.filter(
    (s): s is S.LabeledStmt => s.kind === 'LabeledStmt' && this.p.gotoTargets.has(s.label.value),
  );
  if (targets.length === 0) {
    const dead = this.mayGC ? lastUses(list, this.p.capturedByRef) : [];
    list.forEach((s, i) => {
      this.stmt(s);
      const vars = dead[i];
      if (vars !== undefined) this.clearSlots(vars.flatMap((v) => this.pointerSlotsOf(v)));
    });
    return;
  }
  // A block with goto targets: a state machine whose cases start at the
  // labels; goto sets the state and continues the machine's loop. Go forbids
  // jumping into a block or over a declaration, so every jump lands on a case.
  const n = this.labelCount++;
  const pc = this.local('pc');
  const loop = `G${n}`;
  targets.forEach((t, i) => {
    this.gotos.set(t.label.value, { pc, loop, state: i + 1 });
  });
  this.emit(`${pc} = 0;`);
  this.open(`${loop}: for (;;) {`);
  this.open(`switch (${pc}) {`);
  this.emit('case 0:');
  for (const s of list) {
    if (s.kind === 'LabeledStmt' && this.gotos.get(s.label.value)?.loop === loop) {
      this.emit(`case ${this.gotos.get(s.label.value)!.state}:`);
    }
    this.stmt(s);
  }
  this.close();
  this.emit(`break ${loop};`);
  this.close();
};

FuncGen.prototype.stmt = function (this: FuncGen, s: S.Stmt, label?: string): void {
  // The statement's temporaries die with it (a break or return leaves
  // without passing here: the enclosing statements clear them too).
  const temps: number[] = [];
  this.tempScopes.push(temps);
  const pos = this.pos;
  // A call statement stands where its call is, the '(' (a frame's line is
  // its call instruction's): for func() { … }() that is the closing line.
  this.pos = s.kind === 'ExprStmt' && S.unparen(s.x).kind === 'CallExpr' ? S.unparen(s.x).pos : s.pos;
  this.orderCalls(s);
  this.stmtKind(s, label);
  this.hoisted = undefined;
  this.pos = pos;
  this.tempScopes.pop();
  if (!this.mayGC || temps.length === 0) return;
  if (s.kind !== 'ReturnStmt' && s.kind !== 'BranchStmt') this.clearSlots(temps);
  this.tempScopes[this.tempScopes.length - 1]?.push(...temps);
};

declare module './func.js' {
  interface FuncGen {
    stmtKind(s: S.Stmt, label?: string): void;
  }
}

FuncGen.prototype.stmtKind = function (this: FuncGen, s: S.Stmt, label?: string): void {
  switch (s.kind) {
    case 'EmptyStmt':
      return;
    case 'BlockStmt':
      this.open('{');
      this.block(s.list);
      this.close();
      return;
    case 'ExprStmt':
      this.emit(`${this.expr(s.x)};`);
      return;
    case 'SendStmt':
      this.emit(`${this.send(s.chan, s.value)};`);
      return;
    case 'AssignStmt':
      this.assign(s);
      return;
    case 'DeclStmt':
      for (const d of s.decls) {
        if (d.kind !== 'VarDecl') continue;
        const vals = S.exprList(d.values);
        const vars = d.names.map((n) => n.obj as Var | undefined);
        if (vals.length === 1 && d.names.length > 1) {
          // var a, b = f()
          const area = this.expr(vals[0]!);
          const types = vars.map((v) => v!.type);
          const { offs } = tupleLayout((vals[0].tv!.type as { vars: Var[] }).vars.map((x) => x.type));
          const r = this.local('r');
          this.emit(`${r} = ${area};`);
          d.names.forEach((n, i) => {
            const v = n.obj as Var | undefined;
            if (v === undefined || n.value === '_') return;
            this.declareAndInit(v, n.pos);
            const a = `(${r} + ${offs[i]})`;
            this.emit(`${this.writeVar(v, isWord(types[i]!) ? load(types[i]!, a) : a, n.pos)};`);
          });
          continue;
        }
        const evaluated = vals.map((x) => this.parkValue(x.iface ?? x.tv!.type, this.expr(x)));
        const locals = evaluated.map((v) => {
          const t = this.local();
          this.emit(`${t} = ${v};`);
          return t;
        });
        d.names.forEach((n, i) => {
          const v = n.obj as Var | undefined;
          if (v === undefined || n.value === '_') return;
          this.declareAndInit(v, n.pos);
          if (locals[i] !== undefined) this.emit(`${this.writeVar(v, locals[i]!, n.pos)};`);
        });
      }
      return;
    case 'LabeledStmt':
      this.stmt(s.stmt, s.label.value);
      return;
    case 'BranchStmt': {
      const target = s.label?.value;
      if (s.tok === 'goto') {
        const g = this.gotos.get(target!);
        if (g === undefined) this.unsupported(s.pos, 'goto into a block');
        this.emit(`{ ${g.pc} = ${g.state}; ${this.preemptPoint()} continue ${g.loop}; }`);
        return;
      }
      if (s.tok === 'fallthrough') return;
      const loops = this.loopLabels;
      if (s.tok === 'break') {
        if (target === undefined) {
          // Labelled, so that a goto state machine between here and the loop is not what breaks.
          const inner = loops[loops.length - 1];
          this.emit(inner === undefined ? 'break;' : `break ${inner.brk};`);
          return;
        }
        const l = loops.find((x) => x.go === target);
        this.emit(`break ${l?.brk ?? `L_${target}`};`);
        return;
      }
      const l =
        target === undefined
          ? [...loops].reverse().find((x) => x.cont !== '')
          : loops.find((x) => x.go === target);
      this.emit(`break ${l!.cont};`);
      return;
    }
    case 'ReturnStmt':
      this.returnStmt(s);
      return;
    case 'IfStmt': {
      this.open('{');
      if (s.init) this.stmt(s.init);
      this.open(`if (${this.expr(s.cond)}) {`);
      this.block(s.then.list);
      if (s.else !== undefined) {
        this.close('} else {');
        this.indentIn();
        this.stmt(s.else);
      }
      this.close();
      this.close();
      return;
    }
    case 'ForStmt': {
      // Variables of the loop and its body are dead once it ends, however it ends.
      const slots: number[] = [];
      this.scopes.push(slots);
      if (s.init?.kind === 'RangeClause') this.rangeStmt(s, s.init, label);
      else this.forStmt(s, label);
      this.scopes.pop();
      this.clearSlots(slots);
      return;
    }
    case 'SwitchStmt':
      if (s.tag?.kind === 'TypeSwitchGuard') this.typeSwitch(s, s.tag, label);
      else this.switchStmt(s, label);
      return;
    case 'SelectStmt':
      this.selectStmt(s, label);
      return;
    case 'CallStmt':
      if (s.tok === 'defer') this.deferStmt(s.call);
      else this.goStmt(s.call);
      return;
  }
};

declare module './func.js' {
  interface FuncGen {
    indentIn(): void;
    send(ch: S.Expr, v: S.Expr): string;
    recv(e: S.Operation, ok: string | undefined): string;
    mapIndex(e: S.IndexExpr, commaOk: string | false): string;
    selectStmt(s: S.SelectStmt, label: string | undefined): void;
    deferStmt(call: S.Expr): void;
    loopDefer(call: S.CallExpr): void;
    goStmt(call: S.Expr): void;
  }
}

FuncGen.prototype.indentIn = function (this: FuncGen): void {
  // close('} else {') left the level down by one; the else body goes one in.
  this.open('');
  this.lines.pop();
};

FuncGen.prototype.declareAndInit = function (this: FuncGen, v: Var, pos): void {
  this.declare(v);
  this.initVar(v, pos);
};

FuncGen.prototype.assign = function (this: FuncGen, s: S.AssignStmt): void {
  const lhs = S.exprList(s.lhs);
  const rhs = S.exprList(s.rhs);
  // x++, x--, x op= y: the left side's address once.
  if (s.op !== '') {
    const x = lhs[0]!;
    const t = x.tv!.type;
    const y = s.rhs === undefined ? '1' : this.expr(s.rhs);
    const op = s.rhs === undefined ? (s.op === '++' || s.op === '+' ? '+' : '-') : s.op;
    const yt = s.rhs?.tv?.type;
    const ux = S.unparen(x);
    if (isComplexType(t)) {
      this.complexOpAssign(x, op, s.rhs === undefined ? undefined : y);
      return;
    }
    if (ux.kind === 'Name' && ux.obj?.kind === 'var' && this.storage(ux.obj, ux.pos).k === 'js') {
      const name = this.readVar(ux.obj, ux.pos);
      this.emit(`${name} = ${isWord(t) ? this.arith(op, t, name, y, yt) : ''};`);
      return;
    }
    if (!isWord(t)) {
      // s += "x": concatenation into the variable.
      const a = this.local('a');
      const dst = this.temp(t);
      const buf = this.p.siteHeap(s.rhs!) ? '0' : this.tempBytes(32);
      this.emit(`${a} = ${this.addr(x)};`);
      this.emit(`concat(${dst}, ${buf}, [${a}, ${y}]);`);
      this.emit(`${this.copyStmt(t, a, dst, this.addrInHeap(x))};`);
      return;
    }
    if (ux.kind === 'IndexExpr' && under(ux.x.tv!.type).kind === 'map') {
      const mt = ux.x.tv!.type;
      const kt = (under(mt) as { key: Type }).key;
      const m = this.local('m');
      const slot = this.local('a');
      this.emit(`${m} = ${this.expr(ux.x)};`);
      const k = this.addrOfValue(ux.index, ux.index.iface ?? kt);
      this.emit(`${slot} = MAP.mapassign(rt, ${this.p.typeRef(mt)}, ${m}, ${k});`);
      this.emit(`${store(t, slot, this.arith(op, t, load(t, slot), y, yt), true)};`);
      return;
    }
    const a = this.local('a');
    this.emit(`${a} = ${this.addr(x)};`);
    this.emit(`${store(t, a, this.arith(op, t, load(t, a), y, yt), this.addrInHeap(x))};`);
    return;
  }
  if (s.define) {
    for (const n of lhs) {
      if (n.kind === 'Name' && s.newVars?.has(n) && n.value !== '_') {
        const v = n.obj as Var;
        this.declare(v);
      }
    }
  }
  const initNew = (n: S.Expr) => {
    if (s.define && n.kind === 'Name' && s.newVars?.has(n) && n.value !== '_') {
      const v = n.obj as Var;
      const st = this.storage(v, n.pos);
      if (st.k === 'heap') this.initVar(v, n.pos);
      else if (st.k === 'js') this.emit(`${st.name} = ${zeroWord(v.type)};`);
    }
  };
  // a, b = f()
  if (rhs.length === 1 && lhs.length > 1) {
    const r = rhs[0]!;
    const ur = S.unparen(r);
    const ok = this.local('ok');
    let v: string;
    let vt: Type;
    if (ur.kind === 'IndexExpr' && under(ur.x.tv!.type).kind === 'map') {
      v = this.mapIndex(ur, ok);
      vt = ur.tv!.type;
    } else if (ur.kind === 'AssertExpr') {
      v = this.assertExpr(ur, ok);
      vt = ur.tv!.type;
    } else if (ur.kind === 'Operation' && ur.op === '<-' && ur.y === undefined) {
      v = this.recv(ur, ok);
      vt = ur.tv!.type;
    } else {
      // A call with several results: its result area.
      const types = (r.tv!.type as { vars: Var[] }).vars.map((x) => x.type);
      const { offs } = tupleLayout(types);
      const area = this.local('r');
      this.emit(`${area} = ${this.expr(r)};`);
      lhs.forEach((l, i) => {
        initNew(l);
        if (l.kind === 'Name' && l.value === '_') return;
        const a = `(${area} + ${offs[i]})`;
        const t = types[i]!;
        let val = isWord(t) ? load(t, a) : a;
        if (l.iface !== undefined && !isInterface(t)) val = this.convIfaceOf(t, l.iface, val, l);
        this.assignTo(l, val, l.iface ?? t);
      });
      return;
    }
    const tmp = this.local();
    this.emit(`${tmp} = ${isWord(vt) ? v : this.parkValue(vt, v)};`);
    initNew(lhs[0]!);
    initNew(lhs[1]!);
    if (!(lhs[0]!.kind === 'Name' && (lhs[0] as S.Name).value === '_')) this.assignTo(lhs[0]!, tmp, vt);
    if (!(lhs[1]!.kind === 'Name' && (lhs[1] as S.Name).value === '_'))
      this.assignTo(lhs[1]!, ok, lhs[1].tv!.type);
    return;
  }
  if (lhs.length === 1) {
    const l = lhs[0]!;
    const r = rhs[0]!;
    const t = r.iface ?? r.tv!.type;
    initNew(l);
    if (l.kind === 'Name' && l.value === '_') {
      this.emit(`${this.expr(r)};`);
      return;
    }
    this.assignTo(l, this.expr(r), t);
    return;
  }
  // Parallel assignment in Go's two phases: the left sides' operands (the
  // addresses they store to) and then the right sides are evaluated, left to
  // right; then the stores happen, left to right.
  const places = lhs.map((l) => {
    const u = S.unparen(l);
    if (u.kind === 'Name' || (u.kind === 'IndexExpr' && under(u.x.tv!.type).kind === 'map')) return undefined;
    const slot = this.tempPtr();
    this.emit(`U32[(fp + ${slot}) >>> 2] = ${this.addr(l)};`);
    return `U32[(fp + ${slot}) >>> 2]`;
  });
  const vals = rhs.map((r) => this.hold(r.iface ?? r.tv!.type, this.expr(r)));
  lhs.forEach((l, i) => {
    initNew(l);
    if (l.kind === 'Name' && l.value === '_') return;
    const place = places[i];
    if (place === undefined) this.assignTo(l, vals[i]!, rhs[i]!.iface ?? rhs[i].tv!.type);
    else this.emit(`${this.storeInto(l.tv!.type, place, vals[i]!, this.addrInHeap(l))};`);
  });
};

declare module './func.js' {
  interface FuncGen {
    hold(t: Type, v: string): string;
  }
}

/**
 * Evaluates v now (a statement) and returns how to read it later: a
 * JavaScript temporary for a scalar, a frame temporary (which the collector
 * sees) for a pointer or a memory value.
 */
FuncGen.prototype.hold = function (this: FuncGen, t: Type, v: string): string {
  if (isWord(t) && !holdsPointers(t)) {
    const tmp = this.local();
    this.emit(`${tmp} = ${v};`);
    return tmp;
  }
  const tmp = this.temp(t);
  this.emit(`${this.storeInto(t, tmp, v, false)};`);
  return isWord(t) ? load(t, tmp) : tmp;
};

declare module './func.js' {
  interface FuncGen {
    convIfaceOf(t: Type, target: Type, v: string, at: S.Expr): string;
  }
}

/** A tuple element of type t converted to interface target (assignments from calls). */
FuncGen.prototype.convIfaceOf = function (
  this: FuncGen,
  t: Type,
  target: Type,
  v: string,
  at: S.Expr,
): string {
  const fake = { ...at, tv: { mode: 'value' as const, type: t } } as S.Expr;
  return this.convIface(fake, target, v);
};

/** Stores value v (word or address) of type t into the location lhs. */
FuncGen.prototype.assignTo = function (this: FuncGen, lhs: S.Expr, v: string, t: Type): void {
  const l = S.unparen(lhs);
  if (l.kind === 'Name' && l.obj?.kind === 'var') {
    this.emit(`${this.writeVar(l.obj, v, l.pos)};`);
    return;
  }
  if (l.kind === 'IndexExpr' && under(l.x.tv!.type).kind === 'map') {
    const mt = l.x.tv!.type;
    const kt = (under(mt) as { key: Type }).key;
    const et = (under(mt) as { elem: Type }).elem;
    // The value is held in the frame while mapassign may allocate.
    const held = this.local();
    this.emit(`${held} = ${this.parkValue(t, v)};`);
    const m = this.local('m');
    this.emit(`${m} = ${this.expr(l.x)};`);
    const k = this.addrOfValue(l.index, l.index.iface ?? kt);
    this.emit(`${this.storeInto(et, `MAP.mapassign(rt, ${this.p.typeRef(mt)}, ${m}, ${k})`, held, true)};`);
    return;
  }
  const held = this.local();
  this.emit(`${held} = ${v};`);
  this.emit(`${this.storeInto(lhs.tv!.type, this.addr(lhs), held, this.addrInHeap(lhs))};`);
};

FuncGen.prototype.returnStmt = function (this: FuncGen, s: S.ReturnStmt): void {
  const results = S.exprList(s.results);
  const sig = this.fn.sig;
  if (this.hasDefer) {
    // Results go to the result variables; the deferred calls may still change them.
    if (results.length === 1 && sig.results.length > 1) {
      const types = sig.results.map((r) => r.type);
      const { offs } = tupleLayout(types);
      const area = this.local('r');
      this.emit(`${area} = ${this.expr(results[0]!)};`);
      this.resultVars.forEach((v, i) => {
        const a = `(${area} + ${offs[i]})`;
        this.emit(`${this.writeVar(v, isWord(v.type) ? load(v.type, a) : a, s.pos)};`);
      });
    } else if (results.length > 0) {
      const vals = results.map((r, i) => {
        const t = sig.results[i]!.type;
        const v = this.expr(r);
        return results.length === 1 ? v : this.hold(t, v);
      });
      this.resultVars.forEach((v, i) => {
        this.emit(`${this.writeVar(v, vals[i]!, s.pos)};`);
      });
    }
    this.emit('return;');
    return;
  }
  const res = this.resLayout;
  if (res === undefined) {
    if (results.length === 0 && this.resultVars.length === 1) {
      const r = this.local('r');
      this.emit(`${r} = ${this.readVar(this.resultVars[0]!, s.pos)};`);
      this.emit(`${this.epilogue()}`);
      this.emit(`return ${r};`);
      return;
    }
    if (results.length === 0) {
      this.emit(`${this.epilogue()}`);
      this.emit('return;');
      return;
    }
    const r = this.local('r');
    this.emit(`${r} = ${this.expr(results[0]!)};`);
    this.emit(`${this.epilogue()}`);
    this.emit(`return ${r};`);
    return;
  }
  const types = sig.results.map((r) => r.type);
  if (results.length === 0) {
    // Named results: copy them out.
    this.resultVars.forEach((v, i) => {
      this.emit(`${this.storeInto(v.type, `(res + ${res.offs[i]})`, this.readVar(v, s.pos), false)};`);
    });
  } else if (results.length === 1 && types.length > 1) {
    const area = this.expr(results[0]!);
    const { size } = tupleLayout(types);
    this.emit(`mv(res, ${area}, ${size});`);
  } else {
    const vals = this.evalSafe(results, types);
    // Each result is held until every one is computed: a later one may read what an earlier store changes.
    const held = vals.length === 1 ? vals : vals.map((v, i) => this.hold(types[i]!, v));
    held.forEach((v, i) => {
      this.emit(`${this.storeInto(types[i]!, `(res + ${res.offs[i]})`, v, false)};`);
    });
  }
  this.emit(`${this.epilogue()}`);
  this.emit('return;');
};

FuncGen.prototype.forStmt = function (this: FuncGen, s: S.ForStmt, label: string | undefined): void {
  const n = this.labelCount++;
  const brk = label !== undefined ? `L_${label}` : `L${n}`;
  const cont = `C${n}`;
  this.open('{');
  if (s.init !== undefined && s.init.kind !== 'RangeClause') this.stmt(s.init);
  this.open(`${brk}: for (;;) {`);
  if (s.cond !== undefined) this.emit(`if (!(${this.expr(s.cond)})) break;`);
  this.loopLabels.push({ go: label, brk, cont });
  this.loopDepth++;
  this.open(`${cont}: {`);
  this.block(s.body.list);
  this.close();
  this.loopDepth--;
  this.loopLabels.pop();
  if (s.post !== undefined) this.stmt(s.post);
  this.preemptCheck();
  this.close();
  this.close();
};

declare module './func.js' {
  interface FuncGen {
    preemptCheck(): void;
  }
}

/**
 * A preemption point (loop back edges, backward gotos; analysis.ts makes them
 * collection points): once the running goroutine has used its time slice, a
 * generator yields, a plain function runs the other goroutines nested on its
 * JavaScript stack (runtime/proc.ts, preemptNested). The inline countdown of a
 * JavaScript variable keeps the common case to a decrement and a compare
 * (preemptCode, func.ts).
 */
FuncGen.prototype.preemptCheck = function (this: FuncGen): void {
  this.emit(this.preemptPoint());
};

FuncGen.prototype.rangeStmt = function (
  this: FuncGen,
  s: S.ForStmt,
  r: S.RangeClause,
  label: string | undefined,
): void {
  const n = this.labelCount++;
  const brk = label !== undefined ? `L_${label}` : `L${n}`;
  const cont = `C${n}`;
  const xt = r.x.tv!.type;
  const u = under(xt);
  const lhs = S.exprList(r.lhs);
  const k = lhs[0];
  const v = lhs[1];
  const blank = (x: S.Expr | undefined) => x === undefined || (x.kind === 'Name' && x.value === '_');
  this.open('{');
  if (r.def) {
    for (const x of lhs) {
      if (x.kind === 'Name' && !blank(x) && x.obj?.kind === 'var') this.declareAndInit(x.obj, x.pos);
    }
  }
  const put = (lhsX: S.Expr | undefined, val: string, t: Type) => {
    if (blank(lhsX)) return;
    this.assignTo(lhsX!, val, t);
  };
  const body = () => {
    this.loopLabels.push({ go: label, brk, cont });
    this.loopDepth++;
    this.open(`${cont}: {`);
    this.block(s.body.list);
    this.close();
    this.loopDepth--;
    this.loopLabels.pop();
  };
  const i = this.local('i');
  const len = this.local('n');
  if (u.kind === 'slice' || u.kind === 'array' || (u.kind === 'pointer' && under(u.elem).kind === 'array')) {
    const et =
      u.kind === 'slice'
        ? u.elem
        : u.kind === 'array'
          ? u.elem
          : (under((u as { elem: Type }).elem) as { elem: Type }).elem;
    const es = sizeof(et);
    const base = this.local('b');
    if (u.kind === 'slice') {
      const hdr = this.temp(xt);
      // A range only reads []byte(s): it views s's bytes (exprNoCopy).
      this.emit(`${this.copyStmt(xt, hdr, this.exprNoCopy(r.x, 'bytes'), false)};`);
      this.emit(`${base} = ${hdr}; ${len} = ldn(${hdr} + 8);`);
      this.emit(`${brk}: for (${i} = 0; ${i} < ${len}; ${i}++) {`);
      this.indentIn();
      put(k, i, lhs[0]?.tv?.type ?? xt);
      if (!blank(v)) {
        const ea = `(U32[${base} >>> 2] + ${i} * ${es})`;
        put(v, isWord(et) ? load(et, ea) : ea, et);
      }
    } else if (u.kind === 'array') {
      const arrLen = u.len;
      if (!blank(v)) {
        // The range expression is evaluated once: a copy of the array.
        const copy = this.temp(xt);
        this.emit(`${this.copyStmt(xt, copy, this.expr(r.x), false)};`);
        this.emit(`${base} = ${copy};`);
      } else this.emit(`${this.expr(r.x)};`);
      this.emit(`${brk}: for (${i} = 0; ${i} < ${arrLen}; ${i}++) {`);
      this.indentIn();
      put(k, i, lhs[0]?.tv?.type ?? xt);
      if (!blank(v)) {
        const ea = `(${base} + ${i} * ${es})`;
        put(v, isWord(et) ? load(et, ea) : ea, et);
      }
    } else {
      const arrLen = (under((u as { elem: Type }).elem) as { len: number }).len;
      const pv = this.spill(xt, this.expr(r.x));
      this.emit(`${base} = ${pv};`);
      this.emit(`${brk}: for (${i} = 0; ${i} < ${arrLen}; ${i}++) {`);
      this.indentIn();
      put(k, i, lhs[0]?.tv?.type ?? xt);
      if (!blank(v)) {
        const ea = `(chk(U32[${base} >>> 2]) + ${i} * ${es})`;
        put(v, isWord(et) ? load(et, ea) : ea, et);
      }
    }
    body();
    this.preemptCheck();
    this.close();
    this.close();
    return;
  }
  if (u.kind === 'basic') {
    // Strings: runes, with the byte index of each.
    const hdr = this.temp(xt);
    const rn = this.local('r');
    const next = this.local('x');
    this.emit(`${this.copyStmt(xt, hdr, this.expr(r.x), false)};`);
    this.emit(`${len} = ldn(${hdr} + 8);`);
    this.emit(`${brk}: for (${i} = 0; ${i} < ${len}; ${i} = ${next}) {`);
    this.indentIn();
    // decodeRune packs the rune and its width: rune << 3 | width.
    this.emit(
      `${rn} = decodeRune(U32[${hdr} >>> 2], ${len}, ${i}); ${next} = ${i} + (${rn} & 7); ${rn} >>>= 3;`,
    );
    put(k, i, lhs[0]?.tv?.type ?? xt);
    if (!blank(v)) put(v, rn, lhs[1].tv!.type);
    body();
    this.preemptCheck();
    this.close();
    this.close();
    return;
  }
  if (u.kind === 'map') {
    const it = this.tempBytes(96, [0, 8, 24, 32, 40, 48, 56]);
    const mt = this.p.typeRef(xt);
    this.emit(`MAP.mapiterinit(rt, ${mt}, ${this.expr(r.x)}, ${it});`);
    this.emit(`${brk}: for (; U32[${it} >>> 2] !== 0; MAP.mapiternext(rt, ${it})) {`);
    this.indentIn();
    const kt = u.key;
    const et = u.elem;
    const ka = `U32[${it} >>> 2]`;
    const ea = `U32[(${it} + 8) >>> 2]`;
    put(k, isWord(kt) ? load(kt, ka) : ka, kt);
    if (!blank(v)) put(v, isWord(et) ? load(et, ea) : ea, et);
    body();
    this.preemptCheck();
    this.close();
    this.close();
    return;
  }
  if (u.kind === 'chan') {
    const et = u.elem;
    const c = this.spill(xt, this.expr(r.x));
    const slot = this.temp(et);
    const ok = this.local('ok');
    this.emit(`${i} = ${c};`);
    this.emit(`${brk}: for (;;) {`);
    this.indentIn();
    this.emit(`${ok} = (${this.site()}yield* CHAN.chanrecv(sched, U32[${i} >>> 2], ${slot}));`);
    this.emit(`if (!${ok}) break;`);
    put(k, isWord(et) ? load(et, slot) : slot, et);
    body();
    this.close();
    this.close();
    return;
  }
  this.unsupported(s.pos, `range over ${u.kind}`);
};

declare module './func.js' {
  interface FuncGen {
    caseSwitch(
      s: S.SwitchStmt,
      label: string | undefined,
      prologue: () => void,
      condOf: (x: S.Expr) => string,
      enter: (cl: S.CaseClause) => void,
    ): void;
  }
}

/**
 * The shape both switches compile to: the clause is chosen first (the cases
 * tried in order until one holds, else default), then a JavaScript switch
 * runs it, falling through where Go's fallthrough says.
 */
FuncGen.prototype.caseSwitch = function (this: FuncGen, s, label, prologue, condOf, enter): void {
  const n = this.labelCount++;
  const brk = label !== undefined ? `L_${label}` : `L${n}`;
  this.open(`${brk}: {`);
  if (s.init) this.stmt(s.init);
  prologue();
  const c = this.local('k');
  this.emit(`${c} = -1;`);
  let def = -1;
  const conds: string[] = [];
  s.body.forEach((cl, i) => {
    if (cl.cases === undefined) def = i;
    else for (const x of S.exprList(cl.cases)) conds.push(`if (${condOf(x)}) ${c} = ${i};`);
  });
  conds.forEach((cond, i) => {
    this.emit(i === 0 ? cond : `else ${cond}`);
  });
  if (def >= 0) this.emit(`if (${c} < 0) ${c} = ${def};`);
  this.loopLabels.push({ go: label, brk, cont: '' });
  this.open(`switch (${c}) {`);
  s.body.forEach((cl, i) => {
    this.open(`case ${i}: {`);
    enter(cl);
    this.block(cl.body);
    const last = cl.body[cl.body.length - 1];
    if (!(last?.kind === 'BranchStmt' && last.tok === 'fallthrough')) this.emit('break;');
    this.close();
  });
  this.close();
  this.loopLabels.pop();
  this.close();
};

FuncGen.prototype.switchStmt = function (this: FuncGen, s: S.SwitchStmt, label: string | undefined): void {
  const tagT = s.tag?.tv?.type;
  let tag = '';
  this.caseSwitch(
    s,
    label,
    () => {
      if (s.tag === undefined) return;
      // Against constant cases alone, string(b) is only compared (exprNoCopy).
      const consts = s.body.every(
        (cl) => cl.cases === undefined || S.exprList(cl.cases).every((x) => x.tv?.mode === 'constant'),
      );
      const v = consts ? this.exprNoCopy(s.tag, 'string') : this.expr(s.tag);
      if (isWord(tagT!)) {
        tag = this.local('g');
        this.emit(`${tag} = ${v};`);
      } else {
        tag = this.temp(tagT!);
        this.emit(`${this.copyStmt(tagT!, tag, v, false)};`);
      }
    },
    (x) => {
      if (s.tag === undefined) return this.expr(x);
      return this.compareOperands('==', tagT!, tag, x.tv!.type, this.expr(x));
    },
    () => {},
  );
};

FuncGen.prototype.typeSwitch = function (
  this: FuncGen,
  s: S.SwitchStmt,
  g: S.TypeSwitchGuard,
  label: string | undefined,
): void {
  const it = g.x.tv!.type;
  let x = '';
  let tw = '';
  this.caseSwitch(
    s,
    label,
    () => {
      x = this.temp(it);
      this.emit(`${this.copyStmt(it, x, this.expr(g.x), false)};`);
      tw = this.local('w');
      this.emit(`${tw} = U32[${x} >>> 2];`);
    },
    (ce) => {
      const t = ce.tv!.type;
      if (ce.tv!.mode !== 'typexpr') return `${tw} === 0`;
      if (isInterface(t))
        return `${tw} !== 0 && assertI(${this.p.ifaceRef(t)}, ${x}, false, ${this.p.typeRef(it)})`;
      this.p.noteConverted(t);
      return `${tw} === ${this.p.typeId(t) + 1}`;
    },
    (cl) => {
      // The clause's variable: the value of its one type, else the interface itself.
      const v = cl.implicit;
      if (v === undefined || g.lhs === undefined) return;
      this.declareAndInit(v, g.lhs.pos);
      const cs = cl.cases === undefined ? [] : S.exprList(cl.cases);
      const t = cs.length === 1 && cs[0].tv!.mode === 'typexpr' ? cs[0].tv!.type : undefined;
      let val = x;
      if (t !== undefined && !isInterface(t)) {
        const data = `U32[(${x} + 8) >>> 2]`;
        if (!isWord(t)) val = isDirectIface(t) ? this.directValue(t, data) : data;
        else val = isDirectIface(t) ? data : load(t, data);
      } else if (t !== undefined) {
        const dst = this.temp(t);
        val = `(mv4(${dst}, ${x}, 4), ${dst})`;
      }
      this.emit(`${this.writeVar(v, val, g.lhs.pos)};`);
    },
  );
};
