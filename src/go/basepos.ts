// Where cmd/compile stands when it inserts an implicit conversion: base.Pos.
//
// Mirrors noder's irgen (expr.go, stmt.go, decl.go, transform.go), which
// builds the IR from the checked syntax tree and gives an implicit conversion
// to an interface the compiler's current position, not the value's. expr0
// sets base.Pos to each expression it enters, before its operands; constants,
// types, built-in names and the blank name are not entered (they become
// literals and type nodes at once). A function call, once built, puts it back
// on the call (transformCall); a composite literal's own moves are undone
// (transformCompLit restores base.Pos), so it stays where the last element
// left it. A struct literal's field names and the names := declares are not
// expressions irgen enters; a var declaration first sets it to its first
// name; a function literal's body is built in place, values of an assignment
// before its destinations.
//
// Call arguments and return results are converted afterwards, one by one
// (typecheckaste), and each value with a place of its own moves base.Pos to
// itself first (ir.SetPos): a variable or function name is an ONAME, which
// has none, while a constant or nil is a fresh literal, which has.
//
// Nothing puts base.Pos back between statements, or between functions: a :=
// whose values are constants converts them where whatever irgen built
// before it left the compiler, possibly another function (followPackage).
//
// Invariant: the expressions passed in are checked (their tv annotations are
// set), since constants, types and built-ins are told apart by them.

import type { Pos } from './errors.js';
import * as S from './syntax.js';
import { under } from './types.js';

/**
 * Where typecheckaste converts each of es, starting from `from`: at each
 * value's own place, but a name of a variable or function at the place of
 * the value before it, or `from`.
 */
export function convertedAt(from: Pos, es: S.Expr[]): Pos[] {
  let at = from;
  return es.map((e) => {
    const u = S.unparen(e);
    const named =
      (u.kind === 'Name' && u.obj?.kind !== 'nil') ||
      (u.kind === 'SelectorExpr' && u.selection?.kind === 'pkg');
    if (!named || u.tv?.mode === 'constant') at = u.pos;
    return at;
  });
}

/** base.Pos after irgen has built es in order, starting from `from`. */
export function lastStood(from: Pos, es: (S.Expr | undefined)[]): Pos {
  const w = walker(from);
  es.forEach(w.expr);
  return w.at() ?? from;
}

/**
 * Follows base.Pos through a whole package as irgen builds it: the
 * package-level type declarations, then each var declaration (which sets it
 * to its name), then in source order the deferred work, function bodies and
 * package-level variables' values. Function bodies are not built apart: each
 * starts where the one before it, or the package's declarations, left the
 * compiler, and it is unknown (undefined) until something has moved it.
 * defined is called for each := once its values are built, with where the
 * compiler stands.
 */
export function followPackage(
  files: readonly S.File[],
  defined: (s: S.AssignStmt, at: Pos | undefined) => void,
): void {
  const w = walker(undefined, defined);
  const decls = files.flatMap((f) => f.decls);
  for (const d of decls) if (d.kind === 'TypeDecl') w.stand(d.pos);
  for (const d of decls) if (d.kind === 'VarDecl') w.stand(d.pos);
  for (const d of decls) {
    if (d.kind === 'FuncDecl') d.body?.list.forEach(w.stmt);
    else if (d.kind === 'VarDecl') w.expr(d.values);
  }
}

interface Walker {
  expr(n: S.Expr | undefined): void;
  stmt(s: S.Stmt | S.RangeClause | undefined): void;
  stand(p: Pos): void;
  at(): Pos | undefined;
}

function walker(from: Pos | undefined, defined?: (s: S.AssignStmt, at: Pos | undefined) => void): Walker {
  let at = from;
  const expr = (n: S.Expr | undefined): void => {
    if (n === undefined || (n.kind === 'Name' && n.value === '_')) return;
    if (n.kind === 'ParenExpr' || n.kind === 'ListExpr') {
      (n.kind === 'ParenExpr' ? [n.x] : n.elems).forEach(expr);
      return;
    }
    const mode = n.tv?.mode;
    if (mode === 'constant' || mode === 'typexpr' || mode === 'builtin') return;
    at = n.pos;
    switch (n.kind) {
      case 'SelectorExpr':
        if (n.selection?.kind !== 'pkg') expr(n.x);
        break;
      case 'CompositeLit': {
        let t = under(n.tv!.type);
        if (t.kind === 'pointer') t = under(t.elem);
        for (const el of n.elems) {
          if (el.kind !== 'KeyValueExpr') expr(el);
          else {
            if (t.kind !== 'struct') expr(el.key);
            expr(el.value);
          }
        }
        break;
      }
      case 'FuncLit':
        n.body.list.forEach(stmt);
        break;
      case 'CallExpr':
        expr(n.fun);
        n.args.forEach(expr);
        if (n.fun.tv?.mode !== 'typexpr' && n.fun.tv?.mode !== 'builtin') at = n.pos;
        break;
      case 'IndexExpr':
        expr(n.x);
        expr(n.index);
        break;
      case 'SliceExpr':
        expr(n.x);
        n.index.forEach(expr);
        break;
      case 'AssertExpr':
        expr(n.x);
        break;
      case 'Operation':
        expr(n.x);
        expr(n.y);
        break;
    }
  };
  const stmt = (s: S.Stmt | S.RangeClause | undefined): void => {
    if (s === undefined) return;
    switch (s.kind) {
      case 'ExprStmt':
        expr(s.x);
        break;
      case 'SendStmt':
        expr(s.chan);
        expr(s.value);
        break;
      case 'AssignStmt':
        // The values come first; names being declared are not entered.
        expr(s.rhs);
        if (s.define) defined?.(s, at);
        else expr(s.lhs);
        break;
      case 'DeclStmt':
        for (const d of s.decls) {
          if (d.kind === 'VarDecl') {
            at = d.pos;
            expr(d.values);
          } else if (d.kind === 'TypeDecl') at = d.pos;
        }
        break;
      case 'LabeledStmt':
        stmt(s.stmt);
        break;
      case 'BlockStmt':
        s.list.forEach(stmt);
        break;
      case 'CallStmt':
        expr(s.call);
        break;
      case 'ReturnStmt':
        expr(s.results);
        break;
      case 'IfStmt':
        stmt(s.init);
        expr(s.cond);
        stmt(s.then);
        stmt(s.else);
        break;
      case 'RangeClause':
        if (!s.def) expr(s.lhs);
        expr(s.x);
        break;
      case 'ForStmt':
        stmt(s.init);
        expr(s.cond);
        stmt(s.post);
        stmt(s.body);
        break;
      case 'SwitchStmt':
        stmt(s.init);
        expr(s.tag?.kind === 'TypeSwitchGuard' ? s.tag.x : s.tag);
        for (const c of s.body) {
          expr(c.cases);
          c.body.forEach(stmt);
        }
        break;
      case 'SelectStmt':
        for (const c of s.body) {
          stmt(c.comm);
          c.body.forEach(stmt);
        }
        break;
    }
  };
  return { expr, stmt, stand: (p) => (at = p), at: () => at };
}
