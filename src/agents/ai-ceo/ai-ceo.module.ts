import { Module } from '@nestjs/common';
import { ConversationsModule } from '../../modules/conversations/conversations.module';
import { CrmModule } from '../../modules/crm/crm.module';
import { FiguresService } from '../../modules/commands/figures.service';
import { TasksModule } from '../../modules/tasks/tasks.module';
import { AiCeoService } from './ai-ceo.service';
import { AiCeoTools } from './ai-ceo.tools';

@Module({
  imports: [ConversationsModule, TasksModule, CrmModule],
  providers: [AiCeoService, AiCeoTools, FiguresService],
  exports: [AiCeoService, FiguresService],
})
export class AiCeoModule {}
