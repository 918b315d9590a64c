// Statements (types2 stmt.go and return.go): blocks and scopes, if/for/range/
// switch/type switch/select, branches and labels, go/defer, return, and the
// spec's terminating-statement rule behind "missing return".

import { convertedAt, lastStood } from './basepos.js';
import { Checker } from './checker.js';
import { constKey } from './constant.js';
import { fmtPos, type Pos, TypeErr, typeErr } from './errors.js';
import * as S from './syntax.js';
import {
  type Interface,
  identical,
  invalid,
  isBoolean,
  isComplex,
  isFloat,
  isInteger,
  isInterface,
  isString,
  isUntyped,
  newVar,
  type Tuple,
  type Type,
  typeString,
  under,
  type Var,
} from './types.js';
import { defaultType, Typ } from './universe.js';

declare module './checker.js' {
  interface Checker {
    stmtList(list: S.Stmt[]): void;
    recover(n: S.Stmt | S.Expr | undefined, check: () => void): boolean;
    failed(s: S.Stmt | S.Expr | undefined, e: TypeErr): void;
    declaredBy(s: S.Stmt | S.Expr): [S.Name, Type | undefined, boolean][];
    useName(n: S.Name): void;
    stmt(s: S.Stmt): void;
    cond(e: S.Expr, what: string): void;
    switchStmt(s: S.SwitchStmt): void;
    caseClauseValue(s: S.SwitchStmt, tagT: Type | undefined, e: S.Expr, seen: Map<string, Pos>): void;
    caseValue(tag: S.Expr, tagT: Type, e: S.Expr, y: S.TypeAndValue): void;
    rangeClause(r: S.RangeClause): void;
    isTerminatingList(list: S.Stmt[]): boolean;
    isTerminating(s: S.Stmt, label: string | undefined): boolean;
  }
}

// A statement that fails is reported and checking goes on with the next one,
// as types2 goes on. What the failed statement left behind is made harmless the
// way types2 makes it: the variables it names count as used, and the names it
// was declaring exist (with the type types2 would still have given them, else
// an invalid type), so later statements do not fail with `undefined`. As in
// types2, an invalid operand adds no error of its own: a message naming one is
// dropped as a follow-on (Checker.report), and the checks whose messages do
// not name it (a condition, an assignment's count) let it pass.
Checker.prototype.stmtList = function (this: Checker, list: S.Stmt[]): void {
  for (const s of list) this.recover(s, () => this.stmt(s));
};

// recover runs check, which checks n: a statement, or a part of a compound
// statement that types2 checks on past (an if's header, a case value), so an
// error there does not hide the errors in the body. A failed n is handled as
// failed says; recover reports whether n was checked without error.
Checker.prototype.recover = function (
  this: Checker,
  n: S.Stmt | S.Expr | undefined,
  check: () => void,
): boolean {
  const scope = this.scope;
  const fn = this.fn;
  try {
    check();
    return true;
  } catch (e) {
    if (!(e instanceof TypeErr) || this.fatal) throw e;
    this.scope = scope;
    this.fn = fn;
    this.failed(n, e);
    return false;
  }
};

Checker.prototype.failed = function (this: Checker, s: S.Stmt | S.Expr | undefined, e: TypeErr): void {
  S.inspect(s, (n) => {
    if (n.kind === 'SelectorExpr') {
      S.inspect(n.x, (m) => {
        if (m.kind === 'Name') this.useName(m);
        return true;
      });
      return false;
    }
    if (n.kind === 'Name') this.useName(n);
    return true;
  });
  this.report(e);
  // types2 checks every function literal of a statement after it, even one
  // the error came before: check those the failed statement did not reach
  // (not a literal whose own signature failed).
  if (s?.kind !== 'FuncLit')
    S.inspect(s, (n) => {
      if (n.kind !== 'FuncLit') return true;
      if (n.fn === undefined) this.recover(n, () => this.funcLit(n));
      return false;
    });
  if (s === undefined) return;
  for (const [n, t, used] of this.declaredBy(s)) {
    if (n.value === '_' || this.scope.elems.has(n.value)) continue;
    const v = newVar(n.value, n.pos, t ?? invalid, this.pkg);
    v.used = used;
    this.scope.elems.set(n.value, v);
  }
};

