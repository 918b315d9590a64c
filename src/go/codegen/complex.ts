// Complex numbers in compiled code. A complex value is a memory value
// (README.md, "Values"): an expression of type complex64 or complex128
// evaluates to the address of its two parts, and every operation writes its
// result into a fresh frame temporary.
//
//   complex64   [ re f32 | im f32 ]    8 bytes, align 4
//   complex128  [ re f64 | im f64 ]   16 bytes, align 8
//
// Mirrors ssagen's lowering of complex operations (ssa.go: OADD/OSUB part
// by part; OMUL computed in float64 even for complex64, then rounded back;
// OEQ/ONE as both parts equal; ONEG part by part; OCOMPLEX, OREAL, OIMAG)
// and walk's complex division, a call of runtime.complex128div with
// complex64 operands widened (complexrt.ts). complex64 parts round to
// float32 as they are stored into the Float32Array view, which is
// Math.fround's rounding.
//
// Operands are evaluated left to right into JavaScript locals holding their
// addresses; complex values hold no pointers, so the addresses stay valid
// across any collection the right operand's evaluation runs.

import { type Constant, toComplex } from '../constant.js';
import * as S from '../syntax.js';
import { type Type, under } from '../types.js';
import { FuncGen } from './func.js';

declare module './func.js' {
  interface FuncGen {
    complexConstant(t: Type, c: Constant): string;
    complexArith(op: string, t: Type, a: string, b: string): string;
    complexCompare(op: string, t: Type, a: string, b: string): string;
    complexNeg(t: Type, a: string): string;
    complexConversion(t: Type, from: Type, v: string): string;
    complexBuiltin(e: S.CallExpr, name: string): string;
    complexOpAssign(x: S.Expr, op: string, y: string | undefined): void;
  }
}

/** Whether t is complex64 or complex128 (untyped complex values are typed by then). */
export function isComplexType(t: Type): boolean {
  const u = under(t);
  return (
    u.kind === 'basic' && (u.name === 'complex64' || u.name === 'complex128' || u.name === 'untyped complex')
  );
}

/** How the parts of a value of complex type t are read and written. */
class Parts {
  readonly view: string;
  readonly shift: number;
  readonly size: number;
  constructor(t: Type) {
    const small = (under(t) as { name: string }).name === 'complex64';
    this.view = small ? 'F32' : 'F64';
    this.shift = small ? 2 : 3;
    this.size = small ? 4 : 8;
  }
  re(a: string): string {
    return `${this.view}[(${a}) >>> ${this.shift}]`;
  }
  im(a: string): string {
    return `${this.view}[(${a} + ${this.size}) >>> ${this.shift}]`;
  }
  /** Stores the parts at dst (a frame temporary's address expression) and yields dst. */
  set(dst: string, re: string, im: string): string {
    return `${this.re(dst)} = ${re}, ${this.im(dst)} = ${im}, ${dst}`;
  }
}

/** A number as a JavaScript literal, -0, infinities and NaN included. */
function num(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '(-Infinity)';
  if (Object.is(n, -0)) return '(-0)';
  return n < 0 ? `(${n})` : String(n);
}

/**
 * A constant of complex type, written into a frame temporary where it is
 * used; a complex constant given a real type (1+0i as a float64) is its
 * real part.
 */
FuncGen.prototype.complexConstant = function (this: FuncGen, t: Type, c: Constant): string {
  const z = toComplex(c) ?? { re: 0, im: 0 };
  if (!isComplexType(t)) return this.constant(t, { kind: 'float', v: z.re });
  const p = new Parts(t);
  return `(${p.set(this.temp(t), num(z.re), num(z.im))})`;
};

