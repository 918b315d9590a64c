// strconv.Unquote and UnquoteChar beyond the fixture cases: Unquote inverts
// Quote and QuoteToASCII for any bytes that are valid UTF-8, and a string
// with no escapes comes back as the same bytes' range (no copy).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { quoteBytes, unquote, unquoteChar, validUTF8 } from '../../src/go/std/strconv.js';

const enc = (s: string): Uint8Array => Buffer.from(s, 'utf8');

test('Unquote(Quote(s)) == s for valid UTF-8', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.boolean(), (s, ascii) => {
      const b = enc(s);
      fc.pre(validUTF8(b));
      const u = unquote(enc(quoteBytes(b, ascii)))!;
      assert.ok(u !== null);
      const got = u.sub !== undefined ? enc(quoteBytes(b, ascii)).subarray(u.sub[0], u.sub[1]) : u.bytes!;
      assert.deepEqual(Buffer.from(got), Buffer.from(b));
    }),
    { numRuns: 2000 },
  );
});

test('a quoted string without escapes unquotes to its own bytes; with escapes to new ones', () => {
  assert.deepEqual(unquote(enc('"plain"')), { sub: [1, 6], bufCap: 0 });
  const u = unquote(enc('"a\\tb"'))!;
  assert.deepEqual([...u.bytes!], [0x61, 9, 0x62]);
  assert.equal(u.bufCap, 9);
  assert.equal(unquote(enc('"a" ')), null);
  assert.equal(unquote(enc("'ab'")), null);
});

test('UnquoteChar: escapes, multibyte flag and the rest of the string', () => {
  assert.deepEqual(unquoteChar(enc('\\u263a!'), 0, 0x22), { r: 0x263a, multibyte: true, next: 6 });
  assert.deepEqual(unquoteChar(enc('\\xffz'), 0, 0x22), { r: 0xff, multibyte: false, next: 4 });
  assert.deepEqual(unquoteChar(enc('\\377'), 0, 0x22), { r: 0xff, multibyte: false, next: 4 });
  assert.equal(unquoteChar(enc('\\400'), 0, 0x22), null);
  assert.equal(unquoteChar(enc("\\'"), 0, 0x22), null);
  assert.deepEqual(unquoteChar(enc("\\'"), 0, 0x27), { r: 0x27, multibyte: false, next: 2 });
  assert.equal(unquoteChar(enc('\\UFFFFFFFF'), 0, 0x22), null);
});
