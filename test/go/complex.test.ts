// Complex constants and the built-ins complex, real and imag in the front
// end: imaginary literals, constant arithmetic across the numeric kinds,
// representability with go build's wording (checked against Go 1.19 by
// hand: `go build -gcflags=-e`), and the types the built-ins give.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  binaryOp,
  type Constant,
  compare,
  constString,
  floatString,
  parseNumberLit,
} from '../../src/go/constant.js';
import { compile, isGoError } from '../../src/go/index.js';
import { typeString } from '../../src/go/types.js';

/** The value and type of package-level constant X = expr. */
function constOf(expr: string, decls = ''): { val: Constant; type: string } {
  const prog = compile([
    { name: 'c.go', src: `package main\n\n${decls}\nconst X = ${expr}\n\nfunc main() {}\n` },
  ]);
  const o = prog.pkg.scope.lookup('X');
  assert.ok(o !== undefined && o.kind === 'const');
  return { val: o.val!, type: typeString(o.type) };
}

/** The type of package-level variable X = expr. */
function varType(expr: string, decls = ''): string {
  const prog = compile([
    { name: 'c.go', src: `package main\n\n${decls}\nvar X = ${expr}\n\nfunc main() {}\n` },
  ]);
  const o = prog.pkg.scope.lookup('X');
  assert.ok(o !== undefined && o.kind === 'var');
  return typeString(o.type);
}

function error(body: string, decls = ''): string {
  try {
    compile([{ name: 'c.go', src: `package main\n\n${decls}\nfunc main() {\n${body}\n}\n` }]);
  } catch (e) {
    assert.ok(isGoError(e), String(e));
    return e.message;
  }
  assert.fail('compiled without error');
}

test('imaginary literals in every form Go accepts', () => {
  assert.deepEqual(constOf('6i').val, { kind: 'complex', re: 0, im: 6 });
  assert.deepEqual(constOf('1e3i').val, { kind: 'complex', re: 0, im: 1000 });
  assert.deepEqual(constOf('0x1p-2i').val, { kind: 'complex', re: 0, im: 0.25 });
  assert.deepEqual(constOf('0123i').val, { kind: 'complex', re: 0, im: 123 }); // decimal, for compatibility
  assert.deepEqual(constOf('0b101i').val, { kind: 'complex', re: 0, im: 5 });
  assert.deepEqual(constOf('0o17i').val, { kind: 'complex', re: 0, im: 15 });
  assert.deepEqual(constOf('1_000.5i').val, { kind: 'complex', re: 0, im: 1000.5 });
  assert.equal(constOf('2i').type, 'untyped complex');
  assert.equal(parseNumberLit('0x1.8p1'), 3);
  assert.equal(parseNumberLit('0X.8p0'), 0.5);
});

test('untyped constant arithmetic takes the larger kind: int < rune < float < complex', () => {
  assert.deepEqual(constOf('5 + 6i'), { val: { kind: 'complex', re: 5, im: 6 }, type: 'untyped complex' });
  assert.deepEqual(constOf("'a' * 1i").val, { kind: 'complex', re: 0, im: 97 });
  assert.deepEqual(constOf('(1 + 2i) * (3 - 4i)').val, { kind: 'complex', re: 11, im: 2 });
  assert.deepEqual(constOf('(11 + 2i) / (3 - 4i)').val, { kind: 'complex', re: 1, im: 2 });
  assert.deepEqual(constOf('-(1.5 - 2i)').val, { kind: 'complex', re: -1.5, im: 2 });
  assert.deepEqual(constOf('1i * 1i == -1'), { val: { kind: 'bool', v: true }, type: 'untyped bool' });
  assert.deepEqual(constOf('2i != 2').val, { kind: 'bool', v: true });
  // -0.0 is 0: constants have no negative zero.
  assert.ok(Object.is((constOf('-(0 + 0i)').val as { re: number }).re, 0));
});

test('typed complex constants and conversions', () => {
  assert.deepEqual(constOf('complex64(1 + 2i)'), {
    val: { kind: 'complex', re: 1, im: 2 },
    type: 'complex64',
  });
  assert.equal(constOf('C * 2', 'const C complex128 = 3').type, 'complex128');
  // 1+0i given a real type is its real part.
  assert.deepEqual(constOf('float64(2.5 + 0i)').val, { kind: 'float', v: 2.5 });
  assert.deepEqual(constOf('int(7 + 0i)').val, { kind: 'int', v: 7n });
  // Integer-valued constants of a float type divide exactly.
  const q = constOf('float32(1) / 4').val as { kind: string; v: number };
  assert.equal(q.kind, 'float');
  assert.equal(q.v, 0.25);
});

