// gomem's public TypeScript API: a Go 1.19 heap you allocate in and read through
// typed accessors, with Go's size classes, spans, memory-safety errors and MemStats.
//
//   const rt = new Runtime();
//   const T = rt.types;
//   const Node = T.struct('Node', (N) => ({ item: T.int, left: T.ptr(N), right: T.ptr(N) }));
//   const item = rt.intField(Node, 'item');
//   const p = rt.new(Node);
//   item.set(p, 42);
//
// Objects live as long as they are reachable from a root: a handle (rt.scope()),
// a global (rt.global(name)) or another reachable object.

export {
  Accessor,
  ArrayAccessor,
  BoolAccessor,
  FloatAccessor,
  IntAccessor,
  PtrAccessor,
  SliceAccessor,
  StringAccessor,
} from './api/accessors.js';
export { Runtime } from './api/heap.js';
export { arenaBaseAddr, formatAddr } from './runtime/arena.js';
export type { Collector, CollectorKind } from './runtime/collector.js';
export type { BySizeEntry, MemStats } from './runtime/mstats.js';
export { FatalError, RuntimeError } from './runtime/panic.js';
export type { Pool } from './runtime/pool.js';
export { Global, Handle, HandleScope } from './runtime/roots.js';
export type { RuntimeOptions } from './runtime/runtime.js';
export { class_to_size, roundupsize, sizeToClass } from './runtime/sizeclasses.js';
export { Kind, Type, Types } from './runtime/type.js';