// declaredBy lists the names failed statement s was declaring, each with the
// type types2 gives it despite the error, if any, and whether it counts as
// used. A var keeps its declared type; a call's result keeps its type (an
// error in the arguments does not change it), as do a composite literal and a
// function literal. types2's initVar counts a variable as used when its value
// could not be assigned to it, so only one whose value kept its type is not.
Checker.prototype.declaredBy = function (
  this: Checker,
  s: S.Stmt | S.Expr,
): [S.Name, Type | undefined, boolean][] {
  const names = (x: S.Expr | undefined) => S.exprList(x).filter((n): n is S.Name => n.kind === 'Name');
  const invalid = (ns: S.Name[]): [S.Name, undefined, boolean][] => ns.map((n) => [n, undefined, true]);
  const valued = (ns: S.Name[], values: S.Expr | undefined): [S.Name, Type | undefined, boolean][] => {
    const xs = S.exprList(values);
    const ts = xs.length === 1 && ns.length > 1 ? resultTypes(xs[0]!) : xs.map((x) => single(resultTypes(x)));
    if (ts === undefined || ts.length !== ns.length) return invalid(ns);
    return ns.map((n, i) => [n, ts[i], ts[i] === undefined]);
  };
  switch (s.kind) {
    case 'AssignStmt':
      return s.define ? valued(names(s.lhs), s.rhs) : [];
    case 'DeclStmt':
      return s.decls.flatMap((d): [S.Name, Type | undefined, boolean][] => {
        if (d.kind === 'TypeDecl') return invalid([d.name]);
        if (d.kind === 'ConstDecl') return invalid(d.names);
        if (d.kind !== 'VarDecl') return [];
        const t = d.type?.tv?.mode === 'typexpr' ? d.type.tv.type : undefined;
        const vs = valued(d.names, d.values);
        if (t === undefined) return vs;
        // A value that kept its type was assigned if it could be.
        return vs.map(([n, vt]) => [n, t, vt === undefined || !this.assignableTo(vt, t)]);
      });
  }
  return [];
};

// single is the one value's type of a single-valued expression.
function single(ts: (Type | undefined)[] | undefined): Type | undefined {
  return ts?.length === 1 ? ts[0] : undefined;
}

// resultTypes is the types of the values e has in types2 when an error was
// found inside it, if they do not depend on the part that failed.
function resultTypes(e: S.Expr): (Type | undefined)[] | undefined {
  const u = S.unparen(e);
  switch (u.kind) {
    case 'CallExpr': {
      const f = u.fun.tv;
      if (f === undefined || f.mode === 'typexpr' || f.mode === 'builtin') return undefined;
      const sig = under(f.type);
      return sig.kind === 'signature' ? sig.results.map((r) => r.type) : undefined;
    }
    case 'CompositeLit':
      return u.type?.tv?.mode === 'typexpr' ? [u.type.tv.type] : undefined;
    case 'FuncLit':
      return u.fn !== undefined ? [u.fn.sig] : undefined;
    case 'Operation': {
      const x = u.op === '&' && u.y === undefined ? S.unparen(u.x) : undefined;
      const t = x?.kind === 'CompositeLit' ? single(resultTypes(x)) : undefined;
      return t !== undefined ? [{ kind: 'pointer', elem: t }] : undefined;
    }
  }
  return undefined;
}

// useName marks what a name in a failed statement refers to as used.
Checker.prototype.useName = function (this: Checker, n: S.Name): void {
  const o = this.scope.lookup(n.value);
  if (o?.kind === 'var' || o?.kind === 'pkgname') o.used = true;
};

