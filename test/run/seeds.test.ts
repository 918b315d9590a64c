// The seed articles' examples as complete programs (test/run/seeds): run by
// gomem's runner they must behave as Go 1.19 does, including where the
// articles say otherwise — 04-nil-node and 05-nil-next must panic with a nil
// pointer dereference (exit status 2) where the articles print 0, and
// 09-memstats-gc must show that its "many objects" never reach the heap.
// Same comparison and expected-failures list as differential.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from '../../src/go/run.js';
import { checkCase, loadCases, readExpectedFailures, seedsDir } from './compare.js';

const cases = loadCases(seedsDir, 'seed-');
const expected = readExpectedFailures();

test("the fixtures record Go's behaviour where the articles are wrong", () => {
  const byName = new Map(cases.map((c) => [c.name, c.fixture]));
  for (const name of ['seed-04-nil-node', 'seed-05-nil-next']) {
    const f = byName.get(name)!;
    assert.equal(f.exitCode, 2);
    assert.equal(
      f.stderrFirstLine,
      'panic: runtime error: invalid memory address or nil pointer dereference',
    );
    assert.equal(f.stdout, '2\n');
  }
  assert.match(
    byName.get('seed-09-memstats-gc')!.stdout,
    /^loop TotalAlloc delta: 0 bytes, Mallocs delta: 0\n/,
  );
  assert.match(byName.get('seed-03-assign-zero-no-gc')!.stdout, /collections: 0 frees: 0/);
});

for (const c of cases) {
  const reason = expected.get(c.name);
  test(`${c.name}${reason === undefined ? '' : ' (expected to fail)'}`, async () => {
    const problem = await checkCase(run, c, reason);
    assert.equal(problem, undefined, problem);
  });
}
