import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Audit } from '../../modules/audit/audit.interceptor';
import { CurrentPrincipal, RequireRole } from '../../modules/auth/auth.decorators';
import { organizationOf, Principal } from '../../modules/auth/principal';
import { AgenticEngineService } from './agentic-engine.service';
import { ListProposalsQuery, UpdatePolicyDto } from './dto/agentic.dto';
import { ProposalsService } from './proposals.service';

@ApiTags('agentic')
@ApiBearerAuth()
@Controller('api/v1')
export class AgenticController {
  constructor(
    private readonly engine: AgenticEngineService,
    private readonly proposals: ProposalsService,
  ) {}

  /** Runs the engine now: `{insights:[{type, confidence, reason}], proposals:[{id, action, reason, estimatedCost, status}]}`. */
  @Post('agentic/analyze')
  @HttpCode(200)
  @RequireRole('admin')
  @Audit('agentic.analyze', 'agentic_run')
  analyze(@CurrentPrincipal() principal: Principal) {
    return this.engine.analyze(organizationOf(principal), 'manual');
  }

  @Get('agentic/runs')
  runs(@CurrentPrincipal() principal: Principal, @Query('limit') limit?: string) {
    return this.engine.runs(organizationOf(principal), Number(limit ?? 20) || 20);
  }

  @Get('agentic/policy')
  policy(@CurrentPrincipal() principal: Principal) {
    return this.proposals.policyView(organizationOf(principal));
  }

  @Put('agentic/policy')
  @RequireRole('admin')
  @Audit('agentic.policy.update', 'agentic_policy')
  updatePolicy(@Body() body: UpdatePolicyDto, @CurrentPrincipal() principal: Principal) {
    return this.proposals.updatePolicy(organizationOf(principal), body);
  }

  @Get('proposals')
  list(@Query() query: ListProposalsQuery, @CurrentPrincipal() principal: Principal) {
    return this.proposals.list(organizationOf(principal), query);
  }

  @Get('proposals/:id')
  get(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.proposals.get(organizationOf(principal), id);
  }

  @Post('proposals/:id/approve')
  @HttpCode(200)
  @RequireRole('admin')
  @Audit('proposal.approve', 'proposal')
  approve(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.proposals.decide(organizationOf(principal), id, 'approve', { via: 'rest', principal });
  }

  @Post('proposals/:id/decline')
  @HttpCode(200)
  @RequireRole('admin')
  @Audit('proposal.decline', 'proposal')
  decline(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.proposals.decide(organizationOf(principal), id, 'decline', { via: 'rest', principal });
  }
}