Checker.prototype.stmt = function (this: Checker, s: S.Stmt): void {
  switch (s.kind) {
    case 'EmptyStmt':
      return;
    case 'BlockStmt':
      this.openScope();
      this.stmtList(s.list);
      this.closeScope();
      return;
    case 'LabeledStmt':
      this.stmt(s.stmt);
      return;
    case 'ExprStmt': {
      const x = this.rawExpr(s.x);
      const u = S.unparen(s.x);
      const isCall = u.kind === 'CallExpr' && x.mode !== 'typexpr';
      const isRecv = u.kind === 'Operation' && u.op === '<-';
      if (!isCall && !isRecv) typeErr(S.startPos(s.x), `${this.operand(s.x, x)} is not used`);
      if (isCall && u.kind === 'CallExpr' && S.unparen(u.fun).kind === 'Name') {
        const b = (S.unparen(u.fun) as S.Name).obj;
        if (
          b?.kind === 'builtin' &&
          ['append', 'cap', 'len', 'make', 'new', 'complex', 'real', 'imag'].includes(b.name)
        ) {
          typeErr(S.startPos(s.x), `${this.exprStr(s.x)} (value of type ${typeString(x.type)}) is not used`);
        }
      }
      return;
    }
    case 'SendStmt': {
      const ch = this.expr(s.chan);
      const u = under(ch.type);
      if (u.kind !== 'chan')
        typeErr(
          S.startPos(s.chan),
          `invalid operation: cannot send to non-channel ${this.operand(s.chan, ch)}`,
        );
      if (u.dir === 2)
        typeErr(
          S.startPos(s.chan),
          `invalid operation: cannot send to receive-only channel ${this.operand(s.chan, ch)}`,
        );
      this.expr(s.value);
      this.assignment(s.value, u.elem, 'send');
      // transformSend converts the value where building the channel and the value left the compiler.
      if (s.value.iface !== undefined) s.value.ifacePos = lastStood(s.pos, [s.chan, s.value]);
      return;
    }
    case 'AssignStmt':
      this.assignStmt(s);
      return;
    case 'DeclStmt':
      for (const d of s.decls) {
        if (d.kind === 'ConstDecl') this.constDecl(d, true);
        else if (d.kind === 'VarDecl') this.varDecl(d, true);
        else if (d.kind === 'TypeDecl') this.typeDecl(d, true);
      }
      return;
    case 'BranchStmt':
      // Labels and branch targets are checked by the parser (branches.ts).
      return;
    case 'CallStmt': {
      // types2's suspendedCall: go and defer need a call whose result may be dropped.
      const call = S.unparen(s.call) as S.CallExpr;
      const x = this.rawExpr(call);
      const f = S.unparen(call.fun);
      const b = f.kind === 'Name' ? f.obj : f.kind === 'SelectorExpr' ? f.sel.obj : undefined;
      // The builtins that are expressions, not statements (universe.go: predeclaredFuncs).
      const valued = ['append', 'cap', 'complex', 'imag', 'len', 'make', 'new', 'real'];
      const what =
        call.fun.tv?.mode === 'typexpr'
          ? 'requires function call, not conversion'
          : b?.kind === 'builtin' && (valued.includes(b.name) || b.name.startsWith('unsafe.'))
            ? 'discards result of'
            : undefined;
      if (what !== undefined) typeErr(S.startPos(s.call), `${s.tok} ${what} ${this.operand(s.call, x)}`);
      return;
    }
    case 'ReturnStmt': {
      const results = this.fn!.sig.results;
      const xs = S.exprList(s.results);
      if (xs.length === 0) {
        // A bare return needs each named result in scope, not shadowed.
        for (const r of results) {
          const alt = this.scope.lookup(r.name);
          if (r.name !== '' && alt !== undefined && alt !== r)
            typeErr(
              s.pos,
              `result parameter ${r.name} not in scope at return\n\t${fmtPos(alt.pos)}: inner declaration of var ${r.name} ${typeString(r.type)}`,
            );
        }
        if (results.length > 0 && results[0]!.name === '')
          typeErr(
            S.startPos(s),
            'not enough return values\n\thave ()\n\twant ' +
              `(${results.map((r) => typeString(r.type)).join(', ')})`,
          );
        return;
      }
      // A single call stands for its results (types2's exprList without comma-ok).
      const x0 = xs.length === 1 ? this.rawExpr(xs[0]!) : undefined;
      const multi = x0?.type.kind === 'tuple' && x0.type.vars.length > 0;
      if (!multi) for (const x of xs) this.singleValue(x, x.tv ?? this.rawExpr(x));
      const types = multi ? (x0!.type as Tuple).vars.map((v) => v.type) : xs.map((x) => x.tv!.type);
      if (types.length !== results.length) {
        // initVars: too many values are reported at the first extra one, too few at the last.
        const many = types.length > results.length;
        const at = multi ? xs[0]! : xs[many ? results.length : xs.length - 1]!;
        typeErr(
          S.startPos(at),
          `${many ? 'too many' : 'not enough'} return values\n\thave ${typesSummary(types)}\n\twant ${typesSummary(results.map((r) => r.type))}`,
        );
      }
      if (multi) {
        types.forEach((t, i) => {
          if (!this.assignableTo(t, results[i]!.type))
            typeErr(
              S.startPos(xs[0]!),
              `cannot use ${this.exprStr(xs[0]!)} value as ${typeString(results[i]!.type)} value in return statement`,
            );
        });
        return;
      }
      // typecheckaste converts the results after all of them are built.
      const at = convertedAt(lastStood(s.pos, xs), xs);
      xs.forEach((x, i) => {
        this.assignment(x, results[i]!.type, 'return statement');
        if (x.iface !== undefined) x.ifacePos = at[i];
      });
      return;
    }
    case 'IfStmt': {
      this.openScope();
      const init = s.init;
      if (init) this.recover(init, () => this.stmt(init));
      this.recover(s.cond, () => this.cond(s.cond, 'if'));
      this.stmt(s.then);
      if (s.else) this.stmt(s.else);
      this.closeScope();
      return;
    }
    case 'ForStmt': {
      this.openScope();
      const { init, cond, post } = s;
      if (init?.kind === 'RangeClause') {
        // Over an operand that failed, the iteration variables are invalid and used (types2's rangeStmt).
        if (!this.recover(init.x, () => this.rangeClause(init)) && init.def)
          for (const n of S.exprList(init.lhs)) {
            if (n.kind !== 'Name' || n.value === '_' || this.scope.elems.has(n.value)) continue;
            const v = newVar(n.value, n.pos, invalid, this.pkg);
            v.used = true;
            this.scope.elems.set(n.value, v);
          }
      } else if (init) this.recover(init, () => this.stmt(init));
      if (cond) this.recover(cond, () => this.cond(cond, 'for'));
      if (post) this.recover(post, () => this.stmt(post));
      this.stmt(s.body);
      this.closeScope();
      return;
    }
    case 'SwitchStmt':
      this.switchStmt(s);
      return;
    case 'SelectStmt':
      this.recover(undefined, () => multipleDefaults(s.body));
      for (const c of s.body) {
        this.openScope();
        const comm = c.comm;
        if (comm) {
          const recv =
            comm.kind === 'SendStmt' ||
            (comm.kind === 'ExprStmt' && S.unparen(comm.x).kind === 'Operation') ||
            (comm.kind === 'AssignStmt' &&
              comm.rhs !== undefined &&
              S.unparen(comm.rhs).kind === 'Operation');
          this.recover(comm, () => {
            if (!recv) typeErr(S.startPos(comm), 'select case must be receive, send or assign recv');
            this.stmt(comm);
          });
        }
        this.stmtList(c.body);
        this.closeScope();
      }
      return;
  }
};

