// time's calendar and layouts, apart from memory: the Gregorian arithmetic of
// Go's time/time.go (absDate, daysSinceEpoch, norm, Date's normalization) and
// the layout machinery of time/format.go (nextStdChunk, AppendFormat, parse,
// quote), on JavaScript numbers and byte arrays.
//
// Seconds here are Go's "internal" seconds, counted from January 1, year 1
// (Time's ext), as compiled code's 64-bit words (codegen/vlrt.ts). Go's
// absDate counts from an absolute zero year 292277022399 years earlier, which
// is also a year ≡ 1 (mod 400): the 400-year cycles line up, so the same cuts
// give the same fields from year 1 on, in numbers a double holds exactly. Far
// from year 1 (and for Date's arguments past what a double sums exactly) the
// calendar runs Go's own int64/uint64 arithmetic on bigints instead, wrapping
// where Go's does.
//
// AppendFormat reports each of Go's appends (a prefix, a name, each padding
// zero, the digits) through an Appender, because append's growth, and so the
// allocations, depend on the sequence, not only on the final length.

import { add64, big, canon, type Int64, neg64, quo64, rem64, toUint64 } from '../codegen/vlrt.js';

export const secondsPerDay = 86400;
const daysPer400Years = 365 * 400 + 97;
const daysPer100Years = 365 * 100 + 24;
const daysPer4Years = 365 * 4 + 1;

/** daysBefore[m]: days of a non-leap year before month m (0-based); [12] is 365. */
const daysBefore = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

export const longDayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const shortDayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const shortMonthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const longMonthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysIn(month: number, year: number): number {
  if (month === 2 && isLeap(year)) return 29;
  return daysBefore[month]! - daysBefore[month - 1]!;
}

/** Go's norm: hi, lo with hi*base + lo unchanged and 0 <= lo < base. */
function norm(hi: number, lo: number, base: number): [number, number] {
  if (lo < 0) {
    const n = Math.floor((-lo - 1) / base) + 1;
    hi -= n;
    lo += n * base;
  }
  if (lo >= base) {
    const n = Math.floor(lo / base);
    hi += n;
    lo -= n * base;
  }
  return [hi, lo];
}

export interface Civil {
  year: number;
  month: number;
  day: number;
  /** 0-based, as absDate's yday. */
  yday: number;
  hour: number;
  min: number;
  sec: number;
  weekday: number;
}

/**
 * Beyond this many seconds from year 1 the divisions below could round across
 * an integer; civilBig takes over.
 */
const civilExact = 2 ** 50;

/** absDate, absClock and absWeekday for internal second s (already shifted by the zone offset). */
export function civil(s: Int64): Civil {
  if (typeof s !== 'number' || s <= -civilExact || s >= civilExact) return civilBig(s);
  const days = Math.floor(s / secondsPerDay);
  let d = days;
  let n = Math.floor(d / daysPer400Years);
  let y = 400 * n;
  d -= daysPer400Years * n;
  n = Math.floor(d / daysPer100Years);
  n -= n >> 2;
  y += 100 * n;
  d -= daysPer100Years * n;
  n = Math.floor(d / daysPer4Years);
  y += 4 * n;
  d -= daysPer4Years * n;
  n = Math.floor(d / 365);
  n -= n >> 2;
  y += n;
  d -= 365 * n;
  // January 1, year 1 was a Monday.
  return civilFields(y + 1, d, s - days * secondsPerDay, (((days + 1) % 7) + 7) % 7);
}

/** Go's absoluteZeroYear, and the seconds from it to January 1, year 1 (internalToAbsolute). */
const absoluteZeroYear = -292277022399n;
const internalToAbsolute = 9223371966579724800n;

/**
 * civil by Go's own uint64 arithmetic on the absolute time (internal seconds
 * plus internalToAbsolute, wrapped to 64 bits), for seconds far from year 1.
 */
function civilBig(s: Int64): Civil {
  const abs = BigInt.asUintN(64, big(s) + internalToAbsolute);
  let d = abs / 86400n;
  let n = d / 146097n;
  let y = 400n * n;
  d -= 146097n * n;
  n = d / 36524n;
  n -= n >> 2n;
  y += 100n * n;
  d -= 36524n * n;
  n = d / 1461n;
  y += 4n * n;
  d -= 1461n * n;
  n = d / 365n;
  n -= n >> 2n;
  y += n;
  d -= 365n * n;
  // January 1 of the absolute year was a Monday.
  const weekday = Number(((abs + 86400n) % 604800n) / 86400n);
  return civilFields(Number(y + absoluteZeroYear), Number(d), Number(abs % 86400n), weekday);
}

