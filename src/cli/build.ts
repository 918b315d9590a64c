// `gomem build [-m [-m]] [-l] FILE.go...`: type-check Go files and, with -m,
// print escape analysis decisions as `go build -gcflags=-m` does (-l, which
// disables inlining, is accepted: gomem never inlines). Errors print as
// `file.go:LINE:COL: message` with exit status 2 as go build's, a missing file
// with status 1, usage errors with status 2.
import fs from 'node:fs';
import {
  buildFailure,
  compile,
  formatDiagnostic,
  isGoError,
  link,
  type Program,
  type SourceFile,
} from '../go/index.js';
import { type Command, CommandError } from './command.js';

const usage = 'usage: gomem build [-m [-m]] [-l] FILE.go [FILE.go...]';

export const command: Command = {
  async run(argv: string[]): Promise<number> {
    let m = 0;
    const names: string[] = [];
    for (const a of argv) {
      if (a === '-m') m++;
      else if (a === '-m=2' || a === '-mm') m += 2;
      else if (a === '-l') continue;
      else if (a.startsWith('-')) throw new CommandError(`gomem build: unknown flag ${a}\n${usage}`, 2);
      else names.push(a);
    }
    if (names.length === 0) throw new CommandError(`gomem build: no Go files listed\n${usage}`, 2);
    const files: SourceFile[] = names.map((name) => {
      if (!name.endsWith('.go')) throw new CommandError(`gomem build: ${name}: not a .go file`, 2);
      let src: string;
      try {
        src = fs.readFileSync(name, 'utf8');
      } catch {
        throw new CommandError(`gomem build: open ${name}: no such file or directory`, 1);
      }
      // go build names a file in the current directory ./NAME.
      return { name: name.includes('/') ? name : `./${name}`, src };
    });
    let prog: Program;
    try {
      prog = compile(files, { m: Math.max(m, 1) });
    } catch (e) {
      if (isGoError(e)) {
        const { text, status } = buildFailure(e);
        process.stderr.write(text);
        return status;
      }
      if (e instanceof RangeError) {
        process.stderr.write(`gomem build: program too deeply nested\n`);
        return 2;
      }
      throw e;
    }
    const out = m > 0 ? prog.escape.diagnostics.map(formatDiagnostic) : [];
    if (out.length > 0) process.stderr.write(`# command-line-arguments\n${out.join('\n')}\n`);
    // The link step reports separately, under its own header.
    try {
      link(prog);
    } catch (e) {
      if (!isGoError(e)) throw e;
      process.stderr.write(`# command-line-arguments\n${e.message}\n`);
      return 2;
    }
    return 0;
  },
};
