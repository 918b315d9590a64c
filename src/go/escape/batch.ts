// A batch of functions analysed together (cmd/compile/internal/escape/
// escape.go: batch, initFunc, walkFunc, flowClosure, finish, paramTag; graph.go:
// newLoc, flow, teeHole, spill; solve.go: explainPath). The walk itself is
// spread over stmt.ts, assign.ts, expr.ts and call.ts as Go spreads its
// methods over files; each adds its methods to Batch.
import { fmtPos, type Pos } from '../errors.js';
import { exprString, nodeString } from '../exprfmt.js';
import { sizeof } from '../sizes.js';
import type * as S from '../syntax.js';
import { type FuncInfo, hasPointers, isInterface, type Type, under, type Var } from '../types.js';
import type { Diagnostic, EscapeResult, Tagged } from './escape.js';
import { Hole, Location, type Note, type Site, type Text, type Where } from './graph.js';
import { Leaks, numEscResults } from './leaks.js';
import { walkAll } from './solve.js';
import { typecheckTemps } from './temps.js';
import { isDirectIface, maxStackVarSize, scanLabels } from './utils.js';

export class Batch {
  allLocs: Location[] = [];
  heapLoc: Location;
  blankLoc: Location;
  locs = new Map<Var, Location>();
  /** Closures and go/defer wrappers, with the variables each captures, for flowClosure. */
  closures: { k: Hole; captured: readonly Var[]; at?: ReadonlyMap<Var, Pos> }[] = [];
  /** go/defer operands copied into temporaries: while the call is analysed, each stands for its own (call.ts). */
  readonly wrappedOperands = new Map<S.Expr, Location[]>();
  /** The next temporary's number, per function. */
  readonly temps = new Map<FuncInfo, number>();
  /** How many typecheck temporaries each function declares (temps.ts). */
  readonly typecheckTemps = new Map<FuncInfo, number>();
  /** A callee or receiver a typecheck temporary holds: the temporary's location, once assigned. */
  readonly tempLocs = new Map<S.Expr, Location>();
  inBatch: Set<FuncInfo>;
  diags: Diagnostic[] = [];
  readonly diag: boolean;
  // Per function being walked.
  curfn!: FuncInfo;
  loopDepth = 1;
  labels = new Map<string, 'looping' | 'nonlooping'>();

  constructor(
    readonly fns: FuncInfo[],
    readonly tagged: Tagged,
    readonly m: number,
    readonly result: EscapeResult,
  ) {
    this.diag = m > 0;
    const root = fns[0]!;
    this.heapLoc = new Location(undefined, undefined, root, 0, false);
    this.heapLoc.escapes = true;
    this.blankLoc = new Location(undefined, undefined, root, 0, false);
    this.inBatch = new Set();
    const addAll = (f: FuncInfo) => {
      this.inBatch.add(f);
      f.closures.forEach(addAll);
    };
    fns.forEach(addAll);
  }

  run(): void {
    for (const fn of this.inBatch) this.initFunc(fn);
    for (const fn of this.fns) this.walkFunc(fn);
    for (const c of this.closures) this.flowClosure(c.k, c.captured, c.at);
    for (const loc of this.allLocs) {
      const why =
        loc.site?.reason ??
        (loc.v !== undefined && !loc.v.isParam && !loc.v.isResult && sizeof(loc.v.type) > maxStackVarSize
          ? 'too large for stack'
          : undefined);
      if (why !== undefined)
        this.flow(this.heapHole().addr(loc.site?.pos ?? loc.v!.pos, loc.site?.text ?? loc.v!.name, why), loc);
    }
    walkAll(
      this.allLocs,
      this.heapLoc,
      this.m >= 2
        ? {
            leak: (root, l, derefs) => {
              this.explain(
                locPos(l),
                `parameter ${locText(l)} leaks to ${explainLoc(root, this.heapLoc)} with derefs=${derefs}:`,
              );
              this.explainPath(root, l);
            },
            escape: (root, l) => {
              this.explain(locPos(l), `${locText(l)} escapes to heap:`);
              this.explainPath(root, l);
            },
          }
        : undefined,
    );
    this.finish();
  }

  // ---- locations and holes

  newLoc(v: Var | undefined, site: Site | undefined, transient: boolean): Location {
    const loc = new Location(v, site, this.curfn, this.loopDepth, transient);
    this.allLocs.push(loc);
    if (v !== undefined) this.locs.set(v, loc);
    return loc;
  }

  oldLoc(v: Var): Location {
    let l = this.locs.get(v);
    if (l === undefined) {
      // A variable of an enclosing function outside this batch cannot occur;
      // a missed declaration gets a location at the current depth.
      l = this.newLoc(v, undefined, false);
    }
    return l;
  }

  heapHole(): Hole {
    return new Hole(this.heapLoc, 0, undefined);
  }

  discardHole(): Hole {
    return new Hole(this.blankLoc, 0, undefined);
  }

  asHole(l: Location): Hole {
    return new Hole(l, 0, undefined);
  }

