// The universe scope (go/types universe.go): predeclared types, constants,
// nil and the built-in functions, plus package unsafe.
import { makeInt } from './constant.js';
import { type Basic, type BasicKind, type Obj, type Package, Scope, type Type } from './types.js';

const noPos = { file: '<universe>', line: 0, col: 0 };

export const basic = (name: BasicKind, alias?: string): Basic =>
  alias ? { kind: 'basic', name, alias } : { kind: 'basic', name };

export const Typ = {
  bool: basic('bool'),
  int: basic('int'),
  int8: basic('int8'),
  int16: basic('int16'),
  int32: basic('int32'),
  int64: basic('int64'),
  uint: basic('uint'),
  uint8: basic('uint8'),
  uint16: basic('uint16'),
  uint32: basic('uint32'),
  uint64: basic('uint64'),
  uintptr: basic('uintptr'),
  float32: basic('float32'),
  float64: basic('float64'),
  complex64: basic('complex64'),
  complex128: basic('complex128'),
  string: basic('string'),
  byte: basic('uint8', 'byte'),
  rune: basic('int32', 'rune'),
  unsafePointer: basic('unsafe.Pointer'),
  untypedBool: basic('untyped bool'),
  untypedInt: basic('untyped int'),
  untypedRune: basic('untyped rune'),
  untypedFloat: basic('untyped float'),
  untypedComplex: basic('untyped complex'),
  untypedString: basic('untyped string'),
  untypedNil: basic('untyped nil'),
};

export const builtinNames = [
  'append',
  'cap',
  'close',
  'complex',
  'copy',
  'delete',
  'imag',
  'len',
  'make',
  'new',
  'panic',
  'print',
  'println',
  'real',
  'recover',
] as const;

export const universe = new Scope(undefined);

// errorType is the predeclared `error` interface, filled in below.
export const errorType: Type = (() => {
  const tn = {
    kind: 'typename' as const,
    name: 'error',
    pos: noPos,
    pkg: undefined,
    type: undefined as unknown as Type,
  };
  const named: Type = { kind: 'named', obj: tn, underlying: undefined, methods: [] };
  tn.type = named;
  return named;
})();

export const anyType: Type = { kind: 'interface', methods: [], embeddeds: [], isAny: true };

function def(o: Obj): void {
  universe.elems.set(o.name, o);
}

for (const [name, t] of Object.entries(Typ)) {
  if (!name.startsWith('untyped') && name !== 'unsafePointer') {
    def({ kind: 'typename', name, pos: noPos, pkg: undefined, type: t });
  }
}
def({ kind: 'typename', name: 'any', pos: noPos, pkg: undefined, type: anyType });
def((errorType as { obj: Obj }).obj);
{
  const sig: Type = {
    kind: 'signature',
    recv: undefined,
    params: [],
    results: [
      {
        kind: 'var',
        name: '',
        pos: noPos,
        pkg: undefined,
        type: Typ.string,
        embedded: false,
        isField: false,
        isParam: false,
        isResult: true,
        global: false,
        fn: undefined,
        addrTaken: false,
        reassigned: false,
        used: false,
      },
    ],
    variadic: false,
  };
  (errorType as { underlying: Type }).underlying = {
    kind: 'interface',
    methods: [
      {
        kind: 'func',
        name: 'Error',
        pos: noPos,
        pkg: undefined,
        type: sig,
        decl: undefined,
        info: undefined,
        ptrRecv: false,
      },
    ],
    embeddeds: [],
  };
}
def({
  kind: 'const',
  name: 'true',
  pos: noPos,
  pkg: undefined,
  type: Typ.untypedBool,
  val: { kind: 'bool', v: true },
});
def({
  kind: 'const',
  name: 'false',
  pos: noPos,
  pkg: undefined,
  type: Typ.untypedBool,
  val: { kind: 'bool', v: false },
});
def({ kind: 'const', name: 'iota', pos: noPos, pkg: undefined, type: Typ.untypedInt, val: makeInt(0) });
def({ kind: 'nil', name: 'nil', pos: noPos, pkg: undefined, type: Typ.untypedNil });
for (const b of builtinNames) def({ kind: 'builtin', name: b, pos: noPos, pkg: undefined });

export const unsafePkg: Package = {
  path: 'unsafe',
  name: 'unsafe',
  scope: new Scope(undefined),
  stub: true,
  funcs: [],
};
unsafePkg.scope.elems.set('Pointer', {
  kind: 'typename',
  name: 'Pointer',
  pos: noPos,
  pkg: unsafePkg,
  type: Typ.unsafePointer,
});
for (const b of ['Sizeof', 'Alignof', 'Offsetof', 'Add', 'Slice']) {
  unsafePkg.scope.elems.set(b, { kind: 'builtin', name: `unsafe.${b}`, pos: noPos, pkg: unsafePkg });
}

export function defaultType(t: Type): Type {
  if (t.kind !== 'basic') return t;
  switch (t.name) {
    case 'untyped bool':
      return Typ.bool;
    case 'untyped int':
      return Typ.int;
    case 'untyped rune':
      return Typ.rune;
    case 'untyped float':
      return Typ.float64;
    case 'untyped complex':
      return Typ.complex128;
    case 'untyped string':
      return Typ.string;
  }
  return t;
}
