import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError, ValidationFailedError } from '../../common/domain-error';
import { DomainEvents } from '../../common/domain-events';
import { EnqueueOptions, JobName, jobId, JobPayloads, retryDelay, RunTaskSnapshot } from '../../queue/job-names';
import type { EnqueuedAgain } from '../../queue/queue-backend';
import { QueueService } from '../../queue/queue.service';
import { actorOf, Principal } from '../auth/principal';
import { BudgetsService } from '../credits/budgets.service';
import { grossCost } from '../credits/cost';
import { CreditsService } from '../credits/credits.service';
import { AdmissionOutcome, HoldsService, insufficientForHold } from '../credits/holds.service';
import { isUniqueViolation } from '../credits/ledger.repository';
import { PlanLimitsService } from '../credits/plan-limits.service';
import { PricingService } from '../credits/pricing.service';
import { AGENT_RUNNERS, AgentRunners } from './agent-runner';
import type { CreateTaskDto } from './dto/create-task.dto';
import { Task, TaskStatus } from './entities/task.entity';
import { TickBatch } from './task.statements';
import { taskView } from './task.view';
import { MAX_FILE_BYTES, TaskNotCancellableError, UnknownAgentError } from './tasks.errors';

/** Inputs up to this size (JSON) ride in the run-task job; larger ones are read by the worker. */
const SNAPSHOT_MAX_INPUT_BYTES = 4096;

function runSnapshot(task: Task): RunTaskSnapshot | undefined {
  if (!task.holdId || task.heldAmount === null || Buffer.byteLength(JSON.stringify(task.input)) > SNAPSHOT_MAX_INPUT_BYTES) return undefined;
  return {
    organizationId: task.organizationId,
    agent: task.agent,
    holdId: task.holdId,
    heldAmount: task.heldAmount.toString(),
    channel: task.channel,
    department: task.department,
    project: task.project,
    input: task.input,
  };
}

export interface TaskRequest extends CreateTaskDto {
  channel?: string;
  idempotencyKey?: string | null;
}

