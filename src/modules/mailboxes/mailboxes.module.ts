import { Module } from '@nestjs/common';
import { CommandsModule } from '../commands/commands.module';
import { CreditsModule } from '../credits/credits.module';
import { TasksModule } from '../tasks/tasks.module';
import { EmailRepliesService } from './email-replies.service';
import { InboundMessagesService } from './inbound-messages.service';
import { MailboxLeasesService } from './mailbox-leases.service';
import { MailboxesController } from './mailboxes.controller';
import { MailboxesService } from './mailboxes.service';

/** Mailbox settings, leases, inbound mail records and the rules of the e-mail channel. */
@Module({
  imports: [TasksModule, CreditsModule, CommandsModule],
  controllers: [MailboxesController],
  providers: [MailboxesService, MailboxLeasesService, InboundMessagesService, EmailRepliesService],
  exports: [MailboxesService, MailboxLeasesService, InboundMessagesService, EmailRepliesService],
})
export class MailboxesModule {}
