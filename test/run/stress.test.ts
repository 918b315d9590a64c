// The differential corpus again, with the collector running all the time:
// GOGC=1 starts a cycle after almost every allocation and
// GODEBUG=gccheckmark=1 re-marks from the roots after each concurrent mark,
// failing loudly if a reachable object was left white. A program's output
// must not change. This is what catches compiled code that holds a pointer
// where the collector cannot see it (a JavaScript variable across an
// allocation, a frame slot missing from a pointer map).
//
// The same programs also run under the comparison collectors
// (GOMEMCOLLECTOR=stw and refcount, at GOGC=5): a program's output must not
// depend on which algorithm manages its heap.
//
// Programs whose output depends on when collections happen (MemStats
// deltas, NumGC, finalizers, sync.Pool, the pacer) are left out: their
// numbers change with GOGC by design.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from '../../src/go/run.js';
import { checkCase, loadCases, programsDir, type RunFn, readExpectedFailures, seedsDir } from './compare.js';

const collectionSensitive = /mem|gc|pool|final|pacer|limit|numgoroutine|seed-0[1369]/;
const expected = readExpectedFailures();
const cases = [...loadCases(programsDir), ...loadCases(seedsDir, 'seed-')].filter(
  (c) => !collectionSensitive.test(c.name) && !expected.has(c.name),
);

const stressed: RunFn = (files, opts) =>
  run(files, { ...opts, env: { ...opts.env, GOGC: '1', GODEBUG: 'gccheckmark=1' } });

test('the stress run covers most of the corpus', () => {
  assert.ok(cases.length >= 60, `${cases.length} programs`);
});

const under =
  (collector: string): RunFn =>
  (files, opts) =>
    run(files, { ...opts, env: { ...opts.env, GOGC: '5', GOMEMCOLLECTOR: collector } });

for (const c of cases) {
  test(`${c.name} under GOGC=1 with gccheckmark`, async () => {
    const problem = await checkCase(stressed, c, undefined);
    assert.equal(problem, undefined, problem);
  });
  for (const collector of ['stw', 'refcount']) {
    test(`${c.name} with the ${collector} collector`, async () => {
      const problem = await checkCase(under(collector), c, undefined);
      assert.equal(problem, undefined, problem);
    });
  }
}
