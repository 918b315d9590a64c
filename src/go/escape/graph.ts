// The escape analysis data-flow graph (cmd/compile/internal/escape/graph.go).
// A location is a variable or an allocation site; an edge dst←src with
// derefs d says "the value of src, dereferenced d times, flows to dst"
// (d = -1: src's address flows). A hole is a place an expression's value is
// assigned to: a destination plus a deref count and the notes -m -m prints.
import type { Pos } from '../errors.js';
import type * as S from '../syntax.js';
import type { FuncInfo, Var } from '../types.js';
import { Leaks, numEscResults } from './leaks.js';

// Text -m prints for a node, formatted when it is printed: escape analysis
// rewrites a call when it reaches it (S.CallExpr.fixed), and Go prints nodes
// as they stand at that moment.
export type Text = () => string;

// A note's `where` is the node -m -m names ("from WHERE (WHY) at POS"),
// formatted only when an explanation is printed.
export type Where = string | S.Expr | S.Stmt | Text;

export interface Note {
  pos: Pos;
  why: string;
  where: Where;
  next: Note | undefined;
}

// A location's identity: a variable, or an allocation site with the text and
// position -m reports for it. Locations without a site (temporaries) are silent.
export interface Site {
  pos: Pos;
  text: Text;
  node: S.Expr;
  // 'alloc': the expression allocates (&T{}, new, make, literals, closures,
  // method values, string conversions and concatenation); 'iface': the
  // storage of a value converted to an interface; 'variadic': the implicit
  // `... argument` slice of a call, whose node is the call.
  kind: 'alloc' | 'iface' | 'variadic';
  // A go/defer wrapper closure: explained under -m -m, never reported.
  wrapper?: boolean;
  // Size facts for HeapAllocReason.
  reason?: string;
}

export class Location {
  edges: { src: Location; derefs: number; notes: Note | undefined }[] = [];
  walkgen = 0;
  derefs = 0;
  dst: Location | undefined;
  dstEdgeIdx = 0;
  queued = false;
  escapes = false;
  transient: boolean;
  captured = false;
  reassigned = false;
  addrtaken = false;
  resultIndex = 0; // 1-based index of a result parameter, 0 otherwise
  paramEsc: Leaks = new Leaks();

  constructor(
    readonly v: Var | undefined,
    readonly site: Site | undefined,
    readonly curfn: FuncInfo,
    public loopDepth: number,
    transient: boolean,
  ) {
    this.transient = transient;
  }

  isParam(): boolean {
    return this.v?.isParam === true;
  }
  isResult(): boolean {
    return this.v?.isResult === true;
  }

  // leakTo records that this parameter leaks to sink (escape.go: leakTo).
  leakTo(sink: Location, derefs: number): void {
    if (!sink.escapes && sink.isResult() && sink.curfn === this.curfn) {
      const ri = sink.resultIndex - 1;
      if (ri < numEscResults) {
        this.paramEsc.add(1 + ri, derefs);
        return;
      }
    }
    this.paramEsc.add(0, derefs);
  }
}

export class Hole {
  constructor(
    readonly dst: Location,
    readonly derefs: number,
    readonly notes: Note | undefined,
    readonly addrtaken = false,
  ) {}

  note(pos: Pos, where: Where, why: string): Hole {
    return new Hole(this.dst, this.derefs, { pos, where, why, next: this.notes }, this.addrtaken);
  }
  shift(delta: number): Hole {
    return new Hole(this.dst, this.derefs + delta, this.notes, delta < 0);
  }
  deref(pos: Pos, where: Where, why: string): Hole {
    return this.shift(1).note(pos, where, why);
  }
  addr(pos: Pos, where: Where, why: string): Hole {
    return this.shift(-1).note(pos, where, why);
  }
}
