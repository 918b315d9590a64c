// Calls, conversions and built-in functions.
//
// A call evaluates its callee and arguments left to right (parking pointer
// values in the frame when a later argument may allocate), packs variadic
// arguments into a slice (on the heap or in the frame, as escape analysis
// decided for the implicit `... argument`), passes a result area when the
// callee has one, and calls through `yield*` when the callee may block
// (README.md, "Calling convention").
//
// Mirrors cmd/compile/internal/walk/call.go, convert.go (stringtoslicebyte,
// slicebytetostring, intstring with their 32-byte stack buffers; a constant's
// []byte as an array of its length) and
// builtin.go (append, copy, make, new, len, cap, delete, panic, recover).

import { bmapType } from '../../runtime/map.js';
import { decodeRune } from '../../runtime/string.js';
import { pointerWords } from '../../runtime/type.js';
import { toNumber } from '../constant.js';
import { offsetsof as offsetsOf, sizeof } from '../sizes.js';
import * as S from '../syntax.js';
import {
  type Func,
  isInterface,
  isString,
  type Selection,
  type Signature,
  type Type,
  under,
} from '../types.js';
import { isComplexType } from './complex.js';
import { FuncGen } from './func.js';
import {
  holdsPointers,
  is64,
  isUnsigned64,
  isWord,
  load,
  pointerOffsets,
  tupleLayout,
  wordKind,
} from './types.js';

declare module './func.js' {
  interface FuncGen {
    call(e: S.CallExpr): string;
    callArgs(e: S.CallExpr, sig: Signature, first: { v: string; t: Type }[]): string[];
    receiver(x: S.Expr, sel: Selection, m: Func): string;
    conversion(e: S.CallExpr): string;
    exprNoCopy(x: S.Expr, to: 'string' | 'bytes'): string;
    builtin(e: S.CallExpr, name: string): string;
    resArea(sig: Signature): string | undefined;
    invoke(target: string, blocking: boolean, fv: string, res: string | undefined, args: string[]): string;
  }
}

