import { DomainError, NotFoundError } from '../../common/domain-error';
import type { Role } from '../organizations/entities/membership.entity';

/** Who is calling, and the one organization the request acts in. */
export interface Principal {
  kind: 'user' | 'api_key' | 'channel' | 'system';
  userId: string | null;
  apiKeyId: string | null;
  isPlatformAdmin: boolean;
  /** null only for platform requests that name no organization */
  organizationId: string | null;
  role: Role | null;
}

export function systemPrincipal(organizationId: string | null): Principal {
  return { kind: 'system', userId: null, apiKeyId: null, isPlatformAdmin: false, organizationId, role: 'owner' };
}

export function actorOf(principal: Principal): { actorType: 'user' | 'api_key' | 'system' | 'channel'; actorId: string | null } {
  if (principal.kind === 'api_key') return { actorType: 'api_key', actorId: principal.apiKeyId };
  if (principal.kind === 'user') return { actorType: 'user', actorId: principal.userId };
  return { actorType: principal.kind, actorId: principal.userId };
}

/** The organization a request acts in; platform requests must name one with X-Organization-Id. */
export function organizationOf(principal: Principal): string {
  if (!principal.organizationId) {
    throw new DomainError('invalid_request', 'This acts inside one organization: send X-Organization-Id or use an organization key.');
  }
  return principal.organizationId;
}

/** Rows of another organization answer 404, exactly as if they did not exist. */
export function assertSameOrganization(principal: Principal, organizationId: string, what = 'Organization'): void {
  if (!principal.isPlatformAdmin && principal.organizationId !== organizationId) throw new NotFoundError(what);
}
