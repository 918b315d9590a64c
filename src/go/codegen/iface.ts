// Interfaces: converting a value to an interface (the type word and the data
// word, boxing the value on the heap or in the frame as escape analysis
// decided), type assertions, and method values and expressions.
//
// Mirrors cmd/compile/internal/walk/convert.go (walkConvInterface, dataWord:
// pointer-shaped values, and structs of one field and arrays of one element
// of such a type (isDirectIface), are stored directly — the data word is
// their one word, which such a struct needs copied out to have an address;
// zero-size values point at zerobase; constants at read-only data;
// single-byte values and integers below 256, and structs and arrays with the
// shape and value of one, point into staticuint64s; "" and nil slices, alone
// or as the sole component of a struct or array, point at zeroVal — none of
// those allocate; a value over 1 KiB is boxed on the heap even where escape
// analysis left it on the stack)
// and runtime/iface.go (assertE2I, panicdottype's messages).

import { isDirectIface } from '../escape/utils.js';
import { alignof, sizeof } from '../sizes.js';
import type * as S from '../syntax.js';
import { type Func, hasPointers, isInterface, type Selection, type Type, under } from '../types.js';
import { isComplexType } from './complex.js';
import { FuncGen } from './func.js';
import { isWord, load, store, typeStr, wordKind } from './types.js';

declare module './func.js' {
  interface FuncGen {
    assertExpr(e: S.AssertExpr, ok: string | undefined): string;
    methodValue(e: S.SelectorExpr, sel: Selection): string;
    methodExpr(e: S.SelectorExpr, sel: Selection): string;
    dataWord(t: Type, v: string, heap: boolean): string;
    typeWord(t: Type): string;
  }
}

/** The interface type word for dynamic type t: its runtime type id + 1. */
FuncGen.prototype.typeWord = function (this: FuncGen, t: Type): string {
  return String(this.p.typeId(t) + 1);
};

/** The data word for value v of type t (convT*), boxing on the heap when heap is set. */
FuncGen.prototype.dataWord = function (this: FuncGen, t: Type, v: string, heap: boolean): string {
  // A struct or array that is one pointer-shaped word is held as that word.
  if (isDirectIface(t)) return isWord(t) ? v : `U32[${v} >>> 2]`;
  const size = sizeof(t);
  if (size === 0) return 'ZEROBASE';
  const u = under(t);
  const k = isWord(t) ? wordKind(t) : '';
  if (!heap) {
    const box = this.stackObject(t);
    return isWord(t)
      ? `(${store(t, box, v, false)}, ${box})`
      : `(${this.copyStmt(t, box, v, false)}, ${box})`;
  }
  if (k === 'bool') return `(${v} ? STATICU64 + 8 : STATICU64)`;
  if (k === 'int8' || k === 'uint8') return `(STATICU64 + (${v} & 255) * 8)`;
  if (k === 'float64' || k === 'float32') {
    // convT64/convT32 look at the bits: only +0 is below 256.
    const x = this.local('x');
    return `(${x} = ${v}, ${x} === 0 && !Object.is(${x}, -0) ? STATICU64 : convT(${this.p.typeRef(t)}, ${x}))`;
  }
  if (isWord(t) && k !== 'pointer') {
    // convT16/32/64: values below 256 point into staticuint64s.
    // Little-endian: a small value's bytes start at its uint64's address whatever the width.
    const x = this.local('x');
    return `(${x} = ${v}, ${x} >= 0 && ${x} < 256 ? STATICU64 + ${x} * 8 : convT(${this.p.typeRef(t)}, ${x}))`;
  }
  if (isWord(t)) return `convT(${this.p.typeRef(t)}, ${v})`;
  if (u.kind === 'basic' && !isComplexType(t)) return `convTstring(${v})`;
  if (u.kind === 'slice') return `convTslice(${v})`;
  if (u.kind === 'struct' || u.kind === 'array') {
    // dataWordFuncName: an aggregate shaped like a uint16/32/64 goes through
    // convT16/32/64, whose values below 256 point into staticuint64s; one whose
    // sole component is a string or a slice goes through convTstring/convTslice.
    const a = this.local('a');
    const mem = `convTmem(${this.p.typeRef(t)}, ${a})`;
    const small = (val: string): string => `(${a} = ${v}, ${val} < 256 ? STATICU64 + ${val} * 8 : ${mem})`;
    const align = alignof(t);
    if (size === 2 && align === 2) return small(`(U8[${a}] | (U8[${a} + 1] << 8))`);
    if (size === 4 && align === 4 && !hasPointers(t)) return small(`U32[${a} >>> 2]`);
    if (size === 8 && align === 8 && !hasPointers(t))
      return small(`(U32[(${a} + 4) >>> 2] === 0 ? U32[${a} >>> 2] : 256)`);
    const sole = soleComponent(t);
    if (sole.kind === 'basic' && (sole.name === 'string' || sole.name === 'untyped string'))
      return `convTstring(${v})`;
    if (sole.kind === 'slice') return `convTslice(${v})`;
  }
  return `convTmem(${this.p.typeRef(t)}, ${v})`;
};

