// Go types and objects, after go/types (types2): Basic, Named, Pointer, Slice,
// Array, Map, Chan, Struct, Signature, Interface, Tuple; objects Var, Const,
// TypeName, Func, PkgName, Builtin, Nil. Identity is structural except for
// Named types (compared by object), as types2.Identical.
//
// FuncInfo is the per-function record escape analysis works on: one per
// declared function, method and function literal, with its parameters,
// results and (for closures) captured variables.
import type { Constant } from './constant.js';
import type { Pos } from './errors.js';
import { quoteBytes } from './std/strconv.js';
import type * as S from './syntax.js';

export type BasicKind =
  | 'bool'
  | 'int'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'uintptr'
  | 'float32'
  | 'float64'
  | 'complex64'
  | 'complex128'
  | 'string'
  | 'unsafe.Pointer'
  | 'untyped bool'
  | 'untyped int'
  | 'untyped rune'
  | 'untyped float'
  | 'untyped complex'
  | 'untyped string'
  | 'untyped nil'
  | 'invalid';

export interface Basic {
  kind: 'basic';
  name: BasicKind;
  alias?: string; // 'byte' or 'rune' when written that way
}
export interface Named {
  kind: 'named';
  obj: TypeName;
  underlying: Type | undefined; // undefined while its declaration is being resolved
  methods: Func[];
}
export interface Pointer {
  kind: 'pointer';
  elem: Type;
}
export interface Slice {
  kind: 'slice';
  elem: Type;
}
export interface ArrayT {
  kind: 'array';
  elem: Type;
  len: number;
}
export interface MapT {
  kind: 'map';
  key: Type;
  elem: Type;
}
export interface Chan {
  kind: 'chan';
  dir: 0 | 1 | 2;
  elem: Type;
}
export interface Struct {
  kind: 'struct';
  fields: Var[];
  /** Each field's tag, decoded to its bytes (one char per byte, as constant strings); '' for none, as types2 keeps them. */
  tags: string[];
}
export interface Signature {
  kind: 'signature';
  recv: Var | undefined;
  params: Var[];
  results: Var[];
  variadic: boolean;
}
export interface Interface {
  kind: 'interface';
  methods: Func[]; // explicit methods
  embeddeds: Type[];
  all?: Func[]; // complete method set, sorted by name, computed lazily
  // The predeclared any (types.AnyType), which the compiler prints by name.
  isAny?: true;
}
export interface Tuple {
  kind: 'tuple';
  vars: Var[];
}

export type Type =
  | Basic
  | Named
  | Pointer
  | Slice
  | ArrayT
  | MapT
  | Chan
  | Struct
  | Signature
  | Interface
  | Tuple;

interface ObjBase {
  name: string;
  pos: Pos;
  pkg: Package | undefined;
}
export interface Var extends ObjBase {
  kind: 'var';
  type: Type;
  embedded: boolean;
  isField: boolean;
  isParam: boolean;
  isResult: boolean;
  global: boolean;
  // The function whose frame holds the variable (undefined for globals and fields).
  fn: FuncInfo | undefined;
  // True once its address is taken or it is assigned after capture: escape
  // analysis needs to know whether a closure captures it by reference.
  addrTaken: boolean;
  reassigned: boolean;
  used: boolean;
  decl?: S.Name;
  // The single initial value of a local declared as `x := e` or `var x = e` (ir.Name.Defn).
  defn?: S.Expr;
}
export interface Const extends ObjBase {
  kind: 'const';
  type: Type;
  val: Constant;
}
export interface TypeName extends ObjBase {
  kind: 'typename';
  type: Type;
}
export interface Func extends ObjBase {
  kind: 'func';
  type: Signature;
  decl: S.FuncDecl | undefined;
  info: FuncInfo | undefined;
  ptrRecv: boolean;
}
export interface PkgName extends ObjBase {
  kind: 'pkgname';
  imported: Package;
  used: boolean;
}
export interface Builtin extends ObjBase {
  kind: 'builtin';
}
export interface Nil extends ObjBase {
  kind: 'nil';
  type: Type;
}
export type Obj = Var | Const | TypeName | Func | PkgName | Builtin | Nil;

export interface Package {
  path: string;
  name: string;
  scope: Scope;
  // Stub packages stand for the standard library; their bodies model only
  // what escape analysis needs and never produce diagnostics.
  stub: boolean;
  funcs: FuncInfo[];
}

export class Scope {
  readonly elems = new Map<string, Obj>();
  constructor(readonly parent: Scope | undefined) {}
  lookup(name: string): Obj | undefined {
    for (let s: Scope | undefined = this; s !== undefined; s = s.parent) {
      const o = s.elems.get(name);
      if (o !== undefined) return o;
    }
    return undefined;
  }
}