/** The month, day and clock of day yday (0-based) of year, secOfDay seconds into it. */
function civilFields(year: number, yday: number, secOfDay: number, weekday: number): Civil {
  let day = yday;
  let month: number;
  if (isLeap(year) && day === 31 + 29 - 1) {
    month = 2;
    day = 29;
  } else {
    if (isLeap(year) && day > 31 + 29 - 1) day--;
    month = Math.floor(day / 31);
    const end = daysBefore[month + 1]!;
    let begin: number;
    if (day >= end) {
      month++;
      begin = end;
    } else begin = daysBefore[month]!;
    month++;
    day = day - begin + 1;
  }
  const hour = Math.floor(secOfDay / 3600);
  secOfDay -= hour * 3600;
  const min = Math.floor(secOfDay / 60);
  return { year, month, day, yday, hour, min, sec: secOfDay - min * 60, weekday };
}

/** Days from January 1, year 1 to January 1 of year. */
function daysSinceEpoch(year: number): number {
  let y = year - 1;
  const n400 = Math.floor(y / 400);
  y -= 400 * n400;
  let d = daysPer400Years * n400;
  let n = Math.floor(y / 100);
  y -= 100 * n;
  d += daysPer100Years * n;
  n = Math.floor(y / 4);
  y -= 4 * n;
  d += daysPer4Years * n;
  return d + 365 * y;
}

/**
 * Date's normalization and arithmetic: the internal second of the given wall
 * clock reading (in a zone of offset 0) and the normalized nanosecond.
 */
export function dateSeconds(
  year: Int64,
  month: Int64,
  day: Int64,
  hour: Int64,
  min: Int64,
  sec: Int64,
  nsec: Int64,
): [Int64, number] {
  // Within these bounds no sum below leaves the safe integers, and the floors
  // agree with Go's wrapping int and uint64 arithmetic.
  const small = (v: Int64, bound: number): v is number => typeof v === 'number' && v > -bound && v < bound;
  if (
    !small(year, 2 ** 26) ||
    !small(month, 2 ** 26) ||
    !small(day, 2 ** 31) ||
    !small(hour, 2 ** 31) ||
    !small(min, 2 ** 31) ||
    !small(sec, 2 ** 31) ||
    !small(nsec, 2 ** 31)
  )
    return dateSecondsBig(year, month, day, hour, min, sec, nsec);
  const [y, m] = norm(year, month - 1, 12);
  const mo = m + 1;
  let d = day;
  let h = hour;
  let mi = min;
  let s = sec;
  let ns = nsec;
  [s, ns] = norm(s, ns, 1e9);
  [mi, s] = norm(mi, s, 60);
  [h, mi] = norm(h, mi, 60);
  [d, h] = norm(d, h, 24);
  let days = daysSinceEpoch(y) + daysBefore[mo - 1]!;
  if (isLeap(y) && mo >= 3) days++;
  days += d - 1;
  return [days * secondsPerDay + h * 3600 + mi * 60 + s, ns];
}

const wrap = (b: bigint): bigint => BigInt.asIntN(64, b);
const wrapu = (b: bigint): bigint => BigInt.asUintN(64, b);

/** Go's norm on int64s, wrapping as they do. */
function normBig(hi: bigint, lo: bigint, base: bigint): [bigint, bigint] {
  if (lo < 0n) {
    const n = wrap(-lo - 1n) / base + 1n;
    hi = wrap(hi - n);
    lo = wrap(lo + n * base);
  }
  if (lo >= base) {
    const n = lo / base;
    hi = wrap(hi + n);
    lo = wrap(lo - n * base);
  }
  return [hi, lo];
}

/** dateSeconds by Go's Date and daysSinceEpoch step by step, in int64 and uint64 arithmetic. */
function dateSecondsBig(
  year: Int64,
  month: Int64,
  day: Int64,
  hour: Int64,
  min: Int64,
  sec: Int64,
  nsec: Int64,
): [Int64, number] {
  const [y, m] = normBig(big(year), wrap(big(month) - 1n), 12n);
  const mo = Number(m) + 1;
  const [s0, ns] = normBig(big(sec), big(nsec), 1_000_000_000n);
  const [mi0, s] = normBig(big(min), s0, 60n);
  const [h0, mi] = normBig(big(hour), mi0, 60n);
  const [d, h] = normBig(big(day), h0, 24n);
  let yy = wrapu(y - absoluteZeroYear);
  let n = yy / 400n;
  yy -= 400n * n;
  let days = 146097n * n;
  n = yy / 100n;
  yy -= 100n * n;
  days += 36524n * n;
  n = yy / 4n;
  yy -= 4n * n;
  days += 1461n * n + 365n * yy;
  days += BigInt(daysBefore[mo - 1]!);
  if (y % 4n === 0n && (y % 100n !== 0n || y % 400n === 0n) && mo >= 3) days++;
  days = wrapu(days + wrapu(d - 1n));
  const abs = wrapu(days * 86400n + h * 3600n + mi * 60n + s);
  return [canon(wrap(abs - internalToAbsolute)), Number(ns)];
}

/** The decimal digits of x as Go's fmtInt prints uint64(x) (a negative x wraps). */
export function uintDigits(x: Int64): string {
  return toUint64(x).toString();
}

// ── Layouts ─────────────────────────────────────────────────────────────────

