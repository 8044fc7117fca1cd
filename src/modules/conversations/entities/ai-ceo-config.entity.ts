import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

/** How an organization's AI CEO introduces itself and what it steers towards. */
@Entity('ai_ceo_configs')
@Index(['organizationId'], { unique: true })
export class AiCeoConfig extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text' })
  personality: string;

  @Column({ type: 'text' })
  goals: string;

  @Column({ type: 'varchar', length: 200 })
  industry: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
