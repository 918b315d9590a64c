// The public Runtime: the engine plus typed accessors for TypeScript programs.
//
// The engine (src/runtime) knows addresses, sizes and pointer masks; this face adds
// what a TypeScript caller needs to read and write Go values by field name. Each
// factory checks the field's kind once, so a wrong accessor for a field (an int
// accessor on a pointer field) fails when it is made, not on every access.

import { Runtime as Engine } from '../runtime/runtime.js';
import { Kind, type Type } from '../runtime/type.js';
import {
  type Accessor,
  ArrayAccessor,
  BoolAccessor,
  FloatAccessor,
  IntAccessor,
  PtrAccessor,
  SliceAccessor,
  StringAccessor,
} from './accessors.js';

type Make<A extends Accessor> = new (
  rt: Engine,
  owner: Type | null,
  offset: number,
  type: Type,
  name: string,
) => A;

const intKinds = new Set([
  Kind.Int,
  Kind.Int8,
  Kind.Int16,
  Kind.Int32,
  Kind.Int64,
  Kind.Uint,
  Kind.Uint8,
  Kind.Uint16,
  Kind.Uint32,
  Kind.Uint64,
  Kind.Uintptr,
]);
const floatKinds = new Set([Kind.Float32, Kind.Float64]);
const ptrKinds = new Set([Kind.Pointer, Kind.Map, Kind.Chan, Kind.Func, Kind.UnsafePointer]);

export class Runtime extends Engine {
  intField(t: Type, name: string): IntAccessor {
    return this.field(IntAccessor, t, name, intKinds, 'an integer');
  }
  floatField(t: Type, name: string): FloatAccessor {
    return this.field(FloatAccessor, t, name, floatKinds, 'a float');
  }
  boolField(t: Type, name: string): BoolAccessor {
    return this.field(BoolAccessor, t, name, new Set([Kind.Bool]), 'a bool');
  }
  ptrField(t: Type, name: string): PtrAccessor {
    return this.field(PtrAccessor, t, name, ptrKinds, 'a pointer');
  }
  stringField(t: Type, name: string): StringAccessor {
    return this.field(StringAccessor, t, name, new Set([Kind.String]), 'a string');
  }
  sliceField(t: Type, name: string): SliceAccessor {
    return this.field(SliceAccessor, t, name, new Set([Kind.Slice]), 'a slice');
  }
  arrayField(t: Type, name: string): ArrayAccessor {
    return this.field(ArrayAccessor, t, name, new Set([Kind.Array]), 'an array');
  }

  /** Accessors for a value of type t at any address (an element from index()). */
  intAt(t: Type): IntAccessor {
    return this.at(IntAccessor, t, intKinds, 'an integer');
  }
  floatAt(t: Type): FloatAccessor {
    return this.at(FloatAccessor, t, floatKinds, 'a float');
  }
  boolAt(t: Type): BoolAccessor {
    return this.at(BoolAccessor, t, new Set([Kind.Bool]), 'a bool');
  }
  ptrAt(t: Type): PtrAccessor {
    return this.at(PtrAccessor, t, ptrKinds, 'a pointer');
  }
  stringAt(): StringAccessor {
    return this.at(StringAccessor, this.types.string, new Set([Kind.String]), 'a string');
  }
  sliceAt(t: Type): SliceAccessor {
    return this.at(SliceAccessor, t, new Set([Kind.Slice]), 'a slice');
  }

  private field<A extends Accessor>(make: Make<A>, t: Type, name: string, kinds: Set<Kind>, what: string): A {
    if (t.kind !== Kind.Struct) throw new TypeError(`gomem: ${t.name} is not a struct type`);
    const f = t.field(name);
    if (!kinds.has(f.type.kind)) {
      throw new TypeError(`gomem: field ${t.name}.${name} has type ${f.type.name}, not ${what}`);
    }
    return new make(this, t, f.offset, f.type, `${t.name}.${name}`);
  }

  private at<A extends Accessor>(make: Make<A>, t: Type, kinds: Set<Kind>, what: string): A {
    if (!kinds.has(t.kind)) throw new TypeError(`gomem: ${t.name} is not ${what} type`);
    return new make(this, null, 0, t, t.name);
  }
}
