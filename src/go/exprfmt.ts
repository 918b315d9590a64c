// Expression text as Go prints it. Two dialects: 'ir' is how the compiler's
// ir package formats nodes in -m diagnostics (ir/fmt.go: exprFmt; parentheses
// re-derived from operator precedence, composite literals as `T{...}`,
// function literals as `func literal`, implicit conversions invisible);
// 'types2' is syntax.String as used in type errors (`T{…}`, `func(){…}`).
import * as S from './syntax.js';
import {
  type Func,
  isInterface,
  lookupFieldOrMethod,
  type Struct,
  type Type,
  typeString,
  under,
} from './types.js';

type Dialect = 'ir' | 'types2';

export function exprString(e: S.Expr, d: Dialect): string {
  return fmt(e, d, 0);
}

/**
 * A conversion of x to t as ir prints it, written out (not implicit): a type
 * with a name (ir's Sym: a named or predeclared type, any) bare, any other in
 * parentheses.
 */
export function conversionString(t: Type, x: S.Expr): string {
  const ts = typeString(t, true, true);
  const named =
    t.kind === 'named' || (t.kind === 'basic' && !ts.includes('.')) || (t.kind === 'interface' && t.isAny);
  return `${named ? ts : `(${ts})`}(${fmt(x, 'ir', 0)})`;
}

/** Operands printed as another name: go/defer operands copied into temporaries. */
let renamed: ReadonlyMap<S.Expr, string> | undefined;

/**
 * A call as -m prints it once escape analysis has copied some of its operands
 * into temporaries (escape/call.go: wrapExpr): each operand in names prints
 * as its temporary. For a method call, the receiver's entry stands for the
 * receiver the method takes (&x, *p), as FixMethodCall passes it.
 */
export function renamedCallString(call: S.CallExpr, names: ReadonlyMap<S.Expr, string>): string {
  renamed = names;
  try {
    return fmt(call, 'ir', 0);
  } finally {
    renamed = undefined;
  }
}

/**
 * The name of the typecheck temporary Go evaluated x into (escape/temps.ts),
 * which the call using x prints in its place; else x's own text.
 */
function tempOr(x: S.Expr, text: () => string): string {
  return S.unparen(x).autotmp ?? text();
}

/**
 * The receiver a method call passes once typecheck has spelled out the
 * embedded fields the method is promoted through (AddImplicitDots; for a
 * call devirtualized to T, devirtualize.Call typechecks x.(T).M the same
 * way): x, or x.(T), then one selector per field, with each step's text,
 * type and whether it selects through a pointer (ODOTPTR). The implicit &
 * or * that makes the last step the method's receiver prints as nothing.
 * Also the type the last step reaches, and the method found there.
 */
export function receiverPath(
  fun: S.SelectorExpr,
  concrete: Type | undefined,
): { base: string; steps: { text: string; ptr: boolean; type: Type }[]; type: Type; method: Func } {
  const sel = concrete === undefined ? fun.selection! : lookupFieldOrMethod(concrete, fun.sel.value)!;
  // Alone, the receiver is the call's first argument: no parentheses of its own.
  const outer = concrete !== undefined || sel.index.length > 0 ? 7 : 0;
  let text = tempOr(fun.x, () => fmt(fun.x, 'ir', outer));
  if (concrete !== undefined) text += `.(${typeString(concrete, true, true)})`;
  const base = text;
  const steps: { text: string; ptr: boolean; type: Type }[] = [];
  let t = concrete ?? fun.x.tv!.type;
  for (const i of sel.index) {
    let u = under(t);
    const ptr = u.kind === 'pointer';
    if (u.kind === 'pointer') u = under(u.elem);
    const f = (u as Struct).fields[i]!;
    text += `.${f.name}`;
    t = f.type;
    steps.push({ text, ptr, type: t });
  }
  return { base, steps, type: t, method: sel.obj as Func };
}

/** Import paths the compiler prints in full (their name is not unique among the loaded packages). */
let ambiguousPackages: ReadonlySet<string> = new Set();

/**
 * The packages whose names clash with one the compiler loads for the
 * program's imports: importing runtime loads runtime/internal/atomic, which
 * sync/atomic's name then clashes with.
 */
export function setImports(paths: ReadonlySet<string>): void {
  ambiguousPackages = paths.has('runtime') && paths.has('sync/atomic') ? new Set(['sync/atomic']) : new Set();
}

