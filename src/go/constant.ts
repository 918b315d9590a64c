// Compile-time constant values, after go/constant: exact integers (bigint),
// floats (JS numbers: enough for the sizes and counts memory programs use),
// complex numbers (a pair of such floats), strings and booleans.
//
// Numeric kinds order as go/constant's do — int < float < complex — and an
// operation on two numeric constants happens in the larger kind
// (constant.match). A complex constant whose imaginary part is zero still
// converts to an integer or float (spec: Representability).

export type Constant =
  | { kind: 'int'; v: bigint }
  // r: the exact value as numerator/denominator when known (decimal literals and
  // what arithmetic on them gives), so that 0.1 + 0.2 folds to 0.3 as in Go.
  | { kind: 'float'; v: number; r?: [bigint, bigint] }
  | { kind: 'complex'; re: number; im: number }
  | { kind: 'string'; v: string }
  | { kind: 'bool'; v: boolean };

/** A float constant from an exact fraction n/d (d > 0), its float64 value correctly rounded. */
export function makeRat(n: bigint, d: bigint): Constant {
  const g = gcd(n < 0n ? -n : n, d);
  const nn = g > 1n ? n / g : n;
  const dd = g > 1n ? d / g : d;
  return { kind: 'float', v: ratToNumber(nn, dd), r: [nn, dd] };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

// n/d to the nearest float64: 30 significant decimal digits, then JavaScript's
// correctly rounded decimal parse.
function ratToNumber(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  const neg = n < 0n;
  const a = neg ? -n : n;
  const shift = Math.max(0, 30 - (a.toString().length - d.toString().length));
  const q = (a * 10n ** BigInt(shift)) / d;
  const v = Number(`${q}e-${shift}`);
  return neg ? -v : v;
}

/**
 * A float constant holding exactly the float64 f, as constant.MakeFloat64 does:
 * typed float constants are rounded to their type and go on from the rounded value.
 */
export function makeFloat64(f: number): Constant {
  if (!Number.isFinite(f)) return { kind: 'float', v: f };
  let n = f;
  let d = 1n;
  // Doubling a finite double that is not an integer is exact.
  while (!Number.isInteger(n)) {
    n *= 2;
    d *= 2n;
  }
  return { kind: 'float', v: f, r: [BigInt(n), d] };
}

/** The exact fraction of a numeric constant, if it has one. */
function ratOf(c: Constant): [bigint, bigint] | undefined {
  if (c.kind === 'int') return [c.v, 1n];
  if (c.kind === 'float') return c.r;
  return undefined;
}

/** A decimal float literal's exact value (hex floats and others: undefined). */
export function parseDecimalRat(lit: string): Constant | undefined {
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(lit.replace(/_/g, ''));
  if (m === null) return undefined;
  const frac = m[2] ?? '';
  const digits = `${m[1] ?? ''}${frac}`;
  if (digits === '') return undefined;
  const exp = Number(m[3] ?? '0') - frac.length;
  if (Math.abs(exp) > 400) return undefined;
  const n = BigInt(digits);
  return exp >= 0 ? makeRat(n * 10n ** BigInt(exp), 1n) : makeRat(n, 10n ** BigInt(-exp));
}

export function makeInt(v: bigint | number): Constant {
  return { kind: 'int', v: BigInt(v) };
}

/** The real value of a numeric constant; NaN when it has none (a non-zero imaginary part). */
export function toNumber(c: Constant): number {
  switch (c.kind) {
    case 'int':
      return Number(c.v);
    case 'float':
      return c.v;
    case 'complex':
      return c.im === 0 ? c.re : Number.NaN;
    default:
      return Number.NaN;
  }
}

export function toBigInt(c: Constant): bigint | undefined {
  if (c.kind === 'int') return c.v;
  if (c.kind === 'float' && Number.isInteger(c.v)) return BigInt(c.v);
  if (c.kind === 'complex' && c.im === 0 && Number.isInteger(c.re)) return BigInt(c.re);
  return undefined;
}

/**
 * The value of a float or imaginary literal's digits (no trailing i):
 * decimal and hexadecimal mantissa-exponent forms, and the integer forms an
 * imaginary literal may take (0b, 0o, 0x; a leading 0 alone is decimal there).
 */
export function parseNumberLit(lit: string): number {
  const s = lit.replace(/_/g, '');
  const hex = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([-+]?\d+))?$/.exec(s);
  if (hex !== null) {
    const int = hex[1] ?? '';
    const frac = hex[2] ?? '';
    const digits = int + frac;
    const m = digits === '' ? 0 : Number(BigInt(`0x${digits}`));
    return m * 2 ** (Number(hex[3] ?? '0') - 4 * frac.length);
  }
  if (/^0[bB]/.test(s)) return Number(BigInt(s));
  if (/^0[oO]/.test(s)) return Number(BigInt(`0o${s.slice(2)}`));
  return Number(s);
}

/** Whether a complex constant stands for a real (integer when integer is set) value. */
export function realValued(c: Constant, integer: boolean): boolean {
  if (c.kind !== 'complex') return true;
  return c.im === 0 && (!integer || Number.isInteger(c.re));
}

