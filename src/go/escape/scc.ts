// Analysis order (ir/scc.go: VisitFuncsBottomUp). Functions are analysed
// callee first so a call finds its callee's parameter tags; mutually
// recursive functions form one batch, and closures always belong to the
// batch of the function that contains them.
import * as S from '../syntax.js';
import { type Func, type FuncInfo, lookupFieldOrMethod, type Selection } from '../types.js';
import { convertedFrom } from './utils.js';

// batches orders top-level functions bottom-up by static calls (Tarjan's SCC,
// as ir.VisitFuncsBottomUp), each batch a set of mutually recursive functions.
export function batches(funcs: FuncInfo[]): FuncInfo[][] {
  const callees = new Map<FuncInfo, Set<FuncInfo>>();
  for (const f of funcs) {
    const set = new Set<FuncInfo>();
    // The function whose body is being visited: f or one of its closures.
    let cur = f;
    const visit = (n: unknown): void => {
      if (n === null || typeof n !== 'object') return;
      if (Array.isArray(n)) {
        for (const x of n) visit(x);
        return;
      }
      const o = n as Record<string, unknown>;
      if (o.kind === 'FuncLit') {
        const outer = cur;
        cur = (o as unknown as S.FuncLit).fn!;
        S.forEachChild(o, visit);
        cur = outer;
        return;
      }
      if (o.kind === 'Name' && (o.obj as { kind?: string } | undefined)?.kind === 'func') {
        const info = (o.obj as { info?: FuncInfo }).info;
        if (info !== undefined) set.add(info);
      }
      S.forEachChild(o, visit);
      if (o.kind === 'SelectorExpr') {
        const sel = o.selection as Selection | undefined;
        if (sel !== undefined && sel.kind !== 'field' && sel.obj.kind === 'func') {
          const m = sel.obj;
          if (m.info !== undefined) set.add(m.info);
          else {
            const d = devirtualized(o as unknown as S.SelectorExpr, cur);
            if (d !== undefined) set.add(d);
          }
        }
      }
    };
    visit(f.decl.body);
    callees.set(f, set);
  }
  const out: FuncInfo[][] = [];
  const index = new Map<FuncInfo, number>();
  const low = new Map<FuncInfo, number>();
  const stack: FuncInfo[] = [];
  const onStack = new Set<FuncInfo>();
  let counter = 0;
  const strong = (v: FuncInfo): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of callees.get(v) ?? []) {
      if (!callees.has(w)) continue;
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const comp: FuncInfo[] = [];
      let w: FuncInfo;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      out.push(comp.reverse());
    }
  };
  for (const f of funcs) if (!index.has(f)) strong(f);
  return out;
}

// devirtualized is the method an interface method selection in fn calls
// once devirtualize.Static, which runs before escape analysis, has made it a
// direct call: when the interface value is statically a conversion from a
// concrete type (as Batch.staticValue and Batch.devirtualize decide).
function devirtualized(f: S.SelectorExpr, fn: FuncInfo): FuncInfo | undefined {
  let x = S.unparen(f.x);
  for (let i = 0; i < 100 && x.kind === 'Name'; i++) {
    if (x.obj?.kind !== 'var') return undefined;
    const v = x.obj;
    if (v.global || v.fn !== fn || v.defn === undefined || v.reassigned || v.addrTaken) return undefined;
    if (v.defn.iface !== undefined) {
      x = v.defn;
      break;
    }
    x = S.unparen(v.defn);
  }
  const t = convertedFrom(x);
  if (t === undefined) return undefined;
  const sel = lookupFieldOrMethod(t, f.sel.value);
  return sel?.kind === 'method' ? (sel.obj as Func).info : undefined;
}
