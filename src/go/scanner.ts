// Go lexical scanner. Mirrors cmd/compile/internal/syntax/scanner.go: one token
// at a time, automatic semicolon insertion at newlines and EOF after the tokens
// the spec lists, comments skipped. Positions are 1-based line and byte column,
// as Go reports them. A newline-inserted semicolon carries the literal "newline"
// (and "EOF" at end of input) so syntax errors can say `unexpected newline`.
// A lexical error is handed to the parser's handler and scanning goes on, as
// Go's scanner does: a bad character is skipped, an unterminated literal ends
// at the newline or at EOF and still counts as a literal.

export type Tok =
  | 'EOF'
  | 'name'
  | 'literal'
  | 'op' // binary/unary operator in `op` (+ - * / % & | ^ << >> &^ && || == != < <= > >= ! <-)
  | 'assignop' // op= forms, and `=` itself with op ''
  | 'define'
  | 'incdec'
  | 'arrow'
  | 'star'
  | '('
  | '['
  | '{'
  | ')'
  | ']'
  | '}'
  | ','
  | ';'
  | ':'
  | '.'
  | '...'
  | 'keyword';

export type LitKind = 'int' | 'float' | 'imag' | 'rune' | 'string';

export interface Token {
  tok: Tok;
  lit: string; // identifier text, literal source text, keyword, operator, or "newline"/"EOF" for ';'
  litKind: LitKind | undefined;
  bad?: boolean; // a literal with a lexical error, already reported
  line: number;
  col: number;
  offset: number;
}

