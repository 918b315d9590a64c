// Channel and map operations, select, defer and go.
//
// Channel operations call runtime/chan.ts as generators (they may park the
// goroutine); map operations call runtime/map.ts with the key's address.
// defer evaluates the call's operands when the statement runs (Go's rule) and
// queues a thunk that the function's exit runs, last in first out, with
// panics and recover as runtime/panic.go gives them. go evaluates the
// operands into the new goroutine's first frame, so they are roots from the
// moment the goroutine exists. Where Go would hand the call to a wrapper
// closure capturing its operands (go of anything but a function value called
// with nothing, defer of one in a loop), that closure is allocated as Go
// allocates it: on the heap when it captures anything.
//
// Mirrors cmd/compile/internal/walk/{select.go,order.go (operands of go and
// defer)}, escape/call.go (goDeferStmt's wrapper and what it captures) and
// runtime/panic.go (deferreturn, gopanic, gorecover).

import type { Type as RType } from '../../runtime/type.js';
import { alignof, sizeof } from '../sizes.js';
import * as S from '../syntax.js';
import { isString, type Signature, type Type, under } from '../types.js';
import { Frame } from './frame.js';
import { FuncGen } from './func.js';
import { deferFnOffset } from './support.js';
import { holdsPointers, isWord, load, pointerOffsets, store, tupleLayout } from './types.js';

declare module './func.js' {
  interface FuncGen {
    copyOrStore(t: Type, dst: string, src: string): string;
    deferredBody(list: S.Stmt[]): void;
    evalOperands(call: S.CallExpr, place: (t: Type, v: string, captured: boolean) => string): void;
  }
}

/** *dst = *src for a value of t held at src (word or memory), with barriers. */
FuncGen.prototype.copyOrStore = function (this: FuncGen, t: Type, dst: string, src: string): string {
  return isWord(t) ? store(t, dst, load(t, src), true) : this.copyStmt(t, dst, src, true);
};

FuncGen.prototype.send = function (this: FuncGen, ch: S.Expr, v: S.Expr): string {
  const et = (under(ch.tv!.type) as { elem: Type }).elem;
  const c = this.spill(ch.tv!.type, this.expr(ch));
  const val = this.expr(v);
  const slot = isWord(et) ? this.spill(et, val) : this.parkValue(et, val);
  return `(${this.site()}yield* CHAN.chansend(sched, U32[${c} >>> 2], ${slot}))`;
};

FuncGen.prototype.recv = function (this: FuncGen, e: S.Operation, ok: string | undefined): string {
  const et = e.tv!.type;
  const slot = this.temp(et);
  const x = this.expr(e.x);
  const r = `(${this.site()}yield* CHAN.chanrecv(sched, ${x}, ${slot}))`;
  const val = isWord(et) ? load(et, slot) : slot;
  return ok === undefined ? `(${r}, ${val})` : `(${ok} = ${r}, ${val})`;
};

FuncGen.prototype.mapIndex = function (this: FuncGen, e: S.IndexExpr, commaOk: string | false): string {
  const mt = e.x.tv!.type;
  const u = under(mt) as { key: Type; elem: Type };
  const m = this.local('m');
  // A map read only looks its key up: string(b) need not be copied (exprNoCopy).
  const k =
    e.index.iface === undefined && isString(u.key)
      ? this.exprNoCopy(e.index, 'string')
      : this.addrOfValue(e.index, e.index.iface ?? u.key);
  const et = u.elem;
  if (commaOk === false) {
    const a = `MAP.mapaccess1(rt, ${this.p.typeRef(mt)}, (${m} = ${this.expr(e.x)}), ${k})`;
    return isWord(et) ? load(et, a) : a;
  }
  const a = this.local('e');
  const val = isWord(et) ? load(et, a) : a;
  return `(${a} = MAP.mapaccess2(rt, ${this.p.typeRef(mt)}, (${m} = ${this.expr(e.x)}), ${k}), ${commaOk} = ${a} !== 0, ${a} === 0 && (${a} = ZERO), ${val})`;
};

