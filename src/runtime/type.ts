// Type descriptors: what the allocator and the collector know about a Go type.
//
// Mirrors Go's runtime/type.go (_type: size, ptrdata, align, kind, gcdata) with the
// layout rules of cmd/compile/internal/types/size.go for amd64: 8-byte words and
// pointers, fields aligned to their own alignment, a struct's size rounded up to its
// alignment, and one byte of padding after a trailing zero-size field so that a
// pointer to it cannot point past the object.
//
// gcdata is the pointer mask: bit i set means word i holds a pointer. ptrdata is
// the length of the prefix that can hold pointers (0 for noscan types), so the
// collector never looks past it. The heap bitmap (mbitmap.ts) is written from this
// mask at allocation, which is what lets objects be headerless.
//
//   struct Node { item int; left, right *Node }   size 24, ptrdata 24
//   word:    0      1      2
//   mask:    0      1      1        gcdata = 0b110

import { _MaxSmallSize, class_to_size, sizeToClass, tinySize } from './sizeclasses.js';

export enum Kind {
  Bool = 1,
  Int = 2,
  Int8 = 3,
  Int16 = 4,
  Int32 = 5,
  Int64 = 6,
  Uint = 7,
  Uint8 = 8,
  Uint16 = 9,
  Uint32 = 10,
  Uint64 = 11,
  Uintptr = 12,
  Float32 = 13,
  Float64 = 14,
  Complex64 = 15,
  Complex128 = 16,
  Array = 17,
  Chan = 18,
  Func = 19,
  Interface = 20,
  Map = 21,
  Pointer = 22,
  Slice = 23,
  String = 24,
  Struct = 25,
  UnsafePointer = 26,
}

export const ptrSize = 8;

/** Type ids are stored per object in 16 bits (mheap.ts typeIds), so ids stop at 65535. */
export const maxTypes = 1 << 16;

export interface Field {
  readonly name: string;
  readonly type: Type;
  readonly offset: number;
}

export class Type {
  /** Index in the registry: a small integer the heap can store per object. */
  id = 0;
  size = 0;
  align = 1;
  ptrdata = 0;
  /** One bit per word of the first ptrdata bytes: set = pointer. */
  gcdata: Uint8Array = new Uint8Array(0);
  /** gcdata as one 32-bit word (bit i = word i), valid when smallMask. */
  mask32 = 0;
  /** The type has at most 32 words, so mask32 holds its whole pointer mask. */
  smallMask = true;
  /**
   * The span class new(T) allocates from, or -1 when T is zero-size, tiny (noscan
   * and under 16 bytes) or large: those take mallocgc's general path.
   */
  spanclass = -1;
  /**
   * Words in new(T)'s slot (its size class's size / 8) when T has pointers and the
   * slot's heap bits are mask32 in one store; 0 otherwise (noscan, or the
   * general heapBitsSetType).
   */
  slotWords = 0;
  /** Struct fields (Struct), element (Array, Slice, Pointer, Chan, Map value). */
  fields: Field[] = [];
  elem: Type | null = null;
  /** Array length. */
  len = 0;
  /** False until a struct's fields are filled in (types may refer to themselves). */
  complete = true;
  /** Map key type (Map). */
  key: Type | null = null;
  /** Channel direction as reflect.ChanDir: 1 recv-only, 2 send-only, 3 both (Chan). */
  dir = 3;
  /** A defined (named) type: reflect's Name() is non-empty, %v uses its methods. */
  named = false;
  /**
   * Interface: the names of its method set, which a dynamic type must all
   * have to implement it (errors.As checks a target interface with them).
   */
  imethods: readonly string[] = [];
  /**
   * Methods of this type's method set, name → index in the running program's
   * function table (the Go runner fills it; interface calls and fmt's
   * Stringer/error checks look here).
   */
  readonly methods = new Map<string, number>();
  /** Go's reflect string (%T): main.T, *main.T, []int, map[string]int. */
  str: string;

  constructor(
    readonly kind: Kind,
    readonly name: string,
  ) {
    this.str = name;
  }

