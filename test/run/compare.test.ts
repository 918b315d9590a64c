// The differential harness itself, without gomem's runner: the stderr cut,
// the comparison, the expected-failures format, the fixtures' consistency,
// and runInWorker's handling of runners that answer, throw or hang.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  compare,
  type Fixture,
  keptStderr,
  loadCases,
  programsDir,
  readExpectedFailures,
  runCase,
  runInWorker,
  seedsDir,
} from './compare.js';

const trace = 'goroutine 1 [running]:\nmain.main()\n\t/tmp/x.go:9 +0x1d\nexit status 2\n';
const cases = [...loadCases(programsDir), ...loadCases(seedsDir, 'seed-')];

test('keptStderr cuts a traceback after the report line and keeps plain stderr whole', () => {
  assert.equal(keptStderr(`panic: boom\n\n${trace}`), 'panic: boom\n');
  assert.equal(
    keptStderr(`mine\npanic: a [recovered]\n\tpanic: b\n\n${trace}`),
    'mine\npanic: a [recovered]\n',
  );
  assert.equal(
    keptStderr(
      `runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0x1\nfatal error: stack overflow\n\n${trace}`,
    ),
    'runtime: goroutine stack exceeds 1000000000-byte limit\n',
  );
  assert.equal(
    keptStderr('just text\npanic: not a report without a trace\n'),
    'just text\npanic: not a report without a trace\n',
  );
  assert.equal(keptStderr(''), '');
});

test('every fixture is consistent: kept stderr is stable under the cut, first line matches, reports exit 2', () => {
  assert.ok(cases.length >= 100);
  for (const { name, files, fixture: f } of cases) {
    assert.equal(keptStderr(f.stderr), f.stderr, name);
    assert.equal(f.stderrFirstLine, f.stderr.split('\n')[0], name);
    if (/^(panic: |fatal error: )/.test(f.stderrFirstLine)) assert.equal(f.exitCode, 2, name);
    // One P unless the program's gomem-env header asks for more.
    const procs =
      /^\/\/ gomem-env:.*\bGOMAXPROCS=(\d+)/m.exec(files.map((x) => x.src).join('\n'))?.[1] ?? '1';
    assert.equal(f.env.GOMAXPROCS, procs, name);
  }
});

test('the corpus covers unrecovered panics, fatal errors, os.Exit and header env/args', () => {
  const f = new Map(cases.map((c) => [c.name, c.fixture]));
  assert.equal(
    f.get('037-panic-assert')!.stderrFirstLine,
    'panic: interface conversion: interface {} is string, not int',
  );
  assert.equal(f.get('044-deadlock')!.stderrFirstLine, 'fatal error: all goroutines are asleep - deadlock!');
  assert.equal(
    f.get('046-stack-overflow')!.stderrFirstLine,
    'runtime: goroutine stack exceeds 1000000000-byte limit',
  );
  assert.equal(f.get('043-os-exit')!.exitCode, 3);
  assert.equal(f.get('043-os-exit')!.stderr, 'to stderr before exit\n');
  assert.deepEqual(f.get('049-flag')!.args, [
    '-n',
    '5',
    '-name=gopher',
    '-v',
    '-d',
    '1m30s',
    'rest1',
    'rest2',
  ]);
  assert.deepEqual(f.get('079-gomemlimit')!.env, { GOMAXPROCS: '1', GOGC: 'off', GOMEMLIMIT: '100MiB' });
  assert.deepEqual(f.get('050-env')!.env, { GOMAXPROCS: '1', GREETING: 'hi', EMPTY: '' });
});

