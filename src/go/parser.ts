// Recursive-descent parser for Go 1.19 source (without type parameters).
// Mirrors cmd/compile/internal/syntax/parser.go: the same productions
// (fileOrNil, funcDeclOrNil, simpleStmt, pexpr, complitexpr, ...), the same
// `xnest` rule that forbids bare composite literals in control clauses, and
// syntax errors in its words: `unexpected X, expecting Y`. A syntax error is
// recorded and parsing goes on as Go's parser does: the production that found
// it stands in a BadExpr or drops what it could not parse, and advance skips
// to a token that can follow (inside a function also to a statement keyword),
// at the places Go's parser does, so the errors after the first are Go's too.
// `//go:` pragmas directly above a func are kept on the FuncDecl (escape
// analysis reads //go:noescape).
import { checkBranches } from './branches.js';
import { unquote } from './constant.js';
import { ErrorList, GoError, LoadErr, type Pos, reportedErrors, SyntaxErr, unsupported } from './errors.js';
import { exprString, nodeString } from './exprfmt.js';
import { Scanner, type Token } from './scanner.js';
import * as S from './syntax.js';

/**
 * Parses one file. Its errors are appended to errs in the order found: syntax
 * errors, the scanner's, and the ones Go's parser reports without "syntax
 * error" (a bad receiver list, go/defer of a non-call, a body's label and
 * branch errors), after which type checking goes on as cmd/compile's does.
 * Without errs, a file with any error is thrown as one ErrorList. The package
 * clause and imports, which go build reads with go/parser first, throw a
 * GoError in go/parser's words.
 */
export function parseFile(filename: string, src: string, errs?: GoError[]): S.File {
  const own: GoError[] = [];
  const f = new Parser(filename, src, errs ?? own).fileOrNil();
  if (own.length > 0) throw new ErrorList(reportedErrors(own));
  return f;
}

// The statement keywords: inside a function advance stops at them too, as
// they start a statement to resume at (parser.go: stopset).
const stopset = new Set([
  'break',
  'const',
  'continue',
  'defer',
  'fallthrough',
  'for',
  'go',
  'goto',
  'if',
  'return',
  'select',
  'switch',
  'type',
  'var',
]);

class Parser {
  private sc: Scanner;
  private t!: Token;
  private xnest = 0;
  // Function nesting: inside a body advance also stops at statement keywords.
  private fnest = 0;
  // Errors this file reported; a body with one gets no branch check.
  private errcnt = 0;
  private groupId = 0;
  private pragmaLines = new Map<number, string>();
  private prevDeclEnd = 0;

  constructor(
    readonly filename: string,
    src: string,
    private readonly errs: GoError[],
  ) {
    this.sc = new Scanner(src, (line, col, msg) => this.errorAt({ file: filename, line, col }, msg));
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
    if (this.is(tok, lit)) {
      this.next();
      return true;
    }
    return false;
  }
  private is(tok: string, lit?: string): boolean {
    return this.t.tok === tok && (lit === undefined || this.t.lit === lit);
  }
  // kw reports whether the current token is the keyword word.
  private kw(word: string): boolean {
    return this.t.tok === 'keyword' && this.t.lit === word;
  }
  // tokDesc names the current token as Go 1.19's syntaxErrorAt does: names
  // and keywords bare, literals prefixed, punctuation by its spelling.
  private tokDesc(): string {
    const t = this.t;
    switch (t.tok) {
      case 'literal':
        return `literal ${t.lit}`;
      case ',':
        return 'comma';
      default:
        return t.lit;
    }
  }

  private want(tok: string, lit?: string): void {
    if (!this.got(tok, lit)) {
      this.syntaxError(`expecting ${tokstring(lit ?? tok)}`);
      this.advance();
    }
  }

  // gotAssign is got('=') that also takes ':=', with an error, to parse on.
  private gotAssign(): boolean {
    if (this.is('define')) {
      this.syntaxError('expecting =');
      this.next();
      return true;
    }
    return this.got('assignop', '=');
  }

  private errorAt(pos: Pos, msg: string): void {
    this.errcnt++;
    this.errs.push(new GoError(pos.file, pos.line, pos.col, msg));
  }
  private error(msg: string): void {
    this.errorAt(this.pos(), msg);
  }

  // syntaxErrorAt records a syntax error. A message starting "in ", "at ",
  // "after " or "expecting " is completed with the current token, as
  // `unexpected X in ...`; any other is taken as it is.
  private syntaxErrorAt(pos: Pos, msg: string): void {
    // At EOF after an error, whatever is missing follows from that error.
    if (this.t.tok === 'EOF' && this.errcnt > 0) return;
    let text: string;
    if (msg === '') text = `unexpected ${this.tokDesc()}`;
    else if (/^(in|at|after) /.test(msg)) text = `unexpected ${this.tokDesc()} ${msg}`;
    else if (msg.startsWith('expecting ')) text = `unexpected ${this.tokDesc()}, ${msg}`;
    else text = msg;
    this.errcnt++;
    this.errs.push(new SyntaxErr(pos.file, pos.line, pos.col, text));
  }
  private syntaxError(msg: string): void {
    this.syntaxErrorAt(this.pos(), msg);
  }

