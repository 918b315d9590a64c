// Index expressions Go compiles without a bounds check, which -m reports.
//
// Mirrors cmd/compile/internal/walk: walkIndex marks an index of an array
// (or of a constant string) Bounded when bounded(index, len) proves it in
// range, and with -m warns `index bounds check elided` for a non-constant
// one. bounded knows an unsigned value of few enough bits, x & c, x &^ c,
// unsigned x % c, x / c and x >> c. Walk runs after escape analysis, one
// function at a time in compilation order — each function, then its
// closures — so these lines follow every escape decision.

import { toBigInt } from './constant.js';
import type { Diagnostic } from './escape/escape.js';
import * as S from './syntax.js';
import { type Basic, type FuncInfo, under } from './types.js';

/** The index bounds checks -m reports as elided in fns, in compilation order. */
export function elidedBoundsChecks(fns: readonly FuncInfo[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const walk = (fn: FuncInfo): void => {
    S.inspect(fn.decl.body, (n) => {
      if (n.kind === 'FuncLit') return false;
      if (n.kind === 'IndexExpr') check(n, out);
      return true;
    });
    for (const c of fn.closures) walk(c);
  };
  for (const fn of fns) if (fn.outer === undefined) walk(fn);
  return out;
}

function check(e: S.IndexExpr, out: Diagnostic[]): void {
  if (e.index.tv?.mode === 'constant') return;
  let t = e.x.tv?.type;
  if (t === undefined) return;
  let u = under(t);
  if (u.kind === 'pointer') {
    t = u.elem;
    u = under(t);
  }
  let max: number;
  if (u.kind === 'array') max = u.len;
  else if (e.x.tv?.mode === 'constant' && e.x.tv.val?.kind === 'string')
    max = Buffer.byteLength(e.x.tv.val.v);
  else return;
  if (bounded(e.index, max)) out.push({ pos: e.pos, msg: 'index bounds check elided' });
}

/** A constant integer that fits an int32 (ir.IsSmallIntConst), or undefined. */
function smallConst(e: S.Expr): number | undefined {
  if (e.tv?.mode !== 'constant' || e.tv.val === undefined) return undefined;
  const v = toBigInt(e.tv.val);
  return v !== undefined && v >= -(2n ** 31n) && v < 2n ** 31n ? Number(v) : undefined;
}

/** bounded: whether the integer n is certainly in [0, max). */
function bounded(n0: S.Expr, max: number): boolean {
  const n = S.unparen(n0);
  const t = n.tv?.type;
  if (t === undefined) return false;
  const u = under(t);
  if (u.kind !== 'basic' || !isIntegerBasic(u)) return false;
  const sign = !u.name.startsWith('u');
  let bits = sizeBits(u);
  const c = smallConst(n);
  if (c !== undefined) return c >= 0 && c < max;
  if (n.kind === 'Operation' && n.y !== undefined) {
    switch (n.op) {
      case '&':
      case '&^': {
        let v = -1n;
        const cx = smallConst(n.x);
        const cy = smallConst(n.y);
        if (cx !== undefined) v = BigInt(cx);
        else if (cy !== undefined) {
          v = BigInt(cy);
          if (n.op === '&^') {
            // ^v, then (unsigned) the type's bits of it, in int64 arithmetic.
            v = ~v;
            if (!sign) v &= BigInt.asIntN(64, (1n << BigInt(bits)) - 1n);
          }
        }
        if (v >= 0n && v < BigInt(max)) return true;
        break;
      }
      case '%': {
        const cy = smallConst(n.y);
        if (!sign && cy !== undefined && cy >= 0 && cy <= max) return true;
        break;
      }
      case '/': {
        let v = smallConst(n.y);
        if (!sign && v !== undefined) {
          while (bits > 0 && v >= 2) {
            bits--;
            v >>= 1;
          }
        }
        break;
      }
      case '>>': {
        const v = smallConst(n.y);
        if (!sign && v !== undefined) {
          if (v > bits) return true;
          bits -= v;
        }
        break;
      }
    }
  }
  return !sign && bits <= 62 && 2 ** bits <= max;
}

function isIntegerBasic(u: Basic): boolean {
  return /^u?int(8|16|32|64)?$|^uintptr$/.test(u.name);
}

/** Bits of an integer type on amd64: intN's N, 64 for int, uint and uintptr. */
function sizeBits(u: Basic): number {
  const m = /(\d+)$/.exec(u.name);
  return m !== null ? Number(m[1]) : 64;
}
