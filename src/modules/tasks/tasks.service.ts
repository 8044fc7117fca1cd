import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { DomainError, NotFoundError, ValidationFailedError } from '../../common/domain-error';
import { DomainEvents } from '../../common/domain-events';
import { hydrate } from '../../database/hydrate';
import { JobName, jobId } from '../../queue/job-names';
import { QueueService } from '../../queue/queue.service';
import { actorOf, Principal } from '../auth/principal';
import { BudgetsService } from '../credits/budgets.service';
import { CreditsService } from '../credits/credits.service';
import { PlanLimitsService } from '../credits/plan-limits.service';
import { PricingService } from '../credits/pricing.service';
import { AGENT_RUNNERS, AgentRunners } from './agent-runner';
import type { CreateTaskDto } from './dto/create-task.dto';
import { Task, TaskStatus } from './entities/task.entity';
import { TaskInput } from './entities/task-input.entity';
import { taskView } from './task.view';
import { MAX_FILE_BYTES, TaskNotCancellableError, UnknownAgentError } from './tasks.errors';

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

/**
 * Creates tasks: validate → budget → hold → plan limit → enqueue. Refusals (402) are
 * recorded as `refused` and never enqueued; nothing is half-written.
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
    const row = {
      organizationId,
      agent: runner.name,
      status: 'queued' as const,
      // hasFile spares the worker a lookup of task_inputs for text-only tasks
      input: { ...inputWithoutBytes, hasFile: Boolean(file) } as Record<string, unknown>,
      department: request.department ?? null,
      project: request.project ?? null,
      idempotencyKey: request.idempotencyKey ?? null,
      channel: request.channel ?? 'rest',
      requestedBy: actorOf(principal).actorId,
    };
    let task: Task;
    try {
      task = file
        ? await this.db.transaction(async (tx) => {
            const saved = await tx.getRepository(Task).save(tx.getRepository(Task).create(row));
            await tx.getRepository(TaskInput).insert({ taskId: saved.id, organizationId, content: file });
            return saved;
          })
        : await this.insertTask(row);
    } catch (error) {
      // two requests with one Idempotency-Key raced: the loser answers like a replay
      if (request.idempotencyKey && error instanceof QueryFailedError && /duplicate key/.test(error.message)) {
        const existing = await this.db.getRepository(Task).findOneByOrFail({ organizationId, idempotencyKey: request.idempotencyKey });
        return this.replay(existing, request);
      }
      throw error;
    }
    await this.admit(task, runner.operation);
    await this.queue.enqueue(JobName.RunTask, { taskId: task.id }, { jobId: jobId('task', task.id), attempts: 4, backoffMs: 2000 });
    this.publish(task);
    return { id: task.id, status: task.status, agent: task.agent };
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

  /** Only a queued task can be cancelled: it ends `failed` (code `cancelled`) and its hold is released. */
  async cancel(organizationId: string, id: string) {
    const task = await this.load(organizationId, id);
    const updated = await this.db
      .createQueryBuilder()
      .update(Task)
      .set({ status: 'failed', error: { code: 'cancelled', message: 'Cancelled before it ran; nothing was charged.' }, finishedAt: new Date() })
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

  /** Budget, credit hold and plan limit, in that order; a refusal leaves nothing held or counted. */
  private async admit(task: Task, operation: string) {
    const estimate = await this.pricing.estimate(task.organizationId, operation);
    let holdId: string | null = null;
    try {
      await this.budgets.assertAllows(task.organizationId, { department: task.department, project: task.project }, estimate.total);
      const hold = await this.credits.placeHold({
        organizationId: task.organizationId,
        amount: estimate.total,
        idempotencyKey: `hold-task-${task.id}`,
        reference: { type: 'task', id: task.id },
        department: task.department,
        project: task.project,
      });
      holdId = hold.holdId;
      await this.planLimits.consume(task.organizationId, 'tasks', `task-${task.id}`);
      await this.db.getRepository(Task).update({ id: task.id }, { holdId, heldAmount: estimate.total });
      task.holdId = holdId;
      task.heldAmount = estimate.total;
    } catch (error) {
      if (holdId) await this.credits.releaseHold({ organizationId: task.organizationId, holdId, idempotencyKey: `release-task-${task.id}` });
      if (error instanceof DomainError && error.status === 402) {
        await this.db.getRepository(Task).update({ id: task.id }, { status: 'refused', error: { code: error.code, message: error.message }, finishedAt: new Date() });
        task.status = 'refused';
        this.publish(task);
      } else {
        await this.db.getRepository(Task).delete({ id: task.id });
      }
      throw error;
    }
  }

  /** One INSERT … RETURNING, no surrounding transaction: the row is the only write. */
  private async insertTask(row: Partial<Task>): Promise<Task> {
    const result = await this.db.createQueryBuilder().insert().into(Task).values(row as never).returning('*').execute();
    return hydrate(this.db, Task, (result.raw as Record<string, unknown>[])[0]);
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
