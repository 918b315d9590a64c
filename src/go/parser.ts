// Recursive-descent parser for Go 1.19 source (without type parameters).
// Mirrors cmd/compile/internal/syntax/parser.go: the same productions
// (fileOrNil, funcDeclOrNil, simpleStmt, pexpr, complitexpr, ...), the same
// `xnest` rule that forbids bare composite literals in control clauses, and
// syntax errors in its words: `unexpected X, expecting Y`. The first syntax
// error ends the parse. `//go:` pragmas directly above a func are kept on the
// FuncDecl (escape analysis reads //go:noescape).
import { checkBranches } from './branches.js';
import { unquote } from './constant.js';
import { GoError, type Pos, SyntaxErr, unsupported } from './errors.js';
import { exprString, nodeString } from './exprfmt.js';
import { Scanner, type Token } from './scanner.js';
import * as S from './syntax.js';

/**
 * Parses one file. A syntax error is thrown; the errors Go's parser reports
 * and parses on past (p.errorAt without "syntax error": a bad receiver list,
 * go/defer of a non-call, the branch checks of a body) are appended to soft,
 * and type checking goes on as cmd/compile's does.
 */
export function parseFile(filename: string, src: string, soft: GoError[] = []): S.File {
  return new Parser(filename, src, soft).fileOrNil();
}

class Parser {
  private sc: Scanner;
  private t!: Token;
  private xnest = 0;
  private groupId = 0;
  private pragmaLines = new Map<number, string>();
  private prevDeclEnd = 0;

  constructor(
    readonly filename: string,
    src: string,
    private readonly soft: GoError[],
  ) {
    this.sc = new Scanner(src, filename);
    const re = /^\/\/go:(\w+)/gm;
    for (let m = re.exec(src); m !== null; m = re.exec(src)) {
      const line = src.slice(0, m.index).split('\n').length;
      this.pragmaLines.set(line, m[1]!);
    }
    this.next();
  }

  private next(): void {
    this.t = this.sc.next();
  }
  private pos(): Pos {
    return { file: this.filename, line: this.t.line, col: this.t.col };
  }
  private got(tok: string, lit?: string): boolean {
    if (this.t.tok === tok && (lit === undefined || this.t.lit === lit)) {
      this.next();
      return true;
    }
    return false;
  }
  private is(tok: string, lit?: string): boolean {
    return this.t.tok === tok && (lit === undefined || this.t.lit === lit);
  }
  // tokDesc names the current token as Go 1.19's syntaxErrorAt does: names
  // and keywords bare, literals prefixed, punctuation by its spelling.
  private tokDesc(): string {
    const t = this.t;
    switch (t.tok) {
      case ';':
        return t.lit;
      case 'literal':
        return `literal ${t.lit}`;
      case ',':
        return 'comma';
      default:
        return t.lit;
    }
  }

  syntaxError(msg: string): never {
    throw new SyntaxErr(this.filename, this.t.line, this.t.col, msg);
  }
  private errorExpected(what: string): never {
    this.syntaxError(`unexpected ${this.tokDesc()}, expecting ${what}`);
  }
  private want(tok: string, lit?: string): void {
    if (!this.got(tok, lit)) this.errorExpected(tokstring(lit ?? tok));
  }
  private name(): S.Name {
    if (this.t.tok !== 'name') this.errorExpected('name');
    const n: S.Name = { kind: 'Name', pos: this.pos(), value: this.t.lit };
    this.next();
    return n;
  }
  // Statement/declaration terminator: ';' or before a closing ')' or '}'.
  private semi(context: string): void {
    if (this.is(';')) {
      this.next();
      return;
    }
    if (this.is(')') || this.is('}')) return;
    this.syntaxError(`unexpected ${this.tokDesc()} ${context}`);
  }

