// Expressions (types2 expr.go, index.go, selector lookup in call.go,
// literals): each checked expression gets `tv`, names get `obj`, selectors
// their `selection`.

import { lastStood } from './basepos.js';
import { Checker } from './checker.js';
import {
  binaryOp,
  type Constant,
  compare,
  constKey,
  constString,
  makeComplex,
  makeInt,
  makeRat,
  parseDecimalRat,
  parseNumberLit,
  toBigInt,
  unquote,
  unquoteRune,
} from './constant.js';
import { ReportedErr, TypeErr, typeErr } from './errors.js';
import { intRange, sizeof } from './sizes.js';
import { stdAPI, stdMethods } from './stdapi.js';
import * as S from './syntax.js';
import {
  comparable,
  type Func,
  identical,
  isBoolean,
  isComplex,
  isInteger,
  isInterface,
  isString,
  isUntyped,
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
    expr(e: S.Expr, lhs?: boolean): S.TypeAndValue;
    rawExpr(e: S.Expr, lhs?: boolean): S.TypeAndValue;
    exprInternal(e: S.Expr, lhs: boolean): S.TypeAndValue;
    ident(e: S.Name, lhs: boolean): S.TypeAndValue;
    basicLit(e: S.BasicLit): S.TypeAndValue;
    operation(e: S.Operation): S.TypeAndValue;
    binaryOperands(e: S.Operation, x: S.TypeAndValue, assignOp?: boolean): S.TypeAndValue;
    assignOperand(e: S.Expr, t: Type, op: S.Operation, text: string): void;
    comparison(xe: S.Expr, ye: S.Expr, op: string, y: S.TypeAndValue, e?: S.Operation): S.TypeAndValue;
    shift(e: S.Operation, x: S.TypeAndValue): S.TypeAndValue;
    unary(e: S.Operation): S.TypeAndValue;
    overflow(e: S.Expr, v: Constant, t: Type): Constant;
    index(e: S.IndexExpr): S.TypeAndValue;
    sliceExpr(e: S.SliceExpr): S.TypeAndValue;
    compositeLit(e: S.CompositeLit, hint: Type | undefined): Type;
    selector(e: S.SelectorExpr): S.TypeAndValue;
    markAddr(e: S.Expr): void;
  }
}

// expr checks e as a single value (or a type); lhs marks the left side of an
// assignment, where a use does not count as a use.
Checker.prototype.expr = function (this: Checker, e: S.Expr, lhs = false): S.TypeAndValue {
  return this.singleValue(e, this.rawExpr(e, lhs));
};

Checker.prototype.rawExpr = function (this: Checker, e: S.Expr, lhs = false): S.TypeAndValue {
  const tv = this.exprInternal(e, lhs);
  e.tv = tv;
  return tv;
};

Checker.prototype.exprInternal = function (this: Checker, e: S.Expr, lhs: boolean): S.TypeAndValue {
  switch (e.kind) {
    case 'BadExpr':
      // The parser reported what is missing here.
      throw new ReportedErr(e.pos.file, e.pos.line, e.pos.col, 'bad expression');
    case 'Name':
      return this.ident(e, lhs);
    case 'BasicLit':
      return this.basicLit(e);
    case 'ParenExpr': {
      const x = this.rawExpr(e.x, lhs);
      return { ...x };
    }
    case 'FuncLit':
      return { mode: 'value', type: this.funcLit(e) };
    case 'CompositeLit':
      return { mode: 'value', type: this.compositeLit(e, undefined) };
    case 'SelectorExpr':
      return this.selector(e);
    case 'IndexExpr':
      return this.index(e);
    case 'SliceExpr':
      return this.sliceExpr(e);
    case 'AssertExpr': {
      const x = this.expr(e.x);
      if (!isInterface(x.type))
        typeErr(S.startPos(e.x), `invalid operation: ${this.operand(e.x, x)} is not an interface`);
      const t = this.typExpr(e.type);
      if (!isInterface(t)) this.checkImplements(t, x.type, e, true);
      return { mode: 'commaok', type: t };
    }
    case 'TypeSwitchGuard':
      // types2 takes it for a tree its parser cannot have made.
      typeErr(S.startPos(e), 'invalid AST: use of .(type) outside type switch');
      break;
    case 'Operation':
      return this.operation(e);
    case 'CallExpr':
      return this.call(e);
    case 'KeyValueExpr':
      typeErr(S.startPos(e), 'unexpected key:value expression');
      break;
    case 'ListExpr':
      typeErr(S.startPos(e), 'unexpected list of expressions');
      break;
    default:
      return { mode: 'typexpr', type: this.typExpr(e) };
  }
};

