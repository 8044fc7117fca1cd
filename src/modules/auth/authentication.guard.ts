import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { DomainError, ForbiddenError } from '../../common/domain-error';
import { roleAtLeast, Role } from '../organizations/entities/membership.entity';
import { looksLikeJwt } from './api-key.codec';
import { PLATFORM_ADMIN, PUBLIC_ROUTE, REQUIRED_ROLE } from './auth.decorators';
import { AuthService } from './auth.service';
import type { JwtClaims } from './jwt.strategy';
import type { Principal } from './principal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const JwtPassportGuard = AuthGuard('jwt');

/**
 * Global guard: every route needs an API key or a JWT unless marked @Public. Then the
 * route's @RequireRole / @PlatformAdminOnly are checked against the principal.
 */
@Injectable()
export class AuthenticationGuard extends JwtPassportGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal; user?: JwtClaims }>();
    const token = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();
    if (!token) throw new DomainError('unauthorized', 'Send an API key or token as "Authorization: Bearer <key>".');
    const requestedOrg = this.requestedOrganization(request);
    let principal: Principal | null;
    if (looksLikeJwt(token)) {
      try {
        await super.canActivate(context);
      } catch {
        throw new DomainError('unauthorized', 'The token is invalid or has expired; log in again.');
      }
      principal = await this.auth.principalFromJwt(request.user!, requestedOrg);
    } else {
      principal = await this.auth.principalFromApiKey(token, requestedOrg);
    }
    if (!principal) throw new DomainError('unauthorized', 'The API key or token is not valid (it may have been revoked).');
    request.principal = principal;
    this.authorize(principal, targets);
    return true;
  }

  private requestedOrganization(request: Request): string | undefined {
    const header = request.headers['x-organization-id'];
    const value = Array.isArray(header) ? header[0] : header;
    if (value === undefined) return undefined;
    if (!UUID.test(value)) throw new DomainError('validation_failed', 'X-Organization-Id must be an organization id (a UUID).');
    return value;
  }

  private authorize(principal: Principal, targets: Parameters<Reflector['getAllAndOverride']>[1]) {
    if (this.reflector.getAllAndOverride<boolean>(PLATFORM_ADMIN, targets) && !principal.isPlatformAdmin) {
      throw new ForbiddenError('Only platform admins may do this.');
    }
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets);
    if (required && !principal.isPlatformAdmin) {
      if (!principal.organizationId) throw new ForbiddenError('This needs an organization; use a key of that organization.');
      if (!roleAtLeast(principal.role, required)) throw new ForbiddenError(`This needs the ${required} role or higher; you are ${principal.role ?? 'not a member'}.`);
    }
  }

  /** passport's default would throw its own 401; we map failures ourselves above. */
  override handleRequest<T>(error: unknown, user: T): T {
    if (error || !user) throw error ?? new Error('unauthenticated');
    return user;
  }
}
