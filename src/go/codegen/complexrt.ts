// The runtime side of complex numbers: division and print's format.
//
// Mirrors runtime/complex.go (complex128div: Smith's algorithm, then C99
// Annex G's repair of a NaN+NaNi quotient into the infinity or zero it
// stands for) and print.go (printcomplex). Go divides complex64 values by
// widening them to complex128, dividing, and rounding the parts back; the
// complex64 helper does the same, the rounding happening when the parts are
// stored into the Float32Array.
//
// Memory layout of a complex value (README.md, "Values"): real part, then
// imaginary part.
//
//   complex64   [ re f32 | im f32 ]    8 bytes, align 4
//   complex128  [ re f64 | im f64 ]   16 bytes, align 8

import type { Arena } from '../../runtime/arena.js';
import { printFloat } from './support.js';

/** 1 with f's sign if f is infinite, else 0 with f's sign (runtime.inf2one). */
function unitIfInf(f: number): number {
  const g = Number.isFinite(f) || Number.isNaN(f) ? 0 : 1;
  return f < 0 || Object.is(f, -0) ? -g : g;
}

const finite = Number.isFinite;
const isInf = (f: number): boolean => !Number.isFinite(f) && !Number.isNaN(f);

/** n / m for complex128 parts; returns [re, im]. */
export function complexQuotient(a: number, b: number, c: number, d: number): [number, number] {
  let e: number;
  let f: number;
  // Smith (1962): scale by the larger of the divisor's parts.
  if (Math.abs(c) >= Math.abs(d)) {
    const r = d / c;
    const den = c + r * d;
    e = (a + b * r) / den;
    f = (b - a * r) / den;
  } else {
    const r = c / d;
    const den = d + r * c;
    e = (a * r + b) / den;
    f = (b * r - a) / den;
  }
  if (Number.isNaN(e) && Number.isNaN(f)) {
    if (c === 0 && d === 0 && (!Number.isNaN(a) || !Number.isNaN(b))) {
      // A zero divisor: an infinity with the divisor's real sign along each non-NaN part.
      const inf = c < 0 || Object.is(c, -0) ? -Infinity : Infinity;
      e = inf * a;
      f = inf * b;
    } else if ((isInf(a) || isInf(b)) && finite(c) && finite(d)) {
      const a1 = unitIfInf(a);
      const b1 = unitIfInf(b);
      e = Infinity * (a1 * c + b1 * d);
      f = Infinity * (b1 * c - a1 * d);
    } else if ((isInf(c) || isInf(d)) && finite(a) && finite(b)) {
      const c1 = unitIfInf(c);
      const d1 = unitIfInf(d);
      e = 0 * (a * c1 + b * d1);
      f = 0 * (b * c1 - a * d1);
    }
  }
  return [e, f];
}

/** print/println's form of a complex value: (+1.000000e+000+2.000000e+000i). */
export function printComplex(re: number, im: number): string {
  return `(${printFloat(re)}${printFloat(im)}i)`;
}

/** The helpers compiled code calls by name; each writes the quotient x / y at dst and returns dst. */
export function makeComplexHelpers(mem: Arena) {
  const F32 = mem.f32;
  const F64 = mem.f64;
  const cdiv128 = (dst: number, x: number, y: number): number => {
    const [e, f] = complexQuotient(F64[x >>> 3]!, F64[(x + 8) >>> 3]!, F64[y >>> 3]!, F64[(y + 8) >>> 3]!);
    F64[dst >>> 3] = e;
    F64[(dst + 8) >>> 3] = f;
    return dst;
  };
  const cdiv64 = (dst: number, x: number, y: number): number => {
    const [e, f] = complexQuotient(F32[x >>> 2]!, F32[(x + 4) >>> 2]!, F32[y >>> 2]!, F32[(y + 4) >>> 2]!);
    F32[dst >>> 2] = e;
    F32[(dst + 4) >>> 2] = f;
    return dst;
  };
  return { cdiv128, cdiv64 };
}
