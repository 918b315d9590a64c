// Strings: immutable bytes in noscan memory behind a two-word header {str, len}.
//
// Mirrors Go's runtime/string.go (rawstring, gostringnocopy) and utf8.go
// (decoderune: an invalid byte is one U+FFFD of width 1). The bytes are
// allocated without pointer bits, so small strings go through the tiny allocator
// exactly as Go's do (a 5-byte string shares a 16-byte block). JS strings are
// stored as UTF-8, Go's encoding, so len() counts bytes as Go does.

import type { Arena } from './arena.js';

const encoder = new TextEncoder();
// ignoreBOM: a leading U+FEFF is part of a Go string, not a byte-order mark to drop.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

// Bytes that are not UTF-8 survive the trip through a JS string: readUTF8
// turns each invalid byte b (0x80–0xFF) into the lone surrogate U+DC00+b,
// which no well-formed text holds, and the encoders below turn it back into
// b (Python's surrogateescape). So fmt.Sprint("\xff") is "\xff" again and
// printing a string writes its own bytes, as Go does. A paired low surrogate
// (half of an astral character) is not an escape.
const escapedByte = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;
const escapedBytes = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g;

/** s holds an escaped byte (an ASCII string cannot: its UTF-8 is its length). */
function hasEscape(s: string, utf8Len: number): boolean {
  return utf8Len !== s.length && escapedByte.test(s);
}

/** UTF-8 length of s, without encoding it; an escaped byte is one byte. */
export function utf8Length(s: string): number {
  const n = Buffer.byteLength(s, 'utf8');
  if (!hasEscape(s, n)) return n;
  // Each escape was counted as U+FFFD's three bytes.
  return n - 2 * (s.match(escapedBytes)?.length ?? 0);
}

/** Writes s as UTF-8 at addr (n = utf8Length(s) bytes are reserved there). */
export function writeUTF8(arena: Arena, addr: number, n: number, s: string): void {
  encodeInto(s, arena.u8.subarray(addr, addr + n));
}

/** s as UTF-8 bytes, escaped bytes as themselves. */
export function encodeUTF8(s: string): Uint8Array {
  const out = new Uint8Array(utf8Length(s));
  encodeInto(s, out);
  return out;
}

/** Encodes s into out, which holds utf8Length(s) bytes. */
function encodeInto(s: string, out: Uint8Array): void {
  // An escape would take U+FFFD's three bytes where out has room for one, so
  // a string that fits whole has none.
  const whole = encoder.encodeInto(s, out);
  if (whole.read === s.length && whole.written === out.length) return;
  let o = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc80 || c > 0xdcff) continue;
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
    if (prev >= 0xd800 && prev <= 0xdbff) continue;
    o += encoder.encodeInto(s.slice(start, i), out.subarray(o)).written;
    out[o++] = c & 0xff;
    start = i + 1;
  }
  encoder.encodeInto(s.slice(start), out.subarray(o));
}

/**
 * Reads n bytes at addr as a JS string; each byte that is not part of valid
 * UTF-8 is escaped (above). TextDecoder would replace a truncated sequence
 * ("\xe2\x82") with a single U+FFFD, so a decoded string holding U+FFFD is
 * decoded again rune by rune.
 */
export function readUTF8(arena: Arena, addr: number, n: number): string {
  return n === 0 ? '' : decodeUTF8(arena.u8.subarray(addr, addr + n));
}

/** The bytes b as a JS string, escaping the bytes that are not UTF-8 (readUTF8). */
export function decodeUTF8(b: Uint8Array): string {
  const n = b.length;
  const s = decoder.decode(b);
  if (!s.includes('\ufffd')) return s;
  let out = '';
  for (let i = 0; i < n; ) {
    const [r, w] = decodeRune(b, i);
    out += r === 0xfffd && w === 1 ? String.fromCharCode(0xdc00 | b[i]!) : String.fromCodePoint(r);
    i += w;
  }
  return out;
}

/** Decodes one rune at b[i]: [rune, width]; invalid encodings are [0xfffd, 1] (utf8.DecodeRune). */
export function decodeRune(b: Uint8Array, i: number): [number, number] {
  const n = b.length - i;
  const c0 = b[i]!;
  if (c0 < 0x80) return [c0, 1];
  const cont = (k: number): number => {
    const c = b[i + k];
    return c !== undefined && (c & 0xc0) === 0x80 ? c & 0x3f : -1;
  };
  if (c0 >= 0xc2 && c0 < 0xe0 && n >= 2) {
    const c1 = cont(1);
    if (c1 >= 0) return [((c0 & 0x1f) << 6) | c1, 2];
  } else if (c0 >= 0xe0 && c0 < 0xf0 && n >= 3) {
    const c1 = cont(1);
    const c2 = cont(2);
    const lo = c0 === 0xe0 ? 0x20 : 0;
    const hi = c0 === 0xed ? 0x1f : 0x3f;
    if (c1 >= lo && c1 <= hi && c2 >= 0) return [((c0 & 0xf) << 12) | (c1 << 6) | c2, 3];
  } else if (c0 >= 0xf0 && c0 < 0xf5 && n >= 4) {
    const c1 = cont(1);
    const c2 = cont(2);
    const c3 = cont(3);
    const lo = c0 === 0xf0 ? 0x10 : 0;
    const hi = c0 === 0xf4 ? 0x0f : 0x3f;
    if (c1 >= lo && c1 <= hi && c2 >= 0 && c3 >= 0) {
      return [((c0 & 7) << 18) | (c1 << 12) | (c2 << 6) | c3, 4];
    }
  }
  return [0xfffd, 1];
}
