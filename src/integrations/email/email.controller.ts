import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '../../common/domain-error';
import { AppConfig } from '../../config/app-config';
import { CurrentPrincipal, RequireRole } from '../../modules/auth/auth.decorators';
import { organizationOf, Principal } from '../../modules/auth/principal';
import { MailboxesService } from '../../modules/mailboxes/mailboxes.service';
import { testImap } from './email.client';
import { EmailSender } from './email.sender';

const Id = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError('Mailbox') });

@ApiTags('mailboxes')
@ApiBearerAuth()
@Controller('api/v1/mailboxes')
export class EmailController {
  constructor(
    private readonly mailboxes: MailboxesService,
    private readonly sender: EmailSender,
    private readonly config: AppConfig,
  ) {}

  /** Logs in to IMAP (opens the folder) and SMTP; says which side failed and why. */
  @Post(':id/test-connection')
  @HttpCode(200)
  @RequireRole('admin')
  async testConnection(@Param('id', Id) id: string, @CurrentPrincipal() principal: Principal) {
    const connection = await this.mailboxes.connectionFor(organizationOf(principal), id);
    const [imap, smtp] = await Promise.all([testImap(connection.imap, this.config.mailConnectTimeoutMs), this.sender.test(connection.smtp)]);
    return { ok: imap.ok && smtp.ok, imap, smtp };
  }
}
