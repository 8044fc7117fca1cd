import type { Tier } from './cost';

/**
 * Expected cost of one day with `tasksPerDay` tasks at `unitGross` micro-credits each, with the
 * volume tiers applied as they are in the ledger: task number i of the UTC day pays the tier
 * reached at i. Fractional task counts are treated as a continuous average.
 */
export function dailyCost(unitGross: number, tasksPerDay: number, tiers: Tier[]): { gross: number; discount: number; total: number } {
  const sorted = [...tiers].sort((a, b) => a.minTasks - b.minTasks);
  const gross = unitGross * tasksPerDay;
  let discount = 0;
  sorted.forEach((tier, index) => {
    const start = tier.minTasks - 1; // tasks after this many are in the tier
    const end = index + 1 < sorted.length ? sorted[index + 1].minTasks - 1 : Infinity;
    const inTier = Math.max(0, Math.min(tasksPerDay, end) - start);
    discount += (inTier * unitGross * tier.discountBps) / 10_000;
  });
  return { gross, discount, total: gross - discount };
}

export const DAYS_PER_MONTH = 30;
export const DAYS_PER_YEAR = 365;

export interface OperationUsage {
  operation: string;
  tasks: number;
  /** micro-credits before discount */
  gross: number;
}

export function forecast(usage: OperationUsage[], days: number, multiplier: number, tiers: Tier[]) {
  const tasks = usage.reduce((sum, u) => sum + u.tasks, 0);
  const gross = usage.reduce((sum, u) => sum + u.gross, 0);
  const tasksPerDay = (tasks / Math.max(days, 1)) * multiplier;
  const unit = tasks > 0 ? gross / tasks : 0;
  const day = dailyCost(unit, tasksPerDay, tiers);
  const share = day.gross > 0 ? day.total / day.gross : 1;
  return {
    tasksPerDay,
    daily: day,
    byOperation: usage.map((u) => {
      const opTasksPerDay = (u.tasks / Math.max(days, 1)) * multiplier;
      const opGross = (u.gross / Math.max(days, 1)) * multiplier;
      return { operation: u.operation, tasksPerDay: opTasksPerDay, daily: opGross * share };
    }),
  };
}