FuncGen.prototype.selectStmt = function (this: FuncGen, s: S.SelectStmt, label: string | undefined): void {
  const n = this.labelCount++;
  const brk = label !== undefined ? `L_${label}` : `L${n}`;
  this.open(`${brk}: {`);
  // Every case's channel and value are evaluated first, in source order;
  // selectgo takes the sends first, then the receives.
  const sends: string[] = [];
  const recvs: string[] = [];
  let hasDefault = false;
  const bodies: { send: boolean; at: number; cl: S.CommClause; slot?: string; t?: Type }[] = [];
  s.body.forEach((cl) => {
    const comm = cl.comm;
    if (comm === undefined) {
      hasDefault = true;
      bodies.push({ send: false, at: -1, cl });
      return;
    }
    if (comm.kind === 'SendStmt') {
      const ct = comm.chan.tv!.type;
      const et = (under(ct) as { elem: Type }).elem;
      const c = this.spill(ct, this.expr(comm.chan));
      const slot = this.temp(et);
      this.emit(`${this.storeInto(et, slot, this.expr(comm.value), false)};`);
      bodies.push({ send: true, at: sends.length, cl });
      sends.push(`U32[${c} >>> 2], ${slot}`);
      return;
    }
    const rx = comm.kind === 'ExprStmt' ? comm.x : (comm as S.AssignStmt).rhs!;
    const op = S.unparen(rx) as S.Operation;
    const et = op.tv!.type;
    const c = this.spill(op.x.tv!.type, this.expr(op.x));
    const slot = this.temp(et);
    bodies.push({ send: false, at: recvs.length, cl, slot, t: et });
    recvs.push(`U32[${c} >>> 2], ${slot}`);
  });
  const k = this.local('k');
  this.emit(
    `${k} = (${this.site()}yield* CHAN.selectgo(sched, [${[...sends, ...recvs].join(', ')}], ${sends.length}, ${!hasDefault}));`,
  );
  const ok = this.local('ok');
  this.emit(`${ok} = sched.selectOK;`);
  this.loopLabels.push({ go: label, brk, cont: '' });
  this.open(`switch (${k}) {`);
  for (const b of bodies) {
    const idx = b.at < 0 ? -1 : b.send ? b.at : sends.length + b.at;
    this.open(`case ${idx}: {`);
    const comm = b.cl.comm;
    if (comm?.kind === 'AssignStmt') {
      const lhs = S.exprList(comm.lhs);
      if (comm.define) {
        for (const l of lhs) {
          if (l.kind === 'Name' && l.value !== '_' && l.obj?.kind === 'var')
            this.declareAndInit(l.obj, l.pos);
        }
      }
      const t = b.t!;
      const first = lhs[0]!;
      if (!(first.kind === 'Name' && first.value === '_'))
        this.assignTo(first, isWord(t) ? load(t, b.slot!) : b.slot!, t);
      const second = lhs[1];
      if (second !== undefined && !(second.kind === 'Name' && second.value === '_')) {
        this.assignTo(second, ok, second.tv!.type);
      }
    }
    this.block(b.cl.body);
    this.emit('break;');
    this.close();
  }
  this.close();
  this.loopLabels.pop();
  this.close();
};

/**
 * Whether Go's go/defer wrapper closure captures operand e (escape/call.go:
 * rewriteArgument's visit): constants, nil, functions and method expressions
 * are left for the wrapper to evaluate.
 */
function wrapperCaptures(e: S.Expr): boolean {
  const x = S.unparen(e);
  if (x.tv?.mode === 'constant' && e.iface === undefined) return false;
  if (x.kind === 'Name' && (x.obj?.kind === 'nil' || x.obj?.kind === 'func')) return false;
  if (x.kind === 'SelectorExpr' && x.selection?.kind === 'methodexpr') return false;
  if (x.kind === 'SelectorExpr' && x.selection?.kind === 'pkg' && x.selection.obj.kind === 'func')
    return false;
  return true;
}

/**
 * Whether go or defer runs the call as it is: a function value called with
 * no arguments and no results. Anything else (methods, builtins, calls with
 * operands or results) runs in a wrapper closure (escape/call.go:
 * goDeferStmt) — a heap object unless it captures nothing.
 */
function unwrapped(call: S.CallExpr): boolean {
  const fun = S.unparen(call.fun);
  const tv = fun.tv!;
  if (tv.mode === 'builtin' || tv.mode === 'typexpr') return false;
  if (fun.kind === 'Name' && fun.obj?.kind === 'builtin') return false;
  if (fun.kind === 'SelectorExpr' && fun.selection?.kind === 'method') return false;
  const sig = under(tv.type) as Signature;
  return sig.params.length + sig.results.length === 0;
}

/**
 * Evaluates the operands of a go or defer call (callee, receiver, arguments)
 * now, placing each where place() says (told whether Go's wrapper captures
 * it), and records that the call reads them from there.
 */