const stdNeedDate = 1 << 8;
const stdNeedClock = 2 << 8;
const stdArgShift = 16;
const stdSeparatorShift = 28;
const stdMask = (1 << stdArgShift) - 1;

const stdLongMonth = 1 + stdNeedDate;
const stdMonth = 2 + stdNeedDate;
const stdNumMonth = 3 + stdNeedDate;
const stdZeroMonth = 4 + stdNeedDate;
const stdLongWeekDay = 5 + stdNeedDate;
const stdWeekDay = 6 + stdNeedDate;
const stdDay = 7 + stdNeedDate;
const stdUnderDay = 8 + stdNeedDate;
const stdZeroDay = 9 + stdNeedDate;
const stdUnderYearDay = 10 + stdNeedDate;
const stdZeroYearDay = 11 + stdNeedDate;
const stdHour = 12 + stdNeedClock;
const stdHour12 = 13 + stdNeedClock;
const stdZeroHour12 = 14 + stdNeedClock;
const stdMinute = 15 + stdNeedClock;
const stdZeroMinute = 16 + stdNeedClock;
const stdSecond = 17 + stdNeedClock;
const stdZeroSecond = 18 + stdNeedClock;
const stdLongYear = 19 + stdNeedDate;
const stdYear = 20 + stdNeedDate;
const stdPM = 21 + stdNeedClock;
const stdpm = 22 + stdNeedClock;
const stdTZ = 23;
const stdISO8601TZ = 24;
const stdISO8601SecondsTZ = 25;
const stdISO8601ShortTZ = 26;
const stdISO8601ColonTZ = 27;
const stdISO8601ColonSecondsTZ = 28;
const stdNumTZ = 29;
const stdNumSecondsTz = 30;
const stdNumShortTZ = 31;
const stdNumColonTZ = 32;
const stdNumColonSecondsTZ = 33;
const stdFracSecond0 = 34;
const stdFracSecond9 = 35;

/** Each numeric zone layout's width in the value (sign included) and whether colons part its fields. */
const numericZones = new Map<number, { width: number; colon: boolean }>([
  [stdISO8601TZ, { width: 5, colon: false }],
  [stdNumTZ, { width: 5, colon: false }],
  [stdISO8601ShortTZ, { width: 3, colon: false }],
  [stdNumShortTZ, { width: 3, colon: false }],
  [stdISO8601SecondsTZ, { width: 7, colon: false }],
  [stdNumSecondsTz, { width: 7, colon: false }],
  [stdISO8601ColonTZ, { width: 6, colon: true }],
  [stdNumColonTZ, { width: 6, colon: true }],
  [stdISO8601ColonSecondsTZ, { width: 9, colon: true }],
  [stdNumColonSecondsTZ, { width: 9, colon: true }],
]);

const std0x = [stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear];

const isDigitAt = (s: Uint8Array, i: number): boolean => i < s.length && s[i]! >= 0x30 && s[i]! <= 0x39;

function hasAt(s: Uint8Array, i: number, lit: string): boolean {
  if (i + lit.length > s.length) return false;
  for (let k = 0; k < lit.length; k++) if (s[i + k] !== lit.charCodeAt(k)) return false;
  return true;
}

function startsWithLowerCase(s: Uint8Array, i: number): boolean {
  return i < s.length && s[i]! >= 0x61 && s[i]! <= 0x7a;
}

/**
 * nextStdChunk of layout[from:]: the prefix is layout[from:start], the std
 * string layout[start:end], the suffix layout[end:] (start = end =
 * layout.length when there is no std string, std 0).
 */
