import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import { money } from '../../../database/money-column';

/** A turn in a chat session; assistant turns carry the mode, tokens and cost that answered. */
@Entity('chat_messages')
@Index(['sessionId', 'createdAt'])
@Index(['organizationId'])
export class ChatMessage extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  /** 'user' or 'assistant' */
  @Column({ type: 'varchar', length: 16 })
  role: string;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  mode: string | null;

  @Column({ type: 'integer', default: 0 })
  inputTokens: number;

  @Column({ type: 'integer', default: 0 })
  outputTokens: number;

  @Column(money({ nullable: true }))
  cost: bigint | null;
}
