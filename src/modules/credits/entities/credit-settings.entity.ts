import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import { money } from '../../../database/money-column';

/** Auto top-up preferences, stored here for the billing module to act on. */
@Entity('credit_settings')
@Index(['organizationId'], { unique: true })
export class CreditSettings extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'boolean', default: false })
  autoTopUpEnabled: boolean;

  @Column(money({ nullable: true }))
  autoTopUpThreshold: bigint | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  autoTopUpPackage: string | null;

  @Column(money({ nullable: true }))
  autoTopUpMonthlyCap: bigint | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
