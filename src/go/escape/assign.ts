// Assignments (cmd/compile/internal/escape/assign.go: addr, assignList,
// reassigned; utils.go: isSelfAssign). A store through a pointer, slice
// element or map entry is a store to the heap; only locals and the fields
// and array elements of locals have a location of their own.
import type { Pos } from '../errors.js';
import { exprString, nodeString } from '../exprfmt.js';
import * as S from '../syntax.js';
import { under, type Var } from '../types.js';
import { Batch } from './batch.js';
import type { Hole } from './graph.js';
import { isReflectHeaderData, isSelfAssign } from './utils.js';

declare module './batch.js' {
  interface Batch {
    assignStmt(s: S.AssignStmt): void;
    assignMulti(lhs: S.Expr[], rhs: S.Expr, pos: Pos, decl: boolean, s?: S.AssignStmt): void;
    reassigned(ks: Hole[], _where: S.AssignStmt, defined: Set<S.Name> | undefined): void;
    addr(e: S.Expr): Hole;
    assignHeap(src: S.Expr, why: string, where: S.Expr | S.Stmt): void;
  }
}

Batch.prototype.assignStmt = function assignStmt(this: Batch, s: S.AssignStmt): void {
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
      // Go names the whole statement, so each pair of a swap repeats it.
      if (this.diag) this.warn(s.pos, `${this.curfn.name} ignoring self-assignment in ${nodeString(s)}`);
      k = this.discardHole();
    }
    this.expr(k.note(s.pos, s, why), src);
  });
  this.reassigned(ks, s, s.define ? s.newVars : undefined);
};

Batch.prototype.assignMulti = function assignMulti(
  this: Batch,
  lhs: S.Expr[],
  rhs: S.Expr,
  pos: Pos,
  decl: boolean,
  s?: S.AssignStmt,
): void {
  const ks = lhs.map((e) =>
    decl && e.kind === 'Name' && e.obj?.kind === 'var' ? this.asHole(this.oldLoc(e.obj)) : this.addr(e),
  );
  const u = S.unparen(rhs);
  if (u.kind === 'CallExpr' && rhs.tv?.type.kind === 'tuple') {
    this.call(ks, u);
  } else {
    // v, ok = x.(T) / m[k] / <-ch: the value flows to the first destination,
    // for the reason naming the statement's op (OAS2DOTTYPE, OAS2MAPR,
    // OAS2RECV). A var declaration is such a statement too, with =.
    const why =
      u.kind === 'AssertExpr'
        ? 'assign-pair-dot-type'
        : u.kind === 'IndexExpr'
          ? 'assign-pair-mapr'
          : 'assign-pair-receive';
    const where = s ?? (() => `${lhs.map((e) => exprString(e, 'ir')).join(', ')} = ${exprString(rhs, 'ir')}`);
    this.expr(ks[0]!.note(pos, where, why), rhs);
  }
  if (s !== undefined) this.reassigned(ks, s, s.define ? s.newVars : undefined);
};

Batch.prototype.reassigned = function reassigned(
  this: Batch,
  ks: Hole[],
  _where: S.AssignStmt,
  defined: Set<S.Name> | undefined,
): void {
  const definedVars = new Set([...(defined ?? [])].map((n) => n.obj));
  for (const k of ks) {
    const loc = k.dst;
    if (loc === this.blankLoc || loc === this.heapLoc) continue;
    if (loc.v !== undefined && definedVars.has(loc.v)) continue;
    loc.reassigned = true;
  }
};

// addr returns the hole for assigning to e (assign.go: addr).
Batch.prototype.addr = function addr(this: Batch, e: S.Expr): Hole {
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
};

Batch.prototype.assignHeap = function assignHeap(
  this: Batch,
  src: S.Expr,
  why: string,
  where: S.Expr | S.Stmt,
): void {
  this.expr(this.heapHole().note(where.pos, where, why), src);
};
