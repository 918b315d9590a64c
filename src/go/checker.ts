// The type checker's state and package-level driver (types2 check.go,
// resolver.go: collectObjects, decl.go: objDecl). Package objects are
// resolved lazily on first use so declaration order does not matter; bodies
// are checked after all package objects. The checker annotates the syntax
// tree in place and records one FuncInfo per function and function literal
// for escape analysis. The first error stops the check, thrown as a TypeErr
// worded as types2 words it. Its methods are spread over decl.ts, stmt.ts,
// assign.ts, expr.ts, typexpr.ts and call.ts, as types2 spreads them.
import { constString, makeInt } from './constant.js';
import { fmtPos, type Pos, TypeErr, typeErr, unsupported } from './errors.js';
import { exprString } from './exprfmt.js';
import * as S from './syntax.js';
import {
  type Func,
  type FuncInfo,
  isComplex,
  isFloat,
  isInteger,
  isUntyped,
  lookupFieldOrMethod,
  type Named,
  newVar,
  type Obj,
  type Package,
  type PkgName,
  Scope,
  type Selection,
  type Type,
  type TypeName,
  typeString,
  type Var,
} from './types.js';
import { Typ } from './universe.js';

export type Importer = (path: string, pos: Pos) => Package;

interface DeclInfo {
  decl: S.Decl;
  state: 'unresolved' | 'resolving' | 'done';
}

export class Checker {
  scope!: Scope;
  fn: FuncInfo | undefined;
  iota: number | undefined;
  declOf = new Map<Obj, DeclInfo>();
  // Package objects whose declarations are being checked, innermost last.
  resolving: Obj[] = [];
  fileScopes: Scope[] = [];
  // Function declarations without a body stand for assembly; go build
  // rejects them unless the package has .s files, the compiler alone does not.
  allowBodyless = false;
  fileIndex = new Map<string, number>();
  closureCount = new Map<FuncInfo | undefined, number>();

  constructor(
    readonly pkg: Package,
    readonly importer: Importer,
  ) {}

  exprStr(e: S.Expr): string {
    return exprString(e, 'types2');
  }

  /**
   * types2's operand string: `expr (mode of type T)`, with a constant's value
   * after its mode when the expression is not just that value
   * (`c (untyped int constant 10)`, `10 (untyped int constant)`).
   */
  operand(e: S.Expr, x: S.TypeAndValue): string {
    const expr = this.exprStr(e);
    return `${expr} (${this.describe(x, expr)})`;
  }

  describe(x: S.TypeAndValue, expr?: string): string {
    switch (x.mode) {
      case 'typexpr':
        return `type`;
      case 'novalue':
        return 'no value';
      case 'builtin':
        return 'built-in';
      case 'constant': {
        const v = x.val === undefined ? undefined : constString(x.val);
        const val = v !== undefined && expr !== undefined && v !== expr ? ` ${v}` : '';
        return isUntyped(x.type)
          ? `${typeString(x.type)} constant${val}`
          : `constant${val} of type ${typeString(x.type)}`;
      }
      case 'variable':
        return `variable of type ${typeString(x.type)}`;
      case 'mapindex':
        return `map index expression of type ${typeString(x.type)}`;
      default:
        return `value of type ${typeString(x.type)}`;
    }
  }

  isNumeric(t: Type): boolean {
    return isInteger(t) || isFloat(t) || isComplex(t);
  }

  // capture records a variable of an enclosing function used in a closure.
  capture(v: Var, at: Pos): void {
    if (v.global || v.fn === undefined || this.fn === undefined || v.fn === this.fn) return;
    for (let f: FuncInfo | undefined = this.fn; f !== undefined && f !== v.fn; f = f.outer) {
      if (!f.captured.includes(v)) {
        f.captured.push(v);
        f.capturedAt.set(v, at);
      }
    }
  }

  // lookup finds a field or method of t as code in pkg (this package unless
  // said otherwise) sees it: another package's unexported names are hidden.
  lookup(t: Type, name: string, pkg: Package = this.pkg): Selection | undefined {
    return lookupFieldOrMethod(t, name, pkg);
  }

