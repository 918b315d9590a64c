// Memory safety through the public API: every mistake raises Go's panic text (or a
// clear gomem TypeError/RangeError where Go's compiler would have refused the
// program) and leaves the heap byte-for-byte and count-for-count as it was.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { FatalError, Runtime, RuntimeError } from '../../src/index.js';

function snapshot(rt: Runtime): string {
  const stats = rt.readMemStats();
  const bytes = createHash('sha256').update(rt.heap.arena.u8).digest('hex');
  return JSON.stringify({ bytes, stats });
}

function setup() {
  const rt = new Runtime({ gomaxprocs: 1 });
  const T = rt.types;
  const Node = T.struct('Node', (N) => ({ item: T.int, left: T.ptr(N), name: T.string, xs: T.slice(T.int) }));
  const Leaf = T.struct('Leaf', { v: T.int, w: T.int, u: T.int, z: T.string });
  const Box = T.struct('Box', { small: T.int8, arr: T.array(T.int32, 3) });
  return { rt, T, Node, Leaf, Box };
}

/** Runs f, expects it to throw `kind` with exactly `message`, and the heap to be unchanged. */
function expectUnchanged(rt: Runtime, f: () => unknown, kind: new (...a: never[]) => Error, message: string) {
  const before = snapshot(rt);
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof kind, `expected ${kind.name}, got ${String(e)}`);
    assert.equal((e as Error).message, message);
    return true;
  });
  assert.equal(snapshot(rt), before, 'heap changed by a failed operation');
}

describe('Go panics with Go text, heap unchanged', () => {
  test('nil pointer dereference on read and write', () => {
    const { rt, Node } = setup();
    const item = rt.intField(Node, 'item');
    const left = rt.ptrField(Node, 'left');
    const msg = 'runtime error: invalid memory address or nil pointer dereference';
    expectUnchanged(rt, () => item.get(0), RuntimeError, msg);
    expectUnchanged(rt, () => item.set(0, 1), RuntimeError, msg);
    const p = rt.new(Node);
    expectUnchanged(rt, () => left.set(left.get(p), p), RuntimeError, msg);
  });

  test('index out of range on arrays and slices', () => {
    const { rt, Node, Box } = setup();
    const arr = rt.arrayField(Box, 'arr');
    const b = rt.new(Box);
    expectUnchanged(
      rt,
      () => arr.index(b, 5),
      RuntimeError,
      'runtime error: index out of range [5] with length 3',
    );
    expectUnchanged(
      rt,
      () => arr.index(b, -1),
      RuntimeError,
      'runtime error: index out of range [-1] with length 3',
    );
    const xs = rt.sliceField(Node, 'xs');
    const n = rt.new(Node);
    xs.make(n, 3, 4);
    expectUnchanged(
      rt,
      () => xs.index(n, 3),
      RuntimeError,
      'runtime error: index out of range [3] with length 3',
    );
  });

  test('slice bounds out of range', () => {
    const { rt, Node } = setup();
    const xs = rt.sliceField(Node, 'xs');
    const n = rt.new(Node);
    xs.make(n, 2, 4);
    expectUnchanged(
      rt,
      () => xs.slice(n, 0, 7),
      RuntimeError,
      'runtime error: slice bounds out of range [:7] with capacity 4',
    );
    expectUnchanged(
      rt,
      () => xs.slice(n, 3, 2),
      RuntimeError,
      'runtime error: slice bounds out of range [3:2]',
    );
    xs.slice(n, 1, 4);
    assert.equal(xs.len(n), 3);
    assert.equal(xs.cap(n), 3);
  });

  test('makeslice with a bad length or capacity', () => {
    const { rt, T } = setup();
    expectUnchanged(
      rt,
      () => rt.makeslice(T.int, -1, 0),
      RuntimeError,
      'runtime error: makeslice: len out of range',
    );
    expectUnchanged(
      rt,
      () => rt.makeslice(T.int, 5, 2),
      RuntimeError,
      'runtime error: makeslice: cap out of range',
    );
  });
});

