// unicode: the character classes and simple case mappings of runes.
//
// Mirrors Go's unicode/graphic.go, letter.go (IsLetter, IsDigit, IsNumber,
// IsSpace, IsUpper, IsLower, IsTitle, IsPunct, IsControl, IsMark, IsSymbol,
// IsPrint, IsGraphic, ToUpper, ToLower, ToTitle, SimpleFold is absent). Go's
// tables are Unicode 13.0.0; these use JavaScript's Unicode property escapes
// (the ICU of the running Node, Unicode 15 in Node 20), so they agree with Go
// on every rune Unicode 13 assigned and may call a later addition a letter
// where Go does not. The ASCII and Latin-1 answers are Go's own fast paths.
//
// Case mapping is Unicode's simple (one rune to one rune) mapping: JavaScript's
// toUpperCase/toLowerCase where they give one code point, the rune itself where
// they expand it (ß, ŉ, …), and the few simple mappings the full mapping
// hides (İ → i, the Greek iota-subscript letters), and Go's (Unicode 13)
// answer for the few runes later versions re-classified or gave a case. ToTitle is ToUpper except for the four titlecase digraph
// triples and the Georgian letters whose title case is themselves.

import type { Env, GoFunc } from '../codegen/env.js';

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

/** The simple mappings the full (JavaScript) mapping hides behind an expansion. */
const simpleLower = new Map([[0x130, 0x69]]);
const simpleUpper = new Map([
  [0x1fb3, 0x1fbc],
  [0x1fc3, 0x1fcc],
  [0x1ff3, 0x1ffc],
]);
/** Greek letters with ypogegrammeni: their simple upper (and title) case is the prosgegrammeni form, 8 on. */
function iotaSubscript(r: number): boolean {
  return (r >= 0x1f80 && r <= 0x1f87) || (r >= 0x1f90 && r <= 0x1f97) || (r >= 0x1fa0 && r <= 0x1fa7);
}
/** Runes Unicode 13 had, whose uppercase letters came later (Unicode 16): Go maps them to themselves. */
const laterUpper = new Set([0x19b, 0x264]);
/** Runes whose category changed after Unicode 13 (ʕ, Ll then): Go's answer. */
const wasLower = new Set([0x295]);
/** The titlecase digraphs: each of the triple's title case is the middle one. */
const titleDigraph = new Map<number, number>();
for (const t of [0x1c5, 0x1c8, 0x1cb, 0x1f2]) for (const r of [t - 1, t, t + 1]) titleDigraph.set(r, t);

function simpleCase(r: number, up: boolean): number {
  if (r < 0 || r > maxRune || (r >= 0xd800 && r <= 0xdfff)) return r;
  if (r < 0x80) {
    if (up) return r >= 97 && r <= 122 ? r - 32 : r;
    return r >= 65 && r <= 90 ? r + 32 : r;
  }
  if (up) {
    if (iotaSubscript(r)) return r + 8;
    const u = simpleUpper.get(r);
    if (u !== undefined) return u;
    if (laterUpper.has(r)) return r;
  } else {
    const l = simpleLower.get(r);
    if (l !== undefined) return l;
  }
  const s = String.fromCodePoint(r);
  const m = up ? s.toUpperCase() : s.toLowerCase();
  const c = m.codePointAt(0)!;
  return m.length === String.fromCodePoint(c).length ? c : r;
}

export function toUpper(r: number): number {
  return simpleCase(r, true);
}

export function toLower(r: number): number {
  return simpleCase(r, false);
}

export function toTitle(r: number): number {
  const d = titleDigraph.get(r);
  if (d !== undefined) return d;
  if ((r >= 0x10d0 && r <= 0x10fa) || (r >= 0x10fd && r <= 0x10ff)) return r;
  return simpleCase(r, true);
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
  };
}