// typesSummary lists types as types2 does in have/want lines: untyped
// numeric constants are just numbers, other untyped kinds lose "untyped".
function typesSummary(types: Type[]): string {
  const name = (t: Type) =>
    !isUntyped(t)
      ? typeString(t)
      : isBoolean(t) || isString(t) || (t.kind === 'basic' && t.name === 'untyped nil')
        ? typeString(t).replace('untyped ', '')
        : 'number';
  return `(${types.map(name).join(', ')})`;
}

// multipleDefaults rejects a second default clause (types2's multipleSwitchDefaults).
function multipleDefaults(clauses: (S.CaseClause | S.CommClause)[]): void {
  const defaults = clauses.filter((c) => (c.kind === 'CaseClause' ? c.cases : c.comm) === undefined);
  if (defaults.length > 1)
    typeErr(defaults[1]!.pos, `multiple defaults (first at ${fmtPos(defaults[0]!.pos)})`);
}

Checker.prototype.cond = function (this: Checker, e: S.Expr, what: string): void {
  const x = this.expr(e);
  // An invalid operand was reported where it failed.
  if (x.type === invalid) return;
  if (!(under(x.type).kind === 'basic' && (under(x.type) as { name: string }).name.endsWith('bool'))) {
    typeErr(S.startPos(e), `non-boolean condition in ${what} statement`);
  }
};

