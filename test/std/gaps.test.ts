// The standard library's newer parts through compiled Go: each program of
// scripts/go/std/gaps must print exactly what Go 1.19 printed
// (test/fixtures/go1.19/std/gaps/NAME.out, by scripts/fixtures-stdgaps.sh) —
// strings (SplitN, Cut, Map, Title, NewReplacer…), strconv (Unquote,
// AppendInt, AppendQuote…), sort (Reverse, IntSlice…), bytes.Buffer's reads,
// time's Duration methods, ParseDuration, timers and tickers, unicode,
// unicode/utf8, math/rand, and fmt's %!v(PANIC=…) for a panicking String
// method. Panics the programs recover from are part of the output.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { run } from '../../src/go/run.js';

const root = new URL('../../../', import.meta.url);
const progs = new URL('scripts/go/std/gaps/', root);
const fixtures = new URL('test/fixtures/go1.19/std/gaps/', root);

const names = readdirSync(progs)
  .filter((f) => f.endsWith('.go'))
  .map((f) => f.slice(0, -3));

test('every program has a fixture', () => {
  assert.ok(names.length >= 9);
  for (const n of names) assert.doesNotThrow(() => readFileSync(new URL(`${n}.out`, fixtures)), n);
});

for (const name of names) {
  test(`${name}.go prints what Go 1.19 printed`, async () => {
    const src = readFileSync(new URL(`${name}.go`, progs), 'utf8');
    const want = readFileSync(new URL(`${name}.out`, fixtures), 'utf8');
    const out: string[] = [];
    const err: string[] = [];
    const dec = new TextDecoder();
    const sink =
      (to: string[]) =>
      (b: Uint8Array | string): void => {
        to.push(typeof b === 'string' ? b : dec.decode(b));
      };
    const code = await run([{ name: `${name}.go`, src }], { env: {}, stdout: sink(out), stderr: sink(err) });
    assert.equal(err.join(''), '');
    assert.equal(code, 0);
    assert.equal(out.join(''), want);
  });
}