FuncGen.prototype.call = function (this: FuncGen, e: S.CallExpr): string {
  const fun = S.unparen(e.fun);
  this.p.usePos = e.pos;
  if (fun.tv?.mode === 'typexpr') return this.conversion(e);
  if (fun.kind === 'Name' && fun.obj?.kind === 'builtin') return this.builtin(e, fun.obj.name);
  if (fun.kind === 'SelectorExpr' && fun.selection?.kind === 'pkg' && fun.selection.obj.kind === 'builtin') {
    return this.builtin(e, fun.selection.obj.name);
  }
  const sig = under(fun.tv!.type) as Signature;
  // Static calls of package functions.
  if (fun.kind === 'Name' && fun.obj?.kind === 'func') {
    const f = fun.obj;
    const res = this.resArea(sig);
    const args = this.callArgs(e, sig, []);
    return this.invoke(this.p.funcTarget(f), this.p.funcBlocks(f), '0', res, args);
  }
  if (fun.kind === 'SelectorExpr' && fun.selection?.kind === 'pkg' && fun.selection.obj.kind === 'func') {
    const f = fun.selection.obj;
    const res = this.resArea(sig);
    const args = this.callArgs(e, sig, []);
    return this.invoke(this.p.funcTarget(f), this.p.funcBlocks(f), '0', res, args);
  }
  if (fun.kind === 'SelectorExpr' && fun.selection?.kind === 'method') {
    const sel = fun.selection;
    const m = sel.obj as Func;
    const xt = fun.x.tv!.type;
    // A method of an interface: x itself, or an interface embedded in x's struct.
    const viaEmbedded = sel.index.length > 0 && isInterface(pathType(xt, sel.index));
    if ((isInterface(xt) && sel.index.length === 0) || viaEmbedded) {
      // Dynamic dispatch through the method table of the dynamic type: the
      // interface value is evaluated (and checked for nil) before the arguments.
      const i = this.local('i');
      const tw = this.local('w');
      const mid = this.p.methodId(m.name);
      const blocks = this.p.ifaceMethodBlocks(m.name);
      const table = blocks ? 'FNG' : 'FN';
      const res = this.resArea(sig);
      const args = this.callArgs(e, sig, []);
      const iv = viaEmbedded ? this.fieldAddr(fun.x, sel) : this.expr(fun.x);
      const target = `(${i} = ${iv}, ${tw} = U32[${i} >>> 2], ${tw} === 0 && nilpanic(), ${table}[(MT[${tw}] ?? mtab(${tw}))[${mid}]])`;
      return this.invoke(target, blocks, '0', res, [`U32[(${i} + 8) >>> 2]`, ...args]);
    }
    const rt = this.p.recvType(fun.x, sel);
    const first = [{ v: this.receiver(fun.x, sel, m), t: rt }];
    const res = this.resArea(sig);
    const args = this.callArgs(e, sig, first);
    return this.invoke(this.p.funcTarget(m), this.p.funcBlocks(m), '0', res, args);
  }
  if (fun.kind === 'SelectorExpr' && fun.selection?.kind === 'methodexpr') {
    const m = fun.selection.obj as Func;
    const res = this.resArea(sig);
    const args = this.callArgs(e, sig, []);
    return this.invoke(this.p.methodExprTarget(m, fun.x.tv!.type), this.p.funcBlocks(m), '0', res, args);
  }
  // A closure called where it is written: a static call with its context.
  if (fun.kind === 'FuncLit') {
    const f = this.local('f');
    const res = this.resArea(sig);
    const info = fun.fn!;
    const ctx = `(${f} = ${this.expr(fun)})`;
    const args = this.callArgs(e, sig, []);
    return this.invoke(this.p.jsName(info), this.p.blocking.has(info), ctx, res, args);
  }
  // A func value: funcval [fn | captured…], evaluated before the arguments.
  const f = this.local('f');
  const res = this.resArea(sig);
  const blocks = this.p.dynamicBlocks(sig);
  const target = `(${f} = ${this.expr(fun)}, ${blocks ? 'FNG' : 'FN'}[U32[chk(${f}) >>> 2]])`;
  const args = this.callArgs(e, sig, []);
  return this.invoke(target, blocks, f, res, args);
};

/** The JavaScript call: value of the call expression (a word, or the result area). */
FuncGen.prototype.invoke = function (
  this: FuncGen,
  target: string,
  blocking: boolean,
  fv: string,
  res: string | undefined,
  args: string[],
): string {
  const all = [fv, ...(res !== undefined ? [res] : []), ...args].join(', ');
  if (blocking && !this.isGen) throw new Error(`gomem: internal error: blocking call in ${this.fn.name}`);
  const c = blocking ? `(${this.site()}yield* ${target}(${all}))` : `${target}(${all})`;
  return res !== undefined ? `(${c}, ${res})` : c;
};

/** A frame temporary for the callee's results when it takes a result area. */
FuncGen.prototype.resArea = function (this: FuncGen, sig: Signature): string | undefined {
  if (!this.p.needsRes(sig)) return undefined;
  const types = sig.results.map((r) => r.type);
  const { size } = tupleLayout(types);
  const ptrs: number[] = [];
  const { offs } = tupleLayout(types);
  types.forEach((t, i) => {
    for (const o of pointerOffsets(t)) ptrs.push(offs[i]! + o);
  });
  return this.tempBytes(Math.max(size, 8), ptrs);
};

