// Expressions: each compiles to one JavaScript expression — the value of a
// word, or the address of a memory value (README.md, "Values"). Side effects
// keep Go's left-to-right order because they nest in JavaScript's own
// evaluation order; anything that needs a statement is written with the comma
// operator, so && and || stay short-circuiting.
//
// Mirrors cmd/compile/internal/walk (expr.go, compare.go, convert.go,
// builtin.go's len/cap) and ssagen's handling of bounds and nil checks.

import type { Constant } from '../constant.js';
import { isDirectIface } from '../escape/utils.js';
import { offsetsof } from '../sizes.js';
import * as S from '../syntax.js';
import { isInterface, isString, type Selection, type Type, under, type Var } from '../types.js';
import { isComplexType } from './complex.js';
import { FuncGen } from './func.js';
import { hoistedValue } from './order.js';
import {
  holdsPointers,
  is64,
  isUnsigned64,
  isWord,
  load,
  store as storeWord,
  typeStr,
  wordKind,
} from './types.js';

declare module './func.js' {
  interface FuncGen {
    expr(e: S.Expr): string;
    exprNoIface(e: S.Expr): string;
    addr(e: S.Expr): string;
    addrInHeap(e: S.Expr): boolean;
    constant(t: Type, c: Constant): string;
    convIface(e: S.Expr, target: Type, v: string): string;
    mayGCExpr(e: S.Expr): boolean;
    spill(t: Type, v: string): string;
    fieldAddr(x: S.Expr, sel: Selection): string;
    binary(e: S.Operation): string;
    operation(e: S.Operation): string;
    concat(e: S.Operation): string;
    compare(op: string, t: Type, a: string, b: string): string;
    compareOperands(op: string, xt: Type, a: string, yt: Type, b: string): string;
    arith(op: string, t: Type, a: string, b: string, countT?: Type): string;
    arith64(op: string, u: boolean, a: string, b: string): string;
    wrap(t: Type, v: string): string;
    compositeLit(e: S.CompositeLit, dst: string, heap: boolean): string;
    funcLit(e: S.FuncLit): string;
  }
}

FuncGen.prototype.expr = function (this: FuncGen, e: S.Expr): string {
  const o = this.overrides?.get(e);
  if (o !== undefined) return o;
  const h = hoistedValue(this, e);
  if (h !== undefined) return h;
  const v = this.exprNoIface(e);
  if (e.iface !== undefined && !isInterface(e.tv!.type)) return this.convIface(e, e.iface, v);
  return v;
};

FuncGen.prototype.exprNoIface = function (this: FuncGen, e: S.Expr): string {
  const tv = e.tv!;
  if (tv.mode === 'constant' && tv.val !== undefined) return this.constant(tv.type, tv.val);
  switch (e.kind) {
    case 'ParenExpr':
      return this.exprNoIface(e.x);
    case 'Name': {
      const o = e.obj;
      if (o === undefined) this.unsupported(e.pos, `name ${e.value}`);
      switch (o.kind) {
        case 'var':
          return this.readVar(o, e.pos);
        case 'nil':
          return isWord(tv.type) ? '0' : 'ZERO';
        case 'func':
          return this.p.staticFuncval(o);
        default:
          return this.unsupported(e.pos, `${o.kind} ${e.value} as a value`);
      }
    }
    case 'FuncLit':
      return this.funcLit(e);
    case 'CompositeLit': {
      const t = tv.type;
      if (under(t).kind === 'slice' || under(t).kind === 'map' || under(t).kind === 'pointer') {
        return this.compositeLit(e, '', false);
      }
      return this.compositeLit(e, this.temp(t), false);
    }
    case 'SelectorExpr': {
      const sel = e.selection;
      if (sel === undefined) return this.unsupported(e.pos, 'selector');
      if (sel.kind === 'pkg') return this.p.pkgMember(this, e, sel.obj);
      if (sel.kind === 'field') {
        const a = this.fieldAddr(e.x, sel);
        return isWord(tv.type) ? load(tv.type, a) : a;
      }
      if (sel.kind === 'method') return this.methodValue(e, sel);
      return this.methodExpr(e, sel);
    }
    case 'IndexExpr':
      return this.indexExpr(e);
    case 'SliceExpr':
      return this.sliceExpr(e);
    case 'AssertExpr':
      return this.assertExpr(e, undefined);
    case 'Operation':
      return this.operation(e);
    case 'CallExpr':
      return this.call(e);
    default:
      return this.unsupported(e.pos, `expression ${e.kind}`);
  }
};

