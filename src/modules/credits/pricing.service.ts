import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError } from '../../common/domain-error';
import { DomainEvents } from '../../common/domain-events';
import { formatCredits } from '../../common/money';
import { ORGANIZATION_PLAN_CHANGED } from '../organizations/organizations.service';
import { breakdownView } from './breakdown';
import { costBreakdown, PriceRow, Tier, tierBps, Usage } from './cost';
import type { CostBreakdown } from './credits.types';
import { utcDay } from './credits.types';
import { Price } from './entities/price.entity';

const CACHE_MS = 5_000;
/**
 * An organization's plan changes only by a platform admin's hand, while every charge needs it:
 * it is remembered for a minute (a new plan's volume tiers apply within that minute).
 */
const PLAN_CACHE_MS = 60_000;

export interface PriceUpdate {
  label?: string;
  perTask?: bigint;
  perThousandInputTokens?: bigint;
  perThousandOutputTokens?: bigint;
  estimateInputTokens?: number;
  estimateOutputTokens?: number;
  active?: boolean;
}

/**
 * The price list and volume tiers. Read on every charge, so kept in memory for a few seconds
 * (and dropped at once when edited in this process).
 */
@Injectable()
export class PricingService {
  private cache?: { at: number; prices: Map<string, PriceRow>; tiers: Map<string, Tier[]> };
  private readonly plans = new Map<string, { plan: string | null; at: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    events: DomainEvents,
  ) {
    // a plan changed in this process applies at once; other processes pick it up within PLAN_CACHE_MS
    events.subscribe(ORGANIZATION_PLAN_CHANGED, (event) => void this.plans.delete(event.organizationId ?? ''));
  }

  async price(operation: string): Promise<PriceRow> {
    const price = (await this.load()).prices.get(operation);
    if (!price || !price.active) {
      throw new DomainError('validation_failed', `Unknown operation "${operation}"; see GET /api/v1/credits/prices for the priced operations.`, {
        fields: { operation: ['unknown operation'] },
      });
    }
    return price;
  }


  /** The volume tiers of the organization's plan (plan remembered for PLAN_CACHE_MS). */
  async tiersOf(organizationId: string): Promise<Tier[]> {
    let cached = this.plans.get(organizationId);
    if (!cached || Date.now() - cached.at > PLAN_CACHE_MS) {
      const rows = await this.db.query(`SELECT plan FROM organizations WHERE id = $1`, [organizationId]);
      cached = { plan: rows[0]?.plan ?? null, at: Date.now() };
      if (this.plans.size > 50_000) this.plans.clear();
      this.plans.set(organizationId, cached);
    }
    return cached.plan ? this.tiers(cached.plan) : [];
  }

  async tiers(plan: string): Promise<Tier[]> {
    return (await this.load()).tiers.get(plan) ?? [];
  }

  /** The cost of `usage` now, with today's volume tier of the organization. */
  async quote(organizationId: string, operation: string, usage: Usage): Promise<CostBreakdown> {
    const price = await this.price(operation);
    const rows = await this.db.query(
      `SELECT o.plan, CASE WHEN a.day_start = $2::date THEN a.day_tasks ELSE 0 END AS tasks_today
         FROM organizations o LEFT JOIN credit_accounts a ON a.organization_id = o.id WHERE o.id = $1`,
      [organizationId, utcDay()],
    );
    if (!rows.length) throw new NotFoundError('Organization');
    const tasksAfter = Number(rows[0].tasks_today ?? 0) + (usage.quantity ?? 1);
    return costBreakdown(price, usage, tierBps(await this.tiers(rows[0].plan), tasksAfter));
  }

  /** What to hold before running: the per-task price plus the operation's token allowance. */
  estimate(organizationId: string, operation: string): Promise<CostBreakdown> {
    return this.price(operation).then((price) =>
      this.quote(organizationId, operation, { quantity: 1, inputTokens: price.estimateInputTokens, outputTokens: price.estimateOutputTokens }),
    );
  }

  async catalog(organizationId?: string) {
    const { prices, tiers } = await this.load();
    let plan: string | null = null;
    if (organizationId) {
      const rows = await this.db.query(`SELECT plan FROM organizations WHERE id = $1`, [organizationId]);
      plan = rows[0]?.plan ?? null;
    }
    const tierView = (list: Tier[]) => list.map((t) => ({ minTasksPerDay: t.minTasks, discountPercent: t.discountBps / 100 }));
    return {
      currency: 'credits',
      items: [...prices.values()].filter((p) => p.active).map((p) => this.view(p)),
      discountTiers: plan ? tierView(tiers.get(plan) ?? []) : Object.fromEntries([...tiers.entries()].map(([name, list]) => [name, tierView(list)])),
      ...(plan ? { plan } : {}),
    };
  }

  async update(operation: string, patch: PriceUpdate) {
    const repo = this.db.getRepository(Price);
    const existing = await repo.findOneBy({ operation });
    if (!existing) throw new NotFoundError('Price');
    Object.assign(existing, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)), { updatedAt: new Date() });
    await repo.save(existing);
    this.cache = undefined;
    return this.view((await this.load()).prices.get(operation)!);
  }

  async create(row: PriceRow) {
    const repo = this.db.getRepository(Price);
    if (await repo.findOneBy({ operation: row.operation })) throw new DomainError('conflict', `Operation "${row.operation}" is already priced.`);
    await repo.insert({ ...row, updatedAt: new Date() });
    this.cache = undefined;
    return this.view(row);
  }

  async replaceTiers(plan: string, tiers: Tier[]) {
    await this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM credit_discount_tiers WHERE plan = $1`, [plan]);
      for (const tier of tiers) {
        await tx.query(`INSERT INTO credit_discount_tiers (plan, min_tasks, discount_bps) VALUES ($1, $2, $3)`, [plan, tier.minTasks, tier.discountBps]);
      }
    });
    this.cache = undefined;
    return { plan, tiers: (await this.tiers(plan)).map((t) => ({ minTasksPerDay: t.minTasks, discountPercent: t.discountBps / 100 })) };
  }

  quoteView(b: CostBreakdown) {
    return breakdownView(b);
  }

  private view(p: PriceRow) {
    return {
      operation: p.operation,
      label: p.label,
      kind: p.kind,
      perTask: formatCredits(p.perTask),
      perThousandInputTokens: formatCredits(p.perThousandInputTokens),
      perThousandOutputTokens: formatCredits(p.perThousandOutputTokens),
      estimateInputTokens: p.estimateInputTokens,
      estimateOutputTokens: p.estimateOutputTokens,
    };
  }

  private async load() {
    if (this.cache && Date.now() - this.cache.at < CACHE_MS) return this.cache;
    const priceRows = await this.db.getRepository(Price).find({ order: { kind: 'ASC', operation: 'ASC' } });
    const tierRows: { plan: string; min_tasks: number; discount_bps: number }[] = await this.db.query(
      `SELECT plan, min_tasks, discount_bps FROM credit_discount_tiers ORDER BY plan, min_tasks`,
    );
    const tiers = new Map<string, Tier[]>();
    for (const t of tierRows) tiers.set(t.plan, [...(tiers.get(t.plan) ?? []), { minTasks: Number(t.min_tasks), discountBps: Number(t.discount_bps) }]);
    const prices = new Map<string, PriceRow>(priceRows.map((p) => [p.operation, { ...p }]));
    this.cache = { at: Date.now(), prices, tiers };
    return this.cache;
  }
}
