import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { jobDuration, jobsTotal } from '../common/metrics';
import { JOB_HANDLER } from './job-handler.decorator';
import { EnqueueOptions, JobContext, JobName, JobPayload, PermanentJobError } from './job-names';
import type { EnqueuedAgain, QueueBackend, QueueCounts } from './queue-backend';

export const QUEUE_BACKEND = Symbol('QUEUE_BACKEND');

type Handler = (payload: unknown, context: JobContext) => Promise<void>;

/** The one way to enqueue and run jobs, whichever backend is configured. */
@Injectable()
export class QueueService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Queue');
  private readonly handlers = new Map<JobName, Handler>();

  constructor(
    private readonly backend: QueueBackend,
    private readonly config: AppConfig,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  get kind() {
    return this.backend.kind;
  }

  async onApplicationBootstrap() {
    this.discoverHandlers();
    if (this.config.runsJobs) {
      await this.backend.startWorker((name, payload, context) => this.dispatch(name, payload, context), this.config.workerConcurrency);
    }
  }

  async onModuleDestroy() {
    await this.backend.close();
  }

  enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions): Promise<void> {
    return this.backend.enqueue(name, payload, options);
  }

  /** Enqueue, or run again a job of that id whose attempts were used up (see QueueBackend.enqueueAgain). */
  enqueueAgain<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions): Promise<EnqueuedAgain> {
    return this.backend.enqueueAgain(name, payload, options);
  }

  /** Drops aliases of jobs that are done with (see EnqueueOptions.aliases). */
  forgetAliases(aliases: string[]): Promise<void> {
    return this.backend.forgetAliases(aliases);
  }

  schedule<N extends JobName>(schedulerId: string, name: N, payload: JobPayload<N>, everyMs: number): Promise<void> {
    return this.backend.schedule(schedulerId, name, payload, everyMs);
  }

  counts(): Promise<QueueCounts> {
    return this.backend.counts();
  }

  drained(timeoutMs?: number): Promise<void> {
    return this.backend.drained(timeoutMs);
  }

  ping(): Promise<void> {
    return this.backend.ping();
  }

  /** Every job name has exactly one handler, or the process refuses to start. */
  private discoverHandlers() {
    const found = new Map<JobName, string[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const name = this.reflector.get<JobName | undefined>(JOB_HANDLER, prototype[method]);
        if (!name) continue;
        found.set(name, [...(found.get(name) ?? []), `${wrapper.name as string}.${method}`]);
        this.handlers.set(name, (instance[method] as Handler).bind(instance));
      }
    }
    const problems: string[] = [];
    for (const name of Object.values(JobName)) {
      const owners = found.get(name) ?? [];
      if (owners.length === 0) problems.push(`job "${name}" has no handler`);
      if (owners.length > 1) problems.push(`job "${name}" has ${owners.length} handlers: ${owners.join(', ')}`);
    }
    if (problems.length) throw new Error(`Job handler check failed: ${problems.join('; ')}`);
  }

  private async dispatch(name: JobName, payload: unknown, context: JobContext): Promise<void> {
    const handler = this.handlers.get(name);
    if (!handler) throw new PermanentJobError(`no handler for job "${name}"`);
    const stop = jobDuration.startTimer({ name });
    try {
      await handler(payload, context);
      jobsTotal.inc({ name, outcome: 'completed' });
    } catch (error) {
      const final = error instanceof PermanentJobError || context.attempt >= context.maxAttempts;
      jobsTotal.inc({ name, outcome: final ? 'failed' : 'retried' });
      this.logger.warn({ msg: 'job failed', job: name, jobId: context.id, attempt: context.attempt, final, error: (error as Error).message });
      throw error;
    } finally {
      stop();
    }
  }
}
