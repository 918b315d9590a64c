// fmt: Print, Println, Printf and their S/F/Errorf forms, as Go 1.19 formats.
//
// Mirrors Go's fmt/print.go (pp: printArg, handleMethods, printValue, doPrintf,
// badVerb, catchPanic, argNumber, intFromArg) and fmt/format.go (fmt: pad,
// fmtInteger, fmtFloat, fmtS/Q/Sx/C/Qc/Unicode, fmtBytes). Floats go through
// strconv.formatFloat, so digits are strconv's.
//
// Arguments arrive as `...any`: a slice of interfaces [type word | data]. A
// value is handled as (Type, address where the value lies): for a boxed type
// the data word points to it; for a direct-interface type (pointers, maps,
// chans, funcs) the value is the data word itself, at iface+8.
//
// Methods: a value whose type has Error or String (GoString for %#v) in its
// method set (and, below
// the top level, is reachable through exported fields — reflect's
// CanInterface) prints as that method's result. The method is called with the
// interface data word as receiver (for a nested boxed value: the value's
// address) and env.scratch as its result area. A panic inside it prints as
// %!v(PANIC=String method: …).
//
// Output is built as a JavaScript string (Go strings are decoded as UTF-8, so
// invalid bytes print as U+FFFD where Go copies them through). Println and
// Printf write once per call to env.stdout, as Go's unbuffered os.Stdout does.
//
// Allocations are Go's: every call takes a printer from fmt's ppFree, a heap
// sync.Pool (syncpool.ts) whose New is new(pp) (fmt.pp, 200 bytes), and puts it
// back unless its buffer passed 64 KiB. pp.buf (the slice at pp+0) grows as
// Go's appends grow it, one append per piece Go writes (text between verbs,
// each formatted value, separators, brackets): growslice for appends,
// make(2*cap+n) for padding, byte-by-byte growth before a multi-byte rune.
// Only its length and capacity are tracked while formatting; the bytes are
// copied in when a Writer is handed p.buf. Wide integers and %U with a large
// precision make Go's temporary buffer when fmt's 68-byte intbuf is too small,
// sized with the width and precision fmt keeps from earlier verbs and calls
// (Go's clearflags leaves them; they live in the pp). Through reflect:
// value.Interface() copies an addressable value an interface does not hold
// directly (elements of slices, what a pointer points to, their fields), %+v and %#v
// allocate a StructField.Index per field, maps are sorted by fmtsort (two
// []reflect.Value, the overflow list mapiterinit gives a map of pointer-free
// buckets, a copy of each key and value, the *SortedMap), an
// addressable byte array is sliced (a 24-byte header) and another copied. From
// strconv: %q of a string over 68 bytes and float output over 68 bytes outgrow
// intbuf; "`"+s+"`" and string([]byte) temporaries over 32 bytes are on the
// heap. Sprint* add one rawstring of the result's length; Errorf adds Go's
// errorString (16 bytes) or wrapError (32 bytes).

import { formatAddr } from '../../runtime/arena.js';
import { mapiterinitAllocs } from '../../runtime/map.js';
import { RuntimeError } from '../../runtime/panic.js';
import { Sched } from '../../runtime/proc.js';
import { growsliceCap } from '../../runtime/slice.js';
import { decodeRune, decodeUTF8, encodeUTF8, utf8Length } from '../../runtime/string.js';
import { isDirectIface, Kind, type Type } from '../../runtime/type.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { big, type Int64 } from '../codegen/vlrt.js';
import { errorStringPtr, errorType, stdMethod, stdType, writeIface } from './errors.js';
import { sortedEntries } from './fmtsort.js';
import { scan } from './scan.js';
import { formatFloat, isPrint, quoteBytes, quoteRune } from './strconv.js';
import { HeldPool, type Pools, poolsOf } from './syncpool.js';
import {
  GoPanicValue,
  goStringBytes,
  newString,
  readInt64,
  readString,
  readUint64,
  sliceData,
  sliceLen,
} from './values.js';

/** The value of the integer of kind k at a. */
function intAt(env: Env, k: Kind, a: number): Int64 {
  const m = env.mem;
  switch (k) {
    case Kind.Int8:
      return m.i8[a]!;
    case Kind.Int16:
      return m.i16[a >>> 1]!;
    case Kind.Int32:
      return m.i32[a >>> 2]!;
    case Kind.Uint8:
      return m.u8[a]!;
    case Kind.Uint16:
      return m.u16[a >>> 1]!;
    case Kind.Uint32:
      return m.u32[a >>> 2]!;
    case Kind.Int:
    case Kind.Int64:
      return readInt64(env, a);
    default:
      return readUint64(env, a);
  }
}

function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c >= 0xdc00 || i + 1 >= s.length) n++;
    else {
      const d = s.charCodeAt(i + 1);
      n++;
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
  }
  return n;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

function tooLarge(x: number): boolean {
  return x > 1e6 || x < -1e6;
}

const ldigits = '0123456789abcdefx';
const udigits = '0123456789ABCDEFX';

/** A value to print: its type and where it lies (see the header). */
interface Val {
  t: Type;
  addr: number;
  /** Reached through an unexported field: reflect's CanInterface is false. */
  ro: boolean;
  /**
   * reflect's CanAddr: reached through a pointer or a slice (then through
   * fields and array elements). value.Interface() copies such a value to the
   * heap (packEface) unless an interface holds it directly (isDirectIface).
   */
  canAddr?: boolean;
}

class Printer {
  buf = '';
  // fmt's flags
  plus = false;
  minus = false;
  sharp = false;
  space = false;
  zero = false;
  plusV = false;
  sharpV = false;
  wid = 0;
  widPresent = false;
  prec = 0;
  precPresent = false;
  // pp's state
  /** The interface being printed at top level (its address), 0 when none. */
  arg = 0;
  value: Val | null = null;
  erroring = false;
  panicking = false;
  wrapErrs = false;
  /** Errorf's %w operand (address of the error interface), 0 when none. */
  wrappedErr = 0;
  goodArgNum = true;
  reordered = false;

  // pp.buf as Go holds it (see the header): the pp object, the buffer's Go
  // length and capacity. The bytes are in `buf`; the Go buffer holds them
  // only when a Writer is handed p.buf (writeTo).
  pp = 0;
  blen = 0;
  bcap = 0;
  /** fmt.wid and fmt.prec as Go keeps them: clearflags leaves them, so they carry over between verbs and calls. */
  goWid = 0;
  goPrec = 0;

  constructor(readonly env: Env) {}

  /** Appends s as one append(p.buf, s...) (buffer.write/writeString/writeByte). */
  w(s: string): void {
    this.buf += s;
    const n = isAscii(s) ? s.length : utf8Length(s);
    const need = this.blen + n;
    if (need > this.bcap) this.grow(this.blen, need);
    this.blen = need;
  }