export function nextStdChunk(l: Uint8Array, from: number): { start: number; std: number; end: number } {
  const r = (start: number, std: number, end: number) => ({ start, std, end });
  for (let i = from; i < l.length; i++) {
    switch (l[i]) {
      case 0x4a: // J
        if (hasAt(l, i, 'Jan')) {
          if (hasAt(l, i, 'January')) return r(i, stdLongMonth, i + 7);
          if (!startsWithLowerCase(l, i + 3)) return r(i, stdMonth, i + 3);
        }
        break;
      case 0x4d: // M
        if (hasAt(l, i, 'Mon')) {
          if (hasAt(l, i, 'Monday')) return r(i, stdLongWeekDay, i + 6);
          if (!startsWithLowerCase(l, i + 3)) return r(i, stdWeekDay, i + 3);
        }
        if (hasAt(l, i, 'MST')) return r(i, stdTZ, i + 3);
        break;
      case 0x30: // 0
        if (i + 1 < l.length && l[i + 1]! >= 0x31 && l[i + 1]! <= 0x36)
          return r(i, std0x[l[i + 1] - 0x31]!, i + 2);
        if (hasAt(l, i, '002')) return r(i, stdZeroYearDay, i + 3);
        break;
      case 0x31: // 1
        if (i + 1 < l.length && l[i + 1] === 0x35) return r(i, stdHour, i + 2);
        return r(i, stdNumMonth, i + 1);
      case 0x32: // 2
        if (hasAt(l, i, '2006')) return r(i, stdLongYear, i + 4);
        return r(i, stdDay, i + 1);
      case 0x5f: // _
        if (i + 1 < l.length && l[i + 1] === 0x32) {
          // _2006 is a literal _ followed by stdLongYear.
          if (hasAt(l, i + 1, '2006')) return r(i + 1, stdLongYear, i + 5);
          return r(i, stdUnderDay, i + 2);
        }
        if (hasAt(l, i, '__2')) return r(i, stdUnderYearDay, i + 3);
        break;
      case 0x33:
        return r(i, stdHour12, i + 1);
      case 0x34:
        return r(i, stdMinute, i + 1);
      case 0x35:
        return r(i, stdSecond, i + 1);
      case 0x50: // P
        if (i + 1 < l.length && l[i + 1] === 0x4d) return r(i, stdPM, i + 2);
        break;
      case 0x70: // p
        if (i + 1 < l.length && l[i + 1] === 0x6d) return r(i, stdpm, i + 2);
        break;
      case 0x2d: // -
        if (hasAt(l, i, '-070000')) return r(i, stdNumSecondsTz, i + 7);
        if (hasAt(l, i, '-07:00:00')) return r(i, stdNumColonSecondsTZ, i + 9);
        if (hasAt(l, i, '-0700')) return r(i, stdNumTZ, i + 5);
        if (hasAt(l, i, '-07:00')) return r(i, stdNumColonTZ, i + 6);
        if (hasAt(l, i, '-07')) return r(i, stdNumShortTZ, i + 3);
        break;
      case 0x5a: // Z
        if (hasAt(l, i, 'Z070000')) return r(i, stdISO8601SecondsTZ, i + 7);
        if (hasAt(l, i, 'Z07:00:00')) return r(i, stdISO8601ColonSecondsTZ, i + 9);
        if (hasAt(l, i, 'Z0700')) return r(i, stdISO8601TZ, i + 5);
        if (hasAt(l, i, 'Z07:00')) return r(i, stdISO8601ColonTZ, i + 6);
        if (hasAt(l, i, 'Z07')) return r(i, stdISO8601ShortTZ, i + 3);
        break;
      case 0x2e: // .
      case 0x2c: // ,
        if (i + 1 < l.length && (l[i + 1] === 0x30 || l[i + 1] === 0x39)) {
          const ch = l[i + 1];
          let j = i + 1;
          while (j < l.length && l[j] === ch) j++;
          // Only a fractional second is all digits: the run must end here.
          if (!isDigitAt(l, j)) {
            const code = ch === 0x39 ? stdFracSecond9 : stdFracSecond0;
            const n = j - (i + 1);
            let std = code | ((n & 0xfff) << stdArgShift);
            if (l[i] !== 0x2e) std |= 1 << stdSeparatorShift;
            return r(i, std, j);
          }
        }
        break;
    }
  }
  return r(l.length, 0, l.length);
}

/** Receives each of Go's appends to the []byte being formatted. */
export type Appender = (b: ArrayLike<number>) => void;

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

/** Go's format.go appendInt: '-', each padding zero, then the digits, each its own append. */
function appendInt(out: Appender, x: Int64, width: number): void {
  let u = x;
  if (x < 0) {
    out([0x2d]);
    u = -big(x);
  }
  const digits = ascii(String(u));
  for (let w = digits.length; w < width; w++) out([0x30]);
  out(digits);
}

/** The zone in effect for a Time: its abbreviation (Go string bytes) and offset in seconds. */
export interface Zone {
  name: Uint8Array;
  offset: Int64;
}

/**
 * AppendFormat of the Time at internal second sec (UTC) and nanosecond nsec,
 * in zone z, for the layout bytes l.
 */
