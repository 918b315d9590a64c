// The GC controller, first cut: Go 1.19's GOGC heap goal (heapMinimum =
// 4 MiB × GOGC/100; goal = heapMarked + (heapMarked + globals) × GOGC/100), a
// trigger at 45/64 of the runway, and an assist ratio of scan work remaining over
// heap remaining. Go 1.19's full controller (runway from the cons/mark estimate,
// trigger bounds, memory limit, worker split) replaces it.
export const defaultHeapMinimum = 4 << 20;
export function readGOGC(v: string | undefined): number {
  if (v === 'off') return -1;
  if (v !== undefined && /^[+-]?\d+$/.test(v)) return Number.parseInt(v, 10);
  return 100;
}
export class GCController {
  heapMinimum: number;
  heapLive = 0;
  heapScan = 0;
  heapMarked = 0;
  lastHeapScan = 0;
  maxStackScan = 0;
  globalsScan = 0;
  assistWorkPerByte = 0;
  assistBytesPerWork = 0;
  bgScanCredit = 0;
  heapScanWork = 0;
  stackScanWork = 0;
  globalsScanWork = 0;
  mappedReady: () => number = () => 0;
  constructor(
    public gcPercent: number,
    public memoryLimit: number,
  ) {
    this.heapMinimum = gcPercent < 0 ? 0 : (defaultHeapMinimum * gcPercent) / 100;
  }
  update(dHeapLive: number, dHeapScan: number): void {
    this.heapLive += dHeapLive;
    this.heapScan += dHeapScan;
    if (this.assistWorkPerByte > 0) this.revise();
  }
  addGlobals(bytes: number): void {
    this.globalsScan += bytes;
  }
  resetLive(bytesMarked: number): void {
    this.heapMarked = bytesMarked;
    this.heapLive = bytesMarked;
    this.lastHeapScan = this.heapScanWork;
    this.heapScan = this.heapScanWork;
    this.assistWorkPerByte = 0;
  }
  heapGoal(): number {
    if (this.gcPercent < 0) return Number.MAX_SAFE_INTEGER;
    return Math.max(
      this.heapMinimum,
      this.heapMarked + ((this.heapMarked + this.globalsScan) * this.gcPercent) / 100,
    );
  }
  trigger(): number {
    const goal = this.heapGoal();
    return this.heapMarked + ((goal - this.heapMarked) / 64) * 45;
  }
  startCycle(_now: number, _procs: number, _forced: boolean): void {
    this.heapScanWork = 0;
    this.bgScanCredit = 0;
    this.revise();
  }
  revise(): void {
    const goal = this.heapGoal();
    const scanRemaining = Math.max(this.heapScan - this.heapScanWork, 1000);
    const heapRemaining = Math.max(goal - this.heapLive, 1000);
    this.assistWorkPerByte = scanRemaining / heapRemaining;
    this.assistBytesPerWork = heapRemaining / scanRemaining;
  }
  setGCPercent(n: number): number {
    const prev = this.gcPercent;
    this.gcPercent = n < 0 ? -1 : n;
    this.heapMinimum = this.gcPercent < 0 ? 0 : (defaultHeapMinimum * this.gcPercent) / 100;
    return prev;
  }
  endCycle(_now: number, _procs: number, _forced: boolean): void {}
}
