// container/list: a doubly linked list of any values.
//
// Mirrors Go's container/list/list.go: a List holds a sentinel root Element
// (so the zero List is an empty list, made ready by lazyInit), every Element
// is one heap object made as &Element{Value: v}, and the operations link and
// unlink the same pointers in the same order. The objects are Go's, on the
// gomem heap, so MemStats see Go's allocations (48 bytes per Element and per
// List) and the collector sees the links (stored through the write barrier).
//
//   Element  [ next * | prev * | list * | Value iface ]   40 bytes
//   List     [ root Element | len int ]                  48 bytes

import { RuntimeError } from '../../runtime/panic.js';
import type { Type } from '../../runtime/type.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { stdType } from './errors.js';
import { readInt64, storePtr, writeInt64 } from './values.js';

const next = 0;
const prev = 8;
const list = 16;
const value = 24;
const lenOff = 40;

function listTypes(env: Env): { element: Type; list: Type } {
  const T = env.rt.types;
  const element = stdType(env, 'list.Element', () =>
    T.struct('list.Element', (E) => ({
      next: T.ptr(E),
      prev: T.ptr(E),
      list: T.unsafePointer,
      Value: T.any,
    })),
  );
  const list = stdType(env, 'list.List', () => T.struct('list.List', { root: element, len: T.int }));
  return { element, list };
}

export const blocking: ReadonlySet<string> = new Set();

export function list_(env: Env): Record<string, GoFunc> {
  const u32 = env.mem.u32;
  const ptr = (p: number, off: number): number => {
    if (p === 0) throw new RuntimeError('invalid memory address or nil pointer dereference');
    return u32[(p + off) >>> 2]!;
  };
  const set = (p: number, off: number, q: number): void => {
    if (p === 0) throw new RuntimeError('invalid memory address or nil pointer dereference');
    storePtr(env, p + off, q);
  };
  const len = (l: number): number => {
    if (l === 0) throw new RuntimeError('invalid memory address or nil pointer dereference');
    return readInt64(env, l + lenOff) as number;
  };
  const init = (l: number): number => {
    set(l, next, l);
    set(l, prev, l);
    writeInt64(env, l + lenOff, 0);
    return l;
  };
  const lazyInit = (l: number): void => {
    if (ptr(l, next) === 0) init(l);
  };
  const insert = (l: number, e: number, at: number): number => {
    set(e, prev, at);
    set(e, next, ptr(at, next));
    set(ptr(e, prev), next, e);
    set(ptr(e, next), prev, e);
    set(e, list, l);
    writeInt64(env, l + lenOff, len(l) + 1);
    return e;
  };
  /** insertValue: &Element{Value: v} linked after at; v is an interface at vAddr. */
  const insertValue = (l: number, vAddr: number, at: number): number => {
    const e = env.rt.new(listTypes(env).element);
    u32[(e + value) >>> 2] = u32[vAddr >>> 2]!;
    storePtr(env, e + value + 8, u32[(vAddr + 8) >>> 2]!);
    return insert(l, e, at);
  };
  const remove = (l: number, e: number): void => {
    set(ptr(e, prev), next, ptr(e, next));
    set(ptr(e, next), prev, ptr(e, prev));
    set(e, next, 0);
    set(e, prev, 0);
    set(e, list, 0);
    writeInt64(env, l + lenOff, len(l) - 1);
  };
  const move = (e: number, at: number): void => {
    if (e === at) return;
    set(ptr(e, prev), next, ptr(e, next));
    set(ptr(e, next), prev, ptr(e, prev));
    set(e, prev, at);
    set(e, next, ptr(at, next));
    set(ptr(e, prev), next, e);
    set(ptr(e, next), prev, e);
  };
  const front = (l: number): number => (len(l) === 0 ? 0 : ptr(l, next));
  const back = (l: number): number => (len(l) === 0 ? 0 : ptr(l, prev));
  const elemNext = (e: number): number => {
    const p = ptr(e, next);
    const l = ptr(e, list);
    return l !== 0 && p !== l ? p : 0;
  };
  const elemPrev = (e: number): number => {
    const p = ptr(e, prev);
    const l = ptr(e, list);
    return l !== 0 && p !== l ? p : 0;
  };
  return {
    New: (_fv: number): number => init(env.rt.new(listTypes(env).list)),
    '(*List).Init': (_fv: number, l: number): number => init(l),
    '(*List).Len': (_fv: number, l: number): number => len(l),
    '(*List).Front': (_fv: number, l: number): number => front(l),
    '(*List).Back': (_fv: number, l: number): number => back(l),
    '(*Element).Next': (_fv: number, e: number): number => elemNext(e),
    '(*Element).Prev': (_fv: number, e: number): number => elemPrev(e),
    // Remove(e) any: the element's Value at res, e unlinked if it is in l.
    '(*List).Remove': (_fv: number, res: number, l: number, e: number): void => {
      if (ptr(e, list) === l) remove(l, e);
      u32[res >>> 2] = u32[(e + value) >>> 2]!;
      u32[(res + 8) >>> 2] = u32[(e + value + 8) >>> 2]!;
    },
    '(*List).PushFront': (_fv: number, l: number, v: number): number => {
      lazyInit(l);
      return insertValue(l, v, l);
    },
    '(*List).PushBack': (_fv: number, l: number, v: number): number => {
      lazyInit(l);
      return insertValue(l, v, ptr(l, prev));
    },
    '(*List).InsertBefore': (_fv: number, l: number, v: number, mark: number): number =>
      ptr(mark, list) !== l ? 0 : insertValue(l, v, ptr(mark, prev)),
    '(*List).InsertAfter': (_fv: number, l: number, v: number, mark: number): number =>
      ptr(mark, list) !== l ? 0 : insertValue(l, v, mark),
    '(*List).MoveToFront': (_fv: number, l: number, e: number): void => {
      if (ptr(e, list) !== l || ptr(l, next) === e) return;
      move(e, l);
    },
    '(*List).MoveToBack': (_fv: number, l: number, e: number): void => {
      if (ptr(e, list) !== l || ptr(l, prev) === e) return;
      move(e, ptr(l, prev));
    },
    '(*List).MoveBefore': (_fv: number, l: number, e: number, mark: number): void => {
      if (ptr(e, list) !== l || e === mark || ptr(mark, list) !== l) return;
      move(e, ptr(mark, prev));
    },
    '(*List).MoveAfter': (_fv: number, l: number, e: number, mark: number): void => {
      if (ptr(e, list) !== l || e === mark || ptr(mark, list) !== l) return;
      move(e, mark);
    },
    '(*List).PushBackList': (_fv: number, l: number, other: number): void => {
      lazyInit(l);
      for (let i = len(other), e = front(other); i > 0; i--, e = elemNext(e))
        insertValue(l, e + value, ptr(l, prev));
    },
    '(*List).PushFrontList': (_fv: number, l: number, other: number): void => {
      lazyInit(l);
      for (let i = len(other), e = back(other); i > 0; i--, e = elemPrev(e)) insertValue(l, e + value, l);
    },
  };
}
