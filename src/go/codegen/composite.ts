// Composite literals, indexing and slicing: T{…} into a destination, slice
// literals with their backing array, map literals; a[i], s[i], str[i], m[k];
// s[lo:hi:max] on slices, arrays and strings with Go's bounds checks.
//
// Mirrors cmd/compile/internal/walk/complit.go (fixedlit, slicelit, maplit)
// and ssagen's OINDEX/OSLICE lowering (boundsCheck with Go's panic texts).

import { offsetsof, sizeof } from '../sizes.js';
import type * as S from '../syntax.js';
import { type Type, under } from '../types.js';
import { FuncGen } from './func.js';
import { holdsPointers, isWord, load, pointerOffsets as pointerOffsetsOf, store } from './types.js';

declare module './func.js' {
  interface FuncGen {
    indexExpr(e: S.IndexExpr): string;
    indexAddr(e: S.IndexExpr): string;
    sliceExpr(e: S.SliceExpr): string;
    storeInto(t: Type, dst: string, v: string, heap: boolean): string;
    evalSafe(xs: S.Expr[], types: Type[]): string[];
  }
}

/** A statement putting value v (word or address) of type t at dst. */
FuncGen.prototype.storeInto = function (
  this: FuncGen,
  t: Type,
  dst: string,
  v: string,
  heap: boolean,
): string {
  return isWord(t) ? store(t, dst, v, heap) : this.copyStmt(t, dst, v, heap);
};

/**
 * Evaluates xs left to right for use after all of them: a value that holds a
 * pointer is parked in a frame slot when a later one may run the collector.
 */
FuncGen.prototype.evalSafe = function (this: FuncGen, xs: S.Expr[], types: Type[]): string[] {
  return xs.map((x, i) => {
    const v = this.expr(x);
    const t = types[i]!;
    const later = xs.slice(i + 1).some((y) => this.mayGCExpr(y));
    if (!later) return v;
    if (isWord(t)) return holdsPointers(t) ? load(t, this.spill(t, v)) : this.spillJs(v);
    const tmp = this.temp(t);
    return `(${this.copyStmt(t, tmp, v, false)}, ${tmp})`;
  });
};

declare module './func.js' {
  interface FuncGen {
    spillJs(v: string): string;
  }
}

/** Keeps a scalar in a JavaScript temporary so later operands cannot change it. */
FuncGen.prototype.spillJs = function (this: FuncGen, v: string): string {
  if (/^[\w$.]+$/.test(v) && !v.includes('(')) return v;
  const t = this.local();
  return `(${t} = ${v}, ${t})`;
};

