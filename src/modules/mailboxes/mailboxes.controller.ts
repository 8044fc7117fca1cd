import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '../../common/domain-error';
import { Audit } from '../audit/audit.interceptor';
import { CurrentPrincipal, RequireRole } from '../auth/auth.decorators';
import { organizationOf, Principal } from '../auth/principal';
import { CreateMailboxDto, UpdateMailboxDto } from './dto/mailbox.dto';
import { InboundMessagesService } from './inbound-messages.service';
import { MailboxesService } from './mailboxes.service';

const Id = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError('Mailbox') });

@ApiTags('mailboxes')
@ApiBearerAuth()
@Controller('api/v1/mailboxes')
export class MailboxesController {
  constructor(
    private readonly mailboxes: MailboxesService,
    private readonly inbound: InboundMessagesService,
  ) {}

  @Post()
  @RequireRole('admin')
  @Audit('mailbox.create', 'mailbox')
  create(@Body() body: CreateMailboxDto, @CurrentPrincipal() principal: Principal) {
    return this.mailboxes.create(organizationOf(principal), body);
  }

  @Get()
  @RequireRole('member')
  list(@CurrentPrincipal() principal: Principal) {
    return this.mailboxes.list(organizationOf(principal));
  }

  @Get(':id')
  @RequireRole('member')
  get(@Param('id', Id) id: string, @CurrentPrincipal() principal: Principal) {
    return this.mailboxes.get(organizationOf(principal), id);
  }

  @Patch(':id')
  @RequireRole('admin')
  @Audit('mailbox.update', 'mailbox')
  update(@Param('id', Id) id: string, @Body() body: UpdateMailboxDto, @CurrentPrincipal() principal: Principal) {
    return this.mailboxes.update(organizationOf(principal), id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireRole('admin')
  @Audit('mailbox.delete', 'mailbox')
  remove(@Param('id', Id) id: string, @CurrentPrincipal() principal: Principal) {
    return this.mailboxes.remove(organizationOf(principal), id);
  }

  @Get(':id/messages')
  @RequireRole('member')
  messages(@Param('id', Id) id: string, @CurrentPrincipal() principal: Principal, @Query('limit') limit?: string) {
    return this.inbound.list(organizationOf(principal), id, Number(limit ?? 100) || 100);
  }
}
