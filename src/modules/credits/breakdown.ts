import { formatCredits } from '../../common/money';
import type { CostBreakdown } from './credits.types';

/** Stored form (jsonb): micro-credits as strings, discount in basis points. */
export function storeBreakdown(b: CostBreakdown): Record<string, unknown> {
  return {
    operation: b.operation,
    quantity: b.quantity,
    base: b.base.toString(),
    inputTokens: b.inputTokens,
    outputTokens: b.outputTokens,
    inputTokenCost: b.inputTokenCost.toString(),
    outputTokenCost: b.outputTokenCost.toString(),
    discountBps: Math.round(b.discountPercent * 100),
    discount: b.discount.toString(),
    total: b.total.toString(),
  };
}

export function loadBreakdown(stored: Record<string, unknown>): CostBreakdown {
  const big = (key: string) => BigInt(String(stored[key] ?? '0'));
  return {
    operation: String(stored.operation ?? ''),
    quantity: Number(stored.quantity ?? 0),
    base: big('base'),
    inputTokens: Number(stored.inputTokens ?? 0),
    outputTokens: Number(stored.outputTokens ?? 0),
    inputTokenCost: big('inputTokenCost'),
    outputTokenCost: big('outputTokenCost'),
    discountPercent: Number(stored.discountBps ?? 0) / 100,
    discount: big('discount'),
    total: big('total'),
  };
}

/** API form: decimal strings. */
export function breakdownView(b: CostBreakdown) {
  return {
    operation: b.operation,
    quantity: b.quantity,
    base: formatCredits(b.base),
    inputTokens: b.inputTokens,
    outputTokens: b.outputTokens,
    inputTokenCost: formatCredits(b.inputTokenCost),
    outputTokenCost: formatCredits(b.outputTokenCost),
    discountPercent: b.discountPercent,
    discount: formatCredits(b.discount),
    total: formatCredits(b.total),
  };
}
