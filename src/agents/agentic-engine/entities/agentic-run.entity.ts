import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import { money } from '../../../database/money-column';

/** One pass of the agentic engine over an organization. */
@Entity('agentic_runs')
@Index(['organizationId', 'createdAt'])
export class AgenticRun extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  /** schedule | manual */
  @Column({ type: 'varchar', length: 16 })
  trigger: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  insights: { type: string; confidence: number; reason: string }[];

  @Column({ type: 'integer', default: 0 })
  proposalsFiled: number;

  @Column({ type: 'integer', default: 0 })
  autoApproved: number;

  @Column(money())
  creditCap: bigint;

  /** estimated cost of the work this run started */
  @Column(money({ default: '0' }))
  committed: bigint;

  @Column({ type: 'integer', default: 0 })
  durationMs: number;
}
