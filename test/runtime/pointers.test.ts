// Pointer stores. Runtime.writePointer is the only way a pointer enters the heap,
// and checkPointer decides what counts as a pointer: nil, zerobase, or an address
// inside an allocated object (interior pointers included). A store into a scalar
// word (of a scan or a noscan object) must raise TypeError 'gomem: pointer written
// into a scalar slot'; a value or a slot that is not inside an allocated object
// (a free slot, tail waste, the part of a large object's pages past its size, an
// unmapped or non-integer address) a TypeError naming it; a store through nil (the
// slot of a field of a nil pointer, which lies in the nil page) Go's RuntimeError
// 'runtime error: invalid memory address or nil pointer dereference'. After every
// failed store the arena, the heap bitmap and MemStats are exactly as before.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { zerobase } from '../../src/runtime/malloc.js';
import { RuntimeError } from '../../src/runtime/panic.js';
import { Runtime } from '../../src/runtime/runtime.js';
import { thrown } from './support/heap.js';

const nilDeref = 'runtime error: invalid memory address or nil pointer dereference';
const scalarSlot = 'gomem: pointer written into a scalar slot';

function setup(checks = true) {
  const rt = new Runtime({ gomaxprocs: 1, env: {}, gogc: 'off', checks, arenaBytes: 64 << 20 });
  const t = rt.types;
  const Node = t.struct('Node', (self) => ({ item: t.int, left: t.ptr(self), right: t.ptr(self) }));
  const a = rt.new(Node);
  const b = rt.new(Node);
  const bytes = rt.new(t.array(t.byte, 32));
  const tiny = rt.new(t.int32);
  const large = rt.new(t.array(t.ptr(t.int), 5000)); // 40000 B: 5 pages
  const s = rt.makeslice(t.ptr(t.int), 4, 4);
  return { rt, Node, a, b, bytes, tiny, large, s };
}

/** Everything a store could change: arena bytes, heap bits, MemStats. */
function snapshot(rt: Runtime) {
  const ms = rt.readMemStats();
  return {
    ms,
    arena: Buffer.from(rt.heap.arena.u8),
    bits: Buffer.from(rt.heap.heapBits.bits.buffer.slice(0)),
  };
}

function unchanged(rt: Runtime, before: ReturnType<typeof snapshot>): void {
  const after = snapshot(rt);
  assert.deepEqual(after.ms, before.ms);
  assert.ok(after.arena.equals(before.arena), 'the arena changed');
  assert.ok(after.bits.equals(before.bits), 'the heap bitmap changed');
}

function fails(
  rt: Runtime,
  f: () => void,
  kind: typeof TypeError | typeof RuntimeError,
  message: string | RegExp,
) {
  const before = snapshot(rt);
  const e = thrown(f);
  assert.ok(e instanceof kind, `${String(e)} is not a ${kind.name}`);
  if (typeof message === 'string') assert.equal(e.message, message);
  else assert.match(e.message, message);
  unchanged(rt, before);
}

const notAnObject = /^gomem: .* is not a pointer to an allocated object$/;

describe('writePointer stores', () => {
  test('into pointer words: the word holds the pointer; nil, zerobase and interior pointers are pointers', () => {
    const { rt, a, b, large, s } = setup();
    const u32 = rt.heap.arena.u32;
    rt.writePointer(a + 8, b);
    assert.equal(u32[(a + 8) >>> 2], b);
    rt.writePointer(a + 16, b + 16);
    assert.equal(u32[(a + 16) >>> 2], b + 16);
    rt.writePointer(a + 8, 0);
    assert.equal(u32[(a + 8) >>> 2], 0);
    rt.writePointer(s + 24, zerobase);
    assert.equal(u32[(s + 24) >>> 2], zerobase);
    rt.writePointer(large + 39992, a);
    assert.equal(u32[(large + 39992) >>> 2], a);
    rt.writePointer(s, large + 39999);
    assert.equal(u32[s >>> 2], large + 39999);
  });
});

