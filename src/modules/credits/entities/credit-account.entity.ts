import { Check, Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import { bigintColumn, money } from '../../../database/money-column';

/**
 * One per organization: the running totals of its ledger. Every change happens in the same
 * statement or transaction as the ledger entry that explains it, with this row locked.
 */
@Entity('credit_accounts')
@Index(['organizationId'], { unique: true })
@Check('CHK_credit_accounts_non_negative', 'granted >= 0 AND purchased >= 0 AND held >= 0 AND granted + purchased >= held')
export class CreditAccount extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  /** promotional credits (may expire); consumed first */
  @Column(money({ default: '0' }))
  granted: bigint;

  @Column(money({ default: '0' }))
  purchased: bigint;

  /** sum of open holds */
  @Column(money({ default: '0' }))
  held: bigint;

  /** number of ledger entries = sequence of the latest one */
  @Column({ type: 'bigint', default: '0', transformer: bigintColumn })
  entries: bigint;

  /**
   * Granted part of the latest debit, set by the debit statement itself so it can return the
   * bucket split (PostgreSQL 15 has no RETURNING OLD).
   */
  @Column(money({ default: '0' }))
  lastGrantedSpent: bigint;

  /** UTC day of `dayTasks`, for volume discounts */
  @Column({ type: 'date', nullable: true })
  dayStart: string | null;

  @Column({ type: 'integer', default: 0 })
  dayTasks: number;

  /** null: AppConfig.lowBalanceThreshold */
  @Column(money({ nullable: true }))
  lowBalanceThreshold: bigint | null;

  /** set when the low-balance alert fired; cleared when credits come back above the threshold */
  @Column({ type: 'timestamptz', nullable: true })
  lowBalanceAlertedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
