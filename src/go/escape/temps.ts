// The temporaries Go's type checking makes before escape analysis runs, and
// their names, as -m prints them.
//
// Mirrors typecheck.RewriteNonNameCall: a call whose callee — or, for a
// method, whose receiver — contains a call or a channel receive (new(T)
// excepted) first evaluates it into a temporary, `.autotmp_N := r.Get()`,
// so `r.Get().Val()` is analysed, and printed, as `(*T).Val(.autotmp_3)`.
// And typecheck.RewriteMultiValueCall: f(g()) and return g() with g
// returning several results assign them to one temporary each.
//
// N is the length of the function's declaration list when the temporary is
// made: its named parameters and results, the locals declared so far in
// source order (a := declares its names after its values, a range its
// variables after the ranged expression, a type switch one variable per
// clause), and the temporaries before it. Within an expression a call's
// temporaries follow those of its operands (irgen builds and transforms a
// call after its parts). A function literal's body has a list of its own.

import * as S from '../syntax.js';
import type { FuncInfo, Tuple } from '../types.js';
import { builtinNames } from '../universe.js';

/** The temporaries a function's body declares, and how many of them. */
export interface TypecheckTemps {
  count: number;
}

/** The builtins Go typechecks into call-like ops (callOrChan); new is the one excepted. */
const builtinsThatCall = new Set<string>(builtinNames.filter((b) => b !== 'new'));

/** callOrChan (excluding new): a call, a builtin that typechecks to a call-like op, or a receive. */
function callsOrReceives(e: S.Expr): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const o = n as S.Expr;
    if (o.kind === 'FuncLit') return;
    if (o.kind === 'Operation' && o.op === '<-' && o.y === undefined) {
      found = true;
      return;
    }
    if (o.kind === 'CallExpr') {
      const ftv = o.fun.tv;
      if (ftv?.mode === 'builtin') {
        const f = S.unparen(o.fun);
        if (f.kind === 'Name' && builtinsThatCall.has(f.value)) {
          found = true;
          return;
        }
      } else if (ftv?.mode !== 'typexpr') {
        found = true;
        return;
      }
    }
    S.forEachChild(o as unknown as Record<string, unknown>, visit);
  };
  visit(e);
  return found;
}

/**
 * Numbers and names fn's typecheck temporaries: each rewritten callee or
 * receiver gets `autotmp`, each call or return of a multi-valued call `tupleTemps`.
 */
export function typecheckTemps(fn: FuncInfo, declared: number): TypecheckTemps {
  let n = declared;
  let count = 0;
  const temp = (): string => {
    count++;
    return `.autotmp_${n++}`;
  };
  const declare = (names: Iterable<S.Name>): void => {
    for (const x of names) if (x.value !== '_') n++;
  };

  const expr = (e: S.Expr | undefined): void => {
    if (e === undefined) return;
    if (e.kind === 'FuncLit') return;
    if (e.kind !== 'CallExpr') {
      S.forEachChild(e as unknown as Record<string, unknown>, (c) => {
        if (Array.isArray(c)) for (const x of c) child(x);
        else child(c);
      });
      return;
    }
    const ftv = e.fun.tv;
    const fun = S.unparen(e.fun);
    const method = fun.kind === 'SelectorExpr' && fun.selection?.kind === 'method';
    if (ftv?.mode !== 'typexpr' && ftv?.mode !== 'builtin') {
      if (method) expr((fun as S.SelectorExpr).x);
      else expr(e.fun);
    }
    for (const a of e.args) expr(a);
    if (ftv?.mode === 'typexpr' || ftv?.mode === 'builtin') return;
    const np = S.unparen(method ? (fun as S.SelectorExpr).x : e.fun);
    if (callsOrReceives(np)) np.autotmp = temp();
    const a0 = e.args[0];
    if (e.args.length === 1 && a0!.tv?.type.kind === 'tuple') {
      e.tupleTemps = (a0!.tv.type as Tuple).vars.map(() => temp());
    }
  };
  const child = (c: unknown): void => {
    if (c !== null && typeof c === 'object' && 'kind' in (c as object)) expr(c as S.Expr);
  };

  const stmts = (list: readonly S.Stmt[]): void => {
    for (const s of list) stmt(s);
  };
  const stmt = (s: S.Stmt | S.RangeClause | undefined): void => {
    if (s === undefined) return;
    switch (s.kind) {
      case 'ExprStmt':
        expr(s.x);
        return;
      case 'SendStmt':
        expr(s.chan);
        expr(s.value);
        return;
      case 'AssignStmt':
        expr(s.rhs);
        expr(s.lhs);
        if (s.define) declare(s.newVars ?? []);
        return;
      case 'DeclStmt':
        for (const d of s.decls) {
          if (d.kind !== 'VarDecl') continue;
          expr(d.values);
          declare(d.names);
        }
        return;
      case 'CallStmt':
        expr(s.call);
        return;
      case 'ReturnStmt': {
        expr(s.results);
        const t = s.results?.tv?.type;
        if (t?.kind === 'tuple' && t.vars.length > 1) s.tupleTemps = t.vars.map(() => temp());
        return;
      }
      case 'BlockStmt':
        stmts(s.list);
        return;
      case 'LabeledStmt':
        stmt(s.stmt);
        return;
      case 'IfStmt':
        stmt(s.init);
        expr(s.cond);
        stmts(s.then.list);
        stmt(s.else);
        return;
      case 'ForStmt':
        if (s.init?.kind === 'RangeClause') {
          expr(s.init.x);
          if (s.init.def) declare(S.exprList(s.init.lhs).filter((x): x is S.Name => x.kind === 'Name'));
        } else {
          stmt(s.init);
          expr(s.cond);
          stmt(s.post);
        }
        stmts(s.body.list);
        return;
      case 'SwitchStmt': {
        stmt(s.init);
        const guard = s.tag?.kind === 'TypeSwitchGuard' ? s.tag : undefined;
        expr(guard !== undefined ? guard.x : s.tag);
        for (const c of s.body) {
          if (guard === undefined) expr(c.cases);
          else if (guard.lhs !== undefined) n++;
          stmts(c.body);
        }
        return;
      }
      case 'SelectStmt':
        for (const c of s.body) {
          stmt(c.comm);
          stmts(c.body);
        }
        return;
      default:
        return;
    }
  };
  if (fn.decl.body !== undefined) stmts(fn.decl.body.list);
  return { count };
}
