// Expression checking (types2 expr.go, call.go, builtins.go, typexpr.go,
// lookup.go, assignments.go in one class, which check.ts extends with
// declarations and statements). Every checked expression gets `tv`; names get
// `obj`; selectors get `selection`; operands implicitly converted to an
// interface get `iface`, which is where escape analysis finds OCONVIFACE.
import { binaryOp, type Constant, compare, makeInt, toBigInt, unquote } from './constant.js';
import { type Pos, typeErr, unsupported } from './errors.js';
import { exprString } from './exprfmt.js';
import { alignof, offsetsof, sizeof } from './sizes.js';
import * as S from './syntax.js';
import {
  type Func,
  type FuncInfo,
  identical,
  isBoolean,
  isComplex,
  isFloat,
  isInteger,
  isInterface,
  isString,
  isUntyped,
  lookupFieldOrMethod,
  methodSet,
  type Named,
  newVar,
  type Obj,
  type Package,
  type Scope,
  type Selection,
  type Signature,
  type Struct,
  type Type,
  typeString,
  under,
  type Var,
} from './types.js';
import { defaultType, Typ } from './universe.js';

type TV = S.TypeAndValue;

export abstract class ExprChecker {
  scope!: Scope;
  fn: FuncInfo | undefined;
  iota: number | undefined;

  constructor(readonly pkg: Package) {}

  abstract resolve(o: Obj): void;
  abstract funcLit(e: S.FuncLit): Type;
  abstract funcSig(t: S.FuncType, recv: Var | undefined): Signature;

  exprStr(e: S.Expr): string {
    return exprString(e, 'types2');
  }

  describe(x: TV): string {
    switch (x.mode) {
      case 'typexpr':
        return `type`;
      case 'novalue':
        return 'no value';
      case 'builtin':
        return 'built-in';
      case 'constant':
        return isUntyped(x.type)
          ? `${typeString(x.type)} constant`
          : `constant of type ${typeString(x.type)}`;
      case 'variable':
        return `variable of type ${typeString(x.type)}`;
      default:
        return `value of type ${typeString(x.type)}`;
    }
  }

  isNumeric(t: Type): boolean {
    return isInteger(t) || isFloat(t) || isComplex(t);
  }

  // ---- types (typexpr.go)

  typExpr(e: S.Expr, def?: Named): Type {
    const t = this.typInternal(e, def);
    e.tv = { mode: 'typexpr', type: t };
    return t;
  }

  private typInternal(e: S.Expr, def: Named | undefined): Type {
    switch (e.kind) {
      case 'Name':
      case 'SelectorExpr': {
        const x = this.rawExpr(e);
        if (x.mode !== 'typexpr') typeErr(S.startPos(e), `${this.exprStr(e)} is not a type`);
        return x.type;
      }
      case 'ParenExpr':
        return this.typExpr(e.x, def);
      case 'Operation':
        if (e.op === '*' && e.y === undefined) return { kind: 'pointer', elem: this.typExpr(e.x) };
        break;
      case 'ArrayType': {
        if (e.len === undefined)
          typeErr(S.startPos(e), 'invalid use of [...] array (outside a composite literal)');
        const n = this.arrayLen(e.len);
        return { kind: 'array', elem: this.typExpr(e.elem), len: n };
      }
      case 'SliceType':
        return { kind: 'slice', elem: this.typExpr(e.elem) };
      case 'MapType': {
        const key = this.typExpr(e.key);
        const u = under(key);
        if (u.kind === 'slice' || u.kind === 'map' || u.kind === 'signature')
          typeErr(S.startPos(e.key), `invalid map key type ${typeString(key)}`);
        return { kind: 'map', key, elem: this.typExpr(e.value) };
      }
      case 'ChanType':
        return { kind: 'chan', dir: e.dir, elem: this.typExpr(e.elem) };
      case 'FuncType':
        return this.funcSig(e, undefined);
      case 'StructType': {
        const seen = new Set<string>();
        const fields = e.fields.map((f) => {
          const t = this.typExpr(f.type);
          let name = f.name?.value;
          if (name === undefined) {
            let b = S.unparen(f.type);
            if (b.kind === 'Operation') b = S.unparen(b.x);
            name = b.kind === 'SelectorExpr' ? b.sel.value : (b as S.Name).value;
          }
          if (name !== '_' && seen.has(name)) typeErr(f.name?.pos ?? f.pos, `${name} redeclared`);
          seen.add(name);
          const v = newVar(name, f.name?.pos ?? f.pos, t, this.pkg);
          v.isField = true;
          v.embedded = f.name === undefined;
          return v;
        });
        return { kind: 'struct', fields, tags: e.tags };
      }
      case 'InterfaceType': {
        const methods: Func[] = [];
        const embeddeds: Type[] = [];
        for (const m of e.methods) {
          if (m.name === undefined) {
            const t = this.typExpr(m.type);
            if (!isInterface(t) && under(t).kind !== 'basic')
              typeErr(S.startPos(m.type), `cannot use ${typeString(t)} in interface`);
            if (!isInterface(t)) unsupported(m.type.pos, 'type constraints');
            embeddeds.push(t);
          } else {
            methods.push({
              kind: 'func',
              name: m.name.value,
              pos: m.name.pos,
              pkg: this.pkg,
              type: this.funcSig(m.type as S.FuncType, undefined),
              decl: undefined,
              info: undefined,
              ptrRecv: false,
            });
          }
        }
        return { kind: 'interface', methods, embeddeds };
      }
    }
    typeErr(S.startPos(e), `${this.exprStr(e)} is not a type`);
  }

  private arrayLen(e: S.Expr): number {
    const x = this.expr(e);
    if (x.mode !== 'constant')
      typeErr(S.startPos(e), `array length ${this.exprStr(e)} (${this.describe(x)}) must be constant`);
    const n = toBigInt(x.val!);
    if (n === undefined || (!isInteger(x.type) && !isUntyped(x.type)))
      typeErr(S.startPos(e), `array length ${this.exprStr(e)} (${this.describe(x)}) must be integer`);
    if (n < 0n) typeErr(S.startPos(e), `invalid array length ${this.exprStr(e)} (untyped int constant ${n})`);
    return Number(n);
  }

  // ---- expressions

  // expr checks e as a single value (or a type); lhs marks the left side of an
  // assignment, where a use does not count as a use.
  expr(e: S.Expr, lhs = false): TV {
    return this.singleValue(e, this.rawExpr(e, lhs));
  }

  private singleValue(e: S.Expr, x: TV): TV {
    if (x.mode === 'typexpr') typeErr(S.startPos(e), `${this.exprStr(e)} (type) is not an expression`);
    if (x.mode === 'builtin') typeErr(S.startPos(e), `${this.exprStr(e)} (built-in) must be called`);
    if (x.type.kind === 'tuple')
      typeErr(
        S.startPos(e),
        `multiple-value ${this.exprStr(e)} (value of type ${typeString(x.type)}) in single-value context`,
      );
    return x;
  }

  // assignedValue checks the value of an n-to-n assignment or declaration,
  // where a multi-value call is a count mismatch (assignments.go: assignError).
  assignedValue(e: S.Expr, nvars: number): TV {
    const x = this.rawExpr(e);
    if (x.type.kind === 'tuple' && x.type.vars.length !== 1)
      this.assignMismatch(e, nvars, x.type.vars.length);
    return this.singleValue(e, x);
  }

