// Helpers of the escape walk (cmd/compile/internal/escape/utils.go and the
// ir predicates it uses): size limits, self-assignment, reflect header
// fields, pointer-shaped types, interface conversions.
import { sizeof } from '../sizes.js';
import * as S from '../syntax.js';
import { type FuncInfo, isInterface, type Type, under } from '../types.js';

export const maxStackVarSize = 10 * 1024 * 1024;
export const maxImplicitStackVarSize = 64 * 1024;

export function scanLabels(b: S.BlockStmt, labels: Map<string, 'looping' | 'nonlooping'>): void {
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const o = n as Record<string, unknown>;
    if (o.kind === 'FuncLit') return;
    if (o.kind === 'LabeledStmt') labels.set((o.label as S.Name).value, 'nonlooping');
    if (o.kind === 'BranchStmt' && o.tok === 'goto') {
      const l = (o.label as S.Name).value;
      if (labels.get(l) === 'nonlooping') labels.set(l, 'looping');
    }
    S.forEachChild(o, visit);
  };
  visit(b.list);
}

// isDirectIface reports whether values of t are stored directly in an
// interface's data word (types.IsDirectIface): pointer-shaped types, and a
// struct with exactly one field or an array with exactly one element of such
// a type. Code generation uses it too; the runtime's counterpart, over runtime
// type descriptors, is isDirectIface in src/runtime/type.ts.
export function isDirectIface(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'pointer':
    case 'chan':
    case 'map':
    case 'signature':
      return true;
    case 'basic':
      return u.name === 'unsafe.Pointer';
    case 'array':
      return u.len === 1 && isDirectIface(u.elem);
    case 'struct':
      return u.fields.length === 1 && isDirectIface(u.fields[0]!.type);
  }
  return false;
}

// convertedFrom is the concrete type an interface value was converted from
// when e is such a conversion (OCONVIFACE), implicit or explicit: what
// devirtualize.Call looks for at the end of ir.StaticValue.
export function convertedFrom(e: S.Expr): Type | undefined {
  const n = S.unparen(e);
  let t: Type | undefined;
  if (n.iface !== undefined) t = n.tv!.type;
  else if (n.kind === 'CallExpr' && n.fun.tv?.mode === 'typexpr' && isInterface(n.tv!.type))
    t = n.args[0].tv!.type;
  return t === undefined || isInterface(t) ? undefined : t;
}

export function isStringType(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && (u.name === 'string' || u.name === 'untyped string');
}

export function isUnsafePointer(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && u.name === 'unsafe.Pointer';
}

export function flattenConcat(e: S.Expr): S.Expr[] {
  const u = S.unparen(e);
  if (u.kind === 'Operation' && u.op === '+' && u.y !== undefined && u.tv?.mode !== 'constant')
    return [...flattenConcat(u.x), ...flattenConcat(u.y)];
  return [e];
}

export function closureSize(fn: FuncInfo): number {
  let n = 8;
  for (const v of fn.captured) n += Math.max(sizeof(v.type), 8);
  return n;
}

export function isReflectHeaderData(dst: S.Expr): boolean {
  const n = S.unparen(dst);
  if (n.kind !== 'SelectorExpr' || n.sel.value !== 'Data' || n.selection?.kind !== 'field') return false;
  const xt = n.x.tv!.type;
  const el = xt.kind === 'pointer' ? xt.elem : xt;
  return (
    el.kind === 'named' &&
    el.obj.pkg?.path === 'reflect' &&
    (el.obj.name === 'SliceHeader' || el.obj.name === 'StringHeader')
  );
}

// isSelfAssign detects assignments that store a value back into the object
// it was loaded from (utils.go: isSelfAssign, isSliceSelfAssign).
export function isSelfAssign(dst: S.Expr, src: S.Expr): boolean {
  const d = S.unparen(dst);
  const s = S.unparen(src);
  if (isSliceSelfAssign(d, s)) return true;
  if (
    d.kind === 'SelectorExpr' &&
    s.kind === 'SelectorExpr' &&
    d.selection?.kind === 'field' &&
    s.selection?.kind === 'field'
  ) {
    return sameSafeExpr(d.x, s.x);
  }
  if (d.kind === 'IndexExpr' && s.kind === 'IndexExpr') {
    if (mayAffectMemory(d.index) || mayAffectMemory(s.index)) return false;
    return sameSafeExpr(d.x, s.x);
  }
  return false;
}

export function derefBase(e: S.Expr): S.Name | undefined {
  const n = S.unparen(e);
  if (n.kind === 'Operation' && n.op === '*' && n.y === undefined) {
    const x = S.unparen(n.x);
    return x.kind === 'Name' ? x : undefined;
  }
  if (n.kind === 'SelectorExpr' && n.selection?.kind === 'field' && under(n.x.tv!.type).kind === 'pointer') {
    const x = S.unparen(n.x);
    return x.kind === 'Name' ? x : undefined;
  }
  return undefined;
}

export function isSliceSelfAssign(d: S.Expr, s: S.Expr): boolean {
  const dn = derefBase(d);
  if (dn === undefined || s.kind !== 'SliceExpr') return false;
  if (under(s.x.tv!.type).kind === 'array') return false;
  const sn = derefBase(s.x);
  return sn !== undefined && sn.obj === dn.obj;
}

export function sameSafeExpr(a: S.Expr, b: S.Expr): boolean {
  a = S.unparen(a);
  b = S.unparen(b);
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'Name':
      return a.obj === (b as S.Name).obj;
    case 'SelectorExpr':
      return a.sel.value === (b as S.SelectorExpr).sel.value && sameSafeExpr(a.x, (b as S.SelectorExpr).x);
    case 'Operation': {
      const bo = b as S.Operation;
      return (
        a.op === bo.op &&
        a.y === undefined &&
        bo.y === undefined &&
        (a.op === '*' || a.op === '-' || a.op === '^') &&
        sameSafeExpr(a.x, bo.x)
      );
    }
    case 'IndexExpr':
      return sameSafeExpr(a.x, (b as S.IndexExpr).x) && sameSafeExpr(a.index, (b as S.IndexExpr).index);
    case 'BasicLit':
      return a.value === (b as S.BasicLit).value;
  }
  return false;
}

export function mayAffectMemory(e: S.Expr): boolean {
  const n = S.unparen(e);
  switch (n.kind) {
    case 'Name':
    case 'BasicLit':
      return false;
    case 'Operation':
      return (
        mayAffectMemory(n.x) || (n.y !== undefined && mayAffectMemory(n.y)) || n.op === '*' || n.op === '<-'
      );
    case 'IndexExpr':
      return mayAffectMemory(n.x) || mayAffectMemory(n.index);
    case 'SelectorExpr':
      return mayAffectMemory(n.x);
  }
  return true;
}
