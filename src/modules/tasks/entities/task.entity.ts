import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import { money } from '../../../database/money-column';

export const TASK_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'refused'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const FINAL_STATUSES: TaskStatus[] = ['succeeded', 'failed', 'refused'];


/** One agent run: what was asked, what it cost, what came out. */
@Entity('tasks')
@Index(['organizationId', 'createdAt'])
@Index(['organizationId', 'idempotencyKey'], { unique: true, where: '"idempotency_key" IS NOT NULL' })
// the stranded-task sweeper looks only at queued tasks, oldest first
@Index('IDX_tasks_queued_created_at', ['createdAt', 'id'], { where: `"status" = 'queued'` })
// and at tasks left running long past any time limit (a job that failed for good after its claim)
@Index('IDX_tasks_running_updated_at', ['updatedAt', 'id'], { where: `"status" = 'running'` })
export class Task extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 64 })
  agent: string;

  @Column({ type: 'varchar', length: 16 })
  status: TaskStatus;

  /** text / filename / mimeType / target; file bytes live in task_inputs */
  @Column({ type: 'jsonb' })
  input: Record<string, unknown>;

  @Column({ type: 'jsonb', nullable: true })
  output: unknown;

  @Column({ type: 'varchar', length: 16, nullable: true })
  mode: 'offline' | 'llm' | null;

  @Column({ type: 'integer', default: 0 })
  inputTokens: number;

  @Column({ type: 'integer', default: 0 })
  outputTokens: number;

  @Column(money({ nullable: true }))
  cost: bigint | null;

  @Column({ type: 'jsonb', nullable: true })
  costBreakdown: Record<string, unknown> | null;

  @Column(money({ nullable: true }))
  heldAmount: bigint | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  holdId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  error: { code: string; message: string } | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  department: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  project: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  idempotencyKey: string | null;

  /** where the request came from: rest, email, slack, discord, cli, engine */
  @Column({ type: 'varchar', length: 32, default: 'rest' })
  channel: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestedBy: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
