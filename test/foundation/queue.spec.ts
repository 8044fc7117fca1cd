import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig } from '../../src/config/app-config';
import { ConfigModule } from '../../src/config/config.module';
import { BullMqQueueBackend } from '../../src/queue/bullmq.backend';
import { InProcessQueueBackend } from '../../src/queue/in-process.backend';
import { JobHandler } from '../../src/queue/job-handler.decorator';
import { JobContext, JobName, PermanentJobError } from '../../src/queue/job-names';
import type { QueueBackend } from '../../src/queue/queue-backend';
import { QueueModule } from '../../src/queue/queue.module';
import { TEST_REDIS_URL, uniquePrefix } from '../support/databases';

type Factory = () => QueueBackend;
const backends: [string, Factory][] = [
  ['in-process', () => new InProcessQueueBackend()],
  ['bullmq', () => new BullMqQueueBackend(TEST_REDIS_URL, uniquePrefix('queue'))],
];

describe.each(backends)('queue backend: %s', (_kind, make) => {
  let backend: QueueBackend;
  const seen: { payload: unknown; context: JobContext }[] = [];
  let behaviour: (payload: { n: number }, context: JobContext) => Promise<void> = async () => undefined;

  beforeAll(async () => {
    backend = make();
    await backend.startWorker(async (_name, payload, context) => {
      seen.push({ payload, context });
      await behaviour(payload as { n: number }, context);
    }, 4);
  });
  afterAll(async () => {
    if (backend instanceof BullMqQueueBackend) await backend.obliterate();
    await backend.close();
  });
  beforeEach(() => {
    seen.length = 0;
    behaviour = async () => undefined;
  });

  it('runs a job once per deterministic id, however often it is enqueued', async () => {
    await Promise.all([1, 2, 3].map(() => backend.enqueue(JobName.Noop, { n: 1 }, { jobId: 'same-id-1' })));
    await backend.drained(10_000);
    await backend.enqueue(JobName.Noop, { n: 1 }, { jobId: 'same-id-1' });
    await backend.drained(10_000);
    expect(seen).toHaveLength(1);
    expect(seen[0].context).toMatchObject({ id: 'same-id-1', attempt: 1, name: JobName.Noop });
  });

  it('retries transient failures with backoff until they succeed', async () => {
    behaviour = async (_payload, context) => {
      if (context.attempt < 3) throw new Error('flaky');
    };
    const started = Date.now();
    await backend.enqueue(JobName.Noop, { n: 2 }, { jobId: 'retry-1', attempts: 5, backoffMs: 50 });
    await backend.drained(10_000);
    expect(seen.map((s) => s.context.attempt)).toEqual([1, 2, 3]);
    // 50 ms then 100 ms of backoff at least
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const counts = await backend.counts();
    expect(counts.failed).toBe(0);
  });

  it('fails a permanent error at once, without retrying', async () => {
    behaviour = async () => {
      throw new PermanentJobError('bad input');
    };
    await backend.enqueue(JobName.Noop, { n: 3 }, { jobId: 'permanent-1', attempts: 5, backoffMs: 10 });
    await backend.drained(10_000);
    expect(seen).toHaveLength(1);
    expect((await backend.counts()).failed).toBe(1);
  });

  it('gives up after the last attempt', async () => {
    behaviour = async () => {
      throw new Error('always');
    };
    await backend.enqueue(JobName.Noop, { n: 4 }, { jobId: 'exhaust-1', attempts: 3, backoffMs: 10 });
    await backend.drained(10_000);
    expect(seen.map((s) => s.context.attempt)).toEqual([1, 2, 3]);
  });

  it('runs delayed jobs after their delay', async () => {
    const started = Date.now();
    await backend.enqueue(JobName.Noop, { n: 5 }, { jobId: 'delayed-1', delayMs: 150 });
    await backend.drained(10_000);
    expect(seen).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('job handler check at start', () => {
  @Injectable()
  class SecondNoopHandler {
    @JobHandler(JobName.Noop)
    async handle() {}
  }
  @Module({ providers: [SecondNoopHandler] })
  class DuplicateModule {}

  it('refuses to start when a job name has two handlers', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ConfigModule.forRoot(AppConfig.fromEnv({})), QueueModule, DuplicateModule] }).compile();
    await expect(moduleRef.createNestApplication().init()).rejects.toThrow(/job "noop" has 2 handlers/);
  });

  it('starts the whole application, where every job name has exactly one handler, and runs a job', async () => {
    const { startTestApp } = await import('../support/test-app');
    const t = await startTestApp({ database: 'pglite' });
    try {
      const { NoopJobHandler } = await import('../../src/queue/noop.handler');
      const before = t.get<InstanceType<typeof NoopJobHandler>>(NoopJobHandler).handled;
      await t.queue.enqueue(JobName.Noop, {}, { jobId: 'svc-1' });
      await t.queue.drained();
      expect(t.get<InstanceType<typeof NoopJobHandler>>(NoopJobHandler).handled).toBe(before + 1);
    } finally {
      await t.close();
    }
  });
});
