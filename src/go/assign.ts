// Assignability and implicit conversions (types2 assignments.go, operand.go:
// assignableTo, expr.go: implicitTypeAndValue/representable, lookup.go:
// missingMethod). Untyped operands get their final type here, and every
// implicit conversion of a concrete value to an interface is recorded on the
// operand (`iface`), which is where escape analysis finds OCONVIFACE.

import { lastStood } from './basepos.js';
import { Checker } from './checker.js';
import {
  type Constant,
  makeComplex,
  makeFloat64,
  realConstant,
  realValued,
  toBigInt,
  toNumber,
} from './constant.js';
import { ReportedErr, typeErr } from './errors.js';
import { intRange } from './sizes.js';
import * as S from './syntax.js';
import {
  type Basic,
  type Func,
  type Interface,
  identical,
  invalid,
  isBoolean,
  isComplex,
  isFloat,
  isInteger,
  isInterface,
  isString,
  isUntyped,
  methodSet,
  newVar,
  type Signature,
  type Type,
  typeString,
  under,
  type Var,
} from './types.js';
import { defaultType, Typ } from './universe.js';

declare module './checker.js' {
  interface Checker {
    assignStmt(s: S.AssignStmt): void;
    assignVar(e: S.Expr, t: Type): void;
    checkAssignable(e: S.Expr): void;
    assignment(e: S.Expr, t: Type, context: string): void;
    assignableTo(v: Type, t: Type): boolean;
    convertUntyped(e: S.Expr, target: Type, context?: string): void;
    setType(e: S.Expr, t: Type): void;
    representable(e: S.Expr, v: Constant, t: Type, context?: string): Constant;
    convertOperand(e: S.Expr, t: Type): void;
    assignedValue(e: S.Expr, nvars: number): S.TypeAndValue;
    assignMismatch(e: S.Expr, nvars: number, nvals: number): never;
    multiValue(e: S.Expr, n: number): Type[];
    singleValue(e: S.Expr, x: S.TypeAndValue): S.TypeAndValue;
    missingMethod(v: Type, t: Interface): string | undefined;
    checkImplements(t: Type, iface: Type, at: S.Expr, assertion: boolean): void;
  }
}