FuncGen.prototype.compositeLit = function (
  this: FuncGen,
  e: S.CompositeLit,
  dst: string,
  heap: boolean,
): string {
  const t = e.tv!.type;
  const u = under(t);
  const elemOf = (el: S.Expr) => (el.kind === 'KeyValueExpr' ? el.value : el);
  switch (u.kind) {
    case 'struct': {
      const offs = offsetsof(u);
      const fields: { off: number; t: Type; x: S.Expr; blank?: boolean }[] = [];
      e.elems.forEach((el, i) => {
        let fi = i;
        if (el.kind === 'KeyValueExpr') {
          const name = (el.key as S.Name).value;
          fi = u.fields.findIndex((f) => f.name === name);
        }
        // A value for a blank field is evaluated and dropped (fixedlit assigns it to _): the field stays zero.
        const blank = u.fields[fi]!.name === '_';
        fields.push({ off: offs[fi]!, t: u.fields[fi]!.type, x: elemOf(el), blank });
      });
      return this.fillAfter(t, dst, heap, fields);
    }
    case 'array': {
      const es = sizeof(u.elem);
      const { idxs, xs } = keyed(e);
      return this.fillAfter(
        t,
        dst,
        heap,
        xs.map((x, i) => ({ off: idxs[i]! * es, t: u.elem, x })),
      );
    }
    case 'slice': {
      // The backing array is an array literal: its values first, then the
      // array (on the heap or in the frame), then the stores.
      const { idxs, xs, len } = keyed(e);
      const es = sizeof(u.elem);
      const h = this.p.siteHeap(e);
      // &[]T{…} gives the header's own allocation as dst: made once, after the
      // array, which waits parked in the frame meanwhile.
      const spill = dst !== '' && !isPlainAddr(dst);
      const hdr = dst === '' ? this.temp(t) : spill ? this.local('h') : dst;
      let arr: string;
      if (len === 0) arr = 'ZEROBASE';
      else {
        const arrT: Type = { kind: 'array', elem: u.elem, len };
        const at = h
          ? `rt.newArray(${this.p.typeRef(u.elem)}, ${len})`
          : this.stackObjectBytes(es * len, arrayPtrOffs(u.elem, len));
        arr = this.fillAfter(
          arrT,
          at,
          h,
          xs.map((x, i) => ({ off: idxs[i]! * es, t: u.elem, x })),
        );
      }
      // A header on the heap takes its array pointer through the write barrier.
      const fill = (a: string) =>
        `${heap ? `WP(${hdr}, ${a})` : `U32[${hdr} >>> 2] = ${a}`}, U32[(${hdr} + 4) >>> 2] = 0, st64(${hdr} + 8, ${len}), st64(${hdr} + 16, ${len}), ${hdr}`;
      if (!spill) return `(${fill(arr)})`;
      const a = this.local('a');
      return `(${a} = ${arr}, U32[(fp + ${this.tempPtr()}) >>> 2] = ${a}, ${hdr} = ${dst}, ${fill(a)})`;
    }
    case 'map': {
      const m = this.local('m');
      const mt = this.p.typeRef(t);
      const stmts = [`${m} = ${this.makeMap(e, t, String(e.elems.length))}`];
      for (const el of e.elems) {
        if (el.kind !== 'KeyValueExpr') continue;
        const kt = u.key;
        // The key first, as Go's m[k] = v evaluates it; the slot is found only
        // after the value, which may allocate (the slot must not move under it).
        const key = this.local('k');
        stmts.push(`${key} = ${this.addrOfValue(el.key, el.key.iface ?? kt)}`);
        const vt = u.elem;
        const slot = `MAP.mapassign(rt, ${mt}, ${m}, ${key})`;
        const v = this.expr(el.value);
        const vv = this.mayGCExpr(el.value) ? this.parkValue(vt, v) : v;
        const s = this.local();
        stmts.push(`${s} = ${vv}`, this.storeInto(vt, slot, s, true));
      }
      // The map pointer itself is parked in the frame while its literal fills it
      // (and, for &map[K]V{…}, while the cell dst holding it is allocated).
      const slot = this.tempPtr();
      const made = `${stmts[0]}, U32[(fp + ${slot}) >>> 2] = ${m}, ${stmts.slice(1).join(', ') || '0'}`;
      if (dst === '') return `(${made}, ${m})`;
      const cell = this.local('c');
      const store = heap ? `WP(${cell}, ${m})` : `U32[${cell} >>> 2] = ${m}`;
      return `(${made}, ${cell} = ${dst}, ${store}, ${cell})`;
    }
    case 'pointer': {
      // An elided &T{…} inside an outer literal.
      const et = u.elem;
      const lit = { ...e, tv: { mode: 'value' as const, type: et } };
      return this.compositeLit(lit, `rt.new(${this.p.typeRef(et)})`, true);
    }
  }
  return this.unsupported(e.pos, `composite literal of ${u.kind}`);
};

declare module './func.js' {
  interface FuncGen {
    fillAfter(
      t: Type,
      dst: string,
      heap: boolean,
      parts: { off: number; t: Type; x: S.Expr; blank?: boolean }[],
    ): string;
  }
}

/**
 * A struct or array value built at dst (an address expression, evaluated
 * once): the element values first, held where the collector sees them, then
 * dst (which may allocate), then the stores — Go's order for T{…} and &T{…}.
 */
