// Type layout against Go 1.19. The allocator sizes objects and writes the heap
// bitmap from the type descriptor, so each descriptor Runtime.types builds must
// have the size, alignment, ptrdata and pointer mask (gcdata) that Go 1.19's
// compiler gives the same type on amd64, as recorded from the runtime's own type
// descriptors by scripts/go/runtime/layout.go
// (test/fixtures/go1.19/runtime/layout.json); and an object of that type must get
// those pointer bits in the heap bitmap, over its whole slot.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Runtime } from '../../src/runtime/runtime.js';
import type { Type, Types } from '../../src/runtime/type.js';

const fixtures = new URL('../../../test/fixtures/go1.19/runtime/', import.meta.url);
const goLayouts = JSON.parse(readFileSync(new URL('layout.json', fixtures), 'utf8')) as {
  name: string;
  size: number;
  align: number;
  ptrdata: number;
  pointer_words: number[];
}[];

/** The fixture's types, declared as scripts/go/runtime/layout.go declares them. */
function goTypes(t: Types): Map<string, Type> {
  const empty = t.struct('struct {}', {});
  return new Map<string, Type>([
    ['node', t.struct('node', (self) => ({ item: t.int, left: t.ptr(self), right: t.ptr(self) }))],
    ['i8_i64_i8', t.struct('i8_i64_i8', { a: t.int8, b: t.int64, c: t.int8 })],
    ['i8_i8_i32', t.struct('i8_i8_i32', { a: t.int8, b: t.int8, c: t.int32 })],
    ['i64_empty', t.struct('i64_empty', { a: t.int64, b: empty })],
    ['i32_empty', t.struct('i32_empty', { a: t.int32, b: empty })],
    ['i8_c64', t.struct('i8_c64', { a: t.int8, b: t.complex64 })],
    [
      'headers',
      t.struct('headers', {
        s: t.string,
        i: t.any,
        sl: t.slice(t.int),
        m: t.map(t.int, t.int),
        p: t.ptr(t.int),
        f: t.func('func()'),
        c: t.chan(t.int),
        u: t.unsafePointer,
        x: t.uintptr,
      }),
    ],
    ['array3_string', t.array(t.string, 3)],
    ['array5_intptr', t.array(t.struct('intptr', { a: t.int, p: t.ptr(t.int) }), 5)],
    [
      'b3_ptr_zeroarr',
      t.struct('b3_ptr_zeroarr', { a: t.array(t.byte, 3), p: t.ptr(t.int), b: t.array(t.int, 0) }),
    ],
    ['ptr_zeroptrs', t.struct('ptr_zeroptrs', { p: t.ptr(t.int), q: t.array(t.ptr(t.int), 0) })],
    ['scalars', t.struct('scalars', { a: t.bool, b: t.int16, c: t.float32, d: t.float64, e: t.complex128 })],
    ['array2x3_ptr', t.array(t.array(t.ptr(t.int), 3), 2)],
    ['empty', empty],
    ['array40_ptr', t.array(t.ptr(t.int), 40)],
    ['ptrs33_int', t.struct('ptrs33_int', { a: t.array(t.ptr(t.int), 33), b: t.int })],
    ['byte_strings_empty', t.struct('byte_strings_empty', { b: t.byte, s: t.slice(t.string), e: empty })],
    ['int_any_int8', t.struct('int_any_int8', { a: t.int, b: t.any, c: t.int8 })],
  ]);
}

describe('type layout matches Go 1.19', () => {
  const rt = new Runtime({ gomaxprocs: 1, env: {}, gogc: 'off' });
  const types = goTypes(rt.types);

  test('every fixture type is declared', () => {
    assert.deepEqual(
      goLayouts.map((l) => l.name),
      [...types.keys()],
    );
  });

  for (const go of goLayouts) {
    test(`${go.name}: size ${go.size}, align ${go.align}, pointer words ${go.pointer_words.join(',') || 'none'}`, () => {
      const typ = types.get(go.name)!;
      const words = [];
      for (let w = 0; w * 8 < typ.size; w++) if (typ.isPointerWord(w)) words.push(w);
      assert.deepEqual(
        { size: typ.size, align: typ.align, ptrdata: typ.ptrdata, pointer_words: words },
        { size: go.size, align: go.align, ptrdata: go.ptrdata, pointer_words: go.pointer_words },
      );
      if (typ.size === 0) return;
      const p = rt.new(typ);
      const info = rt.objectInfo(p);
      assert.equal(info.noscan, go.ptrdata === 0);
      if (info.noscan) return;
      const bits = [];
      for (let w = 0; w < info.size / 8; w++) if (rt.heap.heapBits.isPointer(p + 8 * w)) bits.push(w);
      assert.deepEqual(bits, go.pointer_words);
    });
  }
});
