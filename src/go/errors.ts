// Diagnostics in Go's shape: `file:line:col: message`. A SyntaxErr or TypeErr
// stops processing of the input (gomem reports the first problem, as the issue
// asks for one clear message per problem); `unsupported` names a Go feature the
// front end does not implement, with its position, instead of guessing.

export interface Pos {
  file: string;
  line: number;
  col: number;
}

export function fmtPos(p: Pos): string {
  return `${p.file}:${p.line}:${p.col}`;
}

export class GoError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly col: number,
    readonly msg: string,
  ) {
    // A link error has no position.
    super(file === '' ? msg : `${file}:${line}:${col}: ${msg}`);
    this.name = 'GoError';
  }
}

export class SyntaxErr extends GoError {
  constructor(file: string, line: number, col: number, msg: string) {
    // Go's scanner reports lexical problems without the "syntax error:" prefix.
    const lexical = /^(comment|invalid character|string literal|rune literal|newline in)/.test(msg);
    super(file, line, col, lexical ? msg : `syntax error: ${msg}`);
  }
}

export class TypeErr extends GoError {}

export function typeErr(p: Pos, msg: string): never {
  throw new TypeErr(p.file, p.line, p.col, msg);
}

export function unsupported(p: Pos, feature: string): never {
  throw new TypeErr(p.file, p.line, p.col, `unsupported by gomem: ${feature}`);
}
