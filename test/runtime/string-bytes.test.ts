// Go strings are bytes; JS strings are UTF-16. runtime/string.ts carries the
// bytes that are not UTF-8 through a JS string as escapes, so decoding and
// encoding again gives back the same bytes, and well-formed text is
// untouched.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeUTF8, encodeUTF8, utf8Length } from '../../src/runtime/string.js';

test('any bytes survive decodeUTF8 then encodeUTF8, with utf8Length their count', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
      const s = decodeUTF8(b);
      assert.equal(utf8Length(s), b.length);
      assert.deepEqual(encodeUTF8(s), b);
    }),
    { numRuns: 2000 },
  );
});

test('well-formed text encodes as UTF-8 and decodes unchanged', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 32 }), (s) => {
      const b = Buffer.from(s, 'utf8');
      assert.deepEqual(Buffer.from(encodeUTF8(s)), b);
      assert.equal(utf8Length(s), b.length);
      assert.equal(decodeUTF8(b), s);
    }),
  );
});

test('an invalid byte decodes as one escape each, a real U+FFFD as itself', () => {
  const s = decodeUTF8(Uint8Array.from([0x68, 0xe2, 0x82, 0x63, 0xef, 0xbf, 0xbd]));
  assert.equal(s, 'h\udce2\udc82c\ufffd');
  // An astral character's low surrogate is not an escape.
  assert.deepEqual(encodeUTF8('\u{1F480}\udcff'), Uint8Array.from([0xf0, 0x9f, 0x92, 0x80, 0xff]));
});
