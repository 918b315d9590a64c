// The Go runner's sync.Pool on the heap (src/go/std/syncpool.ts) against a
// model: the runtime's Pool (runtime/pool.ts), whose order of items is checked
// against Go 1.19 by pool.test.ts. Random Put/Get/GC sequences on 1–4 Ps must
// give the same items in the same order. Then the heap objects the pool makes:
// the per-P array and allPools on first use after each GC, chain elements and
// their doubling rings, all freed once two cycles pass without use.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Env } from '../../src/go/codegen/env.js';
import { HeldPool, type PoolFields, Pools } from '../../src/go/std/syncpool.js';
import { Runtime } from '../../src/index.js';

function setup(gomaxprocs: number) {
  const rt = new Runtime({ gomaxprocs, gogc: 'off', arenaBytes: 64 << 20, env: {} });
  const T = rt.types;
  // A pointer field keeps items out of the tiny allocator: one object each.
  const Item = T.struct('item', (self) => ({ id: T.int, next: T.ptr(self) }));
  const word = T.ptr(Item).id + 1;
  const env = { rt, mem: rt.heap.arena } as unknown as Env;
  const item = (n: number): number => {
    const p = rt.new(Item);
    rt.heap.arena.u32[p >>> 2] = n;
    return p;
  };
  const id = (p: number): number => rt.heap.arena.u32[p >>> 2]!;
  return { rt, env, word, item, id };
}

type Op = { op: 'put'; pid: number } | { op: 'get'; pid: number } | { op: 'gc' };

describe('heap sync.Pool against the runtime Pool', () => {
  test('random Put/Get/GC sequences on 1–4 Ps give the same items', () => {
    const ops = (procs: number) =>
      fc.array(
        fc.oneof(
          { weight: 5, arbitrary: fc.record({ op: fc.constant('put' as const), pid: fc.nat(procs - 1) }) },
          { weight: 4, arbitrary: fc.record({ op: fc.constant('get' as const), pid: fc.nat(procs - 1) }) },
          { weight: 1, arbitrary: fc.constant({ op: 'gc' as const }) },
        ),
        { maxLength: 120 },
      );
    const run = fc
      .integer({ min: 1, max: 4 })
      .chain((procs) => fc.tuple(fc.constant(procs), ops(procs), fc.boolean()));
    fc.assert(
      fc.property(run, ([procs, seq, inHeap]) => {
        const model = setup(procs);
        const mpool = model.rt.newPool();
        const subj = setup(procs);
        const pools = new Pools(subj.env);
        let fields: PoolFields;
        if (inHeap) {
          // A Go Pool struct in the heap, held by a global as a program would hold it.
          const PoolT = subj.rt.types.struct('sync.Pool', {
            local: subj.rt.types.unsafePointer,
            localSize: subj.rt.types.uintptr,
            victim: subj.rt.types.unsafePointer,
            victimSize: subj.rt.types.uintptr,
            New: subj.rt.types.func('func() any'),
          });
          const p = subj.rt.new(PoolT);
          subj.rt.global('pool').set(p);
          fields = pools.at(p);
        } else {
          fields = new HeldPool(subj.env, 'test.pool');
        }
        let next = 1;
        for (const o of seq as Op[]) {
          if (o.op === 'gc') {
            model.rt.GC();
            subj.rt.GC();
            continue;
          }
          model.rt.p = model.rt.allp[o.pid]!;
          subj.rt.p = subj.rt.allp[o.pid]!;
          if (o.op === 'put') {
            mpool.put(model.item(next));
            pools.put(fields, subj.word, subj.item(next));
            next++;
          } else {
            const m = mpool.get();
            const s = pools.get(fields);
            assert.equal(s === null ? 0 : subj.id(s.data), m === 0 ? 0 : model.id(m));
            if (s !== null) assert.equal(s.typ, subj.word);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('heap sync.Pool allocations', () => {
  function objects(rt: Runtime) {
    const m = rt.readMemStats();
    return { n: Number(m.HeapObjects), bytes: Number(m.HeapAlloc) };
  }

  test('first use makes the per-P array and allPools; overflowing puts add chain elements with doubling rings', () => {
    const { rt, env, word, item } = setup(2);
    const pools = new Pools(env);
    const pool = new HeldPool(env, 'p');
    const items: number[] = [];
    for (let i = 0; i < 30; i++) items.push(item(i));
    for (const [i, p] of items.entries()) rt.global(`item${i}`).set(p);
    let before = objects(rt);
    pools.put(pool, word, items[0]!);
    // make([]poolLocal, 2): 256 bytes; allPools = append(nil, p): 8 bytes.
    assert.deepEqual(objects(rt), { n: before.n + 2, bytes: before.bytes + 256 + 8 });
    before = objects(rt);
    pools.put(pool, word, items[1]!);
    // poolChainElt (48) and its ring of 8 efaces (128).
    assert.deepEqual(objects(rt), { n: before.n + 2, bytes: before.bytes + 48 + 128 });
    for (let i = 2; i < 9; i++) pools.put(pool, word, items[i]!);
    before = objects(rt);
    pools.put(pool, word, items[9]!);
    // The ring of 8 is full: a new element with a ring of 16.
    assert.deepEqual(objects(rt), { n: before.n + 2, bytes: before.bytes + 48 + 256 });
    // Gets pop the newest first, from the head element back to the older ones.
    const got: number[] = [];
    for (let i = 0; i < 3; i++) got.push(pools.get(pool)!.data);
    assert.deepEqual(got, [items[0], items[9], items[8]]);
  });

  test('a pool unused for two cycles leaves nothing behind; one cycle keeps it as the victim', () => {
    const { rt, env, word, item } = setup(1);
    const pools = new Pools(env);
    const pool = new HeldPool(env, 'p');
    rt.GC();
    const base = objects(rt).n;
    pools.put(pool, word, item(1));
    pools.put(pool, word, item(2));
    // 2 items, poolLocal, allPools' array, a chain element and its ring.
    assert.equal(objects(rt).n, base + 6);
    rt.GC();
    assert.equal(objects(rt).n, base + 6, 'the victim cache keeps everything (allPools now oldPools)');
    rt.GC();
    assert.equal(objects(rt).n, base, 'gone after the second cycle');
    assert.equal(pools.get(pool), null);
    // That Get pinned the pool again: a new per-P array and allPools.
    assert.equal(objects(rt).n, base + 2);
  });
});
