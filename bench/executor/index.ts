/**
 * No-op tasks per second end to end through BullMQ (create → budget → hold → plan limit →
 * enqueue → run → capture → succeeded) next to raw BullMQ no-op jobs per second, same run.
 * Needs PostgreSQL (localhost:5432, database `test`) and Redis (localhost:6379).
 * Run: node -r ts-node/register/transpile-only bench/executor/index.ts [tasks=5000] [rounds=3]
 * Both sides get the same load: IN_FLIGHT requests in flight (raw BullMQ adds that many jobs at a
 * time; as many callers create Steward tasks) and CONCURRENCY worker slots.
 * Rounds interleave raw and Steward runs so that load drift on a shared machine hits both; the
 * ratio is taken per round (each Steward run against the raw run of its own round) and the
 * median of the rounds is reported, with the load average before each round.
 *
 * Both sides are measured in steady state: WARMUP jobs or tasks run first, and Steward's tables
 * are then ANALYZEd, as autovacuum does within a minute on a live installation. (On tables that were just
 * created and never analyzed, PostgreSQL plans the task lookups as sequential scans, and the
 * first minute runs about a quarter slower.) Each side's CPU per job or task is printed (this
 * process, PostgreSQL, Redis, and how busy the machine was): on a 2-core machine both sides are
 * CPU-bound, and the CPU per unit is what the ratio comes from.
 * BENCH_PROFILE=DIR writes a V8 CPU profile of each measured Steward run (not the warm-up or
 * the raw runs) to DIR, for Chrome DevTools or any .cpuprofile reader.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { parseCredits } from '../../src/common/money';
import { AppConfig } from '../../src/config/app-config';
import { systemPrincipal } from '../../src/modules/auth/principal';
import { CreditsService } from '../../src/modules/credits/credits.service';
import { OrganizationsService } from '../../src/modules/organizations/organizations.service';
import { AGENT_RUNNERS } from '../../src/modules/tasks/agent-runner';
import { DEFAULT_AGENT_RUNNERS, runnerMap } from '../../src/modules/tasks/default-runners';
import { Task } from '../../src/modules/tasks/entities/task.entity';
import { TasksService } from '../../src/modules/tasks/tasks.service';
import { createTestDatabase, TEST_REDIS_URL, uniquePrefix } from '../../test/support/databases';
import { cpuPerUnit, cpuSample } from '../cpu';

// long enough for a steady state on both sides (Steward runs 5000 tasks in 1.2-1.5 s, raw BullMQ
// 10,000 jobs in 0.7-1.5 s): 2000 tasks took 0.5 s, of which the start (admissions only) and
// the end (completions only) were a sixth
const COUNT = Number(process.argv[2] ?? 5000);
const ROUNDS = Number(process.argv[3] ?? 3);
// worker slots on both sides: raw BullMQ's worker concurrency and Steward's WORKER_CONCURRENCY
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
// requests in flight on both sides: raw BullMQ adds this many jobs at a time, and as many
// callers create Steward tasks, each starting its next as soon as its last was created
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 100);
// raw BullMQ finishes 1000 no-op jobs in 0.1-0.3 s, too short to measure steadily on a shared
// machine: it runs at least this many jobs (the same code, just longer); the rate is per job
const RAW_MIN_JOBS = 10_000;
const WARMUP = 1000;
const PROFILE_DIR = process.env.BENCH_PROFILE;

/** Runs `work` under the V8 CPU profiler when BENCH_PROFILE names a directory. */
async function profiled<T>(label: string, work: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    mkdirSync(PROFILE_DIR, { recursive: true });
    writeFileSync(join(PROFILE_DIR, `${label}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

interface Measured {
  perSecond: number;
  cpu: string;
}

async function addAll(queue: Queue, prefix: string, count: number) {
  for (let i = 0; i < count; i += IN_FLIGHT) {
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, count - i) }, (_, j) => queue.add('noop', { i: i + j }, { jobId: `${prefix}-${i + j}`, attempts: 4, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: { age: 3600 } })));
  }
}

async function rawBullmq(count: number): Promise<Measured> {
  const connection = new IORedis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  const prefix = uniquePrefix('raw');
  const queue = new Queue('jobs', { connection, prefix });
  let done = 0;
  let finished!: () => void;
  const all = new Promise<void>((resolve) => (finished = resolve));
  const worker = new Worker('jobs', async () => undefined, { connection: connection.duplicate({ maxRetriesPerRequest: null }), prefix, concurrency: CONCURRENCY });
  worker.on('completed', () => {
    done += 1;
    if (done === count) finished();
  });
  await worker.waitUntilReady();
  // the same warm-up as Steward gets (JIT, connections, Redis scripts)
  await addAll(queue, 'warm', WARMUP);
  while (done < WARMUP) await new Promise((r) => setTimeout(r, 5));
  done = 0;
  const cpuBefore = cpuSample();
  const started = performance.now();
  await addAll(queue, 'raw', count);
  await all;
  const perSecond = count / ((performance.now() - started) / 1000);
  const cpu = cpuPerUnit(cpuBefore, cpuSample(), count);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  await connection.quit();
  return { perSecond, cpu };
}

async function endToEnd(count: number, organizations: number): Promise<Measured & { p50: number; p95: number }> {
  const database = await createTestDatabase('benchexec');
  const config = AppConfig.fromEnv({ DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, JWT_SECRET: 'bench-executor-secret-not-for-production', QUEUE_PREFIX: uniquePrefix('exec'), LOG_LEVEL: 'error', WORKER_CONCURRENCY: String(CONCURRENCY) } as NodeJS.ProcessEnv, 'all');
  const runners = runnerMap([
    ...DEFAULT_AGENT_RUNNERS,
    { name: 'noop', operation: 'email-sorter', timeoutMs: 5000, accepts: ['text'], run: async () => ({ output: null, mode: 'offline', usage: { inputTokens: 0, outputTokens: 0 } }) },
  ]);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).overrideProvider(AGENT_RUNNERS).useValue(runners).compile();
  // the worker side of the app (no HTTP server): the same modules, handlers and queue
  const app = await moduleRef.init();
  try {
    const db = app.get(DataSource);
    await db.query(`UPDATE plans SET monthly_tasks = 100000000`);
    const orgs: string[] = [];
    for (let i = 0; i < organizations; i += 1) {
      const org = await app.get(OrganizationsService).create({ name: `Bench Co ${i}`, plan: 'enterprise' }, null);
      await app.get(CreditsService).grant({ organizationId: org.id, amount: parseCredits('1000000'), idempotencyKey: 'bench-grant', reason: 'bench' } as never);
      orgs.push(org.id);
    }
    const tasks = app.get(TasksService);
    const run = async (total: number) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async (_, client) => {
          const organizationId = orgs[client % orgs.length];
          const principal = systemPrincipal(organizationId);
          while (next < total) {
            next += 1;
            await tasks.create(organizationId, { agent: 'noop', input: { text: 'x' } } as never, principal);
          }
        }),
      );
      for (;;) {
        const [{ pending }] = await db.query(`SELECT count(*)::int AS pending FROM tasks WHERE status NOT IN ('succeeded','failed','refused')`);
        if (pending === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    await run(WARMUP);
    await db.query('ANALYZE');
    await db.query('DELETE FROM tasks');
    const cpuBefore = cpuSample();
    const started = performance.now();
    await profiled(`steward-${organizations}-orgs`, () => run(count));
    const elapsed = (performance.now() - started) / 1000;
    const cpu = cpuPerUnit(cpuBefore, cpuSample(), count);
    const rows = await db.getRepository(Task).find({ select: { id: true, status: true, createdAt: true, finishedAt: true } });
    const failed = rows.filter((r) => r.status !== 'succeeded').length;
    if (failed) console.log(`warning: ${failed} tasks did not succeed`);
    const latencies = rows.map((r) => r.finishedAt!.getTime() - r.createdAt.getTime()).sort((a, b) => a - b);
    return { perSecond: count / elapsed, cpu, p50: latencies[Math.floor(latencies.length * 0.5)], p95: latencies[Math.floor(latencies.length * 0.95)] };
  } finally {
    await app.close();
    await database.drop();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const rounds: { load: string; raw: Measured; hot: Awaited<ReturnType<typeof endToEnd>>; spread: Awaited<ReturnType<typeof endToEnd>> }[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const load = loadavg().map((n) => n.toFixed(1)).join(' ');
    const raw = await rawBullmq(Math.max(COUNT, RAW_MIN_JOBS));
    const hot = await endToEnd(COUNT, 1);
    const spread = await endToEnd(COUNT, CONCURRENCY);
    rounds.push({ load, raw, hot, spread });
  }
  const pct = (n: number, raw: number) => `${((n / raw) * 100).toFixed(1)}%`;
  console.log(`| round (${COUNT} tasks after ${WARMUP} warm-up, raw ${Math.max(COUNT, RAW_MIN_JOBS)} jobs, ${IN_FLIGHT} in flight, worker concurrency ${CONCURRENCY}) | load avg 1/5/15 | raw BullMQ jobs/s | one org tasks/s (vs raw, p50/p95 ms) | ${CONCURRENCY} orgs tasks/s (vs raw, p50/p95 ms) |`);
  console.log('| --- | --- | ---: | ---: | ---: |');
  rounds.forEach((r, i) =>
    console.log(
      `| ${i + 1} | ${r.load} | ${r.raw.perSecond.toFixed(0)} | ${r.hot.perSecond.toFixed(0)} (${pct(r.hot.perSecond, r.raw.perSecond)}, ${r.hot.p50}/${r.hot.p95}) | ${r.spread.perSecond.toFixed(0)} (${pct(r.spread.perSecond, r.raw.perSecond)}, ${r.spread.p50}/${r.spread.p95}) |`,
    ),
  );
  const hotRatio = median(rounds.map((r) => r.hot.perSecond / r.raw.perSecond));
  const spreadRatio = median(rounds.map((r) => r.spread.perSecond / r.raw.perSecond));
  console.log(
    `| median | | ${median(rounds.map((r) => r.raw.perSecond)).toFixed(0)} | ${median(rounds.map((r) => r.hot.perSecond)).toFixed(0)} (${(hotRatio * 100).toFixed(1)}%) | ${median(rounds.map((r) => r.spread.perSecond)).toFixed(0)} (${(spreadRatio * 100).toFixed(1)}%) |`,
  );
  console.log('\nCPU per job or task:');
  rounds.forEach((r, i) => {
    console.log(`round ${i + 1} raw BullMQ: ${r.raw.cpu}`);
    console.log(`round ${i + 1} one org:    ${r.hot.cpu}`);
    console.log(`round ${i + 1} ${CONCURRENCY} orgs:    ${r.spread.cpu}`);
  });
  console.log('target: Steward >= 30% of raw');
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