Checker.prototype.assignStmt = function (this: Checker, s: S.AssignStmt): void {
  if (s.rhs === undefined) {
    const x = this.expr(s.lhs);
    if (!this.isNumeric(x.type))
      typeErr(
        S.startPos(s.lhs),
        `invalid operation: ${this.exprStr(s.lhs)}${s.op}${s.op} (non-numeric type ${typeString(x.type)})`,
      );
    this.checkAssignable(s.lhs);
    return;
  }
  if (s.op !== '') {
    const [x, captured] = this.deferCaptures(() => {
      const x = this.expr(s.lhs);
      this.checkAssignable(s.lhs);
      return x;
    });
    const op: S.Operation = { kind: 'Operation', pos: s.pos, op: s.op, x: s.lhs, y: s.rhs };
    if (s.op === '<<' || s.op === '>>') this.operation(op);
    else this.binaryOperands(op, x, true);
    captured();
    return;
  }
  const lhs = S.exprList(s.lhs);
  const rhs = S.exprList(s.rhs);
  if (s.define) {
    s.newVars = new Set();
    // types2 rejects a := without new variables before checking its values.
    const anyNew = lhs.some((e) => e.kind === 'Name' && e.value !== '_' && !this.scope.elems.has(e.value));
    if (!anyNew && lhs.every((e) => e.kind === 'Name'))
      typeErr(S.startPos(s), 'no new variables on left side of :=');
    const types: Type[] =
      rhs.length === 1 && lhs.length > 1
        ? this.multiValue(rhs[0]!, lhs.length)
        : (() => {
            // types2's assignError reports a count mismatch at the first value.
            if (rhs.length !== lhs.length)
              typeErr(
                S.startPos(rhs[0]!),
                `assignment mismatch: ${lhs.length} variable${lhs.length === 1 ? '' : 's'} but ${rhs.length} value${rhs.length === 1 ? '' : 's'}`,
              );
            // types2 checks every value before it gives up on the statement.
            let failed = false;
            const ts = rhs.map((e) => {
              try {
                const x = this.assignedValue(e, lhs.length);
                if (x.mode === 'novalue')
                  typeErr(S.startPos(e), `${this.exprStr(e)} (no value) used as value`);
                if (x.type.kind === 'basic' && x.type.name === 'untyped nil')
                  typeErr(S.startPos(e), 'use of untyped nil in assignment');
                return x.type;
              } catch (err) {
                this.reportSoft(err);
                failed = true;
                return invalid;
              }
            });
            if (failed) throw new ReportedErr(s.pos.file, s.pos.line, s.pos.col, 'invalid value');
            return ts;
          })();
    const decls: [S.Name, Var][] = [];
    lhs.forEach((e, i) => {
      if (e.kind !== 'Name') typeErr(S.startPos(e), `non-name ${this.exprStr(e)} on left side of :=`);
      const existing = this.scope.elems.get(e.value);
      if (existing !== undefined && e.value !== '_') {
        e.obj = existing;
        if (existing.kind === 'var') {
          e.tv = { mode: 'variable', type: existing.type };
          if (rhs.length === lhs.length) {
            // Where it converts is known once the package is checked (checkPackage).
            this.assignment(rhs[i]!, existing.type, 'assignment');
          }
          existing.reassigned = true;
        }
        return;
      }
      const t = defaultType(types[i]!);
      if (e.value === '_') {
        // The blank identifier declares nothing.
        e.tv = { mode: 'variable', type: t };
        if (rhs.length === lhs.length) this.convertUntyped(rhs[i]!, t);
        return;
      }
      const v = newVar(e.value, e.pos, t, this.pkg);
      this.addLocal(v);
      v.decl = e;
      e.obj = v;
      e.tv = { mode: 'variable', type: t };
      if (rhs.length === lhs.length) {
        this.convertUntyped(rhs[i]!, t);
        v.defn = rhs[i];
      }
      s.newVars!.add(e);
      decls.push([e, v]);
    });
    if (decls.length === 0) typeErr(S.startPos(s), 'no new variables on left side of :=');
    for (const [n, v] of decls) this.declare(n, v);
    return;
  }
  if (rhs.length === 1 && lhs.length > 1) {
    // An invalid value still leaves the destinations to check (types2's useLHS).
    const types = this.operandOr(() => this.multiValue(rhs[0]!, lhs.length), lhs);
    lhs.forEach((e, i) => {
      this.assignVar(e, types[i]!);
    });
    return;
  }
  if (rhs.length !== lhs.length)
    typeErr(
      S.startPos(rhs[0]!),
      `assignment mismatch: ${lhs.length} variable${lhs.length === 1 ? '' : 's'} but ${rhs.length} value${rhs.length === 1 ? '' : 's'}`,
    );
  // types2 evaluates every value, then each destination with its value's
  // conversion: an error in one does not hide those in the others. The
  // destinations are evaluated first here (closures capture in that order)
  // and their errors reported in types2's place.
  const lhsErrs: unknown[] = [];
  const [lts, captured] = this.deferCaptures(() =>
    lhs.map((e, i) => {
      if (e.kind === 'Name' && e.value === '_') {
        e.tv = { mode: 'variable', type: Typ.int };
        return undefined;
      }
      try {
        const x = this.expr(e, true);
        this.checkAssignable(e);
        return x.type;
      } catch (err) {
        lhsErrs[i] = err;
        return undefined;
      }
    }),
  );
  let failed = lhsErrs.length > 0;
  const xs = rhs.map((e) => {
    try {
      const x = this.assignedValue(e, lhs.length);
      if (x.mode === 'novalue') typeErr(S.startPos(e), `${this.exprStr(e)} (no value) used as value`);
      return x;
    } catch (err) {
      this.reportSoft(err);
      failed = true;
      return undefined;
    }
  });
  rhs.forEach((e, i) => {
    if (lhsErrs[i] !== undefined) {
      this.reportSoft(lhsErrs[i]);
      return;
    }
    const x = xs[i];
    if (x === undefined) return;
    const t = lts[i];
    // Go converts the values once it has built them and then the
    // destinations, where the last of those left it.
    if (t !== undefined && isInterface(t) && !identical(t, x.type))
      e.ifacePos = lastStood(s.pos, [...rhs, ...lhs]);
    try {
      if (t === undefined) {
        if (x.type.kind === 'basic' && x.type.name === 'untyped nil')
          typeErr(S.startPos(e), 'use of untyped nil in assignment');
        this.convertUntyped(e, defaultType(x.type));
      } else this.assignment(e, t, 'assignment');
    } catch (err) {
      this.reportSoft(err);
      failed = true;
    }
  });
  captured();
  if (failed) throw new ReportedErr(s.pos.file, s.pos.line, s.pos.col, 'invalid assignment');
};

