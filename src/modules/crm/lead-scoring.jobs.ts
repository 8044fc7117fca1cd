import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { JobHandler } from '../../queue/job-handler.decorator';
import { JobName, JobPayloads, jobId } from '../../queue/job-names';
import { QueueService } from '../../queue/queue.service';
import { LeadScoringService } from './lead-scoring.service';

/** The scheduled retrain: a sweep finds organizations with leads and enqueues one retrain each. */
@Injectable()
export class LeadScoringJobs implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
    private readonly scoring: LeadScoringService,
  ) {}

  async onApplicationBootstrap() {
    if (this.config.runsJobs) await this.queue.schedule('lead-scoring-retrain', JobName.LeadScoringSweep, {}, this.config.leadScoringRetrainMs);
  }

  @JobHandler(JobName.LeadScoringSweep)
  async sweep(_payload: JobPayloads[JobName.LeadScoringSweep]): Promise<void> {
    const rows: { organization_id: string }[] = await this.db.query('SELECT DISTINCT organization_id FROM crm_leads');
    // one retrain per organization per retrain period, whichever process sweeps
    const period = Math.floor(Date.now() / this.config.leadScoringRetrainMs);
    for (const { organization_id } of rows) {
      await this.queue.enqueue(JobName.TrainLeadScorer, { organizationId: organization_id }, { jobId: jobId('train-lead-scorer', organization_id, period), attempts: 3 });
    }
  }

  @JobHandler(JobName.TrainLeadScorer)
  async train({ organizationId }: JobPayloads[JobName.TrainLeadScorer]): Promise<void> {
    await this.scoring.retrain(organizationId);
  }
}