  /** buffer.writeRune: a multi-byte rune first appends zero bytes one by one until UTFMax bytes fit. */
  wrune(r: string): void {
    if (r.charCodeAt(0) < 0x80) {
      this.w(r);
      return;
    }
    this.buf += r;
    const n = this.blen;
    let len = n;
    while (n + 4 > this.bcap) {
      if (len === this.bcap) this.grow(len, len + 1);
      len++;
    }
    this.blen = n + utf8Length(r);
  }

  /** append's growslice of p.buf, holding len bytes, to hold need. */
  private grow(len: number, need: number): void {
    const rt = this.env.rt;
    const ptr = this.env.mem.u32[this.pp >>> 2]!;
    this.setBuf(rt.growslice(rt.types.uint8, ptr, len, this.bcap, need), growsliceCap(1, this.bcap, need));
  }

  /** pp.buf = p: a new backing array of capacity cap (its length stays blen). */
  setBuf(p: number, cap: number): void {
    this.env.rt.writePointer(this.pp, p);
    this.env.mem.u32[(this.pp + 16) >>> 2] = cap;
    this.bcap = cap;
  }

  /**
   * internal/fmtsort.Sort's allocations for a map of n entries at h: the key
   * and value []reflect.Value (24 bytes each), what the runtime's mapiterinit
   * allocates when MapIter starts, MapIter's copy of every key and value an
   * interface does not hold directly, and the *SortedMap.
   */
  fmtsortAllocs(t: Type, h: number, n: number): void {
    const rt = this.env.rt;
    const f = printerPool(this.env);
    if (n > 0) {
      rt.mallocgc(n * 24, f.reflectValue, true);
      rt.mallocgc(n * 24, f.reflectValue, true);
    }
    mapiterinitAllocs(rt, t, h);
    const copies = (et: Type): boolean => !isDirectIface(et) && et.size > 0;
    for (let i = 0; i < n; i++) {
      if (copies(t.key!)) rt.new(t.key!);
      if (copies(t.elem!)) rt.new(t.elem!);
    }
    rt.new(f.sortedMap);
  }

  /** A temporary buffer of n bytes: make([]byte, n) when fmt.intbuf (68 bytes) is too small. */
  scratchBuf(n: number): void {
    if (n > 68) this.env.rt.mallocgc(n, null, true);
  }

  /** "%!" verb suffix, as doPrintf writes BADINDEX and MISSING. */
  badArg(verb: string, suffix: string): void {
    this.w('%!');
    this.wrune(verb);
    this.w(suffix);
  }

  clearflags(): void {
    this.plus = this.minus = this.sharp = this.space = this.zero = false;
    this.plusV = this.sharpV = false;
    this.wid = this.prec = 0;
    this.widPresent = this.precPresent = false;
  }

  // --- format.go ---

  /** writePadding: a short buffer is replaced by make(buffer, 2*cap+n), not grown by append. */
  writePadding(n: number): void {
    if (n <= 0) return;
    this.buf += (this.zero ? '0' : ' ').repeat(n);
    const newLen = this.blen + n;
    if (newLen > this.bcap)
      this.setBuf(this.env.rt.mallocgc(this.bcap * 2 + n, null, true), this.bcap * 2 + n);
    this.blen = newLen;
  }

