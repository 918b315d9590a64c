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

/** UTF-8 length of s, without encoding it. */
export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Writes s as UTF-8 at addr (n = utf8Length(s) bytes are reserved there). */
export function writeUTF8(arena: Arena, addr: number, n: number, s: string): void {
  encoder.encodeInto(s, arena.u8.subarray(addr, addr + n));
}

/**
 * Reads n bytes at addr as a JS string, each invalid byte one U+FFFD as Go's
 * range and []rune decode it. TextDecoder replaces a truncated sequence
 * ("\xe2\x82") with a single U+FFFD, so a decoded string holding U+FFFD is
 * decoded again rune by rune.
 */
export function readUTF8(arena: Arena, addr: number, n: number): string {
  if (n === 0) return '';
  const b = arena.u8.subarray(addr, addr + n);
  const s = decoder.decode(b);
  if (!s.includes('\ufffd')) return s;
  let out = '';
  for (let i = 0; i < n; ) {
    const [r, w] = decodeRune(b, i);
    out += String.fromCodePoint(r);
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