function prec(e: S.Expr): number {
  if (e.kind === 'Operation') return e.y === undefined ? 6 : S.precedence[e.op]!;
  return 8;
}

/** Syntax that only ever denotes a type. */
const typeSyntax = new Set([
  'ArrayType',
  'SliceType',
  'StructType',
  'InterfaceType',
  'FuncType',
  'MapType',
  'ChanType',
]);

function fmt(e: S.Expr, d: Dialect, outer: number): string {
  const name = renamed?.get(e);
  if (name !== undefined) return name;
  if (d === 'ir') {
    while (e.kind === 'ParenExpr') e = e.x;
    // The compiler prints the type, not its spelling: [16]int for [N * 2]int.
    if (typeSyntax.has(e.kind) && e.tv !== undefined) return typeString(e.tv.type, true, true);
  }
  const wrap = (s: string) => (prec(e) < outer ? `(${s})` : s);
  switch (e.kind) {
    case 'BadExpr':
      return 'BadExpr'; // as syntax.String prints it
    case 'Name':
      return e.value;
    case 'BasicLit':
      return e.value;
    case 'CompositeLit': {
      const t =
        d === 'ir' && e.tv
          ? typeString(e.tv.type, true, true)
          : e.type !== undefined
            ? fmt(e.type, d, 0)
            : '';
      if (e.elems.length === 0) return `${t}{}`;
      return d === 'ir' ? `${t}{...}` : `${t}{…}`;
    }
    case 'KeyValueExpr':
      return `${fmt(e.key, d, 0)}: ${fmt(e.value, d, 0)}`;
    case 'FuncLit':
      // OCLOSURE has no precedence of its own in the compiler's table, so it is
      // parenthesized wherever an operand of higher precedence is: (func literal)().
      if (d === 'ir') return outer > 0 ? '(func literal)' : 'func literal';
      // syntax.String elides a body, but an empty one prints as it is.
      return `${fmt(e.type, d, 0)} ${e.body.list.length === 0 ? '{}' : '{…}'}`;
    case 'ParenExpr':
      return `(${fmt(e.x, d, 0)})`;
    case 'SelectorExpr': {
      const sel = e.selection;
      // A package whose name another loaded package shares is qualified by
      // its import path: "sync/atomic".LoadInt64 once runtime (and with it
      // runtime/internal/atomic) is imported.
      const pkgPath = sel?.kind === 'pkg' ? sel.obj.pkg?.path : undefined;
      if (
        d === 'ir' &&
        pkgPath !== undefined &&
        ambiguousPackages.has(pkgPath) &&
        sel!.obj.kind !== 'typename'
      )
        return `"${pkgPath}".${e.sel.value}`;
      let x = fmt(e.x, d, 7);
      if (d === 'ir' && (sel?.kind === 'field' || (sel?.kind === 'method' && !isInterface(e.x.tv!.type)))) {
        // The compiler spells out the embedded fields a promoted field or
        // method is reached through (typecheck.AddImplicitDots); a method's
        // index is that path alone.
        let t = e.x.tv!.type;
        for (const i of sel.kind === 'field' ? sel.index.slice(0, -1) : sel.index) {
          const f = (under(t.kind === 'pointer' ? t.elem : t) as Struct).fields[i]!;
          x += `.${f.name}`;
          t = f.type;
        }
      }
      return `${x}.${e.sel.value}`;
    }
    case 'IndexExpr':
      return `${fmt(e.x, d, 7)}[${fmt(e.index, d, 0)}]`;
    case 'SliceExpr': {
      const [a, b, c] = e.index;
      let s = `${fmt(e.x, d, 7)}[${a ? fmt(a, d, 0) : ''}:${b ? fmt(b, d, 0) : ''}`;
      if (e.full) s += `:${c ? fmt(c, d, 0) : ''}`;
      return `${s}]`;
    }
    case 'AssertExpr':
      return `${fmt(e.x, d, 7)}.(${fmt(e.type, d, 0)})`;
    case 'TypeSwitchGuard':
      return `${e.lhs ? `${e.lhs.value} := ` : ''}${fmt(e.x, d, 7)}.(type)`;
    case 'Operation':
      if (e.y === undefined) {
        if (e.op === '&' && d === 'ir') {
          const x = S.unparen(e.x);
          // &T{...} (OPTRLIT) has no precedence of its own (ir.OpPrec): it is
          // parenthesized as any operand, the value of a send included.
          if (x.kind === 'CompositeLit') return outer > 0 ? `(&${fmt(x, d, 7)})` : `&${fmt(x, d, 7)}`;
        }
        return wrap(`${e.op}${fmt(e.x, d, 7)}`);
      }
      return wrap(`${fmt(e.x, d, S.precedence[e.op]!)} ${e.op} ${fmt(e.y, d, S.precedence[e.op]! + 1)}`);
    case 'CallExpr': {
      // recover() (ORECOVER), and the ORECOVERFP escape analysis rewrites
      // it into (S.CallExpr.fixed), have no precedence of their own in ir:
      // parenthesized as any operand.
      const builtin = S.unparen(e.fun);
      if (
        d === 'ir' &&
        e.fun.tv?.mode === 'builtin' &&
        builtin.kind === 'Name' &&
        builtin.value === 'recover'
      ) {
        const text = e.fixed === true ? '<node RECOVERFP>' : 'recover()';
        return outer > 0 ? `(${text})` : text;
      }
      if (d === 'ir' && e.fun.tv?.mode === 'typexpr' && e.args.length === 1) {
        const t = e.fun.tv.type;
        const ts = typeString(t, true, true);
        const a = e.args[0]!;
        // A constant string converted to runes is typechecked into the
        // slice literal of its runes (typecheck.stringtoruneslit).
        const tu = under(t);
        if (
          a.tv?.mode === 'constant' &&
          a.tv.val?.kind === 'string' &&
          tu.kind === 'slice' &&
          under(tu.elem).kind === 'basic' &&
          (under(tu.elem) as { name: string }).name === 'int32'
        )
          return `${ts}{${a.tv.val.v === '' ? '' : '...'}}`;
        return conversionString(t, e.args[0]!);
      }
      let args = e.args.map((a) => fmt(a, d, 0));
      let dots = e.hasDots;
      const sig = e.fun.tv?.type;
      // f(g()) of a multi-valued g prints as written: Go keeps the call's
      // original (n.Orig) when it rewrites the arguments into temporaries.
      const tuple = e.args.length === 1 && e.args[0]!.tv?.type.kind === 'tuple';
      if (
        d === 'ir' &&
        e.fixed === true &&
        !e.hasDots &&
        !tuple &&
        sig?.kind === 'signature' &&
        sig.variadic
      ) {
        // Once escape analysis reaches the call, its variadic arguments are
        // packed into a slice (typecheck.FixVariadicCall).
        const nfixed = sig.params.length - 1;
        args = [...args.slice(0, nfixed), e.args.length > nfixed ? '... argument' : 'nil'];
        dots = true;
      }
      const tail = dots ? '...' : '';
      const fun = S.unparen(e.fun);
      if (
        d === 'ir' &&
        fun.kind === 'SelectorExpr' &&
        fun.selection?.kind === 'method' &&
        (e.devirt !== undefined || !isInterface(fun.x.tv!.type))
      ) {
        // It also rewrites a method call into a call of the method expression
        // with the receiver first (typecheck.FixMethodCall), unless the
        // method is an interface's, promoted from an embedded field.
        const path = receiverPath(fun, e.devirt);
        const recv = renamed?.get(fun.x) ?? path.steps[path.steps.length - 1]?.text ?? path.base;
        const t = path.type;
        const base = t.kind === 'pointer' ? t.elem : t;
        if (isInterface(base)) return `${recv}.${fun.sel.value}(${args.join(', ')}${tail})`;
        const ts = typeString(base, true, true);
        const rt = path.method.ptrRecv ? `(*${ts})` : ts;
        return `${rt}.${fun.sel.value}(${[recv, ...args].join(', ')}${tail})`;
      }
      // A callee (or an interface method's receiver) evaluated into a typecheck temporary prints as it.
      const callee =
        d === 'ir' && fun.kind === 'SelectorExpr' && fun.selection?.kind === 'method'
          ? `${tempOr(fun.x, () => fmt(fun.x, d, 7))}.${fun.sel.value}`
          : d === 'ir'
            ? tempOr(fun, () => fmt(e.fun, d, 7))
            : fmt(e.fun, d, 7);
      return `${callee}(${args.join(', ')}${tail})`;
    }
    case 'ListExpr':
      return e.elems.map((x) => fmt(x, d, 0)).join(', ');
    case 'ArrayType':
      return `[${e.len ? fmt(e.len, d, 0) : '...'}]${fmt(e.elem, d, 0)}`;
    case 'SliceType':
      return `[]${fmt(e.elem, d, 0)}`;
    case 'DotsType':
      return `...${fmt(e.elem, d, 0)}`;
    case 'StructType':
      if (d === 'types2') return `struct{${structFields(e)}}`;
      return e.tv ? typeString(e.tv.type, true, true) : 'struct{...}';
    case 'InterfaceType':
      return e.tv ? typeString(e.tv.type, true, d === 'ir') : 'interface{...}';
    case 'FuncType': {
      const ps = e.params
        .map((p) => (p.name ? `${p.name.value} ${fmt(p.type, d, 0)}` : fmt(p.type, d, 0)))
        .join(', ');
      const rs = e.results.map((p) => (p.name ? `${p.name.value} ${fmt(p.type, d, 0)}` : fmt(p.type, d, 0)));
      const r =
        rs.length === 0 ? '' : rs.length === 1 && !e.results[0]!.name ? ` ${rs[0]}` : ` (${rs.join(', ')})`;
      return `func(${ps})${r}`;
    }
    case 'MapType':
      return `map[${fmt(e.key, d, 0)}]${fmt(e.value, d, 0)}`;
    case 'ChanType':
      return `${e.dir === 2 ? '<-' : ''}chan${e.dir === 1 ? '<-' : ''} ${fmt(e.elem, d, 0)}`;
  }
}

