// Whole-program facts the code generator needs before it compiles any function:
// which functions may run the collector (they keep a frame descriptor and
// spill pointers), which may block (they compile to generators), which labels
// a goto names, and which functions defer. (Which captured variables a closure
// holds by reference is escape analysis's decision, as in Go: EscapeResult's
// capturedByRef.) Go has no counterpart to "may block" (its goroutines have
// their own stacks): here a function that may park compiles to a generator,
// and so must its callers.
//
// Invariants:
// - Both "may collect" and "may block" are least fixpoints over the call graph:
//   a function has the property if its body does directly or if it calls (or
//   may call, through a func value or an interface method) one that does.
// - The answers are conservative: a call the walk cannot resolve counts as
//   one that may collect; a dynamic call may block if any function of the same
//   shape blocks, an interface call if any method of that name blocks.
// - A function literal's body is its own function: the walk of the enclosing
//   body stops at it (creating the closure allocates).
// - Preemption points: a goroutine preempted there lets the others run (and
//   allocate) before it continues (runtime/proc.ts). They are every loop's
//   back edge (for statements, gotos) and the entry of every function that can
//   call itself again without looping: one on a cycle of static calls, or one
//   making a dynamic call (any cycle through func values or interface methods
//   passes through such a function). Go 1.19 can preempt a goroutine anywhere
//   (async preemption); code with neither loops nor recursion ends soon, so
//   these points suffice for every goroutine to get its turn. A call to a
//   function with a loop may collect: a back edge in a function that otherwise
//   may not collect hands its pointer-holding JavaScript variables to the
//   scheduler as roots (func.ts, preemptPoint), so its loops keep their
//   pointers in registers, but its callers' must be in their frames. The
//   entry of a recursive function that may not collect lets the others run
//   with no collection starting meanwhile (proc.ts preemptNestedNoGC): its
//   callers, and the recursion's own activations, keep their pointers in
//   JavaScript variables, which no collector sees.

import * as S from '../syntax.js';
import { type Func, type FuncInfo, isInterface, type Signature, under } from '../types.js';
import { isWord } from './types.js';

/** How the analyses resolve a called function. */
export interface Callees {
  /** The compiled function for a Go function object, if it is in this program. */
  funcOf(f: Func): FuncInfo | undefined;
  /** Whether a standard-library function blocks. */
  stdBlocks(f: Func): boolean;
}

export interface Analysis {
  mayGC: Set<FuncInfo>;
  blocking: Set<FuncInfo>;
  hasDefer: Set<FuncInfo>;
  /**
   * Functions a defer statement calls directly. They keep a frame even when
   * they need no slots: recover works only in a function the deferring frame
   * calls (gorecover tests the caller's parent frame), and a frameless callee
   * would make whatever it calls look called by the deferring frame.
   */
  deferred: Set<FuncInfo>;
  /** Labels some goto statement names (collected per program: label names are per function in Go). */
  gotoTargets: Set<string>;
  /** Functions whose entry is a preemption point (recursive, or making a dynamic call). */
  preemptEntry: Set<FuncInfo>;
}

/** What one body does directly, and what it calls. */
export interface BodyScan {
  gc: boolean;
  /** The body has a loop or a goto: a back edge's preemption point. */
  loops: boolean;
  block: boolean;
  calls: Set<FuncInfo>;
  dynamicSigs: Signature[];
  ifaceMethods: string[];
}

export function analyze(funcs: readonly FuncInfo[], callees: Callees): Analysis {
  const a: Analysis = {
    mayGC: new Set(),
    blocking: new Set(),
    hasDefer: new Set(),
    deferred: new Set(),
    preemptEntry: new Set(),
    gotoTargets: new Set(),
  };
  for (const f of funcs) collectGotoTargets(f.decl.body, a.gotoTargets);
  for (const f of funcs) {
    if (containsDefer(f.decl.body)) a.hasDefer.add(f);
    collectDeferred(f.decl.body, callees, a.deferred);
  }
  // Fixpoints: a function may collect (or block) if its body does directly
  // or through a call to one that may.
  const direct = new Map<FuncInfo, BodyScan>();
  for (const f of funcs) direct.set(f, scanBody(f.decl.body, callees));
  let changed = true;
  for (const f of recursive(direct)) a.preemptEntry.add(f);
  for (const [f, d] of direct) {
    if (d.dynamicSigs.length > 0 || d.ifaceMethods.length > 0) a.preemptEntry.add(f);
    if (d.gc) a.mayGC.add(f);
    if (d.block) a.blocking.add(f);
  }
  while (changed) {
    changed = false;
    for (const [f, d] of direct) {
      for (const c of d.calls) {
        if ((a.mayGC.has(c) || direct.get(c)?.loops === true) && !a.mayGC.has(f)) {
          a.mayGC.add(f);
          changed = true;
        }
        if (a.blocking.has(c) && !a.blocking.has(f)) {
          a.blocking.add(f);
          changed = true;
        }
      }
      if (!a.blocking.has(f) && d.dynamicSigs.some((sig) => dynamicBlocks(a.blocking, sig))) {
        a.blocking.add(f);
        changed = true;
      }
      if (!a.blocking.has(f) && d.ifaceMethods.some((m) => ifaceMethodBlocks(a.blocking, m))) {
        a.blocking.add(f);
        changed = true;
      }
    }
  }
  return a;
}

