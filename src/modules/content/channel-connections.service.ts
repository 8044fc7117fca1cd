import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../common/domain-error';
import { SecretBox } from '../../common/secret-box';
import { AppConfig } from '../../config/app-config';
import type { LinkedInConnectionDto } from './dto/content.dto';
import { ChannelConnection } from './entities/channel-connection.entity';
import type { PublishCredentials } from './publishers/publisher';

/** Stores an organization's channel tokens encrypted (AES-256-GCM, bound to organization + provider). */
@Injectable()
export class ChannelConnectionsService {
  private readonly box: SecretBox;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    config: AppConfig,
  ) {
    this.box = new SecretBox(config.encryptionKey);
  }

  async connectLinkedIn(organizationId: string, input: LinkedInConnectionDto) {
    const sealed = this.box.seal(input.accessToken, context(organizationId, 'linkedin'));
    await this.db.query(
      `INSERT INTO content_channel_connections (organization_id, provider, access_token_ciphertext, author_urn, expires_at)
       VALUES ($1, 'linkedin', $2, $3, $4)
       ON CONFLICT (organization_id, provider) DO UPDATE SET access_token_ciphertext = EXCLUDED.access_token_ciphertext,
         author_urn = EXCLUDED.author_urn, expires_at = EXCLUDED.expires_at, updated_at = now()`,
      [organizationId, sealed, input.authorUrn, input.expiresAt ? new Date(input.expiresAt) : null],
    );
    return this.view(organizationId, 'linkedin');
  }

  async view(organizationId: string, provider: 'linkedin') {
    const row = await this.db.getRepository(ChannelConnection).findOneBy({ organizationId, provider });
    if (!row) return { provider, connected: false as const };
    return { provider, connected: true as const, authorUrn: row.authorUrn, expiresAt: row.expiresAt, updatedAt: row.updatedAt };
  }

  async disconnect(organizationId: string, provider: 'linkedin') {
    const result = await this.db.getRepository(ChannelConnection).delete({ organizationId, provider });
    if (!result.affected) throw new NotFoundError(`A ${provider} connection`);
    return { provider, connected: false };
  }

  /** The decrypted credentials, or null when the organization has not connected the channel. */
  async credentials(organizationId: string, provider: 'linkedin'): Promise<PublishCredentials | null> {
    const row = await this.db.getRepository(ChannelConnection).findOneBy({ organizationId, provider });
    if (!row) return null;
    return { accessToken: this.box.open(row.accessTokenCiphertext, context(organizationId, provider)), authorUrn: row.authorUrn };
  }
}

function context(organizationId: string, provider: string) {
  return `content-connection:${organizationId}:${provider}`;
}
