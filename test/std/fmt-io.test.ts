// fmt's writes and allocations, errors' chains, os and flag: Println writes
// once per call to stdout; the first call takes a new printer (pp, the pool's
// per-P array, allPools, the buffer), later ones that fit the buffer allocate
// nothing; Sprintf allocates one string of the result's length; Fprintln goes to os.Stdout or
// os.Stderr (the *os.File globals os's init makes); Errorf returns
// *errors.errorString without %w and *fmt.wrapError with it, which
// errors.Unwrap/Is/As follow; os.Args mirrors the run's arguments; flag parses
// them with Go's syntax, messages and exit statuses.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Env } from '../../src/go/codegen/env.js';
import { GoExit } from '../../src/go/codegen/env.js';
import { errors, errorText } from '../../src/go/std/errors.js';
import { flag } from '../../src/go/std/flag.js';
import { fmt } from '../../src/go/std/fmt.js';
import { packages } from '../../src/go/std/index.js';
import { os, init as osInit } from '../../src/go/std/os.js';
import { strings } from '../../src/go/std/strings.js';
import { GoPanicValue, readInt64, readString, sliceData, sliceLen } from '../../src/go/std/values.js';
import { addMethod, argsSlice, goString, makeEnv, resultArea } from './support/env.js';

const named = new Map();

function mallocs(env: Env): number {
  return Number(env.rt.readMemStats().Mallocs);
}

/** Runs os's init with its globals in one heap object: Args, Stdin, Stdout, Stderr. */
function withOS(env: Env): Record<string, number> {
  const types = env.rt.types;
  const file = types.lookup('os.File') ?? types.struct('os.File', { fd: types.int });
  const g = env.rt.new(
    types.struct('os.globals', {
      Args: types.slice(types.string),
      Stdin: types.ptr(file),
      Stdout: types.ptr(file),
      Stderr: types.ptr(file),
    }),
  );
  env.rt.global('os.globals').set(g);
  const addr: Record<string, number> = { Args: g, Stdin: g + 24, Stdout: g + 32, Stderr: g + 40 };
  osInit(env, (name) => addr[name]!);
  return addr;
}

describe('fmt output', () => {
  test('Println writes once per call; after the first, allocates nothing', () => {
    const env = makeEnv();
    const F = fmt(env);
    const writes: string[] = [];
    const e = { ...env, stdout: (b: Uint8Array | string) => writes.push(String(b)) } as Env;
    const F2 = fmt(e);
    const a = argsSlice(
      env,
      [
        { T: 'int', V: '1' },
        { T: 'string', V: 'x' },
        { T: 'float64', V: '2.5' },
      ],
      named,
    );
    const res = resultArea(env);
    const f = goString(env, '%d-%s\n');
    const b = argsSlice(
      env,
      [
        { T: 'int', V: '7' },
        { T: 'string', V: 'y' },
      ],
      named,
    );
    const m0 = mallocs(env);
    F2.Println!(0, res, a);
    // new(pp), make([]poolLocal, 1), allPools' array, and the buffer (8 bytes, a tiny block).
    const bySize = env.rt.readMemStats().BySize;
    assert.equal(mallocs(env), m0 + 4);
    assert.ok(bySize.some((c) => c.Size === 208 && c.Mallocs > 0n));
    const m = mallocs(env);
    F2.Println!(0, res, a);
    F2.Printf!(0, res, f, b);
    assert.deepEqual(writes, ['1 x 2.5\n', '1 x 2.5\n', '7-y\n']);
    assert.equal(readInt64(env, res), 4);
    assert.equal(mallocs(env), m);
    F.Sprintf!(0, res, goString(env, '%05d'), argsSlice(env, [{ T: 'int', V: '42' }], named));
    const m2 = mallocs(env);
    const fmtStr = goString(env, 'abc%d');
    const args = argsSlice(env, [{ T: 'int', V: '1234' }], named);
    const m3 = mallocs(env);
    F.Sprintf!(0, res, fmtStr, args);
    assert.equal(readString(env, res), 'abc1234');
    assert.equal(mallocs(env), m3 + 1);
    assert.equal(
      env.rt.objectInfo(env.mem.u32[res >>> 2]!).size,
      16,
      'a 7-byte noscan string from a 16-byte tiny block',
    );
    assert.ok(m2 <= m3);
  });

  test('Fprintln to os.Stdout and os.Stderr', () => {
    const env = makeEnv({ args: ['prog', 'a'] });
    const g = withOS(env);
    const F = fmt(env);
    const res = resultArea(env);
    const w = env.rt.mallocgc(16, env.rt.types.any, true);
    for (const [name, text] of [
      ['Stdout', 'out'],
      ['Stderr', 'err'],
    ] as const) {
      env.mem.u32[w >>> 2] = env.rt.types.ptr(env.rt.types.lookup('os.File')!).id + 1;
      env.rt.writePointer(w + 8, env.mem.u32[g[name] >>> 2]!);
      F.Fprintln!(0, res, w, argsSlice(env, [{ T: 'string', V: text }], named));
    }
    assert.equal(env.out, 'out\n');
    assert.equal(env.err, 'err\n');
  });
});

