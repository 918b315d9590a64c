// Package initialization order: the order the package-level variable
// declarations' initializers run in, before the init functions.
//
// Mirrors cmd/compile/internal/pkginit/initorder.go: an initialization runs
// after those of every package variable its initializer refers to, directly or
// through the bodies of the functions and methods it names.
//
// Invariants:
// - Each initialization appears once. As in initorder.go, `var a, b = x, y`
//   is two (a = x and b = y, each with its own dependencies), while
//   `var a, b = f()` is one (index −1), and so is a declaration without values.
// - As the spec says (and initorder.go does): repeatedly, the earliest
//   initialization in source order whose dependencies have all been done runs
//   next. A dependency is transitive through other initializations.
// - Reference cycles are not reported (the type checker's job): when nothing
//   is ready, the earliest remaining initialization runs.

import * as S from './syntax.js';
import type { Func, FuncInfo, Var } from './types.js';

/** One initialization: decl's name and value at index, or the whole decl (index −1). */
export interface InitUnit {
  decl: S.VarDecl;
  index: number;
}

/** Package-level variable initializations in initialization order. */
export function initOrder(files: readonly S.File[], funcOf: (f: Func) => FuncInfo | undefined): InitUnit[] {
  const units: InitUnit[] = [];
  for (const file of files) {
    for (const d of file.decls) {
      if (d.kind !== 'VarDecl') continue;
      const values = S.exprList(d.values);
      if (values.length > 0 && values.length === d.names.length) {
        for (let index = 0; index < d.names.length; index++) units.push({ decl: d, index });
      } else units.push({ decl: d, index: -1 });
    }
  }
  const unitOf = new Map<Var, InitUnit>();
  for (const u of units) {
    for (const n of unitNames(u)) if (n.obj?.kind === 'var') unitOf.set(n.obj, u);
  }
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
  // Each initialization's package variables, through the initializations they name.
  const direct = new Map<InitUnit, Set<InitUnit>>();
  for (const u of units) {
    const vars = new Set<Var>();
    depsOfNode(u.index < 0 ? u.decl.values : S.exprList(u.decl.values)[u.index], vars, new Set());
    const us = new Set<InitUnit>();
    for (const v of vars) {
      const du = unitOf.get(v);
      if (du !== undefined && du !== u) us.add(du);
    }
    direct.set(u, us);
  }
  const done = new Set<InitUnit>();
  const order: InitUnit[] = [];
  const pending = [...units];
  while (pending.length > 0) {
    let i = pending.findIndex((u) => [...direct.get(u)!].every((x) => done.has(x)));
    if (i < 0) i = 0;
    const [u] = pending.splice(i, 1);
    done.add(u!);
    order.push(u!);
  }
  return order;
}

/** The names an initialization sets. */
function unitNames(u: InitUnit): S.Name[] {
  return u.index < 0 ? u.decl.names : [u.decl.names[u.index]!];
}
