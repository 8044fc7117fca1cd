import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { NotFoundError } from '../../common/domain-error';
import { Audit } from '../audit/audit.interceptor';
import { ApiKeysService } from '../auth/api-keys.service';
import { CurrentPrincipal, PlatformAdminOnly } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { AddMemberDto, ChangeRoleDto, CreateApiKeyDto, CreateOrganizationDto, UpdateOrganizationDto } from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';

/** A malformed id cannot name a row: answer 404 like any unknown id. */
const Id = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError('Resource') });

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('api/v1/organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  @Post()
  @PlatformAdminOnly()
  @Audit('organization.create', 'organization')
  create(@Body() body: CreateOrganizationDto, @CurrentPrincipal() principal: Principal) {
    return this.organizations.create(body, principal);
  }

  @Get()
  @PlatformAdminOnly()
  list(@Query('limit') limit?: string, @Query('offset') offset?: string) {
    return this.organizations.list(Number(limit ?? 100) || 100, Number(offset ?? 0) || 0);
  }

  @Get(':id')
  get(@Param('id', Id) id: string, @CurrentPrincipal() principal: Principal) {
    return this.organizations.get(id, principal);
  }

  @Patch(':id')
  @Audit('organization.update', 'organization')
  update(@Param('id', Id) id: string, @Body() body: UpdateOrganizationDto, @CurrentPrincipal() principal: Principal) {
    return this.organizations.update(id, body, principal);
  }

  @Get(':id/members')
  members(@Param('id', Id) id: string, @CurrentPrincipal() principal: Principal) {
    return this.organizations.members(id, principal);
  }

  @Post(':id/members')
  @Audit('member.add', 'membership')
  addMember(@Param('id', Id) id: string, @Body() body: AddMemberDto, @CurrentPrincipal() principal: Principal) {
    return this.organizations.addMember(id, body, principal);
  }

  @Patch(':id/members/:memberId')
  @Audit('member.change_role', 'membership')
  changeRole(@Param('id', Id) id: string, @Param('memberId', Id) memberId: string, @Body() body: ChangeRoleDto, @CurrentPrincipal() principal: Principal) {
    return this.organizations.changeRole(id, memberId, body.role, principal);
  }

  @Delete(':id/members/:memberId')
  @Audit('member.remove', 'membership')
  removeMember(@Param('id', Id) id: string, @Param('memberId', Id) memberId: string, @CurrentPrincipal() principal: Principal) {
    return this.organizations.removeMember(id, memberId, principal);
  }

  @Post(':id/api-keys')
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ login: true })
  @Audit('api_key.create', 'api_key')
  createKey(@Param('id', Id) id: string, @Body() body: CreateApiKeyDto, @CurrentPrincipal() principal: Principal) {
    return this.apiKeys.create(id, body.name, body.role ?? 'member', principal);
  }

  @Get(':id/api-keys')
  listKeys(@Param('id', Id) id: string, @CurrentPrincipal() principal: Principal) {
    return this.apiKeys.list(id, principal);
  }

  @Delete(':id/api-keys/:keyId')
  @HttpCode(200)
  @Audit('api_key.revoke', 'api_key')
  revokeKey(@Param('id', Id) id: string, @Param('keyId', Id) keyId: string, @CurrentPrincipal() principal: Principal) {
    return this.apiKeys.revoke(id, keyId, principal);
  }
}
