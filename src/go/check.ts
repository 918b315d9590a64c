// The type checker: package-level declarations, function bodies, statements.
// Mirrors types2's structure (resolver.go collects package objects, decl.go
// resolves them lazily on first use so declaration order does not matter,
// stmt.go checks bodies); expressions live in expr.ts. It annotates the
// syntax tree in place and records one FuncInfo per function and function
// literal for escape analysis. The first error stops the check and is thrown
// as a TypeErr worded as types2 words it.
import { makeInt } from './constant.js';
import { type Pos, typeErr, unsupported } from './errors.js';
import { ExprChecker } from './expr.js';
import * as S from './syntax.js';
import {
  type Func,
  type FuncInfo,
  isInterface,
  type Named,
  newVar,
  type Obj,
  type Package,
  Scope,
  type Signature,
  type Type,
  type TypeName,
  typeString,
  under,
  type Var,
} from './types.js';
import { defaultType, Typ } from './universe.js';

export type Importer = (path: string, pos: Pos) => Package;

interface DeclInfo {
  decl: S.Decl;
  state: 'unresolved' | 'resolving' | 'done';
}

export class Checker extends ExprChecker {
  private declOf = new Map<Obj, DeclInfo>();
  private fileScopes: Scope[] = [];

  // Function declarations without a body stand for assembly; go build
  // rejects them unless the package has .s files, the compiler alone does not.
  allowBodyless = false;

  constructor(
    pkg: Package,
    private readonly importer: Importer,
  ) {
    super(pkg);
  }

