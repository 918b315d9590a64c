// Go types as the compiled program sees them: which values are JavaScript
// words and which live in memory (README.md, "Values"), how each word type is
// loaded and stored, and the runtime type descriptor (src/runtime/type.ts) of
// every Go type — the one the allocator, the collector, interfaces and fmt use.
//
// Mirrors cmd/compile/internal/reflectdata (one descriptor per type, named by
// reflect's type string) with the layout rules of sizes.ts, which agree with
// the runtime's Types.struct/array.

import { Kind, type Type as RType, type Types } from '../../runtime/type.js';
import { alignof, offsetsof, sizeof } from '../sizes.js';
import { type Basic, methodSet, type Named, type Struct, type Type, tagString, under } from '../types.js';

/** A word value is a JavaScript number or boolean; everything else is an address. */
export function isWord(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'basic':
      return u.name !== 'string' && u.name !== 'untyped string' && !u.name.startsWith('complex');
    case 'pointer':
    case 'map':
    case 'chan':
    case 'signature':
      return true;
    default:
      return false;
  }
}

/** The basic kind name of a word type ('pointer' for every pointer-shaped word). */
export function wordKind(t: Type): string {
  const u = under(t);
  if (u.kind !== 'basic') return 'pointer';
  switch (u.name) {
    case 'unsafe.Pointer':
    case 'untyped nil':
      return 'pointer';
    case 'untyped int':
    case 'untyped rune':
      return 'int';
    case 'untyped float':
      return 'float64';
    case 'untyped bool':
      return 'bool';
    default:
      return u.name;
  }
}

/** Whether word kind k is one of the 64-bit integers (vlrt.ts's representation). */
export function is64(k: string): boolean {
  return k === 'int' || k === 'int64' || isUnsigned64(k);
}

export function isUnsigned64(k: string): boolean {
  return k === 'uint' || k === 'uint64' || k === 'uintptr';
}

/** JavaScript that loads a word of type t from address expression a. */
export function load(t: Type, a: string): string {
  switch (wordKind(t)) {
    case 'bool':
      return `(U8[${a}] !== 0)`;
    case 'int8':
      return `I8[${a}]`;
    case 'uint8':
      return `U8[${a}]`;
    case 'int16':
      return `I16[(${a}) >>> 1]`;
    case 'uint16':
      return `U16[(${a}) >>> 1]`;
    case 'int32':
      return `I32[(${a}) >>> 2]`;
    case 'uint32':
      return `U32[(${a}) >>> 2]`;
    case 'int':
    case 'int64':
      return `ldi(${a})`;
    case 'uint':
    case 'uint64':
    case 'uintptr':
      return `ldu(${a})`;
    case 'float32':
      return `F32[(${a}) >>> 2]`;
    case 'float64':
      return `F64[(${a}) >>> 3]`;
    default:
      return `U32[(${a}) >>> 2]`;
  }
}

/**
 * JavaScript that stores word v of type t at address a. Pointer stores into
 * memory that may be in the heap go through the write barrier (heap = true).
 */
export function store(t: Type, a: string, v: string, heap: boolean): string {
  switch (wordKind(t)) {
    case 'bool':
      return `U8[${a}] = ${v} ? 1 : 0`;
    case 'int8':
      return `I8[${a}] = ${v}`;
    case 'uint8':
      return `U8[${a}] = ${v}`;
    case 'int16':
      return `I16[(${a}) >>> 1] = ${v}`;
    case 'uint16':
      return `U16[(${a}) >>> 1] = ${v}`;
    case 'int32':
      return `I32[(${a}) >>> 2] = ${v}`;
    case 'uint32':
      return `U32[(${a}) >>> 2] = ${v}`;
    case 'int':
    case 'int64':
    case 'uint':
    case 'uint64':
    case 'uintptr':
      return `st64(${a}, ${v})`;
    case 'float32':
      return `F32[(${a}) >>> 2] = ${v}`;
    case 'float64':
      return `F64[(${a}) >>> 3] = ${v}`;
    default:
      return heap ? `WP(${a}, ${v})` : `U32[(${a}) >>> 2] = ${v}`;
  }
}

/** The zero value of a word type, as JavaScript. */
export function zeroWord(t: Type): string {
  return wordKind(t) === 'bool' ? 'false' : '0';
}