Checker.prototype.ident = function (this: Checker, e: S.Name, lhs: boolean): S.TypeAndValue {
  if (e.value === '_') typeErr(S.startPos(e), 'cannot use _ as value or type');
  const o = this.scope.lookup(e.value);
  if (o === undefined) typeErr(S.startPos(e), `undefined: ${e.value}`);
  e.obj = o;
  this.resolve(o);
  switch (o.kind) {
    case 'var':
      if (!lhs) o.used = true;
      this.capture(o, e.pos);
      return { mode: 'variable', type: o.type };
    case 'const':
      if (o.name === 'iota' && o.pkg === undefined) {
        if (this.iota === undefined) typeErr(S.startPos(e), 'cannot use iota outside constant declaration');
        return { mode: 'constant', type: Typ.untypedInt, val: makeInt(this.iota) };
      }
      return { mode: 'constant', type: o.type, val: o.val };
    case 'typename':
      return { mode: 'typexpr', type: o.type };
    case 'func':
      return { mode: 'value', type: o.type };
    case 'builtin':
      return { mode: 'builtin', type: Typ.int };
    case 'nil':
      return { mode: 'value', type: Typ.untypedNil };
    case 'pkgname':
      typeErr(S.startPos(e), `use of package ${o.name} not in selector`);
  }
};

Checker.prototype.basicLit = function (this: Checker, e: S.BasicLit): S.TypeAndValue {
  if (e.bad) throw new ReportedErr(e.pos.file, e.pos.line, e.pos.col, 'bad literal');
  switch (e.litKind) {
    case 'int': {
      const s = e.value.replace(/_/g, '');
      const v = /^0[0-7]+$/.test(s) ? BigInt(`0o${s.slice(1)}`) : BigInt(s.replace(/^0([oO])/, '0o'));
      return { mode: 'constant', type: Typ.untypedInt, val: makeInt(v) };
    }
    case 'float':
      return {
        mode: 'constant',
        type: Typ.untypedFloat,
        val: parseDecimalRat(e.value) ?? { kind: 'float', v: parseNumberLit(e.value) },
      };
    case 'imag':
      return {
        mode: 'constant',
        type: Typ.untypedComplex,
        val: makeComplex(0, parseNumberLit(e.value.slice(0, -1))),
      };
    case 'rune': {
      return { mode: 'constant', type: Typ.untypedRune, val: makeInt(unquoteRune(e.value)) };
    }
    case 'string':
      return { mode: 'constant', type: Typ.untypedString, val: { kind: 'string', v: unquote(e.value) } };
  }
};

// Operators.
Checker.prototype.operation = function (this: Checker, e: S.Operation): S.TypeAndValue {
  if (e.y === undefined) return this.unary(e);
  // types2's binary evaluates both operands before it looks at either, so
  // an error in the left one does not hide one in the right.
  const x = this.operandOrUse(e.x, [e.y]);
  if (e.op === '<<' || e.op === '>>') return this.shift(e, x);
  if (['==', '!=', '<', '<=', '>', '>='].includes(e.op)) {
    const y = this.expr(e.y);
    return this.comparison(e.x, e.y, e.op, y, e);
  }
  return this.binaryOperands(e, x);
};

Checker.prototype.binaryOperands = function (
  this: Checker,
  e: S.Operation,
  x: S.TypeAndValue,
  assignOp = false,
): S.TypeAndValue {
  const y = this.expr(e.y!);
  // An assignment operation is named as written, x op= y (types2's binary without an expression).
  const text = assignOp ? `${this.exprStr(e.x)} ${e.op}= ${this.exprStr(e.y!)}` : this.exprStr(e);
  let t = x.type;
  if (isUntyped(x.type) && !isUntyped(y.type)) {
    this.assignOperand(e.x, y.type, e, text);
    t = y.type;
  } else if (!isUntyped(x.type) && isUntyped(y.type)) {
    this.assignOperand(e.y!, x.type, e, text);
  } else if (isUntyped(x.type) && isUntyped(y.type)) {
    const rank = ['untyped int', 'untyped rune', 'untyped float', 'untyped complex'];
    const xr = rank.indexOf((x.type as { name: string }).name);
    const yr = rank.indexOf((y.type as { name: string }).name);
    if (xr >= 0 && yr >= 0) t = xr > yr ? x.type : y.type;
    else if (!identical(x.type, y.type)) {
      // Untyped operands of different kinds that are not both numeric ("a" + 1).
      typeErr(
        S.startPos(e.x),
        `invalid operation: ${text} (mismatched types ${typeString(x.type)} and ${typeString(y.type)})`,
      );
    }
  } else if (!identical(x.type, y.type)) {
    typeErr(
      S.startPos(e.x),
      `invalid operation: ${text} (mismatched types ${typeString(x.type)} and ${typeString(y.type)})`,
    );
  }
  const ok = (() => {
    switch (e.op) {
      case '+':
        return this.isNumeric(t) || isString(t);
      case '-':
      case '*':
      case '/':
        return this.isNumeric(t);
      case '%':
      case '&':
      case '|':
      case '^':
      case '&^':
        return isInteger(t);
      case '&&':
      case '||':
        return isBoolean(t);
    }
    return false;
  })();
  if (!ok)
    typeErr(
      S.startPos(e.x),
      `invalid operation: operator ${e.op} not defined on ${this.exprStr(e.x)} (${this.describe({ mode: x.mode, type: t })})`,
    );
  // An operand converted above holds its value as its new type does.
  const xtv = e.x.tv ?? x;
  const ytv = e.y!.tv ?? y;
  if (xtv.mode === 'constant' && ytv.mode === 'constant') {
    if ((e.op === '/' || e.op === '%') && toBigInt(ytv.val!) === 0n)
      typeErr(S.startPos(e.y!), 'invalid operation: division by zero');
    // Integer-valued constants of a float or complex type divide exactly.
    const exact = (c: Constant): Constant =>
      c.kind === 'int' && !isInteger(t) && this.isNumeric(t) ? makeRat(c.v, 1n) : c;
    let v = binaryOp(e.op, exact(xtv.val!), exact(ytv.val!));
    if (v !== undefined && e.op === '/' && isInteger(t) && v.kind === 'float') v = makeInt(Math.trunc(v.v));
    if (v !== undefined) {
      return { mode: 'constant', type: t, val: isUntyped(t) ? v : this.overflow(e, v, t) };
    }
  }
  if (
    (e.op === '/' || e.op === '%') &&
    ytv.mode === 'constant' &&
    toBigInt(ytv.val!) === 0n &&
    isInteger(t)
  ) {
    typeErr(S.startPos(e.y!), 'invalid operation: division by zero');
  }
  return { mode: 'value', type: t };
};

