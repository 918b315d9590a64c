// flag: the command-line FlagSet (flag.Int, String, Bool, Float64, Duration,
// their Var forms, Parse, Args, NArg, Arg, NFlag, Parsed, PrintDefaults).
//
// Mirrors Go's flag/flag.go with CommandLine's ExitOnError: parseOne's syntax
// (-f, --f, -f=v, -f v except for bools, "--" and the first non-flag end the
// flags), failf's messages printed before the usage, "Usage of <os.Args[0]>:"
// with PrintDefaults' layout (flags sorted by name, UnquoteUsage's backquoted
// names, "(default …)" unless the default is the zero value), and the exit:
// status 0 after -h/-help, 2 after any error. Everything goes to os.Stderr.
//
// Each flag's value lives in a heap cell (Go's new(T) in FlagSet.Int…) that a
// global root keeps alive for the rest of the run, as CommandLine does. The
// Flag records and the formal map are kept in JavaScript and not allocated on
// the Go heap.

import { encodeUTF8 } from '../../runtime/string.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { GoExit } from '../codegen/env.js';
import type { Int64 } from '../codegen/vlrt.js';
import { staticString } from './errors.js';
import { osArgsAddr } from './os.js';
import { formatFloat, parseBool, parseFloatText, parseIntText, quoteBytes } from './strconv.js';
import { durationString, parseDurationGo } from './time.js';
import { goPanicString, readString, storePtr, writeInt64, writeStringHeader } from './values.js';

type Kind = 'int' | 'string' | 'bool' | 'float' | 'duration';

interface Flag {
  name: string;
  usage: string;
  kind: Kind;
  cell: number;
  defValue: string;
}

const quoteString = (s: string): string => quoteBytes(encodeUTF8(s), false);

class FlagSet {
  readonly formal = new Map<string, Flag>();
  actual = 0;
  parsed = false;
  /** Index in os.Args of the first argument left after Parse. */
  argsStart = 1;
  constructor(readonly env: Env) {}

  define(kind: Kind, name: string, usage: string, cell: number, defValue: string): void {
    if (this.formal.has(name)) {
      const msg = `${this.env.args[0] ?? ''} flag redefined: ${name}`;
      this.env.stderr(`${msg}\n`);
      goPanicString(msg);
    }
    this.formal.set(name, { name, usage, kind, cell, defValue });
  }

  printDefaults(): string {
    let out = '';
    for (const name of [...this.formal.keys()].sort()) {
      const f = this.formal.get(name)!;
      let b = `  -${f.name}`;
      let [vname, usage] = unquoteUsage(f);
      if (vname.length > 0) b += ` ${vname}`;
      b += b.length <= 4 ? '\t' : '\n    \t';
      usage = usage.replaceAll('\n', '\n    \t');
      b += usage;
      const zero = { int: '0', string: '', bool: 'false', float: '0', duration: '0s' }[f.kind];
      if (f.defValue !== zero)
        b += f.kind === 'string' ? ` (default ${quoteString(f.defValue)})` : ` (default ${f.defValue})`;
      out += `${b}\n`;
    }
    return out;
  }

  usage(): string {
    return `Usage of ${this.env.args[0] ?? ''}:\n${this.printDefaults()}`;
  }

  fail(msg: string): never {
    this.env.stderr(`${msg}\n${this.usage()}`);
    throw new GoExit(2);
  }

