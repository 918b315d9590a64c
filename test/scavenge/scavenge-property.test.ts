// Property test: random allocation, dropping, collection and scavenging keep the
// page heap's accounting exact — only free pages are released, every released
// byte is either a released page or above the unmapped top, HeapSys plus the nil
// page is the high-water mark, the page allocator ends where the arena does — and
// never touch a live object's bytes; memory handed out again reads zero.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { Runtime } from '../../src/index.js';

const page = 8192;

type Op =
  | { kind: 'alloc'; pages: number }
  | { kind: 'drop'; which: number }
  | { kind: 'gc' }
  | { kind: 'scavenge'; bytes: number }
  | { kind: 'free' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('alloc' as const), pages: fc.integer({ min: 5, max: 300 }) }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('drop' as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('gc' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('scavenge' as const),
      bytes: fc.integer({ min: 1, max: 4 << 20 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('free' as const) }) },
);

function check(rt: Runtime): void {
  const h = rt.heap;
  const st = h.stats;
  assert.equal(h.pages.endPage * page, h.arena.mapped, 'the page allocator ends where the arena does');
  assert.equal(h.arena.buffer.byteLength, h.arena.mapped);
  assert.equal(st.heapInUse + st.heapFree + st.heapReleased + page, h.sysHigh);
  let released = 0;
  let free = 0;
  for (let p = 0; p < h.pages.endPage; p++) {
    if (h.pages.isScavenged(p)) {
      assert.ok(h.pages.isFree(p), `page ${p} released while in use`);
      released += page;
    } else if (h.pages.isFree(p)) {
      free += page;
    }
  }
  assert.equal(st.heapReleased, released + (h.sysHigh - h.arena.mapped));
  assert.equal(st.heapFree, free);
  const m = rt.readMemStats();
  assert.equal(m.HeapIdle, m.HeapSys - m.HeapInuse);
}

describe('scavenging, as a property', () => {
  test('random heaps: exact accounting, live bytes intact, reused memory zero', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 5, maxLength: 40 }), (ops) => {
        const rt = new Runtime({ gomaxprocs: 1, gogc: 'off', arenaBytes: 128 << 20, env: {} });
        const live: { h: ReturnType<ReturnType<Runtime['scope']>['handle']>; n: number; seed: number }[] = [];
        const scope = rt.scope();
        let seed = 1;
        for (const o of ops) {
          if (o.kind === 'alloc') {
            const n = o.pages * page;
            const p = rt.makeslice(rt.types.uint8, n, n);
            const u8 = rt.heap.arena.u8;
            for (let i = 0; i < n; i += 512) assert.equal(u8[p + i], 0, 'new memory reads zero');
            seed = (seed % 250) + 1;
            u8.fill(seed, p, p + n);
            live.push({ h: scope.handle(p), n, seed });
          } else if (o.kind === 'drop' && live.length > 0) {
            const [x] = live.splice(o.which % live.length, 1);
            x!.h.set(0);
          } else if (o.kind === 'gc') {
            rt.GC();
          } else if (o.kind === 'scavenge') {
            rt.heap.scavenge(o.bytes);
            rt.heap.unmapReleasedTop();
          } else if (o.kind === 'free') {
            rt.freeOSMemory();
          }
          check(rt);
        }
        const u8 = rt.heap.arena.u8;
        for (const x of live) {
          const p = x.h.get();
          assert.equal(u8[p], x.seed);
          assert.equal(u8[p + x.n - 1], x.seed);
        }
        scope.close();
      }),
      { numRuns: 25 },
    );
  });
});
