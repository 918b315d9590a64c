// The package's init function as escape analysis sees it: the package-level
// variable initializations the compiler cannot lay out as static data.
//
// Mirrors cmd/compile/internal/staticinit (Schedule.tryStaticInit,
// StaticAssign, initplan) and pkginit (the init function it fills). Go first
// tries to initialize each package variable statically — constants, nil,
// addresses of globals, function literals without captures, []byte("lit"),
// and composite literals, whose &T{…} and []T{…} get static temporaries
// main..stmp_N. What it cannot (calls, make, new, map literals, operators) is
// compiled into init as an assignment, and init is escape-analysed like any
// function, after the others: -m reports `make(map[string]int) escapes to
// heap` for `var m = make(map[string]int)`, and nothing for `var p = &T{}`.
//
//   var p = &T{1, new(int)}   →  static  .stmp_0 = T{1, nil}; p = &.stmp_0
//                              init    (*int)(main..stmp_0@8) = new(int)
//   var m = make(map[int]int)   init    m = make(map[int]int)
//
// Invariants: statements are in initialization order (initorder.ts); a part
// of a static literal is assigned to `(T)(sym@offset)`, as Go prints a
// NameOffsetExpr, and the temporaries are numbered in the order Go creates
// them. Every destination is a global, so everything assigned flows to the
// heap; only what an initializer allocates and does not store (len(make(…)))
// stays in init's frame.

import { isZero } from '../constant.js';
import type { Pos } from '../errors.js';
import { initOrder } from '../initorder.js';
import { offsetsof, sizeof } from '../sizes.js';
import * as S from '../syntax.js';
import {
  type Func,
  type FuncInfo,
  isInterface,
  type Package,
  type Type,
  typeString,
  under,
  type Var,
} from '../types.js';
import { isDirectIface } from './utils.js';

/** Where a static value goes: a symbol (a package variable or a temporary) and an offset in it. */
interface Loc {
  sym: string;
  v: Var;
}

/** The init function of the package, or undefined when every initialization is static. */
export function pkgInit(
  pkg: Package,
  files: readonly S.File[],
  funcOf: (f: Func) => FuncInfo | undefined,
): FuncInfo | undefined {
  const sched = new Schedule(pkg.name);
  for (const { decl, index } of initOrder(files, funcOf)) sched.staticInit(decl, index);
  if (sched.out.length === 0) return undefined;
  const pos: Pos = sched.out[0]!.pos;
  return {
    name: 'init',
    pos,
    decl: {
      kind: 'FuncLit',
      pos,
      type: { kind: 'FuncType', pos, params: [], results: [] },
      body: { kind: 'BlockStmt', pos, list: sched.out, rbrace: pos },
    },
    sig: { kind: 'signature', recv: undefined, params: [], results: [], variadic: false },
    pkg,
    outer: undefined,
    closures: [],
    captured: [],
    capturedAt: new Map(),
    locals: [],
    obj: undefined,
    noescape: false,
  };
}

class Schedule {
  /** init's statements. */
  readonly out: S.AssignStmt[] = [];
  /** staticinit's StaticName counter. */
  private stmp = 0;

  constructor(private readonly pkgName: string) {}

  /** tryStaticInit of one initialization (index −1: `var a, b = f()`), else the assignment goes to init. */
  staticInit(d: S.VarDecl, index: number): void {
    const values = S.exprList(d.values);
    if (values.length === 0) return;
    if (index < 0) {
      // Only a single `l = r` can be static.
      const lhs: S.ListExpr = { kind: 'ListExpr', pos: d.names[0]!.pos, elems: d.names };
      this.append(d.names[0]!.pos, lhs, values[0]!);
      return;
    }
    const n = d.names[index]!;
    const r = values[index]!;
    // A blank variable's value is computed only for its side effects.
    if (n.value === '_' && !anySideEffects(r)) return;
    const sym = n.value === '_' ? '_' : `${this.pkgName}.${n.value}`;
    if (!this.staticAssign({ sym, v: n.obj as Var }, 0, r, n.pos)) this.append(n.pos, n, r);
  }

  private append(pos: Pos, lhs: S.Expr, rhs: S.Expr): void {
    this.out.push({ kind: 'AssignStmt', pos, op: '', lhs, rhs, define: false });
  }

