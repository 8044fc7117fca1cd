import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgentRunContext, PermanentAgentError } from '../../agents/agent.types';
import type { LlmClient } from '../../agents/llm/llm.types';
import { AppConfig } from '../../config/app-config';
import { hydrate } from '../../database/hydrate';
import { JobHandler } from '../../queue/job-handler.decorator';
import { JobContext, JobName, JobPayloads, PermanentJobError, RunTaskSnapshot } from '../../queue/job-names';
import { grossCost } from '../credits/cost';
import { CreditsService } from '../credits/credits.service';
import { HoldsService } from '../credits/holds.service';
import { PricingService } from '../credits/pricing.service';
import { AGENT_RUNNERS, AgentRunners } from './agent-runner';
import { EmailCorrection } from './entities/email-correction.entity';
import { FINAL_STATUSES, Task } from './entities/task.entity';
import { TaskInput } from './entities/task-input.entity';
import { LLM_CLIENT } from './llm.provider';
import { TaskCompletionHooks } from './task-completion.hooks';
import { CLAIM_TASKS, taskStatementRunner, TickBatch } from './task.statements';
import { TasksService } from './tasks.service';

class AgentTimeoutError extends Error {
  constructor(ms: number) {
    super(`The agent did not finish within ${Math.round(ms / 1000)} s.`);
  }
}

/** The task was finished or cancelled elsewhere while this delivery was running it. */
class SettledElsewhereError extends Error {}

/**
 * Runs the work with a time limit; `stop` ends it early (the task was settled elsewhere). Either
 * way the work's signal aborts, for agents that can stop midway.
 */
function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number, stop: AbortSignal): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let onStop: (() => void) | undefined;
  return Promise.race([
    work(controller.signal),
    new Promise<never>((_, reject) => {
      // the work keeps the process alive while it runs; its time limit alone should not
      timer = setTimeout(() => {
        controller.abort();
        reject(new AgentTimeoutError(ms));
      }, ms).unref();
      onStop = () => {
        controller.abort();
        reject(new SettledElsewhereError());
      };
      stop.addEventListener('abort', onStop, { once: true });
    }),
  ]).finally(() => {
    clearTimeout(timer);
    stop.removeEventListener('abort', onStop!);
  });
}

/**
 * A first delivery runs a task from its job's snapshot without claiming it first; if the agent is
 * still busy after this long, the task is claimed (stored and pushed as `running`). A task that
 * finishes sooner goes from queued to succeeded in one statement.
 */
export const CLAIM_AFTER_MS = 250;

/** Errors that retrying cannot fix: bad input, unreadable files, refused model requests. */
function isPermanent(error: unknown): boolean {
  if (error instanceof PermanentAgentError || error instanceof PermanentJobError) return true;
  return (error as { kind?: string })?.kind === 'permanent';
}

/**
 * Runs `run-task` jobs. Delivery is at least once; the effect is exactly once because the
 * capture is idempotent per task and the final update only moves a task out of `running`.
 */