export interface FuncInfo {
  name: string; // as -m prints it: f, T.m, (*T).m, init.0, f.func1, f.func1.1, glob..func1
  pos: Pos;
  decl: S.FuncDecl | S.FuncLit;
  sig: Signature;
  pkg: Package;
  outer: FuncInfo | undefined; // enclosing function of a closure
  closures: FuncInfo[];
  captured: Var[]; // free variables of a closure, in first-use order
  capturedAt: Map<Var, Pos>; // where it captures each: its first use, or the closure in it that needs it
  locals: Var[]; // local variables in declaration order
  obj: Func | undefined;
  noescape: boolean; // //go:noescape on a body-less declaration
  // Escape analysis results, filled by escape.analyze.
  paramTags?: string[];
}

export interface Selection {
  kind: 'field' | 'method' | 'methodexpr' | 'pkg';
  obj: Obj;
  index: number[]; // path of field indices through embedded fields
  indirect: boolean; // a pointer indirection occurs on the path
  recv?: Type;
}

export const invalid: Basic = { kind: 'basic', name: 'invalid', alias: 'invalid type' };

export function under(t: Type): Type {
  for (let i = 0; t.kind === 'named' && i < 100; i++) {
    if (t.underlying === undefined) return invalid;
    t = t.underlying;
  }
  return t;
}

/**
 * comparable reports whether values of type t can be compared with == (types2
 * predicates.go); a struct or array says why not through why. A type whose
 * declaration is still being resolved counts as comparable, as types2 assumes
 * invalid types are, to avoid a follow-on error.
 */
export function comparable(t: Type, why?: (cause: string) => void, seen = new Set<Type>()): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  const u = under(t);
  switch (u.kind) {
    case 'basic':
      return u.name !== 'untyped nil';
    case 'pointer':
    case 'chan':
    case 'interface':
      return true;
    case 'struct':
      for (const f of u.fields) {
        if (!comparable(f.type, undefined, seen)) {
          why?.(`struct containing ${typeString(f.type)} cannot be compared`);
          return false;
        }
      }
      return true;
    case 'array':
      if (!comparable(u.elem, undefined, seen)) {
        why?.(`${typeString(t)} cannot be compared`);
        return false;
      }
      return true;
  }
  return false;
}

export function isUntyped(t: Type): boolean {
  return t.kind === 'basic' && t.name.startsWith('untyped');
}
export function isInterface(t: Type): boolean {
  return under(t).kind === 'interface';
}
export function isString(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && (u.name === 'string' || u.name === 'untyped string');
}
export function isInteger(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && /^(u?int(8|16|32|64)?|uintptr|untyped (int|rune))$/.test(u.name);
}
export function isUnsigned(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && /^(uint(8|16|32|64)?|uintptr)$/.test(u.name);
}
export function isFloat(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && /^(float32|float64|untyped float)$/.test(u.name);
}
export function isComplex(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && /^(complex64|complex128|untyped complex)$/.test(u.name);
}
export function isNumeric(t: Type): boolean {
  return isInteger(t) || isFloat(t) || isComplex(t);
}
export function isBoolean(t: Type): boolean {
  const u = under(t);
  return u.kind === 'basic' && (u.name === 'bool' || u.name === 'untyped bool');
}
export function isPointerLike(t: Type): boolean {
  const u = under(t);
  return u.kind === 'pointer' || (u.kind === 'basic' && u.name === 'unsafe.Pointer');
}