  set(f: Flag, value: string): boolean {
    const env = this.env;
    switch (f.kind) {
      case 'bool': {
        const v = parseBool(value);
        if (v === null) return false;
        env.mem.u8[f.cell] = v ? 1 : 0;
        return true;
      }
      case 'int': {
        const [v, err] = parseIntText(value, 0, 64);
        if (err !== null) {
          this.fail(
            `invalid value ${quoteString(value)} for flag -${f.name}: ${err === 'value out of range' ? 'value out of range' : 'parse error'}`,
          );
        }
        writeInt64(env, f.cell, v);
        return true;
      }
      case 'float': {
        const [v, err] = parseFloatText(value, 64);
        if (err !== null) {
          this.fail(
            `invalid value ${quoteString(value)} for flag -${f.name}: ${err === 'value out of range' ? 'value out of range' : 'parse error'}`,
          );
        }
        env.mem.f64[f.cell >>> 3] = v;
        return true;
      }
      case 'duration': {
        const v = parseDurationGo(encodeUTF8(value));
        if (typeof v === 'string')
          this.fail(`invalid value ${quoteString(value)} for flag -${f.name}: parse error`);
        writeInt64(env, f.cell, v);
        return true;
      }
      case 'string':
        storePtr(env, f.cell, staticString(env, value));
        env.mem.u32[(f.cell + 8) >>> 2] = Buffer.byteLength(value, 'utf8');
        return true;
    }
  }

  parse(): void {
    this.parsed = true;
    const args = this.env.args;
    let i = 1;
    while (i < args.length) {
      const s = args[i]!;
      if (s.length < 2 || s[0] !== '-') break;
      let minuses = 1;
      if (s[1] === '-') {
        minuses++;
        if (s.length === 2) {
          i++;
          break;
        }
      }
      let name = s.slice(minuses);
      if (name.length === 0 || name[0] === '-' || name[0] === '=') this.fail(`bad flag syntax: ${s}`);
      i++;
      let hasValue = false;
      let value = '';
      const eq = name.indexOf('=', 1);
      if (eq > 0) {
        value = name.slice(eq + 1);
        hasValue = true;
        name = name.slice(0, eq);
      }
      const f = this.formal.get(name);
      if (f === undefined) {
        if (name === 'help' || name === 'h') {
          this.env.stderr(this.usage());
          throw new GoExit(0);
        }
        this.fail(`flag provided but not defined: -${name}`);
      }
      if (f.kind === 'bool') {
        if (hasValue) {
          if (!this.set(f, value))
            this.fail(`invalid boolean value ${quoteString(value)} for -${name}: parse error`);
        } else {
          this.set(f, 'true');
        }
      } else {
        if (!hasValue && i < args.length) {
          hasValue = true;
          value = args[i++]!;
        }
        if (!hasValue) this.fail(`flag needs an argument: -${name}`);
        this.set(f, value);
      }
      this.actual++;
    }
    this.argsStart = i;
  }
}

function unquoteUsage(f: Flag): [string, string] {
  const u = f.usage;
  const i = u.indexOf('`');
  if (i >= 0) {
    const j = u.indexOf('`', i + 1);
    if (j >= 0) {
      const name = u.slice(i + 1, j);
      return [name, u.slice(0, i) + name + u.slice(j + 1)];
    }
  }
  const names: Record<Kind, string> = {
    bool: '',
    duration: 'duration',
    float: 'float',
    int: 'int',
    string: 'string',
  };
  return [names[f.kind], u];
}

const sets = new WeakMap<Env, FlagSet>();

export const blocking: ReadonlySet<string> = new Set();

