// GODEBUG=gctrace=1: the one-line summary Go prints to stderr after each cycle.
//
// Mirrors the gctrace block of Go's runtime/mgc.go (gcMarkTermination) and its
// number formatting (fmtNSAsMS, itoaDiv), so tools that parse Go's lines parse
// these:
//
//   gc 3 @0.008s 7%: 0.024+3.4+0.21 ms clock, 0.048+0/0.40/0.13+0.43 ms cpu, 10->17->11 MB, 12 MB goal, 0 MB stacks, 0 MB globals, 2 P
//
// clock: sweep termination + concurrent mark + mark termination (wall time);
// cpu: sweep termination + assist/background/idle + mark termination;
// heap: at trigger -> at mark end -> marked live (MB = bytes >> 20).

export interface GCTraceCycle {
  numgc: number;
  sinceStartNs: number;
  utilPercent: number;
  clock: [number, number, number];
  cpu: [number, number, number, number, number];
  heap: [number, number, number];
  goal: number;
  stacks: number;
  globals: number;
  procs: number;
  forced: boolean;
}

/** itoaDiv: v/10^dec with dec decimals. */
export function itoaDiv(v: number, dec: number): string {
  const s = String(Math.floor(v)).padStart(dec + 1, '0');
  return dec === 0 ? s : `${s.slice(0, s.length - dec)}.${s.slice(s.length - dec)}`;
}

/** fmtNSAsMS: whole milliseconds from 10 ms up, else two significant digits (at most three decimals). */
export function fmtNSAsMS(ns: number): string {
  if (ns >= 10e6) return itoaDiv(ns / 1e6, 0);
  let x = Math.floor(ns / 1e3);
  if (x === 0) return '0';
  let dec = 3;
  while (x >= 100) {
    x = Math.floor(x / 10);
    dec--;
  }
  return itoaDiv(x, dec);
}

export function formatGCTrace(c: GCTraceCycle): string {
  const mb = (n: number) => Math.floor(n / 1048576);
  const [st, as, bg, idle, mt] = c.cpu.map(fmtNSAsMS);
  return (
    `gc ${c.numgc} @${itoaDiv(c.sinceStartNs / 1e6, 3)}s ${c.utilPercent}%: ` +
    `${c.clock.map(fmtNSAsMS).join('+')} ms clock, ${st}+${as}/${bg}/${idle}+${mt} ms cpu, ` +
    `${mb(c.heap[0])}->${mb(c.heap[1])}->${mb(c.heap[2])} MB, ${mb(c.goal)} MB goal, ` +
    `${mb(c.stacks)} MB stacks, ${mb(c.globals)} MB globals, ${c.procs} P${c.forced ? ' (forced)' : ''}`
  );
}