  // checkFiles checks the package. types2 reports every error sorted by
  // position, while this checker stops at its first hard error; unused
  // variables and imports are only known at the end, so when a hard error
  // occurs the earlier ones Go would list first are found by a scan.
  checkFiles(files: S.File[]): void {
    try {
      this.checkPackage(files);
    } catch (e) {
      if (!(e instanceof TypeErr) || this.pkg.stub) throw e;
      const earlier = this.earlierUnused(files, e);
      if (earlier !== undefined) typeErr(earlier.pos, earlier.msg);
      throw e;
    }
  }

  private earlierUnused(files: S.File[], err: TypeErr): { pos: Pos; msg: string } | undefined {
    const order = (p: Pos) => [files.findIndex((f) => f.filename === p.file), p.line, p.col] as const;
    const before = (a: Pos, b: Pos) => {
      const [fa, la, ca] = order(a);
      const [fb, lb, cb] = order(b);
      return fa < fb || (fa === fb && (la < lb || (la === lb && ca < cb)));
    };
    const errPos = { file: err.file, line: err.line, col: err.col };
    const found: { pos: Pos; msg: string }[] = [];
    const uses = new Map<string, number>();
    const onErrLine = new Set<string>();
    const count = (n: unknown, skip: Set<unknown>): void => {
      if (n === null || typeof n !== 'object' || skip.has(n)) return;
      if (Array.isArray(n)) {
        for (const x of n) count(x, skip);
        return;
      }
      const o = n as Record<string, unknown>;
      if (o.kind === 'Name') {
        const name = o.value as string;
        uses.set(name, (uses.get(name) ?? 0) + 1);
        const p = o.pos as Pos;
        if (p.file === err.file && p.line === err.line) onErrLine.add(name);
      }
      // A selected field or method name is not a use of a variable.
      if (o.kind === 'SelectorExpr') {
        count(o.x, skip);
        return;
      }
      // A plain assignment to a name is not a use of it.
      if (o.kind === 'AssignStmt' && o.op === '' && !o.define) {
        for (const l of S.exprList(o.lhs as S.Expr)) {
          if (l.kind !== 'Name') count(l, skip);
          // ...unless the assignment is the failing statement (types2's useLHS).
          else if (l.pos.file === err.file && l.pos.line === err.line) onErrLine.add(l.value);
        }
        count(o.rhs, skip);
        return;
      }
      S.forEachChild(o, (child) => count(child, skip));
    };
    for (const { pn, decl } of this.imports) {
      uses.clear();
      for (const f of files) count(f.decls, new Set([decl]));
      if (!pn.used && (uses.get(pn.name) ?? 0) === 0) {
        found.push({ pos: decl.pos, msg: unusedImport(pn) });
      }
    }
    let top = this.fn;
    while (top?.outer !== undefined) top = top.outer;
    if (top?.decl.body !== undefined) {
      uses.clear();
      count(top.decl.body, new Set());
      const locals: Var[] = [];
      const collect = (f: FuncInfo) => {
        locals.push(...f.locals);
        f.closures.forEach(collect);
      };
      collect(top);
      for (const v of locals) {
        // The declaring name is one occurrence; any other may be a use.
        // Names in the failing statement count as used, as types2 marks them to avoid follow-on errors.
        if (!v.used && !onErrLine.has(v.name) && v.name !== '_' && (uses.get(v.name) ?? 0) <= 1) {
          found.push({ pos: v.pos, msg: `${v.name} declared but not used` });
        }
      }
    }
    found.sort((a, b) => (before(a.pos, b.pos) ? -1 : before(b.pos, a.pos) ? 1 : 0));
    return found[0] !== undefined && before(found[0].pos, errPos) ? found[0] : undefined;
  }

  private imports: { pn: PkgName; decl: S.ImportDecl }[] = [];

