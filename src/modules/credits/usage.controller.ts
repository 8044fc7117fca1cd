import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditedInService } from '../audit/audit.interceptor';
import { CurrentPrincipal, PlatformAdminOnly } from '../auth/auth.decorators';
import { organizationOf, Principal } from '../auth/principal';
import { AnalyticsService } from './analytics.service';
import { parseDateParam } from '../../common/validation';
import { UsageDto } from './dto/credits.dto';
import { LedgerVerifyService } from './ledger-verify.service';
import { PlanLimitsService } from './plan-limits.service';
import { UsageService } from './usage.service';

@ApiTags('credits')
@ApiBearerAuth()
@Controller('api/v1')
export class UsageController {
  constructor(
    private readonly usage: UsageService,
    private readonly analytics: AnalyticsService,
    private readonly limits: PlanLimitsService,
    private readonly verifier: LedgerVerifyService,
  ) {}

  /** Meters one billable event. A replayed Idempotency-Key answers the first response (header Idempotent-Replayed: true). */
  @Post('usage')
  @HttpCode(201)
  @AuditedInService()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async record(@CurrentPrincipal() principal: Principal, @Body() body: UsageDto, @Res({ passthrough: true }) res: Response, @Headers('idempotency-key') key?: string) {
    const { replayed, body: answer } = await this.usage.record(principal, body, key);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return answer;
  }

  @Get('credits/usage')
  @ApiQuery({ name: 'groupBy', required: false, enum: ['day', 'operation', 'department', 'project'] })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  summary(@CurrentPrincipal() principal: Principal, @Query('groupBy') groupBy?: string, @Query('from') from?: string, @Query('to') to?: string) {
    return this.analytics.summary(organizationOf(principal), { groupBy, from: parseDateParam(from, 'from'), to: parseDateParam(to, 'to') });
  }

  @Get('credits/forecast')
  @ApiQuery({ name: 'days', required: false, description: 'trailing window, default 30' })
  @ApiQuery({ name: 'multiplier', required: false, description: 'what-if volume multiplier, default 1' })
  forecast(@CurrentPrincipal() principal: Principal, @Query('days') days?: string, @Query('multiplier') multiplier?: string) {
    return this.analytics.forecast(organizationOf(principal), {
      days: days === undefined ? undefined : Number(days),
      multiplier: multiplier === undefined ? undefined : Number(multiplier),
    });
  }

  @Get('credits/limits')
  planLimits(@CurrentPrincipal() principal: Principal) {
    return this.limits.usage(organizationOf(principal));
  }

  @Get('ledger/verify')
  @PlatformAdminOnly()
  @ApiQuery({ name: 'organizationId', required: false })
  verify(@Query('organizationId') organizationId?: string) {
    return this.verifier.verify(organizationId || undefined);
  }
}