Checker.prototype.switchStmt = function (this: Checker, s: S.SwitchStmt): void {
  this.openScope();
  const init = s.init;
  if (init) this.recover(init, () => this.stmt(init));
  // Past an error in the tag or a case, types2 checks the other cases and the
  // bodies; with no operand to compare with, cases are only checked themselves.
  if (s.tag?.kind === 'TypeSwitchGuard') {
    const g = s.tag;
    // Over an operand that failed, types2 checks nothing more: what only the
    // clauses use is not used.
    let x: S.TypeAndValue = { mode: 'value', type: invalid };
    if (!this.recover(g.x, () => (x = this.expr(g.x)))) {
      this.closeScope();
      return;
    }
    const iface = this.recover(g.x, () => {
      if (!isInterface(x.type)) typeErr(S.startPos(g.x), `${this.operand(g.x, x)} is not an interface`);
    });
    this.recover(undefined, () => multipleDefaults(s.body));
    let used = false;
    // Case types seen (undefined for nil), with where (types2's caseTypes).
    const seen: [Type | undefined, S.Expr][] = [];
    for (const c of s.body) {
      this.openScope();
      const types: (Type | undefined)[] = [];
      for (const e of S.exprList(c.cases)) {
        this.recover(e, () => {
          const u = S.unparen(e);
          const isNil = u.kind === 'Name' && u.value === 'nil';
          const t = isNil ? undefined : this.typExpr(e);
          // A duplicate or impossible case still gives the clause's variable its type.
          types.push(t);
          const prev = seen.find(([p]) =>
            p === undefined ? t === undefined : t !== undefined && identical(p, t),
          );
          if (prev !== undefined) {
            typeErr(
              S.startPos(e),
              `duplicate case ${t === undefined ? 'nil' : typeString(t)} in type switch\n\t${fmtPos(S.startPos(prev[1]))}: previous case`,
            );
          }
          seen.push([t, e]);
          if (t === undefined) {
            this.rawExpr(e);
          } else {
            e.tv = { mode: 'typexpr', type: t };
            if (iface && !isInterface(t)) {
              const m = this.missingMethod(t, under(x.type) as Interface);
              if (m !== undefined) {
                typeErr(
                  S.startPos(e),
                  `impossible type switch case: ${this.exprStr(e)}\n\t${this.operand(g.x, x)} cannot have dynamic type ${typeString(t)} ${m}`,
                );
              }
            }
          }
        });
      }
      if (g.lhs !== undefined) {
        const t = types.length === 1 && types[0] !== undefined ? types[0] : x.type;
        // Each clause declares its own variable, positioned at the clause.
        const v = newVar(g.lhs.value, c.pos, t, this.pkg);
        this.addLocal(v);
        v.decl = g.lhs;
        c.implicit = v;
        this.scope.elems.set(v.name, v);
        this.stmtList(c.body);
        if (v.used) used = true;
        this.scope.elems.delete(v.name);
      } else this.stmtList(c.body);
      this.closeScope();
    }
    if (g.lhs !== undefined && !used && g.lhs.value !== '_') {
      const p = S.startPos(g.lhs);
      this.report(new TypeErr(p.file, p.line, p.col, `${g.lhs.value} declared but not used`));
    }
  } else {
    const tag = s.tag;
    let tagT: Type | undefined;
    const tagOk =
      tag === undefined ||
      this.recover(tag, () => {
        const x = this.expr(tag);
        tagT = defaultType(x.type);
        this.convertUntyped(tag, tagT);
      });
    this.recover(undefined, () => multipleDefaults(s.body));
    // Constant case values seen, by type and value: their positions (types2's caseValues).
    const seen = new Map<string, Pos>();
    for (const c of s.body) {
      for (const e of S.exprList(c.cases)) {
        this.recover(e, () => this.caseClauseValue(s, tagOk ? tagT : invalid, e, seen));
      }
      this.openScope();
      this.stmtList(c.body);
      this.closeScope();
    }
  }
  this.closeScope();
};

