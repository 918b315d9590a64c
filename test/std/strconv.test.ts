// strconv and time.Duration against Go 1.19 (test/fixtures/go1.19/std/strconv.json,
// written by scripts/fixtures-std.sh): FormatFloat for every value × format ×
// precision × bit size, FormatInt in several bases, ParseInt/ParseUint/Atoi/
// ParseFloat/ParseBool values and *NumError texts (through the Go entry points,
// so the error values are real *strconv.NumError in the heap), Quote,
// QuoteToASCII, QuoteRune, Duration.String and time.ParseDuration. Plus the
// allocations Go makes: none for Itoa of 0..99, one rawstring otherwise.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { canon } from '../../src/go/codegen/vlrt.js';
import { errors, errorText } from '../../src/go/std/errors.js';
import {
  formatFloat,
  formatInt,
  init,
  parseBool,
  parseFloatText,
  parseIntText,
  quoteBytes,
  quoteRune,
  strconv,
} from '../../src/go/std/strconv.js';
import { durationString, parseDurationGo, time } from '../../src/go/std/time.js';
import { readInt64, readString, readUint64 } from '../../src/go/std/values.js';
import { goString, makeEnv } from './support/env.js';

interface KV {
  in: string;
  out: string;
}
const fx = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/go1.19/std/strconv.json', import.meta.url), 'utf8'),
) as {
  floats: { bits: string; fmt: string; prec: number; size: number; out: string }[];
  parses: { fn: string; in: string; base: number; size: number; value: string; err: string }[];
  ints: KV[];
  quotes: KV[];
  runes: KV[];
  durations: KV[];
  parseDuration: KV[];
};

function fromBits(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt(`0x${hex}`));
  return dv.getFloat64(0);
}

describe('strconv against Go 1.19', () => {
  test('FormatFloat', () => {
    const bad: string[] = [];
    for (const c of fx.floats) {
      const got = formatFloat(fromBits(c.bits), c.fmt, c.prec, c.size);
      if (got !== c.out) bad.push(`${c.bits} ${c.fmt} ${c.prec} ${c.size}: got ${got} want ${c.out}`);
    }
    assert.equal(bad.length, 0, `${bad.length} of ${fx.floats.length}:\n${bad.slice(0, 30).join('\n')}`);
  });

  test('FormatInt', () => {
    for (const c of fx.ints) {
      const [v, base] = c.in.split('/');
      assert.equal(formatInt(canon(BigInt(v!)), Number(base)), c.out, c.in);
    }
  });

  test('parsing: values and error texts', () => {
    const env = makeEnv();
    const S = strconv(env);
    const res = env.rt.mallocgc(32, null, true);
    const bad: string[] = [];
    for (const c of fx.parses) {
      let value: string;
      const s = goString(env, c.in);
      if (c.fn === 'Atoi') S.Atoi!(0, res, s);
      else if (c.fn === 'ParseInt') S.ParseInt!(0, res, s, c.base, c.size);
      else if (c.fn === 'ParseUint') S.ParseUint!(0, res, s, c.base, c.size);
      else if (c.fn === 'ParseFloat') S.ParseFloat!(0, res, s, c.size);
      else S.ParseBool!(0, res, s);
      const hasErr = env.mem.u32[(res + 8) >>> 2] !== 0;
      const err = hasErr ? errorText(env, res + 8) : '';
      if (c.fn === 'ParseFloat') value = formatFloat(env.mem.f64[res >>> 3]!, 'g', -1, 64);
      else if (c.fn === 'ParseBool') value = String(env.mem.u8[res] === 1);
      else if (c.fn === 'ParseUint') value = String(readUint64(env, res));
      else value = String(readInt64(env, res));
      if (value !== c.value || err !== c.err)
        bad.push(
          `${c.fn}(${JSON.stringify(c.in)}, ${c.base}, ${c.size}): got ${value} ${JSON.stringify(err)} want ${c.value} ${JSON.stringify(c.err)}`,
        );
    }
    assert.equal(bad.length, 0, `${bad.length} of ${fx.parses.length}:\n${bad.slice(0, 30).join('\n')}`);
  });

  test('a *NumError wraps ErrSyntax itself (errors.Is)', () => {
    const env = makeEnv();
    const types = env.rt.types;
    const g = env.rt.new(
      types.struct('strconv.globals', {
        ErrRange: types.iface('error', ['Error']),
        ErrSyntax: types.iface('error', ['Error']),
      }),
    );
    init(env, (name) => (name === 'ErrRange' ? g : g + 16));
    const res = env.rt.new(types.struct('res', { v: types.int, err: types.iface('error', ['Error']) }));
    strconv(env).Atoi!(0, res, goString(env, 'x'));
    assert.equal(errors(env).Is!(0, res + 8, g + 16), true);
    assert.equal(errors(env).Is!(0, res + 8, g), false);
  });

  test('the parse helpers agree on validity', () => {
    assert.deepEqual(parseIntText('0x_1f', 0, 64), [31n, null]);
    assert.deepEqual(parseFloatText('1e400', 64), [Infinity, 'value out of range']);
    assert.equal(parseBool('True'), true);
  });

  test('Quote, QuoteToASCII, QuoteRune', () => {
    for (const c of fx.quotes) {
      const ascii = c.in.startsWith('ascii:');
      const s = ascii ? c.in.slice(6) : c.in;
      // Inputs with invalid UTF-8 reach JSON as U+FFFD; their cases are skipped.
      if (s.includes('\ufffd')) continue;
      assert.equal(quoteBytes(Buffer.from(s, 'utf8'), ascii), c.out, c.in);
    }
    for (const c of fx.runes) assert.equal(quoteRune(Number(c.in), false), c.out, c.in);
  });

  test('Duration.String and ParseDuration', () => {
    for (const c of fx.durations) assert.equal(durationString(canon(BigInt(c.in))), c.out, c.in);
    for (const c of fx.parseDuration) {
      const d = parseDurationGo(Buffer.from(c.in));
      assert.equal(typeof d === 'string' ? 'error' : String(d), c.out, c.in);
    }
  });
});