  // advance skips tokens up to one in followlist (or EOF, or inside a
  // function a statement keyword); with an empty followlist it skips one
  // token, so that the parse makes progress. A follow entry is a token kind,
  // or a keyword by its spelling.
  private advance(...followlist: string[]): void {
    const stops = (t: Token) =>
      t.tok === 'EOF' ||
      followlist.includes(t.tok === 'keyword' ? t.lit : t.tok) ||
      (this.fnest > 0 && t.tok === 'keyword' && stopset.has(t.lit));
    if (followlist.length === 0) {
      if (!this.is('EOF')) this.next();
      return;
    }
    while (!stops(this.t)) this.next();
  }

  private badExpr(): S.BadExpr {
    return { kind: 'BadExpr', pos: this.pos() };
  }

  private name(): S.Name {
    if (this.t.tok === 'name') {
      const n: S.Name = { kind: 'Name', pos: this.pos(), value: this.t.lit };
      this.next();
      return n;
    }
    const n: S.Name = { kind: 'Name', pos: this.pos(), value: '_' };
    this.syntaxError('expecting name');
    this.advance();
    return n;
  }

  // list parses `[ f { sep f } [sep] ] close` and returns where close is.
  // A missing sep skips to a closing token; if that is not close, the list
  // ends there, without looking for close.
  private list(context: string, sep: ',' | ';', close: ')' | ']' | '}', f: () => boolean): Pos {
    let done = false;
    while (!this.is('EOF') && !this.is(close) && !done) {
      done = f();
      if (!this.got(sep) && !this.is(close)) {
        this.syntaxError(`in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`);
        this.advance(')', ']', '}');
        if (!this.is(close)) return this.pos();
      }
    }
    const pos = this.pos();
    this.want(close);
    return pos;
  }

  // appendGroup parses `f | "(" { f ";" } ")"`.
  private appendGroup(f: (grouped: boolean) => void): void {
    if (this.got('(')) {
      this.list('grouped declaration', ';', ')', () => {
        f(true);
        return false;
      });
    } else f(false);
  }