  flow(k: Hole, src: Location): void {
    if (k.addrtaken) src.addrtaken = true;
    const dst = k.dst;
    if (dst === this.blankLoc) return;
    if (dst === src && k.derefs >= 0) return;
    if (dst.escapes && k.derefs < 0) {
      if (this.m >= 2 && (src.v !== undefined || src.site !== undefined)) {
        this.explain(locPos(src), `${locText(src)} escapes to heap:`);
        this.explainFlow(locPos(src), dst, src, k.derefs, k.notes);
      }
      src.escapes = true;
      return;
    }
    dst.edges.push({ src, derefs: k.derefs, notes: k.notes });
  }

  teeHole(ks: Hole[]): Hole {
    if (ks.length === 0) return this.discardHole();
    if (ks.length === 1) return ks[0]!;
    const loc = this.newLoc(undefined, undefined, true);
    for (const k of ks) {
      if (k.derefs < 0) throw new Error('teeHole: negative derefs');
      this.flow(k, loc);
    }
    return this.asHole(loc);
  }

  later(k: Hole): Hole {
    const loc = this.newLoc(undefined, undefined, false);
    this.flow(k, loc);
    return this.asHole(loc);
  }

  // spillAt allocates storage for n converted to an interface, at the position Go gives the
  // conversion; an explicit conversion prints as itself (text), an implicit one as n.
  spillAt(k: Hole, n: S.Expr, pos: Pos, text: Text = () => exprString(n, 'ir')): Hole {
    const site: Site = { pos, text, node: n, kind: 'iface' };
    const loc = this.newLoc(undefined, site, true);
    this.flow(k.addr(pos, site.text, 'spill'), loc);
    return this.asHole(loc);
  }

  spill(k: Hole, n: S.Expr, text: Text = () => exprString(n, 'ir'), reason?: string): Hole {
    const site: Site = { pos: n.pos, text, node: n, kind: 'alloc' };
    if (reason !== undefined) site.reason = reason;
    const loc = this.newLoc(undefined, site, true);
    this.flow(k.addr(n.pos, site.text, 'spill'), loc);
    return this.asHole(loc);
  }

  // ---- -m -m explanations (solve.go: explainPath, explainFlow)

  explainPath(root: Location, src: Location): void {
    const visited = new Set<Location>();
    const pos = locPos(src);
    for (;;) {
      if (visited.has(src)) {
        this.explain(
          pos,
          '  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518',
        );
        break;
      }
      visited.add(src);
      const dst = src.dst!;
      const edge = dst.edges[src.dstEdgeIdx]!;
      this.explainFlow(pos, dst, src, edge.derefs, edge.notes);
      if (dst === root) break;
      src = dst;
    }
  }

  explainFlow(pos: Pos, dst: Location, src: Location, derefs: number, notes: Note | undefined): void {
    const ops = derefs < 0 ? '&' : '*'.repeat(derefs);
    this.explain(pos, `  flow: ${explainLoc(dst, this.heapLoc)} = ${ops}${explainLoc(src, this.heapLoc)}:`);
    for (let n = notes; n !== undefined; n = n.next) {
      this.explain(pos, `    from ${whereText(n.where)} (${n.why}) at ${fmtPos(n.pos)}`);
    }
  }

  // ---- functions

  initFunc(fn: FuncInfo): void {
    this.curfn = fn;
    this.loopDepth = 1;
    const sig = fn.sig;
    for (const v of [...(sig.recv ? [sig.recv] : []), ...sig.params]) this.newLoc(v, undefined, false);
    sig.results.forEach((v, i) => {
      const l = this.newLoc(v, undefined, false);
      l.resultIndex = 1 + i;
    });
    for (const v of fn.locals) this.newLoc(v, undefined, false);
  }

  walkFunc(fn: FuncInfo): void {
    if (!this.typecheckTemps.has(fn)) {
      const sig = fn.sig;
      const named = [...(sig.recv ? [sig.recv] : []), ...sig.params].filter(
        (v) => v.name !== '' && v.name !== '_',
      );
      this.typecheckTemps.set(fn, typecheckTemps(fn, named.length + sig.results.length).count);
      this.markDevirtualized(fn);
    }
    const saved = { curfn: this.curfn, loopDepth: this.loopDepth, labels: this.labels };
    this.curfn = fn;
    this.loopDepth = 1;
    this.labels = new Map();
    const body = fn.decl.body;
    if (body !== undefined) {
      scanLabels(body, this.labels);
      this.block(body.list);
    }
    Object.assign(this, saved);
  }

  flowClosure(k: Hole, captured: readonly Var[], capturedAt: ReadonlyMap<Var, Pos> | undefined): void {
    for (const v of captured) {
      const loc = this.oldLoc(v);
      const byval = !loc.addrtaken && !loc.reassigned && sizeof(v.type) <= 128;
      if (!byval) this.result.capturedByRef.add(v);
      if (this.m >= 2) {
        this.warn(
          v.pos,
          `${v.fn?.name} capturing by ${byval ? 'value' : 'ref'}: ${v.name} (addr=${loc.addrtaken} assign=${loc.reassigned} width=${sizeof(v.type)})`,
        );
      }
      const at = capturedAt?.get(v) ?? v.pos;
      const kk = byval ? k : k.addr(at, v.name, 'reference');
      this.flow(kk.note(at, v.name, 'captured by a closure'), loc);
    }
  }

