// Evaluation order within a statement: calls before the loads they may change.
//
// Mirrors cmd/compile's walk/order.go, which moves every call of a statement
// (ir.OCALLFUNC, OCALLINTER, OCALLMETH) into a temporary ahead of it, in the
// order the calls are made, and leaves plain loads where they are. The spec
// leaves the order of a load and a call in one expression unspecified; gc
// makes the load see what the call did: with f setting x,
// fmt.Println(x, f()) prints f's x, and []int{y, g(), y} holds g's y twice.
// JavaScript evaluates operands left to right, so a load written before a
// call would see the old value.
//
// Only statements where it matters are reordered: one holding a load a call
// could change (a global, a variable on the heap, captured by reference or
// with its address taken, anything read through a pointer, slice, map or
// field) ahead of a call. Then every call of the statement is hoisted, in
// order, into a temporary (a frame slot when it holds pointers, so the
// collector sees it), and the statement reads the temporaries. Calls in the
// right operand of && and || run only when it is evaluated, and function
// literals' bodies are other functions: neither is hoisted nor looked into.
// The left side of an assignment is a place, not a load: only its operands
// (an index, a pointer) are loads.

import * as S from '../syntax.js';
import { isInterface, type Type, under, type Var } from '../types.js';
import { FuncGen } from './func.js';
import { holdsPointers, isWord, load, store as storeWord } from './types.js';

declare module './func.js' {
  interface FuncGen {
    orderCalls(s: S.Stmt): void;
  }
}

/** A call order.go hoists: a function or method call with one result. */
function hoistable(e: S.Expr): e is S.CallExpr {
  if (e.kind !== 'CallExpr') return false;
  const fun = S.unparen(e.fun);
  if (fun.tv?.mode === 'typexpr') return false;
  if (fun.kind === 'Name' && fun.obj?.kind === 'builtin') return false;
  if (fun.kind === 'SelectorExpr' && fun.selection?.kind === 'pkg' && fun.selection.obj.kind === 'builtin')
    return false;
  const t = e.tv?.type;
  return t !== undefined && t.kind !== 'tuple';
}

/** The statement's expressions in evaluation order, each marked as a place (an assignment's left side) or not. */
function operands(s: S.Stmt): { e: S.Expr; place: boolean }[] {
  switch (s.kind) {
    case 'ExprStmt':
      return [{ e: s.x, place: false }];
    case 'AssignStmt':
      return [
        // x op= y reads x too.
        ...S.exprList(s.lhs).map((e) => ({ e, place: !s.define && s.op === '' })),
        ...(s.rhs === undefined ? [] : S.exprList(s.rhs).map((e) => ({ e, place: false }))),
      ];
    case 'ReturnStmt':
      return s.results === undefined ? [] : S.exprList(s.results).map((e) => ({ e, place: false }));
    default:
      return [];
  }
}

FuncGen.prototype.orderCalls = function (this: FuncGen, s: S.Stmt): void {
  const ops = operands(s);
  if (ops.length === 0) return;
  // A variable a call can change: not a local only this frame reaches.
  const shared = (v: Var): boolean =>
    v.global || v.addrTaken || this.p.capturedByRef.has(v) || this.p.escape.heapVars.has(v);
  const calls: S.CallExpr[] = [];
  let loaded = false;
  let needed = false;
  // Places the code generator evaluates out of source order: an assignment's
  // right side before its left side's operands, append's values before its
  // slice. Calls there keep their order only when hoisted.
  let outOfOrder = false;
  let inLeft = false;
  const visit = (e: S.Expr, place: boolean): void => {
    if (e.tv?.mode === 'constant' || e.tv?.mode === 'typexpr') return;
    switch (e.kind) {
      case 'FuncLit':
        return;
      case 'Name':
        if (!place && e.obj?.kind === 'var' && shared(e.obj)) loaded = true;
        return;
      case 'Operation':
        visit(e.x, false);
        if (e.y === undefined) {
          if (e.op === '*' && !place) loaded = true;
          return;
        }
        // The right operand of && and || runs only sometimes: left as it is.
        if (e.op !== '&&' && e.op !== '||') visit(e.y, false);
        return;
      case 'CallExpr': {
        const fun = S.unparen(e.fun);
        if (fun.kind === 'Name' && fun.obj?.kind === 'builtin' && fun.obj.name === 'append')
          outOfOrder = true;
        for (const c of [e.fun, ...e.args]) visit(c, false);
        if (hoistable(e)) {
          if (loaded) needed = true;
          if (inLeft) outOfOrder = true;
          calls.push(e);
        }
        return;
      }
      case 'SelectorExpr':
        visit(e.x, false);
        if (!place && e.selection?.kind === 'field') loaded = true;
        return;
      case 'IndexExpr':
        visit(e.x, false);
        visit(e.index, false);
        if (!place) loaded = true;
        return;
      case 'CompositeLit':
        // A map literal is its entries' assignments, one after another (order.go's
        // OMAPLIT): its calls stay in it, after what comes before.
        if (e.tv !== undefined && under(e.tv.type).kind === 'map') return;
        S.forEachChild(e as unknown as Record<string, unknown>, child);
        return;
      default:
        S.forEachChild(e as unknown as Record<string, unknown>, child);
        if (!place && (e.kind === 'SliceExpr' || e.kind === 'AssertExpr')) loaded = true;
    }
  };
  // A child node, visited by the walk above (inspect hands over each node of the child once).
  const child = (c: unknown): void =>
    S.inspect(c, (n) => {
      visit(n as S.Expr, false);
      return false;
    });
  for (const { e, place } of ops) {
    inLeft = place;
    visit(e, place);
  }
  if (!needed && !(outOfOrder && calls.length > 1)) return;
  const hoisted = new Map<object, string>();
  this.hoisted = hoisted;
  for (const c of calls) {
    const t = c.tv!.type as Type;
    const v = this.exprNoIface(c);
    let at: string;
    if (isWord(t) && !holdsPointers(t)) {
      at = this.local('h');
      this.emit(`${at} = ${v};`);
    } else if (isWord(t)) {
      const slot = this.temp(t);
      this.emit(`${storeWord(t, slot, v, false)};`);
      at = load(t, slot);
    } else {
      at = this.temp(t);
      this.emit(`${this.copyStmt(t, at, v, false)};`);
    }
    hoisted.set(c, at);
  }
};

/** The value of a hoisted call, converted where the statement needs an interface. */
export function hoistedValue(g: FuncGen, e: S.Expr): string | undefined {
  const h = g.hoisted?.get(e);
  if (h === undefined) return undefined;
  return e.iface !== undefined && !isInterface(e.tv!.type) ? g.convIface(e, e.iface, h) : h;
}