  pad(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.w(s);
      return;
    }
    const width = this.wid - runeCount(s);
    if (!this.minus) {
      this.writePadding(width);
      this.w(s);
    } else {
      this.w(s);
      this.writePadding(width);
    }
  }

  truncate(s: string): string {
    if (this.precPresent) {
      let n = this.prec;
      let i = 0;
      for (const ch of s) {
        n--;
        if (n < 0) return s.slice(0, i);
        i += ch.length;
      }
    }
    return s;
  }

  fmtInteger(v: bigint, base: number, signed: boolean, verb: string, digits: string): void {
    const negative = signed && v < 0n;
    let u = negative ? -v : v;
    // Digits go into fmt.intbuf (68 bytes) unless a width or precision asks for more room.
    if (this.widPresent || this.precPresent) this.scratchBuf(3 + this.goWid + this.goPrec);
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      if (prec === 0 && u === 0n) {
        const oldZero = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = oldZero;
        return;
      }
    } else if (this.zero && this.widPresent) {
      prec = this.wid;
      if (negative || this.plus || this.space) prec--;
    }
    let s = '';
    const b = BigInt(base);
    while (u >= b) {
      s = digits[Number(u % b)]! + s;
      u /= b;
    }
    s = digits[Number(u)]! + s;
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s;
    if (this.sharp) {
      if (base === 2) s = `0b${s}`;
      else if (base === 8) {
        if (s[0] !== '0') s = `0${s}`;
      } else if (base === 16) s = `0${digits[16]}${s}`;
    }
    if (verb === 'O') s = `0o${s}`;
    if (negative) s = `-${s}`;
    else if (this.plus) s = `+${s}`;
    else if (this.space) s = ` ${s}`;
    const oldZero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = oldZero;
  }

  fmtUnicode(u: bigint): void {
    let prec = 4;
    if (this.precPresent && this.prec > 4) {
      prec = this.prec;
      // "U+", the digits, " '", a rune, "'".
      this.scratchBuf(2 + prec + 2 + 4 + 1);
    }
    let s = u.toString(16).toUpperCase();
    if (s.length < prec) s = '0'.repeat(prec - s.length) + s;
    s = `U+${s}`;
    if (this.sharp && u <= 0x10ffffn && isPrint(Number(u))) s += ` '${String.fromCodePoint(Number(u))}'`;
    const oldZero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = oldZero;
  }

  fmtC(c: bigint): void {
    let r = c > 0x10ffffn ? 0xfffd : Number(c);
    if (r >= 0xd800 && r < 0xe000) r = 0xfffd;
    this.pad(String.fromCodePoint(r));
  }

  fmtQc(c: bigint): void {
    const r = c > 0x10ffffn ? 0xfffd : Number(c);
    this.pad(quoteRune(r, this.plus));
  }

  fmtFloatF(v: number, size: number, verb: string, prec: number): void {
    if (this.precPresent) prec = this.prec;
    let num = formatFloat(v, verb, prec, size);
    // strconv.AppendFloat(intbuf[:1], …): a byte for the sign, then the
    // digits; a signed result is resliced past that byte (one less capacity).
    let cap = this.overflowTo(1 + num.length, 68);
    if (num[0] === '-' || num[0] === '+') cap--;
    if (num[0] === '-' || num[0] === '+') {
      // keep the sign
    } else {
      num = `+${num}`;
    }
    if (this.space && num[0] === '+' && !this.plus) num = ` ${num.slice(1)}`;
    if (num[1] === 'I' || num[1] === 'N') {
      const oldZero = this.zero;
      this.zero = false;
      if (num[1] === 'N' && !this.space && !this.plus) num = num.slice(1);
      this.pad(num);
      this.zero = oldZero;
      return;
    }
    if (this.sharp && verb !== 'b') {
      let digits = 0;
      if (verb === 'v' || verb === 'g' || verb === 'G' || verb === 'x') {
        digits = prec;
        if (digits === -1) digits = 6;
      }
      let tail = '';
      let hasDecimalPoint = false;
      let sawNonzeroDigit = false;
      for (let i = 1; i < num.length; i++) {
        const c = num[i]!;
        if (c === '.') {
          hasDecimalPoint = true;
          continue;
        }
        if (c === 'p' || c === 'P' || ((c === 'e' || c === 'E') && verb !== 'x' && verb !== 'X')) {
          tail = num.slice(i);
          num = num.slice(0, i);
          break;
        }
        if (c !== '0') sawNonzeroDigit = true;
        if (sawNonzeroDigit) digits--;
      }
      if (!hasDecimalPoint) {
        if (num.length === 2 && num[1] === '0') digits--;
        num += '.';
      }
      if (digits > 0) num += '0'.repeat(digits);
      num += tail;
      this.overflowTo(num.length, cap);
    }
    if (this.plus || num[0] !== '+') {
      if (this.zero && this.widPresent && this.wid > num.length) {
        this.w(num[0]);
        this.writePadding(this.wid - num.length);
        this.w(num.slice(1));
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }

  fmtS(s: string): void {
    this.pad(this.truncate(s));
  }

  fmtSbx(b: Uint8Array, digits: string): void {
    let length = b.length;
    if (this.precPresent && this.prec < length) length = this.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) width += 2;
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    // Straight into the buffer, two digits (and each separator) per append.
    if (this.sharp) this.w(`0${digits[16]}`);
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        this.w(' ');
        if (this.sharp) this.w(`0${digits[16]}`);
      }
      const c = b[i]!;
      this.w(digits[c >> 4]! + digits[c & 15]!);
    }
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  /** %q of a Go string's bytes b (invalid UTF-8 is escaped byte by byte, as Go does). */
  fmtQ(b: Uint8Array): void {
    if (this.precPresent) {
      let i = 0;
      for (let n = 0; n < this.prec && i < b.length; n++) i += decodeRune(b, i)[1];
      b = b.subarray(0, i);
    }
    const s = decodeUTF8(b);
    if (this.sharp && canBackquote(b, s)) {
      // "`" + s + "`": a temporary string, on the stack up to 32 bytes.
      this.tmpString(b.length + 2);
      this.pad(`\`${s}\``);
      return;
    }
    const q = quoteBytes(b, this.plus);
    // strconv.AppendQuote into intbuf[:0]: a string longer than its 68 bytes
    // gets make([]byte, 0, len+2) first; appends grow what still overflows.
    const cap = b.length > 68 ? b.length + 2 : 68;
    if (cap !== 68) this.env.rt.mallocgc(cap, null, false);
    this.overflowTo(isAscii(q) ? q.length : utf8Length(q), cap);
    this.pad(q);
  }

  /** A temporary string or []byte of n bytes that does not escape: heap-allocated over 32 bytes (Go's tmpBuf). */
  tmpString(n: number): void {
    if (n > 32) this.env.rt.mallocgc(n, null, false);
  }

  /**
   * A byte slice with capacity cap filled to n bytes by small appends (strconv
   * writing into fmt's intbuf): each overflow grows it as growslice does.
   */
  overflowTo(n: number, cap: number): number {
    while (n > cap) {
      const next = growsliceCap(1, cap, cap + 1);
      this.env.rt.mallocgc(next, null, false);
      cap = next;
    }
    return cap;
  }

  // --- print.go ---

  fmtBool(v: boolean, verb: string): void {
    if (verb === 't' || verb === 'v') this.pad(v ? 'true' : 'false');
    else this.badVerb(verb);
  }

  fmt0x64(v: bigint, leading0x: boolean): void {
    const sharp = this.sharp;
    this.sharp = leading0x;
    this.fmtInteger(v, 16, false, 'v', ldigits);
    this.sharp = sharp;
  }

  fmtInt(v: bigint, signed: boolean, verb: string): void {
    switch (verb) {
      case 'v':
        if (this.sharpV && !signed) this.fmt0x64(v, true);
        else this.fmtInteger(v, 10, signed, verb, ldigits);
        return;
      case 'd':
        this.fmtInteger(v, 10, signed, verb, ldigits);
        return;
      case 'b':
        this.fmtInteger(v, 2, signed, verb, ldigits);
        return;
      case 'o':
      case 'O':
        this.fmtInteger(v, 8, signed, verb, ldigits);
        return;
      case 'x':
        this.fmtInteger(v, 16, signed, verb, ldigits);
        return;
      case 'X':
        this.fmtInteger(v, 16, signed, verb, udigits);
        return;
      case 'c':
        this.fmtC(BigInt.asUintN(64, v));
        return;
      case 'q':
        this.fmtQc(BigInt.asUintN(64, v));
        return;
      case 'U':
        this.fmtUnicode(BigInt.asUintN(64, v));
        return;
      default:
        this.badVerb(verb);
    }
  }

  fmtFloat(v: number, size: number, verb: string): void {
    switch (verb) {
      case 'v':
        this.fmtFloatF(v, size, 'g', -1);
        return;
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
        this.fmtFloatF(v, size, verb, -1);
        return;
      case 'f':
      case 'e':
      case 'E':
        this.fmtFloatF(v, size, verb, 6);
        return;
      case 'F':
        this.fmtFloatF(v, size, 'f', 6);
        return;
      default:
        this.badVerb(verb);
    }
  }

  fmtComplex(re: number, im: number, size: number, verb: string): void {
    switch (verb) {
      case 'v':
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
      case 'f':
      case 'F':
      case 'e':
      case 'E': {
        const oldPlus = this.plus;
        this.w('(');
        this.fmtFloat(re, size / 2, verb);
        this.plus = true;
        this.fmtFloat(im, size / 2, verb);
        this.w('i)');
        this.plus = oldPlus;
        return;
      }
      default:
        this.badVerb(verb);
    }
  }

  /** fmtString; raw is the string's bytes when it came from Go memory. */
  fmtString(v: string, verb: string, raw: Uint8Array | null = null): void {
    switch (verb) {
      case 'v':
        if (this.sharpV) this.fmtQ(raw ?? encodeUTF8(v));
        else this.fmtS(v);
        return;
      case 's':
        this.fmtS(v);
        return;
      case 'x':
        this.fmtSbx(raw ?? encodeUTF8(v), ldigits);
        return;
      case 'X':
        this.fmtSbx(raw ?? encodeUTF8(v), udigits);
        return;
      case 'q':
        this.fmtQ(raw ?? encodeUTF8(v));
        return;
      default:
        this.badVerb(verb);
    }
  }

  fmtBytes(b: Uint8Array, isNil: boolean, verb: string, typeString: string, v: Val): void {
    switch (verb) {
      case 'v':
      case 'd':
        if (this.sharpV) {
          this.w(typeString);
          if (isNil) {
            this.w('(nil)');
            return;
          }
          this.w('{');
          for (let i = 0; i < b.length; i++) {
            if (i > 0) this.w(', ');
            this.fmt0x64(BigInt(b[i]!), true);
          }
          this.w('}');
        } else {
          this.w('[');
          for (let i = 0; i < b.length; i++) {
            if (i > 0) this.w(' ');
            this.fmtInteger(BigInt(b[i]!), 10, false, verb, ldigits);
          }
          this.w(']');
        }
        return;
      case 's':
        this.fmtS(decodeUTF8(b));
        return;
      case 'x':
        this.fmtSbx(b, ldigits);
        return;
      case 'X':
        this.fmtSbx(b, udigits);
        return;
      case 'q':
        // fmtQ(string(v)): the conversion is a temporary string.
        this.tmpString(b.length);
        this.fmtQ(b);
        return;
      default:
        this.printValue(v, verb, 0);
    }
  }

  fmtPointer(v: Val, verb: string): void {
    const k = v.t.kind;
    if (
      k !== Kind.Chan &&
      k !== Kind.Func &&
      k !== Kind.Map &&
      k !== Kind.Pointer &&
      k !== Kind.Slice &&
      k !== Kind.UnsafePointer
    ) {
      this.badVerb(verb);
      return;
    }
    const p = this.env.mem.u32[v.addr >>> 2]!;
    const u = p === 0 ? 0n : BigInt(formatAddr(p));
    switch (verb) {
      case 'v':
        if (this.sharpV) {
          this.w('(');
          this.w(v.t.str);
          this.w(')(');
          if (u === 0n) this.w('nil');
          else this.fmt0x64(u, true);
          this.w(')');
        } else if (u === 0n) this.pad('<nil>');
        else this.fmt0x64(u, !this.sharp);
        return;
      case 'p':
        this.fmt0x64(u, !this.sharp);
        return;
      case 'b':
      case 'o':
      case 'd':
      case 'x':
      case 'X':
        this.fmtInt(u, false, verb);
        return;
      default:
        this.badVerb(verb);
    }
  }

  badVerb(verb: string): void {
    this.erroring = true;
    this.w('%!');
    this.wrune(verb);
    this.w('(');
    if (this.arg !== 0) {
      this.w(this.env.type(this.env.mem.u32[this.arg >>> 2]! - 1).str);
      this.w('=');
      this.printArg(this.arg, 'v');
    } else if (this.value !== null) {
      this.w(this.value.t.str);
      this.w('=');
      this.printValue(this.value, 'v', 0);
    } else {
      this.w('<nil>');
    }
    this.w(')');
    this.erroring = false;
  }

  /** What a thrown standard-library or runtime panic prints as inside %!v(PANIC=…), or null when it is neither. */
  panicText(e: unknown): string | null {
    if (e instanceof RuntimeError) return e.message;
    if (e instanceof GoPanicValue) return e.value;
    return null;
  }

  /**
   * Calls the Error or String method `m` of the value (receiver word recv) and
   * prints its result with verb, as handleMethods does under catchPanic.
   */
  callMethod(m: number, recv: number, isNilPtr: boolean, verb: string, method: string): void {
    const env = this.env;
    let s: string;
    const fp = env.REG[2]!;
    try {
      env.FN[m]!(0, env.scratch, recv);
      s = readString(env, env.scratch);
    } catch (e) {
      const goPanic = isGoPanic(e) ? e : null;
      const text = goPanic === null ? this.panicText(e) : '';
      if (text === null) throw e;
      // The method's frames were abandoned by the throw: back to the caller's frame.
      if (env.sched instanceof Sched) env.sched.restoreFrame(fp);
      if (isNilPtr) {
        this.w('<nil>');
        return;
      }
      if (this.panicking) throw e;
      const saved = this.saveFlags();
      this.clearflags();
      this.w('%!');
      this.wrune(verb);
      this.w('(PANIC=');
      this.w(method);
      this.w(' method: ');
      this.panicking = true;
      if (goPanic !== null) {
        // p.printArg(err, 'v') on the panic value, put in the scratch area's last 16 bytes.
        const at = env.scratch + 240;
        env.mem.u32[at >>> 2] = goPanic.tw;
        env.mem.u32[(at + 4) >>> 2] = 0;
        env.mem.u32[(at + 8) >>> 2] = goPanic.data;
        env.mem.u32[(at + 12) >>> 2] = 0;
        const arg = this.arg;
        const value = this.value;
        this.printArg(at, 'v');
        this.arg = arg;
        this.value = value;
      } else this.w(text);
      this.panicking = false;
      this.w(')');
      this.restoreFlags(saved);
      return;
    }
    if (method === 'GoString') this.fmtS(s);
    else this.fmtString(s, verb);
  }

  saveFlags(): unknown[] {
    return [
      this.plus,
      this.minus,
      this.sharp,
      this.space,
      this.zero,
      this.plusV,
      this.sharpV,
      this.wid,
      this.widPresent,
      this.prec,
      this.precPresent,
    ];
  }

  restoreFlags(f: unknown[]): void {
    [
      this.plus,
      this.minus,
      this.sharp,
      this.space,
      this.zero,
      this.plusV,
      this.sharpV,
      this.wid,
      this.widPresent,
      this.prec,
      this.precPresent,
    ] = f as [
      boolean,
      boolean,
      boolean,
      boolean,
      boolean,
      boolean,
      boolean,
      number,
      boolean,
      number,
      boolean,
    ];
  }

  /**
   * handleMethods for a value of type t with receiver word recv (the iface
   * data word, or the address of a nested boxed value); ifaceAddr is the
   * interface it came in, for %w (0 below the top level).
   */
  handleMethods(t: Type, recv: number, verb: string, ifaceAddr: number): boolean {
    if (this.erroring) return false;
    if (verb === 'w') {
      const isErr = t.methods.has('Error');
      if (!isErr || !this.wrapErrs || this.wrappedErr !== 0 || ifaceAddr === 0) {
        this.wrappedErr = 0;
        this.wrapErrs = false;
        this.badVerb(verb);
        return true;
      }
      this.wrappedErr = ifaceAddr;
      verb = 'v';
    }
    if (this.sharpV) {
      const g = t.methods.get('GoString');
      if (g === undefined) return false;
      this.callMethod(g, recv, t.kind === Kind.Pointer && recv === 0, verb, 'GoString');
      return true;
    }
    if (verb !== 'v' && verb !== 's' && verb !== 'x' && verb !== 'X' && verb !== 'q') return false;
    const isNilPtr = t.kind === Kind.Pointer && recv === 0;
    const e = t.methods.get('Error');
    if (e !== undefined) {
      this.callMethod(e, recv, isNilPtr, verb, 'Error');
      return true;
    }
    const s = t.methods.get('String');
    if (s !== undefined) {
      this.callMethod(s, recv, isNilPtr, verb, 'String');
      return true;
    }
    return false;
  }

  /** printArg for the interface value at iface. */
  printArg(iface: number, verb: string): void {
    const env = this.env;
    const tw = env.mem.u32[iface >>> 2]!;
    this.arg = iface;
    this.value = null;
    if (tw === 0) {
      this.arg = 0;
      if (verb === 'T' || verb === 'v') this.pad('<nil>');
      else this.badVerb(verb);
      return;
    }
    const t = env.type(tw - 1);
    const data = env.mem.u32[(iface + 8) >>> 2]!;
    const v: Val = { t, addr: isDirectIface(t) ? iface + 8 : data, ro: false };
    if (verb === 'T') {
      this.fmtS(t.str);
      return;
    }
    if (verb === 'p') {
      this.fmtPointer(v, 'p');
      return;
    }
    // The type switch on predeclared types: only unnamed ones match.
    if (!t.named) {
      switch (t.kind) {
        case Kind.Bool:
        case Kind.Int:
        case Kind.Int8:
        case Kind.Int16:
        case Kind.Int32:
        case Kind.Int64:
        case Kind.Uint:
        case Kind.Uint8:
        case Kind.Uint16:
        case Kind.Uint32:
        case Kind.Uint64:
        case Kind.Uintptr:
        case Kind.Float32:
        case Kind.Float64:
        case Kind.Complex64:
        case Kind.Complex128:
        case Kind.String:
          this.printBasic(v, verb);
          return;
        case Kind.Slice:
          if (t.elem!.kind === Kind.Uint8 && !t.elem!.named) {
            const b = env.mem.u8.subarray(
              sliceData(env, v.addr),
              sliceData(env, v.addr) + sliceLen(env, v.addr),
            );
            this.fmtBytes(b.slice(), sliceData(env, v.addr) === 0, verb, '[]byte', v);
            return;
          }
      }
    }
    if (!this.handleMethods(t, data, verb, iface)) this.printValue(v, verb, 0);
  }

  /** Bools, numbers and strings (printValue's and printArg's shared cases). */
  printBasic(v: Val, verb: string): void {
    const m = this.env.mem;
    const a = v.addr;
    switch (v.t.kind) {
      case Kind.Bool:
        this.fmtBool(m.u8[a] !== 0, verb);
        return;
      case Kind.Int:
      case Kind.Int8:
      case Kind.Int16:
      case Kind.Int32:
      case Kind.Int64:
        this.fmtInt(big(intAt(this.env, v.t.kind, a)), true, verb);
        return;
      case Kind.Uint:
      case Kind.Uint8:
      case Kind.Uint16:
      case Kind.Uint32:
      case Kind.Uint64:
      case Kind.Uintptr:
        this.fmtInt(big(intAt(this.env, v.t.kind, a)), false, verb);
        return;
      case Kind.Float32:
        this.fmtFloat(m.f32[a >>> 2]!, 32, verb);
        return;
      case Kind.Float64:
        this.fmtFloat(m.f64[a >>> 3]!, 64, verb);
        return;
      case Kind.Complex64:
        this.fmtComplex(m.f32[a >>> 2]!, m.f32[(a + 4) >>> 2]!, 64, verb);
        return;
      case Kind.Complex128:
        this.fmtComplex(m.f64[a >>> 3]!, m.f64[(a + 8) >>> 3]!, 128, verb);
        return;
      case Kind.String:
        this.fmtString(readString(this.env, a), verb, goStringBytes(this.env, a).slice());
        return;
    }
  }

  printValue(v: Val, verb: string, depth: number): void {
    const env = this.env;
    const t = v.t;
    if (depth > 0 && !v.ro) {
      // value.Interface(): packEface copies an addressable value not held directly.
      if (v.canAddr === true && t.kind !== Kind.Interface && !isDirectIface(t) && t.size > 0) env.rt.new(t);
      this.arg = 0;
      const recv = isDirectIface(t) ? env.mem.u32[v.addr >>> 2]! : v.addr;
      if (this.handleMethods(t, recv, verb, 0)) return;
    }
    this.arg = 0;
    this.value = v;
    switch (t.kind) {
      case Kind.Map: {
        const h = env.mem.u32[v.addr >>> 2]!;
        if (this.sharpV) {
          this.w(t.str);
          if (h === 0) {
            this.w('(nil)');
            return;
          }
          this.w('{');
        } else {
          this.w('map[');
        }
        const entries = sortedEntries(env, t, h);
        this.fmtsortAllocs(t, h, entries.length);
        for (let i = 0; i < entries.length; i++) {
          if (i > 0) this.w(this.sharpV ? ', ' : ' ');
          this.printValue({ t: t.key!, addr: entries[i]!.key, ro: v.ro }, verb, depth + 1);
          this.w(':');
          this.printValue({ t: t.elem!, addr: entries[i]!.elem, ro: v.ro }, verb, depth + 1);
        }
        this.w(this.sharpV ? '}' : ']');
        return;
      }
      case Kind.Struct: {
        if (this.sharpV) this.w(t.str);
        this.w('{');
        const fields = t.fields;
        for (let i = 0; i < fields.length; i++) {
          const f = fields[i]!;
          if (i > 0) this.w(this.sharpV ? ', ' : ' ');
          if (this.plusV || this.sharpV) {
            // reflect's Type.Field(i) allocates the StructField's Index, []int{i}.
            this.env.rt.mallocgc(8, null, true);
            if (f.name !== '') {
              // A blank field (codegen/types.ts fieldsOf names it _·i).
              this.w(f.name.startsWith('_·') ? '_' : f.name);
              this.w(':');
            }
          }
          const ro = v.ro || !isExported(f.name);
          this.printValue({ t: f.type, addr: v.addr + f.offset, ro, canAddr: v.canAddr }, verb, depth + 1);
        }
        this.w('}');
        return;
      }
      case Kind.Interface: {
        const tw = env.mem.u32[v.addr >>> 2]!;
        if (tw === 0) {
          if (this.sharpV) {
            this.w(t.str);
            this.w('(nil)');
          } else this.w('<nil>');
          return;
        }
        const et = env.type(tw - 1);
        const data = env.mem.u32[(v.addr + 8) >>> 2]!;
        this.printValue({ t: et, addr: isDirectIface(et) ? v.addr + 8 : data, ro: v.ro }, verb, depth + 1);
        return;
      }
      case Kind.Array:
      case Kind.Slice: {
        const isSlice = t.kind === Kind.Slice;
        const base = isSlice ? sliceData(env, v.addr) : v.addr;
        const n = isSlice ? sliceLen(env, v.addr) : t.len;
        const et = t.elem!;
        const canAddr = isSlice || v.canAddr;
        if ((verb === 's' || verb === 'q' || verb === 'x' || verb === 'X') && et.kind === Kind.Uint8) {
          // An addressable array is sliced by reflect (Value.Slice's header
          // escapes: 24 bytes); another is copied by hand into make([]byte, n).
          if (!isSlice && canAddr) env.rt.mallocgc(24, env.rt.types.slice(et), true);
          else if (!isSlice && n > 0) env.rt.mallocgc(n, null, true);
          this.fmtBytes(env.mem.u8.slice(base, base + n), isSlice && base === 0, verb, t.str, v);
          return;
        }
        if (this.sharpV) {
          this.w(t.str);
          if (isSlice && base === 0) {
            this.w('(nil)');
            return;
          }
          this.w('{');
          for (let i = 0; i < n; i++) {
            if (i > 0) this.w(', ');
            this.printValue({ t: et, addr: base + i * et.size, ro: v.ro, canAddr }, verb, depth + 1);
          }
          this.w('}');
        } else {
          this.w('[');
          for (let i = 0; i < n; i++) {
            if (i > 0) this.w(' ');
            this.printValue({ t: et, addr: base + i * et.size, ro: v.ro, canAddr }, verb, depth + 1);
          }
          this.w(']');
        }
        return;
      }
      case Kind.Pointer: {
        const p = env.mem.u32[v.addr >>> 2]!;
        if (depth === 0 && p !== 0) {
          const et = t.elem!;
          const k = et.kind;
          if (k === Kind.Array || k === Kind.Slice || k === Kind.Struct || k === Kind.Map) {
            this.w('&');
            this.printValue({ t: et, addr: p, ro: v.ro, canAddr: true }, verb, depth + 1);
            return;
          }
        }
        this.fmtPointer(v, verb);
        return;
      }
      case Kind.Chan:
      case Kind.Func:
      case Kind.UnsafePointer:
        this.fmtPointer(v, verb);
        return;
      default:
        this.printBasic(v, verb);
    }
  }

  /** intFromArg: the int operand of a '*' (width or precision). */
  intFromArg(args: number, n: number, argNum: number): [num: number, isInt: boolean, newArgNum: number] {
    if (argNum >= n) return [0, false, argNum];
    const env = this.env;
    const iface = args + argNum * 16;
    const tw = env.mem.u32[iface >>> 2]!;
    let num = 0;
    let isInt = false;
    if (tw !== 0) {
      const t = env.type(tw - 1);
      const data = env.mem.u32[(iface + 8) >>> 2]!;
      const k = t.kind;
      if (k >= Kind.Int && k <= Kind.Uintptr) {
        const v = intAt(env, k, data);
        // A bigint is past 2^53: too large for a width whatever its type.
        if (typeof v === 'bigint') return [0, false, argNum + 1];
        num = v;
        isInt = true;
      }
    }
    if (tooLarge(num)) return [0, false, argNum + 1];
    return [num, isInt, argNum + 1];
  }

  argNumber(argNum: number, format: string, i: number, numArgs: number): [number, number, boolean] {
    if (format.length <= i || format[i] !== '[') return [argNum, i, false];
    this.reordered = true;
    // parseArgNumber
    let index = 0;
    let wid = 1;
    let ok = false;
    const f = format.slice(i);
    if (f.length >= 3) {
      for (let j = 1; j < f.length; j++) {
        if (f[j] === ']') {
          const [width, isnum, newi] = parsenum(f, 1, j);
          if (!isnum || newi !== j) {
            wid = j + 1;
            ok = false;
          } else {
            index = width - 1;
            wid = j + 1;
            ok = true;
          }
          break;
        }
      }
    }
    if (ok && index >= 0 && index < numArgs) return [index, i + wid, true];
    this.goodArgNum = false;
    return [argNum, i + wid, ok];
  }

  doPrintf(format: string, args: number, n: number): void {
    const end = format.length;
    let argNum = 0;
    let afterIndex = false;
    this.reordered = false;
    formatLoop: for (let i = 0; i < end; ) {
      this.goodArgNum = true;
      const lasti = i;
      while (i < end && format[i] !== '%') i++;
      if (i > lasti) this.w(format.slice(lasti, i));
      if (i >= end) break;
      i++;
      this.clearflags();
      simple: for (; i < end; i++) {
        const c = format[i]!;
        switch (c) {
          case '#':
            this.sharp = true;
            break;
          case '0':
            this.zero = !this.minus;
            break;
          case '+':
            this.plus = true;
            break;
          case '-':
            this.minus = true;
            this.zero = false;
            break;
          case ' ':
            this.space = true;
            break;
          default:
            if (c >= 'a' && c <= 'z' && argNum < n) {
              if (c === 'v') {
                this.sharpV = this.sharp;
                this.sharp = false;
                this.plusV = this.plus;
                this.plus = false;
              }
              this.printArg(args + argNum * 16, c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simple;
        }
      }
      [argNum, i, afterIndex] = this.argNumber(argNum, format, i, n);
      if (i < end && format[i] === '*') {
        i++;
        [this.wid, this.widPresent, argNum] = this.intFromArg(args, n, argNum);
        if (!this.widPresent) this.w('%!(BADWIDTH)');
        if (this.wid < 0) {
          this.wid = -this.wid;
          this.minus = true;
          this.zero = false;
        }
        afterIndex = false;
      } else {
        [this.wid, this.widPresent, i] = parsenum(format, i, end);
        if (afterIndex && this.widPresent) this.goodArgNum = false;
      }
      this.goWid = this.wid;
      if (i + 1 < end && format[i] === '.') {
        i++;
        if (afterIndex) this.goodArgNum = false;
        [argNum, i, afterIndex] = this.argNumber(argNum, format, i, n);
        if (i < end && format[i] === '*') {
          i++;
          [this.prec, this.precPresent, argNum] = this.intFromArg(args, n, argNum);
          if (this.prec < 0) {
            this.prec = 0;
            this.precPresent = false;
          }
          if (!this.precPresent) this.w('%!(BADPREC)');
          afterIndex = false;
        } else {
          [this.prec, this.precPresent, i] = parsenum(format, i, end);
          if (!this.precPresent) {
            this.prec = 0;
            this.precPresent = true;
          }
        }
        this.goPrec = this.prec;
      }
      if (!afterIndex) [argNum, i, afterIndex] = this.argNumber(argNum, format, i, n);
      if (i >= end) {
        this.w('%!(NOVERB)');
        break;
      }
      const cp = format.codePointAt(i)!;
      const verb = String.fromCodePoint(cp);
      i += verb.length;
      if (verb === '%') this.w('%');
      else if (!this.goodArgNum) this.badArg(verb, '(BADINDEX)');
      else if (argNum >= n) this.badArg(verb, '(MISSING)');
      else {
        if (verb === 'v') {
          this.sharpV = this.sharp;
          this.sharp = false;
          this.plusV = this.plus;
          this.plus = false;
        }
        this.printArg(args + argNum * 16, verb);
        argNum++;
      }
    }
    if (!this.reordered && argNum < n) {
      this.clearflags();
      this.w('%!(EXTRA ');
      for (let k = argNum; k < n; k++) {
        if (k > argNum) this.w(', ');
        const iface = args + k * 16;
        const tw = this.env.mem.u32[iface >>> 2]!;
        if (tw === 0) this.w('<nil>');
        else {
          this.w(this.env.type(tw - 1).str);
          this.w('=');
          this.printArg(iface, 'v');
        }
      }
      this.w(')');
    }
  }

  doPrint(args: number, n: number): void {
    let prevString = false;
    for (let k = 0; k < n; k++) {
      const iface = args + k * 16;
      const tw = this.env.mem.u32[iface >>> 2]!;
      const isString = tw !== 0 && this.env.type(tw - 1).kind === Kind.String;
      if (k > 0 && !isString && !prevString) this.w(' ');
      this.printArg(iface, 'v');
      prevString = isString;
    }
  }

  doPrintln(args: number, n: number): void {
    for (let k = 0; k < n; k++) {
      if (k > 0) this.w(' ');
      this.printArg(args + k * 16, 'v');
    }
    this.w('\n');
  }
}

function parsenum(s: string, start: number, end: number): [num: number, isnum: boolean, newi: number] {
  if (start >= end) return [0, false, end];
  let num = 0;
  let isnum = false;
  let i = start;
  for (; i < end && s[i]! >= '0' && s[i]! <= '9'; i++) {
    if (tooLarge(num)) return [0, false, end];
    num = num * 10 + (s.charCodeAt(i) - 48);
    isnum = true;
  }
  return [num, isnum, i];
}

function isExported(name: string): boolean {
  return /^\p{Lu}/u.test(name);
}

/** strconv.CanBackquote. */
function canBackquote(b: Uint8Array, s: string): boolean {
  for (let i = 0; i < b.length; ) {
    const [r, w] = decodeRune(b, i);
    if (w === 1 && r === 0xfffd) return false;
    i += w;
  }
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfeff) return false;
    if ((c < 0x20 && c !== 9) || c === 0x60 || c === 0x7f) return false;
  }
  return true;
}

