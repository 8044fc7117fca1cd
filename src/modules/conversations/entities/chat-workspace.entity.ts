import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

export const CHAT_PROVIDERS = ['slack', 'discord'] as const;
export type ChatProvider = (typeof CHAT_PROVIDERS)[number];

/**
 * A Slack workspace (team id) or Discord guild. It is installed first (OAuth) and belongs to
 * no organization until someone types `link <code>` there; then it belongs to exactly one.
 */
@Entity('chat_workspaces')
@Index(['provider', 'externalId'], { unique: true })
@Index(['organizationId'])
export class ChatWorkspace extends BaseEntity {
  @Column({ type: 'varchar', length: 16 })
  provider: ChatProvider;

  /** Slack team id or Discord guild id */
  @Column({ type: 'varchar', length: 64 })
  externalId: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  /** OAuth bot token, AES-256-GCM with the instance encryption key; never returned */
  @Column({ type: 'text', nullable: true })
  botTokenCiphertext: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  botUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  linkedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
