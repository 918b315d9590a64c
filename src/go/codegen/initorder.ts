// Package initialization order: the order the package-level variable
// declarations' initializers run in, before the init functions.
//
// Mirrors cmd/compile/internal/pkginit/initorder.go: a declaration runs after
// the declarations of every package variable its initializer refers to,
// directly or through the bodies of the functions and methods it names.
//
// Invariants:
// - Each declaration appears once; `var a, b = f()` is one declaration.
// - Declarations are visited in source order and each is placed after its
//   dependencies (a depth-first walk). Go instead repeatedly takes the
//   earliest declaration whose dependencies are done; the two agree unless an
//   initializer refers to several later variables in an order other than
//   their declaration order.
// - Reference cycles are not reported (the type checker's job): a declaration
//   already on the walk's path is taken as done.

import * as S from '../syntax.js';
import type { Func, FuncInfo, Var } from '../types.js';

/** Package-level variable declarations in initialization order. */
export function initOrder(files: readonly S.File[], funcOf: (f: Func) => FuncInfo | undefined): S.VarDecl[] {
  const decls: S.VarDecl[] = [];
  for (const file of files) for (const d of file.decls) if (d.kind === 'VarDecl') decls.push(d);
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
        const f = funcOf(node.obj);
        if (f !== undefined && !seenF.has(f)) {
          seenF.add(f);
          depsOfNode(f.decl.body, out, seenF);
        }
      }
    }
    if (node.kind === 'SelectorExpr' && node.selection?.kind === 'method') {
      const f = funcOf(node.selection.obj as Func);
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