export interface TaskListQuery {
  agent?: string;
  status?: TaskStatus;
  department?: string;
  project?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

export const TASK_UPDATED = 'task.updated';
export const RUN_TASK_ATTEMPTS = 4;
export const RUN_TASK_BACKOFF_MS = 2000;
/** At most this many tasks in one run-tasks job. */
export const RUN_GROUP_MAX = 32;

type RunItem = JobPayloads[JobName.RunTasks]['tasks'][number];

/** A task's run-task job: always the same id, so an enqueue while the queue knows it changes nothing. */
function runJobOptions(taskId: string): EnqueueOptions {
  return { jobId: jobId('task', taskId), attempts: RUN_TASK_ATTEMPTS, backoffMs: RUN_TASK_BACKOFF_MS };
}

/**
 * Creates tasks: validate → (budget → hold → plan limit → task row, one statement) → enqueue.
 * Refusals (402) are recorded as `refused` and never enqueued; nothing is half-written. A crash
 * between the commit and the enqueue is repaired by the stranded-task sweeper (tasks.jobs.ts).
 */
@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AGENT_RUNNERS) private readonly runners: AgentRunners,
    private readonly queue: QueueService,
    private readonly credits: CreditsService,
    private readonly pricing: PricingService,
    private readonly budgets: BudgetsService,
    private readonly planLimits: PlanLimitsService,
    private readonly holds: HoldsService,
    private readonly events: DomainEvents,
  ) {}

  async create(organizationId: string, request: TaskRequest, principal: Principal) {
    const runner = this.runners.get(request.agent);
    if (!runner) throw new UnknownAgentError(request.agent, [...this.runners.keys()]);
    const file = this.decodeFile(request.input.contentBase64);
    if (!request.input.text && !file) {
      throw new ValidationFailedError('input needs text or contentBase64 (a file).', { fields: { input: ['text or contentBase64 is required'] } });
    }
    if (request.idempotencyKey) {
      const existing = await this.db.getRepository(Task).findOneBy({ organizationId, idempotencyKey: request.idempotencyKey });
      if (existing) return this.replay(existing, request);
    }
    const { contentBase64: _bytes, ...inputWithoutBytes } = request.input;
    const price = await this.pricing.price(runner.operation);
    const { gross } = grossCost(price, { quantity: 1, inputTokens: price.estimateInputTokens, outputTokens: price.estimateOutputTokens });
    if (gross <= 0n) throw new ValidationFailedError('A hold must be for more than zero credits.');
    const task = Object.assign(new Task(), {
      id: randomUUID(),
      organizationId,
      agent: runner.name,
      status: 'queued' as const,
      // hasFile spares the worker a lookup of task_inputs for text-only tasks
      input: { ...inputWithoutBytes, hasFile: Boolean(file) } as Record<string, unknown>,
      output: null,
      mode: null,
      inputTokens: 0,
      outputTokens: 0,
      cost: null,
      costBreakdown: null,
      heldAmount: null,
      holdId: null,
      error: null,
      department: request.department ?? null,
      project: request.project ?? null,
      idempotencyKey: request.idempotencyKey ?? null,
      channel: request.channel ?? 'rest',
      requestedBy: actorOf(principal).actorId,
      attempts: 0,
      startedAt: null,
      finishedAt: null,
    });
    const admitted = await this.admit(task, gross, file, request);
    if (admitted !== task) return admitted;
    await this.enqueueRun(task.id, file ? undefined : runSnapshot(task));
    this.publish(task);
    return { id: task.id, status: task.status, agent: task.agent };
  }

  /**
   * The job that runs a task. A snapshot (a small text-only task as just admitted) spares its
   * first delivery a read of the task. Tasks admitted in the same turn of the event loop (a
   * batched admission) share one run-tasks job, up to RUN_GROUP_MAX of them: one job's queue
   * round trips for all. A task alone gets its run-task job, always under the same id
   * (enqueueing it again is a no-op while the queue knows it).
   */
  async enqueueRun(taskId: string, snapshot?: RunTaskSnapshot): Promise<void> {
    await this.runs.load(snapshot ? { taskId, task: snapshot } : { taskId });
  }

  /** The runs of one turn of the event loop, RUN_GROUP_MAX at most: one job for them. */
  private readonly runs = new TickBatch<RunItem, true>(async (group) => {
    const [first] = group;
    if (group.length === 1) await this.queue.enqueue(JobName.RunTask, first, runJobOptions(first.taskId));
    else {
      // the group stands for its tasks' run-task jobs: the stranded-task sweeper finds it under their ids
      const aliases = group.map((item) => runJobOptions(item.taskId).jobId);
      await this.queue.enqueue(JobName.RunTasks, { tasks: group }, { ...runJobOptions(first.taskId), jobId: jobId('tasks', first.taskId), aliases });
    }
    return new Map(group.map((item) => [item, true]));
  }, RUN_GROUP_MAX);

  /**
   * A task of a run-tasks job whose attempt failed and may be retried: its own run-task job,
   * after the backoff its job would have waited, with the attempts it has left.
   */
  enqueueRetry(taskId: string, attemptsMade: number): Promise<void> {
    return this.queue.enqueue(JobName.RunTask, { taskId, attemptsBefore: attemptsMade }, {
      ...runJobOptions(taskId),
      jobId: jobId('task', taskId, 'retry', attemptsMade),
      attempts: Math.max(1, RUN_TASK_ATTEMPTS - attemptsMade),
      delayMs: retryDelay(RUN_TASK_BACKOFF_MS, attemptsMade),
    });
  }

  /** A run-tasks job whose tasks are all settled no longer stands for their run-task jobs. */
  forgetRunGroup(taskIds: string[]): Promise<void> {
    return this.queue.forgetAliases(taskIds.map((taskId) => runJobOptions(taskId).jobId));
  }

  /**
   * The run-task job again for a task still queued long after its admission: added if the queue
   * lost it, run again if it failed for good; left alone while the task's job, or the run-tasks
   * job of its group, is waiting, running or done.
   */
  enqueueRunAgain(taskId: string): Promise<EnqueuedAgain> {
    return this.queue.enqueueAgain(JobName.RunTask, { taskId }, runJobOptions(taskId));
  }

  async get(organizationId: string, id: string) {
    return taskView(await this.load(organizationId, id));
  }

  async list(organizationId: string, query: TaskListQuery) {
    const qb = this.db.getRepository(Task).createQueryBuilder('t').where('t.organization_id = :organizationId', { organizationId });
    if (query.agent) qb.andWhere('t.agent = :agent', { agent: query.agent });
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    if (query.department) qb.andWhere('t.department = :department', { department: query.department });
    if (query.project) qb.andWhere('t.project = :project', { project: query.project });
    if (query.from) qb.andWhere('t.created_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('t.created_at < :to', { to: query.to });
    if (query.cursor) {
      // the cursor is the last row's id; comparing with its stored time keeps full precision
      if (!/^[0-9a-f-]{36}$/i.test(query.cursor)) throw new ValidationFailedError('cursor is not valid', { fields: { cursor: ['invalid'] } });
      qb.andWhere('(t.created_at, t.id) < (SELECT c.created_at, c.id FROM tasks c WHERE c.id = :cursor AND c.organization_id = :organizationId)', { cursor: query.cursor });
    }
    const rows = await qb.orderBy('t.created_at', 'DESC').addOrderBy('t.id', 'DESC').take(query.limit + 1).getMany();
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return {
      items: items.map(taskView),
      nextCursor: rows.length > query.limit && last ? last.id : null,
    };
  }

  /** Only a queued task can be cancelled (also one a worker has started but not yet claimed: that run stops): it ends `failed` (code `cancelled`) and its hold is released. */
  async cancel(organizationId: string, id: string) {
    const task = await this.load(organizationId, id);
    const updated = await this.db
      .createQueryBuilder()
      .update(Task)
      .set({ status: 'failed', error: { code: 'cancelled', message: 'Cancelled before it finished; nothing was charged.' }, cost: 0n, finishedAt: new Date() } as never)
      .where('id = :id AND organization_id = :organizationId AND status = :status', { id, organizationId, status: 'queued' })
      .execute();
    if (!updated.affected) throw new TaskNotCancellableError(task.status);
    if (task.holdId) await this.credits.releaseHold({ organizationId, holdId: task.holdId, idempotencyKey: `release-task-${task.id}` });
    const fresh = await this.load(organizationId, id);
    this.publish(fresh);
    return taskView(fresh);
  }

  async load(organizationId: string, id: string): Promise<Task> {
    const task = /^[0-9a-f-]{36}$/i.test(id) ? await this.db.getRepository(Task).findOneBy({ id, organizationId }) : null;
    if (!task) throw new NotFoundError('Task');
    return task;
  }

  publish(task: Task) {
    this.events.publish(TASK_UPDATED, task.organizationId, { task: taskView(task) });
  }

  /**
   * Budget, credit hold, plan limit and the task row in one statement (ADMIT_TASK). A refusal
   * leaves nothing held or counted and is recorded as a `refused` task; a replayed
   * Idempotency-Key that raced this request answers like a replay.
   */
  private async admit(task: Task, gross: bigint, file: Buffer | null, request: TaskRequest): Promise<Task | ReturnType<TasksService['replay']>> {
    for (let attempt = 1; ; attempt += 1) {
      let outcome: AdmissionOutcome;
      try {
        outcome = await this.holds.admitTask({
          organizationId: task.organizationId,
          taskId: task.id,
          gross,
          agent: task.agent,
          input: task.input,
          department: task.department,
          project: task.project,
          idempotencyKey: task.idempotencyKey,
          channel: task.channel,
          requestedBy: task.requestedBy,
          file,
          releaseKey: `release-task-${task.id}`,
        });
      } catch (error) {
        if (task.idempotencyKey && isUniqueViolation(error)) return this.replayRace(task, request, error);
        throw error;
      }
      if (outcome.kind === 'admitted') {
        Object.assign(task, { holdId: outcome.holdId, heldAmount: outcome.amount, createdAt: outcome.createdAt, updatedAt: outcome.updatedAt });
        return task;
      }
      const refusal = await this.refusal(task, outcome);
      if (refusal) return this.refuse(task, refusal, request);
      // what refused it a moment ago no longer holds (credits came in, a budget was raised): try again
      if (attempt >= 3) throw new DomainError('conflict', 'The task could not be admitted while credits were changing; try again.');
    }
  }

  /**
   * Why the admission statement held nothing, checked again now, in the order budget → credits →
   * plan. When its snapshot shows no reason, a hard-stop budget filled by holds placed meanwhile
   * (which its fresh-snapshot guard saw) is the one left.
   */
  private async refusal(task: Task, outcome: Extract<AdmissionOutcome, { kind: 'refused' }>): Promise<DomainError | null> {
    if (outcome.room === null) throw new NotFoundError('Organization');
    if (outcome.amount <= 0n) throw new ValidationFailedError('A hold must be for more than zero credits.');
    if (outcome.blocked) {
      const refused = await this.budgetRefusal(task, outcome.amount);
      if (refused) return refused;
    }
    if (outcome.available < outcome.amount) return insufficientForHold(outcome.amount, outcome.available);
    if (outcome.lostPlanRace || !outcome.room) return this.planLimits.limitReached(task.organizationId, 'tasks');
    return outcome.blocked ? null : this.budgetRefusal(task, outcome.amount);
  }

  private async budgetRefusal(task: Task, amount: bigint): Promise<DomainError | null> {
    const error = await this.budgets.assertAllows(task.organizationId, { department: task.department, project: task.project }, amount).then(
      () => null,
      (e: unknown) => e,
    );
    if (error instanceof DomainError && error.status === 402) return error;
    if (error) throw error;
    return null;
  }

  /** Records the refusal (never enqueued) and throws it. */
  private async refuse(task: Task, refusal: DomainError, request: TaskRequest): Promise<never> {
    Object.assign(task, { status: 'refused', error: { code: refusal.code, message: refusal.message }, finishedAt: new Date() });
    try {
      await this.db.getRepository(Task).insert(task as never);
    } catch (error) {
      if (task.idempotencyKey && isUniqueViolation(error)) await this.replayRace(task, request, error);
      throw error;
    }
    this.publish(task);
    throw refusal;
  }

  /** Two requests with one Idempotency-Key raced: the loser answers like a replay. */
  private async replayRace(task: Task, request: TaskRequest, error: unknown) {
    const existing = await this.db.getRepository(Task).findOneBy({ organizationId: task.organizationId, idempotencyKey: task.idempotencyKey! });
    if (!existing) throw error;
    return this.replay(existing, request);
  }

  private replay(existing: Task, request: TaskRequest) {
    if (existing.agent !== request.agent) {
      throw new DomainError('idempotency_conflict', 'This Idempotency-Key was used for a different request.');
    }
    if (existing.status === 'refused' && existing.error) throw new DomainError(existing.error.code as never, existing.error.message);
    return { id: existing.id, status: existing.status, agent: existing.agent };
  }

  private decodeFile(contentBase64?: string): Buffer | null {
    if (!contentBase64) return null;
    const bytes = Buffer.from(contentBase64, 'base64');
    if (bytes.length > MAX_FILE_BYTES) {
      throw new DomainError('payload_too_large', `The file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB.`);
    }
    if (bytes.length === 0) throw new ValidationFailedError('contentBase64 is empty.', { fields: { 'input.contentBase64': ['empty'] } });
    return bytes;
  }
}