/** Arguments after `first` (callee context or receiver), variadic ones packed into a slice. */
FuncGen.prototype.callArgs = function (
  this: FuncGen,
  e: S.CallExpr,
  sig: Signature,
  first: { v: string; t: Type }[],
): string[] {
  const params = sig.params;
  let xs: { v: () => string; t: Type; mayGC: boolean }[] = [];
  // f(g()) where g returns several values: spread g's result area.
  if (e.args.length === 1 && e.args[0]!.tv?.type.kind === 'tuple') {
    const g = e.args[0]!;
    const tt = g.tv!.type as { vars: { type: Type }[] };
    const types = tt.vars.map((v) => v.type);
    const { offs } = tupleLayout(types);
    const area = this.local('r');
    const areaV = this.expr(g);
    const nfixed0 = sig.variadic ? sig.params.length - 1 : sig.params.length;
    xs = types.map((t, i) => {
      const pt =
        i < nfixed0
          ? sig.params[i]!.type
          : (under(sig.params[sig.params.length - 1]!.type) as { elem: Type }).elem;
      const conv = isInterface(pt) && !isInterface(t);
      return {
        v: () => {
          const a = `(${area} + ${offs[i]})`;
          let loadV = isWord(t) ? load(t, a) : a;
          if (conv) loadV = this.convIfaceOf(t, pt, loadV, g);
          return i === 0 ? `(${area} = ${areaV}, ${loadV})` : loadV;
        },
        t: conv ? pt : t,
        mayGC: i === 0 || conv,
      };
    });
  } else {
    xs = e.args.map((a) => ({ v: () => this.expr(a), t: a.iface ?? a.tv!.type, mayGC: this.mayGCExpr(a) }));
  }
  const nfixed = sig.variadic && !e.hasDots ? params.length - 1 : params.length;
  const out: { v: string; t: Type }[] = [...first];
  const fixed = xs.slice(0, nfixed);
  const extra = xs.slice(nfixed);
  const laterGC = (k: number): boolean => {
    const rest = [...fixed, ...extra].slice(k);
    return rest.some((x) => x.mayGC) || (extra.length > 0 && sig.variadic && !e.hasDots);
  };
  // The receiver or callee: parked when an argument may allocate.
  const firstOut = out.map((f) => {
    if (!laterGC(0)) return f;
    return { v: this.parkValue(f.t, f.v), t: f.t };
  });
  const vals: string[] = firstOut.map((f) => f.v);
  fixed.forEach((x, i) => {
    const pt = params[i]!.type;
    const v = x.v();
    vals.push(laterGC(i + 1) ? this.parkValue(isWord(pt) ? pt : x.t, v) : v);
  });
  if (sig.variadic && !e.hasDots) {
    const st = params[params.length - 1]!.type;
    const et = (under(st) as { elem: Type }).elem;
    const es = sizeof(et);
    const n = extra.length;
    const hdr = this.temp(st);
    if (n === 0) {
      vals.push(`(U8.fill(0, ${hdr}, ${hdr} + 24), ${hdr})`);
    } else {
      const evs = extra.map((x, i) => {
        const v = x.v();
        const later = extra.slice(i + 1).some((y) => y.mayGC) || this.p.variadicHeap(e);
        return later ? this.parkValue(et, v) : v;
      });
      const heap = this.p.variadicHeap(e);
      const arr = this.local('a');
      const alloc = heap
        ? `rt.newArray(${this.p.typeRef(et)}, ${n})`
        : this.tempBytes(es * n, arrOffs(et, n));
      const stmts = [`${arr} = ${alloc}`];
      evs.forEach((v, i) => {
        stmts.push(this.storeInto(et, `${arr} + ${i * es}`, v, heap));
      });
      stmts.push(`U32[${hdr} >>> 2] = ${arr}`, `st64(${hdr} + 8, ${n})`, `st64(${hdr} + 16, ${n})`);
      vals.push(`(${stmts.join(', ')}, ${hdr})`);
    }
  }
  return vals;
};

function arrOffs(et: Type, n: number): number[] {
  const inner = pointerOffsets(et);
  const es = sizeof(et);
  const out: number[] = [];
  for (let i = 0; i < n; i++) for (const o of inner) out.push(i * es + o);
  return out;
}