/** fmt's printer pool (ppFree, whose New is new(pp)) and the pp type, per run. */
interface PrinterPool {
  pools: Pools;
  ppFree: HeldPool;
  pp: Type;
  /** The interface type word of *pp, as ppFree's items carry it. */
  ppWord: number;
  /** Printers in use, innermost last: roots, as Go's are on the callers' stacks. */
  inUse: number[];
  reflectValue: Type;
  sortedMap: Type;
}

const printerPools = new WeakMap<Env, PrinterPool>();

function printerPool(env: Env): PrinterPool {
  let f = printerPools.get(env);
  if (f === undefined) {
    const T = env.rt.types;
    // Go 1.19's pp and fmt field by field: 200 bytes (size class 208).
    const fmtT = stdType(env, 'fmt.fmt', () =>
      T.struct('fmt.fmt', {
        buf: T.unsafePointer,
        fmtFlags: T.array(T.bool, 9),
        wid: T.int,
        prec: T.int,
        intbuf: T.array(T.uint8, 68),
      }),
    );
    const value = stdType(env, 'reflect.Value', () =>
      T.struct('reflect.Value', { typ: T.uintptr, ptr: T.unsafePointer, flag: T.uintptr }),
    );
    const pp = stdType(env, 'fmt.pp', () =>
      T.struct('fmt.pp', {
        buf: T.slice(T.uint8),
        arg: T.any,
        value,
        fmt: fmtT,
        flags: T.array(T.bool, 5),
        wrappedErr: errorType(env),
      }),
    );
    const sortedMap = stdType(env, 'fmtsort.SortedMap', () =>
      T.struct('fmtsort.SortedMap', { Key: T.slice(value), Value: T.slice(value) }),
    );
    const inUse: number[] = [];
    f = {
      pools: poolsOf(env),
      ppFree: new HeldPool(env, 'fmt.ppFree'),
      pp,
      ppWord: T.ptr(pp).id + 1,
      inUse,
      reflectValue: value,
      sortedMap,
    };
    env.rt.collector.rootSources.push({
      scanRoots(shade) {
        for (const p of inUse) shade(p);
      },
    });
    printerPools.set(env, f);
  }
  return f;
}

