// fmt's scanning: Scan, Scanln, Scanf and their F- and S- forms.
//
// Mirrors Go 1.19's fmt/scan.go: the same state (ss, taken from and put back
// to the ssFree pool), the same rune-at-a-time reading — an io.Reader that is
// not an io.RuneScanner is read one byte per Read call through a readRune,
// whose peeked rune is lost when the call ends, as Go's is — the same rules
// for spaces and newlines (Scan: newlines are spaces; Scanln: a newline ends
// the input and must follow the last operand; Scanf: the format's spaces and
// newlines match the input's as advance describes), and the same values and
// errors per operand type: bool, every integer type (%v reads a base prefix,
// %c a rune), float32/64 (with Go's decimal mantissa + binary exponent),
// string and []byte (%s/%v a word, %q a quoted string, %x hex), and named
// types over them. Errors are Go's: errors.New texts, *strconv.NumError for a
// number strconv rejects, io.EOF, io.ErrUnexpectedEOF.
//
// Memory is Go's: Sscan* moves its string argument to the heap (16 bytes),
// a reader that is not a RuneScanner gets a readRune (48 bytes), the ss comes
// from ssFree (new(ss), 96 bytes, when the pool is empty) and keeps its token
// buffer across calls, growing as append grows it, and each token becomes a
// string as string(s.buf) makes it (none for "" or one byte).
//
//   ss  [ rs iface | buf slice | count | atEOF | validSave nlIsEnd nlIsSpace |
//         argLimit | limit | maxWid ]                                    88 bytes

import { RuntimeError } from '../../runtime/panic.js';
import { growsliceCap } from '../../runtime/slice.js';
import { decodeRune } from '../../runtime/string.js';
import { Kind, type Type } from '../../runtime/type.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { canon, store64 } from '../codegen/vlrt.js';
import { unquote } from '../constant.js';
import { makeError, rodataAlloc, stdType, writeIface } from './errors.js';
import { writeEOF, writeUnexpectedEOF } from './io.js';
import { parseFloatText, parseIntText, parseUint, writeNumError } from './strconv.js';
import { HeldPool, poolsOf } from './syncpool.js';
import { newStringBytes, readInt64, storePtr } from './values.js';

const eof = -1;
const hugeWid = 1 << 30;
const ssBuf = 16;

/** A scan that stopped: its error, written as the call's err when it returns. */
class ScanStop {
  constructor(readonly write: (dst: number) => void) {}
}

/** Where runes come from: a rune (or eof) at a time, and one rune back. */
interface RuneSource {
  read(): number;
  unread(): void;
}

const spaceRanges = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0x85, 0x85],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
];

function isSpace(r: number): boolean {
  if (r < 0 || r >= 1 << 16) return false;
  for (const [lo, hi] of spaceRanges) {
    if (r < lo!) return false;
    if (r <= hi!) return true;
  }
  return false;
}

const decimalDigits = '0123456789';
const binaryDigits = '01';
const octalDigits = '01234567';
const hexadecimalDigits = '0123456789aAbBcCdDeEfF';
const sign = '+-';
const period = '.';
const exponent = 'eEpP';
const floatVerbs = 'beEfFgGv';

/** The pieces of one run that scanning shares: the pool, the ss type, fmt's boolError. */
interface ScanRun {
  ssFree: HeldPool;
  ss: Type;
  ssWord: number;
  readRune: Type;
  inUse: number[];
}

const boolErrors = new WeakMap<Env, number>();

/**
 * fmt's boolError, errors.New("syntax error scanning boolean"): a package
 * variable Go makes while initializing fmt, made here by fmt's init (index.ts).
 */
export function initScan(env: Env): void {
  const tmp = env.scratch + 192;
  makeError(env, 'syntax error scanning boolean', tmp);
  const p = env.mem.u32[(tmp + 8) >>> 2]!;
  env.rt.global('fmt.boolError').set(p);
  boolErrors.set(env, p);
}

const runs = new WeakMap<Env, ScanRun>();

