// Strings: immutable bytes in noscan memory behind a two-word header {str, len}.
//
// Mirrors Go's runtime/string.go (rawstring, gostringnocopy). The bytes are
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

/** Reads n bytes at addr as a JS string (invalid UTF-8 becomes U+FFFD, as Go's range does). */
export function readUTF8(arena: Arena, addr: number, n: number): string {
  return n === 0 ? '' : decoder.decode(arena.u8.subarray(addr, addr + n));
}
