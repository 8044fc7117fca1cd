import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgentRunContext, PermanentAgentError } from '../../agents/agent.types';
import type { LlmClient } from '../../agents/llm/llm.types';
import { hydrate } from '../../database/hydrate';
import { JobHandler } from '../../queue/job-handler.decorator';
import { JobContext, JobName, JobPayloads, PermanentJobError } from '../../queue/job-names';
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

function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work(controller.signal),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new AgentTimeoutError(ms));
      }, ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

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
  private readonly claims: TickBatch<string, Record<string, unknown>>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AGENT_RUNNERS) private readonly runners: AgentRunners,
    @Inject(LLM_CLIENT) private readonly llm: LlmClient | null,
    private readonly tasks: TasksService,
    private readonly credits: CreditsService,
    private readonly pricing: PricingService,
    private readonly hooks: TaskCompletionHooks,
    private readonly holds: HoldsService,
  ) {
    const statements = taskStatementRunner(db);
    this.claims = new TickBatch(async (ids) => {
      const rows = await statements(CLAIM_TASKS.name, CLAIM_TASKS.sql, [ids]);
      return new Map(rows.map((row) => [row.id as string, row]));
    });
  }

  @JobHandler(JobName.RunTask)
  async run({ taskId }: JobPayloads[JobName.RunTask], job: JobContext): Promise<void> {
    const claimed = await this.claim(taskId);
    if (!claimed) {
      // a redelivery of a finished task: make sure its channel heard about it
      const done = await this.db.getRepository(Task).findOneBy({ id: taskId });
      if (done && FINAL_STATUSES.includes(done.status)) await this.hooks.run(done);
      return;
    }
    const runner = this.runners.get(claimed.agent);
    if (!runner) return this.fail(claimed, 'unknown_agent', `The agent ${claimed.agent} is no longer available.`);
    try {
      const input = await this.loadInput(claimed);
      const context: AgentRunContext = { organizationId: claimed.organizationId, taskId: claimed.id, llm: this.llm };
      if (claimed.agent === 'email-sorter') context.emailCorrections = await this.corrections(claimed.organizationId);
      const result = await withTimeout((signal) => runner.run(input, { ...context, signal }), runner.timeoutMs);
      await this.succeed(claimed, runner.operation, result);
    } catch (error) {
      const message = (error as Error).message || 'The agent failed.';
      if (isPermanent(error)) return this.fail(claimed, (error as PermanentAgentError).code ?? 'unprocessable', message);
      // the same input tends to time out again: one retry, then give up
      const exhausted = job.attempt >= job.maxAttempts || (error instanceof AgentTimeoutError && job.attempt >= 2);
      if (exhausted) {
        const code = error instanceof AgentTimeoutError ? 'timeout' : 'agent_failed';
        return this.fail(claimed, code, `${message} (gave up after ${job.attempt} attempts; nothing was charged)`);
      }
      this.logger.warn({ msg: 'task attempt failed; will retry', taskId, attempt: job.attempt, error: message });
      throw error;
    }
  }

  private async claim(taskId: string): Promise<Task | null> {
    const row = await this.claims.load(taskId);
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

  private async succeed(task: Task, operation: string, result: { output: unknown; mode: 'offline' | 'llm'; usage: { inputTokens: number; outputTokens: number } }) {
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
      });
      if (row) return this.finished(hydrate(this.db, Task, row));
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
    await this.finish(task, {
      status: 'succeeded',
      output: result.output as never,
      mode: result.mode,
      inputTokens: result.usage.inputTokens,
      outputTokens: result.usage.outputTokens,
      cost,
      costBreakdown: JSON.parse(JSON.stringify(breakdown, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))),
    });
  }

  private async fail(task: Task, code: string, message: string) {
    if (task.holdId) await this.credits.releaseHold({ organizationId: task.organizationId, holdId: task.holdId, idempotencyKey: `release-task-${task.id}` });
    await this.finish(task, { status: 'failed', error: { code, message }, cost: 0n });
  }

  private async finish(task: Task, changes: Partial<Task>) {
    const result = await this.db
      .createQueryBuilder()
      .update(Task)
      .set({ ...changes, finishedAt: new Date() } as never)
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

