import type { EnqueueOptions, JobContext, JobName } from './job-names';

export type JobDispatcher = (name: JobName, payload: unknown, context: JobContext) => Promise<void>;

export type EnqueuedAgain = 'added' | 'retried' | 'known';

export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

/** What BullMQ and the in-process runner both offer; QueueService is written against this. */
export interface QueueBackend {
  readonly kind: 'bullmq' | 'in-process';
  enqueue(name: JobName, payload: unknown, options: EnqueueOptions): Promise<void>;
  /**
   * As enqueue, except that a job of that id which failed for good (its attempts used up) is run
   * again with a fresh set of attempts. A job waiting, running or completed is left as it is, and
   * so is a job that stands for that id (an alias) and has not failed.
   */
  enqueueAgain(name: JobName, payload: unknown, options: EnqueueOptions): Promise<EnqueuedAgain>;
  /** Drops aliases (EnqueueOptions.aliases) whose jobs are done with: enqueueAgain under them adds a job again. */
  forgetAliases(aliases: string[]): Promise<void>;
  /** Runs `name` every `everyMs` (one schedule per schedulerId, across processes). */
  schedule(schedulerId: string, name: JobName, payload: unknown, everyMs: number): Promise<void>;
  startWorker(dispatch: JobDispatcher, concurrency: number): Promise<void>;
  counts(): Promise<QueueCounts>;
  /** Resolves when nothing is waiting, delayed or running (tests and benches). */
  drained(timeoutMs?: number): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