/** A complex constant given a real type: its real part, as an int or float constant. */
export function realConstant(c: Constant): Constant {
  if (c.kind !== 'complex') return c;
  return Number.isInteger(c.re) ? makeInt(BigInt(c.re)) : { kind: 'float', v: c.re };
}

export function makeComplex(re: number, im: number): Constant {
  return { kind: 'complex', re, im };
}

/** A numeric constant as a complex one (constant.ToComplex); undefined for strings and booleans. */
export function toComplex(c: Constant): { re: number; im: number } | undefined {
  if (c.kind === 'complex') return { re: c.re, im: c.im };
  if (c.kind === 'int' || c.kind === 'float') return { re: toNumber(c), im: 0 };
  return undefined;
}

/** The real or imaginary part of a numeric constant, as a float constant (constant.Real/Imag). */
export function realPart(c: Constant, imag: boolean): Constant {
  const z = toComplex(c) ?? { re: 0, im: 0 };
  return { kind: 'float', v: imag ? z.im : z.re };
}

/** A float as go/constant's String writes it: %.6g. */
export function floatString(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  if (v === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(Number(v.toPrecision(6)))));
  if (exp < -4 || exp >= 6) {
    const [m, e] = v.toExponential(5).split('e') as [string, string];
    const mant = m.includes('.') ? m.replace(/\.?0+$/, '') : m;
    const n = Number(e);
    return `${mant}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  const f = v.toPrecision(6);
  return f.includes('.') ? f.replace(/\.?0+$/, '') : f;
}

/** n/d (beyond float64's range) as %.6g writes it: six significant digits and an exponent. */
function bigFloatString([n, d]: [bigint, bigint]): string {
  const neg = n < 0n;
  let a = neg ? -n : n;
  // exp is the leading digit's power of ten: the quotient by 10^(exp-6) has 7 digits, rounded to 6.
  let exp = a.toString().length - d.toString().length;
  const scale = (k: number) => 10n ** BigInt(Math.abs(k));
  const digits = (k: number) => (k >= 0 ? a / (d * scale(k)) : (a * scale(k)) / d);
  while (digits(exp - 6) >= 10_000_000n) exp++;
  while (digits(exp - 6) < 1_000_000n) exp--;
  let q = (digits(exp - 6) + 5n) / 10n;
  if (q >= 1_000_000n) {
    q /= 10n;
    exp++;
  }
  a = q;
  const m = a.toString();
  const mant = `${m[0]}${m.length > 1 ? `.${m.slice(1)}`.replace(/\.?0+$/, '') : ''}`;
  return `${neg ? '-' : ''}${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/**
 * A constant's exact value as a key, for duplicate map keys and switch cases:
 * equal keys are equal values (1 and 1.0 agree; 1.0000001 and 1.0000002 differ,
 * where constString's short form would not).
 */
export function constKey(c: Constant): string {
  switch (c.kind) {
    case 'int':
      return `n${c.v}`;
    case 'float':
      if (c.r !== undefined) return c.r[1] === 1n ? `n${c.r[0]}` : `r${c.r[0]}/${c.r[1]}`;
      return Number.isInteger(c.v) ? `n${BigInt(c.v)}` : `f${c.v}`;
    case 'complex':
      return c.im === 0 && Number.isInteger(c.re) ? `n${BigInt(c.re)}` : `c${c.re},${c.im}`;
    case 'string':
      return `s${c.v}`;
    case 'bool':
      return `b${c.v}`;
  }
}

export function constString(c: Constant): string {
  switch (c.kind) {
    case 'int':
      return c.v.toString();
    case 'float':
      // go/constant's String: a short %.6g form, exact for values beyond float64.
      return !Number.isFinite(c.v) && c.r !== undefined ? bigFloatString(c.r) : floatString(c.v);
    case 'complex':
      return `(${floatString(c.re)} + ${floatString(c.im)}i)`;
    case 'string':
      return JSON.stringify(Buffer.from(c.v, 'latin1').toString('utf8'));
    case 'bool':
      return String(c.v);
  }
}

// unquote decodes a Go string literal's source text into its bytes, held as
// a byte string (one char per byte, as latin1): Go strings are bytes, so
// constant lengths, indexes and the runner's static data all see Go's bytes.
export function unquote(lit: string): string {
  return Buffer.from(literalBytes(lit)).toString('latin1');
}

// unquoteRune decodes a rune literal's source text to its code point.
export function unquoteRune(lit: string): number {
  const body = lit.slice(1, -1);
  if (body[0] !== '\\') return body.codePointAt(0) ?? 0;
  const e = body[1]!;
  if (e === 'x') return Number.parseInt(body.slice(2, 4), 16);
  if (e === 'u' || e === 'U') return Number.parseInt(body.slice(2), 16);
  if (e >= '0' && e <= '7') return Number.parseInt(body.slice(1, 4), 8);
  return (simpleEscapes[e] ?? e).charCodeAt(0);
}

const simpleEscapes: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

// The bytes a string literal stands for: source characters as UTF-8, \x and
// octal escapes as single bytes, \u and \U as the UTF-8 of their code point.
export function literalBytes(lit: string): number[] {
  if (lit.startsWith('`')) return [...Buffer.from(lit.slice(1, -1).replace(/\r/g, ''), 'utf8')];
  const body = lit.slice(1, -1);
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      const cp = body.codePointAt(i)!;
      if (cp > 0xffff) i++;
      out.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
      continue;
    }
    const e = body[++i]!;
    if (e in simpleEscapes) out.push(simpleEscapes[e]!.charCodeAt(0));
    else if (e === 'x') {
      out.push(Number.parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      out.push(
        ...Buffer.from(String.fromCodePoint(Number.parseInt(body.slice(i + 1, i + 1 + n), 16)), 'utf8'),
      );
      i += n;
    } else {
      out.push(Number.parseInt(body.slice(i, i + 3), 8));
      i += 2;
    }
  }
  return out;
}

export function binaryOp(op: string, x: Constant, y: Constant): Constant | undefined {
  if (x.kind === 'int' && y.kind === 'int') {
    const a = x.v;
    const b = y.v;
    switch (op) {
      case '+':
        return makeInt(a + b);
      case '-':
        return makeInt(a - b);
      case '*':
        return makeInt(a * b);
      case '/':
        return b === 0n ? undefined : makeInt(a / b);
      case '%':
        return b === 0n ? undefined : makeInt(a % b);
      case '&':
        return makeInt(a & b);
      case '|':
        return makeInt(a | b);
      case '^':
        return makeInt(a ^ b);
      case '&^':
        return makeInt(a & ~b);
      case '<<':
        return makeInt(a << b);
      case '>>':
        return makeInt(a >> b);
    }
  }
  if (x.kind === 'string' && y.kind === 'string' && op === '+') return { kind: 'string', v: x.v + y.v };
  if (x.kind === 'bool' && y.kind === 'bool') {
    if (op === '&&') return { kind: 'bool', v: x.v && y.v };
    if (op === '||') return { kind: 'bool', v: x.v || y.v };
  }
  if (x.kind === 'complex' || y.kind === 'complex') return complexOp(op, x, y);
  if ((x.kind === 'int' || x.kind === 'float') && (y.kind === 'int' || y.kind === 'float')) {
    const ra = ratOf(x);
    const rb = ratOf(y);
    if (ra !== undefined && rb !== undefined) {
      const [an, ad] = ra;
      const [bn, bd] = rb;
      switch (op) {
        case '+':
          return makeRat(an * bd + bn * ad, ad * bd);
        case '-':
          return makeRat(an * bd - bn * ad, ad * bd);
        case '*':
          return makeRat(an * bn, ad * bd);
        case '/':
          if (bn === 0n) return undefined;
          return bn < 0n ? makeRat(-an * bd, ad * -bn) : makeRat(an * bd, ad * bn);
      }
    }
    const a = toNumber(x);
    const b = toNumber(y);
    switch (op) {
      case '+':
        return { kind: 'float', v: a + b };
      case '-':
        return { kind: 'float', v: a - b };
      case '*':
        return { kind: 'float', v: a * b };
      case '/':
        return b === 0 ? undefined : { kind: 'float', v: a / b };
    }
  }
  return undefined;
}

// Constant complex arithmetic is exact in go/constant; here it is float64
// arithmetic on the parts, with the textbook quotient (constant division
// never meets Go's runtime inf/NaN cases: a zero divisor is an error).
function complexOp(op: string, x: Constant, y: Constant): Constant | undefined {
  const a = toComplex(x);
  const b = toComplex(y);
  if (a === undefined || b === undefined) return undefined;
  switch (op) {
    case '+':
      return makeComplex(a.re + b.re, a.im + b.im);
    case '-':
      return makeComplex(a.re - b.re, a.im - b.im);
    case '*':
      return makeComplex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
    case '/': {
      const d = b.re * b.re + b.im * b.im;
      if (d === 0) return undefined;
      return makeComplex((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d);
    }
  }
  return undefined;
}

/** Whether a constant is a numeric zero (the divisor check of constant division). */
export function isZero(c: Constant): boolean {
  const z = toComplex(c);
  return z !== undefined && z.re === 0 && z.im === 0;
}

export function compare(op: string, x: Constant, y: Constant): boolean | undefined {
  if (x.kind === 'complex' || y.kind === 'complex') {
    const a = toComplex(x);
    const b = toComplex(y);
    if (a === undefined || b === undefined) return undefined;
    const eq = a.re === b.re && a.im === b.im;
    if (op === '==') return eq;
    if (op === '!=') return !eq;
    return undefined;
  }
  let a: number | bigint | string | boolean;
  let b: number | bigint | string | boolean;
  if (x.kind === 'int' && y.kind === 'int') {
    a = x.v;
    b = y.v;
  } else if (x.kind === y.kind) {
    a = x.v;
    b = y.v;
  } else if ((x.kind === 'int' || x.kind === 'float') && (y.kind === 'int' || y.kind === 'float')) {
    a = toNumber(x);
    b = toNumber(y);
  } else return undefined;
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
  return undefined;
}
