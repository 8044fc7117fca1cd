import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { AppConfig } from '../../config/app-config';
import { Membership } from '../organizations/entities/membership.entity';
import { Organization } from '../organizations/entities/organization.entity';
import { hashApiKey } from './api-key.codec';
import { User } from './entities/user.entity';
import type { JwtClaims } from './jwt.strategy';
import { verifyPassword } from './password-hasher';
import type { Principal } from './principal';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const LAST_USED_RESOLUTION_MS = 60_000;

const KEY_CACHE_MAX = 10_000;

interface ApiKeyRow {
  id: string;
  organization_id: string | null;
  user_id: string | null;
  role: Principal['role'];
  last_used_at: Date | null;
  is_platform_admin: boolean | null;
}

@Injectable()
export class AuthService {
  /** key hash → row, for AUTH_CACHE_SECONDS: saves a query on every API request */
  private readonly keyCache = new Map<string, { row: ApiKeyRow; until: number }>();

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

  /** Hot path of every API request: one indexed lookup, and last-used written at most once a minute. */
  async principalFromApiKey(key: string, requestedOrganizationId?: string): Promise<Principal | null> {
    const hash = hashApiKey(key);
    const cached = this.keyCache.get(hash);
    const apiKey = cached && cached.until > Date.now() ? cached.row : await this.loadApiKey(hash);
    if (!apiKey) return null;
    if (apiKey.organization_id) {
      return { kind: 'api_key', userId: apiKey.user_id, apiKeyId: apiKey.id, isPlatformAdmin: false, organizationId: apiKey.organization_id, role: apiKey.role };
    }
    // a platform key: acts as its platform admin, in the organization the request names
    if (!apiKey.is_platform_admin) return null;
    return { kind: 'api_key', userId: apiKey.user_id, apiKeyId: apiKey.id, isPlatformAdmin: true, organizationId: requestedOrganizationId ?? null, role: requestedOrganizationId ? 'owner' : null };
  }

  /** Revocation takes effect at once in this process, and within AUTH_CACHE_SECONDS in others. */
  forgetApiKey(keyHash: string): void {
    this.keyCache.delete(keyHash);
  }

  private async loadApiKey(hash: string): Promise<ApiKeyRow | null> {
    const rows: ApiKeyRow[] = await this.db.query(
      `SELECT k.id, k.organization_id, k.user_id, k.role, k.last_used_at, u.is_platform_admin
         FROM api_keys k LEFT JOIN users u ON u.id = k.user_id
        WHERE k.key_hash = $1 AND k.revoked_at IS NULL`,
      [hash],
    );
    const apiKey = rows[0] ?? null;
    if (apiKey && (!apiKey.last_used_at || Date.now() - new Date(apiKey.last_used_at).getTime() > LAST_USED_RESOLUTION_MS)) {
      await this.db.query('UPDATE api_keys SET last_used_at = now() WHERE id = $1', [apiKey.id]);
      apiKey.last_used_at = new Date();
    }
    const ttl = this.config.authCacheSeconds * 1000;
    if (apiKey && ttl > 0) {
      if (this.keyCache.size >= KEY_CACHE_MAX) this.keyCache.delete(this.keyCache.keys().next().value as string);
      this.keyCache.set(hash, { row: apiKey, until: Date.now() + Math.min(ttl, LAST_USED_RESOLUTION_MS) });
    }
    return apiKey;
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