  // dotType: a type assertion to a non-interface type copies the value out of the interface.
  dotType(k: Hole, t: Type): Hole {
    if (!isInterface(t) && !isDirectIface(t)) return k.shift(1);
    return k;
  }

  // ---- results (escape.go: finish, paramTag)

  warn(pos: Pos, msg: string): void {
    this.diags.push({ pos, msg });
  }

  // explain records a line of a -m -m explanation, which Go prints itself
  // rather than as a compiler message.
  explain(pos: Pos, msg: string): void {
    this.diags.push({ pos, msg, explanation: true });
  }

  // devirt records a devirtualization, which Go reports in a pass before
  // escape analysis, function by function (closures too) in declaration order.
  devirt(pos: Pos, msg: string): void {
    if (this.diag && !this.curfn.pkg.stub) this.result.devirtualized.push({ pos, msg, fn: this.curfn });
  }

  finish(): void {
    for (const fn of this.inBatch) {
      const sig = fn.sig;
      const params = [...(sig.recv ? [sig.recv] : []), ...sig.params];
      const tags = params.map((p) => this.paramTag(fn, p));
      this.tagged.set(fn, tags);
    }
    for (const loc of this.allLocs) {
      if (loc.v !== undefined) {
        if (loc.escapes) {
          this.result.heapVars.add(loc.v);
          if (loc.v.name !== '' && loc.v.name !== '_') this.warn(loc.v.pos, `moved to heap: ${loc.v.name}`);
        }
        continue;
      }
      const site = loc.site;
      // Go prints nothing for go/defer wrappers (escape.go: finish).
      if (site === undefined || site.wrapper === true) continue;
      this.result.sites.push({
        node: site.node,
        kind: site.kind,
        heap: loc.escapes,
        pos: site.pos,
        text: site.text(),
      });
      this.warn(site.pos, `${site.text()} ${loc.escapes ? 'escapes to heap' : 'does not escape'}`);
    }
    if (this.diag && !this.fns[0]!.pkg.stub) this.result.diagnostics.push(...this.diags);
  }

  paramTag(fn: FuncInfo, p: Var): Leaks {
    const body = fn.decl.body;
    const out = new Leaks();
    // A scalar parameter is left untagged, and a caller reads the empty tag
    // as a leak to the heap (leaks.go: parseLeaks). Only an argument with
    // pointers notices: a method expression's receiver, say (*T).M(&t) of a
    // value method M promoted from an embedded field.
    const untagged = new Leaks();
    untagged.add(0, 0);
    if (body === undefined) {
      if (under(p.type).kind === 'basic' && (under(p.type) as { name: string }).name === 'uintptr') {
        this.warn(p.pos, `assuming ${p.name} is unsafe uintptr`);
        return untagged;
      }
      if (!hasPointers(p.type)) return untagged;
      if (fn.noescape) {
        if (p.name !== '') this.warn(p.pos, `${p.name} does not escape`);
      } else {
        if (p.name !== '') this.warn(p.pos, `leaking param: ${p.name}`);
        out.add(0, 0);
      }
      return out;
    }
    if (!hasPointers(p.type)) return untagged;
    if (p.name === '' || p.name === '_') return out;
    const loc = this.oldLoc(p);
    const esc = loc.paramEsc.clone();
    esc.optimize();
    if (!loc.escapes) {
      if (esc.empty()) this.warn(p.pos, `${p.name} does not escape`);
      const h = esc.heap();
      if (h === 0) this.warn(p.pos, `leaking param: ${p.name}`);
      else if (h > 0) this.warn(p.pos, `leaking param content: ${p.name}`);
      for (let i = 0; i < numEscResults; i++) {
        const x = esc.result(i);
        if (x >= 0) {
          const r = fn.sig.results[i]!;
          const rname = r.name === '' || r.name === '_' ? `~r${i}` : r.name;
          this.warn(p.pos, `leaking param: ${p.name} to result ${rname} level=${x}`);
        }
      }
    }
    return esc;
  }
}

function locPos(l: Location): Pos {
  return l.v?.pos ?? l.site!.pos;
}

// locText names a location as ir prints its node: a variable's name
// (~rN for an unnamed result) or the allocating expression.
function locText(l: Location): string {
  if (l.v !== undefined) return l.v.name !== '' ? l.v.name : `~r${l.resultIndex - 1}`;
  return l.site?.text() ?? '';
}

function explainLoc(l: Location, heap: Location): string {
  if (l === heap) return '{heap}';
  if (l.v !== undefined) return locText(l);
  if (l.site !== undefined) return `{storage for ${l.site.text()}}`;
  return '{temp}';
}

function whereText(w: Where): string {
  if (typeof w === 'string') return w;
  if (typeof w === 'function') return w();
  return nodeString(w);
}
