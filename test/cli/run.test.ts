// `gomem run` as a process: the program's output on stdout/stderr, Go's exit
// statuses, arguments after --, recursion as deep as Go allows, and Ctrl-C
// stopping an endless loop with SIGINT.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const main = join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.js');
const dir = fs.mkdtempSync(join(os.tmpdir(), 'gomem-run-'));

function write(name: string, src: string): string {
  fs.writeFileSync(join(dir, name), src);
  return name;
}

function gomem(...args: string[]) {
  const r = spawnSync(process.execPath, [main, 'run', ...args], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('hello, world', () => {
  const f = write(
    'hello.go',
    'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello, world") }\n',
  );
  assert.deepEqual(gomem(f), { status: 0, stdout: 'hello, world\n', stderr: '' });
});

test('a package spread over two files', () => {
  const a = write(
    'two_a.go',
    'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println(greet("gopher")) }\n',
  );
  const b = write('two_b.go', 'package main\n\nfunc greet(s string) string { return "hi " + s }\n');
  assert.deepEqual(gomem(a, b), { status: 0, stdout: 'hi gopher\n', stderr: '' });
});

test('a panic prints Go report on stderr and exits 2', () => {
  const f = write(
    'panic.go',
    'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("before")\n\tvar s []int\n\t_ = s[5]\n}\n',
  );
  const r = gomem(f);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, 'before\n');
  assert.equal(r.stderr.split('\n')[0], 'panic: runtime error: index out of range [5] with length 0');
  assert.match(r.stderr, /\ngoroutine 1 \[running\]:\n/);
});

test('os.Exit(3) exits 3 without running deferred calls', () => {
  const f = write(
    'exit.go',
    'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tdefer fmt.Println("deferred")\n\tfmt.Println("out")\n\tos.Exit(3)\n}\n',
  );
  assert.deepEqual(gomem(f), { status: 3, stdout: 'out\n', stderr: '' });
});

test('arguments after -- are os.Args[1:], os.Args[0] is named after the first file', () => {
  const f = write(
    'args.go',
    'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() { fmt.Println(len(os.Args), os.Args[1:]) }\n',
  );
  assert.deepEqual(gomem(f, '--', 'a', '-b', '--c=d', 'x.go'), {
    status: 0,
    stdout: '5 [a -b --c=d x.go]\n',
    stderr: '',
  });
  const name = write(
    'argzero.go',
    'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() { fmt.Println(os.Args[0]) }\n',
  );
  assert.match(gomem(name).stdout, /(^|\/)argzero\n$/);
});

test('a program the front end rejects: the error at its position, status 2 as go run', () => {
  const f = write('bad.go', 'package main\n\nfunc main() {\n\tx := 1\n}\n');
  const r = gomem(f);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, '# command-line-arguments\n./bad.go:4:2: x declared but not used\n');
});

test('recursion 100,000 calls deep succeeds, as in Go', () => {
  const f = write(
    'deep.go',
    'package main\n\nimport "fmt"\n\nfunc depth(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn depth(n-1) + 1\n}\n\nfunc main() { fmt.Println(depth(100000)) }\n',
  );
  assert.deepEqual(gomem(f), { status: 0, stdout: '100000\n', stderr: '' });
});

test('endless recursion is Go fatal stack overflow, status 2', () => {
  const f = write(
    'overflow.go',
    'package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() { f(0) }\n',
  );
  const r = gomem(f);
  assert.equal(r.status, 2);
  assert.match(
    r.stderr,
    /^runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n/,
  );
});

test('command-line mistakes: go run messages and statuses, no stack trace', () => {
  const none = gomem();
  assert.equal(none.status, 1);
  assert.match(none.stderr, /^gomem run: no go files listed\nusage: gomem run /);
  assert.deepEqual(gomem('nosuch.go'), {
    status: 1,
    stdout: '',
    stderr: 'stat nosuch.go: no such file or directory\n',
  });
  write('notes.txt', 'hello');
  assert.deepEqual(gomem('hello.go', 'notes.txt'), {
    status: 1,
    stdout: '',
    stderr: 'named files must be .go files: notes.txt\n',
  });
  const flag = gomem('-x', 'hello.go');
  assert.equal(flag.status, 2);
  assert.match(flag.stderr, /^flag provided but not defined: -x\n/);
});

test('Ctrl-C stops an endless loop: the process dies by SIGINT', async () => {
  const f = write('loop.go', 'package main\n\nfunc main() {\n\tx := 0\n\tfor {\n\t\tx++\n\t}\n}\n');
  const child = spawn(process.execPath, [main, 'run', f], { cwd: dir, stdio: 'ignore' });
  // Give the program time to start looping (compiling takes a moment).
  await new Promise((r) => setTimeout(r, 1500));
  child.kill('SIGINT');
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.once('exit', (c, s) => resolve([c, s])),
  );
  assert.deepEqual({ code, signal }, { code: null, signal: 'SIGINT' });
  // A shell reports it as status 130, as for a Go program.
  const sh = spawnSync(
    'sh',
    ['-c', `"${process.execPath}" "${main}" run ${f} & p=$!; sleep 1.5; kill -INT $p; wait $p`],
    {
      cwd: dir,
    },
  );
  assert.equal(sh.status, 130);
});

test.after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a runaway heap under GOMEMLIMIT and a GOMEMARENA cap ends in Go out-of-memory error', () => {
  const file = write(
    'runaway.go',
    'package main\n\nvar keep [][]byte\n\nfunc main() {\n\tfor {\n\t\tkeep = append(keep, make([]byte, 1<<20))\n\t}\n}\n',
  );
  const r = spawnSync(process.execPath, [main, 'run', file], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GOMEMLIMIT: '32MiB', GOMEMARENA: '64MiB' },
  });
  assert.equal(r.status, 2);
  assert.match(
    r.stderr,
    /^runtime: out of memory: cannot allocate \d+-byte block \(\d+ in use\)\nfatal error: out of memory\n/,
  );
});

