// time: Duration and its String, Now/Since/Sub, Unix times, Sleep.
//
// Mirrors Go's time/time.go (Duration.String with fmtFrac/fmtInt, Seconds,
// Minutes, Hours, Milliseconds, Microseconds; Time.Sub, Unix, UnixNano,
// UnixMilli) and time/sleep.go (Sleep parks the goroutine: runtime.timeSleep,
// which returns at once for d <= 0).
//
// Time has Go's layout and its encoding without a monotonic reading:
//
//   Time  [ wall uint64 | ext int64 | loc *Location ]     24 bytes, ptrdata 24
//   wall: nanoseconds within the second (bits 0..29); hasMonotonic (bit 63) clear
//   ext:  seconds since January 1, year 1 UTC
//
// loc is nil (UTC). Sub uses these wall readings, so a clock step shows up in
// a measured duration, which Go's monotonic reading would hide. Durations and
// Unix nanoseconds are JavaScript numbers: exact up to 2^53 ns (about 104 days
// for a Duration; today's UnixNano is rounded to a multiple of 256 ns).

import type { Env, GoFunc, GoGenFunc } from '../codegen/env.js';
import { staticString } from './errors.js';
import { newString, readInt64, readUint64, writeInt64, writeStringHeader } from './values.js';

/** Seconds from January 1, year 1 to the Unix epoch (Go's unixToInternal). */
const unixToInternal =
  (1969 * 365 + Math.floor(1969 / 4) - Math.floor(1969 / 100) + Math.floor(1969 / 400)) * 86400;

const second = 1e9;

/** Duration.String for d nanoseconds. */
export function durationString(d: number): string {
  // A number of 2^63 can only be math.MaxInt64 rounded on its way into a double.
  let u = d >= 2 ** 63 ? 2n ** 63n - 1n : BigInt(d);
  const neg = u < 0n;
  if (neg) u = -u;
  let s = '';
  const frac = (v: bigint, prec: number): bigint => {
    let print = false;
    let f = '';
    for (let i = 0; i < prec; i++) {
      const digit = v % 10n;
      print = print || digit !== 0n;
      if (print) f = digit.toString() + f;
      v /= 10n;
    }
    if (print) s = `.${f}${s}`;
    return v;
  };
  if (u < 1_000_000_000n) {
    if (u === 0n) return '0s';
    let prec: number;
    if (u < 1000n) {
      prec = 0;
      s = 'ns';
    } else if (u < 1_000_000n) {
      prec = 3;
      s = 'µs';
    } else {
      prec = 6;
      s = 'ms';
    }
    u = frac(u, prec);
    s = u.toString() + s;
  } else {
    s = 's';
    u = frac(u, 9);
    s = (u % 60n).toString() + s;
    u /= 60n;
    if (u > 0n) {
      s = `${(u % 60n).toString()}m${s}`;
      u /= 60n;
      if (u > 0n) s = `${u.toString()}h${s}`;
    }
  }
  return neg ? `-${s}` : s;
}

/** The wall clock now: [Unix seconds, nanoseconds]. */
function now(): [number, number] {
  const ms = performance.timeOrigin + performance.now();
  const sec = Math.floor(ms / 1000);
  return [sec, Math.min(Math.round((ms - sec * 1000) * 1e6), second - 1)];
}

/** Stores the Time of Unix second sec plus nsec nanoseconds (normalized as time.Unix does). */
function writeTime(env: Env, res: number, sec: number, nsec: number): void {
  if (nsec < 0 || nsec >= second) {
    const n = Math.floor(nsec / second);
    sec += n;
    nsec -= n * second;
  }
  writeInt64(env, res, nsec);
  writeInt64(env, res + 8, sec + unixToInternal);
  env.mem.u32[(res + 16) >>> 2] = 0;
  env.mem.u32[(res + 20) >>> 2] = 0;
}

function unixSec(env: Env, t: number): number {
  return readInt64(env, t + 8) - unixToInternal;
}

function nsec(env: Env, t: number): number {
  return readUint64(env, t) % 2 ** 30;
}

const minDuration = -(2 ** 63);
const maxDuration = 2 ** 63 - 1;

export const blocking: ReadonlySet<string> = new Set(['Sleep']);

export function time(env: Env): Record<string, GoFunc | GoGenFunc> {
  return {
    'Duration.String': (_fv: number, res: number, d: number): void => {
      if (d === 0) writeStringHeader(env, res, staticString(env, '0s'), 2);
      else newString(env, durationString(d), res);
    },
    'Duration.Nanoseconds': (_fv: number, d: number): number => d,
    'Duration.Microseconds': (_fv: number, d: number): number => Math.trunc(d / 1e3),
    'Duration.Milliseconds': (_fv: number, d: number): number => Math.trunc(d / 1e6),
    'Duration.Seconds': (_fv: number, d: number): number => {
      const sec = Math.trunc(d / second);
      return sec + (d - sec * second) / 1e9;
    },
    'Duration.Minutes': (_fv: number, d: number): number => {
      const min = Math.trunc(d / (60 * second));
      return min + (d - min * 60 * second) / 60e9;
    },
    'Duration.Hours': (_fv: number, d: number): number => {
      const h = Math.trunc(d / (3600 * second));
      return h + (d - h * 3600 * second) / 3600e9;
    },
    Now: (_fv: number, res: number): void => writeTime(env, res, ...now()),
    Since: (_fv: number, t: number): number => {
      const [sec, ns] = now();
      const d = (sec - unixSec(env, t)) * second + (ns - nsec(env, t));
      return Math.min(Math.max(d, minDuration), maxDuration);
    },
    Unix: (_fv: number, res: number, sec: number, ns: number): void => writeTime(env, res, sec, ns),
    'Time.Sub': (_fv: number, t: number, u: number): number => {
      const d = (unixSec(env, t) - unixSec(env, u)) * second + (nsec(env, t) - nsec(env, u));
      return Math.min(Math.max(d, minDuration), maxDuration);
    },
    'Time.Unix': (_fv: number, t: number): number => unixSec(env, t),
    'Time.UnixNano': (_fv: number, t: number): number => unixSec(env, t) * second + nsec(env, t),
    'Time.UnixMilli': (_fv: number, t: number): number =>
      unixSec(env, t) * 1000 + Math.floor(nsec(env, t) / 1e6),
    Sleep: function* (_fv: number, d: number): Generator<unknown, void, unknown> {
      if (d <= 0) return;
      yield* env.sched.sleep(d);
    },
  };
}
