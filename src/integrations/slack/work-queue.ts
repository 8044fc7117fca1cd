export interface WorkQueueOptions {
  /** work items running at once */
  concurrency?: number;
  /** after an acknowledgement, new work waits this long for the next request of a burst */
  quietMs?: number;
  /** …but a waiting item never waits longer than this, so steady traffic cannot starve the work */
  maxHoldMs?: number;
}

/**
 * Runs chat work after the acknowledgement, a few at a time, each started from setImmediate.
 *
 * Acknowledgements come first: while requests keep arriving (each `noteArrival()` less than
 * `quietMs` after the previous one) no new work starts, because a started item holds the event
 * loop for its whole microtask chain (the embedded database runs queries synchronously) and
 * every request behind it would wait. Once the burst is over, or an item has been held for
 * `maxHoldMs`, the work runs. Slack's 3-second limit applies to the ack, not to the answer.
 */
export class WorkQueue {
  private readonly waiting: { run: () => Promise<unknown>; queuedAt: number }[] = [];
  private readonly settled = new Set<() => void>();
  private readonly concurrency: number;
  private readonly quietMs: number;
  private readonly maxHoldMs: number;
  private active = 0;
  private lastAckAt = Number.NEGATIVE_INFINITY;
  private timer?: NodeJS.Timeout;

  constructor(
    options: WorkQueueOptions = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    this.concurrency = options.concurrency ?? 4;
    this.quietMs = options.quietMs ?? 0;
    this.maxHoldMs = options.maxHoldMs ?? 0;
  }

  /** A request or envelope just arrived (it is acknowledged first): hold new work back while its burst lasts. */
  noteArrival(): void {
    this.lastAckAt = this.now();
  }

  push(work: () => Promise<unknown>): void {
    this.waiting.push({ run: work, queuedAt: this.now() });
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
      const hold = this.holdFor(this.waiting[0].queuedAt);
      if (hold > 0) {
        this.wakeIn(hold);
        return;
      }
      const { run } = this.waiting.shift()!;
      this.active += 1;
      void run()
        .catch(() => undefined)
        .finally(() => {
          this.active -= 1;
          if (this.size === 0) {
            for (const resolve of this.settled) resolve();
            this.settled.clear();
          } else setImmediate(() => this.pump());
        });
    }
  }

  /** How much longer the oldest waiting item should stay queued (0: run it now). */
  private holdFor(queuedAt: number): number {
    const now = this.now();
    const untilQuiet = this.lastAckAt + this.quietMs - now;
    const untilMaxHold = queuedAt + this.maxHoldMs - now;
    return Math.max(0, Math.min(untilQuiet, untilMaxHold));
  }

  private wakeIn(ms: number) {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pump();
    }, Math.ceil(ms));
  }
}