FuncGen.prototype.constant = function (this: FuncGen, t: Type, c: Constant): string {
  if (isComplexType(t) || c.kind === 'complex') return this.complexConstant(t, c);
  const u = under(t);
  if (u.kind === 'basic' && (u.name === 'string' || u.name === 'untyped string')) {
    return this.p.stringLit(c.kind === 'string' ? c.v : '');
  }
  if (!isWord(t)) {
    if (u.kind === 'interface') return 'ZERO';
    return this.unsupported({ file: '', line: 0, col: 0 }, `constant of type ${typeStr(t)}`);
  }
  switch (c.kind) {
    case 'bool':
      return String(c.v);
    case 'int': {
      // A 64-bit integer past 2^53 is a bigint literal (vlrt.ts); a float's is its rounded value.
      const k = wordKind(t);
      const lit =
        k !== 'float64' && k !== 'float32' && !Number.isSafeInteger(Number(c.v))
          ? `${c.v}n`
          : String(Number(c.v));
      return c.v < 0n ? `(${lit})` : lit;
    }
    case 'float': {
      const k = wordKind(t);
      const n = k === 'float32' ? Math.fround(c.v) : c.v;
      if (Number.isNaN(n)) return 'NaN';
      if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '(-Infinity)';
      if (Object.is(n, -0)) return '(-0)';
      return n < 0 ? `(${n})` : String(n);
    }
    case 'string':
      return this.p.stringLit(c.v);
  }
};

/** The address of an addressable (or memory-kind) expression. */
FuncGen.prototype.addr = function (this: FuncGen, e: S.Expr): string {
  switch (e.kind) {
    case 'ParenExpr':
      return this.addr(e.x);
    case 'Name': {
      const o = e.obj;
      if (o?.kind === 'var') return this.varAddr(o, e.pos);
      break;
    }
    case 'SelectorExpr': {
      const sel = e.selection;
      if (sel?.kind === 'field') return this.fieldAddr(e.x, sel);
      if (sel?.kind === 'pkg' && sel.obj.kind === 'var') return this.p.pkgVarAddr(sel.obj, e.pos);
      break;
    }
    case 'IndexExpr':
      return this.indexAddr(e);
    case 'Operation':
      if (e.op === '*' && e.y === undefined) return `chk(${this.expr(e.x)})`;
      break;
    case 'CompositeLit':
      return this.exprNoIface(e);
  }
  if (!isWord(e.tv!.type)) return this.expr(e);
  return this.spill(e.tv!.type, this.expr(e));
};

/** Whether a store through addr(e) may land in the heap (write barrier needed). */
FuncGen.prototype.addrInHeap = function (this: FuncGen, e: S.Expr): boolean {
  const u = S.unparen(e);
  if (u.kind === 'Name' && u.obj?.kind === 'var') return this.varInHeap(u.obj, u.pos);
  if (u.kind === 'SelectorExpr' && u.selection?.kind === 'field') {
    if (u.selection.indirect || under(u.x.tv!.type).kind === 'pointer') return true;
    return this.addrInHeap(u.x);
  }
  if (u.kind === 'IndexExpr') {
    const xt = under(u.x.tv!.type);
    if (xt.kind === 'array') return this.addrInHeap(u.x);
    return true;
  }
  return true;
};

/** Stores a word into a fresh frame slot (no barrier: a stack) and returns the slot's address. */
FuncGen.prototype.spill = function (this: FuncGen, t: Type, v: string): string {
  const a = this.temp(t);
  return `(${storeWord(t, a, v, false)}, ${a})`;
};

