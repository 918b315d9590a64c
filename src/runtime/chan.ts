// Channels: Go 1.19's hchan in the arena, and send, receive, close and select.
//
// Mirrors Go's runtime/chan.go (makechan, chansend, chanrecv, send, recv,
// closechan, selectnbsend, selectnbrecv) and select.go (selectgo, block).
//
// hchan (96 bytes, Go's layout on amd64; words as the runner lays out uint):
//
//   0 qcount   8 dataqsiz   16 buf   24 elemsize u16 | 28 closed u32
//   32 elem type id   40 sendx   48 recvx   56 recvq (2 words)   72 sendq (2 words)   88 lock
//
// Allocation follows makechan exactly, so Mallocs and TotalAlloc are Go's: an
// unbuffered channel or one of zero-size elements is one 96-byte noscan object; a
// buffer of pointer-free elements shares one noscan object with the hchan (the
// buffer at +96); otherwise new(hchan) and a separate buffer typed with the
// element type. Only buf is a heap pointer in gomem's hchan: the element type is
// a type id, and the wait queues are JavaScript arrays of sudogs kept by the
// scheduler, keyed by the hchan's address (a channel with waiters is reachable:
// the scheduler's root scan shades every sudog's channel).
//
// Values move with typedmemmove (the buffer is heap memory: the write barrier
// sees every pointer copied in or out); a slot a receive empties is cleared
// with typedmemclr, as Go does, so the buffer does not keep garbage alive.
//
// Blocking operations are generators (README "Goroutines and blocking"): a
// blocked goroutine waits in a sudog whose elem is the address of its value —
// in its own frame, which never moves — and the goroutine that completes the
// operation copies the value straight to or from it (sendDirect / recvDirect).
//
// Select: cases are a flat array [c0, elem0, c1, elem1, …], the nsends send
// cases first, then the receives (Go's selectgo order). selectgo returns the
// chosen case index (−1: the default case) and leaves whether a receive got a
// value (recvOK) in sched.selectOK; so does chanrecvNB. The poll order is a
// random permutation (fastrand), nil channels are left out, and a blocked
// select waits with one sudog per case.

import { typedmemclr, typedmemmove } from './mbarrier.js';
import type { RootSource } from './mgcmark.js';
import { RuntimeError } from './panic.js';
import { type Sched, Sudog } from './proc.js';
import type { Runtime } from './runtime.js';
import { maxAlloc } from './slice.js';
import { Kind, type Type } from './type.js';

/** unsafe.Sizeof(hchan{}) rounded to maxAlign. */
export const hchanSize = 96;

const QCOUNT = 0;
const DATAQSIZ = 8;
const BUF = 16;
const ELEMSIZE = 24;
const CLOSED = 28;
const ELEMTYPE = 32;
const SENDX = 40;
const RECVX = 48;

/** A channel's waiting senders and receivers (Go's recvq / sendq), in arrival order. */
export interface WaitQ {
  readonly recvq: Sudog[];
  readonly sendq: Sudog[];
}

function hchanType(rt: Runtime): Type {
  const t = rt.types;
  return (
    t.lookup('runtime.hchan') ??
    t.struct('runtime.hchan', {
      qcount: t.uint,
      dataqsiz: t.uint,
      buf: t.unsafePointer,
      elemsize: t.uint16,
      closed: t.uint32,
      elemtype: t.uintptr,
      sendx: t.uint,
      recvx: t.uint,
      recvqFirst: t.uintptr,
      recvqLast: t.uintptr,
      sendqFirst: t.uintptr,
      sendqLast: t.uintptr,
      lock: t.uintptr,
    })
  );
}

/** The hchan being made, per runtime, while its buffer is allocated (a root). */
class MakechanRoot implements RootSource {
  p = 0;
  scanRoots(shade: (p: number) => void): void {
    if (this.p !== 0) shade(this.p);
  }
}

const tmpRoots = new WeakMap<Runtime, MakechanRoot>();

/**
 * A root for the new hchan while its buffer is allocated: that allocation may
 * start or advance a collection (and reference counting frees unrooted objects
 * there). A root source, not a handle scope (closing a scope is itself a point
 * where reference counting may free the unrooted new channel) nor a global
 * (globals count in the pacer's globalsScan).
 */