  /** StaticName: a new static temporary, a global as the destination of what is stored in it. */
  private temp(l: Loc): Loc {
    return { sym: `${this.pkgName}..stmp_${this.stmp++}`, v: l.v };
  }

  /**
   * assign: the value at l+off statically if possible, else an init
   * assignment to `(T)(sym@off)` positioned at pos (Go's base.Pos then: the
   * element's own position inside a literal, else the enclosing one's).
   */
  private assign(l: Loc, off: number, x: S.Expr, pos: Pos): void {
    if (!this.staticAssign(l, off, x, pos)) this.appendAt(l, off, x, x.tv!.type, pos);
  }

  private appendAt(l: Loc, off: number, x: S.Expr, t: Type, pos: Pos): void {
    // A part of a blank variable is assigned to the blank identifier itself.
    const value = l.sym === '_' ? '_' : `(${typeString(t)})(${l.sym}@${off})`;
    const name: S.Name = { kind: 'Name', pos, value, obj: l.v };
    this.append(pos, name, x);
  }

  /** StaticAssign: whether r can be laid out at l+off without code (parts that cannot go to init). */
  private staticAssign(l: Loc, off: number, r0: S.Expr, pos: Pos): boolean {
    const r = S.unparen(r0);
    if (r.iface !== undefined)
      return this.convIface(l, off, { ...r, iface: undefined, ifacePos: undefined } as S.Expr, pos);
    if (isConstant(r) || isNil(r)) return true;
    switch (r.kind) {
      case 'Name':
        // A copy of another variable or a function: no allocation either way.
        return true;
      case 'SelectorExpr':
        // A method value is a closure made at run time; anything else names existing data.
        return r.selection?.kind !== 'method';
      case 'FuncLit':
        // At package level a function literal captures nothing: a static closure.
        return true;
      case 'Operation':
        if (r.op === '&' && r.y === undefined) {
          const x = S.unparen(r.x);
          if (x.kind === 'CompositeLit') return this.ptrLit(l, x, x.tv!.type, pos);
          return isGlobalLoc(x);
        }
        return false;
      case 'CallExpr': {
        if (r.fun.tv?.mode !== 'typexpr') return false;
        const a = r.args[0]!;
        if (a.iface !== undefined) return this.convIface(l, off, a, pos);
        // []byte("literal"): the bytes are static data.
        return under(r.tv!.type).kind === 'slice' && isConstant(a);
      }
      case 'CompositeLit':
        return this.compositeLit(l, off, r, r.tv!.type, pos);
      default:
        return false;
    }
  }

  /** &T{…}: a static temporary holds the literal (of type t). */
  private ptrLit(l: Loc, lit: S.CompositeLit, t: Type, pos: Pos): boolean {
    const a = this.temp(l);
    if (!this.compositeLit(a, 0, lit, t, pos)) this.appendAt(a, 0, lit, t, pos);
    return true;
  }

  /** A literal of type t (not always lit's own: an elided &T{…} is a T literal behind a pointer). */
  private compositeLit(l: Loc, off: number, lit: S.CompositeLit, t: Type, pos: Pos): boolean {
    const u = under(t);
    // An element written {…} where the element type is a pointer is &T{…}.
    if (u.kind === 'pointer') return this.ptrLit(l, lit, u.elem, pos);
    if (u.kind === 'map') return false;
    let dst = l;
    let base = off;
    if (u.kind === 'slice') {
      dst = this.temp(l);
      base = 0;
    }
    for (const { at, x } of this.plan(lit, u)) {
      if (isZeroValue(x)) continue;
      this.assign(dst, base + at, x, S.unparen(x).pos);
    }
    return true;
  }

  /** initplan: each element of an array, slice or struct literal with its offset. */
  private plan(lit: S.CompositeLit, u: Type): { at: number; x: S.Expr }[] {
    const out: { at: number; x: S.Expr }[] = [];
    if (u.kind === 'struct') {
      const offs = offsetsof(u);
      lit.elems.forEach((e, i) => {
        if (e.kind === 'KeyValueExpr') {
          const name = (e.key as S.Name).value;
          const f = u.fields.findIndex((fv) => fv.name === name);
          out.push({ at: offs[f]!, x: e.value });
        } else out.push({ at: offs[i]!, x: e });
      });
      return out;
    }
    if (u.kind !== 'array' && u.kind !== 'slice') return out;
    const size = sizeof(u.elem);
    let k = 0;
    for (const e of lit.elems) {
      let x = e;
      if (e.kind === 'KeyValueExpr') {
        const key = e.key.tv?.val;
        k = key?.kind === 'int' ? Number(key.v) : 0;
        x = e.value;
      }
      out.push({ at: k * size, x });
      k++;
    }
    return out;
  }

