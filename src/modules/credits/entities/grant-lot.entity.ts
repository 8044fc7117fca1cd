import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import { bigintColumn, money } from '../../../database/money-column';

/**
 * One grant of promotional credits. Consumption is attributed to the soonest-expiring lot,
 * so when a lot expires only what the other live lots cannot account for is removed.
 */
@Entity('credit_grant_lots')
@Index(['organizationId'])
@Index('IDX_credit_grant_lots_due', ['expiresAt'], { where: '"settled_at" IS NULL AND "expires_at" IS NOT NULL' })
export class GrantLot extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @Column({ type: 'bigint', transformer: bigintColumn })
  grantSequence: bigint;

  @Column(money())
  amount: bigint;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column(money({ default: '0' }))
  expiredAmount: bigint;

  /** set once the lot can no longer change (fully expired or consumed at expiry) */
  @Column({ type: 'timestamptz', nullable: true })
  settledAt: Date | null;
}