/** The receiver argument of a static method call (address, pointer or word). */
FuncGen.prototype.receiver = function (this: FuncGen, x: S.Expr, sel: Selection, m: Func): string {
  const o = this.overrideRecv.get(x);
  if (o !== undefined) return o;
  if (sel.index.length === 0) {
    // The method is the receiver type's own: a value, a pointer, or a value through a pointer.
    const xt = x.tv!.type;
    const viaPtr = under(xt).kind === 'pointer' && (m.type.recv?.type.kind !== 'named' || !m.ptrRecv);
    if (m.ptrRecv) return viaPtr || under(xt).kind === 'pointer' ? this.expr(x) : this.addr(x);
    if (
      under(xt).kind === 'pointer' &&
      !(xt.kind === 'named' && under(m.type.recv!.type).kind === 'pointer')
    ) {
      const et = (under(xt) as { elem: Type }).elem;
      const p = `chk(${this.expr(x)})`;
      return isWord(et) ? load(et, p) : p;
    }
    return this.expr(x);
  }
  let t = x.tv!.type;
  // cur: the address of a value of type t.
  let cur: string;
  let viaPtr = false;
  if (under(t).kind === 'pointer' && (t.kind !== 'named' || sel.index.length > 0 || !m.ptrRecv)) {
    cur = this.expr(x);
    t = (under(t) as { elem: Type }).elem;
    viaPtr = true;
  } else if (under(t).kind === 'pointer') {
    return this.expr(x);
  } else {
    cur = this.addr(x);
  }
  if (viaPtr && sel.index.length === 0 && m.ptrRecv) return cur;
  for (const fi of sel.index) {
    const st = under(t);
    if (st.kind !== 'struct') break;
    if (viaPtr) cur = `chk(${cur})`;
    const off = offsetsOf(st)[fi]!;
    cur = off === 0 ? cur : `(${cur} + ${off})`;
    t = st.fields[fi]!.type;
    viaPtr = false;
    if (under(t).kind === 'pointer') {
      cur = `U32[${cur} >>> 2]`;
      t = (under(t) as { elem: Type }).elem;
      viaPtr = true;
    }
  }
  if (m.ptrRecv) return cur;
  const base = viaPtr ? `chk(${cur})` : cur;
  return isWord(t) ? load(t, base) : base;
};

FuncGen.prototype.conversion = function (this: FuncGen, e: S.CallExpr): string {
  const t = e.tv!.type;
  const a = e.args[0]!;
  const at = a.tv!.type;
  if (isInterface(t)) return this.expr(a);
  const tu = under(t);
  const au = under(at);
  const v = this.expr(a);
  const isStr = (x: Type) => x.kind === 'basic' && (x.name === 'string' || x.name === 'untyped string');
  if (isStr(tu)) {
    if (isStr(au)) return v;
    const heap = this.p.siteHeap(e);
    const buf = heap ? '0' : this.tempBytes(32);
    const dst = this.temp(t);
    if (au.kind === 'slice') {
      const ek = wordKind(au.elem);
      if (ek === 'int32') return `runesToString(${dst}, ${v}, ${buf})`;
      return `bytesToString(${dst}, ${v}, ${buf})`;
    }
    return `runestr(${dst}, ${v}, ${buf})`;
  }
  if (tu.kind === 'slice' && isStr(au)) {
    const heap = this.p.siteHeap(e);
    const dst = this.temp(t);
    const runes = wordKind(tu.elem) === 'int32';
    const c = a.tv?.val;
    if (c?.kind === 'string') {
      // A constant: an array of exactly its bytes or runes (no 32-element
      // buffer, no size-class capacity); []byte of one past 64 KiB is new'd
      // even when it does not escape (MaxImplicitStackVarSize).
      const b = Buffer.from(c.v, 'latin1');
      let n = b.length;
      if (runes) {
        n = 0;
        for (let i = 0; i < b.length; n++) i += decodeRune(b, i)[1];
      }
      if (n === 0)
        return `(U32[${dst} >>> 2] = ZEROBASE, U32[(${dst} + 4) >>> 2] = 0, st64(${dst} + 8, 0), st64(${dst} + 16, 0), ${dst})`;
      const arr =
        heap || (!runes && n > 64 * 1024)
          ? `rt.newArray(${this.p.typeRef(tu.elem)}, ${n})`
          : this.tempBytes(n * (runes ? 4 : 1));
      return `constToSlice(${dst}, ${v}, ${arr}, ${n}, ${runes})`;
    }
    const buf = heap ? '0' : this.tempBytes(runes ? 128 : 32);
    if (runes) return `stringToRunes(${dst}, ${v}, ${buf})`;
    return `stringToBytes(${dst}, ${v}, ${buf})`;
  }
  if (isComplexType(t)) return this.complexConversion(t, at, v);
  if (tu.kind === 'pointer' && au.kind === 'slice') {
    return `slice2arr(${v}, ${(under(tu.elem) as { len: number }).len})`;
  }
  if (!isWord(t)) return v;
  const tk = wordKind(t);
  const ak = wordKind(at);
  const fromFloat = ak === 'float64' || ak === 'float32';
  const from64 = is64(ak);
  if (tk === 'float64') return from64 ? `toFloat(${v})` : v;
  if (tk === 'float32') return from64 ? `toFloat32(${v})` : `Math.fround(${v})`;
  if (tk === 'pointer' || tk === 'bool') return v;
  if (is64(tk)) {
    if (fromFloat) return isUnsigned64(tk) ? `floatToUint64(${v})` : `floatToInt64(${v})`;
    if (isUnsigned64(tk)) return isUnsigned64(ak) || !ak.startsWith('int') ? v : `toUint64(${v})`;
    return isUnsigned64(ak) ? `toInt64(${v})` : v;
  }
  // A narrower type keeps the low bits; see f2i64 for floats out of range.
  if (fromFloat) return this.wrap(t, tk === 'uint32' ? `f2i64(${v})` : `f2i32(${v})`);
  if (from64) return tk === 'uint32' ? `low32(${v})` : this.wrap(t, `low32(${v})`);
  return this.wrap(t, v);
};