@Injectable()
export class TaskExecutor {
  private readonly logger = new Logger('TaskExecutor');
  private readonly claims: TickBatch<{ taskId: string; starts: number }, Record<string, unknown>>;
  /** Agents running at once in this process: the worker's concurrency, however the tasks came (one per job, or a group). */
  private readonly slots: Slots;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AGENT_RUNNERS) private readonly runners: AgentRunners,
    @Inject(LLM_CLIENT) private readonly llm: LlmClient | null,
    private readonly tasks: TasksService,
    private readonly credits: CreditsService,
    private readonly pricing: PricingService,
    private readonly hooks: TaskCompletionHooks,
    private readonly holds: HoldsService,
    config: AppConfig,
  ) {
    this.slots = new Slots(config.workerConcurrency);
    const statements = taskStatementRunner(db);
    this.claims = new TickBatch(async (claims) => {
      const rows = await statements(CLAIM_TASKS.name, CLAIM_TASKS.sql, [claims.map((c) => c.taskId), claims.map((c) => c.starts)]);
      const byId = new Map(rows.map((row) => [row.id as string, row]));
      return new Map(claims.filter((c) => byId.has(c.taskId)).map((c) => [c, byId.get(c.taskId)!]));
    });
  }

  @JobHandler(JobName.RunTask)
  async run({ taskId, task: snapshot, attemptsBefore = 0 }: JobPayloads[JobName.RunTask], job: JobContext): Promise<void> {
    // a retry of a task from a run-tasks job counts the attempts it made there
    const context = attemptsBefore ? { ...job, attempt: job.attempt + attemptsBefore, maxAttempts: job.maxAttempts + attemptsBefore } : job;
    await this.runOne(taskId, snapshot, context, 'job');
  }

  /**
   * Tasks admitted together, each run as a run-task job would run it. A task whose attempt
   * failed and may be retried gets a run-task job of its own (the group is not retried for it);
   * only when that enqueue fails does the group's job fail, and its redelivery runs again just
   * the tasks not yet finished.
   */
  @JobHandler(JobName.RunTasks)
  async runGroup({ tasks }: JobPayloads[JobName.RunTasks], job: JobContext): Promise<void> {
    const outcomes = await Promise.allSettled(tasks.map(({ taskId, task }) => this.runOne(taskId, task, job, 'alone')));
    const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    // every task settled (or retried alone): the sweeper no longer needs the group under their ids
    await this.tasks.forgetRunGroup(tasks.map(({ taskId }) => taskId)).catch((error: Error) => this.logger.warn({ msg: 'run group aliases not dropped', error: error.message }));
  }

  /** `retry`: 'job' throws for the job's own retry; 'alone' enqueues the task's own run-task job. */
  private async runOne(taskId: string, snapshot: RunTaskSnapshot | undefined, job: JobContext, retry: 'job' | 'alone'): Promise<void> {
    // only a first delivery may trust the snapshot: a later one may find the task finished
    const task = snapshot && job.starts === 1 ? fromSnapshot(this.db, taskId, snapshot) : await this.claim(taskId, job.starts);
    if (!task) return this.reportStored(taskId);
    const runner = this.runners.get(task.agent);
    if (!runner) return this.fail(task, 'unknown_agent', `The agent ${task.agent} is no longer available.`);
    // a slot is an agent at work: taken for the run, given back before the settlement
    const freeSlot = await this.slots.take();
    const claim = new LateClaim(task, () => this.claim(task.id, job.starts));
    const startedAt = new Date();
    try {
      let result;
      try {
        const input = await this.loadInput(task);
        const context: AgentRunContext = { organizationId: task.organizationId, taskId: task.id, llm: this.llm };
        if (task.agent === 'email-sorter') context.emailCorrections = await this.corrections(task.organizationId);
        result = await withTimeout((signal) => runner.run(input, { ...context, signal }), runner.timeoutMs, claim.settledElsewhere);
      } finally {
        freeSlot();
      }
      // the running event (if any) goes out before the final one
      await claim.stop();
      await this.succeed(task, runner.operation, result, startedAt);
    } catch (error) {
      if (!(await claim.stop()) || error instanceof SettledElsewhereError) return this.reportStored(task.id);
      const message = (error as Error).message || 'The agent failed.';
      if (isPermanent(error)) return this.fail(task, (error as PermanentAgentError).code ?? 'unprocessable', message, startedAt);
      // the same input tends to time out again: one retry, then give up
      const exhausted = job.attempt >= job.maxAttempts || (error instanceof AgentTimeoutError && job.attempt >= 2);
      if (exhausted) {
        const code = error instanceof AgentTimeoutError ? 'timeout' : 'agent_failed';
        return this.fail(task, code, `${message} (gave up after ${job.attempt} attempts; nothing was charged)`, startedAt);
      }
      // the retry counts this attempt: an unclaimed task is claimed now
      if (!claim.claimed && !(await this.claim(task.id, job.starts))) return this.reportStored(task.id);
      this.logger.warn({ msg: 'task attempt failed; will retry', taskId, attempt: job.attempt, error: message });
      if (retry === 'alone') return this.tasks.enqueueRetry(task.id, job.attempt);
      throw error;
    }
  }

  /** A delivery of a task already finished (or cancelled): make sure its channel heard about it. */
  private async reportStored(taskId: string) {
    const done = await this.db.getRepository(Task).findOneBy({ id: taskId });
    if (done && FINAL_STATUSES.includes(done.status)) await this.hooks.run(done);
  }

  private async claim(taskId: string, starts: number): Promise<Task | null> {
    const row = await this.claims.load({ taskId, starts });
    if (!row) return null;
    const task = hydrate(this.db, Task, row);
    this.tasks.publish(task);
    return task;
  }

  private async loadInput(task: Task) {
    const file = task.input.hasFile === false ? null : await this.db.getRepository(TaskInput).findOneBy({ taskId: task.id });
    const { hasFile: _hasFile, ...input } = task.input as Record<string, unknown>;
    return { ...input, ...(file ? { contentBase64: Buffer.from(file.content).toString('base64') } : {}) };
  }

  private async corrections(organizationId: string) {
    const rows = await this.db.getRepository(EmailCorrection).find({ where: { organizationId }, order: { createdAt: 'DESC' }, take: 500 });
    return rows.map((row) => ({ text: row.text, category: row.category }));
  }

  private async succeed(task: Task, operation: string, result: { output: unknown; mode: 'offline' | 'llm'; usage: { inputTokens: number; outputTokens: number } }, startedAt: Date) {
    if (task.holdId) {
      // the common case in one statement: price, capture (capped at the hold), release the rest, finish
      const { gross, ...parts } = grossCost(await this.pricing.price(operation), { quantity: 1, inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens });
      const row = await this.holds.completeTask({
        organizationId: task.organizationId,
        taskId: task.id,
        holdId: task.holdId,
        gross,
        parts,
        idempotencyKey: `capture-task-${task.id}`,
        output: result.output,
        mode: result.mode,
        inputTokens: result.usage.inputTokens,
        outputTokens: result.usage.outputTokens,
        startedAt,
      });
      if (row) return this.finished(hydrate(this.db, Task, row));
      // finished or cancelled meanwhile: nothing to capture
      const stored = await this.db.getRepository(Task).findOneBy({ id: task.id });
      if (stored && FINAL_STATUSES.includes(stored.status)) return this.finished(stored);
    }
    const quote = await this.pricing.quote(task.organizationId, operation, { quantity: 1, inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens });
    const held = task.heldAmount ?? 0n;
    // never charge more than the hold the customer agreed to
    const total = quote.total > held ? held : quote.total;
    const breakdown = { ...quote, total, ...(total < quote.total ? { cappedAtHold: true } : {}) };
    let cost = 0n;
    if (task.holdId) {
      const capture = await this.credits.captureHold({ organizationId: task.organizationId, holdId: task.holdId, amount: total, breakdown, idempotencyKey: `capture-task-${task.id}` });
      cost = capture.amount;
    }
    await this.finish(task, startedAt, {
      status: 'succeeded',
      output: result.output as never,
      mode: result.mode,
      inputTokens: result.usage.inputTokens,
      outputTokens: result.usage.outputTokens,
      cost,
      costBreakdown: JSON.parse(JSON.stringify(breakdown, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))),
    });
  }

  private async fail(task: Task, code: string, message: string, startedAt = new Date()) {
    if (task.holdId) await this.credits.releaseHold({ organizationId: task.organizationId, holdId: task.holdId, idempotencyKey: `release-task-${task.id}` });
    await this.finish(task, startedAt, { status: 'failed', error: { code, message }, cost: 0n });
  }

  /** The final update; a task never claimed (still queued) counts this attempt and starts when it ran. */
  private async finish(task: Task, startedAt: Date, changes: Partial<Task>) {
    const result = await this.db
      .createQueryBuilder()
      .update(Task)
      .set({
        ...changes,
        finishedAt: new Date(),
        attempts: () => `attempts + CASE WHEN status = 'queued' THEN 1 ELSE 0 END`,
        startedAt: () => 'COALESCE(started_at, :startedAt)',
      } as never)
      .setParameter('startedAt', startedAt)
      .where('id = :id AND status NOT IN (:...final)', { id: task.id, final: FINAL_STATUSES })
      .returning('*')
      .execute();
    const row = (result.raw as Record<string, unknown>[])[0];
    // no row: another delivery finished it first; report the stored outcome
    const fresh = row ? hydrate(this.db, Task, row) : await this.db.getRepository(Task).findOneByOrFail({ id: task.id });
    await this.finished(fresh);
  }

  private async finished(task: Task) {
    this.tasks.publish(task);
    await this.hooks.run(task);
  }
}


