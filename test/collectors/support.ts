// Shared by the collector tests: a runtime per collector, and node types of 0–3
// pointer fields plus an int, none small enough for the tiny allocator (so
// HeapObjects counts every object exactly).
//
//   Node0 { v, pad int }                 16 B, noscan
//   Nodek { v int; p0..p(k-1) *int }     8 + 8k B, scan   (k = 1..3)

import { Runtime, type RuntimeOptions } from '../../src/runtime/runtime.js';
import type { Type } from '../../src/runtime/type.js';

export type Kind = 'go' | 'stw' | 'refcount';
export const kinds: Kind[] = ['go', 'stw', 'refcount'];

export function newRuntime(collector: Kind, opts: RuntimeOptions = {}): Runtime {
  return new Runtime({
    gomaxprocs: 1,
    gogc: 100,
    memoryLimit: Number.MAX_SAFE_INTEGER,
    gctrace: false,
    gccheckmark: collector === 'go',
    env: {},
    collector,
    ...opts,
  });
}

export interface NodeTypes {
  /** nodes[k]: the type with k pointer fields. */
  nodes: Type[];
  /** Byte offset of pointer field f (the int is at 0). */
  ptrOffset(f: number): number;
}

export function nodeTypes(rt: Runtime): NodeTypes {
  const T = rt.types;
  const p = T.ptr(T.int);
  const nodes = [
    T.struct('Node0', { v: T.int, pad: T.int }),
    T.struct('Node1', { v: T.int, p0: p }),
    T.struct('Node2', { v: T.int, p0: p, p1: p }),
    T.struct('Node3', { v: T.int, p0: p, p1: p, p2: p }),
  ];
  return { nodes, ptrOffset: (f) => 8 + 8 * f };
}

export function heapObjects(rt: Runtime): number {
  return rt.readMemStats().HeapObjects;
}
