import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../common/domain-error';
import { Lead } from './entities/lead.entity';
import { LeadActivity } from './entities/lead-activity.entity';
import { LeadsService } from './leads.service';
import { leadView, type LeadView } from './lead.view';

/**
 * What chat commands show: `leads` (the open leads, best first) and `lead <name>` (one lead
 * with its score, the reasons and the latest activities). Structured data plus a plain-text
 * rendering that any channel can post as is.
 */
@Injectable()
export class CrmService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly leadsService: LeadsService,
  ) {}

  async leads(organizationId: string, options: { limit?: number } = {}): Promise<{ items: LeadView[]; total: number; text: string }> {
    const { items, total } = await this.leadsService.list(organizationId, { status: 'new,contacted,qualified', sort: 'score', limit: options.limit ?? 10 });
    const lines = items.map((l, i) => `${i + 1}. ${l.name}${l.company ? ` (${l.company})` : ''} — ${l.status}, score ${percent(l.score)}${l.scoreReasons[0] ? `: ${l.scoreReasons[0].text}` : ''}`);
    const text = total === 0 ? 'No open leads yet.' : `Open leads (${total}, best first):\n${lines.join('\n')}${total > items.length ? `\n…and ${total - items.length} more.` : ''}`;
    return { items, total, text };
  }

  /** Finds a lead by (part of) its name, company or e-mail; the best-scoring match wins. */
  async lead(organizationId: string, name: string): Promise<{ lead: LeadView; activities: { type: string; body: string; occurredAt: Date }[]; text: string }> {
    const needle = name.trim();
    if (!needle) throw new NotFoundError('Lead');
    const found = await this.db
      .getRepository(Lead)
      .createQueryBuilder('l')
      .where('l.organization_id = :organizationId', { organizationId })
      .andWhere('(l.name ILIKE :q OR l.company ILIKE :q OR l.email = :exact)', { q: `%${needle.replace(/[%_\\]/g, (c) => `\\${c}`)}%`, exact: needle.toLowerCase() })
      .orderBy('CASE WHEN lower(l.name) = lower(:name) THEN 0 ELSE 1 END', 'ASC')
      .addOrderBy('l.score', 'DESC', 'NULLS LAST')
      .setParameter('name', needle)
      .getOne();
    if (!found) throw new NotFoundError(`A lead matching "${needle}"`);
    const activities = await this.db.getRepository(LeadActivity).find({ where: { organizationId, leadId: found.id }, order: { occurredAt: 'DESC' }, take: 5 });
    const lead = leadView(found);
    const text = [
      `${lead.name}${lead.company ? `, ${lead.company}` : ''} — ${lead.status}, ${lead.priority} priority${lead.value ? `, value ${lead.value}` : ''}`,
      `Score ${percent(lead.score)} (${lead.scoreMethod ?? 'unscored'})${lead.scoreReasons.length ? ':' : ''}`,
      ...lead.scoreReasons.map((r) => `  ${r.effect >= 0 ? '+' : '−'} ${r.text}`),
      [lead.email, lead.phone].filter(Boolean).join(' · '),
      activities.length ? `Latest: ${activities.map((a) => `${a.type} ${a.occurredAt.toISOString().slice(0, 10)}`).join(', ')}` : 'No activities yet.',
    ]
      .filter(Boolean)
      .join('\n');
    return { lead, activities: activities.map((a) => ({ type: a.type, body: a.body, occurredAt: a.occurredAt })), text };
  }
}

function percent(score: number | null): string {
  return score === null ? '—' : `${Math.round(score * 100)}%`;
}