// assignOperand gives untyped operand e the other operand's type t, as
// types2's matchTypes does; text names the operation in a mismatch.
Checker.prototype.assignOperand = function (
  this: Checker,
  e: S.Expr,
  t: Type,
  op: S.Operation,
  text: string,
): void {
  const x = e.tv!;
  // As types2's matchTypes: at the operation, its operands' types in their order.
  const mismatch = (ct: Type): never => {
    const [lt, rt] = e === op.x ? [ct, t] : [t, ct];
    typeErr(
      S.startPos(op.x),
      `invalid operation: ${text} (mismatched types ${typeString(lt)} and ${typeString(rt)})`,
    );
  };
  if (isInterface(t)) {
    // Paired with an interface, an untyped value takes its default type
    // (implicitTypeAndValue), which is never the interface: no arithmetic
    // operator applies to interfaces anyway.
    const nil = x.type.kind === 'basic' && x.type.name === 'untyped nil';
    const u = under(t) as { methods: unknown[]; embeddeds: unknown[] };
    if (!nil && (u.methods.length > 0 || u.embeddeds.length > 0))
      typeErr(S.startPos(e), `cannot convert ${this.operand(e, x)} to ${typeString(under(t))}`);
    mismatch(nil ? x.type : defaultType(x.type));
  }
  if (!this.assignableTo(x.type, t)) {
    // An untyped constant that cannot become the other operand's non-basic type (expr.go: implicitTypeAndValue).
    if (isUntyped(x.type) && x.mode === 'constant' && under(t).kind !== 'basic') {
      typeErr(S.startPos(e), `cannot convert ${this.operand(e, x)} to ${typeString(t)}`);
    }
    mismatch(x.type);
  }
  this.convertOperand(e, t);
};

