import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import { money } from '../../../database/money-column';

export type HoldStatus = 'open' | 'captured' | 'released' | 'expired';

/** Credits reserved for work in progress; captured, released, or expired by the sweeper. */
@Entity('credit_holds')
@Index(['organizationId', 'idempotencyKey'], { unique: true })
@Index('IDX_credit_holds_open_expiry', ['expiresAt'], { where: `"status" = 'open'` })
// hard-stop budgets count the open holds in their scope (credit_budget_open_holds)
@Index('IDX_credit_holds_open_org', ['organizationId'], { where: `"status" = 'open'` })
export class CreditHold extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column(money())
  amount: bigint;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: HoldStatus;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'varchar', length: 200 })
  idempotencyKey: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  referenceType: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  referenceId: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  department: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  project: string | null;

  @Column(money({ nullable: true }))
  capturedAmount: bigint | null;

  /** the capture entry, so a replayed capture returns the same answer */
  @Column({ type: 'uuid', nullable: true })
  captureEntryId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  settledAt: Date | null;
}