FuncGen.prototype.fillAfter = function (
  this: FuncGen,
  t: Type,
  dst: string,
  heap: boolean,
  parts: { off: number; t: Type; x: S.Expr; blank?: boolean }[],
): string {
  const pre: string[] = [];
  const reads = parts.map((p) => {
    const vt = p.x.iface ?? p.t;
    const v = this.expr(p.x);
    if (
      p.x.tv?.mode === 'constant' ||
      (isWord(vt) && !holdsPointers(vt) && /^[\w$.()+ ]*$/.test(v) && !v.includes('('))
    ) {
      return v;
    }
    if (isWord(vt) && !holdsPointers(vt)) {
      const l = this.local();
      pre.push(`${l} = ${v}`);
      return l;
    }
    const tmp = this.temp(vt);
    pre.push(this.storeInto(vt, tmp, v, false));
    return isWord(vt) ? load(vt, tmp) : tmp;
  });
  const o = this.local('o');
  const stmts = [...pre, `${o} = ${dst}`];
  if (!heap) stmts.push(this.zeroStmt(t, o, false));
  parts.forEach((p, i) => {
    if (p.blank !== true) stmts.push(this.storeInto(p.t, `${o} + ${p.off}`, reads[i]!, heap));
  });
  return `(${stmts.join(', ')}, ${o})`;
};

declare module './func.js' {
  interface FuncGen {
    addrOfValue(x: S.Expr, t: Type): string;
    parkValue(t: Type, v: string): string;
  }
}

/** The address of x's value: memory kinds are addresses already; words go to a frame slot. */
FuncGen.prototype.addrOfValue = function (this: FuncGen, x: S.Expr, t: Type): string {
  const v = this.expr(x);
  if (!isWord(t)) return v;
  return this.spill(t, v);
};

/** Keeps value v of t safe from the collector: a frame copy for memory values and pointers. */
FuncGen.prototype.parkValue = function (this: FuncGen, t: Type, v: string): string {
  if (isWord(t)) return holdsPointers(t) ? load(t, this.spill(t, v)) : v;
  const tmp = this.temp(t);
  return `(${this.copyStmt(t, tmp, v, false)}, ${tmp})`;
};

function keyed(e: S.CompositeLit): { idxs: number[]; xs: S.Expr[]; len: number } {
  const idxs: number[] = [];
  const xs: S.Expr[] = [];
  let i = 0;
  let len = 0;
  for (const el of e.elems) {
    if (el.kind === 'KeyValueExpr') {
      const c = el.key.tv?.val;
      i = c !== undefined && c.kind === 'int' ? Number(c.v) : i;
      xs.push(el.value);
    } else xs.push(el);
    idxs.push(i);
    i++;
    len = Math.max(len, i);
  }
  const u = under(e.tv!.type);
  if (u.kind === 'array') len = u.len;
  return { idxs, xs, len };
}

function arrayPtrOffs(elem: Type, n: number): number[] {
  const out: number[] = [];
  const es = sizeof(elem);
  const inner = pointerOffsetsOf(elem);
  for (let i = 0; i < n; i++) for (const o of inner) out.push(i * es + o);
  return out;
}

FuncGen.prototype.indexAddr = function (this: FuncGen, e: S.IndexExpr): string {
  const xt = under(e.x.tv!.type);
  // m[k] read in place (m[k].f): the element where the map keeps it, or a zero value.
  if (xt.kind === 'map') {
    const t = e.tv!.type;
    const v = this.mapIndex(e, false);
    return isWord(t) ? this.spill(t, v) : v;
  }
  if (xt.kind === 'array') {
    // The array where it lies (a[i] = v must write it, not a copy); its
    // address is parked as a pointer when the index may run the collector.
    const es = sizeof(xt.elem);
    let base = this.addr(e.x);
    if (this.mayGCExpr(e.index)) {
      const slot = this.tempPtr();
      base = `(U32[(fp + ${slot}) >>> 2] = ${base}, U32[(fp + ${slot}) >>> 2])`;
      const b = this.local('b');
      const iv = this.expr(e.index);
      return `(${b} = ${base}, ${b} + idx(${iv}, ${xt.len}) * ${es})`;
    }
    const iv = this.expr(e.index);
    const i = e.index.tv?.mode === 'constant' ? iv : `idx(${iv}, ${xt.len})`;
    return `(${base} + ${i} * ${es})`;
  }
  const [xv, iv] = this.evalSafe([e.x, e.index], [e.x.tv!.type, e.index.tv!.type]) as [string, string];
  switch (xt.kind) {
    case 'pointer': {
      const at = under(xt.elem) as { elem: Type; len: number };
      const es = sizeof(at.elem);
      return `(chk(${xv}) + idx(${iv}, ${at.len}) * ${es})`;
    }
    case 'slice': {
      const es = sizeof(xt.elem);
      const s = this.local('s');
      return `(${s} = ${xv}, U32[${s} >>> 2] + idx(${iv}, ldn(${s} + 8)) * ${es})`;
    }
  }
  return this.unsupported(e.pos, 'index expression');
};

