// The runtime's clocks (Go's nanotime and walltime, runtime/time_nofake.go).
//
// nanotime is monotonic, for durations and pacing. walltime gives Unix-epoch
// nanoseconds for MemStats.LastGC and PauseEnd: Date.now() has only millisecond
// resolution, so the monotonic clock is anchored at the process's wall-clock
// origin instead.

/** Nanoseconds on a monotonic clock. */
export function nanotime(): number {
  return Math.round(performance.now() * 1e6);
}

/** Unix-epoch nanoseconds of the monotonic instant `mono` (a nanotime() value). */
export function walltime(mono: number): number {
  return Math.round(performance.timeOrigin * 1e6 + mono);
}