// assignVar assigns a value of type t (from a multi-value expression) to e.
Checker.prototype.assignVar = function (this: Checker, e: S.Expr, t: Type): void {
  if (e.kind === 'Name' && e.value === '_') {
    e.tv = { mode: 'variable', type: t };
    return;
  }
  const x = this.expr(e, true);
  this.checkAssignable(e);
  if (!this.assignableTo(t, x.type))
    typeErr(S.startPos(e), `cannot use ${typeString(t)} value as ${typeString(x.type)} value in assignment`);
  if (isInterface(x.type) && !isInterface(t)) e.iface = x.type;
};

Checker.prototype.checkAssignable = function (this: Checker, e: S.Expr): void {
  const u = S.unparen(e);
  const tv = e.tv!;
  if (tv.mode === 'variable' || tv.mode === 'mapindex') {
    // Storing into a field or an array element of a variable reassigns the
    // variable itself (Go's ir.OuterValue; escape's addr makes it the same
    // location), so a closure must then capture it by reference.
    let x = u;
    for (;;) {
      if (x.kind === 'SelectorExpr' && x.selection?.kind === 'field') {
        if (x.selection.indirect || under(x.x.tv!.type).kind === 'pointer') break;
        x = S.unparen(x.x);
      } else if (x.kind === 'IndexExpr' && under(x.x.tv!.type).kind === 'array') {
        x = S.unparen(x.x);
      } else break;
    }
    if (x.kind === 'Name' && x.obj?.kind === 'var') x.obj.reassigned = true;
    return;
  }
  // m[k].f: the field of a map element, which is not addressable.
  const base = u.kind === 'SelectorExpr' ? S.unparen(u.x) : undefined;
  if (base?.kind === 'IndexExpr' && under(S.unparen(base.x).tv!.type).kind === 'map') {
    typeErr(S.startPos(e), `cannot assign to struct field ${this.exprStr(e)} in map`);
  }
  typeErr(S.startPos(e), `cannot assign to ${this.operand(e, tv)}`);
};

// assignment checks that e (already checked) can be assigned to t and
// records implicit conversions (assignments.go: assignment).
Checker.prototype.assignment = function (this: Checker, e: S.Expr, t: Type, context: string): void {
  const x0 = e.tv!;
  if (x0.mode === 'novalue') typeErr(S.startPos(e), `${this.exprStr(e)} (no value) used as value`);
  // An untyped value assigned to an interface is checked with its default type (types2: assignment).
  const x =
    isInterface(t) && isUntyped(x0.type) && !(x0.type.kind === 'basic' && x0.type.name === 'untyped nil')
      ? { ...x0, type: defaultType(x0.type) }
      : x0;
  if (!this.assignableTo(x.type, t)) {
    let why = '';
    if (isInterface(t) && !isUntyped(x.type)) {
      const m = this.missingMethod(x.type, under(t) as Interface);
      if (m !== undefined) why = `:\n\t${typeString(x.type)} does not implement ${typeString(t)} ${m}`;
    }
    if (x.type.kind === 'basic' && x.type.name === 'untyped nil') {
      typeErr(S.startPos(e), `cannot use nil as ${typeString(t)} value in ${context}`);
    }
    if (isUntyped(x.type) && x.mode === 'constant') {
      typeErr(S.startPos(e), `cannot use ${this.operand(e, x)} as ${typeString(t)} value in ${context}`);
    }
    // cmd/compile words a typed mismatch "as type T" (types2 CompilerErrorMessages).
    typeErr(S.startPos(e), `cannot use ${this.operand(e, x)} as type ${typeString(t)} in ${context}${why}`);
  }
  if (isUntyped(x0.type)) {
    this.convertUntyped(e, t, context);
    return;
  }
  // Any type but an identical one converts (typecheck.assignconvfn), an
  // interface of another type too.
  if (isInterface(t) && !identical(t, x0.type)) e.iface = t;
};

