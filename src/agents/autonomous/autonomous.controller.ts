import { randomUUID } from 'node:crypto';
import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { Audit } from '../../modules/audit/audit.interceptor';
import { CurrentPrincipal, RequireRole } from '../../modules/auth/auth.decorators';
import { organizationOf, Principal } from '../../modules/auth/principal';
import { CampaignDto } from '../../modules/content/dto/content.dto';
import { LeadsService } from '../../modules/crm/leads.service';
import { TasksService } from '../../modules/tasks/tasks.service';

/** Structured shortcuts that create autonomous tasks (the same tasks POST /api/v1/tasks creates from text). */
@ApiTags('content')
@ApiBearerAuth()
@Controller('api/v1')
export class AutonomousController {
  constructor(
    private readonly tasks: TasksService,
    private readonly leads: LeadsService,
  ) {}

  @Post('content/campaigns')
  @HttpCode(202)
  @RequireRole('member')
  @Audit('content.campaign.create', 'task')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  campaign(@Body() body: CampaignDto, @CurrentPrincipal() principal: Principal, @Headers('idempotency-key') idempotencyKey?: string) {
    const input = { text: body.subject, subject: body.subject, body: body.body, statuses: body.statuses, runKey: randomUUID() };
    return this.tasks.create(organizationOf(principal), { agent: 'email_campaign', input: input as never, channel: 'rest', idempotencyKey: idempotencyKey?.slice(0, 200) ?? null }, principal);
  }

  @Post('leads/:id/followup')
  @HttpCode(202)
  @RequireRole('member')
  @Audit('lead.followup', 'task')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async followup(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @Headers('idempotency-key') idempotencyKey?: string) {
    const organizationId = organizationOf(principal);
    const lead = await this.leads.load(organizationId, id);
    return this.tasks.create(organizationId, { agent: 'lead_followup', input: { text: `Follow up with ${lead.name}`, leadId: lead.id, runKey: randomUUID() } as never, channel: 'rest', idempotencyKey: idempotencyKey?.slice(0, 200) ?? null }, principal);
  }
}
