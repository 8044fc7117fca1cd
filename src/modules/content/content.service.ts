import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError } from '../../common/domain-error';
import { DomainEvents } from '../../common/domain-events';
import { JobName, jobId } from '../../queue/job-names';
import { QueueService } from '../../queue/queue.service';
import { PlanLimitsService } from '../credits/plan-limits.service';
import { ChannelConnectionsService } from './channel-connections.service';
import { ContentGenerator } from './content-generator';
import type { CreatePostDto, ListPostsQuery, UpdatePostDto } from './dto/content.dto';
import { ContentPost, type PostAuthor, type PostChannel } from './entities/content-post.entity';
import { PublishError, type Publisher } from './publishers/publisher';

export const PUBLISHERS = Symbol('PUBLISHERS');
export const POST_CHANGED = 'content.post.changed';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Content posts: draft → scheduled → publishing → published | failed. */
@Injectable()
export class ContentService {
  private readonly logger = new Logger('Content');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PUBLISHERS) private readonly publishers: Map<PostChannel, Publisher>,
    private readonly connections: ChannelConnectionsService,
    private readonly generator: ContentGenerator,
    private readonly planLimits: PlanLimitsService,
    private readonly queue: QueueService,
    private readonly events: DomainEvents,
  ) {}

  /** Without text the post is written from templates filled with the organization's data (free); the model writes posts through the social_media_post task. */
  async create(organizationId: string, input: CreatePostDto & { generatedBy?: PostAuthor; taskId?: string }) {
    let text = input.text;
    let generatedBy: PostAuthor = input.generatedBy ?? 'manual';
    if (!text) {
      const generated = await this.generator.post(organizationId, input.channel, input.topic, null);
      text = generated.text;
      generatedBy = generated.generatedBy;
    }
    const post = await this.db.getRepository(ContentPost).save(
      this.db.getRepository(ContentPost).create({ organizationId, channel: input.channel, text, status: 'draft', generatedBy, taskId: input.taskId ?? null }),
    );
    if (input.scheduledAt) return this.schedule(organizationId, post.id, new Date(input.scheduledAt));
    return postView(post);
  }

  async list(organizationId: string, query: ListPostsQuery) {
    const rows = await this.db.getRepository(ContentPost).find({
      where: { organizationId, ...(query.status ? { status: query.status } : {}), ...(query.channel ? { channel: query.channel } : {}) },
      order: { createdAt: 'DESC' },
      take: query.limit ?? 50,
    });
    return { items: rows.map(postView) };
  }

  async get(organizationId: string, id: string) {
    return postView(await this.load(organizationId, id));
  }

  async update(organizationId: string, id: string, input: UpdatePostDto) {
    const post = await this.load(organizationId, id);
    if (!['draft', 'scheduled', 'failed'].includes(post.status)) throw new DomainError('conflict', `A ${post.status} post cannot be edited.`);
    if (input.text !== undefined) {
      post.text = input.text;
      post.generatedBy = 'manual';
    }
    if (input.channel !== undefined) post.channel = input.channel;
    return postView(await this.db.getRepository(ContentPost).save(post));
  }

  async remove(organizationId: string, id: string) {
    const post = await this.load(organizationId, id);
    if (post.status === 'publishing' || post.status === 'published') throw new DomainError('conflict', `A ${post.status} post cannot be deleted here; delete it on ${post.channel}.`);
    await this.db.getRepository(ContentPost).delete({ organizationId, id });
    return { id, deleted: true };
  }

  /** Schedules (or reschedules) a post; it counts against the plan's monthly posts once. */
  async schedule(organizationId: string, id: string, at: Date, options: { enqueue?: boolean } = {}) {
    const post = await this.load(organizationId, id);
    if (!['draft', 'scheduled', 'failed'].includes(post.status)) throw new DomainError('conflict', `A ${post.status} post cannot be scheduled.`);
    if (!this.publishers.has(post.channel)) throw new DomainError('unprocessable', `Steward cannot publish to ${post.channel} yet; keep it as a draft and post it by hand.`);
    // a post written by a task was already counted under the task's key
    await this.planLimits.consume(organizationId, 'posts', post.taskId ? `post-task-${post.taskId}` : `post-${post.id}`);
    await this.db.getRepository(ContentPost).update({ id, organizationId }, { status: 'scheduled', scheduledAt: at, lastError: null });
    if (options.enqueue !== false && at.getTime() <= Date.now()) await this.enqueuePublish(post.id, post.publishAttempts);
    return this.get(organizationId, id);
  }

  publishNow(organizationId: string, id: string) {
    return this.schedule(organizationId, id, new Date());
  }

  async enqueuePublish(postId: string, attempts: number) {
    await this.queue.enqueue(JobName.PublishContentPost, { postId }, { jobId: jobId('publish-post', postId, attempts), attempts: 4, backoffMs: 5000 });
  }

  /** Due scheduled posts, for the sweep. */
  async due(limit = 500): Promise<{ id: string; publish_attempts: number }[]> {
    return this.db.query(`SELECT id, publish_attempts FROM content_posts WHERE status = 'scheduled' AND scheduled_at <= now() ORDER BY scheduled_at LIMIT $1`, [limit]);
  }

  /**
   * Publishes one post at most once: the claim (scheduled → publishing) commits before the
   * provider is called. A redelivered job that finds the post still `publishing` cannot know
   * whether the provider got it, so it marks the post failed instead of posting twice.
   */
  async publish(postId: string): Promise<void> {
    const claimed = await this.db.query(
      `UPDATE content_posts SET status = 'publishing', publish_attempts = publish_attempts + 1, updated_at = now()
        WHERE id = $1 AND status = 'scheduled' AND scheduled_at <= now() RETURNING id`,
      [postId],
    );
    const post = await this.db.getRepository(ContentPost).findOneBy({ id: postId });
    if (!post) return;
    if (!rowsOf(claimed).length) {
      if (post.status === 'publishing' && post.updatedAt.getTime() < Date.now() - 60_000) {
        await this.finish(post, { status: 'failed', lastError: 'Publishing was interrupted; check the channel before publishing again (it may already be live).' });
      }
      return;
    }
    const publisher = this.publishers.get(post.channel);
    const credentials = post.channel === 'linkedin' ? await this.connections.credentials(post.organizationId, 'linkedin') : null;
    if (!publisher || !credentials) {
      await this.finish(post, { status: 'failed', lastError: publisher ? `Connect ${post.channel} first (PUT /api/v1/content/connections/${post.channel}).` : `No publisher for ${post.channel}.` });
      return;
    }
    try {
      const { externalId } = await publisher.publish(post, credentials);
      await this.finish(post, { status: 'published', externalId, publishedAt: new Date(), lastError: null });
    } catch (error) {
      if (error instanceof PublishError && error.kind === 'transient') {
        // nothing was posted: back to scheduled, and the job retries with backoff
        await this.finish(post, { status: 'scheduled', lastError: error.message });
        throw error;
      }
      await this.finish(post, { status: 'failed', lastError: (error as Error).message });
    }
  }

  private async finish(post: ContentPost, changes: Partial<ContentPost>) {
    await this.db.getRepository(ContentPost).update({ id: post.id }, changes);
    this.events.publish(POST_CHANGED, post.organizationId, { postId: post.id, status: changes.status ?? post.status });
    if (changes.status === 'failed') this.logger.warn({ msg: 'post failed', postId: post.id, error: changes.lastError });
  }

  async load(organizationId: string, id: string) {
    const post = UUID.test(id) ? await this.db.getRepository(ContentPost).findOneBy({ organizationId, id }) : null;
    if (!post) throw new NotFoundError('Post');
    return post;
  }
}

function rowsOf(result: unknown): unknown[] {
  // UPDATE … RETURNING answers [rows, count] on PostgreSQL and rows on PGlite
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0];
  return Array.isArray(result) ? result : [];
}

export function postView(post: ContentPost) {
  return {
    id: post.id,
    channel: post.channel,
    text: post.text,
    status: post.status,
    generatedBy: post.generatedBy,
    scheduledAt: post.scheduledAt,
    publishedAt: post.publishedAt,
    externalId: post.externalId,
    lastError: post.lastError,
    taskId: post.taskId,
    createdAt: post.createdAt,
    updatedAt: post.updatedAt,
  };
}