// identical reports whether a and b are the same type; ignoreTags compares
// struct types, at any depth, without their field tags, as conversions do
// (types2 predicates.go: IdenticalIgnoreTags).
export function identical(a: Type, b: Type, ignoreTags = false): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'basic':
      return a.name === (b as Basic).name;
    case 'named':
      return a.obj === (b as Named).obj;
    case 'pointer':
    case 'slice':
      return identical(a.elem, (b as Pointer | Slice).elem, ignoreTags);
    case 'array':
      return a.len === (b as ArrayT).len && identical(a.elem, (b as ArrayT).elem, ignoreTags);
    case 'map':
      return identical(a.key, (b as MapT).key, ignoreTags) && identical(a.elem, (b as MapT).elem, ignoreTags);
    case 'chan':
      return a.dir === (b as Chan).dir && identical(a.elem, (b as Chan).elem, ignoreTags);
    case 'struct': {
      const bs = b as Struct;
      return (
        a.fields.length === bs.fields.length &&
        a.fields.every(
          (f, i) =>
            f.name === bs.fields[i]!.name &&
            f.embedded === bs.fields[i]!.embedded &&
            (ignoreTags || a.tags[i] === bs.tags[i]) &&
            identical(f.type, bs.fields[i]!.type, ignoreTags),
        )
      );
    }
    case 'signature': {
      const bs = b as Signature;
      return (
        a.variadic === bs.variadic &&
        a.params.length === bs.params.length &&
        a.results.length === bs.results.length &&
        a.params.every((p, i) => identical(p.type, bs.params[i]!.type, ignoreTags)) &&
        a.results.every((p, i) => identical(p.type, bs.results[i]!.type, ignoreTags))
      );
    }
    case 'interface': {
      const am = methodSet(a);
      const bm = methodSet(b as Interface);
      return (
        am.length === bm.length &&
        am.every((m, i) => m.name === bm[i]!.name && identical(m.type, bm[i]!.type, ignoreTags))
      );
    }
    case 'tuple': {
      const bt = b as Tuple;
      return (
        a.vars.length === bt.vars.length &&
        a.vars.every((v, i) => identical(v.type, bt.vars[i]!.type, ignoreTags))
      );
    }
  }
}

// methodSet returns an interface's complete method set (explicit plus embedded), sorted by name.
export function methodSet(t: Interface): Func[] {
  if (t.all !== undefined) return t.all;
  const m = new Map<string, Func>();
  for (const f of t.methods) m.set(f.name, f);
  for (const e of t.embeddeds) {
    const u = under(e);
    if (u.kind === 'interface') for (const f of methodSet(u)) if (!m.has(f.name)) m.set(f.name, f);
  }
  t.all = [...m.values()].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return t.all;
}

// typeString writes a type as types2's error messages do, or (ir) as the
// compiler's -m output does; they differ in how they space interfaces.
export function typeString(t: Type, qualify = true, ir = false): string {
  switch (t.kind) {
    case 'basic':
      return t.alias ?? t.name;
    case 'named':
      return t.obj.pkg !== undefined && qualify && t.obj.pkg.path !== 'main' && t.obj.pkg.stub
        ? `${t.obj.pkg.name}.${t.obj.name}`
        : t.obj.name;
    case 'pointer':
      return `*${typeString(t.elem, qualify, ir)}`;
    case 'slice':
      return `[]${typeString(t.elem, qualify, ir)}`;
    case 'array':
      return `[${t.len}]${typeString(t.elem, qualify, ir)}`;
    case 'map':
      return `map[${typeString(t.key, qualify, ir)}]${typeString(t.elem, qualify, ir)}`;
    case 'chan':
      return `${t.dir === 2 ? '<-' : ''}chan${t.dir === 1 ? '<-' : ''} ${typeString(t.elem, qualify, ir)}`;
    case 'struct': {
      const fields = t.fields
        .map(
          (f, i) =>
            (f.embedded ? typeString(f.type, qualify, ir) : `${f.name} ${typeString(f.type, qualify, ir)}`) +
            tagString(t.tags[i]!),
        )
        .join('; ');
      if (!ir) return `struct{${fields}}`;
      return fields === '' ? 'struct {}' : `struct { ${fields} }`;
    }
    case 'signature':
      return `func${ir ? irSigString(t, qualify) : sigString(t, qualify, ir)}`;
    case 'interface': {
      if (ir && t.isAny) return 'any';
      if (t.methods.length === 0 && t.embeddeds.length === 0) return ir ? 'interface {}' : 'interface{}';
      const parts = [
        ...t.embeddeds.map((e) => typeString(e, qualify, ir)),
        ...t.methods.map((m) => `${m.name}${sigString(m.type, qualify, ir)}`),
      ];
      return ir ? `interface { ${parts.join('; ')} }` : `interface{${parts.join('; ')}}`;
    }
    case 'tuple':
      return `(${t.vars.map((v) => typeString(v.type, qualify, ir)).join(', ')})`;
  }
}

// tagString is a field's tag as every printed form of a struct type shows
// it (types2's typestring.go, the compiler's fldconv, reflect's type
// strings): after a space, quoted as strconv.Quote quotes it; nothing for
// an empty tag.
export function tagString(tag: string): string {
  return tag === '' ? '' : ` ${quoteBytes(Buffer.from(tag, 'latin1'), false)}`;
}

