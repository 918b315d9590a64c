// Every collector keeps exactly what is reachable. Random programs — allocations
// of nodes with 0–3 pointer fields and an int, pointer stores through
// rt.writePointer, int stores, handle scopes opened and closed, handles and
// globals set, allocation switching between two Ps, bursts of unrooted garbage
// (some of it pointing into the live graph) that start cycles, and (for Go's collector) cycles begun and advanced in increments
// between the stores — run against a model: a graph of nodes with the int and
// pointer values last stored, and the roots. After every runtime.GC, every node
// reachable from the model's roots reads, word by word, the int and the addresses
// of the nodes the model says it points to, and HeapObjects is the number of
// reachable nodes. Nodes are never tiny, so HeapObjects counts each one. Go's
// collector runs with gccheckmark on; reference counting with its cycle
// collector.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Global, Handle, HandleScope } from '../../src/runtime/roots.js';
import type { Runtime } from '../../src/runtime/runtime.js';
import { heapObjects, type Kind, kinds, type NodeTypes, newRuntime, nodeTypes } from './support.js';

type Cmd =
  | { op: 'alloc'; k: number; v: number }
  | { op: 'store'; src: number; field: number; dst: number | null }
  | { op: 'setInt'; src: number; v: number }
  | { op: 'open' }
  | { op: 'close' }
  | { op: 'handle'; obj: number }
  | { op: 'handleSet'; h: number; obj: number | null }
  | { op: 'global'; g: number; obj: number | null }
  | { op: 'gc' }
  | { op: 'switchP' }
  | { op: 'garbage'; n: number; link: boolean }
  | { op: 'begin' }
  | { op: 'step'; budget: number };

/** Picks are fractions, resolved against whatever exists when the command runs. */
const pick = fc.nat({ max: 1 << 20 });
const maybe = fc.option(pick, { nil: null });

function commands(kind: Kind): fc.Arbitrary<Cmd[]> {
  const common: fc.Arbitrary<Cmd>[] = [
    fc.record({ op: fc.constant('alloc' as const), k: fc.nat({ max: 3 }), v: fc.integer() }),
    fc.record({ op: fc.constant('alloc' as const), k: fc.nat({ max: 3 }), v: fc.integer() }),
    fc.record({ op: fc.constant('store' as const), src: pick, field: fc.nat({ max: 2 }), dst: maybe }),
    fc.record({ op: fc.constant('store' as const), src: pick, field: fc.nat({ max: 2 }), dst: maybe }),
    fc.record({ op: fc.constant('setInt' as const), src: pick, v: fc.integer() }),
    fc.constant({ op: 'open' as const }),
    fc.constant({ op: 'close' as const }),
    fc.record({ op: fc.constant('handle' as const), obj: pick }),
    fc.record({ op: fc.constant('handleSet' as const), h: pick, obj: maybe }),
    fc.record({ op: fc.constant('global' as const), g: fc.nat({ max: 2 }), obj: maybe }),
    fc.constant({ op: 'gc' as const }),
    fc.constant({ op: 'switchP' as const }),
    fc.record({
      op: fc.constant('garbage' as const),
      n: fc.integer({ min: 1, max: 400 }),
      link: fc.boolean(),
    }),
  ];
  if (kind === 'go') {
    common.push(
      fc.constant({ op: 'begin' as const }),
      fc.record({ op: fc.constant('step' as const), budget: fc.integer({ min: 16, max: 4096 }) }),
      fc.record({ op: fc.constant('step' as const), budget: fc.integer({ min: 16, max: 4096 }) }),
    );
  }
  return fc.array(fc.oneof(...common), { minLength: 1, maxLength: 60 });
}

interface Node {
  addr: number;
  k: number;
  v: number;
  ptrs: (Node | null)[];
}

class Model {
  readonly scopes: { scope: HandleScope; handles: { h: Handle; node: Node | null }[] }[] = [];
  readonly globals: { g: Global; node: Node | null }[];

  constructor(
    readonly rt: Runtime,
    readonly types: NodeTypes,
  ) {
    this.globals = [0, 1, 2].map((i) => ({ g: rt.global(`g${i}`), node: null }));
    this.open();
  }

  open(): void {
    this.scopes.push({ scope: this.rt.scope(), handles: [] });
  }

  get top() {
    return this.scopes[this.scopes.length - 1]!;
  }

  handles() {
    return this.scopes.flatMap((s) => s.handles);
  }