  /** noscan: the allocator puts objects without pointers in spans the GC never scans. */
  get noscan(): boolean {
    return this.ptrdata === 0;
  }

  isPointerWord(word: number): boolean {
    return word < this.gcdata.length * 8 && (this.gcdata[word >>> 3]! & (1 << (word & 7))) !== 0;
  }

  field(name: string): Field {
    const f = this.fields.find((x) => x.name === name);
    if (f === undefined) throw new TypeError(`gomem: type ${this.name} has no field ${name}`);
    return f;
  }

  toString(): string {
    return this.name;
  }
}

function scalar(kind: Kind, name: string, size: number): Type {
  const t = new Type(kind, name);
  t.size = size;
  t.align = Math.min(size, ptrSize) || 1;
  setAllocClass(t);
  return t;
}

/** spanclass and slotWords, from the type's size and pointer mask. */
function setAllocClass(t: Type): void {
  const noscan = t.ptrdata === 0;
  t.slotWords = 0;
  if (t.size === 0 || t.size > _MaxSmallSize || (noscan && t.size < tinySize)) {
    t.spanclass = -1;
    return;
  }
  const sizeclass = sizeToClass(t.size);
  t.spanclass = (sizeclass << 1) | (noscan ? 1 : 0);
  const words = class_to_size[sizeclass]! / ptrSize;
  if (!noscan && t.smallMask && words <= 32) t.slotWords = words;
}

function withStr(t: Type, str: string): Type {
  t.str = str;
  return t;
}

/** A type whose words are all pointers (pointer-shaped or header words). */
function pointerShaped(kind: Kind, name: string, words: number, ptrWords: number[], elem: Type | null): Type {
  const t = new Type(kind, name);
  t.size = words * ptrSize;
  t.align = ptrSize;
  t.elem = elem;
  setMask(t, ptrWords);
  return t;
}

function setMask(t: Type, ptrWords: number[]): void {
  t.smallMask = t.size <= 32 * ptrSize;
  t.mask32 = t.smallMask ? ptrWords.reduce((m, w) => m | (1 << w), 0) : 0;
  if (ptrWords.length === 0) {
    t.ptrdata = 0;
    t.gcdata = new Uint8Array(0);
    setAllocClass(t);
    return;
  }
  const last = ptrWords[ptrWords.length - 1]!;
  t.ptrdata = (last + 1) * ptrSize;
  t.gcdata = new Uint8Array((last >>> 3) + 1);
  for (const w of ptrWords) t.gcdata[w >>> 3]! |= 1 << (w & 7);
  setAllocClass(t);
}

/**
 * Whether an interface holding a value of type t keeps the value itself in its
 * data word instead of a pointer to a copy (Go's isdirectiface, the
 * kindDirectIface bit the compiler sets): pointer-shaped kinds, and a struct of
 * exactly one field or an array of exactly one element of such a type — whose
 * one word is that pointer. A zero-size field beside it makes a second field:
 * boxed. The compiler's side is isDirectIface in src/go/escape/utils.ts; the
 * two must agree, since compiled code writes the words this one reads.
 */
export function isDirectIface(t: Type): boolean {
  switch (t.kind) {
    case Kind.Pointer:
    case Kind.Map:
    case Kind.Chan:
    case Kind.Func:
    case Kind.UnsafePointer:
      return true;
    case Kind.Array:
      return t.len === 1 && isDirectIface(t.elem!);
    case Kind.Struct:
      return t.fields.length === 1 && isDirectIface(t.fields[0]!.type);
    default:
      return false;
  }
}

/** The indices of t's pointer words. */
export function pointerWords(t: Type): number[] {
  const words: number[] = [];
  for (let w = 0; w * ptrSize < t.ptrdata; w++) if (t.isPointerWord(w)) words.push(w);
  return words;
}

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/**
 * The type registry of one runtime: predeclared types plus constructors that
 * intern composite types, so the same Go type is one descriptor with one id.
 */
export class Types {
  private readonly all: Type[] = [];
  private readonly interned = new Map<string, Type>();

