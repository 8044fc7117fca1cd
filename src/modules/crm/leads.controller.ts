import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Audit } from '../audit/audit.interceptor';
import { CurrentPrincipal, RequireRole } from '../auth/auth.decorators';
import { actorOf, organizationOf, Principal } from '../auth/principal';
import { CreateActivityDto, CreateLeadDto, ImportLeadsDto, ListLeadsQuery, UpdateLeadDto } from './dto/lead.dto';
import { LeadImportService } from './lead-import.service';
import { LeadScoringService } from './lead-scoring.service';
import { LeadsService } from './leads.service';

@ApiTags('crm')
@ApiBearerAuth()
@Controller('api/v1/leads')
export class LeadsController {
  constructor(
    private readonly leads: LeadsService,
    private readonly importer: LeadImportService,
    private readonly scoring: LeadScoringService,
  ) {}

  @Post()
  @RequireRole('member')
  @Audit('lead.create', 'lead')
  create(@Body() body: CreateLeadDto, @CurrentPrincipal() principal: Principal) {
    return this.leads.create(organizationOf(principal), body);
  }

  @Get()
  list(@Query() query: ListLeadsQuery, @CurrentPrincipal() principal: Principal) {
    return this.leads.list(organizationOf(principal), query);
  }

  @Post('import')
  @RequireRole('member')
  @Audit('lead.import', 'lead')
  import(@Body() body: ImportLeadsDto, @CurrentPrincipal() principal: Principal) {
    return this.importer.import(organizationOf(principal), body);
  }

  /** Which scorer answers (heuristic or the organization's model) and how well each ranks the history. */
  @Get('scoring')
  scoringInfo(@CurrentPrincipal() principal: Principal) {
    return this.scoring.modelInfo(organizationOf(principal));
  }

  @Post('scoring/retrain')
  @RequireRole('admin')
  @Audit('lead.scoring.retrain', 'lead_scoring_model')
  retrain(@CurrentPrincipal() principal: Principal) {
    return this.scoring.retrain(organizationOf(principal));
  }

  @Get(':id')
  get(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.leads.get(organizationOf(principal), id);
  }

  @Patch(':id')
  @RequireRole('member')
  @Audit('lead.update', 'lead')
  update(@Param('id') id: string, @Body() body: UpdateLeadDto, @CurrentPrincipal() principal: Principal) {
    return this.leads.update(organizationOf(principal), id, body);
  }

  @Delete(':id')
  @RequireRole('member')
  @Audit('lead.delete', 'lead')
  remove(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.leads.remove(organizationOf(principal), id);
  }

  @Get(':id/activities')
  activities(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.leads.activities(organizationOf(principal), id);
  }

  @Post(':id/activities')
  @RequireRole('member')
  @Audit('lead.activity.create', 'lead_activity')
  addActivity(@Param('id') id: string, @Body() body: CreateActivityDto, @CurrentPrincipal() principal: Principal) {
    return this.leads.addActivity(organizationOf(principal), id, body, actorOf(principal).actorId);
  }
}
