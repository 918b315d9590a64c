// time: Duration and its String, Now/Since/Until/Sub, Unix times, Sleep.
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

import { chansendNB, makechan } from '../../runtime/chan.js';
import { nilPanic } from '../../runtime/panic.js';
import { Sched } from '../../runtime/proc.js';
import type { Type } from '../../runtime/type.js';
import type { Env, GoFunc, GoGenFunc } from '../codegen/env.js';
import { makeError, staticString, stdType } from './errors.js';
import {
  goPanicString,
  newString,
  readInt64,
  readUint64,
  storePtr,
  writeInt64,
  writeInt64Big,
  writeStringHeader,
} from './values.js';

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

/** Go's time.quote: ASCII printable bytes as they are (with \" and \\ escaped), every other byte as \xHH. */
function timeQuote(b: Uint8Array): string {
  let out = '"';
  for (const c of b) {
    if (c >= 0x80 || c < 0x20) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += (c === 0x22 || c === 0x5c ? '\\' : '') + String.fromCharCode(c);
  }
  return `${out}"`;
}

const unitNs: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n,
  μs: 1000n,
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n,
};

const limit = 1n << 63n;

/**
 * time.ParseDuration on the bytes of s: the duration, or the error text Go
 * gives ("time: invalid duration …", "time: missing unit …", "time: unknown
 * unit …"). Exact in 64 bits: leadingInt and leadingFraction's overflow rules,
 * and the fraction scaled by a float64 product as Go does.
 */
export function parseDurationGo(b: Uint8Array): bigint | string {
  const orig = timeQuote(b);
  const invalid = `time: invalid duration ${orig}`;
  let i = 0;
  let neg = false;
  if (b.length > 0 && (b[0] === 0x2d || b[0] === 0x2b)) {
    neg = b[0] === 0x2d;
    i = 1;
  }
  if (b.length - i === 1 && b[i] === 0x30) return 0n;
  if (i === b.length) return invalid;
  const digit = (k: number): boolean => k < b.length && b[k]! >= 0x30 && b[k]! <= 0x39;
  let d = 0n;
  while (i < b.length) {
    if (!(b[i] === 0x2e || digit(i))) return invalid;
    let v = 0n;
    const pl = i;
    while (digit(i)) {
      if (v > limit / 10n) return invalid;
      v = v * 10n + BigInt(b[i]! - 0x30);
      if (v > limit) return invalid;
      i++;
    }
    const pre = i !== pl;
    let post = false;
    let f = 0n;
    let scale = 1;
    if (i < b.length && b[i] === 0x2e) {
      i++;
      const fl = i;
      let overflow = false;
      while (digit(i)) {
        if (!overflow) {
          if (f > (limit - 1n) / 10n) overflow = true;
          else {
            const y = f * 10n + BigInt(b[i]! - 0x30);
            if (y > limit) overflow = true;
            else {
              f = y;
              scale *= 10;
            }
          }
        }
        i++;
      }
      post = i !== fl;
    }
    if (!pre && !post) return invalid;
    const us = i;
    while (i < b.length && !(b[i] === 0x2e || digit(i))) i++;
    if (i === us) return `time: missing unit in duration ${orig}`;
    const u = Buffer.from(b.subarray(us, i)).toString('latin1');
    const unit = unitNs[Buffer.from(b.subarray(us, i)).toString('utf8')];
    if (unit === undefined)
      return `time: unknown unit ${timeQuote(Buffer.from(u, 'latin1'))} in duration ${orig}`;
    if (v > limit / unit) return invalid;
    v *= unit;
    if (f > 0n) {
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > limit) return invalid;
    }
    d += v;
    if (d > limit) return invalid;
  }
  if (neg) return -d;
  if (d > limit - 1n) return invalid;
  return d;
}

/** Duration.Round(m) (Go's, saturating at the Duration range). */
export function durationRound(d: number, m: number): number {
  if (m <= 0) return d;
  let r = d % m;
  if (d < 0) {
    r = -r;
    if (r + r < m) return d + r;
    const d1 = d - m + r;
    // Go's d1 wraps past MinInt64; a double does not, it only leaves the range.
    return d1 < d && d1 >= minDuration ? d1 : minDuration;
  }
  if (r + r < m) return d - r;
  const d1 = d + m - r;
  return d1 > d && d1 <= maxDuration ? d1 : maxDuration;
}

