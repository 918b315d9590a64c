// Calls, conversions and built-ins (types2 call.go, conversions.go,
// builtins.go), including unsafe.Sizeof/Alignof/Offsetof evaluated with
// Go's amd64 sizes.

import { representation, roundedTo } from './assign.js';
import { convertedAt, lastStood } from './basepos.js';
import { Checker } from './checker.js';
import { makeInt, realValued, toBigInt } from './constant.js';
import { typeErr, unsupported } from './errors.js';
import { alignof, intRange, offsetsof, sizeof } from './sizes.js';
import * as S from './syntax.js';
import {
  identical,
  isBoolean,
  isComplex,
  isFloat,
  isInteger,
  isInterface,
  isString,
  isUntyped,
  type Signature,
  type Struct,
  type Type,
  typeString,
  under,
} from './types.js';
import { defaultType, Typ } from './universe.js';

declare module './checker.js' {
  interface Checker {
    call(e: S.CallExpr): S.TypeAndValue;
    arguments(e: S.CallExpr, sig: Signature): void;
    conversion(e: S.CallExpr, t: Type): S.TypeAndValue;
    builtin(e: S.CallExpr, name: string): S.TypeAndValue;
  }
}

Checker.prototype.call = function (this: Checker, e: S.CallExpr): S.TypeAndValue {
  const f = this.operandOrUse(e.fun, e.args, true);
  if (f.mode === 'typexpr') return this.conversion(e, f.type);
  if (f.mode === 'builtin') {
    const fu = S.unparen(e.fun);
    const name = fu.kind === 'Name' ? fu.value : `unsafe.${(fu as S.SelectorExpr).sel.value}`;
    return this.builtin(e, name);
  }
  const sig = under(f.type);
  if (sig.kind !== 'signature')
    typeErr(S.startPos(e), `invalid operation: cannot call non-function ${this.operand(e.fun, f)}`);
  this.arguments(e, sig);
  if (sig.results.length === 0) return { mode: 'novalue', type: { kind: 'tuple', vars: [] } };
  if (sig.results.length === 1) return { mode: 'value', type: sig.results[0]!.type };
  return { mode: 'value', type: { kind: 'tuple', vars: sig.results } };
};

Checker.prototype.arguments = function (this: Checker, e: S.CallExpr, sig: Signature): void {
  const params = sig.params;
  const call = this.exprStr(e.fun);
  const arg0 = e.args.length === 1 && !e.hasDots ? S.unparen(e.args[0]!) : undefined;
  let checked0: S.TypeAndValue | undefined;
  if (arg0 !== undefined && (params.length > 1 || (sig.variadic && arg0.kind === 'CallExpr'))) {
    const x = this.rawExpr(e.args[0]!);
    checked0 = x;
    if (x.mode === 'novalue')
      typeErr(S.startPos(e.args[0]!), `${this.exprStr(e.args[0]!)} (no value) used as value`);
    if (x.type.kind === 'tuple') {
      const ts = x.type.vars.map((v) => v.type);
      if (
        ts.length < params.length - (sig.variadic ? 1 : 0) ||
        (!sig.variadic && ts.length > params.length)
      ) {
        typeErr(
          S.startPos(e.args[0]!),
          `${ts.length < params.length ? 'not enough' : 'too many'} arguments in call to ${call}`,
        );
      }
      return;
    }
  }
  const args = e.args;
  for (const a of args) {
    // The single argument was checked above, looking for several values.
    const x = checked0 !== undefined && a === e.args[0] ? this.singleValue(a, checked0) : this.expr(a);
    if (x.mode === 'novalue') typeErr(S.startPos(a), `${this.exprStr(a)} (no value) used as value`);
  }
  const nfixed = sig.variadic ? params.length - 1 : params.length;
  const sigStr = () =>
    `\n\thave (${args.map((a) => argTypeString(a.tv!.type)).join(', ')})\n\twant ${paramsString(sig)}`;
  // transformCall leaves the compiler on the call before it converts the arguments.
  const at = convertedAt(e.pos, args);
  if (e.hasDots) {
    if (!sig.variadic) typeErr(S.startPos(e), `cannot use ... in call to non-variadic ${call}`);
    if (args.length !== params.length)
      typeErr(
        S.startPos(e),
        `${args.length < params.length ? 'not enough' : 'too many'} arguments in call to ${call}${sigStr()}`,
      );
    args.forEach((a, i) => {
      this.assignment(a, params[i]!.type, `argument to ${call}`);
      if (a.iface !== undefined) a.ifacePos = at[i];
    });
    return;
  }
  if (args.length < nfixed) {
    // types2 reports a shortfall at the last argument, or at the call when there is none.
    typeErr(S.startPos(args[args.length - 1] ?? e), `not enough arguments in call to ${call}${sigStr()}`);
  }
  if (!sig.variadic && args.length > params.length)
    typeErr(S.startPos(args[params.length]!), `too many arguments in call to ${call}${sigStr()}`);
  args.forEach((a, i) => {
    const pt = i < nfixed ? params[i]!.type : (params[nfixed]!.type as { elem: Type }).elem;
    this.softly(() => this.assignment(a, pt, `argument to ${call}`));
    if (a.iface !== undefined) a.ifacePos = at[i];
    else {
      // A variable converted implicitly to another type (a channel's direction,
      // a named slice type) is converted where typecheck left base.Pos too.
      const u = S.unparen(a);
      if (u.kind === 'Name' && u.tv?.mode !== 'constant' && u.tv !== undefined && !identical(u.tv.type, pt))
        a.convPos = at[i];
    }
  });
};

