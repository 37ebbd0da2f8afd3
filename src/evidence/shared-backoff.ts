/**
 * One pause shared by every request of a client (the org audit's many concurrent ones): when GitHub says to
 * wait (`retry-after`, or the quota spent until `x-ratelimit-reset`), no request of the process is sent before
 * then, instead of each concurrent request finding the limit for itself and deepening it.
 */
export class SharedBackoff {
  private until = 0

  constructor(
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = ms =>
      new Promise<void>(resolve => setTimeout(resolve, ms))
  ) {}

  /** No request goes out before `untilMs` (epoch ms); a later pause already set stays. */
  pauseUntil(untilMs: number): void {
    this.until = Math.max(this.until, untilMs)
  }

  /** Resolves once the pause, if any, is over. */
  async ready(): Promise<void> {
    for (let wait = this.until - this.now(); wait > 0; wait = this.until - this.now()) await this.sleep(wait)
  }
}
