// The arena's buffer runs ahead of the mapped top (arena.ts): sysMap hands out
// chunks at the top, the buffer grows by eighths, sysFreeTop takes both back, and
// memory mapped again reads as zero. A fast-check model keeps the mapped top.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Arena } from '../../src/runtime/arena.js';

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
