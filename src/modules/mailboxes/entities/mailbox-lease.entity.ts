import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who watches a mailbox. A holder renews `expiresAt` while it lives; anyone may take an
 * expired lease. `generation` grows on every takeover, so a stale holder can tell it lost.
 */
@Entity('mailbox_leases')
export class MailboxLease {
  @PrimaryColumn({ type: 'uuid' })
  mailboxId: string;

  @Column({ type: 'varchar', length: 100 })
  holderId: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'bigint', default: 1 })
  generation: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  acquiredAt: Date;
}