  readonly bool = this.add(scalar(Kind.Bool, 'bool', 1));
  readonly int = this.add(scalar(Kind.Int, 'int', 8));
  readonly int8 = this.add(scalar(Kind.Int8, 'int8', 1));
  readonly int16 = this.add(scalar(Kind.Int16, 'int16', 2));
  readonly int32 = this.add(scalar(Kind.Int32, 'int32', 4));
  readonly int64 = this.add(scalar(Kind.Int64, 'int64', 8));
  readonly uint = this.add(scalar(Kind.Uint, 'uint', 8));
  readonly uint8 = this.add(scalar(Kind.Uint8, 'uint8', 1));
  readonly uint16 = this.add(scalar(Kind.Uint16, 'uint16', 2));
  readonly uint32 = this.add(scalar(Kind.Uint32, 'uint32', 4));
  readonly uint64 = this.add(scalar(Kind.Uint64, 'uint64', 8));
  readonly uintptr = this.add(scalar(Kind.Uintptr, 'uintptr', 8));
  readonly float32 = this.add(scalar(Kind.Float32, 'float32', 4));
  readonly float64 = this.add(scalar(Kind.Float64, 'float64', 8));
  readonly complex64 = this.add(withAlign(scalar(Kind.Complex64, 'complex64', 8), 4));
  readonly complex128 = this.add(scalar(Kind.Complex128, 'complex128', 16));
  readonly string = this.add(pointerShaped(Kind.String, 'string', 2, [0], null));
  readonly unsafePointer = this.add(pointerShaped(Kind.UnsafePointer, 'unsafe.Pointer', 1, [0], null));
  /**
   * interface{}: (type, data). Only the data word is a heap pointer: the type word
   * points at a type descriptor, which is never in the heap, so Go's gcdata for an
   * interface marks word 1 alone (ptrdata 16, mask 0b10).
   */
  readonly any = this.add(pointerShaped(Kind.Interface, 'interface {}', 2, [1], null));
  readonly byte = this.uint8;
  readonly rune = this.int32;

  get(id: number): Type {
    const t = this.all[id];
    if (t === undefined) throw new RangeError(`gomem: no type with id ${id}`);
    return t;
  }

  get count(): number {
    return this.all.length;
  }

  // Composite types are interned by their elements' names (which tell apart
  // local types of one name) and show their elements' strings (%T: []main.N).

  ptr(elem: Type): Type {
    return this.intern(`*${elem.name}`, () =>
      withStr(pointerShaped(Kind.Pointer, `*${elem.name}`, 1, [0], elem), `*${elem.str}`),
    );
  }

  slice(elem: Type): Type {
    return this.intern(`[]${elem.name}`, () =>
      withStr(pointerShaped(Kind.Slice, `[]${elem.name}`, 3, [0], elem), `[]${elem.str}`),
    );
  }

  map(key: Type, value: Type): Type {
    const name = `map[${key.name}]${value.name}`;
    return this.intern(name, () => {
      const t = withStr(pointerShaped(Kind.Map, name, 1, [0], value), `map[${key.str}]${value.str}`);
      t.key = key;
      return t;
    });
  }

  /**
   * A channel type; dir as reflect.ChanDir: 3 both ways, 2 send-only (chan<- T),
   * 1 receive-only (<-chan T). Each direction is its own type, named as
   * reflect.ChanOf names it: chan (<-chan T) needs its parentheses.
   */
  chan(elem: Type, dir = 3): Type {
    const spell = (e: string) =>
      dir === 2
        ? `chan<- ${e}`
        : dir === 1
          ? `<-chan ${e}`
          : e.startsWith('<-')
            ? `chan (${e})`
            : `chan ${e}`;
    const name = spell(elem.name);
    return this.intern(name, () => {
      const t = withStr(pointerShaped(Kind.Chan, name, 1, [0], elem), spell(elem.str));
      t.dir = dir;
      return t;
    });
  }

  /** A func value: a pointer to a closure (funcval). */
  func(signature: string): Type {
    return this.intern(signature, () => pointerShaped(Kind.Func, signature, 1, [0], null));
  }

