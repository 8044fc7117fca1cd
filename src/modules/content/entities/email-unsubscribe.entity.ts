import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

/** An address that asked not to receive campaigns from this organization. */
@Entity('email_unsubscribes')
@Index(['organizationId', 'email'], { unique: true })
export class EmailUnsubscribe extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  /** lower-cased */
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;
}
