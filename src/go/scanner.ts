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
      let j = start;
      // atIdentChar: ASCII letters, digits and '_' quickly; other characters
      // by Unicode class, with Go's errors for a digit first and for a
      // character that is neither (still scanned as part of the name).
      for (let first = true; j < s.length; first = false) {
        const d = s.charCodeAt(j);
        if (d < 0x80) {
          if (!isLetter(d) && !isDigit(d)) break;
          j++;
          continue;
        }
        const ch = String.fromCodePoint(s.codePointAt(j)!);
        if (!unicodeLetter.test(ch)) {
          const col = this.col(j) + this.byteExtra(start, j);
          if (unicodeDigit.test(ch)) {
            if (first) this.err(this.line, col, `identifier cannot begin with digit ${fmtU(ch)}`);
          } else this.err(this.line, col, `invalid character ${fmtU(ch)} in identifier`);
        }
        j += ch.length;
      }
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
    this.err(this.line, this.col(start), `invalid character ${fmtU(ch)}`);
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

  /**
   * number: scanner.go's number, with its errors — a base prefix without
   * digits, a digit the base lacks, a misplaced '_', a radix point in a
   * binary or octal literal, an exponent of the wrong kind or without digits.
   * Only the first error of a literal is reported.
   */
  private number(start: number): Token {
    const s = this.src;
    let j = start;
    let ok = true;
    let kind: LitKind = 'int';
    let base = 10;
    let prefix = '';
    let digsep = 0; // bit 0: a digit, bit 1: a '_'
    let invalid = -1; // index of the first digit the base lacks
    const lower = (k: number) => String.fromCharCode(s.charCodeAt(k) | 0x20);
    const errHere = (msg: string): void => {
      this.err(this.line, this.col(j), msg);
      ok = false;
    };
    const digits = (b: number): void => {
      for (; j < s.length; j++) {
        const c = s.charCodeAt(j);
        if (c === 95) digsep |= 2;
        else if (isDigit(c) || (b === 16 && /[a-fA-F]/.test(s[j]!))) {
          digsep |= 1;
          if (b < 10 && c >= 48 + b && invalid < 0) invalid = j - start;
        } else return;
      }
    };
    let seenPoint = s[j] === '.';
    if (!seenPoint) {
      if (s[j] === '0') {
        j++;
        const p = lower(j);
        if (p === 'x' || p === 'o' || p === 'b') {
          j++;
          prefix = p;
          base = p === 'x' ? 16 : p === 'o' ? 8 : 2;
        } else {
          prefix = '0';
          base = 8;
          digsep = 1;
        }
      }
      digits(base);
      if (s[j] === '.') {
        if (prefix === 'o' || prefix === 'b') errHere(`invalid radix point in ${baseName(base)} literal`);
        seenPoint = true;
      }
    }
    if (seenPoint) {
      j++;
      kind = 'float';
      digits(base);
    }
    if ((digsep & 1) === 0 && ok) errHere(`${baseName(base)} literal has no digits`);
    const e = lower(j);
    if (e === 'e' || e === 'p') {
      if (ok) {
        if (e === 'e' && prefix !== '' && prefix !== '0')
          errHere(`'${s[j]}' exponent requires decimal mantissa`);
        else if (e === 'p' && prefix !== 'x') errHere(`'${s[j]}' exponent requires hexadecimal mantissa`);
      }
      j++;
      kind = 'float';
      if (s[j] === '+' || s[j] === '-') j++;
      const sep = digsep & 2;
      digsep = 0;
      digits(10);
      digsep |= sep;
      if ((digsep & 1) === 0 && ok) errHere('exponent has no digits');
    } else if (prefix === 'x' && kind === 'float' && ok)
      errHere("hexadecimal mantissa requires a 'p' exponent");
    if (s[j] === 'i') {
      kind = 'imag';
      j++;
    }
    const lit = s.slice(start, j);
    if (kind === 'int' && invalid >= 0 && ok) {
      this.err(
        this.line,
        this.col(start + invalid),
        `invalid digit '${lit[invalid]}' in ${baseName(base)} literal`,
      );
      ok = false;
    }
    if ((digsep & 2) !== 0 && ok) {
      const i = invalidSep(lit);
      if (i >= 0) {
        this.err(this.line, this.col(start + i), "'_' must separate successive digits");
        ok = false;
      }
    }
    const t = this.mk('literal', lit, start, kind);
    if (!ok) t.bad = true;
    this.i = j;
    this.nlsemi = true;
    return t;
  }

  /**
   * escape: checks the escape sequence after the backslash at j - 1 and
   * returns where scanning goes on, reporting scanner.go's error for a bad one
   * (scanning then resumes at the offending character, as Go's does).
   */
  private escape(start: number, j: number, quote: string): { next: number; ok: boolean } {
    const s = this.src;
    const c = s[j];
    if (c === undefined) return { next: j, ok: true };
    const at = (k: number) => this.col(k) + this.byteExtra(start, k);
    let n: number;
    let base: number;
    let max: number;
    if (c === quote || 'abfnrtv\\'.includes(c)) return { next: j + 1, ok: true };
    if (c >= '0' && c <= '7') [n, base, max] = [3, 8, 255];
    else if (c === 'x') [n, base, max, j] = [2, 16, 255, j + 1];
    else if (c === 'u') [n, base, max, j] = [4, 16, 0x10ffff, j + 1];
    else if (c === 'U') [n, base, max, j] = [8, 16, 0x10ffff, j + 1];
    else {
      this.err(this.line, at(j), 'unknown escape');
      return { next: j, ok: false };
    }
    let x = 0;
    for (let i = n; i > 0; i--, j++) {
      const ch = s[j];
      if (ch === undefined) return { next: j, ok: true };
      const d = /[0-9]/.test(ch)
        ? ch.charCodeAt(0) - 48
        : /[a-fA-F]/.test(ch)
          ? (ch.charCodeAt(0) | 0x20) - 87
          : base;
      if (d >= base) {
        this.err(this.line, at(j), `invalid character ${quoteRune(ch)} in ${baseName(base)} escape`);
        return { next: j, ok: false };
      }
      x = x * base + d;
    }
    if (x > max && base === 8) {
      this.err(this.line, at(j), `octal escape value ${x} > 255`);
      return { next: j, ok: false };
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      const hex = x.toString(16).toUpperCase().padStart(4, '0');
      this.err(this.line, at(j), `escape is invalid Unicode code point U+${hex}`);
      return { next: j, ok: false };
    }
    return { next: j, ok: true };
  }

  private stdString(start: number): Token {
    const s = this.src;
    let j = start + 1;
    // end is where the literal stops: after its closing quote, or before the
    // newline or EOF that cut it short.
    let end: number;
    let bad = true;
    let escOk = true;
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
      if (s[j] === '\\') {
        const e = this.escape(start, j + 1, '"');
        if (!e.ok) escOk = false;
        j = e.next;
      } else if (s[j] === '"') {
        end = j + 1;
        bad = false;
        break;
      } else j++;
    }
    const t = this.mk('literal', s.slice(start, end), start, 'string');
    t.bad = bad || !escOk;
    this.countExtra(start, end);
    this.i = end;
    this.nlsemi = true;
    return t;
  }

  private rune(start: number): Token {
    const s = this.src;
    let j = start + 1;
    let end: number;
    let ok = true;
    // Characters so far, an escape counting as one; after the first error
    // of a literal Go reports no other.
    for (let n = 0; ; n++) {
      if (j >= s.length) {
        if (ok) this.err(this.line, this.col(start), 'rune literal not terminated');
        ok = false;
        end = s.length;
        break;
      }
      if (s[j] === '\n') {
        if (ok) this.err(this.line, this.col(j) + this.byteExtra(start, j), 'newline in rune literal');
        ok = false;
        end = j;
        break;
      }
      if (s[j] === "'") {
        end = j + 1;
        if (ok && n === 0)
          this.err(this.line, this.col(j) + this.byteExtra(start, j), "empty rune literal or unescaped '");
        else if (ok && n > 1) this.err(this.line, this.col(start), 'more than one character in rune literal');
        if (n !== 1) ok = false;
        break;
      }
      if (s[j] === '\\') {
        const e = this.escape(start, j + 1, "'");
        if (!e.ok) ok = false;
        j = e.next;
      } else j += s.codePointAt(j)! > 0xffff ? 2 : 1;
    }
    const t = this.mk('literal', s.slice(start, end), start, 'rune');
    t.bad = !ok;
    this.countExtra(start, end);
    this.i = end;
    this.nlsemi = true;
    return t;
  }
}

