import { mulDiv } from '../../common/money';
import type { CostBreakdown } from './credits.types';

export interface PriceRow {
  operation: string;
  label: string;
  kind: string;
  perTask: bigint;
  perThousandInputTokens: bigint;
  perThousandOutputTokens: bigint;
  estimateInputTokens: number;
  estimateOutputTokens: number;
  active: boolean;
}

export interface Tier {
  minTasks: number;
  discountBps: number;
}

export interface Usage {
  quantity?: number;
  inputTokens?: number;
  outputTokens?: number;
}

/** The discount (basis points) for a charge that brings today's billable tasks to `tasksAfter`. */
export function tierBps(tiers: Tier[], tasksAfter: number): number {
  let bps = 0;
  for (const tier of tiers) if (tier.minTasks <= tasksAfter && tier.discountBps > bps) bps = tier.discountBps;
  return bps;
}

/** Cost before the volume discount. */
export function grossCost(price: PriceRow, usage: Usage) {
  const quantity = usage.quantity ?? 1;
  const inputTokens = usage.inputTokens ?? 0;
  const outputTokens = usage.outputTokens ?? 0;
  const base = price.perTask * BigInt(quantity);
  const inputTokenCost = mulDiv(BigInt(inputTokens), price.perThousandInputTokens, 1000n);
  const outputTokenCost = mulDiv(BigInt(outputTokens), price.perThousandOutputTokens, 1000n);
  return { operation: price.operation, quantity, inputTokens, outputTokens, base, inputTokenCost, outputTokenCost, gross: base + inputTokenCost + outputTokenCost };
}

/** Same rounding as the charge statement: half up on a non-negative amount. */
export function discountOf(gross: bigint, bps: number): bigint {
  return mulDiv(gross, BigInt(bps), 10_000n);
}

export function costBreakdown(price: PriceRow, usage: Usage, bps: number): CostBreakdown {
  const { gross, ...parts } = grossCost(price, usage);
  const discount = discountOf(gross, bps);
  return { ...parts, discountPercent: bps / 100, discount, total: gross - discount };
}
