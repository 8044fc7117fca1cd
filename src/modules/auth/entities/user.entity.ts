import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

@Entity('users')
@Index(['email'], { unique: true })
export class User extends BaseEntity {
  /** normalised: trimmed, lower case */
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  /** scrypt hash, null until the user sets a password (invited users) */
  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  /** operators of this Steward instance */
  @Column({ type: 'boolean', default: false })
  isPlatformAdmin: boolean;

  @Column({ type: 'boolean', default: false })
  emailVerified: boolean;
}
