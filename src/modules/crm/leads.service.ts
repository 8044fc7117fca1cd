import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { NotFoundError } from '../../common/domain-error';
import { DomainEvents } from '../../common/domain-events';
import { DuplicateLeadError } from './crm.errors';
import type { CreateActivityDto, CreateLeadDto, ListLeadsQuery, UpdateLeadDto } from './dto/lead.dto';
import { LeadActivity, type ActivityType } from './entities/lead-activity.entity';
import { CLOSED_STATUSES, Lead, type LeadStatus } from './entities/lead.entity';
import { companyKey, emailKey, nameKey } from './lead-keys';
import { LeadScoringService, type Scorer } from './lead-scoring.service';
import { leadView } from './lead.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SORTS: Record<string, [column: string, order: 'ASC' | 'DESC', nulls?: 'NULLS LAST'][]> = {
  score: [['l.score', 'DESC', 'NULLS LAST'], ['l.createdAt', 'DESC']],
  created: [['l.createdAt', 'DESC']],
  name: [['l.name', 'ASC']],
  value: [['l.value', 'DESC', 'NULLS LAST']],
  activity: [['l.lastActivityAt', 'DESC', 'NULLS LAST']],
};

export const LEAD_CHANGED = 'crm.lead.changed';

export interface ActivityInput {
  type: ActivityType;
  body: string;
  occurredAt?: Date;
  createdBy?: string | null;
  /** records the activity at most once per key (jobs are delivered at least once) */
  idempotencyKey?: string;
}