/** pp.fmt.wid and pp.fmt.prec (int words of the pp object). */
const ppWid = 64 + 24;
const ppPrec = 64 + 32;

/**
 * Runs body with a printer from ppFree (newPrinter), then puts it back
 * (pp.free) unless its buffer grew past 64 KiB. The pp is a root while in
 * use, as Go's is on the caller's stack; when body throws, the pp is not put
 * back (Go's free is not deferred).
 */
function printing<R>(env: Env, body: (p: Printer) => R): R {
  const f = printerPool(env);
  const u32 = env.mem.u32;
  const x = f.pools.get(f.ppFree);
  const pp = x !== null ? x.data : env.rt.new(f.pp);
  f.inUse.push(pp);
  try {
    const p = new Printer(env);
    p.pp = pp;
    p.bcap = u32[(pp + 16) >>> 2]!;
    p.goWid = u32[(pp + ppWid) >>> 2]!;
    p.goPrec = u32[(pp + ppPrec) >>> 2]!;
    const r = body(p);
    u32[(pp + ppWid) >>> 2] = p.goWid;
    u32[(pp + ppPrec) >>> 2] = p.goPrec;
    if (p.bcap <= 64 << 10) f.pools.put(f.ppFree, f.ppWord, pp);
    return r;
  } finally {
    f.inUse.pop();
  }
}