  private checkPackage(files: S.File[]): void {
    const pkg = this.pkg;
    for (const f of files) {
      if (f.pkgName.value === '_') typeErr(f.pkgName.pos, 'invalid package name _');
      if (f.pkgName.value !== pkg.name) {
        typeErr(S.startPos(f.pkgName), `package ${f.pkgName.value}; expected ${pkg.name}`);
      }
    }
    // Collect package-level objects (resolver.go: collectObjects).
    const methods: S.FuncDecl[] = [];
    const imports = this.imports;
    for (const f of files) {
      const fileScope = new Scope(pkg.scope);
      this.fileScopes.push(fileScope);
      for (const d of f.decls) {
        switch (d.kind) {
          case 'ImportDecl': {
            const imp = this.importer(d.path, d.pos);
            const name = d.localName?.value ?? imp.name;
            const pn = { kind: 'pkgname' as const, name, pos: d.pos, pkg, imported: imp, used: false };
            if (name === '_') continue;
            if (name === '.') unsupported(d.pos, 'dot imports');
            fileScope.elems.set(name, pn);
            imports.push({ pn, decl: d });
            break;
          }
          case 'ConstDecl':
          case 'VarDecl':
            for (const n of d.names) {
              const o: Obj =
                d.kind === 'ConstDecl'
                  ? { kind: 'const', name: n.value, pos: n.pos, pkg, type: Typ.untypedInt, val: makeInt(0) }
                  : Object.assign(newVar(n.value, n.pos, Typ.int, pkg), { global: true, decl: n });
              // A blank name declares nothing, but its declaration is checked and,
              // for a variable, initialised in order like any other (resolver.go).
              if (n.value === '_') this.declOf.set(o, { decl: d, state: 'unresolved' });
              else this.declarePkg(n, o, d);
              n.obj = o;
            }
            break;
          case 'TypeDecl': {
            const tn: TypeName = {
              kind: 'typename',
              name: d.name.value,
              pos: d.name.pos,
              pkg,
              type: Typ.int,
            };
            if (!d.alias) tn.type = { kind: 'named', obj: tn, underlying: undefined, methods: [] };
            d.name.obj = tn;
            this.declarePkg(d.name, tn, d);
            break;
          }
          case 'FuncDecl': {
            if (d.recv !== undefined) {
              methods.push(d);
              break;
            }
            const f: Func = {
              kind: 'func',
              name: d.name.value,
              pos: d.name.pos,
              pkg,
              type: { kind: 'signature', recv: undefined, params: [], results: [], variadic: false },
              decl: d,
              info: undefined,
              ptrRecv: false,
            };
            d.name.obj = f;
            if (
              (d.name.value === 'init' || (d.name.value === 'main' && pkg.name === 'main')) &&
              (d.type.params.length > 0 || d.type.results.length > 0)
            ) {
              typeErr(d.name.pos, `func ${d.name.value} must have no arguments and no return values`);
            }
            if (d.name.value === 'init' || d.name.value === '_') {
              this.declOf.set(f, { decl: d, state: 'unresolved' });
            } else this.declarePkg(d.name, f, d);
            if (d.body === undefined && !pkg.stub && !this.allowBodyless) {
              typeErr(S.startPos(d.name), `missing function body`);
            }
            break;
          }
        }
      }
    }
    for (const f of files) {
      const fs = this.fileScopes[files.indexOf(f)]!;
      for (const [name, o] of fs.elems) {
        const clash = pkg.scope.elems.get(name);
        if (clash !== undefined)
          typeErr(
            S.startPos(clash),
            `${name} already declared through import of package ${(o as PkgName).imported.path}`,
          );
      }
    }
    // Attach methods first: package-level initialisers may already need a
    // type's method set (an assignment to an interface, a method call).
    for (const d of methods) this.collectMethod(d);
    for (const [o] of this.declOf) this.resolve(o);
    for (const d of methods) this.validateMethod(d);
    // Bodies.
    // Function and method bodies in source order, as types2 checks them.
    const bodies: Func[] = [];
    for (const o of this.declOf.keys()) if (o.kind === 'func' && o.decl !== undefined) bodies.push(o);
    for (const d of methods) bodies.push(d.name.obj as Func);
    const fileOf = (f: Func) => this.fileIndex.get(f.pos.file) ?? 0;
    bodies.sort((a, b) => fileOf(a) - fileOf(b) || a.pos.line - b.pos.line || a.pos.col - b.pos.col);
    for (const f of bodies) this.funcBody(f);
    if (!pkg.stub) {
      for (const { pn, decl } of imports) {
        if (!pn.used) typeErr(S.startPos(decl), unusedImport(pn));
      }
    }
  }

