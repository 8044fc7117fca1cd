import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { DomainError, ForbiddenError, NotFoundError } from '../../common/domain-error';
import { Organization } from '../organizations/entities/organization.entity';
import { Role, roleAtLeast } from '../organizations/entities/membership.entity';
import { generateApiKey, hashApiKey, displayPrefix } from './api-key.codec';
import { AuthService } from './auth.service';
import { ApiKey } from './entities/api-key.entity';
import { assertSameOrganization, Principal } from './principal';

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
  ) {}

  /** The key itself is returned once, here, and never stored. */
  async create(organizationId: string, name: string, role: Role, principal: Principal) {
    assertSameOrganization(principal, organizationId);
    if (!principal.isPlatformAdmin) {
      if (!roleAtLeast(principal.role, 'admin')) throw new ForbiddenError('Creating API keys needs the admin role or higher.');
      if (!roleAtLeast(principal.role, role)) throw new ForbiddenError(`You cannot create a key with the ${role} role, which is above yours.`);
    }
    const organization = await this.db.getRepository(Organization).findOneBy({ id: organizationId });
    if (!organization) throw new NotFoundError('Organization');
    const generated = generateApiKey();
    const row = await this.db.getRepository(ApiKey).save(
      this.db.getRepository(ApiKey).create({ organizationId, userId: principal.userId, name, role, prefix: generated.prefix, keyHash: generated.hash }),
    );
    return { id: row.id, key: generated.key, name: row.name, role: row.role, prefix: row.prefix, createdAt: row.createdAt };
  }

  async list(organizationId: string, principal: Principal) {
    assertSameOrganization(principal, organizationId);
    const rows = await this.db.getRepository(ApiKey).find({ where: { organizationId }, order: { createdAt: 'ASC' } });
    return { items: rows.map((row) => this.view(row)) };
  }

  async revoke(organizationId: string, keyId: string, principal: Principal) {
    assertSameOrganization(principal, organizationId);
    const row = await this.db.getRepository(ApiKey).findOneBy({ id: keyId, organizationId });
    if (!row) throw new NotFoundError('API key');
    if (!principal.isPlatformAdmin && !roleAtLeast(principal.role, 'admin')) throw new ForbiddenError('Revoking API keys needs the admin role or higher.');
    if (!row.revokedAt) {
      row.revokedAt = new Date();
      await this.db.getRepository(ApiKey).save(row);
    }
    this.auth.forgetApiKey(row.keyHash);
    return this.view(row);
  }

  /** Platform keys (no organization) for a platform admin; used by bootstrap. */
  async createPlatformKey(userId: string, name: string, key?: string) {
    const generated = key ? { key, prefix: displayPrefix(key), hash: hashApiKey(key) } : generateApiKey();
    const existing = await this.db.getRepository(ApiKey).findOneBy({ keyHash: generated.hash, revokedAt: IsNull() });
    if (existing) throw new DomainError('conflict', 'That key already exists.');
    await this.db.getRepository(ApiKey).insert({ organizationId: null, userId, name, role: null, prefix: generated.prefix, keyHash: generated.hash });
    return generated.key;
  }

  private view(row: ApiKey) {
    return { id: row.id, name: row.name, role: row.role, prefix: row.prefix, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, revokedAt: row.revokedAt };
  }
}
