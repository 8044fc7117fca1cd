import { SetMetadata } from '@nestjs/common';
import type { JobName } from './job-names';

export const JOB_HANDLER = 'steward:job-handler';

/** Marks a provider method as the one handler of a job name (found by QueueService at start). */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER, name);
