// One compiled function: its frame, where each of its variables lives, its
// prologue and epilogue, and the buffer its statements are written to. The
// expression and statement compilers (expr.ts, call.ts, stmt.ts) extend this
// class, as cmd/compile/internal/ssagen's state is extended by its files.
//
// Where a variable lives (README.md, "Stacks"):
//   heap    escape analysis moved it there: a frame slot holds its address
//   frame   memory-kind values, variables whose address is taken or that a
//           closure captures by reference, and pointer words in a function
//           that may reach a collection point
//   js      every other word: a JavaScript `let`
//   capval / capref   inside a closure: the captured copy at fv+off, or the
//           address of the captured variable stored at fv+off

import { preemptCheckEvery } from '../../runtime/proc.js';
import type { Pos } from '../errors.js';
import { GoError } from '../errors.js';
import { sizeof } from '../sizes.js';
import type { FuncInfo, Type, Var } from '../types.js';
import { Frame } from './frame.js';
import type { ProgramGen } from './program.js';
import { holdsPointers, isWord, load, pointerOffsets, store, tupleLayout, zeroWord } from './types.js';

export type Storage =
  | { k: 'js'; name: string }
  | { k: 'frame'; off: number }
  | { k: 'heap'; off: number }
  | { k: 'global'; off: number }
  | { k: 'capval'; off: number }
  | { k: 'capref'; off: number };

export class FuncGen {
  frame = new Frame();
  loopLabels: { go: string | undefined; brk: string; cont: string }[] = [];
  /** go/defer: operands evaluated at the statement, read from here by the call. */
  overrides: Map<object, string> | undefined = undefined;
  /** The statement's calls moved ahead of it (order.ts), read from their temporaries. */
  hoisted: Map<object, string> | undefined = undefined;
  readonly overrideRecv = new Map<object, string>();
  deferCount = 0;
  goCount = 0;
  /** Some defer statement is in a loop: Go does not open-code the function's defers. */
  loopDefers = false;
  /** goto targets of the enclosing blocks: the state variable, machine loop and state of each label. */
  readonly gotos = new Map<string, { pc: string; loop: string; state: number }>();
  /** How many loops enclose the statement being compiled. */
  loopDepth = 0;
  readonly vars = new Map<Var, Storage>();
  readonly lines: string[] = [];
  private indent = 1;
  private nextLocal = 0;
  /** Set when the function may reach a point where the collector runs. */
  readonly mayGC: boolean;
  readonly isGen: boolean;
  /** The result area's offsets (when the function has a res parameter). */
  readonly resLayout: { offs: number[]; size: number } | undefined;
  readonly hasDefer: boolean;
  /** Result variables (named or synthesized) when results live in variables. */
  readonly resultVars: Var[] = [];
  labelCount = 0;
  /**
   * The Go position of the statement being compiled: every line emitted
   * carries its id (a trailing position mark the module's line table is read
   * from, program.ts), and a blocking call made under it records it as a site.
   */
  pos: Pos | undefined = undefined;
  /** The positions of the function's blocking-call sites, by site index. */
  private readonly sites: string[] = [];
  /** The function's own frame (a go statement compiles its call against another). */
  private readonly ownFrame: Frame;
  /** The countdown variable of the function's loop preemption points, once one is emitted. */
  private preemptCounter: string | undefined = undefined;

  constructor(
    readonly p: ProgramGen,
    readonly fn: FuncInfo,
    readonly jsName: string,
  ) {
    this.mayGC = p.mayGC.has(fn);
    this.isGen = p.blocking.has(fn);
    const rs = fn.sig.results;
    this.resLayout = p.needsRes(fn.sig) ? tupleLayout(rs.map((r) => r.type)) : undefined;
    this.hasDefer = p.hasDefer.has(fn);
    this.ownFrame = this.frame;
  }

  // ---- emission

  emit(line: string): void {
    const mark = this.pos === undefined ? '' : ` ${posMark}${this.p.posId(this.pos)}`;
    this.lines.push(`${'  '.repeat(this.indent)}${line}${mark}`);
  }