export function appendFormat(out: Appender, sec: Int64, nsec: number, z: Zone, l: Uint8Array): void {
  const offset = z.offset;
  let c: Civil | undefined;
  const f = (): Civil => {
    c ??= civil(add64(sec, offset));
    return c;
  };
  let at = 0;
  while (at < l.length) {
    const { start, std, end } = nextStdChunk(l, at);
    if (start > at) out(l.subarray(at, start));
    if (std === 0) break;
    at = end;
    const hr12 = (): number => f().hour % 12 || 12;
    switch (std & stdMask) {
      case stdYear:
        appendInt(out, Math.abs(f().year) % 100, 2);
        break;
      case stdLongYear:
        appendInt(out, f().year, 4);
        break;
      case stdMonth:
        out(ascii(shortMonthNames[f().month - 1]!));
        break;
      case stdLongMonth:
        out(ascii(longMonthNames[f().month - 1]!));
        break;
      case stdNumMonth:
        appendInt(out, f().month, 0);
        break;
      case stdZeroMonth:
        appendInt(out, f().month, 2);
        break;
      case stdWeekDay:
        out(ascii(shortDayNames[f().weekday]!));
        break;
      case stdLongWeekDay:
        out(ascii(longDayNames[f().weekday]!));
        break;
      case stdDay:
        appendInt(out, f().day, 0);
        break;
      case stdUnderDay:
        if (f().day < 10) out([0x20]);
        appendInt(out, f().day, 0);
        break;
      case stdZeroDay:
        appendInt(out, f().day, 2);
        break;
      case stdUnderYearDay: {
        const yday = f().yday + 1;
        if (yday < 100) {
          out([0x20]);
          if (yday < 10) out([0x20]);
        }
        appendInt(out, yday, 0);
        break;
      }
      case stdZeroYearDay:
        appendInt(out, f().yday + 1, 3);
        break;
      case stdHour:
        appendInt(out, f().hour, 2);
        break;
      case stdHour12:
        appendInt(out, hr12(), 0);
        break;
      case stdZeroHour12:
        appendInt(out, hr12(), 2);
        break;
      case stdMinute:
        appendInt(out, f().min, 0);
        break;
      case stdZeroMinute:
        appendInt(out, f().min, 2);
        break;
      case stdSecond:
        appendInt(out, f().sec, 0);
        break;
      case stdZeroSecond:
        appendInt(out, f().sec, 2);
        break;
      case stdPM:
        out(ascii(f().hour >= 12 ? 'PM' : 'AM'));
        break;
      case stdpm:
        out(ascii(f().hour >= 12 ? 'pm' : 'am'));
        break;
      case stdISO8601TZ:
      case stdISO8601ColonTZ:
      case stdISO8601SecondsTZ:
      case stdISO8601ShortTZ:
      case stdISO8601ColonSecondsTZ:
      case stdNumTZ:
      case stdNumColonTZ:
      case stdNumSecondsTz:
      case stdNumShortTZ:
      case stdNumColonSecondsTZ: {
        const iso =
          std === stdISO8601TZ ||
          std === stdISO8601ColonTZ ||
          std === stdISO8601SecondsTZ ||
          std === stdISO8601ShortTZ ||
          std === stdISO8601ColonSecondsTZ;
        if (offset === 0 && iso) {
          out([0x5a]);
          break;
        }
        let zone = quo64(offset, 60);
        let absoffset = offset;
        if (zone < 0) {
          out([0x2d]);
          zone = neg64(zone);
          absoffset = neg64(absoffset);
        } else out([0x2b]);
        appendInt(out, quo64(zone, 60), 2);
        if (
          std === stdISO8601ColonTZ ||
          std === stdNumColonTZ ||
          std === stdISO8601ColonSecondsTZ ||
          std === stdNumColonSecondsTZ
        )
          out([0x3a]);
        if (std !== stdNumShortTZ && std !== stdISO8601ShortTZ) appendInt(out, rem64(zone, 60), 2);
        if (
          std === stdISO8601SecondsTZ ||
          std === stdNumSecondsTz ||
          std === stdNumColonSecondsTZ ||
          std === stdISO8601ColonSecondsTZ
        ) {
          if (std === stdNumColonSecondsTZ || std === stdISO8601ColonSecondsTZ) out([0x3a]);
          appendInt(out, rem64(absoffset, 60), 2);
        }
        break;
      }
      case stdTZ: {
        if (z.name.length > 0) {
          out(z.name);
          break;
        }
        // No abbreviation: the -0700 form.
        let zone = quo64(offset, 60);
        if (zone < 0) {
          out([0x2d]);
          zone = neg64(zone);
        } else out([0x2b]);
        appendInt(out, quo64(zone, 60), 2);
        appendInt(out, rem64(zone, 60), 2);
        break;
      }
      case stdFracSecond0:
      case stdFracSecond9: {
        let n = Math.min((std >> stdArgShift) & 0xfff, 9);
        const digits = ascii(String(nsec).padStart(9, '0'));
        if ((std & stdMask) === stdFracSecond9) {
          while (n > 0 && digits[n - 1] === 0x30) n--;
          if (n === 0) break;
        }
        out([std >> stdSeparatorShift === 0 ? 0x2e : 0x2c]);
        out(digits.slice(0, n));
        break;
      }
    }
  }
}

// ── Parse ───────────────────────────────────────────────────────────────────

/** What parse found: the fields Date takes, and the zone the value named. */
export interface Parsed {
  year: number;
  month: number;
  day: number;
  hour: number;
  min: number;
  sec: number;
  nsec: number;
  /** The value said UTC ("Z", "UTC"). */
  utc: boolean;
  /** Seconds east of UTC from a numeric zone, or -1. */
  zoneOffset: number;
  /** A zone abbreviation: value[zoneName[0]:zoneName[1]], or null. */
  zoneName: [number, number] | null;
}

/**
 * A *ParseError's fields as Go sets them: LayoutElem is layout[layoutElem[0]:
 * layoutElem[1]], ValueElem is value[valueElem:]; the Message is "", a
 * constant, a range message (": " + what + " out of range", made by
 * concatenation) or ": extra text: " + quote(value[valueElem:]).
 */
