// Which types an interface holds directly: the compiler's isDirectIface (over
// checked types: escape analysis and code generation) and the runtime's (over
// type descriptors: hashing, ==, fmt, errors) must give the same answer, since
// compiled code writes the data words the runtime reads. Each type declared
// below is named for what Go 1.19's types.IsDirectIface says about it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RTypes } from '../../src/go/codegen/types.js';
import { isDirectIface } from '../../src/go/escape/utils.js';
import { compile } from '../../src/go/index.js';
import { isDirectIface as runtimeIsDirectIface, Types } from '../../src/runtime/type.js';

const src = `package main

import "unsafe"

type T struct{ n int }

type directPtr *T
type directMap map[string]int
type directChan chan int
type directFunc func()
type directUnsafe unsafe.Pointer
type directStruct struct{ p *T }
type directBlank struct{ _ *T }
type directNested struct{ s directStruct }
type directArr [1]*T
type directArrArr [1][1]map[int]int
type directStructArr struct{ a [1]func() }
type directArrStruct [1]struct{ c chan int }
type directEmbedded struct{ *T }

type boxedInt int
type boxedString string
type boxedSlice []*T
type boxedIface interface{ M() }
type boxedEmpty struct{}
type boxedTwo struct{ a, b *T }
type boxedZeroFirst struct {
	_ [0]int
	p *T
}
type boxedZeroLast struct {
	p *T
	z struct{}
}
type boxedArr2 [2]*T
type boxedArr0 [0]*T
type boxedWrapsIface struct{ error }
type boxedStructInt struct{ n int }

func main() {}
`;

test('the compiler and the runtime agree on the types an interface holds directly, as Go 1.19 does', () => {
  const prog = compile([{ name: 'direct.go', src }]);
  const rtypes = new RTypes(new Types());
  let n = 0;
  for (const [name, obj] of prog.pkg.scope.elems) {
    const want = name.startsWith('direct') ? true : name.startsWith('boxed') ? false : undefined;
    if (want === undefined || obj.kind !== 'typename') continue;
    n++;
    assert.equal(isDirectIface(obj.type), want, `compiler: ${name}`);
    assert.equal(runtimeIsDirectIface(rtypes.get(obj.type)), want, `runtime: ${name}`);
  }
  assert.equal(n, 25);
});
