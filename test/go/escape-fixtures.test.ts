// gomem's -m output against real Go 1.19's, line for line, on the front
// end's programs (scripts/go/frontend/{escape,rules}; fixtures from
// scripts/fixtures-frontend.sh).
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { compile, formatDiagnostic } from '../../src/go/index.js';
import { fixtures, goFiles, goOutput, programs, read } from './paths.js';

function gomem(dir: string, file: string, m: number): string[] {
  const src = read(path.join(programs, dir, file));
  return compile([{ name: `./${file}`, src }], { m }).escape.diagnostics.map(formatDiagnostic);
}

for (const dir of ['escape', 'rules']) {
  for (const file of goFiles(path.join(programs, dir))) {
    test(`-m -l ${dir}/${file} matches go build`, () => {
      const want = goOutput(path.join(fixtures, dir, file.replace(/\.go$/, '.m.txt')));
      assert.deepEqual(gomem(dir, file, 1), want);
    });
  }
}

test('-m -m -l escape/facts.go matches go build, explanations included', () => {
  const want = goOutput(path.join(fixtures, 'escape/facts.mm.txt'));
  assert.deepEqual(gomem('escape', 'facts.go', 2), want);
});