/** Writes a Go string result: one rawstring of s's length (string(p.buf)). */
function resultString(env: Env, s: string, res: number): void {
  newString(env, s, res);
}

/** (n int, err error) of the Print functions: n bytes, nil error. */
function writeCount(env: Env, res: number, n: number): void {
  const u32 = env.mem.u32;
  u32[res >>> 2] = n;
  u32[(res + 4) >>> 2] = 0;
  for (let i = 2; i < 6; i++) u32[(res >>> 2) + i] = 0;
}

/** *fmt.wrapError { msg string; err error }, with Error and Unwrap. */
function wrapErrorPtr(env: Env): Type {
  const types = env.rt.types;
  const t = stdType(env, 'fmt.wrapError', () =>
    types.struct('fmt.wrapError', { msg: types.string, err: errorType(env) }),
  );
  const p = types.ptr(t);
  const u32 = env.mem.u32;
  stdMethod(env, p, 'Error', (_fv: number, res: number, e: number) => {
    for (let i = 0; i < 4; i++) u32[(res >>> 2) + i] = u32[(e >>> 2) + i]!;
  });
  stdMethod(env, p, 'Unwrap', (_fv: number, res: number, e: number) => {
    for (let i = 0; i < 4; i++) u32[(res >>> 2) + i] = u32[((e + 16) >>> 2) + i]!;
  });
  return p;
}

