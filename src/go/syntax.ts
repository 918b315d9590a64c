// The Go syntax tree. Mirrors cmd/compile/internal/syntax/nodes.go: the same
// node names (Name, Operation, CallExpr, AssignStmt, ...) and the same position
// convention, which is what -m diagnostics print: an Operation is at its
// operator, a CallExpr at its '(', a CompositeLit at its '{', a FuncLit at
// `func`, everything else at its first token.
//
// The type checker annotates expressions in place (`tv`, `obj`, `iface`) rather
// than keeping side tables; escape analysis reads those annotations.

import type { Constant } from './constant.js';
import type { Pos } from './errors.js';
import type { FuncInfo, Obj, Selection, Type, Var } from './types.js';

/**
 * The keys the checker adds to nodes (types, objects, positions, links to other
 * nodes); every other object-valued key of a node is one of its children.
 */
const annotationKeys = new Set([
  'tv',
  'obj',
  'pos',
  'fn',
  'selection',
  'iface',
  'ifacePos',
  'convPos',
  'implicit',
  'target',
  'newVars',
  'defn',
  'autotmp',
  'tupleTemps',
  'devirt',
]);

/** Calls f on each child of a syntax node (values that may be nodes, arrays of nodes or scalars). */
export function forEachChild(o: Record<string, unknown>, f: (child: unknown) => void): void {
  for (const k in o) if (!annotationKeys.has(k)) f(o[k]);
}

/**
 * Visits the nodes under root (a node or an array of them) depth first, as
 * go/ast.Inspect does: f's false answer skips a node's children.
 */
export function inspect(root: unknown, f: (n: Expr | Stmt) => boolean): void {
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) for (const c of x) visit(c);
    else if (x !== null && typeof x === 'object' && typeof (x as { kind?: unknown }).kind === 'string') {
      const n = x as Expr | Stmt;
      if (f(n)) forEachChild(n as unknown as Record<string, unknown>, visit);
    }
  };
  visit(root);
}

/** Binary operator precedence (syntax/tokens.go: 1 lowest .. 5 highest). */
export const precedence: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 3,
  '<=': 3,
  '>': 3,
  '>=': 3,
  '+': 4,
  '-': 4,
  '|': 4,
  '^': 4,
  '*': 5,
  '/': 5,
  '%': 5,
  '<<': 5,
  '>>': 5,
  '&': 5,
  '&^': 5,
};

export type Mode =
  | 'novalue'
  | 'builtin'
  | 'typexpr'
  | 'constant'
  | 'variable'
  | 'mapindex'
  | 'value'
  | 'commaok';

export interface TypeAndValue {
  mode: Mode;
  type: Type;
  val?: Constant;
}

interface NodeBase {
  pos: Pos;
}

interface ExprBase extends NodeBase {
  tv?: TypeAndValue;
  // Set when the checker inserted an implicit conversion of this operand to
  // an interface type (assignment, argument, return, send; in a comparison
  // only for a value of 64 KiB or more, irgen's transformCompare), and on an
  // explicit conversion's operand: from any type not identical to it, an
  // interface of another type too.
  iface?: Type;
  ifacePos?: Pos;
  // Set on an argument that is a plain variable the checker converted
  // implicitly to a type not identical to its own (a channel's direction, a
  // named type from its literal): where irgen puts that OCONVNOP, as ifacePos.
  convPos?: Pos;
  // Set by escape analysis (escape/temps.ts): the typecheck temporary Go
  // evaluates this callee or receiver into, the name -m prints for it.
  autotmp?: string;
}

