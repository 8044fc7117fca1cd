import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Observable, from, mergeMap } from 'rxjs';
import type { Principal } from '../auth/principal';
import { AuditService } from './audit.service';

export const AUDIT_ACTION = 'steward:audit-action';
/** Names the audited action of a write route, e.g. `api_key.create`. */
export const Audit = (action: string, targetType?: string) => SetMetadata(AUDIT_ACTION, { action, targetType });

export const AUDITED_IN_SERVICE = 'steward:audited-in-service';
/** The route's service writes its own audit row inside its transaction; the interceptor adds none. */
export const AuditedInService = () => SetMetadata(AUDITED_IN_SERVICE, true);

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Records every successful write made through the API: actor, organization, action, target
 * and request id. Routes name their action with @Audit; others get "METHOD /route".
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly audit: AuditService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    if (!WRITES.has(request.method) || !request.principal) return next.handle();
    if (this.reflector.get<boolean | undefined>(AUDITED_IN_SERVICE, context.getHandler())) return next.handle();
    const meta = this.reflector.get<{ action: string; targetType?: string } | undefined>(AUDIT_ACTION, context.getHandler());
    return next.handle().pipe(
      mergeMap((result) =>
        from(
          (async () => {
            const principal = request.principal!;
            const body = (result ?? {}) as Record<string, unknown>;
            const params = request.params as Record<string, string | undefined>;
            const targetId = (typeof body.id === 'string' ? body.id : undefined) ?? params.keyId ?? params.memberId ?? params.id ?? null;
            const routeOrg = params.organizationId ?? (String(request.route?.path ?? '').startsWith('/api/v1/organizations/:id') ? params.id : undefined);
            await this.audit.record(principal, {
              action: meta?.action ?? `${request.method} ${request.route?.path ?? request.path}`,
              organizationId: routeOrg ?? principal.organizationId ?? (meta?.targetType === 'organization' ? (targetId as string) : null),
              targetType: meta?.targetType ?? null,
              targetId: targetId as string | null,
            });
            return result;
          })(),
        ),
      ),
    );
  }
}
