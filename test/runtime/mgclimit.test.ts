// The GC CPU limiter against mgclimit.go's arithmetic: a bucket of 1 s × GOMAXPROCS
// that GC time fills and mutator time drains, limiting while full. Numbers are
// worked out by hand from updateLocked and accumulate.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { capacityPerProc, GCCPULimiter } from '../../src/runtime/mgclimit.js';

const ms = 1e6;
const s = 1e9;

/** A limiter with the collector on since time t (a finished start transition). */
function gcOn(procs: number, t: number): GCCPULimiter {
  const l = new GCCPULimiter(t, procs);
  l.startGCTransition(true, t);
  l.finishGCTransition(t);
  return l;
}

describe('GC CPU limiter', () => {
  test('capacity is 1 s per P and the limiter starts off', () => {
    const l = new GCCPULimiter(0, 4);
    assert.equal(l.capacity, 4 * capacityPerProc);
    assert.equal(l.fill, 0);
    assert.equal(l.limiting(), false);
  });

  test('with GC off, mutator time drains an empty bucket to nothing', () => {
    const l = new GCCPULimiter(0, 2);
    l.update(100 * ms);
    assert.equal(l.fill, 0);
  });

  test('GC on: 25% background share plus assists fill, the rest drains', () => {
    const l = gcOn(1, 0);
    // 100 ms window: GC 25 ms + 40 ms assists = 65 ms, mutator 35 ms → +30 ms.
    l.addAssistTime(40 * ms);
    l.update(100 * ms);
    assert.equal(l.fill, 30 * ms);
    assert.equal(l.assistTimePool, 0);
    // Idle time is neither: 100 ms window with 60 ms idle → GC 25, mutator 15 → +10 ms.
    l.addIdleTime(60 * ms);
    l.update(200 * ms);
    assert.equal(l.fill, 40 * ms);
    // Background marking alone (25%) drains: GC 25, mutator 75 → −50 ms, floored at 0.
    l.update(300 * ms);
    assert.equal(l.fill, 0);
  });

  test('a full bucket limits; any drain lets go', () => {
    const l = gcOn(1, 0);
    l.numGC = () => 6;
    // 2 s of assists in a 1.5 s window: GC 0.375 s + 2 s, mutator 1.5 − 2.375 < 0.
    l.addAssistTime(2 * s);
    l.update(1.5 * s);
    assert.equal(l.fill, l.capacity);
    assert.equal(l.limiting(), true);
    assert.equal(l.lastEnabledCycle, 7);
    // change = 2.375 − (−0.875) = 3.25 s; 1 s fit, the rest overflowed.
    assert.equal(l.overflow, 2.25 * s);
    // More GC time into a full bucket only overflows.
    l.addAssistTime(10 * ms);
    l.update(1.5 * s + 10 * ms);
    assert.equal(l.limiting(), true);
    // Background marking alone drains (100 ms: GC 25, mutator 75): the limiter turns off.
    l.update(1.51 * s + 100 * ms);
    assert.equal(l.limiting(), false);
    assert.equal(l.fill, l.capacity - 50 * ms);
  });

  test('a stop-the-world transition is all GC time', () => {
    const l = new GCCPULimiter(0, 4);
    l.startGCTransition(true, 10 * ms);
    l.update(11 * ms); // ignored: the transition holds the limiter
    l.finishGCTransition(12 * ms);
    assert.equal(l.fill, 2 * ms * 4);
    assert.equal(l.gcEnabled, true);
    assert.throws(() => l.startGCTransition(true, 13 * ms), /same state/);
    l.startGCTransition(false, 13 * ms);
    assert.throws(() => l.startGCTransition(true, 14 * ms), /failed to acquire lock/);
    assert.throws(() => l.resetCapacity(14 * ms, 2), /failed to acquire lock/);
    l.finishGCTransition(14 * ms);
    assert.throws(() => l.finishGCTransition(15 * ms), /without starting one/);
  });

  test('needUpdate after 10 ms', () => {
    const l = new GCCPULimiter(0, 1);
    assert.equal(l.needUpdate(10 * ms), false);
    assert.equal(l.needUpdate(10 * ms + 1), true);
  });

  test('resetCapacity on a GOMAXPROCS change clamps a fuller bucket and limits', () => {
    const l = gcOn(4, 0);
    l.addAssistTime(3 * s);
    l.update(1 * s);
    // GC 1 s + 3 s = 4 s of 4 s; mutator 0: +4 s, exactly full.
    assert.equal(l.limiting(), true);
    l.resetCapacity(1 * s, 8);
    assert.equal(l.capacity, 8 * s);
    assert.equal(l.limiting(), false);
    l.resetCapacity(1 * s, 2);
    assert.equal(l.capacity, 2 * s);
    assert.equal(l.fill, 2 * s);
    assert.equal(l.limiting(), true);
  });

  test('a clock that goes backwards changes nothing', () => {
    const l = gcOn(1, 100 * ms);
    l.addAssistTime(50 * ms);
    l.update(50 * ms);
    assert.equal(l.fill, 0);
    assert.equal(l.lastUpdate, 100 * ms);
    assert.equal(l.assistTimePool, 50 * ms);
  });

  test('the fill always stays within [0, capacity] and limiting means full', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.array(
          fc.record({
            dt: fc.integer({ min: 0, max: 2e9 }),
            assist: fc.integer({ min: 0, max: 4e9 }),
            idle: fc.integer({ min: 0, max: 4e9 }),
            toggle: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        (procs, steps) => {
          const l = new GCCPULimiter(0, procs);
          let now = 0;
          for (const step of steps) {
            now += step.dt;
            l.addAssistTime(step.assist);
            l.addIdleTime(step.idle);
            if (step.toggle) {
              l.startGCTransition(!l.gcEnabled, now);
              l.finishGCTransition(now);
            } else {
              l.update(now);
            }
            assert.ok(l.fill >= 0 && l.fill <= l.capacity);
            if (l.limiting()) assert.equal(l.fill, l.capacity);
          }
        },
      ),
    );
  });
});
