// The arena's buffer runs ahead of the mapped top (arena.ts): sysMap hands out
// chunks at the top, the buffer grows by eighths, sysFreeTop takes both back, and
// memory mapped again reads as zero; the heap bitmap grows with the heap. A
// fast-check model keeps the mapped top.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Arena } from '../../src/runtime/arena.js';
import { HeapBits } from '../../src/runtime/mbitmap.js';
import { Runtime } from '../../src/runtime/runtime.js';

const MiB = 1 << 20;

test('sysMap and sysFreeTop against a model: bases, the mapped top, zeroed memory, the reservation', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(
          fc.record({ map: fc.integer({ min: 1, max: 24 }) }),
          fc.record({ free: fc.integer({ min: 0, max: 100 }) }),
        ),
        { maxLength: 40 },
      ),
      (ops) => {
        const reserved = 256 * MiB;
        const a = new Arena(reserved);
        let top = 0;
        for (const op of ops) {
          if ('map' in op) {
            const n = op.map * 4 * MiB;
            const base = a.sysMap(n);
            if (top + n > reserved) {
              assert.equal(base, -1);
              continue;
            }
            assert.equal(base, top);
            top += n;
            // What is mapped reads as zero, then is written, as the heap would.
            assert.equal(a.u8[base], 0);
            assert.equal(a.u8[top - 1], 0);
            a.u8[base] = 1;
            a.u8[top - 1] = 1;
          } else {
            const end = Math.floor((top * op.free) / 100 / (4 * MiB)) * 4 * MiB;
            a.sysFreeTop(end);
            top = Math.min(top, end);
            assert.equal(a.buffer.byteLength, top);
          }
          assert.equal(a.mapped, top);
          assert.ok(a.buffer.byteLength >= top && a.buffer.byteLength <= reserved);
        }
      },
    ),
  );
});

test('the buffer grows by at least an eighth of itself, so 640 MiB of 4 MiB chunks take few resizes', () => {
  const a = new Arena(1024 * MiB);
  let resizes = 0;
  let length = 0;
  for (let i = 0; i < 160; i++) {
    a.sysMap(4 * MiB);
    if (a.buffer.byteLength !== length) {
      resizes++;
      length = a.buffer.byteLength;
    }
  }
  assert.equal(a.mapped, 640 * MiB);
  assert.ok(resizes <= 40, `${resizes} resizes`);
});

test('the heap bitmap follows the high-water mark, keeping its bits as it grows', () => {
  const hb = new HeapBits(1024 * MiB);
  assert.equal(hb.bits.length, 0);
  hb.resize(4 * MiB);
  assert.equal(hb.bytes, (4 * MiB) / 64);
  assert.ok(hb.bits.byteLength >= (4 * MiB) / 64);
  const words = fc.sample(fc.integer({ min: 0, max: (4 * MiB) / 8 - 1 }), 50);
  for (const w of words) hb.bits[w >>> 5] = hb.bits[w >>> 5]! | (1 << (w & 31));
  for (let mib = 8; mib <= 1024; mib += 4) {
    hb.resize(mib * MiB);
    assert.ok(hb.bits.byteLength >= (mib * MiB) / 64 && hb.bits.byteLength <= (1024 * MiB) / 64);
  }
  for (const w of words) assert.ok(hb.isPointer(w * 8));
});

test('a reservation smaller than one heap chunk is refused with a clear error, not an out-of-memory crash', () => {
  assert.throws(
    () => new Runtime({ arenaBytes: 1 << 20, env: {} }),
    (e: unknown) =>
      e instanceof RangeError &&
      e.message === 'gomem: the arena must reserve at least 4194304 bytes (the heap grows by 4 MiB chunks)',
  );
  assert.equal(new Runtime({ arenaBytes: 4 * MiB, env: {} }).readMemStats().HeapSys > 0, true);
});