/**
 * x, where x converting a []byte to a string (to 'string') or a string to a
 * []byte (to 'bytes') is one Go's order pass turns into a view of the
 * operand's bytes (walk/order.go: OBYTES2STRTMP for a string compared, a map
 * key read, a switch tag against constants, a concatenation with a non-empty
 * literal; OSTR2BYTESTMP for a range expression): no copy, no allocation.
 * The callers decide that the context is one of those.
 */
FuncGen.prototype.exprNoCopy = function (this: FuncGen, x: S.Expr, to: 'string' | 'bytes'): string {
  const e = S.unparen(x);
  if (e.kind !== 'CallExpr' || S.unparen(e.fun).tv?.mode !== 'typexpr' || e.tv?.mode === 'constant') {
    return this.expr(x);
  }
  const t = e.tv!.type;
  const a = e.args[0]!;
  const tu = under(t);
  const au = under(a.tv!.type);
  const isBytes = (u: Type) => u.kind === 'slice' && wordKind(u.elem) !== 'int32';
  if (to === 'string' && isString(tu) && isBytes(au))
    return `bytesToStringTmp(${this.temp(t)}, ${this.expr(a)})`;
  if (to === 'bytes' && isBytes(tu) && isString(au))
    return `stringToBytesTmp(${this.temp(t)}, ${this.expr(a)})`;
  return this.expr(x);
};

