/**
 * Group commit for independent single-row writes: rows submitted while a write is on its way
 * to the database ride together in the next multi-row statement, so under load N callers
 * share one round trip instead of paying N. Every caller still waits until its own row is
 * committed, and a batch that fails is retried row by row, so one bad row fails only its
 * own caller.
 */
export class GroupCommit<T> {
  private pending: { item: T; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    private readonly options: { maxBatch: number; maxInFlight: number } = { maxBatch: 200, maxInFlight: 2 },
  ) {}

  submit(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule() {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight || !this.pending.length) return;
    this.scheduled = true;
    // rows submitted in the same turn of the event loop join this batch
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush() {
    if (this.inFlight >= this.options.maxInFlight || !this.pending.length) return;
    const batch = this.pending.splice(0, this.options.maxBatch);
    this.inFlight += 1;
    try {
      await this.write(batch.map((entry) => entry.item));
      for (const entry of batch) entry.resolve();
    } catch (error) {
      if (batch.length === 1) batch[0].reject(error);
      else await Promise.all(batch.map((entry) => this.write([entry.item]).then(entry.resolve, entry.reject)));
    } finally {
      this.inFlight -= 1;
      this.schedule();
    }
  }
}
