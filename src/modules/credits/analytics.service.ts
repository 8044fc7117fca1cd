import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ValidationFailedError } from '../../common/domain-error';
import { formatCredits } from '../../common/money';
import { DAYS_PER_MONTH, DAYS_PER_YEAR, forecast } from './forecast';
import { PricingService } from './pricing.service';

export const GROUP_BY = ['day', 'operation', 'department', 'project'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

const GROUP_EXPRESSION: Record<GroupBy, string> = {
  day: `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
  operation: `coalesce(operation, '(none)')`,
  department: `coalesce(department, '(none)')`,
  project: `coalesce(project, '(none)')`,
};

const DAY_MS = 86_400_000;
const money = (micros: number) => formatCredits(BigInt(Math.round(micros)));

/** Usage and cost by day, operation, department and project; forecasts from trailing usage. */
@Injectable()
export class AnalyticsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly pricing: PricingService,
  ) {}

  async summary(organizationId: string, query: { from?: Date; to?: Date; groupBy?: string }) {
    const groupBy = (query.groupBy ?? 'day') as GroupBy;
    if (!GROUP_BY.includes(groupBy)) throw new ValidationFailedError(`groupBy must be one of ${GROUP_BY.join(', ')}`);
    const to = query.to ?? new Date();
    const from = query.from ?? new Date(to.getTime() - 30 * DAY_MS);
    const rows = await this.db.query(
      `SELECT ${GROUP_EXPRESSION[groupBy]} AS key,
              coalesce(sum(quantity) FILTER (WHERE type IN ('debit', 'capture')), 0)::int AS tasks,
              count(*) FILTER (WHERE type IN ('debit', 'capture'))::int AS charges,
              (-sum(amount))::text AS cost
         FROM credit_ledger_entries
        WHERE organization_id = $1 AND type IN ('debit', 'capture', 'refund') AND created_at >= $2 AND created_at < $3
        GROUP BY 1 ORDER BY 1`,
      [organizationId, from, to],
    );
    const total = rows.reduce((sum: bigint, r: { cost: string }) => sum + BigInt(r.cost), 0n);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      groupBy,
      items: rows.map((r: { key: string; tasks: number; charges: number; cost: string }) => ({ key: r.key, tasks: r.tasks, charges: r.charges, cost: formatCredits(r.cost) })),
      total: { tasks: rows.reduce((sum: number, r: { tasks: number }) => sum + r.tasks, 0), cost: formatCredits(total) },
    };
  }

  async forecast(organizationId: string, query: { days?: number; multiplier?: number }) {
    const days = query.days ?? 30;
    const multiplier = query.multiplier ?? 1;
    if (!Number.isInteger(days) || days < 1 || days > 365) throw new ValidationFailedError('days must be a whole number from 1 to 365');
    if (!Number.isFinite(multiplier) || multiplier < 0 || multiplier > 1000) throw new ValidationFailedError('multiplier must be a number from 0 to 1000');
    const now = new Date();
    const since = new Date(now.getTime() - days * DAY_MS);
    const rows: { operation: string; tasks: string; gross: string; first: Date }[] = await this.db.query(
      `SELECT coalesce(operation, '(none)') AS operation, sum(quantity)::text AS tasks, min(created_at) AS first,
              sum(coalesce((breakdown->>'base')::numeric, 0) + coalesce((breakdown->>'inputTokenCost')::numeric, 0)
                  + coalesce((breakdown->>'outputTokenCost')::numeric, 0))::text AS gross
         FROM credit_ledger_entries
        WHERE organization_id = $1 AND type IN ('debit', 'capture') AND created_at >= $2
        GROUP BY 1 ORDER BY 1`,
      [organizationId, since],
    );
    // a young organization is averaged over the days it has actually been charging
    const first = rows.reduce((min, r) => Math.min(min, new Date(r.first).getTime()), now.getTime());
    const activeDays = Math.max(1, Math.min(days, Math.ceil((now.getTime() - first) / DAY_MS)));
    const [{ plan }] = await this.db.query(`SELECT plan FROM organizations WHERE id = $1`, [organizationId]);
    const tiers = await this.pricing.tiers(plan);
    const result = forecast(
      rows.map((r) => ({ operation: r.operation, tasks: Number(r.tasks), gross: Number(r.gross) })),
      activeDays,
      multiplier,
      tiers,
    );
    return {
      window: { from: since.toISOString(), to: now.toISOString(), days, activeDays },
      multiplier,
      tasksPerDay: Math.round(result.tasksPerDay * 100) / 100,
      daily: money(result.daily.total),
      monthly: money(result.daily.total * DAYS_PER_MONTH),
      yearly: money(result.daily.total * DAYS_PER_YEAR),
      dailyBeforeDiscount: money(result.daily.gross),
      dailyDiscount: money(result.daily.discount),
      byOperation: result.byOperation.map((o) => ({ operation: o.operation, tasksPerDay: Math.round(o.tasksPerDay * 100) / 100, daily: money(o.daily), monthly: money(o.daily * DAYS_PER_MONTH) })),
      discountTiers: tiers.map((t) => ({ minTasksPerDay: t.minTasks, discountPercent: t.discountBps / 100 })),
    };
  }
}
