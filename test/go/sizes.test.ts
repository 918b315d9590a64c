// unsafe.Sizeof/Alignof/Offsetof agree with Go on amd64: the checker
// evaluates the constant arguments of sizes.go's Println calls, which real Go
// printed into the fixture.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { compile } from '../../src/go/index.js';
import type * as S from '../../src/go/syntax.js';
import { fixtures, programs, read } from './paths.js';

test('sizes.go: every unsafe.Sizeof/Alignof/Offsetof equals Go 1.19 amd64', () => {
  const src = read(path.join(programs, 'sizes/sizes.go'));
  const prog = compile([{ name: 'sizes.go', src }]);
  const main = prog.files[0]!.decls.find(
    (d) => d.kind === 'FuncDecl' && d.name.value === 'main',
  ) as S.FuncDecl;
  const got: string[] = [];
  for (const s of main.body!.list) {
    if (s.kind !== 'ExprStmt' || s.x.kind !== 'CallExpr') continue;
    const [label, ...vals] = s.x.args;
    const name = (label as S.BasicLit).value.slice(1, -1);
    got.push([name, ...vals.map((v) => String((v.tv!.val as { v: bigint }).v))].join(' '));
  }
  const want = read(path.join(fixtures, 'sizes.txt')).trim().split('\n');
  assert.equal(got.length, want.length);
  assert.deepEqual(got, want);
});