  /**
   * What precedes a blocking call (`yield*`) in an expression: the store of
   * this site's frame descriptor at fp+0, so that a traceback of the parked
   * goroutine finds the call's position there (README "Tracebacks"). Empty
   * inside a go statement's call, which runs on the new goroutine's entry frame.
   */
  site(): string {
    if (this.frame !== this.ownFrame || this.pos === undefined) return '';
    this.sites.push(this.p.posText(this.pos));
    return `U32[fp >>> 2] = /*site${this.sites.length - 1}*/, `;
  }
  open(line: string): void {
    this.emit(line);
    this.indent++;
  }
  close(line = '}'): void {
    this.indent--;
    this.emit(line);
  }

  /** A fresh JavaScript temporary, declared at the top of the function. */
  local(prefix = 't'): string {
    const name = `${prefix}${this.nextLocal++}`;
    this.jsTemps.push(name);
    return name;
  }
  private jsTemps: string[] = [];

  /** Compiles into another frame with other JavaScript temporaries (a go statement's entry frame). */
  swapContext(frame: Frame, temps: string[] = []): { frame: Frame; temps: string[] } {
    const old = { frame: this.frame, temps: this.jsTemps };
    this.frame = frame;
    this.jsTemps = temps;
    return old;
  }

  /**
   * A frame temporary for a value of t, live for the statement being
   * compiled: its pointer words are cleared when the statement ends (see
   * stmt), so that a value the program has dropped is not kept alive by a
   * temporary — Go's liveness maps give its collector the same.
   */
  temp(t: Type): string {
    const off = this.frame.alloc(t);
    const scope = this.tempScopes[this.tempScopes.length - 1];
    if (scope !== undefined) pointerOffsets(t, off, scope);
    return `(fp + ${off})`;
  }
  tempBytes(n: number, ptrOffs: number[] = []): string {
    const off = this.frame.allocBytes(n, ptrOffs);
    const scope = this.tempScopes[this.tempScopes.length - 1];
    if (scope !== undefined) for (const p of ptrOffs) scope.push(off + p);
    return `(fp + ${off})`;
  }
  /** A pointer slot live for the statement being compiled. */
  tempPtr(): number {
    const off = this.frame.allocPtr();
    this.tempScopes[this.tempScopes.length - 1]?.push(off);
    return off;
  }
  /**
   * Frame memory that holds an object for the rest of the call (a value
   * escape analysis left on the stack: &T{}, new, make, literals' arrays,
   * closures, interface boxes, deferred operands): never cleared early.
   */
  stackObject(t: Type): string {
    return `(fp + ${this.frame.alloc(t)})`;
  }
  stackObjectBytes(n: number, ptrOffs: number[] = []): string {
    return `(fp + ${this.frame.allocBytes(n, ptrOffs)})`;
  }
  /** Pointer slots of the temporaries of each statement being compiled, innermost last. */
  readonly tempScopes: number[][] = [];

  unsupported(pos: Pos, what: string): never {
    throw new GoError(pos.file, pos.line, pos.col, `${what} is not supported by gomem run yet`);
  }

  // ---- variables

  /** Decides where v lives; called at its declaration. */
  declare(v: Var): Storage {
    let s: Storage;
    if (this.p.escape.heapVars.has(v)) s = { k: 'heap', off: this.frame.allocPtr() };
    else if (this.canBeJs(v)) {
      // Declared at the top of the function: a goto may reach a use without passing the declaration's line.
      s = { k: 'js', name: `v${this.nextLocal++}_${safeName(v.name)}` };
      this.jsTemps.push(s.name);
      if (holdsPointers(v.type))
        this.jsPointers.push({ name: s.name, scope: this.scopes[this.scopes.length - 1] });
    } else s = { k: 'frame', off: this.frame.alloc(v.type) };
    this.vars.set(v, s);
    const scope = this.scopes[this.scopes.length - 1];
    if (scope !== undefined && this.mayGC && !v.addrTaken && !this.p.capturedByRef.has(v)) {
      if (s.k === 'heap') scope.push(s.off);
      else if (s.k === 'frame') pointerOffsets(v.type, s.off, scope);
    }
    return s;
  }

  /**
   * Pointer slots of the variables declared in each enclosing block (and,
   * for loops, anywhere in their bodies): cleared when the block ends, so a
   * dead variable does not keep its object alive — what Go's liveness maps
   * give the collector.
   */
  readonly scopes: number[][] = [];