/** The address of field sel of x, following embedded fields and pointers. */
FuncGen.prototype.fieldAddr = function (this: FuncGen, x: S.Expr, sel: Selection): string {
  let t = x.tv!.type;
  let a: string;
  if (under(t).kind === 'pointer') {
    a = `chk(${this.expr(x)})`;
    t = (under(t) as { elem: Type }).elem;
  } else {
    a = this.addr(x);
  }
  for (let i = 0; i < sel.index.length; i++) {
    const st = under(t);
    if (st.kind === 'pointer') {
      a = `chk(U32[${a} >>> 2])`;
      t = st.elem;
      i--;
      continue;
    }
    if (st.kind !== 'struct') break;
    const fi = sel.index[i]!;
    const off = offsetsof(st)[fi]!;
    a = off === 0 ? a : `(${a} + ${off})`;
    t = st.fields[fi]!.type;
    if (i < sel.index.length - 1 && under(t).kind === 'pointer') {
      a = `chk(U32[${a} >>> 2])`;
      t = (under(t) as { elem: Type }).elem;
    }
  }
  return a;
};

/** Whether evaluating e may run the collector (allocate, call, block). */
FuncGen.prototype.mayGCExpr = function (this: FuncGen, e: S.Expr): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const c of n) visit(c);
      return;
    }
    const node = n as S.Expr;
    if (node.tv?.mode === 'constant' || node.tv?.mode === 'typexpr') return;
    switch (node.kind) {
      case 'CallExpr':
      case 'CompositeLit':
      case 'FuncLit':
        found = true;
        return;
      case 'Operation':
        if (node.y === undefined && node.op === '<-') found = true;
        if (node.op === '+' && node.y !== undefined && node.tv !== undefined && !isWord(node.tv.type))
          found = true;
        break;
      case 'SelectorExpr':
        if (node.selection?.kind === 'method') found = true;
        break;
      case 'IndexExpr':
        if (node.x.tv !== undefined && under(node.x.tv.type).kind === 'map') found = true;
        break;
    }
    if (node.iface !== undefined && !isInterface(node.tv!.type)) found = true;
    S.forEachChild(node as unknown as Record<string, unknown>, visit);
  };
  visit(e);
  return found;
};

FuncGen.prototype.operation = function (this: FuncGen, e: S.Operation): string {
  if (e.y !== undefined) return this.binary(e);
  const t = e.tv!.type;
  switch (e.op) {
    case '&': {
      const x = S.unparen(e.x);
      if (x.kind === 'CompositeLit') {
        const et = x.tv!.type;
        if (this.p.siteHeap(e)) return this.compositeLit(x, `rt.new(${this.p.typeRef(et)})`, true);
        return this.compositeLit(x, this.stackObject(et), false);
      }
      return this.addr(e.x);
    }
    case '*': {
      const a = `chk(${this.expr(e.x)})`;
      return isWord(t) ? load(t, a) : a;
    }
    case '!':
      return `!${this.expr(e.x)}`;
    case '+':
      return this.expr(e.x);
    case '-': {
      if (isComplexType(t)) return this.complexNeg(t, this.expr(e.x));
      const k = wordKind(t);
      if (k === 'float64' || k === 'float32') return `(-${this.expr(e.x)})`;
      if (is64(k)) return `${isUnsigned64(k) ? 'negu64' : 'neg64'}(${this.expr(e.x)})`;
      return this.wrap(t, `(-${this.expr(e.x)})`);
    }
    case '^': {
      const k = wordKind(t);
      if (is64(k)) return `${isUnsigned64(k) ? 'comu64' : 'com64'}(${this.expr(e.x)})`;
      return this.wrap(t, `(~${this.expr(e.x)})`);
    }
    case '<-':
      return this.recv(e, undefined);
  }
  return this.unsupported(e.pos, `operator ${e.op}`);
};

