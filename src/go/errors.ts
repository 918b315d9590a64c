// Diagnostics in Go's shape: `file:line:col: message`. A SyntaxErr stops the
// parse (gomem reports a file's first syntax error; Go's parser goes on to the
// next line). A TypeErr stops the statement it is found in: the checker
// collects them and ends with an ErrorList, printed as cmd/compile prints its
// errors (base.FlushErrors): sorted by position, duplicates dropped, and after
// the tenth a `too many errors` line. `unsupported` names a Go feature the front
// end does not implement, with its position, instead of guessing.

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

/** cmd/compile stops after this many errors (base.ErrorfAt without -e). */
export const maxErrors = 10;

/**
 * Several errors, in the order found; the message lists them as go build prints
 * them. It is not a TypeErr, so nothing that recovers from one error swallows it.
 */
export class ErrorList extends GoError {
  constructor(readonly errors: GoError[]) {
    const first = errors[0]!;
    // A file sorts where its first error was found: cmd/compile orders
    // positions by their file's PosBase, registered as errors are reported.
    const fileOrder = new Map<string, number>();
    for (const e of errors) if (!fileOrder.has(e.file)) fileOrder.set(e.file, fileOrder.size);
    const sorted = errors
      .map((e, i) => ({ e, i }))
      .sort(
        (a, b) =>
          fileOrder.get(a.e.file)! - fileOrder.get(b.e.file)! ||
          a.e.line - b.e.line ||
          a.e.col - b.e.col ||
          a.i - b.i,
      )
      .map(({ e }) => e.message)
      .filter((m, i, all) => i === 0 || m !== all[i - 1]);
    const last = errors[errors.length - 1]!;
    if (errors.length >= maxErrors) sorted.push(`${fmtPos(last)}: too many errors`);
    super(first.file, first.line, first.col, first.msg);
    this.message = sorted.join('\n');
  }
}

export function typeErr(p: Pos, msg: string): never {
  throw new TypeErr(p.file, p.line, p.col, msg);
}

export function unsupported(p: Pos, feature: string): never {
  throw new TypeErr(p.file, p.line, p.col, `unsupported by gomem: ${feature}`);
}
