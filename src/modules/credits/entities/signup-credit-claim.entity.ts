import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Free signup credits were given to this e-mail address. Only a hash of the normalised
 * address is stored, so it outlives the user and the organization without keeping the address.
 */
@Entity('signup_credit_claims')
export class SignupCreditClaim {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  emailHash: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
