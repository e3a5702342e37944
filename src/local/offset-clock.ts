import type { Clock } from "../clock.js";

/** Real time plus a shift, so the local mode can travel forward through a trial. */
export class OffsetClock implements Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  jumpTo(at: Date): void {
    this.offsetMs = Math.max(this.offsetMs, at.getTime() - Date.now());
  }
  advanceDays(days: number): void {
    this.offsetMs += days * 24 * 3600 * 1000;
  }
}
