import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

/** One conversation thread with the AI CEO: a Slack thread, a Discord channel or DM, a REST session. */
@Entity('chat_sessions')
@Index(['organizationId', 'channel', 'threadKey'], { unique: true })
export class ChatSession extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 16 })
  channel: string;

  @Column({ type: 'varchar', length: 200 })
  threadKey: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
