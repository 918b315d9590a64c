// The Go front end's entry point: parse Go files, type-check them as one
// package, run escape analysis, and return both the -m diagnostics (sorted as
// base.FlushErrors sorts them: by file, line, column, stably) and the
// decisions as data for the runner.
import { elidedBoundsChecks } from './bounded.js';
import { Checker } from './check.js';
import {
  ErrorList,
  fmtPos,
  GoError,
  hasSyntaxError,
  LoadErr,
  reportedErrors,
  TypeErr,
  typeErr,
  unknownPos,
} from './errors.js';
import { analyze, type Diagnostic, type EscapeResult } from './escape/escape.js';
import { pkgInit } from './escape/init.js';
import type { Leaks } from './escape/leaks.js';
import { setImports } from './exprfmt.js';
import { parseFile } from './parser.js';
import { stdlibSources } from './stdlib.js';
import type * as S from './syntax.js';
import { type FuncInfo, type Package, Scope } from './types.js';
import { universe, unsafePkg } from './universe.js';

export { GoError, LoadErr } from './errors.js';
export type { AllocSite, Diagnostic, EscapeResult } from './escape/escape.js';

export interface Program {
  pkg: Package;
  files: S.File[];
  escape: EscapeResult;
}

export interface SourceFile {
  name: string;
  src: string;
}

const stubs = new Map<string, Package>();
const stubTags = new WeakMap<FuncInfo, Leaks[]>();

function importer(path: string, pos: import('./errors.js').Pos): Package {
  if (path === 'unsafe') return unsafePkg;
  const cached = stubs.get(path);
  if (cached !== undefined) return cached;
  const src = stdlibSources[path];
  if (src === undefined) typeErr(pos, `package ${path} is not in gomem's standard library`);
  const file = parseFile(`$GOROOT/src/${path}/stub.go`, src);
  const pkg: Package = { path, name: file.pkgName.value, scope: new Scope(universe), stub: true, funcs: [] };
  stubs.set(path, pkg);
  const c = new Checker(pkg, importer);
  c.setFiles([file]);
  c.checkFiles([file]);
  analyze(pkg.funcs, stubTags, 0, newResult());
  return pkg;
}

export interface CompileOptions {
  // Accept function declarations without bodies, as `go tool compile` does (Go's test harness runs it so).
  allowBodyless?: boolean;
  // The -m level: 1 (default) reports decisions, 2 adds the explanations.
  m?: number;
}

// compile checks and analyses the files; syntax and type errors are thrown as a GoError (an ErrorList for several).
export function compile(files: SourceFile[], opts: CompileOptions = {}): Program {
  // The errors the parser reported, of every file: cmd/compile parses all
  // files and stops after a syntax error in any; other errors of the parser
  // are listed with the type errors.
  const parseErrs: GoError[] = [];
  let parsed: S.File[];
  try {
    parsed = files.map((f) => parseFile(f.name, f.src, parseErrs));
  } catch (e) {
    // A package clause or import go build's loader rejects is all it prints.
    // A feature gomem lacks, found while parsing, is listed after the errors
    // before it, unless there are syntax errors, which are all Go prints.
    if (!(e instanceof TypeErr) || parseErrs.length === 0) throw e;
    if (hasSyntaxError(parseErrs)) throw new ErrorList(reportedErrors(parseErrs));
    throw new ErrorList(reportedErrors([...parseErrs, e]));
  }
  if (hasSyntaxError(parseErrs)) throw new ErrorList(reportedErrors(parseErrs));
  const first = parsed[0]!;
  const pkg: Package = {
    path: 'main',
    name: first.pkgName.value,
    scope: new Scope(universe),
    stub: false,
    funcs: [],
  };
  const c = new Checker(pkg, importer);
  c.allowBodyless = opts.allowBodyless ?? false;
  c.setFiles(parsed);
  c.checkFiles(parsed, parseErrs);
  const result = newResult();
  // Functions in source order, as Go visits typecheck.Target.Decls.
  const fileIndex = new Map(parsed.map((f, i) => [f.filename, i]));
  const order = (a: FuncInfo, b: FuncInfo) =>
    fileIndex.get(a.pos.file)! - fileIndex.get(b.pos.file)! ||
    a.pos.line - b.pos.line ||
    a.pos.col - b.pos.col;
  pkg.funcs.sort(order);
  setImports(
    new Set(parsed.flatMap((f) => f.decls.flatMap((d) => (d.kind === 'ImportDecl' ? [d.path] : [])))),
  );
  analyze(pkg.funcs, stubTags, opts.m ?? 1, result);
  // The package's init function comes after every other, as Go appends it to
  // the declarations last.
  const init = pkgInit(pkg, parsed, (f) => f.info);
  if (init !== undefined) analyze([init], stubTags, opts.m ?? 1, result);
  // Walk's reports come after escape analysis's, function by function.
  result.diagnostics.push(...elidedBoundsChecks(pkg.funcs));
  // -m flushes each message as it is produced, so the output is in emission
  // order: devirtualizations first (their pass precedes escape analysis),
  // then escape analysis batch by batch. The devirtualization pass goes
  // through typecheck.Target.Decls, where irgen puts a function once it has
  // built its body, after the closures built with it (each once its own body
  // is built, so inner ones first), and the closures of package-level
  // initializers, built before any function body, ahead of all functions;
  // the package's init function (pkginit.MakeInit) comes last.
  const declIndex = new Map<FuncInfo, number>();
  const declare = (f: FuncInfo): void => {
    for (const c of f.closures) declare(c);
    declIndex.set(f, declIndex.size);
  };
  for (const f of pkg.funcs) if (f.decl.kind === 'FuncLit') declare(f);
  for (const f of pkg.funcs) if (f.decl.kind !== 'FuncLit') declare(f);
  const devirt = result.devirtualized
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        (declIndex.get(a.d.fn) ?? declIndex.size) - (declIndex.get(b.d.fn) ?? declIndex.size) || a.i - b.i,
    );
  result.diagnostics = [...devirt.map(({ d }) => ({ pos: d.pos, msg: d.msg })), ...result.diagnostics];
  return { pkg, files: parsed, escape: result };
}

// link reports what go build's link step would: package main needs func
// main. It comes after compiling, so -m output is printed first, as go build does.
export function link(prog: Program): void {
  const main = prog.pkg.scope.elems.get('main');
  if (prog.pkg.name === 'main' && main?.kind !== 'func') {
    throw new GoError('', 0, 0, 'runtime.main_main·f: function main is undeclared in the main package');
  }
}

function newResult(): EscapeResult {
  return {
    diagnostics: [],
    devirtualized: [],
    heapVars: new Set(),
    capturedByRef: new Set(),
    sites: [],
  };
}

// A compiler message at an unknown position has none (base.addErrorMsg).
export function formatDiagnostic(d: Diagnostic): string {
  return d.pos === unknownPos && !d.explanation ? d.msg : `${fmtPos(d.pos)}: ${d.msg}`;
}

/**
 * What go build and go run print for a build that failed, and their exit
 * status: the errors under the package's header, status 2; an error of the
 * package clause or an import, found by the go command before compiling,
 * alone, status 1.
 */
export function buildFailure(e: GoError): { text: string; status: number } {
  if (e instanceof LoadErr) return { text: `${e.message}\n`, status: 1 };
  return { text: `# command-line-arguments\n${e.message}\n`, status: 2 };
}

export function isGoError(e: unknown): e is GoError {
  return e instanceof Error && e.name === 'GoError';
}
