// unicode/utf8: decoding, encoding, counting and validating UTF-8.
//
// Mirrors Go's unicode/utf8/utf8.go: an invalid encoding decodes as
// (RuneError, 1), an empty input as (RuneError, 0); DecodeLastRune looks back
// at most UTFMax bytes for a rune start; EncodeRune writes RuneError for a
// rune out of range or a surrogate and panics (index out of range) when p is
// too short; RuneLen is -1 for those. None of these allocate but AppendRune,
// whose append grows p as append does when p is full.

import { RuntimeError } from '../../runtime/panic.js';
import { decodeRune } from '../../runtime/string.js';
import type { Env, GoFunc } from '../codegen/env.js';
import { appendBytes, validUTF8 } from './strconv.js';
import { writeInt64 } from './values.js';

const runeError = 0xfffd;

export function runeLen(r: number): number {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xd800 && r <= 0xdfff) return -1;
  if (r < 0x10000) return 3;
  if (r <= 0x10ffff) return 4;
  return -1;
}

/** utf8.DecodeRune of b: [rune, size]. */
export function decode(b: Uint8Array): [number, number] {
  return b.length === 0 ? [runeError, 0] : decodeRune(b, 0);
}

/** utf8.DecodeLastRune of b: [rune, size]. */
export function decodeLast(b: Uint8Array): [number, number] {
  const end = b.length;
  if (end === 0) return [runeError, 0];
  let start = end - 1;
  if (b[start]! < 0x80) return [b[start]!, 1];
  const lim = Math.max(end - 4, 0);
  for (start--; start >= lim; start--) if ((b[start]! & 0xc0) !== 0x80) break;
  if (start < 0) start = 0;
  const [r, size] = decodeRune(b.subarray(0, end), start);
  return start + size !== end ? [runeError, 1] : [r, size];
}

/** utf8.RuneCount of b. */
export function runeCount(b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < b.length; n++) i += b[i]! < 0x80 ? 1 : decodeRune(b, i)[1];
  return n;
}

/** The UTF-8 bytes of r (RuneError's for an invalid rune). */
export function encode(r: number): Uint8Array {
  if (runeLen(r) < 0) r = runeError;
  return Buffer.from(String.fromCodePoint(r), 'utf8');
}

export const blocking: ReadonlySet<string> = new Set();

export function utf8(env: Env): Record<string, GoFunc> {
  const str = (s: number): Uint8Array => {
    const p = env.mem.u32[s >>> 2]!;
    return env.mem.u8.subarray(p, p + env.mem.u32[(s + 8) >>> 2]!);
  };
  const bytes = str; // a slice header starts with {ptr, len} like a string's
  // (rune, int): rune at res+0, size at res+8.
  const pair = (res: number, [r, size]: [number, number]): void => {
    env.mem.i32[res >>> 2] = r;
    writeInt64(env, res + 8, size);
  };
  return {
    RuneLen: (_fv: number, r: number): number => runeLen(r),
    RuneCount: (_fv: number, p: number): number => runeCount(bytes(p)),
    RuneCountInString: (_fv: number, s: number): number => runeCount(str(s)),
    Valid: (_fv: number, p: number): boolean => validUTF8(bytes(p)),
    ValidString: (_fv: number, s: number): boolean => validUTF8(str(s)),
    ValidRune: (_fv: number, r: number): boolean => runeLen(r) > 0,
    FullRune: (_fv: number, p: number): boolean => fullRune(bytes(p)),
    FullRuneInString: (_fv: number, s: number): boolean => fullRune(str(s)),
    RuneStart: (_fv: number, b: number): boolean => (b & 0xc0) !== 0x80,
    DecodeRune: (_fv: number, res: number, p: number): void => pair(res, decode(bytes(p))),
    DecodeRuneInString: (_fv: number, res: number, s: number): void => pair(res, decode(str(s))),
    DecodeLastRune: (_fv: number, res: number, p: number): void => pair(res, decodeLast(bytes(p))),
    DecodeLastRuneInString: (_fv: number, res: number, s: number): void => pair(res, decodeLast(str(s))),
    // append(p, the encoding...): one append, growing p only when its capacity is short.
    AppendRune: (_fv: number, res: number, p: number, r: number): void =>
      appendBytes(env, res, p, encode(r), 0),
    EncodeRune: (_fv: number, p: number, r: number): number => {
      const e = encode(r);
      const n = env.mem.u32[(p + 8) >>> 2]!;
      // Go indexes p from the last byte down (p[3], …): the first index out of range is reported.
      if (n < e.length) throw new RuntimeError(`index out of range [${e.length - 1}] with length ${n}`);
      env.mem.u8.set(e, env.mem.u32[p >>> 2]!);
      return e.length;
    },
  };
}

/** utf8.FullRune: whether b begins with a full encoding (an invalid one counts as full). */
function fullRune(b: Uint8Array): boolean {
  const n = b.length;
  if (n === 0) return false;
  const c = b[0]!;
  if (c < 0xc2 || c > 0xf4) return true;
  const need = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
  if (n >= need) return true;
  // A prefix already invalid decodes as a full (error) rune.
  for (let i = 1; i < n; i++) {
    const x = b[i]!;
    const lo = i === 1 ? (c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80) : 0x80;
    const hi = i === 1 ? (c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf) : 0xbf;
    if (x < lo || x > hi) return true;
  }
  return false;
}
