// bufio: Writer, Scanner and Reader over any io.Writer / io.Reader.
//
// Mirrors Go 1.19's bufio/bufio.go and bufio/scan.go. The objects are Go's,
// on the gomem heap with Go's layouts, so a program's MemStats see what Go's
// does: NewWriter and NewReader make the struct and a 4096-byte buffer,
// NewScanner only the struct, its buffer made by the first Scan (4096 bytes,
// doubled while a token does not fit, up to MaxScanTokenSize), and Text is
// string(token) — no allocation for "" or one byte (staticuint64s).
//
//   Writer   [ err iface | buf slice | n | wr iface ]                        64 B
//   Scanner  [ r iface | split func | maxTokenSize | token slice | buf slice |
//              start | end | err iface | empties | scanCalled | done ]      128 B
//   Reader   [ buf slice | rd iface | r | w | err iface | lastByte |
//              lastRuneSize ]                                               88 B
//
// Writes and reads reach the underlying value through its methods: an
// *os.File writes to the run's stdout/stderr and reads the run's stdin
// directly, *strings.Reader is read directly, anything else has its Write or
// Read method called with a slice of the buffer, as Go's would be.

import { RuntimeError } from '../../runtime/panic.js';
import { growsliceCap } from '../../runtime/slice.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { errorType, makeError, rodataAlloc, stdType, writeIface } from './errors.js';
import type { StdGlobal } from './index.js';
import { writeEOF } from './io.js';
import { stringsReaderRead } from './strings.js';
import { goPanicString, newStringBytes, readInt64, storePtr, writeInt64 } from './values.js';

const defaultBufSize = 4096;
const maxScanTokenSize = 64 * 1024;
const maxConsecutiveEmptyReads = 100;

// Writer
const wErr = 0;
const wBuf = 16;
const wN = 40;
const wWr = 48;
// Scanner
const sR = 0;
const sSplit = 16;
const sMax = 24;
const sToken = 32;
const sBuf = 56;
const sStart = 80;
const sEnd = 88;
const sErr = 96;
const sEmpties = 112;
const sScanCalled = 120;
const sDone = 121;
// Reader
const rBuf = 0;
const rRd = 24;
const rR = 40;
const rW = 48;
const rErr = 56;
const rLastByte = 72;
const rLastRuneSize = 80;

function types(env: Env) {
  const T = env.rt.types;
  const err = errorType(env);
  const bytes = T.slice(T.uint8);
  const writer = T.iface('io.Writer', ['Write']);
  const reader = T.iface('io.Reader', ['Read']);
  return {
    writer: stdType(env, 'bufio.Writer', () =>
      T.struct('bufio.Writer', { err, buf: bytes, n: T.int, wr: writer }),
    ),
    scanner: stdType(env, 'bufio.Scanner', () =>
      T.struct('bufio.Scanner', {
        r: reader,
        split: T.func('bufio.SplitFunc'),
        maxTokenSize: T.int,
        token: bytes,
        buf: bytes,
        start: T.int,
        end: T.int,
        err,
        empties: T.int,
        scanCalled: T.bool,
        done: T.bool,
      }),
    ),
    reader: stdType(env, 'bufio.Reader', () =>
      T.struct('bufio.Reader', {
        buf: bytes,
        rd: reader,
        r: T.int,
        w: T.int,
        err,
        lastByte: T.int,
        lastRuneSize: T.int,
      }),
    ),
  };
}

/**
 * Each run's work area for calls out of the package (a Read or Write
 * method, a split function): slice headers and result areas, outside the
 * heap as Go's would be in the caller's frame.
 *
 *   +0 slice header (24) | +24 result area (48) | +72 error (16) | +88 io.EOF (16)
 *   +104 write result (24) | +128 flush error (16) | +144 ScanLines funcval (8)
 */
const areas = new WeakMap<Env, number>();

function area(env: Env): number {
  let a = areas.get(env);
  if (a === undefined) {
    a = rodataAlloc(env, 152);
    areas.set(env, a);
  }
  return a;
}

/** Each run's bufio error values, by name: what bufio's package variables hold. */
const packageErrors = new WeakMap<Env, Record<string, number>>();

const errorNames: [string, string][] = [
  ['ErrInvalidUnreadByte', 'bufio: invalid use of UnreadByte'],
  ['ErrInvalidUnreadRune', 'bufio: invalid use of UnreadRune'],
  ['ErrBufferFull', 'bufio: buffer full'],
  ['ErrNegativeCount', 'bufio: negative count'],
  ['ErrTooLong', 'bufio.Scanner: token too long'],
  ['ErrNegativeAdvance', 'bufio.Scanner: SplitFunc returns negative advance count'],
  ['ErrAdvanceTooFar', 'bufio.Scanner: SplitFunc returns advance count beyond input'],
  ['ErrBadReadCount', 'bufio.Scanner: Read returned impossible count'],
  ['ErrFinalToken', 'final token'],
];

/** bufio's initialization: its error variables, each an errors.New made once and held as Go's globals are. */
export function init(env: Env, global: StdGlobal): void {
  const errs: Record<string, number> = {};
  for (const [name, text] of errorNames) {
    const at = global(name, errorType(env));
    makeError(env, text, at);
    errs[name] = at;
  }
  packageErrors.set(env, errs);
}

export const blocking: ReadonlySet<string> = new Set();

