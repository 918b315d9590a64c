// Type expressions (types2 typexpr.go, signature.go, struct.go,
// interface.go): the Type a syntax tree denotes.

import { Checker } from './checker.js';
import { toBigInt, unquote } from './constant.js';
import { TypeErr, typeErr, unsupported } from './errors.js';
import * as S from './syntax.js';
import {
  comparable,
  type Func,
  invalid,
  isInteger,
  isInterface,
  isUntyped,
  type Named,
  newVar,
  type Signature,
  type Type,
  typeString,
  under,
  type Var,
} from './types.js';

declare module './checker.js' {
  interface Checker {
    typExpr(e: S.Expr, def?: Named): Type;
    typInternal(e: S.Expr, def: Named | undefined): Type;
    arrayLen(e: S.Expr): number;
    funcSig(t: S.FuncType, recv: Var | undefined): Signature;
    typExprOrInvalid(e: S.Expr): Type;
  }
}

Checker.prototype.typExpr = function (this: Checker, e: S.Expr, def?: Named): Type {
  const t = this.typInternal(e, def);
  e.tv = { mode: 'typexpr', type: t };
  return t;
};

Checker.prototype.typInternal = function (this: Checker, e: S.Expr, def: Named | undefined): Type {
  switch (e.kind) {
    case 'Name':
    case 'SelectorExpr': {
      const x = this.rawExpr(e);
      if (x.mode !== 'typexpr') typeErr(S.startPos(e), `${this.operand(e, x)} is not a type`);
      return x.type;
    }
    case 'ParenExpr':
      return this.typExpr(e.x, def);
    case 'Operation':
      if (e.op === '*' && e.y === undefined) return { kind: 'pointer', elem: this.typExpr(e.x) };
      break;
    case 'ArrayType': {
      if (e.len === undefined)
        typeErr(S.startPos(e), 'invalid use of [...] array (outside a composite literal)');
      const n = this.arrayLen(e.len);
      return { kind: 'array', elem: this.typExpr(e.elem), len: n };
    }
    case 'SliceType':
      return { kind: 'slice', elem: this.typExpr(e.elem) };
    case 'MapType': {
      const key = this.typExpr(e.key);
      if (!comparable(key)) typeErr(S.startPos(e.key), `invalid map key type ${typeString(key)}`);
      return { kind: 'map', key, elem: this.typExpr(e.value) };
    }
    case 'ChanType':
      return { kind: 'chan', dir: e.dir, elem: this.typExpr(e.elem) };
    case 'FuncType':
      return this.funcSig(e, undefined);
    case 'StructType': {
      const seen = new Set<string>();
      const fields = e.fields.map((f) => {
        // A field of a type that fails is reported and has an invalid type.
        const t = this.typExprOrInvalid(f.type);
        let name = f.name?.value;
        if (name === undefined) {
          let b = S.unparen(f.type);
          if (b.kind === 'Operation') b = S.unparen(b.x);
          name = b.kind === 'SelectorExpr' ? b.sel.value : (b as S.Name).value;
        }
        if (name !== '_' && seen.has(name)) typeErr(f.name?.pos ?? f.pos, `${name} redeclared`);
        seen.add(name);
        const v = newVar(name, f.name?.pos ?? f.pos, t, this.pkg);
        v.isField = true;
        v.embedded = f.name === undefined;
        return v;
      });
      return { kind: 'struct', fields, tags: e.tags.map((lit) => (lit === undefined ? '' : unquote(lit))) };
    }
    case 'InterfaceType': {
      const methods: Func[] = [];
      const embeddeds: Type[] = [];
      for (const m of e.methods) {
        if (m.name === undefined) {
          const t = this.typExpr(m.type);
          // A named type still being declared may only be checked once complete (validType).
          const pending = t.kind === 'named' && t.underlying === undefined;
          if (!pending && !isInterface(t) && under(t).kind !== 'basic')
            typeErr(S.startPos(m.type), `cannot use ${typeString(t)} in interface`);
          if (!pending && !isInterface(t)) unsupported(m.type.pos, 'type constraints');
          embeddeds.push(t);
        } else {
          methods.push({
            kind: 'func',
            name: m.name.value,
            pos: m.name.pos,
            pkg: this.pkg,
            type: this.funcSig(m.type as S.FuncType, undefined),
            decl: undefined,
            info: undefined,
            ptrRecv: false,
          });
        }
      }
      return { kind: 'interface', methods, embeddeds };
    }
  }
  typeErr(S.startPos(e), `${this.exprStr(e)} is not a type`);
};

Checker.prototype.arrayLen = function (this: Checker, e: S.Expr): number {
  // types2's arrayLength looks at a name first: not a constant, or not there.
  if (e.kind === 'Name') {
    const obj = this.scope.lookup(e.value);
    if (obj === undefined) typeErr(S.startPos(e), `undeclared name ${e.value} for array length`);
    if (obj.kind !== 'const') typeErr(S.startPos(e), `invalid array length ${e.value}`);
  }
  const x = this.expr(e);
  if (x.mode !== 'constant') typeErr(S.startPos(e), `array length ${this.operand(e, x)} must be constant`);
  const n = toBigInt(x.val!);
  if (n === undefined || (!isInteger(x.type) && !isUntyped(x.type)))
    typeErr(S.startPos(e), `array length ${this.operand(e, x)} must be integer`);
  if (n < 0n) typeErr(S.startPos(e), `invalid array length ${this.operand(e, x)}`);
  return Number(n);
};

// funcSig builds a Signature from a FuncType (typexpr.go: funcType).
/**
 * typExprOrInvalid: the type e denotes; if it fails, the error is reported and
 * the type is invalid, so what holds it (a parameter, a result, a struct
 * field) is checked on with follow-on errors dropped, as types2 goes on.
 */
Checker.prototype.typExprOrInvalid = function (this: Checker, e: S.Expr): Type {
  try {
    return this.typExpr(e);
  } catch (err) {
    if (!(err instanceof TypeErr) || this.pkg.stub) throw err;
    this.report(err);
    return invalid;
  }
};

Checker.prototype.funcSig = function (this: Checker, t: S.FuncType, recv: Var | undefined): Signature {
  // A parameter or result of a type that fails is reported and has an invalid
  // type; the function is still checked, its body too, as types2 checks it.
  const typExpr = (e: S.Expr): Type => this.typExprOrInvalid(e);
  let variadic = false;
  const params = t.params.map((f, i) => {
    let ft: Type;
    if (f.type.kind === 'DotsType') {
      if (i !== t.params.length - 1)
        typeErr(S.startPos(f.type), 'can only use ... with final parameter in list');
      variadic = true;
      ft = { kind: 'slice', elem: typExpr(f.type.elem) };
    } else ft = typExpr(f.type);
    const v = newVar(f.name?.value ?? '', f.name?.pos ?? f.pos, ft, this.pkg);
    v.isParam = true;
    return v;
  });
  const results = t.results.map((f, i) => {
    const v = newVar(f.name?.value ?? '', f.name?.pos ?? f.pos, typExpr(f.type), this.pkg);
    v.isResult = true;
    // Go names an unnamed result ~rN and a blank one ~bN.
    if (f.name === undefined || f.name.value === '_') v.name = f.name === undefined ? '' : `~b${i}`;
    return v;
  });
  return { kind: 'signature', recv, params, results, variadic };
};
