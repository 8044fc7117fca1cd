import { Module } from '@nestjs/common';
import { CommandsModule } from '../../modules/commands/commands.module';
import { ConversationsModule } from '../../modules/conversations/conversations.module';
import { TasksModule } from '../../modules/tasks/tasks.module';
import { DiscordBot } from './discord.listener';

@Module({
  imports: [CommandsModule, ConversationsModule, TasksModule],
  providers: [DiscordBot],
  exports: [DiscordBot],
})
export class DiscordModule {}
