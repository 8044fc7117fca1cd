import { Module } from '@nestjs/common';
import { CommandsModule } from '../../modules/commands/commands.module';
import { ConversationsModule } from '../../modules/conversations/conversations.module';
import { TasksModule } from '../../modules/tasks/tasks.module';
import { SlackBot } from './slack.bot';
import { SlackController } from './slack.controller';
import { SlackInstaller } from './slack.installer';

@Module({
  imports: [CommandsModule, ConversationsModule, TasksModule],
  controllers: [SlackController],
  providers: [SlackBot, SlackInstaller],
  exports: [SlackBot],
})
export class SlackModule {}
