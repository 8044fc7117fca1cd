import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { ContentModule } from '../../modules/content/content.module';
import { CrmModule } from '../../modules/crm/crm.module';
import { AGENT_RUNNERS, type AgentRunners } from '../../modules/tasks/agent-runner';
import { TasksModule } from '../../modules/tasks/tasks.module';
import { AutonomousController } from './autonomous.controller';
import { AutonomousRunners } from './autonomous-runners';

/**
 * Registers social_media_post, email_campaign and lead_followup with the task executor. They
 * need module services, so they join the runner map at start instead of the static list in
 * default-runners.ts.
 */
@Module({
  imports: [TasksModule, CrmModule, ContentModule],
  controllers: [AutonomousController],
  providers: [AutonomousRunners],
  exports: [AutonomousRunners],
})
export class AutonomousModule implements OnModuleInit {
  constructor(
    @Inject(AGENT_RUNNERS) private readonly registry: AgentRunners,
    private readonly autonomous: AutonomousRunners,
  ) {}

  onModuleInit() {
    for (const runner of this.autonomous.runners()) {
      if (this.registry.has(runner.name) && this.registry.get(runner.name)!.run !== runner.run) continue;
      this.registry.set(runner.name, runner);
    }
  }
}
