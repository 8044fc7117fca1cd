import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Audit } from '../audit/audit.interceptor';
import { CurrentPrincipal, RequireRole } from '../auth/auth.decorators';
import { organizationOf, Principal } from '../auth/principal';
import { CampaignsService } from './campaigns.service';
import { ChannelConnectionsService } from './channel-connections.service';
import { ContentService } from './content.service';
import { CreatePostDto, LinkedInConnectionDto, ListPostsQuery, SchedulePostDto, UnsubscribeDto, UpdatePostDto } from './dto/content.dto';

@ApiTags('content')
@ApiBearerAuth()
@Controller('api/v1/content')
export class ContentController {
  constructor(
    private readonly content: ContentService,
    private readonly connections: ChannelConnectionsService,
    private readonly campaigns: CampaignsService,
  ) {}

  @Post('posts')
  @RequireRole('member')
  @Audit('content.post.create', 'content_post')
  create(@Body() body: CreatePostDto, @CurrentPrincipal() principal: Principal) {
    return this.content.create(organizationOf(principal), body);
  }

  @Get('posts')
  list(@Query() query: ListPostsQuery, @CurrentPrincipal() principal: Principal) {
    return this.content.list(organizationOf(principal), query);
  }

  @Get('posts/:id')
  get(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.content.get(organizationOf(principal), id);
  }

  @Patch('posts/:id')
  @RequireRole('member')
  @Audit('content.post.update', 'content_post')
  update(@Param('id') id: string, @Body() body: UpdatePostDto, @CurrentPrincipal() principal: Principal) {
    return this.content.update(organizationOf(principal), id, body);
  }

  @Delete('posts/:id')
  @RequireRole('member')
  @Audit('content.post.delete', 'content_post')
  remove(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.content.remove(organizationOf(principal), id);
  }

  @Post('posts/:id/schedule')
  @HttpCode(200)
  @RequireRole('member')
  @Audit('content.post.schedule', 'content_post')
  schedule(@Param('id') id: string, @Body() body: SchedulePostDto, @CurrentPrincipal() principal: Principal) {
    return this.content.schedule(organizationOf(principal), id, new Date(body.scheduledAt));
  }

  @Post('posts/:id/publish')
  @HttpCode(202)
  @RequireRole('member')
  @Audit('content.post.publish', 'content_post')
  publish(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.content.publishNow(organizationOf(principal), id);
  }

  @Get('connections/linkedin')
  linkedIn(@CurrentPrincipal() principal: Principal) {
    return this.connections.view(organizationOf(principal), 'linkedin');
  }

  @Put('connections/linkedin')
  @RequireRole('admin')
  @Audit('content.connection.linkedin', 'content_connection')
  connectLinkedIn(@Body() body: LinkedInConnectionDto, @CurrentPrincipal() principal: Principal) {
    return this.connections.connectLinkedIn(organizationOf(principal), body);
  }

  @Delete('connections/linkedin')
  @RequireRole('admin')
  @Audit('content.connection.linkedin.remove', 'content_connection')
  disconnectLinkedIn(@CurrentPrincipal() principal: Principal) {
    return this.connections.disconnect(organizationOf(principal), 'linkedin');
  }

  @Get('unsubscribes')
  unsubscribes(@CurrentPrincipal() principal: Principal) {
    return this.campaigns.unsubscribes(organizationOf(principal));
  }

  @Post('unsubscribes')
  @HttpCode(200)
  @RequireRole('member')
  @Audit('content.unsubscribe', 'email_unsubscribe')
  unsubscribe(@Body() body: UnsubscribeDto, @CurrentPrincipal() principal: Principal) {
    return this.campaigns.unsubscribe(organizationOf(principal), body);
  }

  @Delete('unsubscribes/:email')
  @RequireRole('admin')
  @Audit('content.resubscribe', 'email_unsubscribe')
  resubscribe(@Param('email') email: string, @CurrentPrincipal() principal: Principal) {
    return this.campaigns.resubscribe(organizationOf(principal), email);
  }
}