  private assignMismatch(e: S.Expr, nvars: number, nvals: number): never {
    const u = S.unparen(e);
    const what = u.kind === 'CallExpr' ? this.exprStr(u.fun) : this.exprStr(e);
    const vs = `${nvars} variable${nvars === 1 ? '' : 's'}`;
    typeErr(
      S.startPos(e),
      `assignment mismatch: ${vs} but ${what} returns ${nvals} value${nvals === 1 ? '' : 's'}`,
    );
  }

  multiValue(e: S.Expr, n: number): Type[] {
    const x = this.rawExpr(e);
    if (x.type.kind === 'tuple') {
      if (x.type.vars.length !== n) this.assignMismatch(e, n, x.type.vars.length);
      return x.type.vars.map((v) => v.type);
    }
    if (n === 2 && (x.mode === 'commaok' || x.mode === 'mapindex')) {
      x.mode = 'value';
      const u = S.unparen(e);
      (u as S.Expr & { commaOk?: boolean }).commaOk = true;
      return [x.type, Typ.untypedBool];
    }
    typeErr(S.startPos(e), `assignment mismatch: ${n} variables but 1 value`);
  }

  rawExpr(e: S.Expr, lhs = false): TV {
    const tv = this.exprInternal(e, lhs);
    e.tv = tv;
    return tv;
  }

  private exprInternal(e: S.Expr, lhs: boolean): TV {
    switch (e.kind) {
      case 'Name':
        return this.ident(e, lhs);
      case 'BasicLit':
        return this.basicLit(e);
      case 'ParenExpr': {
        const x = this.rawExpr(e.x, lhs);
        return { ...x };
      }
      case 'FuncLit':
        return { mode: 'value', type: this.funcLit(e) };
      case 'CompositeLit':
        return { mode: 'value', type: this.compositeLit(e, undefined) };
      case 'SelectorExpr':
        return this.selector(e);
      case 'IndexExpr':
        return this.index(e);
      case 'SliceExpr':
        return this.sliceExpr(e);
      case 'AssertExpr': {
        const x = this.expr(e.x);
        if (!isInterface(x.type))
          typeErr(
            S.startPos(e.x),
            `invalid operation: ${this.exprStr(e.x)} (${this.describe(x)}) is not an interface`,
          );
        const t = this.typExpr(e.type);
        if (!isInterface(t)) this.checkImplements(t, x.type, e.type, true);
        return { mode: 'commaok', type: t };
      }
      case 'TypeSwitchGuard':
        typeErr(S.startPos(e), 'use of .(type) outside type switch');
        break;
      case 'Operation':
        return this.operation(e);
      case 'CallExpr':
        return this.call(e);
      case 'KeyValueExpr':
        typeErr(S.startPos(e), 'unexpected key:value expression');
        break;
      case 'ListExpr':
        typeErr(S.startPos(e), 'unexpected list of expressions');
        break;
      default:
        return { mode: 'typexpr', type: this.typExpr(e) };
    }
  }

  private ident(e: S.Name, lhs: boolean): TV {
    if (e.value === '_') typeErr(S.startPos(e), 'cannot use _ as value');
    const o = this.scope.lookup(e.value);
    if (o === undefined) typeErr(S.startPos(e), `undefined: ${e.value}`);
    e.obj = o;
    this.resolve(o);
    switch (o.kind) {
      case 'var':
        if (!lhs) o.used = true;
        this.capture(o, e.pos);
        return { mode: 'variable', type: o.type };
      case 'const':
        if (o.name === 'iota' && o.pkg === undefined) {
          if (this.iota === undefined) typeErr(S.startPos(e), 'cannot use iota outside constant declaration');
          return { mode: 'constant', type: Typ.untypedInt, val: makeInt(this.iota) };
        }
        return { mode: 'constant', type: o.type, val: o.val };
      case 'typename':
        return { mode: 'typexpr', type: o.type };
      case 'func':
        return { mode: 'value', type: o.type };
      case 'builtin':
        return { mode: 'builtin', type: Typ.int };
      case 'nil':
        return { mode: 'value', type: Typ.untypedNil };
      case 'pkgname':
        typeErr(S.startPos(e), `use of package ${o.name} without selector`);
    }
  }

  // capture records a variable of an enclosing function used in a closure.
  private capture(v: Var, at: Pos): void {
    if (v.global || v.fn === undefined || this.fn === undefined || v.fn === this.fn) return;
    for (let f: FuncInfo | undefined = this.fn; f !== undefined && f !== v.fn; f = f.outer) {
      if (!f.captured.includes(v)) {
        f.captured.push(v);
        f.capturedAt.set(v, at);
      }
    }
  }

  private basicLit(e: S.BasicLit): TV {
    switch (e.litKind) {
      case 'int': {
        const s = e.value.replace(/_/g, '');
        const v = /^0[0-7]+$/.test(s) ? BigInt(`0o${s.slice(1)}`) : BigInt(s.replace(/^0([oO])/, '0o'));
        return { mode: 'constant', type: Typ.untypedInt, val: makeInt(v) };
      }
      case 'float':
        return {
          mode: 'constant',
          type: Typ.untypedFloat,
          val: { kind: 'float', v: Number(e.value.replace(/_/g, '')) },
        };
      case 'imag':
        return { mode: 'constant', type: Typ.untypedComplex, val: { kind: 'float', v: 0 } };
      case 'rune': {
        const s = unquote(e.value);
        return { mode: 'constant', type: Typ.untypedRune, val: makeInt(s.codePointAt(0) ?? 0) };
      }
      case 'string':
        return { mode: 'constant', type: Typ.untypedString, val: { kind: 'string', v: unquote(e.value) } };
    }
  }

  // ---- conversions of untyped operands and assignability (assignments.go, operand.go)

  convertUntyped(e: S.Expr, target: Type): void {
    const tv = e.tv!;
    if (!isUntyped(tv.type)) return;
    if (isInterface(target)) {
      if (tv.type.kind === 'basic' && tv.type.name === 'untyped nil') {
        this.setType(e, target);
        return;
      }
      this.setType(e, defaultType(tv.type));
      e.iface = target;
      return;
    }
    const tu = under(target);
    if (tv.type.kind === 'basic' && tv.type.name === 'untyped nil') {
      if (
        !['pointer', 'slice', 'map', 'chan', 'signature'].includes(tu.kind) &&
        !(tu.kind === 'basic' && tu.name === 'unsafe.Pointer')
      ) {
        typeErr(S.startPos(e), `cannot use nil as ${typeString(target)} value in ${'assignment'}`);
      }
      this.setType(e, target);
      return;
    }
    if (tu.kind !== 'basic') return;
    if (tv.mode === 'constant' && tv.val !== undefined) this.representable(e, tv.val, target);
    this.setType(e, target);
  }

  private setType(e: S.Expr, t: Type): void {
    e.tv = { ...e.tv!, type: t };
    const u = S.unparen(e);
    if (u !== e) this.setType(u, t);
    if (
      u.kind === 'Operation' &&
      u.y !== undefined &&
      !['==', '!=', '<', '<=', '>', '>=', '&&', '||'].includes(u.op)
    ) {
      const shift = u.op === '<<' || u.op === '>>';
      if (u.x.tv && isUntyped(u.x.tv.type)) this.setType(u.x, t);
      if (!shift && u.y.tv && isUntyped(u.y.tv.type)) this.setType(u.y, t);
    }
  }