/** The one non-aggregate inside t, through structs of one field and arrays of one element (SoleComponent). */
function soleComponent(t: Type): Type {
  const u = under(t);
  if (u.kind === 'struct' && u.fields.length === 1) return soleComponent(u.fields[0]!.type);
  if (u.kind === 'array' && u.len === 1) return soleComponent(u.elem);
  return u;
}

/** A value of type t converted to interface type target, at the conversion site e. */
FuncGen.prototype.convIface = function (this: FuncGen, e: S.Expr, target: Type, v: string): string {
  const t = e.tv!.type;
  if (isInterface(t)) return v;
  const u = under(t);
  if (u.kind === 'basic' && u.name === 'untyped nil') return 'ZERO';
  // A value over 1 KiB is boxed on the heap even where it does not escape (dataWord).
  const heap = this.p.ifaceHeap(e) || sizeof(t) > 1024;
  const dst = this.temp(target);
  const tw = this.typeWord(t);
  this.p.noteConverted(t);
  const d = isStatic(e) && !isDirectIface(t) ? this.staticData(t, v) : this.dataWord(t, v, heap);
  return `(U32[(${dst} + 8) >>> 2] = ${d}, U32[${dst} >>> 2] = ${tw}, ${dst})`;
};

declare module './func.js' {
  interface FuncGen {
    staticData(t: Type, v: string): string;
  }
}

/**
 * A constant converted to an interface points at read-only data, as Go's
 * walkConvInterface makes it do: no allocation.
 */
FuncGen.prototype.staticData = function (this: FuncGen, t: Type, v: string): string {
  const u = under(t);
  // A string constant's header already lies in static data.
  if (u.kind === 'basic' && (u.name === 'string' || u.name === 'untyped string')) return v;
  if (sizeof(t) === 0) return 'ZEROBASE';
  const at = `(DATA + ${this.p.staticBox(t)})`;
  const put = isWord(t) ? store(t, at, v, false) : this.copyStmt(t, at, v, false);
  return `(${put}, ${at})`;
};

/**
 * Whether e is a constant: Go 1.19's order.addrTemp gives only those a
 * read-only static (a composite literal of constants is converted as any
 * other value; its TODO to extend this came later).
 */
function isStatic(e: S.Expr): boolean {
  return e.tv?.mode === 'constant';
}

/**
 * x.(T): the value (or its address), panicking as Go's panicdottype does;
 * with ok, a JS variable name that receives the comma-ok result instead.
 */
