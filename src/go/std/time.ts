// time: Duration and its String, Now/Since/Until/Sub, Unix times, Sleep;
// Date, the calendar accessors, Add/AddDate/Truncate/Round, Format,
// AppendFormat, String and Parse, Month and Weekday, UTC/Local/FixedZone.
//
// Mirrors Go's time/time.go (Duration.String with fmtFrac/fmtInt, Seconds,
// Minutes, Hours, Milliseconds, Microseconds; Time.Sub, Unix, UnixNano,
// UnixMilli, Date, Add, AddDate, Truncate and Round through div), time/format.go
// (in timefmt.ts, with what each allocates here: Format's buffer, on Go's stack
// below 64 bytes and made with cap len(layout)+10 otherwise, grown by append,
// then string(b); Parse's *ParseError with its message; Error's four quotes and
// concatenation), time/zoneinfo.go (FixedZone) and time/sleep.go (Sleep parks
// the goroutine: runtime.timeSleep, which returns at once for d <= 0).
//
// Time has Go's layout and its encoding without a monotonic reading:
//
//   Time  [ wall uint64 | ext int64 | loc *Location ]     24 bytes, ptrdata 24
//   wall: nanoseconds within the second (bits 0..29); hasMonotonic (bit 63) clear
//   ext:  seconds since January 1, year 1 UTC
//
// So String never has Go's " m=±…" part. loc is nil (UTC), &localLoc (Unix,
// UnixMilli, Now, Local, and Parse of a zero offset, as in Go) or a FixedZone.
// Local is UTC, as Go's is on a machine whose /etc/localtime is UTC (or absent)
// with TZ unset; gomem reads no zoneinfo, so what Go allocates loading that file
// at Local's first use is not allocated here. Location has Go's layout:
//
//   Location [ name | zone []zone | tx []zoneTrans | extend | cacheStart | cacheEnd | cacheZone *zone ]
//             0      16            40                64       80           88         96   (104 bytes)
//   zone     [ name string | offset int | isDST bool ]     32 bytes
//
// utcLoc and localLoc are package variables outside the heap, as Go's are;
// a FixedZone's offset is read from cacheZone, which covers all time.
//
// Sub uses these wall readings, so a clock step shows up in a measured
// duration, which Go's monotonic reading would hide. Durations, seconds and
// Unix nanoseconds are compiled code's exact 64-bit words (codegen/vlrt.ts:
// a bigint past 2^53), wrapping where Go's int64 arithmetic wraps and
// saturating where Go's does (Add's addSec, Sub, Duration.Round and Abs).

import { chansendNB, makechan } from '../../runtime/chan.js';
import { nilPanic } from '../../runtime/panic.js';
import { Sched } from '../../runtime/proc.js';
import { growsliceCap } from '../../runtime/slice.js';
import type { Type } from '../../runtime/type.js';
import type { Env, GoFunc, GoGenFunc } from '../codegen/env.js';
import {
  add64,
  big,
  canon,
  type Int64,
  mul64,
  neg64,
  quo64,
  rem64,
  sub64,
  toFloat,
} from '../codegen/vlrt.js';
import { makeError, staticString, stdMethod, stdType, writeIface } from './errors.js';
import type { StdGlobal } from './index.js';
import {
  appendFormat,
  civil,
  dateSeconds,
  longDayNames,
  longMonthNames,
  type ParseFailure,
  parse,
  quote,
  uintDigits,
  type Zone,
} from './timefmt.js';
import {
  goPanicString,
  goStringBytes,
  newString,
  newStringBytes,
  readInt64,
  storePtr,
  writeInt64,
  writeSliceHeader,
  writeStringHeader,
} from './values.js';

/** Seconds from January 1, year 1 to the Unix epoch (Go's unixToInternal). */
const unixToInternal =
  (1969 * 365 + Math.floor(1969 / 4) - Math.floor(1969 / 100) + Math.floor(1969 / 400)) * 86400;

const second = 1e9;

