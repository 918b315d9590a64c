// gomem build as a process: output stream, exit statuses as go build's, and
// no JavaScript stack trace whatever the input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fixtures, goOutput, programs, read, root } from './paths.js';

const main = path.join(root, 'dist/src/cli/main.js');

function gomem(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [main, 'build', ...args], { cwd, encoding: 'utf8' });
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'stack trace printed');
  return r;
}

test('build -m -l prints go build -gcflags=-m output with ./ paths and exits 0', () => {
  const r = gomem(['-m', '-l', 'facts.go'], path.join(programs, 'escape'));
  assert.equal(r.status, 0);
  assert.deepEqual(
    goOutput(path.join(fixtures, 'escape/facts.m.txt')),
    r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('#')),
  );
});

test('build without -m only checks', () => {
  const r = gomem(['facts.go'], path.join(programs, 'escape'));
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
});

test('a compile error exits 2 with one positioned message', () => {
  const r = gomem(['undefined.go'], path.join(programs, 'bad'));
  assert.equal(r.status, 2);
  assert.equal(r.stderr, '# command-line-arguments\n./undefined.go:4:10: undefined: y\n');
});

test('several errors are listed as go build lists them, under one header', () => {
  const r = gomem(['many_errors_sorted.go'], path.join(programs, 'bad'));
  assert.equal(r.status, 2);
  assert.deepEqual(
    r.stderr.split('\n').filter((l) => l !== ''),
    read(path.join(fixtures, 'bad/many_errors_sorted.txt'))
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('exit status')),
  );
});

test('gomem run prints every error of a program that does not build, and runs nothing', () => {
  const dir = path.join(programs, 'bad', 'many_errors_files');
  const r = spawnSync(process.execPath, [main, 'run', 'a.go', 'b.go'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(
    r.stderr,
    read(path.join(fixtures, 'bad/many_errors_files.txt')).replace(/exit status 2\n$/, ''),
  );
});

test('a missing file exits 1, an unknown flag or no file exits 2', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gomem-'));
  const missing = gomem(['nope.go'], dir);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.go: no such file or directory/);
  const flag = gomem(['-z', 'x.go'], dir);
  assert.equal(flag.status, 2);
  assert.match(flag.stderr, /unknown flag -z/);
  assert.equal(gomem([], dir).status, 2);
  fs.writeFileSync(path.join(dir, 'notgo.txt'), '');
  assert.equal(gomem(['notgo.txt'], dir).status, 2);
});

test('several files form one package', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gomem-'));
  fs.writeFileSync(path.join(dir, 'a.go'), 'package main\n\nfunc main() { _ = leak(1) }\n');
  fs.writeFileSync(path.join(dir, 'b.go'), 'package main\n\nfunc leak(x int) *int { return &x }\n');
  const r = gomem(['-m', 'a.go', 'b.go'], dir);
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '# command-line-arguments\n./b.go:3:11: moved to heap: x\n');
});

test('package main without func main: -m output, then the link error, exit 2', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gomem-'));
  fs.writeFileSync(path.join(dir, 'lib.go'), 'package main\n\nfunc f(x int) *int { return &x }\n');
  const r = gomem(['-m', 'lib.go'], dir);
  assert.equal(r.status, 2);
  assert.equal(
    r.stderr,
    '# command-line-arguments\n./lib.go:3:8: moved to heap: x\n# command-line-arguments\nruntime.main_main·f: function main is undeclared in the main package\n',
  );
});