function scanRun(env: Env): ScanRun {
  let r = runs.get(env);
  if (r === undefined) {
    const T = env.rt.types;
    const reader = T.iface('io.Reader', ['Read']);
    const ss = stdType(env, 'fmt.ss', () =>
      T.struct('fmt.ss', {
        rs: T.iface('io.RuneScanner', ['ReadRune', 'UnreadRune']),
        buf: T.slice(T.uint8),
        count: T.int,
        atEOF: T.bool,
        validSave: T.bool,
        nlIsEnd: T.bool,
        nlIsSpace: T.bool,
        argLimit: T.int,
        limit: T.int,
        maxWid: T.int,
      }),
    );
    const readRune = stdType(env, 'fmt.readRune', () =>
      T.struct('fmt.readRune', {
        reader,
        buf: T.array(T.uint8, 4),
        pending: T.int,
        pendBuf: T.array(T.uint8, 4),
        peekRune: T.int32,
      }),
    );
    const inUse: number[] = [];
    env.rt.collector.rootSources.push({
      scanRoots(shade) {
        for (const p of inUse) shade(p);
      },
    });
    r = { ssFree: new HeldPool(env, 'fmt.ssFree'), ss, ssWord: T.ptr(ss).id + 1, readRune, inUse };
    runs.set(env, r);
  }
  return r;
}

/** The state of one Fscan*, Sscan* or Scan* call (Go's ss with its ssave). */
class State {
  count = 0;
  atEOF = false;
  argLimit = hugeWid;
  limit = hugeWid;
  maxWid = hugeWid;

  constructor(
    private readonly env: Env,
    private readonly src: RuneSource,
    /** The ss object: its buf is the token buffer. */
    readonly ss: number,
    readonly nlIsSpace: boolean,
    readonly nlIsEnd: boolean,
  ) {}

  // --- the buffer (a Go []byte in the ss) ---

  resetBuf(): void {
    this.env.mem.u32[(this.ss + ssBuf + 8) >>> 2] = 0;
  }

  writeRune(r: number): void {
    const env = this.env;
    const u32 = env.mem.u32;
    const at = this.ss + ssBuf;
    const bytes = r < 0x80 ? [r] : [...Buffer.from(String.fromCodePoint(r), 'utf8')];
    let p = u32[at >>> 2]!;
    const len = u32[(at + 8) >>> 2]!;
    const cap = u32[(at + 16) >>> 2]!;
    if (len + bytes.length > cap) {
      p = env.rt.growslice(env.rt.types.uint8, p, len, cap, len + bytes.length);
      storePtr(env, at, p);
      u32[(at + 16) >>> 2] = growsliceCap(1, cap, len + bytes.length);
    }
    env.mem.u8.set(bytes, p + len);
    u32[(at + 8) >>> 2] = len + bytes.length;
  }

  bufBytes(): Uint8Array {
    const u32 = this.env.mem.u32;
    const p = u32[(this.ss + ssBuf) >>> 2]!;
    return this.env.mem.u8.subarray(p, p + u32[(this.ss + ssBuf + 8) >>> 2]!);
  }

  /** string(s.buf) as a Go string at dst (a scratch header); returns its text. */
  bufString(dst: number): string {
    const b = this.bufBytes();
    newStringBytes(this.env, b.slice(), dst);
    return Buffer.from(b).toString('latin1');
  }

  // --- reading ---

  readRune(): number {
    if (this.atEOF || this.count >= this.argLimit) return eof;
    const r = this.src.read();
    if (r === eof) this.atEOF = true;
    else {
      this.count++;
      if (this.nlIsEnd && r === 10) this.atEOF = true;
    }
    return r;
  }

  unreadRune(): void {
    this.src.unread();
    this.atEOF = false;
    this.count--;
  }

  getRune(): number {
    return this.readRune();
  }

  mustReadRune(): number {
    const r = this.getRune();
    if (r === eof) throw new ScanStop((dst) => writeUnexpectedEOF(this.env, dst));
    return r;
  }

  errorString(text: string): never {
    throw new ScanStop((dst) => makeError(this.env, text, dst));
  }

  peek(ok: string): boolean {
    const r = this.getRune();
    if (r !== eof) this.unreadRune();
    return r !== eof && ok.includes(String.fromCodePoint(r));
  }

