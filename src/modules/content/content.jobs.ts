import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { JobHandler } from '../../queue/job-handler.decorator';
import { JobName, JobPayloads } from '../../queue/job-names';
import { QueueService } from '../../queue/queue.service';
import { ContentService } from './content.service';

/** A sweep enqueues due scheduled posts; each post is published by its own job. */
@Injectable()
export class ContentJobs implements OnApplicationBootstrap {
  constructor(
    private readonly content: ContentService,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    if (this.config.runsJobs) await this.queue.schedule('content-publish-sweep', JobName.ContentPublishSweep, {}, this.config.contentPublishSweepMs);
  }

  @JobHandler(JobName.ContentPublishSweep)
  async sweep(_payload: JobPayloads[JobName.ContentPublishSweep]): Promise<void> {
    for (const post of await this.content.due()) await this.content.enqueuePublish(post.id, post.publish_attempts);
  }

  @JobHandler(JobName.PublishContentPost)
  async publish({ postId }: JobPayloads[JobName.PublishContentPost]): Promise<void> {
    await this.content.publish(postId);
  }
}
