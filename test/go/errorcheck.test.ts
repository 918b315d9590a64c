// The errorcheck rules of Go's test/run.go, as the conformance harness applies them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkErrors, wantedErrors } from '../../src/go/errorcheck.js';

test('ERROR comments give one regexp per quoted string, taken raw, with LINE', () => {
  const w = wantedErrors('x := 1 // ERROR "moved to heap: x$" "new\\(int\\)"\ny // ERROR "at LINE-1"\n');
  assert.deepEqual(
    w.map((x) => [x.line, x.reStr]),
    [
      [1, 'moved to heap: x$'],
      [1, 'new\\(int\\)'],
      [2, 'at 1'],
    ],
  );
});

test('each regexp must match a message on its line; leftovers fail the file', () => {
  const src = 'a // ERROR "moved to heap: a$"\nb // ERROR "leaking param: b"\nc\n';
  const ok = checkErrors('t.go', src, [
    't.go:1:1: moved to heap: a',
    't.go:2:1: leaking param: b to result ~r0 level=0',
  ]);
  assert.deepEqual(ok, { wanted: 2, matched: 2, unexpected: 0, errors: [] });
  const bad = checkErrors('t.go', src, ['t.go:1:1: moved to heap: ab', 't.go:3:1: c does not escape']);
  assert.equal(bad.matched, 0);
  assert.equal(bad.unexpected, 2);
  assert.equal(bad.errors.length, 4);
});

test('all messages on a line matching a regexp are consumed by it', () => {
  const r = checkErrors('t.go', 'f() // ERROR "escapes to heap"\n', [
    't.go:1:2: x escapes to heap',
    't.go:1:5: y escapes to heap',
  ]);
  assert.equal(r.errors.length, 0);
});