FuncGen.prototype.assertExpr = function (this: FuncGen, e: S.AssertExpr, ok: string | undefined): string {
  const it = e.x.tv!.type;
  const t = e.tv!.type;
  const x = this.local('i');
  const src = `${x} = ${this.expr(e.x)}`;
  const itRef = this.p.typeRef(it);
  if (isInterface(t)) {
    const dst = this.temp(t);
    const check = `assertI(${this.p.ifaceRef(t)}, ${x}, ${ok === undefined ? 'true' : 'false'}, ${itRef})`;
    if (ok === undefined) return `(${src}, ${check}, mv4(${dst}, ${x}, 4), ${dst})`;
    return `(${src}, (${ok} = ${check}) ? mv4(${dst}, ${x}, 4) : U8.fill(0, ${dst}, ${dst} + 16), ${dst})`;
  }
  this.p.noteConverted(t);
  const tw = this.typeWord(t);
  const match = `U32[${x} >>> 2] === ${tw}`;
  const fail = `panicdottype(${itRef}, ${x}, ${this.p.typeRef(t)})`;
  const data = `U32[(${x} + 8) >>> 2]`;
  if (isDirectIface(t) && isWord(t)) {
    if (ok === undefined) return `(${src}, ${match} || ${fail}, ${data})`;
    return `(${src}, (${ok} = ${match}) ? ${data} : 0)`;
  }
  if (isDirectIface(t)) {
    const v = this.directValue(t, data);
    if (ok === undefined) return `(${src}, ${match} || ${fail}, ${v})`;
    return `(${src}, (${ok} = ${match}) ? ${v} : ZERO)`;
  }
  if (isWord(t)) {
    if (ok === undefined) return `(${src}, ${match} || ${fail}, ${load(t, data)})`;
    return `(${src}, (${ok} = ${match}) ? ${load(t, data)} : ${wordKind(t) === 'bool' ? 'false' : '0'})`;
  }
  if (ok === undefined) return `(${src}, ${match} || ${fail}, ${data})`;
  return `(${src}, (${ok} = ${match}) ? ${data} : ZERO)`;
};

declare module './func.js' {
  interface FuncGen {
    directValue(t: Type, word: string): string;
  }
}

/**
 * The struct or array of type t (direct, not a word) whose one pointer word
 * is the data word `word`, in a frame temporary: the interface holds no copy
 * to point at, and the value must not change with the interface it came from.
 * The high half is written too, since == and hashing compare all 8 bytes.
 */
FuncGen.prototype.directValue = function (this: FuncGen, t: Type, word: string): string {
  const dst = this.temp(t);
  return `(U32[${dst} >>> 2] = ${word}, U32[(${dst} + 4) >>> 2] = 0, ${dst})`;
};

/** x.M as a value: a closure binding the receiver (Go's method value wrapper, -fm). */
FuncGen.prototype.methodValue = function (this: FuncGen, e: S.SelectorExpr, sel: Selection): string {
  const m = sel.obj as Func;
  const recvT = this.p.recvType(e.x, sel);
  const heap = this.p.siteHeap(e);
  const wrapper = this.p.methodValueWrapper(m, recvT, isInterface(e.x.tv!.type));
  const recv = isInterface(e.x.tv!.type) ? this.expr(e.x) : this.receiver(e.x, sel, m);
  const size = 8 + sizeof(recvT);
  const c = this.local('c');
  const rv = this.local('r');
  // A nil interface has no method to bind: Go's method value panics here, not at the call.
  const nilCheck = isInterface(e.x.tv!.type) ? `, U32[${rv} >>> 2] === 0 && nilpanic()` : '';
  const pre = `${rv} = ${isWord(recvT) ? recv : this.parkValue(recvT, recv)}${nilCheck}`;
  const put = isWord(recvT) ? store(recvT, `${c} + 8`, rv, heap) : this.copyStmt(recvT, `${c} + 8`, rv, heap);
  const obj = heap
    ? `rt.mallocgc(${size}, ${wrapper.typeRef}, true)`
    : this.stackObjectBytes(size, wrapper.ptrOffs);
  return `(${pre}, ${c} = ${obj}, U32[${c} >>> 2] = ${wrapper.index}, ${put}, ${c})`;
};

/** T.M / (*T).M as a value: a static function taking the receiver first. */
FuncGen.prototype.methodExpr = function (this: FuncGen, e: S.SelectorExpr, sel: Selection): string {
  const m = sel.obj as Func;
  return this.p.methodExprFuncval(m, e.x.tv!.type, typeStr(e.x.tv!.type));
};