// caseClauseValue checks case value e of switch s, on a tag of type tagT (undefined without a tag, invalid if the tag failed).
Checker.prototype.caseClauseValue = function (
  this: Checker,
  s: S.SwitchStmt,
  tagT: Type | undefined,
  e: S.Expr,
  seen: Map<string, Pos>,
): void {
  const y = this.expr(e);
  if (tagT === invalid) return;
  if (tagT !== undefined) {
    this.caseValue(s.tag!, tagT, e, y);
    const v = e.tv!;
    if (v.mode === 'constant' && v.val !== undefined) {
      const id = `${typeString(v.type)}:${constKey(v.val)}`;
      const prev = seen.get(id);
      if (prev !== undefined) {
        typeErr(
          S.startPos(e),
          `duplicate case ${this.operand(e, v)} in expression switch\n\t${fmtPos(prev)}: previous case`,
        );
      }
      seen.set(id, S.startPos(e));
    }
  } else {
    // A tagless switch compares each case with the constant true (types2's implicit tag).
    if (isUntyped(y.type) && y.mode === 'constant' && y.val !== undefined && y.val.kind !== 'bool')
      typeErr(S.startPos(e), `cannot convert ${this.operand(e, y)} to bool`);
    if (!this.assignableTo(Typ.bool, y.type) && !this.assignableTo(y.type, Typ.bool))
      typeErr(
        S.startPos(e),
        `invalid case ${this.exprStr(e)} in switch on true (mismatched types ${typeString(y.type)} and bool)`,
      );
  }
};

/**
 * A case value of a switch on tag (types2's caseValues): an untyped constant of
 * another kind cannot be converted to the tag's type; any other mismatch is an
 * invalid case, reported at the case.
 */
Checker.prototype.caseValue = function (
  this: Checker,
  tag: S.Expr,
  tagT: Type,
  e: S.Expr,
  y: S.TypeAndValue,
): void {
  const tu = under(tagT);
  if (isUntyped(y.type) && y.mode === 'constant' && tu.kind === 'basic' && y.val !== undefined) {
    const k = y.val.kind;
    const fits =
      k === 'string'
        ? isString(tu)
        : k === 'bool'
          ? isBoolean(tu)
          : isInteger(tu) || isFloat(tu) || isComplex(tu);
    if (!fits) typeErr(S.startPos(e), `cannot convert ${this.operand(e, y)} to ${typeString(tagT)}`);
  }
  if (!this.assignableTo(y.type, tagT) && !this.assignableTo(tagT, y.type)) {
    typeErr(
      S.startPos(e),
      `invalid case ${this.exprStr(e)} in switch on ${this.exprStr(tag)} (mismatched types ${typeString(y.type)} and ${typeString(tagT)})`,
    );
  }
  this.comparison(tag, e, '==', y);
};