// ── Timers ──────────────────────────────────────────────────────────────────
//
// NewTimer, After, NewTicker, Tick. Go's timers live in the P's timer heap
// and sendTime runs on the timer goroutine-less path; here each armed timer is
// a goroutine that sleeps on the scheduler's timer queue and then does
// sendTime's non-blocking send of time.Now() on C (buffered, capacity 1, so a
// value nobody receives is dropped as in Go). Timer and Ticker have Go's layout:
//
//   Timer/Ticker  [ C chan Time | r runtimeTimer ]                80-byte class
//   runtimeTimer  [ pp | when | period | f | arg (iface) | seq | nextwhen | status ]
//                  8    16     24       32  40             56    64         72
//
// f is non-zero once NewTimer/NewTicker made the timer (Go's sendTime), which
// tells a zero Timer from a made one; status is 1 while armed, 0 once fired
// (Timer) or stopped; seq counts arms,
// so a goroutine left over from before a Reset does not fire. The goroutine's
// entry frame holds the Timer (and so C) as its root:
//
//   frame  [ desc | caller fp | *Timer | Time value (24) ]    40 bytes, ptrs 8, 32
//
// Differences from Go: each armed timer counts in runtime.NumGoroutine and
// takes a goroutine id, and a stopped timer's goroutine stays asleep until its
// original deadline (a program blocked only on it is not reported as deadlocked
// until then).
const timerC = 0;
const timerSeq = 8 + 48;
const timerStatus = 8 + 64;
const timerWhen = 8 + 8;
const timerPeriod = 8 + 16;
const timerF = 8 + 24;

const timerFrames = new WeakMap<Env, number>();

function timeType(env: Env): Type {
  const types = env.rt.types;
  return stdType(env, 'time.Time', () => {
    const loc = stdType(env, 'time.Location', () => types.struct('time.Location', { name: types.string }));
    return types.struct('time.Time', { wall: types.uint64, ext: types.int64, loc: types.ptr(loc) });
  });
}

function timerType(env: Env, name: 'Timer' | 'Ticker'): Type {
  const types = env.rt.types;
  return stdType(env, `time.${name}`, () => {
    const rt = stdType(env, 'time.runtimeTimer', () =>
      types.struct('time.runtimeTimer', {
        pp: types.uintptr,
        when: types.int64,
        period: types.int64,
        f: types.uintptr,
        arg: types.any,
        seq: types.uintptr,
        nextwhen: types.int64,
        status: types.uint32,
      }),
    );
    return types.struct(`time.${name}`, { C: types.chan(timeType(env), 1), r: rt });
  });
}

function schedOf(env: Env): Sched {
  const s = env.sched;
  if (!(s instanceof Sched)) throw new TypeError('gomem: time timers need the runtime scheduler');
  return s;
}

/** Starts the goroutine that fires the timer at t after d ns (every d ns while period > 0). */
function arm(env: Env, t: number, d: number): void {
  const sched = schedOf(env);
  const u32 = env.mem.u32;
  const seq = u32[(t + timerSeq) >>> 2]! + 1;
  u32[(t + timerSeq) >>> 2] = seq;
  u32[(t + timerStatus) >>> 2] = 1;
  writeInt64(env, t + timerWhen, d);
  let desc = timerFrames.get(env);
  if (desc === undefined) {
    desc = sched.frames.add('time.sendTime', 40, [8, 32]);
    timerFrames.set(env, desc);
  }
  const g = sched.newproc(desc);
  const fp = g.argp - 8;
  u32[(fp + 8) >>> 2] = t;
  sched.start(
    g,
    (function* () {
      for (;;) {
        yield* sched.sleep(d);
        const tm = u32[(fp + 8) >>> 2]!;
        if (u32[(tm + timerSeq) >>> 2] !== seq || u32[(tm + timerStatus) >>> 2] !== 1) return;
        const periodic = readInt64(env, tm + timerPeriod) > 0;
        if (!periodic) u32[(tm + timerStatus) >>> 2] = 0;
        writeTime(env, fp + 16, ...now());
        chansendNB(sched, u32[(tm + timerC) >>> 2]!, fp + 16);
        if (!periodic) return;
      }
    })(),
  );
}

