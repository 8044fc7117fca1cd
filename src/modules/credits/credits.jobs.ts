import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobHandler } from '../../queue/job-handler.decorator';
import { JobName, JobPayloads } from '../../queue/job-names';
import { QueueService } from '../../queue/queue.service';
import { GrantExpiryService } from './grant-expiry.service';
import { HoldsService } from './holds.service';

export const SWEEP_EVERY_MS = 60_000;

/** Repeatable jobs: release expired holds, expire promotional credits. Both are idempotent. */
@Injectable()
export class CreditsJobs implements OnApplicationBootstrap {
  constructor(
    private readonly queue: QueueService,
    private readonly holds: HoldsService,
    private readonly grants: GrantExpiryService,
  ) {}

  async onApplicationBootstrap() {
    await this.queue.schedule('credits-sweep-holds', JobName.SweepHolds, {}, SWEEP_EVERY_MS);
    await this.queue.schedule('credits-expire-grants', JobName.ExpireCredits, {}, SWEEP_EVERY_MS);
  }

  @JobHandler(JobName.SweepHolds)
  async sweepHolds(_payload: JobPayloads[JobName.SweepHolds]): Promise<void> {
    while ((await this.holds.sweepExpired()) === 500);
  }

  @JobHandler(JobName.ExpireCredits)
  async expireCredits(_payload: JobPayloads[JobName.ExpireCredits]): Promise<void> {
    await this.grants.expireDue();
  }
}