/** Whether a value of t holds a pointer the collector must see. */
export function holdsPointers(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'basic':
      return (
        u.name === 'string' ||
        u.name === 'untyped string' ||
        u.name === 'unsafe.Pointer' ||
        u.name === 'untyped nil'
      );
    case 'array':
      return u.len > 0 && holdsPointers(u.elem);
    case 'struct':
      return u.fields.some((f) => holdsPointers(f.type));
    case 'tuple':
      return u.vars.some((v) => holdsPointers(v.type));
    default:
      return true;
  }
}

/** Offsets of the pointer words in a value of t (for frame maps). */
export function pointerOffsets(t: Type, base = 0, out: number[] = []): number[] {
  const u = under(t);
  switch (u.kind) {
    case 'basic':
      if (u.name === 'string' || u.name === 'untyped string' || u.name === 'unsafe.Pointer') out.push(base);
      return out;
    case 'pointer':
    case 'map':
    case 'chan':
    case 'signature':
    case 'slice':
      out.push(base);
      return out;
    case 'interface':
      out.push(base + 8);
      return out;
    case 'array': {
      const es = sizeof(u.elem);
      if (holdsPointers(u.elem)) for (let i = 0; i < u.len; i++) pointerOffsets(u.elem, base + i * es, out);
      return out;
    }
    case 'struct': {
      const offs = offsetsof(u);
      u.fields.forEach((f, i) => {
        pointerOffsets(f.type, base + offs[i]!, out);
      });
      return out;
    }
    case 'tuple': {
      const { offs } = tupleLayout(u.vars.map((v) => v.type));
      u.vars.forEach((v, i) => {
        pointerOffsets(v.type, base + offs[i]!, out);
      });
      return out;
    }
    default:
      return out;
  }
}

/** Offsets of a tuple's fields (a result area, a go statement's operands), with its size. */
export function tupleLayout(types: Type[]): { offs: number[]; size: number } {
  let o = 0;
  let align = 1;
  const offs = types.map((t) => {
    const a = Math.max(1, alignof(t));
    align = Math.max(align, a);
    o = Math.ceil(o / a) * a;
    const at = o;
    o += sizeof(t);
    return at;
  });
  return { offs, size: Math.ceil(o / align) * align };
}

/** reflect's string for a type: main.T, *main.T, []int, map[string]int, func(int) string. */
export function typeStr(t: Type): string {
  switch (t.kind) {
    case 'basic':
      return basicName(t);
    case 'named': {
      const pkg = t.obj.pkg;
      return pkg === undefined ? t.obj.name : `${pkg.name}.${t.obj.name}`;
    }
    case 'pointer':
      return `*${typeStr(t.elem)}`;
    case 'slice':
      return `[]${typeStr(t.elem)}`;
    case 'array':
      return `[${t.len}]${typeStr(t.elem)}`;
    case 'map':
      return `map[${typeStr(t.key)}]${typeStr(t.elem)}`;
    case 'chan': {
      const e = typeStr(t.elem);
      if (t.dir === 0 && e.startsWith('<-')) return `chan (${e})`;
      return `${t.dir === 2 ? '<-' : ''}chan${t.dir === 1 ? '<-' : ''} ${e}`;
    }
    case 'struct':
      if (t.fields.length === 0) return 'struct {}';
      return `struct { ${t.fields
        .map(
          (f, i) => (f.embedded ? typeStr(f.type) : `${f.name} ${typeStr(f.type)}`) + tagString(t.tags[i]!),
        )
        .join('; ')} }`;
    case 'signature': {
      const ps = t.params.map((p, i) =>
        t.variadic && i === t.params.length - 1
          ? `...${typeStr((p.type as { elem: Type }).elem)}`
          : typeStr(p.type),
      );
      const rs = t.results.map((r) => typeStr(r.type));
      const res = rs.length === 0 ? '' : rs.length === 1 ? ` ${rs[0]}` : ` (${rs.join(', ')})`;
      return `func(${ps.join(', ')})${res}`;
    }
    case 'interface': {
      const u = t;
      const ms = u.methods.map((m) => `${m.name}${typeStr(m.type).slice(4)}`);
      const es = u.embeddeds.map(typeStr);
      const all = [...es, ...ms];
      return all.length === 0 ? 'interface {}' : `interface { ${all.join('; ')} }`;
    }
    case 'tuple':
      return `(${t.vars.map((v) => typeStr(v.type)).join(', ')})`;
  }
}

function basicName(t: Basic): string {
  switch (t.name) {
    case 'untyped int':
      return 'int';
    case 'untyped rune':
      return 'int32';
    case 'untyped float':
      return 'float64';
    case 'untyped bool':
      return 'bool';
    case 'untyped string':
      return 'string';
    case 'untyped nil':
      return 'nil';
    default:
      return t.name;
  }
}