FuncGen.prototype.builtin = function (this: FuncGen, e: S.CallExpr, name: string): string {
  const args = e.args;
  const a0 = args[0];
  switch (name) {
    case 'len':
    case 'cap': {
      const x = a0!;
      if (e.tv?.mode === 'constant') return String(toNumber(constOf(e)));
      const u = under(x.tv!.type);
      const v = this.expr(x);
      if (u.kind === 'basic') return `ldn(${v} + 8)`;
      if (u.kind === 'slice') return `ldn(${v} + ${name === 'len' ? 8 : 16})`;
      if (u.kind === 'array') return `(${v}, ${u.len})`;
      if (u.kind === 'pointer') return `(${v}, ${(under(u.elem) as { len: number }).len})`;
      if (u.kind === 'map') return `MAP.maplen(rt, ${v})`;
      if (u.kind === 'chan') return name === 'len' ? `CHAN.chanlen(rt, ${v})` : `CHAN.chancap(rt, ${v})`;
      return this.unsupported(e.pos, `${name} of ${u.kind}`);
    }
    case 'new': {
      const t = (e.tv!.type as { elem: Type }).elem;
      if (this.p.siteHeap(e)) return `rt.new(${this.p.typeRef(t)})`;
      const tmp = this.stackObject(t);
      return `(${this.zeroStmt(t, tmp, false)}, ${tmp})`;
    }
    case 'make':
      return this.make(e);
    case 'append':
      return this.append(e);
    case 'copy': {
      const [dv, sv] = this.evalSafe([a0!, args[1]!], [a0.tv!.type, args[1].tv!.type]);
      const et = (under(a0.tv!.type) as { elem: Type }).elem;
      return `copyslice(${this.p.typeRef(et)}, ${dv}, ${sv})`;
    }
    case 'delete': {
      const mt = a0.tv!.type;
      const [mv, kv] = this.evalSafe(
        [a0!, args[1]!],
        [mt, args[1]!.iface ?? (under(mt) as { key: Type }).key],
      );
      const kt = (under(mt) as { key: Type }).key;
      const ka = isWord(kt) ? this.spill(kt, kv!) : kv!;
      return `MAP.mapdelete(rt, ${this.p.typeRef(mt)}, ${mv}, ${ka})`;
    }
    case 'panic':
      return `gopanic(${this.expr(a0!)})`;
    case 'recover': {
      const dst = this.temp(e.tv!.type);
      return `gorecover(${dst})`;
    }
    case 'print':
    case 'println': {
      const parts = args.map((x) => `[${this.p.typeRef(x.tv!.type)}, ${this.expr(x)}]`);
      return `goprint([${parts.join(', ')}], ${name === 'println'})`;
    }
    case 'close':
      return `CHAN.closechan(sched, ${this.expr(a0!)})`;
    case 'unsafe.Sizeof':
    case 'unsafe.Alignof':
    case 'unsafe.Offsetof':
      return String(toNumber(constOf(e)));
    case 'complex':
    case 'real':
    case 'imag':
      return this.complexBuiltin(e, name);
  }
  return this.unsupported(e.pos, `built-in ${name}`);
};

declare module './func.js' {
  interface FuncGen {
    make(e: S.CallExpr): string;
    append(e: S.CallExpr): string;
    makeMap(e: S.Expr, t: Type, hint: string): string;
  }
}

FuncGen.prototype.make = function (this: FuncGen, e: S.CallExpr): string {
  const t = e.args[0].tv!.type;
  const u = under(t);
  const rest = e.args.slice(1);
  if (u.kind === 'slice') {
    const len = this.expr(rest[0]!);
    const cap = rest[1] !== undefined ? this.expr(rest[1]) : undefined;
    const dst = this.temp(t);
    const l = this.local('l');
    const c = this.local('c');
    const et = this.p.typeRef(u.elem);
    const es = sizeof(u.elem);
    const check = `makesliceCheck(${es}, ${l}, ${c})`;
    let arr: string;
    if (this.p.siteHeap(e)) arr = `rt.makeslice(${et}, ${l}, ${c})`;
    else {
      // Constant size that fits the stack (escape analysis said so).
      const n = toNumber(constOf(rest[1] ?? rest[0]!));
      const tmp = this.stackObjectBytes(Math.max(es * n, 0), arrOffs(u.elem, n));
      arr = `(U8.fill(0, ${tmp}, ${tmp} + ${es * n}), ${tmp})`;
    }
    return `(${l} = ${len}, ${c} = ${cap ?? l}, ${check}, U32[${dst} >>> 2] = ${arr}, U32[(${dst} + 4) >>> 2] = 0, st64(${dst} + 8, ${l}), st64(${dst} + 16, ${c}), ${dst})`;
  }
  if (u.kind === 'map') return this.makeMap(e, t, rest[0] !== undefined ? this.expr(rest[0]) : '0');
  if (u.kind === 'chan') {
    return `CHAN.makechan(rt, ${this.p.typeRef(t)}, ${rest[0] !== undefined ? this.expr(rest[0]) : '0'})`;
  }
  return this.unsupported(e.pos, `make of ${u.kind}`);
};

