import { Body, Controller, Get, Headers, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiQuery, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { formatCredits, parseCredits } from '../../common/money';
import { AuditedInService } from '../audit/audit.interceptor';
import { CurrentPrincipal, PlatformAdminOnly, RequireRole } from '../auth/auth.decorators';
import { organizationOf, Principal } from '../auth/principal';
import { CreditAlertsService } from './credit-alerts.service';
import { CreditSettingsService } from './credit-settings.service';
import { parseDateParam } from '../../common/validation';
import { CreditsService } from './credits.service';
import { AdjustmentDto, CreditSettingsDto, GrantDto, RefundDto } from './dto/credits.dto';
import { entryView } from './entry.view';
import { TransactionsService } from './transactions.service';

@ApiTags('credits')
@ApiBearerAuth()
@Controller('api/v1/credits')
export class CreditsController {
  constructor(
    private readonly credits: CreditsService,
    private readonly transactions: TransactionsService,
    private readonly settings: CreditSettingsService,
    private readonly alerts: CreditAlertsService,
  ) {}

  @Get('balance')
  async balance(@CurrentPrincipal() principal: Principal) {
    const b = await this.credits.getBalance(organizationOf(principal));
    return { balance: formatCredits(b.balance), held: formatCredits(b.held), available: formatCredits(b.available), granted: formatCredits(b.granted), purchased: formatCredits(b.purchased) };
  }

  @Get('transactions')
  @ApiQuery({ name: 'type', required: false, description: 'comma-separated: grant, purchase, debit, hold, capture, release, refund, adjustment, expiry' })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'department', required: false })
  @ApiQuery({ name: 'project', required: false })
  @ApiQuery({ name: 'referenceType', required: false })
  @ApiQuery({ name: 'referenceId', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false })
  list(@CurrentPrincipal() principal: Principal, @Query() q: Record<string, string | undefined>) {
    return this.transactions.list(organizationOf(principal), {
      type: q.type,
      from: parseDateParam(q.from, 'from'),
      to: parseDateParam(q.to, 'to'),
      department: q.department,
      project: q.project,
      referenceType: q.referenceType,
      referenceId: q.referenceId,
      cursor: q.cursor,
      limit: q.limit === undefined ? undefined : Number(q.limit) || 50,
    });
  }

  @Post('grants')
  @PlatformAdminOnly()
  @AuditedInService()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async grant(@Body() body: GrantDto, @CurrentPrincipal() principal: Principal, @Headers('idempotency-key') key?: string) {
    const entry = await this.credits.grant({
      organizationId: body.organizationId,
      amount: parseCredits(body.amount),
      reason: body.reason,
      expiresAt: body.expiresAt ? new Date(body.expiresAt) : null,
      idempotencyKey: key ?? randomUUID(),
      actor: principal,
    });
    return entryView(entry);
  }

  @Post('adjustments')
  @PlatformAdminOnly()
  @AuditedInService()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async adjust(@Body() body: AdjustmentDto, @CurrentPrincipal() principal: Principal, @Headers('idempotency-key') key?: string) {
    const entry = await this.credits.adjust({
      organizationId: body.organizationId,
      amount: parseCredits(body.amount),
      reason: body.reason,
      bucket: body.bucket,
      idempotencyKey: key ?? randomUUID(),
      actor: principal,
    });
    return entryView(entry);
  }

  @Post('refunds')
  @PlatformAdminOnly()
  @AuditedInService()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async refund(@Body() body: RefundDto, @CurrentPrincipal() principal: Principal, @Headers('idempotency-key') key?: string) {
    const entry = await this.credits.refund({
      organizationId: body.organizationId,
      transactionId: body.transactionId,
      amount: body.amount === undefined ? undefined : parseCredits(body.amount),
      reason: body.reason,
      idempotencyKey: key ?? randomUUID(),
      actor: principal,
    });
    return entryView(entry);
  }

  @Get('settings')
  getSettings(@CurrentPrincipal() principal: Principal) {
    return this.settings.get(organizationOf(principal));
  }

  @Put('settings')
  @RequireRole('admin')
  updateSettings(@CurrentPrincipal() principal: Principal, @Body() body: CreditSettingsDto) {
    return this.settings.update(organizationOf(principal), body);
  }

  @Get('alerts')
  listAlerts(@CurrentPrincipal() principal: Principal, @Query('limit') limit?: string) {
    return this.alerts.list(organizationOf(principal), Number(limit ?? 50) || 50);
  }
}