Checker.prototype.rangeClause = function (this: Checker, r: S.RangeClause): void {
  // The compiler builds a range's iteration variables before its operand.
  const [x, captured] = this.deferCaptures(() => this.expr(r.x));
  const u = under(x.type);
  let kt: Type;
  let vt: Type | undefined;
  switch (u.kind) {
    case 'basic':
      if (u.name !== 'string' && u.name !== 'untyped string')
        typeErr(S.startPos(r.x), `cannot range over ${this.operand(r.x, x)}`);
      kt = Typ.int;
      vt = Typ.rune;
      break;
    case 'array':
    case 'slice':
      kt = Typ.int;
      vt = u.elem;
      break;
    case 'pointer': {
      const e = under(u.elem);
      if (e.kind !== 'array') typeErr(S.startPos(r.x), `cannot range over ${this.operand(r.x, x)}`);
      kt = Typ.int;
      vt = e.elem;
      break;
    }
    case 'map':
      kt = u.key;
      vt = u.elem;
      break;
    case 'chan':
      if (u.dir === 1)
        typeErr(
          S.startPos(r.x),
          `cannot range over ${this.operand(r.x, x)} (receive from send-only channel)`,
        );
      kt = u.elem;
      vt = undefined;
      break;
    default:
      typeErr(S.startPos(r.x), `cannot range over ${this.operand(r.x, x)}`);
  }
  const lhs = S.exprList(r.lhs);
  if (lhs.length > 2) typeErr(lhs[2]!.pos, 'range clause permits at most two iteration variables');
  if (lhs.length > 1 && vt === undefined)
    typeErr(lhs[1]!.pos, `range over ${this.operand(r.x, x)} permits only one iteration variable`);
  const types = [kt, vt];
  if (r.def) {
    const vars: [S.Name, Var][] = [];
    lhs.forEach((e, i) => {
      if (e.kind !== 'Name') typeErr(S.startPos(e), `non-name ${this.exprStr(e)} on left side of :=`);
      const v = newVar(e.value, e.pos, types[i]!, this.pkg);
      this.addLocal(v);
      v.decl = e;
      e.obj = v;
      e.tv = { mode: 'variable', type: v.type };
      vars.push([e, v]);
    });
    for (const [n, v] of vars) this.declare(n, v);
  } else {
    lhs.forEach((e, i) => {
      this.assignVar(e, types[i]!);
    });
  }
  captured();
};

Checker.prototype.isTerminatingList = function (this: Checker, list: S.Stmt[]): boolean {
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i]!.kind !== 'EmptyStmt') return this.isTerminating(list[i]!, undefined);
  }
  return false;
};

// isTerminating follows the spec's "terminating statements" (return.go).
Checker.prototype.isTerminating = function (this: Checker, s: S.Stmt, label: string | undefined): boolean {
  switch (s.kind) {
    case 'ReturnStmt':
      return true;
    case 'BranchStmt':
      return s.tok === 'goto' || s.tok === 'fallthrough';
    case 'ExprStmt': {
      const u = S.unparen(s.x);
      return (
        u.kind === 'CallExpr' &&
        S.unparen(u.fun).kind === 'Name' &&
        (S.unparen(u.fun) as S.Name).obj?.kind === 'builtin' &&
        (S.unparen(u.fun) as S.Name).value === 'panic'
      );
    }
    case 'BlockStmt':
      return this.isTerminatingList(s.list);
    case 'LabeledStmt':
      return this.isTerminating(s.stmt, s.label.value);
    case 'IfStmt':
      return (
        s.else !== undefined && this.isTerminatingList(s.then.list) && this.isTerminating(s.else, undefined)
      );
    case 'ForStmt':
      return s.cond === undefined && s.init?.kind !== 'RangeClause' && !hasBreak(s.body.list, label, true);
    case 'SwitchStmt':
      return (
        s.body.some((c) => c.cases === undefined) &&
        s.body.every((c) => {
          const last = c.body[c.body.length - 1];
          return (
            (this.isTerminatingList(c.body) || (last?.kind === 'BranchStmt' && last.tok === 'fallthrough')) &&
            !hasBreak(c.body, label, true)
          );
        })
      );
    case 'SelectStmt':
      return s.body.every((c) => this.isTerminatingList(c.body) && !hasBreak(c.body, label, true));
  }
  return false;
};

function hasBreak(list: S.Stmt[], label: string | undefined, top: boolean): boolean {
  for (const s of list) {
    switch (s.kind) {
      case 'BranchStmt':
        if (
          s.tok === 'break' &&
          ((s.label === undefined && top) || (label !== undefined && s.label?.value === label))
        )
          return true;
        break;
      case 'BlockStmt':
        if (hasBreak(s.list, label, top)) return true;
        break;
      case 'LabeledStmt':
        if (hasBreak([s.stmt], label, top)) return true;
        break;
      case 'IfStmt':
        if (hasBreak(s.then.list, label, top) || (s.else && hasBreak([s.else], label, top))) return true;
        break;
      case 'ForStmt':
        if (label !== undefined && hasBreak(s.body.list, label, false)) return true;
        break;
      case 'SwitchStmt':
      case 'SelectStmt':
        if (label !== undefined && s.body.some((c) => hasBreak(c.body, label, false))) return true;
        break;
    }
  }
  return false;
}