FuncGen.prototype.makeMap = function (this: FuncGen, e: S.Expr, t: Type, hint: string): string {
  const mt = this.p.typeRef(t);
  if (this.p.siteHeap(e)) return `MAP.makemap(rt, ${mt}, ${hint}, 0, 0)`;
  // A map that does not escape: its hmap in the frame, and (walkMakeMap) its
  // first bucket too unless the hint is a constant above 8, which makemap
  // uses when the hint at run time is at most 8.
  const h = this.stackObjectBytes(48, [16, 24, 40]);
  const zeroH = `U8.fill(0, ${h}, ${h} + 48)`;
  if (/^\d+n?$/.test(hint) && BigInt(hint.replace('n', '')) > 8n)
    return `(${zeroH}, MAP.makemap(rt, ${mt}, ${hint}, ${h}, 0))`;
  const rmt = this.p.rtypes.get(t);
  const bt = bmapType(this.p.opts.types, rmt.key!, rmt.elem!);
  const b = this.stackObjectBytes(
    bt.size,
    pointerWords(bt).map((w) => w * 8),
  );
  return `(${zeroH}, U8.fill(0, ${b}, ${b} + ${bt.size}), MAP.makemap(rt, ${mt}, ${hint}, ${h}, ${b}))`;
};

FuncGen.prototype.append = function (this: FuncGen, e: S.CallExpr): string {
  const st = e.tv!.type;
  const et = (under(st) as { elem: Type }).elem;
  const es = sizeof(et);
  const s0 = e.args[0]!;
  const dst = this.temp(st);
  const etRef = this.p.typeRef(et);
  if (e.hasDots) {
    // append(s, t...): t is a slice or (for []byte) a string.
    const [sv, tv] = this.evalSafe([s0, e.args[1]!], [st, e.args[1].tv!.type]);
    return `appendSlice(${etRef}, ${dst}, ${sv}, ${tv})`;
  }
  const xs = e.args.slice(1);
  const n = xs.length;
  const all = this.evalSafe([s0, ...xs], [st, ...xs.map((x) => x.iface ?? et)]);
  const sv = all[0]!;
  if (n === 0) return `(${this.copyStmt(st, dst, sv, false)}, ${dst})`;
  // Go evaluates the values before it grows the slice (which may collect):
  // each is held where the collector sees it.
  const pre: string[] = [];
  const reads: string[] = [];
  for (const v of all.slice(1)) {
    if (isWord(et) && !holdsPointers(et)) {
      const l = this.local();
      pre.push(`${l} = ${v}`);
      reads.push(l);
    } else {
      const tmp = this.temp(et);
      pre.push(this.storeInto(et, tmp, v, false));
      reads.push(isWord(et) ? load(et, tmp) : tmp);
    }
  }
  const b = this.local('b');
  const stmts = [...pre, `${b} = growFor(${etRef}, ${dst}, ${sv}, ${n})`];
  reads.forEach((v, i) => {
    stmts.push(this.storeInto(et, `${b} + ${i * es}`, v, true));
  });
  return `(${stmts.join(', ')}, ${dst})`;
};

/** The constant value the checker gave e. */
function constOf(e: S.Expr): import('../constant.js').Constant {
  const v = e.tv?.val;
  if (v === undefined) throw new Error('gomem: internal error: not a constant');
  return v;
}

/** The type reached from t through the embedded fields of a selection's path. */
export function pathType(t: Type, index: number[]): Type {
  let cur = t;
  for (const fi of index) {
    let u = under(cur);
    if (u.kind === 'pointer') u = under(u.elem);
    if (u.kind !== 'struct') break;
    cur = u.fields[fi]!.type;
  }
  return cur;
}
