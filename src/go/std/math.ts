// math: the float64 functions and predicates programs use.
//
// Mirrors Go's math package special cases (math/abs.go, floor.go, dim.go Max
// and Min, pow.go, bits.go Inf/NaN/IsNaN/IsInf, signbit.go, copysign.go,
// mod.go). Where Go's result is exactly specified (Sqrt, Floor, Ceil, Trunc,
// Round, Abs, Mod, Max, Min) it is computed exactly; Exp, Log, Pow and the
// trigonometric functions use JavaScript's, which can differ from Go's own
// implementations in the last bit. The constants (MaxInt, Pi, …) are in the
// front end's stub and compile to literals.

import type { Env, GoFunc } from '../codegen/env.js';

/** Go's Round: half away from zero. */
function round(x: number): number {
  const t = Math.trunc(x);
  if (Math.abs(x - t) >= 0.5) return t + Math.sign(x);
  return t === 0 ? (Object.is(x, -0) || x < 0 ? -0 : 0) : t;
}

/** Go's RoundToEven. */
function roundToEven(x: number): number {
  const t = Math.trunc(x);
  const d = Math.abs(x - t);
  if (d > 0.5 || (d === 0.5 && t % 2 !== 0)) return t + Math.sign(x);
  return t === 0 ? (Object.is(x, -0) || x < 0 ? -0 : 0) : t;
}

function max(x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === 0 && x === y) return Object.is(x, -0) ? y : x;
  return x > y ? x : y;
}

function min(x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === 0 && x === y) return Object.is(x, -0) ? x : y;
  return x < y ? x : y;
}

/** Go's Pow: JavaScript's ** except where Go's special cases differ (1**y, (-1)**±Inf). */
function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return x ** y;
}

function signbit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

export const blocking: ReadonlySet<string> = new Set();

export function math(_env: Env): Record<string, GoFunc> {
  const f1 =
    (f: (x: number) => number): GoFunc =>
    (_fv: number, x: number) =>
      f(x);
  const f2 =
    (f: (x: number, y: number) => number): GoFunc =>
    (_fv: number, x: number, y: number) =>
      f(x, y);
  return {
    Sqrt: f1(Math.sqrt),
    Cbrt: f1(Math.cbrt),
    Abs: f1(Math.abs),
    Floor: f1(Math.floor),
    Ceil: f1(Math.ceil),
    Trunc: f1(Math.trunc),
    Round: f1(round),
    RoundToEven: f1(roundToEven),
    Max: f2(max),
    Min: f2(min),
    Pow: f2(pow),
    Mod: f2((x, y) => x % y),
    Hypot: f2(Math.hypot),
    Exp: f1(Math.exp),
    Exp2: f1((x) => 2 ** x),
    Log: f1(Math.log),
    Log2: f1(Math.log2),
    Log10: f1(Math.log10),
    Log1p: f1(Math.log1p),
    Sin: f1(Math.sin),
    Cos: f1(Math.cos),
    Tan: f1(Math.tan),
    Asin: f1(Math.asin),
    Acos: f1(Math.acos),
    Atan: f1(Math.atan),
    Atan2: f2(Math.atan2),
    Sinh: f1(Math.sinh),
    Cosh: f1(Math.cosh),
    Tanh: f1(Math.tanh),
    Inf: (_fv: number, sign: number): number => (sign >= 0 ? Infinity : -Infinity),
    NaN: (): number => Number.NaN,
    IsNaN: (_fv: number, x: number): boolean => Number.isNaN(x),
    IsInf: (_fv: number, x: number, sign: number): boolean =>
      (sign >= 0 && x === Infinity) || (sign <= 0 && x === -Infinity),
    Signbit: (_fv: number, x: number): boolean => signbit(x),
    Copysign: f2((x, y) => (signbit(x) === signbit(y) ? x : -x)),
  };
}
