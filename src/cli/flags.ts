// Command-line flags as Go's flag package parses them, so gomem's subcommands
// take the spellings Go users type: -n 5, -n=5, --n=5; a bool as -json or
// -json=false; parsing stops at `--` or the first argument that is not a flag.
// Mistakes are reported in the flag package's words, followed by the usage text,
// with exit status 2:
//
//   flag provided but not defined: -x
//   flag needs an argument: -n
//   invalid value "abc" for flag -n: parse error
//   invalid boolean value "maybe" for -json: parse error
//   bad flag syntax: ---n

import { CommandError } from './command.js';

export type FlagValue = boolean | number | string;

/** strconv.ParseBool's accepted spellings. */
const goBool: Record<string, boolean> = {
  '1': true,
  t: true,
  T: true,
  TRUE: true,
  true: true,
  True: true,
  '0': false,
  f: false,
  F: false,
  FALSE: false,
  false: false,
  False: false,
};

/** strconv.ParseInt(s, 0, 64) for the decimal and 0x forms, with Go's underscores; null if invalid. */
function parseGoInt(s: string): number | null {
  const t = s.replaceAll('_', '');
  const ok = /^[+-]?(0|[1-9]\d*|0[xX][0-9a-fA-F]+)$/.test(t) && !/^_|_$|__/.test(s);
  const v = ok ? Number(t.replace(/^\+/, '')) : Number.NaN;
  return Number.isSafeInteger(v) ? v : null;
}

/**
 * Parses argv against `defaults` (each flag's default value fixes its type).
 * Returns the values and the remaining arguments, or null when -h/-help asked
 * for the usage text.
 */
export function parseGoFlags<T extends Record<string, FlagValue>>(
  argv: string[],
  defaults: T,
  usage: string,
): { flags: T; args: string[] } | null {
  const fail = (message: string) => new CommandError(`${message}\n${usage.trimEnd()}`, 2);
  const flags: Record<string, FlagValue> = { ...defaults };
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      i++;
      break;
    }
    if (arg.length < 2 || arg[0] !== '-') break;
    const body = arg.startsWith('--') ? arg.slice(2) : arg.slice(1);
    if (body === '' || body[0] === '-' || body[0] === '=') throw fail(`bad flag syntax: ${arg}`);
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    if (!(name in defaults)) {
      if (name === 'h' || name === 'help') return null;
      throw fail(`flag provided but not defined: -${name}`);
    }
    const kind = typeof defaults[name];
    if (kind === 'boolean') {
      if (eq < 0) {
        flags[name] = true;
        continue;
      }
      const v = goBool[body.slice(eq + 1)];
      if (v === undefined)
        throw fail(`invalid boolean value "${body.slice(eq + 1)}" for -${name}: parse error`);
      flags[name] = v;
      continue;
    }
    let text: string;
    if (eq >= 0) text = body.slice(eq + 1);
    else if (i + 1 < argv.length) text = argv[++i]!;
    else throw fail(`flag needs an argument: -${name}`);
    if (kind === 'number') {
      const n = parseGoInt(text);
      if (n === null) throw fail(`invalid value "${text}" for flag -${name}: parse error`);
      flags[name] = n;
    } else {
      flags[name] = text;
    }
  }
  return { flags: flags as T, args: argv.slice(i) };
}
