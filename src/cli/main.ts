#!/usr/bin/env node
// The gomem command. Each subcommand lives in its own module and exports
// `run(argv): Promise<number>` returning the process exit status. This file only
// dispatches and turns any escaping error into a one-line message: the CLI never
// shows a JavaScript stack trace.
import { type Command, CommandError } from './command.js';

const commands: Record<string, () => Promise<Command>> = {
  bench: async () => (await import('./bench.js')).command,
  build: async () => (await import('./build.js')).command,
  demo: async () => (await import('./demo.js')).command,
  run: async () => (await import('./run.js')).command,
  sizeclasses: async () => (await import('./sizeclasses.js')).command,
};

const usage = `gomem is Go 1.19's memory management in TypeScript.

Usage:

	gomem <command> [arguments]

The commands are:

${Object.keys(commands)
  .map((c) => `\t${c}`)
  .join('\n')}
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '-h' || name === '--help') {
    process.stdout.write(usage);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (load === undefined) {
    process.stderr.write(`gomem ${name}: unknown command\nRun 'gomem help' for usage.\n`);
    return 2;
  }
  const cmd = await load();
  return cmd.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof CommandError) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = err.status;
    } else {
      process.stderr.write(`gomem: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 3;
    }
  },
);