FuncGen.prototype.evalOperands = function (
  this: FuncGen,
  call: S.CallExpr,
  place: (t: Type, v: string, captured: boolean) => string,
): void {
  const ov = new Map<S.Expr, string>();
  const fun = S.unparen(call.fun);
  const builtin = fun.kind === 'Name' && fun.obj?.kind === 'builtin';
  if (fun.kind === 'SelectorExpr' && fun.selection?.kind === 'method') {
    // The receiver expression: its value (a pointer receiver takes the address now).
    const x = fun.x;
    const m = fun.selection.obj as import('../types.js').Func;
    const xt = x.tv!.type;
    const isIface = under(xt).kind === 'interface' && fun.selection.index.length === 0;
    if (isIface) {
      ov.set(x, place(xt, this.expr(x), true));
    } else {
      const rt = this.p.recvType(x, fun.selection);
      const recv = this.receiver(x, fun.selection, m);
      this.overrideRecv.set(x, place(rt, recv, true));
    }
  } else if (
    !builtin &&
    !(fun.kind === 'Name' && fun.obj?.kind === 'func') &&
    !(fun.kind === 'SelectorExpr' && fun.selection?.kind === 'pkg') &&
    fun.tv?.mode !== 'typexpr'
  ) {
    ov.set(fun, place(fun.tv!.type, this.expr(fun), wrapperCaptures(fun)));
  }
  for (const a of call.args) {
    const x = S.unparen(a);
    if (x.kind === 'CompositeLit' && a.iface === undefined && under(x.tv!.type).kind === 'slice') {
      // Only a slice literal's elements are evaluated now; the slice is built
      // where the call runs, in the goroutine or at the deferred call, as Go's
      // wrapper builds it (escape/call.go: rewriteArgument).
      for (const el of x.elems) {
        const v = el.kind === 'KeyValueExpr' ? el.value : el;
        if (v.tv?.mode !== 'constant')
          ov.set(v, place(v.iface ?? v.tv!.type, this.expr(v), wrapperCaptures(v)));
      }
      continue;
    }
    ov.set(a, place(a.iface ?? a.tv!.type, this.expr(a), wrapperCaptures(a)));
  }
  this.overrides = ov;
};

FuncGen.prototype.deferStmt = function (this: FuncGen, callX: S.Expr): void {
  const call = S.unparen(callX) as S.CallExpr;
  if (this.loopDepth > 0) {
    this.loopDefer(call);
    return;
  }
  this.open('{');
  // Operands go to block-scoped constants (words without pointers) or frame slots.
  const n = this.deferCount++;
  let k = 0;
  this.evalOperands(call, (t, v) => {
    const name = `d${n}_${k++}`;
    if (t.kind === 'tuple') {
      const size = Math.max(tupleSize(t), 8);
      const tmp = this.stackObjectBytes(size, pointerOffsets(t));
      this.emit(`mv(${tmp}, ${v}, ${size});`);
      return tmp;
    }
    if (isWord(t) && !holdsPointers(t)) {
      this.emit(`const ${name} = ${v};`);
      return name;
    }
    const tmp = this.stackObject(t);
    this.emit(`${this.storeInto(t, tmp, v, false)};`);
    return isWord(t) ? load(t, tmp) : tmp;
  });
  const inv = this.withOverrides(() => this.expr(call));
  this.emit(`dfr.push(${this.isGen ? 'function* ()' : '() =>'} { ${inv}; });`);
  this.close();
};

/**
 * A defer in a loop: each execution needs its own operands, so they go where
 * Go 1.19 puts them (deferproc, wrapGoDefer): a heap _defer record from
 * newdefer, and — unless the call is a function value called with nothing
 * (unwrapped) — a closure [F | captured operands…] that the record's fn
 * holds, on the heap unless it captures nothing (only constants, functions:
 * a static closure). Both stay alive until the call has run; then the record
 * goes back to the pool.
 */