function tmpRoot(rt: Runtime): MakechanRoot {
  let r = tmpRoots.get(rt);
  if (r === undefined) {
    r = new MakechanRoot();
    rt.collector.rootSources.push(r);
    tmpRoots.set(rt, r);
  }
  return r;
}

/** makechan: make(chan T, size) for the channel type t (t.elem is T). */
export function makechan(rt: Runtime, t: Type, size: number | bigint): number {
  const elem = t.elem;
  if (t.kind !== Kind.Chan || elem === null)
    throw new TypeError(`gomem: makechan of non-channel type ${t.name}`);
  if (elem.size >= 1 << 16) throw new RuntimeError('makechan: invalid channel element type', true);
  // A size past 2^53 comes from compiled code as a bigint (vlrt.ts): out of range.
  if (
    typeof size !== 'number' ||
    !Number.isSafeInteger(size) ||
    size < 0 ||
    elem.size * size > maxAlloc - hchanSize
  ) {
    throw new RuntimeError('makechan: size out of range', true);
  }
  const mem = elem.size * size;
  let c: number;
  let buf: number;
  if (mem === 0) {
    c = rt.mallocgc(hchanSize, null, true);
    buf = c;
  } else if (elem.ptrdata === 0) {
    c = rt.mallocgc(hchanSize + mem, null, true);
    buf = c + hchanSize;
  } else {
    // The hchan is a root while the buffer is allocated: that allocation may start
    // or advance a collection (and reference counting reconciles there).
    c = rt.new(hchanType(rt));
    const tmp = tmpRoot(rt);
    tmp.p = c;
    try {
      buf = rt.mallocgc(mem, elem, true);
    } finally {
      tmp.p = 0;
    }
  }
  const u32 = rt.heap.arena.u32;
  if (buf !== c && elem.ptrdata !== 0) rt.storePointer(c + BUF, buf);
  else u32[(c + BUF) >>> 2] = buf;
  u32[(c + DATAQSIZ) >>> 2] = size;
  rt.heap.arena.u16[(c + ELEMSIZE) >>> 1] = elem.size;
  u32[(c + ELEMTYPE) >>> 2] = elem.id;
  return c;
}

/** len(c). */
export function chanlen(rt: Runtime, c: number): number {
  return c === 0 ? 0 : rt.heap.arena.u32[(c + QCOUNT) >>> 2]!;
}

/** cap(c). */
export function chancap(rt: Runtime, c: number): number {
  return c === 0 ? 0 : rt.heap.arena.u32[(c + DATAQSIZ) >>> 2]!;
}

function elemType(rt: Runtime, c: number): Type {
  return rt.types.get(rt.heap.arena.u32[(c + ELEMTYPE) >>> 2]!);
}

function waitq(sched: Sched, c: number): WaitQ {
  let q = sched.chanq.get(c);
  if (q === undefined) {
    q = { recvq: [], sendq: [] };
    sched.chanq.set(c, q);
  }
  return q;
}

/** waitq.dequeue: the first waiter whose select (if any) has not been won by another case. */
function dequeue(sched: Sched, c: number, recv: boolean): Sudog | null {
  const q = sched.chanq.get(c);
  if (q === undefined) return null;
  const list = recv ? q.recvq : q.sendq;
  let found: Sudog | null = null;
  while (list.length > 0) {
    const sg = list.shift()!;
    if (sg.isSelect) {
      if (sg.g.selectDone) continue;
      sg.g.selectDone = true;
    }
    found = sg;
    break;
  }
  if (q.recvq.length === 0 && q.sendq.length === 0) sched.chanq.delete(c);
  return found;
}

function removeWaiter(sched: Sched, sg: Sudog, recv: boolean): void {
  const q = sched.chanq.get(sg.c);
  if (q === undefined) return;
  const list = recv ? q.recvq : q.sendq;
  const i = list.indexOf(sg);
  if (i >= 0) list.splice(i, 1);
  if (q.recvq.length === 0 && q.sendq.length === 0) sched.chanq.delete(sg.c);
}

function closed(rt: Runtime, c: number): boolean {
  return rt.heap.arena.u32[(c + CLOSED) >>> 2] !== 0;
}

function sendClosed(): never {
  throw new RuntimeError('send on closed channel', true);
}

/** The slot i of c's buffer. */
function chanbuf(rt: Runtime, c: number, i: number): number {
  return rt.heap.arena.u32[(c + BUF) >>> 2]! + i * rt.heap.arena.u16[(c + ELEMSIZE) >>> 1]!;
}

