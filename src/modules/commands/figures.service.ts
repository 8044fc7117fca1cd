import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { formatCredits, parseCredits } from '../../common/money';
import { AnalyticsService } from '../credits/analytics.service';
import { CreditsService } from '../credits/credits.service';

export const USAGE_PERIODS = ['today', 'week', 'month'] as const;
export type UsagePeriod = (typeof USAGE_PERIODS)[number];

export interface UsageFigures {
  period: UsagePeriod;
  from: string;
  total: string;
  lines: { label: string; count: number; cost: string }[];
}

export interface ForecastFigures {
  headline: string;
  fields: { label: string; value: string }[];
  data: Record<string, unknown>;
  summary: string;
}

/** The numbers commands and the AI CEO talk about, read from the credits module's analytics. */
@Injectable()
export class FiguresService {
  constructor(
    private readonly modules: ModuleRef,
    private readonly credits: CreditsService,
  ) {}

  // CreditsModule does not export AnalyticsService (yet), so it is looked up across modules
  private get analytics(): AnalyticsService {
    return this.modules.get(AnalyticsService, { strict: false });
  }

  async usage(organizationId: string, period: UsagePeriod, now = new Date()): Promise<UsageFigures> {
    const from = periodStart(period, now);
    const summary = await this.analytics.summary(organizationId, { from, to: new Date(now.getTime() + 1000), groupBy: 'operation' });
    const items = summary.items as { key: string; tasks: number; cost: string }[];
    const lines = items
      .map((item) => ({ label: item.key, count: item.tasks, cost: item.cost }))
      .sort((a, b) => Number(parseCredits(b.cost) - parseCredits(a.cost)) || a.label.localeCompare(b.label));
    return { period, from: from.toISOString(), total: summary.total.cost, lines };
  }

  async forecast(organizationId: string): Promise<ForecastFigures> {
    const [forecast, balance] = await Promise.all([this.analytics.forecast(organizationId, {}), this.credits.getBalance(organizationId)]);
    const available = formatCredits(balance.available);
    const daily = parseCredits(forecast.daily);
    const daysLeft = daily > 0n ? Number(balance.available / daily) : null;
    const headline =
      daysLeft === null
        ? `No spending in the last ${forecast.window.days} days, so ${available} credits last indefinitely`
        : `At ${forecast.daily} credits a day, ${available} credits last about ${daysLeft} day${daysLeft === 1 ? '' : 's'}`;
    return {
      headline,
      summary: `${headline}.`,
      fields: [
        { label: 'Per day', value: forecast.daily },
        { label: 'Per month', value: forecast.monthly },
        { label: 'Available', value: available },
        { label: 'Days left', value: daysLeft === null ? 'no spending yet' : String(daysLeft) },
      ],
      data: { daily: forecast.daily, monthly: forecast.monthly, available, daysLeft, tasksPerDay: forecast.tasksPerDay, basedOnDays: forecast.window.activeDays },
    };
  }
}

/** Today and this month start at UTC midnight; a week is the last seven days. */
export function periodStart(period: UsagePeriod, now: Date): Date {
  const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (period === 'today') return midnight;
  if (period === 'week') return new Date(midnight.getTime() - 6 * 86_400_000);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}