  private representable(e: S.Expr, v: Constant, t: Type): void {
    const u = under(t);
    if (u.kind !== 'basic') return;
    const tname = typeString(t);
    const lit = this.exprStr(e);
    if (isInteger(u)) {
      const n = toBigInt(v);
      if (n === undefined) {
        if (v.kind === 'float')
          typeErr(
            S.startPos(e),
            `cannot use ${lit} (untyped float constant) as ${tname} value in ${'assignment'} (truncated)`,
          );
        typeErr(
          S.startPos(e),
          `cannot use ${lit} (untyped ${v.kind} constant) as ${tname} value in assignment`,
        );
      }
      const bits = {
        int8: 8,
        int16: 16,
        int32: 32,
        int64: 64,
        int: 64,
        uint8: 8,
        uint16: 16,
        uint32: 32,
        uint64: 64,
        uint: 64,
        uintptr: 64,
      }[u.name as 'int'];
      if (bits !== undefined) {
        const signed = !u.name.startsWith('u');
        const lo = signed ? -(1n << BigInt(bits - 1)) : 0n;
        const hi = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
        if (n < lo || n > hi)
          typeErr(
            S.startPos(e),
            `cannot use ${lit} (untyped int constant ${n}) as ${tname} value in assignment (overflows)`,
          );
      }
    } else if (isString(u) && v.kind !== 'string') {
      typeErr(
        S.startPos(e),
        `cannot use ${lit} (untyped ${v.kind === 'int' ? 'int' : v.kind} constant) as ${tname} value in assignment`,
      );
    } else if (isBoolean(u) && v.kind !== 'bool') {
      typeErr(
        S.startPos(e),
        `cannot use ${lit} (untyped ${v.kind} constant) as ${tname} value in assignment`,
      );
    } else if ((isFloat(u) || isComplex(u)) && v.kind !== 'int' && v.kind !== 'float') {
      typeErr(
        S.startPos(e),
        `cannot use ${lit} (untyped ${v.kind} constant) as ${tname} value in assignment`,
      );
    }
  }

  assignableTo(v: Type, t: Type): boolean {
    if (identical(v, t)) return true;
    const vu = under(v);
    const tu = under(t);
    if (isUntyped(v)) {
      if (v.kind === 'basic' && v.name === 'untyped nil') {
        return (
          ['pointer', 'slice', 'map', 'chan', 'signature', 'interface'].includes(tu.kind) ||
          (tu.kind === 'basic' && tu.name === 'unsafe.Pointer')
        );
      }
      if (tu.kind === 'interface') return methodSet(tu).length === 0;
      if (tu.kind !== 'basic') return false;
      if (isBoolean(v)) return isBoolean(tu);
      if (isString(v)) return isString(tu);
      return this.isNumeric(tu);
    }
    if (identical(vu, tu) && (v.kind !== 'named' || t.kind !== 'named') && vu.kind !== 'basic') return true;
    if (tu.kind === 'interface') return this.missingMethod(v, tu) === undefined;
    if (vu.kind === 'chan' && tu.kind === 'chan' && vu.dir === 0 && identical(vu.elem, tu.elem))
      return v.kind !== 'named' || t.kind !== 'named';
    return false;
  }

  // assignment checks that e (already checked) can be assigned to t and
  // records implicit conversions (assignments.go: assignment).
  assignment(e: S.Expr, t: Type, context: string): void {
    const x = e.tv!;
    if (x.mode === 'novalue') typeErr(S.startPos(e), `${this.exprStr(e)} (no value) used as value`);
    if (!this.assignableTo(x.type, t)) {
      let why = '';
      if (isInterface(t) && !isUntyped(x.type)) {
        const m = this.missingMethod(x.type, under(t) as import('./types.js').Interface);
        if (m !== undefined) why = `:\n\t${typeString(x.type)} does not implement ${typeString(t)} (${m})`;
      }
      if (isUntyped(x.type) && x.mode === 'constant') {
        typeErr(
          S.startPos(e),
          `cannot use ${this.exprStr(e)} (${this.describe(x)}) as ${typeString(t)} value in ${context}`,
        );
      }
      typeErr(
        S.startPos(e),
        `cannot use ${this.exprStr(e)} (${this.describe(x)}) as ${typeString(t)} value in ${context}${why}`,
      );
    }
    if (isUntyped(x.type)) {
      this.convertUntyped(e, t);
      return;
    }
    if (isInterface(t) && !isInterface(x.type)) e.iface = t;
  }

  // missingMethod reports why v does not implement interface t, or undefined.
  missingMethod(v: Type, t: import('./types.js').Interface): string | undefined {
    for (const m of methodSet(t)) {
      const vu = under(v);
      if (vu.kind === 'interface') {
        if (!methodSet(vu).some((x) => x.name === m.name)) return `missing method ${m.name}`;
        continue;
      }
      const sel = this.lookup(v, m.name);
      if (sel === undefined || sel.kind !== 'method') return `missing method ${m.name}`;
      const f = sel.obj as Func;
      if (!identical({ ...f.type, recv: undefined }, { ...m.type, recv: undefined }))
        return `wrong type for method ${m.name}`;
      if (f.ptrRecv && v.kind !== 'pointer' && !sel.indirect) return `method ${m.name} has pointer receiver`;
    }
    return undefined;
  }

  private checkImplements(t: Type, iface: Type, at: S.Expr, assertion: boolean): void {
    const m = this.missingMethod(t, under(iface) as import('./types.js').Interface);
    if (m !== undefined) {
      typeErr(
        S.startPos(at),
        assertion
          ? `impossible type assertion: ${this.exprStr(at)}\n\t${typeString(t)} does not implement ${typeString(iface)} (${m})`
          : `${typeString(t)} does not implement ${typeString(iface)} (${m})`,
      );
    }
  }

  lookup(t: Type, name: string): Selection | undefined {
    return lookupFieldOrMethod(t, name);
  }