test('complex, real and imag: types and constant folding', () => {
  assert.deepEqual(constOf('complex(1, 2)'), {
    val: { kind: 'complex', re: 1, im: 2 },
    type: 'untyped complex',
  });
  assert.deepEqual(constOf('complex(1, 2i * 1i)').val, { kind: 'complex', re: 1, im: -2 });
  assert.deepEqual(constOf('real(3 + 4i)'), { val: { kind: 'float', v: 3 }, type: 'untyped float' });
  assert.deepEqual(constOf('imag(3 + 4i)').val, { kind: 'float', v: 4 });
  assert.deepEqual(constOf('real(7)'), { val: { kind: 'float', v: 7 }, type: 'untyped float' });
  assert.equal(constOf('complex(F, 1)', 'const F float32 = 2').type, 'complex64');
  assert.equal(constOf('real(C)', 'const C complex64 = 1').type, 'float32');
  assert.equal(varType('complex(f, 2)', 'var f float64'), 'complex128');
  assert.equal(varType('complex(1, g)', 'var g float32'), 'complex64');
  assert.equal(varType('imag(c)', 'var c complex64'), 'float32');
  assert.equal(varType('real(c)', 'var c complex128'), 'float64');
  assert.equal(varType('complex(1, 2)'), 'complex128');
  assert.equal(varType('3i'), 'complex128');
});

test('errors in go build words (as go build 1.19 prints them for these declarations)', () => {
  assert.equal(
    error('var f float64 = 1 + 2i\n_ = f'),
    'c.go:5:17: cannot use 1 + 2i (untyped complex constant (1 + 2i)) as float64 value in variable declaration (overflows)',
  );
  assert.equal(
    error('var i int = 2i\n_ = i'),
    'c.go:5:13: cannot use 2i (untyped complex constant (0 + 2i)) as int value in variable declaration (truncated)',
  );
  assert.equal(
    error('_ = int(1 + 2i)'),
    'c.go:5:9: cannot convert 1 + 2i (untyped complex constant (1 + 2i)) to type int',
  );
  assert.equal(
    error('var x int = 1\n_ = complex(x, 1)'),
    'c.go:6:13: invalid argument: arguments have type int, expected floating-point',
  );
  assert.equal(
    error('var x int = 1\n_ = real(x)'),
    'c.go:6:10: invalid argument: argument has type int, expected complex type',
  );
  assert.equal(
    error('var a float32\nvar b float64\n_ = complex(a, b)'),
    'c.go:7:13: invalid operation: complex(a, b) (mismatched types float32 and float64)',
  );
  assert.equal(error('_ = 1i / 0'), 'c.go:5:10: invalid operation: division by zero');
  assert.equal(
    error('var c complex128\n_ = c < c'),
    'c.go:6:5: invalid operation: c < c (operator < not defined on complex128)',
  );
  assert.equal(
    error('_ = 1i < 2i'),
    'c.go:5:5: invalid operation: 1i < 2i (operator < not defined on untyped complex)',
  );
  assert.match(error('var c complex128\n_ = c % c'), /operator % not defined/);
});

test('constant strings as go/constant writes them', () => {
  assert.equal(constString({ kind: 'complex', re: 1, im: -2.5 }), '(1 + -2.5i)');
  assert.equal(floatString(1e100), '1e+100');
  assert.equal(floatString(0.000123456789), '0.000123457');
  assert.equal(floatString(1234567), '1.23457e+06');
});

test('complex constant arithmetic agrees with a model on the parts (property)', () => {
  const part = fc.integer({ min: -1000, max: 1000 });
  fc.assert(
    fc.property(part, part, part, part, (a, b, c, d) => {
      const x: Constant = { kind: 'complex', re: a, im: b };
      const y: Constant = { kind: 'complex', re: c, im: d };
      assert.deepEqual(binaryOp('+', x, y), { kind: 'complex', re: a + c, im: b + d });
      assert.deepEqual(binaryOp('-', x, y), { kind: 'complex', re: a - c, im: b - d });
      assert.deepEqual(binaryOp('*', x, y), { kind: 'complex', re: a * c - b * d, im: a * d + b * c });
      // An int constant is the complex number with a zero imaginary part.
      assert.deepEqual(binaryOp('+', x, { kind: 'int', v: BigInt(c) }), {
        kind: 'complex',
        re: a + c,
        im: b,
      });
      assert.equal(compare('==', x, y), a === c && b === d);
      const q = binaryOp('/', binaryOp('*', x, y)!, y);
      if (c === 0 && d === 0) assert.equal(q, undefined);
      else {
        const z = q as { re: number; im: number };
        assert.ok(Math.abs(z.re - a) < 1e-9 && Math.abs(z.im - b) < 1e-9);
      }
    }),
  );
});
