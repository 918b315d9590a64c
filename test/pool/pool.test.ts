// sync.Pool against Go 1.19: every Put/Get/GC sequence real Go replayed
// (test/fixtures/go1.19/pool/sequences.json, written by scripts/fixtures-pool.sh)
// gives the same items in the same order, with the same finalizers run; then what
// one P cannot show: stealing from other Ps' shared tails and the victim caches of
// other Ps, in pool.go's order; pool contents as roots, with what they point to;
// and pool operations interleaved with a concurrent mark under gccheckmark.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Runtime } from '../../src/index.js';

const fixtures = new URL('../../../test/fixtures/go1.19/pool/', import.meta.url);

interface Step {
  op: string;
  result?: number | number[] | null;
}
interface Run {
  name: string;
  steps: Step[];
}
const runs: Run[] = JSON.parse(readFileSync(new URL('sequences.json', fixtures), 'utf8')).runs;

/** A runtime with Go's item type of the fixture program: struct { id int; next *item }. */
function setup(gomaxprocs = 1) {
  const rt = new Runtime({ gomaxprocs, gogc: 100, arenaBytes: 64 << 20, env: {} });
  const T = rt.types;
  const Item = T.struct('item', (I) => ({ id: T.int, next: T.ptr(I) }));
  const id = rt.intField(Item, 'id');
  const next = rt.ptrField(Item, 'next');
  const item = (n: number): number => {
    const p = rt.new(Item);
    id.set(p, n);
    return p;
  };
  return { rt, Item, id, next, item };
}

/** Replays a fixture run: items the program holds are globals, as Go's map held them. */
function replay(run: Run): Step[] {
  const { rt, id, item } = setup();
  const held = new Map<number, ReturnType<Runtime['global']>>();
  const hold = (n: number, p: number): void => {
    let g = held.get(n);
    if (g === undefined) {
      g = rt.global(`item${n}`);
      held.set(n, g);
    }
    g.set(p);
  };
  const finalized: number[] = [];
  let next = 1000;
  const pool = run.name.endsWith('+new') ? rt.newPool(() => item(next++)) : rt.newPool();
  const out: Step[] = [];
  for (const { op } of run.steps) {
    if (op.startsWith('put:')) {
      const n = Number(op.slice(4));
      let p = held.get(n)?.get() ?? 0;
      if (p === 0) {
        p = item(n);
        rt.setFinalizer(p, (x) => finalized.push(id.get(x)));
      }
      pool.put(p);
      held.get(n)?.set(0);
      out.push({ op });
    } else if (op === 'putnil') {
      pool.put(0);
      out.push({ op });
    } else if (op === 'get') {
      const p = pool.get();
      const n = p === 0 ? null : id.get(p);
      if (n !== null && n < 1000) hold(n, p);
      out.push({ op, result: n });
    } else if (op === 'gc') {
      rt.GC();
      out.push({ op });
    } else if (op === 'fin') {
      out.push({ op, result: finalized.toSorted((a, b) => a - b) });
    } else {
      throw new Error(`unknown op ${op}`);
    }
  }
  return out;
}

describe('sync.Pool against Go 1.19 (GOMAXPROCS=1)', () => {
  test('the fixture has the sequences', () => {
    assert.ok(runs.length >= 15);
    const survive = runs.find((r) => r.name === 'survives one GC')!;
    assert.deepEqual(survive.steps.at(-1), { op: 'get', result: 1 });
    const gone = runs.find((r) => r.name === 'gone after two GCs')!;
    assert.deepEqual(gone.steps.at(-1), { op: 'get', result: null });
  });
  for (const run of runs) {
    test(run.name, () => {
      assert.deepEqual(replay(run), run.steps);
    });
  }
});

