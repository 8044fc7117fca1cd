import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

/**
 * One row per chat event we acted on (Slack team + trigger/event id, Discord message or
 * interaction id). Inserting it is how a retry or a second delivery is told apart.
 */
@Entity('chat_inbound_events')
@Index(['provider', 'idempotencyKey'], { unique: true })
export class ChatInboundEvent extends BaseEntity {
  @Column({ type: 'varchar', length: 16 })
  provider: string;

  @Column({ type: 'varchar', length: 200 })
  idempotencyKey: string;
}
