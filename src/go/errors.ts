// Diagnostics in Go's shape: `file:line:col: message`. The parser records
// its errors and parses on; a file with a syntax error is not type checked,
// and go build prints what it found (reportedErrors picks them as
// cmd/compile's base.ErrorfAt does). A TypeErr stops the statement it is found
// in: the checker collects them and ends with an ErrorList, printed as
// cmd/compile prints its errors (base.FlushErrors): sorted by position,
// duplicates dropped, and after the tenth a `too many errors` line.
// `unsupported` names a Go feature the front end does not implement, with its
// position, instead of guessing.

export interface Pos {
  file: string;
  line: number;
  col: number;
}

/** Where cmd/compile stands before anything has set its position (src.NoXPos). */
export const unknownPos: Pos = { file: '', line: 0, col: 0 };

export function fmtPos(p: Pos): string {
  return p === unknownPos ? '<unknown line number>' : `${p.file}:${p.line}:${p.col}`;
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
    super(file, line, col, `syntax error: ${msg}`);
  }
}

export class TypeErr extends GoError {}

/**
 * An error of the package clause or an import, which the go command reads
 * with go/parser before compiling and reports in go/parser's words: printed
 * alone, without the package's `# command-line-arguments` header, and go
 * build and go run exit with status 1.
 */
export class LoadErr extends GoError {}

/**
 * An operand whose error the parser reported (a bad literal, types2's
 * BasicLit.Bad): it fails its statement like a type error, with nothing more
 * to print.
 */
export class ReportedErr extends TypeErr {}

/** cmd/compile stops after this many errors (base.ErrorfAt without -e). */
export const maxErrors = 10;

function isSyntaxError(e: GoError): boolean {
  return e.msg.startsWith('syntax error');
}

/** Whether errs, as the parser reported them, has a syntax error: then compilation stops after parsing. */
export function hasSyntaxError(errs: GoError[]): boolean {
  return errs.some(isSyntaxError);
}

/**
 * The errors cmd/compile keeps of those reported, in the order reported
 * (base.ErrorfAt): a syntax error on the line of the previous syntax error is
 * dropped, whatever it says, since one mistake tends to confuse the parser
 * for the rest of its line; another error is dropped when it repeats the
 * previous one's message on its line; and the tenth kept is the last.
 */
export function reportedErrors(errs: GoError[]): GoError[] {
  const kept: GoError[] = [];
  let lastSyntax: GoError | undefined;
  let lastOther: GoError | undefined;
  const sameLine = (a: GoError | undefined, b: GoError) =>
    a !== undefined && a.file === b.file && a.line === b.line;
  for (const e of errs) {
    if (isSyntaxError(e)) {
      if (sameLine(lastSyntax, e)) continue;
      lastSyntax = e;
    } else {
      if (sameLine(lastOther, e) && lastOther!.msg === e.msg) continue;
      lastOther = e;
    }
    kept.push(e);
    if (kept.length >= maxErrors) break;
  }
  return kept;
}

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
