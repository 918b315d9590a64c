// Sizes and alignment of Go types on amd64, as unsafe.Sizeof/Alignof/Offsetof
// report them. Mirrors cmd/compile/internal/noder/sizes.go (gcSizes): 8-byte
// words; strings, slices and interfaces align like pointers; complex types
// align like their halves; a struct's size includes trailing padding, and a
// zero-sized last field of a non-empty struct counts as one byte so a pointer
// to it cannot point past the object.
import { type Basic, isInteger, type Struct, type Type, under } from './types.js';

const ptrSize = 8;

const basicSizes: Record<string, number> = {
  bool: 1,
  int8: 1,
  uint8: 1,
  int16: 2,
  uint16: 2,
  int32: 4,
  uint32: 4,
  float32: 4,
  int64: 8,
  uint64: 8,
  float64: 8,
  complex64: 8,
  complex128: 16,
  int: ptrSize,
  uint: ptrSize,
  uintptr: ptrSize,
  'unsafe.Pointer': ptrSize,
  string: 2 * ptrSize,
  // Untyped constants take their default type's size where a value of them is stored (the runner).
  'untyped bool': 1,
  'untyped int': ptrSize,
  'untyped rune': 4,
  'untyped float': 8,
  'untyped string': 2 * ptrSize,
};

function rnd(o: number, a: number): number {
  return Math.ceil(o / a) * a;
}

export function alignof(t: Type): number {
  const u = under(t);
  switch (u.kind) {
    case 'array':
      return alignof(u.elem);
    case 'struct':
      return u.fields.reduce((m, f) => Math.max(m, alignof(f.type)), 1);
    case 'slice':
    case 'interface':
      return ptrSize;
    case 'basic':
      if (u.name === 'string' || u.name === 'untyped string') return ptrSize;
      if (u.name === 'complex64' || u.name === 'complex128') return sizeof(u) / 2;
  }
  return Math.max(1, Math.min(sizeof(t), ptrSize));
}

export function offsetsof(s: Struct): number[] {
  let o = 0;
  return s.fields.map((f) => {
    o = rnd(o, alignof(f.type));
    const at = o;
    o += sizeof(f.type);
    return at;
  });
}

/** The least and greatest values of a typed integer type; undefined for any other. */
export function intRange(u: Basic): [lo: bigint, hi: bigint] | undefined {
  if (!isInteger(u) || u.name.startsWith('untyped')) return undefined;
  const bits = BigInt(sizeof(u) * 8);
  return u.name.startsWith('u') ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
}

export function sizeof(t: Type): number {
  const u = under(t);
  switch (u.kind) {
    case 'basic':
      return basicSizes[u.name] ?? ptrSize;
    case 'array':
      return u.len <= 0 ? 0 : sizeof(u.elem) * u.len;
    case 'slice':
      return 3 * ptrSize;
    case 'struct': {
      const n = u.fields.length;
      if (n === 0) return 0;
      const offs = offsetsof(u);
      let last = sizeof(u.fields[n - 1]!.type);
      if (last === 0 && offs[n - 1]! > 0) last = 1;
      return rnd(offs[n - 1]! + last, alignof(u));
    }
    case 'interface':
      return 2 * ptrSize;
    default:
      return ptrSize;
  }
}