Checker.prototype.comparison = function (
  this: Checker,
  xe: S.Expr,
  ye: S.Expr,
  op: string,
  y: S.TypeAndValue,
  e?: S.Operation,
): S.TypeAndValue {
  const x = xe.tv!;
  const ok = this.assignableTo(x.type, y.type) || this.assignableTo(y.type, x.type);
  const opStr = e ? this.exprStr(e) : `${this.exprStr(xe)} ${op} ${this.exprStr(ye)}`;
  // types2 reports a mismatch at the second operand: only it shows the mismatch.
  if (!ok)
    typeErr(
      S.startPos(ye),
      `invalid operation: ${opStr} (mismatched types ${typeString(x.type)} and ${typeString(y.type)})`,
    );
  if (isUntyped(x.type) && !isUntyped(y.type)) this.convertUntyped(xe, y.type);
  else if (isUntyped(y.type) && !isUntyped(x.type)) this.convertUntyped(ye, x.type);
  else if (isUntyped(x.type) && isUntyped(y.type) && !(x.mode === 'constant' && y.mode === 'constant')) {
    // Two untyped constants compare exactly; otherwise both take their default type.
    const isNil = (t: Type) => t.kind === 'basic' && t.name === 'untyped nil';
    if (!isNil(x.type)) this.convertUntyped(xe, defaultType(x.type));
    if (!isNil(y.type)) this.convertUntyped(ye, defaultType(y.type));
  }
  const [xt, yt] = [xe.tv!.type, ye.tv!.type];
  if (isInterface(xt) !== isInterface(yt)) {
    // An interface is compared with a concrete operand by its type word and
    // data (walk's compare), so the operand, an untyped one given its default
    // type above, is not converted: irgen's transformCompare converts it only
    // at 64 KiB or more, where it stands after building both operands, and a
    // switch case (e undefined) never.
    const [ce, it] = isInterface(xt) ? [ye, xt] : [xe, yt];
    ce.iface = undefined;
    if (e !== undefined && sizeof(ce.tv!.type) >= 1 << 16) {
      ce.iface = it;
      ce.ifacePos = lastStood(e.pos, [xe, ye]);
    }
  }
  const isNilT = (t: Type) => t.kind === 'basic' && t.name === 'untyped nil';
  const t = isNilT(x.type) ? y.type : x.type;
  if ((op === '==' || op === '!=') && !isNilT(x.type) && !isNilT(y.type)) {
    // The first operand that is not comparable is the one reported (incomparableCause).
    for (const [oe, ot] of [
      [xe, x.type],
      [ye, y.type],
    ] as const) {
      const u = under(ot);
      let cause = '';
      if (u.kind === 'slice' || u.kind === 'map' || u.kind === 'signature') {
        cause = `${u.kind === 'signature' ? 'func' : u.kind} can only be compared to nil`;
      } else if (comparable(ot, (c) => (cause = c))) continue;
      typeErr(S.startPos(oe), `invalid operation: ${opStr} (${cause})`);
    }
  }
  // Complex numbers are not ordered; types2 names the type's kind.
  if (op !== '==' && op !== '!=' && isComplex(t))
    typeErr(S.startPos(xe), `invalid operation: ${opStr} (operator ${op} not defined on ${typeString(t)})`);
  if (op !== '==' && op !== '!=' && !(this.isNumeric(t) || isString(t))) {
    typeErr(
      S.startPos(xe),
      `invalid operation: ${opStr} (operator ${op} not defined on ${this.operand(xe, x)})`,
    );
  }
  if (x.mode === 'constant' && y.mode === 'constant') {
    // An operand converted above holds its value as its new type does (float32(0.1) == 0.1).
    const v = compare(op, (xe.tv ?? x).val!, (ye.tv ?? y).val!);
    if (v !== undefined) return { mode: 'constant', type: Typ.untypedBool, val: { kind: 'bool', v } };
  }
  return { mode: 'value', type: Typ.untypedBool };
};

Checker.prototype.shift = function (this: Checker, e: S.Operation, x: S.TypeAndValue): S.TypeAndValue {
  const y = this.expr(e.y!);
  if (!isInteger(y.type) && !(isUntyped(y.type) && y.mode === 'constant'))
    typeErr(S.startPos(e.y!), `invalid operation: shift count ${this.operand(e.y!, y)} must be integer`);
  if (isUntyped(y.type)) this.convertUntyped(e.y!, Typ.uint);
  if (x.mode === 'constant' && y.mode === 'constant') {
    // Constant shifts are exact; an untyped float operand must have an integer value.
    const xv = toBigInt(x.val!);
    if (xv === undefined) {
      typeErr(S.startPos(e.x), `invalid operation: shifted operand ${this.operand(e.x, x)} must be integer`);
    }
    const t = x.type.kind === 'basic' && x.type.name === 'untyped float' ? Typ.untypedInt : x.type;
    const v = binaryOp(e.op, makeInt(xv), makeInt(y.val === undefined ? 0n : (toBigInt(y.val) ?? 0n)))!;
    return { mode: 'constant', type: t, val: isUntyped(t) ? v : this.overflow(e, v, t) };
  }
  // A non-constant shift of an untyped constant takes its type from the
  // context, like the constant would (spec: Operators, shifts).
  if (isUntyped(x.type))
    return {
      mode: 'value',
      type: x.type.kind === 'basic' && x.type.name === 'untyped float' ? Typ.untypedInt : x.type,
    };
  if (!isInteger(e.x.tv!.type))
    typeErr(S.startPos(e.x), `invalid operation: shifted operand ${this.operand(e.x, x)} must be integer`);
  return { mode: 'value', type: e.x.tv!.type };
};

