// Statements (cmd/compile/internal/escape/stmt.go: stmt, block, dcl and the
// range and switch cases): how each statement connects its expressions to
// the locations they are assigned to, and the loop depth that bounds a
// variable's lifetime.
import { caseClauseString, exprString } from '../exprfmt.js';
import * as S from '../syntax.js';
import { hasPointers, type Tuple, under, type Var } from '../types.js';
import { Batch } from './batch.js';
import type { Hole } from './graph.js';

declare module './batch.js' {
  interface Batch {
    block(list: S.Stmt[]): void;
    dcl(v: Var): Hole;
    stmt(s: S.Stmt): void;
    rangeStmt(s: S.ForStmt, r: S.RangeClause): void;
  }
}

Batch.prototype.block = function block(this: Batch, list: S.Stmt[]): void {
  const saved = this.loopDepth;
  for (const s of list) this.stmt(s);
  this.loopDepth = saved;
};

Batch.prototype.dcl = function dcl(this: Batch, v: Var): Hole {
  const loc = this.locs.get(v) ?? this.newLoc(v, undefined, false);
  loc.loopDepth = this.loopDepth;
  return this.asHole(loc);
};

Batch.prototype.stmt = function stmt(this: Batch, s: S.Stmt): void {
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
          this.assignMulti(d.names, values[0]!, d.names[0]!.pos, true);
          continue;
        }
        vars.forEach((v, i) => {
          const k = v.name === '_' ? this.discardHole() : this.asHole(this.oldLoc(v));
          // A declaration is one assignment per variable, each positioned at
          // the declaration (its first variable).
          const where = vars.length > 1 ? () => `${v.name} = ${exprString(values[i]!, 'ir')}` : s;
          this.expr(k.note(d.names[0]!.pos, where, 'assign'), values[i]!);
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
        const names = s.tupleTemps;
        if (u.kind !== 'CallExpr' || names === undefined) {
          this.expr(this.discardHole(), xs[0]!);
          return;
        }
        // return g(): g's results, held by temporaries, are converted where
        // building the call left the compiler, on the call.
        const vars = (u.tv!.type as Tuple).vars;
        const locs = this.tupleTemps(u, names, vars, u);
        vars.forEach((v, i) => {
          const k = ks[i]!.note(s.pos, s, 'return');
          this.flow(this.tempConversion(k, u.pos, names[i]!, v.type, results[i]!.type), locs[i]!);
        });
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
            if (hasPointers(v.type)) {
              ks.push(this.dotType(k, v.type).note(c.pos, () => caseClauseString(c), 'switch case'));
            }
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
};

Batch.prototype.rangeStmt = function rangeStmt(this: Batch, s: S.ForStmt, r: S.RangeClause): void {
  const lhs = S.exprList(r.lhs);
  // The variables a range statement defines are declared before the loop
  // (noder's initDefn puts their ODCLs in the statement's init): one
  // variable for all iterations, at the depth around the loop, so a closure
  // in the body captures one the loop reassigns.
  if (r.def) for (const e of lhs) if (e.kind === 'Name' && e.obj?.kind === 'var') this.dcl(e.obj);
  const tmp = this.newLoc(undefined, undefined, false);
  this.expr(this.asHole(tmp), r.x);
  const saved = this.loopDepth;
  this.loopDepth++;
  const ks = lhs.map((e) => this.addr(e));
  if (ks.length > 1) {
    const xt = under(r.x.tv!.type);
    if (xt.kind === 'array') this.flow(ks[1]!.note(r.pos, s, 'range'), tmp);
    else this.flow(ks[1]!.deref(r.pos, s, 'range-deref'), tmp);
  }
  for (const k of ks) if (k.dst !== this.blankLoc && k.dst !== this.heapLoc) k.dst.reassigned = true;
  this.block(s.body.list);
  this.loopDepth = saved;
};
