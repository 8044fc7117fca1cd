import { Injectable } from '@nestjs/common';
import { JobHandler } from './job-handler.decorator';
import { JobName, JobPayloads } from './job-names';

/** Counts no-op jobs; used by the queue tests and bench/executor's raw baseline. */
@Injectable()
export class NoopJobHandler {
  handled = 0;

  @JobHandler(JobName.Noop)
  async handle(_payload: JobPayloads[JobName.Noop]): Promise<void> {
    this.handled += 1;
  }
}