/** The functions on a cycle of static calls (each reaches itself again). */
function recursive(direct: Map<FuncInfo, BodyScan>): Set<FuncInfo> {
  const out = new Set<FuncInfo>();
  for (const f of direct.keys()) {
    const seen = new Set<FuncInfo>();
    const work = [...(direct.get(f)?.calls ?? [])];
    while (work.length > 0) {
      const c = work.pop()!;
      if (c === f) {
        out.add(f);
        break;
      }
      if (seen.has(c)) continue;
      seen.add(c);
      for (const x of direct.get(c)?.calls ?? []) work.push(x);
    }
  }
  return out;
}

/** What a body does directly: whether it may allocate or block, and whom it calls. */
export function scanBody(body: S.BlockStmt | undefined, callees: Callees): BodyScan {
  let gc = false;
  let loops = false;
  let block = false;
  const calls = new Set<FuncInfo>();
  const dynamicSigs: Signature[] = [];
  const ifaceMethods: string[] = [];
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const c of n) visit(c);
      return;
    }
    const node = n as S.Expr | S.Stmt | S.Decl;
    // Constants compile to their values: nothing of theirs runs. A constant
    // declaration's expressions were checked as copies (one per iota) and
    // carry no types at all.
    if ('tv' in node && node.tv?.mode === 'constant') return;
    switch (node.kind) {
      case 'ConstDecl':
        return;
      case 'FuncLit':
        gc = true;
        return;
      case 'SendStmt':
      case 'SelectStmt':
        block = true;
        gc = true;
        break;
      case 'CallStmt':
        gc = true;
        break;
      case 'BranchStmt':
        // A goto may jump backwards: a preemption point.
        if (node.tok === 'goto') loops = true;
        break;
      case 'ForStmt':
        loops = true;
        if (node.init?.kind === 'RangeClause') {
          const k = under(node.init.x.tv!.type).kind;
          if (k === 'chan') block = true;
          if (k === 'chan' || k === 'map') gc = true;
        }
        break;
      case 'Operation':
        if (node.y === undefined && node.op === '<-') {
          block = true;
          gc = true;
        }
        if (
          node.op === '+' &&
          node.y !== undefined &&
          node.tv !== undefined &&
          !isWord(node.tv.type) &&
          node.tv?.mode !== 'constant'
        )
          gc = true;
        if (node.op === '&' && node.y === undefined && S.unparen(node.x).kind === 'CompositeLit') gc = true;
        break;
      case 'CompositeLit':
        gc = true;
        break;
      case 'IndexExpr':
        if (node.x.tv !== undefined && under(node.x.tv.type).kind === 'map') gc = true;
        break;
      case 'SelectorExpr':
        if (node.selection?.kind === 'method') gc = true;
        break;
      case 'CallExpr': {
        scanCall(node, callees, calls, dynamicSigs, ifaceMethods, (b) => {
          if (b.gc) gc = true;
          if (b.block) block = true;
        });
        // The callee of a method call is not a method value.
        const fun = S.unparen(node.fun);
        if (fun.kind === 'SelectorExpr' && fun.selection?.kind === 'method') {
          visit(fun.x);
          visit(node.args);
          return;
        }
        break;
      }
    }
    // Converting a value to an interface may box it; an interface to another one never allocates.
    const tv = (node as S.Expr).tv;
    if ((node as S.Expr).iface !== undefined && tv?.mode !== 'constant' && !isInterface(tv!.type)) gc = true;
    S.forEachChild(node as unknown as Record<string, unknown>, visit);
  };
  visit(body);
  return { gc, loops, block, calls, dynamicSigs, ifaceMethods };
}

