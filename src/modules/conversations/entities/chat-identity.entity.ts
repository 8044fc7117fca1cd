import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import type { ChatProvider } from './chat-workspace.entity';

/** A chat account known to be a Steward user (matched by verified e-mail or by a link code). */
@Entity('chat_identities')
@Index(['provider', 'workspaceExternalId', 'externalUserId'], { unique: true })
@Index(['organizationId'])
export class ChatIdentity extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 16 })
  provider: ChatProvider;

  @Column({ type: 'varchar', length: 64 })
  workspaceExternalId: string;

  @Column({ type: 'varchar', length: 64 })
  externalUserId: string;

  @Column({ type: 'uuid' })
  userId: string;

  /** 'email' or 'link' */
  @Column({ type: 'varchar', length: 16 })
  method: string;
}
