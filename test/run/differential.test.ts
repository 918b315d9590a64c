// The differential suite: every program of test/run/programs run by gomem's
// runner in this process must print what real Go 1.19 printed (fixtures by
// scripts/fixtures-run.sh; the comparison is test/run/compare.ts). Programs
// listed in test/run/expected-failures.txt must still fail, so that the list
// shrinks as gomem catches up and never names a program that passes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from '../../src/go/run.js';
import { checkCase, loadCases, programsDir, readExpectedFailures, seedsDir } from './compare.js';

const cases = loadCases(programsDir);
const expected = readExpectedFailures();

test('the corpus has at least 90 programs, each with a fixture', () => {
  assert.ok(cases.length >= 90, `${cases.length} programs`);
});

test('expected-failures.txt names only programs of the suite', () => {
  const names = new Set([...cases, ...loadCases(seedsDir, 'seed-')].map((c) => c.name));
  for (const name of expected.keys()) assert.ok(names.has(name), `${name} is not a program of the suite`);
});

for (const c of cases) {
  const reason = expected.get(c.name);
  test(`${c.name}${reason === undefined ? '' : ' (expected to fail)'}`, async () => {
    const problem = await checkCase(run, c, reason);
    assert.equal(problem, undefined, problem);
  });
}