FuncGen.prototype.loopDefer = function (this: FuncGen, call: S.CallExpr): void {
  this.open('{');
  const n = this.deferCount++;
  this.loopDefers = true;
  const w = `dw${n}`;
  const rec = `dr${n}`;
  const ops: { t: Type; held: string; off: number }[] = [];
  let size = 8;
  // Called as it is, the function value (if not a static function) is the
  // record's fn itself, read at w + 8.
  const bare = unwrapped(call);
  this.evalOperands(call, (t, v, captured) => {
    if (!captured && !bare) return v;
    if (t.kind === 'tuple') {
      // f(g()) with several results: one operand of the tuple's layout.
      const bytes = Math.max(tupleSize(t), 8);
      const held = this.stackObjectBytes(bytes, pointerOffsets(t));
      this.emit(`mv(${held}, ${v}, ${bytes});`);
      const off = alignUp(size, 8);
      size = off + bytes;
      ops.push({ t, held, off });
      return `(${w} + ${off})`;
    }
    const held = this.local();
    this.emit(`${held} = ${this.parkValue(t, v)};`);
    const off = alignUp(size, alignof(t));
    size = off + sizeof(t);
    ops.push({ t, held, off });
    return isWord(t) ? load(t, `(${w} + ${off})`) : `(${w} + ${off})`;
  });
  const wrapped = !bare && ops.length > 0;
  if (!wrapped) {
    this.emit(`const ${rec} = keep(newdefer());`);
    if (ops.length === 1) this.emit(`WP(${rec} + ${deferFnOffset}, ${ops[0]!.held});`);
    this.emit(`const ${w} = ${rec} + ${deferFnOffset - 8};`);
  } else {
    const fields: Record<string, RType> = { F: this.p.opts.types.uintptr };
    const T = this.p.opts.types;
    ops.forEach((o, i) => {
      fields[`a${i}`] =
        o.t.kind === 'tuple' ? T.array(T.uintptr, Math.max(tupleSize(o.t), 8) / 8) : this.p.rtypes.get(o.t);
    });
    const wt = T.struct(`gomem.deferwrap.${this.p.goName(this.fn)}.${n}`, fields);
    this.emit(`const ${w} = keep(rt.new(${this.p.typeRefRT(wt.id)}));`);
    ops.forEach((o) => {
      if (o.t.kind === 'tuple') this.emit(`mv(${w} + ${o.off}, ${o.held}, ${Math.max(tupleSize(o.t), 8)});`);
      else this.emit(`${this.storeInto(o.t, `${w} + ${o.off}`, o.held, true)};`);
    });
    this.emit(`const ${rec} = keep(newdefer());`);
    this.emit(`WP(${rec} + ${deferFnOffset}, ${w});`);
  }
  const inv = this.withOverrides(() => this.expr(call));
  const release = !wrapped
    ? `unkeep([${rec}]); freedefer(${rec});`
    : `unkeep([${w}, ${rec}]); freedefer(${rec});`;
  this.emit(`dfr.push(${this.isGen ? 'function* ()' : '() =>'} { try { ${inv}; } finally { ${release} } });`);
  this.close();
};

/** The return statements of a body, not counting function literals'. */
function countReturns(list: S.Stmt[]): number {
  let n = 0;
  S.inspect(list, (node) => {
    if (node.kind === 'ReturnStmt') n++;
    return node.kind !== 'FuncLit';
  });
  return n;
}

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

declare module './func.js' {
  interface FuncGen {
    withOverrides(f: () => string): string;
  }
}

FuncGen.prototype.withOverrides = function (this: FuncGen, f: () => string): string {
  try {
    return f();
  } finally {
    this.overrides = undefined;
    this.overrideRecv.clear();
  }
};