describe('Fprintf to any io.Writer', () => {
  test('a *strings.Builder receives the bytes through its Write method', () => {
    const env = makeEnv();
    const types = env.rt.types;
    const bt = types.struct('strings.Builder', (self) => ({
      addr: types.ptr(self),
      buf: types.slice(types.uint8),
    }));
    const S = strings(env);
    addMethod(env, types.ptr(bt), 'Write', S['(*Builder).Write']!);
    const b = env.rt.new(bt);
    const w = env.rt.new(types.any);
    env.mem.u32[w >>> 2] = types.ptr(bt).id + 1;
    env.rt.writePointer(w + 8, b);
    const res = resultArea(env);
    const F = fmt(env);
    F.Fprintf!(
      0,
      res,
      w,
      goString(env, '%d|%s;'),
      argsSlice(
        env,
        [
          { T: 'int', V: '12' },
          { T: 'string', V: 'ab' },
        ],
        named,
      ),
    );
    F.Fprintln!(0, res, w, argsSlice(env, [{ T: 'float64', V: '0.5' }], named));
    assert.equal(readInt64(env, res), 4);
    S['(*Builder).String']!(0, res, b);
    assert.equal(readString(env, res), '12|ab;0.5\n');
  });
});

describe('errors', () => {
  test('New, Errorf with and without %w, Unwrap, Is, As', () => {
    const env = makeEnv();
    const E = errors(env);
    const F = fmt(env);
    const types = env.rt.types;
    const base = env.rt.new(types.iface('error', ['Error']));
    E.New!(0, base, goString(env, 'base'));
    assert.equal(types.get(env.mem.u32[base >>> 2]! - 1).str, '*errors.errorString');
    // Errorf("plain %d", 1) is an *errors.errorString.
    const plain = env.rt.new(types.iface('error', ['Error']));
    F.Errorf!(0, plain, goString(env, 'plain %d'), argsSlice(env, [{ T: 'int', V: '1' }], named));
    assert.equal(types.get(env.mem.u32[plain >>> 2]! - 1).str, '*errors.errorString');
    assert.equal(errorText(env, plain), 'plain 1');
    // Errorf("wrap: %w", base) is a *fmt.wrapError around base.
    const a = env.rt.new(types.slice(types.any));
    const arr = env.rt.makeslice(types.any, 1, 1);
    env.rt.writePointer(a, arr);
    env.mem.u32[(a + 8) >>> 2] = 1;
    env.mem.u32[(a + 16) >>> 2] = 1;
    env.rt.typedmemmove(types.iface('error', ['Error']), arr, base);
    const wrapped = env.rt.new(types.iface('error', ['Error']));
    F.Errorf!(0, wrapped, goString(env, 'wrap: %w'), a);
    assert.equal(types.get(env.mem.u32[wrapped >>> 2]! - 1).str, '*fmt.wrapError');
    assert.equal(errorText(env, wrapped), 'wrap: base');
    const un = resultArea(env);
    E.Unwrap!(0, un, wrapped);
    assert.deepEqual(
      [env.mem.u32[un >>> 2], env.mem.u32[(un + 8) >>> 2]],
      [env.mem.u32[base >>> 2], env.mem.u32[(base + 8) >>> 2]],
    );
    assert.equal(E.Is!(0, wrapped, base), true);
    assert.equal(E.Is!(0, plain, base), false);
    // As(wrapped, &target) with target *errors.errorString.
    const target = env.rt.new(types.ptr(types.lookup('errors.errorString')!));
    const iface = env.rt.new(types.any);
    env.mem.u32[iface >>> 2] = types.ptr(types.ptr(types.lookup('errors.errorString')!)).id + 1;
    env.rt.writePointer(iface + 8, target);
    assert.equal(E.As!(0, wrapped, iface), true);
    assert.equal(env.mem.u32[target >>> 2], env.mem.u32[(base + 8) >>> 2]);
    // An interface target takes the first error whose type implements it: here wrapped itself.
    const errTarget = env.rt.new(types.iface('error', ['Error']));
    env.mem.u32[iface >>> 2] = types.ptr(types.iface('error', ['Error'])).id + 1;
    env.rt.writePointer(iface + 8, errTarget);
    assert.equal(E.As!(0, wrapped, iface), true);
    assert.deepEqual(
      [env.mem.u32[errTarget >>> 2], env.mem.u32[(errTarget + 8) >>> 2]],
      [env.mem.u32[wrapped >>> 2], env.mem.u32[(wrapped + 8) >>> 2]],
    );
    // One no error implements: As reports false and leaves the target alone.
    const stringer = env.rt.new(types.iface('fmt.Stringer', ['String']));
    env.mem.u32[iface >>> 2] = types.ptr(types.iface('fmt.Stringer', ['String'])).id + 1;
    env.rt.writePointer(iface + 8, stringer);
    assert.equal(E.As!(0, wrapped, iface), false);
    assert.equal(env.mem.u32[stringer >>> 2], 0);
    // Go's panics for a bad target.
    const panics = (msg: string) => (e: unknown) => e instanceof GoPanicValue && e.value === msg;
    env.mem.u32[iface >>> 2] = 0;
    assert.throws(() => E.As!(0, wrapped, iface), panics('errors: target cannot be nil'));
    env.mem.u32[iface >>> 2] = types.ptr(types.iface('error', ['Error'])).id + 1;
    env.mem.u32[(iface + 8) >>> 2] = 0;
    assert.throws(() => E.As!(0, wrapped, iface), panics('errors: target must be a non-nil pointer'));
    env.mem.u32[iface >>> 2] = types.ptr(types.int).id + 1;
    env.rt.writePointer(iface + 8, env.rt.new(types.int));
    assert.throws(
      () => E.As!(0, wrapped, iface),
      panics('errors: *target must be interface or implement error'),
    );
  });
});