export function bufio(env: Env): Record<string, GoFunc> {
  const m = env.mem;
  const u32 = m.u32;
  const u8 = m.u8;
  const int = (a: number): number => readInt64(env, a) as number;
  const setInt = (a: number, v: number): void => writeInt64(env, a, v);
  const isNilIface = (a: number): boolean => u32[a >>> 2] === 0;
  const copyIface = (dst: number, src: number): void => {
    u32[dst >>> 2] = u32[src >>> 2]!;
    u32[(dst + 4) >>> 2] = 0;
    storePtr(env, dst + 8, u32[(src + 8) >>> 2]!);
  };
  const setSlice = (at: number, p: number, len: number, cap: number): void => {
    storePtr(env, at, p);
    setInt(at + 8, len);
    setInt(at + 16, cap);
  };
  const typeName = (iface: number): string => {
    const tw = u32[iface >>> 2]!;
    if (tw === 0) throw new RuntimeError('invalid memory address or nil pointer dereference');
    return env.type(tw - 1).str;
  };

  /** w.Write(bytes at p, n) for the io.Writer at w; the error (if any) is written at errAt. Returns n written. */
  const writeTo = (w: number, p: number, n: number, errAt: number): number => {
    const recv = u32[(w + 8) >>> 2]!;
    const t = typeName(w);
    if (t === '*os.File') {
      const fd = int(recv);
      if (fd === 2) env.stderr(u8.slice(p, p + n));
      else env.stdout(u8.slice(p, p + n));
      return n;
    }
    const mi = env.type(u32[w >>> 2] - 1).methods.get('Write')!;
    const hdr = area(env);
    const out = hdr + 24;
    setSliceHeader(hdr, p, n, n);
    env.FN[mi]!(0, out, recv, hdr);
    if (!isNilIface(out + 8)) copyIface(errAt, out + 8);
    return int(out);
  };
  const setSliceHeader = (at: number, p: number, len: number, cap: number): void => {
    u32[at >>> 2] = p;
    u32[(at + 4) >>> 2] = 0;
    setInt(at + 8, len);
    setInt(at + 16, cap);
  };

  /** r.Read(bytes at p, cap n) for the io.Reader at r: n read; at EOF or an error the error is written at errAt. */
  const readFrom = (r: number, p: number, n: number, errAt: number): number => {
    const recv = u32[(r + 8) >>> 2]!;
    const t = typeName(r);
    if (t === '*os.File') {
      const got = int(recv) === 0 ? env.stdin(u8.subarray(p, p + n)) : 0;
      if (got === 0 && n > 0) writeEOF(env, errAt);
      return got;
    }
    if (t === '*strings.Reader') return stringsReaderRead(env, recv, p, n, errAt);
    const mi = env.type(u32[r >>> 2] - 1).methods.get('Read')!;
    const hdr = area(env);
    const out = hdr + 24;
    setSliceHeader(hdr, p, 0, n);
    setInt(hdr + 8, n);
    env.FN[mi]!(0, out, recv, hdr);
    if (!isNilIface(out + 8)) copyIface(errAt, out + 8);
    return int(out);
  };

  // --- Writer ---

  const newWriterSize = (w: number, size: number): number => {
    // An existing *bufio.Writer with a big enough buffer is returned as it is.
    if (!isNilIface(w) && typeName(w) === '*bufio.Writer') {
      const b = u32[(w + 8) >>> 2]!;
      if (int(b + wBuf + 8) >= size) return b;
    }
    if (size <= 0) size = defaultBufSize;
    // b is referenced from JavaScript only until it is returned: held while the buffer is made.
    const hold = env.rt.beginHold();
    const b = env.rt.new(types(env).writer);
    copyIface(b + wWr, w);
    const buf = env.rt.makeslice(env.rt.types.uint8, size, size);
    setSlice(b + wBuf, buf, size, size);
    env.rt.endHold(hold);
    return b;
  };
  const buffered = (b: number): number => int(b + wN);
  const available = (b: number): number => int(b + wBuf + 8) - int(b + wN);
  const flush = (b: number, res: number): void => {
    if (!isNilIface(b + wErr)) {
      copyIface(res, b + wErr);
      return;
    }
    const n = int(b + wN);
    if (n === 0) {
      writeIface(env, res, null, 0);
      return;
    }
    const buf = u32[(b + wBuf) >>> 2]!;
    const errAt = area(env) + 128;
    writeIface(env, errAt, null, 0);
    const wrote = writeTo(b + wWr, buf, n, errAt);
    if (wrote < n && isNilIface(errAt)) makeError(env, 'short write', errAt);
    if (!isNilIface(errAt)) {
      if (wrote > 0 && wrote < n) u8.copyWithin(buf, buf + wrote, buf + n);
      setInt(b + wN, n - wrote);
      copyIface(b + wErr, errAt);
      copyIface(res, errAt);
      return;
    }
    setInt(b + wN, 0);
    writeIface(env, res, null, 0);
  };
  /** The interface at w's method `name`, if its dynamic type has one. */
  const methodOf = (w: number, name: string): number | undefined =>
    isNilIface(w) ? undefined : env.type(u32[w >>> 2]! - 1).methods.get(name);
  /** sw.WriteString(the n bytes at p as a string) for the io.StringWriter at w; the error at errAt. */
  const writeStringTo = (w: number, p: number, n: number, errAt: number): number => {
    if (typeName(w) === '*os.File') return writeTo(w, p, n, errAt);
    const hdr = area(env);
    const out = hdr + 24;
    u32[hdr >>> 2] = p;
    u32[(hdr + 4) >>> 2] = 0;
    setInt(hdr + 8, n);
    const mi = methodOf(w, 'WriteString') ?? -1;
    env.FN[mi]!(0, out, u32[(w + 8) >>> 2]!, hdr);
    if (!isNilIface(out + 8)) copyIface(errAt, out + 8);
    return int(out);
  };
  /**
   * Write / WriteString of the n bytes at p: through the buffer, flushing as
   * it fills; a write larger than the empty buffer goes straight to the
   * underlying writer (WriteString: only when it is an io.StringWriter).
   * (nn int, err error) at res.
   */
  const writeBytes = (b: number, p: number, n: number, res: number, asString: boolean): void => {
    let nn = 0;
    let tryStringWriter = asString;
    let checked = false;
    const tmp = area(env) + 104;
    while (n > available(b) && isNilIface(b + wErr)) {
      let k: number;
      if (buffered(b) === 0 && asString && !checked) {
        checked = true;
        tryStringWriter = methodOf(b + wWr, 'WriteString') !== undefined;
      }
      if (buffered(b) === 0 && (asString ? tryStringWriter : true)) {
        const errAt = area(env) + 72;
        writeIface(env, errAt, null, 0);
        k = asString ? writeStringTo(b + wWr, p, n, errAt) : writeTo(b + wWr, p, n, errAt);
        copyIface(b + wErr, errAt);
      } else {
        k = available(b);
        u8.copyWithin(u32[(b + wBuf) >>> 2]! + buffered(b), p, p + k);
        setInt(b + wN, buffered(b) + k);
        flush(b, tmp);
      }
      nn += k;
      p += k;
      n -= k;
    }
    if (!isNilIface(b + wErr)) {
      setInt(res, nn);
      copyIface(res + 8, b + wErr);
      return;
    }
    u8.copyWithin(u32[(b + wBuf) >>> 2]! + buffered(b), p, p + n);
    setInt(b + wN, buffered(b) + n);
    setInt(res, nn + n);
    writeIface(env, res + 8, null, 0);
  };
  /** WriteByte(c): the error at res. */
  const writeByte = (b: number, c: number, res: number): void => {
    if (available(b) <= 0 && isNilIface(b + wErr)) flush(b, area(env) + 104);
    if (!isNilIface(b + wErr)) {
      copyIface(res, b + wErr);
      return;
    }
    u8[u32[(b + wBuf) >>> 2]! + buffered(b)] = c;
    setInt(b + wN, buffered(b) + 1);
    writeIface(env, res, null, 0);
  };

  // --- Scanner ---

  const setErr = (s: number, errAt: number): void => {
    if (isNilIface(s + sErr) || isEOF(s + sErr)) copyIface(s + sErr, errAt);
  };
  const isEOF = (iface: number): boolean => {
    const eof = area(env) + 88;
    writeEOF(env, eof);
    return u32[iface >>> 2] === u32[eof >>> 2] && u32[(iface + 8) >>> 2] === u32[(eof + 8) >>> 2];
  };
  /** s.setErr of one of bufio's error variables (or, for io.ErrNoProgress's text, a new error). */
  const setScanErr = (s: number, name: string): void => {
    const at = area(env) + 72;
    if (name.startsWith('Err')) pkgErr(name, at);
    else makeError(env, name, at);
    setErr(s, at);
  };
  /** s.split(s.buf[start:end], atEOF) into (advance, token, err) at out. */
  const split = (s: number, atEOF: boolean, out: number): void => {
    const fv = u32[(s + sSplit) >>> 2]!;
    if (fv === 0) throw new RuntimeError('invalid memory address or nil pointer dereference');
    const start = int(s + sStart);
    const end = int(s + sEnd);
    const hdr = area(env);
    const buf = u32[(s + sBuf) >>> 2]!;
    const cap = int(s + sBuf + 16);
    setSliceHeader(hdr, buf + start, end - start, cap - start);
    env.FN[u32[fv >>> 2]]!(fv, out, hdr, atEOF);
  };
  const advance = (s: number, n: number): boolean => {
    if (n < 0) {
      setScanErr(s, 'ErrNegativeAdvance');
      return false;
    }
    if (n > int(s + sEnd) - int(s + sStart)) {
      setScanErr(s, 'ErrAdvanceTooFar');
      return false;
    }
    setInt(s + sStart, int(s + sStart) + n);
    return true;
  };
  const scan = (s: number): boolean => {
    if (u8[s + sDone] !== 0) return false;
    u8[s + sScanCalled] = 1;
    // The split function's (advance int, token []byte, err error).
    const out = area(env) + 24;
    for (;;) {
      if (int(s + sEnd) > int(s + sStart) || !isNilIface(s + sErr)) {
        split(s, !isNilIface(s + sErr), out);
        if (!isNilIface(out + 32)) {
          if (isFinalToken(out + 32)) {
            copySlice(s + sToken, out + 8);
            u8[s + sDone] = 1;
            return true;
          }
          setErr(s, out + 32);
          return false;
        }
        const adv = int(out);
        if (!advance(s, adv)) return false;
        copySlice(s + sToken, out + 8);
        if (u32[(out + 8) >>> 2] !== 0) {
          if (isNilIface(s + sErr) || adv > 0) setInt(s + sEmpties, 0);
          else {
            setInt(s + sEmpties, int(s + sEmpties) + 1);
            if (int(s + sEmpties) > maxConsecutiveEmptyReads)
              goPanicString('bufio.Scan: too many empty tokens without progressing');
          }
          return true;
        }
      }
      if (!isNilIface(s + sErr)) {
        setInt(s + sStart, 0);
        setInt(s + sEnd, 0);
        return false;
      }
      let buf = u32[(s + sBuf) >>> 2]!;
      const len = int(s + sBuf + 8);
      const start = int(s + sStart);
      if (start > 0 && (int(s + sEnd) === len || start > Math.trunc(len / 2))) {
        u8.copyWithin(buf, buf + start, buf + int(s + sEnd));
        setInt(s + sEnd, int(s + sEnd) - start);
        setInt(s + sStart, 0);
      }
      if (int(s + sEnd) === len) {
        const max = int(s + sMax);
        if (len >= max || len > 2 ** 62) {
          setScanErr(s, 'ErrTooLong');
          return false;
        }
        let size = len * 2;
        if (size === 0) size = 4096;
        if (size > max) size = max;
        const nb = env.rt.makeslice(env.rt.types.uint8, size, size);
        u8.copyWithin(nb, buf + int(s + sStart), buf + int(s + sEnd));
        setSlice(s + sBuf, nb, size, size);
        buf = nb;
        setInt(s + sEnd, int(s + sEnd) - int(s + sStart));
        setInt(s + sStart, 0);
      }
      const bufLen = int(s + sBuf + 8);
      for (let loop = 0; ; ) {
        const errAt = area(env) + 72;
        writeIface(env, errAt, null, 0);
        const end = int(s + sEnd);
        const n = readFrom(s + sR, buf + end, bufLen - end, errAt);
        if (n < 0 || bufLen - end < n) {
          setScanErr(s, 'ErrBadReadCount');
          break;
        }
        setInt(s + sEnd, end + n);
        if (!isNilIface(errAt)) {
          setErr(s, errAt);
          break;
        }
        if (n > 0) {
          setInt(s + sEmpties, 0);
          break;
        }
        loop++;
        if (loop > maxConsecutiveEmptyReads) {
          setScanErr(s, 'multiple Read calls return no data or error');
          break;
        }
      }
    }
  };
  const copySlice = (dst: number, src: number): void => {
    storePtr(env, dst, u32[src >>> 2]!);
    setInt(dst + 8, int(src + 8));
    setInt(dst + 16, int(src + 16));
  };
  /** Whether the error at iface is bufio.ErrFinalToken itself. */
  const isFinalToken = (iface: number): boolean => {
    const fin = packageErrors.get(env)?.ErrFinalToken;
    return fin !== undefined && u32[(iface + 8) >>> 2] === u32[(fin + 8) >>> 2];
  };
  /** The funcval of ScanLines, NewScanner's default split function (static, made once). */
  const scanLinesFuncval = (): number => {
    const fv = area(env) + 144;
    if (u32[fv >>> 2] === 0) {
      const f = fns.ScanLines!;
      u32[fv >>> 2] = env.FN.length;
      env.FN.push(f);
      // biome-ignore lint/correctness/useYield: the generator form of a function that never blocks
      env.FNG.push(function* (fv: number, ...args: unknown[]) {
        return f(fv, ...args);
      });
    }
    return fv;
  };

  // --- Reader ---

  const newReaderSize = (rd: number, size: number): number => {
    if (!isNilIface(rd) && typeName(rd) === '*bufio.Reader') {
      const b = u32[(rd + 8) >>> 2]!;
      if (int(b + rBuf + 8) >= size) return b;
    }
    if (size < 16) size = 16;
    const hold = env.rt.beginHold();
    const b = env.rt.new(types(env).reader);
    const buf = env.rt.makeslice(env.rt.types.uint8, size, size);
    setSlice(b + rBuf, buf, size, size);
    copyIface(b + rRd, rd);
    setInt(b + rLastByte, -1);
    setInt(b + rLastRuneSize, -1);
    env.rt.endHold(hold);
    return b;
  };
  /** b.fill(): slide the unread bytes down, then read at least one more byte (or an error). */
  const fill = (b: number): void => {
    const buf = u32[(b + rBuf) >>> 2]!;
    const r = int(b + rR);
    if (r > 0) {
      u8.copyWithin(buf, buf + r, buf + int(b + rW));
      setInt(b + rW, int(b + rW) - r);
      setInt(b + rR, 0);
    }
    const len = int(b + rBuf + 8);
    if (int(b + rW) >= len) goPanicString('bufio: tried to fill full buffer');
    for (let i = maxConsecutiveEmptyReads; i > 0; i--) {
      const errAt = area(env) + 72;
      writeIface(env, errAt, null, 0);
      const w = int(b + rW);
      const n = readFrom(b + rRd, buf + w, len - w, errAt);
      if (n < 0) goPanicString('bufio: reader returned negative count from Read');
      setInt(b + rW, w + n);
      if (!isNilIface(errAt)) {
        copyIface(b + rErr, errAt);
        return;
      }
      if (n > 0) return;
    }
    setScanErrAt(b + rErr, 'multiple Read calls return no data or error');
  };
  const setScanErrAt = (at: number, text: string): void => {
    const tmp = area(env) + 72;
    makeError(env, text, tmp);
    copyIface(at, tmp);
  };
  /** b.readErr(): the pending error, cleared, at dst. */
  const readErr = (b: number, dst: number): void => {
    u32[dst >>> 2] = u32[(b + rErr) >>> 2]!;
    u32[(dst + 8) >>> 2] = u32[(b + rErr + 8) >>> 2]!;
    writeIface(env, b + rErr, null, 0);
  };
  /**
   * ReadSlice(delim): the line [from, to) of the buffer up to and including
   * delim, moving past it; 'full' when the buffer filled without delim, 'err'
   * (the pending error read out to errAt) when the input ended first.
   */
  const readSlice = (b: number, delim: number, errAt: number): [number, number, 'full' | 'err' | null] => {
    let s = 0;
    let out: [number, number, 'full' | 'err' | null];
    for (;;) {
      const buf = u32[(b + rBuf) >>> 2]!;
      const r = int(b + rR);
      const w = int(b + rW);
      const i = u8.subarray(buf + r + s, buf + w).indexOf(delim);
      if (i >= 0) {
        setInt(b + rR, r + s + i + 1);
        out = [r, r + s + i + 1, null];
        break;
      }
      if (!isNilIface(b + rErr)) {
        setInt(b + rR, w);
        readErr(b, errAt);
        out = [r, w, 'err'];
        break;
      }
      if (w - r >= int(b + rBuf + 8)) {
        setInt(b + rR, w);
        out = [0, int(b + rBuf + 8), 'full'];
        break;
      }
      s = w - r;
      fill(b);
    }
    if (out[1] > out[0]) {
      setInt(b + rLastByte, u8[u32[(b + rBuf) >>> 2] + out[1] - 1]!);
      setInt(b + rLastRuneSize, -1);
    }
    return out;
  };
  /**
   * collectFragments(delim) then one allocation of the whole line: ReadSlice's
   * fragments, each full buffer copied and appended to a [][]byte as Go does.
   * make(n) writes the line's bytes at a new allocation of n bytes: ReadBytes'
   * make([]byte, n), ReadString's Builder.Grow(n). Returns [p, n]; the error at errAt.
   */
  const readFragments = (b: number, delim: number, errAt: number): [number, number] => {
    const T = env.rt.types;
    const chunks: Uint8Array[] = [];
    let total = 0;
    writeIface(env, errAt, null, 0);
    // The copies and the slice of them exist only here until the result is made.
    const hold = env.rt.beginHold();
    let full = 0;
    let fullLen = 0;
    let fullCap = 0;
    for (;;) {
      const [from, to, err] = readSlice(b, delim, errAt);
      const buf = u32[(b + rBuf) >>> 2]!;
      chunks.push(u8.slice(buf + from, buf + to));
      total += to - from;
      if (err !== 'full') break;
      const copy = env.rt.makeslice(T.uint8, to - from, to - from);
      u8.copyWithin(copy, buf + from, buf + to);
      if (fullLen === fullCap) {
        full = env.rt.growslice(T.slice(T.uint8), full, fullLen, fullCap, fullLen + 1);
        fullCap = growsliceCap(24, fullCap, fullLen + 1);
      }
      setSlice(full + fullLen * 24, copy, to - from, to - from);
      fullLen++;
    }
    const p = total === 0 ? 0 : env.rt.mallocgc(total, null, false);
    env.rt.endHold(hold);
    let o = p;
    for (const c of chunks) {
      u8.set(c, o);
      o += c.length;
    }
    return [p, total];
  };
  /** bufio's package errors (ErrBufferFull, …), made by its init. */
  const pkgErr = (name: string, dst: number): void => {
    const errs = packageErrors.get(env) ?? {};
    copyIface(dst, errs[name] ?? 0);
  };

  const fns: Record<string, GoFunc> = {
    NewReader: (_fv: number, rd: number): number => newReaderSize(rd, defaultBufSize),
    NewReaderSize: (_fv: number, rd: number, size: number): number => newReaderSize(rd, size),
    '(*Reader).Buffered': (_fv: number, b: number): number => int(b + rW) - int(b + rR),
    '(*Reader).Size': (_fv: number, b: number): number => int(b + rBuf + 8),
    '(*Reader).Read': (_fv: number, res: number, b: number, p: number): void => {
      // (n int, err error): n at 0, err at 8.
      writeIface(env, res + 8, null, 0);
      const dst = u32[p >>> 2]!;
      const n = int(p + 8);
      setInt(res, 0);
      if (n === 0) {
        if (int(b + rW) - int(b + rR) === 0) readErr(b, res + 8);
        return;
      }
      if (int(b + rR) === int(b + rW)) {
        if (!isNilIface(b + rErr)) {
          readErr(b, res + 8);
          return;
        }
        const errAt = area(env) + 72;
        writeIface(env, errAt, null, 0);
        if (n >= int(b + rBuf + 8)) {
          // A large read into an empty buffer goes straight into p.
          const got = readFrom(b + rRd, dst, n, errAt);
          copyIface(b + rErr, errAt);
          if (got > 0) {
            setInt(b + rLastByte, u8[dst + got - 1]!);
            setInt(b + rLastRuneSize, -1);
          }
          setInt(res, got);
          readErr(b, res + 8);
          return;
        }
        setInt(b + rR, 0);
        setInt(b + rW, 0);
        const got = readFrom(b + rRd, u32[(b + rBuf) >>> 2]!, int(b + rBuf + 8), errAt);
        copyIface(b + rErr, errAt);
        if (got === 0) {
          readErr(b, res + 8);
          return;
        }
        setInt(b + rW, got);
      }
      const buf = u32[(b + rBuf) >>> 2]!;
      const r = int(b + rR);
      const k = Math.min(n, int(b + rW) - r);
      u8.copyWithin(dst, buf + r, buf + r + k);
      setInt(b + rR, r + k);
      setInt(b + rLastByte, u8[buf + r + k - 1]!);
      setInt(b + rLastRuneSize, -1);
      setInt(res, k);
    },
    // (string, error): the string at 0, err at 16; strings.Builder.Grow(n) is the one allocation.
    '(*Reader).ReadString': (_fv: number, res: number, b: number, delim: number): void => {
      const [p, n] = readFragments(b, delim, res + 16);
      u32[res >>> 2] = p;
      u32[(res + 4) >>> 2] = 0;
      setInt(res + 8, n);
    },
    // ([]byte, error): a new slice of the line's length at 0, err at 24.
    '(*Reader).ReadBytes': (_fv: number, res: number, b: number, delim: number): void => {
      const [p, n] = readFragments(b, delim, res + 24);
      setSliceHeader(res, p, n, n);
    },
    // (line []byte, isPrefix bool, err error): a slice of the buffer at 0, isPrefix at 24, err at 32.
    '(*Reader).ReadLine': (_fv: number, res: number, b: number): void => {
      writeIface(env, res + 32, null, 0);
      u8[res + 24] = 0;
      let [from, to, err] = readSlice(b, 10, res + 32);
      const buf = u32[(b + rBuf) >>> 2]!;
      if (err === 'full') {
        // A "\r\n" split by the end of the buffer: the '\r' goes back for the next call.
        if (to > from && u8[buf + to - 1] === 13) {
          setInt(b + rR, int(b + rR) - 1);
          to--;
        }
        setSliceHeader(res, buf + from, to - from, int(b + rBuf + 16) - from);
        u8[res + 24] = 1;
        return;
      }
      if (to === from) {
        if (err !== null) setSliceHeader(res, 0, 0, 0);
        else setSliceHeader(res, buf + from, 0, int(b + rBuf + 16) - from);
        return;
      }
      writeIface(env, res + 32, null, 0);
      const cap = int(b + rBuf + 16) - from;
      if (u8[buf + to - 1] === 10) to -= to - from > 1 && u8[buf + to - 2] === 13 ? 2 : 1;
      setSliceHeader(res, buf + from, to - from, cap);
    },
    '(*Reader).UnreadByte': (_fv: number, res: number, b: number): void => {
      const r = int(b + rR);
      if (int(b + rLastByte) < 0 || (r === 0 && int(b + rW) > 0)) {
        pkgErr('ErrInvalidUnreadByte', res);
        return;
      }
      if (r > 0) setInt(b + rR, r - 1);
      else setInt(b + rW, 1);
      u8[u32[(b + rBuf) >>> 2]! + int(b + rR)] = int(b + rLastByte);
      setInt(b + rLastByte, -1);
      setInt(b + rLastRuneSize, -1);
      writeIface(env, res, null, 0);
    },
    '(*Reader).UnreadRune': (_fv: number, res: number, b: number): void => {
      const size = int(b + rLastRuneSize);
      if (size < 0 || int(b + rR) < size) {
        pkgErr('ErrInvalidUnreadRune', res);
        return;
      }
      setInt(b + rR, int(b + rR) - size);
      setInt(b + rLastByte, -1);
      setInt(b + rLastRuneSize, -1);
      writeIface(env, res, null, 0);
    },
    // ([]byte, error): a slice of the buffer at 0, err at 24.
    '(*Reader).Peek': (_fv: number, res: number, b: number, n: number): void => {
      writeIface(env, res + 24, null, 0);
      if (n < 0) {
        setSliceHeader(res, 0, 0, 0);
        pkgErr('ErrNegativeCount', res + 24);
        return;
      }
      setInt(b + rLastByte, -1);
      setInt(b + rLastRuneSize, -1);
      const len = int(b + rBuf + 8);
      while (int(b + rW) - int(b + rR) < n && int(b + rW) - int(b + rR) < len && isNilIface(b + rErr))
        fill(b);
      const buf = u32[(b + rBuf) >>> 2]!;
      const r = int(b + rR);
      const avail = int(b + rW) - r;
      const cap = int(b + rBuf + 16) - r;
      if (n > len) {
        setSliceHeader(res, buf + r, avail, cap);
        pkgErr('ErrBufferFull', res + 24);
        return;
      }
      if (avail < n) {
        n = avail;
        readErr(b, res + 24);
        if (isNilIface(res + 24)) pkgErr('ErrBufferFull', res + 24);
      }
      setSliceHeader(res, buf + r, n, cap);
    },
    '(*Reader).ReadByte': (_fv: number, res: number, b: number): void => {
      setInt(b + rLastRuneSize, -1);
      writeIface(env, res + 8, null, 0);
      while (int(b + rR) === int(b + rW)) {
        if (!isNilIface(b + rErr)) {
          u8[res] = 0;
          readErr(b, res + 8);
          return;
        }
        fill(b);
      }
      const c = u8[u32[(b + rBuf) >>> 2] + int(b + rR)]!;
      setInt(b + rR, int(b + rR) + 1);
      setInt(b + rLastByte, c);
      u8[res] = c;
    },
    '(*Reader).ReadRune': (_fv: number, res: number, b: number): void => {
      // (r rune, size int, err error): rune at 0, size at 8, err at 16.
      writeIface(env, res + 16, null, 0);
      const len = int(b + rBuf + 8);
      for (;;) {
        const buf = u32[(b + rBuf) >>> 2]!;
        const r = int(b + rR);
        const w = int(b + rW);
        if (r + 4 <= w || fullRune(u8.subarray(buf + r, buf + w)) || !isNilIface(b + rErr) || w - r >= len)
          break;
        fill(b);
      }
      setInt(b + rLastRuneSize, -1);
      const buf = u32[(b + rBuf) >>> 2]!;
      const r = int(b + rR);
      const w = int(b + rW);
      if (r === w) {
        m.i32[res >>> 2] = 0;
        setInt(res + 8, 0);
        readErr(b, res + 16);
        return;
      }
      const [c, size] = u8[buf + r]! < 0x80 ? [u8[buf + r]!, 1] : decode(u8.subarray(buf + r, buf + w), 0);
      setInt(b + rR, r + size);
      setInt(b + rLastByte, u8[buf + r + size - 1]!);
      setInt(b + rLastRuneSize, size);
      m.i32[res >>> 2] = c;
      setInt(res + 8, size);
    },
    NewWriter: (_fv: number, w: number): number => newWriterSize(w, defaultBufSize),
    NewWriterSize: (_fv: number, w: number, size: number): number => newWriterSize(w, size),
    '(*Writer).Flush': (_fv: number, res: number, b: number): void => flush(b, res),
    '(*Writer).Buffered': (_fv: number, b: number): number => buffered(b),
    '(*Writer).Available': (_fv: number, b: number): number => available(b),
    '(*Writer).Size': (_fv: number, b: number): number => int(b + wBuf + 8),
    '(*Writer).Reset': (_fv: number, b: number, w: number): void => {
      writeIface(env, b + wErr, null, 0);
      setInt(b + wN, 0);
      copyIface(b + wWr, w);
    },
    '(*Writer).Write': (_fv: number, res: number, b: number, p: number): void =>
      writeBytes(b, u32[p >>> 2]!, int(p + 8), res, false),
    '(*Writer).WriteString': (_fv: number, res: number, b: number, s: number): void =>
      writeBytes(b, u32[s >>> 2]!, int(s + 8), res, true),
    '(*Writer).WriteByte': (_fv: number, res: number, b: number, c: number): void => writeByte(b, c, res),
    '(*Writer).WriteRune': (_fv: number, res: number, b: number, r: number): void => {
      // (size int, err error): size at 0, err at 8.
      if (r >>> 0 < 0x80) {
        writeByte(b, r, res + 8);
        setInt(res, isNilIface(res + 8) ? 1 : 0);
        return;
      }
      writeIface(env, res + 8, null, 0);
      if (isNilIface(b + wErr) && available(b) < 4) flush(b, area(env) + 104);
      if (!isNilIface(b + wErr)) {
        setInt(res, 0);
        copyIface(res + 8, b + wErr);
        return;
      }
      const c = r < 0 || r > 0x10ffff || (r >= 0xd800 && r < 0xe000) ? 0xfffd : r;
      const enc = Buffer.from(String.fromCodePoint(c), 'utf8');
      if (available(b) < enc.length) {
        // A buffer too small for any rune: the bytes go through WriteString.
        const at = area(env) + 128;
        u8.set(enc, at);
        writeBytes(b, at, enc.length, res, true);
        return;
      }
      u8.set(enc, u32[(b + wBuf) >>> 2]! + buffered(b));
      setInt(b + wN, buffered(b) + enc.length);
      setInt(res, enc.length);
    },
    NewScanner: (_fv: number, r: number): number => {
      const s = env.rt.new(types(env).scanner);
      copyIface(s + sR, r);
      u32[(s + sSplit) >>> 2] = scanLinesFuncval();
      setInt(s + sMax, maxScanTokenSize);
      return s;
    },
    '(*Scanner).Scan': (_fv: number, s: number): boolean => scan(s),
    '(*Scanner).Text': (_fv: number, res: number, s: number): void => {
      const p = u32[(s + sToken) >>> 2]!;
      newStringBytes(env, u8.slice(p, p + int(s + sToken + 8)), res);
    },
    '(*Scanner).Bytes': (_fv: number, res: number, s: number): void => {
      u32[res >>> 2] = u32[(s + sToken) >>> 2]!;
      u32[(res + 4) >>> 2] = 0;
      setInt(res + 8, int(s + sToken + 8));
      setInt(res + 16, int(s + sToken + 16));
    },
    '(*Scanner).Err': (_fv: number, res: number, s: number): void => {
      if (isEOF(s + sErr)) writeIface(env, res, null, 0);
      else {
        u32[res >>> 2] = u32[(s + sErr) >>> 2]!;
        u32[(res + 8) >>> 2] = u32[(s + sErr + 8) >>> 2]!;
      }
    },
    '(*Scanner).Buffer': (_fv: number, s: number, buf: number, max: number): void => {
      if (u8[s + sScanCalled] !== 0) goPanicString('Buffer called after Scan');
      const cap = int(buf + 16);
      setSlice(s + sBuf, u32[buf >>> 2]!, cap, cap);
      setInt(s + sMax, max);
    },
    '(*Scanner).Split': (_fv: number, s: number, f: number): void => {
      if (u8[s + sScanCalled] !== 0) goPanicString('Split called after Scan');
      storePtr(env, s + sSplit, f);
    },
    ScanLines: (_fv: number, res: number, data: number, atEOF: boolean): void =>
      splitResult(res, data, scanLines(tokenBytes(data), atEOF)),
    ScanWords: (_fv: number, res: number, data: number, atEOF: boolean): void =>
      splitResult(res, data, scanWords(tokenBytes(data), atEOF)),
    ScanBytes: (_fv: number, res: number, data: number, atEOF: boolean): void =>
      splitResult(res, data, scanBytes(tokenBytes(data), atEOF)),
    ScanRunes: (_fv: number, res: number, data: number, atEOF: boolean): void =>
      splitResult(res, data, scanRunes(tokenBytes(data), atEOF)),
  };
  return fns;

  /** The bytes of the slice at data. */
  function tokenBytes(data: number): Uint8Array {
    const p = u32[data >>> 2]!;
    return u8.subarray(p, p + int(data + 8));
  }

  /** A split function's (advance, token, err) at res: the token as data[from:to], or nil. */
  function splitResult(res: number, data: number, r: SplitResult): void {
    setInt(res, r.advance);
    if (r.token === null) {
      u32[(res + 8) >>> 2] = 0;
      setInt(res + 16, 0);
      setInt(res + 24, 0);
    } else {
      const p = u32[data >>> 2]!;
      u32[(res + 8) >>> 2] = r.token[0] === -1 ? env.staticBytes + 0xef * 8 : p + r.token[0];
      setInt(res + 16, r.token[1] - r.token[0]);
      setInt(res + 24, int(data + 16) - r.token[0]);
    }
    writeIface(env, res + 32, null, 0);
  }
}

