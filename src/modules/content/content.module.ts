import { Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { CampaignsService } from './campaigns.service';
import { ChannelConnectionsService } from './channel-connections.service';
import { ContentController } from './content.controller';
import { ContentGenerator } from './content-generator';
import { ContentJobs } from './content.jobs';
import { ContentService, PUBLISHERS } from './content.service';
import type { PostChannel } from './entities/content-post.entity';
import { LinkedInPublisher } from './publishers/linkedin.publisher';
import type { Publisher } from './publishers/publisher';

/** Content posts, channel publishers (LinkedIn), e-mail campaigns and the unsubscribe list. */
@Module({
  controllers: [ContentController],
  providers: [
    { provide: PUBLISHERS, inject: [AppConfig], useFactory: (config: AppConfig) => new Map<PostChannel, Publisher>([['linkedin', new LinkedInPublisher(config.linkedinApiUrl)]]) },
    ContentService,
    ContentGenerator,
    ChannelConnectionsService,
    CampaignsService,
    ContentJobs,
  ],
  exports: [ContentService, ContentGenerator, CampaignsService, ChannelConnectionsService],
})
export class ContentModule {}
