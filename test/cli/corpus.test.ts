// The differential corpus through the command users run: `gomem run` as a
// child process (its worker thread, its 256 MB stack, output written straight
// to file descriptors 1 and 2), compared with Go 1.19's fixtures as
// test/run/differential.test.ts compares the in-process runner's output.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { compare, loadCases, programsDir, readExpectedFailures, seedsDir } from '../run/compare.js';

const main = join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.js');
const expected = readExpectedFailures();
const cases = [...loadCases(programsDir), ...loadCases(seedsDir, 'seed-')].filter(
  (c) => !expected.has(c.name),
);

for (const c of cases) {
  test(`gomem run ${c.name}`, () => {
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'gomem-corpus-'));
    for (const f of c.files) fs.writeFileSync(join(dir, f.name), f.src);
    const r = spawnSync(
      process.execPath,
      [main, 'run', ...c.files.map((f) => f.name), '--', ...c.fixture.args],
      // Only the fixture's environment, as the fixture script gives the Go program.
      { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, ...c.fixture.env }, timeout: 60_000 },
    );
    const diffs = compare(c.fixture, { stdout: r.stdout, stderr: r.stderr, exitCode: r.status });
    assert.deepEqual(diffs, [], `${c.name} differs from Go:\n  ${diffs.join('\n  ')}`);
  });
}