// structFields writes a struct type's fields as syntax's printer does: names
// declared together share their type, and a tag is shown as written.
function structFields(e: S.StructType): string {
  const groups: string[] = [];
  for (let i = 0; i < e.fields.length; ) {
    const f = e.fields[i]!;
    let j = i + 1;
    if (f.name !== undefined)
      while (j < e.fields.length && e.fields[j]!.name !== undefined && e.fields[j]!.type === f.type) j++;
    const names = e.fields.slice(i, j).map((g) => g.name?.value);
    const t = fmt(f.type, 'types2', 0);
    const tag = e.tags[i];
    groups.push(
      `${f.name === undefined ? t : `${names.join(', ')} ${t}`}${tag === undefined ? '' : ` ${tag}`}`,
    );
    i = j;
  }
  return groups.join('; ');
}

// nodeString formats an expression or statement as ir does in -m -m notes
// (ir/fmt.go: stmtFmt): `x := e`, `a, b = c, d`, `return e`, `c <- v`.
export function nodeString(n: S.Expr | S.Stmt): string {
  switch (n.kind) {
    case 'AssignStmt': {
      const lhs = fmt(n.lhs, 'ir', 0);
      if (n.rhs === undefined) return `${lhs}${n.op}${n.op}`;
      const op = n.define ? ':=' : `${n.op}=`;
      return `${lhs} ${op} ${fmt(n.rhs, 'ir', 0)}`;
    }
    case 'ReturnStmt':
      if (n.tupleTemps !== undefined) return `return ${n.tupleTemps.join(', ')}`;
      return n.results === undefined ? 'return' : `return ${fmt(n.results, 'ir', 0)}`;
    case 'SendStmt':
      // ir prints the value at OSEND's precedence plus one: a comparison
      // bare, && and || (and &T{...}) in parentheses.
      return `${fmt(n.chan, 'ir', 0)} <- ${fmt(n.value, 'ir', S.precedence['==']!)}`;
    case 'DeclStmt': {
      const d = n.decls[0];
      if (d?.kind === 'VarDecl') {
        const names = d.names.map((x) => x.value).join(', ');
        return d.values === undefined ? `var ${names}` : `${names} = ${fmt(d.values, 'ir', 0)}`;
      }
      return 'declaration';
    }
    case 'ForStmt':
      return 'for loop';
    case 'CallStmt':
      return `${n.tok} ${fmt(n.call, 'ir', 0)}`;
    case 'ExprStmt':
      return fmt(n.x, 'ir', 0);
    case 'EmptyStmt':
    case 'LabeledStmt':
    case 'BlockStmt':
    case 'BranchStmt':
    case 'IfStmt':
    case 'SwitchStmt':
    case 'SelectStmt':
      return n.kind;
    default:
      return fmt(n, 'ir', 0);
  }
}

// caseClauseString writes a case clause as ir prints an OCASE node.
export function caseClauseString(c: S.CaseClause): string {
  const head = c.cases === undefined ? 'default' : `case ${fmt(c.cases, 'ir', 0)}`;
  return `${head}: ${c.body.map((st) => nodeString(st)).join('; ')}`;
}