Checker.prototype.unary = function (this: Checker, e: S.Operation): S.TypeAndValue {
  if (e.op === '&') {
    const xu = S.unparen(e.x);
    if (xu.kind === 'CompositeLit') {
      const t = this.rawExpr(e.x).type;
      return { mode: 'value', type: { kind: 'pointer', elem: t } };
    }
    const x = this.expr(e.x);
    if (x.mode !== 'variable')
      typeErr(S.startPos(e.x), `invalid operation: cannot take address of ${this.operand(e.x, x)}`);
    this.markAddr(e.x);
    return { mode: 'value', type: { kind: 'pointer', elem: x.type } };
  }
  if (e.op === '*') {
    const x = this.rawExpr(e.x);
    if (x.mode === 'typexpr') return { mode: 'typexpr', type: { kind: 'pointer', elem: x.type } };
    if (x.type.kind === 'basic' && x.type.name === 'untyped nil')
      typeErr(S.startPos(e), 'invalid operation: cannot indirect nil');
    const u = under(x.type);
    if (u.kind !== 'pointer')
      typeErr(S.startPos(e.x), `invalid operation: cannot indirect ${this.operand(e.x, x)}`);
    return { mode: 'variable', type: u.elem };
  }
  const x = this.expr(e.x);
  if (e.op === '<-') {
    const u = under(x.type);
    if (u.kind !== 'chan')
      typeErr(S.startPos(e), `invalid operation: cannot receive from non-channel ${this.operand(e.x, x)}`);
    if (u.dir === 1)
      typeErr(
        S.startPos(e),
        `invalid operation: cannot receive from send-only channel ${this.operand(e.x, x)}`,
      );
    return { mode: 'commaok', type: u.elem };
  }
  const ok = e.op === '!' ? isBoolean(x.type) : e.op === '^' ? isInteger(x.type) : this.isNumeric(x.type);
  if (!ok)
    typeErr(S.startPos(e.x), `invalid operation: operator ${e.op} not defined on ${this.operand(e.x, x)}`);
  if (x.mode === 'constant') {
    const v = x.val!;
    let r: Constant | undefined;
    if (e.op === '-')
      r =
        v.kind === 'int'
          ? makeInt(-v.v)
          : v.kind === 'float'
            ? v.r !== undefined && v.r[0] !== 0n
              ? makeRat(-v.r[0], v.r[1])
              : { kind: 'float', v: 0 - v.v }
            : v.kind === 'complex'
              ? makeComplex(0 - v.re, 0 - v.im)
              : undefined;
    else if (e.op === '+') r = v;
    else if (e.op === '!' && v.kind === 'bool') r = { kind: 'bool', v: !v.v };
    else if (e.op === '^' && v.kind === 'int') {
      r = makeInt(~v.v);
      const u = under(x.type);
      if (u.kind === 'basic' && u.name.startsWith('uint'))
        r = makeInt(v.v ^ ((1n << BigInt(sizeof(u) * 8)) - 1n));
    }
    if (r !== undefined) {
      return { mode: 'constant', type: x.type, val: isUntyped(x.type) ? r : this.overflow(e, r, x.type) };
    }
  }
  return { mode: 'value', type: x.type };
};

/**
 * types2's overflow check of a typed constant operation's result: an integer
 * outside its type is `x (constant V of type T) overflows U`, U the
 * underlying basic type (types2 checks against under(T)); anything else
 * unrepresentable is reported as an assignment would be. The result is v as t
 * holds it.
 */
Checker.prototype.overflow = function (this: Checker, e: S.Expr, v: Constant, t: Type): Constant {
  const u = under(t);
  const range = u.kind === 'basic' ? intRange(u) : undefined;
  const n = range === undefined ? undefined : toBigInt(v);
  if (range !== undefined && n !== undefined) {
    if (n < range[0] || n > range[1]) {
      typeErr(
        S.startPos(e),
        `${this.exprStr(e)} (constant ${n} of type ${typeString(t)}) overflows ${typeString(u)}`,
      );
    }
    return v;
  }
  return this.representable(e, v, t, 'assignment');
};

Checker.prototype.index = function (this: Checker, e: S.IndexExpr): S.TypeAndValue {
  const x = this.operandOrUse(e.x, [e.index]);
  const u = under(x.type);
  const idx = (length: number | undefined): void => {
    const i = this.expr(e.index);
    // An untyped constant index is given type int first (types2's isValidIndex).
    if (isUntyped(i.type) && i.mode === 'constant') this.convertOperand(e.index, Typ.int);
    if (!isInteger(i.type) && !(isUntyped(i.type) && i.mode === 'constant')) {
      typeErr(S.startPos(e.index), `invalid argument: index ${this.operand(e.index, i)} must be integer`);
    }
    if (i.mode === 'constant') {
      const n = toBigInt(i.val!) ?? 0n;
      if (n < 0n)
        typeErr(
          S.startPos(e.index),
          `invalid argument: index ${this.exprStr(e.index)} (constant of type int) must not be negative`,
        );
      if (length !== undefined && n >= BigInt(length))
        typeErr(S.startPos(e.index), `invalid argument: index ${n} out of bounds [0:${length}]`);
    }
    this.convertUntyped(e.index, Typ.int);
  };
  switch (u.kind) {
    case 'basic':
      if (isString(u)) {
        idx(x.mode === 'constant' && x.val?.kind === 'string' ? x.val.v.length : undefined);
        return { mode: 'value', type: Typ.byte };
      }
      break;
    case 'array':
      idx(u.len);
      return { mode: x.mode === 'variable' ? 'variable' : 'value', type: u.elem };
    case 'pointer': {
      const a = under(u.elem);
      if (a.kind === 'array') {
        idx(a.len);
        return { mode: 'variable', type: a.elem };
      }
      break;
    }
    case 'slice':
      idx(undefined);
      return { mode: 'variable', type: u.elem };
    case 'map': {
      this.expr(e.index);
      this.assignment(e.index, u.key, 'map index');
      // transformIndex converts the key once the map and the key are built.
      if (e.index.iface !== undefined) e.index.ifacePos = lastStood(e.pos, [e.x, e.index]);
      return { mode: 'mapindex', type: u.elem };
    }
  }
  typeErr(S.startPos(e.x), `invalid operation: cannot index ${this.operand(e.x, x)}`);
};

