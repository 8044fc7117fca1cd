import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Audit } from '../audit/audit.interceptor';
import { CurrentPrincipal, RequireRole } from '../auth/auth.decorators';
import { organizationOf, Principal } from '../auth/principal';
import { AiCeoConfigService } from './ai-ceo-config.service';
import { ChatIdentityService } from './chat-identity.service';
import { CreateLinkCodeDto, UpdateAiCeoDto } from './dto/conversations.dto';

@ApiTags('integrations')
@ApiBearerAuth()
@Controller('api/v1')
export class ConversationsController {
  constructor(
    private readonly identities: ChatIdentityService,
    private readonly aiCeo: AiCeoConfigService,
  ) {}

  /** A one-time code; `link <code>` in Slack or Discord links that workspace/server to this organization. */
  @Post('integrations/link-codes')
  @RequireRole('admin')
  @Audit('integration.link_code', 'link_code')
  createLinkCode(@Body() body: CreateLinkCodeDto, @CurrentPrincipal() principal: Principal) {
    return this.identities.createLinkCode(organizationOf(principal), body.provider, principal, body.email);
  }

  @Get('ai-ceo')
  getAiCeo(@CurrentPrincipal() principal: Principal) {
    return this.aiCeo.get(organizationOf(principal));
  }

  @Put('ai-ceo')
  @RequireRole('admin')
  @Audit('ai_ceo.update', 'ai_ceo')
  updateAiCeo(@Body() body: UpdateAiCeoDto, @CurrentPrincipal() principal: Principal) {
    return this.aiCeo.update(organizationOf(principal), body, principal);
  }
}
