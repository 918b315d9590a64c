// The standard library's globals stay alive whether or not the program names
// them, as Go keeps every package's globals: os.Stdin/Stdout/Stderr's *File
// objects, os.Args' array, io.EOF's and strconv's error values. A program that
// never names them gets their words outside its data segment (run.ts), which
// the collector scans by the variables' pointer words. So the live heap after
// collections is the same with and without naming them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from '../../src/go/run.js';

async function output(src: string, args: string[] = []): Promise<string> {
  let out = '';
  const status = await run([{ name: '/tmp/prog.go', src }], {
    args,
    env: { GODEBUG: 'gccheckmark=1' },
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      out += s;
    },
  });
  assert.equal(status, 0, out);
  return out;
}

const heapObjects = (imports: string, uses: string) => `package main

import (
	"fmt"
	"runtime"
	${imports}
)

var sink []interface{}

func main() {
	${uses}
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.HeapObjects)
}
`;

test('the live heap is the same whether or not a program names the std globals', async () => {
  const named = await output(
    heapObjects(
      '"io"; "os"; "strconv"',
      'sink = append(sink, os.Stdin, os.Stdout, os.Stderr, os.Args, io.EOF, strconv.ErrSyntax, strconv.ErrRange); sink = nil',
    ),
  );
  const unnamed = await output(heapObjects('', ''));
  assert.equal(unnamed, named);
});
