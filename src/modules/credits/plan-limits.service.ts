import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, NotFoundError } from '../../common/domain-error';
import { Organization } from '../organizations/entities/organization.entity';
import { Plan } from '../organizations/entities/plan.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { utcMonth } from './credits.types';
import type { LimitKind } from './entities/plan-usage.entity';
import { returningRows } from './ledger.repository';

const PLAN_FIELD: Record<LimitKind, 'monthlyTasks' | 'monthlyPosts' | 'monthlyEmails'> = { tasks: 'monthlyTasks', posts: 'monthlyPosts', emails: 'monthlyEmails' };

/** Monthly plan allowances (tasks, posts, emails), counted atomically and once per key. */
@Injectable()
export class PlanLimitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  /** Uses one unit; throws plan_limit_reached when the month's allowance is spent. Pass `tx` to share a transaction. */
  async consume(organizationId: string, kind: LimitKind, idempotencyKey: string, tx?: EntityManager): Promise<void> {
    const period = utcMonth();
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
      if (!counted.length) {
        throw new DomainError('plan_limit_reached', `The ${plan.name} plan allows ${limit} ${kind} a month and they are used up; upgrade the plan or wait for next month.`, {
          kind,
          limit,
          plan: plan.name,
        });
      }
    };
    if (tx) await run(tx);
    else await this.db.transaction(run);
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
