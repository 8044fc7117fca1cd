import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

/**
 * received → (ignored | refused | routed) → done | failed. `ignored`: sender not allowed
 * (never answered); `refused`: authentication failed or a limit/credit refusal was answered.
 */
export const INBOUND_STATUSES = ['received', 'ignored', 'refused', 'routed', 'done', 'failed'] as const;
export type InboundStatus = (typeof INBOUND_STATUSES)[number];

/** What the ingest decided for one part of a mail: a task, or a refusal to explain in the reply. */
export interface InboundPart {
  kind: 'invoice' | 'sort' | 'command' | 'limit';
  filename?: string | null;
  taskId?: string | null;
  refusal?: { code: string; message: string } | null;
  /** commands and limits: the answer to send */
  message?: string;
}

/** One mail seen in a mailbox; committed before any work, so each mail is handled once. */
@Entity('inbound_messages')
@Index(['mailboxId', 'uidValidity', 'uid'], { unique: true })
@Index(['mailboxId', 'messageId', 'contentHash'], { unique: true })
@Index(['organizationId', 'createdAt'])
@Index(['mailboxId', 'status'])
export class InboundMessage extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  mailboxId: string;

  /** the copy its mailbox action goes to: moves to a new copy after a UIDVALIDITY change, or to a re-delivered copy once this one is marked */
  @Column({ type: 'bigint' })
  uidValidity: string;

  @Column({ type: 'bigint' })
  uid: string;

  /** Message-ID header, or '' when the mail has none */
  @Column({ type: 'varchar', length: 998 })
  messageId: string;

  /** sha256 of the identity headers and body, without trace headers a re-delivery adds */
  @Column({ type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  fromAddress: string | null;

  @Column({ type: 'varchar', length: 998, nullable: true })
  subject: string | null;

  @Column({ type: 'integer' })
  size: number;

  /** the raw message, kept so jobs never need the IMAP connection; null when over the size limit */
  @Column({ type: 'bytea', nullable: true, select: false })
  raw: Buffer | null;

  @Column({ type: 'varchar', length: 16 })
  status: InboundStatus;

  /** why it was ignored/refused/failed, for a person */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  authResults: { spf?: string; dkim?: string; dmarc?: string } | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  route: 'invoice' | 'sort' | 'command' | 'limit' | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  parts: InboundPart[];

  /** Email Sorter category, applied as keyword/folder */
  @Column({ type: 'varchar', length: 64, nullable: true })
  category: string | null;

  @Column({ type: 'varchar', length: 998, nullable: true })
  replyMessageId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  repliedAt: Date | null;

  /** set once the result is committed: the watcher may now mark/move the mail */
  @Column({ type: 'timestamptz', nullable: true })
  actionDueAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  actionAppliedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