const keywords = new Set([
  'break',
  'case',
  'chan',
  'const',
  'continue',
  'default',
  'defer',
  'else',
  'fallthrough',
  'for',
  'func',
  'go',
  'goto',
  'if',
  'import',
  'interface',
  'map',
  'package',
  'range',
  'return',
  'select',
  'struct',
  'switch',
  'type',
  'var',
]);

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 0x80;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export class Scanner {
  private i = 0;
  private line = 1;
  private lineStart = 0;
  private nlsemi = false;
  private readonly src: string;
  // Byte column: Go counts bytes, the source is a JS string, so non-ASCII
  // characters before the column on the same line add their extra UTF-8 bytes.
  private extraBytes = 0;

  constructor(
    src: string,
    private readonly errh: (line: number, col: number, msg: string) => void,
  ) {
    // A leading byte order mark is not part of the source (scanner.go).
    this.src = src.charCodeAt(0) === 0xfeff ? src.slice(1) : src;
  }

  private col(at: number): number {
    return at - this.lineStart + 1 + this.extraBytes;
  }

  private err(line: number, col: number, msg: string): void {
    this.errh(line, col, msg);
  }

  private newline(at: number): void {
    this.line++;
    this.lineStart = at + 1;
    this.extraBytes = 0;
  }

  next(): Token {
    const s = this.src;
    for (;;) {
      // skip whitespace and comments
      while (this.i < s.length) {
        const c = s.charCodeAt(this.i);
        if (c === 10) {
          if (this.nlsemi) {
            this.nlsemi = false;
            const t = this.mk(';', 'newline', this.i);
            this.newline(this.i);
            this.i++;
            return t;
          }
          this.newline(this.i);
          this.i++;
        } else if (c === 32 || c === 9 || c === 13) {
          this.i++;
        } else if (c === 47 && s.charCodeAt(this.i + 1) === 47) {
          const end = s.indexOf('\n', this.i);
          this.i = end < 0 ? s.length : end;
        } else if (c === 47 && s.charCodeAt(this.i + 1) === 42) {
          const start = this.i;
          const sl = this.line;
          const sc = this.col(start);
          let end = s.indexOf('*/', this.i + 2);
          if (end < 0) {
            this.err(sl, sc, 'comment not terminated');
            end = s.length;
          }
          let hadNL = false;
          for (let j = start; j < end; j++) {
            if (s.charCodeAt(j) === 10) {
              hadNL = true;
              this.newline(j);
            }
          }
          this.i = end + 2;
          if (hadNL && this.nlsemi) {
            this.nlsemi = false;
            return { tok: ';', lit: 'newline', litKind: undefined, line: sl, col: sc, offset: start };
          }
        } else if (c >= 0x80) {
          // Non-ASCII whitespace is not Go whitespace; fall through to token scan.
          break;
        } else break;
      }
      if (this.i >= s.length) {
        if (this.nlsemi) {
          this.nlsemi = false;
          return this.mk(';', 'EOF', this.i);
        }
        return this.mk('EOF', 'EOF', this.i);
      }
      const t = this.token();
      if (t !== undefined) return t;
    }
  }

  private mk(tok: Tok, lit: string, at: number, litKind?: LitKind): Token {
    return { tok, lit, litKind, line: this.line, col: this.col(at), offset: at };
  }

  // token scans the token at i, or skips an invalid character and returns undefined.
  private token(): Token | undefined {
    const s = this.src;
    const start = this.i;
    const c = s.charCodeAt(start);
    this.nlsemi = false;
    if (isLetter(c)) {
      let j = start + 1;
      while (j < s.length && (isLetter(s.charCodeAt(j)) || isDigit(s.charCodeAt(j)))) j++;
      const word = s.slice(start, j);
      const t = this.mk(keywords.has(word) ? 'keyword' : 'name', word, start);
      this.countExtra(start, j);
      this.i = j;
      if (
        t.tok === 'name' ||
        word === 'break' ||
        word === 'continue' ||
        word === 'fallthrough' ||
        word === 'return'
      )
        this.nlsemi = true;
      return t;
    }
    if (isDigit(c) || (c === 46 && isDigit(s.charCodeAt(start + 1)))) return this.number(start);
    switch (c) {
      case 34:
        return this.stdString(start);
      case 96: {
        let end = s.indexOf('`', start + 1);
        const bad = end < 0;
        if (bad) {
          this.err(this.line, this.col(start), 'string not terminated');
          end = s.length - 1;
        }
        const t = this.mk('literal', s.slice(start, end + 1), start, 'string');
        t.bad = bad;
        for (let j = start; j < end; j++) if (s.charCodeAt(j) === 10) this.newline(j);
        this.i = end + 1;
        this.nlsemi = true;
        return t;
      }
      case 39:
        return this.rune(start);
    }
    const two = s.slice(start, start + 2);
    const three = s.slice(start, start + 3);
    const op = (tok: Tok, lit: string, nlsemi = false): Token => {
      const t = this.mk(tok, lit, start);
      this.i = start + (tok === ';' ? 1 : lit.length);
      this.nlsemi = nlsemi;
      return t;
    };
    if (three === '...') return op('...', '...');
    if (three === '<<=' || three === '>>=' || three === '&^=') return op('assignop', three);
    if (two === '&^') return op('op', '&^');
    if (two === ':=') return op('define', ':=');
    if (two === '++' || two === '--') return op('incdec', two, true);
    if (two === '<-') return op('arrow', '<-');
    if (two === '&&' || two === '||' || two === '==' || two === '!=' || two === '<=' || two === '>=')
      return op('op', two);
    if (two === '<<' || two === '>>') return op('op', two);
    if (/^[+\-*/%&|^]=$/.test(two)) return op('assignop', two);
    switch (s[start]) {
      case '(':
        return op('(', '(');
      case '[':
        return op('[', '[');
      case '{':
        return op('{', '{');
      case ')':
        return op(')', ')', true);
      case ']':
        return op(']', ']', true);
      case '}':
        return op('}', '}', true);
      case ',':
        return op(',', ',');
      case ';':
        return op(';', 'semicolon');
      case ':':
        return op(':', ':');
      case '.':
        return op('.', '.');
      case '=':
        return op('assignop', '=');
      case '*':
        return op('star', '*');
      case '+':
      case '-':
      case '/':
      case '%':
      case '&':
      case '|':
      case '^':
      case '<':
      case '>':
      case '!':
      case '~':
        return op('op', s[start]!);
    }
    const ch = String.fromCodePoint(s.codePointAt(start)!);
    this.err(
      this.line,
      this.col(start),
      `invalid character U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${ch}'`,
    );
    this.countExtra(start, start + ch.length);
    this.i = start + ch.length;
    return undefined;
  }

  private countExtra(from: number, to: number): void {
    this.extraBytes += this.byteExtra(from, to);
  }

  // byteExtra is how many more UTF-8 bytes than UTF-16 units src[from:to] has.
  private byteExtra(from: number, to: number): number {
    let n = 0;
    for (let j = from; j < to; j++) {
      const c = this.src.charCodeAt(j);
      if (c >= 0x80) {
        if (c < 0x800) n += 1;
        else if (c >= 0xd800 && c <= 0xdbff) {
          n += 2; // 4 UTF-8 bytes over two UTF-16 units
        } else if (c >= 0xdc00 && c <= 0xdfff) {
          // low surrogate: counted with its high half
        } else n += 2;
      }
    }
    return n;
  }

  private number(start: number): Token {
    const s = this.src;
    let j = start;
    let kind: LitKind = 'int';
    const lower = (k: number) => s.charCodeAt(k) | 0x20;
    if (s[j] === '0' && (lower(j + 1) === 120 || lower(j + 1) === 98 || lower(j + 1) === 111)) {
      const hex = lower(j + 1) === 120;
      j += 2;
      while (j < s.length && (/[0-9a-fA-F_]/.test(s[j]!) || (hex && s[j] === '.'))) {
        if (s[j] === '.') kind = 'float';
        j++;
      }
      if (hex && (s[j] === 'p' || s[j] === 'P')) {
        kind = 'float';
        j++;
        if (s[j] === '+' || s[j] === '-') j++;
        while (j < s.length && (isDigit(s.charCodeAt(j)) || s[j] === '_')) j++;
      }
    } else {
      while (j < s.length && (isDigit(s.charCodeAt(j)) || s[j] === '_')) j++;
      if (s[j] === '.') {
        kind = 'float';
        j++;
        while (j < s.length && (isDigit(s.charCodeAt(j)) || s[j] === '_')) j++;
      }
      if (s[j] === 'e' || s[j] === 'E') {
        kind = 'float';
        j++;
        if (s[j] === '+' || s[j] === '-') j++;
        while (j < s.length && (isDigit(s.charCodeAt(j)) || s[j] === '_')) j++;
      }
    }
    if (s[j] === 'i') {
      kind = 'imag';
      j++;
    }
    const t = this.mk('literal', s.slice(start, j), start, kind);
    this.i = j;
    this.nlsemi = true;
    return t;
  }

  private stdString(start: number): Token {
    const s = this.src;
    let j = start + 1;
    // end is where the literal stops: after its closing quote, or before the
    // newline or EOF that cut it short.
    let end: number;
    let bad = true;
    for (;;) {
      if (j >= s.length) {
        this.err(this.line, this.col(start), 'string not terminated');
        end = s.length;
        break;
      }
      if (s[j] === '\n') {
        this.err(this.line, this.col(j) + this.byteExtra(start, j), 'newline in string');
        end = j;
        break;
      }
      if (s[j] === '\\') j += 2;
      else if (s[j] === '"') {
        end = j + 1;
        bad = false;
        break;
      } else j++;
    }
    const t = this.mk('literal', s.slice(start, end), start, 'string');
    t.bad = bad;
    this.countExtra(start, end);
    this.i = end;
    this.nlsemi = true;
    return t;
  }

  private rune(start: number): Token {
    const s = this.src;
    let j = start + 1;
    let end: number;
    let bad = true;
    let n = 0; // characters so far, an escape counting as one
    for (;;) {
      if (j >= s.length) {
        this.err(this.line, this.col(start), 'rune literal not terminated');
        end = s.length;
        break;
      }
      if (s[j] === '\n') {
        this.err(this.line, this.col(j) + this.byteExtra(start, j), 'newline in rune literal');
        end = j;
        break;
      }
      if (s[j] === "'") {
        end = j + 1;
        if (n === 0)
          this.err(this.line, this.col(j) + this.byteExtra(start, j), "empty rune literal or unescaped '");
        else if (n > 1) this.err(this.line, this.col(start), 'more than one character in rune literal');
        else bad = false;
        break;
      }
      n++;
      if (s[j] === '\\') j += 2 + (escapeDigits[s[j + 1]!] ?? 0);
      else j += s.codePointAt(j)! > 0xffff ? 2 : 1;
    }
    const t = this.mk('literal', s.slice(start, end), start, 'rune');
    t.bad = bad;
    this.countExtra(start, end);
    this.i = end;
    this.nlsemi = true;
    return t;
  }
}

// How many digits follow an escape's letter (or its first octal digit).
const escapeDigits: Record<string, number> = {
  x: 2,
  u: 4,
  U: 8,
  0: 2,
  1: 2,
  2: 2,
  3: 2,
  4: 2,
  5: 2,
  6: 2,
  7: 2,
};