  fileOrNil(): S.File {
    // go build reads the package clause first (go/parser) and words this error its way.
    if (!this.kw('package')) {
      const found = this.t.tok === 'name' || this.t.tok === 'literal' ? this.t.lit : `'${this.t.lit}'`;
      // go build (go/parser) names the file as given, without ./
      const file = this.filename.replace(/^\.\//, '');
      throw new LoadErr(file, this.t.line, this.t.col, `expected 'package', found ${found}`);
    }
    this.next();
    if (!this.is('name')) {
      const file = this.filename.replace(/^\.\//, '');
      const found = this.t.tok === 'literal' || this.t.tok === ';' ? this.t.lit : `'${this.t.lit}'`;
      throw new LoadErr(file, this.t.line, this.t.col, `expected 'IDENT', found ${found}`);
    }
    const pkgName = this.name();
    const decls: S.Decl[] = [];
    this.want(';');
    // Go does not parse past a bad package clause.
    if (this.errcnt > 0) return { filename: this.filename, pkgName, decls };
    while (this.got('keyword', 'import')) {
      this.appendGroup(() => decls.push(this.importDecl()));
      this.want(';');
    }
    while (!this.is('EOF')) {
      if (this.kw('const')) {
        this.next();
        this.constGroup(decls);
      } else if (this.kw('var')) {
        this.next();
        this.appendGroup(() => decls.push(this.varDecl()));
      } else if (this.kw('type')) {
        this.next();
        this.appendGroup(() => decls.push(this.typeDecl()));
      } else if (this.kw('func')) {
        const d = this.funcDeclOrNil();
        if (d !== undefined) decls.push(d);
      } else {
        const last = decls[decls.length - 1];
        if (this.is('{') && last?.kind === 'FuncDecl' && last.body === undefined)
          this.syntaxError('unexpected semicolon or newline before {');
        else this.syntaxError('non-declaration statement outside function body');
        this.advance('const', 'type', 'var', 'func');
        continue;
      }
      this.prevDeclEnd = this.t.line;
      if (!this.is('EOF') && !this.got(';')) {
        this.syntaxError('after top level declaration');
        this.advance('const', 'type', 'var', 'func');
      }
    }
    return { filename: this.filename, pkgName, decls };
  }

  // constGroup parses a const declaration: in a group, a spec without values
  // repeats the previous one's type and values, with its own iota.
  private constGroup(decls: S.Decl[]): void {
    const group: S.Group = { id: ++this.groupId };
    let iota = 0;
    let prev: S.ConstDecl | undefined;
    this.appendGroup((grouped) => {
      const d = this.constDecl(grouped ? group : undefined, iota++, prev);
      prev = d;
      decls.push(d);
    });
  }

  private importDecl(): S.ImportDecl {
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
      throw new LoadErr(
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

  private nameList(first: S.Name): S.Name[] {
    const l = [first];
    while (this.got(',')) l.push(this.name());
    return l;
  }

  private constDecl(group: S.Group | undefined, iota: number, prev: S.ConstDecl | undefined): S.ConstDecl {
    const pos = this.pos();
    const names = this.nameList(this.name());
    let type: S.Expr | undefined;
    let values: S.Expr | undefined;
    if (!this.is('EOF') && !this.is(';') && !this.is(')')) {
      type = this.typeOrNil();
      if (this.gotAssign()) values = this.exprList();
    }
    if (values === undefined && type === undefined && prev !== undefined) {
      type = prev.type;
      values = prev.values;
    }
    return { kind: 'ConstDecl', pos, names, type, values, group, iota };
  }

  private varDecl(): S.VarDecl {
    const pos = this.pos();
    const names = this.nameList(this.name());
    let type: S.Expr | undefined;
    let values: S.Expr | undefined;
    if (this.gotAssign()) values = this.exprList();
    else {
      type = this.type();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: 'VarDecl', pos, names, type, values };
  }

  private typeDecl(): S.TypeDecl {
    const pos = this.pos();
    const name = this.name();
    let alias = false;
    let type: S.Expr | undefined;
    if (this.is('[')) {
      // `type T[P any] ...` vs `type T [N]E`: an array length is an
      // expression closed by ']'; anything after it means type parameters,
      // which gomem does not implement.
      const save = this.pos();
      this.next();
      if (this.got(']')) type = { kind: 'SliceType', pos: save, elem: this.type() };
      else {
        let len: S.Expr | undefined;
        if (!this.got('...')) {
          this.xnest++;
          len = this.expr();
          this.xnest--;
        }
        if (!this.is(']')) unsupported(save, 'type parameters');
        this.next();
        type = { kind: 'ArrayType', pos: save, len, elem: this.type() };
      }
    } else {
      alias = this.gotAssign();
      type = this.typeOrNil();
    }
    if (type === undefined) {
      type = this.badExpr();
      this.syntaxError('in type declaration');
      this.advance(';', ')');
    }
    return { kind: 'TypeDecl', pos, name, alias, type };
  }

  private funcDeclOrNil(): S.FuncDecl | undefined {
    const pos = this.pos();
    const pragmas = new Set<string>();
    // Pragmas apply to the next declaration (syntax.Parser: pragma), blank lines allowed.
    for (let l = pos.line - 1; l > this.prevDeclEnd; l--) {
      const p = this.pragmaLines.get(l);
      if (p !== undefined) pragmas.add(p);
    }
    this.next();
    let recv: S.Field | undefined;
    if (this.got('(')) {
      const ps = this.paramList();
      // Reported at the token after the receiver list, without the syntax error prefix.
      if (ps.length !== 1)
        this.error(ps.length === 0 ? 'method has no receiver' : 'method has multiple receivers');
      recv = ps[0];
    }
    if (!this.is('name')) {
      this.syntaxError('expecting name or (');
      this.advance('{', ';');
      return undefined;
    }
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
    this.fnest++;
    const errcnt = this.errcnt;
    const b = this.blockStmt('');
    this.fnest--;
    this.xnest = save;
    // Go checks a body's branches only when parsing it found no error (parser.go: funcBody).
    if (this.errcnt === errcnt) this.errs.push(...checkBranches(b));
    return b;
  }

  private funcType(pos: Pos): S.FuncType {
    this.want('(');
    const params = this.paramList();
    const results = this.funcResult();
    return { kind: 'FuncType', pos, params, results };
  }

  private funcResult(): S.Field[] {
    if (this.got('(')) return this.paramList();
    const pos = this.pos();
    const t = this.typeOrNil();
    return t === undefined ? [] : [{ pos, name: undefined, type: t }];
  }

  // paramDeclOrNil parses `[name] [...] Type`, or just a name: whether a
  // lone name is a parameter or a type paramList decides from the others.
  private paramDeclOrNil(): { pos: Pos; name: S.Name | undefined; type: S.Expr | undefined } | undefined {
    const pos = this.pos();
    let name: S.Name | undefined;
    if (this.is('name')) {
      name = this.name();
      if (this.is('.')) {
        this.next();
        return { pos, name: undefined, type: { kind: 'SelectorExpr', pos, x: name, sel: this.name() } };
      }
    }
    if (this.is('...')) {
      const dpos = this.pos();
      this.next();
      let elem = this.typeOrNil();
      if (elem === undefined) {
        elem = this.badExpr();
        this.syntaxError('... is missing type');
      }
      return { pos, name, type: { kind: 'DotsType', pos: dpos, elem } };
    }
    const type = this.typeOrNil();
    if (name !== undefined || type !== undefined) return { pos, name, type };
    this.syntaxError('expecting )');
    this.advance(',', ')');
    return undefined;
  }

  // paramList parses a parameter list after its '(': Go decides afterwards
  // whether the leading identifiers were names or types.
  private paramList(): S.Field[] {
    const list: { pos: Pos; name: S.Name | undefined; type: S.Expr | undefined }[] = [];
    let named = 0; // parameters with both a name and a type
    this.list('parameter list', ',', ')', () => {
      const par = this.paramDeclOrNil();
      if (par !== undefined) {
        if (par.name !== undefined && par.type !== undefined) named++;
        list.push(par);
      }
      return false;
    });
    if (named === 0) return list.map((p) => ({ pos: p.pos, name: undefined, type: (p.type ?? p.name)! }));
    if (named === list.length) return list.map((p) => ({ pos: p.pos, name: p.name, type: p.type! }));
    // Named form: a bare name takes the type of the next typed item.
    let errPos: Pos | undefined; // the left-most offending parameter, as Go reports it
    let typ: S.Expr | undefined;
    for (let i = list.length - 1; i >= 0; i--) {
      const par = list[i]!;
      if (par.type !== undefined) {
        typ = par.type;
        if (par.name === undefined) {
          errPos = S.startPos(typ);
          par.name = { kind: 'Name', pos: errPos, value: '_' };
        }
      } else if (typ !== undefined) par.type = typ;
      else {
        errPos = par.name!.pos;
        par.type = { kind: 'BadExpr', pos: errPos };
      }
    }
    if (errPos !== undefined) this.syntaxErrorAt(errPos, 'mixed named and unnamed parameters');
    return list.map((p) => ({ pos: p.pos, name: p.name, type: p.type! }));
  }

  type(): S.Expr {
    const t = this.typeOrNil();
    if (t !== undefined) return t;
    const bad = this.badExpr();
    this.syntaxError('expecting type');
    this.advance(',', ':', ';', ')', ']', '}');
    return bad;
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
        if (!this.got('...')) {
          this.xnest++;
          len = this.expr();
          this.xnest--;
        }
        if (this.is(',')) {
          // A trailing comma belongs in a type parameter list; complain and go on.
          this.syntaxError('unexpected comma; expecting ]');
          this.next();
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
      case 'name':
        return this.qualifiedName();
    }
    return undefined;
  }

  private chanElem(): S.Expr {
    const t = this.typeOrNil();
    if (t !== undefined) return t;
    const bad = this.badExpr();
    // The element type is taken as absent: nothing to skip.
    this.syntaxError('missing channel element type');
    return bad;
  }

  private structType(): S.StructType {
    const pos = this.pos();
    const fields: S.Field[] = [];
    const tags: (string | undefined)[] = [];
    this.want('keyword', 'struct');
    this.want('{');
    this.list('struct type', ';', '}', () => {
      for (const { field, tag } of this.fieldDecl()) {
        fields.push(field);
        tags.push(tag);
      }
      return false;
    });
    return { kind: 'StructType', pos, fields, tags };
  }

  // fieldDecl parses `names Type [tag]` or an embedded `[*]T [tag]`.
  private fieldDecl(): { field: S.Field; tag: string | undefined }[] {
    const pos = this.pos();
    const tagged = (fs: S.Field[]) => {
      const tag = this.oliteral();
      return fs.map((field) => ({ field, tag }));
    };
    switch (this.t.tok) {
      case 'name': {
        const n = this.name();
        if (this.is('.') || this.is('literal') || this.is(';') || this.is('}'))
          return tagged([{ pos, name: undefined, type: this.qualifiedName(n) }]);
        const names = this.nameList(n);
        const t = this.type();
        return tagged(names.map((nm) => ({ pos: nm.pos, name: nm, type: t })));
      }
      case 'star': {
        this.next();
        let t: S.Expr;
        if (this.is('(')) {
          this.syntaxError('cannot parenthesize embedded type');
          this.next();
          t = this.qualifiedName();
          this.got(')');
        } else t = this.qualifiedName();
        return tagged([
          { pos, name: undefined, type: { kind: 'Operation', pos, op: '*', x: t, y: undefined } },
        ]);
      }
      case '(': {
        this.syntaxError('cannot parenthesize embedded type');
        this.next();
        let t: S.Expr;
        if (this.is('star')) {
          const spos = this.pos();
          this.next();
          t = { kind: 'Operation', pos: spos, op: '*', x: this.qualifiedName(), y: undefined };
        } else t = this.qualifiedName();
        this.got(')');
        return tagged([{ pos, name: undefined, type: t }]);
      }
    }
    this.syntaxError('expecting field name or embedded type');
    this.advance(';', '}');
    return [];
  }

  // oliteral takes a literal if one is next (a struct tag).
  private oliteral(): string | undefined {
    if (!this.is('literal')) return undefined;
    const lit = this.t.lit;
    this.next();
    return lit;
  }

  // qualifiedName parses `name` or `pkg.name`, first already parsed if given.
  private qualifiedName(first?: S.Name): S.Expr {
    let x: S.Name;
    if (first !== undefined) x = first;
    else if (this.is('name')) x = this.name();
    else {
      x = { kind: 'Name', pos: this.pos(), value: '_' };
      this.syntaxError('expecting name');
      this.advance('.', ';', '}');
    }
    // A type's selector sits where its package name does (not at the '.' as in an expression).
    if (this.got('.')) return { kind: 'SelectorExpr', pos: x.pos, x, sel: this.name() };
    return x;
  }

  private interfaceType(): S.InterfaceType {
    const pos = this.pos();
    const methods: S.Field[] = [];
    this.want('keyword', 'interface');
    this.want('{');
    this.list('interface type', ';', '}', () => {
      const mpos = this.pos();
      if (this.is('name')) {
        const n = this.name();
        if (this.is('(')) methods.push({ pos: mpos, name: n, type: this.funcType(mpos) });
        else {
          if (this.is('[')) unsupported(this.pos(), 'type parameters');
          methods.push({ pos: mpos, name: undefined, type: this.qualifiedName(n) });
        }
      } else if (this.is('op', '~')) unsupported(mpos, 'type constraints');
      else {
        const t = this.typeOrNil();
        if (t !== undefined) unsupported(mpos, 'type constraints');
        this.syntaxError('expecting ~ term or type');
        this.advance('op', ';', ')', ']', '}');
        methods.push({ pos: mpos, name: undefined, type: { kind: 'BadExpr', pos: mpos } });
      }
      if (this.is('op', '|')) unsupported(this.pos(), 'type constraints');
      return false;
    });
    return { kind: 'InterfaceType', pos, methods };
  }

  // ---- statements

  // blockStmt parses `{ stmts }`; context names what the block belongs to,
  // for the error when its '{' is missing ("" when it is known to be there).
  private blockStmt(context: string): S.BlockStmt {
    const pos = this.pos();
    if (!this.got('{')) {
      this.syntaxError(`expecting { after ${context}`);
      this.advance('name', '}');
      const rbrace = this.pos();
      if (this.got('}')) return { kind: 'BlockStmt', pos, list: [], rbrace };
    }
    const list = this.stmtList();
    const rbrace = this.pos();
    this.want('}');
    return { kind: 'BlockStmt', pos, list, rbrace };
  }

  private stmtList(): S.Stmt[] {
    const list: S.Stmt[] = [];
    while (!this.is('EOF') && !this.is('}') && !this.kw('case') && !this.kw('default')) {
      const s = this.stmtOrNil();
      if (s === undefined) break;
      list.push(s);
      // ";" is optional before "}"
      if (!this.got(';') && !this.is('}')) {
        this.syntaxError('at end of statement');
        this.advance(';', '}', 'case', 'default');
        this.got(';'); // not an empty statement
      }
    }
    return list;
  }

  private declStmt(): S.DeclStmt {
    const pos = this.pos();
    const word = this.t.lit;
    this.next();
    const decls: S.Decl[] = [];
    if (word === 'var') this.appendGroup(() => decls.push(this.varDecl()));
    else if (word === 'type') this.appendGroup(() => decls.push(this.typeDecl()));
    else this.constGroup(decls);
    return { kind: 'DeclStmt', pos, decls };
  }

  private stmtOrNil(): S.Stmt | undefined {
    const pos = this.pos();
    const t = this.t;
    // Most statements start with a name: an assignment, call or label.
    if (t.tok === 'name') {
      const lhs = this.exprList();
      if (lhs.kind === 'Name' && this.is(':')) return this.labeledStmtOrNil(lhs);
      return this.simpleStmt(lhs, '') as S.SimpleStmt;
    }
    switch (t.tok) {
      case ';':
        return { kind: 'EmptyStmt', pos };
      case '{':
        return this.blockStmt('');
      case 'op':
        if (['+', '-', '&', '^', '!'].includes(t.lit)) return this.simpleStmt(undefined, '') as S.SimpleStmt;
        return undefined;
      case 'star':
      case 'literal':
      case '(':
      case '[':
      case 'arrow':
        return this.simpleStmt(undefined, '') as S.SimpleStmt;
      case 'keyword':
        break;
      default:
        return undefined;
    }
    switch (t.lit) {
      case 'var':
      case 'const':
      case 'type':
        return this.declStmt();
      case 'func':
      case 'struct':
      case 'map':
      case 'chan':
      case 'interface':
        return this.simpleStmt(undefined, '') as S.SimpleStmt;
      case 'for':
        return this.forStmt();
      case 'switch':
        return this.switchStmt();
      case 'select':
        return this.selectStmt();
      case 'if':
        return this.ifStmt();
      case 'fallthrough':
        this.next();
        return { kind: 'BranchStmt', pos, tok: 'fallthrough', label: undefined };
      case 'break':
      case 'continue': {
        this.next();
        const label = this.is('name') ? this.name() : undefined;
        return { kind: 'BranchStmt', pos, tok: t.lit, label };
      }
      case 'goto':
        this.next();
        return { kind: 'BranchStmt', pos, tok: 'goto', label: this.name() };
      case 'go':
      case 'defer':
        return this.callStmt();
      case 'return': {
        this.next();
        let results: S.Expr | undefined;
        if (!this.is(';') && !this.is('}')) results = this.exprList();
        return { kind: 'ReturnStmt', pos, results };
      }
    }
    return undefined;
  }

  private labeledStmtOrNil(label: S.Name): S.LabeledStmt | undefined {
    const colon = this.pos();
    this.want(':');
    // A '}' ends an empty statement, whose ';' may be left out before it.
    if (this.is('}'))
      return { kind: 'LabeledStmt', pos: label.pos, label, stmt: { kind: 'EmptyStmt', pos: this.pos() } };
    const s = this.stmtOrNil();
    if (s !== undefined) return { kind: 'LabeledStmt', pos: label.pos, label, stmt: s };
    // Reported at the ':'; what follows is left for the statement list, which
    // then ends, and no labeled statement is made, to avoid follow-on errors.
    this.syntaxErrorAt(colon, 'missing statement after label');
    return undefined;
  }

  // callStmt parses go and defer, which take a call: anything else is
  // reported without the "syntax error:" prefix and taken as a call of it
  // with no arguments, the common mistake of missing parentheses.
  private callStmt(): S.CallStmt {
    const pos = this.pos();
    const tok = this.t.lit as 'go' | 'defer';
    this.next();
    let x = this.pexpr();
    if (x.kind === 'ParenExpr') {
      this.errorAt(x.pos, `expression in ${tok} must not be parenthesized`);
      while (x.kind === 'ParenExpr') x = x.x;
    }
    if (x.kind !== 'CallExpr') {
      this.errorAt(x.pos, `expression in ${tok} must be function call`);
      const fix: S.CallExpr = {
        kind: 'CallExpr',
        pos: x.pos,
        fun: x,
        args: [],
        hasDots: false,
        rparen: x.pos,
      };
      return { kind: 'CallStmt', pos, tok, call: fix };
    }
    return { kind: 'CallStmt', pos, tok, call: x };
  }

  // simpleStmt parses an expression, send, inc/dec, assignment or short
  // variable declaration; after for also `k, v := range x`, after switch also
  // `v := x.(type)`.
  private simpleStmt(
    lhs: S.Expr | undefined,
    keyword: '' | 'for' | 'if' | 'switch',
  ): S.SimpleStmt | S.RangeClause {
    const pos = lhs?.pos ?? this.pos();
    if (keyword === 'for' && this.kw('range')) return this.rangeClause(pos, undefined, false);
    lhs ??= this.exprList();
    const t = this.t;
    if (lhs.kind !== 'ListExpr' && !this.is('assignop', '=') && !this.is('define')) {
      const opos = this.pos();
      switch (t.tok) {
        case 'assignop':
          this.next();
          return {
            kind: 'AssignStmt',
            pos: opos,
            op: t.lit.slice(0, -1),
            lhs,
            rhs: this.expr(),
            define: false,
          };
        case 'incdec':
          this.next();
          return { kind: 'AssignStmt', pos: opos, op: t.lit[0]!, lhs, rhs: undefined, define: false };
        case 'arrow':
          this.next();
          return { kind: 'SendStmt', pos: opos, chan: lhs, value: this.expr() };
        default:
          return { kind: 'ExprStmt', pos, x: lhs };
      }
    }
    if (this.is('assignop', '=') || this.is('define')) {
      const apos = this.pos();
      const define = this.is('define');
      this.next();
      // The range clause sits at its keyword, where Go positions the loop's range.
      if (keyword === 'for' && this.kw('range')) return this.rangeClause(this.pos(), lhs, define);
      const rhs = this.exprList();
      if (rhs.kind === 'TypeSwitchGuard' && keyword === 'switch' && define && lhs.kind === 'Name')
        return { kind: 'ExprStmt', pos: rhs.pos, x: { ...rhs, lhs } };
      return { kind: 'AssignStmt', pos: apos, op: '', lhs, rhs, define };
    }
    this.syntaxError('expecting := or = or comma');
    this.advance(';', '}');
    // Go on with what there is.
    const x = lhs.kind === 'ListExpr' ? lhs.elems[0]! : lhs;
    return { kind: 'ExprStmt', pos: x.pos, x };
  }

  private rangeClause(pos: Pos, lhs: S.Expr | undefined, def: boolean): S.RangeClause {
    this.next(); // range
    return { kind: 'RangeClause', pos, lhs, def, x: this.expr() };
  }

  // header parses the clauses of if, for and switch up to the block.
  private header(keyword: 'if' | 'for' | 'switch'): {
    init: S.SimpleStmt | S.RangeClause | undefined;
    cond: S.Expr | undefined;
    post: S.SimpleStmt | undefined;
  } {
    this.next(); // keyword
    let init: S.SimpleStmt | S.RangeClause | undefined;
    let cond: S.Expr | undefined;
    let post: S.SimpleStmt | undefined;
    if (this.is('{')) {
      if (keyword === 'if') {
        this.syntaxError('missing condition in if statement');
        cond = this.badExpr();
      }
      return { init, cond, post };
    }
    const outer = this.xnest;
    this.xnest = -1;
    if (!this.is(';')) {
      // A var declaration is parsed as the init it should have been.
      if (this.got('keyword', 'var'))
        this.syntaxError(`var declaration not allowed in ${keyword} initializer`);
      init = this.simpleStmt(undefined, keyword);
      if (init.kind === 'RangeClause') {
        this.xnest = outer;
        return { init, cond, post };
      }
    }
    let condStmt: S.SimpleStmt | S.RangeClause | undefined;
    let semi: { pos: Pos; lit: string } | undefined;
    if (!this.is('{')) {
      if (this.is(';')) {
        semi = { pos: this.pos(), lit: this.t.lit };
        this.next();
      } else {
        // Asking for '{' rather than ';' gives the better message.
        this.want('{');
        if (!this.is('{')) this.advance('{', '}');
      }
      if (keyword === 'for') {
        let noCond = false;
        if (!this.is(';')) {
          if (this.is('{')) {
            this.syntaxError('expecting for loop condition');
            noCond = true;
          } else condStmt = this.simpleStmt(undefined, '');
        }
        if (!noCond) {
          this.want(';');
          if (!this.is('{')) {
            post = this.simpleStmt(undefined, '') as S.SimpleStmt;
            if (post.kind === 'AssignStmt' && post.define)
              this.syntaxErrorAt(post.pos, 'cannot declare in post statement of for loop');
          }
        }
      } else if (!this.is('{')) condStmt = this.simpleStmt(undefined, keyword);
    } else {
      condStmt = init;
      init = undefined;
    }
    if (condStmt === undefined) {
      if (keyword === 'if' && semi !== undefined) {
        if (semi.lit !== 'semicolon')
          this.syntaxErrorAt(semi.pos, `unexpected ${semi.lit}, expecting { after if clause`);
        else this.syntaxErrorAt(semi.pos, 'missing condition in if statement');
        cond = { kind: 'BadExpr', pos: semi.pos };
      }
    } else if (condStmt.kind === 'ExprStmt') cond = condStmt.x;
    else {
      // '=' written for '==' makes an assignment of a condition: say so.
      this.syntaxErrorAt(condStmt.pos, `cannot use ${stmtText(condStmt)} as value`);
    }
    this.xnest = outer;
    return { init, cond, post };
  }

  private ifStmt(): S.IfStmt {
    const pos = this.pos();
    const h = this.header('if');
    const then = this.blockStmt('if clause');
    let els: S.IfStmt | S.BlockStmt | undefined;
    if (this.got('keyword', 'else')) {
      if (this.kw('if')) els = this.ifStmt();
      else if (this.is('{')) els = this.blockStmt('');
      else {
        this.syntaxError('else must be followed by if or statement block');
        this.advance('name', '}');
      }
    }
    const cond = h.cond ?? { kind: 'BadExpr', pos };
    return { kind: 'IfStmt', pos, init: h.init as S.SimpleStmt | undefined, cond, then, else: els };
  }

  private forStmt(): S.ForStmt {
    const pos = this.pos();
    const h = this.header('for');
    const body = this.blockStmt('for clause');
    return { kind: 'ForStmt', pos, init: h.init, cond: h.cond, post: h.post, body };
  }

  private switchStmt(): S.SwitchStmt {
    const pos = this.pos();
    const h = this.header('switch');
    if (!this.got('{')) {
      this.syntaxError('missing { after switch clause');
      this.advance('case', 'default', '}');
    }
    const body: S.CaseClause[] = [];
    while (!this.is('EOF') && !this.is('}')) body.push(this.caseClause());
    this.want('}');
    return { kind: 'SwitchStmt', pos, init: h.init as S.SimpleStmt | undefined, tag: h.cond, body };
  }

  private selectStmt(): S.SelectStmt {
    const pos = this.pos();
    this.next();
    if (!this.got('{')) {
      this.syntaxError('missing { after select clause');
      this.advance('case', 'default', '}');
    }
    const body: S.CommClause[] = [];
    while (!this.is('EOF') && !this.is('}')) body.push(this.commClause());
    this.want('}');
    return { kind: 'SelectStmt', pos, body };
  }

  private caseClause(): S.CaseClause {
    const pos = this.pos();
    let cases: S.Expr | undefined;
    if (this.got('keyword', 'case')) cases = this.exprList();
    else if (!this.got('keyword', 'default')) {
      this.syntaxError('expecting case or default or }');
      this.advance(':', 'case', 'default', '}');
    }
    this.want(':');
    return { kind: 'CaseClause', pos, cases, body: this.stmtList() };
  }

  private commClause(): S.CommClause {
    const pos = this.pos();
    let comm: S.SimpleStmt | undefined;
    if (this.got('keyword', 'case')) comm = this.simpleStmt(undefined, '') as S.SimpleStmt;
    else if (!this.got('keyword', 'default')) {
      this.syntaxError('expecting case or default or }');
      this.advance(':', 'case', 'default', '}');
    }
    this.want(':');
    return { kind: 'CommClause', pos, comm, body: this.stmtList() };
  }

  // ---- expressions

  private exprList(): S.Expr {
    const pos = this.pos();
    const x = this.expr();
    if (!this.is(',')) return x;
    const elems = [x];
    while (this.got(',')) elems.push(this.expr());
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
        // Already past it: nothing to skip.
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
        return t.bad
          ? { kind: 'BasicLit', pos, value: t.lit, litKind: t.litKind!, bad: true }
          : { kind: 'BasicLit', pos, value: t.lit, litKind: t.litKind! };
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
    }
    const bad = this.badExpr();
    this.syntaxError('expecting expression');
    this.advance(')', ']', '}');
    return bad;
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
          } else if (this.got('(')) {
            if (this.got('keyword', 'type')) x = { kind: 'TypeSwitchGuard', pos, lhs: undefined, x };
            else x = { kind: 'AssertExpr', pos, x, type: this.type() };
            this.want(')');
          } else {
            this.syntaxError('expecting name or (');
            this.advance(';', ')');
          }
          continue;
        }
        case '[': {
          this.next();
          if (this.is(']')) {
            // An empty index: complain and go on.
            this.syntaxError('expecting operand');
            this.next();
            continue;
          }
          this.xnest++;
          const idx: (S.Expr | undefined)[] = [undefined, undefined, undefined];
          if (!this.is(':')) {
            idx[0] = this.expr();
            if (this.is(',')) unsupported(this.pos(), 'generic instantiation');
            if (this.is(']')) {
              this.want(']');
              this.xnest--;
              x = { kind: 'IndexExpr', pos, x, index: idx[0] };
              continue;
            }
          }
          let full = false;
          // Not want(':'): the message names all that could follow the index.
          if (!this.got(':')) {
            this.syntaxError('expecting comma, : or ]');
            this.advance(',', ':', ']');
          }
          if (!this.is(':') && !this.is(']')) idx[1] = this.expr();
          if (this.is(':')) {
            full = true;
            if (idx[1] === undefined) {
              this.error('middle index required in 3-index slice');
              idx[1] = this.badExpr();
            }
            this.next();
            if (!this.is(']')) idx[2] = this.expr();
            else {
              this.error('final index required in 3-index slice');
              idx[2] = this.badExpr();
            }
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
          const rparen = this.list('argument list', ',', ')', () => {
            args.push(this.expr());
            hasDots = this.got('...');
            return hasDots;
          });
          this.xnest--;
          x = { kind: 'CallExpr', pos, fun: x, args, hasDots, rparen };
          continue;
        }
        case '{': {
          let u = x;
          while (u.kind === 'ParenExpr') u = u.x;
          const isType =
            u.kind === 'ArrayType' ||
            u.kind === 'SliceType' ||
            u.kind === 'StructType' ||
            u.kind === 'MapType';
          const isName = u.kind === 'Name' || u.kind === 'SelectorExpr';
          if (!isType && !(isName && this.xnest >= 0)) return x;
          // Already past the type: nothing to skip.
          if (u !== x) this.syntaxError('cannot parenthesize type in composite literal');
          x = this.complitexpr(x);
          continue;
        }
      }
      return x;
    }
  }