FuncGen.prototype.binary = function (this: FuncGen, e: S.Operation): string {
  const op = e.op;
  const y = e.y!;
  if (op === '&&' || op === '||') return `(${this.expr(e.x)} ${op} ${this.expr(y)})`;
  const xt = e.x.tv!.type;
  const t = e.tv!.type;
  if (op === '+' && !isWord(t) && !isComplexType(t)) return this.concat(e);
  const cmp = ['==', '!=', '<', '<=', '>', '>='].includes(op);
  // string(b) is only read when the left operand is a string (order.go's
  // OBYTES2STRTMP looks at the left operand's type alone).
  const strCmp = cmp && isString(xt);
  // Operands: the left one is spilled when it holds a pointer that the right one's evaluation could free.
  let a = strCmp ? this.exprNoCopy(e.x, 'string') : this.expr(e.x);
  const b = strCmp ? this.exprNoCopy(y, 'string') : this.expr(y);
  const opT = e.x.iface ?? xt;
  if (holdsPointers(opT) && this.mayGCExpr(y)) {
    if (isWord(opT)) a = load(opT, this.spill(opT, a));
    else {
      const tmp = this.temp(opT);
      a = `(${this.copyStmt(opT, tmp, a, false)}, ${tmp})`;
    }
  }
  if (cmp) return this.compareOperands(op, opT, a, y.iface ?? y.tv!.type, b);
  return this.arith(op, t, a, b, y.tv!.type);
};

/**
 * a op b for operands of types xt and yt, which are identical or assignable
 * one to the other. An interface and a concrete value are compared as walk's
 * compare does, without converting the value: the interface's type word must
 * be the value's type, and its data equal the value. Both are evaluated
 * first (cheapExpr), since the data is only looked at when the types match.
 */
FuncGen.prototype.compareOperands = function (
  this: FuncGen,
  op: string,
  xt: Type,
  a: string,
  yt: Type,
  b: string,
): string {
  if (isInterface(xt) === isInterface(yt)) return this.compare(op, xt, a, b);
  const i = this.local('i');
  const c = this.local('c');
  const [iv, ct, cv] = isInterface(xt) ? [a, yt, b] : [b, xt, a];
  const data = `U32[(${i} + 8) >>> 2]`;
  const dataEq = isDirectIface(ct)
    ? `${data} === ${isWord(ct) ? c : `U32[${c} >>> 2]`}`
    : this.compare('==', ct, isWord(ct) ? load(ct, data) : data, c);
  const eq = `U32[${i} >>> 2] === ${this.typeWord(ct)} && ${dataEq}`;
  const [first, second] = isInterface(xt)
    ? [`${i} = ${iv}`, `${c} = ${cv}`]
    : [`${c} = ${cv}`, `${i} = ${iv}`];
  return `(${first}, ${second}, ${op === '==' ? eq : `!(${eq})`})`;
};

FuncGen.prototype.compare = function (this: FuncGen, op: string, t: Type, a: string, b: string): string {
  const u = under(t);
  if (isComplexType(t)) return this.complexCompare(op, t, a, b);
  if (isWord(t)) return `(${a} ${op === '==' ? '===' : op === '!=' ? '!==' : op} ${b})`;
  if (u.kind === 'basic') {
    if (op === '==') return `streq(${a}, ${b})`;
    if (op === '!=') return `!streq(${a}, ${b})`;
    return `(strcmp(${a}, ${b}) ${op} 0)`;
  }
  if (u.kind === 'interface') {
    const r = `ALG.ifaceEqual(rt, ${a}, ${b})`;
    return op === '==' ? r : `!${r}`;
  }
  if (u.kind === 'slice') {
    // Only comparison with nil is legal: the data pointer tells.
    return `(U32[${a} >>> 2] ${op === '==' ? '===' : '!=='} U32[${b} >>> 2])`;
  }
  const r = `ALG.typeequal(rt, ${this.p.typeRef(t)}, ${a}, ${b})`;
  return op === '==' ? r : `!${r}`;
};

