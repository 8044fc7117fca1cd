import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

export const ROLES = ['member', 'admin', 'owner'] as const;
export type Role = (typeof ROLES)[number];

/** owner > admin > member */
export function roleAtLeast(role: Role | null | undefined, required: Role): boolean {
  return role != null && ROLES.indexOf(role) >= ROLES.indexOf(required);
}

@Entity('memberships')
@Index(['organizationId', 'userId'], { unique: true })
@Index(['userId'])
export class Membership extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;
}