  private selector(e: S.SelectorExpr): TV {
    const sel = e.sel.value;
    const bx = S.unparen(e.x);
    if (bx.kind === 'Name') {
      const o = this.scope.lookup(bx.value);
      if (o?.kind === 'pkgname') {
        o.used = true;
        bx.obj = o;
        const m = o.imported.scope.elems.get(sel);
        if (m === undefined || !/^[A-Z]/.test(sel))
          typeErr(S.startPos(e.sel), `undefined: ${bx.value}.${sel}`);
        e.sel.obj = m;
        e.selection = { kind: 'pkg', obj: m, index: [], indirect: false };
        switch (m.kind) {
          case 'const':
            return { mode: 'constant', type: m.type, val: m.val };
          case 'typename':
            return { mode: 'typexpr', type: m.type };
          case 'var':
            return { mode: 'variable', type: m.type };
          case 'func':
            return { mode: 'value', type: m.type };
          case 'builtin':
            return { mode: 'builtin', type: Typ.int };
          default:
            typeErr(S.startPos(e), `unexpected ${m.kind}`);
        }
      }
    }
    const x = this.rawExpr(e.x);
    if (x.mode === 'typexpr') {
      // method expression T.m / (*T).m
      const s = this.lookup(x.type, sel);
      if (s === undefined || s.kind !== 'method')
        typeErr(
          S.startPos(e.sel),
          `${this.exprStr(e.x)}.${sel} undefined (type ${typeString(x.type)} has no method ${sel})`,
        );
      const f = s.obj as Func;
      e.selection = { ...s, kind: 'methodexpr', recv: x.type };
      const recv = newVar('', e.pos, x.type, this.pkg);
      recv.isParam = true;
      const sig: Signature = { ...f.type, recv: undefined, params: [recv, ...f.type.params] };
      return { mode: 'value', type: sig };
    }
    if (x.mode === 'builtin' || x.mode === 'novalue')
      typeErr(S.startPos(e), `${this.exprStr(e.x)} (${this.describe(x)}) has no field or method ${sel}`);
    if (x.type.kind === 'tuple')
      typeErr(
        S.startPos(e.x),
        `multiple-value ${this.exprStr(e.x)} (value of type ${typeString(x.type)}) in single-value context`,
      );
    const s = this.lookup(x.type, sel);
    if (s === undefined) {
      typeErr(
        S.startPos(e.sel),
        `${this.exprStr(e)} undefined (type ${typeString(x.type)} has no field or method ${sel})`,
      );
    }
    if (s.index[0] === -1) typeErr(S.startPos(e.sel), `ambiguous selector ${this.exprStr(e)}`);
    e.selection = s;
    e.sel.obj = s.obj;
    if (s.kind === 'field') {
      const v = s.obj as Var;
      const mode =
        x.mode === 'variable' || s.indirect || under(x.type).kind === 'pointer' ? 'variable' : 'value';
      return { mode, type: v.type };
    }
    const f = s.obj as Func;
    if (f.ptrRecv && !s.indirect && x.type.kind !== 'pointer' && x.mode !== 'variable') {
      typeErr(S.startPos(e), `cannot call pointer method ${sel} on ${typeString(x.type)}`);
    }
    if (f.ptrRecv && x.mode === 'variable' && !s.indirect && x.type.kind !== 'pointer') this.markAddr(e.x);
    return { mode: 'value', type: { ...f.type, recv: undefined } };
  }

  // markAddr notes that e's variable has its address taken (&x, x.m() with a pointer method).
  markAddr(e: S.Expr): void {
    let u = S.unparen(e);
    while (u.kind === 'SelectorExpr' && u.selection?.kind === 'field' && !u.selection.indirect)
      u = S.unparen(u.x);
    while (u.kind === 'IndexExpr' && under(u.x.tv!.type).kind === 'array') u = S.unparen(u.x);
    if (u.kind === 'Name' && u.obj?.kind === 'var') u.obj.addrTaken = true;
  }

  private index(e: S.IndexExpr): TV {
    const x = this.expr(e.x);
    const u = under(x.type);
    const idx = (length: number | undefined): void => {
      const i = this.expr(e.index);
      if (
        !isInteger(i.type) &&
        !(isUntyped(i.type) && i.mode === 'constant' && toBigInt(i.val!) !== undefined)
      ) {
        typeErr(
          S.startPos(e.index),
          `invalid argument: index ${this.exprStr(e.index)} (${this.describe(i)}) must be integer`,
        );
      }
      if (i.mode === 'constant') {
        const n = toBigInt(i.val!) ?? 0n;
        if (n < 0n)
          typeErr(
            S.startPos(e.index),
            `invalid argument: index ${this.exprStr(e.index)} (constant of type int) must not be negative`,
          );
        if (length !== undefined && n >= BigInt(length))
          typeErr(S.startPos(e.index), `invalid argument: index ${n} out of bounds [0:${length}]`);
      }
      this.convertUntyped(e.index, Typ.int);
    };
    switch (u.kind) {
      case 'basic':
        if (isString(u)) {
          idx(x.mode === 'constant' && x.val?.kind === 'string' ? x.val.v.length : undefined);
          return { mode: 'value', type: Typ.byte };
        }
        break;
      case 'array':
        idx(u.len);
        return { mode: x.mode === 'variable' ? 'variable' : 'value', type: u.elem };
      case 'pointer': {
        const a = under(u.elem);
        if (a.kind === 'array') {
          idx(a.len);
          return { mode: 'variable', type: a.elem };
        }
        break;
      }
      case 'slice':
        idx(undefined);
        return { mode: 'variable', type: u.elem };
      case 'map': {
        this.expr(e.index);
        this.assignment(e.index, u.key, 'map index');
        return { mode: 'mapindex', type: u.elem };
      }
    }
    typeErr(S.startPos(e.x), `invalid operation: cannot index ${this.exprStr(e.x)} (${this.describe(x)})`);
  }

  private sliceExpr(e: S.SliceExpr): TV {
    const x = this.expr(e.x);
    const u = under(x.type);
    for (const i of e.index) {
      if (i === undefined) continue;
      const t = this.expr(i);
      if (!isInteger(t.type))
        typeErr(
          S.startPos(i),
          `invalid argument: index ${this.exprStr(i)} (${this.describe(t)}) must be integer`,
        );
      this.convertUntyped(i, Typ.int);
    }
    switch (u.kind) {
      case 'basic':
        if (isString(u)) {
          if (e.full) typeErr(S.startPos(e), `invalid operation: 3-index slice of string`);
          return { mode: 'value', type: isUntyped(x.type) ? Typ.string : x.type };
        }
        break;
      case 'array':
        if (x.mode !== 'variable')
          typeErr(S.startPos(e), `invalid operation: ${this.exprStr(e.x)} (slice of unaddressable value)`);
        this.markAddr(e.x);
        return { mode: 'value', type: { kind: 'slice', elem: u.elem } };
      case 'pointer': {
        const a = under(u.elem);
        if (a.kind === 'array') return { mode: 'value', type: { kind: 'slice', elem: a.elem } };
        break;
      }
      case 'slice':
        return { mode: 'value', type: x.type };
    }
    typeErr(S.startPos(e.x), `cannot slice ${this.exprStr(e.x)} (${this.describe(x)})`);
  }