// irSigString writes parameters and results as the compiler's -m output does:
// types only.
function irSigString(s: Signature, qualify: boolean): string {
  const ps = s.params.map((p, i) =>
    s.variadic && i === s.params.length - 1
      ? `...${typeString((p.type as Slice).elem, qualify, true)}`
      : typeString(p.type, qualify, true),
  );
  const rs = s.results.map((v) => typeString(v.type, qualify, true));
  const r = rs.length === 0 ? '' : rs.length === 1 ? ` ${rs[0]}` : ` (${rs.join(', ')})`;
  return `(${ps.join(', ')})${r}`;
}

// sigString writes parameters and results as types2 does, names included.
export function sigString(s: Signature, qualify = true, ir = false): string {
  const ps = s.params.map((p, i) => {
    const t =
      s.variadic && i === s.params.length - 1
        ? `...${typeString((p.type as Slice).elem, qualify)}`
        : typeString(p.type, qualify, ir);
    return p.name !== '' ? `${p.name} ${t}` : t;
  });
  let r = `(${ps.join(', ')})`;
  const rs = s.results.map((v) =>
    v.name !== '' ? `${v.name} ${typeString(v.type, qualify, ir)}` : typeString(v.type, qualify, ir),
  );
  if (s.results.length === 1 && s.results[0]!.name === '') r += ` ${rs[0]}`;
  else if (s.results.length > 0) r += ` (${rs.join(', ')})`;
  return r;
}

// hasPointers reports whether values of t contain pointers, as types.HasPointers:
// escape analysis ignores flows of pointer-free values.
export function hasPointers(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'basic':
      return (
        u.name === 'string' ||
        u.name === 'unsafe.Pointer' ||
        u.name === 'untyped string' ||
        u.name === 'untyped nil'
      );
    case 'array':
      return u.len > 0 && hasPointers(u.elem);
    case 'struct':
      return u.fields.some((f) => hasPointers(f.type));
    case 'tuple':
      return u.vars.some((v) => hasPointers(v.type));
    default:
      return true;
  }
}

export function newVar(name: string, pos: Pos, type: Type, pkg: Package | undefined): Var {
  return {
    kind: 'var',
    name,
    pos,
    pkg,
    type,
    embedded: false,
    isField: false,
    isParam: false,
    isResult: false,
    global: false,
    fn: undefined,
    addrTaken: false,
    reassigned: false,
    used: false,
  };
}

// lookupFieldOrMethod mirrors types2 lookup.go (LookupFieldOrMethod): a
// breadth-first search over embedded fields; more than one hit at the
// shallowest depth is ambiguous (reported as index [-1]).
export function lookupFieldOrMethod(t: Type, name: string, pkg?: Package): Selection | undefined {
  // Seen from pkg, another package's unexported names do not exist (types2's sameId).
  const exported = /^\p{Lu}/u.test(name);
  const match = (o: Obj) => o.name === name && (pkg === undefined || exported || o.pkg === pkg);
  let indirect0 = false;
  let start = t;
  if (t.kind === 'pointer') {
    start = t.elem;
    indirect0 = true;
  } else if (t.kind !== 'named' && under(t).kind === 'pointer') {
    start = (under(t) as { elem: Type }).elem;
    indirect0 = true;
  }
  // A pointer to an interface has no methods.
  if (indirect0 && under(start).kind === 'interface') return undefined;
  let level: { t: Type; index: number[]; indirect: boolean }[] = [
    { t: start, index: [], indirect: indirect0 },
  ];
  const seen = new Set<Type>();
  while (level.length > 0) {
    const found: Selection[] = [];
    const next: typeof level = [];
    for (const { t: cur, index, indirect } of level) {
      if (cur.kind === 'named') {
        if (seen.has(cur)) continue;
        seen.add(cur);
        const m = cur.methods.find(match);
        if (m !== undefined) {
          found.push({ kind: 'method', obj: m, index, indirect });
          continue;
        }
      }
      const u = under(cur);
      if (u.kind === 'struct') {
        u.fields.forEach((f, i) => {
          if (match(f)) found.push({ kind: 'field', obj: f, index: [...index, i], indirect });
          if (f.embedded) {
            let ft = f.type;
            let ind = indirect;
            if (ft.kind === 'pointer') {
              ft = ft.elem;
              ind = true;
            }
            next.push({ t: ft, index: [...index, i], indirect: ind });
          }
        });
      } else if (u.kind === 'interface') {
        const m = methodSet(u).find(match);
        if (m !== undefined) found.push({ kind: 'method', obj: m, index, indirect });
      }
    }
    if (found.length === 1) return found[0];
    if (found.length > 1) return { kind: 'field', obj: found[0]!.obj, index: [-1], indirect: false };
    level = next;
  }
  return undefined;
}