/** Duration.String for d nanoseconds. */
export function durationString(d: Int64): string {
  let u = big(d);
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

/** Stores the Time of internal second sec, nanosecond nsec (0..1e9-1), location loc at res. */
function storeTime(env: Env, res: number, sec: Int64, nsec: number, loc: number): void {
  writeInt64(env, res, nsec);
  writeInt64(env, res + 8, sec);
  // A nil over a nil needs no barrier (and res may be scalar memory a test made).
  if (loc !== 0 || env.mem.u32[(res + 16) >>> 2] !== 0) storePtr(env, res + 16, loc);
  env.mem.u32[(res + 20) >>> 2] = 0;
}

/**
 * time.Unix(sec, nsec): nsec carried into sec, the Local Time at res. As in
 * Go, the seconds wrap rather than saturate.
 */
function writeTime(env: Env, res: number, sec: Int64, nsec: Int64): void {
  if (nsec < 0 || nsec >= second) {
    const n = quo64(nsec, second);
    sec = add64(sec, n);
    nsec = sub64(nsec, mul64(n, second));
    if (nsec < 0) {
      nsec = add64(nsec, second);
      sec = sub64(sec, 1);
    }
  }
  // nsec is now in [0, 1e9): a number.
  storeTime(env, res, add64(sec, unixToInternal), Number(nsec), locations.get(env)?.local ?? 0);
}

function unixSec(env: Env, t: number): Int64 {
  return sub64(readInt64(env, t + 8), unixToInternal);
}

/** The nanoseconds of the Time at t: wall's low 30 bits. */
function nsec(env: Env, t: number): number {
  return env.mem.u32[t >>> 2]! & nsecMask;
}

const nsecMask = 2 ** 30 - 1;

/** A Time's fields: internal seconds, nanoseconds, location. */
interface TimeVal {
  sec: Int64;
  nsec: number;
  loc: number;
}

function readTime(env: Env, t: number): TimeVal {
  return { sec: readInt64(env, t + 8), nsec: nsec(env, t), loc: env.mem.u32[(t + 16) >>> 2]! };
}

const maxInt64 = 2n ** 63n - 1n;

/** addSec: t's seconds plus d, saturating at ±(2^63 − 1) as Go 1.19's does. */
function addSec(sec: Int64, d: Int64): Int64 {
  const sum = add64(sec, d);
  if (sum > sec === d > 0) return sum;
  return d > 0 ? maxInt64 : -maxInt64;
}

/** t.Add(d): the nanoseconds carried into the seconds, which saturate as addSec's do. */
function addDuration(t: TimeVal, d: Int64): TimeVal {
  let dsec = quo64(d, second);
  let ns = t.nsec + Number(rem64(d, second));
  if (ns >= second) {
    dsec = add64(dsec, 1);
    ns -= second;
  } else if (ns < 0) {
    dsec = sub64(dsec, 1);
    ns += second;
  }
  return { sec: addSec(t.sec, dsec), nsec: ns, loc: t.loc };
}

/** t.Before(u), t.After(u) and t.Equal(u) as the sign of t − u. */
function compareTimes(a: TimeVal, b: TimeVal): number {
  if (a.sec !== b.sec) return a.sec < b.sec ? -1 : 1;
  return a.nsec - b.nsec;
}

/**
 * t.Sub(u): the difference in wrapping int64 arithmetic, kept when adding it
 * back to u gives t; otherwise the Duration the true difference saturates to.
 */
function subTimes(t: TimeVal, u: TimeVal): Int64 {
  const d = add64(mul64(sub64(t.sec, u.sec), second), t.nsec - u.nsec);
  if (compareTimes(addDuration(u, d), t) === 0) return d;
  return compareTimes(t, u) < 0 ? minDuration : maxDuration;
}

/** The Time now, as readTime gives it. */
function nowTime(): TimeVal {
  const [sec, ns] = now();
  return { sec: sec + unixToInternal, nsec: ns, loc: 0 };
}

/** The remainder of div(t, d) for d > 0: t's nanoseconds since year 1 modulo d, in [0, d). */
function divRemainder(t: TimeVal, d: Int64): bigint {
  const dd = big(d);
  const r = (big(t.sec) * 1_000_000_000n + BigInt(t.nsec)) % dd;
  return r < 0n ? r + dd : r;
}

// ── Locations ───────────────────────────────────────────────────────────────

const locations = new WeakMap<Env, { utc: number; local: number }>();

function zoneType(env: Env): Type {
  const types = env.rt.types;
  return stdType(env, 'time.zone', () =>
    types.struct('time.zone', { name: types.string, offset: types.int, isDST: types.bool }),
  );
}

function zoneTransType(env: Env): Type {
  const types = env.rt.types;
  return stdType(env, 'time.zoneTrans', () =>
    types.struct('time.zoneTrans', {
      when: types.int64,
      index: types.uint8,
      isstd: types.bool,
      isutc: types.bool,
    }),
  );
}

function locationType(env: Env): Type {
  const types = env.rt.types;
  return stdType(env, 'time.Location', () =>
    types.struct('time.Location', {
      name: types.string,
      zone: types.slice(zoneType(env)),
      tx: types.slice(zoneTransType(env)),
      extend: types.string,
      cacheStart: types.int64,
      cacheEnd: types.int64,
      cacheZone: types.ptr(zoneType(env)),
    }),
  );
}

const locCacheZone = 96;

/** The zone of location loc (Go's locabs): UTC for nil, UTC and Local; a FixedZone's own. */
function zoneOf(env: Env, loc: number): Zone & { namePtr: number } {
  const l = locations.get(env);
  const z = loc === 0 || loc === l?.utc || loc === l?.local ? 0 : env.mem.u32[(loc + locCacheZone) >>> 2]!;
  if (z === 0) return { name: utcName, namePtr: staticString(env, 'UTC'), offset: 0 };
  return {
    name: Uint8Array.from(goStringBytes(env, z)),
    namePtr: env.mem.u32[z >>> 2]!,
    offset: readInt64(env, z + 16),
  };
}

const utcName = Uint8Array.from(Buffer.from('UTC'));

/** setLoc: &utcLoc is kept as nil. */
function setLoc(env: Env, loc: number): number {
  return loc === locations.get(env)?.utc ? 0 : loc;
}

/** FixedZone(name, offset) for the name at namePtr (kept, not copied): the Location and its one zone and transition. */
function fixedZone(env: Env, namePtr: number, nameLen: number, offset: Int64): number {
  const rt = env.rt;
  const l = rt.new(locationType(env));
  const z = rt.new(rt.types.array(zoneType(env), 1));
  const tx = rt.new(rt.types.array(zoneTransType(env), 1));
  const u32 = env.mem.u32;
  const alpha = -(2n ** 63n);
  if (nameLen > 0) {
    rt.writePointer(l, namePtr);
    rt.writePointer(z, namePtr);
  }
  u32[(l + 8) >>> 2] = nameLen;
  u32[(z + 8) >>> 2] = nameLen;
  writeInt64(env, z + 16, offset);
  writeInt64(env, tx, alpha);
  rt.writePointer(l + 16, z);
  u32[(l + 24) >>> 2] = 1;
  u32[(l + 32) >>> 2] = 1;
  rt.writePointer(l + 40, tx);
  u32[(l + 48) >>> 2] = 1;
  u32[(l + 56) >>> 2] = 1;
  writeInt64(env, l + 80, alpha);
  writeInt64(env, l + 88, 2n ** 63n - 1n);
  rt.writePointer(l + locCacheZone, z);
  return l;
}

/** UTC and Local, and the utcLoc and localLoc they point to. */
export function init(env: Env, global: StdGlobal): void {
  const lt = locationType(env);
  const utc = global('utcLoc', lt);
  const local = global('localLoc', lt);
  writeStringHeader(env, utc, staticString(env, 'UTC'), 3);
  writeStringHeader(env, local, staticString(env, 'Local'), 5);
  storePtr(env, global('UTC', env.rt.types.ptr(lt)), utc);
  storePtr(env, global('Local', env.rt.types.ptr(lt)), local);
  locations.set(env, { utc, local });
}

// ── Formatting and parsing ──────────────────────────────────────────────────

/**
 * A []byte that Go appends to: when an append does not fit, a new backing
 * array of growslice's capacity is allocated (the bytes themselves are kept
 * here until the caller writes them out).
 */
class GrowingBytes {
  readonly bytes: number[] = [];
  grown = false;
  constructor(
    private readonly env: Env,
    public p: number,
    readonly len0: number,
    public cap: number,
  ) {}
  readonly append = (b: ArrayLike<number>): void => {
    const need = this.len0 + this.bytes.length + b.length;
    if (need > this.cap) {
      this.cap = growsliceCap(1, this.cap, need);
      this.p = this.env.rt.mallocgc(this.cap, null, true);
      this.grown = true;
    }
    for (let i = 0; i < b.length; i++) this.bytes.push(b[i]!);
  };
}

/** t.Format(layout) with the layout's bytes, its string written at res. */
function formatTime(env: Env, res: number, t: TimeVal, layout: Uint8Array): void {
  const max = layout.length + 10;
  // Below 64 bytes Go's buffer is an array on its stack.
  const b =
    max < 64
      ? new GrowingBytes(env, 0, 0, 64)
      : new GrowingBytes(env, env.rt.makeslice(env.rt.types.uint8, 0, max), 0, max);
  appendFormat(b.append, t.sec, t.nsec, zoneOf(env, t.loc), layout);
  newStringBytes(env, Uint8Array.from(b.bytes), res);
}

const stringLayout = Uint8Array.from(Buffer.from('2006-01-02 15:04:05.999999999 -0700 MST'));

/** What quote(s) allocates for s of n bytes: make([]byte, 1, n+2), the appends' growth, string(buf). */
function quoteAllocs(env: Env, n: number, appends: readonly number[]): void {
  let cap = n + 2;
  env.rt.makeslice(env.rt.types.uint8, 1, cap);
  let len = 1;
  for (const k of appends) {
    if (len + k > cap) {
      cap = growsliceCap(1, cap, len + k);
      env.rt.mallocgc(cap, null, false);
    }
    len += k;
  }
  env.rt.mallocgc(len, null, false);
}

/** quote(s) for the bytes of s, allocating as Go's does. */
function quoteGo(env: Env, s: Uint8Array): string {
  const q = quote(s);
  quoteAllocs(env, s.length, q.appends);
  return q.text;
}

/** *time.ParseError { Layout, Value, LayoutElem, ValueElem, Message string }, with its Error method. */
function parseErrorPtr(env: Env): Type {
  const types = env.rt.types;
  const s = types.string;
  const t = stdType(env, 'time.ParseError', () =>
    types.struct('time.ParseError', { Layout: s, Value: s, LayoutElem: s, ValueElem: s, Message: s }),
  );
  const p = types.ptr(t);
  stdMethod(env, p, 'Error', (_fv: number, res: number, e: number) => parseErrorError(env, res, e));
  return p;
}

function parseErrorError(env: Env, res: number, e: number): void {
  const str = (off: number): Uint8Array => Uint8Array.from(goStringBytes(env, e + off));
  const message = str(64);
  let text: string;
  if (message.length === 0) {
    const value = quoteGo(env, str(16));
    const layout = quoteGo(env, str(0));
    const valueElem = quoteGo(env, str(48));
    const layoutElem = quoteGo(env, str(32));
    text = `parsing time ${value} as ${layout}: cannot parse ${valueElem} as ${layoutElem}`;
  } else text = `parsing time ${quoteGo(env, str(16))}${Buffer.from(message).toString('latin1')}`;
  // The text is ASCII but for a Message of the program's own: its bytes as they are.
  const b = Buffer.from(text, 'latin1');
  const p = env.rt.mallocgc(b.length, null, false);
  env.mem.u8.set(b, p);
  writeStringHeader(env, res, p, b.length);
}

/** &ParseError{…} into the error at dst; layout and value are the caller's string headers' words. */
function writeParseError(
  env: Env,
  dst: number,
  layout: [number, number],
  value: [number, number],
  v: Uint8Array,
  f: ParseFailure,
): void {
  let msg: [number, number] = [0, 0];
  const m = f.message;
  if (m.kind === 'const') msg = [staticString(env, m.text), m.text.length];
  else if (m.kind !== 'none') {
    const text =
      m.kind === 'range'
        ? `: ${m.what} out of range`
        : `: extra text: ${quoteGo(env, v.subarray(f.valueElem))}`;
    msg = [env.rt.newString(text), text.length];
  }
  // The message is held by the allocation hold until the object has it.
  const t = parseErrorPtr(env);
  const obj = env.rt.new(t.elem!);
  writeIface(env, dst, t, obj);
  const set = (off: number, p: number, n: number): void => {
    if (n > 0) env.rt.writePointer(obj + off, p);
    env.mem.u32[(obj + off + 8) >>> 2] = n;
  };
  set(0, layout[0], layout[1]);
  set(16, value[0], value[1]);
  set(32, layout[0] + f.layoutElem[0], f.layoutElem[1] - f.layoutElem[0]);
  set(48, value[0] + f.valueElem, value[1] - f.valueElem);
  set(64, msg[0], msg[1]);
}

/** time.Parse(layout, value) into res: the Time at res, the error at res+24. */
function parseTime(env: Env, res: number, layoutAddr: number, valueAddr: number): void {
  const u32 = env.mem.u32;
  const layout: [number, number] = [u32[layoutAddr >>> 2]!, u32[(layoutAddr + 8) >>> 2]!];
  const value: [number, number] = [u32[valueAddr >>> 2]!, u32[(valueAddr + 8) >>> 2]!];
  const l = env.mem.u8.slice(layout[0], layout[0] + layout[1]);
  const v = env.mem.u8.slice(value[0], value[0] + value[1]);
  const r = parse(l, v);
  if ('layoutElem' in r) {
    writeParseError(env, res + 24, layout, value, v, r);
    storeTime(env, res, 0, 0, 0);
    return;
  }
  writeIface(env, res + 24, null, 0);
  const [sec, ns] = dateSeconds(r.year, r.month, r.day, r.hour, r.min, r.sec, r.nsec);
  const local = locations.get(env)?.local ?? 0;
  if (r.utc) storeTime(env, res, sec, ns, 0);
  else if (r.zoneOffset !== -1) {
    // Local (UTC) has the offset only when it is 0.
    const name = r.zoneName;
    if (r.zoneOffset === 0 && name === null) storeTime(env, res, sec, ns, local);
    else {
      const loc =
        name === null
          ? fixedZone(env, 0, 0, r.zoneOffset)
          : fixedZone(env, value[0] + name[0], name[1] - name[0], r.zoneOffset);
      storeTime(env, res, sub64(sec, r.zoneOffset), ns, loc);
    }
  } else if (r.zoneName !== null) {
    // Local has no zone of this name: a zone of that name, offset 0 (GMT±h's hours), the clock kept.
    const [a, b] = r.zoneName;
    let offset = 0;
    if (b - a > 3 && hasGMT(v, a))
      offset = Number(Buffer.from(v.subarray(a + 3, b)).toString('latin1')) * 3600;
    storeTime(env, res, sec, ns, fixedZone(env, value[0] + a, b - a, offset));
  } else storeTime(env, res, sec, ns, 0);
}

const hasGMT = (v: Uint8Array, a: number): boolean => v[a] === 0x47 && v[a + 1] === 0x4d && v[a + 2] === 0x54;

/** Month.String and Weekday.String: a name, or "%!Month(n)" made by concatenation. */
function nameString(
  env: Env,
  res: number,
  names: readonly string[],
  first: number,
  x: Int64,
  what: string,
): void {
  const name = typeof x === 'number' ? names[x - first] : undefined;
  if (name !== undefined) writeStringHeader(env, res, staticString(env, name), name.length);
  else newString(env, `%!${what}(${uintDigits(x)})`, res);
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
export function durationRound(d0: Int64, m0: Int64): Int64 {
  if (m0 <= 0) return d0;
  const d = big(d0);
  const m = big(m0);
  // Exact arithmetic: where Go's int64 d1 would wrap, d1 leaves the range instead.
  let r = d % m;
  if (d < 0n) {
    r = -r;
    if (r + r < m) return canon(d + r);
    const d1 = d - m + r;
    return d1 >= minDuration ? canon(d1) : minDuration;
  }
  if (r + r < m) return canon(d - r);
  const d1 = d + m - r;
  return d1 <= maxDuration ? canon(d1) : maxDuration;
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
  return stdType(env, 'time.Time', () =>
    types.struct('time.Time', { wall: types.uint64, ext: types.int64, loc: types.ptr(locationType(env)) }),
  );
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
function arm(env: Env, t: number, d: Int64): void {
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
        // The timer queue keeps float nanoseconds: past 2^53 ns (104 days) a deadline rounds.
        yield* sched.sleep(toFloat(d));
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
function newTimer(env: Env, d: Int64, name: 'Timer' | 'Ticker'): number {
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

const minDuration = -(2n ** 63n);
const maxDuration = 2n ** 63n - 1n;

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
  const newTicker = (d: Int64): number => newTimer(env, d, 'Ticker');
  /** The calendar fields of the Time at t in its zone. */
  const fields = (t: number) => {
    const tv = readTime(env, t);
    return civil(add64(tv.sec, zoneOf(env, tv.loc).offset));
  };
  const compare = (t: number, u: number): number => compareTimes(readTime(env, t), readTime(env, u));
  /** d as float64(d/unit) + float64(d%unit)/unit, Go's split that keeps a long Duration's fraction. */
  const inUnits = (d: Int64, unit: number): number =>
    toFloat(quo64(d, unit)) + toFloat(rem64(d, unit)) / unit;
  return {
    'Duration.String': (_fv: number, res: number, d: Int64): void => {
      if (d === 0) writeStringHeader(env, res, staticString(env, '0s'), 2);
      else newString(env, durationString(d), res);
    },
    'Duration.Nanoseconds': (_fv: number, d: Int64): Int64 => d,
    'Duration.Microseconds': (_fv: number, d: Int64): Int64 => quo64(d, 1e3),
    'Duration.Milliseconds': (_fv: number, d: Int64): Int64 => quo64(d, 1e6),
    'Duration.Seconds': (_fv: number, d: Int64): number => inUnits(d, second),
    'Duration.Minutes': (_fv: number, d: Int64): number => inUnits(d, 60 * second),
    'Duration.Hours': (_fv: number, d: Int64): number => inUnits(d, 3600 * second),
    'Duration.Truncate': (_fv: number, d: Int64, m: Int64): Int64 => (m <= 0 ? d : sub64(d, rem64(d, m))),
    'Duration.Round': (_fv: number, d: Int64, m: Int64): Int64 => durationRound(d, m),
    'Duration.Abs': (_fv: number, d: Int64): Int64 =>
      d >= 0 ? d : d === minDuration ? maxDuration : neg64(d),
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
        writeInt64(env, res, r);
        env.mem.u32.fill(0, (res + 8) >>> 2, (res + 24) >>> 2);
      }
    },
    NewTimer: (_fv: number, d: Int64): number => newTimer(env, d, 'Timer'),
    After: (_fv: number, d: Int64): number => env.mem.u32[newTimer(env, d, 'Timer') >>> 2]!,
    '(*Timer).Stop': (_fv: number, t: number): boolean => {
      const at = (timerOf(env, t, 'Stop') + timerStatus) >>> 2;
      const active = env.mem.u32[at] === 1;
      env.mem.u32[at] = 0;
      return active;
    },
    '(*Timer).Reset': (_fv: number, t: number, d: Int64): boolean => {
      const active = env.mem.u32[(timerOf(env, t, 'Reset') + timerStatus) >>> 2] === 1;
      arm(env, t, d);
      return active;
    },
    NewTicker: (_fv: number, d: Int64): number => {
      if (d <= 0) goPanicString('non-positive interval for NewTicker');
      return newTicker(d);
    },
    Tick: (_fv: number, d: Int64): number => (d <= 0 ? 0 : env.mem.u32[newTicker(d) >>> 2]!),
    '(*Ticker).Stop': (_fv: number, t: number): void => {
      env.mem.u32[(t + timerStatus) >>> 2] = 0;
    },
    Now: (_fv: number, res: number): void => writeTime(env, res, ...now()),
    Since: (_fv: number, t: number): Int64 => subTimes(nowTime(), readTime(env, t)),
    Until: (_fv: number, t: number): Int64 => subTimes(readTime(env, t), nowTime()),
    Unix: (_fv: number, res: number, sec: Int64, ns: Int64): void => writeTime(env, res, sec, ns),
    'Time.Sub': (_fv: number, t: number, u: number): Int64 => subTimes(readTime(env, t), readTime(env, u)),
    'Time.Unix': (_fv: number, t: number): Int64 => unixSec(env, t),
    'Time.UnixNano': (_fv: number, t: number): Int64 => add64(mul64(unixSec(env, t), second), nsec(env, t)),
    'Time.UnixMilli': (_fv: number, t: number): Int64 =>
      add64(mul64(unixSec(env, t), 1e3), Math.trunc(nsec(env, t) / 1e6)),
    'Time.UnixMicro': (_fv: number, t: number): Int64 =>
      add64(mul64(unixSec(env, t), 1e6), Math.trunc(nsec(env, t) / 1e3)),
    UnixMilli: (_fv: number, res: number, ms: Int64): void =>
      writeTime(env, res, quo64(ms, 1e3), mul64(rem64(ms, 1e3), 1e6)),
    UnixMicro: (_fv: number, res: number, us: Int64): void =>
      writeTime(env, res, quo64(us, 1e6), mul64(rem64(us, 1e6), 1e3)),
    Date: (
      _fv: number,
      res: number,
      year: Int64,
      month: Int64,
      day: Int64,
      hour: Int64,
      min: Int64,
      sec: Int64,
      ns: Int64,
      loc: number,
    ): void => {
      if (loc === 0) goPanicString('time: missing Location in call to Date');
      const [s, n] = dateSeconds(year, month, day, hour, min, sec, ns);
      storeTime(env, res, sub64(s, zoneOf(env, loc).offset), n, setLoc(env, loc));
    },
    FixedZone: (_fv: number, name: number, offset: Int64): number =>
      fixedZone(env, env.mem.u32[name >>> 2]!, env.mem.u32[(name + 8) >>> 2]!, offset),
    '(*Location).String': (_fv: number, res: number, l: number): void => {
      const at = l === 0 ? locations.get(env)!.utc : l;
      writeStringHeader(env, res, env.mem.u32[at >>> 2]!, env.mem.u32[(at + 8) >>> 2]!);
    },
    'Month.String': (_fv: number, res: number, m: Int64): void =>
      nameString(env, res, longMonthNames, 1, m, 'Month'),
    'Weekday.String': (_fv: number, res: number, d: Int64): void =>
      nameString(env, res, longDayNames, 0, d, 'Weekday'),
    'Time.Year': (_fv: number, t: number): number => fields(t).year,
    'Time.Month': (_fv: number, t: number): number => fields(t).month,
    'Time.Day': (_fv: number, t: number): number => fields(t).day,
    'Time.Hour': (_fv: number, t: number): number => fields(t).hour,
    'Time.Minute': (_fv: number, t: number): number => fields(t).min,
    'Time.Second': (_fv: number, t: number): number => fields(t).sec,
    'Time.Nanosecond': (_fv: number, t: number): number => nsec(env, t),
    'Time.YearDay': (_fv: number, t: number): number => fields(t).yday + 1,
    'Time.Weekday': (_fv: number, t: number): number => fields(t).weekday,
    'Time.Date': (_fv: number, res: number, t: number): void => {
      const c = fields(t);
      writeInt64(env, res, c.year);
      writeInt64(env, res + 8, c.month);
      writeInt64(env, res + 16, c.day);
    },
    'Time.Clock': (_fv: number, res: number, t: number): void => {
      const c = fields(t);
      writeInt64(env, res, c.hour);
      writeInt64(env, res + 8, c.min);
      writeInt64(env, res + 16, c.sec);
    },
    'Time.Zone': (_fv: number, res: number, t: number): void => {
      const z = zoneOf(env, readTime(env, t).loc);
      writeStringHeader(env, res, z.namePtr, z.name.length);
      writeInt64(env, res + 16, z.offset);
    },
    'Time.IsZero': (_fv: number, t: number): boolean => readInt64(env, t + 8) === 0 && nsec(env, t) === 0,
    'Time.Before': (_fv: number, t: number, u: number): boolean => compare(t, u) < 0,
    'Time.After': (_fv: number, t: number, u: number): boolean => compare(t, u) > 0,
    'Time.Equal': (_fv: number, t: number, u: number): boolean => compare(t, u) === 0,
    'Time.Add': (_fv: number, res: number, t: number, d: Int64): void => {
      const r = addDuration(readTime(env, t), d);
      storeTime(env, res, r.sec, r.nsec, r.loc);
    },
    'Time.AddDate': (_fv: number, res: number, t: number, years: Int64, months: Int64, days: Int64): void => {
      const tv = readTime(env, t);
      const c = fields(t);
      const [s, n] = dateSeconds(
        add64(c.year, years),
        add64(c.month, months),
        add64(c.day, days),
        c.hour,
        c.min,
        c.sec,
        tv.nsec,
      );
      storeTime(env, res, sub64(s, zoneOf(env, tv.loc).offset), n, tv.loc);
    },
    'Time.Truncate': (_fv: number, res: number, t: number, d: Int64): void => {
      let tv = readTime(env, t);
      if (d > 0) tv = addDuration(tv, canon(-divRemainder(tv, d)));
      storeTime(env, res, tv.sec, tv.nsec, tv.loc);
    },
    'Time.Round': (_fv: number, res: number, t: number, d: Int64): void => {
      let tv = readTime(env, t);
      if (d > 0) {
        const r = divRemainder(tv, d);
        tv = addDuration(tv, canon(r + r < big(d) ? -r : big(d) - r));
      }
      storeTime(env, res, tv.sec, tv.nsec, tv.loc);
    },
    'Time.UTC': (_fv: number, res: number, t: number): void => {
      const tv = readTime(env, t);
      storeTime(env, res, tv.sec, tv.nsec, 0);
    },
    'Time.Local': (_fv: number, res: number, t: number): void => {
      const tv = readTime(env, t);
      storeTime(env, res, tv.sec, tv.nsec, locations.get(env)!.local);
    },
    'Time.In': (_fv: number, res: number, t: number, loc: number): void => {
      if (loc === 0) goPanicString('time: missing Location in call to Time.In');
      const tv = readTime(env, t);
      storeTime(env, res, tv.sec, tv.nsec, setLoc(env, loc));
    },
    'Time.Location': (_fv: number, t: number): number => readTime(env, t).loc || locations.get(env)!.utc,
    'Time.String': (_fv: number, res: number, t: number): void =>
      formatTime(env, res, readTime(env, t), stringLayout),
    'Time.Format': (_fv: number, res: number, t: number, layout: number): void => {
      const tv = readTime(env, t);
      formatTime(env, res, tv, Uint8Array.from(goStringBytes(env, layout)));
    },
    // append(b, …) as AppendFormat's appends grow b; the result slice at res.
    'Time.AppendFormat': (_fv: number, res: number, t: number, b: number, layout: number): void => {
      const tv = readTime(env, t);
      const l = Uint8Array.from(goStringBytes(env, layout));
      const u32 = env.mem.u32;
      const p0 = u32[b >>> 2]!;
      const buf = new GrowingBytes(env, p0, u32[(b + 8) >>> 2]!, u32[(b + 16) >>> 2]!);
      appendFormat(buf.append, tv.sec, tv.nsec, zoneOf(env, tv.loc), l);
      const u8 = env.mem.u8;
      if (buf.grown) u8.copyWithin(buf.p, p0, p0 + buf.len0);
      u8.set(buf.bytes, buf.p + buf.len0);
      writeSliceHeader(env, res, buf.p, buf.len0 + buf.bytes.length, buf.cap);
    },
    Parse: (_fv: number, res: number, layout: number, value: number): void =>
      parseTime(env, res, layout, value),
    '(*ParseError).Error': (_fv: number, res: number, e: number): void => parseErrorError(env, res, e),
    Sleep: function* (_fv: number, d: Int64): Generator<unknown, void, unknown> {
      if (d <= 0) return;
      yield* env.sched.sleep(toFloat(d));
    },
  };
}
