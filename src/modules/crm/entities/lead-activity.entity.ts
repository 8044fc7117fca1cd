import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

export const ACTIVITY_TYPES = ['note', 'call', 'email', 'meeting'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Something that happened with a lead. `idempotencyKey` lets jobs record an activity exactly once. */
@Entity('crm_activities')
@Index(['organizationId', 'leadId', 'occurredAt'])
@Index(['organizationId', 'idempotencyKey'], { unique: true, where: '"idempotency_key" IS NOT NULL' })
export class LeadActivity extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  leadId: string;

  @Column({ type: 'varchar', length: 16 })
  type: ActivityType;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  createdBy: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  idempotencyKey: string | null;
}