export interface ParseFailure {
  layoutElem: [number, number];
  valueElem: number;
  message:
    | { kind: 'none' }
    | { kind: 'const'; text: string }
    | { kind: 'range'; what: string }
    | { kind: 'extra' };
}

/** leadingInt: the digits at s[i:e] and where they end, or null on overflow. */
function leadingInt(s: Uint8Array, i: number, e: number): [number, number] | null {
  let x = 0n;
  for (; i < e; i++) {
    const c = s[i]!;
    if (c < 0x30 || c > 0x39) break;
    if (x > (1n << 63n) / 10n) return null;
    x = x * 10n + BigInt(c - 0x30);
    if (x > 1n << 63n) return null;
  }
  return [Number(x), i];
}

/** Go's format.go atoi of s[i:e], or null (atoiError). */
function atoi(s: Uint8Array, i: number, e: number): number | null {
  let neg = false;
  if (i < e && (s[i] === 0x2d || s[i] === 0x2b)) {
    neg = s[i] === 0x2d;
    i++;
  }
  const r = leadingInt(s, i, e);
  if (r === null || r[1] !== e) return null;
  return neg ? -r[0] : r[0];
}

/** match of s[i:i+len(name)] against name, ignoring ASCII case. */
function matchFold(s: Uint8Array, i: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    let c1 = s[i + k]!;
    let c2 = name.charCodeAt(k);
    if (c1 !== c2) {
      c1 |= 0x20;
      c2 |= 0x20;
      if (c1 !== c2 || c1 < 0x61 || c1 > 0x7a) return false;
    }
  }
  return true;
}

function lookup(tab: readonly string[], s: Uint8Array, i: number): [number, number] | null {
  for (let k = 0; k < tab.length; k++) {
    const v = tab[k]!;
    if (s.length - i >= v.length && matchFold(s, i, v)) return [k, i + v.length];
  }
  return null;
}

/** getnum: one or two digits (two when fixed) at s[i:], or null. */
function getnum(s: Uint8Array, i: number, fixed: boolean): [number, number] | null {
  if (!isDigitAt(s, i)) return null;
  if (!isDigitAt(s, i + 1)) {
    if (fixed) return null;
    return [s[i]! - 0x30, i + 1];
  }
  return [(s[i]! - 0x30) * 10 + (s[i + 1]! - 0x30), i + 2];
}

function getnum3(s: Uint8Array, i: number, fixed: boolean): [number, number] | null {
  let n = 0;
  let k = 0;
  for (; k < 3 && isDigitAt(s, i + k); k++) n = n * 10 + (s[i + k]! - 0x30);
  if (k === 0 || (fixed && k !== 3)) return null;
  return [n, i + k];
}

const commaOrPeriod = (c: number | undefined): boolean => c === 0x2e || c === 0x2c;

/** parseNanoseconds of value[i:i+nbytes]: [ns, rangeErrString, err]. */
function parseNanoseconds(v: Uint8Array, i: number, nbytes: number): [number, string, boolean] {
  if (!commaOrPeriod(v[i])) return [0, '', true];
  if (nbytes > 10) nbytes = 10;
  let ns = atoi(v, i + 1, i + nbytes);
  if (ns === null) return [0, '', true];
  if (ns < 0) return [ns, 'fractional second', false];
  for (let k = 0; k < 10 - nbytes; k++) ns *= 10;
  return [ns, '', false];
}

/** parseSignedOffset of value[i:]: its length, 0 when it is not one. */
function parseSignedOffset(v: Uint8Array, i: number): number {
  if (v[i] !== 0x2d && v[i] !== 0x2b) return 0;
  const r = leadingInt(v, i + 1, v.length);
  if (r === null || r[1] === i + 1) return 0;
  if (r[0] > 23) return 0;
  return r[1] - i;
}

/** parseTimeZone of value[i:]: the zone abbreviation's length, or 0 when there is none. */
function parseTimeZone(v: Uint8Array, i: number): number {
  if (v.length - i < 3) return 0;
  if (hasAt(v, i, 'ChST') || hasAt(v, i, 'MeST')) return 4;
  if (hasAt(v, i, 'GMT')) return i + 3 === v.length ? 3 : 3 + parseSignedOffset(v, i + 3);
  if (v[i] === 0x2b || v[i] === 0x2d) return parseSignedOffset(v, i);
  let nUpper = 0;
  while (nUpper < 6 && i + nUpper < v.length && v[i + nUpper]! >= 0x41 && v[i + nUpper]! <= 0x5a) nUpper++;
  switch (nUpper) {
    case 5:
      return v[i + 4] === 0x54 ? 5 : 0;
    case 4:
      return v[i + 3] === 0x54 || hasAt(v, i, 'WITA') ? 4 : 0;
    case 3:
      return 3;
    default:
      return 0;
  }
}