  checkFiles(files: S.File[]): void {
    const pkg = this.pkg;
    for (const f of files) {
      if (f.pkgName.value !== pkg.name) {
        typeErr(S.startPos(f.pkgName), `package ${f.pkgName.value}; expected ${pkg.name}`);
      }
    }
    // Collect package-level objects (resolver.go: collectObjects).
    const methods: S.FuncDecl[] = [];
    const imports: { scope: Scope; pn: import('./types.js').PkgName; decl: S.ImportDecl }[] = [];
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
            imports.push({ scope: fileScope, pn, decl: d });
            break;
          }
          case 'ConstDecl':
          case 'VarDecl':
            for (const n of d.names) {
              if (n.value === '_') continue;
              const o: Obj =
                d.kind === 'ConstDecl'
                  ? { kind: 'const', name: n.value, pos: n.pos, pkg, type: Typ.untypedInt, val: makeInt(0) }
                  : Object.assign(newVar(n.value, n.pos, Typ.int, pkg), { global: true, decl: n });
              this.declarePkg(n, o, d);
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
            `${name} already declared through import of package ${(o as import('./types.js').PkgName).imported.path}`,
          );
      }
    }
    // Resolve all package objects, then attach methods.
    for (const [o] of this.declOf) this.resolve(o);
    for (const d of methods) this.collectMethod(d);
    // Bodies.
    for (const o of [...this.declOf.keys()]) {
      if (o.kind === 'func' && o.decl !== undefined) this.funcBody(o);
    }
    for (const d of methods) {
      const f = d.name.obj as Func;
      this.funcBody(f);
    }
    if (!pkg.stub) {
      for (const { pn, decl } of imports) {
        if (!pn.used) typeErr(S.startPos(decl), `imported and not used: ${JSON.stringify(pn.imported.path)}`);
      }
    }
  }

  private declarePkg(n: S.Name, o: Obj, d: S.Decl): void {
    const prev = this.pkg.scope.elems.get(n.value);
    if (prev !== undefined) typeErr(S.startPos(n), `${n.value} redeclared in this block`);
    this.pkg.scope.elems.set(n.value, o);
    this.declOf.set(o, { decl: d, state: 'unresolved' });
  }

  private fileScopeFor(d: S.Decl): Scope {
    // Declarations are file-local only for import names; find by filename.
    const i = this.fileIndex.get(d.pos.file);
    return i === undefined ? this.pkg.scope : this.fileScopes[i]!;
  }
  private fileIndex = new Map<string, number>();

  setFiles(files: S.File[]): void {
    files.forEach((f, i) => {
      this.fileIndex.set(f.filename, i);
    });
  }

  // resolve type-checks a package-level object's declaration on first use
  // (decl.go: objDecl), reporting cycles as types2 does.
  override resolve(o: Obj): void {
    const di = this.declOf.get(o);
    if (di === undefined || di.state === 'done') return;
    if (di.state === 'resolving') {
      if (o.kind === 'typename' && o.type.kind === 'named') return; // recursive named types are fine
      typeErr(S.startPos(o), `initialization cycle or invalid recursive reference to ${o.name}`);
    }
    di.state = 'resolving';
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
    di.state = 'done';
  }

  constDecl(d: S.ConstDecl, local: boolean): void {
    const values = S.exprList(d.values);
    const typ = d.type ? this.typExpr(d.type) : undefined;
    if (values.length === 0) typeErr(S.startPos(d), 'missing init expr for const declaration');
    if (values.length < d.names.length)
      typeErr(S.startPos(d.names[values.length]!), 'missing init expr for const declaration');
    if (values.length > d.names.length) typeErr(S.startPos(values[d.names.length]!), 'extra init expr');
    d.names.forEach((n, i) => {
      this.iota = d.iota;
      const e = structuredClone(values[i]!, { transfer: [] });
      const x = this.expr(e);
      this.iota = undefined;
      if (x.mode !== 'constant')
        typeErr(S.startPos(e), `${this.exprStr(e)} (value of type ${typeString(x.type)}) is not constant`);
      let t = x.type;
      if (typ !== undefined) {
        this.assignment(e, typ, 'constant declaration');
        t = typ;
      }
      const o: Obj = local
        ? { kind: 'const', name: n.value, pos: n.pos, pkg: this.pkg, type: t, val: x.val! }
        : (n.obj as Obj);
      if (o.kind === 'const') {
        o.type = t;
        o.val = x.val!;
      }
      if (local && n.value !== '_') this.declare(n, o);
    });
  }

  varDecl(d: S.VarDecl, local: boolean): void {
    const typ = d.type ? this.typExpr(d.type) : undefined;
    const values = S.exprList(d.values);
    const vars = d.names.map((n) => {
      const v = local || n.value === '_' ? newVar(n.value, n.pos, typ ?? Typ.int, this.pkg) : (n.obj as Var);
      v.decl = n;
      if (!local) v.global = true;
      else this.addLocal(v);
      n.obj = v;
      return v;
    });
    if (values.length === 0) {
      for (const v of vars) v.type = typ!;
    } else if (values.length === 1 && vars.length > 1) {
      const types = this.multiValue(values[0]!, vars.length);
      vars.forEach((v, i) => {
        v.type = typ ?? defaultType(types[i]!);
      });
    } else {
      if (values.length !== vars.length) {
        if (values.length < vars.length)
          typeErr(
            S.startPos(d.names[values.length]!),
            `assignment mismatch: ${vars.length} variables but ${values.length} value${values.length === 1 ? '' : 's'}`,
          );
        typeErr(
          S.startPos(d.names[0]!),
          `assignment mismatch: ${vars.length} variable${vars.length === 1 ? '' : 's'} but ${values.length} values`,
        );
      }
      vars.forEach((v, i) => {
        const e = values[i]!;
        if (local) v.defn = e;
        const x = this.assignedValue(e, vars.length);
        if (x.mode === 'novalue') typeErr(S.startPos(e), `${this.exprStr(e)} (no value) used as value`);
        if (typ !== undefined) {
          this.assignment(e, typ, 'variable declaration');
          // Go positions the conversion of a declared constant value at the variable.
          if (e.iface !== undefined && e.tv?.mode === 'constant') e.ifacePos = d.names[i]!.pos;
          v.type = typ;
        } else {
          if (x.type.kind === 'basic' && x.type.name === 'untyped nil')
            typeErr(S.startPos(e), `use of untyped nil in variable declaration`);
          v.type = defaultType(x.type);
          this.convertUntyped(e, v.type);
        }
      });
    }
    if (local)
      vars.forEach((v, i) => {
        d.names[i]!.value !== '_' && this.declare(d.names[i]!, v);
      });
  }

  typeDecl(d: S.TypeDecl, local: boolean): void {
    let tn = d.name.obj as TypeName | undefined;
    if (local) {
      tn = { kind: 'typename', name: d.name.value, pos: d.name.pos, pkg: this.pkg, type: Typ.int };
      if (!d.alias) tn.type = { kind: 'named', obj: tn, underlying: undefined, methods: [] };
      d.name.obj = tn;
      this.declare(d.name, tn);
    }
    if (d.alias) {
      tn!.type = this.typExpr(d.type);
      return;
    }
    const named = tn!.type as Named;
    const rhs = this.typExpr(d.type, named);
    named.underlying = under(rhs);
    if (named.underlying.kind === 'basic' && named.underlying.name === 'invalid') {
      typeErr(S.startPos(d.name), `invalid recursive type ${d.name.value}`);
    }
  }

  private collectMethod(d: S.FuncDecl): void {
    this.scope = this.fileScopeFor(d);
    const recvField = d.recv!;
    let rt = S.unparen(recvField.type);
    let ptr = false;
    if (rt.kind === 'Operation' && rt.op === '*' && rt.y === undefined) {
      ptr = true;
      rt = S.unparen(rt.x);
    }
    if (rt.kind !== 'Name') typeErr(S.startPos(rt), `invalid receiver type ${this.exprStr(rt)}`);
    const base = this.pkg.scope.elems.get(rt.value);
    if (base === undefined) typeErr(S.startPos(rt), `undefined: ${rt.value}`);
    if (base.kind !== 'typename' || base.type.kind !== 'named')
      typeErr(S.startPos(rt), `cannot define new methods on non-local type ${rt.value}`);
    const named = base.type;
    const uk = named.underlying?.kind;
    if (uk === 'pointer' || uk === 'interface')
      typeErr(S.startPos(rt), `invalid receiver type ${rt.value} (pointer or interface type)`);
    const recvType: Type = ptr ? { kind: 'pointer', elem: named } : named;
    const recv = newVar(
      recvField.name?.value ?? '',
      recvField.name?.pos ?? recvField.pos,
      recvType,
      this.pkg,
    );
    recv.isParam = true;
    if (recvField.name) recvField.name.obj = recv;
    const sig = this.funcSig(d.type, recv);
    const m: Func = {
      kind: 'func',
      name: d.name.value,
      pos: d.name.pos,
      pkg: this.pkg,
      type: sig,
      decl: d,
      info: undefined,
      ptrRecv: ptr,
    };
    if (d.name.value !== '_') {
      if (named.methods.some((x) => x.name === m.name))
        typeErr(S.startPos(d.name), `method ${named.obj.name}.${m.name} already declared`);
      const u = under(named);
      if (u.kind === 'struct' && u.fields.some((f) => f.name === m.name))
        typeErr(S.startPos(d.name), `field and method with the same name ${m.name}`);
      named.methods.push(m);
    }
    d.name.obj = m;
  }

  private funcBody(f: Func): void {
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
  override funcLit(e: S.FuncLit): Type {
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
  private closureCount = new Map<FuncInfo | undefined, number>();

  private body(info: FuncInfo, b: S.BlockStmt): void {
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
    this.labels = new Map();
    this.collectLabels(b.list);
    this.stmtList(b.list);
    if (sig.results.length > 0 && !this.isTerminatingList(b.list)) typeErr(b.rbrace, 'missing return');
    this.checkUnused(this.scope);
    this.fn = savedFn;
    this.scope = savedScope;
  }

  private labels = new Map<string, S.LabeledStmt>();
  private collectLabels(list: S.Stmt[]): void {
    for (const s of list) this.walkLabels(s);
  }
  private walkLabels(s: S.Stmt): void {
    switch (s.kind) {
      case 'LabeledStmt':
        if (this.labels.has(s.label.value))
          typeErr(S.startPos(s.label), `label ${s.label.value} already declared`);
        this.labels.set(s.label.value, s);
        this.walkLabels(s.stmt);
        break;
      case 'BlockStmt':
        this.collectLabels(s.list);
        break;
      case 'IfStmt':
        this.collectLabels(s.then.list);
        if (s.else) this.walkLabels(s.else);
        break;
      case 'ForStmt':
        this.collectLabels(s.body.list);
        break;
      case 'SwitchStmt':
        for (const c of s.body) this.collectLabels(c.body);
        break;
      case 'SelectStmt':
        for (const c of s.body) this.collectLabels(c.body);
        break;
    }
  }

  private checkUnused(scope: Scope): void {
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
  private addLocal(v: Var): void {
    v.fn = this.fn;
    this.fn?.locals.push(v);
  }

  declare(n: S.Name, o: Obj): void {
    if (n.value === '_') return;
    if (this.scope.elems.has(n.value)) typeErr(S.startPos(n), `${n.value} redeclared in this block`);
    this.scope.elems.set(n.value, o);
  }

  private openScope(): void {
    this.scope = new Scope(this.scope);
  }
  private closeScope(): void {
    this.checkUnused(this.scope);
    this.scope = this.scope.parent!;
  }

  // ---- statements (stmt.go)

  private stmtList(list: S.Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  private loopDepth = 0;
  private breakOk = 0;

  private stmt(s: S.Stmt): void {
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
        if (!isCall && !isRecv)
          typeErr(S.startPos(s.x), `${this.exprStr(s.x)} (${this.describe(x)}) is not used`);
        if (isCall && u.kind === 'CallExpr' && S.unparen(u.fun).kind === 'Name') {
          const b = (S.unparen(u.fun) as S.Name).obj;
          if (
            b?.kind === 'builtin' &&
            ['append', 'cap', 'len', 'make', 'new', 'complex', 'real', 'imag'].includes(b.name)
          ) {
            typeErr(
              S.startPos(s.x),
              `${this.exprStr(s.x)} (value of type ${typeString(x.type)}) is not used`,
            );
          }
        }
        return;
      }
      case 'SendStmt': {
        const ch = this.expr(s.chan);
        const u = under(ch.type);
        if (u.kind !== 'chan')
          typeErr(
            S.startPos(s),
            `invalid operation: cannot send to non-channel ${this.exprStr(s.chan)} (${this.describe(ch)})`,
          );
        if (u.dir === 2)
          typeErr(
            S.startPos(s),
            `invalid operation: cannot send to receive-only channel ${this.exprStr(s.chan)} (${this.describe(ch)})`,
          );
        this.expr(s.value);
        this.assignment(s.value, u.elem, 'send');
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
        if (s.tok === 'goto') {
          const l = this.labels.get(s.label!.value);
          if (l === undefined) typeErr(S.startPos(s.label!), `label ${s.label!.value} not declared`);
          s.target = l;
        } else if (s.label !== undefined) {
          const l = this.labels.get(s.label.value);
          if (l === undefined) typeErr(S.startPos(s.label), `label ${s.label.value} not declared`);
          s.target = l;
        } else if (s.tok === 'break' && this.breakOk === 0)
          typeErr(S.startPos(s), 'break is not in a loop, switch, or select');
        else if (s.tok === 'continue' && this.loopDepth === 0)
          typeErr(S.startPos(s), 'continue is not in a loop');
        return;
      case 'CallStmt': {
        const call = S.unparen(s.call) as S.CallExpr;
        const x = this.rawExpr(call);
        const f = S.unparen(call.fun);
        if (
          x.mode === 'typexpr' ||
          (f.kind === 'Name' &&
            f.obj?.kind === 'builtin' &&
            ['append', 'cap', 'len', 'make', 'new'].includes(f.obj.name))
        ) {
          typeErr(S.startPos(s.call), `${s.tok} discards result of ${this.exprStr(s.call)}`);
        }
        return;
      }
      case 'ReturnStmt': {
        const results = this.fn!.sig.results;
        const xs = S.exprList(s.results);
        if (xs.length === 0) {
          if (results.length > 0 && results[0]!.name === '')
            typeErr(
              S.startPos(s),
              'not enough return values\n\thave ()\n\twant ' +
                `(${results.map((r) => typeString(r.type)).join(', ')})`,
            );
          return;
        }
        if (xs.length === 1 && results.length > 1) {
          const types = this.multiValue(xs[0]!, results.length);
          types.forEach((t, i) => {
            if (!this.assignableTo(t, results[i]!.type))
              typeErr(
                S.startPos(xs[0]!),
                `cannot use ${this.exprStr(xs[0]!)} value as ${typeString(results[i]!.type)} value in return statement`,
              );
          });
          return;
        }
        for (const x of xs) this.expr(x);
        if (xs.length !== results.length) {
          const have = `(${xs.map((x) => typeString(x.tv!.type)).join(', ')})`;
          const want = `(${results.map((r) => typeString(r.type)).join(', ')})`;
          typeErr(
            S.startPos(xs[0]!),
            `${xs.length < results.length ? 'not enough' : 'too many'} return values\n\thave ${have}\n\twant ${want}`,
          );
        }
        xs.forEach((x, i) => {
          this.assignment(x, results[i]!.type, 'return statement');
        });
        return;
      }
      case 'IfStmt':
        this.openScope();
        if (s.init) this.stmt(s.init);
        this.cond(s.cond, 'if');
        this.stmt(s.then);
        if (s.else) this.stmt(s.else);
        this.closeScope();
        return;
      case 'ForStmt':
        this.openScope();
        this.loopDepth++;
        this.breakOk++;
        if (s.init?.kind === 'RangeClause') this.rangeClause(s.init);
        else if (s.init) this.stmt(s.init);
        if (s.cond) this.cond(s.cond, 'for');
        if (s.post) this.stmt(s.post);
        this.stmt(s.body);
        this.loopDepth--;
        this.breakOk--;
        this.closeScope();
        return;
      case 'SwitchStmt':
        this.breakOk++;
        this.switchStmt(s);
        this.breakOk--;
        return;
      case 'SelectStmt':
        this.breakOk++;
        for (const c of s.body) {
          this.openScope();
          if (c.comm) {
            const comm = c.comm;
            const recv =
              comm.kind === 'SendStmt' ||
              (comm.kind === 'ExprStmt' && S.unparen(comm.x).kind === 'Operation') ||
              (comm.kind === 'AssignStmt' &&
                comm.rhs !== undefined &&
                S.unparen(comm.rhs).kind === 'Operation');
            if (!recv) typeErr(S.startPos(comm), 'select case must be receive, send or assign recv');
            this.stmt(comm);
          }
          this.stmtList(c.body);
          this.closeScope();
        }
        this.breakOk--;
        return;
    }
  }

  private cond(e: S.Expr, what: string): void {
    const x = this.expr(e);
    if (!(under(x.type).kind === 'basic' && (under(x.type) as { name: string }).name.endsWith('bool'))) {
      typeErr(S.startPos(e), `non-boolean condition in ${what} statement`);
    }
  }

  private switchStmt(s: S.SwitchStmt): void {
    this.openScope();
    if (s.init) this.stmt(s.init);
    if (s.tag?.kind === 'TypeSwitchGuard') {
      const g = s.tag;
      const x = this.expr(g.x);
      if (!isInterface(x.type))
        typeErr(S.startPos(g.x), `${this.exprStr(g.x)} (${this.describe(x)}) is not an interface`);
      let used = false;
      for (const c of s.body) {
        this.openScope();
        const types: (Type | undefined)[] = [];
        for (const e of S.exprList(c.cases)) {
          const u = S.unparen(e);
          if (u.kind === 'Name' && u.value === 'nil') {
            this.rawExpr(e);
            types.push(undefined);
          } else {
            const t = this.typExpr(e);
            e.tv = { mode: 'typexpr', type: t };
            types.push(t);
          }
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
      if (g.lhs !== undefined && !used && g.lhs.value !== '_')
        typeErr(S.startPos(g.lhs), `${g.lhs.value} declared but not used`);
    } else {
      let tagT: Type | undefined;
      if (s.tag) {
        const x = this.expr(s.tag);
        tagT = defaultType(x.type);
        this.convertUntyped(s.tag, tagT);
      }
      for (const c of s.body) {
        for (const e of S.exprList(c.cases)) {
          const y = this.expr(e);
          if (tagT !== undefined) {
            this.comparison(s.tag!, e, '==', y);
          } else if (
            !(under(y.type).kind === 'basic' && (under(y.type) as { name: string }).name.endsWith('bool'))
          ) {
            typeErr(
              S.startPos(e),
              `invalid case ${this.exprStr(e)} in switch (mismatched types ${typeString(y.type)} and bool)`,
            );
          }
        }
        this.openScope();
        this.stmtList(c.body);
        this.closeScope();
      }
    }
    this.closeScope();
  }

  private rangeClause(r: S.RangeClause): void {
    const x = this.expr(r.x);
    const u = under(x.type);
    let kt: Type;
    let vt: Type | undefined;
    switch (u.kind) {
      case 'basic':
        if (u.name !== 'string' && u.name !== 'untyped string')
          typeErr(S.startPos(r.x), `cannot range over ${this.exprStr(r.x)} (${this.describe(x)})`);
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
        if (e.kind !== 'array')
          typeErr(S.startPos(r.x), `cannot range over ${this.exprStr(r.x)} (${this.describe(x)})`);
        kt = Typ.int;
        vt = e.elem;
        break;
      }
      case 'map':
        kt = u.key;
        vt = u.elem;
        break;
      case 'chan':
        kt = u.elem;
        vt = undefined;
        break;
      default:
        typeErr(S.startPos(r.x), `cannot range over ${this.exprStr(r.x)} (${this.describe(x)})`);
    }
    const lhs = S.exprList(r.lhs);
    if (lhs.length > (vt === undefined ? 1 : 2))
      typeErr(
        lhs[lhs.length - 1]!.pos,
        `range over ${this.exprStr(r.x)} permits only one iteration variable`,
      );
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
  }

  private assignStmt(s: S.AssignStmt): void {
    if (s.rhs === undefined) {
      const x = this.expr(s.lhs);
      if (!this.isNumeric(x.type))
        typeErr(
          S.startPos(s.lhs),
          `invalid operation: ${this.exprStr(s.lhs)}${s.op}${s.op} (non-numeric type ${typeString(x.type)})`,
        );
      this.checkAssignable(s.lhs);
      return;
    }
    if (s.op !== '') {
      const x = this.expr(s.lhs);
      this.checkAssignable(s.lhs);
      const op: S.Operation = { kind: 'Operation', pos: s.pos, op: s.op, x: s.lhs, y: s.rhs };
      this.binaryOperands(op, x);
      return;
    }
    const lhs = S.exprList(s.lhs);
    const rhs = S.exprList(s.rhs);
    if (s.define) {
      s.newVars = new Set();
      const types: Type[] =
        rhs.length === 1 && lhs.length > 1
          ? this.multiValue(rhs[0]!, lhs.length)
          : (() => {
              if (rhs.length !== lhs.length)
                typeErr(
                  S.startPos(lhs[0]!),
                  `assignment mismatch: ${lhs.length} variable${lhs.length === 1 ? '' : 's'} but ${rhs.length} value${rhs.length === 1 ? '' : 's'}`,
                );
              return rhs.map((e) => {
                const x = this.assignedValue(e, lhs.length);
                if (x.mode === 'novalue')
                  typeErr(S.startPos(e), `${this.exprStr(e)} (no value) used as value`);
                if (x.type.kind === 'basic' && x.type.name === 'untyped nil')
                  typeErr(S.startPos(e), 'use of untyped nil in assignment');
                return x.type;
              });
            })();
      const decls: [S.Name, Var][] = [];
      lhs.forEach((e, i) => {
        if (e.kind !== 'Name') typeErr(S.startPos(e), `non-name ${this.exprStr(e)} on left side of :=`);
        const existing = this.scope.elems.get(e.value);
        if (existing !== undefined && e.value !== '_') {
          e.obj = existing;
          if (existing.kind === 'var') {
            existing.used = existing.used || false;
            e.tv = { mode: 'variable', type: existing.type };
            if (rhs.length === lhs.length) this.assignment(rhs[i]!, existing.type, 'assignment');
            existing.reassigned = true;
          }
          return;
        }
        const t = defaultType(types[i]!);
        const v = newVar(e.value, e.pos, t, this.pkg);
        this.addLocal(v);
        v.decl = e;
        e.obj = v;
        e.tv = { mode: 'variable', type: t };
        if (rhs.length === lhs.length) {
          this.convertUntyped(rhs[i]!, t);
          v.defn = rhs[i];
        }
        s.newVars!.add(e);
        decls.push([e, v]);
      });
      if (decls.length === 0 && !lhs.every((e) => e.kind === 'Name' && e.value === '_'))
        typeErr(S.startPos(s), 'no new variables on left side of :=');
      if (decls.length === 0) typeErr(S.startPos(s), 'no new variables on left side of :=');
      for (const [n, v] of decls) this.declare(n, v);
      return;
    }
    if (rhs.length === 1 && lhs.length > 1) {
      const types = this.multiValue(rhs[0]!, lhs.length);
      lhs.forEach((e, i) => {
        this.assignVar(e, types[i]!);
      });
      return;
    }
    if (rhs.length !== lhs.length)
      typeErr(
        S.startPos(lhs[0]!),
        `assignment mismatch: ${lhs.length} variable${lhs.length === 1 ? '' : 's'} but ${rhs.length} value${rhs.length === 1 ? '' : 's'}`,
      );
    const lts = lhs.map((e) => {
      if (e.kind === 'Name' && e.value === '_') {
        e.tv = { mode: 'variable', type: Typ.int };
        return undefined;
      }
      const x = this.expr(e, true);
      this.checkAssignable(e);
      return x.type;
    });
    rhs.forEach((e, i) => {
      const x = this.assignedValue(e, lhs.length);
      if (x.mode === 'novalue') typeErr(S.startPos(e), `${this.exprStr(e)} (no value) used as value`);
      const t = lts[i];
      // Go positions an assignment's implicit conversion at its destination.
      if (t !== undefined && isInterface(t) && !isInterface(x.type)) e.ifacePos = S.startPos(lhs[i]!);
      if (t === undefined) {
        if (x.type.kind === 'basic' && x.type.name === 'untyped nil')
          typeErr(S.startPos(e), 'use of untyped nil in assignment');
        this.convertUntyped(e, defaultType(x.type));
      } else this.assignment(e, t, 'assignment');
    });
  }

  // assignVar assigns a value of type t (from a multi-value expression) to e.
  private assignVar(e: S.Expr, t: Type): void {
    if (e.kind === 'Name' && e.value === '_') {
      e.tv = { mode: 'variable', type: t };
      return;
    }
    const x = this.expr(e, true);
    this.checkAssignable(e);
    if (!this.assignableTo(t, x.type))
      typeErr(
        S.startPos(e),
        `cannot use ${typeString(t)} value as ${typeString(x.type)} value in assignment`,
      );
    if (isInterface(x.type) && !isInterface(t)) e.iface = x.type;
  }

  private checkAssignable(e: S.Expr): void {
    const u = S.unparen(e);
    const tv = e.tv!;
    if (tv.mode === 'variable' || tv.mode === 'mapindex') {
      if (u.kind === 'Name' && u.obj?.kind === 'var') u.obj.reassigned = true;
      return;
    }
    if (u.kind === 'SelectorExpr' && tv.mode === 'value' && under(S.unparen(u.x).tv!.type).kind === 'map') {
      typeErr(S.startPos(e), `cannot assign to struct field ${this.exprStr(e)} in map`);
    }
    typeErr(S.startPos(e), `cannot assign to ${this.exprStr(e)} (${this.describe(tv)})`);
  }

  private isTerminatingList(list: S.Stmt[]): boolean {
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]!.kind !== 'EmptyStmt') return this.isTerminating(list[i]!, undefined);
    }
    return false;
  }

  // isTerminating follows the spec's "terminating statements" (return.go).
  private isTerminating(s: S.Stmt, label: string | undefined): boolean {
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
              (this.isTerminatingList(c.body) ||
                (last?.kind === 'BranchStmt' && last.tok === 'fallthrough')) &&
              !hasBreak(c.body, label, true)
            );
          })
        );
      case 'SelectStmt':
        return s.body.every((c) => this.isTerminatingList(c.body) && !hasBreak(c.body, label, true));
    }
    return false;
  }

  // funcSig builds a Signature from a FuncType (typexpr.go: funcType).
  override funcSig(t: S.FuncType, recv: Var | undefined): Signature {
    let variadic = false;
    const params = t.params.map((f, i) => {
      let ft: Type;
      if (f.type.kind === 'DotsType') {
        if (i !== t.params.length - 1)
          typeErr(S.startPos(f.type), 'can only use ... with final parameter in list');
        variadic = true;
        ft = { kind: 'slice', elem: this.typExpr(f.type.elem) };
      } else ft = this.typExpr(f.type);
      const v = newVar(f.name?.value ?? '', f.name?.pos ?? f.pos, ft, this.pkg);
      v.isParam = true;
      return v;
    });
    const results = t.results.map((f, i) => {
      const v = newVar(f.name?.value ?? '', f.name?.pos ?? f.pos, this.typExpr(f.type), this.pkg);
      v.isResult = true;
      if (f.name === undefined || f.name.value === '_') v.name = f.name === undefined ? '' : `~r${i}`;
      return v;
    });
    return { kind: 'signature', recv, params, results, variadic };
  }
}

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