  declarePkg(n: S.Name, o: Obj, d: S.Decl): void {
    // Only a func may be named init, or main in package main (resolver.go: declarePkgObj).
    if (o.kind !== 'func' && (n.value === 'init' || (n.value === 'main' && this.pkg.name === 'main')))
      typeErr(n.pos, `cannot declare ${n.value} - must be func`);
    this.redeclared(n, this.pkg.scope.elems.get(n.value));
    this.pkg.scope.elems.set(n.value, o);
    this.declOf.set(o, { decl: d, state: 'unresolved' });
  }

  fileScopeFor(d: S.Decl): Scope {
    // Declarations are file-local only for import names; find by filename.
    const i = this.fileIndex.get(d.pos.file);
    return i === undefined ? this.pkg.scope : this.fileScopes[i]!;
  }

  setFiles(files: S.File[]): void {
    files.forEach((f, i) => {
      this.fileIndex.set(f.filename, i);
    });
  }

  // resolve type-checks a package-level object's declaration on first use
  // (decl.go: objDecl), reporting cycles as types2 does.
  resolve(o: Obj): void {
    const di = this.declOf.get(o);
    if (di === undefined || di.state === 'done') return;
    if (di.state === 'resolving') {
      if (o.kind === 'typename' && o.type.kind === 'named') return; // recursive named types are fine
      // initorder.go: reportCycle, the path from o back to itself.
      const cycle = this.resolving.slice(this.resolving.indexOf(o));
      const kind = o.kind === 'typename' ? 'invalid recursive type' : 'initialization loop for';
      typeErr(o.pos, `${kind} ${o.name}${cyclePath(cycle.map((x) => [x.pos, x.name]))}`);
    }
    di.state = 'resolving';
    this.resolving.push(o);
    const saved = { scope: this.scope, fn: this.fn };
    this.scope = this.fileScopeFor(di.decl);
    this.fn = undefined;
    const d = di.decl;
    switch (d.kind) {
      case 'ConstDecl':
        this.constDecl(d, false);
        break;
      case 'VarDecl':
        this.varDecl(d, false);
        break;
      case 'TypeDecl':
        this.typeDecl(d, false);
        break;
      case 'FuncDecl':
        (o as Func).type = this.funcSig(d.type, undefined);
        break;
    }
    this.scope = saved.scope;
    this.fn = saved.fn;
    this.resolving.pop();
    di.state = 'done';
  }

  funcBody(f: Func): void {
    const d = f.decl!;
    const recvT = f.type.recv?.type;
    let name = d.name.value;
    if (recvT !== undefined) {
      const base = recvT.kind === 'pointer' ? (recvT.elem as Named) : (recvT as Named);
      name = recvT.kind === 'pointer' ? `(*${base.obj.name}).${name}` : `${base.obj.name}.${name}`;
    }
    const info: FuncInfo = {
      name,
      pos: d.name.pos,
      decl: d,
      sig: f.type,
      pkg: this.pkg,
      outer: undefined,
      closures: [],
      locals: [],
      captured: [],
      capturedAt: new Map(),
      obj: f,
      noescape: d.pragmas.has('noescape'),
    };
    f.info = info;
    this.pkg.funcs.push(info);
    this.scope = this.fileScopeFor(d);
    // A declaration without a body still gets parameter tags (escape.go: paramTag).
    if (d.body !== undefined) this.body(info, d.body);
  }