/** A split function's result: advance, and the token as [from, to) of the data (from −1: utf8.RuneError's bytes), or null. */
interface SplitResult {
  advance: number;
  token: [number, number] | null;
}

function dropCR(d: Uint8Array, from: number, to: number): [number, number] {
  return to > from && d[to - 1] === 13 ? [from, to - 1] : [from, to];
}

export function scanLines(d: Uint8Array, atEOF: boolean): SplitResult {
  if (atEOF && d.length === 0) return { advance: 0, token: null };
  const i = d.indexOf(10);
  if (i >= 0) return { advance: i + 1, token: dropCR(d, 0, i) };
  if (atEOF) return { advance: d.length, token: dropCR(d, 0, d.length) };
  return { advance: 0, token: null };
}

export function scanBytes(d: Uint8Array, atEOF: boolean): SplitResult {
  if (atEOF && d.length === 0) return { advance: 0, token: null };
  return { advance: 1, token: [0, 1] };
}

/** The rune at d[i:] and its width, as utf8.DecodeRune: (RuneError, 1) for a bad encoding. */
function decode(d: Uint8Array, i: number): [number, number] {
  const b0 = d[i]!;
  if (b0 < 0x80) return [b0, 1];
  const need = b0 >= 0xf0 && b0 < 0xf5 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc2 ? 2 : 0;
  if (need === 0 || i + need > d.length) return [0xfffd, 1];
  const s = Buffer.from(d.subarray(i, i + need)).toString('utf8');
  const r = s.codePointAt(0)!;
  return r === 0xfffd || String.fromCodePoint(r).length !== s.length ? [0xfffd, 1] : [r, need];
}

