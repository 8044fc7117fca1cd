import { Column, Entity, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import type { PlanName } from './plan.entity';

@Entity('organizations')
export class Organization extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 32, default: 'free' })
  plan: PlanName;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