describe('os and flag', () => {
  test('os.Args, Getenv, Exit', () => {
    const env = makeEnv({ args: ['prog', '-n', '5', 'rest'], environ: { HOME: '/root' } });
    const g = withOS(env);
    assert.equal(sliceLen(env, g.Args!), 4);
    assert.equal(readString(env, sliceData(env, g.Args!) + 16), '-n');
    const O = os(env);
    const res = resultArea(env);
    O.Getenv!(0, res, goString(env, 'HOME'));
    assert.equal(readString(env, res), '/root');
    O.LookupEnv!(0, res, goString(env, 'NOPE'));
    assert.equal(env.mem.u8[res + 16], 0);
    assert.throws(
      () => O.Exit!(0, 3),
      (e: unknown) => e instanceof GoExit && e.code === 3,
    );
    assert.ok(packages.os!.init !== undefined && packages.time!.blocking.has('Sleep'));
  });

  test('flag: values, remaining args, Go’s messages and exits', () => {
    const env = makeEnv({ args: ['prog', '-n', '5', '--name=bob', '-v', '-d', '1m30s', 'rest', '-x'] });
    withOS(env);
    const Fl = flag(env);
    const n = Fl.Int!(0, goString(env, 'n'), 1, goString(env, 'how many')) as number;
    const name = Fl.String!(
      0,
      goString(env, 'name'),
      goString(env, 'ann'),
      goString(env, 'a `person` to greet'),
    ) as number;
    const v = Fl.Bool!(0, goString(env, 'v'), false, goString(env, 'verbose')) as number;
    const d = Fl.Duration!(0, goString(env, 'd'), 2e9, goString(env, 'wait')) as number;
    Fl.Parse!(0);
    assert.equal(readInt64(env, n), 5);
    assert.equal(readString(env, name), 'bob');
    assert.equal(env.mem.u8[v], 1);
    assert.equal(readInt64(env, d), 90e9);
    assert.equal(Fl.NArg!(0), 2);
    const res = resultArea(env);
    Fl.Args!(0, res);
    assert.deepEqual(
      [readString(env, sliceData(env, res)), readString(env, sliceData(env, res) + 16)],
      ['rest', '-x'],
    );
    Fl.PrintDefaults!(0);
    assert.equal(
      env.err,
      '  -d duration\n    \twait (default 2s)\n  -n int\n    \thow many (default 1)\n  -name person\n    \ta person to greet (default "ann")\n  -v\tverbose\n',
    );

    const bad = makeEnv({ args: ['prog', '-x'] });
    withOS(bad);
    const Fb = flag(bad);
    Fb.Int!(0, goString(bad, 'n'), 0, goString(bad, 'count'));
    assert.throws(
      () => Fb.Parse!(0),
      (e: unknown) => e instanceof GoExit && e.code === 2,
    );
    assert.equal(bad.err, 'flag provided but not defined: -x\nUsage of prog:\n  -n int\n    \tcount\n');

    const help = makeEnv({ args: ['prog', '-h'] });
    withOS(help);
    assert.throws(
      () => flag(help).Parse!(0),
      (e: unknown) => e instanceof GoExit && e.code === 0,
    );
    assert.equal(help.err, 'Usage of prog:\n');

    const inv = makeEnv({ args: ['prog', '-n', 'abc'] });
    withOS(inv);
    const Fi = flag(inv);
    Fi.Int!(0, goString(inv, 'n'), 0, goString(inv, 'count'));
    assert.throws(
      () => Fi.Parse!(0),
      (e: unknown) => e instanceof GoExit && e.code === 2,
    );
    assert.match(inv.err, /^invalid value "abc" for flag -n: parse error\n/);
  });
});