Checker.prototype.sliceExpr = function (this: Checker, e: S.SliceExpr): S.TypeAndValue {
  const x = this.operandOrUse(e.x, e.index);
  const u = under(x.type);
  // The operand's length when known statically (index.go: sliceExpr).
  let length: number | undefined;
  let result: S.TypeAndValue;
  switch (u.kind) {
    case 'basic':
      if (!isString(u)) typeErr(S.startPos(e.x), `cannot slice ${this.operand(e.x, x)}`);
      if (e.full) typeErr(S.startPos(e.index[2] ?? e), `invalid operation: 3-index slice of string`);
      if (x.mode === 'constant' && x.val?.kind === 'string') length = x.val.v.length;
      result = { mode: 'value', type: isUntyped(x.type) ? Typ.string : x.type };
      break;
    case 'array':
      if (x.mode !== 'variable')
        typeErr(S.startPos(e), `invalid operation: ${this.exprStr(e.x)} (slice of unaddressable value)`);
      this.markAddr(e.x);
      length = u.len;
      result = { mode: 'value', type: { kind: 'slice', elem: u.elem } };
      break;
    case 'pointer': {
      const a = under(u.elem);
      if (a.kind !== 'array') typeErr(S.startPos(e.x), `cannot slice ${this.operand(e.x, x)}`);
      length = a.len;
      result = { mode: 'value', type: { kind: 'slice', elem: a.elem } };
      break;
    }
    case 'slice':
      result = { mode: 'value', type: x.type };
      break;
    default:
      typeErr(S.startPos(e.x), `cannot slice ${this.operand(e.x, x)}`);
  }
  // Constant indices are checked against the capacity (length + 1 as a bound)
  // and must not decrease.
  const ind = e.index.map((i, n) => {
    if (i === undefined) return n === 0 ? 0 : (length ?? -1);
    const t = this.expr(i);
    if (!isInteger(t.type))
      typeErr(S.startPos(i), `invalid argument: index ${this.operand(i, t)} must be integer`);
    this.convertUntyped(i, Typ.int);
    const c = i.tv!;
    if (c.mode !== 'constant') return -1;
    const v = Number(toBigInt(c.val!) ?? 0n);
    if (length !== undefined && v > length)
      typeErr(S.startPos(i), `invalid argument: index ${v} out of bounds [0:${length + 1}]`);
    return v;
  });
  for (let i = 0; i < ind.length - 1; i++) {
    if (ind[i]! <= 0) continue;
    for (let j = i + 1; j < ind.length; j++) {
      if (ind[j]! >= 0 && ind[j]! < ind[i]!)
        typeErr(S.startPos(e.index[j]!), `invalid slice indices: ${ind[j]} < ${ind[i]}`);
    }
  }
  return result;
};

