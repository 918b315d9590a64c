// The errors the runtime raises, worded as Go words them.
//
// Mirrors Go's runtime/error.go (runtime.Error, boundsError) and panic.go (throw,
// fatal errors). A RuntimeError is what Go panics with: its message is Go's
// Error() text, e.g. "runtime error: index out of range [5] with length 3", and Go
// prints it as "panic: " + message. A FatalError is Go's throw: "fatal error: " +
// message, which no recover can catch; `detail` carries the line Go prints before
// it (e.g. "runtime: out of memory: cannot allocate ..."). Every operation checks
// before it mutates, so either error leaves the heap as it was.

export class RuntimeError extends Error {
  /** plain: Go's plainError, a runtime.Error whose text has no "runtime error: " prefix. */
  constructor(message: string, plain = false) {
    super(plain ? message : `runtime error: ${message}`);
    this.name = 'RuntimeError';
  }
}

export class FatalError extends Error {
  constructor(
    message: string,
    readonly detail = '',
  ) {
    super(message);
    this.name = 'FatalError';
  }

  /** What Go prints on stderr. */
  report(): string {
    return `${this.detail === '' ? '' : `${this.detail}\n`}fatal error: ${this.message}`;
  }
}

export function nilPanic(): never {
  throw new RuntimeError('invalid memory address or nil pointer dereference');
}

/** goPanicIndex: x[i] with i outside [0, len). Compiled code's 64-bit indexes may be bigints (vlrt.ts). */
export function panicIndex(i: number | bigint, len: number): never {
  throw new RuntimeError(`index out of range [${i}] with length ${len}`);
}

/** goPanicSliceAcap: s[:high] with high > cap. */
export function panicSliceAcap(high: number | bigint, cap: number): never {
  throw new RuntimeError(`slice bounds out of range [:${high}] with capacity ${cap}`);
}

/** goPanicSliceAlen: s[:high] of a string or array with high > len. */
export function panicSliceAlen(high: number | bigint, len: number): never {
  throw new RuntimeError(`slice bounds out of range [:${high}] with length ${len}`);
}

/** goPanicSliceB: s[low:high] with low > high. */
export function panicSliceB(low: number | bigint, high: number | bigint): never {
  throw new RuntimeError(`slice bounds out of range [${low}:${high}]`);
}

/** makeslice: len or cap out of range. */
export function panicMakeslice(what: 'len' | 'cap'): never {
  throw new RuntimeError(`makeslice: ${what} out of range`);
}