export interface Name extends ExprBase {
  kind: 'Name';
  value: string;
  obj?: Obj;
}
export interface BasicLit extends ExprBase {
  kind: 'BasicLit';
  value: string;
  litKind: 'int' | 'float' | 'imag' | 'rune' | 'string';
  bad?: boolean; // the scanner reported it: it has no value, and nothing more is said of it
}
export interface CompositeLit extends ExprBase {
  kind: 'CompositeLit';
  type: Expr | undefined; // undefined inside an outer literal with elided types
  elems: Expr[];
  nKeys: number;
  rbrace: Pos;
}
export interface KeyValueExpr extends ExprBase {
  kind: 'KeyValueExpr';
  key: Expr;
  value: Expr;
}
export interface FuncLit extends ExprBase {
  kind: 'FuncLit';
  type: FuncType;
  body: BlockStmt;
  // Filled by the checker: the closure's function record.
  fn?: FuncInfo;
}
export interface ParenExpr extends ExprBase {
  kind: 'ParenExpr';
  x: Expr;
}
export interface SelectorExpr extends ExprBase {
  kind: 'SelectorExpr';
  x: Expr;
  sel: Name;
  // Filled by the checker.
  selection?: Selection;
}
export interface IndexExpr extends ExprBase {
  kind: 'IndexExpr';
  x: Expr;
  index: Expr;
}
export interface SliceExpr extends ExprBase {
  kind: 'SliceExpr';
  x: Expr;
  index: [Expr | undefined, Expr | undefined, Expr | undefined];
  full: boolean;
}
export interface AssertExpr extends ExprBase {
  kind: 'AssertExpr';
  x: Expr;
  type: Expr;
}
export interface TypeSwitchGuard extends ExprBase {
  kind: 'TypeSwitchGuard';
  lhs: Name | undefined;
  x: Expr;
}
export interface Operation extends ExprBase {
  kind: 'Operation';
  op: string;
  x: Expr;
  y: Expr | undefined; // undefined for unary operations
}
export interface CallExpr extends ExprBase {
  kind: 'CallExpr';
  fun: Expr;
  args: Expr[];
  hasDots: boolean;
  rparen: Pos; // types2 reports missing arguments here
  // Set by escape analysis: f(g())'s temporaries for g's results (escape/temps.ts).
  tupleTemps?: string[];
  // Set by escape analysis: the concrete type an interface method call is
  // devirtualized to, which -m prints as T.M(x.(T)).
  devirt?: Type;
  // Set by escape analysis when it reaches the call and rewrites it, as Go
  // rewrites the node in place: variadic arguments packed into a slice
  // (typecheck.FixVariadicCall), recover() into ORECOVERFP (fixRecoverCall).
  // -m prints the call as written until then.
  fixed?: boolean;
}
export interface ListExpr extends ExprBase {
  kind: 'ListExpr';
  elems: Expr[];
}
export interface ArrayType extends ExprBase {
  kind: 'ArrayType';
  len: Expr | undefined; // undefined for [...]T
  elem: Expr;
}
export interface SliceType extends ExprBase {
  kind: 'SliceType';
  elem: Expr;
}
export interface DotsType extends ExprBase {
  kind: 'DotsType';
  elem: Expr;
}
export interface Field extends NodeBase {
  name: Name | undefined;
  type: Expr;
}
export interface StructType extends ExprBase {
  kind: 'StructType';
  fields: Field[];
  tags: (string | undefined)[];
}
export interface InterfaceType extends ExprBase {
  kind: 'InterfaceType';
  methods: Field[]; // name undefined: embedded interface
}
export interface FuncType extends ExprBase {
  kind: 'FuncType';
  params: Field[];
  results: Field[];
}
export interface MapType extends ExprBase {
  kind: 'MapType';
  key: Expr;
  value: Expr;
}
export interface ChanType extends ExprBase {
  kind: 'ChanType';
  dir: 0 | 1 | 2; // 0 both, 1 send-only, 2 receive-only (as syntax.ChanDir)
  elem: Expr;
}

// BadExpr stands where the parser found no expression or type. The parser
// reported why; almost always as a syntax error, which stops compilation, but
// a missing slice index is not, and the checker takes it for an operand
// already reported.
export interface BadExpr extends ExprBase {
  kind: 'BadExpr';
}

export type Expr =
  | BadExpr
  | Name
  | BasicLit
  | CompositeLit
  | KeyValueExpr
  | FuncLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | SliceExpr
  | AssertExpr
  | TypeSwitchGuard
  | Operation
  | CallExpr
  | ListExpr
  | ArrayType
  | SliceType
  | DotsType
  | StructType
  | InterfaceType
  | FuncType
  | MapType
  | ChanType;

