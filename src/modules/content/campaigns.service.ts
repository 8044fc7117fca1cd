import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { AppConfig } from '../../config/app-config';
import type { UnsubscribeDto } from './dto/content.dto';
import { EmailUnsubscribe } from './entities/email-unsubscribe.entity';

export interface CampaignRequest {
  /** stable per campaign (the task), so a redelivered job sends each address at most once */
  campaignKey: string;
  subject: string;
  /** {{name}} and {{company}} are filled per recipient */
  body: string;
  /** lead statuses to include; default all open leads */
  statuses?: string[];
  leadIds?: string[];
}

export interface CampaignResult {
  recipients: number;
  sent: number;
  alreadySent: number;
  skippedUnsubscribed: number;
  failed: { email: string; error: string }[];
}

/** E-mail campaigns to the organization's leads over SMTP (nodemailer), honouring the unsubscribe list. */
@Injectable()
export class CampaignsService implements OnModuleDestroy {
  private readonly logger = new Logger('Campaigns');
  private transport?: Transporter;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  onModuleDestroy() {
    this.transport?.close();
  }

  async send(organizationId: string, request: CampaignRequest): Promise<CampaignResult> {
    if (!this.config.campaignSmtpUrl) throw new DomainError('unprocessable', 'E-mail campaigns need an SMTP server: set CAMPAIGN_SMTP_URL.');
    const statuses = request.statuses?.length ? request.statuses : ['new', 'contacted', 'qualified'];
    const recipients: { email: string; name: string; company: string | null; unsubscribed: boolean }[] = await this.db.query(
      `SELECT DISTINCT ON (l.email_key) l.email_key AS email, l.name, l.company, (u.id IS NOT NULL) AS unsubscribed
         FROM crm_leads l LEFT JOIN email_unsubscribes u ON u.organization_id = l.organization_id AND u.email = l.email_key
        WHERE l.organization_id = $1 AND l.email_key IS NOT NULL AND l.status = ANY($2::text[])
          ${request.leadIds?.length ? 'AND l.id = ANY($3::uuid[])' : ''}
        ORDER BY l.email_key`,
      request.leadIds?.length ? [organizationId, statuses, request.leadIds] : [organizationId, statuses],
    );
    const result: CampaignResult = { recipients: recipients.length, sent: 0, alreadySent: 0, skippedUnsubscribed: 0, failed: [] };
    const from = this.config.campaignFrom;
    const fromAddress = /<([^>]+)>/.exec(from)?.[1] ?? from;
    for (const recipient of recipients) {
      if (recipient.unsubscribed) {
        result.skippedUnsubscribed += 1;
        continue;
      }
      // record the delivery before sending; a 'sent' row from an earlier attempt is skipped
      const claimed = await this.db.query(
        `INSERT INTO campaign_deliveries (organization_id, campaign_key, email, status) VALUES ($1, $2, $3, 'sending')
         ON CONFLICT (organization_id, campaign_key, email) DO UPDATE SET status = 'sending' WHERE campaign_deliveries.status <> 'sent'
         RETURNING id`,
        [organizationId, request.campaignKey, recipient.email],
      );
      if (!rows(claimed).length) {
        result.alreadySent += 1;
        continue;
      }
      const first = firstName(recipient.name);
      const body = fill(request.body, { name: first, company: recipient.company ?? 'your company' });
      try {
        const info = await this.transporter().sendMail({
          from,
          to: recipient.email,
          subject: fill(request.subject, { name: first, company: recipient.company ?? '' }),
          text: `${body}\n\n--\nYou receive this because you are in touch with us. To stop these e-mails, reply with "unsubscribe".`,
          headers: { 'List-Unsubscribe': `<mailto:${fromAddress}?subject=unsubscribe>`, 'X-Steward-Campaign': request.campaignKey },
        });
        await this.db.query(`UPDATE campaign_deliveries SET status = 'sent', message_id = $4, sent_at = now(), error = NULL WHERE organization_id = $1 AND campaign_key = $2 AND email = $3`, [
          organizationId, request.campaignKey, recipient.email, String(info.messageId ?? '').slice(0, 300),
        ]);
        result.sent += 1;
      } catch (error) {
        const message = (error as Error).message;
        await this.db.query(`UPDATE campaign_deliveries SET status = 'failed', error = $4 WHERE organization_id = $1 AND campaign_key = $2 AND email = $3`, [
          organizationId, request.campaignKey, recipient.email, message.slice(0, 1000),
        ]);
        result.failed.push({ email: recipient.email, error: message });
      }
    }
    this.logger.log({ msg: 'campaign sent', organizationId, campaign: request.campaignKey, ...result, failed: result.failed.length });
    return result;
  }

  async unsubscribe(organizationId: string, input: UnsubscribeDto) {
    for (const email of input.emails) {
      await this.db.query(
        `INSERT INTO email_unsubscribes (organization_id, email, reason) VALUES ($1, $2, $3) ON CONFLICT (organization_id, email) DO NOTHING`,
        [organizationId, email.trim().toLowerCase(), input.reason ?? null],
      );
    }
    return this.unsubscribes(organizationId);
  }

  async resubscribe(organizationId: string, email: string) {
    await this.db.getRepository(EmailUnsubscribe).delete({ organizationId, email: email.trim().toLowerCase() });
    return { email: email.trim().toLowerCase(), unsubscribed: false };
  }

  async unsubscribes(organizationId: string) {
    const rows = await this.db.getRepository(EmailUnsubscribe).find({ where: { organizationId }, order: { createdAt: 'DESC' }, take: 1000 });
    return { items: rows.map((r) => ({ email: r.email, reason: r.reason, createdAt: r.createdAt })) };
  }

  private transporter(): Transporter {
    this.transport ??= nodemailer.createTransport(this.config.campaignSmtpUrl!);
    return this.transport;
  }
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, key: string) => values[key] ?? match);
}

function firstName(name: string): string {
  if (name.includes(',')) return name.split(',')[1]?.trim().split(/\s+/)[0] ?? name;
  return name.trim().split(/\s+/)[0] ?? name;
}

function rows(result: unknown): unknown[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0];
  return Array.isArray(result) ? result : [];
}
