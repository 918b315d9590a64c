// runtime/debug's settings through the public Runtime, against what Go 1.19
// printed (test/fixtures/go1.19/allocator/memstats.json, environments): the memory
// limit read with SetMemoryLimit(-1) by default and under GOMEMLIMIT=100MiB, and
// SetGCPercent / SetMemoryLimit returning the previous value.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Runtime } from '../../src/index.js';

const fixture = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/go1.19/allocator/memstats.json', import.meta.url), 'utf8'),
) as { environments: Record<string, { gc_percent: number; memory_limit: string; next_gc_at_start: number }> };

test('SetMemoryLimit(-1) reads what Go 1.19 read, default and GOMEMLIMIT=100MiB', () => {
  const env = fixture.environments;
  assert.equal(new Runtime({ env: {} }).setMemoryLimit(-1n), BigInt(env.default!.memory_limit));
  assert.equal(new Runtime({ env: {} }).setMemoryLimit(-1n), 9223372036854775807n);
  const limited = new Runtime({ env: { GOMEMLIMIT: '100MiB' } });
  assert.equal(limited.setMemoryLimit(-1n), BigInt(env['GOMEMLIMIT=100MiB']!.memory_limit));
  assert.equal(limited.setMemoryLimit(-1n), 104857600n);
});

test('SetGCPercent and SetMemoryLimit return the previous setting', () => {
  const rt = new Runtime({ env: { GOGC: '50' } });
  assert.equal(rt.setGCPercent(200), 50);
  assert.equal(rt.setGCPercent(-1), 200);
  assert.equal(rt.setGCPercent(100), -1);
  assert.equal(rt.setMemoryLimit(64n << 20n), 9223372036854775807n);
  assert.equal(rt.setMemoryLimit(-1n), 64n << 20n);
  assert.equal(rt.readMemStats().NextGC, 4194304);
});

test('GOGC from the environment sets the first heap goal as in Go', () => {
  for (const [name, want] of Object.entries(fixture.environments)) {
    const m = /^GOGC=(\d+)$/.exec(name);
    if (m === null) continue;
    assert.equal(new Runtime({ env: { GOGC: m[1] } }).readMemStats().NextGC, want.next_gc_at_start, name);
  }
});
