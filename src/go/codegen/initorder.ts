// Package initialization order: the order the package-level variable
// declarations' initializers run in, before the init functions.
//
// Mirrors cmd/compile/internal/pkginit/initorder.go: a declaration runs after
// the declarations of every package variable its initializer refers to,
// directly or through the bodies of the functions and methods it names.
//
// Invariants:
// - Each declaration appears once; `var a, b = f()` is one declaration.
// - As the spec says (and initorder.go does): repeatedly, the earliest
//   declaration in source order whose dependencies have all been initialized
//   runs next. A dependency is transitive through other declarations.
// - Reference cycles are not reported (the type checker's job): when nothing
//   is ready, the earliest remaining declaration runs.

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
  // Each declaration's package variables, through the declarations they name.
  const direct = new Map<S.VarDecl, Set<S.VarDecl>>();
  for (const d of decls) {
    const vars = new Set<Var>();
    depsOfNode(d.values, vars, new Set());
    const ds = new Set<S.VarDecl>();
    for (const v of vars) {
      const dd = declOf.get(v);
      if (dd !== undefined && dd !== d) ds.add(dd);
    }
    direct.set(d, ds);
  }
  const done = new Set<S.VarDecl>();
  const order: S.VarDecl[] = [];
  const pending = [...decls];
  while (pending.length > 0) {
    let i = pending.findIndex((d) => [...direct.get(d)!].every((x) => done.has(x)));
    if (i < 0) i = 0;
    const [d] = pending.splice(i, 1);
    done.add(d!);
    order.push(d!);
  }
  return order;
}