export function scanRunes(d: Uint8Array, atEOF: boolean): SplitResult {
  if (atEOF && d.length === 0) return { advance: 0, token: null };
  if (d[0]! < 0x80) return { advance: 1, token: [0, 1] };
  const [r, width] = decode(d, 0);
  if (width > 1) return { advance: width, token: [0, width] };
  // A lone bad byte, or an encoding cut short before EOF.
  if (!atEOF && !fullRune(d)) return { advance: 0, token: null };
  return r === 0xfffd ? { advance: 1, token: [-1, 2] } : { advance: 1, token: [0, 1] };
}

function fullRune(d: Uint8Array): boolean {
  const c = d[0]!;
  if (c < 0xc2 || c > 0xf4) return true;
  const need = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
  return d.length >= need;
}

const isSpace = (r: number): boolean =>
  r <= 0xff
    ? r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0
    : (r >= 0x2000 && r <= 0x200a) ||
      r === 0x1680 ||
      r === 0x2028 ||
      r === 0x2029 ||
      r === 0x202f ||
      r === 0x205f ||
      r === 0x3000;

export function scanWords(d: Uint8Array, atEOF: boolean): SplitResult {
  let start = 0;
  while (start < d.length) {
    const [r, w] = decode(d, start);
    if (!isSpace(r)) break;
    start += w;
  }
  for (let i = start; i < d.length; ) {
    const [r, w] = decode(d, i);
    if (isSpace(r)) return { advance: i + w, token: [start, i] };
    i += w;
  }
  if (atEOF && d.length > start) return { advance: d.length, token: [start, d.length] };
  return { advance: start, token: null };
}