FuncGen.prototype.arith = function (
  this: FuncGen,
  op: string,
  t: Type,
  a: string,
  b: string,
  countT?: Type,
): string {
  if (isComplexType(t)) return this.complexArith(op, t, a, b);
  const k = wordKind(t);
  const float = k === 'float64' || k === 'float32';
  if (float) {
    const r = op === '/' ? `(${a} / ${b})` : `(${a} ${op} ${b})`;
    return k === 'float32' ? `Math.fround${r}` : r;
  }
  if (is64(k)) {
    const u = isUnsigned64(k);
    switch (op) {
      case '+':
      case '-':
      case '*':
      case '/':
      case '%':
        return this.arith64(op, u, a, b);
      case '&':
        return `and64(${a}, ${b})`;
      case '|':
        return `or64(${a}, ${b})`;
      case '^':
        return `${u ? 'xoru64' : 'xor64'}(${a}, ${b})`;
      case '&^':
        return `andnot64(${a}, ${b})`;
      case '<<':
        return `${u ? 'shlu64' : 'shl64'}(${a}, ${shiftCount(countT, b)})`;
      case '>>':
        return `shr64(${a}, ${shiftCount(countT, b)})`;
    }
  }
  switch (op) {
    case '+':
    case '-':
      return this.wrap(t, `(${a} ${op} ${b})`);
    case '*':
      if (k === 'int32' || k === 'uint32') return this.wrap(t, `Math.imul(${a}, ${b})`);
      return this.wrap(t, `(${a} * ${b})`);
    case '/':
      return this.wrap(t, `quo(${a}, ${b})`);
    case '%':
      return `rem(${a}, ${b})`;
    case '&':
      return this.wrap(t, `(${a} & ${b})`);
    case '|':
      return this.wrap(t, `(${a} | ${b})`);
    case '^':
      return this.wrap(t, `(${a} ^ ${b})`);
    case '&^':
      return this.wrap(t, `(${a} & ~${b})`);
    case '<<':
      return this.wrap(t, `shl32(${a}, ${b})`);
    case '>>':
      if (k === 'uint32') return `shru32(${a}, ${b})`;
      return `shr32(${a}, ${b})`;
  }
  throw new Error(`gomem: operator ${op}`);
};

/**
 * A 64-bit shift's count: checked when a signed type could make it negative
 * (Go's panicshift), except a literal, which the checker saw non-negative.
 */
function shiftCount(countT: Type | undefined, n: string): string {
  if (/^\d+n?$/.test(n)) return n;
  if (countT !== undefined && wordKind(countT).startsWith('u')) return n;
  return `shiftCheck(${n})`;
}

const isLiteral = (v: string): boolean => /^\(?-?\d+\)?$/.test(v);
const isName = (v: string): boolean => /^[A-Za-z_$][\w$]*$/.test(v);
const maxSafe = '9007199254740991';

/**
 * a op b (+, −, ×, /, %) of a 64-bit integer type, with vlrt's number fast
 * path written out at the site and its helper called only past it. These are
 * the operations of loops and recursions: calling the helpers for them cost
 * Go's garbage/tree benchmark about 7% over plain JavaScript arithmetic, the
 * written-out test about 2%. A quotient or remainder of safe numbers is safe
 * and exact; a zero divisor goes to quo/rem, which panic. Operands other
 * than names and number literals go to temporaries — the left one always
 * unless the right one is a name or a literal too, so a is still read first.
 */
FuncGen.prototype.arith64 = function (this: FuncGen, op: string, u: boolean, a: string, b: string): string {
  const pre: string[] = [];
  const operand = (v: string, simple: boolean): string => {
    if (isLiteral(v) || (simple && isName(v))) return v;
    const x = this.local('x');
    pre.push(`${x} = ${v}`);
    return x;
  };
  const x = operand(a, isLiteral(b) || isName(b));
  const y = operand(b, true);
  const tests = [x, y].filter((v) => !isLiteral(v)).map((v) => `typeof ${v} === 'number'`);
  let value: string;
  let helper: string;
  if (op === '/' || op === '%') {
    if (!isLiteral(y)) tests.push(`${y} !== 0`);
    value = op === '/' ? `Math.trunc(${x} / ${y}) + 0` : `${x} % ${y} + 0`;
    helper = op === '%' ? 'rem' : u ? 'quou' : 'quo';
  } else {
    const r = this.local('r');
    const safe = !u
      ? `${r} <= ${maxSafe} && ${r} >= -${maxSafe}`
      : op === '-'
        ? `${r} >= 0`
        : `${r} <= ${maxSafe}`;
    tests.push(`(${r} = ${op === '*' && !u ? `${x} * ${y} + 0` : `${x} ${op} ${y}`}, ${safe})`);
    value = r;
    helper = `${{ '+': 'add', '-': 'sub', '*': 'mul' }[op]}${u ? 'u64' : '64'}`;
  }
  return `(${[...pre, `${tests.join(' && ')} ? ${value} : ${helper}(${x}, ${y})`].join(', ')})`;
};

