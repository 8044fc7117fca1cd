import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

export const POST_STATUSES = ['draft', 'scheduled', 'publishing', 'published', 'failed'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];
export const POST_CHANNELS = ['linkedin', 'newsletter', 'blog', 'twitter'] as const;
export type PostChannel = (typeof POST_CHANNELS)[number];
/** who wrote the text: a person, the LLM, or a template filled from the organization's data */
export type PostAuthor = 'manual' | 'llm' | 'template';

/** A piece of content: draft → scheduled → published | failed. */
@Entity('content_posts')
@Index(['organizationId', 'status', 'scheduledAt'])
@Index(['organizationId', 'createdAt'])
@Index(['organizationId', 'taskId'], { unique: true, where: '"task_id" IS NOT NULL' })
export class ContentPost extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 32 })
  channel: PostChannel;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: PostStatus;

  @Column({ type: 'timestamptz', nullable: true })
  scheduledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** the provider's id of the published post (LinkedIn: the ugcPost URN) */
  @Column({ type: 'varchar', length: 300, nullable: true })
  externalId: string | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'varchar', length: 16, default: 'manual' })
  generatedBy: PostAuthor;

  /** the autonomous task that created it, if any */
  @Column({ type: 'uuid', nullable: true })
  taskId: string | null;

  @Column({ type: 'integer', default: 0 })
  publishAttempts: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