/**
 * Runtime descriptors for the program's Go types, interned so that identical
 * types share one descriptor (and one type id, which interfaces store).
 */
export class RTypes {
  private readonly byKey = new Map<string, RType>();
  private readonly named = new Map<Named, RType>();
  private readonly localIds = new Map<Named, number>();

  constructor(readonly types: Types) {}

  get(t: Type): RType {
    switch (t.kind) {
      case 'basic':
        return this.basic(t);
      case 'named':
        return this.ofNamed(t);
      case 'pointer':
        return this.types.ptr(this.get(t.elem));
      case 'slice':
        return this.types.slice(this.get(t.elem));
      case 'array':
        return this.types.array(this.get(t.elem), t.len);
      case 'map':
        return this.types.map(this.get(t.key), this.get(t.elem));
      case 'chan':
        return this.types.chan(this.get(t.elem), t.dir === 0 ? 3 : t.dir === 1 ? 2 : 1);
      case 'signature':
        return this.types.func(typeStr(t));
      case 'interface':
        return t.methods.length === 0 && t.embeddeds.length === 0
          ? this.types.any
          : this.types.iface(
              typeStr(t),
              methodSet(t).map((m) => m.name),
            );
      case 'struct': {
        const key = this.structKey(t);
        const old = this.byKey.get(key);
        if (old !== undefined) return old;
        const rt = this.types.struct(key, this.fieldsOf(t));
        rt.str = typeStr(t);
        this.byKey.set(key, rt);
        return rt;
      }
      case 'tuple':
        throw new Error('gomem: a tuple has no runtime type');
    }
  }

  private structKey(t: Type): string {
    // Identical struct types have identical type strings once named types are
    // told apart by identity (local types of the same name get a suffix).
    const u = under(t) as Struct;
    return `struct{${u.fields.map((f, i) => `${f.embedded ? '~' : ''}${f.name} ${this.key(f.type)}${tagString(u.tags[i]!)}`).join(';')}}`;
  }

  private key(t: Type): string {
    if (t.kind === 'named') return this.ofNamed(t).name;
    return this.get(t).name;
  }

  private fieldsOf(t: Type): Record<string, RType> {
    const u = under(t) as { fields: { name: string; type: Type }[] };
    const out: Record<string, RType> = {};
    u.fields.forEach((f, i) => {
      // Blank fields need names of their own; · cannot be in a Go identifier (fmt prints them as _).
      out[f.name === '_' ? `_·${i}` : f.name] = this.get(f.type);
    });
    return out;
  }

  private basic(t: Basic): RType {
    const T = this.types;
    switch (basicName(t)) {
      case 'bool':
        return T.bool;
      case 'int':
        return T.int;
      case 'int8':
        return T.int8;
      case 'int16':
        return T.int16;
      case 'int32':
        return T.int32;
      case 'int64':
        return T.int64;
      case 'uint':
        return T.uint;
      case 'uint8':
        return T.uint8;
      case 'uint16':
        return T.uint16;
      case 'uint32':
        return T.uint32;
      case 'uint64':
        return T.uint64;
      case 'uintptr':
        return T.uintptr;
      case 'float32':
        return T.float32;
      case 'float64':
        return T.float64;
      case 'complex64':
        return T.complex64;
      case 'complex128':
        return T.complex128;
      case 'string':
        return T.string;
      case 'unsafe.Pointer':
        return T.unsafePointer;
      default:
        return T.unsafePointer;
    }
  }

  private ofNamed(t: Named): RType {
    const done = this.named.get(t);
    if (done !== undefined) return done;
    const str = typeStr(t);
    // Types declared inside functions may share a name: keep them apart.
    const local = t.obj.pkg !== undefined && t.obj.pkg.scope.elems.get(t.obj.name) !== t.obj;
    let key = str;
    if (local) {
      let id = this.localIds.get(t);
      if (id === undefined) {
        id = this.localIds.size + 1;
        this.localIds.set(t, id);
      }
      key = `${str}·${id}`;
    }
    const u = under(t);
    let rt: RType;
    if (u.kind === 'struct') {
      rt = this.types.struct(key, (self) => {
        this.named.set(t, self);
        // Before the fields: a field of type *T shows T's string.
        self.str = str;
        return this.fieldsOf(u);
      });
    } else {
      rt = this.types.named(key, this.get(u));
    }
    rt.str = str;
    rt.named = true;
    this.named.set(t, rt);
    return rt;
  }
}

/** The kinds the runtime's descriptors use, for code that switches on them. */
export { Kind };