FuncGen.prototype.goStmt = function (this: FuncGen, callX: S.Expr): void {
  const call = S.unparen(callX) as S.CallExpr;
  // The new goroutine's first frame holds the operands, then whatever the
  // call itself needs (its result area, a variadic slice): the call is
  // compiled against that frame and with JavaScript temporaries of its own.
  const entry = new Frame();
  const slots: { t: Type; off: number; v: string; captured: boolean }[] = [];
  this.open('{');
  const g = this.local('g');
  const bare = unwrapped(call);
  this.evalOperands(call, (t, v, captured) => {
    const off =
      t.kind === 'tuple' ? entry.allocBytes(Math.max(tupleSize(t), 8), pointerOffsets(t)) : entry.alloc(t);
    slots.push({ t, off, v, captured: captured && !bare });
    const at = `(fp + ${off})`;
    return isWord(t) ? load(t, at) : at;
  });
  // Every operand is evaluated before the goroutine exists (they may allocate).
  const vals = slots.map((s) => {
    const l = this.local();
    this.emit(`${l} = ${s.t.kind === 'tuple' ? s.v : this.parkValue(s.t, s.v)};`);
    return l;
  });
  // Go hands newproc a wrapper closure [F | captured operands…] for anything
  // but a function value called with nothing (unwrapped); the goroutine reads
  // the operands from its entry frame here, but the closure is allocated as
  // Go allocates it and kept until the goroutine starts.
  const captured = slots.map((s, i) => ({ ...s, held: vals[i]! })).filter((s) => s.captured);
  let wrapper: string | undefined;
  if (captured.length > 0) {
    const T = this.p.opts.types;
    const fields: Record<string, RType> = { F: T.uintptr };
    captured.forEach((s, i) => {
      fields[`a${i}`] =
        s.t.kind === 'tuple' ? T.array(T.uintptr, Math.max(tupleSize(s.t), 8) / 8) : this.p.rtypes.get(s.t);
    });
    const n = this.goCount++;
    const wt = T.struct(`gomem.gowrap.${this.p.goName(this.fn)}.${n}`, fields);
    // A block constant: each goroutine a loop starts releases its own wrapper.
    wrapper = `gw${n}`;
    this.emit(`const ${wrapper} = keep(rt.new(${this.p.typeRefRT(wt.id)}));`);
    let off = 8;
    for (const s of captured) {
      if (s.t.kind === 'tuple') {
        off = alignUp(off, 8);
        this.emit(`mv(${wrapper} + ${off}, ${s.held}, ${Math.max(tupleSize(s.t), 8)});`);
        off += Math.max(tupleSize(s.t), 8);
      } else {
        off = alignUp(off, alignof(s.t));
        this.emit(`${this.storeInto(s.t, `${wrapper} + ${off}`, s.held, true)};`);
        off += sizeof(s.t);
      }
    }
  }
  const saved = this.swapContext(entry);
  const inv = this.withOverrides(() => this.expr(call));
  const inner = this.swapContext(saved.frame, saved.temps);
  // The entry frame names the go statement, which `created by` prints.
  const desc = this.p.registerFrame(this.p.goName(this.fn), entry.total, entry.ptrs, {
    entry: true,
    pos: this.pos === undefined ? '' : this.p.posText(this.pos),
  });
  this.emit(`${g} = sched.newproc(${desc});`);
  slots.forEach((s, i) => {
    const at = `(${g}.argp + ${s.off - 8})`;
    if (s.t.kind === 'tuple') this.emit(`mv(${at}, ${vals[i]}, ${tupleSize(s.t)});`);
    else this.emit(`${this.storeInto(s.t, at, vals[i]!, false)};`);
  });
  const temps = inner.temps.length > 0 ? `let ${inner.temps.join(', ')}; ` : '';
  const started = wrapper === undefined ? '' : `unkeep([${wrapper}]); `;
  this.emit(`sched.start(${g}, (function* (fp) { ${temps}${started}${inv}; })(${g}.argp - 8));`);
  this.close();
};

/** A tuple's size in memory, rounded to words (frames and boxes are word-aligned). */
function tupleSize(t: Type): number {
  const { size } = tupleLayout((t as { vars: { type: Type }[] }).vars.map((v) => v.type));
  return Math.ceil(size / 8) * 8;
}

/** A function with defer: its body in try, the deferred calls run on every exit. */
FuncGen.prototype.deferredBody = function (this: FuncGen, list: S.Stmt[]): void {
  // The frame must exist: a panic from a callee resets the registers to it.
  this.frame.allocBytes(8, []);
  this.emit('const dfr = [];');
  this.emit('let pnc = null;');
  this.open('try {');
  this.block(list);
  this.close('} catch (e) {');
  this.emit('  pnc = toPanic(e); sched.restoreFrame(fp);');
  this.open('} finally {');
  // Go open-codes the defers of a function with none in a loop, at most 8,
  // and returns × defers at most 15 (ssagen's hasOpenDefers).
  const open = !this.loopDefers && this.deferCount <= 8 && countReturns(list) * this.deferCount <= 15;
  this.emit(
    this.isGen
      ? `pnc = (${this.site()}yield* runDefersG(dfr, pnc, fp, ${open}));`
      : `pnc = runDefers(dfr, pnc, fp, ${open});`,
  );
  this.emit(this.epilogue());
  this.emit('if (pnc !== null) rethrow(pnc);');
  const res = this.resLayout;
  if (res !== undefined) {
    this.resultVars.forEach((v, i) => {
      this.emit(`${this.storeInto(v.type, `(res + ${res.offs[i]})`, this.readVar(v, this.fn.pos), false)};`);
    });
    this.emit('return;');
  } else if (this.resultVars.length === 1) {
    this.emit(`return ${this.readVar(this.resultVars[0]!, this.fn.pos)};`);
  } else this.emit('return;');
  this.close();
};