/** Leads and their activities; every query is scoped by organization and duplicates are refused. */
@Injectable()
export class LeadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scoring: LeadScoringService,
    private readonly events: DomainEvents,
  ) {}

  async create(organizationId: string, input: CreateLeadDto, options: { scorer?: Scorer; manager?: EntityManager } = {}) {
    const run = async (tx: EntityManager) => {
      const draft = tx.getRepository(Lead).create({ organizationId, ...this.normalise(input), status: input.status ?? 'new', priority: input.priority ?? 'medium' });
      if (CLOSED_STATUSES.includes(draft.status)) draft.closedAt = new Date();
      await this.assertUnique(tx, draft);
      const saved = await tx.getRepository(Lead).save(draft);
      await this.scoring.rescoreLead(organizationId, saved.id, tx, options.scorer);
      return tx.getRepository(Lead).findOneByOrFail({ id: saved.id });
    };
    const lead = await this.uniqueViolationAsDuplicate(organizationId, input, () => (options.manager ? run(options.manager) : this.db.transaction(run)));
    this.events.publish(LEAD_CHANGED, organizationId, { leadId: lead.id, change: 'created' });
    return leadView(lead);
  }

  async get(organizationId: string, id: string) {
    return leadView(await this.load(organizationId, id));
  }

  async list(organizationId: string, query: ListLeadsQuery) {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const qb = this.db.getRepository(Lead).createQueryBuilder('l').where('l.organization_id = :organizationId', { organizationId });
    if (query.q) {
      qb.andWhere('(l.name ILIKE :q OR l.company ILIKE :q OR l.email ILIKE :q)', { q: `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` });
    }
    if (query.status) qb.andWhere('l.status IN (:...statuses)', { statuses: query.status.split(',').map((s) => s.trim()).filter(Boolean) });
    if (query.priority) qb.andWhere('l.priority = :priority', { priority: query.priority });
    if (query.owner) qb.andWhere('l.owner = :owner', { owner: query.owner });
    if (query.source) qb.andWhere('l.source ILIKE :source', { source: query.source });
    if (query.minScore !== undefined) qb.andWhere('l.score >= :minScore', { minScore: query.minScore });
    if (query.staleDays) {
      qb.andWhere(`l.status NOT IN ('won', 'lost') AND COALESCE(l.last_activity_at, l.created_at) < now() - make_interval(days => :staleDays)`, { staleDays: query.staleDays });
    }
    for (const [column, order, nulls] of SORTS[query.sort ?? 'score']) qb.addOrderBy(column, order, nulls);
    const [rows, total] = await qb.addOrderBy('l.id', 'ASC').skip(offset).take(limit).getManyAndCount();
    return { items: rows.map(leadView), total, limit, offset };
  }

  async update(organizationId: string, id: string, input: UpdateLeadDto) {
    const lead = await this.uniqueViolationAsDuplicate(organizationId, input, () =>
      this.db.transaction(async (tx) => {
        const lead = await this.load(organizationId, id, tx);
        const previous: LeadStatus = lead.status;
        // DTO instances carry every declared field, most of them undefined: only given ones change
        const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
        Object.assign(lead, this.normalise({ ...this.editable(lead), ...given } as CreateLeadDto));
        if (input.status) lead.status = input.status;
        if (input.priority) lead.priority = input.priority;
        if (input.status && input.status !== previous) lead.closedAt = CLOSED_STATUSES.includes(input.status) ? new Date() : null;
        await this.assertUnique(tx, lead);
        await tx.getRepository(Lead).save(lead);
        await this.scoring.rescoreLead(organizationId, id, tx);
        return tx.getRepository(Lead).findOneByOrFail({ id });
      }),
    );
    this.events.publish(LEAD_CHANGED, organizationId, { leadId: id, change: 'updated' });
    return leadView(lead);
  }

  async remove(organizationId: string, id: string) {
    await this.db.transaction(async (tx) => {
      await this.load(organizationId, id, tx);
      await tx.getRepository(LeadActivity).delete({ organizationId, leadId: id });
      await tx.query('UPDATE crm_meetings SET lead_id = NULL WHERE organization_id = $1 AND lead_id = $2', [organizationId, id]);
      await tx.getRepository(Lead).delete({ organizationId, id });
    });
    this.events.publish(LEAD_CHANGED, organizationId, { leadId: id, change: 'deleted' });
    return { id, deleted: true };
  }

  async activities(organizationId: string, leadId: string) {
    await this.load(organizationId, leadId);
    const rows = await this.db.getRepository(LeadActivity).find({ where: { organizationId, leadId }, order: { occurredAt: 'DESC' }, take: 500 });
    return { items: rows.map(activityView) };
  }

  addActivity(organizationId: string, leadId: string, input: CreateActivityDto, createdBy: string | null) {
    return this.recordActivity(organizationId, leadId, { type: input.type, body: input.body, occurredAt: input.occurredAt ? new Date(input.occurredAt) : undefined, createdBy });
  }

  /** Records an activity, bumps the lead's counters and rescores it; a repeated idempotency key returns the first activity. */
  async recordActivity(organizationId: string, leadId: string, input: ActivityInput, manager?: EntityManager) {
    const run = async (tx: EntityManager) => {
      await this.load(organizationId, leadId, tx);
      if (input.idempotencyKey) {
        const existing = await tx.getRepository(LeadActivity).findOneBy({ organizationId, idempotencyKey: input.idempotencyKey });
        if (existing) return existing;
      }
      const activity = await tx.getRepository(LeadActivity).save(
        tx.getRepository(LeadActivity).create({
          organizationId, leadId, type: input.type, body: input.body, occurredAt: input.occurredAt ?? new Date(),
          createdBy: input.createdBy ?? null, idempotencyKey: input.idempotencyKey ?? null,
        }),
      );
      await tx.query(
        `UPDATE crm_leads SET activity_count = activity_count + 1, last_activity_at = GREATEST(COALESCE(last_activity_at, $3), $3),
           status = CASE WHEN status = 'new' AND $4 <> 'note' THEN 'contacted' ELSE status END, updated_at = now()
         WHERE organization_id = $1 AND id = $2`,
        [organizationId, leadId, activity.occurredAt, input.type],
      );
      await this.scoring.rescoreLead(organizationId, leadId, tx);
      return activity;
    };
    const activity = manager ? await run(manager) : await this.db.transaction(run);
    return activityView(activity);
  }

  async load(organizationId: string, id: string, manager: EntityManager = this.db.manager): Promise<Lead> {
    const lead = UUID.test(id) ? await manager.getRepository(Lead).findOneBy({ id, organizationId }) : null;
    if (!lead) throw new NotFoundError('Lead');
    return lead;
  }

  /** The lead this one would duplicate, if any (same e-mail, or same name at the same company). */
  async findDuplicate(manager: EntityManager, organizationId: string, keys: { emailKey: string | null; companyKey: string | null; nameKey: string }, exceptId?: string) {
    if (keys.emailKey) {
      const rows = await manager.query('SELECT id, name FROM crm_leads WHERE organization_id = $1 AND email_key = $2 AND id <> $3 LIMIT 1', [organizationId, keys.emailKey, exceptId ?? '00000000-0000-0000-0000-000000000000']);
      if (rows.length) return { existing: rows[0] as { id: string; name: string }, matchedOn: 'email' as const };
    }
    if (keys.companyKey) {
      const rows = await manager.query('SELECT id, name FROM crm_leads WHERE organization_id = $1 AND company_key = $2 AND name_key = $3 AND id <> $4 LIMIT 1', [
        organizationId, keys.companyKey, keys.nameKey, exceptId ?? '00000000-0000-0000-0000-000000000000',
      ]);
      if (rows.length) return { existing: rows[0] as { id: string; name: string }, matchedOn: 'company_and_name' as const };
    }
    return null;
  }

  private async assertUnique(tx: EntityManager, lead: Lead) {
    const duplicate = await this.findDuplicate(tx, lead.organizationId, lead, lead.id);
    if (duplicate) throw new DuplicateLeadError(duplicate.existing, duplicate.matchedOn);
  }

  /** Two concurrent creates of the same lead: the loser gets the same 409 as a sequential duplicate. */
  private async uniqueViolationAsDuplicate<T>(organizationId: string, input: { email?: string | null; company?: string | null; name?: string }, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof QueryFailedError) || !/duplicate key/.test(error.message)) throw error;
      const duplicate = input.name === undefined && !input.email ? null : await this.findDuplicate(this.db.manager, organizationId, { emailKey: emailKey(input.email), companyKey: companyKey(input.company), nameKey: nameKey(input.name ?? '') });
      if (duplicate) throw new DuplicateLeadError(duplicate.existing, duplicate.matchedOn);
      throw error;
    }
  }

  private editable(lead: Lead): CreateLeadDto {
    return { name: lead.name, company: lead.company ?? undefined, email: lead.email ?? undefined, phone: lead.phone ?? undefined, source: lead.source ?? undefined, owner: lead.owner ?? undefined, value: lead.value ?? undefined, notes: lead.notes ?? undefined };
  }

  private normalise(input: CreateLeadDto) {
    const clean = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === '' ? null : v.trim());
    const name = input.name.trim();
    return {
      name,
      company: clean(input.company),
      email: clean(input.email)?.toLowerCase() ?? null,
      phone: clean(input.phone),
      source: clean(input.source),
      owner: clean(input.owner),
      value: clean(input.value) === null ? null : Number(input.value).toFixed(2),
      notes: clean(input.notes),
      emailKey: emailKey(input.email),
      nameKey: nameKey(name),
      companyKey: companyKey(input.company),
    };
  }
}

export function activityView(activity: LeadActivity) {
  return { id: activity.id, leadId: activity.leadId, type: activity.type, body: activity.body, occurredAt: activity.occurredAt, createdBy: activity.createdBy, createdAt: activity.createdAt };
}