/** At most `size` runs at once; the others wait their turn, first come first served. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    this.free = Math.max(1, size);
  }

  /** Waits for a free slot; the function returned gives it back (once). */
  async take(): Promise<() => void> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    };
  }
}

/** The task as admitted, from its run-task job (a first delivery): queued, never claimed. */
function fromSnapshot(db: DataSource, id: string, snapshot: RunTaskSnapshot): Task {
  return Object.assign(db.getRepository(Task).create(), {
    id,
    organizationId: snapshot.organizationId,
    agent: snapshot.agent,
    status: 'queued' as const,
    input: { ...snapshot.input, hasFile: false },
    holdId: snapshot.holdId,
    heldAmount: BigInt(snapshot.heldAmount),
    channel: snapshot.channel,
    department: snapshot.department,
    project: snapshot.project,
    attempts: 0,
  });
}

/**
 * The claim of a task run without one: made if the agent is still busy after CLAIM_AFTER_MS.
 * If the claim finds the task settled elsewhere (cancelled, or finished by another delivery),
 * `settledElsewhere` aborts the run. A claimed task (an eager claim) needs none.
 */
class LateClaim {
  private readonly controller = new AbortController();
  private readonly timer?: NodeJS.Timeout;
  private pending?: Promise<boolean>;
  claimed: boolean;

  constructor(task: Task, claim: () => Promise<Task | null>) {
    this.claimed = task.status !== 'queued';
    if (this.claimed) return;
    this.timer = setTimeout(() => {
      this.pending = claim().then(
        (row) => {
          this.claimed = Boolean(row);
          if (!row) this.controller.abort();
          return Boolean(row);
        },
        // the database is unreachable: the run goes on, and its completion will tell
        () => true,
      );
    }, CLAIM_AFTER_MS).unref();
  }

  get settledElsewhere(): AbortSignal {
    return this.controller.signal;
  }

  /** No claim after this; waits for one in flight. False when it found the task settled elsewhere. */
  async stop(): Promise<boolean> {
    clearTimeout(this.timer);
    return this.pending ? this.pending : !this.controller.signal.aborted;
  }
}