function scanCall(
  e: S.CallExpr,
  callees: Callees,
  calls: Set<FuncInfo>,
  dynamicSigs: Signature[],
  ifaceMethods: string[],
  mark: (b: { gc: boolean; block: boolean }) => void,
): void {
  const fun = S.unparen(e.fun);
  if (fun.tv?.mode === 'typexpr') {
    const t = under(e.tv!.type);
    const a = under(e.args[0].tv!.type);
    if (
      t.kind === 'slice' ||
      (t.kind === 'basic' && t.name === 'string' && a.kind !== 'basic') ||
      (t.kind === 'basic' &&
        t.name === 'string' &&
        a.kind === 'basic' &&
        a.name !== 'string' &&
        a.name !== 'untyped string')
    )
      mark({ gc: true, block: false });
    return;
  }
  const builtinName =
    fun.kind === 'Name' && fun.obj?.kind === 'builtin'
      ? fun.obj.name
      : fun.kind === 'SelectorExpr' && fun.selection?.obj.kind === 'builtin'
        ? fun.selection.obj.name
        : undefined;
  if (builtinName !== undefined) {
    if (
      ['append', 'make', 'new', 'panic', 'recover', 'delete', 'close', 'print', 'println'].includes(
        builtinName,
      )
    ) {
      mark({ gc: true, block: false });
    }
    return;
  }
  let f: Func | undefined;
  if (fun.kind === 'Name' && fun.obj?.kind === 'func') f = fun.obj;
  else if (fun.kind === 'SelectorExpr' && fun.selection !== undefined) {
    const sel = fun.selection;
    if (sel.kind === 'pkg' && sel.obj.kind === 'func') f = sel.obj;
    else if (sel.kind === 'method' && isInterface(fun.x.tv!.type) && sel.index.length === 0) {
      ifaceMethods.push(sel.obj.name);
      mark({ gc: true, block: false });
      return;
    } else if (sel.kind === 'method' || sel.kind === 'methodexpr') f = sel.obj as Func;
  }
  if (f === undefined && fun.kind === 'FuncLit' && fun.fn !== undefined) {
    calls.add(fun.fn);
    mark({ gc: true, block: false });
    return;
  }
  if (f === undefined) {
    dynamicSigs.push(under(fun.tv!.type) as Signature);
    mark({ gc: true, block: false });
    return;
  }
  const info = callees.funcOf(f);
  if (info !== undefined) {
    calls.add(info);
    return;
  }
  // A standard-library function: it may allocate; it blocks when it says so.
  mark({ gc: true, block: callees.stdBlocks(f) });
}

/** Whether a call through a func value of this signature may block. */
export function dynamicBlocks(blocking: ReadonlySet<FuncInfo>, sig: Signature): boolean {
  for (const f of blocking) {
    if (f.obj?.type.recv !== undefined) continue;
    if (sigMatches(f.sig, sig)) return true;
  }
  return false;
}

/** Whether a call of interface method `name` may block. */
export function ifaceMethodBlocks(blocking: ReadonlySet<FuncInfo>, name: string): boolean {
  for (const f of blocking) if (f.obj?.type.recv !== undefined && f.obj.name === name) return true;
  return false;
}

function collectGotoTargets(body: S.BlockStmt | undefined, out: Set<string>): void {
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const c of n) visit(c);
      return;
    }
    const node = n as S.Stmt;
    if (node.kind === 'BranchStmt' && node.tok === 'goto' && node.label !== undefined)
      out.add(node.label.value);
    S.forEachChild(node as unknown as Record<string, unknown>, visit);
  };
  visit(body);
}

/** Whether the body itself (not a function literal in it) has a defer statement. */
function containsDefer(body: S.BlockStmt | undefined): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const c of n) visit(c);
      return;
    }
    const node = n as S.Stmt | S.Expr;
    if (node.kind === 'FuncLit') return;
    if (node.kind === 'CallStmt' && node.tok === 'defer') {
      found = true;
      return;
    }
    S.forEachChild(node as unknown as Record<string, unknown>, visit);
  };
  visit(body);
  return found;
}

/** The functions the body's own defer statements call (a func value's target is unknown). */
function collectDeferred(body: S.BlockStmt | undefined, callees: Callees, out: Set<FuncInfo>): void {
  S.inspect(body, (node) => {
    if (node.kind === 'FuncLit') return false;
    if (node.kind === 'CallStmt' && node.tok === 'defer' && node.call.kind === 'CallExpr') {
      const fun = S.unparen(node.call.fun);
      let target: FuncInfo | undefined;
      if (fun.kind === 'FuncLit') target = fun.fn;
      else if (fun.kind === 'Name' && fun.obj?.kind === 'func') target = callees.funcOf(fun.obj);
      else if (fun.kind === 'SelectorExpr' && fun.selection !== undefined) {
        const sel = fun.selection;
        const concrete = sel.kind === 'methodexpr' || (sel.kind === 'method' && !isInterface(fun.x.tv!.type));
        if ((sel.kind === 'pkg' && sel.obj.kind === 'func') || concrete)
          target = callees.funcOf(sel.obj as Func);
      }
      if (target !== undefined) out.add(target);
    }
    return true;
  });
}

/** Same shape: the conservative match for which functions a func value may hold. */
function sigMatches(a: Signature, b: Signature): boolean {
  return (
    a.params.length === b.params.length && a.results.length === b.results.length && a.variadic === b.variadic
  );
}