Checker.prototype.compositeLit = function (this: Checker, e: S.CompositeLit, hint: Type | undefined): Type {
  let t: Type;
  if (e.type !== undefined) {
    if (e.type.kind === 'ArrayType' && e.type.len === undefined) {
      const elem = this.typExpr(e.type.elem);
      let n = 0;
      let max = 0;
      for (const el of e.elems) {
        if (el.kind === 'KeyValueExpr') {
          const k = this.expr(el.key);
          n = Number(toBigInt(k.val!) ?? 0n);
        }
        n++;
        max = Math.max(max, n);
      }
      t = { kind: 'array', elem, len: max };
      e.type.tv = { mode: 'typexpr', type: t };
    } else t = this.typExpr(e.type);
  } else if (hint !== undefined) {
    t = hint;
  } else typeErr(S.startPos(e), 'invalid composite literal type: missing type');
  let base = t;
  let u = under(t);
  if (e.type === undefined && u.kind === 'pointer') {
    base = u.elem;
    u = under(base);
  }
  const elemLit = (el: S.Expr, et: Type): void => {
    if (el.kind === 'CompositeLit' && el.type === undefined) {
      const lt = this.compositeLit(el, et);
      let ft = lt;
      if (under(et).kind === 'pointer') ft = et;
      el.tv = { mode: 'value', type: ft };
      return;
    }
    this.expr(el);
    this.softly(() => this.assignment(el, et, 'array or slice literal'));
  };
  // typecheck sets its position to each element before converting the
  // value, so a keyed one converts at its colon.
  const atColon = (kv: S.KeyValueExpr, x: S.Expr): void => {
    if (x.iface !== undefined) x.ifacePos = kv.pos;
  };
  switch (u.kind) {
    case 'struct': {
      if (e.elems.length === 0) break;
      // Another package's unexported fields cannot be named (types2's fieldIndex).
      const visible = (f: Var) => f.pkg === this.pkg || /^\p{Lu}/u.test(f.name);
      if (e.elems[0]!.kind === 'KeyValueExpr') {
        const visited = new Set<number>();
        for (const el of e.elems) {
          if (el.kind !== 'KeyValueExpr')
            typeErr(S.startPos(el), 'mixture of field:value and value elements in struct literal');
          if (el.value.kind === 'CompositeLit' && el.value.type === undefined)
            typeErr(S.startPos(el.value), 'invalid composite literal type: missing type');
          this.expr(el.value);
          const k = el.key;
          if (k.kind !== 'Name')
            typeErr(S.startPos(k), `invalid field name ${this.exprStr(k)} in struct literal`);
          const i = u.fields.findIndex((f) => f.name === k.value && visible(f));
          if (i < 0)
            typeErr(
              S.startPos(k),
              `unknown field '${k.value}' in struct literal of type ${typeString(base)}`,
            );
          k.obj = u.fields[i];
          (el as S.KeyValueExpr & { field?: number }).field = i;
          this.assignment(el.value, u.fields[i]!.type, 'struct literal');
          atColon(el, el.value);
          if (visited.has(i)) typeErr(S.startPos(el), `duplicate field name ${k.value} in struct literal`);
          visited.add(i);
        }
      } else {
        e.elems.forEach((el, i) => {
          if (el.kind === 'KeyValueExpr')
            typeErr(S.startPos(el), 'mixture of field:value and value elements in struct literal');
          this.expr(el);
          if (i >= u.fields.length) typeErr(S.startPos(el), `too many values in ${typeString(base)}{…}`);
          const f = u.fields[i]!;
          // types2 reports this and goes on to the next element.
          if (!visible(f)) {
            const p = S.startPos(el);
            const msg = `implicit assignment to unexported field ${f.name} in ${typeString(t)} literal`;
            this.report(new TypeErr(p.file, p.line, p.col, msg));
            return;
          }
          this.assignment(el, f.type, 'struct literal');
        });
        if (e.elems.length < u.fields.length) typeErr(e.rbrace, `too few values in ${typeString(base)}{…}`);
      }
      break;
    }
    case 'array':
    case 'slice': {
      // types2's indexedElts: each element's index is its key's or the last one's + 1.
      const seen = new Set<bigint>();
      let index = 0n;
      for (const el of e.elems) {
        if (el.kind === 'KeyValueExpr') {
          const k = this.expr(el.key);
          if (k.mode !== 'constant')
            typeErr(S.startPos(el.key), `index ${this.exprStr(el.key)} must be integer constant`);
          this.convertUntyped(el.key, Typ.int);
          index = (k.val === undefined ? undefined : toBigInt(k.val)) ?? index;
        } else if (u.kind === 'array' && u.len >= 0 && index >= BigInt(u.len)) {
          typeErr(S.startPos(el), `index ${index} is out of bounds (>= ${u.len})`);
        }
        // At the element: a keyed one's position is its colon, as in types2.
        if (seen.has(index))
          typeErr(
            el.kind === 'KeyValueExpr' ? el.pos : S.startPos(el),
            `duplicate index ${index} in array or slice literal`,
          );
        seen.add(index);
        index++;
        elemLit(el.kind === 'KeyValueExpr' ? el.value : el, u.elem);
        if (el.kind === 'KeyValueExpr') atColon(el, el.value);
      }
      break;
    }
    case 'map': {
      // Constant keys must differ (types2: duplicate key), compared as values of the key type.
      const seen = new Set<string>();
      for (const el of e.elems) {
        if (el.kind !== 'KeyValueExpr') typeErr(S.startPos(el), 'missing key in map literal');
        if (el.key.kind === 'CompositeLit' && el.key.type === undefined) elemLit(el.key, u.key);
        else {
          this.expr(el.key);
          this.assignment(el.key, u.key, 'map literal');
          const k = el.key.tv;
          if (k?.mode === 'constant' && k.val !== undefined) {
            const v = constString(k.val);
            const id = `${typeString(k.type)}:${constKey(k.val)}`;
            if (seen.has(id)) typeErr(S.startPos(el.key), `duplicate key ${v} in map literal`);
            seen.add(id);
          }
        }
        elemLit(el.value, u.elem);
        atColon(el, el.key);
        atColon(el, el.value);
      }
      break;
    }
    default:
      typeErr(S.startPos(e), `invalid composite literal type ${typeString(t)}`);
  }
  return t;
};

/** A method Go 1.19's standard type has, which gomem does not provide yet, is not the program's mistake. */
function notYetProvided(e: S.SelectorExpr, t: Type, sel: string): void {
  const base = t.kind === 'pointer' ? t.elem : t;
  if (base.kind !== 'named' || base.obj.pkg === undefined) return;
  const name = `${base.obj.name}.${sel}`;
  if (stdMethods[base.obj.pkg.path]?.includes(name))
    typeErr(S.startPos(e.sel), `${base.obj.pkg.name}.${name} is not supported by gomem run yet`);
}

