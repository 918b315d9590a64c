// Parameter leak tags (cmd/compile/internal/escape/leaks.go). For each
// parameter: the fewest dereferences on a path to the heap, and to each of
// the first seven results; "no path" is stored as 0, a path of d derefs as d+1.
export const numEscResults = 7;

// Slot 0 is the heap, slot 1+i result i.
export class Leaks {
  readonly slots: number[] = new Array(1 + numEscResults).fill(0);

  get(i: number): number {
    return this.slots[i]! - 1;
  }
  heap(): number {
    return this.get(0);
  }
  result(i: number): number {
    return this.get(1 + i);
  }
  add(i: number, derefs: number): void {
    const old = this.get(i);
    if (old < 0 || derefs < old) this.slots[i] = Math.min(derefs, 254) + 1;
  }
  empty(): boolean {
    return this.slots.every((s) => s === 0);
  }
  // optimize drops result leaks no shorter than the heap leak (leaks.go: Optimize).
  optimize(): void {
    const h = this.heap();
    if (h >= 0) for (let i = 0; i < numEscResults; i++) if (this.result(i) >= h) this.slots[1 + i] = 0;
  }
  clone(): Leaks {
    const l = new Leaks();
    this.slots.forEach((s, i) => {
      l.slots[i] = s;
    });
    return l;
  }
}
