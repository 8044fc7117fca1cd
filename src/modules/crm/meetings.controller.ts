import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Audit } from '../audit/audit.interceptor';
import { CurrentPrincipal, RequireRole } from '../auth/auth.decorators';
import { actorOf, organizationOf, Principal } from '../auth/principal';
import { CreateMeetingDto, ListMeetingsQuery, UpdateMeetingDto } from './dto/lead.dto';
import { MeetingsService } from './meetings.service';

@ApiTags('crm')
@ApiBearerAuth()
@Controller('api/v1/meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Post()
  @RequireRole('member')
  @Audit('meeting.create', 'meeting')
  create(@Body() body: CreateMeetingDto, @CurrentPrincipal() principal: Principal) {
    return this.meetings.create(organizationOf(principal), body, actorOf(principal).actorId);
  }

  @Get()
  list(@Query() query: ListMeetingsQuery, @CurrentPrincipal() principal: Principal) {
    return this.meetings.list(organizationOf(principal), query);
  }

  @Get(':id')
  get(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.meetings.get(organizationOf(principal), id);
  }

  @Patch(':id')
  @RequireRole('member')
  @Audit('meeting.update', 'meeting')
  update(@Param('id') id: string, @Body() body: UpdateMeetingDto, @CurrentPrincipal() principal: Principal) {
    return this.meetings.update(organizationOf(principal), id, body);
  }

  @Delete(':id')
  @RequireRole('member')
  @Audit('meeting.delete', 'meeting')
  remove(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.meetings.remove(organizationOf(principal), id);
  }
}
