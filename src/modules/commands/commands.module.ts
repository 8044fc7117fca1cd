import { Module } from '@nestjs/common';
import { AgenticEngineModule } from '../../agents/agentic-engine/agentic-engine.module';
import { AiCeoModule } from '../../agents/ai-ceo/ai-ceo.module';
import { CrmModule } from '../crm/crm.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { TasksModule } from '../tasks/tasks.module';
import { CommandsController } from './commands.controller';
import { CommandsService } from './commands.service';
import { DigestDeliveryService } from './digest-delivery.service';
import { MoneyCommands } from './handlers/money.commands';
import { CrmCommands } from './handlers/crm.commands';
import { TaskCommands } from './handlers/task.commands';

@Module({
  imports: [ConversationsModule, TasksModule, AiCeoModule, CrmModule, AgenticEngineModule],
  controllers: [CommandsController],
  providers: [CommandsService, MoneyCommands, TaskCommands, CrmCommands, DigestDeliveryService],
  exports: [CommandsService, DigestDeliveryService],
})
export class CommandsModule {}
