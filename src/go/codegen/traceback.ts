// The running goroutine's Go frames, read from the JavaScript stack where a
// panic or fatal error started.
//
// Mirrors what runtime/traceback.go's traceback1 prints for the goroutine
// that panics (gentraceback from the panicking PC), with positions from the
// module's line table (program.ts ModuleTrace) instead of pclntab:
//
//   JavaScript call sites of the error (V8 structured stack, innermost first)
//     └ keep those of the module (sourceURL) in a compiled Go function
//       └ line − the body's first line ─► ModuleTrace.lines ─► FILE:LINE
//
// Frames the JavaScript stack shows that are not Go functions of the program
// are left out: the standard library (TypeScript), runtime helpers, method
// wrappers, a goroutine's entry generator. A goroutine run nested on the stack
// of one preempted in a plain function (proc.ts preemptNested) stops at the
// nested run: what lies below belongs to the other. The JavaScript stack holds frames
// only while Error.stackTraceLimit allows: run.ts raises it to stackLimit
// while the program runs.
//
// A panic raised by a deferred call while an earlier panic is running the
// deferred calls: Go prints the stack at the new panic, which still holds the
// frames of the earlier one below the deferred call (nothing unwinds before a
// recover). Here the earlier frames have unwound to the frame running the
// deferred calls; the frames below it are the same JavaScript activations in
// both stacks, so the two stacks share a suffix. The new panic's frames above
// that frame, then all of the earlier panic's frames (that frame where it
// stood when the earlier panic began, and the frames below), give Go's stack. Go shows the
// runtime's panic frame between them (`panic({…})` in runtime/panic.go): it
// is left out, as every runtime frame is.

import { Sched } from '../../runtime/proc.js';
import type { TraceFrame } from '../../runtime/stack.js';
import type { ModuleTrace } from './program.js';
import { type GoPanic, panicSite } from './support.js';

/**
 * Error.stackTraceLimit while a program runs: Go prints up to 100 frames
 * (one more says some were elided), and JavaScript frames that are not Go
 * functions (wrappers, the standard library, the scheduler) come between.
 */
export const stackLimit = 400;

/** A Go frame and the JavaScript call site it was read from (line:column, unique per activation point). */
export interface SiteFrame extends TraceFrame {
  key: string;
}

/** The error's V8 call sites, innermost first (empty if its stack was formatted before). */
function callSites(e: Error): NodeJS.CallSite[] {
  const prev = Error.prepareStackTrace;
  let sites: NodeJS.CallSite[] = [];
  Error.prepareStackTrace = (_e, cs) => {
    sites = cs;
    return '';
  };
  try {
    void e.stack;
  } finally {
    Error.prepareStackTrace = prev;
  }
  return sites;
}

let bodyBase = 0;
/** The line number V8 gives the first line of a `new Function` body. */
function bodyLine(): number {
  if (bodyBase === 0) {
    const probe = new Function('return new Error();') as () => Error;
    bodyBase = callSites(probe())[0]?.getLineNumber() ?? 3;
  }
  return bodyBase;
}

/**
 * The scheduler's nested run (proc.ts): below it on the JavaScript stack lie
 * the frames of another goroutine, preempted in a plain function.
 */
const nestedRun = Sched.prototype.preemptNested.name;

/** The Go frames of the module in e's JavaScript stack, innermost first, down to the goroutine's own first frame. */
export function goFrames(e: Error, t: ModuleTrace): SiteFrame[] {
  const base = bodyLine();
  const out: SiteFrame[] = [];
  for (const cs of callSites(e)) {
    if (cs.getFunctionName() === nestedRun) break;
    if (cs.getScriptNameOrSourceURL() !== t.url) continue;
    const fn = t.funcs.get(cs.getFunctionName() ?? '');
    if (fn === undefined) continue;
    const line = (cs.getLineNumber() ?? 0) - base;
    const p = t.lines[line] ?? -1;
    // A line compiled from no statement: package initialization calling the
    // init functions, which Go's runtime (doInit) does, in frames it hides.
    if (p < 0) continue;
    out.push({
      func: fn.func,
      args: fn.args,
      pos: t.positions[p]!,
      key: `${line}:${cs.getColumnNumber()}`,
    });
  }
  return out;
}

/** Where the error (a panic, a fatal error) started: its own stack or the JavaScript error it came from. */
export function errorFrames(err: Error, t: ModuleTrace): SiteFrame[] {
  return goFrames(panicSite.get(err) ?? err, t);
}

/** The frames Go prints for an unrecovered panic: at the last panic, with the frames of the panics it interrupted. */
export function panicFrames(p: GoPanic, t: ModuleTrace): SiteFrame[] {
  const own = errorFrames(p, t);
  if (p.link === null) return own;
  const below = panicFrames(p.link, t);
  let i = own.length;
  let j = below.length;
  while (i > 0 && j > 0 && own[i - 1]!.key === below[j - 1]!.key) {
    i--;
    j--;
  }
  // own[i-1]: the frame running the deferred calls, which `below` shows where the earlier panic found it.
  if (i === 0 || j === 0) return own;
  return [...own.slice(0, i - 1), ...below];
}