  array(elem: Type, len: number): Type {
    if (!Number.isSafeInteger(len) || len < 0) throw new RangeError(`gomem: invalid array length ${len}`);
    assertComplete(elem);
    const name = `[${len}]${elem.name}`;
    return this.intern(name, () => {
      const t = withStr(new Type(Kind.Array, name), `[${len}]${elem.str}`);
      t.elem = elem;
      t.len = len;
      t.size = elem.size * len;
      t.align = elem.align;
      if (elem.ptrdata > 0 && len > 0) {
        const ew = elem.size / ptrSize;
        const inner = pointerWords(elem);
        const words: number[] = [];
        for (let i = 0; i < len; i++) for (const w of inner) words.push(i * ew + w);
        setMask(t, words);
      } else {
        t.smallMask = t.size <= 32 * ptrSize;
        setAllocClass(t);
      }
      return t;
    });
  }

  /**
   * A defined type `type name U`: U's layout under a new identity, so that the
   * heap, %T and method sets tell the two apart. Call it again with the same name
   * to get the same descriptor. For a struct, declare it with struct() instead.
   */
  named(name: string, underlying: Type): Type {
    return this.intern(name, () => {
      const t = new Type(underlying.kind, name);
      t.size = underlying.size;
      t.align = underlying.align;
      t.elem = underlying.elem;
      t.key = underlying.key;
      t.len = underlying.len;
      t.dir = underlying.dir;
      t.fields = underlying.fields;
      t.imethods = underlying.imethods;
      setMask(t, pointerWords(underlying));
      t.named = true;
      return t;
    });
  }

  /** A non-empty interface type with the method set methods: the layout of interface{} (itab word, data word). */
  iface(name: string, methods: readonly string[]): Type {
    return this.intern(name, () => {
      const t = pointerShaped(Kind.Interface, name, 2, [1], null);
      t.imethods = methods;
      return t;
    });
  }

  /** The descriptor interned under name, if any. */
  lookup(name: string): Type | undefined {
    return this.interned.get(name);
  }

  /**
   * A named struct. fields may be a function of the type itself, for recursive
   * types: struct('Node', (Node) => ({ item: int, left: ptr(Node) })).
   */
  struct(name: string, fields: Record<string, Type> | ((self: Type) => Record<string, Type>)): Type {
    if (this.interned.has(name)) throw new TypeError(`gomem: type ${name} already declared`);
    const t = new Type(Kind.Struct, name);
    t.complete = false;
    this.add(t);
    this.interned.set(name, t);
    const decl = typeof fields === 'function' ? fields(t) : fields;
    let off = 0;
    let align = 1;
    const ptrWords: number[] = [];
    const list: Field[] = [];
    const entries = Object.entries(decl);
    for (const [fname, ftype] of entries) {
      assertComplete(ftype);
      off = alignUp(off, ftype.align);
      list.push({ name: fname, type: ftype, offset: off });
      for (const w of pointerWords(ftype)) ptrWords.push(off / ptrSize + w);
      off += ftype.size;
      align = Math.max(align, ftype.align);
    }
    const lastField = entries.length > 0 ? entries[entries.length - 1]![1] : null;
    if (lastField !== null && lastField.size === 0 && off > 0) off++;
    t.fields = list;
    t.size = alignUp(off, align);
    t.align = align;
    setMask(t, ptrWords);
    t.complete = true;
    return t;
  }

  private intern(name: string, make: () => Type): Type {
    const old = this.interned.get(name);
    if (old !== undefined) return old;
    const t = this.add(make());
    this.interned.set(name, t);
    return t;
  }

  private add(t: Type): Type {
    if (this.all.length >= maxTypes) {
      throw new RangeError(`gomem: too many types: a heap records at most ${maxTypes} type ids`);
    }
    t.id = this.all.length;
    this.all.push(t);
    return t;
  }
}

function withAlign(t: Type, align: number): Type {
  t.align = align;
  return t;
}

function assertComplete(t: Type): void {
  if (!t.complete) throw new TypeError(`gomem: invalid recursive type ${t.name}`);
}