describe('writePointer refuses', () => {
  test('a scalar word of a scan object', () => {
    const { rt, a, b } = setup();
    fails(rt, () => rt.writePointer(a, b), TypeError, scalarSlot);
  });

  test('a slot that is not a whole, aligned pointer word', () => {
    const { rt, a, b, s } = setup();
    for (const slot of [a + 12, a + 9, a + 15, a + 8.5, s + 4]) {
      fails(rt, () => rt.writePointer(slot, b), TypeError, scalarSlot);
    }
  });

  test('a word of a noscan object, small or tiny', () => {
    const { rt, b, bytes, tiny } = setup();
    fails(rt, () => rt.writePointer(bytes + 8, b), TypeError, scalarSlot);
    fails(rt, () => rt.writePointer(tiny, b), TypeError, scalarSlot);
  });

  test('a slot past the requested words of a scan object (the rest of its size-class slot)', () => {
    const { rt, b } = setup();
    const t = rt.types;
    // 40 bytes with a pointer at word 0 and word 4... placed in a 48-byte slot: word 5 is no field.
    const T = t.struct('T40', { p: t.ptr(t.int), x: t.int, y: t.int, z: t.int, q: t.ptr(t.int) });
    const p = rt.new(T);
    assert.equal(rt.objectInfo(p).size, 48);
    rt.writePointer(p + 32, b);
    fails(rt, () => rt.writePointer(p + 40, b), TypeError, scalarSlot);
  });

  test('values that are not pointers to allocated objects', () => {
    const { rt, a, bytes, large } = setup();
    const span = rt.heap.spanOf(a)!;
    const freeSlot = a + 2 * 24; // a and b took the first two slots of the class-3 span
    assert.ok(span.isFree(span.objIndex(freeSlot)));
    const candidates = [
      freeSlot,
      freeSlot + 8,
      span.startAddr + span.nelems * 24, // tail waste of the span (8192 = 341 × 24 + 8)
      large + 40000, // past the large object's 40000 bytes, inside its last page
      rt.heap.arena.mapped - 8, // a free page: first fit leaves the top of the heap free
      rt.heap.arena.mapped + 64, // not mapped
      2 ** 40,
      -8,
      a + 0.5,
      Number.NaN,
    ];
    for (const v of candidates) {
      fails(rt, () => rt.writePointer(a + 8, v), TypeError, notAnObject);
      assert.throws(() => rt.checkPointer(v), { name: 'TypeError', message: notAnObject });
    }
    assert.doesNotThrow(() => rt.checkPointer(bytes + 31));
  });

  test('slots that are not inside allocated objects', () => {
    const { rt, a, b, large } = setup();
    fails(rt, () => rt.writePointer(a + 2 * 24 + 8, b), TypeError, notAnObject);
    fails(rt, () => rt.writePointer(large + 40000, b), TypeError, notAnObject);
    fails(rt, () => rt.writePointer(rt.heap.arena.mapped + 8, b), TypeError, notAnObject);
  });

  test('a nil slot: Go’s nil pointer dereference', () => {
    const { rt, b } = setup();
    fails(rt, () => rt.writePointer(0, b), RuntimeError, nilDeref);
    // n.left = b with n a nil *Node: the slot is the field's offset from nil.
    fails(rt, () => rt.writePointer(8, b), RuntimeError, nilDeref);
    fails(rt, () => rt.writePointer(16, b), RuntimeError, nilDeref);
  });

  test('with checks off, a nil slot is still a nil dereference and zerobase stays zero', () => {
    const { rt, a, b } = setup(false);
    rt.writePointer(a + 8, b);
    assert.equal(rt.heap.arena.u32[(a + 8) >>> 2], b);
    fails(rt, () => rt.writePointer(0, b), RuntimeError, nilDeref);
    fails(rt, () => rt.writePointer(zerobase, b), RuntimeError, nilDeref);
    assert.equal(rt.heap.arena.u32[zerobase >>> 2], 0);
  });
});
