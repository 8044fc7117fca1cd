import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

/** A fired alert (budget threshold, low balance); `dedupeKey` makes each fire once. */
@Entity('credit_alerts')
@Index(['organizationId', 'dedupeKey'], { unique: true })
@Index(['organizationId', 'createdAt'])
export class CreditAlert extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  /** 'budget' | 'low_balance' */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'varchar', length: 200 })
  dedupeKey: string;

  @Column({ type: 'uuid', nullable: true })
  budgetId: string | null;

  @Column({ type: 'integer', nullable: true })
  threshold: number | null;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;
}
