// Propagation over the location graph (cmd/compile/internal/escape/solve.go):
// walkAll repeatedly walks backwards from each root along edges, keeping for
// every reached location the minimal deref count; a location whose address
// reaches a root that outlives it escapes (and becomes a root itself), and a
// parameter whose value reaches a longer-lived root records a leak.
import type { FuncInfo } from '../types.js';
import type { Location } from './graph.js';

// Explainer receives the events -m -m explains (solve.go: explainPath).
export interface Explainer {
  leak(root: Location, l: Location, derefs: number): void;
  escape(root: Location, l: Location): void;
}

export function walkAll(allLocs: Location[], heapLoc: Location, explain: Explainer | undefined): void {
  const todo: Location[] = [];
  const enqueue = (l: Location) => {
    if (!l.queued) {
      todo.push(l);
      l.queued = true;
    }
  };
  for (const l of allLocs) enqueue(l);
  enqueue(heapLoc);
  let walkgen = 0;
  while (todo.length > 0) {
    const root = todo.pop()!;
    root.queued = false;
    walkgen++;
    walkOne(root, walkgen, enqueue, explain);
  }
}

function walkOne(
  root: Location,
  walkgen: number,
  enqueue: (l: Location) => void,
  explain: Explainer | undefined,
): void {
  root.walkgen = walkgen;
  root.derefs = 0;
  root.dst = undefined;
  const todo = [root];
  while (todo.length > 0) {
    const l = todo.pop()!;
    let derefs = l.derefs;
    const addressOf = derefs < 0;
    if (addressOf) {
      derefs = 0;
      if (!root.transient && l.transient) {
        l.transient = false;
        enqueue(l);
      }
    }
    if (outlives(root, l)) {
      if (l.isParam()) {
        if (!l.escapes) explain?.leak(root, l, derefs);
        l.leakTo(root, derefs);
      }
      if (addressOf && !l.escapes) {
        explain?.escape(root, l);
        l.escapes = true;
        enqueue(l);
        continue;
      }
    }
    for (let i = 0; i < l.edges.length; i++) {
      const edge = l.edges[i]!;
      if (edge.src.escapes) continue;
      const d = derefs + edge.derefs;
      if (edge.src.walkgen !== walkgen || edge.src.derefs > d) {
        edge.src.walkgen = walkgen;
        edge.src.derefs = d;
        edge.src.dst = l;
        edge.src.dstEdgeIdx = i;
        todo.push(edge.src);
      }
    }
  }
}

// outlives reports whether values stored in l may survive beyond other's lifetime.
export function outlives(l: Location, other: Location): boolean {
  if (l.escapes) return true;
  if (l.isResult()) {
    // A result of a directly called closure flows to its caller's frame.
    if (containsClosure(other.curfn, l.curfn) && closureCalled.has(l.curfn)) return false;
    return true;
  }
  if (l.curfn === other.curfn && l.loopDepth < other.loopDepth) return true;
  if (containsClosure(l.curfn, other.curfn)) return true;
  return false;
}

// closureCalled holds closures that are called directly where they are defined.
export const closureCalled = new WeakSet<FuncInfo>();

export function containsClosure(f: FuncInfo, c: FuncInfo): boolean {
  if (f === c) return false;
  for (let o = c.outer; o !== undefined; o = o.outer) if (o === f) return true;
  return false;
}