  compositeLit(e: S.CompositeLit, hint: Type | undefined): Type {
    let t: Type;
    if (e.type !== undefined) {
      if (e.type.kind === 'ArrayType' && e.type.len === undefined) {
        const elem = this.typExpr(e.type.elem);
        let n = 0;
        let max = 0;
        for (const el of e.elems) {
          if (el.kind === 'KeyValueExpr') {
            const k = this.expr(el.key);
            n = Number(toBigInt(k.val!) ?? 0n);
          }
          n++;
          max = Math.max(max, n);
        }
        t = { kind: 'array', elem, len: max };
        e.type.tv = { mode: 'typexpr', type: t };
      } else t = this.typExpr(e.type);
    } else if (hint !== undefined) {
      t = hint;
    } else typeErr(S.startPos(e), 'invalid composite literal type: missing type');
    let base = t;
    let u = under(t);
    if (e.type === undefined && u.kind === 'pointer') {
      base = u.elem;
      u = under(base);
    }
    const elemLit = (el: S.Expr, et: Type): void => {
      if (el.kind === 'CompositeLit' && el.type === undefined) {
        const lt = this.compositeLit(el, et);
        let ft = lt;
        if (under(et).kind === 'pointer') ft = et;
        el.tv = { mode: 'value', type: ft };
        return;
      }
      this.expr(el);
      this.assignment(el, et, 'array or slice literal');
    };
    switch (u.kind) {
      case 'struct': {
        if (e.elems.length === 0) break;
        if (e.elems[0]!.kind === 'KeyValueExpr') {
          for (const el of e.elems) {
            if (el.kind !== 'KeyValueExpr')
              typeErr(S.startPos(el), 'mixture of field:value and value elements in struct literal');
            const k = el.key;
            if (k.kind !== 'Name')
              typeErr(S.startPos(k), `invalid field name ${this.exprStr(k)} in struct literal`);
            const i = u.fields.findIndex((f) => f.name === k.value);
            if (i < 0)
              typeErr(
                S.startPos(k),
                `unknown field ${k.value} in struct literal of type ${typeString(base)}`,
              );
            k.obj = u.fields[i];
            (el as S.KeyValueExpr & { field?: number }).field = i;
            const ft = u.fields[i]!.type;
            if (el.value.kind === 'CompositeLit' && el.value.type === undefined)
              typeErr(S.startPos(el.value), 'invalid composite literal type: missing type');
            this.expr(el.value);
            this.assignment(el.value, ft, 'struct literal');
          }
        } else {
          e.elems.forEach((el, i) => {
            if (el.kind === 'KeyValueExpr')
              typeErr(S.startPos(el), 'mixture of field:value and value elements in struct literal');
            if (i >= u.fields.length)
              typeErr(S.startPos(el), `too many values in struct literal of type ${typeString(base)}`);
            this.expr(el);
            this.assignment(el, u.fields[i]!.type, 'struct literal');
          });
          if (e.elems.length < u.fields.length)
            typeErr(
              e.elems[e.elems.length - 1]!.pos,
              `too few values in struct literal of type ${typeString(base)}`,
            );
        }
        break;
      }
      case 'array':
      case 'slice':
        for (const el of e.elems) {
          if (el.kind === 'KeyValueExpr') {
            const k = this.expr(el.key);
            if (k.mode !== 'constant')
              typeErr(S.startPos(el.key), `index ${this.exprStr(el.key)} must be integer constant`);
            this.convertUntyped(el.key, Typ.int);
            elemLit(el.value, u.elem);
          } else elemLit(el, u.elem);
        }
        break;
      case 'map':
        for (const el of e.elems) {
          if (el.kind !== 'KeyValueExpr') typeErr(S.startPos(el), 'missing key in map literal');
          if (el.key.kind === 'CompositeLit' && el.key.type === undefined) elemLit(el.key, u.key);
          else {
            this.expr(el.key);
            this.assignment(el.key, u.key, 'map literal');
          }
          elemLit(el.value, u.elem);
        }
        break;
      default:
        typeErr(S.startPos(e), `invalid composite literal type ${typeString(t)}`);
    }
    return t;
  }

  // ---- operators

  private operation(e: S.Operation): TV {
    if (e.y === undefined) return this.unary(e);
    if (e.op === '<<' || e.op === '>>') return this.shift(e);
    const x = this.expr(e.x);
    if (['==', '!=', '<', '<=', '>', '>='].includes(e.op)) {
      const y = this.expr(e.y);
      return this.comparison(e.x, e.y, e.op, y, e);
    }
    return this.binaryOperands(e, x);
  }

  binaryOperands(e: S.Operation, x: TV): TV {
    const y = this.expr(e.y!);
    let t = x.type;
    if (isUntyped(x.type) && !isUntyped(y.type)) {
      this.assignOperand(e.x, y.type, e);
      t = y.type;
    } else if (!isUntyped(x.type) && isUntyped(y.type)) {
      this.assignOperand(e.y!, x.type, e);
    } else if (isUntyped(x.type) && isUntyped(y.type)) {
      const rank = ['untyped int', 'untyped rune', 'untyped float', 'untyped complex'];
      const xr = rank.indexOf((x.type as { name: string }).name);
      const yr = rank.indexOf((y.type as { name: string }).name);
      if (xr >= 0 && yr >= 0) t = xr > yr ? x.type : y.type;
    } else if (!identical(x.type, y.type)) {
      typeErr(
        S.startPos(e.x),
        `invalid operation: ${this.exprStr(e)} (mismatched types ${typeString(x.type)} and ${typeString(y.type)})`,
      );
    }
    const ok = (() => {
      switch (e.op) {
        case '+':
          return this.isNumeric(t) || isString(t);
        case '-':
        case '*':
        case '/':
          return this.isNumeric(t);
        case '%':
        case '&':
        case '|':
        case '^':
        case '&^':
          return isInteger(t);
        case '&&':
        case '||':
          return isBoolean(t);
      }
      return false;
    })();
    if (!ok)
      typeErr(
        S.startPos(e.x),
        `invalid operation: operator ${e.op} not defined on ${this.exprStr(e.x)} (${this.describe({ mode: x.mode, type: t })})`,
      );
    const ytv = y;
    if (x.mode === 'constant' && ytv.mode === 'constant') {
      if ((e.op === '/' || e.op === '%') && toBigInt(ytv.val!) === 0n)
        typeErr(S.startPos(e.y!), 'invalid operation: division by zero');
      let v = binaryOp(e.op, x.val!, ytv.val!);
      if (v !== undefined && e.op === '/' && isInteger(t) && v.kind === 'float') v = makeInt(Math.trunc(v.v));
      if (v !== undefined) {
        if (!isUntyped(t)) this.representable(e, v, t);
        return { mode: 'constant', type: t, val: v };
      }
    }
    if (
      (e.op === '/' || e.op === '%') &&
      ytv.mode === 'constant' &&
      toBigInt(ytv.val!) === 0n &&
      isInteger(t)
    ) {
      typeErr(S.startPos(e.y!), 'invalid operation: division by zero');
    }
    return { mode: 'value', type: t };
  }

  private assignOperand(e: S.Expr, t: Type, op: S.Operation): void {
    const x = e.tv!;
    if (!this.assignableTo(x.type, t) || isInterface(t)) {
      if (isInterface(t) && isUntyped(x.type)) {
        this.convertUntyped(e, t);
        return;
      }
      typeErr(
        S.startPos(e),
        `invalid operation: ${this.exprStr(op)} (mismatched types ${typeString(x.type)} and ${typeString(t)})`,
      );
    }
    this.convertUntyped(e, t);
  }