  consume(ok: string, accept: boolean): boolean {
    const r = this.getRune();
    if (r === eof) return false;
    if (ok.includes(String.fromCodePoint(r))) {
      if (accept) this.writeRune(r);
      return true;
    }
    if (accept) this.unreadRune();
    return false;
  }

  accept(ok: string): boolean {
    return this.consume(ok, true);
  }

  notEOF(): void {
    const r = this.getRune();
    if (r === eof) throw new ScanStop((dst) => writeEOF(this.env, dst));
    this.unreadRune();
  }

  skipSpace(): void {
    for (;;) {
      const r = this.getRune();
      if (r === eof) return;
      if (r === 13 && this.peek('\n')) continue;
      if (r === 10) {
        if (this.nlIsSpace) continue;
        this.errorString('unexpected newline');
      }
      if (!isSpace(r)) {
        this.unreadRune();
        return;
      }
    }
  }

  token(skip: boolean, f: (r: number) => boolean): void {
    if (skip) this.skipSpace();
    for (;;) {
      const r = this.getRune();
      if (r === eof) break;
      if (!f(r)) {
        this.unreadRune();
        break;
      }
      this.writeRune(r);
    }
  }

  okVerb(verb: string, okVerbs: string, typ: string): void {
    if (!okVerbs.includes(verb)) this.errorString(`bad verb '%${verb}' for ${typ}`);
  }

  // --- values ---

  scanBool(verb: string): boolean {
    this.skipSpace();
    this.notEOF();
    this.okVerb(verb, 'tv', 'boolean');
    const bad = (): never => {
      const e = boolErrors.get(this.env)!;
      throw new ScanStop((dst) => writeIface(this.env, dst, errorStringType(this.env), e));
    };
    switch (this.getRune()) {
      case 0x30:
        return false;
      case 0x31:
        return true;
      case 0x74:
      case 0x54:
        if (this.accept('rR') && (!this.accept('uU') || !this.accept('eE'))) bad();
        return true;
      case 0x66:
      case 0x46:
        if (this.accept('aA') && (!this.accept('lL') || !this.accept('sS') || !this.accept('eE'))) bad();
        return false;
    }
    return false;
  }

  getBase(verb: string): [number, string] {
    this.okVerb(verb, 'bdoUxXv', 'integer');
    if (verb === 'b') return [2, binaryDigits];
    if (verb === 'o') return [8, octalDigits];
    if (verb === 'x' || verb === 'X' || verb === 'U') return [16, hexadecimalDigits];
    return [10, decimalDigits];
  }

  scanNumber(digits: string, haveDigits: boolean, dst: number): string {
    if (!haveDigits) {
      this.notEOF();
      if (!this.accept(digits)) this.errorString('expected integer');
    }
    while (this.accept(digits));
    return this.bufString(dst);
  }

  scanBasePrefix(): [number, string, boolean] {
    if (!this.peek('0')) return [0, `${decimalDigits}_`, false];
    this.accept('0');
    if (this.peek('bB')) {
      this.consume('bB', true);
      return [0, `${binaryDigits}_`, true];
    }
    if (this.peek('oO')) {
      this.consume('oO', true);
      return [0, `${octalDigits}_`, true];
    }
    if (this.peek('xX')) {
      this.consume('xX', true);
      return [0, `${hexadecimalDigits}_`, true];
    }
    return [0, `${octalDigits}_`, true];
  }

  scanRune(bitSize: number): bigint {
    this.notEOF();
    const r = this.getRune();
    if (BigInt.asIntN(bitSize, BigInt(r)) !== BigInt(r))
      this.errorString(`overflow on character value ${String.fromCodePoint(r)}`);
    return BigInt(r);
  }

