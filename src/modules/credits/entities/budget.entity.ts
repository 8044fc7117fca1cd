import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import { money } from '../../../database/money-column';

/** A monthly (UTC) spending limit for the organization, or one department or project in it. */
@Entity('credit_budgets')
@Index(['organizationId'])
export class Budget extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  department: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  project: string | null;

  @Column(money())
  amountLimit: bigint;

  @Column({ type: 'boolean', default: false })
  hardStop: boolean;

  /** first day of the month `spent` counts; a charge in a later month starts from zero */
  @Column({ type: 'date', nullable: true })
  periodStart: string | null;

  @Column(money({ default: '0' }))
  spent: bigint;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