describe('strconv and time allocate as Go does', () => {
  test('Itoa of 0..99 is a static string; others allocate one rawstring', () => {
    const env = makeEnv();
    const S = strconv(env);
    const res = env.rt.mallocgc(16, null, true);
    S.Itoa!(0, res, 7);
    const before = env.rt.readMemStats().Mallocs;
    for (let i = 0; i < 100; i++) {
      S.Itoa!(0, res, i);
      assert.equal(readString(env, res), String(i));
    }
    assert.equal(env.rt.readMemStats().Mallocs, before);
    S.Itoa!(0, res, 12345);
    assert.equal(readString(env, res), '12345');
    assert.equal(env.rt.readMemStats().Mallocs, before + 1);
  });

  test('Duration methods', () => {
    const env = makeEnv();
    const T = time(env);
    const res = env.rt.mallocgc(16, null, true);
    T['Duration.String']!(0, res, 1.5e9);
    assert.equal(readString(env, res), '1.5s');
    assert.equal(T['Duration.Seconds']!(0, 1.5e9), 1.5);
    assert.equal(T['Duration.Milliseconds']!(0, -1.5e6), -1);
    assert.equal(T['Duration.Minutes']!(0, 90e9), 1.5);
  });

  test('Now, Sub, Since and Sleep', () => {
    const env = makeEnv();
    const T = time(env);
    const t0 = env.rt.mallocgc(24, null, true);
    const t1 = env.rt.mallocgc(24, null, true);
    T.Unix!(0, t0, 1700000000, 5);
    T.Unix!(0, t1, 1700000001, 2);
    assert.equal(T['Time.Sub']!(0, t1, t0), 1e9 - 3);
    assert.equal(T['Time.Unix']!(0, t0), 1700000000);
    T.Now!(0, t0);
    assert.ok(Math.abs(T['Time.Unix']!(0, t0) - Date.now() / 1000) < 5);
    assert.ok(T.Since!(0, t0) >= 0);
    const g = T.Sleep!(0, 5e6) as Generator;
    while (!g.next().done) {}
    const g0 = T.Sleep!(0, -1) as Generator;
    while (!g0.next().done) {}
    assert.deepEqual(env.slept, [5e6]);
  });
});