  fileOrNil(): S.File {
    // go build reads the package clause first (go/parser) and words this error its way.
    if (!this.is('keyword', 'package')) {
      const found = this.t.tok === 'name' || this.t.tok === 'literal' ? this.t.lit : `'${this.t.lit}'`;
      // go build (go/parser) names the file as given, without ./
      const file = this.filename.replace(/^\.\//, '');
      throw new GoError(file, this.t.line, this.t.col, `expected 'package', found ${found}`);
    }
    this.next();
    if (!this.is('name')) {
      const file = this.filename.replace(/^\.\//, '');
      const found = this.t.tok === 'literal' || this.t.tok === ';' ? this.t.lit : `'${this.t.lit}'`;
      throw new GoError(file, this.t.line, this.t.col, `expected 'IDENT', found ${found}`);
    }
    const pkgName = this.name();
    this.semi('after package clause');
    const decls: S.Decl[] = [];
    while (this.is('keyword', 'import')) {
      this.next();
      this.group(() => decls.push(this.importSpec()));
      this.semi('after top level declaration');
    }
    while (!this.is('EOF')) {
      if (this.is('keyword', 'const')) {
        this.next();
        const group: S.Group = { id: ++this.groupId };
        let iota = 0;
        let prev: S.ConstDecl | undefined;
        this.group((grouped) => {
          const d = this.constSpec(grouped ? group : undefined, iota++, prev);
          prev = d;
          decls.push(d);
        });
      } else if (this.is('keyword', 'var')) {
        this.next();
        this.group(() => decls.push(this.varSpec()));
      } else if (this.is('keyword', 'type')) {
        this.next();
        this.group(() => decls.push(this.typeSpec()));
      } else if (this.is('keyword', 'func')) {
        decls.push(this.funcDecl());
      } else if (this.is('keyword', 'import')) {
        this.syntaxError('imports must appear before other declarations');
      } else {
        this.syntaxError('non-declaration statement outside function body');
      }
      this.prevDeclEnd = this.t.line;
      // At top level a declaration must end with a semicolon (parser.go: fileOrNil).
      if (!this.is('EOF') && !this.got(';'))
        this.syntaxError(`unexpected ${this.tokDesc()} after top level declaration`);
    }
    return { filename: this.filename, pkgName, decls };
  }

  private group(f: (grouped: boolean) => void): void {
    if (this.got('(')) {
      while (!this.is(')') && !this.is('EOF')) {
        f(true);
        if (!this.is(')')) this.semi('in grouped declaration');
      }
      this.want(')');
    } else f(false);
  }

  private importSpec(): S.ImportDecl {
    const pos = this.pos();
    let localName: S.Name | undefined;
    if (this.is('name')) localName = this.name();
    else if (this.is('.')) {
      localName = { kind: 'Name', pos: this.pos(), value: '.' };
      this.next();
    }
    if (!this.is('literal') || this.t.litKind !== 'string') {
      // go build reads imports with go/parser first and words this its way.
      const t = this.t;
      const found = t.tok === ';' ? t.lit : t.tok === 'name' ? t.lit : `'${t.lit}'`;
      throw new GoError(
        this.filename.replace(/^\.\//, ''),
        t.line,
        t.col,
        `expected 'STRING', found ${found}`,
      );
    }
    const path = unquote(this.t.lit);
    this.next();
    return { kind: 'ImportDecl', pos, localName, path };
  }

  private nameList(): S.Name[] {
    const l = [this.name()];
    while (this.got(',')) l.push(this.name());
    return l;
  }

  private constSpec(group: S.Group | undefined, iota: number, prev: S.ConstDecl | undefined): S.ConstDecl {
    const pos = this.pos();
    const names = this.nameList();
    let type: S.Expr | undefined;
    let values: S.Expr | undefined;
    if (!this.is(';') && !this.is(')') && !this.is('assignop', '=')) type = this.type();
    if (this.got('assignop', '=')) values = this.exprListNode();
    if (values === undefined && type === undefined && prev !== undefined) {
      type = prev.type;
      values = prev.values;
    }
    return { kind: 'ConstDecl', pos, names, type, values, group, iota };
  }

  private varSpec(): S.VarDecl {
    const pos = this.pos();
    const names = this.nameList();
    let type: S.Expr | undefined;
    let values: S.Expr | undefined;
    if (this.got('assignop', '=')) values = this.exprListNode();
    else {
      type = this.type();
      if (this.got('assignop', '=')) values = this.exprListNode();
    }
    return { kind: 'VarDecl', pos, names, type, values };
  }

  private typeSpec(): S.TypeDecl {
    const pos = this.pos();
    const name = this.name();
    if (this.is('[')) {
      // `type T[P any] ...` vs `type T [N]E`: an array length is an
      // expression closed by ']'; anything after it means type parameters,
      // which gomem does not implement.
      const save = this.pos();
      this.next();
      const len = this.is(']') ? undefined : this.expr();
      if (!this.is(']')) unsupported(save, 'type parameters');
      this.want(']');
      const elem = this.type();
      const arr: S.Expr =
        len === undefined
          ? { kind: 'SliceType', pos: save, elem }
          : { kind: 'ArrayType', pos: save, len, elem };
      return { kind: 'TypeDecl', pos, name, alias: false, type: arr };
    }
    const alias = this.got('assignop', '=');
    const type = this.typeOrNil();
    if (type === undefined) this.syntaxError(`unexpected ${this.tokDesc()} in type declaration`);
    return { kind: 'TypeDecl', pos, name, alias, type };
  }

  private funcDecl(): S.FuncDecl {
    const pos = this.pos();
    const pragmas = new Set<string>();
    // Pragmas apply to the next declaration (syntax.Parser: pragma), blank lines allowed.
    for (let l = pos.line - 1; l > this.prevDeclEnd; l--) {
      const p = this.pragmaLines.get(l);
      if (p !== undefined) pragmas.add(p);
    }
    this.next();
    let recv: S.Field | undefined;
    if (this.is('(')) {
      const ps = this.paramList();
      // Reported at the token after the receiver list, without the syntax error prefix.
      if (ps.length !== 1) {
        const msg = ps.length === 0 ? 'method has no receiver' : 'method has multiple receivers';
        this.soft.push(new GoError(this.filename, this.t.line, this.t.col, msg));
      }
      recv = ps[0];
    }
    if (!this.is('name')) this.errorExpected('name or (');
    const name = this.name();
    if (this.is('[')) unsupported(this.pos(), 'type parameters');
    const type = this.funcType(pos);
    let body: S.BlockStmt | undefined;
    if (this.is('{')) body = this.funcBody();
    return { kind: 'FuncDecl', pos, recv, name, type, body, pragmas };
  }

  private funcBody(): S.BlockStmt {
    const save = this.xnest;
    this.xnest = 0;
    const errs = this.soft.length;
    const b = this.blockStmt();
    this.xnest = save;
    // Go checks a body's branches only when parsing it found no error (parser.go: funcBody).
    if (this.soft.length === errs) this.soft.push(...checkBranches(b));
    return b;
  }

  private funcType(pos: Pos): S.FuncType {
    const params = this.paramList();
    const results = this.funcResult();
    return { kind: 'FuncType', pos, params, results };
  }

  private funcResult(): S.Field[] {
    if (this.is('(')) return this.paramList();
    const pos = this.pos();
    const t = this.typeOrNil();
    return t === undefined ? [] : [{ pos, name: undefined, type: t }];
  }

  // paramList parses `(a, b int, c ...T)` or `(int, string)`: Go decides
  // afterwards whether the leading identifiers were names or types.
  private paramList(): S.Field[] {
    this.want('(');
    const items: { pos: Pos; name: S.Name | undefined; type: S.Expr | undefined }[] = [];
    while (!this.is(')')) {
      const pos = this.pos();
      if (this.is('name')) {
        const n = this.name();
        if (this.is('.')) {
          // qualified type name
          this.next();
          const sel = this.name();
          items.push({ pos, name: undefined, type: { kind: 'SelectorExpr', pos, x: n, sel } });
        } else if (this.is(',') || this.is(')')) {
          items.push({ pos, name: undefined, type: n });
        } else {
          items.push({ pos, name: n, type: this.is('...') ? this.dotsType() : this.paramType() });
        }
      } else {
        // A token that cannot start a parameter (parser.go: paramDeclOrNil).
        if (!this.is('...') && !this.typeStart()) this.errorExpected(')');
        items.push({ pos, name: undefined, type: this.is('...') ? this.dotsType() : this.type() });
      }
      if (!this.got(',')) {
        if (!this.is(')'))
          this.syntaxError(`unexpected ${this.tokDesc()} in parameter list; possibly missing comma or )`);
        break;
      }
    }
    this.want(')');
    const named = items.some((i) => i.name !== undefined);
    if (!named) return items.map((i) => ({ pos: i.pos, name: undefined, type: i.type! }));
    // Named form: a bare name takes the type of the next typed item.
    const out: S.Field[] = [];
    let typ: S.Expr | undefined;
    let errPos: Pos | undefined; // the left-most offending parameter, as Go reports it
    for (let i = items.length - 1; i >= 0; i--) {
      const it = items[i]!;
      if (it.name !== undefined) {
        typ = it.type;
        out.push({ pos: it.pos, name: it.name, type: typ! });
      } else if (it.type!.kind === 'Name' && typ !== undefined) {
        out.push({ pos: it.pos, name: it.type as S.Name, type: typ });
      } else {
        errPos = it.pos;
      }
    }
    if (errPos !== undefined)
      throw new SyntaxErr(this.filename, errPos.line, errPos.col, 'mixed named and unnamed parameters');
    return out.reverse();
  }

  // paramType is a parameter's type after its name; a missing one is reported as the list does.
  private paramType(): S.Expr {
    const t = this.typeOrNil();
    if (t === undefined)
      this.syntaxError(`unexpected ${this.tokDesc()} in parameter list; possibly missing comma or )`);
    return t;
  }

  private typeStart(): boolean {
    const t = this.t;
    if (t.tok === 'name' || t.tok === '[' || t.tok === '(' || t.tok === 'star' || t.tok === 'arrow')
      return true;
    return t.tok === 'keyword' && ['func', 'chan', 'map', 'struct', 'interface'].includes(t.lit);
  }

  private dotsType(): S.DotsType {
    const pos = this.pos();
    this.want('...');
    return { kind: 'DotsType', pos, elem: this.type() };
  }

  type(): S.Expr {
    const t = this.typeOrNil();
    if (t === undefined) this.errorExpected('type');
    return t;
  }

  private typeOrNil(): S.Expr | undefined {
    const pos = this.pos();
    const t = this.t;
    switch (t.tok) {
      case 'star': {
        this.next();
        return { kind: 'Operation', pos, op: '*', x: this.type(), y: undefined };
      }
      case 'arrow': {
        this.next();
        this.want('keyword', 'chan');
        return { kind: 'ChanType', pos, dir: 2, elem: this.chanElem() };
      }
      case 'keyword':
        switch (t.lit) {
          case 'func':
            this.next();
            return this.funcType(pos);
          case 'chan': {
            this.next();
            let dir: 0 | 1 = 0;
            if (this.got('arrow')) dir = 1;
            return { kind: 'ChanType', pos, dir, elem: this.chanElem() };
          }
          case 'map': {
            this.next();
            this.want('[');
            const key = this.type();
            this.want(']');
            return { kind: 'MapType', pos, key, value: this.type() };
          }
          case 'struct':
            return this.structType();
          case 'interface':
            return this.interfaceType();
        }
        return undefined;
      case '[': {
        this.next();
        if (this.got(']')) return { kind: 'SliceType', pos, elem: this.type() };
        let len: S.Expr | undefined;
        if (this.is('...')) this.next();
        else {
          this.xnest++;
          len = this.expr();
          this.xnest--;
        }
        this.want(']');
        return { kind: 'ArrayType', pos, len, elem: this.type() };
      }
      case '(': {
        this.next();
        const x = this.type();
        this.want(')');
        return { kind: 'ParenExpr', pos, x };
      }
      case 'name': {
        const n = this.name();
        if (this.is('.')) {
          this.next();
          return { kind: 'SelectorExpr', pos, x: n, sel: this.name() };
        }
        return n;
      }
    }
    return undefined;
  }

  private chanElem(): S.Expr {
    const t = this.typeOrNil();
    if (t === undefined) this.syntaxError('missing channel element type');
    return t;
  }

  private structType(): S.StructType {
    const pos = this.pos();
    this.next();
    this.want('{');
    const fields: S.Field[] = [];
    const tags: (string | undefined)[] = [];
    while (!this.is('}') && !this.is('EOF')) {
      const fpos = this.pos();
      let added: S.Field[] = [];
      if (this.is('star')) {
        this.next();
        const t = this.qualifiedName();
        added = [
          { pos: fpos, name: undefined, type: { kind: 'Operation', pos: fpos, op: '*', x: t, y: undefined } },
        ];
      } else if (this.is('name')) {
        const n = this.name();
        if (this.is('.')) {
          this.next();
          added = [
            { pos: fpos, name: undefined, type: { kind: 'SelectorExpr', pos: fpos, x: n, sel: this.name() } },
          ];
        } else if (this.is(';') || this.is('}') || (this.is('literal') && this.t.litKind === 'string')) {
          added = [{ pos: fpos, name: undefined, type: n }];
        } else {
          const names = [n];
          while (this.got(',')) names.push(this.name());
          const t = this.type();
          added = names.map((nm) => ({ pos: nm.pos, name: nm, type: t }));
        }
      } else this.errorExpected('field name or embedded type');
      let tag: string | undefined;
      if (this.is('literal') && this.t.litKind === 'string') {
        tag = this.t.lit;
        this.next();
      }
      for (const f of added) {
        fields.push(f);
        tags.push(tag);
      }
      if (!this.is('}')) this.semi('in struct type; possibly missing semicolon or newline or }');
    }
    this.want('}');
    return { kind: 'StructType', pos, fields, tags };
  }

  private qualifiedName(): S.Expr {
    const pos = this.pos();
    const n = this.name();
    if (this.got('.')) return { kind: 'SelectorExpr', pos, x: n, sel: this.name() };
    return n;
  }

  private interfaceType(): S.InterfaceType {
    const pos = this.pos();
    this.next();
    this.want('{');
    const methods: S.Field[] = [];
    while (!this.is('}') && !this.is('EOF')) {
      const mpos = this.pos();
      if (this.is('name')) {
        const n = this.name();
        if (this.is('(')) {
          methods.push({ pos: mpos, name: n, type: this.funcType(mpos) });
        } else if (this.got('.')) {
          methods.push({
            pos: mpos,
            name: undefined,
            type: { kind: 'SelectorExpr', pos: mpos, x: n, sel: this.name() },
          });
        } else {
          if (this.is('op', '|')) unsupported(this.pos(), 'type constraints');
          methods.push({ pos: mpos, name: undefined, type: n });
        }
      } else if (this.is('op', '~')) unsupported(mpos, 'type constraints');
      else this.errorExpected('method or embedded interface');
      if (!this.is('}')) this.semi('in interface type; possibly missing semicolon or newline or }');
    }
    this.want('}');
    return { kind: 'InterfaceType', pos, methods };
  }

  // ---- statements

  private blockStmt(): S.BlockStmt {
    const pos = this.pos();
    this.want('{');
    const list = this.stmtList();
    const rbrace = this.pos();
    if (!this.is('}')) this.errorExpected('}');
    this.next();
    return { kind: 'BlockStmt', pos, list, rbrace };
  }

  private stmtList(): S.Stmt[] {
    const list: S.Stmt[] = [];
    while (
      !this.is('EOF') &&
      !this.is('}') &&
      !this.is('keyword', 'case') &&
      !this.is('keyword', 'default')
    ) {
      const s = this.stmtOrNil();
      if (s === undefined) {
        if (this.is(';')) {
          this.next();
          continue;
        }
        break;
      }
      list.push(s);
      if (this.is(';')) this.next();
      else if (!this.is('}') && !this.is('keyword', 'case') && !this.is('keyword', 'default')) {
        this.syntaxError(`unexpected ${this.tokDesc()} at end of statement`);
      }
    }
    return list;
  }

  private stmtOrNil(): S.Stmt | undefined {
    const pos = this.pos();
    const t = this.t;
    if (t.tok === ';') return { kind: 'EmptyStmt', pos };
    if (t.tok === '{') return this.blockStmt();
    if (t.tok === 'keyword') {
      switch (t.lit) {
        case 'var':
        case 'const':
        case 'type': {
          this.next();
          const decls: S.Decl[] = [];
          if (t.lit === 'var') this.group(() => decls.push(this.varSpec()));
          else if (t.lit === 'type') this.group(() => decls.push(this.typeSpec()));
          else {
            const group: S.Group = { id: ++this.groupId };
            let iota = 0;
            let prev: S.ConstDecl | undefined;
            this.group((grouped) => {
              const d = this.constSpec(grouped ? group : undefined, iota++, prev);
              prev = d;
              decls.push(d);
            });
          }
          return { kind: 'DeclStmt', pos, decls };
        }
        case 'go':
        case 'defer': {
          this.next();
          const x = this.pexpr();
          // Reported without the "syntax error:" prefix, at the expression
          // (parser.go: callStmt); a non-call stands for a call of it with no
          // arguments, the common mistake of missing parentheses.
          const err = (at: Pos, msg: string) =>
            this.soft.push(new GoError(this.filename, at.line, at.col, `expression in ${t.lit} ${msg}`));
          let call = S.unparen(x);
          if (call !== x) err(x.pos, 'must not be parenthesized');
          if (call.kind !== 'CallExpr') {
            err(call.pos, 'must be function call');
            call = { kind: 'CallExpr', pos: call.pos, fun: call, args: [], hasDots: false, rparen: call.pos };
          }
          return { kind: 'CallStmt', pos, tok: t.lit, call };
        }
        case 'return': {
          this.next();
          let results: S.Expr | undefined;
          if (!this.is(';') && !this.is('}')) results = this.exprListNode();
          return { kind: 'ReturnStmt', pos, results };
        }
        case 'break':
        case 'continue':
        case 'goto':
        case 'fallthrough': {
          this.next();
          let label: S.Name | undefined;
          if (t.lit !== 'fallthrough' && this.is('name')) label = this.name();
          return { kind: 'BranchStmt', pos, tok: t.lit, label };
        }
        case 'if':
          return this.ifStmt();
        case 'for':
          return this.forStmt();
        case 'switch':
          return this.switchStmt();
        case 'select':
          return this.selectStmt();
        case 'func':
        case 'struct':
        case 'map':
        case 'chan':
        case 'interface':
          return this.simpleStmt(undefined, false) as S.SimpleStmt;
      }
      return undefined;
    }
    if (t.tok === 'name') {
      const lhs = this.exprListNode();
      if (lhs.kind === 'Name' && this.is(':')) {
        const colon = this.pos();
        this.next();
        if (this.is('}'))
          return { kind: 'LabeledStmt', pos, label: lhs, stmt: { kind: 'EmptyStmt', pos: this.pos() } };
        const s = this.stmtOrNil();
        if (s === undefined)
          throw new SyntaxErr(this.filename, colon.line, colon.col, 'missing statement after label');
        return { kind: 'LabeledStmt', pos, label: lhs, stmt: s };
      }
      return this.simpleStmt(lhs, false) as S.SimpleStmt;
    }
    if (
      t.tok === 'literal' ||
      t.tok === '(' ||
      t.tok === '[' ||
      t.tok === 'op' ||
      t.tok === 'star' ||
      t.tok === 'arrow'
    ) {
      return this.simpleStmt(undefined, false) as S.SimpleStmt;
    }
    return undefined;
  }

  // simpleStmt parses an expression, send, inc/dec, assignment or short
  // variable declaration; with rangeOk also `k, v := range x`.
  private simpleStmt(lhs: S.Expr | undefined, rangeOk: boolean): S.SimpleStmt | S.RangeClause {
    const pos = lhs?.pos ?? this.pos();
    if (rangeOk && this.is('keyword', 'range')) {
      this.next();
      return { kind: 'RangeClause', pos, lhs: undefined, def: false, x: this.expr() };
    }
    lhs ??= this.exprListNode();
    const t = this.t;
    if (t.tok === 'incdec') {
      this.next();
      return {
        kind: 'AssignStmt',
        pos: { ...pos, line: t.line, col: t.col },
        op: t.lit[0]!,
        lhs,
        rhs: undefined,
        define: false,
      };
    }
    if (t.tok === 'arrow') {
      const apos = this.pos();
      this.next();
      return { kind: 'SendStmt', pos: apos, chan: lhs, value: this.expr() };
    }
    if (t.tok === 'assignop' || t.tok === 'define') {
      const apos = this.pos();
      this.next();
      const define = t.tok === 'define';
      if (rangeOk && this.is('keyword', 'range')) {
        // The range clause sits at its keyword, where Go positions the loop's range.
        const rpos = this.pos();
        this.next();
        return { kind: 'RangeClause', pos: rpos, lhs, def: define, x: this.expr() };
      }
      const rhs = this.exprListNode();
      const op = t.tok === 'define' || t.lit === '=' ? '' : t.lit.slice(0, -1);
      return { kind: 'AssignStmt', pos: apos, op, lhs, rhs, define };
    }
    if (lhs.kind === 'ListExpr') this.errorExpected(':= or = or comma');
    return { kind: 'ExprStmt', pos, x: lhs };
  }

  private header(keyword: string): {
    init: S.SimpleStmt | S.RangeClause | undefined;
    cond: S.Expr | undefined;
    post?: S.SimpleStmt;
  } {
    if (this.is('{')) {
      if (keyword === 'if') this.syntaxError('missing condition in if statement');
      return { init: undefined, cond: undefined };
    }
    const outer = this.xnest;
    this.xnest = -1;
    let init: S.SimpleStmt | S.RangeClause | undefined;
    if (!this.is(';')) {
      if (this.is('keyword', 'var')) {
        const at = this.pos();
        this.next();
        throw new SyntaxErr(
          this.filename,
          at.line,
          at.col + 4,
          `var declaration not allowed in ${keyword} initializer`,
        );
      }
      init = this.simpleStmt(undefined, keyword === 'for');
      // Asking for '{' rather than ';' gives the better message (parser.go: header).
      if (init.kind !== 'RangeClause' && !this.is(';') && !this.is('{')) this.errorExpected('{');
    }
    let cond: S.Expr | undefined;
    let post: S.SimpleStmt | undefined;
    if (init?.kind !== 'RangeClause' && this.is(';')) {
      const semiLit = this.t.lit;
      this.next();
      if (keyword === 'for') {
        if (!this.is(';')) {
          if (this.is('{')) this.errorExpected('for loop condition');
          const c = this.simpleStmt(undefined, false);
          if (c.kind !== 'ExprStmt')
            throw new SyntaxErr(this.filename, c.pos.line, c.pos.col, `cannot use ${stmtText(c)} as value`);
          cond = c.x;
        }
        this.want(';');
        if (!this.is('{')) post = this.simpleStmt(undefined, false) as S.SimpleStmt;
      } else if (!this.is('{')) {
        const c = this.simpleStmt(undefined, false);
        if (c.kind !== 'ExprStmt') {
          if (keyword === 'if')
            throw new SyntaxErr(this.filename, c.pos.line, c.pos.col, `cannot use ${stmtText(c)} as value`);
          this.syntaxError(`switch expression must be an expression`);
        }
        cond = c.x;
      } else if (keyword === 'if' && semiLit === 'newline') {
        this.syntaxError('unexpected newline, expecting { after if clause');
      }
    } else {
      if (init?.kind === 'ExprStmt') {
        cond = init.x;
        init = undefined;
      }
    }
    this.xnest = outer;
    return post === undefined ? { init, cond } : { init, cond, post };
  }

  private ifStmt(): S.IfStmt {
    const pos = this.pos();
    this.next();
    const h = this.header('if');
    if (h.cond === undefined) this.syntaxError('missing condition in if statement');
    if (h.init?.kind === 'RangeClause') this.syntaxError('unexpected range');
    if (h.cond.kind === 'TypeSwitchGuard') this.syntaxError('use of .(type) outside type switch');
    if (!this.is('{')) this.errorExpected('{ after if clause');
    const then = this.blockStmt();
    let els: S.IfStmt | S.BlockStmt | undefined;
    if (this.got('keyword', 'else')) {
      if (this.is('keyword', 'if')) els = this.ifStmt();
      else if (this.is('{')) els = this.blockStmt();
      else this.syntaxError('else must be followed by if or statement block');
    }
    return { kind: 'IfStmt', pos, init: h.init as S.SimpleStmt | undefined, cond: h.cond, then, else: els };
  }

  private forStmt(): S.ForStmt {
    const pos = this.pos();
    this.next();
    const h = this.header('for');
    if (!this.is('{')) this.errorExpected('{ after for clause');
    const body = this.blockStmt();
    return { kind: 'ForStmt', pos, init: h.init, cond: h.cond, post: h.post, body };
  }

  private switchStmt(): S.SwitchStmt {
    const pos = this.pos();
    this.next();
    const h = this.header('switch');
    if (!this.is('{')) this.errorExpected('{ after switch clause');
    this.next();
    const body: S.CaseClause[] = [];
    while (this.is('keyword', 'case') || this.is('keyword', 'default')) {
      const cpos = this.pos();
      let cases: S.Expr | undefined;
      if (this.got('keyword', 'case')) cases = this.exprListNode(true);
      else this.next();
      this.want(':');
      body.push({ kind: 'CaseClause', pos: cpos, cases, body: this.stmtList() });
    }
    if (!this.is('}')) this.errorExpected('case or default or }');
    this.next();
    let tag = h.cond;
    if (h.init?.kind === 'RangeClause') this.syntaxError('unexpected range');
    if (tag === undefined && h.init !== undefined && h.init.kind === 'AssignStmt' && h.init.define) {
      const r = h.init.rhs;
      if (r?.kind === 'TypeSwitchGuard' && h.init.lhs.kind === 'Name') {
        tag = { ...r, lhs: h.init.lhs };
        return { kind: 'SwitchStmt', pos, init: undefined, tag, body };
      }
    }
    if (tag?.kind === 'ListExpr') this.syntaxError('switch expression must be an expression');
    return { kind: 'SwitchStmt', pos, init: h.init as S.SimpleStmt | undefined, tag, body };
  }

  private selectStmt(): S.SelectStmt {
    const pos = this.pos();
    this.next();
    this.want('{');
    const body: S.CommClause[] = [];
    while (this.is('keyword', 'case') || this.is('keyword', 'default')) {
      const cpos = this.pos();
      let comm: S.SimpleStmt | undefined;
      if (this.got('keyword', 'case')) comm = this.simpleStmt(undefined, false) as S.SimpleStmt;
      else this.next();
      this.want(':');
      body.push({ kind: 'CommClause', pos: cpos, comm, body: this.stmtList() });
    }
    if (!this.is('}')) this.errorExpected('case or default or }');
    this.next();
    return { kind: 'SelectStmt', pos, body };
  }

  // ---- expressions

  private exprListNode(inCase = false): S.Expr {
    const pos = this.pos();
    const x = this.expr();
    if (!this.is(',')) return x;
    const elems = [x];
    while (this.got(',')) {
      if (inCase && this.is(':')) break;
      elems.push(this.expr());
    }
    return { kind: 'ListExpr', pos, elems };
  }

  expr(): S.Expr {
    return this.binaryExpr(0);
  }

  private binaryExpr(prec: number): S.Expr {
    let x = this.unaryExpr();
    for (;;) {
      const t = this.t;
      const op = t.tok === 'op' || t.tok === 'star' ? t.lit : '';
      const p = S.precedence[op];
      if (p === undefined || p <= prec) return x;
      const pos = this.pos();
      this.next();
      const y = this.binaryExpr(p);
      x = { kind: 'Operation', pos, op, x, y };
    }
  }

  private unaryExpr(): S.Expr {
    const pos = this.pos();
    const t = this.t;
    if (
      (t.tok === 'op' &&
        (t.lit === '+' || t.lit === '-' || t.lit === '!' || t.lit === '^' || t.lit === '&')) ||
      t.tok === 'star'
    ) {
      this.next();
      const x = this.unaryExpr();
      return { kind: 'Operation', pos, op: t.lit, x, y: undefined };
    }
    if (t.tok === 'arrow') {
      this.next();
      const x = this.unaryExpr();
      // `<-chan T` is a channel type written with a leading arrow.
      if (x.kind === 'ChanType') {
        if (x.dir === 1) this.syntaxError('unexpected <-, expecting chan');
        return { kind: 'ChanType', pos, dir: 2, elem: x.elem };
      }
      return { kind: 'Operation', pos, op: '<-', x, y: undefined };
    }
    return this.pexpr();
  }

  private operand(): S.Expr {
    const pos = this.pos();
    const t = this.t;
    switch (t.tok) {
      case 'name':
        return this.name();
      case 'literal':
        this.next();
        return { kind: 'BasicLit', pos, value: t.lit, litKind: t.litKind! };
      case '(': {
        this.next();
        this.xnest++;
        const x = this.expr();
        this.xnest--;
        this.want(')');
        return { kind: 'ParenExpr', pos, x };
      }
      case 'keyword':
        if (t.lit === 'func') {
          this.next();
          const ft = this.funcType(pos);
          if (this.is('{')) {
            this.xnest++;
            const body = this.funcBody();
            this.xnest--;
            return { kind: 'FuncLit', pos, type: ft, body };
          }
          return ft;
        }
        if (t.lit === 'struct' || t.lit === 'interface' || t.lit === 'map' || t.lit === 'chan')
          return this.type();
        break;
      case '[':
        return this.type();
      case 'star':
        return this.type();
    }
    this.errorExpected('expression');
  }

  private pexpr(): S.Expr {
    let x = this.operand();
    for (;;) {
      const pos = this.pos();
      switch (this.t.tok) {
        case '.': {
          this.next();
          if (this.is('name')) {
            x = { kind: 'SelectorExpr', pos, x, sel: this.name() };
            continue;
          }
          if (this.got('(')) {
            if (this.got('keyword', 'type')) {
              this.want(')');
              x = { kind: 'TypeSwitchGuard', pos, lhs: undefined, x };
            } else {
              const type = this.type();
              this.want(')');
              x = { kind: 'AssertExpr', pos, x, type };
            }
            continue;
          }
          this.errorExpected('name or (');
          break;
        }
        case '[': {
          this.next();
          if (this.is(']')) this.errorExpected('operand');
          this.xnest++;
          const idx: (S.Expr | undefined)[] = [undefined, undefined, undefined];
          if (!this.is(':')) {
            idx[0] = this.expr();
            if (this.is(',')) unsupported(this.pos(), 'generic instantiation');
            if (this.got(']')) {
              this.xnest--;
              x = { kind: 'IndexExpr', pos, x, index: idx[0] };
              continue;
            }
          }
          let full = false;
          this.want(':');
          if (!this.is(':') && !this.is(']')) idx[1] = this.expr();
          if (this.got(':')) {
            full = true;
            if (idx[1] === undefined) this.syntaxError('middle index required in 3-index slice');
            if (this.is(']')) this.syntaxError('final index required in 3-index slice');
            idx[2] = this.expr();
          }
          this.xnest--;
          this.want(']');
          x = { kind: 'SliceExpr', pos, x, index: idx as S.SliceExpr['index'], full };
          continue;
        }
        case '(': {
          this.next();
          this.xnest++;
          const args: S.Expr[] = [];
          let hasDots = false;
          while (!this.is(')')) {
            args.push(this.expr());
            if (this.got('...')) hasDots = true;
            if (!this.got(',')) {
              if (!this.is(')'))
                this.syntaxError(
                  `unexpected ${this.tokDesc()} in argument list; possibly missing comma or )`,
                );
              break;
            }
          }
          this.xnest--;
          const rparen = this.pos();
          this.want(')');
          x = { kind: 'CallExpr', pos, fun: x, args, hasDots, rparen };
          continue;
        }
        case '{': {
          const u = x.kind === 'ParenExpr' ? undefined : x;
          const isType =
            u !== undefined &&
            (u.kind === 'ArrayType' ||
              u.kind === 'SliceType' ||
              u.kind === 'StructType' ||
              u.kind === 'MapType');
          const isName = u !== undefined && (u.kind === 'Name' || u.kind === 'SelectorExpr');
          if (isType || (isName && this.xnest >= 0)) {
            x = this.complitexpr(x);
            continue;
          }
          return x;
        }
      }
      return x;
    }
  }

  private complitexpr(type: S.Expr | undefined): S.CompositeLit {
    const pos = this.pos();
    this.want('{');
    this.xnest++;
    const elems: S.Expr[] = [];
    let nKeys = 0;
    while (!this.is('}')) {
      let e = this.bare();
      if (this.is(':')) {
        const kpos = this.pos();
        this.next();
        e = { kind: 'KeyValueExpr', pos: kpos, key: e, value: this.bare() };
        nKeys++;
      }
      elems.push(e);
      if (!this.got(',')) {
        if (!this.is('}'))
          this.syntaxError(`unexpected ${this.tokDesc()} in composite literal; possibly missing comma or }`);
        break;
      }
    }
    this.xnest--;
    const rbrace = this.pos();
    this.want('}');
    return { kind: 'CompositeLit', pos, type, elems, nKeys, rbrace };
  }

  // bare parses an element of a composite literal, where `{...}` may stand
  // for a literal of the elided element type.
  private bare(): S.Expr {
    if (this.is('{')) return this.complitexpr(undefined);
    return this.expr();
  }
}

// tokstring spells an expected token as parser.go's tokstring does.
function tokstring(tok: string): string {
  return tok === ',' ? 'comma' : tok === ';' ? 'semicolon or newline' : tok;
}

// stmtText writes a simple statement as syntax.String does, for "cannot use ... as value".
function stmtText(s: S.SimpleStmt | S.RangeClause): string {
  if (s.kind === 'RangeClause') return `range ${exprString(s.x, 'types2')}`;
  if (s.kind !== 'AssignStmt') return nodeString(s);
  const lhs = exprString(s.lhs, 'types2');
  if (s.rhs === undefined) return `${lhs}${s.op}${s.op}`;
  return `${lhs} ${s.define ? ':=' : `${s.op}=`} ${exprString(s.rhs, 'types2')}`;
}
