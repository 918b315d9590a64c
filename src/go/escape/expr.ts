// Expressions (cmd/compile/internal/escape/expr.go: exprSkipInit,
// unsafeValue, spill). Each expression flows its value into a hole; an
// allocating expression (&T{}, closures, slice and map literals, interface
// conversions, string conversions and concatenation) becomes a location of
// its own whose address flows into the hole.
import { conversionString, exprString } from '../exprfmt.js';
import { sizeof } from '../sizes.js';
import * as S from '../syntax.js';
import { type Func, hasPointers, isInterface, type Type, typeString, under, type Var } from '../types.js';
import { Batch } from './batch.js';
import type { Hole, Text, Where } from './graph.js';
import {
  closureSize,
  flattenConcat,
  isDirectIface,
  isReflectHeaderData,
  isStringType,
  isUnsafePointer,
  maxImplicitStackVarSize,
} from './utils.js';

declare module './batch.js' {
  interface Batch {
    discard(e: S.Expr): void;
    expr(k: Hole, e: S.Expr): void;
    convIface(k: Hole, e: S.Expr, text?: Text): void;
    exprNoConv(k: Hole, e: S.Expr): void;
    fieldPath(k: Hole, e: S.SelectorExpr): void;
    operation(k: Hole, e: S.Operation): void;
    compositeLit(k: Hole, e: S.CompositeLit): void;
    compositeLitOf(k: Hole, e: S.CompositeLit, u: Type): void;
    unsafeValue(k: Hole, e: S.Expr): void;
  }
}

Batch.prototype.discard = function discard(this: Batch, e: S.Expr): void {
  this.expr(this.discardHole(), e);
};

Batch.prototype.expr = function expr(this: Batch, k: Hole, e: S.Expr): void {
  const tmp = this.wrappedOperands.get(e);
  if (tmp !== undefined) {
    this.flow(k, tmp[0]!);
    return;
  }
  const tc = this.tempLocs.get(S.unparen(e));
  if (tc !== undefined) {
    this.flow(k, tc);
    return;
  }
  if (e.iface !== undefined) {
    this.convIface(k, e);
    return;
  }
  this.exprNoConv(k, e);
};

Batch.prototype.convIface = function convIface(this: Batch, k: Hole, e: S.Expr, text?: Text): void {
  const t = e.tv!.type;
  if (t.kind === 'basic' && t.name === 'untyped nil') return;
  if (!isInterface(t) && !isDirectIface(t)) k = this.spillAt(k, e, e.ifacePos ?? e.pos, text);
  this.exprNoConv(k.note(e.ifacePos ?? e.pos, e, 'interface-converted'), e);
};