const unicodeLetter = /^\p{L}$/u;
const unicodeDigit = /^\p{Nd}$/u;

/** Go's %#U: U+00B7 '·'. */
function fmtU(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${ch}'`;
}

function baseName(base: number): string {
  return base === 2 ? 'binary' : base === 8 ? 'octal' : base === 10 ? 'decimal' : 'hexadecimal';
}

/** Go's %q of a character: 'x', or its escape for a control character or quote. */
function quoteRune(ch: string): string {
  if (ch === "'") return "'\\''";
  if (ch === '\\') return "'\\\\'";
  const c = ch.codePointAt(0)!;
  if (c === 10) return "'\\n'";
  if (c === 9) return "'\\t'";
  if (c === 13) return "'\\r'";
  if (c < 0x20 || c === 0x7f) return `'\\x${c.toString(16).padStart(2, '0')}'`;
  return `'${ch}'`;
}

/** invalidSep: the index of the first '_' in lit that does not separate two digits, or -1. */
function invalidSep(x: string): number {
  let x1 = ' ';
  let d = '.'; // '_', '0' for a digit, '.' for anything else
  let i = 0;
  // A base prefix counts as a digit.
  if (x.length >= 2 && x[0] === '0') {
    x1 = x[1]!.toLowerCase();
    if (x1 === 'x' || x1 === 'o' || x1 === 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    d = x[i]!;
    if (d === '_') {
      if (p !== '0') return i;
    } else if (/[0-9]/.test(d) || (x1 === 'x' && /[a-fA-F]/.test(d))) d = '0';
    else {
      if (p === '_') return i - 1;
      d = '.';
    }
  }
  return d === '_' ? x.length - 1 : -1;
}