  comparison(xe: S.Expr, ye: S.Expr, op: string, y: TV, e?: S.Operation): TV {
    const x = xe.tv!;
    const ok = this.assignableTo(x.type, y.type) || this.assignableTo(y.type, x.type);
    const opStr = e ? this.exprStr(e) : `${this.exprStr(xe)} ${op} ${this.exprStr(ye)}`;
    if (!ok)
      typeErr(
        S.startPos(xe),
        `invalid operation: ${opStr} (mismatched types ${typeString(x.type)} and ${typeString(y.type)})`,
      );
    if (isUntyped(x.type) && !isUntyped(y.type)) this.convertUntyped(xe, y.type);
    else if (isUntyped(y.type) && !isUntyped(x.type)) this.convertUntyped(ye, x.type);
    else if (isUntyped(x.type) && isUntyped(y.type)) {
      const isNil = (t: Type) => t.kind === 'basic' && t.name === 'untyped nil';
      if (!isNil(x.type)) this.convertUntyped(xe, defaultType(x.type));
      if (!isNil(y.type)) this.convertUntyped(ye, defaultType(y.type));
    } else if (isInterface(x.type) && !isInterface(y.type)) ye.iface = x.type;
    else if (isInterface(y.type) && !isInterface(x.type)) xe.iface = y.type;
    const isNilT = (t: Type) => t.kind === 'basic' && t.name === 'untyped nil';
    const t = isNilT(x.type) ? y.type : x.type;
    const u = under(t);
    if (
      (op === '==' || op === '!=') &&
      (u.kind === 'slice' || u.kind === 'map' || u.kind === 'signature') &&
      !isNilT(x.type) &&
      !isNilT(y.type)
    ) {
      const what = u.kind === 'slice' ? 'slice' : u.kind === 'map' ? 'map' : 'func';
      typeErr(S.startPos(xe), `invalid operation: ${opStr} (${what} can only be compared to nil)`);
    }
    if (op !== '==' && op !== '!=' && !(this.isNumeric(t) || isString(t))) {
      typeErr(
        S.startPos(xe),
        `invalid operation: ${opStr} (operator ${op} not defined on ${this.exprStr(xe)} (${this.describe(x)}))`,
      );
    }
    if (x.mode === 'constant' && y.mode === 'constant') {
      const v = compare(op, x.val!, y.val!);
      if (v !== undefined) return { mode: 'constant', type: Typ.untypedBool, val: { kind: 'bool', v } };
    }
    return { mode: 'value', type: Typ.untypedBool };
  }

  private shift(e: S.Operation): TV {
    const x = this.expr(e.x);
    const y = this.expr(e.y!);
    if (!isInteger(y.type) && !(isUntyped(y.type) && y.mode === 'constant'))
      typeErr(
        S.startPos(e.y!),
        `invalid operation: shift count ${this.exprStr(e.y!)} (${this.describe(y)}) must be integer`,
      );
    if (isUntyped(y.type)) this.convertUntyped(e.y!, Typ.uint);
    if (x.mode === 'constant' && y.mode === 'constant') {
      const v = binaryOp(e.op, x.val!, y.val!);
      return { mode: 'constant', type: x.type, val: v! };
    }
    // A non-constant shift of an untyped constant takes its type from the
    // context, like the constant would (spec: Operators, shifts).
    if (isUntyped(x.type))
      return {
        mode: 'value',
        type: x.type.kind === 'basic' && x.type.name === 'untyped float' ? Typ.untypedInt : x.type,
      };
    if (!isInteger(e.x.tv!.type))
      typeErr(
        S.startPos(e.x),
        `invalid operation: shifted operand ${this.exprStr(e.x)} (${this.describe(x)}) must be integer`,
      );
    return { mode: 'value', type: e.x.tv!.type };
  }

  private unary(e: S.Operation): TV {
    if (e.op === '&') {
      const xu = S.unparen(e.x);
      if (xu.kind === 'CompositeLit') {
        const t = this.rawExpr(e.x).type;
        return { mode: 'value', type: { kind: 'pointer', elem: t } };
      }
      const x = this.expr(e.x);
      if (x.mode !== 'variable')
        typeErr(
          S.startPos(e),
          `invalid operation: cannot take address of ${this.exprStr(e.x)} (${this.describe(x)})`,
        );
      this.markAddr(e.x);
      return { mode: 'value', type: { kind: 'pointer', elem: x.type } };
    }
    if (e.op === '*') {
      const x = this.rawExpr(e.x);
      if (x.mode === 'typexpr') return { mode: 'typexpr', type: { kind: 'pointer', elem: x.type } };
      if (x.type.kind === 'basic' && x.type.name === 'untyped nil')
        typeErr(S.startPos(e), 'invalid operation: cannot indirect nil');
      const u = under(x.type);
      if (u.kind !== 'pointer')
        typeErr(
          S.startPos(e.x),
          `invalid operation: cannot indirect ${this.exprStr(e.x)} (${this.describe(x)})`,
        );
      return { mode: 'variable', type: u.elem };
    }
    const x = this.expr(e.x);
    if (e.op === '<-') {
      const u = under(x.type);
      if (u.kind !== 'chan')
        typeErr(
          S.startPos(e),
          `invalid operation: cannot receive from non-channel ${this.exprStr(e.x)} (${this.describe(x)})`,
        );
      if (u.dir === 1)
        typeErr(
          S.startPos(e),
          `invalid operation: cannot receive from send-only channel ${this.exprStr(e.x)} (${this.describe(x)})`,
        );
      return { mode: 'commaok', type: u.elem };
    }
    const ok = e.op === '!' ? isBoolean(x.type) : e.op === '^' ? isInteger(x.type) : this.isNumeric(x.type);
    if (!ok)
      typeErr(
        S.startPos(e),
        `invalid operation: operator ${e.op} not defined on ${this.exprStr(e.x)} (${this.describe(x)})`,
      );
    if (x.mode === 'constant') {
      const v = x.val!;
      let r: Constant | undefined;
      if (e.op === '-')
        r = v.kind === 'int' ? makeInt(-v.v) : v.kind === 'float' ? { kind: 'float', v: -v.v } : undefined;
      else if (e.op === '+') r = v;
      else if (e.op === '!' && v.kind === 'bool') r = { kind: 'bool', v: !v.v };
      else if (e.op === '^' && v.kind === 'int') {
        r = makeInt(~v.v);
        const u = under(x.type);
        if (u.kind === 'basic' && u.name.startsWith('uint'))
          r = makeInt(v.v ^ ((1n << BigInt(sizeof(u) * 8)) - 1n));
      }
      if (r !== undefined) return { mode: 'constant', type: x.type, val: r };
    }
    return { mode: 'value', type: x.type };
  }

  // ---- calls (call.go, builtins.go)

  private call(e: S.CallExpr): TV {
    const f = this.rawExpr(e.fun);
    if (f.mode === 'typexpr') return this.conversion(e, f.type);
    if (f.mode === 'builtin') {
      const fu = S.unparen(e.fun);
      const name = fu.kind === 'Name' ? fu.value : `unsafe.${(fu as S.SelectorExpr).sel.value}`;
      return this.builtin(e, name);
    }
    const sig = under(f.type);
    if (sig.kind !== 'signature')
      typeErr(
        S.startPos(e),
        `invalid operation: cannot call non-function ${this.exprStr(e.fun)} (${this.describe(f)})`,
      );
    this.arguments(e, sig);
    if (sig.results.length === 0) return { mode: 'novalue', type: { kind: 'tuple', vars: [] } };
    if (sig.results.length === 1) return { mode: 'value', type: sig.results[0]!.type };
    return { mode: 'value', type: { kind: 'tuple', vars: sig.results } };
  }

