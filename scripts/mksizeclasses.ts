// Generates src/runtime/sizeclasses.ts, the small-object size classes of Go 1.19.
//
// Mirrors Go 1.19's runtime/mksizeclasses.go (makeClasses, computeDivMagic,
// printClasses); the output mirrors runtime/sizeclasses.go. Invariants checked here,
// and the generator refuses to write if one fails:
//   - 68 classes, class 0 being the placeholder for large objects;
//   - every class wastes at most 1/8 of its span at the tail;
//   - for every byte offset n in a span, (n * divmagic) >> 32 == floor(n / size);
//   - size_to_class8 / size_to_class128 map each size to the smallest class that holds it.
//
// Run `npm run gen:sizeclasses` to rewrite the file; `--stdout` prints it instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const maxSmallSize = 32 << 10;
const smallSizeDiv = 8;
const smallSizeMax = 1024;
const largeSizeDiv = 128;
const pageShift = 13;
const pageSize = 1 << pageShift;
const numSizeClasses = 68;

export interface SizeClass {
  size: number;
  npages: number;
}

const isPowerOfTwo = (x: number): boolean => x !== 0 && (x & (x - 1)) === 0;

export function makeClasses(): SizeClass[] {
  const classes: SizeClass[] = [{ size: 0, npages: 0 }];
  let align = 8;
  for (let size = align; size <= maxSmallSize; size += align) {
    // Coarser alignment for bigger objects keeps the class count small; objects of
    // 32 bytes and up are 16-aligned because the heap bitmap assumes it.
    if (isPowerOfTwo(size)) {
      if (size >= 2048) align = 256;
      else if (size >= 128) align = size / 8;
      else if (size >= 32) align = 16;
    }
    // Grow the span a page at a time until the unusable tail is at most 1/8 of it.
    let spanBytes = pageSize;
    while (spanBytes % size > spanBytes / 8) spanBytes += pageSize;
    const npages = spanBytes / pageSize;
    // A class that uses the same span and fits as many objects as the one before
    // would only add fragmentation across classes: widen the previous one instead.
    const prev = classes[classes.length - 1]!;
    if (
      classes.length > 1 &&
      prev.npages === npages &&
      Math.floor(spanBytes / size) === Math.floor(spanBytes / prev.size)
    ) {
      prev.size = size;
      continue;
    }
    classes.push({ size, npages });
  }
  // Let each class use the whole span when the same object count still fits (e.g.
  // 8448 → 9472 with 6 objects in 7 pages), keeping largeSizeDiv alignment so that
  // size_to_class128 still resolves every size.
  for (const c of classes.slice(1)) {
    const spanBytes = c.npages * pageSize;
    const widened = Math.floor(spanBytes / Math.floor(spanBytes / c.size)) & ~(largeSizeDiv - 1);
    if (widened > c.size) c.size = widened;
  }
  if (classes.length !== numSizeClasses) {
    throw new Error(`expected ${numSizeClasses} size classes, made ${classes.length}`);
  }
  return classes;
}

// Go 1.19's class_to_divmagic entry: ^uint32(0)/size + 1. Class 0 has none.
function divMagic(size: number): number {
  return size === 0 ? 0 : (Math.floor(0xffffffff / size) + 1) >>> 0;
}

// The runtime turns a span offset into an object index with one 32-bit multiply.
// Spans are at most 10 pages (< 2^17 bytes) and magics < 2^32, so n * m < 2^49 is
// exact in a double and the check needs no BigInt.
function checkDivMagic(c: SizeClass): void {
  const m = divMagic(c.size);
  const max = c.npages * pageSize;
  for (let n = 0; n <= max; n++) {
    if (Math.floor((n * m) / 2 ** 32) !== Math.floor(n / c.size)) {
      throw new Error(`divmagic ${m} for size ${c.size} is wrong at offset ${n}`);
    }
  }
}

function smallestClassHolding(classes: SizeClass[], size: number): number {
  const i = classes.findIndex((c) => c.size >= size);
  if (i < 0) throw new Error(`no size class holds ${size} bytes`);
  return i;
}

// size_to_class8[i] serves sizes up to i*8; index 0 is size 0, which maps to class 0.
export function sizeToClass8(classes: SizeClass[]): number[] {
  return Array.from({ length: smallSizeMax / smallSizeDiv + 1 }, (_, i) =>
    smallestClassHolding(classes, i * smallSizeDiv),
  );
}

// size_to_class128[i] serves sizes up to 1024 + i*128.
export function sizeToClass128(classes: SizeClass[]): number[] {
  return Array.from({ length: (maxSmallSize - smallSizeMax) / largeSizeDiv + 1 }, (_, i) =>
    smallestClassHolding(classes, smallSizeMax + i * largeSizeDiv),
  );
}

function rows(values: number[], perRow: number): string {
  const out: string[] = [];
  for (let i = 0; i < values.length; i += perRow) {
    out.push(`  ${values.slice(i, i + perRow).join(', ')},`);
  }
  return out.join('\n');
}

