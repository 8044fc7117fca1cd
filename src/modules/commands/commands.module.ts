import { Module } from '@nestjs/common';
import { AiCeoModule } from '../../agents/ai-ceo/ai-ceo.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { TasksModule } from '../tasks/tasks.module';
import { CommandsController } from './commands.controller';
import { CommandsService } from './commands.service';
import { MoneyCommands } from './handlers/money.commands';
import { TaskCommands } from './handlers/task.commands';

@Module({
  imports: [ConversationsModule, TasksModule, AiCeoModule],
  controllers: [CommandsController],
  providers: [CommandsService, MoneyCommands, TaskCommands],
  exports: [CommandsService],
})
export class CommandsModule {}
