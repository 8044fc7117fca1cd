import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import { bigintColumn, money } from '../../../database/money-column';

export const ENTRY_TYPES = ['grant', 'purchase', 'debit', 'hold', 'capture', 'release', 'refund', 'adjustment', 'expiry'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/**
 * Append-only. `amount` is the change of the balance (granted + purchased), split into the
 * two buckets; `heldAmount` is the change of open holds. balance = Σ amount, held = Σ heldAmount.
 */
@Entity('credit_ledger_entries')
@Index(['organizationId', 'idempotencyKey'], { unique: true })
@Index(['organizationId', 'sequence'], { unique: true })
@Index(['organizationId', 'createdAt'])
@Index(['organizationId', 'referenceType', 'referenceId'])
export class LedgerEntry extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  /** 1, 2, 3… per organization, gap-free: the order entries were applied in */
  @Column({ type: 'bigint', transformer: bigintColumn })
  sequence: bigint;

  @Column({ type: 'varchar', length: 16 })
  type: EntryType;

  @Column(money())
  amount: bigint;

  @Column(money())
  grantedAmount: bigint;

  @Column(money())
  purchasedAmount: bigint;

  @Column(money())
  heldAmount: bigint;

  @Column(money())
  balanceAfter: bigint;

  @Column(money())
  heldAfter: bigint;

  @Column({ type: 'varchar', length: 200 })
  idempotencyKey: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  referenceType: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  referenceId: string | null;

  @Column({ type: 'uuid', nullable: true })
  holdId: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  department: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  project: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  actorType: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  actorId: string | null;

  /** priced operation, for debits and captures */
  @Column({ type: 'varchar', length: 64, nullable: true })
  operation: string | null;

  @Column({ type: 'integer', default: 0 })
  quantity: number;

  /** the cost breakdown (micro-credits as strings) */
  @Column({ type: 'jsonb', nullable: true })
  breakdown: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;
}
