// The scavenger and debug.FreeOSMemory: released pages move from HeapIdle's
// retained part to HeapReleased, the top of the arena is unmapped and the process
// really shrinks, Sys stays as Go keeps it (test/fixtures/go1.19/pool/
// freeosmemory.json), memory taken back reads zero, the allocator's assist keeps
// Sys − HeapReleased under a memory limit, and the background scavenger brings
// retained memory down to Go 1.19's goal after the heap shrinks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Runtime } from '../../src/index.js';
import { retainExtraPercent } from '../../src/runtime/mgcscavenge.js';
import type { MemStats } from '../../src/runtime/mstats.js';

const MiB = 1 << 20;
const fixtures = new URL('../../../test/fixtures/go1.19/pool/', import.meta.url);
const goFree = JSON.parse(readFileSync(new URL('freeosmemory.json', fixtures), 'utf8'));

function setup(opts: { arenaBytes?: number; memoryLimit?: number } = {}) {
  const rt = new Runtime({
    gomaxprocs: 1,
    gogc: 100,
    arenaBytes: opts.arenaBytes ?? 512 * MiB,
    env: {},
    ...opts,
  });
  return rt;
}

/** Allocates n MiB of 1 MiB []byte blocks, each filled so its pages are resident. */
function fill(rt: Runtime, mib: number, scope: ReturnType<Runtime['scope']>): number[] {
  const blocks: number[] = [];
  const u8 = () => rt.heap.arena.u8;
  for (let i = 0; i < mib; i++) {
    const p = rt.makeslice(rt.types.uint8, MiB, MiB);
    scope.handle(p);
    u8().fill(0x5a, p, p + MiB);
    blocks.push(p);
  }
  return blocks;
}

function invariants(m: MemStats): void {
  assert.equal(
    m.Sys,
    m.HeapSys + m.StackSys + m.MSpanSys + m.MCacheSys + m.BuckHashSys + m.GCSys + m.OtherSys,
  );
  assert.equal(m.HeapIdle, m.HeapSys - m.HeapInuse);
  assert.ok(m.HeapReleased <= m.HeapIdle);
}

function allZero(rt: Runtime, p: number, n: number): boolean {
  const b = Buffer.from(rt.heap.arena.buffer, p, n);
  return b.equals(Buffer.alloc(n));
}

/** The resident set in bytes, from /proc when there is one. */
function rss(): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m !== null) return Number(m[1]) * 1024;
  } catch {
    // not Linux: fall through
  }
  return process.memoryUsage.rss();
}

