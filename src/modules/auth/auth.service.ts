import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { AppConfig } from '../../config/app-config';
import { Membership } from '../organizations/entities/membership.entity';
import { Organization } from '../organizations/entities/organization.entity';
import { hashApiKey } from './api-key.codec';
import { ApiKey } from './entities/api-key.entity';
import { User } from './entities/user.entity';
import type { JwtClaims } from './jwt.strategy';
import { verifyPassword } from './password-hasher';
import type { Principal } from './principal';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string, organizationId?: string) {
    const user = await this.db.getRepository(User).findOneBy({ email: normaliseEmail(email) });
    // verify even without a user so timing does not tell which addresses exist
    const valid = await verifyPassword(password, user?.passwordHash ?? 'scrypt$16384$8$1$AAAA$AAAA');
    if (!user || !valid) throw new DomainError('invalid_credentials', 'The e-mail address or password is wrong.');
    const membership = organizationId
      ? await this.db.getRepository(Membership).findOneBy({ userId: user.id, organizationId })
      : await this.db.getRepository(Membership).findOne({ where: { userId: user.id }, order: { createdAt: 'ASC' } });
    if (organizationId && !membership && !user.isPlatformAdmin) throw new DomainError('forbidden', 'You are not a member of that organization.');
    const claims: JwtClaims = { sub: user.id, org: membership?.organizationId ?? organizationId ?? null };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.jwtTtlSeconds });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.jwtTtlSeconds, organizationId: claims.org };
  }

  /** A verified JWT's claims → principal, with the role read fresh from the membership. */
  async principalFromJwt(claims: JwtClaims, requestedOrganizationId?: string): Promise<Principal | null> {
    const user = await this.db.getRepository(User).findOneBy({ id: claims.sub });
    if (!user) return null;
    const organizationId = requestedOrganizationId ?? claims.org;
    let role: Principal['role'] = null;
    if (organizationId) {
      const membership = await this.db.getRepository(Membership).findOneBy({ userId: user.id, organizationId });
      if (membership) role = membership.role;
      else if (!user.isPlatformAdmin) return null;
    }
    return { kind: 'user', userId: user.id, apiKeyId: null, isPlatformAdmin: user.isPlatformAdmin, organizationId: organizationId ?? null, role };
  }

  async principalFromApiKey(key: string, requestedOrganizationId?: string): Promise<Principal | null> {
    const apiKey = await this.db.getRepository(ApiKey).findOneBy({ keyHash: hashApiKey(key), revokedAt: IsNull() });
    if (!apiKey) return null;
    if (!apiKey.lastUsedAt || Date.now() - apiKey.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.db.getRepository(ApiKey).update({ id: apiKey.id }, { lastUsedAt: new Date() });
    }
    if (apiKey.organizationId) {
      return { kind: 'api_key', userId: apiKey.userId, apiKeyId: apiKey.id, isPlatformAdmin: false, organizationId: apiKey.organizationId, role: apiKey.role };
    }
    // a platform key: acts as its platform admin, in the organization the request names
    const user = apiKey.userId ? await this.db.getRepository(User).findOneBy({ id: apiKey.userId }) : null;
    if (!user?.isPlatformAdmin) return null;
    return { kind: 'api_key', userId: user.id, apiKeyId: apiKey.id, isPlatformAdmin: true, organizationId: requestedOrganizationId ?? null, role: requestedOrganizationId ? 'owner' : null };
  }

  async describe(principal: Principal) {
    const user = principal.userId ? await this.db.getRepository(User).findOneBy({ id: principal.userId }) : null;
    const organization = principal.organizationId
      ? await this.db.getRepository(Organization).findOneBy({ id: principal.organizationId })
      : null;
    return {
      user: user ? { id: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin } : null,
      organization: organization ? { id: organization.id, name: organization.name, plan: organization.plan } : null,
      role: principal.role,
      via: principal.kind,
      ...(principal.apiKeyId ? { apiKeyId: principal.apiKeyId } : {}),
    };
  }
}
