import { EnqueueOptions, JobName, PermanentJobError, retryDelay } from './job-names';
import type { EnqueuedAgain, JobDispatcher, QueueBackend, QueueCounts } from './queue-backend';

interface PendingJob {
  id: string;
  name: JobName;
  payload: unknown;
  attempt: number;
  maxAttempts: number;
  backoffMs: number;
}

const REMEMBERED_IDS = 50_000;
/** How long close() waits for running jobs (their database and services are still open). */
const CLOSE_WAIT_MS = 5_000;

/**
 * Runs jobs in this process with the same contract as BullMQ: deterministic ids de-duplicate,
 * failures retry with exponential backoff, PermanentJobError fails at once. Nothing survives a
 * restart, which is why every job is idempotent and the durable state lives in the database.
 */
export class InProcessQueueBackend implements QueueBackend {
  readonly kind = 'in-process' as const;
  private readonly ready: PendingJob[] = [];
  private readonly known = new Map<string, 'pending' | 'done' | 'failed'>();
  /** alias → the job that stands for it (EnqueueOptions.aliases) */
  private readonly aliases = new Map<string, string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly intervals = new Map<string, NodeJS.Timeout>();
  private dispatch?: JobDispatcher;
  private concurrency = 1;
  private active = 0;
  private delayed = 0;
  private failed = 0;
  private closed = false;
  private idleWaiters: (() => void)[] = [];

  async enqueue(name: JobName, payload: unknown, options: EnqueueOptions): Promise<void> {
    if (this.closed || this.known.has(options.jobId)) return;
    this.known.set(options.jobId, 'pending');
    for (const alias of options.aliases ?? []) this.aliases.set(alias, options.jobId);
    const job: PendingJob = {
      id: options.jobId,
      name,
      payload: structuredClone(payload),
      attempt: 1,
      maxAttempts: options.attempts ?? 5,
      backoffMs: options.backoffMs ?? 1000,
    };
    if (options.delayMs && options.delayMs > 0) this.later(job, options.delayMs);
    else this.ready.push(job);
    this.pump();
  }

  async enqueueAgain(name: JobName, payload: unknown, options: EnqueueOptions): Promise<EnqueuedAgain> {
    const known = this.known.get(options.jobId);
    if (known === 'failed') this.known.delete(options.jobId);
    else if (known) return 'known';
    // a job that stands for this id, still known and not failed
    const standIn = this.aliases.get(options.jobId);
    const standInState = standIn === undefined ? undefined : this.known.get(standIn);
    if (standInState && standInState !== 'failed') return 'known';
    await this.enqueue(name, payload, options);
    return known === 'failed' ? 'retried' : 'added';
  }

  async forgetAliases(aliases: string[]): Promise<void> {
    for (const alias of aliases) this.aliases.delete(alias);
  }

  async schedule(schedulerId: string, name: JobName, payload: unknown, everyMs: number): Promise<void> {
    if (this.intervals.has(schedulerId)) clearInterval(this.intervals.get(schedulerId));
    let tick = 0;
    const interval = setInterval(() => {
      tick += 1;
      void this.enqueue(name, payload, { jobId: `${schedulerId}-${Date.now()}-${tick}`, attempts: 1 });
    }, everyMs);
    interval.unref();
    this.intervals.set(schedulerId, interval);
  }

  async startWorker(dispatch: JobDispatcher, concurrency: number): Promise<void> {
    this.dispatch = dispatch;
    this.concurrency = concurrency;
    this.pump();
  }

  async counts(): Promise<QueueCounts> {
    return { waiting: this.ready.length, active: this.active, delayed: this.delayed, failed: this.failed };
  }

  drained(timeoutMs = 30_000): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('queue did not drain in time')), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async ping(): Promise<void> {}

  /** Starts nothing more; like BullMQ's worker.close(), lets the jobs already running finish (for a while). */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    for (const interval of this.intervals.values()) clearInterval(interval);
    this.timers.clear();
    this.intervals.clear();
    this.ready.length = 0;
    this.delayed = 0;
    for (const deadline = Date.now() + CLOSE_WAIT_MS; this.active > 0 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 10));
    this.notifyIdle();
  }

  private later(job: PendingJob, delayMs: number) {
    this.delayed += 1;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.delayed -= 1;
      this.ready.push(job);
      this.pump();
    }, delayMs);
    this.timers.add(timer);
  }

  private pump() {
    if (!this.dispatch || this.closed) return;
    while (this.active < this.concurrency && this.ready.length > 0) {
      const job = this.ready.shift()!;
      this.active += 1;
      void this.run(job).finally(() => {
        this.active -= 1;
        this.pump();
        if (this.isIdle()) this.notifyIdle();
      });
    }
  }

  private async run(job: PendingJob) {
    try {
      await this.dispatch!(job.name, job.payload, { id: job.id, name: job.name, attempt: job.attempt, maxAttempts: job.maxAttempts, starts: job.attempt });
      this.finish(job.id);
    } catch (error) {
      if (!(error instanceof PermanentJobError) && job.attempt < job.maxAttempts && !this.closed) {
        this.later({ ...job, attempt: job.attempt + 1 }, retryDelay(job.backoffMs, job.attempt));
        return;
      }
      this.failed += 1;
      this.finish(job.id, 'failed');
    }
  }

  private finish(id: string, outcome: 'done' | 'failed' = 'done') {
    this.known.set(id, outcome);
    if (this.known.size > REMEMBERED_IDS) {
      const oldest = this.known.keys().next().value as string;
      this.known.delete(oldest);
    }
    // aliases of jobs nobody forgot (a group that failed): bounded as the ids are
    while (this.aliases.size > REMEMBERED_IDS) this.aliases.delete(this.aliases.keys().next().value as string);
  }

  private isIdle() {
    return this.ready.length === 0 && this.active === 0 && this.delayed === 0;
  }

  private notifyIdle() {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((resolve) => resolve());
  }
}