Checker.prototype.conversion = function (this: Checker, e: S.CallExpr, t: Type): S.TypeAndValue {
  if (e.args.length === 0) typeErr(S.startPos(e), `missing argument in conversion to ${typeString(t)}`);
  if (e.args.length > 1)
    typeErr(S.startPos(e.args[1]!), `too many arguments in conversion to ${typeString(t)}`);
  const a = e.args[0]!;
  const x = this.expr(a);
  const tu = under(t);
  const xu = under(x.type);
  if (x.mode === 'constant' && isUntyped(x.type) && tu.kind === 'basic' && !isString(tu)) {
    if (x.val?.kind === 'complex' && !isComplex(tu) && !realValued(x.val, isInteger(tu)))
      typeErr(S.startPos(a), `cannot convert ${this.complexOperand(a, x.val)} to type ${typeString(t)}`);
    // A constant of another kind (int("5"), bool(1)) does not convert at all.
    const k = x.val?.kind;
    // Nor does one the type cannot represent (conversions.go: constConvertibleTo).
    const n = toBigInt(x.val!);
    const range = intRange(tu);
    const f = x.val?.kind === 'float' ? (tu.name === 'float32' ? Math.fround(x.val.v) : x.val.v) : 0;
    if (
      k === 'string' ||
      (k === 'bool') !== isBoolean(tu) ||
      (isInteger(tu) && (n === undefined || (range !== undefined && (n < range[0] || n > range[1])))) ||
      (isFloat(tu) && !Number.isFinite(f))
    )
      typeErr(S.startPos(a), `cannot convert ${this.operand(a, x)} to type ${typeString(t)}`);
    this.convertUntyped(a, t);
    return { mode: 'constant', type: t, val: (a.tv ?? x).val! };
  }
  const ok =
    this.assignableTo(x.type, t) ||
    identical(xu, tu, true) ||
    (xu.kind === 'pointer' && tu.kind === 'pointer' && identical(under(xu.elem), under(tu.elem), true)) ||
    (this.isNumeric(xu) && this.isNumeric(tu)) ||
    (isString(tu) && (isInteger(xu) || (xu.kind === 'slice' && isByteOrRune(xu.elem)))) ||
    (isString(xu) && tu.kind === 'slice' && isByteOrRune(tu.elem)) ||
    (tu.kind === 'basic' &&
      tu.name === 'unsafe.Pointer' &&
      (xu.kind === 'pointer' || (xu.kind === 'basic' && xu.name === 'uintptr'))) ||
    (xu.kind === 'basic' &&
      xu.name === 'unsafe.Pointer' &&
      (tu.kind === 'pointer' || (tu.kind === 'basic' && tu.name === 'uintptr'))) ||
    (xu.kind === 'slice' && tu.kind === 'pointer' && under(tu.elem).kind === 'array');
  if (!ok) {
    // An interface type says which method is missing, on a line of its own.
    const why = tu.kind === 'interface' ? this.missingMethod(x.type, tu) : undefined;
    const cause =
      why === undefined ? '' : `:\n\t${typeString(x.type)} does not implement ${typeString(t)} ${why}`;
    typeErr(S.startPos(a), `cannot convert ${this.operand(a, x)} to type ${typeString(t)}${cause}`);
  }
  // A typed numeric constant converts to a constant of the new type, which
  // must represent it (conversions.go: constConvertibleTo), rounded as that
  // type rounds it, so `const ms = int64(d) * 1000` is a constant.
  if (
    x.mode === 'constant' &&
    !isUntyped(x.type) &&
    tu.kind === 'basic' &&
    this.isNumeric(tu) &&
    this.isNumeric(xu) &&
    x.val !== undefined
  ) {
    if (representation(x.val, tu) !== undefined)
      typeErr(S.startPos(a), `cannot convert ${this.operand(a, x)} to type ${typeString(t)}`);
    return { mode: 'constant', type: t, val: roundedTo(x.val, tu) };
  }
  if (isUntyped(x.type))
    this.convertUntyped(a, isString(tu) && !isString(x.type) ? Typ.rune : isInterface(t) ? t : t);
  if (isInterface(t) && !identical(t, x.type)) a.iface = t;
  if (
    x.mode === 'constant' &&
    tu.kind === 'basic' &&
    isString(tu) &&
    isInteger(x.type) &&
    x.val?.kind === 'int'
  ) {
    // Out-of-range code points convert to U+FFFD (spec: Conversions to and from a string type).
    const cp =
      x.val.v >= 0n && x.val.v <= 0x10ffffn && !(x.val.v >= 0xd800n && x.val.v <= 0xdfffn)
        ? Number(x.val.v)
        : 0xfffd;
    return {
      mode: 'constant',
      type: t,
      val: { kind: 'string', v: Buffer.from(String.fromCodePoint(cp), 'utf8').toString('latin1') },
    };
  }
  if (x.mode === 'constant' && tu.kind === 'basic' && isString(tu) && isString(x.type))
    return { mode: 'constant', type: t, val: x.val! };
  return { mode: 'value', type: t };
};

