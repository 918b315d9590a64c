// Malformed programs: each gives the messages go build gives (fixtures from real
// Go 1.19), positioned or a link error, never a JS stack trace. The parser
// goes on after a syntax error as Go's does, so all of go build's lines are
// expected there too.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildFailure, compile, type GoError, isGoError, link } from '../../src/go/index.js';
import { fixtures, goFiles, programs, read } from './paths.js';

function gomemError(name: string, src: string): string {
  return gomemErrors([{ name, src }]).message;
}

function gomemErrors(files: { name: string; src: string }[]): GoError {
  try {
    link(compile(files));
  } catch (e) {
    assert.ok(isGoError(e), `not a GoError: ${String(e)}`);
    return e;
  }
  assert.fail(`${files[0]!.name}: compiled without error`);
}

// A directory under bad/ is one package of several files, given in name order.
function badProgram(entry: string): { name: string; src: string }[] {
  const p = path.join(programs, 'bad', entry);
  if (entry.endsWith('.go')) return [{ name: `./${entry}`, src: read(p) }];
  return goFiles(p).map((f) => ({ name: `./${f}`, src: read(path.join(p, f)) }));
}

const badEntries = fs
  .readdirSync(path.join(programs, 'bad'))
  .filter((f) => f.endsWith('.go') || !f.includes('.'))
  .sort();
for (const file of badEntries) {
  test(`bad/${file}: go build's messages and exit status`, () => {
    const fixture = read(path.join(fixtures, 'bad', `${file.replace(/\.go$/, '')}.txt`));
    const [, want, status] = /^(.*)exit status (\d+)\n$/s.exec(fixture)!;
    const got = buildFailure(gomemErrors(badProgram(file)));
    assert.equal(got.text, want);
    assert.equal(got.status, Number(status));
  });
}

test("a name Go's package has but gomem does not provide yet is named as such, not undefined", () => {
  assert.equal(
    gomemError('g.go', 'package main\n\nimport "os"\n\nvar _ = os.ErrNotExist\n\nfunc main() {}\n'),
    'g.go:5:12: os.ErrNotExist is not supported by gomem run yet',
  );
  // A name Go does not have is the program's mistake, in go build's words.
  assert.equal(
    gomemError('g.go', 'package main\n\nimport "os"\n\nvar _ = os.ErrNotThere\n\nfunc main() {}\n'),
    'g.go:5:12: undefined: os.ErrNotThere',
  );
});

test("a method Go's standard type has but gomem does not provide yet is named as such", () => {
  const src = (m: string) =>
    `package main\n\nimport "bytes"\n\nfunc main() {\n\tvar b bytes.Buffer\n\t_ = b.${m}\n}\n`;
  assert.equal(
    gomemError('g.go', src('UnreadByte')),
    'g.go:7:8: bytes.Buffer.UnreadByte is not supported by gomem run yet',
  );
  // A method expression too; and a method Go does not have is go build's error.
  assert.equal(
    gomemError('g.go', 'package main\n\nimport "sort"\n\nvar _ = sort.IntSlice.Search\n\nfunc main() {}\n'),
    'g.go:5:23: sort.IntSlice.Search is not supported by gomem run yet',
  );
  assert.equal(
    gomemError('g.go', src('Unread')),
    'g.go:7:8: b.Unread undefined (type bytes.Buffer has no field or method Unread)',
  );
});

test('an unsupported feature is named with its position', () => {
  const msg = gomemError('g.go', 'package main\n\nfunc Map[T any](x T) T { return x }\n\nfunc main() {}\n');
  assert.equal(msg, 'g.go:3:9: unsupported by gomem: type parameters');
});

test('an unknown import is a positioned error', () => {
  const msg = gomemError('i.go', 'package main\n\nimport "net/http"\n\nfunc main() { _ = http.Get }\n');
  assert.equal(msg, "i.go:3:8: package net/http is not in gomem's standard library");
});

test('deep nesting and long inputs end with a message, not a hang or crash', () => {
  const deep = `package main\n\nfunc main() {\n\tx := ${'('.repeat(3000)}1${')'.repeat(3000)}\n\t_ = x\n}\n`;
  try {
    compile([{ name: 'd.go', src: deep }]);
  } catch (e) {
    assert.ok(e instanceof RangeError || isGoError(e));
  }
  const unterminated = `package main\n\nfunc main() {\n\ts := "abc\n}\n`;
  assert.equal(gomemError('u.go', unterminated), 'u.go:4:11: newline in string');
});
