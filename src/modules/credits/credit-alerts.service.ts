import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainEvents } from '../../common/domain-events';
import { formatCredits, parseCredits } from '../../common/money';
import { AppConfig } from '../../config/app-config';
import type { BudgetSpend } from './charge.statement';
import { balanceOf, utcMonth } from './credits.types';
import { returningRows } from './ledger.repository';

export const CREDITS_CHANGED = 'credits.changed';
export const BUDGET_ALERT = 'budget.alert';
export const LOW_BALANCE = 'credits.low_balance';
export const BUDGET_THRESHOLDS = [50, 80, 100] as const;

type Totals = { granted: bigint; purchased: bigint; held: bigint };

/**
 * Publishes what changed after the ledger committed: balance changes, budget thresholds
 * (each once per budget and month) and the low-balance alert (once until credits come back).
 */
@Injectable()
export class CreditAlertsService {
  private readonly logger = new Logger('CreditAlerts');
  private readonly defaultThreshold: bigint;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    config: AppConfig,
  ) {
    this.defaultThreshold = parseCredits(config.lowBalanceThreshold, 'LOW_BALANCE_THRESHOLD');
  }

  thresholdOf(account: { lowBalanceThreshold: bigint | null }): bigint {
    return account.lowBalanceThreshold ?? this.defaultThreshold;
  }

  changed(organizationId: string, totals: Totals): void {
    const view = balanceOf(totals);
    this.events.publish(CREDITS_CHANGED, organizationId, {
      organizationId,
      balance: formatCredits(view.balance),
      held: formatCredits(view.held),
      available: formatCredits(view.available),
    });
  }

  /** After a charge or capture: balance event, budget thresholds crossed, low balance. Never throws. */
  async afterSpend(organizationId: string, totals: Totals & { lowBalanceThreshold: bigint | null; lowBalanceAlertedAt: Date | null }, budgets: BudgetSpend[]) {
    this.changed(organizationId, totals);
    try {
      for (const budget of budgets) await this.budgetThresholds(organizationId, budget);
      const available = totals.granted + totals.purchased - totals.held;
      if (!totals.lowBalanceAlertedAt && available < this.thresholdOf(totals)) await this.lowBalance(organizationId, available, this.thresholdOf(totals));
    } catch (error) {
      this.logger.warn({ msg: 'credit alert failed', organizationId, error: (error as Error).message });
    }
  }

  /** Credits came in: re-arm the low-balance alert once the balance is back above the threshold. */
  async afterCredit(organizationId: string, totals: Totals & { lowBalanceThreshold: bigint | null; lowBalanceAlertedAt: Date | null }) {
    this.changed(organizationId, totals);
    const available = totals.granted + totals.purchased - totals.held;
    if (totals.lowBalanceAlertedAt && available >= this.thresholdOf(totals)) {
      await this.db.query(`UPDATE credit_accounts SET low_balance_alerted_at = NULL WHERE organization_id = $1`, [organizationId]);
    }
  }

  private async budgetThresholds(organizationId: string, budget: BudgetSpend) {
    if (budget.limit <= 0n) return;
    const period = utcMonth();
    for (const threshold of BUDGET_THRESHOLDS) {
      const mark = budget.limit * BigInt(threshold);
      if (!(budget.spentBefore * 100n < mark && budget.spentAfter * 100n >= mark)) continue;
      const details = { budgetId: budget.id, name: budget.name, threshold, spent: formatCredits(budget.spentAfter), limit: formatCredits(budget.limit), period };
      const inserted = await this.db.query(
        `INSERT INTO credit_alerts (organization_id, kind, dedupe_key, budget_id, threshold, details) VALUES ($1, 'budget', $2, $3, $4, $5)
         ON CONFLICT (organization_id, dedupe_key) DO NOTHING RETURNING id`,
        [organizationId, `budget:${budget.id}:${period}:${threshold}`, budget.id, threshold, JSON.stringify(details)],
      );
      if (inserted.length) this.events.publish(BUDGET_ALERT, organizationId, details);
    }
  }

  private async lowBalance(organizationId: string, available: bigint, threshold: bigint) {
    const armed = await returningRows(
      this.db,
      `UPDATE credit_accounts SET low_balance_alerted_at = now() WHERE organization_id = $1 AND low_balance_alerted_at IS NULL RETURNING low_balance_alerted_at`,
      [organizationId],
    );
    if (!armed.length) return;
    const details = { organizationId, available: formatCredits(available), threshold: formatCredits(threshold) };
    await this.db.query(
      `INSERT INTO credit_alerts (organization_id, kind, dedupe_key, details) VALUES ($1, 'low_balance', $2, $3) ON CONFLICT (organization_id, dedupe_key) DO NOTHING`,
      [organizationId, `low_balance:${new Date(armed[0].low_balance_alerted_at).toISOString()}`, JSON.stringify(details)],
    );
    this.events.publish(LOW_BALANCE, organizationId, details);
  }

  async list(organizationId: string, limit = 50) {
    const rows = await this.db.query(
      `SELECT id, kind, budget_id, threshold, details, created_at FROM credit_alerts WHERE organization_id = $1 ORDER BY created_at DESC LIMIT $2`,
      [organizationId, Math.min(Math.max(limit, 1), 500)],
    );
    return { items: rows.map((r: any) => ({ id: r.id, kind: r.kind, budgetId: r.budget_id, threshold: r.threshold, details: r.details, createdAt: r.created_at })) };
  }
}