export function flag(env: Env): Record<string, GoFunc> {
  let fs = sets.get(env);
  if (fs === undefined) {
    fs = new FlagSet(env);
    sets.set(env, fs);
  }
  const set = fs;
  const types = env.rt.types;
  /** new(T), held by a global root like everything CommandLine references. */
  const cell = (name: string, size: 'int' | 'string' | 'bool' | 'float64'): number => {
    const t =
      size === 'string'
        ? types.string
        : size === 'bool'
          ? types.bool
          : size === 'float64'
            ? types.float64
            : types.int;
    const p = env.rt.new(t);
    env.rt.global(`flag.${name}`).set(p);
    return p;
  };
  const def = {
    int: (p: number, name: number, value: Int64, usage: number): number => {
      writeInt64(env, p, value);
      set.define('int', readString(env, name), readString(env, usage), p, String(value));
      return p;
    },
    duration: (p: number, name: number, value: Int64, usage: number): number => {
      writeInt64(env, p, value);
      set.define('duration', readString(env, name), readString(env, usage), p, durationString(value));
      return p;
    },
    bool: (p: number, name: number, value: boolean, usage: number): number => {
      env.mem.u8[p] = value ? 1 : 0;
      set.define('bool', readString(env, name), readString(env, usage), p, String(value));
      return p;
    },
    float: (p: number, name: number, value: number, usage: number): number => {
      env.mem.f64[p >>> 3] = value;
      set.define('float', readString(env, name), readString(env, usage), p, formatFloat(value, 'g', -1, 64));
      return p;
    },
    string: (p: number, name: number, value: number, usage: number): number => {
      storePtr(env, p, env.mem.u32[value >>> 2]!);
      env.mem.u32[(p + 8) >>> 2] = env.mem.u32[(value + 8) >>> 2]!;
      set.define('string', readString(env, name), readString(env, usage), p, readString(env, value));
      return p;
    },
  };
  return {
    Int: (_fv: number, name: number, value: Int64, usage: number): number =>
      def.int(cell(readString(env, name), 'int'), name, value, usage),
    Int64: (_fv: number, name: number, value: Int64, usage: number): number =>
      def.int(cell(readString(env, name), 'int'), name, value, usage),
    Duration: (_fv: number, name: number, value: Int64, usage: number): number =>
      def.duration(cell(readString(env, name), 'int'), name, value, usage),
    Bool: (_fv: number, name: number, value: boolean, usage: number): number =>
      def.bool(cell(readString(env, name), 'bool'), name, value, usage),
    Float64: (_fv: number, name: number, value: number, usage: number): number =>
      def.float(cell(readString(env, name), 'float64'), name, value, usage),
    String: (_fv: number, name: number, value: number, usage: number): number =>
      def.string(cell(readString(env, name), 'string'), name, value, usage),
    IntVar: (_fv: number, p: number, name: number, value: Int64, usage: number): void => {
      def.int(p, name, value, usage);
    },
    DurationVar: (_fv: number, p: number, name: number, value: Int64, usage: number): void => {
      def.duration(p, name, value, usage);
    },
    BoolVar: (_fv: number, p: number, name: number, value: boolean, usage: number): void => {
      def.bool(p, name, value, usage);
    },
    Float64Var: (_fv: number, p: number, name: number, value: number, usage: number): void => {
      def.float(p, name, value, usage);
    },
    StringVar: (_fv: number, p: number, name: number, value: number, usage: number): void => {
      def.string(p, name, value, usage);
    },
    Parse: (): void => set.parse(),
    Parsed: (): boolean => set.parsed,
    NFlag: (): number => set.actual,
    NArg: (): number => Math.max(env.args.length - set.argsStart, 0),
    // Args: os.Args[i:], sharing its array.
    Args: (_fv: number, res: number): void => {
      const a = osArgsAddr(env);
      const u32 = env.mem.u32;
      const k = set.argsStart;
      const n = env.args.length;
      if (a === undefined) throw new TypeError('gomem: flag needs os initialized (os.init) for os.Args');
      const p = u32[a >>> 2]!;
      u32[res >>> 2] = k < n ? p + k * 16 : p;
      u32[(res + 4) >>> 2] = 0;
      u32[(res + 8) >>> 2] = Math.max(n - k, 0);
      u32[(res + 12) >>> 2] = 0;
      u32[(res + 16) >>> 2] = Math.max(n - k, 0);
      u32[(res + 20) >>> 2] = 0;
    },
    Arg: (_fv: number, res: number, i: Int64): void => {
      if (typeof i !== 'number' || i < 0 || set.argsStart + i >= env.args.length) {
        writeStringHeader(env, res, 0, 0);
        return;
      }
      const a = osArgsAddr(env)!;
      const p = env.mem.u32[a >>> 2]! + (set.argsStart + i) * 16;
      writeStringHeader(env, res, env.mem.u32[p >>> 2]!, env.mem.u32[(p + 8) >>> 2]!);
    },
    PrintDefaults: (): void => env.stderr(set.printDefaults()),
  };
}