Batch.prototype.exprNoConv = function exprNoConv(this: Batch, k: Hole, e: S.Expr): void {
  const tv = e.tv;
  if (tv === undefined) return;
  if (k.derefs >= 0 && tv.type.kind !== 'tuple' && !hasPointers(tv.type)) k = this.discardHole();
  if (tv.mode === 'constant' || tv.mode === 'typexpr') return;
  switch (e.kind) {
    case 'ParenExpr':
      this.expr(k, e.x);
      return;
    case 'Name': {
      const o = e.obj;
      if (o?.kind !== 'var' || o.global) return;
      this.flow(k, this.oldLoc(o));
      return;
    }
    case 'BasicLit':
      return;
    case 'Operation':
      this.operation(k, e);
      return;
    case 'SelectorExpr': {
      const sel = e.selection;
      if (sel === undefined || sel.kind === 'pkg') return;
      if (sel.kind === 'methodexpr') return;
      if (sel.kind === 'method') {
        // Method value x.M: the receiver flows both into the closure and to
        // the method's receiver parameter, whose results, called later who
        // knows where, are taken to reach the heap (expr.go: OMETHVALUE).
        const closureK = this.spill(k, e);
        const m = sel.obj as Func;
        const static_ = m.decl !== undefined && !isInterface(e.x.tv!.type) ? m.info : undefined;
        const paramK = this.tagHole(
          m.type.results.map(() => this.heapHole()),
          static_,
          0,
        );
        this.expr(
          this.receiverHole(this.teeHole([paramK, closureK]), e, undefined, static_ !== undefined),
          e.x,
        );
        return;
      }
      // Field selection, with implicit dereferences along embedded pointers.
      this.fieldPath(k, e);
      return;
    }
    case 'IndexExpr': {
      const xt = under(e.x.tv!.type);
      if (xt.kind === 'map') {
        this.discard(e.x);
        this.discard(e.index);
        return;
      }
      if (xt.kind === 'array') this.expr(k.note(e.pos, e, 'fixed-array-index-of'), e.x);
      else if (xt.kind === 'basic') this.discard(e.x);
      else this.expr(k.deref(e.pos, e, 'dot of pointer'), e.x);
      this.discard(e.index);
      return;
    }
    case 'SliceExpr': {
      const xt = under(e.x.tv!.type);
      // Slicing an array takes its address (the implicit &a of OSLICEARR).
      if (xt.kind === 'array') this.expr(k.note(e.pos, e, 'slice').addr(e.x.pos, e.x, 'address-of'), e.x);
      else this.expr(k.note(e.pos, e, 'slice'), e.x);
      for (const i of e.index) if (i) this.discard(i);
      return;
    }
    case 'AssertExpr':
      this.expr(this.dotType(k, tv.type).note(e.pos, e, 'dot'), e.x);
      return;
    case 'CallExpr':
      this.call([k], e);
      return;
    case 'CompositeLit':
      this.compositeLit(k, e);
      return;
    case 'FuncLit': {
      const fn = e.fn!;
      const ck = this.spill(
        k,
        e,
        () => 'func literal',
        closureSize(fn) > maxImplicitStackVarSize ? 'too large for stack' : undefined,
      );
      // A literal in a package-level initializer is a function of its own
      // (Go's glob..funcN), analysed in its own batch: here only its funcval.
      if (!this.inBatch.has(fn)) return;
      this.closures.push({ k: ck, captured: fn.captured, at: fn.capturedAt });
      for (const v of fn.captured) {
        const loc = this.oldLoc(v);
        if (!loc.captured) {
          loc.captured = true;
          if (loc.loopDepth === this.loopDepth) loc.reassigned = false;
        }
      }
      this.walkFunc(fn);
      return;
    }
    case 'KeyValueExpr':
      this.expr(k, e.value);
      return;
  }
};

Batch.prototype.fieldPath = function fieldPath(this: Batch, k: Hole, e: S.SelectorExpr): void {
  const sel = e.selection!;
  // Each step of the path, the embedded fields a promoted field is reached
  // through included (typecheck.AddImplicitDots), is a node of its own: a
  // dereference through a pointer, a plain dot otherwise.
  let t = e.x.tv!.type;
  const steps: { name: string; ptr: boolean }[] = [];
  for (const i of sel.index) {
    let u = under(t);
    const ptr = u.kind === 'pointer';
    if (u.kind === 'pointer') u = under(u.elem);
    const f = (u as { fields: Var[] }).fields[i]!;
    steps.push({ name: f.name, ptr });
    t = f.type;
  }
  // An inner step prints as the selector without the fields past it.
  let cut = 0;
  let kk = k;
  for (let j = steps.length - 1; j >= 0; j--) {
    const step = steps[j]!;
    const n = cut;
    const where: Where =
      j === steps.length - 1
        ? e
        : () => {
            const text = exprString(e, 'ir');
            return text.slice(0, text.length - n);
          };
    kk = step.ptr ? kk.deref(e.pos, where, 'dot of pointer') : kk.note(e.pos, where, 'dot');
    cut += step.name.length + 1;
  }
  this.expr(kk, e.x);
};

Batch.prototype.operation = function operation(this: Batch, k: Hole, e: S.Operation): void {
  if (e.y === undefined) {
    switch (e.op) {
      case '&': {
        const x = S.unparen(e.x);
        if (x.kind === 'CompositeLit') {
          // &T{...}: an implicit allocation (OPTRLIT).
          const elemSize = sizeof(x.tv!.type);
          const ck = this.spill(
            k,
            e,
            undefined,
            elemSize > maxImplicitStackVarSize ? 'too large for stack' : undefined,
          );
          this.compositeLit(ck, x);
          return;
        }
        this.expr(k.addr(e.pos, e, 'address-of'), e.x);
        return;
      }
      case '*':
        this.expr(k.deref(e.pos, e, 'indirection'), e.x);
        return;
      case '<-':
        this.discard(e.x);
        return;
      default:
        this.discard(e.x);
        return;
    }
  }
  if (e.op === '+' && isStringType(e.tv!.type)) {
    // String concatenation allocates (OADDSTR), but only when not constant.
    const parts = flattenConcat(e);
    this.spill(k, e, () => parts.map((p) => exprString(p, 'ir')).join(' + '));
    for (const p of parts) this.discard(p);
    return;
  }
  for (const o of [e.x, e.y]) {
    // A comparison's operand converted to an interface (only one of 64 KiB
    // or more is: the checker's comparison) is an OCONVIFACE irgen wrote out.
    if (o.iface !== undefined) this.convIface(this.discardHole(), o, () => conversionString(o.iface!, o));
    else this.discard(o);
  }
};