  /** scanInt and scanUint: an integer of bitSize bits, signed or not, its token a Go string at tok. */
  scanInteger(verb: string, bitSize: number, tok: number, signed: boolean): bigint {
    if (verb === 'c') return this.scanRune(bitSize);
    this.skipSpace();
    this.notEOF();
    let [base, digits] = this.getBase(verb);
    let haveDigits = false;
    if (verb === 'U') {
      if (!this.consume('U', false) || !this.consume('+', false)) this.errorString('bad unicode format ');
    } else {
      if (signed) this.accept(sign);
      if (verb === 'v') [base, digits, haveDigits] = this.scanBasePrefix();
    }
    const s = this.scanNumber(digits, haveDigits, tok);
    const [i, err] = signed ? parseIntText(s, base, 64) : parseUint(s, base, 64);
    if (err !== null)
      throw new ScanStop((dst) => writeNumError(this.env, dst, signed ? 'ParseInt' : 'ParseUint', tok, err));
    if ((signed ? BigInt.asIntN(bitSize, i) : BigInt.asUintN(bitSize, i)) !== i)
      this.errorString(`${signed ? '' : 'unsigned '}integer overflow on token ${s}`);
    return i;
  }

  floatToken(tok: number): string {
    this.resetBuf();
    if (this.accept('nN') && this.accept('aA') && this.accept('nN')) return this.bufString(tok);
    this.accept(sign);
    if (this.accept('iI') && this.accept('nN') && this.accept('fF')) return this.bufString(tok);
    let digits = `${decimalDigits}_`;
    let exp = exponent;
    if (this.accept('0') && this.accept('xX')) {
      digits = `${hexadecimalDigits}_`;
      exp = 'pP';
    }
    while (this.accept(digits));
    if (this.accept(period)) while (this.accept(digits));
    if (this.accept(exp)) {
      this.accept(sign);
      while (this.accept(`${decimalDigits}_`));
    }
    return this.bufString(tok);
  }

  convertFloat(s: string, bits: number, tok: number): number {
    const p = s.indexOf('p');
    if (p >= 0 && !/[xX]/.test(s)) {
      // A decimal mantissa with a binary exponent (1.2p4), which ParseFloat does not take.
      const [f, err] = parseFloatText(s.slice(0, p), bits);
      if (err !== null) throw new ScanStop((dst) => writeNumError(this.env, dst, 'ParseFloat', tok, err));
      const [m, err2] = parseIntText(s.slice(p + 1), 10, 64);
      if (err2 !== null || BigInt.asIntN(64, m) !== m)
        throw new ScanStop((dst) => writeNumError(this.env, dst, 'Atoi', tok, err2 ?? 'value out of range'));
      return f * 2 ** Number(m);
    }
    const [f, err] = parseFloatText(s, bits);
    if (err !== null) throw new ScanStop((dst) => writeNumError(this.env, dst, 'ParseFloat', tok, err));
    return f;
  }

  /** %q: a Go quoted string (interpreted or raw), unquoted as strconv.Unquote does. */
  quotedString(): Uint8Array {
    this.notEOF();
    const quote = this.getRune();
    if (quote !== 0x60 && quote !== 0x22) this.errorString('expected quoted string');
    this.writeRune(quote);
    for (;;) {
      const r = this.mustReadRune();
      this.writeRune(r);
      if (quote === 0x22 && r === 0x5c) this.writeRune(this.mustReadRune());
      else if (r === quote) break;
    }
    try {
      return Buffer.from(unquote(Buffer.from(this.bufBytes()).toString('utf8')), 'utf8');
    } catch {
      this.errorString('invalid syntax');
    }
  }

  hexString(): Uint8Array {
    const out: number[] = [];
    for (;;) {
      const b = this.hexByte();
      if (b === -1) break;
      out.push(b);
    }
    if (out.length === 0) this.errorString('no hex data for %x string');
    return Uint8Array.from(out);
  }

  private hexByte(): number {
    const r1 = this.getRune();
    if (r1 === eof) return -1;
    const v1 = hexValue(r1);
    if (v1 < 0) {
      this.unreadRune();
      return -1;
    }
    const v2 = hexValue(this.mustReadRune());
    if (v2 < 0) this.errorString('illegal hex digit');
    return (v1 << 4) | v2;
  }

