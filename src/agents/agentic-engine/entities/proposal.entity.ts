import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import { money } from '../../../database/money-column';

export const PROPOSAL_STATUSES = ['pending', 'approved', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/**
 * Something the agentic engine wants to do. One pending proposal per dedupe key (index), and
 * the engine skips keys decided within a cool-down, so hourly runs do not repeat themselves.
 */
@Entity('agentic_proposals')
@Index(['organizationId', 'dedupeKey'], { unique: true, where: `"status" = 'pending'` })
@Index(['organizationId', 'dedupeKey', 'createdAt'])
@Index(['organizationId', 'status', 'createdAt'])
export class Proposal extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid', nullable: true })
  runId: string | null;

  @Column({ type: 'varchar', length: 32 })
  insightType: string;

  /** an autonomous task type (lead_followup, social_media_post, email_campaign) or review_task_backlog */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 200 })
  dedupeKey: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'double precision' })
  confidence: number;

  @Column(money())
  estimatedCost: bigint;

  /** the task input the action runs with */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: Record<string, unknown>;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: ProposalStatus;

  /** rest | slack | discord | policy | … */
  @Column({ type: 'varchar', length: 32, nullable: true })
  decidedVia: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  taskId: string | null;

  /** why approving did not start a task (e.g. insufficient credits) */
  @Column({ type: 'text', nullable: true })
  executionError: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