/** Wraps a JavaScript number to the width of integer type t. */
FuncGen.prototype.wrap = function (this: FuncGen, t: Type, v: string): string {
  switch (wordKind(t)) {
    case 'int8':
      return `(${v} << 24 >> 24)`;
    case 'uint8':
      return `(${v} & 255)`;
    case 'int16':
      return `(${v} << 16 >> 16)`;
    case 'uint16':
      return `(${v} & 65535)`;
    case 'int32':
      return `(${v} | 0)`;
    case 'uint32':
      return `(${v} >>> 0)`;
    default:
      return v;
  }
};

/** String concatenation a + b + …: one allocation (concatstrings). */
FuncGen.prototype.concat = function (this: FuncGen, e: S.Operation): string {
  const parts: S.Expr[] = [];
  const flat = (x: S.Expr): void => {
    const u = S.unparen(x);
    if (u.kind === 'Operation' && u.op === '+' && u.y !== undefined && u.tv?.mode !== 'constant') {
      flat(u.x);
      flat(u.y);
    } else parts.push(x);
  };
  flat(e);
  const dst = this.temp(e.tv!.type);
  const buf = this.p.siteHeap(e) ? '0' : this.tempBytes(32);
  // With a non-empty literal among the parts the result is always a new
  // string, so a string(b) part need not be copied first (exprNoCopy); with
  // none, concatstrings could return that part itself.
  const lit = parts.some(
    (x) => x.tv?.mode === 'constant' && x.tv.val?.kind === 'string' && x.tv.val.v !== '',
  );
  const vals = parts.map((x, i) => {
    const v = lit ? this.exprNoCopy(x, 'string') : this.expr(x);
    if (parts.slice(i + 1).some((y) => this.mayGCExpr(y))) {
      const tmp = this.temp(x.tv!.type);
      return `(${this.copyStmt(x.tv!.type, tmp, v, false)}, ${tmp})`;
    }
    return v;
  });
  return `concat(${dst}, ${buf}, [${vals.join(', ')}])`;
};

/** A closure: funcval [fn index | captured…] on the heap or in the frame. */
/** Any pointer type: what a by-reference capture stores. */
const pointerT: Type = { kind: 'basic', name: 'unsafe.Pointer' };

FuncGen.prototype.funcLit = function (this: FuncGen, e: S.FuncLit): string {
  const fn = e.fn!;
  const layout = this.p.closureLayout(fn);
  const idx = this.p.funcIndex(fn);
  if (layout.captures.length === 0) return this.p.staticFuncvalOf(fn);
  const heap = this.p.siteHeap(e);
  const c = this.local('c');
  const parts: string[] = [];
  for (const cap of layout.captures) {
    const v: Var = cap.v;
    const at = `${c} + ${cap.off}`;
    // Stores into a heap closure go through the write barrier (reference counting counts them).
    if (cap.byRef) parts.push(storeWord(pointerT, at, this.varAddr(v, e.pos), heap));
    else if (isWord(v.type)) parts.push(storeWord(v.type, at, this.readVar(v, e.pos), heap));
    else parts.push(this.copyStmt(v.type, at, this.varAddr(v, e.pos), heap));
  }
  const obj = heap
    ? `rt.mallocgc(${layout.size}, ${layout.typeRef}, true)`
    : this.stackObjectBytes(layout.size, layout.ptrOffs);
  // The new closure is fully initialized before anything else can allocate.
  return `(${c} = ${obj}, U32[${c} >>> 2] = ${idx}, ${parts.join(', ')}, ${c})`;
};
