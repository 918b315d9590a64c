// Escape analysis entry point (cmd/compile/internal/escape: Funcs, Batch).
// It runs on the checked syntax tree where Go runs on IR: implicit
// conversions to interface are the checker's `iface` annotations, variadic
// arguments form the implicit `... argument` slice, method calls pass their
// receiver as the first argument. The walk is spread over the files Go
// spreads it over: batch.ts (escape.go), stmt.ts, assign.ts, expr.ts,
// call.ts, utils.ts; graph.ts, leaks.ts and solve.ts hold the graph, the
// tags and the propagation.
import type { Pos } from '../errors.js';
import type * as S from '../syntax.js';
import type { FuncInfo, Var } from '../types.js';
import { Batch } from './batch.js';
import './assign.js';
import './call.js';
import './expr.js';
import './stmt.js';
import type { Site } from './graph.js';
import type { Leaks } from './leaks.js';
import { batches } from './scc.js';

export interface Diagnostic {
  pos: Pos;
  msg: string;
  // A line of a -m -m explanation, which names an unknown position.
  explanation?: boolean;
}

// One allocation site's decision: `node` allocates on the heap when `heap`.
export interface AllocSite {
  node: S.Expr;
  kind: Site['kind'];
  heap: boolean;
  pos: Pos;
  text: string;
}

// Result of the analysis, for the runner: which variables live on the heap,
// which ones closures capture by reference (the rest they copy), and, for
// every allocation site, whether it escapes.
export interface EscapeResult {
  diagnostics: Diagnostic[];
  devirtualized: (Diagnostic & { fn: FuncInfo })[];
  heapVars: Set<Var>;
  capturedByRef: Set<Var>;
  sites: AllocSite[];
}

// Parameter tags of analysed functions, kept across packages (stdlib stubs are
// analysed once). Weak: a compiled program's functions are tagged too, and a
// strong map would keep every program's syntax and types for as long as the
// front end is loaded.
export type Tagged = WeakMap<FuncInfo, Leaks[]>;

// m is the -m level: 0 silent, 1 decisions, 2 decisions with explanations.
export function analyze(funcs: FuncInfo[], tagged: Tagged, m: number, result: EscapeResult): void {
  for (const batch of batches(funcs)) new Batch(batch, tagged, m, result).run();
}