  /** Clears the pointer slots of a scope's variables. */
  clearSlots(slots: number[]): void {
    if (slots.length > 0) this.emit(slots.map((o) => `U32[(fp + ${o}) >>> 2] = 0;`).join(' '));
  }

  private canBeJs(v: Var): boolean {
    if (!isWord(v.type) || v.addrTaken || this.p.capturedByRef.has(v)) return false;
    return !(holdsPointers(v.type) && this.mayGC);
  }

  storage(v: Var, pos: Pos): Storage {
    const s = this.vars.get(v);
    if (s !== undefined) return s;
    if (v.global) return { k: 'global', off: this.p.globalOff(v) };
    throw new GoError(
      pos.file,
      pos.line,
      pos.col,
      `gomem: internal error: variable ${v.name} has no storage`,
    );
  }

  /** The address of variable v (memory kinds, &v, by-reference captures). */
  varAddr(v: Var, pos: Pos): string {
    const s = this.storage(v, pos);
    switch (s.k) {
      case 'frame':
        return `(fp + ${s.off})`;
      case 'heap':
        return `U32[(fp + ${s.off}) >>> 2]`;
      case 'global':
        return `(DATA + ${s.off})`;
      case 'capval':
        return `(fv + ${s.off})`;
      case 'capref':
        return `U32[(fv + ${s.off}) >>> 2]`;
      case 'js':
        throw new GoError(pos.file, pos.line, pos.col, `gomem: internal error: ${v.name} has no address`);
    }
  }

  /** Whether stores to v may land in the heap (and need the write barrier). */
  varInHeap(v: Var, pos: Pos): boolean {
    const k = this.storage(v, pos).k;
    return k === 'heap' || k === 'global' || k === 'capref' || k === 'capval';
  }

  readVar(v: Var, pos: Pos): string {
    const s = this.storage(v, pos);
    if (!isWord(v.type)) return this.varAddr(v, pos);
    if (s.k === 'js') return s.name;
    return load(v.type, this.varAddr(v, pos));
  }

  /** A statement storing word/memory value x (already evaluated JS) into v. */
  writeVar(v: Var, x: string, pos: Pos): string {
    const s = this.storage(v, pos);
    if (s.k === 'js') return `${s.name} = ${x}`;
    const a = this.varAddr(v, pos);
    if (isWord(v.type)) return store(v.type, a, x, this.varInHeap(v, pos));
    return this.copyStmt(v.type, a, x, this.varInHeap(v, pos));
  }

  /** Initializes a just-declared variable: allocation (heap) and zero value. */
  initVar(v: Var, pos: Pos): void {
    const s = this.storage(v, pos);
    if (s.k === 'heap') {
      this.emit(`U32[(fp + ${s.off}) >>> 2] = rt.new(${this.p.typeRef(v.type)});`);
      return;
    }
    if (s.k === 'js') {
      this.emit(`${s.name} = ${zeroWord(v.type)};`);
      return;
    }
    this.emit(`${this.zeroStmt(v.type, this.varAddr(v, pos), false)};`);
  }

  // ---- memory values

  /** Copies a value of memory-kind type t from src to dst (statement). */
  copyStmt(t: Type, dst: string, src: string, heap: boolean): string {
    const n = sizeof(t);
    if (n === 0) return `${dst}, ${src}`;
    if (heap && holdsPointers(t)) return `rt.typedmemmove(${this.p.typeRef(t)}, ${dst}, ${src})`;
    if (n % 4 === 0 && n <= 32) return `mv4(${dst}, ${src}, ${n >>> 2})`;
    return `mv(${dst}, ${src}, ${n})`;
  }

  zeroStmt(t: Type, dst: string, heap: boolean): string {
    const n = sizeof(t);
    if (n === 0) return dst;
    if (heap && holdsPointers(t)) return `rt.typedmemclr(${this.p.typeRef(t)}, ${dst})`;
    return `U8.fill(0, ${dst}, ${dst} + ${n})`;
  }