function bump(u32: Uint32Array, c: number, field: number): void {
  const i = (c + field) >>> 2;
  const n = u32[i]! + 1;
  u32[i] = n === u32[(c + DATAQSIZ) >>> 2] ? 0 : n;
}

/**
 * The part of chansend that does not block: true if the value at ep was handed
 * to a waiting receiver or buffered, false if the send must wait. Panics if c is closed.
 */
function trySend(sched: Sched, c: number, ep: number): boolean {
  const rt = sched.rt;
  if (closed(rt, c)) sendClosed();
  const u32 = rt.heap.arena.u32;
  const sg = dequeue(sched, c, true);
  if (sg !== null) {
    // send: straight into the receiver's variable.
    if (sg.elem !== 0) typedmemmove(rt.heap, elemType(rt, c), sg.elem, ep);
    sg.success = true;
    sched.ready(sg.g, sg);
    return true;
  }
  if (u32[(c + QCOUNT) >>> 2]! < u32[(c + DATAQSIZ) >>> 2]!) {
    typedmemmove(rt.heap, elemType(rt, c), chanbuf(rt, c, u32[(c + SENDX) >>> 2]!), ep);
    bump(u32, c, SENDX);
    u32[(c + QCOUNT) >>> 2]!++;
    return true;
  }
  return false;
}

/** The outcomes of tryRecv. */
enum Recv {
  Blocked = 0,
  Received = 1,
  Closed = 2,
}

/** The part of chanrecv that does not block. */
function tryRecv(sched: Sched, c: number, ep: number): Recv {
  const rt = sched.rt;
  const u32 = rt.heap.arena.u32;
  const qcount = u32[(c + QCOUNT) >>> 2]!;
  if (closed(rt, c) && qcount === 0) {
    if (ep !== 0) typedmemclr(rt.heap, elemType(rt, c), ep);
    return Recv.Closed;
  }
  const sg = dequeue(sched, c, false);
  if (sg !== null) {
    const et = elemType(rt, c);
    if (u32[(c + DATAQSIZ) >>> 2] === 0) {
      if (ep !== 0) typedmemmove(rt.heap, et, ep, sg.elem);
    } else {
      // The buffer is full: take its head, and put the sender's value in the freed slot.
      const slot = chanbuf(rt, c, u32[(c + RECVX) >>> 2]!);
      if (ep !== 0) typedmemmove(rt.heap, et, ep, slot);
      typedmemmove(rt.heap, et, slot, sg.elem);
      bump(u32, c, RECVX);
      u32[(c + SENDX) >>> 2] = u32[(c + RECVX) >>> 2]!;
    }
    sg.elem = 0;
    sg.success = true;
    sched.ready(sg.g, sg);
    return Recv.Received;
  }
  if (qcount > 0) {
    const et = elemType(rt, c);
    const slot = chanbuf(rt, c, u32[(c + RECVX) >>> 2]!);
    if (ep !== 0) typedmemmove(rt.heap, et, ep, slot);
    typedmemclr(rt.heap, et, slot);
    bump(u32, c, RECVX);
    u32[(c + QCOUNT) >>> 2] = qcount - 1;
    return Recv.Received;
  }
  return Recv.Blocked;
}

/** c <- *ep. */
export function* chansend(sched: Sched, c: number, ep: number): Generator<unknown, void, unknown> {
  if (c === 0) {
    yield* sched.park('chan send (nil chan)');
    return;
  }
  if (trySend(sched, c, ep)) return;
  const g = sched.current!;
  const sg = new Sudog(g, c, ep, false);
  waitq(sched, c).sendq.push(sg);
  g.waiting = [sg];
  yield* sched.park('chan send');
  g.waiting = [];
  if (!sg.success) sendClosed();
}

/** *dst = <-c (dst 0: the value is dropped); returns false when c was closed and empty (ok). */
export function* chanrecv(sched: Sched, c: number, dst: number): Generator<unknown, boolean, unknown> {
  if (c === 0) {
    yield* sched.park('chan receive (nil chan)');
    return false;
  }
  const r = tryRecv(sched, c, dst);
  if (r !== Recv.Blocked) return r === Recv.Received;
  const g = sched.current!;
  const sg = new Sudog(g, c, dst, false);
  waitq(sched, c).recvq.push(sg);
  g.waiting = [sg];
  yield* sched.park('chan receive');
  g.waiting = [];
  return sg.success;
}

