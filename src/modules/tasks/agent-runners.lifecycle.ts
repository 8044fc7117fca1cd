import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AGENT_RUNNERS, AgentRunners } from './agent-runner';

/**
 * Stops what the agents keep running between tasks (the invoice processor's worker threads)
 * once the application has shut down: after the queue worker has stopped taking jobs
 * (onModuleDestroy), so no task is cut off by it.
 */
@Injectable()
export class AgentRunnersLifecycle implements OnApplicationShutdown {
  constructor(@Inject(AGENT_RUNNERS) private readonly runners: AgentRunners) {}

  async onApplicationShutdown() {
    await Promise.all([...this.runners.values()].map((runner) => runner.shutdown?.()));
  }
}
