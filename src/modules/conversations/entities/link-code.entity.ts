import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import type { ChatProvider } from './chat-workspace.entity';

/** A one-time code an admin makes through the API; `link <code>` in the chat redeems it. */
@Entity('chat_link_codes')
@Index(['codeHash'], { unique: true })
@Index(['organizationId'])
export class LinkCode extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 16 })
  provider: ChatProvider;

  /** sha256 of the code; the code itself is shown once */
  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  /** the member whose chat account the redeemer becomes (default: the creator, when a person) */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  createdBy: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  usedInWorkspace: string | null;
}