  private complitexpr(type: S.Expr | undefined): S.CompositeLit {
    const pos = this.pos();
    this.xnest++;
    this.want('{');
    const elems: S.Expr[] = [];
    let nKeys = 0;
    const rbrace = this.list('composite literal', ',', '}', () => {
      let e = this.bare();
      if (this.is(':')) {
        const kpos = this.pos();
        this.next();
        e = { kind: 'KeyValueExpr', pos: kpos, key: e, value: this.bare() };
        nKeys++;
      }
      elems.push(e);
      return false;
    });
    this.xnest--;
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

// stmtText writes a simple statement as syntax.String does, for "cannot use
// ... as value"; a plain assignment, most likely '=' written for '==', has
// its sides parenthesized to show the '='.
function stmtText(s: S.SimpleStmt | S.RangeClause): string {
  if (s.kind === 'RangeClause') return `range ${exprString(s.x, 'types2')}`;
  if (s.kind !== 'AssignStmt') return nodeString(s);
  const lhs = exprString(s.lhs, 'types2');
  if (s.rhs === undefined) return `${lhs}${s.op}${s.op}`;
  const rhs = exprString(s.rhs, 'types2');
  if (!s.define && s.op === '') return `assignment (${lhs}) = (${rhs})`;
  return `${lhs} ${s.define ? ':=' : `${s.op}=`} ${rhs}`;
}
