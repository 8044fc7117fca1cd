import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { CommonModule } from './common/common.module';
import { ErrorFilter } from './common/error.filter';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CreditsModule } from './modules/credits/credits.module';
import { HealthModule } from './modules/health/health.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { QueueModule } from './queue/queue.module';
import { RealtimeModule } from './modules/realtime/realtime.module';
import { TasksModule } from './modules/tasks/tasks.module';
import { CommandsModule } from './modules/commands/commands.module';
import { ConversationsModule } from './modules/conversations/conversations.module';
import { SlackModule } from './integrations/slack/slack.module';
import { DiscordModule } from './integrations/discord/discord.module';
import { MailboxesModule } from './modules/mailboxes/mailboxes.module';
import { EmailModule } from './integrations/email/email.module';

import { CrmModule } from './modules/crm/crm.module';
import { ContentModule } from './modules/content/content.module';
import { AutonomousModule } from './agents/autonomous/autonomous.module';
import { AgenticEngineModule } from './agents/agentic-engine/agentic-engine.module';

/** Feature modules, in dependency order. Later issues add theirs here. */
export const FEATURE_MODULES: Type[] = [OrganizationsModule, AuthModule, AuditModule, HealthModule, CreditsModule, TasksModule, RealtimeModule, ConversationsModule, CommandsModule, MailboxesModule, EmailModule, CrmModule, ContentModule, AutonomousModule, AgenticEngineModule, SlackModule, DiscordModule];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        CommonModule,
        DatabaseModule.forRoot(),
        QueueModule,
        ThrottlerModule.forRoot({
          throttlers: [
            { name: 'login', ttl: 60_000, limit: config.throttleLoginPerMinute },
            { name: 'keys', ttl: 60_000, limit: config.throttleKeysPerMinute },
          ],
        }),
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: APP_FILTER, useClass: ErrorFilter }],
    };
  }
}
