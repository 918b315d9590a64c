// A garbage cycle: two objects pointing at each other, unreachable from the roots.
// Tracing collectors free it; reference counting alone cannot (each keeps the
// other's count at 1) and needs its trial-deletion cycle collector.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RefCount } from '../../src/runtime/collectors/refcount.js';
import type { Runtime } from '../../src/runtime/runtime.js';
import { heapObjects, type Kind, kinds, newRuntime, nodeTypes } from './support.js';

/** Builds a ↔ b in a scope and closes it; returns HeapObjects before. */
function dropCycle(rt: Runtime): { before: number; a: number; b: number } {
  const { nodes, ptrOffset } = nodeTypes(rt);
  const before = heapObjects(rt);
  const scope = rt.scope();
  const a = rt.new(nodes[1]!);
  scope.handle(a);
  const b = rt.new(nodes[1]!);
  scope.handle(b);
  rt.writePointer(a + ptrOffset(0), b);
  rt.writePointer(b + ptrOffset(0), a);
  scope.close();
  return { before, a, b };
}

describe('a 2-node cycle unreachable from the roots', () => {
  test('leaks under reference counting with the cycle collector off', () => {
    const rt = newRuntime('refcount', { cycleCollector: false });
    const { before, a, b } = dropCycle(rt);
    rt.GC();
    rt.GC();
    assert.equal(heapObjects(rt), before + 2);
    const rc = rt.collector as RefCount;
    assert.equal(rc.count(a), 1);
    assert.equal(rc.count(b), 1);
  });

  for (const kind of kinds) {
    const opts = kind === 'refcount' ? { cycleCollector: true } : {};
    test(`is freed by runtime.GC under ${kind}${kind === 'refcount' ? ' with the cycle collector on' : ''}`, () => {
      const rt = newRuntime(kind as Kind, opts);
      const { before } = dropCycle(rt);
      rt.GC();
      assert.equal(heapObjects(rt), before);
    });
  }

  test('reference counting frees an acyclic chain when its scope closes, before any GC', () => {
    const rt = newRuntime('refcount');
    const { nodes, ptrOffset } = nodeTypes(rt);
    const scope = rt.scope();
    let prev = 0;
    for (let i = 0; i < 2000; i++) {
      const n = rt.new(nodes[1]!);
      rt.writePointer(n + ptrOffset(0), prev);
      prev = n;
      scope.handle(n);
    }
    const rc = rt.collector as RefCount;
    assert.equal(rc.count(prev), 0);
    scope.close();
    // Closing the scope freed the chain: every mark ("live") bit is clear, and a
    // pointer kept in a JS variable can neither be stored nor written through.
    const s = rt.heap.spanOf(prev)!;
    assert.equal(s.countMarked(), 0);
    const scope2 = rt.scope();
    const live = rt.new(nodes[1]!);
    scope2.handle(live);
    assert.throws(() => rt.writePointer(live + ptrOffset(0), prev), /not a pointer to an allocated object/);
    assert.throws(() => rt.writePointer(prev + ptrOffset(0), live), /not inside an allocated object/);
    assert.equal(rc.count(live), 0);
    scope2.close();
    assert.equal(rt.readMemStats().NumGC, 0);
  });

  test('reference counting keeps a cycle held by a root and frees it once the root is gone', () => {
    const rt = newRuntime('refcount');
    const { nodes, ptrOffset } = nodeTypes(rt);
    const g = rt.global('g');
    const before = heapObjects(rt);
    const scope = rt.scope();
    const a = rt.new(nodes[2]!);
    scope.handle(a);
    const b = rt.new(nodes[2]!);
    scope.handle(b);
    const c = rt.new(nodes[0]!);
    scope.handle(c);
    rt.writePointer(a + ptrOffset(0), b);
    rt.writePointer(b + ptrOffset(0), a);
    rt.writePointer(b + ptrOffset(1), c);
    g.set(b);
    scope.close();
    rt.GC();
    assert.equal(heapObjects(rt), before + 3);
    assert.equal(rt.heap.arena.u32[(a + ptrOffset(0)) >>> 2], b);
    g.set(0);
    rt.GC();
    assert.equal(heapObjects(rt), before);
  });
});
