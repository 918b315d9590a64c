// io: the EOF sentinel.
//
// Mirrors Go's io/io.go: `var EOF = errors.New("EOF")`, one *errors.errorString
// made at initialization and held by the package variable (and a global root,
// so the standard library can return the same value: bytes.Buffer's reads).

import type { Env, GoFunc } from '../codegen/env.js';
import { errorStringPtr, errorType, makeError, writeIface } from './errors.js';
import type { StdGlobal } from './index.js';
import { storePtr } from './values.js';

const eofs = new WeakMap<Env, number>();

/** The errorString behind io.EOF, made on first use. */
function eofObject(env: Env): number {
  let p = eofs.get(env);
  if (p === undefined) {
    const tmp = env.scratch + 192;
    makeError(env, 'EOF', tmp);
    p = env.mem.u32[(tmp + 8) >>> 2]!;
    env.rt.global('io.EOF').set(p);
    eofs.set(env, p);
  }
  return p;
}

const unexpectedEOFs = new WeakMap<Env, number>();

/** err = io.ErrUnexpectedEOF at dst: errors.New("unexpected EOF"), made on first use and held by a root. */
export function writeUnexpectedEOF(env: Env, dst: number): void {
  let p = unexpectedEOFs.get(env);
  if (p === undefined) {
    const tmp = env.scratch + 192;
    makeError(env, 'unexpected EOF', tmp);
    p = env.mem.u32[(tmp + 8) >>> 2]!;
    env.rt.global('io.ErrUnexpectedEOF').set(p);
    unexpectedEOFs.set(env, p);
  }
  writeIface(env, dst, errorStringPtr(env), p);
}

/** err = io.EOF at dst (a result area or frame). */
export function writeEOF(env: Env, dst: number): void {
  writeIface(env, dst, errorStringPtr(env), eofObject(env));
}

export function init(env: Env, global: StdGlobal): void {
  const at = global('EOF', errorType(env));
  env.mem.u32[at >>> 2] = errorStringPtr(env).id + 1;
  storePtr(env, at + 8, eofObject(env));
}

export const blocking: ReadonlySet<string> = new Set();

export function io(_env: Env): Record<string, GoFunc> {
  return {};
}