describe('type errors gomem catches at run time, heap unchanged', () => {
  test('a field of one type used on another', () => {
    const { rt, Node, Leaf } = setup();
    const item = rt.intField(Node, 'item');
    const leaf = rt.new(Leaf);
    expectUnchanged(rt, () => item.set(leaf, 7), TypeError, 'gomem: Node.item used on a Leaf object');
    expectUnchanged(rt, () => item.get(leaf), TypeError, 'gomem: Node.item used on a Leaf object');
  });

  test('the type check can be turned off', () => {
    const rt = new Runtime({ gomaxprocs: 1, checks: false });
    const T = rt.types;
    const A = T.struct('A', { x: T.int });
    const B = T.struct('B', { y: T.int });
    const b = rt.new(B);
    rt.intField(A, 'x').set(b, 5);
    assert.equal(rt.intField(B, 'y').get(b), 5);
  });

  test('a pointer written into a scalar word, or a non-pointer into a pointer field', () => {
    const { rt, T, Node } = setup();
    const n = rt.new(Node);
    expectUnchanged(rt, () => rt.writePointer(n, n), TypeError, 'gomem: pointer written into a scalar slot');
    const left = rt.ptrField(Node, 'left');
    expectUnchanged(
      rt,
      () => left.set(n, 12345),
      TypeError,
      'gomem: 12345 is not a pointer to an allocated object',
    );
    const bytes = rt.new(T.array(T.byte, 64));
    expectUnchanged(
      rt,
      () => rt.writePointer(bytes, n),
      TypeError,
      'gomem: pointer written into a scalar slot',
    );
  });

  test('integers must fit their field', () => {
    const { rt, Box, Node } = setup();
    const small = rt.intField(Box, 'small');
    const b = rt.new(Box);
    expectUnchanged(rt, () => small.set(b, 300), RangeError, 'gomem: 300 overflows int8');
    expectUnchanged(rt, () => small.set(b, 1.5), RangeError, 'gomem: 1.5 overflows int8');
    small.set(b, -128);
    assert.equal(small.get(b), -128);
    const item = rt.intField(Node, 'item');
    const n = rt.new(Node);
    item.set(n, -(2 ** 40) - 3);
    assert.equal(item.get(n), -(2 ** 40) - 3);
    expectUnchanged(rt, () => item.set(n, 2 ** 60), RangeError, `gomem: ${2 ** 60} overflows int`);
  });

  test('accessors are made for the right kind of field', () => {
    const { rt, Node } = setup();
    assert.throws(() => rt.intField(Node, 'left'), /field Node.left has type \*Node, not an integer/);
    assert.throws(() => rt.intField(Node, 'nope'), /type Node has no field nope/);
  });

  test('out of memory is a FatalError with Go text, and the heap still works after it', () => {
    const rt = new Runtime({ gomaxprocs: 1, arenaBytes: 8 << 20 });
    const T = rt.types;
    const before = snapshot(rt);
    assert.throws(
      () => rt.new(T.array(T.byte, 16 << 20)),
      (e: unknown) =>
        e instanceof FatalError &&
        /^runtime: out of memory: cannot allocate 16777216-byte block \(\d+ in use\)\nfatal error: out of memory$/.test(
          e.report(),
        ),
    );
    assert.equal(snapshot(rt), before);
    const p = rt.new(T.int);
    assert.ok(p > 0);
  });
});

describe('handles and globals', () => {
  test('a handle used after its scope closed is an error', () => {
    const { rt, Node } = setup();
    const s = rt.scope();
    const h = s.handle(rt.new(Node));
    assert.ok(h.get() > 0);
    s.close();
    assert.throws(() => h.get(), /handle used after its scope was closed/);
    assert.throws(() => s.handle(0), /handle scope used after it was closed/);
  });

  test('scopes close innermost first; roots are what the open scopes hold', () => {
    const { rt, Node } = setup();
    const outer = rt.scope();
    const a = outer.handle(rt.new(Node));
    const inner = rt.scope();
    inner.handle(rt.new(Node));
    assert.equal(rt.roots.top, 2);
    assert.throws(() => outer.close(), /innermost first/);
    inner.close();
    assert.equal(rt.roots.top, 1);
    assert.ok(a.get() > 0);
    outer.close();
    assert.equal(rt.roots.top, 0);
  });

  test('roots only hold pointers to allocated objects', () => {
    const { rt, Node } = setup();
    const g = rt.global('g');
    assert.throws(() => g.set(999), /999 is not a pointer to an allocated object/);
    const p = rt.new(Node);
    g.set(p);
    assert.equal(g.get(), p);
    assert.equal(g.name, 'g');
  });
});

test('newArray past maxAlloc panics as Go newarray does, heap unchanged', () => {
  const { rt, T } = setup();
  expectUnchanged(
    rt,
    () => rt.newArray(T.int, 2 ** 47),
    RuntimeError,
    'runtime: allocation size out of range',
  );
});
