import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

/** A meeting, optionally with a lead; its outcome is filled in afterwards. */
@Entity('crm_meetings')
@Index(['organizationId', 'startsAt'])
@Index(['organizationId', 'leadId'])
export class Meeting extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid', nullable: true })
  leadId: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'integer', default: 30 })
  durationMinutes: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attendees: string[];

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