FuncGen.prototype.indexExpr = function (this: FuncGen, e: S.IndexExpr): string {
  const xt = under(e.x.tv!.type);
  const t = e.tv!.type;
  if (xt.kind === 'map') return this.mapIndex(e, false);
  if (xt.kind === 'basic') {
    const [xv, iv] = this.evalSafe([e.x, e.index], [e.x.tv!.type, e.index.tv!.type]) as [string, string];
    const s = this.local('s');
    return `(${s} = ${xv}, U8[U32[${s} >>> 2] + idx(${iv}, ldn(${s} + 8))])`;
  }
  // Arrays that are not addressable (function results) are indexed in their temporary.
  const a = this.indexAddr(e);
  return isWord(t) ? load(t, a) : a;
};

FuncGen.prototype.sliceExpr = function (this: FuncGen, e: S.SliceExpr): string {
  const xt0 = e.x.tv!.type;
  const xt = under(xt0);
  const t = e.tv!.type;
  const [lo, hi, max] = e.index;
  const dst = this.temp(t);
  const b = this.local('b');
  const n = this.local('n');
  const c = this.local('c');
  const l = this.local('l');
  const h = this.local('h');
  const stmts: string[] = [];
  let es = 1;
  if (xt.kind === 'basic') {
    const x = this.expr(e.x);
    stmts.push(`${b} = ${x}`, `${n} = ldn(${b} + 8)`, `${c} = ${n}`, `${b} = U32[${b} >>> 2]`);
  } else if (xt.kind === 'slice') {
    es = sizeof(xt.elem);
    const x = this.expr(e.x);
    stmts.push(`${b} = ${x}`, `${n} = ldn(${b} + 8)`, `${c} = ldn(${b} + 16)`, `${b} = U32[${b} >>> 2]`);
  } else {
    const at = (xt.kind === 'pointer' ? under(xt.elem) : xt) as { elem: Type; len: number };
    es = sizeof(at.elem);
    const base = xt.kind === 'pointer' ? `chk(${this.expr(e.x)})` : this.addr(e.x);
    stmts.push(`${b} = ${base}`, `${n} = ${at.len}`, `${c} = ${at.len}`);
  }
  const cap = xt.kind === 'basic' ? n : c;
  stmts.push(`${l} = ${lo ? this.expr(lo) : '0'}`, `${h} = ${hi ? this.expr(hi) : n}`);
  if (max) {
    const m = this.local('m');
    stmts.push(
      `${m} = ${this.expr(max)}`,
      `(${m} < 0 || ${m} > ${cap}) && sliceHigh3(${m}, ${cap})`,
      `(${h} < 0 || ${h} > ${m}) && sliceB(${h}, ${m})`,
      `${c} = ${m}`,
    );
  } else {
    const what = xt.kind === 'basic' ? 'length' : 'capacity';
    stmts.push(`(${h} < 0 || ${h} > ${cap}) && sliceHigh(${h}, ${cap}, '${what}')`);
  }
  stmts.push(`(${l} < 0 || ${l} > ${h}) && sliceLow(${l}, ${h})`);
  if (xt.kind === 'basic') {
    stmts.push(`setstr(${dst}, ${h} - ${l} === 0 ? 0 : ${b} + ${l}, ${h} - ${l})`);
  } else {
    // Go keeps the base pointer when the new slice is empty at the end (cap 0): no pointer past the array.
    stmts.push(
      `U32[${dst} >>> 2] = ${c} - ${l} === 0 ? ${b} : ${b} + ${l} * ${es}`,
      `U32[(${dst} + 4) >>> 2] = 0`,
      `st64(${dst} + 8, ${h} - ${l})`,
      `st64(${dst} + 16, ${c} - ${l})`,
    );
  }
  return `(${stmts.join(', ')}, ${dst})`;
};

/** An address expression without side effects (a local or a frame slot), safe to repeat. */
function isPlainAddr(x: string): boolean {
  return /^(\(fp \+ \d+\)|[\w$]+)$/.test(x);
}
