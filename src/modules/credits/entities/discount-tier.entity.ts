import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

/** Volume discount of a plan: from `minTasks` billable tasks in a UTC day, `discountBps`/100 percent off. */
@Entity('credit_discount_tiers')
@Index(['plan', 'minTasks'], { unique: true })
export class DiscountTier extends BaseEntity {
  @Column({ type: 'varchar', length: 32 })
  plan: string;

  @Column({ type: 'integer' })
  minTasks: number;

  /** basis points: 500 = 5% */
  @Column({ type: 'integer' })
  discountBps: number;
}
