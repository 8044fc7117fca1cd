import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

/** An organization's OAuth access to a publishing channel. The token is AES-256-GCM encrypted. */
@Entity('content_channel_connections')
@Index(['organizationId', 'provider'], { unique: true })
export class ChannelConnection extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 32 })
  provider: 'linkedin';

  @Column({ type: 'text' })
  accessTokenCiphertext: string;

  /** the author of posts, e.g. urn:li:person:abc or urn:li:organization:123 */
  @Column({ type: 'varchar', length: 200 })
  authorUrn: string;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
