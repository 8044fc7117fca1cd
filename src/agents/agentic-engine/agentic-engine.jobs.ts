import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { JobHandler } from '../../queue/job-handler.decorator';
import { JobName, JobPayloads, jobId } from '../../queue/job-names';
import { QueueService } from '../../queue/queue.service';
import { AgenticEngineRepository } from './agentic-engine.repository';
import { AgenticEngineService } from './agentic-engine.service';

/** Plans whose organizations the engine visits on its own. */
export const ENGINE_PLANS = ['pro', 'enterprise'];

/** The repeatable sweep (hourly by default) enqueues one run per eligible organization and period. */
@Injectable()
export class AgenticEngineJobs implements OnApplicationBootstrap {
  constructor(
    private readonly engine: AgenticEngineService,
    private readonly repository: AgenticEngineRepository,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    if (this.config.runsJobs) await this.queue.schedule('agentic-engine', JobName.AgenticSweep, {}, this.config.agenticEngineIntervalMs);
  }

  @JobHandler(JobName.AgenticSweep)
  async sweep(_payload: JobPayloads[JobName.AgenticSweep]): Promise<void> {
    const period = Math.floor(Date.now() / this.config.agenticEngineIntervalMs);
    for (const organizationId of await this.repository.organizationsOnPlans(ENGINE_PLANS)) {
      await this.queue.enqueue(JobName.AgenticRun, { organizationId, trigger: 'schedule' }, { jobId: jobId('agentic-run', organizationId, period), attempts: 2 });
    }
  }

  @JobHandler(JobName.AgenticRun)
  async run({ organizationId, trigger }: JobPayloads[JobName.AgenticRun]): Promise<void> {
    await this.engine.analyze(organizationId, trigger);
  }
}
