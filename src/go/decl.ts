// Declarations (types2 decl.go: constDecl, varDecl, typeDecl; resolver.go and
// signature.go for methods): constants with iota, variables with their
// initialisers, named types and aliases, methods attached to their receiver
// base type.

import { lastStood } from './basepos.js';
import { Checker, cyclePath } from './checker.js';
import { fmtPos, typeErr } from './errors.js';
import * as S from './syntax.js';
import {
  type Func,
  type Named,
  newVar,
  type Obj,
  type Type,
  type TypeName,
  typeString,
  under,
  type Var,
} from './types.js';
import { defaultType, Typ } from './universe.js';

declare module './checker.js' {
  interface Checker {
    constDecl(d: S.ConstDecl, local: boolean): void;
    varDecl(d: S.VarDecl, local: boolean): void;
    typeDecl(d: S.TypeDecl, local: boolean): void;
    collectMethod(d: S.FuncDecl): void;
    validateMethod(d: S.FuncDecl): void;
  }
}

Checker.prototype.constDecl = function (this: Checker, d: S.ConstDecl, local: boolean): void {
  const values = S.exprList(d.values);
  const typ = d.type ? this.typExpr(d.type) : undefined;
  if (values.length < d.names.length)
    typeErr(S.startPos(d.names[values.length]!), `missing init expr for ${d.names[values.length]!.value}`);
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
};

Checker.prototype.varDecl = function (this: Checker, d: S.VarDecl, local: boolean): void {
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
      // resolver.go: arity.
      if (values.length < vars.length)
        typeErr(
          S.startPos(d.names[values.length]!),
          `missing init expr for ${d.names[values.length]!.value}`,
        );
      const extra = values[vars.length]!;
      typeErr(S.startPos(extra), `extra init expr ${this.exprStr(extra)}`);
    }
    vars.forEach((v, i) => {
      const e = values[i]!;
      if (local) v.defn = e;
      const x = this.assignedValue(e, vars.length);
      if (x.mode === 'novalue') typeErr(S.startPos(e), `${this.exprStr(e)} (no value) used as value`);
      if (typ !== undefined) {
        this.assignment(e, typ, 'variable declaration');
        v.type = typ;
      } else {
        if (x.type.kind === 'basic' && x.type.name === 'untyped nil')
          typeErr(S.startPos(e), `use of untyped nil in variable declaration`);
        v.type = defaultType(x.type);
        this.convertUntyped(e, v.type, 'variable declaration');
      }
    });
    // Go converts the values once it has built them all, where the last
    // of them left it (irgen's varDecl).
    if (typ !== undefined) {
      const at = lastStood(d.pos, values);
      for (const e of values) if (e.iface !== undefined) e.ifacePos = at;
    }
  }
  if (local)
    vars.forEach((v, i) => {
      d.names[i]!.value !== '_' && this.declare(d.names[i]!, v);
    });
};

Checker.prototype.typeDecl = function (this: Checker, d: S.TypeDecl, local: boolean): void {
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
    typeErr(
      S.startPos(d.name),
      `invalid recursive type ${d.name.value}${cyclePath([[d.name.pos, d.name.value]])}`,
    );
  }
  validType(named, []);
};

// validType rejects a type that contains itself by value, through struct
// fields, array elements or embedded interfaces (types2 validtype.go);
// pointers, slices, maps, channels and functions break the cycle.
function validType(t: Type, path: Named[]): void {
  if (t.kind === 'named') {
    const i = path.indexOf(t);
    if (i >= 0) {
      const cycle = path.slice(i);
      const first = cycle[0]!.obj;
      typeErr(
        first.pos,
        `invalid recursive type ${first.name}${cyclePath(cycle.map((n) => [n.obj.pos, n.obj.name]))}`,
      );
    }
    if (t.underlying === undefined) return; // still being declared: its own check completes the cycle
    path.push(t);
    validType(t.underlying, path);
    path.pop();
    return;
  }
  switch (t.kind) {
    case 'array':
      validType(t.elem, path);
      break;
    case 'struct':
      for (const f of t.fields) validType(f.type, path);
      break;
    case 'interface':
      for (const e of t.embeddeds) validType(e, path);
      break;
  }
}

Checker.prototype.collectMethod = function (this: Checker, d: S.FuncDecl): void {
  this.scope = this.fileScopeFor(d);
  const recvField = d.recv!;
  let rt = S.unparen(recvField.type);
  let ptr = false;
  if (rt.kind === 'Operation' && rt.op === '*' && rt.y === undefined) {
    ptr = true;
    rt = S.unparen(rt.x);
  }
  const recvPos = recvField.name?.pos ?? recvField.pos;
  const base = rt.kind === 'Name' ? this.pkg.scope.elems.get(rt.value) : undefined;
  if (base?.kind !== 'typename' || base.type.kind !== 'named') {
    // A predeclared type, another package's, or an alias of one (signature.go: validate receiver).
    if (rt.kind !== 'Name' && rt.kind !== 'SelectorExpr')
      typeErr(S.startPos(rt), `invalid receiver type ${this.exprStr(rt)}`);
    const t = this.typExpr(rt);
    if (t.kind === 'basic' || t.kind === 'named')
      typeErr(recvPos, `cannot define new methods on non-local type ${typeString(t)}`);
    typeErr(recvPos, `invalid receiver type ${typeString(t)}`);
  }
  const named = base.type;
  const recvType: Type = ptr ? { kind: 'pointer', elem: named } : named;
  const recv = newVar(recvField.name?.value ?? '', recvPos, recvType, this.pkg);
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
    const prev = named.methods.find((x) => x.name === m.name);
    if (prev !== undefined) {
      typeErr(
        S.startPos(d.name),
        `${named.obj.name}.${m.name} redeclared in this block\n\t${fmtPos(prev.pos)}: other declaration of ${m.name}`,
      );
    }
    named.methods.push(m);
  }
  d.name.obj = m;
};

/**
 * The checks on a method that need its receiver base type's underlying type,
 * made once package-level types are resolved (types2 does them later too).
 */
Checker.prototype.validateMethod = function (this: Checker, d: S.FuncDecl): void {
  const m = d.name.obj as Func;
  const recv = m.type.recv!;
  const named = (recv.type.kind === 'pointer' ? recv.type.elem : recv.type) as Named;
  const u = under(named);
  if (u.kind === 'pointer' || u.kind === 'interface')
    typeErr(recv.pos, `invalid receiver type ${typeString(named)} (pointer or interface type)`);
  const f = u.kind === 'struct' ? u.fields.find((f) => f.name === m.name && f.name !== '_') : undefined;
  if (f !== undefined)
    typeErr(
      m.pos,
      `field and method with the same name ${m.name}\n\t${fmtPos(f.pos)}: other declaration of ${m.name}`,
    );
};