  /**
   * A loop back edge's preemption point (see preemptCode). In a function that
   * may not otherwise collect, pointers live in JavaScript variables: the ones
   * in scope here, and the closure's funcval, go to the scheduler as roots
   * for the nested run (analysis.ts).
   */
  preemptPoint(): string {
    this.preemptCounter ??= `pc${this.nextLocal++}`;
    if (this.mayGC) return preemptCode(this.isGen, this.preemptCounter);
    const live = this.jsPointers.filter((x) => x.scope === undefined || this.scopes.includes(x.scope));
    return preemptCode(this.isGen, this.preemptCounter, ['fv', ...live.map((x) => x.name)]);
  }
  /** Pointer-holding variables kept in JavaScript, with the block scope each was declared in. */
  private readonly jsPointers: { name: string; scope: number[] | undefined }[] = [];

  // ---- prologue and epilogue

  /** The function's text around the body the statement compilers wrote. */
  finish(params: string[], body: string[]): string {
    const size = this.frame.total;
    const star = this.isGen ? '*' : '';
    const head: string[] = [];
    // A generator's frame records where it is suspended: it always has one;
    // so does a deferred function (analysis.ts, deferred).
    const frameless = this.frame.empty && !this.isGen && !this.p.deferred.has(this.fn);
    let sites: number[] = [];
    if (!frameless) {
      const desc = this.p.registerFrame(this.p.goName(this.fn), size, this.frame.ptrs, {
        args: this.p.hasArgs(this.fn),
      });
      sites = this.sites.map((pos) => this.p.registerSite(desc, pos));
      head.push(
        `  let fp = REG[0] - ${size}, sg = 0;`,
        `  if (fp < REG[1]) { sg = morestack(${size}); fp = REG[0] - ${size}; }`,
        `  U32[fp >>> 2] = ${desc}; U32[(fp + 4) >>> 2] = REG[2]; REG[2] = fp; REG[0] = fp;`,
      );
      for (const off of this.frame.ptrs) head.push(`  U32[(fp + ${off}) >>> 2] = 0;`);
    }
    if (this.jsTemps.length > 0) head.push(`  let ${this.jsTemps.join(', ')};`);
    if (this.preemptCounter !== undefined) head.push(`  let ${this.preemptCounter} = ${preemptCheckEvery};`);
    const epi = frameless
      ? ''
      : `REG[2] = U32[(fp + 4) >>> 2]; if (sg !== 0) unmorestack(sg); else REG[0] = fp + ${size};`;
    // The prologue (where the stack may overflow) stands at the function's declaration, as Go's morestack does.
    const at = this.fn.pos.file === '' ? '' : ` ${posMark}${this.p.posId(this.fn.pos)}`;
    return [
      `function${star} ${this.jsName}(${['fv', ...params].join(', ')}) {`,
      ...head.map((l) => `${l}${at}`),
      ...body.map((l) =>
        l.replaceAll(epilogueMark, epi).replace(siteMark, (_, i: string) => String(sites[Number(i)])),
      ),
      '}',
    ].join('\n');
  }

  /**
   * The epilogue, run on every exit before the value is returned: a mark
   * replaced once the frame's size is known.
   */
  epilogue(): string {
    return epilogueMark;
  }
}

const epilogueMark = '/*epilogue*/';
const siteMark = /\/\*site(\d+)\*\//g;
/** Ends a line emitted under a statement: the position id follows it. */
export const posMark = '//@';

/**
 * A preemption point's code, once its countdown (counter: a JavaScript
 * variable) runs out and the running goroutine has used its time slice: a
 * generator yields; a plain function runs the others nested on its stack
 * (runtime/proc.ts), holding roots (pointers only JavaScript variables
 * hold) meanwhile. Loops count down a variable of their function, which stays
 * in a register (README "Goroutines and blocking"); function entries count
 * down sched.tick, shared by all calls.
 */
export function preemptCode(isGen: boolean, counter: string, roots: string[] = []): string {
  if (isGen) {
    return `if (--${counter} < 0 && (${counter} = ${preemptCheckEvery}, sched.sliceUsed())) yield* sched.gosched();`;
  }
  return `if (--${counter} < 0) ${counter} = sched.preemptNested(${roots.join(', ')});`;
}

/**
 * The entry preemption point of a recursive function that may not collect:
 * the others run nested, but no collection starts while they do, since this
 * function's callers hold pointers only in JavaScript variables (analysis.ts).
 */
export const preemptEntryNoGC = 'if (--sched.tick < 0) sched.tick = sched.preemptNestedNoGC();';

export function safeName(n: string): string {
  return n.replace(/[^A-Za-z0-9_$]/g, '_');
}
