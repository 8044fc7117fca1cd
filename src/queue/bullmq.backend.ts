import { Job, Queue, QueueEvents, UnrecoverableError, Worker } from 'bullmq';
import IORedis, { Redis } from 'ioredis';
import { EnqueueOptions, JobName, PermanentJobError } from './job-names';
import type { EnqueuedAgain, JobDispatcher, QueueBackend, QueueCounts } from './queue-backend';

const QUEUE_NAME = 'jobs';
/** As long as a job that failed for good is kept (removeOnFail). */
const ALIAS_TTL_SECONDS = 7 * 24 * 3600;

/** BullMQ on Redis: durable, shared by the API and any number of worker processes. */
export class BullMqQueueBackend implements QueueBackend {
  readonly kind = 'bullmq' as const;
  private readonly connection: Redis;
  private readonly queue: Queue;
  private worker?: Worker;
  /** the worker's own connection: BullMQ leaves a connection it was given open, so close() quits it */
  private workerConnection?: Redis;

  constructor(
    redisUrl: string,
    private readonly prefix: string,
    private readonly lockDurationMs = 30_000,
  ) {
    this.connection = new IORedis(redisUrl, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
    this.connection.on('error', () => undefined); // reported through ping() and health
    this.queue = new Queue(QUEUE_NAME, { connection: this.connection, prefix });
  }

  /**
   * Jobs enqueued in the same turn of the event loop go to Redis together (addBulk: one round
   * trip); each caller's promise settles when that round trip has added its job.
   */
  enqueue(name: JobName, payload: unknown, options: EnqueueOptions): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const job = {
        name,
        data: payload,
        opts: {
          jobId: options.jobId,
          delay: options.delayMs,
          attempts: options.attempts ?? 5,
          backoff: { type: 'exponential', delay: options.backoffMs ?? 1000 },
          // keep finished ids for a day so a re-enqueue of the same id stays a no-op
          removeOnComplete: { age: 24 * 3600, count: 100_000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      };
      // the aliases are written before the job: a job is never without them
      const aliases = options.aliases?.length ? this.writeAliases(options.aliases, options.jobId) : Promise.resolve();
      aliases.then(() => {
        this.pending.push({ job, resolve, reject });
        if (this.pending.length === 1) setImmediate(() => this.flush());
      }, reject);
    });
  }

  private aliasKey(alias: string) {
    return `${this.prefix}:${QUEUE_NAME}:alias:${alias}`;
  }

  private async writeAliases(aliases: string[], jobId: string) {
    const pipeline = this.connection.pipeline();
    for (const alias of aliases) pipeline.set(this.aliasKey(alias), jobId, 'EX', ALIAS_TTL_SECONDS);
    for (const [error] of (await pipeline.exec()) ?? []) if (error) throw error;
  }

  async forgetAliases(aliases: string[]): Promise<void> {
    if (aliases.length) await this.connection.del(...aliases.map((alias) => this.aliasKey(alias)));
  }

  /** A job that stands for this id, known to the queue and not failed. */
  private async standsIn(alias: string): Promise<boolean> {
    const target = await this.connection.get(this.aliasKey(alias));
    const job = target ? await this.queue.getJob(target) : undefined;
    return Boolean(job) && (await job!.getState()) !== 'failed';
  }

  private pending: { job: Parameters<Queue['addBulk']>[0][number]; resolve: () => void; reject: (error: unknown) => void }[] = [];

  private flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (!batch.length) return Promise.resolve();
    const added = batch.length === 1 ? this.queue.add(batch[0].job.name, batch[0].job.data, batch[0].job.opts) : this.queue.addBulk(batch.map((b) => b.job));
    return added.then(
      () => batch.forEach((b) => b.resolve()),
      (error: unknown) => batch.forEach((b) => b.reject(error)),
    );
  }

  async enqueueAgain(name: JobName, payload: unknown, options: EnqueueOptions): Promise<EnqueuedAgain> {
    const job = await this.queue.getJob(options.jobId);
    if (!job) {
      if (await this.standsIn(options.jobId)) return 'known';
      await this.enqueue(name, payload, options);
      return 'added';
    }
    if ((await job.getState()) !== 'failed') return 'known';
    try {
      // attemptsStarted is kept: the handler sees a redelivery
      await job.retry('failed', { resetAttemptsMade: true });
      return 'retried';
    } catch (error) {
      // another process retried it first
      if ((await job.getState()) !== 'failed') return 'known';
      throw error;
    }
  }

  async schedule(schedulerId: string, name: JobName, payload: unknown, everyMs: number): Promise<void> {
    await this.queue.upsertJobScheduler(schedulerId, { every: everyMs }, { name, data: payload, opts: { attempts: 1 } });
  }

  async startWorker(dispatch: JobDispatcher, concurrency: number): Promise<void> {
    this.worker = new Worker(
      QUEUE_NAME,
      async (job: Job) => {
        try {
          await dispatch(job.name as JobName, job.data, {
            id: job.id ?? '',
            name: job.name as JobName,
            attempt: job.attemptsMade + 1,
            maxAttempts: job.opts.attempts ?? 1,
            // counts every start, redeliveries of a stalled job included
            starts: Math.max(1, job.attemptsStarted),
          });
        } catch (error) {
          if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
          throw error;
        }
      },
      {
        connection: (this.workerConnection = this.connection.duplicate({ maxRetriesPerRequest: null })),
        prefix: this.prefix,
        concurrency,
        // a killed worker's job is redelivered once its lock runs out
        lockDuration: this.lockDurationMs,
        stalledInterval: Math.max(500, Math.floor(this.lockDurationMs / 2)),
        maxStalledCount: 3,
      },
    );
    this.worker.on('error', () => undefined);
    await this.worker.waitUntilReady();
  }

  async counts(): Promise<QueueCounts> {
    const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
    return {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
    };
  }

  async drained(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const counts = await this.counts();
      if (counts.waiting + counts.active + counts.delayed === 0) return;
      if (Date.now() > deadline) throw new Error(`queue did not drain in time: ${JSON.stringify(counts)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async ping(): Promise<void> {
    await this.connection.ping();
  }

  /** Removes every job of this prefix (tests isolate themselves with a prefix per run). */
  async obliterate(): Promise<void> {
    await this.queue.obliterate({ force: true });
  }

  async close(): Promise<void> {
    await this.flush();
    await this.worker?.close();
    await this.workerConnection?.quit().catch(() => undefined);
    await this.queue.close();
    await this.connection.quit().catch(() => undefined);
  }
}

export { QueueEvents };