Checker.prototype.assignableTo = function (this: Checker, v: Type, t: Type): boolean {
  if (identical(v, t)) return true;
  const vu = under(v);
  const tu = under(t);
  if (isUntyped(v)) {
    if (v.kind === 'basic' && v.name === 'untyped nil') {
      return (
        ['pointer', 'slice', 'map', 'chan', 'signature', 'interface'].includes(tu.kind) ||
        (tu.kind === 'basic' && tu.name === 'unsafe.Pointer')
      );
    }
    if (tu.kind === 'interface') return methodSet(tu).length === 0;
    if (tu.kind !== 'basic') return false;
    if (isBoolean(v)) return isBoolean(tu);
    if (isString(v)) return isString(tu);
    return this.isNumeric(tu);
  }
  if (identical(vu, tu) && (v.kind !== 'named' || t.kind !== 'named') && vu.kind !== 'basic') return true;
  if (tu.kind === 'interface') return this.missingMethod(v, tu) === undefined;
  if (vu.kind === 'chan' && tu.kind === 'chan' && vu.dir === 0 && identical(vu.elem, tu.elem))
    return v.kind !== 'named' || t.kind !== 'named';
  return false;
};

// Untyped operands and assignability (assignments.go, operand.go).
Checker.prototype.convertUntyped = function (
  this: Checker,
  e: S.Expr,
  target: Type,
  context = 'assignment',
): void {
  const tv = e.tv!;
  if (!isUntyped(tv.type)) return;
  if (isInterface(target)) {
    if (tv.type.kind === 'basic' && tv.type.name === 'untyped nil') {
      this.setType(e, target);
      return;
    }
    // The constant becomes a value of its default type first, so it must fit that type.
    const dt = defaultType(tv.type);
    if (tv.mode === 'constant' && tv.val !== undefined)
      e.tv = { ...tv, val: this.representable(e, tv.val, dt, context) };
    this.setType(e, dt);
    e.iface = target;
    return;
  }
  const tu = under(target);
  if (tv.type.kind === 'basic' && tv.type.name === 'untyped nil') {
    if (
      !['pointer', 'slice', 'map', 'chan', 'signature'].includes(tu.kind) &&
      !(tu.kind === 'basic' && tu.name === 'unsafe.Pointer')
    ) {
      typeErr(S.startPos(e), `cannot use nil as ${typeString(target)} value in ${context}`);
    }
    this.setType(e, target);
    return;
  }
  if (tu.kind !== 'basic') return;
  if (tv.mode === 'constant' && tv.val !== undefined)
    e.tv = { ...tv, val: this.representable(e, tv.val, target, context) };
  this.setType(e, target);
};

/**
 * convertOperand: an untyped operand takes t, the other operand's type
 * (types2's convertUntyped in matchTypes, index and caseValues): a constant
 * that t cannot represent is invalidConversion's error, not an assignment's.
 */
Checker.prototype.convertOperand = function (this: Checker, e: S.Expr, t: Type): void {
  const tv = e.tv!;
  if (isUntyped(tv.type) && tv.mode === 'constant' && tv.val !== undefined && under(t).kind === 'basic')
    this.representable(e, tv.val, t);
  this.convertUntyped(e, t);
};

Checker.prototype.setType = function (this: Checker, e: S.Expr, t: Type): void {
  e.tv = { ...e.tv!, type: t };
  const u = S.unparen(e);
  if (u !== e) this.setType(u, t);
  if (
    u.kind === 'Operation' &&
    u.y !== undefined &&
    !['==', '!=', '<', '<=', '>', '>=', '&&', '||'].includes(u.op)
  ) {
    const shift = u.op === '<<' || u.op === '>>';
    if (u.x.tv && isUntyped(u.x.tv.type)) this.setType(u.x, t);
    if (!shift && u.y.tv && isUntyped(u.y.tv.type)) this.setType(u.y, t);
  }
};