test('a malformed GOMEMARENA is refused before the program runs', () => {
  const file = write('hello2.go', 'package main\n\nfunc main() { println("never") }\n');
  const r = spawnSync(process.execPath, [main, 'run', file], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GOMEMARENA: 'lots' },
  });
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'gomem: malformed GOMEMARENA=lots: want a byte count of at least 4MiB\n');
  // Below one 4 MiB heap chunk the heap could not start.
  const small = spawnSync(process.execPath, [main, 'run', file], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GOMEMARENA: '2MiB' },
  });
  assert.equal(small.status, 2);
  assert.equal(small.stderr, 'gomem: malformed GOMEMARENA=2MiB: want a byte count of at least 4MiB\n');
});

test('settings the runtime refuses as it starts: the fatal error Go prints for GOMEMLIMIT, a message for GOMEMCOLLECTOR', () => {
  const file = write('hello3.go', 'package main\n\nfunc main() { println("never") }\n');
  const runWith = (env: Record<string, string>) =>
    spawnSync(process.execPath, [main, 'run', file], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
  const limit = runWith({ GOMEMLIMIT: 'xyz' });
  assert.equal(limit.status, 2);
  // Go 1.19 prints these two lines, then its runtime stack (runtime.readGOMEMLIMIT), and exits 2.
  assert.equal(
    limit.stderr,
    'GOMEMLIMIT=xyz\nfatal error: malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`\n',
  );
  const collector = runWith({ GOMEMCOLLECTOR: 'foo' });
  assert.equal(collector.status, 2);
  assert.equal(collector.stderr, 'gomem: unknown collector foo (want go, stw or refcount)\n');
});

test('the showcase prints the same under Go collector, stop-the-world and reference counting', () => {
  const showcase = join(import.meta.dirname, '..', '..', '..', 'examples', 'showcase.go');
  const outputs = ['go', 'stw', 'refcount'].map((collector) => {
    const r = spawnSync(process.execPath, [main, 'run', showcase], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GOMEMCOLLECTOR: collector },
    });
    assert.equal(r.status, 0, `${collector}: ${r.stderr}`);
    // Everything before the MemStats summary is the program's own work.
    return r.stdout.slice(0, r.stdout.indexOf('MemStats:'));
  });
  assert.ok(outputs[0]!.length > 100);
  assert.equal(outputs[1], outputs[0]);
  assert.equal(outputs[2], outputs[0]);
});

test('a string that is not UTF-8 prints its own bytes, as Go writes them', () => {
  const f = write(
    'bytes.go',
    [
      'package main',
      '',
      'import "fmt"',
      '',
      'func main() {',
      '\ts := "h\\xc3"',
      '\tfmt.Println(s, fmt.Sprint(s) == s, len(fmt.Sprintf("%s", s)))',
      '\tfmt.Printf("%s|%q\\n", []byte{0xff, 0xe2, 0x82}, s)',
      '\tprintln(s)',
      '}',
      '',
    ].join('\n'),
  );
  const r = spawnSync(process.execPath, [main, 'run', f], { cwd: dir });
  assert.equal(r.status, 0);
  // What Go 1.19 writes for this program, byte for byte.
  assert.deepEqual(r.stdout, Buffer.from('h\xc3 true 2\n\xff\xe2\x82|"h\\xc3"\n', 'latin1'));
  assert.deepEqual(r.stderr, Buffer.from('h\xc3\n', 'latin1'));
});

test('os.Stdin is the process standard input: bufio reads it line by line, and a Writer buffers the output', () => {
  const f = write(
    'stdin.go',
    `package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	n := 0
	for sc.Scan() {
		n++
		fmt.Fprintf(w, "%d:%s\\n", n, strings.ToUpper(sc.Text()))
	}
	fmt.Fprintln(w, "lines", n, sc.Err())
	r := bufio.NewReader(os.Stdin)
	_, err := r.ReadString('\\n')
	fmt.Fprintln(w, "after end:", err)
}
`,
  );
  const input = `${Array.from({ length: 3000 }, (_, i) => `line ${i}`).join('\n')}\nlast`;
  const r = spawnSync(process.execPath, [main, 'run', f], { cwd: dir, encoding: 'utf8', input });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], '1:LINE 0');
  assert.equal(lines[2999], '3000:LINE 2999');
  assert.equal(lines[3000], '3001:LAST');
  assert.equal(lines[3001], 'lines 3001 <nil>');
  assert.equal(lines[3002], 'after end: EOF');
});

test('fmt.Scan and Scanln read os.Stdin a rune at a time, as Go reads it', () => {
  const f = write(
    'scan.go',
    `package main

import "fmt"

func main() {
	var n int
	fmt.Scan(&n)
	sum := 0
	for i := 0; i < n; i++ {
		var v int
		fmt.Scan(&v)
		sum += v
	}
	var name string
	c, err := fmt.Scanln(&name)
	fmt.Println(n, sum, c, err, name)
	var word string
	c, err = fmt.Scanln(&word)
	fmt.Println(c, err, word)
	c, err = fmt.Scan(&word)
	fmt.Println(c, err)
}
`,
  );
  const r = spawnSync(process.execPath, [main, 'run', f], {
    cwd: dir,
    encoding: 'utf8',
    input: '4\n10 20\n30 40 gopher\nlast\n',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '4 100 1 <nil> gopher\n1 <nil> last\n0 EOF\n');
});
