import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '../organizations/entities/membership.entity';
import type { Principal } from './principal';

export const PUBLIC_ROUTE = 'steward:public';
export const REQUIRED_ROLE = 'steward:role';
export const PLATFORM_ADMIN = 'steward:platform-admin';

/** No credentials needed (health, signed webhooks, login). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
/** The caller needs at least this role in the request's organization. */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);
/** Operators of the Steward instance only. */
export const PlatformAdminOnly = () => SetMetadata(PLATFORM_ADMIN, true);

export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest().principal;
});