Checker.prototype.builtin = function (this: Checker, e: S.CallExpr, name: string): S.TypeAndValue {
  const args = e.args;
  const nargs = (min: number, max = min) => {
    // types2 reports a built-in's argument count at the call, as an invalid operation.
    if (args.length < min)
      typeErr(
        S.startPos(e),
        `invalid operation: not enough arguments for ${this.exprStr(e)} (expected ${min}, found ${args.length})`,
      );
    if (args.length > max)
      typeErr(
        S.startPos(e),
        `invalid operation: too many arguments for ${this.exprStr(e)} (expected ${max}, found ${args.length})`,
      );
  };
  switch (name) {
    case 'len':
    case 'cap': {
      nargs(1);
      const x = this.expr(args[0]!);
      let u = under(x.type);
      if (u.kind === 'pointer' && under(u.elem).kind === 'array') u = under(u.elem);
      const ok =
        u.kind === 'array' ||
        u.kind === 'slice' ||
        u.kind === 'chan' ||
        (name === 'len' && (isString(u) || u.kind === 'map'));
      if (!ok) typeErr(S.startPos(args[0]!), `invalid argument: ${this.operand(args[0]!, x)} for ${name}`);
      if (isUntyped(x.type)) this.convertUntyped(args[0]!, Typ.string);
      if (x.mode === 'constant' && x.val?.kind === 'string')
        return { mode: 'constant', type: Typ.int, val: makeInt(Buffer.byteLength(x.val.v, 'latin1')) };
      if (u.kind === 'array' && !containsCallOrRecv(args[0]!))
        return { mode: 'constant', type: Typ.int, val: makeInt(u.len) };
      return { mode: 'value', type: Typ.int };
    }
    case 'new': {
      nargs(1);
      const t = this.typExpr(args[0]!);
      return { mode: 'value', type: { kind: 'pointer', elem: t } };
    }
    case 'make': {
      if (args.length === 0)
        typeErr(S.startPos(e), `invalid operation: not enough arguments for make() (expected 1, found 0)`);
      const t = this.typExpr(args[0]!);
      const u = under(t);
      const min = u.kind === 'slice' ? 2 : 1;
      if (u.kind !== 'slice' && u.kind !== 'map' && u.kind !== 'chan')
        typeErr(
          S.startPos(args[0]!),
          `invalid argument: cannot make ${this.exprStr(args[0]!)}; type must be slice, map, or channel`,
        );
      if (args.length < min)
        typeErr(
          S.startPos(e),
          `invalid operation: ${this.exprStr(e)} expects ${min} or ${min + 1} arguments; found ${args.length}`,
        );
      if (args.length > 3 || (u.kind !== 'slice' && args.length > 2))
        typeErr(
          S.startPos(e),
          `invalid operation: ${this.exprStr(e)} expects ${min} or ${min + 1} arguments; found ${args.length}`,
        );
      for (const a of args.slice(1)) {
        const x = this.expr(a);
        if (
          !isInteger(x.type) &&
          !(isUntyped(x.type) && x.mode === 'constant' && toBigInt(x.val!) !== undefined)
        )
          typeErr(S.startPos(a), `cannot convert ${this.operand(a, x)} to type int`);
        if (x.mode === 'constant' && (toBigInt(x.val!) ?? 0n) < 0n)
          typeErr(
            S.startPos(a),
            `invalid argument: index ${this.exprStr(a)} (constant of type int) must not be negative`,
          );
        this.convertUntyped(a, Typ.int);
      }
      return { mode: 'value', type: t };
    }
    case 'append': {
      if (args.length === 0)
        typeErr(S.startPos(e), `invalid operation: not enough arguments for append() (expected 1, found 0)`);
      const s = this.expr(args[0]!);
      const u = under(s.type);
      if (u.kind !== 'slice') {
        const isNil = s.type.kind === 'basic' && s.type.name === 'untyped nil';
        const cause = isNil ? 'have untyped nil' : `have ${this.operand(args[0]!, s)}`;
        typeErr(S.startPos(args[0]!), `first argument to append must be a slice; ${cause}`);
      }
      if (e.hasDots) {
        nargs(2);
        const x = this.expr(args[1]!);
        if (isString(x.type) && isByteOrRune(u.elem)) this.convertUntyped(args[1]!, Typ.string);
        else this.assignment(args[1]!, s.type, 'append');
      } else {
        for (const a of args.slice(1)) {
          this.expr(a);
          this.assignment(a, u.elem, 'argument to append');
        }
      }
      return { mode: 'value', type: s.type };
    }
    case 'copy': {
      nargs(2);
      const d = this.expr(args[0]!);
      const s = this.expr(args[1]!);
      const du = under(d.type);
      // A string source copies bytes.
      const su: Type = isString(s.type) ? { kind: 'slice', elem: Typ.byte } : under(s.type);
      if (du.kind !== 'slice' || su.kind !== 'slice')
        typeErr(
          S.startPos(args[0]!),
          `invalid argument: copy expects slice arguments; found ${this.operand(args[0]!, d)} and ${this.operand(args[1]!, s)}`,
        );
      if (!identical(du.elem, su.elem))
        typeErr(
          S.startPos(args[0]!),
          `invalid argument: arguments to copy ${this.operand(args[0]!, d)} and ${this.operand(args[1]!, s)} have different element types ${typeString(du.elem)} and ${typeString(su.elem)}`,
        );
      if (isUntyped(s.type)) this.convertUntyped(args[1]!, Typ.string);
      return { mode: 'value', type: Typ.int };
    }
    case 'delete': {
      nargs(2);
      const m = this.expr(args[0]!);
      const u = under(m.type);
      if (u.kind !== 'map')
        typeErr(S.startPos(args[0]!), `invalid argument: ${this.operand(args[0]!, m)} is not a map`);
      this.expr(args[1]!);
      this.assignment(args[1]!, u.key, 'argument to delete');
      return { mode: 'novalue', type: { kind: 'tuple', vars: [] } };
    }
    case 'close': {
      nargs(1);
      const c = this.expr(args[0]!);
      const u = under(c.type);
      if (u.kind !== 'chan')
        typeErr(
          S.startPos(args[0]!),
          `invalid operation: cannot close non-channel ${this.operand(args[0]!, c)}`,
        );
      if (u.dir === 2)
        typeErr(
          S.startPos(args[0]!),
          `invalid operation: cannot close receive-only channel ${this.operand(args[0]!, c)}`,
        );
      return { mode: 'novalue', type: { kind: 'tuple', vars: [] } };
    }
    case 'panic': {
      nargs(1);
      this.expr(args[0]!);
      this.assignment(args[0]!, { kind: 'interface', methods: [], embeddeds: [] }, 'argument to panic');
      // transformPanic converts where building the argument left the compiler.
      if (args[0]!.iface !== undefined) args[0]!.ifacePos = lastStood(e.pos, [args[0]!]);
      return { mode: 'novalue', type: { kind: 'tuple', vars: [] } };
    }
    case 'print':
    case 'println':
      for (const a of args) {
        const x = this.expr(a);
        if (x.mode === 'value' && x.type.kind === 'basic' && x.type.name === 'untyped nil')
          typeErr(S.startPos(a), `use of untyped nil in argument to ${name}`);
        if (isUntyped(x.type)) this.convertUntyped(a, defaultType(x.type));
      }
      return { mode: 'novalue', type: { kind: 'tuple', vars: [] } };
    case 'recover':
      nargs(0);
      return { mode: 'value', type: { kind: 'interface', methods: [], embeddeds: [] } };
    case 'complex':
    case 'real':
    case 'imag':
      nargs(name === 'complex' ? 2 : 1);
      return this.complexBuiltin(e, name);
    case 'unsafe.Sizeof':
    case 'unsafe.Alignof': {
      nargs(1);
      const x = this.expr(args[0]!);
      if (isUntyped(x.type)) this.convertUntyped(args[0]!, defaultType(x.type));
      const t = args[0].tv!.type;
      const v = name === 'unsafe.Sizeof' ? sizeof(t) : alignof(t);
      return { mode: 'constant', type: Typ.uintptr, val: makeInt(v) };
    }
    case 'unsafe.Offsetof': {
      nargs(1);
      const a = S.unparen(args[0]!);
      if (a.kind !== 'SelectorExpr')
        typeErr(S.startPos(a), `invalid argument: ${this.exprStr(a)} is not a selector expression`);
      this.expr(a);
      const sel = a.selection!;
      if (sel.kind !== 'field')
        typeErr(S.startPos(a), `invalid argument: ${this.exprStr(a)} is a method value`);
      // Offset relative to the struct holding the field (through embedded fields without indirection).
      let t = S.unparen(a.x).tv!.type;
      let off = 0;
      for (const i of sel.index) {
        let u = under(t);
        if (u.kind === 'pointer') u = under(u.elem);
        const st = u as Struct;
        off += offsetsof(st)[i]!;
        t = st.fields[i]!.type;
      }
      return { mode: 'constant', type: Typ.uintptr, val: makeInt(off) };
    }
    case 'unsafe.Add':
    case 'unsafe.Slice':
      for (const a of args) this.expr(a);
      unsupported(e.pos, name);
  }
  typeErr(S.startPos(e), `unknown built-in ${name}`);
};

// argTypeString writes an argument's type as types2 does in have/want lists: untyped numbers as "number".
function argTypeString(t: Type): string {
  if (t.kind === 'basic' && /^untyped (int|rune|float|complex)$/.test(t.name)) return 'number';
  return typeString(defaultType(t));
}

function isByteOrRune(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && (u.name === 'uint8' || u.name === 'int32');
}

function containsCallOrRecv(e: S.Expr): boolean {
  switch (e.kind) {
    case 'CallExpr':
      return e.fun.tv?.mode !== 'typexpr';
    case 'Operation':
      return (
        (e.op === '<-' && e.y === undefined) ||
        containsCallOrRecv(e.x) ||
        (e.y !== undefined && containsCallOrRecv(e.y))
      );
    case 'ParenExpr':
    case 'SelectorExpr':
      return containsCallOrRecv(e.x);
    case 'IndexExpr':
      return containsCallOrRecv(e.x) || containsCallOrRecv(e.index);
  }
  return false;
}

function paramsString(sig: Signature): string {
  return `(${sig.params.map((p, i) => (sig.variadic && i === sig.params.length - 1 ? `...${typeString((p.type as { elem: Type }).elem)}` : typeString(p.type))).join(', ')})`;
}
