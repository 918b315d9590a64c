// Memory the sweeper frees reads zero when it is allocated again. Slots freed by a
// collection hold their old bytes until the span goes back into an mcache, which
// clears its free slots in bulk (mcache.refill); allocation itself no longer
// clears. Random rounds of allocations (tiny, small noscan, small scan, several
// size classes) are scribbled over in full, a random subset is kept reachable
// through globals, and a full collection frees the rest; then every object
// allocated in the next round must read zero, and every kept object must still
// hold its scribbles. Run with the API's checks on and off, since checks off also
// drops the per-slot type ids.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Runtime } from '../../src/runtime/runtime.js';
import type { Type } from '../../src/runtime/type.js';
import { firstNonZero, scribble } from '../runtime/support/heap.js';

interface Kept {
  addr: number;
  size: number;
  seed: number;
}

const shapes = ['tiny', 'bytes', 'ptrs'] as const;

const round = fc.array(
  fc.record({
    shape: fc.constantFrom(...shapes),
    n: fc.integer({ min: 1, max: 96 }),
    keep: fc.boolean(),
  }),
  { minLength: 1, maxLength: 300 },
);

function typeFor(rt: Runtime, shape: (typeof shapes)[number], n: number): Type {
  const T = rt.types;
  if (shape === 'tiny') return T.array(T.uint8, 1 + (n % 15));
  if (shape === 'bytes') return T.array(T.uint8, 16 + n * 8);
  return T.array(T.unsafePointer, 1 + (n % 40));
}

for (const checks of [true, false]) {
  test(`freed slots read zero when allocated again (checks ${checks ? 'on' : 'off'})`, () => {
    fc.assert(
      fc.property(fc.array(round, { minLength: 2, maxLength: 5 }), (rounds) => {
        const rt = new Runtime({ checks, gogc: 'off', arenaBytes: 64 << 20, env: {} });
        const kept: Kept[] = [];
        let g = 0;
        for (const r of rounds) {
          for (const a of r) {
            const t = typeFor(rt, a.shape, a.n);
            const p = rt.new(t);
            assert.equal(firstNonZero(rt, p, t.size), -1, `new ${t.name} at ${p} is not zeroed`);
            // Pointer words stay nil: only scalar bytes may hold garbage in a scan object.
            if (a.shape === 'ptrs') {
              if (a.keep) rt.global(`g${g++}`).set(p);
              continue;
            }
            const seed = (p >>> 3) & 0xff;
            scribble(rt, p, t.size, seed);
            if (a.keep) {
              rt.global(`g${g++}`).set(p);
              kept.push({ addr: p, size: t.size, seed });
            }
          }
          rt.GC();
          for (const k of kept) {
            const u8 = rt.heap.arena.u8;
            for (let i = 0; i < k.size; i++) {
              assert.equal(u8[k.addr + i], (k.seed + i * 7) & 0xff || 1, `kept object ${k.addr} changed`);
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
}
