import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import { money } from '../../../database/money-column';

/** How the agentic engine behaves for one organization; defaults apply until an admin changes them. */
@Entity('agentic_policies')
@Index(['organizationId'], { unique: true })
export class AgenticPolicy extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** approve proposals without asking, within the run's credit cap */
  @Column({ type: 'boolean', default: false })
  autoApprove: boolean;

  /** the most a run may commit (sum of estimated costs of what it starts), micro-credits */
  @Column(money({ default: '5000000' }))
  runCreditCap: bigint;

  @Column({ type: 'double precision', default: 0.75 })
  confidenceThreshold: number;

  @Column({ type: 'integer', default: 14 })
  staleLeadDays: number;

  /** fewer published/scheduled posts than this in 7 days is "low content output" */
  @Column({ type: 'integer', default: 2 })
  weeklyPostTarget: number;

  /** more queued tasks than this (or any waiting over an hour) is a backlog */
  @Column({ type: 'integer', default: 10 })
  backlogThreshold: number;

  /** where the digest goes: none | slack | discord | email */
  @Column({ type: 'varchar', length: 16, default: 'none' })
  digestChannel: string;

  /** channel id or address for the digest */
  @Column({ type: 'varchar', length: 200, nullable: true })
  digestTarget: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
