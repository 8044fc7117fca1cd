import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';
import type { Role } from '../../organizations/entities/membership.entity';

/**
 * An API key acts inside one organization with one role; a platform key (no organization)
 * belongs to a platform admin. Only a SHA-256 hash of the key is stored.
 */
@Entity('api_keys')
@Index(['keyHash'], { unique: true })
@Index(['organizationId'])
export class ApiKey extends BaseEntity {
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  /** who made it; for a platform key, the platform admin it acts as */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  role: Role | null;

  /** first characters of the key, shown in lists so people can tell keys apart */
  @Column({ type: 'varchar', length: 32 })
  prefix: string;

  @Column({ type: 'varchar', length: 64 })
  keyHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