describe('FreeOSMemory', () => {
  test('Go 1.19 keeps Sys and HeapSys, and moves the freed heap into HeapReleased', () => {
    const { after_gc: gc, after_free_os_memory: free } = goFree;
    assert.equal(free.Sys, gc.Sys);
    assert.equal(free.HeapSys, gc.HeapSys);
    assert.ok(free.HeapReleased - gc.HeapReleased > 0.9 * goFree.live_mib * MiB);
    assert.ok(free.VmRSSKiB * 1024 < gc.VmRSSKiB * 1024 - 0.9 * goFree.live_mib * MiB);
  });

  test('releases every free page: HeapReleased grows by the freed heap, Sys stays, the arena shrinks', () => {
    const rt = setup();
    const scope = rt.scope();
    fill(rt, 64, scope);
    scope.close();
    rt.GC();
    const before = rt.readMemStats();
    const mapped = rt.heap.arena.mapped;
    const released = rt.freeOSMemory();
    const after = rt.readMemStats();
    invariants(before);
    invariants(after);
    assert.ok(released >= 64 * MiB, `released ${released}`);
    assert.equal(after.HeapReleased - before.HeapReleased, released);
    assert.equal(after.HeapReleased, after.HeapIdle, 'every idle page is released');
    assert.equal(after.Sys, before.Sys, 'Sys is unchanged, as in Go');
    assert.equal(after.HeapSys, before.HeapSys);
    assert.ok(after.Sys - after.HeapReleased <= before.Sys - before.HeapReleased - 64 * MiB);
    assert.ok(rt.heap.arena.mapped <= mapped - 64 * MiB, `arena ${mapped} → ${rt.heap.arena.mapped}`);
    assert.equal(rt.heap.arena.buffer.byteLength, rt.heap.arena.mapped);
  });

  test('the process gives the memory back', () => {
    const rt = setup();
    const scope = rt.scope();
    fill(rt, 128, scope);
    scope.close();
    rt.GC();
    const rss0 = rss();
    const mapped = rt.heap.arena.mapped;
    rt.freeOSMemory();
    const unmapped = mapped - rt.heap.arena.mapped;
    const rss1 = rss();
    assert.ok(unmapped >= 120 * MiB);
    assert.ok(
      rss0 - rss1 >= unmapped / 2,
      `RSS ${rss0 >> 20} MiB → ${rss1 >> 20} MiB, ${unmapped >> 20} MiB unmapped`,
    );
  });

  test('memory taken back after release reads zero, at the top and in the middle, and is accounted', () => {
    const rt = setup();
    const scope = rt.scope();
    const inner = rt.scope();
    const middle = fill(rt, 16, inner)[0]!;
    // Above the 16 MiB, held by a global (a handle would die with the inner scope):
    // the top cannot go below it.
    const keep = fill(rt, 1, inner)[0]!;
    rt.global('keep').set(keep);
    const garbageAbove = rt.scope();
    fill(rt, 8, garbageAbove);
    garbageAbove.close();
    inner.close();
    rt.freeOSMemory();
    const m0 = rt.readMemStats();
    invariants(m0);
    assert.ok(rt.heap.arena.mapped < keep + 2 * MiB + 4 * MiB, 'the top above the kept block was unmapped');
    assert.ok(rt.heap.pages.isScavenged(middle >>> 13), 'a released page in the middle');
    // Take back 24 MiB: the 16 released in the middle, then memory mapped again.
    for (let i = 0; i < 24; i++) {
      const p = rt.makeslice(rt.types.uint8, MiB, MiB);
      scope.handle(p);
      assert.ok(allZero(rt, p, MiB), `block ${i} at ${p} reads zero`);
    }
    const m1 = rt.readMemStats();
    invariants(m1);
    assert.ok(m0.HeapReleased - m1.HeapReleased >= 24 * MiB - 8192);
    assert.equal(rt.heap.arena.u8[keep], 0x5a, 'the kept block is untouched');
    scope.close();
  });

  test('growing again past the old top adds to HeapSys only beyond its high-water mark', () => {
    const rt = setup();
    const scope = rt.scope();
    const inner = rt.scope();
    fill(rt, 32, inner);
    inner.close();
    rt.freeOSMemory();
    const m0 = rt.readMemStats();
    fill(rt, 24, scope);
    const m1 = rt.readMemStats();
    assert.equal(m1.HeapSys, m0.HeapSys, 'regrowing below the high-water mark');
    invariants(m1);
    fill(rt, 24, scope);
    const m2 = rt.readMemStats();
    assert.ok(m2.HeapSys > m0.HeapSys);
    assert.equal(
      m2.HeapSys + m2.OtherSys,
      rt.heap.sysHigh,
      'HeapSys (+ the nil page) is the high-water mark',
    );
    invariants(m2);
    scope.close();
  });
});

