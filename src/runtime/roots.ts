// Roots: the pointers outside the heap that keep heap objects alive.
//
// Go's roots are goroutine stacks and globals (runtime/mgcmark.go markroot). A
// TypeScript program has neither, so gomem gives it two kinds, in the manner of
// V8's HandleScope:
//
//   handle stack  slots 0..top, grouped by open scopes; closing a scope drops every
//                 slot it pushed (like a returning stack frame)
//   globals       permanent slots, like Go's package-level variables
//
//   stack:  [ s0 s1 s2 | s3 s4 | s5 ]        scopes: [0, 3, 5]   top = 6
//                         ^ inner scope          each scope remembers its base
//
// Slots hold addresses (numbers) in typed arrays the collector can scan. Each slot
// has a generation; a Handle remembers the generation it was made in, so using it
// after its scope closed (and the slot was reused) is caught and reported. Every
// address stored in a root is first checked by the runtime's pointer validator.

export type PointerCheck = (p: number) => void;
/** Told of every global write (old value, new value): Go writes globals with the barrier. */
export type GlobalWrite = (old: number, p: number) => void;

export class Roots {
  stack = new Uint32Array(1024);
  private gens = new Uint32Array(1024);
  top = 0;
  private readonly scopeBases: number[] = [];
  globals = new Uint32Array(64);
  nglobals = 0;
  private readonly globalNames: string[] = [];
  /** Told after a scope closed (reference counting frees what only it held), or null. */
  scopeClosed: (() => void) | null = null;

  constructor(
    readonly checkPointer: PointerCheck,
    readonly globalWrite: GlobalWrite,
  ) {}

  /** Opens a scope: handles made until it closes are roots until then. */
  openScope(): HandleScope {
    this.scopeBases.push(this.top);
    return new HandleScope(this, this.scopeBases.length, this.top);
  }

  closeScope(scope: HandleScope): void {
    if (this.scopeBases.length !== scope.depth) {
      throw new Error('gomem: handle scopes must close innermost first');
    }
    const base = this.scopeBases.pop()!;
    for (let i = base; i < this.top; i++) {
      this.stack[i] = 0;
      this.gens[i]!++;
    }
    this.top = base;
    if (this.scopeClosed !== null) this.scopeClosed();
  }

  /** Pushes p as a root of the innermost scope; returns its slot. */
  push(p: number): number {
    if (this.scopeBases.length === 0) throw new Error('gomem: no open handle scope');
    this.checkPointer(p);
    if (this.top === this.stack.length) this.growStack();
    const i = this.top++;
    this.stack[i] = p;
    return i;
  }

  generation(slot: number): number {
    return this.gens[slot]!;
  }

  /** A permanent root slot, like a Go global variable; named for diagnostics. */
  addGlobal(name: string): Global {
    if (this.nglobals === this.globals.length) {
      const bigger = new Uint32Array(this.globals.length * 2);
      bigger.set(this.globals);
      this.globals = bigger;
    }
    this.globalNames.push(name);
    return new Global(this, this.nglobals++);
  }

  globalName(i: number): string {
    return this.globalNames[i]!;
  }

  private growStack(): void {
    const stack = new Uint32Array(this.stack.length * 2);
    stack.set(this.stack);
    this.stack = stack;
    const gens = new Uint32Array(this.gens.length * 2);
    gens.set(this.gens);
    this.gens = gens;
  }
}

export class HandleScope {
  private closed = false;

  constructor(
    private readonly roots: Roots,
    readonly depth: number,
    readonly base: number,
  ) {}

  /** Roots p for the life of this scope. */
  handle(p: number): Handle {
    this.assertOpen();
    const slot = this.roots.push(p);
    return new Handle(this.roots, slot, this.roots.generation(slot));
  }

  close(): void {
    if (this.closed) return;
    this.roots.closeScope(this);
    this.closed = true;
  }

  [Symbol.dispose](): void {
    this.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('gomem: handle scope used after it was closed');
  }
}

export class Handle {
  constructor(
    private readonly roots: Roots,
    private readonly slot: number,
    private readonly gen: number,
  ) {}

  get(): number {
    this.check();
    return this.roots.stack[this.slot]!;
  }

  set(p: number): void {
    this.check();
    this.roots.checkPointer(p);
    this.roots.stack[this.slot] = p;
  }

  private check(): void {
    if (this.roots.generation(this.slot) !== this.gen) {
      throw new Error('gomem: handle used after its scope was closed');
    }
  }
}

/** A global root: a named slot that stays a root for the runtime's life. */
export class Global {
  constructor(
    private readonly roots: Roots,
    readonly index: number,
  ) {}

  get name(): string {
    return this.roots.globalName(this.index);
  }

  get(): number {
    return this.roots.globals[this.index]!;
  }

  set(p: number): void {
    this.roots.checkPointer(p);
    this.roots.globalWrite(this.roots.globals[this.index]!, p);
    this.roots.globals[this.index] = p;
  }
}
