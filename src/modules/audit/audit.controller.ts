import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { parseDateParam } from '../../common/validation';
import { CurrentPrincipal, RequireRole } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { AuditService } from './audit.service';

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
      from: parseDateParam(from, 'from'),
      to: parseDateParam(to, 'to'),
      before: parseDateParam(cursor, 'cursor'),
      limit: Math.min(Math.max(Number(limit ?? 50) || 50, 1), 500),
    });
  }
}
