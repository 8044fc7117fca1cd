import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

export const MAILBOX_STATES = ['idle', 'connecting', 'syncing', 'watching', 'error', 'disabled'] as const;
export type MailboxState = (typeof MAILBOX_STATES)[number];
/** what happens to a mail in the mailbox once its result is committed */
export const MAILBOX_ACTIONS = ['keyword', 'move', 'keyword-and-move'] as const;
export type MailboxAction = (typeof MAILBOX_ACTIONS)[number];
/** how the Email Sorter's category is applied */
export const CATEGORY_ACTIONS = ['none', 'keyword', 'folder'] as const;
export type CategoryAction = (typeof CATEGORY_ACTIONS)[number];
/** what a failed SPF/DKIM/DMARC check does */
export const AUTH_POLICIES = ['record', 'refuse'] as const;
export type AuthPolicy = (typeof AUTH_POLICIES)[number];

/** One inbox Steward watches for an organization. Secrets are sealed (SecretBox), never returned. */
@Entity('mailboxes')
@Index(['organizationId', 'createdAt'])
export class Mailbox extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ type: 'varchar', length: 255 })
  imapHost: string;

  @Column({ type: 'integer' })
  imapPort: number;

  @Column({ type: 'boolean' })
  imapSecure: boolean;

  @Column({ type: 'varchar', length: 320 })
  imapUser: string;

  /** 'password' or 'oauth2' (an access token) */
  @Column({ type: 'varchar', length: 16, default: 'password' })
  imapAuth: 'password' | 'oauth2';

  @Column({ type: 'text' })
  imapSecretSealed: string;

  @Column({ type: 'varchar', length: 255, default: 'INBOX' })
  folder: string;

  @Column({ type: 'varchar', length: 255 })
  smtpHost: string;

  @Column({ type: 'integer' })
  smtpPort: number;

  @Column({ type: 'boolean' })
  smtpSecure: boolean;

  @Column({ type: 'varchar', length: 320, nullable: true })
  smtpUser: string | null;

  @Column({ type: 'text', nullable: true })
  smtpSecretSealed: string | null;

  @Column({ type: 'varchar', length: 320 })
  smtpFrom: string;

  /** addresses (`a@b.example`) or whole domains (`@b.example`) besides the organization's members */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  allowedSenders: string[];

  @Column({ type: 'varchar', length: 24, default: 'keyword' })
  processedAction: MailboxAction;

  @Column({ type: 'varchar', length: 100, default: '$Steward' })
  processedKeyword: string;

  @Column({ type: 'varchar', length: 255, default: 'Processed' })
  processedFolder: string;

  @Column({ type: 'varchar', length: 255, default: 'Failed' })
  failedFolder: string;

  @Column({ type: 'varchar', length: 16, default: 'keyword' })
  categoryAction: CategoryAction;

  /** category → folder (categoryAction 'folder') or keyword (categoryAction 'keyword') overrides */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  categoryTargets: Record<string, string>;

  @Column({ type: 'varchar', length: 16, default: 'record' })
  authPolicy: AuthPolicy;

  /** reply to mails the Email Sorter handled (invoices and refusals are always answered) */
  @Column({ type: 'boolean', default: true })
  replyToSorted: boolean;

  @Column({ type: 'varchar', length: 16, default: 'idle' })
  state: MailboxState;

  @Column({ type: 'timestamptz', nullable: true })
  lastSyncedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'integer', default: 0 })
  processedCount: number;

  /** sync cursor: the folder's UIDVALIDITY and the highest UID recorded under it */
  @Column({ type: 'bigint', nullable: true })
  uidValidity: string | null;

  @Column({ type: 'bigint', default: 0 })
  lastUid: string;

  @Column({ type: 'timestamptz', nullable: true })
  staleAlertedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