function classRow(classes: SizeClass[], i: number): string {
  const c = classes[i]!;
  if (i === 0) return '  [0, 0, 0, 0], // class 0: large objects, one span each';
  const spanBytes = c.npages * pageSize;
  const objects = Math.floor(spanBytes / c.size);
  const tail = spanBytes - objects * c.size;
  // Worst case: every object holds one byte more than the previous class's size.
  const maxWaste = ((c.size - classes[i - 1]!.size - 1) * objects + tail) / spanBytes;
  const fields = [c.size, c.npages, objects, divMagic(c.size)].join(', ');
  return (
    `  [${fields}], // class ${i}: ${c.size} B/obj, ${spanBytes} B/span, ${objects} objects, ` +
    `tail waste ${tail}, max waste ${(100 * maxWaste).toFixed(2)}%`
  );
}

function render(classes: SizeClass[]): string {
  classes.slice(1).forEach(checkDivMagic);
  const table = classes.map((_, i) => classRow(classes, i)).join('\n');
  return `// Code generated by scripts/mksizeclasses.ts; DO NOT EDIT.
// Regenerate with \`npm run gen:sizeclasses\`.
//
// The small-object size classes of Go 1.19's allocator, mirroring
// runtime/sizeclasses.go (written by runtime/mksizeclasses.go) and the lookups in
// runtime/msize.go (roundupsize) and runtime/malloc.go (mallocgc's size → class).
// Objects up to _MaxSmallSize bytes are rounded up to one of 67 classes; each class
// carves spans of class_to_npages pages into class_to_nelems objects, wasting at most
// 1/8 of the span at the tail. Class 0 stands for large objects, which get a span of
// their own.

export const _MaxSmallSize = ${maxSmallSize};
export const smallSizeDiv = ${smallSizeDiv};
export const smallSizeMax = ${smallSizeMax};
export const largeSizeDiv = ${largeSizeDiv};
export const _NumSizeClasses = ${classes.length};
export const _PageShift = ${pageShift};
export const _PageSize = ${pageSize};

// Noscan objects smaller than tinySize share 16-byte blocks of class tinySizeClass.
export const tinySize = 16;
export const tinySizeClass = 2;

// biome-ignore format: one row per size class
const classTable: readonly (readonly [size: number, npages: number, nelems: number, divmagic: number])[] = [
${table}
];

export const class_to_size = Uint16Array.from(classTable, (r) => r[0]);
/** Pages per span (Go: class_to_allocnpages). */
export const class_to_npages = Uint8Array.from(classTable, (r) => r[1]);
/** Objects per span. */
export const class_to_nelems = Uint16Array.from(classTable, (r) => r[2]);
/** offset / size == (offset * divmagic) >> 32 for every offset within a span. */
export const class_to_divmagic = Uint32Array.from(classTable, (r) => r[3]);

/** Index ceil(size / smallSizeDiv), for sizes up to smallSizeMax - smallSizeDiv. */
// biome-ignore format: sixteen entries per row
export const size_to_class8 = Uint8Array.from([
${rows(sizeToClass8(classes), 16)}
]);

/** Index ceil((size - smallSizeMax) / largeSizeDiv), for larger small sizes. */
// biome-ignore format: sixteen entries per row
export const size_to_class128 = Uint8Array.from([
${rows(sizeToClass128(classes), 16)}
]);

/** The size class of a small object of \`size\` bytes, 1 <= size <= _MaxSmallSize. */
export function sizeToClass(size: number): number {
  if (!Number.isInteger(size) || size < 1 || size > _MaxSmallSize) {
    throw new RangeError(\`sizeToClass: \${size} is not a small object size\`);
  }
  if (size <= smallSizeMax - smallSizeDiv) {
    return size_to_class8[Math.floor((size + smallSizeDiv - 1) / smallSizeDiv)]!;
  }
  // Sizes 1017..1023 make size - smallSizeMax negative. Go computes it in uintptr,
  // where the wrap-around cancels when largeSizeDiv - 1 is added back, giving index 0
  // (class 32, 1024 bytes); plain signed arithmetic reaches the same index.
  return size_to_class128[Math.floor((size - smallSizeMax + largeSizeDiv - 1) / largeSizeDiv)]!;
}

/**
 * The bytes mallocgc really allocates for a request of \`size\` bytes (Go 1.19
 * runtime/msize.go roundupsize): the class size for small objects, whole pages for
 * large ones.
 */
export function roundupsize(size: number): number {
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new RangeError(\`roundupsize: \${size} is not a byte count\`);
  }
  if (size === 0) return 0;
  if (size < _MaxSmallSize) return class_to_size[sizeToClass(size)]!;
  return Math.ceil(size / _PageSize) * _PageSize;
}
`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const source = render(makeClasses());
  if (process.argv.includes('--stdout')) {
    process.stdout.write(source);
  } else {
    const out = new URL('../../src/runtime/sizeclasses.ts', import.meta.url);
    mkdirSync(new URL('.', out), { recursive: true });
    writeFileSync(fileURLToPath(out), source);
  }
}