describe('the scavenger', () => {
  test('Go 1.19 goal: the background scavenger brings retained memory down after the heap shrinks, at ~1% CPU', () => {
    const rt = setup();
    const big = rt.scope();
    fill(rt, 64, big);
    rt.GC();
    big.close();
    rt.GC(); // the goal falls from ~128 MiB to the minimum; lastHeapInUse is still ~64 MiB
    const sc = rt.scavenger;
    const ctl = rt.heap.gcController;
    const expect = Math.floor(sc.lastHeapInUse * (ctl.heapGoal() / ctl.lastHeapGoal));
    const goal = Math.ceil((expect + Math.floor(expect / (100 / retainExtraPercent))) / 4096) * 4096;
    assert.equal(sc.gcPercentGoal, goal);
    assert.ok(goal < 8 * MiB, `goal ${goal}`);
    const retained0 = sc.heapRetained();
    assert.ok(retained0 > 60 * MiB);
    // A clock that only the test moves: steps take no time on it, so the scavenger
    // charges Go's estimate, 10 µs per 4 KiB page, and sleeps to keep that at 1%.
    let now = 0;
    sc.now = () => now;
    let allocs = 0;
    while (sc.heapRetained() > sc.gcPercentGoal && now < 600e9) {
      rt.makeslice(rt.types.uint8, 8192, 8192); // garbage; each takes a span
      allocs++;
      now += 10e6;
    }
    const retained = sc.heapRetained();
    assert.ok(retained <= sc.gcPercentGoal, `retained ${retained} > goal ${sc.gcPercentGoal}`);
    assert.ok(retained < 8 * MiB, `retained ${retained}`);
    assert.ok(sc.releasedBackground > 50 * MiB);
    assert.ok(rt.heap.arena.mapped < 16 * MiB, 'the released top was unmapped');
    // 10 µs per 4 KiB page is 2.56 ms of work per MiB: at 1%, 0.256 s per MiB.
    const cpuShare = ((sc.releasedBackground / 4096) * 10e3) / now;
    assert.ok(
      cpuShare > 0.003 && cpuShare < 0.03,
      `scavenger CPU share ${cpuShare} over ${now / 1e9} s, ${allocs} allocations`,
    );
    invariants(rt.readMemStats());
  });

  test('a heap growth past the goal scavenges free pages below it (allocSpan’s assist)', () => {
    const rt = setup();
    const inner = rt.scope();
    const hole = fill(rt, 32, inner)[0]!;
    const keep = fill(rt, 1, inner)[0]!;
    rt.global('keep').set(keep);
    rt.GC();
    inner.close();
    rt.GC(); // 32 MiB free below the kept block; the goal is a few MiB
    const sc = rt.scavenger;
    assert.ok(sc.gcPercentGoal < 8 * MiB);
    // A clock that stands still: the background scavenger gets one short run, then sleeps.
    sc.now = () => 0;
    const scope = rt.scope();
    scope.handle(rt.makeslice(rt.types.uint8, 40 * MiB, 40 * MiB)); // does not fit the hole: the heap grows
    assert.ok(sc.releasedBackground < MiB, `background ${sc.releasedBackground}`);
    assert.ok(sc.releasedAssist >= 30 * MiB, `assist ${sc.releasedAssist}`);
    assert.ok(rt.heap.pages.isScavenged(hole >>> 13));
    invariants(rt.readMemStats());
    scope.close();
  });

  test('no goal before the second cycle, and nothing released while the heap is steady', () => {
    const rt = setup();
    assert.equal(rt.scavenger.gcPercentGoal, Number.POSITIVE_INFINITY);
    const scope = rt.scope();
    for (let i = 0; i < 3; i++) {
      fill(rt, 4, scope);
      rt.GC();
    }
    for (let i = 0; i < 64; i++) scope.handle(rt.makeslice(rt.types.uint8, 64 << 10, 64 << 10));
    assert.equal(rt.scavenger.releasedBackground, 0);
    scope.close();
  });

  test('Go 1.19 memory-limit goal is limit × 95 (golang/go#62449): the background scavenger ignores the limit', () => {
    const rt = setup({ memoryLimit: 32 * MiB });
    rt.GC();
    assert.equal(rt.scavenger.memoryLimitGoal, Number.POSITIVE_INFINITY);
  });

  test('under a memory limit, allocation scavenges so that Sys − HeapReleased stays within it', () => {
    const rt = setup();
    const scope = rt.scope();
    const big = rt.scope();
    fill(rt, 48, big);
    big.close();
    rt.GC();
    const m0 = rt.readMemStats();
    assert.ok(m0.Sys - m0.HeapReleased > 40 * MiB);
    const limit = 24 * MiB;
    rt.setMemoryLimit(BigInt(limit));
    scope.handle(rt.makeslice(rt.types.uint8, MiB, MiB));
    const m1 = rt.readMemStats();
    invariants(m1);
    assert.ok(m1.Sys - m1.HeapReleased <= limit, `mappedReady ${m1.Sys - m1.HeapReleased} > ${limit}`);
    assert.ok(rt.scavenger.releasedAssist > 16 * MiB);
    scope.close();
  });

  test('GODEBUG=scavtrace=1 prints Go’s line for FreeOSMemory', () => {
    const lines: string[] = [];
    const rt = new Runtime({
      gomaxprocs: 1,
      arenaBytes: 64 << 20,
      env: { GODEBUG: 'scavtrace=1' },
      trace: (l) => lines.push(l),
    });
    const scope = rt.scope();
    fill(rt, 8, scope);
    scope.close();
    rt.freeOSMemory();
    assert.match(lines.at(-1)!, /^scav \d+ KiB work, \d+ KiB total, \d+% util \(forced\)$/);
  });
});