  private arguments(e: S.CallExpr, sig: Signature): void {
    const params = sig.params;
    const call = this.exprStr(e.fun);
    if (e.args.length === 1 && params.length > 1) {
      const x = this.rawExpr(e.args[0]!);
      if (x.type.kind === 'tuple') {
        const ts = x.type.vars.map((v) => v.type);
        if (
          ts.length < params.length - (sig.variadic ? 1 : 0) ||
          (!sig.variadic && ts.length > params.length)
        ) {
          typeErr(
            S.startPos(e.args[0]!),
            `${ts.length < params.length ? 'not enough' : 'too many'} arguments in call to ${call}`,
          );
        }
        return;
      }
    }
    const args = e.args;
    for (const a of args) {
      const x = this.expr(a);
      if (x.mode === 'novalue') typeErr(S.startPos(a), `${this.exprStr(a)} (no value) used as value`);
    }
    const nfixed = sig.variadic ? params.length - 1 : params.length;
    const sigStr = () =>
      `\n\thave (${args.map((a) => argTypeString(a.tv!.type)).join(', ')})\n\twant ${paramsString(sig)}`;
    if (e.hasDots) {
      if (!sig.variadic)
        typeErr(e.args[e.args.length - 1]!.pos, `have (...) but function is not variadic: ${call}`);
      if (args.length !== params.length)
        typeErr(
          S.startPos(e),
          `${args.length < params.length ? 'not enough' : 'too many'} arguments in call to ${call}${sigStr()}`,
        );
      args.forEach((a, i) => {
        this.assignment(a, params[i]!.type, 'argument to ' + call);
      });
      return;
    }
    if (args.length < nfixed) {
      typeErr(e.rparen, `not enough arguments in call to ${call}${sigStr()}`);
    }
    if (!sig.variadic && args.length > params.length)
      typeErr(S.startPos(args[params.length]!), `too many arguments in call to ${call}${sigStr()}`);
    args.forEach((a, i) => {
      const pt = i < nfixed ? params[i]!.type : (params[nfixed]!.type as { elem: Type }).elem;
      this.assignment(a, pt, `argument to ${call}`);
      // Go positions the implicit conversion of a plain name at the call.
      if (a.iface !== undefined && a.kind === 'Name') a.ifacePos = e.pos;
    });
  }

  private conversion(e: S.CallExpr, t: Type): TV {
    if (e.args.length !== 1)
      typeErr(
        S.startPos(e),
        `${e.args.length === 0 ? 'missing' : 'too many'} argument${e.args.length === 0 ? '' : 's'} in conversion to ${typeString(t)}`,
      );
    const a = e.args[0]!;
    const x = this.expr(a);
    const tu = under(t);
    const xu = under(x.type);
    if (x.mode === 'constant' && isUntyped(x.type) && tu.kind === 'basic' && !isString(tu)) {
      this.convertUntyped(a, t);
      return { mode: 'constant', type: t, val: x.val! };
    }
    const ok =
      this.assignableTo(x.type, t) ||
      identical(xu, tu) ||
      (xu.kind === 'pointer' && tu.kind === 'pointer' && identical(under(xu.elem), under(tu.elem))) ||
      (this.isNumeric(xu) && this.isNumeric(tu)) ||
      (isString(tu) && (isInteger(xu) || (xu.kind === 'slice' && isByteOrRune(xu.elem)))) ||
      (isString(xu) && tu.kind === 'slice' && isByteOrRune(tu.elem)) ||
      (tu.kind === 'basic' &&
        tu.name === 'unsafe.Pointer' &&
        (xu.kind === 'pointer' || (xu.kind === 'basic' && xu.name === 'uintptr'))) ||
      (xu.kind === 'basic' &&
        xu.name === 'unsafe.Pointer' &&
        (tu.kind === 'pointer' || (tu.kind === 'basic' && tu.name === 'uintptr'))) ||
      (xu.kind === 'slice' && tu.kind === 'pointer' && under(tu.elem).kind === 'array');
    if (!ok)
      typeErr(
        S.startPos(a),
        `cannot convert ${this.exprStr(a)} (${this.describe(x)}) to type ${typeString(t)}`,
      );
    if (isUntyped(x.type))
      this.convertUntyped(a, isString(tu) && !isString(x.type) ? Typ.rune : isInterface(t) ? t : t);
    if (isInterface(t) && !isInterface(x.type)) a.iface = t;
    if (
      x.mode === 'constant' &&
      tu.kind === 'basic' &&
      isString(tu) &&
      isInteger(x.type) &&
      x.val?.kind === 'int'
    ) {
      // Out-of-range code points convert to U+FFFD (spec: Conversions to and from a string type).
      const cp =
        x.val.v >= 0n && x.val.v <= 0x10ffffn && !(x.val.v >= 0xd800n && x.val.v <= 0xdfffn)
          ? Number(x.val.v)
          : 0xfffd;
      return { mode: 'constant', type: t, val: { kind: 'string', v: String.fromCodePoint(cp) } };
    }
    if (x.mode === 'constant' && tu.kind === 'basic' && isString(tu) && isString(x.type))
      return { mode: 'constant', type: t, val: x.val! };
    return { mode: 'value', type: t };
  }