  // funcLit checks a function literal; closures are named outer.funcN in the
  // order Go numbers them (textual order within the outermost function).
  funcLit(e: S.FuncLit): Type {
    const sig = this.funcSig(e.type, undefined);
    const outer = this.fn;
    // Closures are numbered within their outermost function; package-level
    // ones belong to the package initialiser, which Go names glob..
    let top = outer;
    while (top?.outer !== undefined) top = top.outer;
    const n = (this.closureCount.get(top) ?? 0) + 1;
    this.closureCount.set(top, n);
    const info: FuncInfo = {
      name: `${top?.name ?? 'glob.'}.func${n}`,
      pos: e.pos,
      decl: e,
      sig,
      pkg: this.pkg,
      outer,
      closures: [],
      locals: [],
      captured: [],
      capturedAt: new Map(),
      obj: undefined,
      noescape: false,
    };
    if (outer !== undefined) outer.closures.push(info);
    else this.pkg.funcs.push(info);
    e.fn = info;
    const saved = this.scope;
    this.body(info, e.body);
    this.scope = saved;
    return sig;
  }

  body(info: FuncInfo, b: S.BlockStmt): void {
    const savedFn = this.fn;
    const savedScope = this.scope;
    this.fn = info;
    this.scope = new Scope(this.scope);
    const sig = info.sig;
    const params = [...(sig.recv ? [sig.recv] : []), ...sig.params, ...sig.results];
    const decl = info.decl;
    const fields = [
      ...(decl.kind === 'FuncDecl' && decl.recv ? [decl.recv] : []),
      ...decl.type.params,
      ...decl.type.results,
    ];
    params.forEach((v, i) => {
      v.fn = info;
      const name = fields[i]?.name;
      if (name !== undefined && name.value !== '_' && v.name !== '') {
        name.obj = v;
        v.decl = name;
        this.declare(name, v);
      }
    });
    this.stmtList(b.list);
    if (sig.results.length > 0 && !this.isTerminatingList(b.list)) typeErr(b.rbrace, 'missing return');
    this.checkUnused(this.scope);
    this.fn = savedFn;
    this.scope = savedScope;
  }

  checkUnused(scope: Scope): void {
    for (const o of scope.elems.values()) {
      if (
        o.kind === 'var' &&
        !o.used &&
        !o.isParam &&
        !o.isResult &&
        !o.global &&
        o.name !== '_' &&
        !this.pkg.stub
      ) {
        typeErr(S.startPos(o), `${o.name} declared but not used`);
      }
    }
  }

  // addLocal records a local variable of the current function in declaration order (ir.Func.Dcl).
  addLocal(v: Var): void {
    v.fn = this.fn;
    this.fn?.locals.push(v);
  }

  declare(n: S.Name, o: Obj): void {
    if (n.value === '_') return;
    this.redeclared(n, this.scope.elems.get(n.value));
    this.scope.elems.set(n.value, o);
  }

  // redeclared reports n declaring a name its block already has, and where (decl.go: declare).
  redeclared(n: S.Name, prev: Obj | undefined): void {
    if (prev === undefined) return;
    const other = prev.pos === undefined ? '' : `\n\t${fmtPos(prev.pos)}: other declaration of ${n.value}`;
    typeErr(S.startPos(n), `${n.value} redeclared in this block${other}`);
  }

  openScope(): void {
    this.scope = new Scope(this.scope);
  }

  closeScope(): void {
    this.checkUnused(this.scope);
    this.scope = this.scope.parent!;
  }
}

// unusedImport words an unused import as types2 does, naming the import's
// name when it is not the path's last element.
function unusedImport(pn: PkgName): string {
  const path = pn.imported.path;
  const elem = path.slice(path.lastIndexOf('/') + 1);
  const as = pn.name === elem ? '' : ` as ${pn.name}`;
  return `imported and not used: ${JSON.stringify(path)}${as}`;
}

// cyclePath writes the "refers to" lines Go appends to a cycle error.
export function cyclePath(cycle: [Pos, string][]): string {
  const lines = cycle.map(([p, n]) => `\n\t${fmtPos(p)}: ${n} refers to`);
  return `${lines.join('')}\n\t${fmtPos(cycle[0]![0])}: ${cycle[0]![1]}`;
}
