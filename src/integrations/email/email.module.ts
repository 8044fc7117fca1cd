import { Module } from '@nestjs/common';
import { MailboxesModule } from '../../modules/mailboxes/mailboxes.module';
import { EmailController } from './email.controller';
import { EmailJobs } from './email.processor';
import { EmailSender } from './email.sender';
import { EmailWatchSupervisor } from './email-watch.supervisor';

/** The e-mail channel adapter: IMAP watchers, mailparser mapping, SMTP replies. */
@Module({
  imports: [MailboxesModule],
  controllers: [EmailController],
  providers: [EmailSender, EmailJobs, EmailWatchSupervisor],
  exports: [EmailWatchSupervisor],
})
export class EmailModule {}
