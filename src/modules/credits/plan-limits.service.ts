import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, NotFoundError } from '../../common/domain-error';
import { Organization } from '../organizations/entities/organization.entity';
import { Plan } from '../organizations/entities/plan.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { utcMonth } from './credits.types';
import type { LimitKind } from './entities/plan-usage.entity';
import { isUniqueViolation, LedgerRepository, returningRows } from './ledger.repository';

/** $1 org, $2 kind, $3 period (date), $4 key. */
const CONSUME = {
  name: 'plan-limits-consume-v1',
  sql: `
WITH plan AS (
  SELECT p.name, CASE $2::varchar WHEN 'tasks' THEN p.monthly_tasks WHEN 'posts' THEN p.monthly_posts WHEN 'emails' THEN p.monthly_emails END AS lim
    FROM organizations o JOIN plans p ON p.name = o.plan WHERE o.id = $1::uuid
),
prior AS (
  SELECT 1 FROM plan_usage_claims c WHERE c.organization_id = $1::uuid AND c.kind = $2::varchar AND c.idempotency_key = $4::varchar
),
counted AS (
  INSERT INTO plan_usage_counters (organization_id, period_start, kind, used)
  SELECT $1::uuid, $3::date, $2::varchar, 1 FROM plan WHERE plan.lim > 0 AND NOT EXISTS (SELECT 1 FROM prior)
  ON CONFLICT (organization_id, period_start, kind) DO UPDATE SET used = plan_usage_counters.used + 1
   WHERE plan_usage_counters.used < (SELECT lim FROM plan)
  RETURNING used
),
claim AS (
  INSERT INTO plan_usage_claims (organization_id, kind, period_start, idempotency_key)
  SELECT $1::uuid, $2::varchar, $3::date, $4::varchar FROM counted
  RETURNING id
)
SELECT plan.name, plan.lim, EXISTS (SELECT 1 FROM prior) AS replay, (SELECT count(*) FROM claim)::int AS claimed
  FROM (SELECT 1) one LEFT JOIN plan ON true`,
};

export function planLimitReached(plan: string, limit: number, kind: LimitKind): DomainError {
  return new DomainError('plan_limit_reached', `The ${plan} plan allows ${limit} ${kind} a month and they are used up; upgrade the plan or wait for next month.`, {
    kind,
    limit,
    plan,
  });
}

const PLAN_FIELD: Record<LimitKind, 'monthlyTasks' | 'monthlyPosts' | 'monthlyEmails'> = { tasks: 'monthlyTasks', posts: 'monthlyPosts', emails: 'monthlyEmails' };

/** Monthly plan allowances (tasks, posts, emails), counted atomically and once per key. */
@Injectable()
export class PlanLimitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly ledger: LedgerRepository,
  ) {}

  /** Uses one unit; throws plan_limit_reached when the month's allowance is spent. Pass `tx` to share a transaction. */
  async consume(organizationId: string, kind: LimitKind, idempotencyKey: string, tx?: EntityManager): Promise<void> {
    const period = utcMonth();
    if (!tx) return this.consumeAlone(organizationId, kind, idempotencyKey, period);
    const run = async (q: EntityManager) => {
      // read through `q`: the embedded database has one session, held by the caller's transaction
      const plan = await this.planIn(q, organizationId);
      const limit = plan[PLAN_FIELD[kind]];
      const claimed = await q.query(
        `INSERT INTO plan_usage_claims (organization_id, kind, period_start, idempotency_key) VALUES ($1, $2, $3, $4)
         ON CONFLICT (organization_id, kind, idempotency_key) DO NOTHING RETURNING id`,
        [organizationId, kind, period, idempotencyKey],
      );
      if (!claimed.length) return;
      // the conditional upsert locks the counter row: concurrent consumers queue on it
      const counted = limit <= 0 ? [] : await returningRows(
        q,
        `INSERT INTO plan_usage_counters (organization_id, period_start, kind, used) VALUES ($1, $2, $3, 1)
         ON CONFLICT (organization_id, period_start, kind) DO UPDATE SET used = plan_usage_counters.used + 1
         WHERE plan_usage_counters.used < $4 RETURNING used`,
        [organizationId, period, kind, limit],
      );
      if (!counted.length) throw planLimitReached(plan.name, limit, kind);
    };
    if (tx) await run(tx);
    else await this.db.transaction(run);
  }

  /**
   * Outside a caller's transaction: one statement. The counter goes up first (only below the
   * limit, and only when the key has no claim yet), then the claim is inserted from its result,
   * so a refusal leaves no claim behind. A concurrent consumer of the same key waits on the
   * counter row and then fails the claim's unique index, which rolls its increment back: it was
   * counted once, by the first.
   */
  private async consumeAlone(organizationId: string, kind: LimitKind, idempotencyKey: string, period: string): Promise<void> {
    let row: { name: string | null; lim: number | null; replay: boolean; claimed: number };
    try {
      [row] = await this.ledger.hot(CONSUME.name, CONSUME.sql, [organizationId, kind, period, idempotencyKey]);
    } catch (error) {
      if (isUniqueViolation(error)) return;
      throw error;
    }
    if (row.name == null) throw new NotFoundError('Organization');
    if (row.replay || row.claimed > 0) return;
    // refused: unless the same key was counted by a request that committed after this statement began
    const [claimed] = await this.db.query(`SELECT 1 FROM plan_usage_claims WHERE organization_id = $1 AND kind = $2 AND idempotency_key = $3`, [organizationId, kind, idempotencyKey]);
    if (claimed) return;
    throw planLimitReached(row.name, Number(row.lim), kind);
  }

  /** The refusal a new unit of `kind` would get now, or null while the month's allowance lasts. */
  async limitReached(organizationId: string, kind: LimitKind): Promise<DomainError | null> {
    const usage = await this.usage(organizationId);
    const { used, limit } = usage[kind];
    return limit > 0 && used < limit ? null : planLimitReached(usage.plan, limit, kind);
  }

  private async planIn(q: EntityManager, organizationId: string): Promise<Plan> {
    const plan = await q
      .getRepository(Plan)
      .createQueryBuilder('p')
      .innerJoin(Organization, 'o', 'o.plan = p.name')
      .where('o.id = :organizationId', { organizationId })
      .getOne();
    if (!plan) throw new NotFoundError('Organization');
    return plan;
  }

  async usage(organizationId: string) {
    const plan = await this.organizations.planOf(organizationId);
    const rows: { kind: LimitKind; used: number }[] = await this.db.query(
      `SELECT kind, used FROM plan_usage_counters WHERE organization_id = $1 AND period_start = $2`,
      [organizationId, utcMonth()],
    );
    const used = (kind: LimitKind) => Number(rows.find((r) => r.kind === kind)?.used ?? 0);
    return {
      plan: plan.name,
      period: utcMonth(),
      tasks: { used: used('tasks'), limit: plan.monthlyTasks },
      posts: { used: used('posts'), limit: plan.monthlyPosts },
      emails: { used: used('emails'), limit: plan.monthlyEmails },
    };
  }
}
