// unicode: the character classes and simple case mappings of runes.
//
// Mirrors Go's unicode/graphic.go, letter.go (IsLetter, IsDigit, IsNumber,
// IsSpace, IsUpper, IsLower, IsTitle, IsPunct, IsControl, IsMark, IsSymbol,
// IsPrint, IsGraphic, ToUpper, ToLower, ToTitle, SimpleFold). Go's
// tables are Unicode 13.0.0; these use JavaScript's Unicode property escapes
// (the ICU of the running Node, Unicode 15 in Node 20), so they agree with Go
// on every rune Unicode 13 assigned and may call a later addition a letter
// where Go does not. The ASCII and Latin-1 answers are Go's own fast paths.
//
// Case mapping is Go's: ToUpper, ToLower, ToTitle and SimpleFold search Go's
// own tables (casetables.ts, Unicode 13.0.0), one rune to one rune, where
// JavaScript's toUpperCase/toLowerCase would expand runes (ß, İ), apply a
// later Unicode's mappings, and have no title case.

import type { Env, GoFunc } from '../codegen/env.js';
import { caseOrbit, caseRanges, upperLower } from './casetables.js';

const maxRune = 0x10ffff;

function prop(re: RegExp): (r: number) => boolean {
  return (r) => r >= 0 && r <= maxRune && re.test(String.fromCodePoint(r));
}

const letter = prop(/^\p{L}$/u);
const digit = prop(/^\p{Nd}$/u);
const number = prop(/^\p{N}$/u);
const upper = prop(/^\p{Lu}$/u);
const lower = prop(/^\p{Ll}$/u);
const title = prop(/^\p{Lt}$/u);
const punct = prop(/^\p{P}$/u);
const mark = prop(/^\p{M}$/u);
const symbol = prop(/^\p{S}$/u);
const graphicBase = prop(/^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u);
const printBase = prop(/^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u);

export function isLetter(r: number): boolean {
  if (r >= 0 && r < 0x80) return (r >= 65 && r <= 90) || (r >= 97 && r <= 122);
  return letter(r);
}

export function isDigit(r: number): boolean {
  if (r >= 0 && r <= 0xff) return r >= 48 && r <= 57;
  return digit(r);
}

/** Go's IsSpace: the Latin-1 spaces, then the White_Space property. */
export function isSpace(r: number): boolean {
  if (r >= 0 && r <= 0xff)
    return r === 9 || r === 10 || r === 11 || r === 12 || r === 13 || r === 32 || r === 0x85 || r === 0xa0;
  return (
    r === 0x1680 ||
    (r >= 0x2000 && r <= 0x200a) ||
    r === 0x2028 ||
    r === 0x2029 ||
    r === 0x202f ||
    r === 0x205f ||
    r === 0x3000
  );
}

export function isUpper(r: number): boolean {
  if (r >= 0 && r < 0x80) return r >= 65 && r <= 90;
  return upper(r);
}

/** Runes whose category changed after Unicode 13 (ʕ, Ll then): Go's answer. */
const wasLower = new Set([0x295]);

export function isLower(r: number): boolean {
  if (r >= 0 && r < 0x80) return r >= 97 && r <= 122;
  return wasLower.has(r) || lower(r);
}

export function isControl(r: number): boolean {
  return (r >= 0 && r < 0x20) || (r >= 0x7f && r < 0xa0);
}

export function isGraphic(r: number): boolean {
  return graphicBase(r);
}

/** IsPrint: graphic, with U+0020 the only space. */
export function isPrint(r: number): boolean {
  return r === 0x20 || printBase(r);
}

/**
 * unicode.To: the rune's mapping in _CaseRanges (c: 0 upper, 1 lower, 2
 * title), or the rune itself when no range holds it.
 */
function to(c: 0 | 1 | 2, r: number): number {
  let lo = 0;
  let hi = caseRanges.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    const cr = caseRanges[m]!;
    if (cr[0]! <= r && r <= cr[1]!) {
      const delta = cr[2 + c]!;
      // Upper-Lower sequences alternate from an upper case letter: upper and
      // title case are the even offsets, lower case the odd ones.
      if (delta === upperLower) return cr[0]! + (((r - cr[0]!) & ~1) | (c & 1));
      return r + delta;
    }
    if (r < cr[0]!) hi = m;
    else lo = m + 1;
  }
  return r;
}

export function toUpper(r: number): number {
  if (r < 0x80) return r >= 97 && r <= 122 ? r - 32 : r;
  return to(0, r);
}

export function toLower(r: number): number {
  if (r < 0x80) return r >= 65 && r <= 90 ? r + 32 : r;
  return to(1, r);
}

export function toTitle(r: number): number {
  if (r < 0x80) return r >= 97 && r <= 122 ? r - 32 : r;
  return to(2, r);
}

/**
 * SimpleFold: the next rune after r in its case-folding orbit, wrapping
 * around; caseOrbit lists the orbits of more than two runes, the others are
 * r with its lower or upper case.
 */
export function simpleFold(r: number): number {
  if (r < 0 || r > maxRune) return r;
  if (r < 0x80) {
    // asciiFold: k and s continue to the Kelvin sign and long s.
    if (r >= 65 && r <= 90) return r + 32;
    if (r >= 97 && r <= 122) return r === 0x6b ? 0x212a : r === 0x73 ? 0x17f : r - 32;
    return r;
  }
  let lo = 0;
  let hi = caseOrbit.length / 2;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (caseOrbit[2 * m]! < r) lo = m + 1;
    else hi = m;
  }
  if (2 * lo < caseOrbit.length && caseOrbit[2 * lo] === r) return caseOrbit[2 * lo + 1]!;
  const l = toLower(r);
  return l !== r ? l : toUpper(r);
}

export const blocking: ReadonlySet<string> = new Set();

export function unicode(_env: Env): Record<string, GoFunc> {
  const pred =
    (f: (r: number) => boolean): GoFunc =>
    (_fv: number, r: number): boolean =>
      f(r);
  const map =
    (f: (r: number) => number): GoFunc =>
    (_fv: number, r: number): number =>
      f(r);
  return {
    IsLetter: pred(isLetter),
    IsDigit: pred(isDigit),
    IsNumber: pred((r) =>
      r >= 0 && r <= 0xff
        ? (r >= 48 && r <= 57) || r === 0xb2 || r === 0xb3 || r === 0xb9 || (r >= 0xbc && r <= 0xbe)
        : number(r),
    ),
    IsSpace: pred(isSpace),
    IsUpper: pred(isUpper),
    IsLower: pred(isLower),
    IsTitle: pred((r) => r >= 0x80 && title(r)),
    IsPunct: pred(punct),
    IsControl: pred(isControl),
    IsMark: pred(mark),
    IsSymbol: pred(symbol),
    IsPrint: pred(isPrint),
    IsGraphic: pred(isGraphic),
    ToUpper: map(toUpper),
    ToLower: map(toLower),
    ToTitle: map(toTitle),
    SimpleFold: map(simpleFold),
  };
}
