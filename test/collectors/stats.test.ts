// The stop-the-world collectors report like Go's: MemStats' GC fields after
// runtime.GC and after cycles the pacer triggered, gctrace lines in Go's format,
// finalizers run once and their objects freed a cycle later, and the collector
// chosen by option or $GOMEMCOLLECTOR.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Runtime } from '../../src/runtime/runtime.js';
import { heapObjects, type Kind, newRuntime, nodeTypes } from './support.js';

/** Go 1.19's gctrace line (mgc.go gcMarkTermination). */
const gctraceRE =
  /^gc \d+ @\d+\.\d{3}s \d+%: [\d.]+\+[\d.]+\+[\d.]+ ms clock, [\d.]+\+[\d.]+\/[\d.]+\/[\d.]+\+[\d.]+ ms cpu, \d+->\d+->\d+ MB, \d+ MB goal, \d+ MB stacks, \d+ MB globals, \d+ P( \(forced\))?$/;

const stwKinds: Kind[] = ['stw', 'refcount'];

describe('MemStats and gctrace', () => {
  for (const kind of stwKinds) {
    test(`${kind}: runtime.GC counts a forced cycle with its pause and prints Go's line`, () => {
      const lines: string[] = [];
      const rt = newRuntime(kind, { gctrace: true, trace: (l) => lines.push(l) });
      const before = rt.readMemStats();
      assert.equal(before.NumGC, 0);
      rt.GC();
      rt.GC();
      const m = rt.readMemStats();
      assert.equal(m.NumGC, 2);
      assert.equal(m.NumForcedGC, 2);
      assert.ok(m.PauseNs[0]! > 0 && m.PauseNs[1]! > 0);
      assert.equal(m.PauseTotalNs, m.PauseNs[0]! + m.PauseNs[1]!);
      assert.ok(m.LastGC > 0 && m.LastGC === m.PauseEnd[1]);
      assert.ok(m.GCCPUFraction > 0 && m.GCCPUFraction <= 1);
      assert.equal(lines.length, 2);
      for (const l of lines) assert.match(l, gctraceRE);
      assert.match(lines[0]!, /^gc 1 .* \(forced\)$/);
      assert.match(lines[1]!, /^gc 2 /);
    });

    test(`${kind}: the pacer's trigger starts cycles and garbage does not pile up`, () => {
      const lines: string[] = [];
      const rt = newRuntime(kind, { gctrace: true, trace: (l) => lines.push(l) });
      const { nodes, ptrOffset } = nodeTypes(rt);
      const scope = rt.scope();
      const keep = scope.handle(0);
      for (let i = 0; i < 60000; i++) {
        // garbage two-node cycles of 1 KiB nodes, and one node kept at a time
        const a = rt.newArray(nodes[1]!, 64);
        const b = rt.newArray(nodes[1]!, 64);
        rt.writePointer(a + ptrOffset(0), b);
        rt.writePointer(b + ptrOffset(0), a);
        keep.set(a);
      }
      const m = rt.readMemStats();
      assert.ok(m.NumGC > 0, 'cycles ran');
      assert.equal(m.NumForcedGC, 0);
      assert.ok(m.HeapAlloc < 32 << 20, `HeapAlloc ${m.HeapAlloc} stays near the goal`);
      for (const l of lines) assert.match(l, gctraceRE);
      assert.doesNotMatch(lines[0]!, /forced/);
      scope.close();
    });

    test(`${kind}: a finalizer runs once and its object is freed a cycle later`, () => {
      const rt = newRuntime(kind);
      const { nodes, ptrOffset } = nodeTypes(rt);
      const before = heapObjects(rt);
      const ran: number[] = [];
      const scope = rt.scope();
      const a = rt.new(nodes[1]!);
      scope.handle(a);
      const child = rt.new(nodes[0]!);
      rt.writePointer(a + ptrOffset(0), child);
      rt.heap.arena.u32[child >>> 2] = 7;
      rt.setFinalizer(a, (p) => {
        // the finalizer's object and what it points to are intact
        ran.push(rt.heap.arena.u32[rt.heap.arena.u32[(p + ptrOffset(0)) >>> 2] >>> 2]!);
      });
      scope.close();
      rt.GC();
      assert.deepEqual(ran, [7]);
      assert.equal(heapObjects(rt), before + 2);
      rt.GC();
      assert.deepEqual(ran, [7]);
      assert.equal(heapObjects(rt), before);
    });
  }

  test("refcount: gctrace's heap fields say what the cycle collector freed", () => {
    const lines: string[] = [];
    const rt = newRuntime('refcount', { gctrace: true, trace: (l) => lines.push(l) });
    const { nodes, ptrOffset } = nodeTypes(rt);
    const scope = rt.scope();
    let prev = 0;
    let first = 0;
    for (let i = 0; i < 2048; i++) {
      const n = rt.newArray(nodes[1]!, 64);
      if (first === 0) first = n;
      else rt.writePointer(n + ptrOffset(0), prev);
      scope.handle(n);
      prev = n;
    }
    rt.writePointer(first + ptrOffset(0), prev);
    scope.close();
    rt.GC();
    // a 2 MiB ring: live before the cycle collector, gone after it
    assert.match(lines[0]!, / \d+->[2-9]->0 MB,/);
  });
});

describe('choosing a collector', () => {
  test('by option, by $GOMEMCOLLECTOR, default go; rt.gc is only the Go collector', () => {
    assert.equal(new Runtime({ gomaxprocs: 1, env: {} }).collector.kind, 'go');
    assert.equal(new Runtime({ gomaxprocs: 1, env: { GOMEMCOLLECTOR: 'stw' } }).collector.kind, 'stw');
    const rc = new Runtime({ gomaxprocs: 1, env: { GOMEMCOLLECTOR: 'stw' }, collector: 'refcount' });
    assert.equal(rc.collector.kind, 'refcount');
    assert.throws(() => rc.gc, /rt\.gc is Go's collector; this runtime uses 'refcount'/);
    assert.throws(
      () => new Runtime({ gomaxprocs: 1, env: { GOMEMCOLLECTOR: 'arc' } }),
      /unknown collector arc \(want go, stw or refcount\)/,
    );
  });

  test('refcount: growslice counts the pointers it copies', () => {
    const rt = newRuntime('refcount');
    const { nodes } = nodeTypes(rt);
    const T = rt.types;
    const elem = T.ptr(T.int);
    const before = heapObjects(rt);
    const scope = rt.scope();
    const arr = scope.handle(rt.makeslice(elem, 1, 1));
    const n = rt.new(nodes[0]!);
    rt.heap.arena.u32[n >>> 2] = 42;
    rt.writePointer(arr.get(), n);
    const grown = rt.growslice(elem, arr.get(), 1, 1, 2);
    arr.set(grown);
    rt.GC();
    assert.equal(rt.heap.arena.u32[rt.heap.arena.u32[grown >>> 2]! >>> 2], 42);
    assert.equal(heapObjects(rt), before + 2);
    scope.close();
    rt.GC();
    assert.equal(heapObjects(rt), before);
  });
});