/**
 * representable: e's constant v must be representable as t (types2's
 * representable). Assigned (context given), the error is types2's `cannot use
 * X as T value in context`, with ` (truncated)` or ` (overflows)`; converted
 * implicitly as an operand (no context: the other side of a binary operation,
 * an index, a case value), it is invalidConversion's `X truncated to T`,
 * `X overflows T` or `cannot convert X to T`, with T's underlying type.
 * The value it returns is v as T holds it (roundedTo).
 */
Checker.prototype.representable = function (
  this: Checker,
  e: S.Expr,
  v: Constant,
  t: Type,
  context?: string,
): Constant {
  const u = under(t);
  if (u.kind !== 'basic') return v;
  const code = representation(v, u);
  if (code === undefined) return roundedTo(v, u);
  const x = v.kind === 'complex' ? this.complexOperand(e, v) : this.operand(e, e.tv!);
  if (context === undefined) {
    const tn = typeString(u);
    typeErr(
      S.startPos(e),
      code === 'convert'
        ? `cannot convert ${x} to ${tn}`
        : code === 'truncated'
          ? `${x} truncated to ${tn}`
          : `${x} overflows ${tn}`,
    );
  }
  const why = code === 'convert' ? '' : ` (${code})`;
  typeErr(S.startPos(e), `cannot use ${x} as ${typeString(t)} value in ${context}${why}`);
};

/**
 * Constant v, representable as basic type u, as u holds it (types2's
 * representableConst with rounding): a float or complex type rounds it to its
 * precision, so float32(16777217) is 16777216 in all that follows, and a real
 * type drops a complex constant's zero imaginary part.
 */
export function roundedTo(v: Constant, u: Basic): Constant {
  if (v.kind === 'complex' && !isComplex(u)) v = realConstant(v);
  if (isFloat(u) && (v.kind === 'float' || v.kind === 'int')) {
    const f = u.name === 'float32' ? Math.fround(toNumber(v)) : toNumber(v);
    // An integer the type holds exactly stays one.
    if (v.kind === 'int' && Number.isFinite(f) && BigInt(f) === v.v) return v;
    return v.kind === 'float' && v.v === f && v.r === undefined ? v : makeFloat64(f);
  }
  if (u.name === 'complex64' && v.kind === 'complex')
    return makeComplex(Math.fround(v.re), Math.fround(v.im));
  return v;
}

/** Why constant v is not representable as basic type u (types2's representation), or undefined. */
export function representation(v: Constant, u: Basic): 'truncated' | 'overflows' | 'convert' | undefined {
  if (v.kind === 'complex' && !isComplex(u) && !realValued(v, isInteger(u)))
    return isInteger(u) ? 'truncated' : isFloat(u) ? 'overflows' : 'convert';
  if (isInteger(u)) {
    const n = toBigInt(v);
    if (n === undefined) return v.kind === 'float' ? 'truncated' : 'convert';
    const range = intRange(u);
    return range !== undefined && (n < range[0] || n > range[1]) ? 'overflows' : undefined;
  }
  if (isString(u)) return v.kind === 'string' ? undefined : 'convert';
  if (isBoolean(u)) return v.kind === 'bool' ? undefined : 'convert';
  if (isFloat(u) || isComplex(u)) {
    if (v.kind !== 'int' && v.kind !== 'float' && v.kind !== 'complex') return 'convert';
    // A float constant beyond the type's range rounds to infinity.
    if (isFloat(u) && v.kind === 'float' && !Number.isFinite(u.name === 'float32' ? Math.fround(v.v) : v.v))
      return 'overflows';
  }
  return undefined;
}

// assignedValue checks the value of an n-to-n assignment or declaration,
// where a multi-value call is a count mismatch (assignments.go: assignError).
Checker.prototype.assignedValue = function (this: Checker, e: S.Expr, nvars: number): S.TypeAndValue {
  const x = this.rawExpr(e);
  if (x.mode === 'novalue' || (x.type.kind === 'tuple' && x.type.vars.length === 0))
    typeErr(S.startPos(e), `${this.exprStr(e)} (no value) used as value`);
  if (x.type.kind === 'tuple' && x.type.vars.length !== 1) this.assignMismatch(e, nvars, x.type.vars.length);
  return this.singleValue(e, x);
};

