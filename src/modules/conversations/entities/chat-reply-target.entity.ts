import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

/** Where to answer when a task started from chat finishes (channel, thread, user). */
@Entity('chat_reply_targets')
@Index(['taskId'], { unique: true })
@Index(['organizationId'])
export class ChatReplyTarget extends BaseEntity {
  @Column({ type: 'uuid' })
  taskId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 16 })
  provider: string;

  @Column({ type: 'jsonb' })
  target: Record<string, string>;

  @Column({ type: 'timestamptz', nullable: true })
  notifiedAt: Date | null;
}
