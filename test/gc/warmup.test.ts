// The warm-up (runtime/warmup.ts) runs a throwaway runtime once per collector
// kind and process; the runtime being made sees none of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Runtime } from '../../src/runtime/runtime.js';
import { needsWarmUp } from '../../src/runtime/warmup.js';

for (const collector of ['go', 'stw', 'refcount'] as const) {
  test(`a new ${collector} runtime starts from nothing, warm-up or not, and the warm-up runs once`, () => {
    for (let i = 0; i < 2; i++) {
      const rt = new Runtime({ collector, env: {}, arenaBytes: 64 << 20 });
      const m = rt.readMemStats();
      assert.equal(m.NumGC, 0);
      assert.equal(m.Mallocs, 0);
      assert.equal(m.HeapObjects, 0);
      assert.equal(m.PauseTotalNs, 0);
      assert.equal(rt.types.lookup('gomem.warmUp'), undefined);
    }
    assert.equal(needsWarmUp(collector), false);
  });
}
