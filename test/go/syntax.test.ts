// The scanner and parser: semicolon insertion, Go's node positions (which -m
// prints), and syntax errors in Go's words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GoError } from '../../src/go/errors.js';
import { parseFile } from '../../src/go/parser.js';
import { Scanner } from '../../src/go/scanner.js';
import type * as S from '../../src/go/syntax.js';

function tokens(src: string): string[] {
  const sc = new Scanner(src, () => {});
  const out: string[] = [];
  for (let t = sc.next(); t.tok !== 'EOF'; t = sc.next()) out.push(`${t.tok}:${t.lit}`);
  return out;
}

function syntaxError(src: string): string {
  try {
    parseFile('t.go', src);
  } catch (e) {
    assert.ok(e instanceof GoError);
    return e.message;
  }
  assert.fail('parsed without error');
}

function body(src: string): S.Stmt[] {
  const f = parseFile('t.go', `package p\nfunc f() {\n${src}\n}\n`);
  return (f.decls[0] as S.FuncDecl).body!.list;
}

test('semicolons are inserted after a line ending in a name, literal, ) ] } ++ -- or return', () => {
  assert.deepEqual(tokens('x++\nreturn\n}\n'), [
    'name:x',
    'incdec:++',
    ';:newline',
    'keyword:return',
    ';:newline',
    '}:}',
    ';:newline',
  ]);
  assert.deepEqual(tokens('a +\nb'), ['name:a', 'op:+', 'name:b', ';:EOF']);
});

test('columns count bytes, as Go reports them', () => {
  const sc = new Scanner('"é" x', () => {});
  sc.next();
  assert.equal(sc.next().col, 6);
});

test('nodes sit where Go puts them: operator, call paren, composite brace, selector dot', () => {
  const [s] = body('\tv := a.b(c) + T{1}.x');
  const rhs = (s as S.AssignStmt).rhs as S.Operation;
  assert.equal(rhs.pos.col, 14); // '+'
  const call = rhs.x as S.CallExpr;
  assert.equal(call.pos.col, 10); // '('
  assert.equal((call.fun as S.SelectorExpr).pos.col, 8); // '.'
  const sel = rhs.y as S.SelectorExpr;
  assert.equal((sel.x as S.CompositeLit).pos.col, 17); // '{'
});

test('composite literals are not allowed bare in control clauses', () => {
  const [s] = body('\tif x == (T{}) {\n\t}');
  assert.equal(s!.kind, 'IfStmt');
  assert.match(syntaxError('package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n'), /^t\.go:3:/);
});

test("syntax errors use Go's wording", () => {
  assert.equal(
    syntaxError('package p\nfunc f() {\n\tx := [2]int{1 2}\n}\n'),
    't.go:3:16: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }',
  );
  assert.equal(
    syntaxError('package p\nfunc f() {\n\tg(1 2)\n}\n'),
    't.go:3:6: syntax error: unexpected literal 2 in argument list; possibly missing comma or )',
  );
  assert.equal(
    syntaxError('package p\nx := 1\n'),
    't.go:2:1: syntax error: non-declaration statement outside function body',
  );
  assert.equal(syntaxError('package p\nfunc f() {\n'), 't.go:3:1: syntax error: unexpected EOF, expecting }');
  assert.equal(syntaxError('package p\nvar s = `abc\n'), 't.go:2:9: string not terminated');
});

test('go:noescape applies to the next declaration, across blank lines', () => {
  const f = parseFile('t.go', 'package p\n\n//go:noescape\n\nfunc a(p *int)\n\nfunc b(p *int)\n');
  const [a, b] = f.decls as S.FuncDecl[];
  assert.ok(a!.pragmas.has('noescape'));
  assert.ok(!b!.pragmas.has('noescape'));
});

test('type T [N]E is an array type; type T[P any] is reported as unsupported', () => {
  const f = parseFile('t.go', 'package p\nconst N = 2\ntype T [N]int\ntype U [N * 2]byte\n');
  const [, t, u] = f.decls as S.TypeDecl[];
  assert.equal(t!.type.kind, 'ArrayType');
  assert.equal(((t!.type as S.ArrayType).len as S.Name).value, 'N');
  assert.equal(u!.type.kind, 'ArrayType');
  assert.equal(
    syntaxError('package p\ntype S[T any] struct{}\n'),
    't.go:2:7: unsupported by gomem: type parameters',
  );
});
