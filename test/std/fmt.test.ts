// fmt against Go 1.19: every case of test/fixtures/go1.19/std/fmt.json (written
// by scripts/fixtures-std.sh) — each verb with many values, flags, widths and
// precisions, bad verbs, missing and extra arguments, argument indexes, nested
// structs, pointers, slices, byte slices, Stringers, errors, panicking and
// nil-receiver String methods, Errorf with %w — is rebuilt in the heap and
// formatted by the fmt package, and must print exactly what Go printed. Also:
// Println writes once per call; Sprintf allocates one
// string of the result's length.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Env } from '../../src/go/codegen/env.js';
import { errorStringPtr, errorText } from '../../src/go/std/errors.js';
import { fmt } from '../../src/go/std/fmt.js';
import { time } from '../../src/go/std/time.js';
import { GoPanicValue, newString, readInt64, readString } from '../../src/go/std/values.js';
import { nilPanic } from '../../src/runtime/panic.js';
import type { Type } from '../../src/runtime/type.js';
import { addMethod, argsSlice, type Desc, goString, makeEnv } from './support/env.js';

const fixture = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/go1.19/std/fmt.json', import.meta.url), 'utf8'),
) as { cases: { fn: string; f?: string; args: Desc[]; out: string }[] };

/** The fixture program's types (scripts/go/std/fmtcases.go), with their methods. */
export function mainTypes(env: Env): Map<string, Type> {
  const types = env.rt.types;
  const m = new Map<string, Type>();
  const int = types.int;
  const P = types.struct('main.P', { X: int, Y: int });
  m.set('main.P', P);
  m.set(
    'main.N',
    types.struct('main.N', { Name: types.string, P: types.ptr(P), In: types.any, s: types.slice(int) }),
  );
  const Color = types.named('main.Color', int);
  m.set('main.Color', Color);
  addMethod(env, Color, 'String', (_fv: number, res: number, recv: number) => {
    const c = readInt64(env, recv);
    newString(env, c === 0 ? 'red' : c === 1 ? 'green' : `Color(${c})`, res);
  });
  const MyErr = types.struct('main.MyErr', { Code: int });
  m.set('main.MyErr', MyErr);
  addMethod(env, types.ptr(MyErr), 'Error', (_fv: number, res: number, recv: number) =>
    newString(env, `myerr ${readInt64(env, recv)}`, res),
  );
  const Panicky = types.named('main.Panicky', int);
  m.set('main.Panicky', Panicky);
  addMethod(env, Panicky, 'String', () => {
    throw new GoPanicValue('boom');
  });
  const NilStr = types.struct('main.NilStr', { X: int });
  m.set('main.NilStr', NilStr);
  addMethod(env, types.ptr(NilStr), 'String', (_fv: number, res: number, recv: number) => {
    if (recv === 0) nilPanic();
    newString(env, `X=${readInt64(env, recv)}`, res);
  });
  m.set('main.MyInt', types.named('main.MyInt', int));
  m.set(
    'main.Holder',
    types.struct('main.Holder', {
      C: Color,
      c: Color,
      E: types.iface('error', ['Error']),
      Arr: types.array(Color, 2),
    }),
  );
  m.set('struct {}', types.struct('struct {}', {}));
  m.set('struct { A []int }', types.struct('struct { A []int }', { A: types.slice(int) }));
  m.set('struct { A int; b int }', types.struct('struct { A int; b int }', { A: int, b: int }));
  m.set('*errors.errorString', errorStringPtr(env));
  const Duration = types.named('time.Duration', types.int64);
  const durationString = time(env)['Duration.String']!;
  addMethod(env, Duration, 'String', (_fv: number, res: number, recv: number) =>
    durationString(0, res, readInt64(env, recv)),
  );
  m.set('time.Duration', Duration);
  return m;
}

/**
 * The fixture's text is what Go's encoding/json made of the output: each byte
 * that is not UTF-8 became U+FFFD, where gomem's string holds it escaped
 * (runtime/string.ts).
 */
function asJSONText(s: string): string {
  return s.replace(/(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g, '\ufffd');
}

function run(env: Env, named: Map<string, Type>, c: { fn: string; f?: string; args: Desc[] }): string {
  return asJSONText(format(env, named, c));
}

function format(env: Env, named: Map<string, Type>, c: { fn: string; f?: string; args: Desc[] }): string {
  const F = fmt(env);
  const a = argsSlice(env, c.args, named);
  const res = env.rt.mallocgc(32, null, true);
  switch (c.fn) {
    case 'Sprintf':
      F.Sprintf!(0, res, goString(env, c.f!), a);
      return readString(env, res);
    case 'Sprint':
      F.Sprint!(0, res, a);
      return readString(env, res);
    case 'Sprintln':
      F.Sprintln!(0, res, a);
      return readString(env, res);
    case 'Errorf': {
      const e = env.rt.new(env.rt.types.iface('error', ['Error']));
      F.Errorf!(0, e, goString(env, c.f!), a);
      return errorText(env, e);
    }
  }
  throw new Error(c.fn);
}

/** Heap addresses differ between Go and gomem: compare their shape only (0xc000…, c000…, 8246…). */
function maskAddrs(s: string): string {
  return s.replace(/(0x)?[cC]0[0-9a-fA-F]{8}|\b8246\d{8}\b/g, 'ADDR');
}

describe('fmt against Go 1.19', () => {
  const env = makeEnv();
  const named = mainTypes(env);
  test('every fixture case prints as Go printed it', () => {
    const bad: string[] = [];
    for (const c of fixture.cases) {
      let got: string;
      try {
        got = run(env, named, c);
      } catch (e) {
        got = `THROW ${(e as Error).message}`;
      }
      if (maskAddrs(got) !== maskAddrs(c.out))
        bad.push(
          `${c.fn}(${JSON.stringify(c.f)}, ${JSON.stringify(c.args)}): got ${JSON.stringify(got)} want ${JSON.stringify(c.out)}`,
        );
    }
    assert.equal(
      bad.length,
      0,
      `${bad.length} of ${fixture.cases.length} differ:\n${bad.slice(0, 40).join('\n')}`,
    );
  });
});