  /** OCONVIFACE: the type word is static; the value is stored in the data word, or in a temporary it points to. */
  private convIface(l: Loc, off: number, val: S.Expr, pos: Pos): boolean {
    if (isInterface(val.tv!.type)) return isNil(val);
    if (isDirectIface(val.tv!.type)) {
      if (!isNil(val)) this.assign(l, off + 8, val, val.pos);
    } else this.assign(this.temp(l), 0, val, pos);
    return true;
  }
}

function isConstant(e: S.Expr): boolean {
  return e.tv?.mode === 'constant';
}

function isNil(e: S.Expr): boolean {
  const u = S.unparen(e);
  return u.kind === 'Name' && u.obj?.kind === 'nil';
}

function isZeroConst(e: S.Expr): boolean {
  const v = e.tv?.mode === 'constant' ? e.tv.val : undefined;
  return v !== undefined && isZero(v);
}

/** ir.IsZero: nil, a zero constant, or a literal of zero values. */
function isZeroValue(e: S.Expr): boolean {
  const u = S.unparen(e);
  if (u.iface !== undefined) return false;
  if (isNil(u)) return true;
  if (isConstant(u)) return isZeroConst(u);
  if (u.kind === 'CompositeLit') {
    const k = under(u.tv!.type).kind;
    if (k !== 'array' && k !== 'struct') return false;
    return u.elems.every((x) => isZeroValue(x.kind === 'KeyValueExpr' ? x.value : x));
  }
  return false;
}

/** StaticLoc: a package variable, or a field or constant-index element of one. */
function isGlobalLoc(e: S.Expr): boolean {
  const u = S.unparen(e);
  if (u.kind === 'Name') return u.obj?.kind === 'var' && u.obj.global;
  if (u.kind === 'SelectorExpr' && u.selection?.kind === 'field' && !u.selection.indirect)
    return isGlobalLoc(u.x);
  if (u.kind === 'IndexExpr' && under(u.x.tv!.type).kind === 'array' && isConstant(u.index))
    return isGlobalLoc(u.x);
  return false;
}

/** Builtins whose only effect is their value (ir.AnySideEffects' list). */
const pureBuiltins = new Set(['len', 'cap', 'new', 'real', 'imag', 'complex']);

/** typecheck.AnySideEffects: whether evaluating e could do anything but produce its value. */
function anySideEffects(e: S.Expr): boolean {
  const u = S.unparen(e);
  if (isConstant(u) || isNil(u)) return false;
  switch (u.kind) {
    case 'Name':
      return false;
    case 'Operation':
      if (u.y === undefined) return u.op === '<-' || u.op === '*' || anySideEffects(u.x);
      // Division can panic unless by a non-zero constant.
      if ((u.op === '/' || u.op === '%') && !(isConstant(u.y) && !isZeroConst(u.y))) return true;
      return anySideEffects(u.x) || anySideEffects(u.y);
    case 'CompositeLit':
      return u.elems.some(anySideEffects);
    case 'KeyValueExpr':
      return anySideEffects(u.key) || anySideEffects(u.value);
    case 'SelectorExpr':
      if (u.selection === undefined || u.selection.kind === 'pkg') return false;
      return u.selection.kind !== 'field' || u.selection.indirect || under(u.x.tv!.type).kind === 'pointer'
        ? true
        : anySideEffects(u.x);
    case 'CallExpr': {
      if (u.fun.tv?.mode === 'typexpr') return u.args.some(anySideEffects);
      if (u.fun.tv?.mode !== 'builtin') return true;
      const name = (S.unparen(u.fun) as S.Name).value;
      if (name === 'make') {
        // makechan and makemap of a constant zero size cannot panic; makeslice can.
        const k = under(u.tv!.type).kind;
        const n = u.args[1];
        return k === 'slice' || (n !== undefined && !isZeroConst(n));
      }
      return !pureBuiltins.has(name) || u.args.some(anySideEffects);
    }
    default:
      return true;
  }
}