/**
 * w.Write(p.buf) for the io.Writer at w, its (n, err) written at res. An
 * *os.File writes straight to the run's stdout/stderr; any other Writer's
 * Write method is called with p.buf itself, the output copied into it.
 */
function writeTo(env: Env, res: number, w: number, p: Printer): void {
  const u32 = env.mem.u32;
  const tw = u32[w >>> 2]!;
  if (tw === 0) throw new RuntimeError('invalid memory address or nil pointer dereference');
  const t = env.type(tw - 1);
  const recv = u32[(w + 8) >>> 2]!;
  const bytes = encodeUTF8(p.buf);
  if (t.str === '*os.File') {
    if (u32[recv >>> 2] === 2) env.stderr(bytes);
    else env.stdout(bytes);
    writeCount(env, res, bytes.length);
    return;
  }
  const m = t.methods.get('Write');
  if (m === undefined) throw new TypeError(`gomem: ${t.str} has no Write method`);
  const buf = u32[p.pp >>> 2]!;
  env.mem.u8.set(bytes, buf);
  // Write(p []byte) (n int, err error): the slice header and the result area in scratch.
  const hdr = env.scratch + 64;
  const out = env.scratch + 96;
  u32[hdr >>> 2] = buf;
  u32[(hdr + 4) >>> 2] = 0;
  u32[(hdr + 8) >>> 2] = bytes.length;
  u32[(hdr + 12) >>> 2] = 0;
  u32[(hdr + 16) >>> 2] = p.bcap;
  u32[(hdr + 20) >>> 2] = 0;
  env.FN[m]!(0, out, recv, hdr);
  for (let i = 0; i < 6; i++) u32[(res >>> 2) + i] = u32[(out >>> 2) + i]!;
}

