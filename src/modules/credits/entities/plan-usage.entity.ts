import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

export type LimitKind = 'tasks' | 'posts' | 'emails';

/** How much of a plan's monthly allowance an organization used in one UTC month. */
@Entity('plan_usage_counters')
@Index(['organizationId', 'periodStart', 'kind'], { unique: true })
export class PlanUsageCounter extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'varchar', length: 16 })
  kind: LimitKind;

  @Column({ type: 'integer', default: 0 })
  used: number;
}

/** One consumed unit, so a replayed request never counts twice. */
@Entity('plan_usage_claims')
@Index(['organizationId', 'kind', 'idempotencyKey'], { unique: true })
export class PlanUsageClaim extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: LimitKind;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'varchar', length: 200 })
  idempotencyKey: string;
}
