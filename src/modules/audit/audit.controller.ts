import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ValidationFailedError } from '../../common/domain-error';
import { CurrentPrincipal, RequireRole } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { AuditService } from './audit.service';

function parseDate(value: string | undefined, field: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new ValidationFailedError(`${field} must be an ISO date or date-time`, { fields: { [field]: ['invalid date'] } });
  return date;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit-logs')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequireRole('admin')
  @ApiQuery({ name: 'actor', required: false })
  @ApiQuery({ name: 'action', required: false, description: 'exact, or a prefix ending in *' })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false })
  search(
    @CurrentPrincipal() principal: Principal,
    @Query('actor') actor?: string,
    @Query('action') action?: string,
    @Query('from') from?: string,
    @Query('to') to?: string,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ) {
    return this.audit.search({
      // platform admins without an organization see the whole instance
      organizationId: principal.organizationId,
      actorId: actor,
      action,
      from: parseDate(from, 'from'),
      to: parseDate(to, 'to'),
      before: parseDate(cursor, 'cursor'),
      limit: Math.min(Math.max(Number(limit ?? 50) || 50, 1), 500),
    });
  }
}
