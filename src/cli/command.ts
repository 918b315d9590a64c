// The contract between the dispatcher (main.ts) and each subcommand module.
// A subcommand reports a user mistake by throwing CommandError with the message
// to print and the exit status; anything else is an internal error.

export interface Command {
  run(argv: string[]): Promise<number>;
}

export class CommandError extends Error {
  constructor(
    message: string,
    readonly status = 2,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}