test('compare agrees on equal outcomes and names each difference', () => {
  const f: Fixture = {
    name: 'x',
    stdout: 'a\nb\n',
    stderr: 'panic: boom\n',
    stderrFirstLine: 'panic: boom',
    exitCode: 2,
    env: {},
    args: [],
  };
  assert.deepEqual(compare(f, { stdout: 'a\nb\n', stderr: `panic: boom\n\n${trace}`, exitCode: 2 }), []);
  const d = compare(f, { stdout: 'a\nc\n', stderr: 'panic: bang\n', exitCode: 0 });
  assert.equal(d.length, 3);
  assert.match(d[0]!, /exit status: go 2, gomem 0/);
  assert.match(d[1]!, /stdout differs at line 2: go "b", gomem "c"/);
  assert.match(d[2]!, /stderr differs at line 1/);
  assert.match(
    compare(f, { stdout: '', stderr: '', exitCode: null, error: 'Error: x\n  at y' })[0]!,
    /^runner failed: Error: x$/,
  );
});

test('expected-failures.txt parses: name, then reason; comments and blanks skipped', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gomem-ef-'));
  const file = path.join(dir, 'ef.txt');
  fs.writeFileSync(
    file,
    '# comment\n\n001-hello   prints nothing yet\n046-stack-overflow\tno 1 GB limit\nseed-04-nil-node\n',
  );
  assert.deepEqual(
    [...readExpectedFailures(file)],
    [
      ['001-hello', 'prints nothing yet'],
      ['046-stack-overflow', 'no 1 GB limit'],
      ['seed-04-nil-node', ''],
    ],
  );
  const names = new Set(cases.map((c) => c.name));
  for (const name of readExpectedFailures().keys()) assert.ok(names.has(name), name);
});

test('runCase passes args and env, copies output chunks, and times out a promise that never settles', async () => {
  const c = cases.find((x) => x.name === '049-flag')!;
  const buf = new Uint8Array([104, 105, 10]);
  const o = await runCase(async (files, opts) => {
    opts.stdout(buf);
    buf.fill(0);
    opts.stdout(`${files[0]!.name} ${opts.args.join(',')} ${opts.env.GOMAXPROCS}\n`);
    opts.stderr('e');
    return 5;
  }, c);
  assert.deepEqual(o, {
    stdout: 'hi\n049-flag.go -n,5,-name=gopher,-v,-d,1m30s,rest1,rest2 1\n',
    stderr: 'e',
    exitCode: 5,
  });
  const hung = await runCase(() => new Promise<number>(() => {}), c, 50);
  assert.equal(hung.exitCode, null);
  assert.match(hung.error!, /timed out after 50 ms/);
  const threw = await runCase(() => Promise.reject(new Error('unsupported')), c);
  assert.match(threw.error!, /unsupported/);
});

test('runInWorker reports output and status, a throwing runner, and stops a runner stuck in a loop', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gomem-runner-'));
  const mod = (name: string, body: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, `export async function run(files, opts) {\n${body}\n}\n`);
    return pathToFileURL(p).href;
  };
  const ok = mod(
    'ok.mjs',
    'opts.stdout(new Uint8Array([79, 75])); opts.stdout(" " + files[0].name + " " + opts.args.join(",") + " " + opts.env.A); opts.stderr("err"); return 3;',
  );
  const files = [{ name: 'a.go', src: 'package main' }];
  assert.deepEqual(await runInWorker(ok, files, { args: ['x', 'y'], env: { A: 'b' } }, 10_000), {
    stdout: 'OK a.go x,y b',
    stderr: 'err',
    exitCode: 3,
  });
  const threw = await runInWorker(
    mod('throw.mjs', 'throw new Error("no codegen for complex128");'),
    files,
    { args: [], env: {} },
    10_000,
  );
  assert.equal(threw.exitCode, null);
  assert.match(threw.error!, /no codegen for complex128/);
  const start = Date.now();
  const hung = await runInWorker(mod('hang.mjs', 'for (;;) {}'), files, { args: [], env: {} }, 300);
  assert.match(hung.error!, /timed out after 300 ms/);
  assert.ok(Date.now() - start < 5_000);
  const missing = await runInWorker(
    pathToFileURL(path.join(dir, 'none.mjs')).href,
    files,
    { args: [], env: {} },
    10_000,
  );
  assert.match(missing.error!, /Cannot find module|ERR_MODULE_NOT_FOUND/);
});