  private builtin(e: S.CallExpr, name: string): TV {
    const args = e.args;
    const nargs = (min: number, max = min) => {
      if (args.length < min)
        typeErr(
          e.rparen,
          `not enough arguments for ${this.exprStr(e)} (expected ${min}, found ${args.length})`,
        );
      if (args.length > max)
        typeErr(
          S.startPos(args[max]!),
          `too many arguments for ${this.exprStr(e)} (expected ${max}, found ${args.length})`,
        );
    };
    switch (name) {
      case 'len':
      case 'cap': {
        nargs(1);
        const x = this.expr(args[0]!);
        let u = under(x.type);
        if (u.kind === 'pointer' && under(u.elem).kind === 'array') u = under(u.elem);
        const ok =
          u.kind === 'array' ||
          u.kind === 'slice' ||
          u.kind === 'chan' ||
          (name === 'len' && (isString(u) || u.kind === 'map'));
        if (!ok)
          typeErr(
            S.startPos(args[0]!),
            `invalid argument: ${this.exprStr(args[0]!)} (${this.describe(x)}) for ${name}`,
          );
        if (isUntyped(x.type)) this.convertUntyped(args[0]!, Typ.string);
        if (x.mode === 'constant' && x.val?.kind === 'string')
          return { mode: 'constant', type: Typ.int, val: makeInt(Buffer.byteLength(x.val.v, 'latin1')) };
        if (u.kind === 'array' && !containsCallOrRecv(args[0]!))
          return { mode: 'constant', type: Typ.int, val: makeInt(u.len) };
        return { mode: 'value', type: Typ.int };
      }
      case 'new': {
        nargs(1);
        const t = this.typExpr(args[0]!);
        return { mode: 'value', type: { kind: 'pointer', elem: t } };
      }
      case 'make': {
        if (args.length === 0) typeErr(e.rparen, `not enough arguments for make() (expected 1, found 0)`);
        const t = this.typExpr(args[0]!);
        const u = under(t);
        const min = u.kind === 'slice' ? 2 : 1;
        if (u.kind !== 'slice' && u.kind !== 'map' && u.kind !== 'chan')
          typeErr(
            S.startPos(args[0]!),
            `invalid argument: cannot make ${this.exprStr(args[0]!)}; type must be slice, map, or channel`,
          );
        if (args.length < min)
          typeErr(
            S.startPos(e),
            `invalid operation: ${this.exprStr(e)} expects ${min} or ${min + 1} arguments; found ${args.length}`,
          );
        if (args.length > 3 || (u.kind !== 'slice' && args.length > 2))
          typeErr(
            S.startPos(e),
            `invalid operation: ${this.exprStr(e)} expects ${min} or ${min + 1} arguments; found ${args.length}`,
          );
        for (const a of args.slice(1)) {
          const x = this.expr(a);
          if (
            !isInteger(x.type) &&
            !(isUntyped(x.type) && x.mode === 'constant' && toBigInt(x.val!) !== undefined)
          )
            typeErr(S.startPos(a), `cannot convert ${this.exprStr(a)} (${this.describe(x)}) to type int`);
          if (x.mode === 'constant' && (toBigInt(x.val!) ?? 0n) < 0n)
            typeErr(
              S.startPos(a),
              `invalid argument: index ${this.exprStr(a)} (constant of type int) must not be negative`,
            );
          this.convertUntyped(a, Typ.int);
        }
        return { mode: 'value', type: t };
      }
      case 'append': {
        if (args.length === 0) typeErr(e.rparen, `not enough arguments for append() (expected 1, found 0)`);
        const s = this.expr(args[0]!);
        const u = under(s.type);
        if (u.kind !== 'slice') {
          if (s.type.kind === 'basic' && s.type.name === 'untyped nil')
            typeErr(
              S.startPos(args[0]!),
              `first argument to append must be a typed slice; found untyped nil`,
            );
          typeErr(
            S.startPos(args[0]!),
            `invalid argument: ${this.exprStr(args[0]!)} (${this.describe(s)}) is not a slice`,
          );
        }
        if (e.hasDots) {
          nargs(2);
          const x = this.expr(args[1]!);
          if (isString(x.type) && isByteOrRune(u.elem)) this.convertUntyped(args[1]!, Typ.string);
          else this.assignment(args[1]!, s.type, 'append');
        } else {
          for (const a of args.slice(1)) {
            this.expr(a);
            this.assignment(a, u.elem, 'argument to append');
          }
        }
        return { mode: 'value', type: s.type };
      }
      case 'copy': {
        nargs(2);
        const d = this.expr(args[0]!);
        const s = this.expr(args[1]!);
        if (under(d.type).kind !== 'slice')
          typeErr(
            S.startPos(e),
            `invalid argument: copy expects slice arguments; found ${this.exprStr(args[0]!)} (${this.describe(d)}) and ${this.exprStr(args[1]!)} (${this.describe(s)})`,
          );
        if (isUntyped(s.type)) this.convertUntyped(args[1]!, Typ.string);
        return { mode: 'value', type: Typ.int };
      }
      case 'delete': {
        nargs(2);
        const m = this.expr(args[0]!);
        const u = under(m.type);
        if (u.kind !== 'map')
          typeErr(
            S.startPos(args[0]!),
            `invalid argument: ${this.exprStr(args[0]!)} (${this.describe(m)}) is not a map`,
          );
        this.expr(args[1]!);
        this.assignment(args[1]!, u.key, 'argument to delete');
        return { mode: 'novalue', type: { kind: 'tuple', vars: [] } };
      }
      case 'close': {
        nargs(1);
        const c = this.expr(args[0]!);
        const u = under(c.type);
        if (u.kind !== 'chan')
          typeErr(
            S.startPos(args[0]!),
            `invalid operation: cannot close non-channel ${this.exprStr(args[0]!)} (${this.describe(c)})`,
          );
        if (u.dir === 2)
          typeErr(
            S.startPos(args[0]!),
            `invalid operation: cannot close receive-only channel ${this.exprStr(args[0]!)} (${this.describe(c)})`,
          );
        return { mode: 'novalue', type: { kind: 'tuple', vars: [] } };
      }
      case 'panic': {
        nargs(1);
        this.expr(args[0]!);
        this.assignment(args[0]!, { kind: 'interface', methods: [], embeddeds: [] }, 'argument to panic');
        return { mode: 'novalue', type: { kind: 'tuple', vars: [] } };
      }
      case 'print':
      case 'println':
        for (const a of args) {
          const x = this.expr(a);
          if (isUntyped(x.type)) this.convertUntyped(a, defaultType(x.type));
        }
        return { mode: 'novalue', type: { kind: 'tuple', vars: [] } };
      case 'recover':
        nargs(0);
        return { mode: 'value', type: { kind: 'interface', methods: [], embeddeds: [] } };
      case 'complex':
      case 'real':
      case 'imag':
        for (const a of args) this.expr(a);
        unsupported(e.pos, `built-in ${name}`);
        break;
      case 'unsafe.Sizeof':
      case 'unsafe.Alignof': {
        nargs(1);
        const x = this.expr(args[0]!);
        if (isUntyped(x.type)) this.convertUntyped(args[0]!, defaultType(x.type));
        const t = args[0].tv!.type;
        const v = name === 'unsafe.Sizeof' ? sizeof(t) : alignof(t);
        return { mode: 'constant', type: Typ.uintptr, val: makeInt(v) };
      }
      case 'unsafe.Offsetof': {
        nargs(1);
        const a = S.unparen(args[0]!);
        if (a.kind !== 'SelectorExpr')
          typeErr(S.startPos(a), `invalid argument: ${this.exprStr(a)} is not a selector expression`);
        this.expr(a);
        const sel = a.selection!;
        if (sel.kind !== 'field')
          typeErr(S.startPos(a), `invalid argument: ${this.exprStr(a)} is a method value`);
        // Offset relative to the struct holding the field (through embedded fields without indirection).
        let t = S.unparen(a.x).tv!.type;
        let off = 0;
        for (const i of sel.index) {
          let u = under(t);
          if (u.kind === 'pointer') u = under(u.elem);
          const st = u as Struct;
          off += offsetsof(st)[i]!;
          t = st.fields[i]!.type;
        }
        return { mode: 'constant', type: Typ.uintptr, val: makeInt(off) };
      }
      case 'unsafe.Add':
      case 'unsafe.Slice':
        for (const a of args) this.expr(a);
        unsupported(e.pos, name);
    }
    typeErr(S.startPos(e), `unknown built-in ${name}`);
  }
}

// argTypeString writes an argument's type as types2 does in have/want lists: untyped numbers as "number".
function argTypeString(t: Type): string {
  if (t.kind === 'basic' && /^untyped (int|rune|float|complex)$/.test(t.name)) return 'number';
  return typeString(defaultType(t));
}

function isByteOrRune(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && (u.name === 'uint8' || u.name === 'int32');
}

function containsCallOrRecv(e: S.Expr): boolean {
  switch (e.kind) {
    case 'CallExpr':
      return e.fun.tv?.mode !== 'typexpr';
    case 'Operation':
      return (
        (e.op === '<-' && e.y === undefined) ||
        containsCallOrRecv(e.x) ||
        (e.y !== undefined && containsCallOrRecv(e.y))
      );
    case 'ParenExpr':
    case 'SelectorExpr':
      return containsCallOrRecv(e.x);
    case 'IndexExpr':
      return containsCallOrRecv(e.x) || containsCallOrRecv(e.index);
  }
  return false;
}

function paramsString(sig: Signature): string {
  return `(${sig.params.map((p, i) => (sig.variadic && i === sig.params.length - 1 ? `...${typeString((p.type as { elem: Type }).elem)}` : typeString(p.type))).join(', ')})`;
}
