import { Module } from '@nestjs/common';
import { AiCeoConfigService } from './ai-ceo-config.service';
import { ChatIdentityService } from './chat-identity.service';
import { ChatMemoryService } from './chat-memory.service';
import { ConversationsController } from './conversations.controller';
import { InboundEventsService } from './inbound-events.service';
import { ReplyTargetsService } from './reply-targets.service';

/** Chat identities and workspace links, conversation memory, AI CEO settings. */
@Module({
  controllers: [ConversationsController],
  providers: [ChatIdentityService, ChatMemoryService, InboundEventsService, AiCeoConfigService, ReplyTargetsService],
  exports: [ChatIdentityService, ChatMemoryService, InboundEventsService, AiCeoConfigService, ReplyTargetsService],
})
export class ConversationsModule {}
