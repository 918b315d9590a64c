// Slices: make and append's growth, with Go 1.19's capacities.
//
// Mirrors Go's runtime/slice.go (makeslice, growslice). A slice header is three
// words {array, len, cap}; only `array` is a pointer. growslice doubles small
// slices, grows large ones (cap ≥ 256) by about 1.25× through Go 1.19's smooth
// formula newcap += (newcap + 768) / 4, and then rounds the byte size up to the
// size class (roundupsize) — so capacities are exactly Go's, e.g. appending one
// byte at a time gives caps 8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, ...

import { panicMakeslice, RuntimeError } from './panic.js';
import { roundupsize } from './sizeclasses.js';

/** Go's maxAlloc on amd64 (1 << 48) bounds any single allocation. */
export const maxAlloc = 2 ** 48;

/** makeslice's checks: the byte size of a []T with this len and cap, or Go's panic. */
export function makesliceSize(elemSize: number, len: number, cap: number): number {
  const mem = elemSize * cap;
  if (
    !Number.isSafeInteger(cap) ||
    cap < 0 ||
    mem > maxAlloc ||
    !Number.isSafeInteger(len) ||
    len < 0 ||
    len > cap
  ) {
    const memLen = elemSize * len;
    if (!Number.isSafeInteger(len) || len < 0 || memLen > maxAlloc) panicMakeslice('len');
    panicMakeslice('cap');
  }
  return mem;
}

/**
 * The capacity growslice gives a slice of elemSize-byte elements, capacity oldCap,
 * that must hold `needed` elements.
 */
export function growsliceCap(elemSize: number, oldCap: number, needed: number): number {
  if (needed < oldCap) throw new RuntimeError('growslice: cap out of range');
  if (elemSize === 0) return needed;
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (needed > doublecap) {
    newcap = needed;
  } else if (oldCap < 256) {
    newcap = doublecap;
  } else {
    while (newcap > 0 && newcap < needed) newcap += Math.floor((newcap + 3 * 256) / 4);
    if (newcap <= 0) newcap = needed;
  }
  // Go checks for overflow and maxAlloc before it uses the byte count.
  if (newcap * elemSize > maxAlloc) throw new RuntimeError('growslice: cap out of range');
  const capmem = roundupsize(newcap * elemSize);
  return Math.floor(capmem / elemSize);
}