/**
 * A panic raised by compiled Go code (codegen/support.ts's GoPanic, carrying
 * the panic value's type word and data word). Recognised by name: support.ts
 * imports this package's values.ts, so importing it back would be a cycle.
 */
function isGoPanic(e: unknown): e is Error & { tw: number; data: number } {
  return e instanceof Error && e.name === 'GoPanic';
}

export const blocking: ReadonlySet<string> = new Set();

/** Println/Print/Printf: Fprint* to os.Stdout, one write per call. */
function toStdout(env: Env, res: number, p: Printer): void {
  env.stdout(p.buf);
  writeCount(env, res, p.blen);
}

export function fmt(env: Env): Record<string, GoFunc> {
  const args = (a: number): [number, number] => [sliceData(env, a), sliceLen(env, a)];
  return {
    ...scan(env),
    Println: (_fv: number, res: number, a: number): void =>
      printing(env, (p) => {
        p.doPrintln(...args(a));
        toStdout(env, res, p);
      }),
    Print: (_fv: number, res: number, a: number): void =>
      printing(env, (p) => {
        p.doPrint(...args(a));
        toStdout(env, res, p);
      }),
    Printf: (_fv: number, res: number, format: number, a: number): void =>
      printing(env, (p) => {
        p.doPrintf(readString(env, format), ...args(a));
        toStdout(env, res, p);
      }),
    Fprintln: (_fv: number, res: number, w: number, a: number): void =>
      printing(env, (p) => {
        p.doPrintln(...args(a));
        writeTo(env, res, w, p);
      }),
    Fprint: (_fv: number, res: number, w: number, a: number): void =>
      printing(env, (p) => {
        p.doPrint(...args(a));
        writeTo(env, res, w, p);
      }),
    Fprintf: (_fv: number, res: number, w: number, format: number, a: number): void =>
      printing(env, (p) => {
        p.doPrintf(readString(env, format), ...args(a));
        writeTo(env, res, w, p);
      }),
    Sprintf: (_fv: number, res: number, format: number, a: number): void =>
      printing(env, (p) => {
        p.doPrintf(readString(env, format), ...args(a));
        resultString(env, p.buf, res);
      }),
    Sprint: (_fv: number, res: number, a: number): void =>
      printing(env, (p) => {
        p.doPrint(...args(a));
        resultString(env, p.buf, res);
      }),
    Sprintln: (_fv: number, res: number, a: number): void =>
      printing(env, (p) => {
        p.doPrintln(...args(a));
        resultString(env, p.buf, res);
      }),
    Errorf: (_fv: number, res: number, format: number, a: number): void =>
      printing(env, (p) => {
        p.wrapErrs = true;
        p.doPrintf(readString(env, format), ...args(a));
        const s = p.buf;
        const wrapped = p.wrappedErr;
        const t = wrapped === 0 ? errorStringPtr(env) : wrapErrorPtr(env);
        // The message is held in res's data word until the error object holds it.
        const sp = env.rt.newString(s);
        writeIface(env, res, null, sp);
        const obj = env.rt.new(t.elem!);
        writeIface(env, res, t, obj);
        env.rt.writePointer(obj, sp);
        env.mem.u32[(obj + 8) >>> 2] = sp === 0 ? 0 : p.blen;
        if (wrapped !== 0) {
          env.mem.u32[(obj + 16) >>> 2] = env.mem.u32[wrapped >>> 2]!;
          env.rt.writePointer(obj + 24, env.mem.u32[(wrapped + 8) >>> 2]!);
        }
      }),
  };
}