export interface EmptyStmt extends NodeBase {
  kind: 'EmptyStmt';
}
export interface LabeledStmt extends NodeBase {
  kind: 'LabeledStmt';
  label: Name;
  stmt: Stmt;
}
export interface BlockStmt extends NodeBase {
  kind: 'BlockStmt';
  list: Stmt[];
  rbrace: Pos;
}
export interface ExprStmt extends NodeBase {
  kind: 'ExprStmt';
  x: Expr;
}
export interface SendStmt extends NodeBase {
  kind: 'SendStmt';
  chan: Expr;
  value: Expr;
}
export interface DeclStmt extends NodeBase {
  kind: 'DeclStmt';
  decls: Decl[];
}
export interface AssignStmt extends NodeBase {
  kind: 'AssignStmt';
  op: string; // '' for = and :=, else the operator of op= / ++ / --
  lhs: Expr;
  rhs: Expr | undefined; // undefined for x++ and x--
  define: boolean;
  // Filled by the checker for :=, the variables this statement declares.
  newVars?: Set<Name>;
}
export interface BranchStmt extends NodeBase {
  kind: 'BranchStmt';
  tok: 'break' | 'continue' | 'goto' | 'fallthrough';
  label: Name | undefined;
}
export interface CallStmt extends NodeBase {
  kind: 'CallStmt';
  tok: 'go' | 'defer';
  call: Expr;
}
export interface ReturnStmt extends NodeBase {
  kind: 'ReturnStmt';
  results: Expr | undefined;
  // Set by escape analysis: return g()'s temporaries for g's results (escape/temps.ts).
  tupleTemps?: string[];
}
export interface IfStmt extends NodeBase {
  kind: 'IfStmt';
  init: SimpleStmt | undefined;
  cond: Expr;
  then: BlockStmt;
  else: IfStmt | BlockStmt | undefined;
}
export interface RangeClause extends NodeBase {
  kind: 'RangeClause';
  lhs: Expr | undefined;
  def: boolean;
  x: Expr;
}
export interface ForStmt extends NodeBase {
  kind: 'ForStmt';
  init: SimpleStmt | RangeClause | undefined;
  cond: Expr | undefined;
  post: SimpleStmt | undefined;
  body: BlockStmt;
}
export interface CaseClause extends NodeBase {
  kind: 'CaseClause';
  cases: Expr | undefined; // undefined: default
  body: Stmt[];
  // Filled by the checker in a type switch with a bound name: that clause's variable.
  implicit?: Var;
}
export interface SwitchStmt extends NodeBase {
  kind: 'SwitchStmt';
  init: SimpleStmt | undefined;
  tag: Expr | undefined; // a TypeSwitchGuard for a type switch
  body: CaseClause[];
}
export interface CommClause extends NodeBase {
  kind: 'CommClause';
  comm: SimpleStmt | undefined; // undefined: default
  body: Stmt[];
}
export interface SelectStmt extends NodeBase {
  kind: 'SelectStmt';
  body: CommClause[];
}

export type SimpleStmt = EmptyStmt | ExprStmt | SendStmt | AssignStmt;
export type Stmt =
  | SimpleStmt
  | LabeledStmt
  | BlockStmt
  | DeclStmt
  | BranchStmt
  | CallStmt
  | ReturnStmt
  | IfStmt
  | ForStmt
  | SwitchStmt
  | SelectStmt;

export interface ImportDecl extends NodeBase {
  kind: 'ImportDecl';
  localName: Name | undefined;
  path: string;
}
export interface Group {
  id: number;
}
export interface ConstDecl extends NodeBase {
  kind: 'ConstDecl';
  names: Name[];
  type: Expr | undefined;
  values: Expr | undefined; // undefined: repeat the previous spec of the group
  group: Group | undefined;
  iota: number;
}
export interface TypeDecl extends NodeBase {
  kind: 'TypeDecl';
  name: Name;
  alias: boolean;
  type: Expr;
}
export interface VarDecl extends NodeBase {
  kind: 'VarDecl';
  names: Name[];
  type: Expr | undefined;
  values: Expr | undefined;
}
export interface FuncDecl extends NodeBase {
  kind: 'FuncDecl';
  recv: Field | undefined;
  name: Name;
  type: FuncType;
  body: BlockStmt | undefined;
  pragmas: Set<string>;
}
export type Decl = ImportDecl | ConstDecl | TypeDecl | VarDecl | FuncDecl;

export interface File {
  filename: string;
  pkgName: Name;
  decls: Decl[];
}

// Unparen strips any number of parentheses, as syntax.Unparen.
export function unparen(x: Expr): Expr {
  while (x.kind === 'ParenExpr') x = x.x;
  return x;
}

// exprList flattens a ListExpr (how the parser keeps `a, b`) into its elements.
export function exprList(x: Expr | undefined): Expr[] {
  if (x === undefined) return [];
  return x.kind === 'ListExpr' ? x.elems : [x];
}

// startPos is where an expression begins (syntax.StartPos): types2 reports
// errors there, while -m reports the node's own position (operator, '(').
export function startPos(n: { pos: Pos; kind?: string }): Pos {
  let e = n as Expr;
  for (;;) {
    switch (e.kind) {
      case 'Operation':
        if (e.y === undefined) return e.pos;
        e = e.x;
        continue;
      case 'CallExpr':
        e = e.fun;
        continue;
      case 'SelectorExpr':
      case 'IndexExpr':
      case 'SliceExpr':
      case 'AssertExpr':
      case 'TypeSwitchGuard':
        e = e.x;
        continue;
      case 'CompositeLit':
        if (e.type === undefined) return e.pos;
        e = e.type;
        continue;
      default:
        return e.pos;
    }
  }
}