describe('sync.Pool across Ps', () => {
  test('Get steals the tails of other Ps, starting after its own, never their private item', () => {
    const { rt, id, item } = setup(4);
    const pool = rt.newPool();
    const scope = rt.scope();
    const put = (pid: number, n: number) => {
      rt.p = rt.allp[pid]!;
      const p = item(n);
      scope.handle(p);
      pool.put(p);
    };
    put(0, 1); // P0 private
    put(0, 2); // P0 shared: 2
    put(0, 3); // P0 shared: 2 3
    put(3, 4); // P3 private
    put(3, 5); // P3 shared: 5
    put(2, 6); // P2 private
    rt.p = rt.allp[1]!;
    const got = () => {
      const p = pool.get();
      return p === 0 ? null : id.get(p);
    };
    // From P1: P2 (nothing shared), P3 (5), P0 (tail 2, then 3), then nothing.
    assert.deepEqual([got(), got(), got(), got()], [5, 2, 3, null]);
    rt.p = rt.allp[0]!;
    assert.equal(got(), 1);
    rt.p = rt.allp[3]!;
    assert.equal(got(), 4);
    scope.close();
  });

  test('victims: own private, then shared tails from its own P on', () => {
    const { rt, id, item } = setup(3);
    const pool = rt.newPool();
    for (const [pid, n] of [
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 4],
      [1, 5],
      [2, 6],
      [2, 7],
    ] as const) {
      rt.p = rt.allp[pid]!;
      pool.put(item(n));
    }
    rt.GC();
    rt.p = rt.allp[1]!;
    const got: (number | null)[] = [];
    for (let i = 0; i < 8; i++) {
      const p = pool.get();
      got.push(p === 0 ? null : id.get(p));
    }
    // P1's victim private 4; victim shared tails of P1 (5), P2 (7), P0 (2, 3); the
    // other victim private items (1, 6) are out of P1's reach.
    assert.deepEqual(got, [4, 5, 7, 2, 3, null, null, null]);
  });

  test('New is called only when every cache is empty', () => {
    const { rt, id, item } = setup(2);
    let calls = 0;
    const pool = rt.newPool(() => {
      calls++;
      return item(99);
    });
    rt.p = rt.allp[0]!;
    pool.put(item(1));
    pool.put(item(2));
    rt.p = rt.allp[1]!;
    assert.equal(id.get(pool.get()), 2);
    assert.equal(calls, 0);
    assert.equal(id.get(pool.get()), 99);
    assert.equal(calls, 1);
  });
});

describe('sync.Pool and the collector', () => {
  test('pool contents are roots, and so is what they point to, for one GC', () => {
    const { rt, id, next, item } = setup();
    const pool = rt.newPool();
    const a = item(1);
    const child = item(2);
    next.set(a, child);
    pool.put(a);
    const before = rt.readMemStats().HeapObjects;
    rt.GC();
    assert.equal(rt.readMemStats().HeapObjects, before);
    assert.equal(id.get(next.get(a)), 2);
    rt.GC();
    assert.equal(rt.readMemStats().HeapObjects, before - 2);
    assert.equal(pool.get(), 0);
  });

  test('Put(nil) does nothing; Put of a non-pointer is refused', () => {
    const { rt, item } = setup();
    const pool = rt.newPool();
    pool.put(0);
    assert.equal(pool.get(), 0);
    assert.throws(() => pool.put(12345), TypeError);
    const p = item(1);
    pool.put(p);
    assert.equal(pool.get(), p);
  });

  test('an unused pool is forgotten after two cycles, as Go drops it from allPools and oldPools', () => {
    const { rt, item } = setup();
    const pool = rt.newPool();
    pool.put(item(1));
    assert.equal(rt.pools.allPools.length, 1);
    rt.GC();
    assert.equal(rt.pools.allPools.length, 0);
    let roots = 0;
    rt.pools.scanRoots(() => roots++);
    assert.equal(roots, 1);
    rt.GC();
    roots = 0;
    rt.pools.scanRoots(() => roots++);
    assert.equal(roots, 0);
  });

  test('Put and Get during a concurrent mark keep every reachable object marked (gccheckmark)', () => {
    const rt = new Runtime({ gomaxprocs: 2, gogc: 100, gccheckmark: true, arenaBytes: 64 << 20, env: {} });
    const T = rt.types;
    const Node = T.struct('node', (N) => ({ v: T.int, next: T.ptr(N) }));
    const v = rt.intField(Node, 'v');
    const next = rt.ptrField(Node, 'next');
    const pool = rt.newPool();
    const scope = rt.scope();
    const head = scope.handle(rt.new(Node));
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let cycle = 0; cycle < 6; cycle++) {
      rt.gc.begin();
      for (let i = 0; i < 400; i++) {
        rt.p = rt.allp[rand(2)]!;
        switch (rand(4)) {
          case 0: {
            // Move the list's second node into the pool, unlinking it.
            const second = next.get(head.get());
            if (second !== 0) {
              next.set(head.get(), next.get(second));
              pool.put(second);
            }
            break;
          }
          case 1: {
            // Take a node out of the pool and link it back in.
            const p = pool.get();
            if (p !== 0) {
              next.set(p, next.get(head.get()));
              next.set(head.get(), p);
            }
            break;
          }
          case 2: {
            const p = rt.new(Node);
            v.set(p, i);
            next.set(p, next.get(head.get()));
            next.set(head.get(), p);
            break;
          }
          default:
            rt.gc.step(256);
        }
      }
      while (rt.gc.step(1 << 20)) {
        // finish the cycle and its sweep; checkmark runs at mark termination
      }
      // Everything on the list is still allocated and readable.
      for (let p = head.get(); p !== 0; p = next.get(p)) v.get(p);
    }
    scope.close();
  });
});
