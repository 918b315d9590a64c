// The type checker's state and package-level driver (types2 check.go,
// resolver.go: collectObjects, decl.go: objDecl). Package objects are
// resolved lazily on first use so declaration order does not matter; bodies
// are checked after all package objects. The checker annotates the syntax
// tree in place and records one FuncInfo per function and function literal
// for escape analysis, named as the compiler names it (noder's Renameinit,
// ir.closureName) once all are checked. The first error stops the check, thrown as a TypeErr
// worded as types2 words it. Its methods are spread over decl.ts, stmt.ts,
// assign.ts, expr.ts, typexpr.ts and call.ts, as types2 spreads them.
import { followPackage } from './basepos.js';
import { constString, makeInt } from './constant.js';
import {
  ErrorList,
  fmtPos,
  GoError,
  maxErrors,
  type Pos,
  ReportedErr,
  TypeErr,
  typeErr,
  unknownPos,
  unsupported,
} from './errors.js';
import { exprString } from './exprfmt.js';
import * as S from './syntax.js';
import {
  type Func,
  type FuncInfo,
  invalid,
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
  // init functions renamed so far (noder.Renameinit).
  initCount = 0;
  // Captures made while checking an assignment's destinations, recorded
  // once its values are checked (see deferCaptures).
  heldCaptures: [FuncInfo | undefined, Var, Pos][] | undefined;

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
  // A closure between the variable's function and the one using it captures
  // it too, where the closure nested in it that needs it is written, unless
  // it used the variable itself before (ir.FinishCaptureNames).
  capture(v: Var, at: Pos): void {
    if (v.global || v.fn === undefined || this.fn === undefined || v.fn === this.fn) return;
    if (this.heldCaptures !== undefined) {
      this.heldCaptures.push([this.fn, v, at]);
      return;
    }
    let pos = at;
    for (let f: FuncInfo | undefined = this.fn; f !== undefined && f !== v.fn; f = f.outer) {
      if (!f.captured.includes(v)) {
        f.captured.push(v);
        f.capturedAt.set(v, pos);
      }
      pos = f.pos;
    }
  }

  // deferCaptures runs check, recording the closure captures it makes only
  // when done is called. The compiler builds an assignment's values before
  // its destinations (irgen: "Eval rhs before lhs, for compatibility with
  // noder1"), so a closure first uses a variable on both sides where it is
  // read, while the checker wants a destination's type before its value.
  deferCaptures<T>(check: () => T): [T, () => void] {
    const outer = this.heldCaptures;
    const held: [FuncInfo | undefined, Var, Pos][] = [];
    this.heldCaptures = held;
    let r: T;
    try {
      r = check();
    } finally {
      this.heldCaptures = outer;
    }
    const done = () => {
      const fn = this.fn;
      for (const [f, v, at] of held) {
        this.fn = f;
        this.capture(v, at);
      }
      this.fn = fn;
    };
    return [r, done];
  }

  // lookup finds a field or method of t as code in pkg (this package unless
  // said otherwise) sees it: another package's unexported names are hidden.
  lookup(t: Type, name: string, pkg: Package = this.pkg): Selection | undefined {
    return lookupFieldOrMethod(t, name, pkg);
  }

  // checkFiles checks the package and throws what it found as one ErrorList.
  // types2 reports every error and goes on; this checker goes on after an error
  // in a function body at the next statement (stmt.ts: stmtList), while an
  // error at package level ends the check.
  checkFiles(files: S.File[], parseErrors: GoError[] = []): void {
    for (const e of parseErrors) this.report(e);
    try {
      this.checkPackage(files);
    } catch (e) {
      // A program already known to be wrong is reported as such even if
      // checking past its errors hit something the checker did not expect.
      if (e instanceof TypeErr && !this.pkg.stub) this.report(e);
      else if (this.errs.length === 0 || e instanceof GoError) throw e;
    }
    if (this.errs.length > 0) throw this.errorList();
  }

  /** The errors found so far, the parser's first, in the order found: cmd/compile sorts them when it prints. */
  private readonly errs: GoError[] = [];
  /** Whether a type error has been reported: types2's firstErr, which the parser's errors do not set. */
  private typeErrs = false;
  /**
   * A package-level declaration failed: its object has no usable type, so the
   * check cannot go on past the statement that asked for it.
   */
  fatal = false;

  /**
   * Records an error, as types2's Checker.err does: once one is reported, a
   * message naming an invalid operand or type is a follow-on and is dropped.
   * The tenth ends the check, as cmd/compile stops there.
   */
  report(e: GoError): void {
    if (e instanceof ReportedErr) return;
    if (e instanceof TypeErr) {
      const followOn = e.msg.indexOf('invalid operand') > 0 || e.msg.indexOf('invalid type') > 0;
      if (this.typeErrs && followOn) return;
      this.typeErrs = true;
    }
    this.errs.push(e);
    if (this.errs.length >= maxErrors) throw this.errorList();
  }

  /**
   * Runs a part of an expression that types2 checks past (one argument of a
   * call, one element of a literal): an error in it is reported and the rest
   * of the expression is checked on.
   */
  softly(f: () => void): void {
    try {
      f();
    } catch (e) {
      this.reportSoft(e);
    }
  }

  /**
   * The operand e; if it fails, its error is reported, the expressions the
   * operation still holds are checked for their own errors (types2's use),
   * and the operation is abandoned without a further message.
   */
  operandOrUse(e: S.Expr, rest: readonly (S.Expr | undefined)[], raw = false): S.TypeAndValue {
    return this.operandOr(() => (raw ? this.rawExpr(e) : this.expr(e)), rest);
  }

  /** Reports a type error and goes on; anything else is rethrown. */
  reportSoft(err: unknown): void {
    if (!(err instanceof TypeErr) || this.pkg.stub) throw err;
    this.report(err);
  }

  /**
   * f's result; if it fails, its error is reported, the expressions rest are
   * checked for their own errors, and the statement is abandoned.
   */
  operandOr<T>(f: () => T, rest: readonly (S.Expr | undefined)[]): T {
    try {
      return f();
    } catch (err) {
      this.reportSoft(err);
      this.use(rest);
      throw new ReportedErr('', 0, 0, 'invalid operand');
    }
  }

  /** types2's use: checks expressions only for the errors in them. */
  use(es: readonly (S.Expr | undefined)[]): void {
    for (const e of es) if (e !== undefined) this.softly(() => void this.expr(e));
  }

  private errorList(): ErrorList {
    return new ErrorList(this.errs);
  }

  /** Variables of the function being checked that were never used, found as their scopes closed. */
  private unused: Var[] = [];

  /** types2's usage: the outermost function's unused variables, reported in source order at its end. */
  private reportUnused(): void {
    // A variable initialised from an invalid operand counts as used (types2's initVars).
    const vars = this.unused
      .filter((v) => !v.used && v.type !== invalid)
      .sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col);
    this.unused = [];
    for (const v of vars)
      this.report(new TypeErr(v.pos.file, v.pos.line, v.pos.col, `${v.name} declared but not used`));
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
    for (const [o] of this.declOf) this.resolvePkg(o);
    for (const d of methods) this.validateMethod(d);
    // Bodies.
    // Function and method bodies in source order, as types2 checks them.
    const bodies: Func[] = [];
    for (const o of this.declOf.keys()) if (o.kind === 'func' && o.decl !== undefined) bodies.push(o);
    for (const d of methods) bodies.push(d.name.obj as Func);
    const fileOf = (f: Func) => this.fileIndex.get(f.pos.file) ?? 0;
    bodies.sort((a, b) => fileOf(a) - fileOf(b) || a.pos.line - b.pos.line || a.pos.col - b.pos.col);
    for (const f of bodies) this.funcBody(f);
    // A := converts the values it redeclares variables with once it has
    // built them, where that and all irgen built before it left the compiler.
    if (this.errs.length === 0)
      followPackage(files, (s, at) => {
        const rhs = S.exprList(s.rhs);
        if (rhs.length !== S.exprList(s.lhs).length) return;
        for (const r of rhs) if (r.iface !== undefined) r.ifacePos = at ?? unknownPos;
      });
    this.nameClosures();
    // Function literals in package-level initialisers.
    this.reportUnused();
    if (!pkg.stub) {
      for (const { pn, decl } of imports) {
        if (!pn.used) {
          const p = S.startPos(decl);
          this.report(new TypeErr(p.file, p.line, p.col, unusedImport(pn)));
        }
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

  // resolvePkg resolves a package-level object. When a variable's or constant's
  // declaration fails, its objects get an invalid type (a variable with a
  // declared type keeps it) and the check goes on,
  // as types2 goes on; a failed type or function declaration ends it (fatal).
  private resolvePkg(o: Obj): void {
    try {
      this.resolve(o);
    } catch (e) {
      const failed = this.resolving;
      if (
        !(e instanceof TypeErr) ||
        this.pkg.stub ||
        failed.some((x) => x.kind !== 'var' && x.kind !== 'const')
      )
        throw e;
      const decls = new Set(failed.map((x) => this.declOf.get(x)!.decl));
      for (const [x, di] of this.declOf) {
        if (!decls.has(di.decl)) continue;
        // A variable keeps its declared type (types2's varDecl sets it first).
        const t = di.decl.kind === 'VarDecl' ? di.decl.type?.tv : undefined;
        (x as Var).type = t?.mode === 'typexpr' ? t.type : invalid;
        di.state = 'done';
      }
      this.resolving = [];
      this.fatal = false;
      this.scope = this.pkg.scope;
      this.fn = undefined;
      this.iota = undefined;
      this.report(e);
    }
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
    // A package-level declaration that fails ends the check (see fatal).
    this.fatal = true;
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
    this.fatal = this.resolving.length > 0;
  }

  funcBody(f: Func): void {
    const d = f.decl!;
    const recvT = f.type.recv?.type;
    let name = d.name.value;
    // Each init function is renamed init.0, init.1, … in source order, the
    // name its closures and -m -m's capturing lines carry.
    if (recvT === undefined && name === 'init') name = `init.${this.initCount++}`;
    // A method named _ is as blank as a function named _ (ir.IsBlank).
    if (recvT !== undefined && name !== '_') {
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
    if (d.body === undefined) return;
    try {
      this.body(info, d.body);
    } catch (e) {
      if (!(e instanceof TypeErr) || this.fatal) throw e;
      this.report(e);
      this.fn = undefined;
    }
    this.reportUnused();
  }

  // funcLit checks a function literal; nameClosures names it once all are known.
  funcLit(e: S.FuncLit): Type {
    const sig = this.funcSig(e.type, undefined);
    const outer = this.fn;
    const info: FuncInfo = {
      name: '',
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
    // types2 checks a literal's body as a function of its own, reporting its
    // unused variables at its end, not at the end of the enclosing function.
    const outerUnused = this.unused;
    this.unused = [];
    this.body(info, e.body);
    this.reportUnused();
    this.unused = outerUnused;
    this.scope = saved;
    return sig;
  }

  // nameClosures names every function literal as ir.closureName does, in
  // the order irgen builds them: within a function in the order it was
  // checked (f.closures), as main.func1, and main.func1.1 within that one;
  // package-level ones and those of functions named _ share one count,
  // glob..func1 and _.func1, in source order, which is the order irgen builds
  // package-level initializers and function bodies in (not the order of
  // initialization the checker follows).
  nameClosures(): void {
    const within = (f: FuncInfo): void => {
      const prefix = f.decl.kind === 'FuncLit' ? '' : 'func';
      f.closures.forEach((c, i) => {
        c.name = `${f.name}.${prefix}${i + 1}`;
        within(c);
      });
    };
    const shared: FuncInfo[] = [];
    for (const f of this.pkg.funcs) {
      if (f.decl.kind === 'FuncLit') shared.push(f);
      else if (f.decl.name.value === '_') shared.push(...f.closures);
      else within(f);
    }
    const fileOf = (f: FuncInfo) => this.fileIndex.get(f.pos.file) ?? 0;
    shared.sort((a, b) => fileOf(a) - fileOf(b) || a.pos.line - b.pos.line || a.pos.col - b.pos.col);
    shared.forEach((c, i) => {
      c.name = `${c.outer?.name ?? 'glob.'}.func${i + 1}`;
      within(c);
    });
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
    // Reported, not thrown: the body's unused variables are still to be found.
    if (sig.results.length > 0 && !this.isTerminatingList(b.list))
      this.report(new TypeErr(b.rbrace.file, b.rbrace.line, b.rbrace.col, 'missing return'));
    this.checkUnused(this.scope);
    this.fn = savedFn;
    this.scope = savedScope;
  }

  checkUnused(scope: Scope): void {
    if (this.pkg.stub) return;
    for (const o of scope.elems.values()) {
      if (o.kind === 'var' && !o.isParam && !o.isResult && !o.global && o.name !== '_') this.unused.push(o);
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