Batch.prototype.compositeLit = function compositeLit(this: Batch, k: Hole, e: S.CompositeLit): void {
  const t = e.tv!.type;
  const u = under(t);
  const elemOf = (el: S.Expr) => (el.kind === 'KeyValueExpr' ? el.value : el);
  switch (u.kind) {
    case 'pointer': {
      // An elided &T{...} inside an outer literal.
      const ck = this.spill(
        k,
        e,
        () => `&${typeString(u.elem, true, true)}{${e.elems.length > 0 ? '...' : ''}}`,
      );
      this.compositeLitOf(ck, e, under(u.elem));
      return;
    }
    case 'array':
      for (const el of e.elems) this.expr(k.note(e.pos, e, 'array literal element'), elemOf(el));
      return;
    case 'slice': {
      const sk = this.spill(k, e);
      for (const el of e.elems) this.expr(sk.note(e.pos, e, 'slice-literal-element'), elemOf(el));
      return;
    }
    case 'struct':
      for (const el of e.elems) this.expr(k.note(e.pos, e, 'struct literal element'), elemOf(el));
      return;
    case 'map': {
      this.spill(k, e);
      for (const el of e.elems) {
        if (el.kind !== 'KeyValueExpr') continue;
        this.assignHeap(el.key, 'map literal key', e);
        this.assignHeap(el.value, 'map literal value', e);
      }
      return;
    }
  }
};

Batch.prototype.compositeLitOf = function compositeLitOf(
  this: Batch,
  k: Hole,
  e: S.CompositeLit,
  u: Type,
): void {
  const elemOf = (el: S.Expr) => (el.kind === 'KeyValueExpr' ? el.value : el);
  if (u.kind === 'struct' || u.kind === 'array') {
    for (const el of e.elems) this.expr(k, elemOf(el));
  } else if (u.kind === 'slice') {
    const sk = this.spill(k, e);
    for (const el of e.elems) this.expr(sk, elemOf(el));
  } else if (u.kind === 'map') {
    for (const el of e.elems) {
      if (el.kind !== 'KeyValueExpr') continue;
      this.assignHeap(el.key, 'map literal key', e);
      this.assignHeap(el.value, 'map literal value', e);
    }
  }
};

// unsafeValue evaluates a uintptr-typed expression converted to
// unsafe.Pointer, following only the pointer-carrying parts (expr.go: unsafeValue).
Batch.prototype.unsafeValue = function unsafeValue(this: Batch, k: Hole, e: S.Expr): void {
  const n = S.unparen(e);
  if (n.kind === 'CallExpr' && n.fun.tv?.mode === 'typexpr') {
    const a = n.args[0]!;
    if (isUnsafePointer(a.tv!.type)) this.expr(k, a);
    else this.discard(a);
    return;
  }
  if (n.kind === 'SelectorExpr' && n.selection?.kind === 'field') {
    if (isReflectHeaderData(n)) this.expr(k.deref(n.pos, n, 'reflect.Header.Data'), n.x);
    else this.discard(n.x);
    return;
  }
  if (n.kind === 'Operation') {
    if (n.y === undefined && (n.op === '+' || n.op === '-' || n.op === '^')) {
      this.unsafeValue(k, n.x);
      return;
    }
    if (n.y !== undefined && ['+', '-', '|', '^', '*', '/', '%', '&', '&^'].includes(n.op)) {
      this.unsafeValue(k, n.x);
      this.unsafeValue(k, n.y);
      return;
    }
    if (n.y !== undefined && (n.op === '<<' || n.op === '>>')) {
      this.unsafeValue(k, n.x);
      this.discard(n.y);
      return;
    }
  }
  this.discard(e);
};