/** selectnbsend: select { case c <- *ep: return true; default: return false }. */
export function chansendNB(sched: Sched, c: number, ep: number): boolean {
  return c !== 0 && trySend(sched, c, ep);
}

/**
 * selectnbrecv: select { case *dst, ok = <-c: …; default: … }. Returns whether the
 * case was chosen; sched.selectOK says whether a value was received.
 */
export function chanrecvNB(sched: Sched, c: number, dst: number): boolean {
  sched.selectOK = false;
  if (c === 0) return false;
  const r = tryRecv(sched, c, dst);
  sched.selectOK = r === Recv.Received;
  return r !== Recv.Blocked;
}

/** close(c): wake every receiver (with zero values) and every sender (who will panic). */
export function closechan(sched: Sched, c: number): void {
  if (c === 0) throw new RuntimeError('close of nil channel', true);
  const rt = sched.rt;
  if (closed(rt, c)) throw new RuntimeError('close of closed channel', true);
  rt.heap.arena.u32[(c + CLOSED) >>> 2] = 1;
  const woken: Sudog[] = [];
  for (let sg = dequeue(sched, c, true); sg !== null; sg = dequeue(sched, c, true)) {
    if (sg.elem !== 0) {
      typedmemclr(rt.heap, elemType(rt, c), sg.elem);
      sg.elem = 0;
    }
    sg.success = false;
    woken.push(sg);
  }
  for (let sg = dequeue(sched, c, false); sg !== null; sg = dequeue(sched, c, false)) {
    sg.elem = 0;
    sg.success = false;
    woken.push(sg);
  }
  // Go collects the Gs on a gList (a stack) and readies them as it pops them.
  for (let i = woken.length - 1; i >= 0; i--) sched.ready(woken[i]!.g, woken[i]);
}

/**
 * selectgo: cases = [c0, elem0, c1, elem1, …], the first nsends are sends. Returns
 * the index of the case that proceeded, or −1 when none could and block is false
 * (the default case); for a receive, sched.selectOK tells whether it got a value.
 */
export function* selectgo(
  sched: Sched,
  cases: ArrayLike<number>,
  nsends: number,
  block: boolean,
): Generator<unknown, number, unknown> {
  const ncases = cases.length >>> 1;
  sched.selectOK = false;
  // pollorder: a random permutation of the cases with a channel (Go's inside-out shuffle).
  const order = sched.selectOrder(ncases);
  let norder = 0;
  for (let i = 0; i < ncases; i++) {
    if (cases[2 * i] === 0) continue;
    const j = sched.fastrandn(norder + 1);
    order[norder] = order[j]!;
    order[j] = i;
    norder++;
  }
  // Pass 1: a case that can proceed now.
  for (let k = 0; k < norder; k++) {
    const i = order[k]!;
    const c = cases[2 * i]!;
    const ep = cases[2 * i + 1]!;
    if (i < nsends) {
      if (trySend(sched, c, ep)) return i;
    } else {
      const r = tryRecv(sched, c, ep);
      if (r !== Recv.Blocked) {
        sched.selectOK = r === Recv.Received;
        return i;
      }
    }
  }
  if (!block) return -1;
  // Pass 2: wait on every channel.
  const g = sched.current!;
  g.selectDone = false;
  const waiting: Sudog[] = [];
  for (let k = 0; k < norder; k++) {
    const i = order[k]!;
    const c = cases[2 * i]!;
    const sg = new Sudog(g, c, cases[2 * i + 1]!, true);
    sg.caseIndex = i;
    const q = waitq(sched, c);
    (i < nsends ? q.sendq : q.recvq).push(sg);
    waiting.push(sg);
  }
  g.waiting = waiting;
  const fired = (yield* sched.park(ncases === 0 ? 'select (no cases)' : 'select')) as Sudog;
  // Pass 3: leave the other channels' queues.
  for (const sg of waiting) if (sg !== fired) removeWaiter(sched, sg, sg.caseIndex >= nsends);
  g.waiting = [];
  g.selectDone = false;
  const i = fired.caseIndex;
  if (i < nsends) {
    if (!fired.success) sendClosed();
  } else {
    sched.selectOK = fired.success;
  }
  return i;
}
