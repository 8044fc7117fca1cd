import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

/** An organization's re-label of a mail; the email-sorter learns from these for that organization only. */
@Entity('email_corrections')
@Index(['organizationId', 'createdAt'])
export class EmailCorrection extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 32 })
  category: string;

  @Column({ type: 'uuid', nullable: true })
  taskId: string | null;
}
