import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

/**
 * One campaign message to one address, recorded before it is sent so a redelivered job
 * never mails anyone twice: `sent` rows are skipped, `sending` rows are retried.
 */
@Entity('campaign_deliveries')
@Index(['organizationId', 'campaignKey', 'email'], { unique: true })
export class CampaignDelivery extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 100 })
  campaignKey: string;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 16 })
  status: 'sending' | 'sent' | 'failed';

  @Column({ type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