Checker.prototype.selector = function (this: Checker, e: S.SelectorExpr): S.TypeAndValue {
  const sel = e.sel.value;
  const bx = S.unparen(e.x);
  if (bx.kind === 'Name') {
    const o = this.scope.lookup(bx.value);
    if (o?.kind === 'pkgname') {
      o.used = true;
      bx.obj = o;
      const m = o.imported.scope.elems.get(sel);
      if (m === undefined || !/^[A-Z]/.test(sel)) {
        // A name Go's package has, which gomem does not provide yet, is not the program's mistake.
        if (/^[A-Z]/.test(sel) && stdAPI[o.imported.path]?.includes(sel))
          typeErr(S.startPos(e.sel), `${bx.value}.${sel} is not supported by gomem run yet`);
        typeErr(S.startPos(e.sel), `undefined: ${bx.value}.${sel}`);
      }
      e.sel.obj = m;
      e.selection = { kind: 'pkg', obj: m, index: [], indirect: false };
      switch (m.kind) {
        case 'const':
          return { mode: 'constant', type: m.type, val: m.val };
        case 'typename':
          return { mode: 'typexpr', type: m.type };
        case 'var':
          return { mode: 'variable', type: m.type };
        case 'func':
          return { mode: 'value', type: m.type };
        case 'builtin':
          return { mode: 'builtin', type: Typ.int };
        default:
          typeErr(S.startPos(e), `unexpected ${m.kind}`);
      }
    }
  }
  const x = this.rawExpr(e.x);
  if (x.mode === 'builtin' || x.mode === 'novalue')
    typeErr(S.startPos(e), `${this.operand(e.x, x)} has no field or method ${sel}`);
  if (x.type.kind === 'tuple')
    typeErr(
      S.startPos(e.x),
      `multiple-value ${this.exprStr(e.x)} (value of type ${typeString(x.type)}) in single-value context`,
    );
  const s = this.lookup(x.type, sel);
  if (s === undefined) {
    const u = under(x.type);
    let why: string;
    if (u.kind === 'pointer' && isInterface(u.elem)) {
      why = `type ${typeString(x.type)} is pointer to interface, not interface`;
    } else {
      // types2 points out a name that differs only in the case of its first letter.
      const first = sel[0]!;
      const flipped =
        (first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase()) + sel.slice(1);
      const hint = this.lookup(x.type, flipped) !== undefined ? `, but does have ${flipped}` : '';
      why = `type ${typeString(x.type)} has no field or method ${sel}${hint}`;
    }
    notYetProvided(e, x.type, sel);
    typeErr(S.startPos(e.sel), `${this.exprStr(e.x)}.${sel} undefined (${why})`);
  }
  if (s.index[0] === -1) typeErr(S.startPos(e.sel), `ambiguous selector ${this.exprStr(e)}`);
  // A pointer method needs a pointer or an addressable value (lookup.go).
  if (
    s.kind === 'method' &&
    (s.obj as Func).ptrRecv &&
    !s.indirect &&
    x.type.kind !== 'pointer' &&
    x.mode !== 'variable'
  ) {
    typeErr(S.startPos(e.sel), `cannot call pointer method ${sel} on ${typeString(x.type)}`);
  }
  if (x.mode === 'typexpr') {
    // method expression T.m / (*T).m
    if (s.kind !== 'method')
      typeErr(
        S.startPos(e.sel),
        `${this.exprStr(e.x)}.${sel} undefined (type ${typeString(x.type)} has no method ${sel})`,
      );
    const f = s.obj as Func;
    e.selection = { ...s, kind: 'methodexpr', recv: x.type };
    const recv = newVar('', e.pos, x.type, this.pkg);
    recv.isParam = true;
    const sig: Signature = { ...f.type, recv: undefined, params: [recv, ...f.type.params] };
    return { mode: 'value', type: sig };
  }
  e.selection = s;
  e.sel.obj = s.obj;
  if (s.kind === 'field') {
    const v = s.obj as Var;
    const mode =
      x.mode === 'variable' || s.indirect || under(x.type).kind === 'pointer' ? 'variable' : 'value';
    return { mode, type: v.type };
  }
  const f = s.obj as Func;
  if (f.ptrRecv && x.mode === 'variable' && !s.indirect && x.type.kind !== 'pointer') this.markAddr(e.x);
  return { mode: 'value', type: { ...f.type, recv: undefined } };
};

// markAddr notes that e's variable has its address taken (&x, x.m() with a pointer method).
Checker.prototype.markAddr = function (this: Checker, e: S.Expr): void {
  let u = S.unparen(e);
  while (u.kind === 'SelectorExpr' && u.selection?.kind === 'field' && !u.selection.indirect)
    u = S.unparen(u.x);
  while (u.kind === 'IndexExpr' && under(u.x.tv!.type).kind === 'array') u = S.unparen(u.x);
  if (u.kind === 'Name' && u.obj?.kind === 'var') u.obj.addrTaken = true;
};