/** NewTimer/NewTicker: make(chan Time, 1), then the Timer holding it, armed for d. */
function newTimer(env: Env, d: number, name: 'Timer' | 'Ticker'): number {
  const t = timerType(env, name);
  const c = makechan(env.rt, env.rt.types.chan(timeType(env)), 1);
  // c is held only here until the Timer holds it: a handle roots it meanwhile.
  const scope = env.rt.scope();
  let obj: number;
  try {
    scope.handle(c);
    obj = env.rt.new(t);
  } finally {
    scope.close();
  }
  storePtr(env, obj + timerC, c);
  env.mem.u32[(obj + timerF) >>> 2] = 1;
  if (name === 'Ticker') writeInt64(env, obj + timerPeriod, d);
  arm(env, obj, d);
  return obj;
}

const minDuration = -(2 ** 63);
const maxDuration = 2 ** 63 - 1;

export const blocking: ReadonlySet<string> = new Set(['Sleep']);

/**
 * The receiver of a *Timer method that reads t.r.f first, as Go's do: nil
 * dereferences nil, a zero Timer is Go's uninitialized-Timer panic.
 */
function timerOf(env: Env, t: number, what: string): number {
  if (t === 0) nilPanic();
  if (env.mem.u32[(t + timerF) >>> 2] === 0) goPanicString(`time: ${what} called on uninitialized Timer`);
  return t;
}

export function time(env: Env): Record<string, GoFunc | GoGenFunc> {
  const newTicker = (d: number): number => newTimer(env, d, 'Ticker');
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
    'Duration.Truncate': (_fv: number, d: number, m: number): number => (m <= 0 ? d : d - (d % m)),
    'Duration.Round': (_fv: number, d: number, m: number): number => durationRound(d, m),
    'Duration.Abs': (_fv: number, d: number): number => (d >= 0 ? d : d === minDuration ? maxDuration : -d),
    // (Duration, error): Duration at res+0, error at res+8.
    ParseDuration: (_fv: number, res: number, s: number): void => {
      const b = Buffer.from(
        env.mem.u8.subarray(env.mem.u32[s >>> 2]!, env.mem.u32[s >>> 2]! + env.mem.u32[(s + 8) >>> 2]!),
      );
      const r = parseDurationGo(b);
      if (typeof r === 'string') {
        writeInt64(env, res, 0);
        makeError(env, r, res + 8);
      } else {
        writeInt64Big(env, res, r);
        env.mem.u32.fill(0, (res + 8) >>> 2, (res + 24) >>> 2);
      }
    },
    NewTimer: (_fv: number, d: number): number => newTimer(env, d, 'Timer'),
    After: (_fv: number, d: number): number => env.mem.u32[newTimer(env, d, 'Timer') >>> 2]!,
    '(*Timer).Stop': (_fv: number, t: number): boolean => {
      const at = (timerOf(env, t, 'Stop') + timerStatus) >>> 2;
      const active = env.mem.u32[at] === 1;
      env.mem.u32[at] = 0;
      return active;
    },
    '(*Timer).Reset': (_fv: number, t: number, d: number): boolean => {
      const active = env.mem.u32[(timerOf(env, t, 'Reset') + timerStatus) >>> 2] === 1;
      arm(env, t, d);
      return active;
    },
    NewTicker: (_fv: number, d: number): number => {
      if (d <= 0) goPanicString('non-positive interval for NewTicker');
      return newTicker(d);
    },
    Tick: (_fv: number, d: number): number => (d <= 0 ? 0 : env.mem.u32[newTicker(d) >>> 2]!),
    '(*Ticker).Stop': (_fv: number, t: number): void => {
      env.mem.u32[(t + timerStatus) >>> 2] = 0;
    },
    Now: (_fv: number, res: number): void => writeTime(env, res, ...now()),
    Since: (_fv: number, t: number): number => {
      const [sec, ns] = now();
      const d = (sec - unixSec(env, t)) * second + (ns - nsec(env, t));
      return Math.min(Math.max(d, minDuration), maxDuration);
    },
    // t.Sub(Now()), saturating as Sub does.
    Until: (_fv: number, t: number): number => {
      const [sec, ns] = now();
      const d = (unixSec(env, t) - sec) * second + (nsec(env, t) - ns);
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