FuncGen.prototype.complexArith = function (this: FuncGen, op: string, t: Type, a: string, b: string): string {
  const p = new Parts(t);
  const x = this.local('x');
  const y = this.local('y');
  const dst = this.temp(t);
  const operands = `${x} = ${a}, ${y} = ${b}`;
  switch (op) {
    case '+':
    case '-':
      return `(${operands}, ${p.set(dst, `${p.re(x)} ${op} ${p.re(y)}`, `${p.im(x)} ${op} ${p.im(y)}`)})`;
    case '*': {
      // Both parts are computed before either is stored: dst is fresh, but the products read four parts.
      const re = `${p.re(x)} * ${p.re(y)} - ${p.im(x)} * ${p.im(y)}`;
      const im = `${p.re(x)} * ${p.im(y)} + ${p.im(x)} * ${p.re(y)}`;
      return `(${operands}, ${p.set(dst, re, im)})`;
    }
    case '/':
      return `(${operands}, ${p.view === 'F32' ? 'cdiv64' : 'cdiv128'}(${dst}, ${x}, ${y}))`;
  }
  throw new Error(`gomem: complex operator ${op}`);
};

FuncGen.prototype.complexCompare = function (
  this: FuncGen,
  op: string,
  t: Type,
  a: string,
  b: string,
): string {
  const p = new Parts(t);
  const x = this.local('x');
  const y = this.local('y');
  const eq = `${p.re(x)} === ${p.re(y)} && ${p.im(x)} === ${p.im(y)}`;
  return `(${x} = ${a}, ${y} = ${b}, ${op === '==' ? eq : `!(${eq})`})`;
};

FuncGen.prototype.complexNeg = function (this: FuncGen, t: Type, a: string): string {
  const p = new Parts(t);
  const x = this.local('x');
  return `(${x} = ${a}, ${p.set(this.temp(t), `-${p.re(x)}`, `-${p.im(x)}`)})`;
};

/** complex64(c128) rounds each part; complex128(c64) widens them; identical types share the value. */
FuncGen.prototype.complexConversion = function (this: FuncGen, t: Type, from: Type, v: string): string {
  const p = new Parts(t);
  const q = new Parts(from);
  if (p.view === q.view) return v;
  const x = this.local('x');
  return `(${x} = ${v}, ${p.set(this.temp(t), q.re(x), q.im(x))})`;
};

/** complex(r, i), real(c), imag(c) on values (constant calls were folded by the checker). */
FuncGen.prototype.complexBuiltin = function (this: FuncGen, e: S.CallExpr, name: string): string {
  const t = e.tv!.type;
  if (name === 'complex') {
    const p = new Parts(t);
    const r = this.local('r');
    const i = this.local('i');
    return `(${r} = ${this.expr(e.args[0]!)}, ${i} = ${this.expr(e.args[1]!)}, ${p.set(this.temp(t), r, i)})`;
  }
  const p = new Parts(e.args[0].tv!.type);
  const v = this.expr(e.args[0]!);
  return name === 'real' ? p.re(v) : p.im(v);
};

/** x op= y, x++ and x-- (y undefined: the constant 1): the left side's address once, then the operation in place. */
FuncGen.prototype.complexOpAssign = function (
  this: FuncGen,
  x: S.Expr,
  op: string,
  y: string | undefined,
): void {
  const t = x.tv!.type;
  const ux = S.unparen(x);
  const a = this.local('a');
  if (ux.kind === 'IndexExpr' && under(ux.x.tv!.type).kind === 'map') {
    const mt = ux.x.tv!.type;
    const kt = (under(mt) as { key: Type }).key;
    const m = this.local('m');
    this.emit(`${m} = ${this.expr(ux.x)};`);
    const k = this.addrOfValue(ux.index, ux.index.iface ?? kt);
    this.emit(`${a} = MAP.mapassign(rt, ${this.p.typeRef(mt)}, ${m}, ${k});`);
  } else this.emit(`${a} = ${this.addr(x)};`);
  const v = y ?? this.complexConstant(t, { kind: 'int', v: 1n });
  this.emit(`${this.copyStmt(t, a, this.complexArith(op, t, a, v), false)};`);
};