  reachable(): Node[] {
    const seen = new Set<Node>();
    const stack: Node[] = [];
    const visit = (n: Node | null) => {
      if (n !== null && !seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    };
    for (const { node } of this.handles()) visit(node);
    for (const { node } of this.globals) visit(node);
    while (stack.length > 0) for (const p of stack.pop()!.ptrs) visit(p);
    return [...seen];
  }

  run(c: Cmd): void {
    const rt = this.rt;
    const live = () => this.reachable();
    const choose = <T>(xs: T[], i: number): T | undefined =>
      xs.length === 0 ? undefined : xs[i % xs.length];
    switch (c.op) {
      case 'alloc': {
        const addr = rt.new(this.types.nodes[c.k]!);
        const node: Node = { addr, k: c.k, v: c.v, ptrs: new Array<Node | null>(c.k).fill(null) };
        this.top.handles.push({ h: this.top.scope.handle(addr), node });
        rt.heap.arena.i32[addr >>> 2] = c.v;
        return;
      }
      case 'store': {
        const src = choose(
          live().filter((n) => n.k > 0),
          c.src,
        );
        if (src === undefined) return;
        const dst = c.dst === null ? null : (choose(live(), c.dst) ?? null);
        const f = c.field % src.k;
        rt.writePointer(src.addr + this.types.ptrOffset(f), dst === null ? 0 : dst.addr);
        src.ptrs[f] = dst;
        return;
      }
      case 'setInt': {
        const n = choose(live(), c.src);
        if (n === undefined) return;
        rt.heap.arena.i32[n.addr >>> 2] = c.v;
        n.v = c.v;
        return;
      }
      case 'open':
        this.open();
        return;
      case 'close':
        if (this.scopes.length > 1) this.scopes.pop()!.scope.close();
        return;
      case 'handle': {
        const n = choose(live(), c.obj);
        if (n !== undefined) this.top.handles.push({ h: this.top.scope.handle(n.addr), node: n });
        return;
      }
      case 'handleSet': {
        const h = choose(this.handles(), c.h);
        if (h === undefined) return;
        const n = c.obj === null ? null : (choose(live(), c.obj) ?? null);
        h.h.set(n === null ? 0 : n.addr);
        h.node = n;
        return;
      }
      case 'global': {
        const g = this.globals[c.g]!;
        const n = c.obj === null ? null : (choose(live(), c.obj) ?? null);
        g.g.set(n === null ? 0 : n.addr);
        g.node = n;
        return;
      }
      case 'gc':
        rt.GC();
        this.check();
        return;
      case 'garbage': {
        // Unrooted 1 KiB arrays, optionally pointing into the live graph: enough
        // to reach the pacer's trigger and, for reference counting, a reclaiming sweep.
        const targets = c.link ? live() : [];
        for (let i = 0; i < c.n; i++) {
          const g = rt.newArray(this.types.nodes[1]!, 64);
          const t = choose(targets, i);
          if (t !== undefined) rt.writePointer(g + this.types.ptrOffset(0), t.addr);
        }
        return;
      }
      case 'switchP':
        rt.p = rt.allp[(rt.p.id + 1) % rt.allp.length]!;
        return;
      case 'begin':
        rt.gc.begin();
        return;
      case 'step':
        rt.gc.step(c.budget);
        return;
    }
  }

  check(): void {
    const rt = this.rt;
    const u32 = rt.heap.arena.u32;
    const reach = this.reachable();
    for (const n of reach) {
      assert.equal(rt.heap.arena.i32[n.addr >>> 2], n.v, `int of node at ${n.addr}`);
      assert.equal(u32[(n.addr >>> 2) + 1], 0, `high word of node at ${n.addr}`);
      for (let f = 0; f < n.k; f++) {
        const w = (n.addr + this.types.ptrOffset(f)) >>> 2;
        assert.equal(u32[w], n.ptrs[f]?.addr ?? 0, `pointer ${f} of node at ${n.addr}`);
        assert.equal(u32[w + 1], 0);
      }
    }
    assert.equal(heapObjects(rt), reach.length, 'HeapObjects is the reachable node count');
  }
}

describe('collectors keep exactly the reachable objects', () => {
  for (const kind of kinds) {
    test(`${kind}: random graphs, stores, scopes and globals against a model`, () => {
      fc.assert(
        fc.property(commands(kind), (cmds) => {
          const rt = newRuntime(kind, { gomaxprocs: 2 });
          const model = new Model(rt, nodeTypes(rt));
          for (const c of cmds) model.run(c);
          model.run({ op: 'gc' });
        }),
        { numRuns: 80 },
      );
    });
  }
});
