import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity';

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'won', 'lost'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const CLOSED_STATUSES: LeadStatus[] = ['won', 'lost'];
export const LEAD_PRIORITIES = ['low', 'medium', 'high'] as const;
export type LeadPriority = (typeof LEAD_PRIORITIES)[number];

export interface ScoreReason {
  /** what the reason is about: priority, company, activity, recency, source, value, history */
  factor: string;
  /** signed contribution on the log-odds scale (heuristic and model alike) */
  effect: number;
  text: string;
}

/** A sales lead. The *Key columns are normalised copies that make de-duplication an index lookup. */
@Entity('crm_leads')
@Index(['organizationId', 'emailKey'], { unique: true, where: '"email_key" IS NOT NULL' })
@Index(['organizationId', 'companyKey', 'nameKey'], { unique: true, where: '"company_key" IS NOT NULL' })
@Index(['organizationId', 'status', 'lastActivityAt'])
@Index(['organizationId', 'score'])
@Index(['organizationId', 'createdAt'])
export class Lead extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  company: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  source: string | null;

  @Column({ type: 'varchar', length: 16, default: 'new' })
  status: LeadStatus;

  @Column({ type: 'varchar', length: 8, default: 'medium' })
  priority: LeadPriority;

  @Column({ type: 'varchar', length: 200, nullable: true })
  owner: string | null;

  /** deal value in the organization's currency, as PostgreSQL numeric (a string in TypeScript) */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  value: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  emailKey: string | null;

  @Column({ type: 'varchar', length: 200 })
  nameKey: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  companyKey: string | null;

  /** conversion probability 0–1 */
  @Column({ type: 'double precision', nullable: true })
  score: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  scoreReasons: ScoreReason[];

  /** 'heuristic' or 'model' */
  @Column({ type: 'varchar', length: 16, nullable: true })
  scoreMethod: 'heuristic' | 'model' | null;

  @Column({ type: 'timestamptz', nullable: true })
  scoredAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  activityCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastActivityAt: Date | null;

  /** when the lead became won or lost */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