Checker.prototype.assignMismatch = function (this: Checker, e: S.Expr, nvars: number, nvals: number): never {
  const u = S.unparen(e);
  const what = u.kind === 'CallExpr' ? this.exprStr(u.fun) : this.exprStr(e);
  const vs = `${nvars} variable${nvars === 1 ? '' : 's'}`;
  typeErr(
    S.startPos(e),
    `assignment mismatch: ${vs} but ${what} returns ${nvals} value${nvals === 1 ? '' : 's'}`,
  );
};

Checker.prototype.multiValue = function (this: Checker, e: S.Expr, n: number): Type[] {
  const x = this.rawExpr(e);
  // An invalid value was reported where it failed; its variables are invalid (types2's initVars).
  if (x.type === invalid) return Array<Type>(n).fill(invalid);
  if (x.type.kind === 'tuple') {
    if (x.type.vars.length !== n) this.assignMismatch(e, n, x.type.vars.length);
    return x.type.vars.map((v) => v.type);
  }
  if (n === 2 && (x.mode === 'commaok' || x.mode === 'mapindex')) {
    x.mode = 'value';
    const u = S.unparen(e);
    (u as S.Expr & { commaOk?: boolean }).commaOk = true;
    return [x.type, Typ.untypedBool];
  }
  typeErr(S.startPos(e), `assignment mismatch: ${n} variables but 1 value`);
};

Checker.prototype.singleValue = function (this: Checker, e: S.Expr, x: S.TypeAndValue): S.TypeAndValue {
  if (x.mode === 'typexpr') typeErr(S.startPos(e), `${this.exprStr(e)} (type) is not an expression`);
  if (x.mode === 'builtin') typeErr(S.startPos(e), `${this.exprStr(e)} (built-in) must be called`);
  if (x.type.kind === 'tuple')
    typeErr(
      S.startPos(e),
      `multiple-value ${this.exprStr(e)} (value of type ${typeString(x.type)}) in single-value context`,
    );
  return x;
};

// missingMethod reports why v does not implement interface t, or undefined.
/** Why v does not implement t, parenthesized as Go prints it after "does not implement"; undefined if it does. */
Checker.prototype.missingMethod = function (this: Checker, v: Type, t: Interface): string | undefined {
  for (const m of methodSet(t)) {
    const vu = under(v);
    // cmd/compile's wording of types2's reasons (CompilerErrorMessages).
    if (vu.kind === 'interface') {
      if (!methodSet(vu).some((x) => x.name === m.name)) return `(missing ${m.name} method)`;
      continue;
    }
    const sel = this.lookup(v, m.name, m.pkg);
    if (sel === undefined || sel.kind !== 'method') return `(missing ${m.name} method)`;
    const f = sel.obj as Func;
    if (!identical({ ...f.type, recv: undefined }, { ...m.type, recv: undefined })) {
      const sig = (t: Type) => typeString({ ...(t as Signature), recv: undefined }).replace(/^func/, '');
      return `(wrong type for ${m.name} method)\n\t\thave ${m.name}${sig(f.type)}\n\t\twant ${m.name}${sig(m.type)}`;
    }
    if (f.ptrRecv && v.kind !== 'pointer' && !sel.indirect) return `(${m.name} method has pointer receiver)`;
  }
  return undefined;
};

Checker.prototype.checkImplements = function (
  this: Checker,
  t: Type,
  iface: Type,
  at: S.Expr,
  assertion: boolean,
): void {
  const m = this.missingMethod(t, under(iface) as Interface);
  if (m !== undefined) {
    typeErr(
      S.startPos(at),
      assertion
        ? `impossible type assertion: ${this.exprStr(at)}\n\t${typeString(t)} does not implement ${typeString(iface)} ${m}`
        : `${typeString(t)} does not implement ${typeString(iface)} ${m}`,
    );
  }
};
