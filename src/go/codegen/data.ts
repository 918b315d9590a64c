// Static data: what a Go binary keeps in its rodata and data/bss sections,
// laid out at compile time and placed in manual spans at load (run.ts).
//
//   rodata  [ staticuint64s 256×8 | zero value 4096 | string literals … ]
//           string literal: [ data ptr | len ][ bytes ]   header 8-aligned;
//           the data ptr is rodata-relative (a relocation: the base is added at load)
//   data    [ globals, static funcvals, constant boxes … ]   each 8-aligned,
//           in the order the compiler first asks for them
//
// Mirrors runtime.staticuint64s (iface.go: the boxes convT64 hands out for
// small values), the zero value map reads of large elements return (Go's
// zeroVal), string literal data (staticdata.StringSym), the ·f symbol that is
// a top-level function's static funcval (staticdata.FuncLinksym), and package
// variables in data/bss.
//
// Invariants:
// - rodata holds no heap pointers; the data segment's pointer words are listed
//   (dataPtrs) because it is a root of the collector.
// - Each string literal, global and function's funcval is laid out once; asking
//   again returns the same offset.

import { sizeof } from '../sizes.js';
import type { Type, Var } from '../types.js';
import { pointerOffsets } from './types.js';

/** The static data a module carries, laid out. */
export interface StaticImage {
  /** Bytes of static data (string literals, staticuint64s, the zero value). */
  rodata: Uint8Array;
  /** Offsets in rodata of words that hold rodata addresses (add the base at load). */
  rodataRelocs: number[];
  /** Size of the data segment (globals and static funcvals) and its pointer words. */
  dataSize: number;
  dataPtrs: number[];
  /** Static funcval words: data offset → function index. */
  funcvals: [number, number][];
  /** Standard-library globals: data offset of each, by package and name. */
  stdGlobals: { pkg: string; name: string; off: number }[];
}

const zeroSize = 4096;

export class StaticData {
  /** rodata offset of staticuint64s: 256 words holding 0…255. */
  readonly staticU64: number;
  /** rodata offset of the zero value. */
  readonly zero: number;
  private readonly rodata: number[] = [];
  private readonly relocs: number[] = [];
  private readonly strings = new Map<string, number>();
  private dataSize = 0;
  private readonly dataPtrs: number[] = [];
  private readonly globals = new Map<Var, number>();
  private readonly stdGlobals: { pkg: string; name: string; off: number }[] = [];
  private readonly funcvals: [number, number][] = [];
  private readonly staticFv = new Map<number, number>();

  constructor() {
    this.staticU64 = this.rodata.length;
    for (let i = 0; i < 256; i++) for (let b = 0; b < 8; b++) this.rodata.push(b === 0 ? i : 0);
    this.zero = this.rodata.length;
    for (let i = 0; i < zeroSize; i++) this.rodata.push(0);
  }

  /** A string literal: a static header in rodata pointing at static bytes. */
  stringLit(s: string): string {
    let off = this.strings.get(s);
    if (off === undefined) {
      // Constant strings are byte strings (constant.ts unquote).
      const bytes = Buffer.from(s, 'latin1');
      while (this.rodata.length % 8 !== 0) this.rodata.push(0);
      off = this.rodata.length;
      const dataOff = off + 16;
      this.pushWord(bytes.length === 0 ? 0 : dataOff, bytes.length > 0);
      this.pushWord(bytes.length, false);
      for (const b of bytes) this.rodata.push(b);
      this.strings.set(s, off);
    }
    return `(RO + ${off})`;
  }

  private pushWord(v: number, reloc: boolean): void {
    if (reloc) this.relocs.push(this.rodata.length);
    for (let i = 0; i < 8; i++) this.rodata.push(i < 4 ? (v >>> (i * 8)) & 255 : 0);
  }

  /** A package variable's data offset (a standard-library one is also listed for the library to find). */
  globalOff(v: Var): number {
    let off = this.globals.get(v);
    if (off === undefined) {
      off = this.alloc(Math.max(sizeof(v.type), 1), pointerOffsets(v.type));
      this.globals.set(v, off);
      if (v.pkg?.stub) this.stdGlobals.push({ pkg: v.pkg.path, name: v.name, off });
    }
    return off;
  }

  /** A data-segment box for a constant value of t (it holds no heap pointers). */
  staticBox(t: Type): number {
    return this.alloc(Math.max(sizeof(t), 1), []);
  }

  /** The address of the static funcval of function table entry idx. */
  funcval(idx: number): string {
    let off = this.staticFv.get(idx);
    if (off === undefined) {
      // Word 0 is the function index, not a heap pointer.
      off = this.alloc(8, []);
      this.staticFv.set(idx, off);
      this.funcvals.push([off, idx]);
    }
    return `(DATA + ${off})`;
  }

  private alloc(size: number, ptrs: number[]): number {
    const off = Math.ceil(this.dataSize / 8) * 8;
    this.dataSize = off + size;
    for (const p of ptrs) this.dataPtrs.push(off + p);
    return off;
  }

  image(): StaticImage {
    return {
      rodata: Uint8Array.from(this.rodata),
      rodataRelocs: this.relocs,
      dataSize: Math.max(this.dataSize, 8),
      dataPtrs: this.dataPtrs,
      funcvals: this.funcvals,
      stdGlobals: this.stdGlobals,
    };
  }
}
