// The standard library of compiled Go programs, by import path.
//
// Each package module exports
//   blocking: ReadonlySet<string>   names of its generator functions (called with yield*)
//   <name>(env): Record<string, GoFunc | GoGenFunc>
// keyed by Go name: 'Println', 'Duration.String' (value receiver),
// '(*Builder).WriteString' (pointer receiver). Every function follows the
// calling convention of src/go/codegen/README.md: f(fv, [res,] p1, p2, …).
//
// init(env, global), when present, runs once before main's package
// initializers: global(name, type) is the address of the package's global
// variable `name` of that type as the front end's stub declares it (os.Args,
// os.Stdout, …), in the data segment when the program names it and in memory
// the collector scans by the type's pointer words when it does not; init
// stores the variable's initial value there (pointer words through the write
// barrier when the variable is in the heap): os (Args, Stdin, Stdout, Stderr),
// strconv (ErrRange, ErrSyntax), io (EOF).
// As in Go, a package's dependencies are initialized first: flag (which
// imports os) reads os.Args through os's init, so os.init must have run
// whenever flag is used.
//
// Standard-library types with methods (*errors.errorString, *fmt.wrapError,
// *strconv.NumError, os.File) are looked up in env.rt.types by Go's %T name and
// declared there when absent (errors.ts, stdType); their methods are appended
// to env.FN/FNG. Go-level panics from std code throw GoPanicValue
// (values.ts) carrying the panic string; runtime errors throw RuntimeError;
// os.Exit and flag's exits throw GoExit. A code generator that declares the stubs' types must look
// them up by the same names first.

import type { Type } from '../../runtime/type.js';
import type { Env, GoFunc, GoGenFunc } from '../codegen/env.js';
import * as atomic from './atomic.js';
import * as bits from './bits.js';
import * as bufio from './bufio.js';
import * as bytes from './bytes.js';
import * as debug from './debug.js';
import * as errors from './errors.js';
import * as flag from './flag.js';
import * as fmt from './fmt.js';
import * as heap from './heap.js';
import * as io from './io.js';
import * as list from './list.js';
import * as math from './math.js';
import * as os from './os.js';
import * as rand from './rand.js';
import * as runtime from './runtime.js';
import { initScan } from './scan.js';
import * as sort from './sort.js';
import * as strconv from './strconv.js';
import * as strings from './strings.js';
import * as sync from './sync.js';
import * as time from './time.js';
import * as unicode from './unicode.js';
import * as utf8 from './utf8.js';

/** The address of a standard-library package's global variable of the given type. */
export type StdGlobal = (name: string, type: Type) => number;

export interface StdPackage {
  readonly blocking: ReadonlySet<string>;
  make(env: Env): Record<string, GoFunc | GoGenFunc>;
  init?(env: Env, global: StdGlobal): void;
}

export const packages: Record<string, StdPackage> = {
  bufio: { blocking: bufio.blocking, make: bufio.bufio, init: bufio.init },
  bytes: { blocking: bytes.blocking, make: bytes.bytes },
  'container/heap': { blocking: heap.blocking, make: heap.heap },
  'container/list': { blocking: list.blocking, make: list.list_ },
  errors: { blocking: errors.blocking, make: errors.errors },
  flag: { blocking: flag.blocking, make: flag.flag },
  fmt: { blocking: fmt.blocking, make: fmt.fmt, init: initScan },
  io: { blocking: io.blocking, make: io.io, init: io.init },
  math: { blocking: math.blocking, make: math.math },
  'math/bits': { blocking: bits.blocking, make: bits.bits },
  'math/rand': { blocking: rand.blocking, make: rand.rand },
  os: { blocking: os.blocking, make: os.os, init: os.init },
  runtime: { blocking: runtime.blocking, make: runtime.runtime },
  'runtime/debug': { blocking: debug.blocking, make: debug.debug },
  sort: { blocking: sort.blocking, make: sort.sort },
  strconv: { blocking: strconv.blocking, make: strconv.strconv, init: strconv.init },
  strings: { blocking: strings.blocking, make: strings.strings },
  sync: { blocking: sync.blocking, make: sync.sync },
  'sync/atomic': { blocking: atomic.blocking, make: atomic.atomic },
  time: { blocking: time.blocking, make: time.time, init: time.init },
  unicode: { blocking: unicode.blocking, make: unicode.unicode },
  'unicode/utf8': { blocking: utf8.blocking, make: utf8.utf8 },
};