/** Go's parse of value v against layout l (up to the choice of location). */
export function parse(l: Uint8Array, v: Uint8Array): Parsed | ParseFailure {
  let amSet = false;
  let pmSet = false;
  let year = 0;
  let month = -1;
  let day = -1;
  let yday = -1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let nsec = 0;
  let utc = false;
  let zoneOffset = -1;
  let zoneName: [number, number] | null = null;
  let lo = 0;
  let vo = 0;
  const fail = (
    layoutElem: [number, number],
    message: ParseFailure['message'] = { kind: 'none' },
  ): ParseFailure => ({
    layoutElem,
    valueElem: vo,
    message,
  });
  for (;;) {
    const { start, std, end } = nextStdChunk(l, lo);
    // skip: the prefix, a run of blanks matching any run of blanks.
    for (let p = lo; p < start; ) {
      if (l[p] === 0x20) {
        if (vo < v.length && v[vo] !== 0x20) return fail([lo, start]);
        while (p < start && l[p] === 0x20) p++;
        while (vo < v.length && v[vo] === 0x20) vo++;
        continue;
      }
      if (vo >= v.length || v[vo] !== l[p]) return fail([lo, start]);
      p++;
      vo++;
    }
    if (std === 0) {
      if (vo < v.length) return fail([start, start], { kind: 'extra' });
      break;
    }
    const stdstr: [number, number] = [start, end];
    lo = end;
    let err = false;
    let rangeErr = '';
    const rest = v.length - vo;
    const num = (r: [number, number] | null): number => {
      if (r === null) {
        err = true;
        return 0;
      }
      vo = r[1];
      return r[0];
    };
    switch (std & stdMask) {
      case stdYear: {
        if (rest < 2) {
          err = true;
          break;
        }
        const y = atoi(v, vo, vo + 2);
        if (y === null) err = true;
        else {
          vo += 2;
          year = y >= 69 ? y + 1900 : y + 2000;
        }
        break;
      }
      case stdLongYear: {
        if (rest < 4 || !isDigitAt(v, vo)) {
          err = true;
          break;
        }
        const y = atoi(v, vo, vo + 4);
        vo += 4;
        if (y === null) err = true;
        else year = y;
        break;
      }
      case stdMonth:
        month = num(lookup(shortMonthNames, v, vo)) + 1;
        break;
      case stdLongMonth:
        month = num(lookup(longMonthNames, v, vo)) + 1;
        break;
      case stdNumMonth:
      case stdZeroMonth:
        month = num(getnum(v, vo, std === stdZeroMonth));
        if (!err && (month <= 0 || month > 12)) rangeErr = 'month';
        break;
      case stdWeekDay:
        num(lookup(shortDayNames, v, vo));
        break;
      case stdLongWeekDay:
        num(lookup(longDayNames, v, vo));
        break;
      case stdDay:
      case stdUnderDay:
      case stdZeroDay:
        if (std === stdUnderDay && vo < v.length && v[vo] === 0x20) vo++;
        // Any one- or two-digit day: the date is validated at the end.
        day = num(getnum(v, vo, std === stdZeroDay));
        break;
      case stdUnderYearDay:
      case stdZeroYearDay:
        for (let k = 0; k < 2; k++) if (std === stdUnderYearDay && vo < v.length && v[vo] === 0x20) vo++;
        yday = num(getnum3(v, vo, std === stdZeroYearDay));
        break;
      case stdHour:
        hour = num(getnum(v, vo, false));
        if (hour < 0 || hour >= 24) rangeErr = 'hour';
        break;
      case stdHour12:
      case stdZeroHour12:
        hour = num(getnum(v, vo, std === stdZeroHour12));
        if (hour < 0 || hour > 12) rangeErr = 'hour';
        break;
      case stdMinute:
      case stdZeroMinute:
        min = num(getnum(v, vo, std === stdZeroMinute));
        if (min < 0 || min >= 60) rangeErr = 'minute';
        break;
      case stdSecond:
      case stdZeroSecond: {
        sec = num(getnum(v, vo, std === stdZeroSecond));
        if (sec < 0 || sec >= 60) {
          rangeErr = 'second';
          break;
        }
        // A fractional second the layout does not ask for is taken here
        // (and replaces a failed getnum's error, as in Go).
        if (v.length - vo >= 2 && commaOrPeriod(v[vo]) && isDigitAt(v, vo + 1)) {
          const next = nextStdChunk(l, lo).std & stdMask;
          if (next === stdFracSecond0 || next === stdFracSecond9) break;
          let n = 2;
          while (vo + n < v.length && isDigitAt(v, vo + n)) n++;
          [nsec, rangeErr, err] = parseNanoseconds(v, vo, n);
          vo += n;
        }
        break;
      }
      case stdPM:
      case stdpm: {
        if (rest < 2) {
          err = true;
          break;
        }
        const lower = std === stdpm;
        if (hasAt(v, vo, lower ? 'pm' : 'PM')) pmSet = true;
        else if (hasAt(v, vo, lower ? 'am' : 'AM')) amSet = true;
        else err = true;
        vo += 2;
        break;
      }
      case stdISO8601TZ:
      case stdISO8601ColonTZ:
      case stdISO8601SecondsTZ:
      case stdISO8601ShortTZ:
      case stdISO8601ColonSecondsTZ:
      case stdNumTZ:
      case stdNumShortTZ:
      case stdNumColonTZ:
      case stdNumSecondsTz:
      case stdNumColonSecondsTZ: {
        if (
          (std === stdISO8601TZ || std === stdISO8601ShortTZ || std === stdISO8601ColonTZ) &&
          rest >= 1 &&
          v[vo] === 0x5a
        ) {
          vo++;
          utc = true;
          break;
        }
        // A numeric zone is -hh, -hhmm, -hhmmss, or those with colons between fields.
        const { width, colon } = numericZones.get(std)!;
        if (
          rest < width ||
          (colon && ((width > 3 && v[vo + 3] !== 0x3a) || (width > 6 && v[vo + 6] !== 0x3a)))
        ) {
          err = true;
          break;
        }
        const sign = v[vo];
        const nums: number[] = [];
        for (let at = 1; at < width; at += colon ? 3 : 2) {
          const x = atoi(v, vo + at, vo + at + 2);
          if (x === null) {
            err = true;
            break;
          }
          nums.push(x);
        }
        vo += width;
        const [hr = 0, mm = 0, ss = 0] = nums;
        zoneOffset = (hr * 60 + mm) * 60 + ss;
        if (sign === 0x2d) zoneOffset = -zoneOffset;
        else if (sign !== 0x2b) err = true;
        break;
      }
      case stdTZ: {
        if (hasAt(v, vo, 'UTC')) {
          utc = true;
          vo += 3;
          break;
        }
        const n = parseTimeZone(v, vo);
        if (n === 0) {
          err = true;
          break;
        }
        zoneName = [vo, vo + n];
        vo += n;
        break;
      }
      case stdFracSecond0: {
        // The exact number of digits the layout has.
        const ndigit = 1 + ((std >> stdArgShift) & 0xfff);
        if (rest < ndigit) {
          err = true;
          break;
        }
        [nsec, rangeErr, err] = parseNanoseconds(v, vo, ndigit);
        vo += ndigit;
        break;
      }
      case stdFracSecond9: {
        if (rest < 2 || !commaOrPeriod(v[vo]) || !isDigitAt(v, vo + 1)) break;
        // Any number of digits, even more than the layout has, as stdSecond takes.
        let k = 0;
        while (k < 9 && k + 1 < rest && isDigitAt(v, vo + k + 1)) k++;
        [nsec, rangeErr, err] = parseNanoseconds(v, vo, 1 + k);
        vo += 1 + k;
        break;
      }
    }
    if (rangeErr !== '') return fail(stdstr, { kind: 'range', what: rangeErr });
    if (err) return fail(stdstr);
  }
  if (pmSet && hour < 12) hour += 12;
  else if (amSet && hour === 12) hour = 0;

  if (yday >= 0) {
    let d = 0;
    let m = 0;
    if (isLeap(year)) {
      if (yday === 31 + 29) {
        m = 2;
        d = 29;
      } else if (yday > 31 + 29) yday--;
    }
    if (yday < 1 || yday > 365) return fail([0, 0], { kind: 'const', text: ': day-of-year out of range' });
    if (m === 0) {
      m = Math.floor((yday - 1) / 31) + 1;
      if (daysBefore[m]! < yday) m++;
      d = yday - daysBefore[m - 1]!;
    }
    if (month >= 0 && month !== m)
      return fail([0, 0], { kind: 'const', text: ': day-of-year does not match month' });
    month = m;
    if (day >= 0 && day !== d)
      return fail([0, 0], { kind: 'const', text: ': day-of-year does not match day' });
    day = d;
  } else {
    if (month < 0) month = 1;
    if (day < 0) day = 1;
  }
  if (day < 1 || day > daysIn(month, year))
    return fail([0, 0], { kind: 'const', text: ': day out of range' });
  return { year, month, day, hour, min, sec, nsec, utc, zoneOffset, zoneName };
}

/**
 * Go's time.quote of s: its text and the appends that build it after
 * make([]byte, 1, len(s)+2) — `\x` and two hex digits for each byte of a rune
 * outside printable ASCII, a backslash before '"' and '\\', one byte otherwise.
 */
export function quote(s: Uint8Array): { text: string; appends: number[] } {
  let text = '"';
  const appends: number[] = [];
  for (const c of s) {
    if (c >= 0x80 || c < 0x20) {
      text += `\\x${c.toString(16).padStart(2, '0')}`;
      appends.push(2, 1, 1);
    } else {
      if (c === 0x22 || c === 0x5c) {
        text += '\\';
        appends.push(1);
      }
      text += String.fromCharCode(c);
      appends.push(1);
    }
  }
  appends.push(1);
  return { text: `${text}"`, appends };
}