  /** convertString: the operand as a new Go string, its header at tok. */
  convertString(verb: string, tok: number): void {
    this.okVerb(verb, 'svqxX', 'string');
    this.skipSpace();
    this.notEOF();
    if (verb === 'q') newStringBytes(this.env, this.quotedString(), tok);
    else if (verb === 'x' || verb === 'X') newStringBytes(this.env, this.hexString(), tok);
    else {
      this.token(true, (r) => !isSpace(r));
      this.bufString(tok);
    }
  }
}

function hexValue(r: number): number {
  if (r >= 0x30 && r <= 0x39) return r - 0x30;
  if (r >= 0x61 && r <= 0x66) return r - 0x61 + 10;
  if (r >= 0x41 && r <= 0x46) return r - 0x41 + 10;
  return -1;
}

function errorStringType(env: Env): Type {
  const T = env.rt.types;
  return T.ptr(stdType(env, 'errors.errorString', () => T.struct('errors.errorString', { s: T.string })));
}

export const blocking: ReadonlySet<string> = new Set();

export function scan(env: Env): Record<string, GoFunc> {
  const m = env.mem;
  const u32 = m.u32;
  const int = (a: number): number => readInt64(env, a) as number;

  /** A Go string's bytes read rune by rune (Sscan's stringReader under a readRune). */
  const stringSource = (bytes: Uint8Array): RuneSource => {
    let pos = 0;
    let last = 0;
    return {
      read() {
        if (pos >= bytes.length) return eof;
        const [r, n] = bytes[pos]! < 0x80 ? [bytes[pos]!, 1] : decodeRune(bytes, pos);
        pos += n;
        last = n;
        return r;
      },
      unread() {
        pos -= last;
        last = 0;
      },
    };
  };

  /** An io.Reader: a RuneScanner's own runes, else readRune's byte-at-a-time Reads with one rune of peek. */
  const readerSource = (r: number): [RuneSource, boolean] => {
    const tw = u32[r >>> 2]!;
    if (tw === 0) throw new RuntimeError('invalid memory address or nil pointer dereference');
    const t = env.type(tw - 1);
    const recv = u32[(r + 8) >>> 2]!;
    const readRuneM = t.methods.get('ReadRune');
    const unreadRuneM = t.methods.get('UnreadRune');
    if (readRuneM !== undefined && unreadRuneM !== undefined) {
      // An io.RuneScanner: its own ReadRune, and UnreadRune puts the rune back in it.
      const out = runeArea(env);
      return [
        {
          read() {
            env.FN[readRuneM]!(0, out, recv);
            return u32[(out + 16) >>> 2] !== 0 ? eof : m.i32[out >>> 2]!;
          },
          unread() {
            env.FN[unreadRuneM]!(0, out, recv);
          },
        },
        true,
      ];
    }
    const readByte = (): number => {
      const one = env.scratch + 248;
      if (t.str === '*os.File') {
        if (int(recv) !== 0) return eof;
        return env.stdin(m.u8.subarray(one, one + 1)) === 1 ? m.u8[one]! : eof;
      }
      const mi = t.methods.get('Read');
      if (mi === undefined) throw new TypeError(`gomem: ${t.str} has no Read method`);
      const hdr = env.scratch + 200;
      const out = env.scratch + 224;
      for (let tries = 0; tries < 100; tries++) {
        u32[hdr >>> 2] = one;
        u32[(hdr + 4) >>> 2] = 0;
        store64(m.i32, u32, hdr + 8, 1);
        store64(m.i32, u32, hdr + 16, 1);
        env.FN[mi]!(0, out, recv, hdr);
        if (int(out) === 1) return m.u8[one]!;
        if (u32[(out + 8) >>> 2] !== 0) return eof;
      }
      return eof;
    };
    let peek = -1;
    let last = 0;
    let pending: number[] = [];
    return [
      {
        read() {
          if (peek >= 0) {
            const r0 = peek;
            peek = -1;
            return r0;
          }
          const b0 = pending.length > 0 ? pending.shift()! : readByte();
          if (b0 === eof) return eof;
          if (b0 < 0x80) {
            last = b0;
            return b0;
          }
          const buf = [b0];
          while (!fullRune(buf)) {
            const b = pending.length > 0 ? pending.shift()! : readByte();
            if (b === eof) break;
            buf.push(b);
          }
          const [r0, size] = decodeRune(Uint8Array.from(buf), 0);
          pending = [...buf.slice(size), ...pending];
          last = r0;
          return r0;
        },
        unread() {
          peek = last;
        },
      },
      false,
    ];
  };
  /** newScanState + the call + free: ss from ssFree, the error (if any) written at res+8. */
  const run = (
    res: number,
    src: RuneSource,
    needsReadRune: boolean,
    nlIsSpace: boolean,
    nlIsEnd: boolean,
    body: (s: State) => number,
  ): void => {
    const r = scanRun(env);
    const pools = poolsOf(env);
    const x = pools.get(r.ssFree);
    const ss = x !== null ? x.data : env.rt.new(r.ss);
    r.inUse.push(ss);
    try {
      if (needsReadRune) {
        const rr = env.rt.new(r.readRune);
        storePtr(env, ss + 8, rr);
      }
      const s = new State(env, src, ss, nlIsSpace, nlIsEnd);
      let n = 0;
      writeIface(env, res + 8, null, 0);
      try {
        n = body(s);
      } catch (e) {
        if (!(e instanceof Partial)) throw e;
        n = e.n;
        e.stop.write(res + 8);
      }
      store64(m.i32, u32, res, n);
      // free: a buffer past 1 KiB is not kept.
      if (u32[(ss + ssBuf + 16) >>> 2]! <= 1024) {
        u32[(ss + ssBuf + 8) >>> 2] = 0;
        u32[ss >>> 2] = 0;
        storePtr(env, ss + 8, 0);
        pools.put(r.ssFree, r.ssWord, ss);
      }
    } finally {
      r.inUse.pop();
    }
  };

  /** scanOne: the operand at arg (an interface) scanned with verb. */
  const scanOne = (s: State, verb: string, arg: number): void => {
    s.resetBuf();
    const tw = u32[arg >>> 2]!;
    const p = u32[(arg + 8) >>> 2]!;
    const t = tw === 0 ? null : env.type(tw - 1);
    if (t === null || t.kind !== Kind.Pointer) {
      s.errorString(`type not a pointer: ${t === null ? '<nil>' : t.str}`);
    }
    const e = t.elem!;
    const tok = env.scratch + 232;
    switch (e.kind) {
      case Kind.Bool:
        m.u8[p] = s.scanBool(verb) ? 1 : 0;
        return;
      case Kind.Int:
      case Kind.Int64:
      case Kind.Int8:
      case Kind.Int16:
      case Kind.Int32:
        storeInt(p, e, s.scanInteger(verb, e.size * 8, tok, true));
        return;
      case Kind.Uint:
      case Kind.Uint64:
      case Kind.Uintptr:
      case Kind.Uint8:
      case Kind.Uint16:
      case Kind.Uint32:
        storeInt(p, e, s.scanInteger(verb, e.size * 8, tok, false));
        return;
      case Kind.Float32:
      case Kind.Float64: {
        s.okVerb(verb, floatVerbs, e.str);
        s.skipSpace();
        s.notEOF();
        const bits = e.kind === Kind.Float32 ? 32 : 64;
        const f = s.convertFloat(s.floatToken(tok), bits, tok);
        if (bits === 32) m.f32[p >>> 2] = f;
        else m.f64[p >>> 3] = f;
        return;
      }
      case Kind.String:
        s.convertString(verb, tok);
        storePtr(env, p, u32[tok >>> 2]!);
        store64(m.i32, u32, p + 8, int(tok + 8));
        return;
      case Kind.Slice:
        if (e.elem?.kind === Kind.Uint8) {
          // We scan to a string and copy it, as Go's []byte(s.convertString(verb)).
          s.convertString(verb, tok);
          const n = int(tok + 8);
          const b = env.rt.makeslice(env.rt.types.uint8, n, n);
          m.u8.copyWithin(b, u32[tok >>> 2]!, u32[tok >>> 2]! + n);
          storePtr(env, p, b);
          store64(m.i32, u32, p + 8, n);
          store64(m.i32, u32, p + 16, n);
          return;
        }
    }
    s.errorString(`can't scan type: ${t.str}`);
  };
  const storeInt = (p: number, e: Type, v: bigint): void => {
    switch (e.size) {
      case 8:
        store64(m.i32, u32, p, canon(v));
        return;
      case 4:
        u32[p >>> 2] = Number(BigInt.asUintN(32, v));
        return;
      case 2:
        m.u16[p >>> 1] = Number(BigInt.asUintN(16, v));
        return;
      default:
        m.u8[p] = Number(BigInt.asUintN(8, v));
    }
  };

  /** The operands of a ...any: the interfaces' addresses. */
  const operands = (a: number): number[] => {
    const p = u32[a >>> 2]!;
    return Array.from({ length: int(a + 8) }, (_, i) => p + i * 16);
  };

  /** doScan: each operand with %v, then (Scanln) a newline or the end. */
  const doScan = (s: State, args: number[]): number => {
    let n = 0;
    try {
      for (const arg of args) {
        scanOne(s, 'v', arg);
        n++;
      }
      if (s.nlIsEnd) {
        for (;;) {
          const r = s.getRune();
          if (r === 10 || r === eof) break;
          if (!isSpace(r)) s.errorString('expected newline');
        }
      }
    } catch (e) {
      if (e instanceof ScanStop) throw new Partial(n, e);
      throw e;
    }
    return n;
  };

  const doScanf = (s: State, format: string, args: number[]): number => {
    let n = 0;
    try {
      const end = format.length - 1;
      for (let i = 0; i <= end; ) {
        const w = advance(s, format.slice(i));
        if (w > 0) {
          i += w;
          continue;
        }
        if (format[i] !== '%') {
          if (w < 0) s.errorString('input does not match format');
          break;
        }
        i++;
        let wid = 0;
        let widPresent = false;
        while (i <= end && format[i]! >= '0' && format[i]! <= '9') {
          wid = wid * 10 + format.charCodeAt(i) - 48;
          widPresent = true;
          i++;
        }
        s.maxWid = widPresent ? wid : hugeWid;
        const c = String.fromCodePoint(format.codePointAt(i)!);
        i += c.length;
        if (c !== 'c') s.skipSpace();
        if (c === '%') {
          s.skipSpace();
          s.notEOF();
          if (!s.accept('%')) s.errorString('missing literal %');
          continue;
        }
        s.argLimit = s.limit;
        if (s.count + s.maxWid < s.argLimit) s.argLimit = s.count + s.maxWid;
        if (n >= args.length) {
          s.errorString(`too few operands for format '%${format.slice(i - c.length)}'`);
        }
        scanOne(s, c, args[n]!);
        n++;
        s.argLimit = s.limit;
      }
      if (n < args.length) s.errorString('too many operands');
    } catch (e) {
      if (e instanceof ScanStop) throw new Partial(n, e);
      throw e;
    }
    return n;
  };

  /** advance: matches the format's spaces, newlines and literals against the input (scan.go's rules). */
  const advance = (s: State, format: string): number => {
    let i = 0;
    while (i < format.length) {
      let fmtc = format.codePointAt(i)!;
      let w = fmtc > 0xffff ? 2 : 1;
      if (isSpace(fmtc)) {
        let newlines = 0;
        let trailingSpace = false;
        while (isSpace(fmtc) && i < format.length) {
          if (fmtc === 10) {
            newlines++;
            trailingSpace = false;
          } else trailingSpace = true;
          i += w;
          fmtc = i < format.length ? format.codePointAt(i)! : 0xfffd;
          w = fmtc > 0xffff ? 2 : 1;
        }
        for (let j = 0; j < newlines; j++) {
          let inputc = s.getRune();
          while (isSpace(inputc) && inputc !== 10) inputc = s.getRune();
          if (inputc !== 10 && inputc !== eof) s.errorString('newline in format does not match input');
        }
        if (trailingSpace) {
          let inputc = s.getRune();
          if (newlines === 0) {
            if (!isSpace(inputc) && inputc !== eof) s.errorString('expected space in input to match format');
            if (inputc === 10) s.errorString('newline in input does not match format');
          }
          while (isSpace(inputc) && inputc !== 10) inputc = s.getRune();
          if (inputc !== eof) s.unreadRune();
        }
        continue;
      }
      if (fmtc === 0x25) {
        if (i + w === format.length) s.errorString('missing verb: % at end of format string');
        if (format[i + w] !== '%') return i;
        i += w;
      }
      const inputc = s.mustReadRune();
      if (fmtc !== inputc) {
        s.unreadRune();
        return -1;
      }
      i += w;
    }
    return i;
  };

  const goString = (addr: number): string =>
    Buffer.from(m.u8.subarray(u32[addr >>> 2]!, u32[addr >>> 2]! + int(addr + 8))).toString('utf8');
  /** Sscan*'s str moves to the heap: new(string), as (*stringReader)(&str) makes it escape. */
  const sscanSource = (str: number): RuneSource => {
    const h = env.rt.new(env.rt.types.string);
    storePtr(env, h, u32[str >>> 2]!);
    store64(m.i32, u32, h + 8, int(str + 8));
    const p = u32[str >>> 2]!;
    return stringSource(m.u8.subarray(p, p + int(str + 8)));
  };
  const stdinIface = (): number => {
    // os.Stdin as an io.Reader: *os.File fd 0 (its value is read straight from the run's stdin).
    const at = env.scratch + 176;
    u32[at >>> 2] = fileTypeWord(env);
    u32[(at + 8) >>> 2] = 0;
    return at;
  };
  const stdinSource = (): [RuneSource, boolean] => readerSource(stdinIface());

  return {
    Sscan: (_fv: number, res: number, str: number, a: number): void =>
      run(res, sscanSource(str), true, true, false, (s) => doScan(s, operands(a))),
    Sscanln: (_fv: number, res: number, str: number, a: number): void =>
      run(res, sscanSource(str), true, false, true, (s) => doScan(s, operands(a))),
    Sscanf: (_fv: number, res: number, str: number, format: number, a: number): void =>
      run(res, sscanSource(str), true, false, false, (s) => doScanf(s, goString(format), operands(a))),
    Fscan: (_fv: number, res: number, r: number, a: number): void => {
      const [src, rs] = readerSource(r);
      run(res, src, !rs, true, false, (s) => doScan(s, operands(a)));
    },
    Fscanln: (_fv: number, res: number, r: number, a: number): void => {
      const [src, rs] = readerSource(r);
      run(res, src, !rs, false, true, (s) => doScan(s, operands(a)));
    },
    Fscanf: (_fv: number, res: number, r: number, format: number, a: number): void => {
      const [src, rs] = readerSource(r);
      run(res, src, !rs, false, false, (s) => doScanf(s, goString(format), operands(a)));
    },
    Scan: (_fv: number, res: number, a: number): void => {
      const [src] = stdinSource();
      run(res, src, true, true, false, (s) => doScan(s, operands(a)));
    },
    Scanln: (_fv: number, res: number, a: number): void => {
      const [src] = stdinSource();
      run(res, src, true, false, true, (s) => doScan(s, operands(a)));
    },
    Scanf: (_fv: number, res: number, format: number, a: number): void => {
      const [src] = stdinSource();
      run(res, src, true, false, false, (s) => doScanf(s, goString(format), operands(a)));
    },
  };
}

const runeAreas = new WeakMap<Env, number>();

/** A result area for a RuneScanner's ReadRune (rune, size int, err error) and UnreadRune (error). */
function runeArea(env: Env): number {
  let a = runeAreas.get(env);
  if (a === undefined) {
    a = rodataAlloc(env, 32);
    runeAreas.set(env, a);
  }
  return a;
}

/** A scan stopped after n operands: the count and the error. */
class Partial {
  constructor(
    readonly n: number,
    readonly stop: ScanStop,
  ) {}
}

function fullRune(b: number[]): boolean {
  const c = b[0]!;
  if (c < 0xc2 || c > 0xf4) return true;
  const need = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
  return b.length >= need;
}

/** The type word of *os.File (os.Stdin's dynamic type). */
function fileTypeWord(env: Env): number {
  const T = env.rt.types;
  return T.ptr(stdType(env, 'os.File', () => T.struct('os.File', { fd: T.int }))).id + 1;
}
