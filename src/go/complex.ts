// The built-ins complex, real and imag (types2 builtins.go: _Complex,
// _Real, _Imag) and the wording of complex constants in diagnostics.
//
// complex(x, y floatT) complexT: an untyped argument takes the other one's
// type; two untyped constants are taken as untyped floats when their
// imaginary parts are zero, and fold to an untyped complex constant; the
// two types must be identical floats (float32 → complex64, float64 →
// complex128, untyped float → untyped complex).
// real(x complexT) floatT and imag: an untyped constant argument is taken as
// an untyped complex constant (so real(1) is the untyped float 1); a
// constant argument folds.

import { Checker } from './checker.js';
import { type Constant, constString, makeComplex, realPart, toComplex, toNumber } from './constant.js';
import { typeErr } from './errors.js';
import * as S from './syntax.js';
import { identical, isUntyped, type Type, typeString, under } from './types.js';
import { Typ } from './universe.js';

declare module './checker.js' {
  interface Checker {
    complexBuiltin(e: S.CallExpr, name: 'complex' | 'real' | 'imag'): S.TypeAndValue;
    complexOperand(e: S.Expr, v: Constant): string;
  }
}

/** The float type whose pairs make complex type t, or undefined. */
function partType(t: Type): Type | undefined {
  const u = under(t);
  if (u.kind !== 'basic') return undefined;
  if (u.name === 'complex64') return Typ.float32;
  if (u.name === 'complex128') return Typ.float64;
  if (u.name === 'untyped complex') return Typ.untypedFloat;
  return undefined;
}

/** The complex type made of pairs of float type t, or undefined. */
function wholeType(t: Type): Type | undefined {
  const u = under(t);
  if (u.kind !== 'basic') return undefined;
  if (u.name === 'float32') return Typ.complex64;
  if (u.name === 'float64') return Typ.complex128;
  if (u.name === 'untyped float') return Typ.untypedComplex;
  return undefined;
}

const isNumericUntyped = (t: Type): boolean =>
  t.kind === 'basic' && /^untyped (int|rune|float|complex)$/.test(t.name);

Checker.prototype.complexBuiltin = function (
  this: Checker,
  e: S.CallExpr,
  name: 'complex' | 'real' | 'imag',
): S.TypeAndValue {
  const [a0, a1] = e.args as [S.Expr, S.Expr | undefined];
  if (name === 'complex') {
    let x = this.expr(a0);
    let y = this.expr(a1!);
    const ux = isUntyped(x.type);
    const uy = isUntyped(y.type);
    if (ux && !uy) this.convertUntyped(a0, y.type);
    else if (uy && !ux) this.convertUntyped(a1!, x.type);
    else if (ux && uy) {
      if (x.mode === 'constant' && y.mode === 'constant') {
        // Untyped numbers with no imaginary part count as untyped floats.
        const asFloat = (tv: S.TypeAndValue): S.TypeAndValue =>
          isNumericUntyped(tv.type) && (toComplex(tv.val!)?.im ?? 1) === 0
            ? { ...tv, type: Typ.untypedFloat }
            : tv;
        x = asFloat(x);
        y = asFloat(y);
      } else {
        this.convertUntyped(a0, Typ.float64);
        this.convertUntyped(a1!, Typ.float64);
      }
    }
    const xt = ux && !uy ? y.type : x.type;
    const yt = uy && !ux ? x.type : y.type;
    if (!identical(xt, yt))
      typeErr(
        S.startPos(a0),
        `invalid operation: ${this.exprStr(e)} (mismatched types ${typeString(xt)} and ${typeString(yt)})`,
      );
    const rt = wholeType(xt);
    if (rt === undefined)
      typeErr(
        S.startPos(a0),
        `invalid argument: arguments have type ${typeString(xt)}, expected floating-point`,
      );
    if (x.mode === 'constant' && y.mode === 'constant') {
      const re = x.val !== undefined ? toNumber(x.val) : 0;
      const im = y.val !== undefined ? toNumber(y.val) : 0;
      return { mode: 'constant', type: rt, val: makeComplex(re, im) };
    }
    return { mode: 'value', type: rt };
  }
  let x = this.expr(a0);
  if (isUntyped(x.type)) {
    if (x.mode === 'constant') {
      if (isNumericUntyped(x.type)) x = { ...x, type: Typ.untypedComplex };
    } else {
      this.convertUntyped(a0, Typ.complex128);
      x = a0.tv!;
    }
  }
  const rt = partType(x.type);
  if (rt === undefined)
    typeErr(
      S.startPos(a0),
      `invalid argument: argument has type ${typeString(x.type)}, expected complex type`,
    );
  if (x.mode === 'constant') return { mode: 'constant', type: rt, val: realPart(x.val!, name === 'imag') };
  return { mode: 'value', type: rt };
};

/** An untyped complex constant as types2 describes an operand: with its value when the source text differs. */
Checker.prototype.complexOperand = function (this: Checker, e: S.Expr, v: Constant): string {
  const src = this.exprStr(e);
  const val = constString(v);
  return src === val ? `${src} (untyped complex constant)` : `${src} (untyped complex constant ${val})`;
};
