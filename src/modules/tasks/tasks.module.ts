import { Module } from '@nestjs/common';
import { AGENT_RUNNERS } from './agent-runner';
import { AgentRunnersLifecycle } from './agent-runners.lifecycle';
import { AgentsController } from './agents.controller';
import { DEFAULT_AGENT_RUNNERS, runnerMap } from './default-runners';
import { llmClientProvider } from './llm.provider';
import { TaskCompletionHooks } from './task-completion.hooks';
import { TaskExecutor } from './task-executor';
import { TasksController } from './tasks.controller';
import { TasksJobs } from './tasks.jobs';
import { TasksService } from './tasks.service';

@Module({
  controllers: [TasksController, AgentsController],
  providers: [TasksService, TaskExecutor, TasksJobs, TaskCompletionHooks, AgentRunnersLifecycle, llmClientProvider, { provide: AGENT_RUNNERS, useFactory: () => runnerMap(DEFAULT_AGENT_RUNNERS) }],
  exports: [TasksService, TaskCompletionHooks, AGENT_RUNNERS, llmClientProvider],
})
export class TasksModule {}
