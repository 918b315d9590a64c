// Compile-time constant values, after go/constant: exact integers (bigint),
// floats (JS numbers: enough for the sizes and counts memory programs use),
// strings and booleans. Complex constants are not represented.

export type Constant =
  | { kind: 'int'; v: bigint }
  | { kind: 'float'; v: number }
  | { kind: 'string'; v: string }
  | { kind: 'bool'; v: boolean };

export function makeInt(v: bigint | number): Constant {
  return { kind: 'int', v: BigInt(v) };
}

export function toNumber(c: Constant): number {
  switch (c.kind) {
    case 'int':
      return Number(c.v);
    case 'float':
      return c.v;
    default:
      return Number.NaN;
  }
}

export function toBigInt(c: Constant): bigint | undefined {
  if (c.kind === 'int') return c.v;
  if (c.kind === 'float' && Number.isInteger(c.v)) return BigInt(c.v);
  return undefined;
}

export function constString(c: Constant): string {
  switch (c.kind) {
    case 'int':
      return c.v.toString();
    case 'float':
      return String(c.v);
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
function literalBytes(lit: string): number[] {
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
  if ((x.kind === 'int' || x.kind === 'float') && (y.kind === 'int' || y.kind === 'float')) {
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

export function compare(op: string, x: Constant, y: Constant): boolean | undefined {
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
