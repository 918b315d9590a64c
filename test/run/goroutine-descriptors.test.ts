// Goroutine descriptors on the heap (runtime/allgs.ts): what Go's first GC
// allocates for its mark workers, per GOMAXPROCS, and what nothing else sees of
// them. Go itself sometimes starts a thread at its first GC too (an m and two
// more descriptors), so the differential program 121-mem-goroutines keeps that
// cycle out of its windows; these expectations are Go 1.19's when it does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from '../../src/go/run.js';

async function output(src: string, env: Record<string, string>): Promise<string> {
  let out = '';
  const status = await run([{ name: '/tmp/prog.go', src }], {
    args: [],
    env: { GODEBUG: 'gccheckmark=1', ...env },
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

const firstGC = `package main

import (
	"fmt"
	"runtime"
)

func class(a, b *runtime.MemStats, size uint32) uint64 {
	for i := range b.BySize {
		if b.BySize[i].Size == size {
			return b.BySize[i].Mallocs - a.BySize[i].Mallocs
		}
	}
	return 0
}

func main() {
	var a, b runtime.MemStats
	for i := 0; i < 2; i++ {
		runtime.ReadMemStats(&a)
		runtime.GC()
		runtime.ReadMemStats(&b)
		fmt.Println(b.Mallocs-a.Mallocs, class(&a, &b, 416), class(&a, &b, 32), runtime.NumGoroutine())
	}
}
`;

for (const procs of [1, 2, 4]) {
  test(`the first GC starts a mark worker per P (GOMAXPROCS=${procs}): a descriptor and a node each, uncounted goroutines`, async () => {
    // Five Gs at start and one per P: allgs (cap 8) grows to 16 at the ninth.
    const growth = 5 + procs > 8 ? 1 : 0;
    assert.equal(
      await output(firstGC, { GOMAXPROCS: String(procs) }),
      `${2 * procs + growth} ${procs} ${procs} 1\n0 0 0 1\n`,
    );
  });
}

test('mark workers and the finalizer goroutine take goids, as Go numbers its goroutines', async () => {
  const src = `package main

import "runtime"

func main() {
	runtime.GC()
	c := make(chan int)
	go func() { panic("in goroutine") }()
	<-c
}
`;
  const panicking = async (program: string, procs: number): Promise<string> => {
    let err = '';
    const status = await run([{ name: '/tmp/prog.go', src: program }], {
      args: [],
      env: { GOMAXPROCS: String(procs) },
      stdout: () => {},
      stderr: (s) => {
        err += s;
      },
    });
    assert.equal(status, 2);
    return err.split('\n')[2]!;
  };
  // Go 1.19 with GOMAXPROCS=1 (with more Ps, its per-P goid caches number
  // goroutines by the P that starts them): main is 1, the forcegc helper,
  // sweeper and scavenger 2–4, here the mark worker 5.
  assert.equal(await panicking(src, 1), 'goroutine 6 [running]:');
  assert.equal(await panicking(src, 2), 'goroutine 7 [running]:');
  // Importing os starts the finalizer goroutine (5) before main.
  const withOS = src.replace('import "runtime"', 'import (\n\t_ "os"\n\t"runtime"\n)');
  assert.equal(await panicking(withOS, 1), 'goroutine 7 [running]:');
  // Without os, the first SetFinalizer starts it.
  const withFinalizer = src.replace(
    'runtime.GC()',
    'runtime.SetFinalizer(new(int), func(*int) {})\n\truntime.GC()',
  );
  assert.equal(await panicking(withFinalizer, 1), 'goroutine 7 [running]:');
});

test('the collector never frees a descriptor: allgs keeps every G, dead ones too', async () => {
  const src = `package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan int)
	for i := 0; i < 100; i++ {
		go func() { done <- 1 }()
	}
	for i := 0; i < 100; i++ {
		<-done
	}
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&b)
	fmt.Println(b.BySize[23].Size, b.BySize[23].Mallocs-b.BySize[23].Frees >= 105, b.HeapObjects == a.HeapObjects)
}
`;
  assert.equal(await output(src, { GOMAXPROCS: '1' }), '416 true true\n');
});
