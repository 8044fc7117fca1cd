/**
 * Runs chat work after the acknowledgement, a few at a time, each started from setImmediate.
 * Under a burst the event loop answers every waiting request (ack first) before it spends CPU
 * on the work behind them; Slack's 3-second limit applies to the ack, not to the answer.
 */
export class WorkQueue {
  private readonly waiting: (() => Promise<unknown>)[] = [];
  private active = 0;
  private readonly settled = new Set<() => void>();

  constructor(private readonly concurrency = 4) {}

  push(work: () => Promise<unknown>): void {
    this.waiting.push(work);
    setImmediate(() => this.pump());
  }

  get size(): number {
    return this.waiting.length + this.active;
  }

  /** Resolves when nothing is waiting or running. */
  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.settled.add(resolve));
  }

  private pump() {
    while (this.active < this.concurrency && this.waiting.length) {
      const work = this.waiting.shift()!;
      this.active += 1;
      void work()
        .catch(() => undefined)
        .finally(() => {
          this.active -= 1;
          if (this.size === 0) for (const resolve of this.settled) resolve();
          if (this.size === 0) this.settled.clear();
          else setImmediate(() => this.pump());
        });
    }
  }
}
